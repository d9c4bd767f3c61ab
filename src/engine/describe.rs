//! Values written for people: "15 min", "1 h", "30 days", "2026-01-07",
//! "$2 billion", "≥ 50 people", "3,862 km". Used by the table, the JSON
//! `display` field and the UI.
//!
//! Numbers keep the scale words newspapers use ("21.5 million"), never a
//! bare "m" that reads as metres; measures are shown in the metric unit
//! that fits their size, and [`value_as_written`] keeps the unit the
//! article used (miles stay miles, with km beside them).

use super::link::currency::Converted;
use super::model::{Interval, Value};

/// A compact rendering of a normalised value.
pub fn value(v: &Value) -> String {
    match v {
        Value::Duration {
            seconds, approx, ..
        } => {
            let s = bounds(seconds, &duration_unit(seconds), &|x, u| {
                format!("{} {}", number(x / u.0), u.1)
            });
            if *approx && !s.starts_with('~') {
                format!("~{s}")
            } else {
                s
            }
        }
        Value::Date(d) => crate::engine::extract::date::describe(d),
        Value::Time { minutes, zone } => {
            let clock = |m: f64| {
                let m = (m.round() as i64).rem_euclid(24 * 60);
                format!("{:02}:{:02}", m / 60, m % 60)
            };
            let t = match (minutes.lo, minutes.hi) {
                // "shortly before 3 a.m." is a stretch, shown as one.
                (lo, hi) if lo.is_finite() && hi.is_finite() && lo < hi => {
                    format!("{}–{}", clock(lo), clock(hi))
                }
                _ if minutes.point().is_finite() => clock(minutes.point()),
                _ => "?".into(),
            };
            match zone {
                Some(z) => format!("{t} {z}"),
                None => t,
            }
        }
        Value::Quantity { amount, unit } => {
            let shown = metric_unit(unit, magnitude(amount));
            bounds(amount, &shown, &|x, u| {
                format!("{} {}", number(x / u.0), u.1)
            })
        }
        Value::Money { amount, currency } => bounds(amount, &(1.0, ()), &|x, _| money(x, currency)),
        Value::Count { amount, noun } => {
            let n = bounds(amount, &(1.0, ()), &|x, _| number(x));
            match noun {
                Some(noun) => format!("{n} {noun}"),
                None => n,
            }
        }
        Value::Percent { amount } => bounds(amount, &(1.0, ()), &|x, _| format!("{}%", number(x))),
        Value::Quote { normalized, .. } => {
            let words: Vec<&str> = normalized.split_whitespace().collect();
            if words.len() > 8 {
                format!("“{} …”", words[..8].join(" "))
            } else {
                format!("“{}”", words.join(" "))
            }
        }
        Value::Entity { canonical } => canonical.clone(),
    }
}

/// A sum converted to its fact's first currency, with the rates used:
/// "≈ $3.32 million (2019 ECB yearly average)".
pub fn conversion(c: &Converted) -> String {
    format!("≈ {} ({})", value(&c.value()), c.note())
}

/// Non-metric units an article may use, with how many base units one is
/// and the short name shown: what a reader of that article would read.
const WRITTEN_UNITS: [(&str, &str, f64, &str); 9] = [
    ("nautical mile", "m", 1852.0, "nmi"),
    ("mile", "m", 1609.344, "mi"),
    ("feet", "m", 0.3048, "ft"),
    ("foot", "m", 0.3048, "ft"),
    ("inch", "m", 0.0254, "in"),
    ("pound", "kg", 0.453_592_37, "lb"),
    ("ounce", "kg", 0.028_349_523_125, "oz"),
    ("gallon", "l", 3.785_411_784, "gal"),
    ("barrel", "l", 158.987_294_928, "bbl"),
];

/// The value in the unit the article wrote it in, with the metric form
/// beside it when that differs: "2,400 mi (3,862 km)". Durations keep the
/// written unit ("30 days", not "4.29 wk"). Other values read as
/// [`value`] does.
pub fn value_as_written(v: &Value, written: &str) -> String {
    let lower = written.to_lowercase();
    match v {
        Value::Quantity { amount, unit } => {
            let metric = value(v);
            let Some(&(_, _, size, short)) = WRITTEN_UNITS
                .iter()
                .find(|(word, base, ..)| *base == unit && lower.contains(word))
            else {
                return metric;
            };
            let own = bounds(amount, &(size, short), &|x, u| {
                format!("{} {}", number(x / u.0), u.1)
            });
            format!("{own} ({metric})")
        }
        Value::Duration {
            seconds, approx, ..
        } => {
            let Some(size) = DURATION_UNITS
                .iter()
                .find(|(_, _, words)| words.iter().any(|w| lower.contains(w)))
                .map(|&(size, name, _)| (size, name))
            else {
                return value(v);
            };
            // "a quarter of an hour" is 15 min, not 0.25 h.
            if magnitude(seconds) < size.0 {
                return value(v);
            }
            let s = bounds(seconds, &size, &|x, u| {
                format!("{} {}", number(x / u.0), u.1)
            });
            if *approx && !s.starts_with('~') {
                format!("~{s}")
            } else {
                s
            }
        }
        _ => value(v),
    }
}

/// Duration units, largest first: seconds in one, the name shown, and
/// words that name it in text. Years and months as the extractor counts
/// them (365.25 days, a twelfth of that).
const DURATION_UNITS: [(f64, &str, &[&str]); 7] = [
    (31_557_600.0, "years", &["year", "yr"]),
    (2_629_800.0, "months", &["month"]),
    (604_800.0, "weeks", &["week"]),
    (86_400.0, "days", &["day", "night"]),
    (3_600.0, "h", &["hour", "hr"]),
    (60.0, "min", &["minute", "min"]),
    (1.0, "s", &["second", "sec"]),
];

/// The size of an interval's value, for choosing a unit.
fn magnitude(i: &Interval) -> f64 {
    let p = i.point();
    if p.is_finite() {
        p.abs()
    } else if i.lo.is_finite() {
        i.lo.abs()
    } else {
        i.hi.abs()
    }
}

/// The largest duration unit the value is a whole number of (so 30 days
/// stay days and 2 weeks stay weeks), or else the largest it is at least
/// two of, so 90 minutes read "1.5 h" only when nothing rounder fits.
fn duration_unit(i: &Interval) -> (f64, &'static str) {
    let s = magnitude(i);
    let whole = |size: f64| {
        let n = s / size;
        (1.0..1000.0).contains(&n) && (n - n.round()).abs() <= 0.02
    };
    let unit = DURATION_UNITS
        .iter()
        .find(|(size, ..)| whole(*size))
        .or_else(|| DURATION_UNITS.iter().find(|(size, ..)| s >= *size * 2.0))
        .or_else(|| DURATION_UNITS.iter().find(|(size, ..)| s >= *size))
        .unwrap_or(&DURATION_UNITS[6]);
    let name = match unit.1 {
        // "1 years" reads wrong; the short forms need no plural.
        "years" if (s / unit.0).round() == 1.0 => "year",
        "months" if (s / unit.0).round() == 1.0 => "month",
        "weeks" if (s / unit.0).round() == 1.0 => "week",
        "days" if (s / unit.0).round() == 1.0 => "day",
        n => n,
    };
    (unit.0, name)
}

/// The metric unit a measure of `size` base units reads best in: km for
/// distances of a kilometre or more, tonnes for a tonne or more.
fn metric_unit(base: &str, size: f64) -> (f64, String) {
    let (factor, name) = match base {
        "m" if size >= 1000.0 => (1000.0, "km"),
        "m" if size > 0.0 && size < 0.01 => (0.001, "mm"),
        "m" if size > 0.0 && size < 1.0 => (0.01, "cm"),
        "kg" if size >= 1000.0 => (1000.0, "t"),
        "kg" if size > 0.0 && size < 1.0 => (0.001, "g"),
        "l" if size > 0.0 && size < 1.0 => (0.001, "ml"),
        "m2" if size >= 1e6 => (1e6, "km²"),
        "m2" => (1.0, "m²"),
        "C" => (1.0, "°C"),
        // Pressure in bar, as pipelines and tyres are rated.
        "Pa" => (1e5, "bar"),
        // A pollutant in air reads per cubic metre, a substance in blood
        // per millilitre, one in water per litre.
        "g/l" if size > 0.0 && size < 1e-6 => (1e-9, "µg/m³"),
        "g/l" if size > 0.0 && size < 1e-3 => (1e-6, "ng/ml"),
        "g/l" if size > 0.0 && size < 1.0 => (1e-3, "mg/l"),
        "ppm" if size > 0.0 && size < 1.0 => (1e-3, "ppb"),
        // Power and energy, and data, in their decimal prefixes.
        "W" | "Wh" | "B" => {
            let prefixes = [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")];
            return match prefixes.iter().find(|(f, _)| size >= *f) {
                Some((f, p)) => (*f, format!("{p}{base}")),
                None => (1.0, base.to_string()),
            };
        }
        other => (1.0, other),
    };
    (factor, name.to_string())
}

/// "$2 billion", "€3 million", "£40", "5,000 ZAR".
fn money(x: f64, currency: &str) -> String {
    let symbol = match currency {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        _ => return format!("{} {currency}", number(x)),
    };
    let n = number(x);
    match n.strip_prefix('-') {
        Some(n) => format!("-{symbol}{n}"),
        None => format!("{symbol}{n}"),
    }
}

/// An interval as a person would say it: "15 min", "≥ 50", "> 200",
/// "24–99", "~1,000". `unit` is handed to `show` with each number; its
/// first field is the size of the unit shown, in the interval's units.
fn bounds<U>(i: &Interval, unit: &U, show: &dyn Fn(f64, &U) -> String) -> String
where
    U: UnitSize,
{
    let size = unit.size();
    let show = |x: f64| show(x, unit);
    match (i.lo.is_finite(), i.hi.is_finite()) {
        (true, true) if i.is_exact() => show(i.lo),
        // "nearly 5,000" and "just over 5,000" stop at the number written,
        // rounder than the middle of what they allow; a rounded "2,000"
        // sits in the middle of its.
        (true, true)
            if i.lo_open != i.hi_open
                && digits(if i.lo_open { i.lo } else { i.hi }, size) < digits(i.point(), size) =>
        {
            if i.lo_open {
                format!("> {}", show(i.lo))
            } else {
                format!("< {}", show(i.hi))
            }
        }
        (true, true) => {
            let mid = i.point();
            let spread = (i.hi - i.lo) / mid.abs().max(1e-9);
            // The last digit and "about" widen a value a little; show it
            // as one number, with ~ only for a real "about".
            if spread <= 0.35 {
                let shown = show(written_number(i, size));
                if spread <= 0.15 {
                    shown
                } else {
                    format!("~{shown}")
                }
            } else {
                format!("{}–{}", show(i.lo), show(i.hi))
            }
        }
        (true, false) if i.lo_open => format!("> {}", show(i.lo)),
        (true, false) => format!("≥ {}", show(i.lo)),
        (false, true) if i.hi_open => format!("< {}", show(i.hi)),
        (false, true) => format!("≤ {}", show(i.hi)),
        (false, false) => "?".into(),
    }
}

/// What a unit passed to [`bounds`] measures in the interval's units.
trait UnitSize {
    fn size(&self) -> f64;
}

impl<T> UnitSize for (f64, T) {
    fn size(&self) -> f64 {
        self.0
    }
}

/// The number the article most likely wrote, given the interval its value
/// stands for: the middle when that is a round number (rounding widens
/// both ways), else a round bound ("nearly 25" is 22.5–25), else the
/// middle. Roundness is judged in the unit shown (`size`).
fn written_number(i: &Interval, size: f64) -> f64 {
    let round = |x: f64, n| digits(x, size) <= n;
    let mid = i.point();
    if round(mid, 3) {
        mid
    } else if round(i.hi, 2) {
        i.hi
    } else if round(i.lo, 2) {
        i.lo
    } else {
        mid
    }
}

/// How many significant digits `x`, in units of `size`, is written with.
fn digits(x: f64, size: f64) -> i32 {
    let y = x / size;
    (1..=7)
        .find(|&d| (significant(y, d) - y).abs() <= y.abs() * 1e-9)
        .unwrap_or(8)
}

/// `x` rounded to `digits` significant digits.
fn significant(x: f64, digits: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(digits - 1 - x.abs().log10().floor() as i32);
    (x * scale).round() / scale
}

/// 1234567 → "1,234,567"; 2.5e9 → "2.5 billion"; 3e6 → "3 million";
/// 6.1 → "6.1". Scale words are spelt out: "3m" would read as metres.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    let a = x.abs();
    if a >= 1e9 {
        return format!("{} billion", trim(x / 1e9));
    }
    if a >= 1e6 {
        return format!("{} million", trim(x / 1e6));
    }
    if a >= 100.0 || (x - x.round()).abs() < 1e-9 {
        let digits = format!("{}", x.round() as i64);
        let (sign, digits) = digits.split_at(usize::from(digits.starts_with('-')));
        let mut out = String::new();
        for (k, c) in digits.chars().enumerate() {
            if k > 0 && (digits.len() - k) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        return format!("{sign}{out}");
    }
    trim(x)
}

fn trim(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests;
