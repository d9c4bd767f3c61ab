//! The noun a date modifies: "the Friday deadline", "Thursday's meeting",
//! "a May 17 hearing", "the 2016 presidential election". Such a date dates
//! that thing, which is what it is about, as a counted noun is what a count
//! counts: "the Friday deadline" is not the day a bill was signed, though
//! the same Friday.

use super::context::ArticleTerms;
use super::tokens::Break;
use crate::engine::extract::date::is_determiner;
use crate::engine::wordnet::Lexicon as WordNet;

/// For each mention, whether it is a relative time in the possessive
/// ("this year's edition", "next year's edition", "last month's vote"):
/// it names which of a series of things its noun is, so two such things
/// of different times are two of the series, never one disputed.
pub fn series_dates(
    corpus: &crate::engine::load::Corpus,
    mentions: &[super::facts::Mention],
) -> Vec<bool> {
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text;
            let own = text[m.span.clone()].to_ascii_lowercase();
            let after = &text[m.span.end..];
            m.kind == crate::engine::model::Kind::Date
                && ["this ", "next ", "last "]
                    .iter()
                    .any(|w| own.starts_with(w))
                && (after.starts_with("'s ") || after.starts_with("\u{2019}s "))
        })
        .collect()
}

/// Describing words a date may stand before its noun with ("the 2016
/// White House bid").
const MODIFIERS: usize = 2;

/// The noun right after a date mention covering tokens `first..last`
/// (ending at byte `end`), when the date is written as its modifier:
/// possessive ("Thursday's meeting") or after a determiner ("the Friday
/// deadline"), the noun in lowercase after at most two describing words.
pub fn dated_noun(
    at: &ArticleTerms,
    (first, last): (usize, usize),
    end: usize,
    wordnet: &WordNet,
) -> Option<String> {
    let tokens = &at.tokens;
    let own = tokens.get(last.checked_sub(1)?)?;
    let possessive = own.span.end > end;
    let determined = first
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|t| {
            t.sentence == own.sentence
                && tokens[first].before == Break::None
                && is_determiner(&t.lower)
        });
    if !possessive && !determined {
        return None;
    }
    // Token `j` follows on in the date's phrase: same sentence, no break.
    let joined = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.sentence == own.sentence && t.before == Break::None)
    };
    let noun = |j: usize| {
        let t = &tokens[j];
        !t.capitalized
            && at.terms[j].is_some()
            && wordnet.is_noun_form(&t.lower)
            && !wordnet.rarely_a_noun(&t.lower)
    };
    for j in last..=last + MODIFIERS {
        let t = tokens.get(j).filter(|_| joined(j))?;
        let describing = t.capitalized || wordnet.can_be_adjective(&t.lower);
        if noun(j) {
            // "the 2016 general election": a word that may describe a
            // noun right after it is that noun's modifier.
            let modifier = describing && j < last + MODIFIERS && joined(j + 1) && noun(j + 1);
            if !modifier {
                return Some(t.lower.clone());
            }
        } else if !describing {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::context::{Vocab, plain_terms};
    use super::*;

    /// The noun the first `date` in `text` is found to modify.
    fn noun_after(text: &str, date: &str) -> Option<String> {
        let at = plain_terms(text, &mut Vocab::default());
        let start = text.find(date).expect("date in text");
        let end = start + date.len();
        let first = at.tokens.iter().position(|t| t.span.end > start).unwrap();
        let last = at
            .tokens
            .iter()
            .position(|t| t.span.start >= end)
            .unwrap_or(at.tokens.len());
        dated_noun(&at, (first, last), end, &WordNet::embedded())
    }

    #[test]
    fn a_date_written_before_its_noun_dates_that_noun() {
        let cases = [
            (
                "The talks broke down before the Friday deadline.",
                "Friday",
                "deadline",
            ),
            (
                "Aides left Thursday's meeting early.",
                "Thursday",
                "meeting",
            ),
            (
                "Aides left Thursday’s meeting early.",
                "Thursday",
                "meeting",
            ),
            (
                "The judge set a May 17 hearing on the motion.",
                "May 17",
                "hearing",
            ),
            (
                "She lost the 2016 presidential election narrowly.",
                "2016",
                "election",
            ),
        ];
        for (text, date, noun) in cases {
            assert_eq!(noun_after(text, date).as_deref(), Some(noun), "{text}");
        }
    }

    #[test]
    fn a_date_dating_a_clause_modifies_no_noun() {
        let cases = [
            // Not after a determiner nor possessive.
            (
                "He signed the bill on Friday afternoon in private.",
                "Friday",
            ),
            (
                "Officials said Friday that the parcel held wires.",
                "Friday",
            ),
            // After a determiner, but what follows is a verb or a break.
            ("The Friday comes after a long week.", "Friday"),
            (
                "It was the Friday, not the Monday, that mattered.",
                "Friday",
            ),
            // A name after the date is no common noun.
            ("The 2016 Olympics drew crowds.", "2016"),
        ];
        for (text, date) in cases {
            assert_eq!(noun_after(text, date), None, "{text}");
        }
    }

    #[test]
    fn a_relative_time_in_the_possessive_names_one_of_a_series() {
        let text = "Published 18 July 2027\n\nThis year's edition was sold out, and tickets for next year's edition went on sale on Monday. Last year the site was flooded.\n";
        let mut notes = Vec::new();
        let a = crate::engine::load::article_from_bytes("t/001_x.txt", text.as_bytes(), &mut notes)
            .unwrap();
        let corpus = crate::engine::load::Corpus {
            articles: vec![a],
            ..Default::default()
        };
        let mentions = super::super::read::read_mentions(&corpus, &mut |_, _| {});
        let series = series_dates(&corpus, &mentions);
        let named: Vec<(&str, bool)> = mentions
            .iter()
            .zip(&series)
            .filter(|(m, _)| m.kind == crate::engine::model::Kind::Date)
            .map(|(m, &s)| (&corpus.articles[0].text[m.span.clone()], s))
            .collect();
        assert_eq!(
            named,
            [
                ("This year", true),
                ("next year", true),
                ("Monday", false),
                ("Last year", false)
            ]
        );
    }
}
