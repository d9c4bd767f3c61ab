//! Durations: "15-minute", "about 15 minutes", "an hour and a half",
//! "hour-long", "2 1/2 hours", "1h30", "a 10-year sentence".
//!
//! The same words also write ages ("two-year-old"), rates ("$15 an hour",
//! "24 hours a day"), relative dates ("3 days ago") and page chrome
//! ("5 min read"); those are recognised by their neighbours and skipped.

mod stopwatch;
mod vague;

use std::ops::Range;

use regex::Regex;

use super::date::{Alt, B, Combined, before, number_fragment, settle};
use super::numbers::{parse_number, scale_word};
use super::quantity::units::WordClasses;
use crate::engine::model::{DocInfo, Extracted, Interval, Kind, Value};

const UNITS: &str = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|yrs?|decades?|centuries|century)";
const ADJ_UNITS: &str = r"(?:second|minute|min|hour|hr|day|night|week|month|year|decade)";

/// Compiled patterns: build once per analysis with `Patterns::new` and
/// pass to [`extract_with`]; compiling is far costlier than scanning.
pub struct Patterns {
    /// All forms in one alternation so the text is scanned once.
    all: Combined,
    hedge_before: Regex,
    rate_after: Regex,
    skip_after: Regex,
    vague: vague::Vague,
    /// Function words after a duration are not the thing it measures.
    classes: WordClasses,
    /// A compound's second word is its noun only when it can be one.
    wordnet: crate::engine::wordnet::Lexicon,
}

impl Patterns {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        let re = |s: &str| Regex::new(s).expect("duration pattern compiles");
        let n = number_fragment();
        let amount = format!(r"(?:a\s+few|a\s+couple(?:\s+of)?|several|an|{n})");
        let frac = r"(?P<frac>\s+and\s+a\s+half|-and-a-half|\s*[½¼¾]|\s+[13]/[24])";
        let [swf, hms, sw3, sw2] = stopwatch::alternatives();
        let alts = [
            swf,
            hms,
            sw3,
            sw2,
            (
                "cmp",
                format!(
                    r"(?i){B}(?P<h>[0-9]{{1,2}})\s?h(?:rs?)?\s?(?P<m>[0-5][0-9])(?:\s?m(?:ins?)?)?{B}"
                ),
            ),
            (
                "half",
                format!(
                    r"(?i){B}(?P<part>half|(?:a|one)[- ]quarter\s+of|three[- ]quarters\s+of|(?:a|one)[- ]third\s+of|two[- ]thirds\s+of)\s+an?\s+(?P<unit>{ADJ_UNITS}){B}"
                ),
            ),
            (
                "adj",
                format!(r"(?i){B}(?P<n>{n}){frac}?-(?P<unit>{ADJ_UNITS})(?:-long)?{B}"),
            ),
            ("long", format!(r"(?i){B}(?P<unit>{ADJ_UNITS})-?long{B}")),
            (
                "plain",
                format!(
                    r"(?i){B}(?P<n>{amount})(?:\s*(?:-|–|\s+to\s+|\s+or\s+)(?P<hi>{n}))?{frac}?(?:\s+(?:more|further|additional|extra|working|business|school|trading|calendar|consecutive|straight|strike))?(?P<sp>\s*)(?P<unit>{UNITS}){B}(?P<lng>-?long{B})?(?P<half>(?:\s+|-)and(?:\s+|-)(?:a[\s-]+half|a[\s-]+quarter|three[- ]quarters){B})?(?:,?\s+(?:and\s+)?(?P<n2>{n})\s*(?P<unit2>{UNITS}){B})?"
                ),
            ),
        ];
        Patterns {
            all: Combined::new(&alts, re),
            hedge_before: re(
                r"(?i)(?-u:\b)(?P<h>about|around|approximately|approx\.|roughly|nearly|almost|some|close\s+to|just\s+over|just\s+under|well\s+over|well\s+under|more\s+than|over|less\s+than|fewer\s+than|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|upwards\s+of|an\s+estimated)\s+$",
            ),
            rate_after: re(
                r"(?i)^\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|night|week|month|year)(?-u:\b)",
            ),
            skip_after: re(r"(?i)^(?:\s+ago|\s+read|\s*-?\s*old|\s+of\s+age)(?-u:\b)"),
            vague: vague::Vague::new(),
            classes: WordClasses::new(),
            wordnet: crate::engine::wordnet::Lexicon::embedded(),
        }
    }
}

fn unit_seconds(unit: &str) -> Option<f64> {
    let u = unit.to_ascii_lowercase();
    let s = match u.as_str() {
        x if x.starts_with("sec") => 1.0,
        x if x.starts_with("min") => 60.0,
        x if x.starts_with('h') => 3_600.0,
        x if x.starts_with("day") || x.starts_with("night") => 86_400.0,
        x if x.starts_with("week") => 604_800.0,
        x if x.starts_with("fortnight") => 1_209_600.0,
        x if x.starts_with("mon") => 2_629_800.0,
        x if x.starts_with('y') => 31_557_600.0,
        x if x.starts_with("dec") => 315_576_000.0,
        x if x.starts_with("cent") => 3_155_760_000.0,
        _ => return None,
    };
    Some(s)
}

/// The shared number pattern reads "a three" as one number (like "twenty
/// three"); in "a three-day visit" the "a" is an article. Returns how many
/// bytes of `n` to skip.
fn article_len(n: &str) -> usize {
    let mut words = n.split_whitespace();
    let second = words.nth(1).unwrap_or("");
    let is_article = n.len() > 2
        && n.as_bytes()[0].eq_ignore_ascii_case(&b'a')
        && n.as_bytes()[1].is_ascii_whitespace();
    let digit_word = second
        .split('-')
        .next()
        .is_some_and(|w| parse_number(w).is_some_and(|v| (1.0..10.0).contains(&v)));
    if is_article && digit_word {
        n.len() - n[1..].trim_start().len()
    } else {
        0
    }
}

/// The count a duration states, as a range for vague words.
fn amount(s: &str) -> Option<(f64, f64, bool)> {
    let lower = s.to_ascii_lowercase();
    let squashed: Vec<&str> = lower.split_whitespace().collect();
    match squashed.as_slice() {
        ["a", "few"] => Some((2.0, 5.0, true)),
        ["a", "couple"] | ["a", "couple", "of"] => Some((2.0, 2.0, false)),
        ["several"] => Some((3.0, 7.0, true)),
        ["an"] => Some((1.0, 1.0, false)),
        _ => parse_number(&lower).map(|x| (x, x, false)),
    }
}

fn fraction(c: &Alt) -> f64 {
    let Some(f) = c.name("frac") else { return 0.0 };
    match f.as_str().trim() {
        "¼" | "1/4" => 0.25,
        "¾" | "3/4" => 0.75,
        _ => 0.5,
    }
}

/// The part of a unit after it: "an hour and a half", "an hour and
/// three-quarters", "a day and a quarter".
fn part_after(words: &str) -> f64 {
    let w = words.to_ascii_lowercase();
    if w.ends_with("half") {
        0.5
    } else if w.contains("three") {
        0.75
    } else {
        0.25
    }
}

pub fn extract(text: &str, doc: &DocInfo) -> Vec<Extracted> {
    extract_with(&Patterns::new(), text, doc)
}

pub fn extract_with(p: &Patterns, text: &str, _doc: &DocInfo) -> Vec<Extracted> {
    let mut found = Vec::new();
    p.all.each(text, |c| {
        if stopwatch::read(text, p, &c, &mut found) {
            return;
        }
        if c.is("adj") {
            let Some(n) = c.name("n") else { return };
            let skip = article_len(n.as_str());
            let Some((lo, hi, vague)) = amount(&n.as_str()[skip..]) else {
                return;
            };
            let f = fraction(&c);
            adjectival(text, p, &c, skip, (lo + f, hi + f, vague), &mut found);
        } else if c.is("long") {
            adjectival(text, p, &c, 0, (1.0, 1.0, false), &mut found);
        } else if c.is("half") {
            half_of(text, p, &c, &mut found);
        } else if c.is("cmp") {
            compact(text, p, &c, &mut found);
        } else {
            plain(text, p, &c, &mut found);
        }
    });
    p.vague.extract(text, &p.classes, &mut found);
    settle(found)
}

/// "half an hour", "a quarter of an hour", "three-quarters of an hour".
fn half_of(text: &str, p: &Patterns, c: &Alt, out: &mut Vec<Extracted>) {
    let (Some(whole), Some(unit)) = (c.whole(), c.name("unit")) else {
        return;
    };
    let part = c.name("part").map_or("half", |m| m.as_str()).to_lowercase();
    let share = if part.starts_with("three") {
        0.75
    } else if part.contains("quarter") {
        0.25
    } else if part.starts_with("two") {
        2.0 / 3.0
    } else if part.contains("third") {
        1.0 / 3.0
    } else {
        0.5
    };
    if let Some(secs) = unit_seconds(unit.as_str()) {
        let cue = noun_after(&text[whole.end()..], p);
        push(
            text,
            p,
            whole.range(),
            (secs * share, secs * share, false, secs * share),
            cue,
            out,
        );
    }
}

/// "1h30", "2h 15m".
fn compact(text: &str, p: &Patterns, c: &Alt, out: &mut Vec<Extracted>) {
    let (Some(whole), Some(h), Some(m)) = (c.whole(), c.name("h"), c.name("m")) else {
        return;
    };
    let (Ok(h), Ok(m)) = (h.as_str().parse::<f64>(), m.as_str().parse::<f64>()) else {
        return;
    };
    let secs = h * 3_600.0 + m * 60.0;
    push(text, p, whole.range(), (secs, secs, false, 60.0), None, out);
}

fn adjectival(
    text: &str,
    p: &Patterns,
    c: &Alt,
    skip: usize,
    (lo, hi, vague): (f64, f64, bool),
    out: &mut Vec<Extracted>,
) {
    let (Some(whole), Some(unit)) = (c.whole(), c.name("unit")) else {
        return;
    };
    let Some(secs) = unit_seconds(unit.as_str()) else {
        return;
    };
    let cue = noun_after(&text[whole.end()..], p);
    let span = whole.start() + skip..whole.end();
    push(text, p, span, (lo * secs, hi * secs, vague, secs), cue, out);
}

fn plain(text: &str, p: &Patterns, c: &Alt, out: &mut Vec<Extracted>) {
    let (Some(whole), Some(n), Some(unit)) = (c.whole(), c.name("n"), c.name("unit")) else {
        return;
    };
    // Words need a space before the unit ("a min" inside "amin" is not one).
    let glued = c.name("sp").is_none_or(|s| s.as_str().is_empty());
    if glued && !n.as_str().starts_with(|ch: char| ch.is_ascii_digit()) {
        return;
    }
    let Some(secs) = unit_seconds(unit.as_str()) else {
        return;
    };
    // "a second vehicle" is an ordinal: a second of time needs a number.
    let article = matches!(n.as_str().to_ascii_lowercase().as_str(), "a" | "an");
    if article && unit.as_str().eq_ignore_ascii_case("second") {
        return;
    }
    let skip = article_len(n.as_str());
    let Some((mut lo, mut hi, vague)) = amount(&n.as_str()[skip..]) else {
        return;
    };
    if let Some(h) = c.name("hi").and_then(|h| parse_number(h.as_str())) {
        if h <= lo {
            return;
        }
        hi = h;
    }
    let f = fraction(c) + c.name("half").map_or(0.0, |h| part_after(h.as_str()));
    lo = (lo + f) * secs;
    hi = (hi + f) * secs;
    let mut end = c.name("half").map_or(unit.end(), |h| h.end());
    // "a year and a half" is told to the half year.
    let mut grain = if f > 0.0 {
        f.min(1.0 - f.fract()) * secs
    } else {
        secs
    };
    // "2 hours and 15 minutes": only a smaller second unit adds on.
    if let (Some(n2), Some(u2)) = (c.name("n2"), c.name("unit2"))
        && let (Some(v2), Some(s2)) = (parse_number(n2.as_str()), unit_seconds(u2.as_str()))
        && s2 < secs
        && c.name("half").is_none()
    {
        lo += v2 * s2;
        hi += v2 * s2;
        grain = s2;
        end = whole.end();
    }
    // A rate ("$15 an hour", "three meals a day") is not a duration.
    let lead_is_article = matches!(n.as_str().to_ascii_lowercase().as_str(), "a" | "an");
    let lead_is_rate =
        lead_is_article && previous_words_are_rate(before(text, whole.start(), 40), &p.classes);
    if lead_is_rate || p.rate_after.is_match(&text[end..]) {
        return;
    }
    let mut start = whole.start() + skip;
    // "an hour-long call" reads like "a 15-minute call", article aside.
    let cue = match c.name("lng") {
        Some(l) if c.name("half").is_none() && end == unit.end() => {
            end = l.end();
            if lead_is_article {
                start = unit.start();
            }
            noun_after(&text[end..], p)
        }
        _ => object_after(&text[end..], &p.classes),
    };
    push(text, p, start..end, (lo, hi, vague, grain), cue, out);
}

/// "$15 an hour", "100 km an hour", "twice a day", "three meals a day",
/// "3.2 million visitors a year".
fn previous_words_are_rate(window: &str, classes: &WordClasses) -> bool {
    let words: Vec<&str> = window.split_whitespace().rev().take(3).collect();
    let numeric = |w: &str| {
        w.chars().any(|ch| ch.is_ascii_digit())
            || (w.len() > 2 && w != "half" && parse_number(w).is_some())
    };
    match words.as_slice() {
        [] => false,
        // A sentence ended in between: "3 people. A day later".
        [w, ..] if w.ends_with(['.', '!', '?']) => false,
        [w, rest @ ..] => {
            let w = w
                .trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_ascii_lowercase();
            // "until 6am for a fortnight": a length, after its preposition.
            if classes.is_function_word(&w) && !["per", "times"].contains(&w.as_str()) {
                return false;
            }
            numeric(&w)
                || ["times", "once", "twice", "thrice", "per"].contains(&w.as_str())
                || rest
                    .first()
                    .is_some_and(|w2| numeric(w2.trim_end_matches(',')))
                || (rest
                    .first()
                    .is_some_and(|w2| scale_word(&w2.to_ascii_lowercase()).is_some())
                    && rest.get(1).is_some_and(|w3| numeric(w3)))
        }
    }
}

/// Applies skip rules and a hedge word before the match, then records it.
fn push(
    text: &str,
    p: &Patterns,
    span: Range<usize>,
    (lo, hi, vague, grain): (f64, f64, bool, f64),
    cue: Option<String>,
    out: &mut Vec<Extracted>,
) {
    if !(lo.is_finite() && hi.is_finite()) || hi <= 0.0 {
        return;
    }
    let after = &text[span.end..];
    if p.skip_after.is_match(after) {
        return;
    }
    // "0:00 min" from a media player, or the tail of a longer number.
    if matches!(before(text, span.start, 1), ":" | "." | "/") {
        return;
    }
    let window = before(text, span.start, 28);
    let (start, seconds, approx) = match p
        .hedge_before
        .captures(window)
        .filter(|h| !spans_a_stretch(window, h, &p.classes))
    {
        Some(h) => {
            let m = h.name("h").map_or(0, |m| m.start());
            let word = h
                .name("h")
                .map_or(String::new(), |m| m.as_str().to_ascii_lowercase());
            let start = span.start - (window.len() - m);
            (start, hedged(&word, lo, hi), true)
        }
        None if lo == hi => (span.start, Interval::exact(lo), vague),
        None => (span.start, Interval::closed(lo, hi), vague),
    };
    out.push(Extracted {
        span: start..span.end,
        kind: Kind::Duration,
        value: Value::Duration {
            seconds,
            approx,
            grain,
        },
        cue,
    });
}

/// Whether "over" before a length is the preposition of a stretch, not a
/// hedge: "burned 41,000 hectares over 11 days", "fell 3% over two days",
/// "a rise of 14.5 per cent over three years" tell what happened across
/// those days. After a function word or a verb
/// of lasting ("for over a week", "lasted over two hours") it is "more
/// than".
fn spans_a_stretch(window: &str, h: &regex::Captures, classes: &WordClasses) -> bool {
    let Some(m) = h.name("h") else { return false };
    if !m.as_str().eq_ignore_ascii_case("over") {
        return false;
    }
    let mut before = window[..m.start()]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev();
    let prev = before.next().unwrap_or("").to_ascii_lowercase();
    // "€85m, to be spent over five years": money spent across the
    // stretch, not a wait longer than it.
    let passive = before
        .next()
        .is_some_and(|w| matches!(w, "be" | "been" | "being" | "is" | "was" | "are" | "were"));
    let lasting = ["last", "took", "take", "spen", "wait"];
    // "a rise of 14.5 per cent over three years": a share spread over the
    // stretch, though "cent" follows numbers as function words do.
    let share = matches!(prev.as_str(), "cent" | "percent");
    !prev.is_empty()
        && (share || !classes.is_function_word(&prev))
        && (passive || !lasting.iter().any(|v| prev.starts_with(v)))
}

/// The interval a hedge word leaves around the stated amount.
fn hedged(word: &str, lo: f64, hi: f64) -> Interval {
    let w: String = word.split_whitespace().collect::<Vec<_>>().join(" ");
    match w.as_str() {
        "nearly" | "almost" | "close to" | "just under" => Interval::closed(lo * 0.85, hi),
        "just over" => Interval::closed(lo, hi * 1.15),
        "more than" | "over" | "well over" | "upwards of" => Interval::more_than(lo),
        "less than" | "fewer than" | "under" | "well under" => Interval::at_most(hi, true),
        "at least" => Interval::at_least(lo),
        "at most" | "up to" | "no more than" => Interval::at_most(hi, false),
        _ => Interval::closed(lo * 0.85, hi * 1.15),
    }
}

fn is_cue_word(w: &str, classes: &WordClasses) -> bool {
    !w.is_empty()
        && w.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-')
        && !w.starts_with('-')
        && !classes.is_function_word(w)
}

/// Up to two lowercase content words right after an adjectival duration:
/// "15-minute phone call" → "phone call"; the second only when it can be
/// a noun: "her 14-month investigation found" is of the investigation.
fn noun_after(after: &str, p: &Patterns) -> Option<String> {
    let classes = &p.classes;
    let mut words = Vec::new();
    let mut rest = after;
    for second in [false, true] {
        let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
        if trimmed.len() == rest.len() {
            break;
        }
        let end = trimmed
            .find(|ch: char| !(ch.is_ascii_alphabetic() || ch == '-'))
            .unwrap_or(trimmed.len());
        let w = &trimmed[..end];
        if !is_cue_word(w, classes) || (second && !p.wordnet.is_noun_form(w)) {
            break;
        }
        words.push(w);
        rest = &trimmed[end..];
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// What a plain duration is of: "three days of talks", "ten years in
/// prison".
pub(super) fn object_after(after: &str, classes: &WordClasses) -> Option<String> {
    let rest = after.trim_start();
    // "three days of national mourning" is about the mourning.
    if rest.starts_with("of ") || rest.starts_with("in ") {
        return super::cue::cue_after(after, classes).filter(|w| is_cue_word(w, classes));
    }
    for lead in ["behind "] {
        if let Some(tail) = rest.strip_prefix(lead) {
            let end = tail
                .find(|ch: char| !ch.is_ascii_alphabetic())
                .unwrap_or(tail.len());
            let w = &tail[..end];
            return is_cue_word(w, classes).then(|| w.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests;
