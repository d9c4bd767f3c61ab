//! How two figures for one thing may differ when one outlet slipped: a
//! digit mistyped ("29" for 27), digits swapped ("3,846" for 3,486), or,
//! for counts written unalike, a little apart. A story tells of many
//! counts of one noun, so only such differences make a lone figure one
//! outlet's account of another's (`dissent`).

use super::features::interval_of;
use crate::engine::model::Value;

/// How far apart a slip leaves two accounts of one count. One digit
/// mistyped ("29" and "27", "47" and "37") stays under double: exactly
/// double is a pair's two sides or a part and its whole.
pub(super) const SLIP_RATIO: f64 = 2.0;

/// Digits swapped reach further ("12,000 nurses" and "21,000", "13" and
/// "31"); "12,400 postal ballots" against "310,000" is a count of
/// something else.
const SWAP_RATIO: f64 = 3.0;

/// Two counts written unalike, and any two measures, are one outlet's
/// slip only within half again: one story tells of many lengths and
/// weights of one sort of thing ("52 metres" of the silo against "about
/// 30 metres" of its shed), and of polls of "2,000 voters" and "1,200".
/// Bad conversions stay within it ("186 metres" and a "690-foot" span,
/// 210 m).
const UNALIKE_SLIP_RATIO: f64 = 1.5;

/// Whether two counts are within a slip of each other.
pub(super) fn near(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (interval_of(a), interval_of(b)) else {
        return false;
    };
    let (x, y) = (x.point(), y.point());
    let ratio = x.max(y) / x.min(y);
    if matches!(a, Value::Quantity { .. } | Value::Duration { .. }) {
        return ratio <= UNALIKE_SLIP_RATIO;
    }
    // A story tells of many sums, and of many shares of one whole ("87%
    // of members" backed a strike, "61%" another question): only a typing
    // slip ("€47 million" for €74 million, "€8.9 million" for €8.5
    // million, "78%" for 87%) is one outlet's account of another's.
    if matches!(a, Value::Money { .. } | Value::Percent { .. }) {
        return match digit_slip(x, y) {
            Some(Slip::Swapped) => ratio < SWAP_RATIO,
            Some(Slip::Mistyped) => ratio < SLIP_RATIO,
            None => false,
        };
    }
    // "12,000 nurses" against "21,000" is a typing slip however far
    // apart; "2,000 voters" against "1,200" is two polls.
    match digit_slip(x, y) {
        Some(Slip::Swapped) => ratio < SWAP_RATIO,
        Some(Slip::Mistyped) => ratio < SLIP_RATIO,
        None => ratio < UNALIKE_SLIP_RATIO,
    }
}

/// Whether the larger of two values is less than `ratio` times the
/// smaller.
pub(super) fn within(a: &Value, b: &Value, ratio: f64) -> bool {
    let (Some(x), Some(y)) = (interval_of(a), interval_of(b)) else {
        return false;
    };
    let (x, y) = (x.point(), y.point());
    x > 0.0 && y > 0.0 && x.max(y) / x.min(y) < ratio
}

/// How two counts or sums differ as a typing slip does, if they do.
pub(super) fn slip_between(a: &Value, b: &Value) -> Option<Slip> {
    let kinds = matches!(
        (a, b),
        (Value::Count { .. }, Value::Count { .. }) | (Value::Money { .. }, Value::Money { .. })
    );
    match (interval_of(a), interval_of(b)) {
        (Some(x), Some(y)) if kinds => digit_slip(x.point(), y.point()),
        _ => None,
    }
}

/// Whether two counts or sums differ as a typing slip does.
pub(super) fn typing_slip(a: &Value, b: &Value) -> bool {
    slip_between(a, b).is_some()
}

/// Whether two counts or sums are written with the same digits in
/// another order.
pub(super) fn swapped_digits(a: &Value, b: &Value) -> bool {
    matches!(slip_between(a, b), Some(Slip::Swapped))
}

/// How two numbers written alike differ.
pub(super) enum Slip {
    /// The same digits in another order: "3,486" and "3,846".
    Swapped,
    /// One digit changed: "29" and "27".
    Mistyped,
}

/// Whether two numbers are written with the same significant digits
/// swapped, or one of them changed: "3,486" and "3,846", "29" and "27".
pub(super) fn digit_slip(x: f64, y: f64) -> Option<Slip> {
    let digits = |v: f64| {
        let s = format!("{:.0}", v.abs());
        (s.trim_end_matches('0').to_string(), s.len())
    };
    // "140" and "84" share no slip: a slip keeps the number's size.
    let ((p, p_size), (q, q_size)) = (digits(x), digits(y));
    if p.len() != q.len() || p_size != q_size || p.len() < 2 {
        return None;
    }
    let mut sp: Vec<char> = p.chars().collect();
    let mut sq: Vec<char> = q.chars().collect();
    let changed = sp.iter().zip(&sq).filter(|(a, b)| a != b).count();
    sp.sort_unstable();
    sq.sort_unstable();
    if sp == sq {
        Some(Slip::Swapped)
    } else if changed == 1 {
        Some(Slip::Mistyped)
    } else {
        None
    }
}
