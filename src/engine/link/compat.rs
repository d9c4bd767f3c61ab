//! Whether two stated values can both be true of one fact.

use super::currency;
use super::features::interval_of;
use crate::engine::extract::quantity::units::BARE_DEGREES;
use crate::engine::model::{DateValue, Interval, Value};

/// `Some(true)` when the values agree (equal after normalisation, inside
/// each other's interval, equal after rounding or unit conversion),
/// `Some(false)` when they conflict, `None` when they cannot be compared
/// (different currencies, different units of measure, unresolved zones);
/// see [`compatible_converted`] for sums in two currencies.
pub fn compatible(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if let (Some(x), Some(y)) = (interval_of(a), interval_of(b))
        && (far_past(&x, &y) || far_past(&y, &x))
    {
        return None;
    }
    if let (Some(x), Some(y)) = (interval_of(a), interval_of(b))
        && (meet_at_a_bound(&x, &y) || meet_at_a_bound(&y, &x))
    {
        return None;
    }
    match (a, b) {
        (
            Duration {
                seconds: x,
                grain: gx,
                ..
            },
            Duration {
                seconds: y,
                grain: gy,
                ..
            },
        ) => {
            if agree(x, y) || calendar_close(x, y) {
                Some(true)
            } else if agree(&as_rounded(x, *gx), &as_rounded(y, *gy))
                || agree(&hedged_unit(x, *gx), &hedged_unit(y, *gy))
            {
                None
            } else {
                Some(false)
            }
        }
        (Quantity { amount: x, unit: u }, Quantity { amount: y, unit: v }) => {
            // "14 degrees" and "57 degrees" may be one temperature on two
            // scales: bare degrees agree when equal and are never disputed.
            if u == BARE_DEGREES || v == BARE_DEGREES {
                return bare_degrees_fit(x, u, y, v).then_some(true);
            }
            (u == v).then(|| agree(x, y) || ceiling_rounded(x, y) || ceiling_rounded(y, x))
        }
        (
            Money {
                amount: x,
                currency: c,
            },
            Money {
                amount: y,
                currency: d,
            },
        ) => (c == d).then(|| agree(x, y)),
        (Count { amount: x, .. }, Count { amount: y, .. }) => Some(agree(x, y)),
        (Percent { amount: x }, Percent { amount: y }) => Some(agree(x, y)),
        (
            Time {
                minutes: x,
                zone: z,
            },
            Time {
                minutes: y,
                zone: w,
            },
        ) => crate::engine::extract::zones::times_compatible(x, z.as_deref(), y, w.as_deref()),
        (Date(x), Date(y)) => match dates_compatible(x, y) {
            false if crate::engine::extract::date::apart_by_a_guess(x, y) => None,
            ok => Some(ok),
        },
        (Quote { normalized: x, .. }, Quote { normalized: y, .. }) => {
            Some(quote_contained(x, y) || quote_overlaps(x, y))
        }
        (Entity { .. }, Entity { .. }) => Some(true),
        _ => None,
    }
}

/// How far past "more than X" a figure may lie and still be the one it
/// rounds down: "more than 100 firefighters" for 126, not for 200, which
/// an outlet would have called "nearly 200".
const FLOOR_REACH: f64 = 1.5;

/// Whether `y` is a figure so far past the floor `x` states ("more than
/// 70 officers" against "120 officers") that the floor is true of it
/// without being told of it: no agreement, and no dispute either. "At
/// least" is no such rounding: a toll "at least 11" may be 21 by nightfall.
fn far_past(x: &Interval, y: &Interval) -> bool {
    x.lo_open
        && x.hi == f64::INFINITY
        && x.lo > 0.0
        && y.hi.is_finite()
        && y.lo > x.lo * FLOOR_REACH
}

/// Whether the ceiling `x` ends where the floor `y` begins, one of them
/// leaving the figure out: "as many as 9,000 people" and "more than 9,000
/// people" are two wordings of one source's 9,000, neither agreeing nor a
/// dispute. Rounded figures ("31.5 million", "31.6 million") touch too,
/// and differ.
fn meet_at_a_bound(x: &Interval, y: &Interval) -> bool {
    x.lo == f64::NEG_INFINITY
        && y.hi == f64::INFINITY
        && x.hi.is_finite()
        && x.hi == y.lo
        && (x.hi_open || y.lo_open)
}

/// Whether a temperature in bare degrees may be the other one: equal to
/// it, or, against a Celsius figure (Fahrenheit is kept in Celsius), equal
/// to it read on either scale ("140 degrees" beside "140C", "284 degrees"
/// beside "284F"). Never a dispute: which scale the outlet meant is unsaid.
fn bare_degrees_fit(x: &Interval, u: &str, y: &Interval, v: &str) -> bool {
    match (u == BARE_DEGREES, v == BARE_DEGREES) {
        (true, true) => agree(x, y),
        (true, false) => v == "C" && (agree(x, y) || agree(x, &fahrenheit(y))),
        (false, true) => bare_degrees_fit(y, v, x, u),
        (false, false) => false,
    }
}

fn fahrenheit(c: &Interval) -> Interval {
    Interval {
        lo: c.lo * 1.8 + 32.0,
        hi: c.hi * 1.8 + 32.0,
        ..*c
    }
}

/// Two amounts agree when one may be the other. Two that each state only
/// a ceiling ("up to 600 passengers", "waves of up to six metres") are
/// two claims about one maximum: they agree when the ceilings do, within
/// the rounding of a converted figure. Floors are not read that way: "at
/// least 16 dead" and "at least 19 dead" are counts rising as bodies are
/// found, not a dispute.
fn agree(x: &Interval, y: &Interval) -> bool {
    let ceiling = |i: &Interval| i.lo == f64::NEG_INFINITY && i.hi.is_finite();
    if ceiling(x) && ceiling(y) {
        let gap = (x.hi - y.hi).abs();
        return gap <= CEILING_ROUNDING * x.hi.abs().max(y.hi.abs());
    }
    x.overlaps(y)
}

/// Whether a measure's ceiling ("gusts of up to 73mph") holds a figure
/// once the ceiling is read as rounded as any measure is: 118 km/h is
/// 73.3 mph, within "up to 73mph", not past it; 95 km/h is past "up to
/// 90 km/h".
fn ceiling_rounded(ceiling: &Interval, y: &Interval) -> bool {
    ceiling.lo == f64::NEG_INFINITY
        && ceiling.hi.is_finite()
        && y.lo.is_finite()
        && y.lo <= ceiling.hi + CEILING_HALF_STEP * ceiling.hi.abs()
}

/// The rounding a ceiling in whole units of two figures may hide: half
/// its last unit is at most a hundredth of it at 50, and conversions add
/// a little.
const CEILING_HALF_STEP: f64 = 0.02;

/// Two stretches of a month or more that differ by no more than months
/// differ in length: "six months" and "26 weeks", "two and a half months"
/// and "77 days", "a year" and "365 days" are each one length, whatever
/// average month or year turned the first into days.
fn calendar_close(x: &Interval, y: &Interval) -> bool {
    let (a, b) = (x.point(), y.point());
    x.is_bounded()
        && y.is_bounded()
        && a.min(b) >= CALENDAR_MIN_SECONDS
        && (a - b).abs() <= CALENDAR_SLACK * a.max(b)
}

/// The share of a length its rounding may hide at most, as for a round
/// count ("2,000 firefighters" is 1,800 to 2,200).
const ROUNDING_SHARE: f64 = 0.1;

/// What a length stated exactly may have been before it was rounded:
/// half the `grain` of the unit it was told in, and no more than a tenth
/// of it. A "four-hour debate" may have run three hours and 50
/// minutes, and "36 hours" of talks more than 36 hours; "14 minutes" is
/// not 11, nor an "hour-long" call a 45-minute one. Two lengths that meet
/// only so are not disputed, and not evidence of one fact either.
fn as_rounded(i: &Interval, grain: f64) -> Interval {
    if !i.is_exact() {
        return *i;
    }
    let seconds = i.lo;
    let half = (grain / 2.0).min(seconds * ROUNDING_SHARE);
    Interval {
        lo: seconds - half,
        hi: seconds + half,
        lo_open: false,
        hi_open: half > 0.0,
    }
}

/// A hedged length of one whole unit ("almost an hour", "just over a
/// week") is told in that unit, so it strays further than a hedge on a
/// precise figure: a 50-minute chase is "almost an hour", a 70-minute
/// evacuation "just over an hour". Not agreement, and no dispute either.
fn hedged_unit(i: &Interval, grain: f64) -> Interval {
    let one_unit = grain > 0.0 && i.lo >= grain * 0.8 && i.hi <= grain * 1.2;
    if i.is_exact() || !one_unit {
        return *i;
    }
    Interval {
        lo: if i.lo < grain {
            grain * (1.0 - HEDGED_UNIT)
        } else {
            i.lo
        },
        hi: if i.hi > grain {
            grain * (1.0 + HEDGED_UNIT)
        } else {
            i.hi
        },
        ..*i
    }
}

/// How far a hedge on one whole unit may stray, as a share of it.
const HEDGED_UNIT: f64 = 0.25;

/// A month's length varies by a tenth (28 to 31 days); a stretch worked
/// out from an average month is a few days off at most.
const CALENDAR_SLACK: f64 = 0.02;

/// Four weeks: shorter stretches are stated in days or weeks, exactly.
const CALENDAR_MIN_SECONDS: f64 = 28.0 * 86_400.0;

/// How far apart two ceilings may be and still be one, as a share of the
/// larger: a conversion rounded to its last figure ("four metres", "13
/// feet") moves a figure by a few per cent.
const CEILING_ROUNDING: f64 = 0.05;

/// Like [`compatible`], with sums in two currencies the table knows
/// compared by their amounts in euros (`currency::in_euros`, worked out
/// once per mention): within the rate tolerance they agree, beyond it they
/// conflict.
pub fn compatible_converted(
    a: &Value,
    b: &Value,
    a_eur: Option<&Interval>,
    b_eur: Option<&Interval>,
) -> Option<bool> {
    compatible(a, b).or_else(|| match (a, b, a_eur, b_eur) {
        (Value::Money { .. }, Value::Money { .. }, Some(x), Some(y)) => Some(currency::agree(x, y)),
        _ => None,
    })
}

/// Whether one quote is the other, or a part of it at word boundaries: a
/// partial quote agrees with the full one.
pub fn quote_contained(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return false;
    }
    let padded = format!(" {long} ");
    padded.contains(&format!(" {short} "))
}

/// Words two quotes must share where one ends and the other begins to be
/// read as two stretches of one text.
const OVERLAP_WORDS: usize = 4;

/// Whether the end of one quote is the start of the other, word for word:
/// two outlets quoting overlapping stretches of one statement ("I could do
/// it slower; I didn't need to do this" / "I didn't need to do this, but
/// I'd rather do it faster") quote it alike, neither rewording it.
pub fn quote_overlaps(a: &str, b: &str) -> bool {
    let (x, y): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let most = x.len().min(y.len()).saturating_sub(1);
    (OVERLAP_WORDS..=most).any(|k| x[x.len() - k..] == y[..k] || y[y.len() - k..] == x[..k])
}

/// Whether two dates could be the same day or period.
pub fn dates_compatible(a: &DateValue, b: &DateValue) -> bool {
    crate::engine::extract::date::dates_compatible(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Interval;

    #[test]
    fn intervals_decide_numeric_agreement() {
        let at_least_50 = Value::Count {
            amount: Interval::at_least(50.0),
            noun: None,
        };
        let dozens = Value::Count {
            amount: Interval::closed(24.0, 99.0),
            noun: None,
        };
        let five = Value::Count {
            amount: Interval::exact(5.0),
            noun: None,
        };
        assert_eq!(compatible(&at_least_50, &dozens), Some(true));
        assert_eq!(compatible(&at_least_50, &five), Some(false));
    }

    #[test]
    fn bare_degrees_agree_when_equal_and_are_never_disputed() {
        let degrees = |v| Value::Quantity {
            amount: Interval::exact(v),
            unit: BARE_DEGREES.to_string(),
        };
        assert_eq!(compatible(&degrees(14.0), &degrees(14.0)), Some(true));
        // 14 degrees Celsius is 57 degrees Fahrenheit: no dispute.
        assert_eq!(compatible(&degrees(14.0), &degrees(57.0)), None);
        let celsius = Value::Quantity {
            amount: Interval::exact(14.0),
            unit: "C".to_string(),
        };
        assert_eq!(compatible(&degrees(14.0), &celsius), Some(true));
        // Read in Fahrenheit, 14C is 57.2 degrees.
        let about_57 = Value::Quantity {
            amount: Interval::closed(56.5, 57.5),
            unit: BARE_DEGREES.to_string(),
        };
        assert_eq!(compatible(&about_57, &celsius), Some(true));
        assert_eq!(compatible(&celsius, &about_57), Some(true));
        assert_eq!(compatible(&degrees(30.0), &celsius), None);
        let metres = Value::Quantity {
            amount: Interval::exact(14.0),
            unit: "m".to_string(),
        };
        assert_eq!(compatible(&degrees(14.0), &metres), None);
    }

    #[test]
    fn two_ceilings_agree_only_when_they_are_one() {
        let metres = |amount| Value::Quantity {
            amount,
            unit: "m".to_string(),
        };
        let up_to = |v| metres(Interval::at_most(v, false));
        assert_eq!(compatible(&up_to(6.0), &up_to(4.0)), Some(false));
        // "up to four metres" and "up to 13 feet" (3.96 m): one ceiling.
        assert_eq!(compatible(&up_to(4.0), &up_to(3.9624)), Some(true));
        // A ceiling and a stated figure under it may still be one.
        assert_eq!(
            compatible(&up_to(6.0), &metres(Interval::exact(4.0))),
            Some(true)
        );
        // A ceiling is as rounded as any measure: 118 km/h (32.78 m/s)
        // is within "up to 73mph" (32.63 m/s); 95 km/h is past 90.
        let speed = |v| Value::Quantity {
            amount: v,
            unit: "m/s".to_string(),
        };
        assert_eq!(
            compatible(
                &speed(Interval::at_most(32.63, false)),
                &speed(Interval::closed(32.64, 32.92))
            ),
            Some(true)
        );
        assert_eq!(
            compatible(
                &speed(Interval::at_most(25.0, false)),
                &speed(Interval::closed(26.25, 26.53))
            ),
            Some(false)
        );
        // Floors stay floors: a toll "at least 16", then "at least 19".
        let at_least = |v| Value::Count {
            amount: Interval::at_least(v),
            noun: None,
        };
        assert_eq!(compatible(&at_least(16.0), &at_least(19.0)), Some(true));
    }

    #[test]
    fn stretches_of_months_allow_for_the_length_of_a_month() {
        const DAY: f64 = 86_400.0;
        let days = |d: f64| Value::Duration {
            seconds: Interval::exact(d * DAY),
            approx: false,
            grain: 0.0,
        };
        let months = |m: f64| days(m * 30.4375);
        // "two and a half months" and "11 weeks"; "six months", "26 weeks".
        assert_eq!(compatible(&months(2.5), &days(77.0)), Some(true));
        assert_eq!(compatible(&months(6.0), &days(182.0)), Some(true));
        assert_eq!(compatible(&days(365.25), &days(365.0)), Some(true));
        // A week's difference is a different length, and short stretches
        // are stated exactly.
        assert_eq!(compatible(&months(2.5), &days(70.0)), Some(false));
        assert_eq!(compatible(&days(20.0), &days(20.3)), Some(false));
    }

    #[test]
    fn a_length_told_in_round_units_may_have_been_rounded() {
        let told = |seconds: f64, grain: f64| Value::Duration {
            seconds: Interval::exact(seconds),
            approx: false,
            grain,
        };
        let hours = |h: f64| told(h * 3_600.0, 3_600.0);
        // "a four-hour debate" and "three hours and 50 minutes": not
        // disputed, and not evidence of one debate either.
        assert_eq!(compatible(&hours(4.0), &told(13_800.0, 60.0)), None);
        // No more than a tenth: an "hour-long" call is not 45 minutes.
        assert_eq!(compatible(&hours(1.0), &told(2_700.0, 60.0)), Some(false));
        // "21 days" is told in days, though it is three weeks.
        let days = |d: f64| told(d * 86_400.0, 86_400.0);
        assert_eq!(compatible(&days(21.0), &days(23.0)), Some(false));
        // Told to the second, it is exact.
        assert_eq!(compatible(&told(61.0, 0.0), &told(60.0, 0.0)), Some(false));
    }

    #[test]
    fn a_hedge_on_one_whole_unit_is_not_disputed_by_a_figure_near_it() {
        let length = |text: &str| {
            let found = crate::engine::extract::duration::extract(
                text,
                &crate::engine::model::DocInfo::default(),
            );
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            found[0].value.clone()
        };
        let chase = length("The chase took 50 minutes.");
        assert_eq!(
            compatible(&length("It lasted almost an hour."), &chase),
            None
        );
        let evacuation = length("The evacuation took 70 minutes.");
        assert_eq!(
            compatible(&length("It took just over an hour."), &evacuation),
            None
        );
        // Beyond a quarter of the unit it is a dispute still, and a hedge
        // on a precise figure strays no further than it did.
        assert_eq!(
            compatible(
                &length("It lasted almost an hour."),
                &length("It took 40 minutes.")
            ),
            Some(false)
        );
        assert_eq!(
            compatible(
                &length("It lasted almost 58 minutes."),
                &length("It took 45 minutes.")
            ),
            Some(false)
        );
    }

    #[test]
    fn currencies_and_units_are_not_compared() {
        let usd = Value::Money {
            amount: Interval::exact(2e9),
            currency: "USD".into(),
        };
        let eur = Value::Money {
            amount: Interval::exact(2e9),
            currency: "EUR".into(),
        };
        assert_eq!(compatible(&usd, &eur), None);
        let km = Value::Quantity {
            amount: Interval::closed(9_500.0, 10_500.0),
            unit: "m".into(),
        };
        let miles = Value::Quantity {
            amount: Interval::closed(8_851.0, 10_460.0),
            unit: "m".into(),
        };
        assert_eq!(compatible(&km, &miles), Some(true));
    }

    #[test]
    fn partial_quotes_are_contained() {
        assert!(quote_contained("sounds good", "it sounds good to me"));
        assert!(!quote_contained("sound good", "it sounds good to me"));
        assert!(!quote_contained("great honor", "a great honour"));
    }

    #[test]
    fn quotes_that_overlap_end_to_start_are_one_text() {
        let a = "we could wait a year but we will not wait";
        let b = "but we will not wait for them to act";
        assert!(quote_overlaps(a, b));
        assert!(quote_overlaps(b, a));
        assert!(
            !quote_overlaps("we will wait and see", "and see what they do"),
            "two words in common"
        );
        assert!(
            !quote_overlaps("they will not wait for us", "we will not wait for them"),
            "shared words inside, not at the ends"
        );
    }
}
