//! Counts that are not "number, then plural noun":
//! - hyphenated compounds before a head noun: "a 62-page ruling" counts
//!   pages of a ruling, "a 12-member jury" members of a jury;
//! - partitives: "31 of those emergencies", "two more of the devices".

use std::collections::HashSet;

use super::units::{currency_word, is_time_word, lookup_unit, lower};
use super::{Counted, counted_noun};
use crate::engine::extract::quantity::units::is_function_word;

/// Words that never follow "N-" as a counted thing, read from `assets/`.
pub(crate) struct Compounds {
    skip: HashSet<&'static str>,
}

/// A compound found after a number: what it counts, the noun it is
/// attached to, and where the compound ends (relative to its start).
pub(crate) struct Compound {
    pub unit: String,
    pub head: String,
    pub end: usize,
}

impl Compounds {
    pub(crate) fn new() -> Self {
        Compounds {
            skip: include_str!("../../../../assets/extract/compound_skip.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect(),
        }
    }

    /// "-page ruling" after the number: `unit` "page", `head` "ruling".
    /// The compound must modify a following noun ("a 62-page ruling"),
    /// and its second part must be a plain word, not a unit, a time word
    /// or a currency, which other kinds own ("10-kilometre", "15-year",
    /// "five-million-dollar").
    pub(crate) fn after(&self, after: &str) -> Option<Compound> {
        let rest = after.strip_prefix('-')?;
        let len = rest
            .find(|ch: char| !ch.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..len];
        let tail = &rest[len..];
        if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        if self.skip.contains(word)
            || is_time_word(word)
            || lookup_unit(word).is_some()
            || currency_word(word).is_some()
            || matches!(
                word,
                "million" | "billion" | "trillion" | "thousand" | "hundred"
            )
        {
            return None;
        }
        let head_text = tail.strip_prefix(' ')?;
        let head_len = head_text
            .find(|ch: char| !ch.is_ascii_alphabetic())
            .unwrap_or(head_text.len());
        let head = &head_text[..head_len];
        if head.len() < 3
            || !head.bytes().all(|b| b.is_ascii_lowercase())
            || is_function_word(head)
            || head_text[head_len..].starts_with('-')
        {
            return None;
        }
        Some(Compound {
            unit: word.to_string(),
            head: head.to_string(),
            end: 1 + len,
        })
    }
}

/// "of those prior emergencies" after a number: the counted noun and
/// where it ends. Only a determiner after "of" makes it a part of a named
/// whole; "24 of them" names nothing.
pub(crate) fn partitive(after: &str) -> Option<(String, usize)> {
    let mut at = 0;
    let mut words = after.split(' ');
    if !words.next()?.is_empty() {
        return None;
    }
    at += 1;
    let mut w = words.next()?;
    if w == "more" {
        at += w.len() + 1;
        w = words.next()?;
    }
    if w != "of" {
        return None;
    }
    at += 3;
    let det = words.next()?;
    if !matches!(
        &*lower(det),
        "the" | "those" | "these" | "its" | "their" | "his" | "her" | "our"
    ) {
        return None;
    }
    at += det.len();
    match counted_noun(&after[at..], false) {
        Counted::Noun(n, e) => Some((n, at + e)),
        _ => None,
    }
}
