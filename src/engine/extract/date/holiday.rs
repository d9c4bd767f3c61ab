//! Holidays as dates: "over Easter weekend", "on Christmas Eve",
//! "Thanksgiving 2019", "by Labor Day". The names and their rules are
//! data (`assets/extract/holidays.txt`); moveable feasts are computed.

use jiff::civil::{Date, Weekday};

use super::calendar::{self, add_days, weekday_from};
use super::{Alt, B, Ctx, num};
use crate::engine::model::{DateValue, Granularity};

/// How a holiday falls in a given year.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Rule {
    Fixed(i8, i8),
    /// Days after Easter Sunday.
    Easter(i64),
    /// The `n`th such weekday of the month.
    Nth(i8, Weekday, i8),
    Last(i8, Weekday),
}

/// The holiday names with their rules, read once per analysis.
pub(super) struct Holidays {
    names: Vec<(String, Rule)>,
}

impl Holidays {
    pub(super) fn new() -> Self {
        let names = include_str!("../../../../assets/extract/holidays.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (name, rule) = l.split_once('|')?;
                Some((name.trim().to_string(), parse_rule(rule.trim())?))
            })
            .collect();
        Holidays { names }
    }

    /// The regex source for the date extractor's alternation.
    pub(super) fn source(&self) -> String {
        let mut names: Vec<&str> = self.names.iter().map(|(n, _)| n.as_str()).collect();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let alt = names
            .iter()
            .map(|n| {
                regex::escape(n)
                    .replace(' ', r"\s+")
                    .replace('\'', "(?:'|’)")
            })
            .collect::<Vec<_>>()
            .join("|");
        format!(
            r"{B}(?P<name>{alt}){B}(?P<wk>\s+(?i:weekend){B})?(?:,?\s+(?:(?i:of)\s+)?(?P<y>[0-9]{{4}}){B})?"
        )
    }

    fn rule(&self, written: &str) -> Option<Rule> {
        let norm = written
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('’', "'");
        self.names.iter().find(|(n, _)| *n == norm).map(|(_, r)| *r)
    }
}

fn parse_rule(s: &str) -> Option<Rule> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    Some(match parts.as_slice() {
        ["fixed", m, d] => Rule::Fixed(m.parse().ok()?, d.parse().ok()?),
        ["easter", n] => Rule::Easter(n.parse().ok()?),
        ["nth", m, w, n] => Rule::Nth(m.parse().ok()?, weekday_from(w)?, n.parse().ok()?),
        ["last", m, w] => Rule::Last(m.parse().ok()?, weekday_from(w)?),
        _ => return None,
    })
}

/// Easter Sunday in the Gregorian calendar (the anonymous algorithm).
fn easter(y: i16) -> Option<Date> {
    let y32 = i32::from(y);
    let (a, b, c) = (y32 % 19, y32 / 100, y32 % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y, month as i8, day as i8).ok()
}

fn day_in(rule: Rule, y: i16) -> Option<Date> {
    match rule {
        Rule::Fixed(m, d) => Date::new(y, m, d).ok(),
        Rule::Easter(n) => add_days(easter(y)?, n),
        Rule::Nth(m, w, n) => {
            let first = Date::new(y, m, 1).ok()?;
            let ahead = i64::from(w.since(first.weekday()));
            add_days(first, ahead + 7 * i64::from(n - 1))
        }
        Rule::Last(m, w) => {
            let last = Date::new(y, m, 1).ok()?.last_of_month();
            let back = i64::from(last.weekday().since(w));
            add_days(last, -back)
        }
    }
}

/// Years over which a moveable holiday's months are read: two centuries
/// hold every date Easter can take.
const MONTH_YEARS: std::ops::RangeInclusive<i16> = 1900..=2099;

/// The first and last month the days of `span_in` fall in over the years,
/// when they do not all fall in one (then the month is stated itself).
fn months_of(span_in: impl Fn(i16) -> Option<(Date, Date)>) -> Option<(i8, i8)> {
    let (mut lo, mut hi) = (i8::MAX, i8::MIN);
    for (s, e) in MONTH_YEARS.filter_map(span_in) {
        lo = lo.min(s.month());
        hi = hi.max(e.month());
    }
    (lo <= hi && (lo, hi) != (1, 12)).then_some((lo, hi))
}

/// Reads one matched holiday into `ctx`.
pub(super) fn holiday_date(ctx: &mut Ctx, h: &Holidays, c: &Alt) {
    let (Some(whole), Some(name)) = (c.whole(), c.name("name")) else {
        return;
    };
    let Some(rule) = h.rule(name.as_str()) else {
        return;
    };
    let weekend = c.name("wk").is_some();
    // A holiday weekend: the days around it, wide enough for the
    // Friday-to-Monday Easter weekend and the Thursday-to-Sunday one.
    let span_in = |y: i16| {
        let d = day_in(rule, y)?;
        if weekend {
            Some((add_days(d, -3)?, add_days(d, 3)?))
        } else {
            Some((d, d))
        }
    };
    let year = num::<i16>(c, "y").filter(|y| (1000..=2999).contains(y));
    let resolved = match (year, ctx.published) {
        (Some(y), _) => span_in(y),
        (None, Some(p)) => calendar::nearest_year(p, span_in).map(|(_, s)| s),
        (None, None) => None,
    };
    let g = if weekend {
        Granularity::Week
    } else {
        Granularity::Day
    };
    let mut v = match resolved {
        Some(s) => calendar::resolved(g, s),
        None if year.is_some() => return,
        None => DateValue {
            months: months_of(span_in),
            ..calendar::partial(g)
        },
    };
    v.year = year;
    let key = name.as_str().to_lowercase();
    v.holiday = Some(if weekend {
        format!("{key} weekend")
    } else {
        key
    });
    if let (Rule::Fixed(m, d), false) = (rule, weekend) {
        v.month = Some(m);
        v.day = Some(d);
    }
    ctx.push(whole.range(), v);
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn moveable_feasts_fall_on_their_days() {
        assert_eq!(easter(2018), Some(date(2018, 4, 1)));
        assert_eq!(easter(2024), Some(date(2024, 3, 31)));
        assert_eq!(easter(2000), Some(date(2000, 4, 23)));
        let thanksgiving = Rule::Nth(11, Weekday::Thursday, 4);
        assert_eq!(day_in(thanksgiving, 2019), Some(date(2019, 11, 28)));
        let memorial = Rule::Last(5, Weekday::Monday);
        assert_eq!(day_in(memorial, 2021), Some(date(2021, 5, 31)));
        assert_eq!(day_in(Rule::Easter(-2), 2018), Some(date(2018, 3, 30)));
    }

    #[test]
    fn every_listed_holiday_parses() {
        let h = Holidays::new();
        assert!(h.names.len() >= 15);
        assert_eq!(h.rule("New Year’s  Eve"), Some(Rule::Fixed(12, 31)));
        assert_eq!(h.rule("Easter"), Some(Rule::Easter(0)));
        assert_eq!(h.rule("Passover"), None);
    }
}
