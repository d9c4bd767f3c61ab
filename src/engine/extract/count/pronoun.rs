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

/// The noun of the last count before `start` in its sentence, or, when
/// the part opens its sentence ("About 600 of them are sleeping in the
/// hall"), in the sentence before.
pub(super) fn antecedent(p: &Patterns, text: &str, start: usize) -> Option<String> {
    let sentence = sentence_of(text, start..start);
    let lead = &text[sentence.start..start];
    // A list item opens on its bullet: "- 38 of them deported".
    let opens = !lead.contains(char::is_alphanumeric);
    last_count_noun(p, text, sentence.start, start).or_else(|| {
        let back = text.floor_char_boundary(sentence.start.checked_sub(2)?);
        opens.then(|| {
            last_count_noun(p, text, sentence_of(text, back..back).start, sentence.start)
        })?
    })
}

/// The noun of the last count found between `from` and `until`.
fn last_count_noun(p: &Patterns, text: &str, from: usize, until: usize) -> Option<String> {
    let mut caps = p.main.capture_locations();
    let mut at = from;
    let mut noun = None;
    while let Some(m) = p.main.find_at(text, at) {
        if m.end() > until {
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
