//! On whose word a figure is told: "about 6,000 people marched, police
//! said", "according to the union, 20,000". Two outlets that give one
//! thing two figures on the word of two different sources (police and
//! organisers, the ministry and the hospital) are how most disputes in
//! the news arise, and each outlet words its source's account its own way:
//! the sentences seldom run alike enough for the linker alone.
//!
//! A source is read from the nearest reporting verb of the value's
//! sentence: the words of the clause before it ("police said"), or after
//! it when none stand before ("said the union"), or the words after
//! "according to". Only words that say something count (`terms`).

use super::context::ArticleTerms;
use super::facts::Mention;
use super::lexicon::Lexicon;
use super::tokens::{Break, first_token_at};
use crate::engine::model::Kind;

/// Most words of a source read.
const SOURCE_WORDS: usize = 4;

/// For each count, sum, measure or length of time, the terms naming the
/// source it is told on the word of, sorted (empty when none is read).
pub(super) fn sources(
    mentions: &[Mention],
    terms: &[ArticleTerms],
    lexicon: &Lexicon,
) -> Vec<Vec<u32>> {
    mentions
        .iter()
        .map(|m| match m.kind {
            Kind::Count | Kind::Money | Kind::Quantity | Kind::Duration => {
                let at = &terms[m.article];
                let first = first_token_at(&at.tokens, m.span.start);
                let last = first_token_at(&at.tokens, m.span.end);
                if one_among_others(at, first, last, m.kind) {
                    return Vec::new();
                }
                let mut out = source_at(at, first, lexicon);
                out.sort_unstable();
                out.dedup();
                out
            }
            _ => Vec::new(),
        })
        .collect()
}

/// Whether the figure at tokens `first..last` is told as a part or the
/// whole of a partitive ("17 of the injured", "1,380 of its 2,300
/// drivers") or as an addition ("a further 260 schools"): one figure
/// among others, whoever gives it, so no source's account of the thing.
/// A measure, a sum or a length before "of" is of a stuff, no part:
/// "1,100 tonnes of crude", "$5m of aid", "three hours of talks".
fn one_among_others(at: &ArticleTerms, first: usize, last: usize, kind: Kind) -> bool {
    let word = |k: usize| at.tokens.get(k).map_or("", |t| t.lower.as_str());
    let before = |n: usize| first.checked_sub(n).map_or("", word);
    (word(last) == "of" && kind == Kind::Count)
        || (before(2) == "of" && matches!(before(1), "the" | "its" | "their" | "our"))
        || matches!(before(1), "further" | "additional" | "another")
}

fn source_at(at: &ArticleTerms, first: usize, lexicon: &Lexicon) -> Vec<u32> {
    let tokens = &at.tokens;
    let Some(sentence) = tokens.get(first).map(|t| t.sentence) else {
        return Vec::new();
    };
    let same = |k: usize| tokens.get(k).is_some_and(|t| t.sentence == sentence);
    let says = |k: usize| {
        lexicon.is_reporting_verb(&tokens[k].lower)
            || (tokens[k].lower == "according"
                && tokens.get(k + 1).is_some_and(|t| t.lower == "to"))
    };
    let before = (0..first).rev().take_while(|&k| same(k)).find(|&k| says(k));
    let after = (first..tokens.len())
        .take_while(|&k| same(k))
        .find(|&k| says(k));
    let verb = match (before, after) {
        (Some(b), Some(a)) if a - first < first - b => a,
        (Some(b), _) => b,
        (None, Some(a)) => a,
        (None, None) => return Vec::new(),
    };
    let term = |k: usize| at.terms.get(k).copied().flatten();
    if tokens[verb].lower == "according" {
        return forward(at, verb + 2, sentence, &term);
    }
    // Back from the verb to the clause's start: "the union's president said".
    let mut out = Vec::new();
    let mut k = verb;
    while k > 0 && same(k - 1) && tokens[k].before == Break::None && out.len() < SOURCE_WORDS {
        k -= 1;
        out.extend(term(k));
    }
    if out.is_empty() {
        out = forward(at, verb + 1, sentence, &term);
    }
    out
}

/// The terms from token `from` on, to a break or the sentence's end.
fn forward(
    at: &ArticleTerms,
    from: usize,
    sentence: u32,
    term: &impl Fn(usize) -> Option<u32>,
) -> Vec<u32> {
    let mut out = Vec::new();
    let mut k = from;
    while k < at.tokens.len()
        && at.tokens[k].sentence == sentence
        && (k == from || at.tokens[k].before == Break::None)
        && out.len() < SOURCE_WORDS
    {
        out.extend(term(k));
        k += 1;
    }
    out
}

/// Whether two figures are told on the word of different sources: each
/// names one and they share no word.
pub(super) fn differ(a: &[u32], b: &[u32]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|w| b.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::link::tokens::tokenize;
    use std::collections::HashMap;

    fn tokens(text: &str) -> ArticleTerms {
        ArticleTerms {
            tokens: tokenize(text, &Lexicon::new()),
            terms: Vec::new(),
            persons: HashMap::new(),
        }
    }

    fn among_others(text: &str, value: &str) -> bool {
        of_kind(text, value, Kind::Count)
    }

    fn of_kind(text: &str, value: &str, kind: Kind) -> bool {
        let at = tokens(text);
        let start = text.find(value).unwrap();
        let first = first_token_at(&at.tokens, start);
        let last = first_token_at(&at.tokens, start + value.len());
        one_among_others(&at, first, last, kind)
    }

    #[test]
    fn parts_wholes_and_additions_are_figures_among_others() {
        assert!(among_others(
            "Officials said 17 of the injured went home.",
            "17"
        ));
        assert!(among_others(
            "It said 1,380 of its 2,300 drivers stayed away.",
            "2,300 drivers"
        ));
        assert!(among_others(
            "A further 260 schools opened late.",
            "260 schools"
        ));
        assert!(!among_others(
            "Police said about 1,200 people marched.",
            "about 1,200 people"
        ));
    }

    #[test]
    fn a_measure_or_a_sum_before_of_is_of_a_stuff_not_a_part() {
        let text = "About 1,100 tonnes of crude oil escaped, the owner said.";
        assert!(!of_kind(text, "About 1,100 tonnes", Kind::Quantity));
        assert!(!of_kind(
            "It sent $5m of aid, officials said.",
            "$5m",
            Kind::Money
        ));
        // A count before "of" is a part: "17 of the injured".
        assert!(of_kind(
            "Officials said 17 of the injured went home.",
            "17",
            Kind::Count
        ));
    }

    #[test]
    fn sources_differ_only_when_both_are_named_and_share_no_word() {
        assert!(differ(&[1, 2], &[3]));
        assert!(!differ(&[1, 2], &[2, 5]));
        assert!(!differ(&[], &[3]));
    }
}
