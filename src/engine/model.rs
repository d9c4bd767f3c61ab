//! Values the extractors produce and the linker compares.
//!
//! Every numeric value is an interval, because news text rarely states an
//! exact number: "about 1,000", "at least 50", "dozens", or a rounded
//! "$43,000" all cover a range, and two reports agree when their ranges meet.

use std::ops::Range;

use jiff::civil::{Date, Weekday};
use serde::Serialize;

/// What a mention states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Duration,
    Date,
    Time,
    Quantity,
    Money,
    Count,
    Percent,
    /// A person's age. Its value is a [`Value::Quantity`] in unit
    /// `"years"` (see `extract::age`), so it compares like any quantity.
    Age,
    Quote,
    Person,
    Org,
    Place,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Duration => "duration",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Quantity => "quantity",
            Kind::Money => "money",
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::Age => "age",
            Kind::Quote => "quote",
            Kind::Person => "person",
            Kind::Org => "org",
            Kind::Place => "place",
        }
    }

    /// Entities name things; the other kinds state something about them.
    pub fn is_entity(self) -> bool {
        matches!(self, Kind::Person | Kind::Org | Kind::Place)
    }
}

/// A closed or open interval on the real line. `lo`/`hi` may be infinite.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
    /// True when `lo` itself is excluded ("more than 200").
    pub lo_open: bool,
    /// True when `hi` itself is excluded ("fewer than 10").
    pub hi_open: bool,
}

impl Interval {
    pub fn exact(v: f64) -> Self {
        Interval {
            lo: v,
            hi: v,
            lo_open: false,
            hi_open: false,
        }
    }

    pub fn closed(lo: f64, hi: f64) -> Self {
        Interval {
            lo: lo.min(hi),
            hi: lo.max(hi),
            lo_open: false,
            hi_open: false,
        }
    }

    /// `v` widened by a relative tolerance, e.g. 0.1 for "about".
    pub fn around(v: f64, rel: f64) -> Self {
        let d = (v * rel).abs();
        Interval::closed(v - d, v + d)
    }

    /// Whether both ends are finite: a figure, however rounded, not a
    /// bound.
    pub fn is_bounded(&self) -> bool {
        self.lo.is_finite() && self.hi.is_finite()
    }

    /// The finite end of a one-sided bound ("more than 200": 200; "under
    /// 214": 214); `None` for a figure or the whole line.
    pub fn bound_end(&self) -> Option<f64> {
        match (self.lo.is_finite(), self.hi.is_finite()) {
            (true, false) => Some(self.lo),
            (false, true) => Some(self.hi),
            _ => None,
        }
    }

    /// [v, ∞) — "at least v".
    pub fn at_least(v: f64) -> Self {
        Interval {
            lo: v,
            hi: f64::INFINITY,
            lo_open: false,
            hi_open: true,
        }
    }

    /// (v, ∞) — "more than v".
    pub fn more_than(v: f64) -> Self {
        Interval {
            lo: v,
            hi: f64::INFINITY,
            lo_open: true,
            hi_open: true,
        }
    }

    /// (-∞, v] — "at most v"; with `open`, "fewer than v".
    pub fn at_most(v: f64, open: bool) -> Self {
        Interval {
            lo: f64::NEG_INFINITY,
            hi: v,
            lo_open: true,
            hi_open: open,
        }
    }

    pub fn scale(self, k: f64) -> Self {
        let (a, b) = (self.lo * k, self.hi * k);
        if k >= 0.0 {
            Interval {
                lo: a,
                hi: b,
                ..self
            }
        } else {
            Interval {
                lo: b,
                hi: a,
                lo_open: self.hi_open,
                hi_open: self.lo_open,
            }
        }
    }

    /// Whether the two intervals share at least one point.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let lo_ok = if self.lo_open || other.hi_open {
            self.lo < other.hi
        } else {
            self.lo <= other.hi
        };
        let hi_ok = if other.lo_open || self.hi_open {
            other.lo < self.hi
        } else {
            other.lo <= self.hi
        };
        lo_ok && hi_ok
    }

    /// A representative point for display: the value itself when exact,
    /// else the finite bound.
    pub fn point(&self) -> f64 {
        match (self.lo.is_finite(), self.hi.is_finite()) {
            (true, true) => (self.lo + self.hi) / 2.0,
            (true, false) => self.lo,
            (false, true) => self.hi,
            (false, false) => f64::NAN,
        }
    }

    pub fn is_exact(&self) -> bool {
        self.lo == self.hi
    }
}

/// The interval implied by how a number was written: "43,000" stands for
/// anything that rounds to it, "43,351" only itself. `written` is the
/// number as it appears in the text.
pub fn rounding_interval(value: f64, written: &str) -> Interval {
    let digits: String = written
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    if digits.contains('.') || value == 0.0 {
        return Interval::exact(value);
    }
    let trailing_zeros = digits.chars().rev().take_while(|c| *c == '0').count();
    if trailing_zeros == 0 || trailing_zeros >= digits.len() {
        return Interval::exact(value);
    }
    // Trailing zeros round at most a tenth either way: "40" is 36–44, not
    // 35–45, and "1,000" is 900–1,100, not 500–1,500, which would agree
    // with almost any other figure of the same size.
    let half = (10f64.powi(trailing_zeros as i32) / 2.0).min(value.abs() / 10.0);
    Interval {
        lo: value - half,
        hi: value + half,
        lo_open: false,
        hi_open: true,
    }
}

/// How finely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Year,
}

/// A date as far as the text pins it down.
///
/// `start..=end` is set when the date resolves to real calendar days
/// (directly, or against the article's publication date). The partial
/// fields keep what the text said even when it cannot be resolved:
/// "Wednesday" with no publication date is `weekday = Wed`, nothing else.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateValue {
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub granularity: Granularity,
    pub year: Option<i16>,
    pub month: Option<i8>,
    pub day: Option<i8>,
    #[serde(serialize_with = "ser_weekday")]
    pub weekday: Option<Weekday>,
    /// The holiday named ("easter", with " weekend" when the days around
    /// it are meant), kept so that two unresolved mentions of one holiday
    /// still meet as one value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holiday: Option<String>,
    /// A time named relative to publication ("last month", "next week")
    /// that no publication date resolved, kept so that two outlets' same
    /// words meet as one value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative: Option<String>,
    /// For a holiday whose day moves ("Easter") placed in no year: the
    /// first and last month it can fall in, so that it still clashes with
    /// a month it never falls in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<(i8, i8)>,
    /// For a part of a month placed in no year ("late February", "the end
    /// of June"): the first and last day of the month it can cover, so
    /// that "early February" and "the end of February" stay apart.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<(i8, i8)>,
    /// Where a day sits for readers in other time zones (see [`DayEdge`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edge: Option<DayEdge>,
    /// A weekday named alone ("on Tuesday"), with no word of the future
    /// near it, placed in the week gone because reporting is mostly past
    /// tense, or "last Tuesday" a day or two after one, placed in the week
    /// before: the same weekday a week on ("… before splashing down on
    /// Tuesday", yesterday) may be what it says.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub past_guess: bool,
}

/// What lets a day be its neighbour elsewhere in the world: one event is
/// "Friday evening" in New York and "early Saturday" in Seoul. A day late
/// in its day may be the next day's early hours in another zone; a day
/// stated in a named zone ("Saturday, local time", "Friday EDT") says the
/// outlet is converting, so either neighbour may be another outlet's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DayEdge {
    /// "early Saturday", "Saturday morning", "overnight".
    Early,
    /// "Friday evening", "Friday night", "late Friday".
    Late,
    /// "Saturday (local time)", "7 p.m. Friday EDT".
    Zoned,
}

fn ser_weekday<S: serde::Serializer>(w: &Option<Weekday>, s: S) -> Result<S::Ok, S::Error> {
    match w {
        Some(w) => s.serialize_some(&format!("{w:?}")),
        None => s.serialize_none(),
    }
}

/// The value of one mention, by kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// Seconds. `approx` for "about", "nearly", "some" and the like.
    Duration {
        seconds: Interval,
        approx: bool,
        /// Seconds in the smallest unit it was told in ("21 days": a day),
        /// 0 when told to the second or as a stretch: how far rounding may
        /// have moved it (`compat`).
        #[serde(skip)]
        grain: f64,
    },
    Date(DateValue),
    /// Minutes after midnight, with the zone as written ("UTC", "local", "ET").
    Time {
        minutes: Interval,
        zone: Option<String>,
    },
    /// In a base unit per dimension (metres, kilograms, litres, seconds,
    /// square metres, degrees Celsius) or a scale ("magnitude").
    Quantity {
        amount: Interval,
        unit: String,
    },
    /// In the currency as stated (the linker converts only to compare, see
    /// `link::currency`). `currency` is an ISO-like code
    /// ("USD", "EUR", "GBP", "ZAR") or the symbol as written when unknown.
    Money {
        amount: Interval,
        currency: String,
    },
    /// How many of `noun` (the counted thing, lowercase, as written).
    Count {
        amount: Interval,
        noun: Option<String>,
    },
    Percent {
        amount: Interval,
    },
    /// `normalized` is lowercase words without punctuation, for comparison.
    /// `after_omission`: this stretch follows an ellipsis that cut the
    /// quotation the one before it in the article belongs to ("X … Y" is
    /// X, then Y with `after_omission`).
    Quote {
        normalized: String,
        speaker: Option<String>,
        #[serde(skip)]
        after_omission: bool,
    },
    /// The fullest name the corpus gives this entity.
    Entity {
        canonical: String,
    },
}

/// One mention as an extractor finds it: a byte span of the text it was
/// given, with a value. `cue` is the word(s) the value is attached to when
/// the extractor can tell ("tons" of "1,000 tons of drugs", "extraditions").
#[derive(Debug, Clone, PartialEq)]
pub struct Extracted {
    pub span: Range<usize>,
    pub kind: Kind,
    pub value: Value,
    pub cue: Option<String>,
}

/// What an extractor may know about the article besides its text.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocInfo {
    /// The article's own publication date, against which relative dates
    /// ("yesterday", "on Wednesday") are resolved.
    pub published: Option<Date>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_bounds_do_not_touch() {
        assert!(!Interval::more_than(200.0).overlaps(&Interval::exact(200.0)));
        assert!(Interval::at_least(200.0).overlaps(&Interval::exact(200.0)));
        assert!(Interval::at_least(50.0).overlaps(&Interval::closed(24.0, 96.0)));
    }

    #[test]
    fn a_bound_has_one_finite_end_and_a_figure_two() {
        assert_eq!(Interval::more_than(200.0).bound_end(), Some(200.0));
        assert_eq!(Interval::at_most(214.0, true).bound_end(), Some(214.0));
        assert_eq!(Interval::around(7_000.0, 0.1).bound_end(), None);
        assert!(Interval::around(7_000.0, 0.1).is_bounded());
        assert!(!Interval::at_least(5.0).is_bounded());
        let line = Interval::closed(f64::NEG_INFINITY, f64::INFINITY);
        assert_eq!(line.bound_end(), None);
        assert!(!line.is_bounded());
    }

    #[test]
    fn rounded_numbers_cover_their_rounding() {
        let r = rounding_interval(43_000.0, "43,000");
        assert!(r.overlaps(&Interval::exact(43_350.0)));
        assert!(!r.overlaps(&Interval::exact(43_600.0)));
        let tens = rounding_interval(43_350.0, "43,350");
        assert!(tens.overlaps(&Interval::exact(43_352.0)));
        assert!(!tens.overlaps(&Interval::exact(43_400.0)));
        assert!(rounding_interval(43_351.0, "43,351").is_exact());
        assert!(rounding_interval(2.5, "2.5").is_exact());
        let thousand = rounding_interval(1_000.0, "1,000");
        assert!(thousand.overlaps(&Interval::exact(1_080.0)));
        assert!(!thousand.overlaps(&Interval::exact(1_400.0)));
        let forty = rounding_interval(40.0, "40");
        assert!(forty.overlaps(&Interval::exact(43.9)) && !forty.overlaps(&Interval::exact(44.5)));
    }
}
