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
const CHANGE_VERBS: &str = include_str!("../../../assets/extract/change_verbs.txt");

/// For each date, whether it is the start of a change still running or of
/// a record: "road deaths have fallen by a third since 2010", "their
/// steepest drop since March". Like a bound, it is
/// no day the story's events happened on, so it never disputes one. A
/// state's start ("have played there since 1958") may be its event's day
/// ("the stadium opened in 1958") and stays comparable.
pub(super) fn change_starts(
    corpus: &Corpus,
    mentions: &[Mention],
    wordnet: &crate::engine::wordnet::Lexicon,
) -> Vec<bool> {
    let verbs: Vec<&str> = entries(CHANGE_VERBS).collect();
    mentions
        .iter()
        .map(|m| {
            m.kind == Kind::Date
                && change_start(
                    &corpus.articles[m.article].text,
                    m.span.start,
                    &verbs,
                    wordnet,
                )
        })
        .collect()
}

fn change_start(
    text: &str,
    start: usize,
    verbs: &[&str],
    wordnet: &crate::engine::wordnet::Lexicon,
) -> bool {
    if !super::time_anchor::after_since(text, start) {
        return false;
    }
    // The clause before "since", the word itself left out.
    let before = text[..start].trim_end();
    let clause = &before[..before.len() - "since".len()];
    let clause = clause
        .rfind(['.', ';', ':', '!', '?', '\n'])
        .map_or(clause, |at| &clause[at + 1..]);
    super::clause::lower_words(clause, &[]).iter().any(|w| {
        let lemma = wordnet.lemma(w);
        let changed = lemma != w.as_str() && verbs.contains(&&*lemma);
        // "their steepest drop since March", "the worst flooding since
        // 1998": a record is measured from that time too.
        let superlative = (w.ends_with("est") && lemma != w.as_str())
            || matches!(w.as_str(), "worst" | "best" | "most" | "least");
        changed || superlative
    })
}

/// For each mention, whether it is the figure a comparison starts from.
pub(super) fn baselines(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    let leads: Vec<Vec<String>> = entries(LEADS)
        .map(|l| l.split_whitespace().map(str::to_string).collect())
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

fn baseline(text: &str, span: Range<usize>, leads: &[Vec<String>]) -> bool {
    let before = &text[text.ceil_char_boundary(span.start.saturating_sub(32))..span.start];
    // The lead must be right before the value, in its clause.
    let clause = before
        .rfind(['.', ';', ':', ',', '!', '?'])
        .map_or(before, |at| &before[at + 1..]);
    let words = super::clause::lower_words(clause, &[]);
    leads.iter().any(|lead| words.ends_with(lead))
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

    fn leads() -> Vec<Vec<String>> {
        entries(LEADS)
            .map(|l| l.split_whitespace().map(str::to_string).collect())
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

    fn starts_a_change(text: &str, date: &str) -> bool {
        let verbs: Vec<&str> = entries(CHANGE_VERBS).collect();
        let wordnet = crate::engine::wordnet::Lexicon::embedded();
        change_start(text, text.find(date).unwrap(), &verbs, &wordnet)
    }

    #[test]
    fn a_date_a_change_is_measured_from_is_its_start() {
        assert!(starts_a_change(
            "Road deaths have fallen by a third since 2010.",
            "2010"
        ));
        assert!(starts_a_change(
            "The price has risen 25% since March.",
            "March"
        ));
        assert!(!starts_a_change(
            "The club has played there since 1958.",
            "1958"
        ));
        assert!(!starts_a_change(
            "Deaths fell. Since 2010 the road has been shut.",
            "2010"
        ));
        assert!(!starts_a_change("Deaths have fallen in 2010.", "2010"));
        assert!(starts_a_change(
            "It was their steepest drop since March.",
            "March"
        ));
        assert!(starts_a_change(
            "The worst flooding since 1998 hit the town.",
            "1998"
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
