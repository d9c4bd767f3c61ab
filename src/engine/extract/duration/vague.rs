//! Durations stated without a number: "for months", "months of talks",
//! "hours after the blast", "within days".
//!
//! A bare plural unit is a duration only in these frames; elsewhere ("in
//! recent years", "the hours were long", "years ago") it is not, or
//! another kind owns it. The value is a wide range: "months" is two to
//! twelve of them.

use regex::Regex;

use crate::engine::extract::quantity::units::{WordClasses, lower};
use crate::engine::model::{Extracted, Interval, Kind, Value};

pub(super) struct Vague {
    unit: Regex,
}

impl Vague {
    pub(super) fn new() -> Self {
        Vague {
            unit: Regex::new(r"(?i)(?-u:\b)(?:hours|days|weeks|months|years|decades)(?-u:\b)")
                .expect("vague duration pattern"),
        }
    }

    pub(super) fn extract(&self, text: &str, classes: &WordClasses, out: &mut Vec<Extracted>) {
        for m in self.unit.find_iter(text) {
            let Some((lo, hi)) = range(&lower(m.as_str())) else {
                continue;
            };
            let (before, after) = (&text[..m.start()], &text[m.end()..]);
            let prev = last_word(before);
            let next = first_word(after);
            let lead = matches!(
                &*lower(prev),
                "for" | "within" | "after" | "only" | "just" | "mere"
            );
            let of_noun = next == "of"
                && first_word(&after.trim_start()[2..])
                    .starts_with(|ch: char| ch.is_ascii_lowercase());
            let follows = matches!(next, "after" | "before" | "later" | "earlier" | "long");
            // "for years and years" is an idiom for "long", not a span.
            let doubled = next == "and" && first_word(&after.trim_start()[3..]) == m.as_str();
            if !(lead || ((of_noun || follows) && !modifies(prev))) || next == "ago" || doubled {
                continue;
            }
            out.push(Extracted {
                span: m.range(),
                kind: Kind::Duration,
                value: Value::Duration {
                    seconds: Interval {
                        lo,
                        hi,
                        lo_open: false,
                        hi_open: true,
                    },
                    approx: true,
                    grain: 0.0,
                },
                // "weeks of tension" measures the tension, not a call or a
                // trip; a headline's title case is read as lowercase.
                cue: if next == "of" {
                    let head = &after[..after.floor_char_boundary(48)];
                    super::object_after(&head.to_lowercase(), classes)
                } else {
                    None
                },
            });
        }
    }
}

/// Seconds from two of the unit to the next unit up.
fn range(unit: &str) -> Option<(f64, f64)> {
    const H: f64 = 3_600.0;
    const D: f64 = 86_400.0;
    const Y: f64 = 31_557_600.0;
    Some(match unit {
        "hours" => (2.0 * H, D),
        "days" => (2.0 * D, 14.0 * D),
        "weeks" => (14.0 * D, 61.0 * D),
        "months" => (Y / 6.0, Y),
        "years" => (2.0 * Y, 10.0 * Y),
        "decades" => (20.0 * Y, 100.0 * Y),
        _ => return None,
    })
}

/// Words before a plural unit that make it part of another phrase: a
/// number ("two hours"), a determiner ("the hours"), a qualifier ("recent
/// years", "few days").
fn modifies(prev: &str) -> bool {
    let lw = lower(prev);
    prev.chars().any(|ch| ch.is_ascii_digit())
        || matches!(
            &*lw,
            "the"
                | "these"
                | "those"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "recent"
                | "past"
                | "last"
                | "next"
                | "coming"
                | "few"
                | "many"
                | "several"
                | "some"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "ten"
                | "of"
                | "in"
                | "more"
                | "early"
                | "later"
                | "final"
                | "first"
                | "previous"
                | "following"
        )
}

fn last_word(before: &str) -> &str {
    let t = before.trim_end();
    let start = t
        .rfind(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
        .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    &t[start..]
}

fn first_word(after: &str) -> &str {
    let t = after.trim_start();
    let end = t.find(|ch: char| !ch.is_alphanumeric()).unwrap_or(t.len());
    &t[..end]
}
