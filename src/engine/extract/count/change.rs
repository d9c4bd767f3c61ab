//! A bare number that is the new or old amount of a change: "border
//! arrests have fallen to 400,000", "sales rose from a peak of 2 million".
//! The number names no noun of its own; what it counts is the subject of
//! the verb of change before it.

use std::collections::HashSet;

use crate::engine::extract::quantity::units::WordClasses;
use crate::engine::wordnet::Lexicon;

/// How far back in its sentence (bytes) a number looks for its verb.
const REACH: usize = 160;

pub(super) struct ChangeVerbs {
    lemmas: HashSet<&'static str>,
}

impl ChangeVerbs {
    pub(super) fn new() -> Self {
        ChangeVerbs {
            lemmas: crate::engine::words::entries(include_str!(
                "../../../../assets/extract/change_verbs.txt"
            ))
            .chain(crate::engine::words::entries(include_str!(
                "../../../../assets/extract/level_verbs.txt"
            )))
            .collect(),
        }
    }

    /// Whether `w` is an inflected verb of change ("fell", "rose",
    /// "shrank", "edged"): a bare "fall" or "rise" is as often a noun.
    pub(super) fn is_inflected(&self, wordnet: &Lexicon, w: &str) -> bool {
        !self.lemmas.contains(w)
            && (self.lemmas.contains(&*wordnet.lemma(w))
                || wordnet
                    .verb_base(w)
                    .is_some_and(|v| self.lemmas.contains(v)))
    }

    /// The counted noun of a number at `start` that follows "to", "from",
    /// "at", "by" or "a peak of" after a verb of change whose subject is a
    /// plural or collective noun: "apprehensions have actually fallen in
    /// recent years, to".
    pub(super) fn subject(
        &self,
        wordnet: &Lexicon,
        classes: &WordClasses,
        text: &str,
        start: usize,
    ) -> Option<String> {
        // Most bare numbers follow none of the lead words: tell cheaply.
        let last_word = text[..start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .next()?;
        if !["to", "from", "at", "of", "by"]
            .iter()
            .any(|w| last_word.eq_ignore_ascii_case(w))
        {
            return None;
        }
        let words = words_before(text, start, REACH, &['.', '!', '?', ';', '\n']);
        let n = words.len();
        let last = |k: usize| words.get(n.checked_sub(k + 1)?).map(String::as_str);
        let lead = match last(0)? {
            // "grew by 318,450": the amount of the change itself.
            "to" | "from" | "at" | "by" => 1,
            // "from a peak of", "to a record of"
            "of" if matches!(last(1)?, "peak" | "high" | "low" | "record" | "total")
                && matches!(last(2)?, "a" | "an")
                && matches!(last(3)?, "to" | "from" | "at" | "of") =>
            {
                4
            }
            _ => return None,
        };
        // The verb of change nearest before the lead ("fell to 400,000
        // from a peak of 1.6 million" gives both numbers one verb), in an
        // inflected form, or a bare one after a modal ("will fall to 7.9
        // million"): a bare "fall" or "rise" alone is as often a noun ("the
        // rise to power").
        let verb = (0..n - lead).rev().find(|&k| {
            self.is_inflected(wordnet, &words[k])
                || (k > 0
                    && MODALS.contains(&words[k - 1].as_str())
                    && self.lemmas.contains(words[k].as_str()))
        })?;
        // Its subject: the word before it, over auxiliaries and adverbs,
        // or the noun a phrase after it tells where or of what ("deaths
        // in the province rose", "the number of tigers in the reserve has
        // risen").
        let mut k = verb;
        let mut looked = 0;
        while k > 0 && looked < SUBJECT_REACH {
            k -= 1;
            let w = words[k].as_str();
            if matches!(w, "have" | "has" | "had" | "been" | "also" | "now")
                || MODALS.contains(&w)
                || w.ends_with("ly")
            {
                continue;
            }
            looked += 1;
            // A plural noun ("arrests"), or one naming a body of people or
            // things ("the population grew to 8.4 million").
            let counted = classes.is_plural_noun(w) || wordnet.is_collective(w);
            if counted && wordnet.is_plain_noun(w) {
                return Some(w.to_string());
            }
            // Past a phrase of place or of what: its preposition is what
            // the words after it hang on.
            let phrase = (k.saturating_sub(PHRASE_WORDS)..=k).any(|j| is_phrase_lead(&words[j]));
            if !phrase {
                return None;
            }
        }
        None
    }
}

/// Words before a bare verb that make it a verb: "will fall", "is expected
/// to rise".
const MODALS: &[&str] = &["will", "would", "could", "may", "might", "should", "to"];

fn is_phrase_lead(w: &str) -> bool {
    matches!(w, "in" | "of" | "at" | "across" | "on")
}

/// Words back from the verb a subject may stand, over a phrase after it.
const SUBJECT_REACH: usize = 6;

/// Words a phrase of place or of what may run to after its preposition
/// ("in Drevan province", "in the reserve").
const PHRASE_WORDS: usize = 3;

/// The lowercase words of the clause before byte `start`, reaching back
/// at most `reach` bytes and not past any of `stops`; a comma ends no
/// word ("1,200" is one).
pub(super) fn words_before(text: &str, start: usize, reach: usize, stops: &[char]) -> Vec<String> {
    let before = &text[text.ceil_char_boundary(start.saturating_sub(reach))..start];
    // A decimal point ("rose 3.1% to 9,436") ends no clause.
    let decimal_point = |i: usize| {
        let b = before.as_bytes();
        i > 0
            && b[i] == b'.'
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
    };
    let from = before
        .char_indices()
        .rfind(|&(i, c)| stops.contains(&c) && !decimal_point(i))
        .map_or(0, |(i, c)| i + c.len_utf8());
    before[from..]
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | ',' | '\'' | '’')))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches(',').to_lowercase())
        .collect()
}

#[cfg(test)]
#[path = "change_tests.rs"]
mod tests;
