//! Shares written as fractions: "two thirds of voters", "two-thirds
//! majority", "half of the members", "a quarter of the budget", "one in
//! five children", "seven out of 10 adults".
//!
//! They state a percentage, not a count of "thirds". A fraction is a
//! rounded way to say a share ("two thirds" for 65%), so its interval
//! allows a little either side of the exact ratio.

use std::collections::HashMap;
use std::ops::Range;

use regex::{Captures, Regex};

use super::units::{self, WordClasses, lookup_unit, lower};
use super::{Counted, counted_noun};
use crate::engine::extract::numbers::parse_number;
use crate::engine::model::{Extracted, Interval, Kind, Value};

/// Relative slack around the exact ratio of a spelled fraction.
const SLACK: f64 = 0.05;

const SMALL: &str = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})";

/// Compiled pattern and the fraction words read from `assets/`.
pub(crate) struct Fractions {
    re: Regex,
    /// A qualifier right before a fraction: "more than a fifth".
    qual_before: Regex,
    denominators: HashMap<String, f64>,
    change: super::change::ChangeVerbs,
}

impl Fractions {
    pub(crate) fn new() -> Self {
        let denominators: HashMap<String, f64> =
            include_str!("../../../../assets/extract/fractions.txt")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let (w, d) = l.split_once(' ')?;
                    Some((w.to_string(), d.trim().parse().ok()?))
                })
                .collect();
        let mut words: Vec<&str> = denominators.keys().map(String::as_str).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let den = words.join("|");
        let re = format!(
            r"(?-u:\b)(?:(?P<num>a|an|{SMALL})(?P<sep>\s+|\s*-\s*)(?P<den>{den})|(?P<half>half)|(?P<k>{SMALL})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<d>two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|one\s+hundred|[0-9]{{1,3}}(?:,[0-9]{{3}})*))(?-u:\b)"
        );
        Fractions {
            re: units::compile(&re),
            qual_before: units::compile(&format!(r"(?-u:\b)(?P<q>{})\s+$", units::QUAL)),
            denominators,
            change: super::change::ChangeVerbs::new(),
        }
    }

    /// The number an ordinal fraction word names ("eighth": 8); `None`
    /// for a plural, for "half" and "quarter", and below "third", where
    /// "a second vehicle" means another one.
    pub(crate) fn ordinal(&self, w: &str) -> Option<f64> {
        let d = *self.denominators.get(w)?;
        (d >= 3.0 && (w.ends_with("th") || w.ends_with("rd"))).then_some(d)
    }

    /// Every word `ordinal` reads.
    pub(crate) fn ordinal_words(&self) -> impl Iterator<Item = &str> {
        self.denominators
            .keys()
            .map(String::as_str)
            .filter(|w| self.ordinal(w).is_some())
    }

    /// Whether `w` is a fraction word ("thirds"), which is never the thing
    /// a count counts.
    pub(crate) fn is_denominator(&self, w: &str) -> bool {
        self.denominators.contains_key(w)
    }

    pub(crate) fn extract(&self, text: &str, classes: &WordClasses) -> Vec<Extracted> {
        self.re
            .captures_iter(text)
            .filter_map(|c| self.read(text, &c, classes))
            .collect()
    }

    fn read(&self, text: &str, c: &Captures, classes: &WordClasses) -> Option<Extracted> {
        let whole = c.get(0)?;
        // "7.5 out of ten": the decimal's last digit is no numerator.
        let b = text.as_bytes();
        if whole.start() >= 2
            && matches!(b[whole.start() - 1], b'.' | b',')
            && b[whole.start() - 2].is_ascii_digit()
        {
            return None;
        }
        let after = &text[whole.end()..];
        // "a third of a million homes" is a number of homes, read by counts.
        if of_a_scale(after) {
            return None;
        }
        // "a quarter of a percentage point", "a quarter-point cut", "half a
        // point": a fraction of one percentage point.
        // It is as rounded as any fraction ("up almost a third of a
        // percentage point" for 31 basis points).
        if let Some(len) = of_a_point(after) {
            let share = self.ratio(c)?;
            let (span, amount) = self.rounded(text, whole.start()..whole.end() + len, share);
            return Some(Extracted {
                span,
                kind: Kind::Percent,
                value: Value::Percent { amount },
                cue: Some("percentage points".to_string()),
            });
        }
        let of = of_what(after, classes);
        let (share, cue_from) = if let Some(den) = c.name("den") {
            let num = lower(c.name("num")?.as_str());
            let n = if num == "a" || num == "an" {
                1.0
            } else {
                parse_number(&num)?
            };
            let d = *self.denominators.get(&*lower(den.as_str()))?;
            // "two-thirds majority" needs no "of"; "two thirds" alone might
            // be anything ("a third time" has no "thirds" at all).
            let hyphen = c.name("sep").is_some_and(|s| s.as_str().contains('-'));
            let plural_ok = n > 1.0 || !den.as_str().ends_with('s');
            let change = of.is_none()
                && !measure_next(after, classes)
                && self.after_change(&text[..whole.start()], classes);
            if !plural_ok || n >= d || (of.is_none() && !change && !(hyphen && next_is_word(after)))
            {
                return None;
            }
            (n / d, whole.end())
        } else if c.name("half").is_some() {
            // "half of the members", "half the country"; "half an hour" is
            // a duration and "half a million" a number.
            let the = ["the ", "its ", "their ", "all "].iter().any(|d| {
                after
                    .trim_start()
                    .get(..d.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(d))
            });
            if of.is_none() && !the && !self.after_change(&text[..whole.start()], classes) {
                return None;
            }
            (0.5, whole.end())
        } else {
            let k = parse_number(c.name("k")?.as_str())?;
            let dm = c.name("d")?;
            let d = parse_number(dm.as_str())?;
            // "one in 2019" is a year; "two in three minutes" a rate.
            let year_like =
                dm.as_str().len() == 4 && dm.as_str().bytes().all(|b| b.is_ascii_digit());
            let next = after.split_whitespace().next().unwrap_or("");
            let next = next.trim_end_matches(|ch: char| !ch.is_alphanumeric());
            if year_like
                || k >= d
                || k <= 0.0
                || classes.is_time_word(&lower(next))
                || lookup_unit(next).is_some()
            {
                return None;
            }
            (k / d, whole.end())
        };
        let cue = plural_after(&text[cue_from..], classes)
            .or_else(|| units::cue_after(&text[cue_from..], classes));
        let (span, amount) = self.rounded(text, whole.range(), share * 100.0);
        Some(Extracted {
            span,
            kind: Kind::Percent,
            value: Value::Percent { amount },
            cue,
        })
    }
}

impl Fractions {
    /// The share `p` a fraction at `span` states, rounded as a fraction
    /// is, and bent by a qualifier right before it ("more than a fifth",
    /// "nearly a quarter"), which then belongs to the mention.
    fn rounded(&self, text: &str, mut span: Range<usize>, p: f64) -> (Range<usize>, Interval) {
        let start = span.start;
        let mut amount = Interval::closed(p * (1.0 - SLACK), p * (1.0 + SLACK));
        let before = &text[text.floor_char_boundary(start.saturating_sub(32))..start];
        if let Some(q) = self.qual_before.captures(before).and_then(|c| c.name("q")) {
            let qual = units::parse_qual(Some(q.as_str()));
            // "Nearly a third" falls short of a third by up to twice a
            // fraction's rounding, not by a number's: 31% is nearly a
            // third, 34% not.
            amount = if qual == units::Qual::Nearly {
                Interval {
                    hi_open: true,
                    ..Interval::closed(p * (1.0 - 2.0 * SLACK), p)
                }
            } else {
                units::qualify(qual, amount, p, p)
            };
            span.start = start - (before.len() - q.start());
        }
        (span, amount)
    }

    /// Whether a fraction with no "of" is the size of a change: "profit
    /// fell by nearly a quarter", "down a third from a year earlier".
    fn after_change(&self, before: &str, classes: &WordClasses) -> bool {
        let words: Vec<String> = before
            .rsplit(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(4)
            .map(lower)
            .map(|w| w.into_owned())
            .collect();
        let Some(k) = words.iter().position(|w| !units::is_hedge_word(w)) else {
            return false;
        };
        // "was down a third", "…, down nearly a quarter from a year
        // earlier"; not "set up a quarter century ago".
        let be = |w: Option<&String>| {
            w.is_some_and(|w| matches!(w.as_str(), "is" | "are" | "was" | "were" | "been" | "be"))
        };
        let after_comma = |w: &str| {
            let lower = before.to_ascii_lowercase();
            lower
                .rfind(w)
                .is_some_and(|at| lower[..at].trim_end().ends_with(','))
        };
        match words[k].as_str() {
            w @ ("down" | "up") => be(words.get(k + 1)) || after_comma(w),
            w => self.change.is_inflected(classes.wordnet(), w),
        }
    }
}

impl Fractions {
    /// The ratio a spelled fraction names ("a quarter": 0.25, "half":
    /// 0.5), for a proper fraction only.
    fn ratio(&self, c: &Captures) -> Option<f64> {
        if c.name("half").is_some() {
            return Some(0.5);
        }
        let num = lower(c.name("num")?.as_str());
        let n = if num == "a" || num == "an" {
            1.0
        } else {
            parse_number(&num)?
        };
        let d = *self.denominators.get(&*lower(c.name("den")?.as_str()))?;
        (n < d).then_some(n / d)
    }
}

/// The length of " of a percentage point", "-point", " a point" and the
/// like after a fraction, when one follows.
fn of_a_point(after: &str) -> Option<usize> {
    let lower = after.to_ascii_lowercase();
    let lead = ["-", " of a ", " of one ", " a ", " "]
        .iter()
        .find(|l| lower.starts_with(*l))?;
    let rest = &lower[lead.len()..];
    let rest_len = ["percentage points", "percentage point", "points", "point"]
        .iter()
        .find(|w| {
            rest.starts_with(*w) && !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric())
        })?
        .len();
    // "half a point" reads "a point"; "a quarter point" and "a
    // quarter-point" the point itself; " point" alone must not follow a
    // plural ("two thirds point to").
    Some(lead.len() + rest_len)
}

/// The words after " of", unless they measure time or distance ("a
/// quarter of an hour" is a duration, "three quarters of a mile" a length).
fn of_what<'a>(after: &'a str, classes: &WordClasses) -> Option<&'a str> {
    let rest = after.trim_start();
    let rest = rest
        .get(..3)
        .filter(|h| h.eq_ignore_ascii_case("of "))
        .map(|_| &rest[3..])?;
    let mut words = rest.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let second = second.trim_end_matches(|ch: char| !ch.is_alphanumeric());
    let measure = matches!(first, "a" | "an")
        && (classes.is_time_word(&lower(second)) || lookup_unit(second).is_some());
    (!measure).then_some(rest)
}

/// "of the members left" is about members: the first plural noun after
/// "of" and a determiner, else the first noun-like word, before the
/// general cue reader's last word.
fn plural_after(after: &str, classes: &WordClasses) -> Option<String> {
    let rest = of_what(after, classes).unwrap_or(after);
    let mut at = after.len() - rest.len();
    let first = rest.split(' ').next().unwrap_or("");
    if matches!(
        &*lower(first),
        "the" | "its" | "their" | "his" | "her" | "our" | "all" | "those" | "these"
    ) {
        at += first.len();
    }
    if let Counted::Noun(n, _) = counted_noun(classes, &after[at..], false) {
        return Some(n);
    }
    // A singular whole: "a quarter of the budget".
    let word = after[at..]
        .trim_start()
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .next()?;
    let ok = word.len() > 2 && word.bytes().all(|b| b.is_ascii_lowercase());
    (ok && !classes.is_function_word(word)).then(|| word.to_string())
}

/// "a quarter century", "a half mile": a length, not a share.
fn measure_next(after: &str, classes: &WordClasses) -> bool {
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches(|ch: char| !ch.is_alphanumeric());
    classes.is_time_word(&lower(next)) || lookup_unit(next).is_some()
}

fn next_is_word(after: &str) -> bool {
    after.starts_with(' ') && after[1..].starts_with(|ch: char| ch.is_ascii_lowercase())
}

/// Whether `after` goes on "of a million" (or thousand, billion,
/// trillion): the fraction is part of a number.
fn of_a_scale(after: &str) -> bool {
    let words: Vec<String> = after
        .split_whitespace()
        .take(3)
        .map(|w| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    matches!(
        words
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        [
            "of",
            "a" | "an",
            "thousand" | "million" | "billion" | "trillion"
        ]
    )
}
