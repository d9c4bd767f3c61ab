//! The interval a count stands for, from how it was written: its
//! qualifier ("about", "more than"), its rounding ("1,700" may be 1,712;
//! "40" is forty) and its decimals.

use super::super::numbers::is_part_of_scale;
use super::super::quantity::units::{self, Qual, qualify, written_interval};
use crate::engine::model::Interval;

/// The smallest count writers round: "1,000 people" may stand for 1,012,
/// but "40 people" is forty.
const ROUNDED_FROM: f64 = 100.0;

/// Half a step of the last decimal a number in digits is written to
/// ("412.6": 0.05), if it has decimals.
fn decimal_half_step(n: &str) -> Option<f64> {
    let (whole, decimals) = n.trim().split_once('.')?;
    (whole.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && !decimals.is_empty()
        && decimals.bytes().all(|b| b.is_ascii_digit()))
    .then(|| 10f64.powi(-(decimals.len() as i32)) / 2.0)
}

/// The amount "N" (or "N to N2") stands for under `qual`; `n1` is the
/// first number as written.
pub(super) fn stated(qual: Qual, n1: &str, v1: f64, v2: Option<f64>) -> Interval {
    let base = match v2 {
        Some(v2) => Interval::closed(v1, v2),
        // "about 1,000" is ±10%, not also anything that rounds to 1,000.
        None if qual == Qual::Approx => Interval::exact(v1),
        // "10 projects" is ten, not nine to eleven: a small tally is
        // counted, not rounded, and "nine" against it is a dispute.
        // "412.6 points" is stated to the tenth: it stands for 412.55 to
        // 412.65, and "412.62 points" is it.
        None if let Some(half) = decimal_half_step(n1) => Interval::closed(v1 - half, v1 + half),
        None if v1 < ROUNDED_FROM => Interval::exact(v1),
        None => written_interval(v1, n1),
    };
    let mut amount = qualify(qual, base, v1, v2.unwrap_or(v1));
    // "Nearly two dozen" is written in dozens, not in units: it strays
    // as far as "about" lets any number (a tenth), not a step of its last
    // digit, so 22 is nearly two dozen.
    if n1.to_ascii_lowercase().ends_with("dozen") && matches!(qual, Qual::Approx | Qual::Nearly) {
        amount.lo = amount.lo.min(0.9 * v1);
        if qual == Qual::Approx {
            amount.hi = amount.hi.max(1.1 * v2.unwrap_or(v1));
        }
    }
    if is_part_of_scale(n1) {
        amount = units::round_figure(amount, v1);
    }
    amount
}
