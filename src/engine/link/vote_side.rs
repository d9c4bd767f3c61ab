//! Which side of a vote a count is: "by 158 votes to 131" holds two
//! counts, the larger side's and the smaller side's, and "52 in favour and
//! 41 against" two more. Outlets dispute each side on its own ("by 112
//! votes to 64" against "112 to 89"): the side names the fact, and pairs a
//! tally's two counts (`tally`).

use std::ops::Range;

use regex::Regex;

use super::endpoint::End;
use super::facts::Mention;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// A tally's first, larger number.
    Larger,
    /// A tally's second, smaller number.
    Smaller,
    /// Said to vote for: "52 votes in favour".
    For,
    /// Said to vote against: "41 against", "131 MPs voted against".
    Against,
}

struct Patterns {
    larger: Regex,
    smaller: Regex,
    against: Regex,
    for_: Regex,
}

impl Patterns {
    fn new() -> Self {
        // The other side of a tally: "to 131", "-4", "to Ostrand's 29".
        let other = r"(?:\s+votes?)?(?:\s+to\s+|\s*-to-\s*|\s*[-–]\s*)(?:[A-Z][\w-]*(?:'|’)s\s+)?";
        Patterns {
            larger: Regex::new(&format!(r"^{other}\d")).expect("larger"),
            smaller: Regex::new(&format!(r"\d{other}$")).expect("smaller"),
            against: Regex::new(r"^(?:\s+[a-z]+){0,2}?\s+(?:against|opposed)\b").expect("against"),
            for_: Regex::new(
                r"^(?:(?:\s+[a-z]+){0,2}?\s+in\s+favou?r\b|(?:\s+[a-z]+)?\s+voted\s+for\b)",
            )
            .expect("for"),
        }
    }

    fn side(&self, text: &str, span: Range<usize>) -> Option<Side> {
        let after = &text[span.end..text.floor_char_boundary(span.end + 40)];
        let before = &text[text.ceil_char_boundary(span.start.saturating_sub(40))..span.start];
        // A tally's place comes first: the "in favour" of "voted 214 to
        // 139 in favour" is the vote's, not the 139's.
        if self.larger.is_match(after) {
            Some(Side::Larger)
        } else if self.smaller.is_match(before) {
            Some(Side::Smaller)
        } else if self.against.is_match(after) {
            Some(Side::Against)
        } else if self.for_.is_match(after) {
            Some(Side::For)
        } else {
            None
        }
    }
}

/// For each count, the side of a vote its words put it on; `None` for
/// other kinds and for counts no side is told of. The two numbers of a
/// change ("rose from 20 to 24", `ends`) read like a tally's but are no
/// sides of one.
pub(super) fn sides(
    corpus: &Corpus,
    mentions: &[Mention],
    ends: &[Option<End>],
) -> Vec<Option<Side>> {
    let p = Patterns::new();
    mentions
        .iter()
        .zip(ends)
        .map(|(m, end)| {
            (m.kind == Kind::Count && end.is_none())
                .then(|| p.side(&corpus.articles[m.article].text, m.span.clone()))
                .flatten()
        })
        .collect()
}

/// What a count of a side states, for its fact's label.
pub(super) fn attribute(side: Side) -> &'static str {
    match side {
        Side::Larger => "larger side",
        Side::Smaller => "smaller side",
        Side::For => "for",
        Side::Against => "against",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str, value: &str) -> Option<Side> {
        let at = text.find(value).expect("value in text");
        let span = at..at + value.len();
        // As `sides` reads them: the ends of a change first.
        match super::super::endpoint::end_in(text, span.clone()) {
            Some(_) => None,
            None => Patterns::new().side(text, span),
        }
    }

    #[test]
    fn a_tally_s_two_numbers_are_its_larger_and_smaller_sides() {
        let t = "The motion passed by 158 votes to 131 on Tuesday.";
        assert_eq!(of(t, "158 votes"), Some(Side::Larger));
        assert_eq!(of(t, "131"), Some(Side::Smaller));
        let t = "The court struck the law down 5-4.";
        assert_eq!(of(t, "5"), Some(Side::Larger));
        assert_eq!(of(t, "4."), Some(Side::Smaller));
        let t = "Vask won 47 votes to Ostrand's 29.";
        assert_eq!(of(t, "47 votes"), Some(Side::Larger));
        assert_eq!(of(t, "29"), Some(Side::Smaller));
        let t = "Lawmakers voted 214 to 139 in favour of the bill.";
        assert_eq!(of(t, "139"), Some(Side::Smaller));
    }

    #[test]
    fn words_of_voting_for_or_against_give_a_stance() {
        let t = "It passed with 52 votes in favour and 41 against.";
        assert_eq!(of(t, "52 votes"), Some(Side::For));
        assert_eq!(of(t, "41"), Some(Side::Against));
        assert_eq!(
            of("In all 131 MPs voted against.", "131 MPs"),
            Some(Side::Against)
        );
        assert_eq!(
            of("Some 34 members voted for it.", "34 members"),
            Some(Side::For)
        );
    }

    #[test]
    fn a_count_no_vote_is_told_of_has_no_side() {
        assert_eq!(of("The chamber has 301 seats in all.", "301 seats"), None);
        assert_eq!(
            of("Police arrested 12 people on Friday.", "12 people"),
            None
        );
        // A range is not a tally's smaller side.
        assert_eq!(of("Between 20 and 30 people came.", "30 people"), None);
        // Nor is where a change ended.
        assert_eq!(of("Arrests rose from 20 to 24 people.", "24 people"), None);
        // Nor where it began.
        assert_eq!(
            of("The walkout cuts the party from 79 MPs to 67.", "79 MPs"),
            None
        );
    }
}
