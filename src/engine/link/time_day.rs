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

/// How many days after the day its article was published a time's stated
/// day may lie and still be the day of a time another outlet leaves
/// undated: the story's own days, a week at most.
const STORY_DAYS: i32 = 7;

/// How far ahead a day placed in its nearest year is surely ahead.
const GUESS_AHEAD: i32 = 92;

/// Whether one time's stated day lies further ahead of the day the
/// other's article was published than the story's own days: "the next
/// decision will be announced on Thursday 28 October at 14:00" against
/// "the decision was announced at 2 p.m.", a month before. A day long
/// past may be the undated time's ("the sample was collected at 06:40 on
/// 2 June", told in September), so only a day ahead tells them apart.
pub(super) fn far_from_story(
    values: &[Value],
    days: &[Option<usize>],
    published: (Option<jiff::civil::Date>, Option<jiff::civil::Date>),
    i: usize,
    j: usize,
) -> bool {
    let day = |k: usize| match days[k].map(|d| &values[d]) {
        Some(Value::Date(d)) if d.granularity == crate::engine::model::Granularity::Day => {
            d.start.map(|s| (s, d.year.is_some()))
        }
        _ => None,
    };
    // A day given without its year is placed in the nearest one, a guess
    // that half a year ahead is as likely half a year back.
    let far = |(d, year_stated): (jiff::civil::Date, bool), p: jiff::civil::Date| {
        let ahead = (d - p).get_days();
        ahead > STORY_DAYS && (year_stated || ahead <= GUESS_AHEAD)
    };
    match (day(i), day(j), published) {
        (Some(d), None, (_, Some(p))) => far(d, p),
        (None, Some(d), (Some(p), _)) => far(d, p),
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

    /// "28 October" (no year) read in a page of `published`.
    fn yearless(text: &str, published: jiff::civil::Date) -> Value {
        let doc = DocInfo {
            published: Some(published),
        };
        let found = crate::engine::extract::date::extract(text, &doc);
        found.into_iter().next().expect("a date").value
    }

    #[test]
    fn a_time_set_on_a_day_well_ahead_is_not_the_story_s_undated_time() {
        let published = jiff::civil::date(2027, 9, 16);
        let ahead = [time(None), time(None), day(28)];
        let p = (Some(published), Some(published));
        // Time 0 is set on 28 August 2027 (a year stated, 12 days ahead
        // of a page of 16 August), time 1 on no day.
        let august = (
            Some(jiff::civil::date(2027, 8, 16)),
            Some(jiff::civil::date(2027, 8, 16)),
        );
        assert!(far_from_story(&ahead, &[Some(2), None, None], august, 0, 1));
        assert!(far_from_story(&ahead, &[None, Some(2), None], august, 0, 1));
        // The page's own week, or a day gone by, may be the undated time's.
        let week = (
            Some(jiff::civil::date(2027, 8, 25)),
            Some(jiff::civil::date(2027, 8, 25)),
        );
        assert!(!far_from_story(&ahead, &[Some(2), None, None], week, 0, 1));
        assert!(!far_from_story(&ahead, &[Some(2), None, None], p, 0, 1));
        // Two undated times, or two dated ones, are for `on_other_days`.
        assert!(!far_from_story(&ahead, &[None, None, None], august, 0, 1));
        // A day without its year guessed five months ahead may be behind.
        let guessed = [
            time(None),
            time(None),
            yearless("on 14 February", published),
        ];
        assert!(!far_from_story(&guessed, &[Some(2), None, None], p, 0, 1));
        let near = [time(None), time(None), yearless("on 28 October", published)];
        assert!(far_from_story(&near, &[Some(2), None, None], p, 0, 1));
    }
}
