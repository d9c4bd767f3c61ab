//! A number that counts a part of what its sentence counted before:
//! "147 injured, 23 of them seriously", "employs 2,300 people, 640 of
//! them at the plant", "nine died, four of whom were children". The part
//! counts the same sort of thing as the whole it is taken from; what sets
//! it apart (seriously, at the plant) is its context, as for any count.

use super::{Patterns, groups, read};
use crate::engine::extract::anchor::sentence_of;
use crate::engine::model::Value;

/// The pronouns a part of a count is taken "of": "23 of them".
pub(crate) const PART_PRONOUNS: [&str; 4] = ["them", "those", "these", "whom"];

/// The length of " of them" (or those, these, whom) right after a number,
/// when no noun follows the pronoun ("of those prior emergencies" names
/// its own whole).
pub(super) fn pronoun_len(after: &str) -> Option<usize> {
    let rest = after.strip_prefix(' ')?;
    let rest = rest.strip_prefix("of ")?;
    let word = rest.split([' ', ',', '.', ';', ':', ')']).next()?;
    PART_PRONOUNS.contains(&word).then_some(1 + 3 + word.len())
}

/// The noun of the last count before `start` in its sentence.
pub(super) fn antecedent(p: &Patterns, text: &str, start: usize) -> Option<String> {
    let sentence = sentence_of(text, start..start);
    let mut caps = p.main.capture_locations();
    let mut at = sentence.start;
    let mut noun = None;
    while let Some(m) = p.main.find_at(text, at) {
        if m.end() > start {
            break;
        }
        at = m.end().max(m.start() + 1);
        let Some(found) =
            groups(p, text, m, &mut caps).and_then(|g| read(p, text, &g, &mut Vec::new()))
        else {
            continue;
        };
        if let Value::Count { noun: Some(n), .. } = found.value {
            noun = Some(n);
        }
    }
    noun
}

#[cfg(test)]
#[path = "pronoun_tests.rs"]
mod tests;
