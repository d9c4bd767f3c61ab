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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{DocInfo, Interval};

    fn time(zone: Option<&str>) -> Value {
        Value::Time {
            minutes: Interval::exact(21.0 * 60.0),
            zone: zone.map(str::to_string),
        }
    }

    /// "1 August 2027" and the like, as the date extractor reads them.
    fn day(d: i8) -> Value {
        let text = format!("{d} August 2027");
        let found = crate::engine::extract::date::extract(&text, &DocInfo::default());
        found.into_iter().next().expect("a date").value
    }

    #[test]
    fn the_same_clock_time_on_two_days_in_one_zone_is_two_moments() {
        // Times 0 and 1 on days 2 and 3.
        let values = [time(None), time(Some("local")), day(1), day(3)];
        let days = [Some(2), Some(3), None, None];
        assert!(on_other_days(&values, &days, 0, 1));
        let same_day = [time(None), time(None), day(1), day(1)];
        assert!(!on_other_days(&same_day, &days, 0, 1));
        // A time without its day links as before.
        assert!(!on_other_days(&values, &[Some(2), None, None, None], 0, 1));
    }

    #[test]
    fn across_zones_one_moment_may_fall_on_two_days() {
        let values = [time(Some("ET")), time(Some("GMT")), day(1), day(2)];
        assert!(!on_other_days(
            &values,
            &[Some(2), Some(3), None, None],
            0,
            1
        ));
    }
}
