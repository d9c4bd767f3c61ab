//! The time each value's clause is set at: the story's own, or another
//! ("in 2011", "last year", "a similar storm"). A value set at another time
//! most likely belongs to a background event (see `block::anchors_differ`).

use std::collections::HashMap;

use super::facts::Mention;
use super::score::MentionCtx;
use crate::engine::extract;
use crate::engine::extract::anchor::{self, AnchorKind};
use crate::engine::load::Corpus;
use crate::engine::model::{Granularity, Kind, Value};
use crate::engine::wordnet::Lexicon as WordNet;

/// The other time each value's sentence is anchored to: a stated date in
/// the same sentence that lies well before the story's own time ("in
/// 2011", "last year", "in March 2016" in a December story). Such a value
/// most likely belongs to a background event, not the story's.
pub(super) fn anchors(
    corpus: &Corpus,
    mentions: &[Mention],
    ctx: &[MentionCtx],
    story_year: Option<i16>,
    wordnet: &WordNet,
) -> Vec<Option<String>> {
    let classes = extract::WordClasses::new();
    let mut dates: HashMap<(usize, u32), Vec<usize>> = HashMap::new();
    let mut values: HashMap<(usize, u32), Vec<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind == Kind::Date {
            dates
                .entry((m.article, ctx[i].sentence))
                .or_default()
                .push(i);
        }
        if !m.kind.is_entity() && m.kind != Kind::Quote {
            values
                .entry((m.article, ctx[i].sentence))
                .or_default()
                .push(i);
        }
    }
    let mut out = vec![None; mentions.len()];
    for (i, m) in mentions.iter().enumerate() {
        if m.kind.is_entity() || matches!(m.kind, Kind::Date | Kind::Quote) {
            continue;
        }
        // A person's age is told as of the report, whatever time the
        // sentence also names ("Solberg, 58, said sales this spring…").
        // An age of then ("then 58") is no age mention at all.
        if m.kind == Kind::Age {
            continue;
        }
        let text = &corpus.articles[m.article].text;
        let published = corpus.articles[m.article].meta.published;
        let from_dates = dates.get(&(m.article, ctx[i].sentence)).and_then(|here| {
            // A bare year is left to the worded anchors, which tell "in
            // 2011" (a time) from "the 2016 election" (a name).
            // "the biggest gain since March" measures up to now: a
            // period's start is no other time for the sentence's values.
            // The cheap test first: most dates of a long sentence are the
            // story's own, and the clause tests read text between.
            here.iter().find_map(|&d| {
                let label = match &mentions[d].value {
                    Value::Date(dv) if dv.granularity != Granularity::Year => {
                        other_time(dv, published, story_year)
                    }
                    _ => None,
                }?;
                let at = mentions[d].span.start;
                // A clock is set at another time only by words before it
                // ("Last year the debate ended before midnight"): a date
                // after it is its own day's, or another figure's ("peaked
                // at 3:40 p.m., beating the record set in August 2024").
                ((m.kind != Kind::Time || at <= m.span.start)
                    && !set_off_after(text, m.span.end, at)
                    && !after_since(text, at)
                    && !after_beginning(text, at, wordnet)
                    && !in_clause_since(text, m.span.end, at)
                    && !now_between(text, at, m.span.start)
                    && !present_after_aside(
                        text,
                        anchor::sentence_of(text, m.span.clone()).start,
                        mentions[d].span.clone(),
                        m.span.start,
                        wordnet,
                    ))
                .then_some(label)
            })
        });
        let year = published.map(|p| p.year()).or(story_year);
        let others = Others {
            all: mentions,
            here: values
                .get(&(m.article, ctx[i].sentence))
                .map_or(&[], Vec::as_slice),
            this: i,
        };
        out[i] = from_dates
            .or_else(|| worded_anchor(text, m, &others, year, (&classes, wordnet)))
            .or_else(|| {
                let (prev, loosely) = referred_sentence(text, m, &classes)?;
                // "… a 48-hour strike last October. That strike
                // canceled two-thirds of trains": the earlier sentence's
                // date, or its words.
                let dated = mentions.iter().find_map(|d| match &d.value {
                    Value::Date(dv)
                        if d.article == m.article
                            && prev.start <= d.span.start
                            && d.span.end <= prev.end
                            && dv.granularity != Granularity::Year =>
                    {
                        other_time(dv, published, story_year)
                    }
                    _ => None,
                });
                // "Its" refers less surely than "That strike": only a
                // year named there carries over.
                dated
                    .or_else(|| {
                        anchor::time_anchors(text, prev, &classes)
                            .into_iter()
                            .filter_map(|a| past_label(a.kind, year))
                            .max_by_key(|a| a.starts_with("#at"))
                    })
                    .filter(|a| !loosely || a.starts_with("#at"))
            });
    }
    out
}

/// Whether a time opens its sentence, set off by a comma ("In 2022, a
/// blast at the company's other quarry killed two workers and injured
/// five", "Back in 2019, …"): a fronted time sets the whole sentence,
/// however far along it a value stands.
fn fronted(text: &str, sentence: usize, time: std::ops::Range<usize>) -> bool {
    let lead = text[sentence..time.start].trim_matches(|c: char| !c.is_alphanumeric());
    lead.split_whitespace().count() <= 1
        && !lead.contains(|c: char| c.is_ascii_digit())
        && text[time.end..].starts_with(',')
}

/// Whether a time at byte `time` stands after a value ending at byte
/// `value`, in a phrase set off from it: "won 68 seats, its best showing
/// since the party was founded in 1994", "sold 580,000 tickets for the 14
/// shows, which will be played from June 3". Such a time is that phrase's;
/// one before the value ("In 2011, a storm killed 40") is the clause's.
fn set_off_after(text: &str, value: usize, time: usize) -> bool {
    value <= time && text[value..time].contains([',', '(', '\u{2014}', '\u{2013}'])
}

/// How far apart, in bytes, a time and a value may stand for the words
/// between them to tell whether the time is the value's.
const ASIDE_REACH: usize = 200;

/// Whether "now" stands between a time at byte `time` and the value at
/// byte `value` after it: "launched on March 2, 2026, and now has 186
/// docking stations" sets the stations at the story's time, the launch at
/// the other.
fn now_between(text: &str, time: usize, value: usize) -> bool {
    time < value
        && value - time <= ASIDE_REACH
        && text.get(time..value).is_some_and(|s| {
            super::clause::lower_words(s, &[])
                .iter()
                .any(|w| w == "now" || w == "currently")
        })
}

/// Whether a time before the value sits in an aside set off by commas
/// that a verb in the present tense goes on from: "The Kessel Bridge,
/// opened in 1958, carries 41,000 vehicles a day" tells of the bridge
/// today; "The storm, which hit in 2011, killed 40" of that storm.
fn present_after_aside(
    text: &str,
    sentence_start: usize,
    time: std::ops::Range<usize>,
    value: usize,
    wordnet: &WordNet,
) -> bool {
    if time.end > value || value - time.end > ASIDE_REACH || time.start < sentence_start {
        return false;
    }
    // The aside opens on a comma after some words of its sentence.
    let from = text
        .floor_char_boundary(time.start.saturating_sub(ASIDE_REACH))
        .max(sentence_start);
    let opened = text[from..time.start].rfind(',').is_some_and(|k| {
        text[sentence_start..from + k]
            .chars()
            .any(|c| !c.is_whitespace())
    });
    let Some(close) = text[time.end..value].find(',') else {
        return false;
    };
    let after = &text[time.end + close + 1..value];
    let Some(verb) = super::clause::lower_words(after, &[]).into_iter().next() else {
        return false;
    };
    let present = matches!(verb.as_str(), "is" | "are" | "has" | "have")
        || (verb.ends_with('s') && !verb.ends_with("ss") && wordnet.verb_base(&verb).is_some());
    opened && present
}

/// Whether the date at byte `date` closes a clause that opens on "since"
/// after the value ending at byte `value` ("disciplined 37 employees …
/// and had hired 200 officers since the investigation began in March
/// 2025"): the date tells when that clause's event began, not when the
/// value's did.
fn in_clause_since(text: &str, value: usize, date: usize) -> bool {
    if value >= date {
        return false;
    }
    let between = &text[value..date];
    let clause = between
        .char_indices()
        .rfind(|(_, c)| matches!(c, ',' | ';' | ':' | '(' | '—'))
        .map_or(between, |(at, c)| &between[at + c.len_utf8()..]);
    super::clause::lower_words(clause, &[])
        .iter()
        .any(|w| w == "since")
}

/// Whether the date at byte `start` tells when something began ("the
/// strike, which began on Jan. 11, has closed 4,100 schools"): like a
/// date after "since", it opens the period the sentence's values tell
/// of, and sets them at no other time.
fn after_beginning(text: &str, start: usize, wordnet: &WordNet) -> bool {
    let from = text.floor_char_boundary(start.saturating_sub(24));
    let words = super::clause::lower_words(&text[from..start], &[]);
    match words.as_slice() {
        [.., verb, prep] if matches!(prep.as_str(), "on" | "in") => {
            matches!(&*wordnet.lemma(verb), "begin" | "start")
        }
        _ => false,
    }
}

/// Whether the word before byte `start` is "since".
pub(super) fn after_since(text: &str, start: usize) -> bool {
    text[..start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("since"))
}

/// "He dug for survivors in 1999, when an avalanche killed 11. That slide
/// was about 350 m wide": a sentence that opens on "That" or "Those" and
/// a noun speaks of the thing the sentence before it told of, and so of
/// its time; so does one opening on "Its" and a noun ("Its repair cost 11
/// million"), less surely (the `bool`: only a year named there carries
/// over). Returns that earlier sentence.
fn referred_sentence(
    text: &str,
    m: &Mention,
    classes: &extract::WordClasses,
) -> Option<(std::ops::Range<usize>, bool)> {
    let here = anchor::sentence_of(text, m.span.clone());
    let lead = text[here.start..m.span.start.max(here.start)].trim_start();
    let (rest, loosely) = [("That ", false), ("Those ", false), ("Its ", true)]
        .iter()
        .find_map(|(p, loosely)| Some((lead.strip_prefix(p)?, *loosely)))?;
    // A noun, not a verb ("That is higher") nor a participle ("Those
    // evacuated"), which make "That" a pronoun of this sentence's own.
    let next: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
    if next.is_empty() || classes.is_function_word(&next) || next.ends_with("ed") {
        return None;
    }
    let before = text[..here.start].trim_end();
    if before.is_empty() {
        return None;
    }
    Some((
        anchor::sentence_of(text, before.len() - 1..before.len() - 1),
        loosely,
    ))
}

/// The label of an anchor set in the past: "#at2011" for a year, "#past"
/// for a time before the story's own; none for a plan.
fn past_label(kind: AnchorKind, story_year: Option<i16>) -> Option<String> {
    match kind {
        AnchorKind::Year(y) => other_year(y, story_year).then(|| format!("#at{y}")),
        AnchorKind::RelativePast => Some("#past".to_string()),
        AnchorKind::YearsBack(n) => Some(match story_year {
            Some(y) => format!("#at{}", y - i16::from(n)),
            None => "#past".to_string(),
        }),
        // A plan ("by the summer", "in the coming months") is the
        // story's own next step, which outlets word differently; only
        // the past sets a clause at another event.
        AnchorKind::RelativeFuture => None,
    }
}

/// The other value mentions of a mention's sentence.
struct Others<'a> {
    all: &'a [Mention],
    /// Every value mention of the sentence, `this` among them.
    here: &'a [usize],
    this: usize,
}

impl Others<'_> {
    fn iter(&self) -> impl Iterator<Item = &Mention> {
        self.here
            .iter()
            .filter(|&&v| v != self.this)
            .map(|&v| &self.all[v])
    }
}

/// Per mention: whether it is set in another year while its article also
/// states an unanchored value of the same kind about the same thing ("a
/// 72-hour strike" this week, and "a 72-hour stoppage in October 2023").
/// Such an article tells two events apart itself, so its dated one is the
/// background event's, whatever value it shares with other outlets. An
/// article that only dates the story's event ("in 1970 he served six
/// months") has no such twin and keeps its link.
pub(super) fn background(
    mentions: &[Mention],
    ctx: &[MentionCtx],
    year_anchor: &[bool],
) -> Vec<bool> {
    let mut own: HashMap<(usize, Kind), Vec<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if ctx[i].anchor.is_none() && !m.kind.is_entity() && m.kind != Kind::Date {
            own.entry((m.article, m.kind)).or_default().push(i);
        }
    }
    (0..mentions.len())
        .map(|i| {
            year_anchor[i]
                && own
                    .get(&(mentions[i].article, mentions[i].kind))
                    .is_some_and(|here| {
                        here.iter().any(|&k| {
                            ctx[k].sentence != ctx[i].sentence
                                && super::block::cues(&ctx[i], &ctx[k])
                                    == Some(super::block::Cues::Same)
                        })
                    })
        })
        .collect()
}

/// A clause's own words placing it at another time: "last year", "two
/// weeks ago", "a similar storm", "in 2011" (when 2011 is not the story's
/// year). Anchors inside the value itself do not count, nor plans.
fn worded_anchor(
    text: &str,
    m: &Mention,
    others: &Others,
    story_year: Option<i16>,
    (classes, wordnet): (&extract::WordClasses, &WordNet),
) -> Option<String> {
    let clause = anchor::sentence_of(text, m.span.clone());
    anchor::time_anchors(text, clause.clone(), classes)
        .into_iter()
        .filter(|a| a.span.end <= m.span.start || a.span.start >= m.span.end)
        // Far along a long sentence a time belongs to another phrase
        // ("… questions … into meddling in the 2016 election").
        .filter(|a| {
            a.span
                .start
                .abs_diff(m.span.end)
                .min(a.span.end.abs_diff(m.span.start))
                <= ANCHOR_REACH
                || fronted(text, clause.start, a.span.clone())
        })
        .filter(|a| !set_off_after(text, m.span.end, a.span.start))
        // "fallen to 400,000 from a peak of 1.6 million in 2000": a time
        // right after another value is that value's.
        .filter(|a| !others.iter().any(|v| follows_closely(v, a, m)))
        .filter(|a| !a.possessive || a.span.end <= m.span.start)
        .filter(|a| m.kind != Kind::Time || a.span.end <= m.span.start)
        .filter(|a| !now_between(text, a.span.start, m.span.start))
        .filter(|a| !present_after_aside(text, clause.start, a.span.clone(), m.span.start, wordnet))
        .filter_map(|a| past_label(a.kind, story_year))
        // "A similar flood in 2011": the stated year says more than
        // "similar" does.
        .max_by_key(|a| a.starts_with("#at"))
}

/// Per mention: whether it is a year right after a figure, a word or two
/// apart, that it dates: "a figure it hoped to lift to 1.5 million in
/// 2028", "up from 1.1 million in 2022". Such a year belongs to the figure
/// before it: two outlets' years for two such figures are two figures'
/// years, not a dispute over one date. A day after a figure ("killed 12
/// on Monday") is the event's own and keeps its disputes.
pub(super) fn dating_values(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text;
            match &m.value {
                Value::Date(d) if d.granularity == Granularity::Year => {
                    after_a_figure(text, m.span.start).is_some()
                }
                // "58%, up from 41% in March": a month dates the figure a
                // change is measured from, not the story's event.
                Value::Date(d) if d.granularity == Granularity::Month => {
                    after_a_figure(text, m.span.start).is_some_and(|lead| {
                        matches!(lead, Some("from" | "than" | "with" | "against"))
                    })
                }
                _ => false,
            }
        })
        .collect()
}

/// Whether the words before byte `start`, past one or two short lowercase
/// words ("in", "rise by"), end in a figure: "1.5 million", "40%",
/// "12,000". A figure need not be a mention ("to lift it to 1.5 million").
/// Gives the word before the figure, if any ("from" in "up from 41% in").
fn after_a_figure(text: &str, start: usize) -> Option<Option<&str>> {
    let from = text.floor_char_boundary(start.saturating_sub(FOLLOW_GAP + 24));
    let words: Vec<&str> = text[from..start].split_whitespace().collect();
    // "per cent" ends a figure, however short its words.
    let per_cent = |k: usize| words[k] == "cent" && k > 0 && words[k - 1] == "per";
    let connectors = (0..words.len())
        .rev()
        .take_while(|&k| {
            let w = words[k];
            w.chars().all(|c| c.is_ascii_lowercase()) && w.len() <= 4 && !per_cent(k)
        })
        .count();
    if connectors == 0 || connectors > 2 {
        return None;
    }
    let mut rest = &words[..words.len() - connectors];
    if let [head @ .., "per", "cent"] | [head @ .., "percent"] = rest {
        rest = head;
    }
    let figure = |n: usize| {
        rest.len() >= n && {
            let w = rest[rest.len() - n..].join(" ");
            let w = w.trim_end_matches(['%', ',']);
            w.chars().any(|c| c.is_ascii_digit())
                && crate::engine::extract::numbers::parse_number(w).is_some()
        }
    };
    let n = [1, 2].into_iter().find(|&n| figure(n))?;
    Some(rest.len().checked_sub(n + 1).map(|k| rest[k]))
}

/// Whether anchor `a` comes right after value `v` (a word or two apart),
/// with `v` nearer to it than `m`: then `a` dates `v`, not `m`.
fn follows_closely(v: &Mention, a: &anchor::Anchor, m: &Mention) -> bool {
    let m_before_v = m.span.end <= v.span.start;
    let v_between = m_before_v || a.span.end <= m.span.start;
    !a.possessive
        && v.span.end <= a.span.start
        && a.span.start - v.span.end <= FOLLOW_GAP
        && v_between
}

/// Bytes between a value and a time that dates it: " in the ".
const FOLLOW_GAP: usize = 12;

/// Bytes (about a dozen words) within which a worded time sets the clause
/// of a value.
const ANCHOR_REACH: usize = 80;

/// Days before the story's date past which a stated date is another time.
const BACKGROUND_DAYS: i64 = 45;

fn other_time(
    d: &crate::engine::model::DateValue,
    published: Option<jiff::civil::Date>,
    story_year: Option<i16>,
) -> Option<String> {
    if let (Some(end), Some(p)) = (d.end, published) {
        let days = (p - end).get_days() as i64;
        return (days > BACKGROUND_DAYS).then(|| format!("#at{}", end.year()));
    }
    let year = d.year.or(d.start.map(|s| s.year()))?;
    other_year(year, story_year).then(|| format!("#at{year}"))
}

/// Whether a stated year sets a clause at another time than the story's:
/// a year before it. A year after it is the story's own next step ("to
/// close in the second quarter of 2027"), like any plan; with no story
/// year known, any year stated is another time.
fn other_year(year: i16, story_year: Option<i16>) -> bool {
    story_year.is_none_or(|s| year < s)
}

/// The year most of the corpus's dated articles were published. Without
/// publication dates there is no story year: the years stated in the text
/// cannot tell the story's own time from a background one.
pub(super) fn story_year(corpus: &Corpus) -> Option<i16> {
    let mut counts: HashMap<i16, usize> = HashMap::new();
    for a in &corpus.articles {
        if let Some(p) = a.meta.published {
            *counts.entry(p.year()).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(y, c)| (c, y))
        .map(|(y, _)| y)
}

#[cfg(test)]
#[path = "time_anchor_tests.rs"]
mod tests;
