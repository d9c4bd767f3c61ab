//! Dates for people and dates against each other: how a date reads in
//! the panel, and whether two stated dates can be the same day or period.

use jiff::civil::{Date, Weekday};

use super::calendar::{self, day_fits, days_between, month_name};
use crate::engine::model::{DateValue, DayEdge, Granularity};

/// Renders a date for people: "2026-01-07", "week of 2026-02-01",
/// "2025-10", "Wednesday (date unknown)", "January 7 (year unknown)".
pub fn describe(v: &DateValue) -> String {
    if let (Some(s), Some(e)) = (v.start, v.end) {
        let whole_month = s.day() == 1 && e == s.last_of_month();
        let whole_year = s == s.first_of_year() && e == s.last_of_year();
        return match v.granularity {
            _ if s == e => s.to_string(),
            Granularity::Week if days_between(s, e) == 6 => format!("week of {s}"),
            Granularity::Month if whole_month => format!("{:04}-{:02}", s.year(), s.month()),
            Granularity::Year if whole_year => format!("{}", s.year()),
            _ => format!("{s} to {e}"),
        };
    }
    let mut parts: Vec<String> = Vec::new();
    if let Some(w) = v.weekday {
        parts.push(format!("{w:?}"));
    }
    let md = match (v.month, v.day) {
        (Some(m), Some(d)) => Some(format!("{} {d}", month_name(m))),
        (Some(m), None) => Some(match v.days {
            Some((lo, hi)) => format!("{} {lo}–{hi}", month_name(m)),
            None => month_name(m).to_string(),
        }),
        _ => None,
    };
    match (md, v.year) {
        (Some(md), Some(y)) => parts.push(format!("{md} {y}")),
        (Some(md), None) => parts.push(format!("{md} (year unknown)")),
        (None, Some(y)) => parts.push(y.to_string()),
        (None, None) if !parts.is_empty() => return format!("{} (date unknown)", parts[0]),
        // What the words name, when no publication date placed them:
        // "Easter (year unknown)", "last month (date unknown)".
        (None, None) => {
            return match (&v.holiday, &v.relative) {
                (Some(h), _) => format!("{} (year unknown)", title_case(h)),
                // A season names its months, like a holiday.
                (None, Some(r)) if v.months.is_some() => format!("{r} (year unknown)"),
                (None, Some(r)) => format!("{r} (date unknown)"),
                (None, None) => "date unknown".to_string(),
            };
        }
    }
    parts.join(", ")
}

fn title_case(words: &str) -> String {
    words
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// True when the two dates could name the same time: their resolved days
/// overlap, or every field both state agrees, or they are neighbouring
/// days that time zones make one moment (see [`DayEdge`]).
pub fn dates_compatible(a: &DateValue, b: &DateValue) -> bool {
    same_time(a, b) || across_zones(a, b) || across_zones(b, a)
}

/// Whether two dates that are not compatible would be, were a weekday
/// placed in the week gone only by guess (see `DateValue::past_guess`)
/// the one of the week to come, or a month or day named without its year
/// placed in the year before or after: then they neither agree nor clash.
pub fn apart_by_a_guess(a: &DateValue, b: &DateValue) -> bool {
    let moved = |v: &DateValue| -> Vec<DateValue> {
        week_on(v)
            .into_iter()
            .chain([-1, 1].into_iter().filter_map(|k| year_on(v, k)))
            .collect()
    };
    moved(a).iter().any(|a| same_time(a, b)) || moved(b).iter().any(|b| same_time(a, b))
}

/// A month or a day named without its year ("in January", "on 17 March")
/// placed in the nearest year only by guess, moved `k` years: "was cut in
/// January" in an October story may be this January as well as next.
fn year_on(v: &DateValue, k: i16) -> Option<DateValue> {
    if v.year.is_some() || v.month.is_none() {
        return None;
    }
    let shift = |d: Date| Date::new(d.year().checked_add(k)?, d.month(), d.day()).ok();
    let mut moved = v.clone();
    (moved.start, moved.end) = (Some(shift(v.start?)?), Some(shift(v.end?)?));
    Some(moved)
}

/// A weekday placed in the week gone only by guess, moved to the week
/// to come.
fn week_on(v: &DateValue) -> Option<DateValue> {
    if !v.past_guess {
        return None;
    }
    let mut moved = v.clone();
    let d = calendar::add_days(v.start?, 7)?;
    (moved.start, moved.end) = (Some(d), Some(d));
    moved.past_guess = false;
    Some(moved)
}

fn same_time(a: &DateValue, b: &DateValue) -> bool {
    match (interval(a), interval(b)) {
        (Some((s1, e1)), Some((s2, e2))) => s1 <= e2 && s2 <= e1,
        (Some(r), None) => some_day_fits(r, b),
        (None, Some(r)) => some_day_fits(r, a),
        (None, None) => fields_agree(a, b),
    }
}

/// Whether `next` may be the day after `first` seen from another zone:
/// either states its zone, or `first` is late in its day and `next` early
/// in its own ("Friday evening" / "early Saturday").
fn across_zones(first: &DateValue, next: &DateValue) -> bool {
    let zoned = first.edge == Some(DayEdge::Zoned) || next.edge == Some(DayEdge::Zoned);
    let late_early = first.edge == Some(DayEdge::Late) && next.edge == Some(DayEdge::Early);
    (zoned || late_early)
        && first.relative == next.relative
        && day_after(first).is_some_and(|moved| same_time(&moved, next))
}

/// The same stated day moved one day on: a resolved day, or a weekday
/// named alone (a month and day named alone may cross a month's end).
fn day_after(v: &DateValue) -> Option<DateValue> {
    let mut moved = v.clone();
    match (v.start, v.end) {
        (Some(s), Some(e)) if s == e => {
            let d = calendar::add_days(s, 1)?;
            (moved.start, moved.end) = (Some(d), Some(d));
        }
        (None, None) if v.day.is_none() && v.month.is_none() => {
            moved.weekday = Some(v.weekday?.next());
        }
        _ => return None,
    }
    Some(moved)
}

fn interval(v: &DateValue) -> Option<(Date, Date)> {
    Some((v.start?, v.end?))
}

/// Whether a day of the resolved interval satisfies the partial value.
/// Intervals longer than a year always hold every partial field's value
/// except a year outside them, so the scan is capped.
fn some_day_fits((s, e): (Date, Date), partial: &DateValue) -> bool {
    if partial.year.is_some_and(|y| y < s.year() || y > e.year()) {
        return false;
    }
    if days_between(s, e) > 400 {
        return true;
    }
    let mut d = s;
    loop {
        if day_fits(d, partial) {
            return true;
        }
        match calendar::add_days(d, 1) {
            Some(n) if n <= e => d = n,
            _ => return false,
        }
    }
}

fn fields_agree(a: &DateValue, b: &DateValue) -> bool {
    fn same<T: PartialEq>(x: Option<T>, y: Option<T>) -> bool {
        match (x, y) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
    }
    if !(same(a.year, b.year) && same(a.month, b.month) && same(a.day, b.day)) {
        return false;
    }
    if !same(a.weekday, b.weekday) {
        return false;
    }
    // "Feb. 28" is in "late February", "early February" is not; "Easter"
    // (March or April) is never "May".
    let meet = |v: &DateValue, o: &DateValue| {
        range_holds(v.days, o.day, o.days) && range_holds(v.months, o.month, o.months)
    };
    if !meet(a, b) || !meet(b, a) {
        return false;
    }
    // A weekday against a fully stated day is checkable even unresolved.
    let full_day = |v: &DateValue| Date::new(v.year?, v.month?, v.day?).ok();
    let weekday_ok = |w: Option<Weekday>, other: &DateValue| match (w, full_day(other)) {
        (Some(w), Some(d)) => d.weekday() == w,
        _ => true,
    };
    weekday_ok(a.weekday, b) && weekday_ok(b.weekday, a)
}

/// Whether a stated range of days or months (`range`) holds the other
/// value's single one or meets its range; no range holds anything.
fn range_holds(range: Option<(i8, i8)>, one: Option<i8>, other: Option<(i8, i8)>) -> bool {
    match (range, one, other) {
        (Some((lo, hi)), Some(x), _) => (lo..=hi).contains(&x),
        (Some((lo, hi)), None, Some((x, y))) => lo <= y && x <= hi,
        _ => true,
    }
}
