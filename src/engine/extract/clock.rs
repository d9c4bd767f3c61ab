//! Clock times: "7:37 a.m. local time", "07:37 UTC", "6 p.m.", "noon",
//! "9.30pm", "at 1237 GMT".
//!
//! A bare "h:mm" is as often a score, a ratio, a verse or a media player's
//! "0:00" as a time, so it counts only with a time zone or after a word
//! that introduces a time ("at 14:30").

use regex::Regex;

use super::date::{Alt, B, Combined, before, settle};
use crate::engine::model::{DocInfo, Extracted, Interval, Kind, Value};

/// Compiled patterns: build once per analysis with `Patterns::new` and
/// pass to [`extract_with`]; compiling is far costlier than scanning.
pub struct Patterns {
    /// All forms in one alternation so the text is scanned once; a
    /// meridiem beats the bare "h:mm" that starts at the same digit.
    all: Combined,
    zone_after: Regex,
    time_word_before: Regex,
    /// "shortly before", "around", "just after": words that make a stated
    /// time a stretch (see `qualified`).
    qualifier: Regex,
}

impl Patterns {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        let re = |s: &str| Regex::new(s).expect("clock pattern compiles");
        let (zones, abbreviations) = (super::zones::pattern(), super::zones::abbreviations());
        let alts = [
            // "one minute past midnight", "a quarter to noon", "half past 9
            // p.m.": said as speech, to a named hour or one with its
            // meridiem ("half past six" alone is morning or evening).
            (
                "spoken",
                format!(
                    r"(?i){B}(?:(?P<off>(?:a\s+)?quarter)\s+(?P<dir>past|to)|(?P<half>half)\s+past|(?P<n>[0-9]{{1,2}}|{SMALL})\s+(?:minutes?\s+(?P<mdir>past|to|after|before)|(?P<ndir>past|to)))\s+(?:(?P<w>noon|midday|midnight)|(?P<h>[0-9]{{1,2}})\s?(?P<ap>[ap])(?:\.m\.|\.?m{B})){B}"
                ),
            ),
            (
                "mer",
                format!(
                    r"{B}(?P<h>[0-9]{{1,2}})(?:[:.](?P<m>[0-5][0-9]))?\s?(?P<ap>(?i:[ap]))(?:\.(?i:m)\.|\.?(?i:m){B})"
                ),
            ),
            // Wire copy writes "0737 GMT", "0600 local time" and "0600
            // Moscow time", British copy "00.40 GMT"; without the zone it
            // is any number.
            (
                "wire",
                format!(
                    r"{B}(?P<h>[0-2][0-9])\.?(?P<m>[0-5][0-9])\s*(?:\(?{abbreviations}|(?i:local\s+time)|[A-Z][a-z]+\s+time){B}"
                ),
            ),
            (
                "colon",
                format!(
                    r"{B}(?P<h>[0-9]{{1,2}}):(?P<m>[0-5][0-9])(?::[0-5][0-9])?{B}(?:\s*(?:h|hrs){B})?"
                ),
            ),
            (
                "named",
                format!(r"(?i){B}(?:12\s+)?(?P<w>noon|midday|midnight){B}"),
            ),
        ];
        Patterns {
            all: Combined::new(&alts, re),
            zone_after: re(&format!(r"^(?:\s*\(?\s*)(?P<z>{zones}){B}\)?")),
            time_word_before: re(
                r"(?i)(?-u:\b)(?:at|around|about|by|until|till|from|before|after|since|to|approximately|between)(?:\s+(?:exactly|precisely))?\s+$",
            ),
            qualifier: re(
                r"(?i)(?-u:\b)(?:(?P<near>(?:shortly|just|soon|right|minutes)\s+)?(?P<side>before|after)|(?P<about>about|around|approximately|roughly|circa)|(?P<under>nearly|almost))\s+$",
            ),
        }
    }
}

pub fn extract(text: &str, doc: &DocInfo) -> Vec<Extracted> {
    extract_with(&Patterns::new(), text, doc)
}

pub fn extract_with(p: &Patterns, text: &str, _doc: &DocInfo) -> Vec<Extracted> {
    let mut out = Vec::new();
    p.all.each(text, |c| {
        let found = if c.is("spoken") {
            spoken(text, p, &c)
        } else if c.is("mer") {
            meridiem(text, p, &c)
        } else if c.is("wire") {
            twenty_four(text, p, &c, true)
        } else if c.is("colon") {
            twenty_four(text, p, &c, false)
        } else {
            named(text, p, &c)
        };
        out.extend(found);
    });
    let mut found = settle(out);
    for e in &mut found {
        qualified(text, p, e);
    }
    found
}

/// Minutes either side of a time said to be "about" it.
const ABOUT: f64 = 15.0;
/// Minutes a time "shortly before" or "just after" another may be off.
const SHORTLY: f64 = 30.0;

/// Widens a time its words make approximate: "shortly before 3 a.m." is
/// 2:30 to 3:00, "around 1 a.m." 12:45 to 1:15, "nearly 8 p.m." 7:45 to
/// 8:00. A bare "before 3 a.m." bounds nothing a reader could check, and
/// stays the time it names.
fn qualified(text: &str, p: &Patterns, e: &mut Extracted) {
    let Value::Time { minutes, .. } = &mut e.value else {
        return;
    };
    let Some(c) = p.qualifier.captures(before(text, e.span.start, 24)) else {
        return;
    };
    let t = minutes.point();
    *minutes = if c.name("about").is_some() {
        Interval::closed(t - ABOUT, t + ABOUT)
    } else if c.name("under").is_some() {
        Interval::closed(t - ABOUT, t)
    } else if c.name("near").is_none() {
        return;
    } else if c
        .name("side")
        .is_some_and(|s| s.as_str().eq_ignore_ascii_case("before"))
    {
        Interval::closed(t - SHORTLY, t)
    } else {
        Interval::closed(t, t + SHORTLY)
    };
}

/// Number words a spoken offset from the hour may use.
const SMALL: &str = "(?:twenty|thirty|forty|fifty)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

/// "twelve minutes past midnight" is 00:12, "five to midnight" 23:55 (held
/// as -5, which the clock face reads as 23:55). A bare number before
/// "after" or "before" is an amount ("two after midnight" is not said),
/// and "half" goes only past the hour.
fn spoken(text: &str, p: &Patterns, c: &Alt) -> Option<Extracted> {
    let whole = c.whole()?;
    let (minutes, dir) = if c.name("half").is_some() {
        (30.0, "past")
    } else if c.name("off").is_some() {
        (15.0, c.name("dir")?.as_str())
    } else {
        let n = crate::engine::extract::numbers::parse_number(c.name("n")?.as_str())?;
        (n, c.name("mdir").or(c.name("ndir"))?.as_str())
    };
    let dir = dir.to_ascii_lowercase();
    let hour = match (c.name("w"), field(c, "h")) {
        (Some(w), _) if w.as_str().eq_ignore_ascii_case("midnight") => 0.0,
        (Some(_), _) => 720.0,
        (None, Some(h)) if (1..=12).contains(&h) => {
            let pm = c.name("ap")?.as_str().eq_ignore_ascii_case("p");
            f64::from((h % 12 + if pm { 12 } else { 0 }) * 60)
        }
        _ => return None,
    };
    let at = if matches!(dir.as_str(), "past" | "after") {
        hour + minutes
    } else {
        hour - minutes
    };
    // `with_zone` takes a time of day; "five to midnight" is held below
    // zero, as "shortly before midnight" is.
    let mut e = with_zone(text, p, whole.range(), 0);
    if let Value::Time { minutes, .. } = &mut e.value {
        *minutes = Interval::exact(at);
    }
    Some(e)
}

fn named(text: &str, p: &Patterns, c: &Alt) -> Option<Extracted> {
    let (whole, w) = (c.whole()?, c.name("w")?);
    let minutes = if w.as_str().eq_ignore_ascii_case("midnight") {
        0
    } else {
        12 * 60
    };
    Some(with_zone(text, p, whole.range(), minutes))
}

/// Extends the span over a following zone ("local time", "(GMT)").
fn with_zone(text: &str, p: &Patterns, span: std::ops::Range<usize>, minutes: u32) -> Extracted {
    let mut end = span.end;
    let mut zone = None;
    if let Some(c) = p.zone_after.captures(&text[span.end..])
        && let (Some(whole), Some(z)) = (c.get(0), c.name("z"))
    {
        end = span.end + whole.end();
        // Keep a closing parenthesis only when we also took the opening one.
        if text[span.end..end].ends_with(')') && !text[span.end..end].contains('(') {
            end -= 1;
        }
        zone = Some(normalise_zone(z.as_str()));
    } else if local_after_its_day(&text[span.end..]) {
        zone = Some("local".into());
    }
    Extracted {
        span: span.start..end,
        kind: Kind::Time,
        value: Value::Time {
            minutes: Interval::exact(minutes as f64),
            zone,
        },
        cue: None,
    }
}

/// "5:24 a.m. Thursday local time": the zone after the day the time is
/// on. The day stays a mention of its own, out of the time's span.
fn local_after_its_day(after: &str) -> bool {
    let mut words = after.split_whitespace();
    let mut day = words.next().unwrap_or("");
    if day == "on" {
        day = words.next().unwrap_or("");
    }
    let day = day.trim_end_matches(',');
    day.len() > 4
        && day.ends_with("day")
        && day.starts_with(|c: char| c.is_ascii_uppercase())
        && words.next() == Some("local")
        && words
            .next()
            .is_some_and(|w| w.trim_end_matches(['.', ',', ')']) == "time")
}

fn normalise_zone(z: &str) -> String {
    let squashed: String = z.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = squashed.to_ascii_lowercase();
    if lower == "local time" {
        return "local".into();
    }
    for (name, code) in [
        ("eastern", "ET"),
        ("central", "CT"),
        ("mountain", "MT"),
        ("pacific", "PT"),
    ] {
        if lower.starts_with(name) {
            return code.into();
        }
    }
    if squashed == "Z" || squashed == "Zulu" {
        return "UTC".into();
    }
    // "UK time" or "GMT time" is the zone of the initials.
    if let Some(initials) = squashed.strip_suffix(" time")
        && initials.len() <= 4
        && initials.bytes().all(|b| b.is_ascii_uppercase())
    {
        return initials.into();
    }
    squashed.replace(' ', "").replace('−', "-")
}

fn field(c: &Alt, name: &str) -> Option<u32> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

fn meridiem(text: &str, p: &Patterns, c: &Alt) -> Option<Extracted> {
    let whole = c.whole()?;
    let h = field(c, "h")?;
    let m = field(c, "m").unwrap_or(0);
    if !(1..=12).contains(&h) {
        return None;
    }
    let pm = c.name("ap")?.as_str().eq_ignore_ascii_case("p");
    let h24 = match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    Some(with_zone(text, p, whole.range(), h24 * 60 + m))
}

fn twenty_four(text: &str, p: &Patterns, c: &Alt, wire: bool) -> Option<Extracted> {
    let whole = c.whole()?;
    let h = field(c, "h")?;
    let m = field(c, "m")?;
    if h > 24 || (h == 24 && m != 0) {
        return None;
    }
    // A preceding ":" or digit means this is part of a longer number or
    // a duration like "1:02:33".
    let lead = before(text, whole.start(), 1);
    if lead == ":" || lead == "." || lead == "," {
        return None;
    }
    let e = if wire {
        let span = whole.start()..c.name("m")?.end();
        with_zone(text, p, span, (h % 24) * 60 + m)
    } else {
        with_zone(text, p, whole.range(), (h % 24) * 60 + m)
    };
    // "0600 Moscow time" after "at" or "from"; "in 1945 Victory time" is
    // a year.
    let place_time =
        wire && matches!(&e.value, Value::Time { zone: Some(z), .. } if z.ends_with("time"));
    let zoned = matches!(&e.value, Value::Time { zone: Some(_), .. })
        && (!place_time || p.time_word_before.is_match(before(text, whole.start(), 24)));
    let suffixed = !wire && text[whole.range()].trim_end().ends_with(['h', 's']);
    if zoned
        || suffixed
        || (!wire && timeline_entry(text, whole.start()))
        || p.time_word_before.is_match(before(text, whole.start(), 24))
        || (!wire && told_as_a_clock(text, whole.start(), whole.end()))
    {
        Some(e)
    } else {
        None
    }
}

/// Where a two-digit hour and its minutes can only be a clock: a fact
/// box's figure ("Blast: 14:47"), the same moment restated in a place in
/// brackets ("06:00 (05:00 in Ostrana)"), or a time that names an event
/// ("the 05:00 start"). A race's "1:48" has one digit to its hour.
fn told_as_a_clock(text: &str, start: usize, end: usize) -> bool {
    let two_digit_hour = text[start..].bytes().take_while(u8::is_ascii_digit).count() == 2;
    if !two_digit_hour {
        return false;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let after = &text[end..line_end];
    // The box's figure ends its line ("Found: 11 March, 10:40"), as a
    // score's "10:30 to the visitors" does not.
    let fact_box = crate::engine::chrome::fact_line_rest(text, start, end)
        .is_some_and(|rest| rest.trim().is_empty() || rest.trim_start().starts_with('('));
    let in_a_place = text[..start].ends_with('(')
        && after
            .strip_prefix(" in ")
            .is_some_and(|p| p.starts_with(|c: char| c.is_uppercase()));
    let names_an_event = {
        let before = text[line_start..start].trim_end();
        let article = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        article
            && after
                .strip_prefix(' ')
                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    fact_box || in_a_place || names_an_event
}

/// Whether the time at `start` opens a line of a timeline ("02:47
/// Neighbour calls 112", "- 07:35 Fire declared out"), as
/// `chrome::is_timeline_line` reads a line.
fn timeline_entry(text: &str, start: usize) -> bool {
    use crate::engine::chrome::{BULLETS, is_timeline_line};
    // Back over bullets only, so a long line costs nothing.
    let opening = text[..start].trim_end_matches(BULLETS);
    let from = opening.len();
    (opening.is_empty() || opening.ends_with('\n'))
        && is_timeline_line(&text[from..text.floor_char_boundary(start + 8)])
}

#[cfg(test)]
mod tests;
