//! Counts taken out of a set the reader already knows: "three of the
//! stations had been restocked", "two of its reactors". Such a count
//! is a part of a whole told elsewhere, so another outlet's different
//! count of the whole ("nine water stations") is no dispute with it (see
//! `block`); two outlets' parts of one set may still dispute.

use super::facts::Mention;
use crate::engine::extract::numbers::{parse_number, scale_word};
use crate::engine::load::Corpus;
use crate::engine::model::{Kind, Value};

/// For each mention, whether it is a bare number followed by "of the" or
/// by a possessive ("three of the stations", "two of its reactors"); not
/// a count with its noun ("1.6 million packs of its drug").
pub(super) fn definite_parts(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text;
            let bare = match &m.value {
                Value::Count { noun: Some(n), .. } => !text[m.span.clone()].contains(n.as_str()),
                _ => false,
            };
            m.kind == Kind::Count && bare && of_a_known_set(&text[m.span.end..])
        })
        .collect()
}

/// For each mention that is the whole a part was counted out of, the
/// part: 2,350 for "2,610" in "represents 2,350 of Norvia's 2,610 pilots".
/// Another outlet's 2,350 states that part, not a rival figure for the
/// whole; another outlet's "43 amendments" against "32 of the 37
/// amendments" does dispute the whole.
pub(super) fn wholes(corpus: &Corpus, mentions: &[Mention]) -> Vec<Option<f64>> {
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text;
            (m.kind == Kind::Count)
                .then(|| part_before(&text[..m.span.start]))
                .flatten()
        })
        .collect()
}

/// The part's number when `before` ends in "<number> of the ", "<number>
/// of its ", "<number> of <Name>'s " or "<number> of the <name>'s ".
fn part_before(before: &str) -> Option<f64> {
    let mut words = before.split_whitespace().rev().peekable();
    let owner = words.next()?;
    let possessive = owner.ends_with("'s") || owner.ends_with("\u{2019}s");
    let owning = possessive || (determines(owner) && !demonstrative(owner));
    if possessive && words.peek().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        words.next();
    }
    let of = words.next()?;
    let part = words.next()?;
    if !owning || of != "of" {
        return None;
    }
    // "2.4 million of Dalvonia's 2.9 million households".
    match scale_word(part) {
        Some(scale) => Some(parse_number(words.next()?)? * scale),
        None => parse_number(part),
    }
}

/// "of the stations", not "of its 1,150 branches": a part of a whole
/// counted on the spot is as often the story's own figure ("will close
/// 240 of its 1,150 branches" against another outlet's "270 branches").
fn of_a_known_set(after: &str) -> bool {
    let mut words = after.split_whitespace();
    words.next() == Some("of")
        && words.next().is_some_and(determines)
        && words
            .next()
            .is_some_and(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `w` makes the set after it one the reader knows: "the", a
/// possessive pronoun or a demonstrative.
fn determines(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
    )
}

/// "these", "those": they point back at a set, never own a whole.
fn demonstrative(w: &str) -> bool {
    w.eq_ignore_ascii_case("these") || w.eq_ignore_ascii_case("those")
}

#[cfg(test)]
mod tests {
    use super::{of_a_known_set, part_before};

    #[test]
    fn a_count_of_the_or_of_its_things_is_a_part() {
        assert!(of_a_known_set(" of the stations had been restocked"));
        assert!(of_a_known_set(" of its reactors"));
        assert!(!of_a_known_set(" of its 1,150 branches"));
        assert!(!of_a_known_set(" water stations"));
        assert!(!of_a_known_set(" of Britain's ports"));
        assert!(!of_a_known_set(" offices"));
    }

    #[test]
    fn the_number_after_a_part_of_is_the_whole() {
        assert_eq!(
            part_before("Vapa represents 2,350 of Norvia's "),
            Some(2350.0)
        );
        assert_eq!(part_before("It will close 240 of its "), Some(240.0));
        assert_eq!(
            part_before("Some 2.4 million of Dalvia's "),
            Some(2_400_000.0)
        );
        assert_eq!(part_before("It has 2,350 of the airline's "), Some(2350.0));
        assert_eq!(part_before("It will close "), None);
        assert_eq!(part_before("a group of its "), None);
    }
}
