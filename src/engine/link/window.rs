//! Lengths of time that a count is told within, not the length of
//! anything: "the second strike at the plant in 16 years" counts strikes
//! over 16 years, and does not restate "the strike lasted 16 years",
//! however alike the number; two such windows may still be one fact.
//! ("The first strike in 16 years" is another matter: it tells a 16-year
//! wait, as "a 16-year high" and "its best result in 16 years" do. And
//! "reached the 86th floor in 52 seconds" tells how long the climb took:
//! only a stretch of a month or more holds a count of events.)

use super::facts::Mention;
use super::features::interval_of;
use crate::engine::extract::count::written_ordinal;
use crate::engine::load::Corpus;
use crate::engine::model::{Kind, Value};
use crate::engine::wordnet::Lexicon as WordNet;
use crate::engine::words::entries;

const WINDOW_RANKS: &str = include_str!("../../../assets/words/window_ranks.txt");

/// The shortest window: four weeks, in seconds.
const SHORTEST: f64 = 28.0 * 86_400.0;

/// Words read back from a window's "in" for the ordinal that counts what
/// happened: "the third strike to hit the plant in 16 years" is six.
const REACH: usize = 8;

/// For each length of time, whether it is such a window; false for every
/// other mention.
pub(super) fn windows(corpus: &Corpus, mentions: &[Mention], wordnet: &WordNet) -> Vec<bool> {
    let ranks: Vec<&str> = entries(WINDOW_RANKS).collect();
    mentions
        .iter()
        .map(|m| {
            m.kind == Kind::Duration
                && window(
                    &corpus.articles[m.article].text,
                    m.span.clone(),
                    &m.value,
                    &ranks,
                    wordnet,
                )
        })
        .collect()
}

fn window(
    text: &str,
    span: std::ops::Range<usize>,
    value: &Value,
    ranks: &[&str],
    wordnet: &WordNet,
) -> bool {
    if !interval_of(value).is_some_and(|i| i.lo >= SHORTEST) {
        return false;
    }
    let clause = super::clause::before_value(text, span, &[';', ':', '—', '(']);
    let words = super::clause::lower_words(clause, &[]);
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    // "the second strike in 16 years", "the 11th shutdown in 30 years";
    // not "the fourth quarter, its fastest pace in two years", where the
    // ordinal places a stretch of time.
    let counting = |k: usize| {
        let w = before[k].as_str();
        (ranks.contains(&w) || written_ordinal(w).is_some_and(|n| n >= 2))
            && before
                .get(k + 1)
                .is_none_or(|next| !wordnet.noun_may_be(next, "time"))
    };
    last == "in" && (0..before.len()).rev().take(REACH).any(counting)
}

/// Whether one of two lengths of time is a window and the other is not.
pub(super) fn differ(a: bool, b: bool) -> bool {
    a != b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Interval;

    fn of(text: &str, value: &str) -> bool {
        let ranks: Vec<&str> = entries(WINDOW_RANKS).collect();
        let at = text.find(value).expect("value in text");
        // The length the words say, in seconds, as the extractor reads it
        // (a decade and bare years alike as years: only the floor matters).
        let unit = if value.contains("second") {
            1.0
        } else if value.contains("hour") {
            3_600.0
        } else if value.contains("month") {
            30.0 * 86_400.0
        } else {
            365.0 * 86_400.0
        };
        let n: f64 = value
            .split(' ')
            .find_map(|w| w.parse().ok())
            .unwrap_or(10.0);
        let seconds = Interval::exact(n * unit);
        let duration = Value::Duration {
            seconds,
            approx: false,
            grain: unit,
        };
        window(
            text,
            at..at + value.len(),
            &duration,
            &ranks,
            &WordNet::embedded(),
        )
    }

    #[test]
    fn a_length_after_a_counting_ordinal_and_in_is_a_window() {
        assert!(of(
            "It is the second strike at the plant in 16 years.",
            "16 years"
        ));
        assert!(of(
            "the third increase in more than a decade",
            "more than a decade"
        ));
        assert!(of("the 11th shutdown in 30 years", "30 years"));
    }

    #[test]
    fn lengths_of_things_and_waits_are_not_windows() {
        assert!(!of(
            "The strike lasted 16 years, the union said.",
            "16 years"
        ));
        assert!(!of(
            "The tunnel will be finished in three years.",
            "three years"
        ));
        assert!(!of(
            "He has governed for the past three years.",
            "three years"
        ));
        assert!(!of("Prices rose 5% in the past 12 months.", "12 months"));
        // The first in 16 years tells a 16-year wait.
        assert!(!of("the first strike at the plant in 16 years", "16 years"));
        assert!(!of("its highest level in 16 years", "16 years"));
        // An ordinal of another clause.
        assert!(!of(
            "It came second; the works ended in two years.",
            "two years"
        ));
        assert!(!of("the 1st order in 13 years", "13 years"));
        // A climb's time, however an ordinal places where it ended.
        assert!(!of(
            "output rose in the fourth quarter, its fastest pace in two years",
            "two years"
        ));
        assert!(!of("reached the 86th floor in 52 seconds", "52 seconds"));
    }

    #[test]
    fn a_window_and_a_length_differ_and_two_windows_do_not() {
        assert!(differ(true, false));
        assert!(!differ(true, true));
        assert!(!differ(false, false));
    }
}
