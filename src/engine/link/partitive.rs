//! Counts taken out of a set the reader already knows: "three of the
//! stations had been restocked", "two of its reactors". Such a count
//! is a part of a whole told elsewhere, so another outlet's different
//! count of the whole ("nine water stations") is no dispute with it (see
//! `block`); two outlets' parts of one set may still dispute.

use super::facts::Mention;
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

/// "of the stations", not "of its 1,150 branches": a part of a whole
/// counted on the spot is as often the story's own figure ("will close
/// 240 of its 1,150 branches" against another outlet's "270 branches").
fn of_a_known_set(after: &str) -> bool {
    let mut words = after.split_whitespace();
    words.next() == Some("of")
        && words.next().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
            )
        })
        && words
            .next()
            .is_some_and(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::of_a_known_set;

    #[test]
    fn a_count_of_the_or_of_its_things_is_a_part() {
        assert!(of_a_known_set(" of the stations had been restocked"));
        assert!(of_a_known_set(" of its reactors"));
        assert!(!of_a_known_set(" of its 1,150 branches"));
        assert!(!of_a_known_set(" water stations"));
        assert!(!of_a_known_set(" of Britain's ports"));
        assert!(!of_a_known_set(" offices"));
    }
}
