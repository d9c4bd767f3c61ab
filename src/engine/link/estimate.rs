//! Whether a figure is told as an estimate: "about 2,500 workers", "more
//! than 230 firefighters", "some 14 hours". Two sources' estimates of one
//! crowd or spill lie further apart than two counts of it, and round
//! figures differ in a digit as typing slips do ("about 1,200 passengers"
//! against "some 1,900"), so `dissent` reads them more loosely.

use regex::Regex;

use super::facts::Mention;
use crate::engine::extract::quantity::units;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;

/// For each mention, whether its text opens with a word that qualifies
/// its number (the extractors keep that word in the span).
pub(super) fn estimates(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    let lead = leading_qualifier();
    mentions
        .iter()
        .map(|m| {
            corpus.articles[m.article]
                .text
                .get(m.span.clone())
                .is_some_and(|t| is_estimate(&lead, t, m.kind))
        })
        .collect()
}

fn leading_qualifier() -> Regex {
    units::compile(&format!(r"^{}\s", units::QUAL))
}

/// Counts, measures, lengths and sums only: a share or a date has other
/// readings of its hedges.
fn is_estimate(lead: &Regex, mention: &str, kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Count | Kind::Quantity | Kind::Duration | Kind::Money
    ) && lead.is_match(mention)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qualified_figure_is_an_estimate_and_a_bare_one_is_not() {
        let lead = leading_qualifier();
        assert!(is_estimate(&lead, "About 150 firefighters", Kind::Count));
        assert!(is_estimate(&lead, "more than 230 tonnes", Kind::Quantity));
        assert!(is_estimate(&lead, "some 14 hours", Kind::Duration));
        assert!(!is_estimate(&lead, "41 engines", Kind::Count));
        // A word that only begins like a qualifier is none.
        assert!(!is_estimate(&lead, "overall 12", Kind::Count));
        // Shares are not read.
        assert!(!is_estimate(&lead, "about 40%", Kind::Percent));
    }
}
