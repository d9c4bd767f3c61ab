//! The words around a value in its sentence, for the passes that read a
//! value's clause (`distributive`, `mood`, `share_or_change`).

use std::ops::Range;

use crate::engine::extract::anchor;

/// The text of a value's sentence before it, back to the last of `stops`
/// (a comma, a semicolon, a dash: what ends the clause for the caller).
pub(super) fn before_value<'a>(text: &'a str, span: Range<usize>, stops: &[char]) -> &'a str {
    let sentence = anchor::sentence_of(text, span.clone());
    let before = &text[sentence.start..span.start.max(sentence.start)];
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| stops.contains(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    &before[start..]
}

/// The words of `s`, lowercase; a word runs over letters, digits and any
/// of `joiners` ("quarter-point" is one word with '-').
pub(super) fn lower_words(s: &str, joiners: &[char]) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || joiners.contains(&c)))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
