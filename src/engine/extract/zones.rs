//! Time zones written after a clock time or a day ("7:37 a.m. local time",
//! "1200 GMT", "8 a.m. Eastern", "14:00 Frankfurt time"), their offsets
//! from UTC (`assets/extract/time_zones.txt`), and whether two clock
//! times stated in two zones can be one moment.

use crate::engine::model::Interval;

const TABLE: &str = include_str!("../../../assets/extract/time_zones.txt");

/// The table's entries: abbreviation and every offset it may mean, in hours.
fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once(' '))
}

/// A zone as written after a time or a day: an abbreviation the table
/// lists, with an optional offset ("GMT+9"); "local time"; a US zone by
/// name ("Eastern", "Pacific Daylight Time"); or a place's own time
/// ("Frankfurt time").
pub(crate) fn pattern() -> String {
    format!(
        r"(?:{}(?:\s?[+\-−]\s?[0-9]{{1,2}}(?::?[0-9]{{2}})?)?(?:\s+time)?|(?i:local\s+time)|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+(?i:time))?|(?:[A-Z][a-z]+|[A-Z]{{2,3}})\s+time)",
        abbreviations()
    )
}

/// The table's abbreviations as one alternation ("(?:UTC|GMT|…)").
pub(crate) fn abbreviations() -> String {
    let mut all: Vec<&str> = entries().map(|(a, _)| a).collect();
    // Longest first, so "CEST" is not read as a shorter abbreviation.
    all.sort_by_key(|a| std::cmp::Reverse(a.len()));
    format!("(?:{})", all.join("|"))
}

/// Every offset from UTC, in minutes, that a normalised zone ("GMT",
/// "ET", "UTC+9", "GMT-3:30") may mean; `None` for a zone the table does
/// not know ("frankfurt time", "local").
pub fn offsets(zone: &str) -> Option<Vec<f64>> {
    let sign_at = zone.find(['+', '-']);
    let (name, explicit) = match sign_at {
        Some(i) => (&zone[..i], Some(&zone[i..])),
        None => (zone, None),
    };
    let base: Vec<f64> = entries()
        .find(|(a, _)| *a == name)?
        .1
        .split(',')
        .filter_map(|h| h.trim().parse::<f64>().ok())
        .map(|h| h * 60.0)
        .collect();
    match explicit {
        None => Some(base),
        Some(off) => {
            let negative = off.starts_with('-');
            let digits = &off[1..];
            let (h, m) = match digits.split_once(':') {
                Some((h, m)) => (h.parse::<f64>().ok()?, m.parse::<f64>().ok()?),
                None if digits.len() > 2 => {
                    let (h, m) = digits.split_at(digits.len() - 2);
                    (h.parse::<f64>().ok()?, m.parse::<f64>().ok()?)
                }
                None => (digits.parse::<f64>().ok()?, 0.0),
            };
            let shift = if negative {
                -(h * 60.0 + m)
            } else {
                h * 60.0 + m
            };
            Some(base.into_iter().map(|b| b + shift).collect())
        }
    }
}

const DAY: f64 = 24.0 * 60.0;

/// Whether two clock readings (minutes after midnight) in their zones can
/// be one moment. Readings in one zone, or both in the story's own (no
/// zone, or "local time"), compare as they are; readings in two known
/// zones compare in UTC, across midnight ("8:40 p.m. Eastern" is "0040
/// GMT"). A zone the table does not know compares with itself only, and a
/// zoned reading against the story's own time says nothing unless it reads
/// the same: the story's zone is not known.
pub fn times_compatible(
    x: &Interval,
    x_zone: Option<&str>,
    y: &Interval,
    y_zone: Option<&str>,
) -> Option<bool> {
    let own = |z: Option<&str>| z.is_none_or(|z| z == "local");
    // On a clock face: "shortly before midnight" (23:30 to 24:00, held as
    // -30 to 0) is "23:40"; the day is compared apart (`time_day`).
    let on_clock = |x: &Interval, y: &Interval| {
        [-DAY, 0.0, DAY].iter().any(|&k| {
            x.overlaps(&Interval {
                lo: y.lo + k,
                hi: y.hi + k,
                ..*y
            })
        })
    };
    match (x_zone, y_zone) {
        _ if own(x_zone) && own(y_zone) => Some(on_clock(x, y)),
        (Some(a), Some(b)) if a.eq_ignore_ascii_case(b) => Some(on_clock(x, y)),
        (Some(a), Some(b)) => {
            let (p, q) = (offsets(a)?, offsets(b)?);
            let utc = |v: &Interval, off: f64| Interval {
                lo: v.lo - off,
                hi: v.hi - off,
                ..*v
            };
            let meet = p.iter().any(|&oa| {
                q.iter().any(|&ob| {
                    let (u, w) = (utc(x, oa), utc(y, ob));
                    [-DAY, 0.0, DAY].iter().any(|&k| u.overlaps(&utc(&w, k)))
                })
            });
            Some(meet)
        }
        _ => on_clock(x, y).then_some(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(h: u32, m: u32) -> Interval {
        Interval::exact(f64::from(h * 60 + m))
    }

    #[test]
    fn a_time_just_before_midnight_is_on_the_clock_face() {
        let shortly_before = Interval::closed(-30.0, 0.0);
        assert_eq!(
            times_compatible(&shortly_before, None, &at(23, 40), None),
            Some(true)
        );
        assert_eq!(
            times_compatible(&shortly_before, None, &at(0, 40), None),
            Some(false)
        );
    }

    #[test]
    fn times_in_two_known_zones_compare_in_utc() {
        assert_eq!(
            times_compatible(&at(12, 0), Some("GMT"), &at(8, 0), Some("ET")),
            Some(true)
        );
        assert_eq!(
            times_compatible(&at(12, 0), Some("GMT"), &at(9, 0), Some("ET")),
            Some(false)
        );
        // Across midnight: 8:40 p.m. Eastern (summer) is 0040 GMT.
        assert_eq!(
            times_compatible(&at(20, 40), Some("ET"), &at(0, 40), Some("GMT")),
            Some(true)
        );
        assert_eq!(
            times_compatible(&at(9, 0), Some("UTC+9"), &at(0, 0), Some("UTC")),
            Some(true)
        );
    }

    #[test]
    fn an_unknown_zone_compares_only_with_itself() {
        let frankfurt = Some("frankfurttime");
        assert_eq!(
            times_compatible(&at(14, 0), frankfurt, &at(12, 0), Some("GMT")),
            None
        );
        assert_eq!(
            times_compatible(&at(14, 0), frankfurt, &at(15, 0), frankfurt),
            Some(false)
        );
    }

    #[test]
    fn a_zoned_time_against_the_story_s_own_is_no_clash() {
        assert_eq!(
            times_compatible(&at(12, 0), Some("GMT"), &at(8, 0), None),
            None
        );
        assert_eq!(
            times_compatible(&at(8, 0), Some("GMT"), &at(8, 0), None),
            Some(true)
        );
        // "local time" is the story's own.
        assert_eq!(
            times_compatible(&at(7, 37), Some("local"), &at(7, 40), None),
            Some(false)
        );
    }

    #[test]
    fn every_table_line_reads() {
        for (abbreviation, _) in entries() {
            let offsets = offsets(abbreviation).unwrap_or_default();
            assert!(!offsets.is_empty(), "{abbreviation}");
        }
        assert_eq!(offsets("ET"), Some(vec![-300.0, -240.0]));
        assert_eq!(offsets("GMT-3:30"), Some(vec![-210.0]));
        assert_eq!(offsets("frankfurttime"), None);
    }
}
