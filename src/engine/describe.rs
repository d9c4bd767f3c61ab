//! Values written for people: "15 min", "1 h", "2026-01-07", "$2 bn",
//! "≥ 50 people". Used by the table, the JSON `display` field and the UI.

use super::model::{Interval, Value};

/// A compact rendering of a normalised value.
pub fn value(v: &Value) -> String {
    match v {
        Value::Duration { seconds, approx } => {
            let s = bounds(seconds, &duration);
            if *approx && !s.starts_with('~') {
                format!("~{s}")
            } else {
                s
            }
        }
        Value::Date(d) => crate::engine::extract::date::describe(d),
        Value::Time { minutes, zone } => {
            let m = minutes.point();
            let t = if m.is_finite() {
                let m = m.round() as i64;
                format!("{:02}:{:02}", m / 60, m % 60)
            } else {
                "?".into()
            };
            match zone {
                Some(z) => format!("{t} {z}"),
                None => t,
            }
        }
        Value::Quantity { amount, unit } => bounds(amount, &|x| format!("{} {unit}", number(x))),
        Value::Money { amount, currency } => {
            bounds(amount, &|x| format!("{} {currency}", number(x)))
        }
        Value::Count { amount, noun } => {
            let n = bounds(amount, &number);
            match noun {
                Some(noun) => format!("{n} {noun}"),
                None => n,
            }
        }
        Value::Percent { amount } => bounds(amount, &|x| format!("{}%", number(x))),
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

/// An interval as a person would say it: "15 min", "≥ 50", "> 200",
/// "24–99", "~1,000".
fn bounds(i: &Interval, show: &dyn Fn(f64) -> String) -> String {
    match (i.lo.is_finite(), i.hi.is_finite()) {
        (true, true) if i.is_exact() => show(i.lo),
        (true, true) => {
            let mid = i.point();
            let spread = (i.hi - i.lo) / mid.abs().max(1e-9);
            // Rounding and "about" widen a value a little; show it as one.
            if spread <= 0.35 {
                let shown = show(mid);
                if (i.hi - i.lo) / mid.abs().max(1e-9) <= 0.02 {
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

fn duration(s: f64) -> String {
    let units = [
        (86_400.0 * 365.0, "y"),
        (86_400.0 * 7.0, "wk"),
        (86_400.0, "d"),
        (3_600.0, "h"),
        (60.0, "min"),
        (1.0, "s"),
    ];
    for (size, name) in units {
        if s >= size {
            return format!("{} {name}", number(s / size));
        }
    }
    format!("{} s", number(s))
}

/// 1234567 → "1,234,567"; 2.5e9 → "2.5 bn"; 6.1 → "6.1".
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    let a = x.abs();
    if a >= 1e9 {
        return format!("{} bn", trim(x / 1e9));
    }
    if a >= 1e6 {
        return format!("{} m", trim(x / 1e6));
    }
    if (x - x.round()).abs() < 1e-9 {
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
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        let d = |s: f64, approx| Value::Duration {
            seconds: Interval::exact(s),
            approx,
        };
        assert_eq!(value(&d(900.0, false)), "15 min");
        assert_eq!(value(&d(3600.0, false)), "1 h");
        assert_eq!(value(&d(5400.0, true)), "~1.5 h");
    }

    #[test]
    fn intervals_show_their_qualifier() {
        let c = |i| Value::Count {
            amount: i,
            noun: Some("people".into()),
        };
        assert_eq!(value(&c(Interval::at_least(50.0))), "≥ 50 people");
        assert_eq!(value(&c(Interval::more_than(200.0))), "> 200 people");
        assert_eq!(value(&c(Interval::exact(1234.0))), "1,234 people");
        assert_eq!(number(2e9), "2 bn");
        assert_eq!(number(-1500.0), "-1,500");
    }
}
