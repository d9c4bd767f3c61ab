//! Values restated in brackets: one statement in two units, zones or
//! currencies.

use std::collections::HashSet;

use super::compat::compatible;
use super::facts::Mention;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;

/// Bytes of words (" on Monday ") a restatement in brackets may follow.
const RESTATEMENT_DAY: usize = 24;

/// Values restated in brackets right after another of the same kind: "18
/// km (11 miles)", "7:37 a.m. local time (0437 GMT)", "$4.2bn (£3.3bn)".
/// They are one statement in two units, zones or currencies, whatever
/// their contexts say.
pub(super) fn restatements(corpus: &Corpus, mentions: &[Mention]) -> HashSet<(usize, usize)> {
    let mut out = HashSet::new();
    for (i, a) in mentions.iter().enumerate() {
        if !matches!(
            a.kind,
            Kind::Quantity | Kind::Time | Kind::Duration | Kind::Money
        ) {
            continue;
        }
        // The next value of its kind, past any of other kinds between
        // ("on Monday" is a date).
        let Some((j, b)) = mentions[i + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, b)| {
                b.article == a.article && b.span.start <= a.span.end + RESTATEMENT_DAY + 2
            })
            .find(|(_, b)| b.kind == a.kind)
            .map(|(k, b)| (i + 1 + k, b))
        else {
            continue;
        };
        if b.span.start < a.span.end {
            continue;
        }
        let between = &corpus.articles[a.article].text[a.span.end..b.span.start];
        // "(0437 GMT)", "(about 11 miles)", and a day between: "2:40 a.m.
        // on Monday (8:40 p.m. Eastern)".
        let opened = between.trim_end().strip_suffix('(').unwrap_or(between);
        let aside = restating_opener(between);
        let dated = opened.len() < between.len()
            && opened.len() <= RESTATEMENT_DAY
            && !opened.contains(['(', ')', '.', ',', ';']);
        if (aside || dated) && compatible(&a.value, &b.value) != Some(false) {
            out.insert((i, j));
        }
    }
    out
}

/// What may stand between a value and its restatement: an opening bracket,
/// a slash or ", or", then a hedge of a word or two: "(about 11 miles)",
/// "3,200 m / 10,500 ft", "600 euros, or about $650".
fn restating_opener(between: &str) -> bool {
    let lead = between.trim_start();
    let rest = ["(", "/", ", or "]
        .iter()
        .find_map(|o| lead.strip_prefix(o))
        .unwrap_or(lead);
    rest.len() < lead.len()
        && between.len() <= 16
        && rest.chars().all(|c| c.is_alphabetic() || c == ' ')
}
