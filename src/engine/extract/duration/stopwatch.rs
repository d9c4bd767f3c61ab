//! Times a stopwatch reads, as race results print them: "won in
//! 1:59:48", "reached halfway in 59:41", "1hr 59min 48sec", "3:54.18". A
//! clock time of day has the same digits ("at 10:26", "10:26:05 a.m."),
//! so two parts count only when the first cannot be an hour of the day,
//! or when the seconds have fractions, which no clock prints.

use super::{Alt, B, Patterns, push};
use crate::engine::model::Extracted;

/// The alternatives of the duration pattern this module reads.
pub(super) fn alternatives() -> [(&'static str, String); 4] {
    [
        (
            "swf",
            format!(
                r"{B}(?:(?P<fh>[0-9]{{1,2}}):)?(?P<fm>[0-5]?[0-9]):(?P<fs>[0-5][0-9]\.[0-9]{{1,3}}){B}"
            ),
        ),
        (
            "hms",
            format!(
                r"(?i){B}(?P<hh>[0-9]{{1,2}})\s?(?:hours?|hrs?|h)\.?\s*(?P<hm>[0-5]?[0-9])\s?(?:minutes?|mins?|m)\.?\s*(?P<hs>[0-5]?[0-9])\s?(?:seconds?|secs?|s){B}"
            ),
        ),
        (
            "sw3",
            format!(r"{B}(?P<sh>[0-9]{{1,2}}):(?P<sm>[0-5][0-9]):(?P<ss>[0-5][0-9]){B}"),
        ),
        (
            "sw2",
            format!(r"{B}(?P<mm>[0-9]{{2}}):(?P<ms>[0-5][0-9]){B}"),
        ),
    ]
}

/// Reads one match of [`alternatives`]; `false` when `c` is none of them.
pub(super) fn read(text: &str, p: &Patterns, c: &Alt, out: &mut Vec<Extracted>) -> bool {
    let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<f64>().ok());
    let Some(whole) = c.whole() else {
        return false;
    };
    let seconds = if c.is("swf") {
        num("fm")
            .zip(num("fs"))
            .map(|(m, s)| num("fh").unwrap_or(0.0) * 3600.0 + m * 60.0 + s)
    } else if c.is("hms") {
        num("hh")
            .zip(num("hm"))
            .zip(num("hs"))
            .map(|((h, m), s)| h * 3600.0 + m * 60.0 + s)
    } else if c.is("sw3") {
        let clock = text[..whole.start()]
            .trim_end()
            .to_ascii_lowercase()
            .ends_with(" at")
            || clock_after(&text[whole.end()..]);
        num("sh")
            .zip(num("sm"))
            .zip(num("ss"))
            .filter(|_| !clock)
            .map(|((h, m), s)| h * 3600.0 + m * 60.0 + s)
    } else if c.is("sw2") {
        // "59:41" is no time of day; "10:26" may be.
        num("mm")
            .zip(num("ms"))
            .filter(|&(m, _)| m >= 24.0 && !clock_after(&text[whole.end()..]))
            .map(|(m, s)| m * 60.0 + s)
    } else {
        return false;
    };
    if let Some(secs) = seconds {
        push(text, p, whole.range(), (secs, secs, false, 0.0), None, out);
    }
    true
}

/// Whether a clock time's marks follow: "a.m.", "p.m.", "GMT", "local".
fn clock_after(after: &str) -> bool {
    let next: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(
        next.as_str(),
        "a.m."
            | "p.m."
            | "am"
            | "pm"
            | "a.m"
            | "p.m"
            | "gmt"
            | "utc"
            | "local"
            | "et"
            | "bst"
            | "cet"
    )
}

#[cfg(test)]
mod tests {
    use crate::engine::extract::duration::extract;
    use crate::engine::model::{DocInfo, Value};

    fn lengths(text: &str) -> Vec<(String, f64)> {
        extract(text, &DocInfo::default())
            .into_iter()
            .map(|e| match e.value {
                Value::Duration { seconds, .. } => (text[e.span].to_string(), seconds.lo),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn race_times_are_lengths() {
        assert_eq!(lengths("He won in 1:59:48."), [("1:59:48".into(), 7188.0)]);
        assert_eq!(
            lengths("He reached halfway in 59:41."),
            [("59:41".into(), 3581.0)]
        );
        assert_eq!(
            lengths("She won the final in 3:54.18 and turned in 1:56.02."),
            [("3:54.18".into(), 234.18), ("1:56.02".into(), 60.0 + 56.02)]
        );
        assert_eq!(
            lengths("He clocked 2:05:33.4 in the rain."),
            [("2:05:33.4".into(), 7533.4)]
        );
        assert_eq!(
            lengths("a time of 1hr 59min 48sec"),
            [("1hr 59min 48sec".into(), 7188.0)]
        );
    }

    #[test]
    fn clock_times_are_not() {
        assert!(lengths("The alarm rang at 10:26:05 on Tuesday.").is_empty());
        assert!(lengths("It ended at 10:26 p.m.").is_empty());
        assert!(lengths("The vote came at 23:40 GMT.").is_empty());
        assert!(lengths("Read John 3:16 aloud.").is_empty());
    }
}
