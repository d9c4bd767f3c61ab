//! Which end of a change a value is: "the fleet will shrink from 48
//! aircraft to 36" and "shrink its fleet to 36 planes from 48" tell where
//! the fleet was and where it will be. The two ends of one change are two
//! facts, so an outlet's "36" where the change ended is no rival to
//! another's "48" where it began (see `block`).

use std::ops::Range;

use regex::Regex;

use super::facts::Mention;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// "from 48 aircraft to 36", "to 36 from 48": where a change began.
    From,
    /// "to 36 from 48", "from 48 to 36": where it ended.
    To,
}

struct Patterns {
    /// "from" (and a hedge) right before the value.
    from_before: Regex,
    /// "to" (and a hedge) right before the value.
    to_before: Regex,
    /// The other end after the value's own words: " to 36", " from 48".
    other_to_after: Regex,
    other_from_after: Regex,
    /// The other end before the value: "from 48 to ", "to 36 aircraft from ".
    other_from_before: Regex,
    other_to_before: Regex,
    /// A length of time before a date that starts or ends it: "the six
    /// months from October", "the six months to the end of March".
    period_from: Regex,
    period_to: Regex,
}

/// A hedge that may stand between the word of a change's end and its
/// number: "from about 48".
const HEDGE: &str =
    r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under|more\s+than|less\s+than)\s+)?";

impl Patterns {
    fn new() -> Self {
        let re = |p: String| Regex::new(&p).expect("endpoint pattern");
        // The other end after the value's own words ("48 aircraft to 36"),
        // or before it, with the words of its number ("from 48 to 36").
        let after = |word: &str| {
            re(format!(
                r"^(?:\s+[a-z][a-z-]*){{0,2}},?\s+{word}\s+{HEDGE}\S*\d"
            ))
        };
        let before = |first: &str, then: &str| {
            re(format!(
                r"(?i)\b{first}\s+{HEDGE}\S*\d\S*(?:\s+[a-z][a-z-]*){{0,2}}\s+{then}\s+{HEDGE}$"
            ))
        };
        let period = |words: &str| {
            re(format!(
                r"(?i)\b(?:days?|weeks?|fortnight|months?|quarters?|years?)\s+(?:{words})\s+(?:the\s+(?:(?:start|beginning|end)\s+of\s+)?)?$"
            ))
        };
        Patterns {
            from_before: re(format!(r"(?i)\bfrom\s+{HEDGE}$")),
            to_before: re(format!(r"(?i)\bto\s+{HEDGE}$")),
            other_to_after: after("to"),
            other_from_after: after("from"),
            other_from_before: before("from", "to"),
            other_to_before: before("to", "from"),
            period_from: period("from|starting|beginning"),
            period_to: period("to|until|till|through|ending"),
        }
    }

    /// The end of a stretch of time a date is told at: "six months from
    /// October" starts there, "the year to March" ends there.
    fn period_end(&self, text: &str, span: Range<usize>) -> Option<End> {
        let before = &text[text.ceil_char_boundary(span.start.saturating_sub(64))..span.start];
        if self.period_from.is_match(before) {
            Some(End::From)
        } else if self.period_to.is_match(before) {
            Some(End::To)
        } else {
            None
        }
    }

    fn end(&self, text: &str, span: Range<usize>) -> Option<End> {
        let after = &text[span.end..text.floor_char_boundary(span.end + 48)];
        let before = &text[text.ceil_char_boundary(span.start.saturating_sub(64))..span.start];
        if self.from_before.is_match(before)
            && (self.other_to_after.is_match(after) || self.other_to_before.is_match(before))
        {
            Some(End::From)
        } else if self.to_before.is_match(before)
            && (self.other_from_after.is_match(after) || self.other_from_before.is_match(before))
        {
            Some(End::To)
        } else {
            None
        }
    }
}

/// For each count, sum, percentage or measure, the end of a change its
/// words put it at, and for each date the end of a stretch of time;
/// `None` when they tell of neither.
pub(super) fn ends(corpus: &Corpus, mentions: &[Mention]) -> Vec<Option<End>> {
    let p = Patterns::new();
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text;
            match m.kind {
                Kind::Count | Kind::Money | Kind::Percent | Kind::Quantity => {
                    p.end(text, m.span.clone())
                }
                Kind::Date => p.period_end(text, m.span.clone()),
                _ => None,
            }
        })
        .collect()
}

/// The end of a change the words around `span` put its value at.
#[cfg(test)]
pub(super) fn end_in(text: &str, span: Range<usize>) -> Option<End> {
    Patterns::new().end(text, span)
}

/// Whether two values are told as different ends of a change.
pub(super) fn differ(a: Option<End>, b: Option<End>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x != y)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str, value: &str) -> Option<End> {
        let at = text.find(value).expect("value in text");
        end_in(text, at..at + value.len())
    }

    #[test]
    fn the_two_numbers_of_a_change_are_its_two_ends() {
        let t = "The fleet will shrink from 48 aircraft to 36 next year.";
        assert_eq!(of(t, "48 aircraft"), Some(End::From));
        assert_eq!(of(t, "36"), Some(End::To));
        let t = "It will shrink its fleet to 36 planes from 48.";
        assert_eq!(of(t, "36 planes"), Some(End::To));
        assert_eq!(of(t, "48."), Some(End::From));
        let t = "Unemployment fell to about 4.1% from 4.3%.";
        assert_eq!(of(t, "4.1%"), Some(End::To));
    }

    #[test]
    fn a_from_or_to_with_no_other_number_is_no_change() {
        assert_eq!(
            of("Delegates came from 14 countries.", "14 countries"),
            None
        );
        assert_eq!(of("The fleet will be cut to 36.", "36"), None);
        assert_eq!(
            of(
                "Flights from 12 cities to the capital resumed.",
                "12 cities"
            ),
            None
        );
    }

    fn period(text: &str, value: &str) -> Option<End> {
        let at = text.find(value).expect("value in text");
        Patterns::new().period_end(text, at..at + value.len())
    }

    #[test]
    fn a_stretch_of_time_from_or_to_a_date_starts_or_ends_there() {
        let t = "The survey covered the six months to the end of March.";
        assert_eq!(period(t, "end of March"), Some(End::To));
        let t = "Its survey, covering six months from October, found losses.";
        assert_eq!(period(t, "October"), Some(End::From));
        assert_eq!(
            period("Profit rose in the year to June.", "June"),
            Some(End::To)
        );
        // A date with no stretch before it is neither end.
        assert_eq!(period("The talks moved to Friday.", "Friday"), None);
        assert_eq!(period("They met on Monday.", "Monday"), None);
    }
}
