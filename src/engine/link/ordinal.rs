//! Written ordinals ("the 36th minute", "the 11th district"): places in
//! a sequence of their noun's things, so two ordinals of different things
//! ("the 94th minute", "the 94th edition") never state one fact (see
//! `block`).

use super::facts::Mention;
use crate::engine::extract::count::written_ordinal;
use crate::engine::extract::numbers::parse_number;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;
use crate::engine::wordnet::Lexicon as WordNet;

/// For each mention, whether it opens on a written ordinal ("36th").
pub(super) fn ordinals(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    each_count(corpus, mentions, |text| {
        written_ordinal(text.split_whitespace().next().unwrap_or("")).is_some()
    })
}

/// For each count, whether its words hold a cardinal number: "the fourth
/// time" and "the 11th time" hold none, being places in a sequence; "a
/// 221-page ruling" holds one in its compound.
pub(super) fn cardinals(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    each_count(corpus, mentions, |text| {
        text.split([' ', '\n', '\t', '-', '\u{2011}']).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            written_ordinal(w).is_none() && parse_number(w).is_some()
        })
    })
}

/// For each count, whether it is a place in a stretch of time that is
/// still running: "the lockout entered its third day", "the fourth week
/// of the strike". It moves on with the day an article is written, so
/// two articles written on different days may both be right.
pub(super) fn running(corpus: &Corpus, mentions: &[Mention], wordnet: &WordNet) -> Vec<bool> {
    each_count(corpus, mentions, |text| {
        let mut words = text.split_whitespace();
        let place = words.next().is_some_and(|w| parse_number(w).is_none());
        place
            && words
                .last()
                .is_some_and(|noun| wordnet.noun_is(noun, "time"))
    })
}

/// `test` of each count's words; false for every other mention.
fn each_count(corpus: &Corpus, mentions: &[Mention], test: impl Fn(&str) -> bool) -> Vec<bool> {
    mentions
        .iter()
        .map(|m| m.kind == Kind::Count && test(&corpus.articles[m.article].text[m.span.clone()]))
        .collect()
}
