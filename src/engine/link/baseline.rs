//! The figure a change starts from: "a pass cost £103, up from £92
//! last year". It states where something stood before, so it is never the
//! story's own figure of the same thing: it restates only another
//! outlet's earlier figure, one set in another time ("£92 last year") or
//! another comparison's start.

use std::ops::Range;

use super::facts::Mention;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;
use crate::engine::words::entries;

const LEADS: &str = include_str!("../../../assets/words/comparison_leads.txt");

/// For each mention, whether it is the figure a comparison starts from.
pub(super) fn baselines(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    let leads: Vec<Vec<&str>> = entries(LEADS)
        .map(|l| l.split_whitespace().collect())
        .collect();
    mentions
        .iter()
        .map(|m| {
            !matches!(m.kind, Kind::Date | Kind::Time | Kind::Quote) && !m.kind.is_entity() && {
                let text = &corpus.articles[m.article].text;
                baseline(text, m.span.clone(), &leads)
            }
        })
        .collect()
}

fn baseline(text: &str, span: Range<usize>, leads: &[Vec<&str>]) -> bool {
    let before = &text[text.ceil_char_boundary(span.start.saturating_sub(32))..span.start];
    // The lead must be right before the value, in its clause.
    let clause = before
        .rfind(['.', ';', ':', ',', '!', '?'])
        .map_or(before, |at| &before[at + 1..]);
    let words = super::clause::lower_words(clause, &[]);
    leads
        .iter()
        .any(|lead| words.ends_with(&lead.iter().map(|w| w.to_string()).collect::<Vec<_>>()))
}

/// Whether one of two values is a comparison's start and the other the
/// story's own figure: neither a start nor set in another time.
pub(super) fn differ(base: (bool, bool), anchored: (bool, bool)) -> bool {
    match base {
        (true, false) => !anchored.1,
        (false, true) => !anchored.0,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leads() -> Vec<Vec<&'static str>> {
        entries(LEADS)
            .map(|l| l.split_whitespace().collect())
            .collect()
    }

    fn is_base(text: &str, value: &str) -> bool {
        let at = text.find(value).unwrap();
        baseline(text, at..at + value.len(), &leads())
    }

    #[test]
    fn the_figure_after_up_from_or_down_from_is_the_start() {
        assert!(is_base("A pass cost £103, up from £92 last year.", "£92"));
        assert!(is_base(
            "Inflation eased to 3.1%, down from 4.1% in March.",
            "4.1%"
        ));
        assert!(!is_base(
            "It hit 14% of patients, compared with 17% on placebo.",
            "17%"
        ));
        assert!(!is_base("A pass cost £103, up from £92 last year.", "£103"));
        assert!(!is_base(
            "Prices were up. From 12 stores, 4 closed.",
            "12 stores"
        ));
    }

    #[test]
    fn a_start_restates_only_a_figure_set_in_another_time_or_another_start() {
        assert!(
            differ((true, false), (true, false)),
            "£92 against today's £92"
        );
        assert!(
            !differ((true, false), (true, true)),
            "against last year's £92"
        );
        assert!(!differ((true, true), (false, false)), "two starts");
        assert!(!differ((false, false), (false, false)));
    }
}
