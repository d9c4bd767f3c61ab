//! Extractor: ages of people ("Smith, 44,", "the 59-year-old mayor",
//! "aged 72", "at the age of 68", "68 years old", "in his late 50s").
//!
//! An age is its own kind: read as a count ("44") or a duration ("59
//! years") it would link with unrelated tallies and spans of time.
//!
//! The value is a [`Value::Quantity`] in years (unit `"years"`): a stated
//! age is exact ("44"), a decade a half-open range ("in his 50s" is
//! [50, 60)), and a baby's age in months or weeks a fraction of a year.

use std::ops::Range;

use regex::{Captures, Regex};

use super::numbers::{NUMBER_BARE, parse_number};
use super::quantity::units::{self, WordClasses, ascii, lower};
use crate::engine::model::{DocInfo, Extracted, Interval, Kind, Value};

/// The unit every age is stated in.
pub const AGE_UNIT: &str = "years";

/// Compiled patterns: build once per analysis with `Patterns::new` and
/// pass to [`extract_with`]; compiling is far costlier than scanning.
pub struct Patterns {
    /// "59-year-old", "aged 72", "in her 60s": the age words themselves
    /// say it is an age.
    stated: Regex,
    /// "Smith, 44,": a number set off by commas after a name; "Smith
    /// (44)", as British papers write it.
    apposed: Regex,
    /// "The youngest of those charged is 23", "the oldest victim was
    /// 88": the age of the youngest or oldest of a group.
    superlative: Regex,
    classes: WordClasses,
    wordnet: crate::engine::wordnet::Lexicon,
}

impl Patterns {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        let n = ascii(NUMBER_BARE);
        let decade = r"(?:[1-9]0(?:'|’)?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)";
        // "aged nine": a spelled age after "aged" alone, where a word
        // cannot be a count ("at the age of" never precedes "two
        // thirds").
        let spelled = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
        let qual = units::QUAL;
        let stated = format!(
            r"(?-u:\b)(?:(?:(?P<qual>{qual})\s+)?(?P<n>{n})(?:\s*-\s*|\s+)(?P<unit>years?|yrs?|months?|weeks?)(?:\s*-\s*|\s+)old(?-u:\b)|(?P<nof>{n})\s+years\s+of\s+age(?-u:\b)|(?P<lead>aged|at\s+the\s+age\s+of|at\s+age|age(?:\s+(?:of|was|is|from|to|at)|:)?)\s+(?P<na>[0-9]{{1,3}}|{spelled})(?-u:\b)(?:\s+to\s+(?P<to>[0-9]{{1,3}})(?-u:\b))?|in\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)(?:\s*-\s*|\s+))?(?P<dec>{decade})(?-u:\b)|(?:he|she|who)\s+(?:was|is|turned|turns)\s+(?P<np>[0-9]{{1,3}})(?:[.,;:](?:\s|$)|\s+(?:when|at\s+the\s+time)(?-u:\b))|(?-u:\b)(?:an?|the)\s+(?P<who>[a-z]+)\s+of\s+(?P<nw>[0-9]{{1,3}})(?-u:\b))"
        );
        Patterns {
            stated: units::compile(&stated),
            apposed: Regex::new(
                r"(?-u:\b)([A-Za-z][\p{L}'’.-]*)(?:,\s([0-9]{1,3})(?:[,;)]|\s[—–]\s[^0-9]|\.(?:\s|$)|$)|\s\(([0-9]{2,3})\))",
            )
            .expect("age regex"),
            superlative: Regex::new(&format!(
                r"(?i)(?-u:\b)(?:youngest|oldest)(?-u:\b)[^.;:!?\d]{{0,60}}?(?-u:\b)(?:is|was)\s+(?:just\s+|only\s+|aged\s+)?(?P<n>[0-9]{{1,3}}|{spelled})(?-u:\b)"
            ))
            .expect("superlative age regex"),
            classes: WordClasses::new(),
            wordnet: crate::engine::wordnet::Lexicon::embedded(),
        }
    }
}

pub fn extract(text: &str, doc: &DocInfo) -> Vec<Extracted> {
    extract_with(&Patterns::new(), text, doc)
}

pub fn extract_with(p: &Patterns, text: &str, _doc: &DocInfo) -> Vec<Extracted> {
    let mut out: Vec<Extracted> = p
        .stated
        .captures_iter(text)
        .flat_map(|c| [stated(p, text, &c), raised_to(&c)])
        .flatten()
        .collect();
    out.extend(
        p.apposed
            .captures_iter(text)
            .filter_map(|c| apposed(p, text, &c)),
    );
    out.extend(
        p.superlative
            .captures_iter(text)
            .filter_map(|c| superlative(text, &c)),
    );
    out.sort_by_key(|e| (e.span.start, e.span.end));
    out.dedup_by(|b, a| b.span.start < a.span.end);
    out
}

fn age(span: Range<usize>, years: Interval, cue: Option<String>) -> Extracted {
    Extracted {
        span,
        kind: Kind::Age,
        value: Value::Quantity {
            amount: years,
            unit: AGE_UNIT.to_string(),
        },
        cue,
    }
}

/// The oldest a thing's age is read: "the 1,000-year-old oak" is a
/// figure, "the 40,000-year-old bones" archaeology's.
const THING_AGE_MAX: f64 = 2000.0;

/// Plausible human ages, in years.
fn plausible(v: f64) -> bool {
    (0.0..=125.0).contains(&v)
}

fn stated(p: &Patterns, text: &str, c: &Captures) -> Option<Extracted> {
    let whole = c.get(0)?;
    if let Some(n) = c.name("n") {
        let v = parse_number(n.as_str())?;
        let per_year = match lower(&c.name("unit")?.as_str()[..1]).as_ref() {
            "m" => 12.0,
            "w" => 52.0,
            _ => 1.0,
        };
        let years = v / per_year;
        let cue = cue_after(&p.classes, text, whole.end());
        // "the 138-year-old building": a thing may be older than anyone.
        let thing = cue.as_deref().is_some_and(|w| {
            w.chars().all(|ch| ch.is_ascii_lowercase()) && !p.classes.is_singular_person(w)
        });
        if v.fract() != 0.0 || !(plausible(years) || (thing && years <= THING_AGE_MAX)) {
            return None;
        }
        // "a 59-year-old": the article is not part of the age; "the
        // nearly 60-year-old dam": the qualifier is.
        let qual = c.name("qual");
        let start = qual.map_or(n.start() + article_len(n.as_str()), |q| q.start());
        let years = units::qualify(
            units::parse_qual(qual.map(|q| q.as_str())),
            Interval::exact(years),
            years,
            years,
        );
        return Some(age(start..whole.end(), years, cue));
    }
    // "a boy of 12": a person of so many years. "A team of 12" or "a
    // rate of 12%" names no one.
    if let (Some(who), Some(n)) = (c.name("who"), c.name("nw")) {
        let v = parse_number(n.as_str())?;
        let after = &text[n.end()..];
        let figure = after.starts_with(['%', '-'])
            || after.starts_with(|ch: char| ch.is_alphanumeric())
            || [".", ","].iter().any(|sep| {
                after
                    .strip_prefix(sep)
                    .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()))
            })
            || after
                .trim_start()
                .starts_with(|ch: char| ch.is_ascii_digit());
        let unit = after.split_whitespace().next().is_some_and(|w| {
            units::lookup_unit(w.trim_end_matches([',', '.'])).is_some() || w.starts_with("per")
        });
        if figure || unit || !plausible(v) || !names_one_person(p, &lower(who.as_str())) {
            return None;
        }
        return Some(age(
            n.range(),
            Interval::exact(v),
            Some(lower(who.as_str()).into_owned()),
        ));
    }
    if let Some(n) = c.name("nof").or(c.name("na")).or(c.name("np")) {
        let v = parse_number(n.as_str())?;
        if v.fract() != 0.0 || !plausible(v) {
            return None;
        }
        let start = match c.name("lead") {
            // "at age 68": the age is "age 68", the "at" is syntax.
            Some(l) if l.as_str().to_ascii_lowercase().ends_with("age") => l.end() - 3,
            // "the age was 64", "the pension age from 62": the number.
            Some(l) if l.as_str().to_ascii_lowercase().starts_with("age ") => n.start(),
            Some(l) => l.start(),
            None => n.start(),
        };
        // "44 years of age" ends with "age"; "age from 62" with its number.
        // "She was 88.": the number alone.
        let end = if c.name("na").is_some() || c.name("np").is_some() {
            n.end()
        } else {
            whole.end()
        };
        return Some(age(start..end, Interval::exact(v), None));
    }
    let dec = decade(c.name("dec")?.as_str())?;
    let (lo, hi) = match c.name("part").map(|m| m.as_str().to_ascii_lowercase()) {
        Some(p) if p == "early" => (dec, dec + 4.0),
        Some(p) if p == "mid" => (dec + 3.0, dec + 7.0),
        Some(_) => (dec + 6.0, dec + 10.0),
        None => (dec, dec + 10.0),
    };
    let years = Interval {
        lo,
        hi,
        lo_open: false,
        hi_open: true,
    };
    Some(age(whole.range(), years, None))
}

/// The youngest's or oldest's age: the number, unless what follows makes
/// it another figure ("was 23 kilometres", "is 12%").
fn superlative(text: &str, c: &Captures) -> Option<Extracted> {
    let n = c.name("n")?;
    let after = &text[n.end()..];
    let next = after.split_whitespace().next().unwrap_or("");
    let glued = after.starts_with(|ch: char| ch.is_alphanumeric() || matches!(ch, '%' | '-'));
    let decimal = [".", ","].iter().any(|sep| {
        after
            .strip_prefix(sep)
            .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()))
    });
    let figure = glued
        || decimal
        || (!next.is_empty()
            && next.starts_with(|ch: char| ch.is_ascii_lowercase())
            && !matches!(
                next.trim_end_matches([',', '.', ';']),
                "and" | "when" | "but" | "at" | "on" | "in" | "years" | "year"
            ));
    let v = parse_number(n.as_str())?;
    if figure || v.fract() != 0.0 || !plausible(v) {
        return None;
    }
    Some(age(n.range(), Interval::exact(v), None))
}

/// The age a threshold moves to: "raise the pension age from 62 to 64"
/// states two ages, the one now and the one to come.
fn raised_to(c: &Captures) -> Option<Extracted> {
    let lead = c.name("lead")?.as_str().to_ascii_lowercase();
    if !lead.ends_with("from") {
        return None;
    }
    let to = c.name("to")?;
    let v = parse_number(to.as_str())?;
    (v.fract() == 0.0 && plausible(v)).then(|| age(to.range(), Interval::exact(v), None))
}

/// The first year of a decade written "50s", "50's" or "fifties".
fn decade(s: &str) -> Option<f64> {
    let l = s.to_ascii_lowercase();
    if l.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return l.get(..2)?.parse().ok();
    }
    Some(match l.as_str() {
        "teens" => 13.0,
        "twenties" => 20.0,
        "thirties" => 30.0,
        "forties" => 40.0,
        "fifties" => 50.0,
        "sixties" => 60.0,
        "seventies" => 70.0,
        "eighties" => 80.0,
        _ => 90.0,
    })
}

/// The shared number pattern reads "a five" as one number; in "a
/// five-year-old" the "a" is an article. Bytes of `n` to skip.
fn article_len(n: &str) -> usize {
    match n.split_once(char::is_whitespace) {
        Some((a, rest)) if a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an") => {
            n.len() - rest.trim_start().len()
        }
        _ => 0,
    }
}

/// Who the age is of, when a name or a noun follows: "the 59-year-old
/// mayor", "a 44-year-old Smith".
fn cue_after(classes: &WordClasses, text: &str, end: usize) -> Option<String> {
    let rest = text[end..].strip_prefix([' ', '\u{a0}'])?;
    let word: &str = rest
        .split(|ch: char| !(ch.is_alphabetic() || matches!(ch, '-' | '\'' | '’')))
        .next()?;
    let lw = lower(word);
    (word.len() > 1 && !classes.is_function_word(&lw)).then(|| word.to_string())
}

/// "Smith, 44,": the name before the comma must look like one, and the
/// number must not be part of a date, a list or a larger number.
fn apposed(p: &Patterns, text: &str, c: &Captures) -> Option<Extracted> {
    let name = c.get(1)?;
    let word = name.as_str().trim_end_matches('.');
    let lw = lower(word);
    // "Tomas V., 34": a family name cut to its initial, as privacy rules
    // have it, after a given name.
    let initial =
        word.len() == 1 && name.as_str().ends_with('.') && given_name_before(text, name.start());
    if initial {
        return apposed_age(text, c, name.as_str());
    }
    if word.starts_with(|ch: char| ch.is_ascii_lowercase()) {
        return (after_the(text, name.start()) && names_one_person(p, &lw))
            .then(|| apposed_age(text, c, word))
            .flatten();
    }
    if word.len() < 2
        || p.classes.is_month_or_weekday(&lw)
        || p.classes.is_function_word(&lw)
        || !word[1..].chars().any(|ch| ch.is_ascii_lowercase())
    {
        return None;
    }
    apposed_age(text, c, word)
}

/// The age of an apposed number after `word`, unless it reads as part of
/// a list or as no adult's age in brackets.
fn apposed_age(text: &str, c: &Captures, word: &str) -> Option<Extracted> {
    let bracketed = c.get(3);
    let n = c.get(2).or(bracketed)?;
    // "In 2019, Smith, 44, 45 and 46" reads as a list: a number right
    // after the comma that follows is not an age.
    let after = &text[n.end()..];
    let next = after.trim_start_matches([',', ';', ')', ' ']);
    if next.starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let v: f64 = n.as_str().parse().ok()?;
    if !(1.0..=125.0).contains(&v) || n.as_str().starts_with('0') {
        return None;
    }
    // A bracketed number is an age only where an adult's would be: "(3)"
    // after a word numbers a clause.
    if bracketed.is_some() && !(16.0..=110.0).contains(&v) {
        return None;
    }
    Some(age(n.range(), Interval::exact(v), Some(word.to_string())))
}

/// Whether an article stands right before `start`: "the driver, 41," is
/// someone the story already knows, "a man, 71, was found" someone it
/// brings in; a bare "driver, 41," is a list's or a table's.
fn after_the(text: &str, start: usize) -> bool {
    text[..start]
        .strip_suffix(' ')
        .and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| ["the", "a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// Whether a lowercase noun names one person in its first senses, as
/// WordNet classes it ("driver", "victim"; not "team", "drivers" or
/// "bridge").
fn names_one_person(p: &Patterns, lw: &str) -> bool {
    p.wordnet.lemma(lw) == lw
        && !p.wordnet.is_collective(lw)
        && p.wordnet
            .noun_classes(lw)
            .is_some_and(|c| c.split(',').any(|k| k == "being"))
}

/// Whether a capitalised given name, of two letters or more, ends right
/// before `start` ("Tomas " before "V.").
fn given_name_before(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix(' ') else {
        return false;
    };
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().count() >= 1
        && chars.all(char::is_lowercase)
}

#[cfg(test)]
mod tests;
