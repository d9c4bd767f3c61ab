//! The noun a count counts: the words after a number, read through
//! modifiers ("five Colombian officials", "28,500 U.S. troops").

use crate::engine::extract::quantity::units::{WordClasses, currency_word, lookup_unit, lower};

/// What follows a number: the counted noun, nothing countable, or
/// something that makes the number another kind's (a unit, a time word).
pub(super) enum Counted {
    Noun(String, usize),
    Nothing,
    Refused,
}

/// Reads up to four words after a number: modifiers then a noun. The
/// noun is the first plural-looking word ("five Colombian officials"), or
/// for a count of one a singular person ("one soldier").
pub(super) fn counted_noun(classes: &WordClasses, after: &str, one: bool) -> Counted {
    let mut rest = after;
    let mut offset = 0;
    for i in 0..4 {
        let ws = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
        if ws == 0 {
            return Counted::Nothing;
        }
        // A noun in scare quotes is still the noun: 30 "national
        // emergencies", 12 “suspicious packages”.
        let ws = if i == 0 {
            let after = &rest[ws..];
            ws + after.len() - after.trim_start_matches(['"', '“']).len()
        } else {
            ws
        };
        let word_len = word_len(&rest[ws..]);
        let raw = &rest[ws..ws + word_len];
        let word = raw.trim_end_matches(['-', '\'', '’']);
        if word.is_empty() {
            return Counted::Nothing;
        }
        let lw = lower(word);
        if is_measure_word(classes, &lw) {
            return Counted::Refused;
        }
        let end = offset + ws + word.len();
        if one && classes.is_singular_person(&lw) {
            return Counted::Noun(lw.into_owned(), end);
        }
        // "fell to 1,184 last year": "last" and "next" open a time phrase,
        // never a counted noun's modifiers.
        if matches!(&*lw, "last" | "next") {
            return Counted::Nothing;
        }
        if i == 0 && (lw == "more" || lw == "other") {
            // "24 more people", "three other victims"
        } else if classes.is_function_word(&lw) || lw.ends_with("'s") || lw.ends_with("’s") {
            return Counted::Nothing;
        } else if !one && classes.is_plural_noun(&lw) {
            return Counted::Noun(lw.into_owned(), end);
        }
        // A trimmed hyphen or apostrophe ends the noun phrase.
        if word.len() < raw.len() {
            return Counted::Nothing;
        }
        offset += ws + word_len;
        rest = &after[offset..];
    }
    Counted::Nothing
}

/// A word that makes the number before it another kind's value: a time
/// word, a unit, a currency, or a scale with no unit of its own ("a
/// magnitude 6", "75 degrees", whose scale the outlet did not say).
pub(super) fn is_measure_word(classes: &WordClasses, lw: &str) -> bool {
    classes.is_time_word(lw)
        || lookup_unit(lw).is_some()
        || currency_word(lw).is_some()
        || matches!(lw, "magnitude" | "degree" | "degrees")
}

/// Length of the word `s` starts with: letters, hyphens, apostrophes,
/// and the dots of an initialism ("U.S.", "U.N."), which modifies a noun
/// as any adjective does ("28,500 U.S. troops").
fn word_len(s: &str) -> usize {
    // Walked lazily: `s` is the rest of the text, a megabyte on one line.
    let mut chars = s.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((j, c)) = chars.next() {
        if c.is_alphabetic() || matches!(c, '-' | '\'' | '’') {
            prev = Some(c);
            continue;
        }
        let prev_cap = prev.is_some_and(char::is_uppercase);
        let next = chars.peek().map(|&(_, n)| n);
        let initialism =
            c == '.' && prev_cap && (next.is_some_and(char::is_uppercase) || s[..j].contains('.'));
        if !initialism {
            return j;
        }
        prev = Some(c);
    }
    s.len()
}
