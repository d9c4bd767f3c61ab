//! Years and months used as modifiers: "a 2008 event", "the 2016
//! Republican nomination", "announces 2016 White House bid", "the 1950-53
//! war", "a televised March debate", "in a March meeting"; and what may
//! follow a year: the end of a range ("from 2010 to 2013"), an ISO tail,
//! or the plural noun that makes it a count ("of 2000 people").
//!
//! Without a preposition a bare four-digit number or an ambiguous month
//! name ("March", "May") is not a date by itself; placed before the noun
//! it dates, after an article or before a name, it is.

use crate::engine::extract::quantity::units::{WordClasses, lookup_unit, lower};

/// The word right after `at` (after one space), and whether it starts
/// with a capital.
fn next_word(after: &str) -> Option<&str> {
    let rest = after.strip_prefix([' ', '\u{a0}'])?;
    let end = rest
        .find(|ch: char| !(ch.is_alphabetic() || ch == '.' || ch == '-'))
        .unwrap_or(rest.len());
    let w = rest[..end].trim_end_matches(['.', '-']);
    (!w.is_empty()).then_some(w)
}

/// The word that ends right before `before`'s last space.
fn prev_word(before: &str) -> &str {
    let t = before.strip_suffix([' ', '\u{a0}']).unwrap_or("");
    let start = t
        .rfind(|ch: char| !ch.is_alphabetic())
        .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    &t[start..]
}

pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(
        &*lower(w),
        "a" | "an" | "the" | "this" | "that" | "his" | "her" | "its" | "their" | "our"
    )
}

/// Whether a lowercase word can be the noun (or an adjective before it)
/// that a year or month dates: not a function word, a unit or a plural
/// ("the 2000 people" counts people).
fn dated_noun(classes: &WordClasses, w: &str) -> bool {
    let lw = lower(w);
    w.len() > 2
        && !classes.is_function_word(&lw)
        && !classes.is_time_word(&lw)
        && lookup_unit(&lw).is_none()
        && !matches!(&*lw, "percent" | "per" | "pct")
}

/// Whether a year between `before` and `after` modifies a noun: after a
/// determiner and before a singular word, or before a capitalised name.
pub(super) fn year_modifies(classes: &WordClasses, before: &str, after: &str) -> bool {
    if after.starts_with(['-', '–']) {
        return year_range_end(after).is_some() && is_determiner(prev_word(before));
    }
    let Some(next) = next_word(after) else {
        return false;
    };
    let capital = next.starts_with(|ch: char| ch.is_uppercase());
    let plural = classes.is_plural_noun(&lower(next)) || (capital && next.ends_with('s'));
    if plural || !dated_noun(classes, next) {
        return false;
    }
    is_determiner(prev_word(before)) || (capital && next.len() > 1)
}

/// "-53" after "1950": the two digits that end a year range, and the
/// length of the written end.
pub(super) fn year_range_end(after: &str) -> Option<(i16, usize)> {
    let rest = after
        .strip_prefix('-')
        .or_else(|| after.strip_prefix('–'))?;
    let b = rest.as_bytes();
    let two = b.get(..2)?;
    let ended = b.get(2).is_none_or(|x| !x.is_ascii_alphanumeric());
    let len = after.len() - rest.len() + 2;
    (two.iter().all(u8::is_ascii_digit) && ended)
        .then(|| (((two[0] - b'0') * 10 + (two[1] - b'0')) as i16, len))
}

/// " to 2013" after "from 2010", " and 2013" after "between 2010": the
/// year that ends a range written out in full, and the length of the
/// written end.
pub(super) fn year_range_to(after: &str, between: bool) -> Option<(i16, usize)> {
    let rest = after.strip_prefix(' ').unwrap_or(after);
    let joined = if between {
        rest.strip_prefix("and ")
    } else {
        ["to ", "through ", "until ", "till ", "-", "\u{2013}"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
    }?;
    let b = joined.as_bytes();
    let four = b.get(..4).filter(|d| d.iter().all(u8::is_ascii_digit))?;
    if b.get(4).is_some_and(|x| x.is_ascii_alphanumeric()) {
        return None;
    }
    let year = four.iter().fold(0i16, |y, d| y * 10 + i16::from(d - b'0'));
    Some((year, after.len() - joined.len() + 4))
}

/// Whether an ambiguous month name ("March") dates the noun after it:
/// "a March meeting", "a televised March debate".
pub(super) fn month_modifies(classes: &WordClasses, before: &str, after: &str) -> bool {
    let Some(next) = next_word(after) else {
        return false;
    };
    if !next.bytes().all(|b| b.is_ascii_lowercase()) || !dated_noun(classes, next) {
        return false;
    }
    // Only after "a"/"an": "The March rally" may be a name as well.
    let indefinite = |w: &str| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an");
    let p = prev_word(before);
    if indefinite(p) {
        return true;
    }
    // One adjective between: "a televised March debate".
    let rest = before.strip_suffix([' ', '\u{a0}']).unwrap_or("");
    let rest = &rest[..rest.len() - p.len()];
    p.bytes().all(|b| b.is_ascii_lowercase()) && indefinite(prev_word(rest))
}

/// The "-MM-DD" rest of an ISO date.
pub(super) fn iso_tail(after: &str) -> Option<(i8, i8)> {
    let b = after.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).filter(|x| x.iter().all(u8::is_ascii_digit));
    let (m, d) = (digits(1..3)?, digits(4..6)?);
    let ended = b.get(6).is_none_or(|x| !x.is_ascii_alphanumeric());
    if b[0] != b'-' || b[3] != b'-' || !ended {
        return None;
    }
    Some((
        (m[0] - b'0') as i8 * 10 + (m[1] - b'0') as i8,
        (d[0] - b'0') as i8 * 10 + (d[1] - b'0') as i8,
    ))
}

/// "of 2000 people": a count, not a year.
pub(super) fn followed_by_plural_noun(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    if rest.len() == after.len() {
        return false;
    }
    let word: &str = rest
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    const NOT_NOUNS: [&str; 12] = [
        "was", "has", "is", "as", "this", "thus", "does", "says", "plus", "less", "unless", "its",
    ];
    word.len() >= 4
        && word.ends_with('s')
        && word.chars().all(|ch| ch.is_ascii_lowercase())
        && !NOT_NOUNS.contains(&word)
}

/// A year that is a fact box's figure: "Commissioned: 1986", "Last
/// president impeached: Oskar Lind, 1994 (acquitted)". A box gives no
/// time word, and a count there has its noun ("Deaths: 1994 people").
pub(super) fn in_a_fact_line(text: &str, start: usize, end: usize, y: i16) -> bool {
    let no_noun_after = |rest: &str| !rest.trim_start().starts_with(|c: char| c.is_alphabetic());
    (1800..=2100).contains(&y)
        && crate::engine::chrome::fact_line_rest(text, start, end).is_some_and(no_noun_after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_before_the_noun_they_date() {
        let classes = WordClasses::new();
        let year_modifies = |before, after| year_modifies(&classes, before, after);
        for (before, after) in [
            ("misspoke at a ", " event in Ohio"),
            ("ran for the ", " Republican nomination"),
            ("announces ", " Senate bid"),
            ("since the ", " invasion"),
            ("the ", "-53 war"),
        ] {
            assert!(year_modifies(before, after), "{before}|{after}");
        }
    }

    #[test]
    fn counts_and_codes_are_not_years() {
        let classes = WordClasses::new();
        let year_modifies = |before, after| year_modifies(&classes, before, after);
        for (before, after) in [
            ("the ", " people who fled"),
            ("scored ", " points"),
            ("about ", " Syrians crossed"),
            ("a ", " percent rise"),
            ("paid ", " to"),
            ("the ", " kilometres"),
            ("rose ", "-53"),
        ] {
            assert!(!year_modifies(before, after), "{before}|{after}");
        }
    }

    #[test]
    fn months_before_the_noun_they_date() {
        let classes = WordClasses::new();
        let month_modifies = |before, after| month_modifies(&classes, before, after);
        assert!(month_modifies("in a ", " meeting"));
        assert!(month_modifies("In a televised ", " debate"));
        assert!(!month_modifies("Ms. ", " said"));
        assert!(!month_modifies("when ", " ends"));
        assert!(!month_modifies("the ", " Hare"));
        assert!(!month_modifies("The ", " rally"));
    }

    #[test]
    fn a_range_written_out_ends_in_its_second_year() {
        assert_eq!(year_range_to(" to 2013, won", false), Some((2013, 8)));
        assert_eq!(year_range_to("\u{2013}2013", false), Some((2013, 7)));
        assert_eq!(year_range_to(" and 2013", true), Some((2013, 9)));
        assert_eq!(year_range_to(" and 2013", false), None);
        assert_eq!(year_range_to(" to 20135", false), None);
        assert_eq!(year_range_to(" to 500 people", false), None);
    }

    #[test]
    fn range_end_needs_two_digits() {
        assert_eq!(year_range_end("-53 war"), Some((53, 3)));
        assert_eq!(year_range_end("–09,"), Some((9, 5)));
        assert_eq!(year_range_end("-5 war"), None);
        assert_eq!(year_range_end("-531"), None);
    }
}
