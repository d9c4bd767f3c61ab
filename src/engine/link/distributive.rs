//! What a sum, count or measure is counted per, or whether it is only a
//! part: "every percentage point above the offer would cost €38m a year"
//! is per point and per year; "closing the gap would cost €87 million a
//! year" is per year only; "nine other villages" is the rest of a list,
//! "12 new cases" a day's rise. Two such values that differ are a rate and
//! a total, or a part and the whole, two facts, not outlets disagreeing
//! (see `block::blocked`).

use std::ops::Range;

use super::clause::before_value;
use super::facts::Mention;
use crate::engine::extract::{WordClasses, anchor};
use crate::engine::load::Corpus;
use crate::engine::model::Kind;
use crate::engine::words::entries;

const DISTRIBUTORS: &str = include_str!("../../../assets/words/distributors.txt");
const REMAINDER: &str = include_str!("../../../assets/words/remainder_words.txt");

/// The mark of a count that is a part or a change ("nine other villages").
const PART: &str = "+part";

struct Words {
    classes: WordClasses,
    distributors: Vec<&'static str>,
    remainder: Vec<&'static str>,
}

impl Words {
    fn new() -> Self {
        Words {
            classes: WordClasses::new(),
            distributors: entries(DISTRIBUTORS).collect(),
            remainder: entries(REMAINDER).collect(),
        }
    }

    fn distributes(&self, w: &str) -> bool {
        self.distributors.contains(&w)
    }
}

/// How far back a distributor still governs the value, in words.
const REACH: usize = 14;

/// How far after the value, in words, a distributor in its own phrase
/// still governs it ("to the family of each worker").
const PHRASE_REACH: usize = 8;

/// For each mention, the sorted words it is counted per (empty for a
/// total). Dates, times, quotes and entities have none.
pub(super) fn per_units(corpus: &Corpus, mentions: &[Mention]) -> Vec<Vec<String>> {
    let words = Words::new();
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text;
            let mut out = match m.kind {
                Kind::Money | Kind::Count | Kind::Quantity | Kind::Percent => {
                    units(text, m.span.clone(), &words)
                }
                _ => Vec::new(),
            };
            if m.kind == Kind::Count && part(text, m.span.clone(), &words) {
                out.push(PART.to_string());
                out.sort();
            }
            out
        })
        .collect()
}

/// Whether a count is of the rest or of the new: a remainder word right
/// after its number ("nine other villages", "12 new cases"; the span may
/// hold the noun) or "another" right before it.
fn part(text: &str, span: Range<usize>, words: &Words) -> bool {
    let inside = lower_words(&text[span.clone()]);
    let after = lower_words(&text[span.end..text.floor_char_boundary(span.end + 24)]);
    let next = inside.get(1).or(after.first());
    let before =
        lower_words(&text[text.floor_char_boundary(span.start.saturating_sub(10))..span.start]);
    next.is_some_and(|w| words.remainder.contains(&w.as_str()))
        || before.last().is_some_and(|w| w == "another")
}

fn units(text: &str, span: Range<usize>, words: &Words) -> Vec<String> {
    let classes = &words.classes;
    let clause = anchor::sentence_of(text, span.clone());
    let mut out = Vec::new();
    // Back to the clause's start: a distributor and the word it takes.
    let stops = [',', ';', ':', '\u{2014}', '(', '"', '\u{201c}'];
    let lead = lower_words(before_value(text, span.clone(), &stops));
    let near = lead.len().saturating_sub(REACH);
    for k in near..lead.len() {
        if words.distributes(&lead[k])
            && let Some(next) = lead.get(k + 1)
            && !classes.is_function_word(next)
        {
            out.push(singular(next));
        }
    }
    // "In a normal week the hospitals carry out around 2,800 operations".
    let period = |w: &str| classes.is_time_word(w) && !classes.is_month_or_weekday(w);
    for k in near..lead.len() {
        if matches!(lead[k].as_str(), "in" | "on")
            && lead.get(k + 1).is_some_and(|a| a == "a" || a == "an")
            && let Some(unit) = lead[k + 2..(k + 4).min(lead.len())]
                .iter()
                .find(|w| period(w))
        {
            out.push(singular(unit));
        }
    }
    // Right after: "€250m a day", "€600 per passenger", "$5 each"; not
    // "a day after the quake".
    // A compound goes on past the span: "a 180,000-barrel-a-day plant".
    let rest = &text[span.end..clause.end.max(span.end)];
    let after = match rest.strip_prefix('-') {
        Some(compound) => super::clause::lower_words(compound, &[]),
        None => lower_words(rest),
    };
    let relative = |w: Option<&String>| {
        w.is_some_and(|w| matches!(w.as_str(), "after" | "before" | "later" | "earlier" | "ago"))
    };
    match after.as_slice() {
        [a, unit, rest @ ..]
            if (a == "a" || a == "an") && period(unit) && !relative(rest.first()) =>
        {
            out.push(singular(unit))
        }
        [a, unit, ..] if words.distributes(a) && !classes.is_function_word(unit) => {
            out.push(singular(unit))
        }
        [a, ..] if a == "each" || a == "apiece" => out.push("each".to_string()),
        _ => {}
    }
    // Further along the value's own phrase: "would pay 500,000 marns to
    // the family of each worker who died", "$20,000 for every victim".
    // Another figure or a comma ends the phrase ("$140,000, or $20,000
    // for each worker" sets the $20,000 per worker, not the total).
    if !rest.starts_with('-') {
        let rest = past_restatement(&text[..span.start], rest);
        let end = rest
            .find([',', ';', ':', '(', '\u{2014}'])
            .unwrap_or(rest.len());
        let phrase = lower_words(&rest[..end]);
        for k in 0..phrase.len().min(PHRASE_REACH) {
            if phrase[k].contains(|c: char| c.is_ascii_digit()) {
                break;
            }
            if words.distributes(&phrase[k])
                && let Some(unit) = phrase.get(k + 1)
                && !classes.is_function_word(unit)
            {
                out.push(singular(unit));
                break;
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The rest of a value's phrase past a sum restated between commas: "pay
/// 500,000 marns, about £15,600, to the family of each worker" goes on to
/// "to the family" from either figure.
fn past_restatement<'a>(before: &str, rest: &'a str) -> &'a str {
    let Some(inner) = rest.strip_prefix(',') else {
        return rest;
    };
    if before.trim_end().ends_with(',') {
        return inner;
    }
    // ", " and not a thousands comma ends the restatement.
    match inner.find(", ") {
        Some(k) if k <= 40 && inner[..k].contains(|c: char| c.is_ascii_digit()) => &inner[k + 1..],
        _ => rest,
    }
}

fn lower_words(s: &str) -> Vec<String> {
    super::clause::lower_words(s, &['-'])
}

/// "days" and "day", "passengers" and "passenger" are one unit.
fn singular(w: &str) -> String {
    w.strip_suffix('s')
        .filter(|s| s.len() > 2)
        .unwrap_or(w)
        .to_string()
}

/// Whether two mentions are counted per different things: then values
/// that differ are a rate and a total, or two rates. "$5 each" fits any
/// stated unit.
pub(super) fn differ(a: &[String], b: &[String]) -> bool {
    let each = |x: &[String]| x.iter().any(|w| w == "each");
    if (each(a) && !b.is_empty()) || (each(b) && !a.is_empty()) {
        return false;
    }
    a != b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn per(text: &str, value: &str) -> Vec<String> {
        let at = text.find(value).expect("value in text");
        units(text, at..at + value.len(), &Words::new())
    }

    #[test]
    fn a_rate_states_what_it_is_counted_per() {
        let t = "Every percentage point above the offer would cost it €38m a year, she said.";
        assert_eq!(per(t, "€38m"), ["percentage", "year"]);
        assert_eq!(
            per(
                "Closing the gap would cost €87 million a year.",
                "€87 million"
            ),
            ["year"]
        );
        assert_eq!(
            per("Each passenger will receive €600.", "€600"),
            ["passenger"]
        );
        assert_eq!(
            per(
                "The 180,000-barrel-a-day plant supplies the north.",
                "180,000-barrel"
            ),
            ["day"]
        );
        assert_eq!(
            per("They will get €600 per passenger.", "€600"),
            ["passenger"]
        );
        assert_eq!(per("The strike costs €250m every day.", "€250m"), ["day"]);
        assert_eq!(
            per("Its wards treat about 400 patients a day.", "400 patients"),
            ["day"]
        );
        assert_eq!(
            per(
                "In a normal week the wards treat around 2,800 patients.",
                "2,800 patients"
            ),
            ["week"]
        );
    }

    #[test]
    fn a_distributor_further_along_the_value_s_phrase_governs_it() {
        let t = "It would pay 500,000 marns, about £15,600, to the family of each worker who died.";
        assert_eq!(per(t, "500,000 marns"), ["worker"]);
        assert_eq!(per(t, "about £15,600"), ["worker"]);
        let t = "It will pay a total of $140,000, or $20,000 for every worker.";
        assert!(per(t, "$140,000").is_empty());
        assert_eq!(per(t, "$20,000"), ["worker"]);
        // Another figure ends the phrase.
        let t = "It paid $140,000 and later $20,000 for every worker.";
        assert!(per(t, "$140,000").is_empty());
        // "each of" takes no unit.
        assert!(per("It paid $140,000 to each of the families.", "$140,000").is_empty());
    }

    #[test]
    fn a_total_is_counted_per_nothing() {
        assert!(per("The repairs cost €87 million in all.", "€87 million").is_empty());
        // A distributor in an earlier clause governs that clause only.
        let t = "Each side blamed the other; the gap would cost €87 million.";
        assert!(per(t, "€87 million").is_empty());
        let t = "Each side blamed the other \u{2014} the gap would cost €87 million.";
        assert!(per(t, "€87 million").is_empty());
        // "a" before a word that is no unit of time is no rate.
        assert!(per("It paid $4 million a company in Ohio.", "$4 million").is_empty());
        assert!(per("It killed 12 people a day after the quake.", "12 people").is_empty());
        assert!(per("In a statement it said 12 people died.", "12 people").is_empty());
    }

    #[test]
    fn the_rest_of_a_list_and_a_rise_are_parts() {
        let w = Words::new();
        let is_part = |t: &str, v: &str| {
            let at = t.find(v).expect("value in text");
            part(t, at..at + v.len(), &w)
        };
        assert!(is_part(
            "It covers Velmora and nine other villages.",
            "nine"
        ));
        assert!(is_part(
            "It covers Velmora and nine other villages.",
            "nine other villages"
        ));
        assert!(is_part("Officials reported 12 new cases on Monday.", "12"));
        assert!(is_part("Another 40 homes burned overnight.", "40"));
        assert!(!is_part(
            "It covers Velmora and 11 surrounding villages.",
            "11"
        ));
        assert!(!is_part("Officials reported 230 cases in all.", "230"));
        // Windows that end inside a character are cut before it.
        assert!(!is_part("’’’’’’’’’ 230 ’’’’’’’’’’’’’’’’’’’’", "230"));
    }

    #[test]
    fn word_lists_are_well_formed() {
        crate::engine::words::assert_well_formed(DISTRIBUTORS, &["each", "every", "per"]);
        crate::engine::words::assert_well_formed(REMAINDER, &["other", "another"]);
    }

    #[test]
    fn rates_per_other_things_differ_and_each_fits_any() {
        let s = |v: &[&str]| v.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(differ(&s(&["percentage", "year"]), &s(&["year"])));
        assert!(differ(&s(&["day"]), &s(&[])));
        assert!(!differ(&s(&["day"]), &s(&["day"])));
        assert!(!differ(&s(&["each"]), &s(&["passenger"])));
        assert!(!differ(&s(&[]), &s(&[])));
    }
}
