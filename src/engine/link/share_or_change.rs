//! Whether a percentage is a share of a group, the size of a change or a
//! level: "nearly a quarter of the town's residents" against "profit fell
//! by nearly a quarter", "inflation eased to 2.9%" against "house prices
//! were up 2.9 percent". The same figure said of two of these is a
//! coincidence, never one fact.

use std::ops::Range;

use super::facts::Mention;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;
use crate::engine::wordnet::Lexicon as WordNet;
use crate::engine::words::entries;

const CHANGE_VERBS: &str = include_str!("../../../assets/extract/change_verbs.txt");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nature {
    /// "… of the residents": a part of a whole.
    Share,
    /// "fell 23%", "a 23% drop", "down a third": how much something moved.
    Change,
    /// "inflation eased to 2.9%", "the rate stands at 3.75%": where
    /// something is.
    Level,
    /// "8 percentage points", "25 basis points": the gap between two
    /// rates, which no share or rate restates.
    Points,
}

/// For each percentage, sum or count, what it states, when its words
/// say; `None` for other kinds and for a value its words leave open ("a
/// 4.9% margin").
pub(super) fn natures(
    corpus: &Corpus,
    mentions: &[Mention],
    wordnet: &WordNet,
) -> Vec<Option<Nature>> {
    let verbs: Vec<&str> = entries(CHANGE_VERBS).collect();
    mentions
        .iter()
        .map(|m| {
            matches!(m.kind, Kind::Percent | Kind::Money)
                .then(|| {
                    nature(
                        &corpus.articles[m.article].text,
                        m.span.clone(),
                        m.kind == Kind::Percent,
                        &verbs,
                        wordnet,
                    )
                })
                .flatten()
        })
        .collect()
}

fn nature(
    text: &str,
    span: Range<usize>,
    percent: bool,
    verbs: &[&str],
    wordnet: &WordNet,
) -> Option<Nature> {
    let after = words(&text[span.end..text.floor_char_boundary(span.end + 40)]);
    let before = words(&text[text.ceil_char_boundary(span.start.saturating_sub(40))..span.start]);
    let change = |w: &str| verbs.contains(&&*wordnet.lemma(w));
    // "one in four", "nine out of ten": a part of a group, by its wording.
    let own = words(&text[span.clone()]);
    if own.iter().skip(1).any(|w| w == "in")
        || own.windows(2).any(|w| w[0] == "out" && w[1] == "of")
    {
        return Some(Nature::Share);
    }
    // "five percentage points", "25 basis points": a difference between
    // two rates, whatever moved.
    if percent && own.iter().any(|w| w.starts_with("point")) {
        return Some(Nature::Points);
    }
    // "of" right after: a share of what follows. "23% of the drop" is rare
    // next to "23% of voters".
    if after.first().is_some_and(|w| w == "of") {
        return Some(Nature::Share);
    }
    // "a 23% drop", "a 23 per cent fall in profit", "8 ostras higher".
    if after
        .first()
        .is_some_and(|w| change(w) || matches!(w.as_str(), "higher" | "lower"))
    {
        return Some(Nature::Change);
    }
    // "fell 23%", "fell by nearly a quarter", "down 23%", "up by a fifth".
    // "a rise of 7.3% or 6 ostras": the sum restates the percentage, and
    // the lead is the one before both.
    let mut rest = before
        .iter()
        .rev()
        .filter(|w| !crate::engine::extract::is_hedge_word(w));
    let mut lead = rest.next()?;
    if lead == "or" {
        lead = rest.find(|w| !restates_a_value(w))?;
    }
    // A sum "put up" or "set aside" is no move: "up" and "down" lead only
    // a percentage ("shares were up 6%").
    let adverb = matches!(lead.as_str(), "up" | "down") && percent;
    if adverb || (change(lead) && wordnet.lemma(lead) != lead.as_str()) {
        return Some(Nature::Change);
    }
    // "an increase of 8 ostras", "a rise of 7.3%".
    if lead == "of" && rest.next().is_some_and(|w| change(w)) {
        return Some(Nature::Change);
    }
    // "eased to 2.9%", "stands at 3.75%", "unemployment is 6.2%", "rose
    // from 82 ostras".
    let level = [
        "to", "at", "from", "is", "was", "are", "were", "be", "been", "remains", "remained",
        "stands", "stood", "cost", "costs", "costing", "worth", "valued", "totalled", "totaled",
        "totals", "reached", "reaches",
    ];
    level.contains(&lead.as_str()).then_some(Nature::Level)
}

/// A word of a value stated just before another ("7.3 per cent or"): a
/// number or a word of a percentage or scale.
fn restates_a_value(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        || matches!(
            w,
            "per" | "cent" | "percent" | "pct" | "million" | "billion" | "bn" | "m"
        )
}

fn words(s: &str) -> Vec<String> {
    super::clause::lower_words(s, &[])
}

/// Whether two percentages are of natures that cannot be one fact: a
/// change against a share or a level. A share and a level may be one
/// figure ("turnout was 64%", "64% of voters turned out"). A gap in
/// points is none of a rate's own words: "8 percentage points above the
/// national average" is not "a national average of 19 per cent", whose
/// words leave its nature open; only a change may be one loosely worded
/// ("rates rose 0.25%" for "25 basis points").
pub(super) fn differ(a: Option<Nature>, b: Option<Nature>) -> bool {
    match (a, b) {
        (Some(Nature::Points), other) | (other, Some(Nature::Points)) => {
            !matches!(other, Some(Nature::Points | Nature::Change))
        }
        (Some(x), Some(y)) => x != y && (x == Nature::Change || y == Nature::Change),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The nature of the percentage `value` in `text`.
    fn of(text: &str, value: &str) -> Option<Nature> {
        read(text, value, true)
    }

    /// The nature of the sum `value` in `text`.
    fn of_sum(text: &str, value: &str) -> Option<Nature> {
        read(text, value, false)
    }

    fn read(text: &str, value: &str, percent: bool) -> Option<Nature> {
        let at = text.find(value).expect("value in text");
        let verbs: Vec<&str> = entries(CHANGE_VERBS).collect();
        nature(
            text,
            at..at + value.len(),
            percent,
            &verbs,
            &WordNet::embedded(),
        )
    }

    #[test]
    fn a_share_of_a_group_and_the_size_of_a_change_are_told_apart() {
        let t = "Nearly a quarter of the town's residents work there.";
        assert_eq!(of(t, "a quarter"), Some(Nature::Share));
        assert_eq!(
            of("Profit fell by nearly a quarter.", "a quarter"),
            Some(Nature::Change)
        );
        assert_eq!(
            of("It reported a 23% drop in profit.", "23%"),
            Some(Nature::Change)
        );
        assert_eq!(
            of("Sales fell 23% in the quarter.", "23%"),
            Some(Nature::Change)
        );
        assert_eq!(
            of("Shares were down 6.2 per cent.", "6.2 per cent"),
            Some(Nature::Change)
        );
        assert_eq!(of("It won 23% of the vote.", "23%"), Some(Nature::Share));
        assert_eq!(
            of(
                "Of those who died, about one in four lived alone.",
                "about one in four"
            ),
            Some(Nature::Share)
        );
        assert_eq!(
            of("Nine out of ten voters agreed.", "Nine out of ten"),
            Some(Nature::Share)
        );
        assert_eq!(
            of("Inflation eased to 2.9% in February.", "2.9%"),
            Some(Nature::Level)
        );
        assert_eq!(
            of(
                "VAT will be cut by five percentage points.",
                "five percentage points"
            ),
            Some(Nature::Points)
        );
        assert_eq!(
            of("The rate stands at 3.75 per cent.", "3.75 per cent"),
            Some(Nature::Level)
        );
        assert_eq!(
            of("House prices were up 2.9 percent.", "2.9 percent"),
            Some(Nature::Change)
        );
        assert_eq!(of("Its margin, a record 4.9%, held.", "4.9%"), None);
        // "was 64%" is where turnout stood.
        assert_eq!(
            of("Turnout was 64% on the day.", "64%"),
            Some(Nature::Level)
        );
    }

    #[test]
    fn a_sum_s_nature_is_read_as_a_percentage_s() {
        let t = "The last increase, of 7.3 per cent or 6 ostras, lifted the rate from 82 ostras.";
        assert_eq!(of_sum(t, "6 ostras"), Some(Nature::Change));
        assert_eq!(of(t, "7.3 per cent"), Some(Nature::Change));
        assert_eq!(of_sum(t, "82 ostras"), Some(Nature::Level));
        assert_eq!(
            of_sum("It gave an increase of 8 ostras in all.", "8 ostras"),
            Some(Nature::Change)
        );
        assert_eq!(
            of_sum("Pay is now 8 ostras higher than in May.", "8 ostras"),
            Some(Nature::Change)
        );
        assert_eq!(
            of_sum("It was expected to cost 980 ostras.", "980 ostras"),
            Some(Nature::Level)
        );
        // "put up" a sum moves nothing; "down from" follows a level.
        assert_eq!(
            of_sum("The state will put up 40 ostras.", "40 ostras"),
            None
        );
        assert_eq!(
            of_sum("Profit was 412 ostras, down from 535 ostras.", "412 ostras"),
            Some(Nature::Level)
        );
    }

    #[test]
    fn only_two_known_and_different_natures_differ() {
        assert!(differ(Some(Nature::Share), Some(Nature::Change)));
        assert!(differ(Some(Nature::Level), Some(Nature::Change)));
        assert!(!differ(Some(Nature::Level), Some(Nature::Share)));
        assert!(!differ(Some(Nature::Change), Some(Nature::Change)));
        assert!(!differ(None, Some(Nature::Share)));
    }

    #[test]
    fn a_gap_in_points_is_no_rate_but_may_be_a_loosely_worded_change() {
        let t = "It loses 27% of its water, 8 percentage points above the national average of 19 per cent.";
        let (gap, average) = (of(t, "8 percentage points"), of(t, "19 per cent"));
        assert_eq!(gap, Some(Nature::Points));
        assert!(differ(gap, average));
        assert!(differ(gap, Some(Nature::Share)));
        assert!(differ(Some(Nature::Level), gap));
        let rise = of("Mortgage rates rose 0.25 per cent.", "0.25 per cent");
        assert!(!differ(gap, rise));
        assert!(!differ(gap, Some(Nature::Points)));
    }
}
