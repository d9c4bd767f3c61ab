//! The day a clock time is set on: "at 9 p.m. on Sunday" and "until 9 p.m.
//! on Tuesday" are two moments, whatever the clock says. A time without
//! its day links as before.

use super::facts::Mention;
use super::score::MentionCtx;
use crate::engine::model::{Kind, Value};

/// Bytes between a time and the day that sets it: " local time (1900
/// GMT) on ".
const GAP: usize = 32;

/// For each clock time, the date mention beside it in its sentence (the
/// nearest within `GAP` bytes either side), if any.
pub(super) fn days_of_times(mentions: &[Mention], ctx: &[MentionCtx]) -> Vec<Option<usize>> {
    let mut out = vec![None; mentions.len()];
    // Mentions are in article order and, within one, in text order.
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != Kind::Time {
            continue;
        }
        let near = |k: &usize| {
            let d = &mentions[*k];
            d.kind == Kind::Date
                && d.article == m.article
                && ctx[*k].sentence == ctx[i].sentence
                && gap(&m.span, &d.span) <= GAP
        };
        let lo = i.saturating_sub(6);
        let hi = (i + 7).min(mentions.len());
        out[i] = (lo..hi)
            .filter(near)
            .min_by_key(|k| gap(&m.span, &mentions[*k].span));
    }
    out
}

fn gap(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// Whether two times are set on days that cannot be one: both in one zone
/// (or with none stated), since across zones one moment can fall on two
/// days.
pub(super) fn on_other_days(values: &[Value], days: &[Option<usize>], i: usize, j: usize) -> bool {
    let (Some(x), Some(y)) = (days[i], days[j]) else {
        return false;
    };
    let zone = |k: usize| match &values[k] {
        Value::Time { zone, .. } => zone.as_deref().filter(|z| *z != "local"),
        _ => None,
    };
    let one_zone = match (zone(i), zone(j)) {
        (Some(z), Some(w)) => z == w,
        _ => true,
    };
    match (&values[x], &values[y]) {
        (Value::Date(dx), Value::Date(dy)) => one_zone && !super::compat::dates_compatible(dx, dy),
        _ => false,
    }
}
