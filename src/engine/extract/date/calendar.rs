//! Calendar arithmetic for resolving what a date expression names against
//! the article's publication date.
//!
//! Every function returns `Option` instead of erroring: text can name
//! impossible days ("February 30") or push arithmetic past jiff's range,
//! and a date we cannot place is simply left unresolved.

use jiff::SignedDuration;
use jiff::civil::{Date, Weekday};

use crate::engine::model::{DateValue, Granularity};

pub fn month_number(name: &str) -> Option<i8> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    let key = lower.get(..3)?;
    let m = match key {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

pub fn month_name(m: i8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

pub fn weekday_from(name: &str) -> Option<Weekday> {
    let lower = name.to_ascii_lowercase();
    let w = match lower.get(..3)? {
        "mon" => Weekday::Monday,
        "tue" => Weekday::Tuesday,
        "wed" => Weekday::Wednesday,
        "thu" => Weekday::Thursday,
        "fri" => Weekday::Friday,
        "sat" => Weekday::Saturday,
        "sun" => Weekday::Sunday,
        _ => return None,
    };
    Some(w)
}

pub fn add_days(d: Date, n: i64) -> Option<Date> {
    // Bounded so the duration constructor cannot overflow on absurd input.
    if n.abs() > 1_000_000 {
        return None;
    }
    d.checked_add(SignedDuration::from_hours(24 * n)).ok()
}

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    b.duration_since(a).as_secs() / 86_400
}

pub fn month_span(year: i16, month: i8) -> Option<(Date, Date)> {
    let first = Date::new(year, month, 1).ok()?;
    Some((first, first.last_of_month()))
}

pub fn year_span(year: i16) -> Option<(Date, Date)> {
    Some((Date::new(year, 1, 1).ok()?, Date::new(year, 12, 31).ok()?))
}

/// The (year, month) `delta` months away from the given one.
pub fn shift_month(year: i16, month: i8, delta: i32) -> Option<(i16, i8)> {
    let idx = year as i32 * 12 + (month as i32 - 1) + delta;
    let y = i16::try_from(idx.div_euclid(12)).ok()?;
    Some((y, (idx.rem_euclid(12) + 1) as i8))
}

/// Monday..=Sunday week containing `d`: news "this week" follows ISO weeks.
pub fn week_of(d: Date) -> Option<(Date, Date)> {
    let back = d.weekday().to_monday_zero_offset() as i64;
    let mon = add_days(d, -back)?;
    Some((mon, add_days(mon, 6)?))
}

/// Where a weekday falls relative to the reference day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    OnOrBefore,
    Before,
    OnOrAfter,
    After,
}

pub fn weekday_near(reference: Date, w: Weekday, dir: Direction) -> Option<Date> {
    let back = reference.weekday().since(w) as i64;
    let fwd = reference.weekday().until(w) as i64;
    match dir {
        Direction::OnOrBefore => add_days(reference, -back),
        Direction::Before => add_days(reference, -(if back == 0 { 7 } else { back })),
        Direction::OnOrAfter => add_days(reference, fwd),
        Direction::After => add_days(reference, if fwd == 0 { 7 } else { fwd }),
    }
}

/// Which stretch of a month or year a modifier names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Whole,
    Early,
    Mid,
    Late,
    /// "first week of" = days 1–7, "second week of" = 8–14, ...
    Week(u8),
    LastWeek,
    FirstHalf,
    SecondHalf,
    /// "the second quarter of", "Q2": months 4–6.
    Quarter(u8),
}

/// A quarter of the year as written: "the first quarter of", "final
/// quarter of" (the fourth), "Q3".
pub(crate) const QUARTER: &str =
    r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter";

/// Which quarter (1–4) a lowercase phrase names, if any.
pub fn quarter(phrase: &str) -> Option<u8> {
    if let Some(d) = phrase.strip_prefix('q') {
        return d.parse().ok().filter(|q| (1..=4).contains(q));
    }
    if !phrase.contains("quarter") {
        return None;
    }
    [
        ("first", 1),
        ("1st", 1),
        ("second", 2),
        ("2nd", 2),
        ("third", 3),
        ("3rd", 3),
        ("fourth", 4),
        ("4th", 4),
        ("final", 4),
        ("last", 4),
    ]
    .iter()
    .find(|(w, _)| phrase.contains(w))
    .map(|&(_, q)| q)
}

/// The part of a period a lowercase phrase names: "the end of" (late),
/// "the middle of", "the first half of", "the second quarter of", "q3";
/// "the start of" and "the beginning of" are early.
pub fn named_part(phrase: &str) -> Part {
    let words = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(q) = quarter(&words) {
        Part::Quarter(q)
    } else if words.contains("first half") {
        Part::FirstHalf
    } else if words.contains("second half") {
        Part::SecondHalf
    } else if words.contains("end") {
        Part::Late
    } else if words.contains("middle") {
        Part::Mid
    } else {
        Part::Early
    }
}

/// Days 1–10 / 11–20 / 21–end follow the common newsroom reading of
/// "early/mid/late <month>".
pub fn month_part(year: i16, month: i8, part: Part) -> Option<(Date, Date)> {
    let (first, last) = month_span(year, month)?;
    let day = |d: i8| Date::new(year, month, d.min(last.day())).ok();
    Some(match part {
        Part::Whole => (first, last),
        Part::Early => (first, day(10)?),
        Part::Mid => (day(11)?, day(20)?),
        Part::Late => (day(21)?, last),
        Part::Week(n) => {
            let start = 1 + 7 * (n.clamp(1, 5) as i8 - 1);
            if start > last.day() {
                return None;
            }
            (day(start)?, day(start + 6)?)
        }
        Part::LastWeek => (add_days(last, -6)?, last),
        Part::FirstHalf => (first, day(15)?),
        Part::SecondHalf => (day(16)?, last),
        // A month has no quarters a reporter names.
        Part::Quarter(_) => return None,
    })
}

/// Thirds of a year for early/mid/late, halves for first/second half.
pub fn year_part(year: i16, part: Part) -> Option<(Date, Date)> {
    let span = |m1: i8, m2: i8| Some((month_span(year, m1)?.0, month_span(year, m2)?.1));
    match part {
        Part::Whole | Part::Week(_) | Part::LastWeek => year_span(year),
        Part::Early => span(1, 4),
        Part::Mid => span(5, 8),
        Part::Late => span(9, 12),
        Part::FirstHalf => span(1, 6),
        Part::SecondHalf => span(7, 12),
        Part::Quarter(q) => {
            let first = 3 * q as i8 - 2;
            span(first, first + 2)
        }
    }
}

/// Days from `d` to the interval (0 when inside).
fn distance(d: Date, (start, end): (Date, Date)) -> i64 {
    if d < start {
        days_between(d, start)
    } else if d > end {
        days_between(end, d)
    } else {
        0
    }
}

/// The year, among the one published and its neighbours, that puts a
/// yearless date nearest the publication date. On a tie the earlier year
/// wins because news mostly reports the past.
pub fn nearest_year<F>(published: Date, span_in: F) -> Option<(i16, (Date, Date))>
where
    F: Fn(i16) -> Option<(Date, Date)>,
{
    let y = published.year();
    [y.checked_sub(1), Some(y), y.checked_add(1)]
        .into_iter()
        .flatten()
        .filter_map(|yy| span_in(yy).map(|s| (yy, s)))
        .min_by_key(|(yy, s)| (distance(published, *s), *yy))
}

/// A value that knows its calendar days.
pub fn resolved(g: Granularity, (start, end): (Date, Date)) -> DateValue {
    DateValue {
        start: Some(start),
        end: Some(end),
        granularity: g,
        year: None,
        month: None,
        day: None,
        weekday: None,
        holiday: None,
        relative: None,
        months: None,
        days: None,
        edge: None,
        past_guess: false,
    }
}

/// A value with nothing pinned down yet; fields are filled in by the caller.
pub fn partial(g: Granularity) -> DateValue {
    DateValue {
        start: None,
        end: None,
        granularity: g,
        year: None,
        month: None,
        day: None,
        weekday: None,
        holiday: None,
        relative: None,
        months: None,
        days: None,
        edge: None,
        past_guess: false,
    }
}

/// Whether one calendar day fits every field the value states.
pub fn day_fits(d: Date, v: &DateValue) -> bool {
    v.year.is_none_or(|y| y == d.year())
        && v.month.is_none_or(|m| m == d.month())
        && v.months
            .is_none_or(|(lo, hi)| (lo..=hi).contains(&d.month()))
        && v.day.is_none_or(|x| x == d.day())
        && v.days.is_none_or(|(lo, hi)| (lo..=hi).contains(&d.day()))
        && v.weekday.is_none_or(|w| w == d.weekday())
        && v.start.is_none_or(|s| s <= d)
        && v.end.is_none_or(|e| d <= e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn weekday_directions_respect_the_reference_day() {
        let wed = date(2026, 1, 7);
        assert_eq!(
            weekday_near(wed, Weekday::Wednesday, Direction::OnOrBefore),
            Some(wed)
        );
        assert_eq!(
            weekday_near(wed, Weekday::Wednesday, Direction::Before),
            Some(date(2025, 12, 31))
        );
        assert_eq!(
            weekday_near(wed, Weekday::Wednesday, Direction::After),
            Some(date(2026, 1, 14))
        );
        assert_eq!(
            weekday_near(wed, Weekday::Monday, Direction::OnOrAfter),
            Some(date(2026, 1, 12))
        );
    }

    #[test]
    fn nearest_year_crosses_the_new_year_both_ways() {
        let pubd = date(2026, 1, 10);
        let (y, _) = nearest_year(pubd, |y| month_span(y, 10)).unwrap();
        assert_eq!(y, 2025);
        let (y, _) = nearest_year(pubd, |y| month_part(y, 2, Part::Week(1))).unwrap();
        assert_eq!(y, 2026);
    }

    #[test]
    fn month_parts_clip_to_short_months() {
        let (s, e) = month_part(2026, 2, Part::Late).unwrap();
        assert_eq!((s, e), (date(2026, 2, 21), date(2026, 2, 28)));
        assert!(month_part(2026, 2, Part::Week(5)).is_none());
        assert!(month_span(2026, 13).is_none());
    }

    #[test]
    fn shift_month_wraps_years() {
        assert_eq!(shift_month(2026, 1, -1), Some((2025, 12)));
        assert_eq!(shift_month(2025, 12, 1), Some((2026, 1)));
        assert_eq!(shift_month(2026, 3, -14), Some((2025, 1)));
    }
}
