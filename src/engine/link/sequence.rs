//! Which of a series a moment is of. "The first high tide, at 14:52" and
//! "the next high tide, at 03:17" are two tides; "the first round, on 3
//! May" and "the second round, on 17 May" two rounds. Moments told of
//! different places in a series are two facts, agreeing or not.

use super::facts::Mention;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;
use crate::engine::words::entries;

const SEQUENCE_WORDS: &str = include_str!("../../../assets/words/sequence_words.txt");

/// Words read back from a value for the word that places its noun in a
/// series: "the first afternoon high tide, which peaked at" is seven.
const REACH: usize = 7;

/// For each time and date, the place in a series its clause names before
/// it, as the line of `sequence_words.txt` that holds the word; `None`
/// when it names none. Other kinds have none: a series word before a
/// count or a length is as often another noun's ("winning his fourth
/// title after four hours and 38 minutes").
pub(super) fn places(corpus: &Corpus, mentions: &[Mention]) -> Vec<Option<u8>> {
    let groups: Vec<Vec<&str>> = entries(SEQUENCE_WORDS)
        .map(|l| l.split_whitespace().collect())
        .collect();
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text;
            // "The first cut since 2019": the date after "since" bounds
            // the series; it is no place in it.
            if !matches!(m.kind, Kind::Time | Kind::Date)
                || super::time_anchor::after_since(text, m.span.start)
            {
                return None;
            }
            let clause = super::clause::before_value(text, m.span.clone(), &[';', ':', '—']);
            let words = super::clause::lower_words(clause, &['-']);
            words.iter().rev().take(REACH).find_map(|w| {
                groups
                    .iter()
                    .position(|g| g.contains(&w.as_str()))
                    .map(|p| p as u8)
            })
        })
        .collect()
}

/// Whether two values are told of different places in a series.
pub(super) fn differ(a: Option<u8>, b: Option<u8>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_words_list_is_well_formed() {
        crate::engine::words::assert_well_formed(
            SEQUENCE_WORDS,
            &["first initial", "previous preceding"],
        );
    }
}
