//! Which extent a length measures, where its words say: "a 120 km-wide
//! buffer zone" is a width, "35 km from the border" a distance, "a
//! 40m-high wall" a height. Two lengths of different extents are two
//! facts, however their numbers compare.

use std::ops::Range;

use super::facts::Mention;
use crate::engine::load::Corpus;
use crate::engine::model::{Kind, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extent {
    Width,
    Length,
    Height,
    Depth,
    /// How far one place lies from another.
    Distance,
}

/// For each length (a quantity in metres), the extent its words name;
/// `None` for other values and for lengths that name none.
pub(super) fn extents(corpus: &Corpus, mentions: &[Mention]) -> Vec<Option<Extent>> {
    mentions
        .iter()
        .map(|m| match &m.value {
            Value::Quantity { unit, .. } if m.kind == Kind::Quantity && unit == "m" => {
                extent(&corpus.articles[m.article].text, m.span.clone())
            }
            _ => None,
        })
        .collect()
}

fn extent(text: &str, span: Range<usize>) -> Option<Extent> {
    let after = &text[span.end..text.floor_char_boundary(span.end + 24)];
    let after = after.trim_start_matches(['-', ' ']);
    // "about 400m in width"
    let after = after.strip_prefix("in ").unwrap_or(after);
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    Some(match word.as_str() {
        "wide" | "broad" | "width" => Extent::Width,
        "long" | "length" => Extent::Length,
        "high" | "tall" | "height" => Extent::Height,
        "deep" | "depth" => Extent::Depth,
        "away" | "from" | "off" | "north" | "south" | "east" | "west" | "northeast"
        | "northwest" | "southeast" | "southwest" | "inland" | "offshore" => Extent::Distance,
        _ => return None,
    })
}

/// Whether two lengths measure different extents. A length and a
/// distance may be one ("runs 1,500 metres from the ridge", "1.5 km
/// long").
pub(super) fn differ(a: Option<Extent>, b: Option<Extent>) -> bool {
    let along = |e: Extent| matches!(e, Extent::Length | Extent::Distance);
    matches!((a, b), (Some(x), Some(y)) if x != y && !(along(x) && along(y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str, value: &str) -> Option<Extent> {
        let at = text.find(value).expect("value in text");
        extent(text, at..at + value.len())
    }

    #[test]
    fn the_words_after_a_length_name_its_extent() {
        let t = "The camp lies 35 km from the border, on a 120 km-wide zone.";
        assert_eq!(of(t, "35 km"), Some(Extent::Distance));
        assert_eq!(of(t, "120 km"), Some(Extent::Width));
        assert_eq!(of("a 40m-high wall", "40m"), Some(Extent::Height));
        assert_eq!(
            of("It lies 1,450 km southeast of Kastel.", "1,450 km"),
            Some(Extent::Distance)
        );
        assert_eq!(of("a 16 m boat", "16 m"), None);
        assert!(differ(Some(Extent::Width), Some(Extent::Distance)));
        assert!(!differ(None, Some(Extent::Distance)));
        assert!(!differ(Some(Extent::Height), Some(Extent::Height)));
        assert!(!differ(Some(Extent::Length), Some(Extent::Distance)));
        assert_eq!(of("about 400m in width", "400m"), Some(Extent::Width));
    }
}
