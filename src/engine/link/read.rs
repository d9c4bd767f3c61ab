//! Every article's value and entity mentions, read on all cores.

use super::facts::Mention;
use super::parallel;
use crate::engine::article::Article;
use crate::engine::chrome;
use crate::engine::extract;
use crate::engine::load::Corpus;
use crate::engine::model::{DocInfo, Kind, Value};
use crate::engine::wordnet::Lexicon as WordNet;

/// Articles read between two progress reports.
const ARTICLES_PER_REPORT: usize = 64;

/// The value and entity mentions extractors find in article `ai`, in text
/// order, leaving out page furniture and the page's own date line.
fn article_mentions(extractor: &extract::Extractor, ai: usize, a: &Article) -> Vec<Mention> {
    let doc = DocInfo {
        published: a.meta.published,
    };
    let furniture = chrome::furniture(&a.text);
    extractor
        .extract(&a.text, &doc)
        .into_iter()
        .filter(|e| {
            // The page's own date line is metadata, not a fact of the story,
            // nor the clock time stamped right after its date ("Wednesday
            // 11 August 2027, 13:05 CEST").
            let dates_the_page = a.meta.published_span.as_ref().is_some_and(|p| {
                (p.start < e.span.end && e.span.start < p.end)
                    || (e.kind == Kind::Time && stamped_after(&a.text, p.end, e.span.start))
            });
            !chrome::inside(&furniture, &e.span) && !dates_the_page
        })
        .map(|e| Mention {
            article: ai,
            span: e.span,
            kind: e.kind,
            value: e.value,
            cue: e.cue,
        })
        .collect()
}

/// Whether only a separator ("," "|" "at") stands between a date ending
/// at `date_end` and a value starting at `start`, on one line.
fn stamped_after(text: &str, date_end: usize, start: usize) -> bool {
    let Some(gap) = text.get(date_end..start) else {
        return false;
    };
    let gap =
        gap.trim_matches(|c: char| c == ' ' || matches!(c, ',' | '|' | '·' | '-' | '–' | '—'));
    gap.len() <= 2 && !gap.contains('\n') && (gap.is_empty() || gap.eq_ignore_ascii_case("at"))
}

/// The mentions of every article, in article order, calling `report` with
/// how many articles are read of how many. Articles are read on all cores
/// a batch at a time, so the report still moves while a large corpus is
/// read.
pub fn read_mentions(corpus: &Corpus, report: &mut dyn FnMut(usize, usize)) -> Vec<Mention> {
    let total = corpus.articles.len();
    let extractor = extract::Extractor::new();
    let indexed: Vec<(usize, &Article)> = corpus.articles.iter().enumerate().collect();
    let mut mentions: Vec<Mention> = Vec::new();
    for batch in indexed.chunks(ARTICLES_PER_REPORT) {
        let found = parallel::map_heavy(batch, |_, &(ai, a)| article_mentions(&extractor, ai, a));
        mentions.extend(found.into_iter().flatten());
        report(batch.last().map_or(0, |b| b.0 + 1), total);
    }
    spread_named_currencies(&mut mentions);
    times_in_their_article_s_zone(corpus, &mut mentions);
    mentions
}

/// A clock time written with no zone, in an article that writes every
/// other time in one named zone, never in brackets and never in local
/// time ("read out at 10.20am BST" … "passed sentence at 2.45pm"), is in
/// that zone: a British paper's bare "2.45pm" is UK time. An article that
/// restates times in brackets ("10:30 (0830 GMT)") writes its bare ones
/// in local time.
fn times_in_their_article_s_zone(corpus: &Corpus, mentions: &mut [Mention]) {
    let wordnet = &WordNet::embedded();
    let mut start = 0;
    while start < mentions.len() {
        let article = mentions[start].article;
        let end = start + mentions[start..].partition_point(|m| m.article == article);
        let text = &corpus.articles[article].text;
        let mut zone: Option<Option<&str>> = None;
        for m in &mentions[start..end] {
            let Value::Time { zone: Some(z), .. } = &m.value else {
                continue;
            };
            let bracketed = text[..m.span.start].trim_end().ends_with('(');
            let one = (z != "local" && !bracketed).then_some(z.as_str());
            zone = match zone {
                None => Some(one),
                Some(seen) if seen == one => Some(seen),
                Some(_) => Some(None),
            };
        }
        if let Some(Some(zone)) = zone {
            let zone = zone.to_string();
            for m in &mut mentions[start..end] {
                let placed = in_a_place(&text[m.span.end..], wordnet);
                if let Value::Time { zone: z @ None, .. } = &mut m.value {
                    // "6.12am GMT, 7.12am in Harvik": the place's own time.
                    *z = Some(if placed {
                        "local".to_string()
                    } else {
                        zone.clone()
                    });
                }
            }
        }
        start = end;
    }
}

/// Whether a place follows a clock time ("7.12am in Harvik", "4 p.m. in
/// the capital"): its time is that place's. "In the afternoon" names a
/// time of day, not a place.
fn in_a_place(after: &str, wordnet: &WordNet) -> bool {
    let Some(rest) = after.strip_prefix(" in ") else {
        return false;
    };
    if rest.starts_with(char::is_uppercase) {
        return true;
    }
    let Some(noun) = rest.strip_prefix("the ") else {
        return false;
    };
    let noun: String = noun.chars().take_while(|c| c.is_alphabetic()).collect();
    let has = |classes: Option<&str>, class: &str| {
        classes.is_some_and(|c| c.split(',').any(|k| k == class))
    };
    has(wordnet.noun_classes_any(&noun), "location") && !has(wordnet.noun_classes(&noun), "time")
}

/// A currency one article names by converting it ("14.4 billion kolars
/// ($2.1 billion)", see `extract::money::sums_in_named_currencies`) is
/// that currency in every article: "a rival plan of 9bn kolars" is a sum
/// where no bracket says so.
fn spread_named_currencies(mentions: &mut [Mention]) {
    let named: std::collections::HashSet<String> = mentions
        .iter()
        .filter_map(|m| match &m.value {
            Value::Money { currency, .. } if extract::money::is_named_currency(currency) => {
                Some(currency.clone())
            }
            _ => None,
        })
        .collect();
    for m in mentions.iter_mut() {
        if m.kind == Kind::Count
            && let Some(sum) = extract::money::named_sum(&m.value, &named)
        {
            (m.kind, m.value, m.cue) = (Kind::Money, sum, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::load::article_from_bytes;

    fn zone_of(text: &str, time: &str) -> Option<String> {
        let mut notes = Vec::new();
        let a = article_from_bytes("t/001_outlet.txt", text.as_bytes(), &mut notes).unwrap();
        let corpus = Corpus {
            articles: vec![a],
            ..Corpus::default()
        };
        let text = &corpus.articles[0].text;
        read_mentions(&corpus, &mut |_, _| {})
            .into_iter()
            .find(|m| &text[m.span.clone()] == time)
            .and_then(|m| match m.value {
                Value::Time { zone, .. } => zone,
                _ => None,
            })
    }

    #[test]
    fn a_bare_time_takes_its_article_s_zone_unless_a_place_owns_it() {
        let t = "Systems failed at 6.12am GMT, 7.12am in Harvik, and returned at 5.26pm.\n";
        assert_eq!(zone_of(t, "7.12am").as_deref(), Some("local"));
        assert_eq!(zone_of(t, "5.26pm").as_deref(), Some("GMT"));
        // A place by its common noun owns its time too; a time of day
        // does not.
        let t = "It went online at 10 a.m. ET, or 4 p.m. in the capital.\n";
        assert_eq!(zone_of(t, "4 p.m.").as_deref(), Some("local"));
        let t = "It opened at 10 a.m. ET and closed at 4 p.m. in the afternoon rush.\n";
        assert_eq!(zone_of(t, "4 p.m.").as_deref(), Some("ET"));
    }
}
