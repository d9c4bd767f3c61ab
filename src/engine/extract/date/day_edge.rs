//! Where a stated day sits for readers in other time zones: "Friday
//! evening" in New York is "early Saturday" in Seoul, and an outlet that
//! writes "Saturday (local time)" or "Friday EDT" is converting between
//! zones. See [`DayEdge`] and `compare::dates_compatible`.

use regex::Regex;

use crate::engine::extract::date::{B, before, floor_boundary};
use crate::engine::model::{DateValue, DayEdge, Extracted, Granularity, Value};

pub(super) struct Patterns {
    zone_after: Regex,
    zone_before: Regex,
    clock_before: Regex,
    late_before: Regex,
    early_before: Regex,
    late_in: Regex,
    early_in: Regex,
}

impl Patterns {
    pub(super) fn new() -> Self {
        let re = |s: &str| Regex::new(s).expect("day edge pattern compiles");
        // "local time", "Eastern Time", "Seoul time", "EDT", "(GMT+9)".
        let zone = format!("{}{B}", crate::engine::extract::zones::pattern());
        Patterns {
            zone_after: re(&format!(r"^\s*[(,]?\s*{zone}")),
            zone_before: re(&format!(r"{zone}\)?,?\s+(?:(?i:on)\s+)?$")),
            // The clock time the zone belongs to: "4:30 a.m. ET on", "0830
            // GMT on", "9pm BST,".
            clock_before: re(&format!(
                r"(?:(?-u:\b)(?P<hhmm>[0-2][0-9][0-5][0-9])|(?-u:\b)(?P<h>[0-9]{{1,2}})(?:[:.](?P<m>[0-5][0-9]))?\s*(?P<ap>(?i:[ap]\.?m\.?))?)\s*\(?(?P<zone>{})\)?,?\s+(?:(?i:on)\s+)?$",
                crate::engine::extract::zones::abbreviations()
            )),
            late_before: re(r"(?i)(?-u:\b)late\s+(?:on\s+)?$"),
            early_before: re(
                r"(?i)(?-u:\b)(?:early\s+(?:on\s+)?|(?:in\s+)?the\s+early\s+hours\s+of\s+|before\s+dawn\s+(?:on\s+)?|overnight\s+(?:on\s+)?)$",
            ),
            late_in: re(r"(?i)(?-u:\b)(?:evening|night|tonight)$"),
            early_in: re(r"(?i)(?-u:\b)morning$"),
        }
    }

    /// Marks each day in `found` that sits at an edge of its day or is
    /// stated in a named zone.
    pub(super) fn mark(&self, text: &str, found: &mut [Extracted]) {
        for e in found {
            let Value::Date(v) = &mut e.value else {
                continue;
            };
            if !one_day(v) {
                continue;
            }
            let own = &text[e.span.clone()];
            let after = &text[e.span.end..floor_boundary(text, e.span.end + 40)];
            let lead = before(text, e.span.start, 40);
            v.edge = if self.pinned(lead) {
                None
            } else if self.zone_after.is_match(after) || self.zone_before.is_match(lead) {
                Some(DayEdge::Zoned)
            } else if self.late_in.is_match(own) || self.late_before.is_match(lead) {
                Some(DayEdge::Late)
            } else if self.early_in.is_match(own) || self.early_before.is_match(lead) {
                Some(DayEdge::Early)
            } else {
                None
            };
        }
    }
}

/// Zones from UTC−8 (the US west coast) to UTC+10 (Australia's east):
/// where news readers and writers mostly are. A moment outside them is
/// rare enough in a story to be left out of its possible days.
const WEST: f64 = -8.0 * 60.0;
const EAST: f64 = 10.0 * 60.0;

impl Patterns {
    /// Whether the day is stated with a clock time in a known zone
    /// ("4:30 a.m. ET on Thursday") that falls on that same day in every
    /// zone from [`WEST`] to [`EAST`]: then no reader's day differs.
    fn pinned(&self, lead: &str) -> bool {
        let Some(c) = self.clock_before.captures(lead) else {
            return false;
        };
        let zone = c.name("zone").map_or("", |z| z.as_str());
        match (
            clock_minutes(&c),
            crate::engine::extract::zones::offsets(zone),
        ) {
            (Some(local), Some(offsets)) if !offsets.is_empty() => offsets
                .iter()
                .all(|o| local - o + WEST >= 0.0 && local - o + EAST < 24.0 * 60.0),
            _ => false,
        }
    }
}

/// Minutes after midnight of a clock time read by `clock_before`: "0830",
/// "4:30 a.m.", "9pm".
fn clock_minutes(c: &regex::Captures) -> Option<f64> {
    let num = |s: &str| s.parse::<f64>().ok();
    let (h, m) = match c.name("hhmm") {
        Some(x) => {
            let (h, m) = x.as_str().split_at(2);
            (num(h)?, num(m)?)
        }
        None => (
            num(c.name("h")?.as_str())?,
            c.name("m").map_or(Some(0.0), |m| num(m.as_str()))?,
        ),
    };
    let h = match c.name("ap").map(|ap| ap.as_str().to_ascii_lowercase()) {
        Some(_) if h > 12.0 => return None,
        Some(ap) if ap.starts_with('p') && h < 12.0 => h + 12.0,
        Some(ap) if ap.starts_with('a') && h == 12.0 => 0.0,
        _ => h,
    };
    (h < 24.0).then_some(h * 60.0 + m)
}

/// A single day, resolved or named: the only dates a zone can move.
fn one_day(v: &DateValue) -> bool {
    v.granularity == Granularity::Day
        && match (v.start, v.end) {
            (Some(s), Some(e)) => s == e,
            _ => v.weekday.is_some() || v.day.is_some(),
        }
}

#[cfg(test)]
mod tests {
    use crate::engine::extract::date::{dates_compatible, extract};
    use crate::engine::model::{DateValue, DayEdge, DocInfo, Value};

    fn edges(text: &str) -> Vec<(String, Option<DayEdge>)> {
        extract(text, &DocInfo::default())
            .into_iter()
            .filter_map(|e| match e.value {
                Value::Date(v) => Some((text[e.span].to_string(), v.edge)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_day_with_a_midday_clock_time_in_a_known_zone_is_that_day_everywhere() {
        for text in [
            "It will hold a call at 4:30 a.m. ET on Thursday, it said.",
            "It will hold a call at 0830 GMT on Thursday, it said.",
            "It will hold a call at 10am BST on Thursday, it said.",
        ] {
            let found = edges(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, None, "{text}");
        }
        // Late in its zone's day, it is the next day further east.
        for text in [
            "It will hold a call at 9 p.m. ET on Thursday, it said.",
            "It will hold a call at 2200 GMT on Thursday, it said.",
        ] {
            assert_eq!(edges(text)[0].1, Some(DayEdge::Zoned), "{text}");
        }
    }

    #[test]
    fn a_day_stated_in_a_named_zone_is_zoned() {
        for text in [
            "The agency said so Saturday (local time), officials added.",
            "The agency said so Saturday morning local time.",
            "He wrote at 7 p.m. Friday EDT that it was good news.",
            "It happened at 7 p.m. EDT on Friday in the capital.",
            "The blast came on Sunday, Seoul time, and shook the city.",
        ] {
            let found = edges(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, Some(DayEdge::Zoned), "{text}");
        }
    }

    #[test]
    fn the_end_and_the_start_of_a_day_are_marked() {
        for (text, edge) in [
            (
                "Reports emerged Friday evening in Washington.",
                DayEdge::Late,
            ),
            (
                "The vote came late Friday after a long debate.",
                DayEdge::Late,
            ),
            ("The agency announced it early Saturday.", DayEdge::Early),
            ("Crowds gathered on Saturday morning.", DayEdge::Early),
            (
                "Shelling began in the early hours of Sunday.",
                DayEdge::Early,
            ),
        ] {
            let found = edges(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, Some(edge), "{text}");
        }
    }

    fn day(text: &str, published: Option<jiff::civil::Date>) -> DateValue {
        let (_, v) = super::super::tests::one(text, published);
        v
    }

    #[test]
    fn late_one_day_meets_early_the_next() {
        let late = day("Reports came Friday evening.", None);
        let early = day("It was announced early Saturday.", None);
        assert!(dates_compatible(&late, &early));
        assert!(dates_compatible(&early, &late));
        // The other way round is two days apart, not one moment.
        let early_friday = day("It was announced early Friday.", None);
        let late_saturday = day("Reports came Saturday evening.", None);
        assert!(!dates_compatible(&early_friday, &late_saturday));
        // A day without an edge stays its own day.
        let friday = day("Reports came on Friday.", None);
        let saturday = day("It was announced on Saturday.", None);
        assert!(!dates_compatible(&friday, &saturday));
        assert!(!dates_compatible(&late, &saturday));
    }

    #[test]
    fn a_zoned_day_meets_either_neighbour_and_no_further() {
        let zoned = day("It was announced Saturday (local time).", None);
        for (text, meets) in [
            ("Reports came on Friday.", true),
            ("Reports came on Sunday.", true),
            ("Reports came on Thursday.", false),
        ] {
            assert_eq!(dates_compatible(&zoned, &day(text, None)), meets, "{text}");
        }
    }

    #[test]
    fn resolved_days_meet_across_zones_too() {
        // Published Saturday 2026-03-07: "Friday evening" is the 6th.
        let published = jiff::civil::Date::new(2026, 3, 7).ok();
        let late = day("Reports came Friday evening.", published);
        let early = day("It was announced early Saturday.", published);
        let plain = day("It was announced on Saturday.", published);
        assert!(late.start.is_some() && early.start.is_some());
        assert!(dates_compatible(&late, &early));
        assert!(!dates_compatible(&late, &plain));
    }

    #[test]
    fn a_plain_day_a_month_or_an_afternoon_has_no_edge() {
        for text in [
            "The court ruled on Friday.",
            "The court ruled Friday afternoon.",
            "The court will rule in March, officials said.",
            "The court ruled in Time magazine's view on Friday.",
        ] {
            let found = edges(text);
            // The day or month is found, and it carries no edge.
            assert!(!found.is_empty(), "{text}");
            for (span, edge) in found {
                assert_eq!(edge, None, "{text}: {span}");
            }
        }
    }
}
