//! Extractor: physical quantities ("1,000 tons", "10 km (6 miles)", "40C")
//! and earthquake magnitudes in all their spellings ("6.1-magnitude",
//! "magnitude 6.1", "M6.1", "6.1 on the Richter scale", "a 6.1 quake").
//!
//! Amounts are converted to one base unit per dimension so that reports
//! that chose different units still compare; the interval keeps the
//! precision the number was written with.

// The units table is shared with money and count; it lives in its own file
// but is declared here so that adding it needs no edit to the module root.
#[path = "units.rs"]
pub(crate) mod units;

use regex::{Captures, Regex};

use self::units::{Qual, WordClasses, ascii, lookup_unit, measured_interval, parse_qual, qualify};
use super::numbers::{NUMBER_BARE, SPACED_THOUSANDS, parse_number};
use crate::engine::model::{DocInfo, Extracted, Interval, Kind, Value};

/// Compiled patterns: build once per analysis with `Patterns::new` and
/// pass to [`extract_with`]; compiling is far costlier than scanning.
pub struct Patterns {
    main: Regex,
    cue_before: Regex,
    cue_after: Regex,
    /// Where a length puts a thing ("85m down", "300m away"): metres,
    /// though no dimension is named.
    placed_after: Regex,
    pounds: super::money::PoundsContext,
    classes: WordClasses,
    /// Words after a temperature that make it a difference ("4.1F above
    /// the average").
    differences: Vec<&'static str>,
}

impl Patterns {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        // Only long scale words, or a short one glued to the number with a
        // space before the unit ("1.2m litres", "40bn cubic metres"): a
        // bare glued "m" is metres here.
        // Spaced thousands first ("20 000 tonnes"), else "000 tonnes".
        let num = format!(
            r"(?:{SPACED_THOUSANDS}(?-u:\b)|{}(?:\s+(?:million|billion|thousand|hundred|mn|bn)(?-u:\b)|(?:mn|bn|m|k)\s+)?)",
            ascii(NUMBER_BARE)
        );
        let mag = r"[0-9]{1,2}(?:\.[0-9]{1,2})?";
        let unit = units::unit_alternation();
        let qual = units::QUAL;
        let main = format!(
            r"(?-u:\b)(?:(?P<qual>{qual})\s+)?(?:(?P<mag_pre>{mag})\s*(?:-|–)?\s*magnitude(?-u:\b)|magnitude(?:\s+of|\s*(?:-|–)|\s)\s*(?P<mag_post>{mag})(?-u:\b)|(?P<mart>(?:a|an|the)\s+)?(?-i:M[Ww]?)\s?(?P<mag_m>[0-9]\.[0-9]{{1,2}})(?-u:\b)|(?P<mag_r>{mag})\s+on\s+the\s+(?:open-ended\s+)?Richter(?:\s+scale)?(?-u:\b)|measuring\s+(?P<mag_meas>{mag})(?-u:\b)(?:(?P<meas_richter>\s+on\s+the\s+(?:open-ended\s+)?Richter(?:\s+scale)?(?-u:\b))|(?P<meas_sep>\s*)(?P<meas_unit>{unit}))?|(?:a|an|the)\s+(?P<mag_q>{mag})\s+(?:earthquake|quake|tremor|temblor|aftershock)s?(?-u:\b)|(?P<half>half\s+an?)\s+(?P<hunit>{unit})|(?P<inum>[0-9]+(?:\.[0-9]+)?)(?-i:in)(?-u:\b)|(?P<num>{num})(?P<frac>\s+and\s+a\s+half|-and-a-half)?(?:\s*(?:-|–|to)\s*(?P<num2>{num}))?(?P<sep>\s*|-)(?P<unit>{unit}))"
        );
        Patterns {
            main: units::compile(&main),
            cue_before: units::compile(
                r"(?-u:\b)(?:(depth|distance|height|length|width|altitude|elevation|radius|diameter|area|speeds?|winds?|gusts?|temperatures?|highs?|lows?|weight|volume|range)\s+(?:of\s+|at\s+|reaching\s+|reached\s+|hit\s+|topped\s+|to\s+)*|(?:within|beneath)\s+)$",
            ),
            cue_after: Regex::new(r"(?i)^\s+(?:\([^)]{0,40}\)\s*)?(deep|long|high|tall|wide|underground|below\s+ground)(?-u:\b)")
                .expect("cue regex"),
            placed_after: Regex::new(r"^\s+(down|beneath|below|away)(?-u:\b)")
                .expect("placed regex"),
            pounds: super::money::PoundsContext::new(),
            classes: WordClasses::new(),
            differences: crate::engine::words::entries(include_str!(
                "../../../assets/extract/temperature_differences.txt"
            ))
            .collect(),
        }
    }
}

fn dimension_noun(adj: &str) -> &'static str {
    match adj {
        "deep" | "underground" => "depth",
        "long" => "length",
        "high" | "tall" => "height",
        "wide" => "width",
        _ => "depth",
    }
}

/// Start of the window of `len` bytes before `end`, on a char boundary.
fn window_start(text: &str, end: usize, len: usize) -> usize {
    let mut s = end.saturating_sub(len);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    s
}

pub fn extract(text: &str, doc: &DocInfo) -> Vec<Extracted> {
    extract_with(&Patterns::new(), text, doc)
}

pub fn extract_with(p: &Patterns, text: &str, _doc: &DocInfo) -> Vec<Extracted> {
    let mut out: Vec<(Extracted, bool)> = Vec::new();
    for c in p.main.captures_iter(text) {
        if let Some(m) = read(p, text, &c) {
            out.push(m);
        }
    }
    inherit_parenthetical_cues(text, &mut out);
    out.into_iter().map(|(e, _)| e).collect()
}

/// A conversion in brackets ("10 km (6 miles)") measures the same thing
/// as the value before it, which may have said what ("a depth of").
fn inherit_parenthetical_cues(text: &str, out: &mut [(Extracted, bool)]) {
    for i in 1..out.len() {
        let gap = text[out[i - 1].0.span.end..out[i].0.span.start].trim();
        if out[i].1 && matches!(gap, "(" | "or" | ", or" | "/") {
            out[i].0.cue = out[i - 1].0.cue.clone();
            out[i].1 = out[i - 1].1;
        }
    }
}

/// The mention a match stands for, and whether its cue is only the unit.
fn read(p: &Patterns, text: &str, c: &Captures) -> Option<(Extracted, bool)> {
    let whole = c.get(0)?;
    let qual = parse_qual(c.name("qual").map(|m| m.as_str()));
    let mut span = whole.range();
    // "a Mw 6.1 shock": the article is read with the scale's symbol so
    // that "a Mw" is not taken for a megawatt, and left out of the span.
    if let Some(article) = c.name("mart") {
        span.start = article.end();
    }
    for g in ["mag_pre", "mag_post", "mag_m", "mag_r", "mag_q"] {
        if let Some(n) = c.name(g) {
            return magnitude(text, span, n.as_str(), qual);
        }
    }
    if let Some(n) = c.name("mag_meas") {
        if let Some(u) = c.name("meas_unit") {
            let sep = c.name("meas_sep").map_or("", |m| m.as_str());
            let start = n.start();
            return measured(
                p,
                text,
                start..whole.end(),
                n.as_str(),
                None,
                sep,
                u.as_str(),
                qual,
            );
        }
        if c.name("meas_richter").is_some() {
            return magnitude(text, span, n.as_str(), qual);
        }
        let after = &text[whole.end()..];
        let near = &text[window_start(text, whole.start(), 120)..whole.start()];
        // "measuring 6.1" alone is a magnitude only in a quake story and
        // only when no unit or scale word follows.
        let quake_near =
            near.to_lowercase().contains("quake") || near.to_lowercase().contains("tremor");
        if !quake_near
            || after
                .trim_start()
                .starts_with(|ch: char| ch.is_alphanumeric())
        {
            return None;
        }
        return magnitude(text, span, n.as_str(), qual);
    }
    if let Some(u) = c.name("hunit") {
        let unit = lookup_unit(u.as_str())?;
        let amount = unit.to_base(qualify(qual, measured_interval(0.5, "half"), 0.5, 0.5));
        let (cue, fallback) = cue(p, text, span.clone(), u.as_str());
        let e = Extracted {
            span,
            kind: Kind::Quantity,
            value: Value::Quantity {
                amount,
                unit: unit.base.to_string(),
            },
            cue,
        };
        return Some((e, fallback));
    }
    // "12.2in": inches, only glued to their number. "in" is no unit name
    // of the table: spaced, it is the preposition ("400,000 in 2018").
    if let Some(n) = c.name("inum") {
        return measured(p, text, span, n.as_str(), None, "", "inches", qual);
    }
    let n = c.name("num")?;
    let sep = c.name("sep").map_or("", |m| m.as_str());
    let u = c.name("unit")?;
    // "two and a half miles": the number and its half, as digits.
    let n = match c.name("frac") {
        Some(_) => {
            let words = n.as_str().trim();
            let bare = ["a ", "an ", "A ", "An "]
                .iter()
                .find_map(|a| words.strip_prefix(a))
                .unwrap_or(words);
            (parse_number(bare)? + 0.5).to_string()
        }
        None => n.as_str().trim_end().to_string(),
    };
    measured(
        p,
        text,
        span,
        &n,
        c.name("num2").map(|m| m.as_str().trim_end()),
        sep,
        u.as_str(),
        qual,
    )
}

fn magnitude(
    text: &str,
    span: std::ops::Range<usize>,
    n: &str,
    qual: Qual,
) -> Option<(Extracted, bool)> {
    let v: f64 = n.parse().ok()?;
    if !(0.0..=10.0).contains(&v) {
        return None;
    }
    let after = text[span.end..].trim_start().to_ascii_lowercase();
    // "a magnitude of 5 million" is not a quake.
    if after.starts_with('%')
        || ["million", "billion", "thousand", "percent", "per cent"]
            .iter()
            .any(|w| after.starts_with(w))
    {
        return None;
    }
    let amount = qualify(qual, measured_interval(v, n), v, v);
    let e = Extracted {
        span,
        kind: Kind::Quantity,
        value: Value::Quantity {
            amount,
            unit: "magnitude".to_string(),
        },
        cue: Some("magnitude".to_string()),
    };
    Some((e, false))
}

/// Whether the text after a value names the dimension it measures: "in
/// width", "in length".
fn in_dimension(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(" in ") else {
        return false;
    };
    [
        "width",
        "length",
        "height",
        "depth",
        "diameter",
        "circumference",
    ]
    .iter()
    .any(|d| rest.starts_with(d))
}

/// Whether `after` opens on a bracketed length in feet or yards: "742m
/// (2,434ft)", "a 42m (138ft) wall".
fn in_feet_after(after: &str) -> bool {
    let Some(rest) = after.trim_start().strip_prefix('(') else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.'));
    let unit: String = rest
        .trim_start()
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    rest.len() < after.len() - 1 && matches!(unit.as_str(), "ft" | "feet" | "foot" | "yards" | "yd")
}

/// Whether the text after a glued "m" goes on with a lowercase word that
/// is neither plural nor a unit: what the metres describe ("main runway",
/// "race"), where millions would count a plural ("1.5m people") or
/// measure in a unit ("1.2m litres").
fn metres_before_word(classes: &WordClasses, after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
    word.len() >= 3
        && rest[word.len()..].starts_with([' ', ',', '.'])
        && !classes.is_plural_noun(&word)
        && !classes.is_function_word(&word)
        && lookup_unit(&word).is_none()
}

#[allow(clippy::too_many_arguments)]
fn measured(
    p: &Patterns,
    text: &str,
    mut span: std::ops::Range<usize>,
    n: &str,
    n2: Option<&str>,
    sep: &str,
    unit_text: &str,
    qual: Qual,
) -> Option<(Extracted, bool)> {
    let unit = lookup_unit(unit_text)?;
    let lower_unit = unit_text.to_lowercase();

    // "1.5m people" or "a 5m budget" is millions; metres need the space
    // ("a 10 m wall"), or a whole number of a hundred or more and a word
    // after them that is no plural or unit: "the 3,200m main runway", "a
    // 400m race" (few sums are written so, and fewer without a currency).
    let hundreds =
        || !n.contains('.') && parse_number(n).is_some_and(|v| v >= 100.0 && v.fract() == 0.0);
    // Nor are they millions where a dimension is named beside them: "an
    // altitude of 2,150m", "about 400m in width", "a 40m-high wall".
    // Nor where the text converts them to feet: "742m (2,434ft)".
    let dimension = || {
        p.cue_before.is_match(&text[..span.start])
            || p.cue_after.is_match(&text[span.end..])
            || p.placed_after.is_match(&text[span.end..])
            || in_dimension(&text[span.end..])
            || in_feet_after(&text[span.end..])
    };
    if lower_unit == "m"
        && (sep.is_empty() || sep == "-" || unit_text == "M")
        && !(unit_text == "m"
            && ((hundreds() && metres_before_word(&p.classes, &text[span.end..])) || dimension()))
    {
        return None;
    }
    // Tonnes as a lowercase "t" ("850t", "6,800 t"), never "3T".
    if unit_text == "T" || (unit_text == "t" && text[span.end..].starts_with('\'')) {
        return None;
    }
    // Bare "C"/"F" glued to the number ("40C"), never "5 F"; a space is
    // wire style only after a decimal ("44.9 C") or in a bracket that
    // converts a temperature ("46 degrees Celsius (115 F)").
    let converted = text[..span.start].trim_end().ends_with('(');
    if (unit_text == "C" || unit_text == "F")
        && !sep.is_empty()
        && !(sep == " " && (n.contains('.') || converted))
    {
        return None;
    }
    let before = &text[..span.start];
    // A code or model name ("F-16 km" is noise, "A-10") or money.
    let prev = before.chars().next_back();
    if prev.is_some_and(|ch| ch.is_alphanumeric() || "$€£¥₹".contains(ch)) {
        return None;
    }
    let glued_to_word = prev == Some('-')
        && before[..before.len() - 1]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
    if glued_to_word {
        return None;
    }
    if (lower_unit.starts_with("pound") || lower_unit.starts_with("lb"))
        && p.pounds.is_money(text, span.clone())
    {
        return None;
    }
    let v = parse_number(n)?;
    if n.trim().eq_ignore_ascii_case("a") {
        return None;
    }
    // "18-carat gold" states how pure the gold is, not what it weighs.
    if lower_unit.starts_with("carat")
        && text[span.end..]
            .trim_start()
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("gold"))
    {
        return None;
    }
    let mut lo_v = v;
    let mut hi_v = v;
    let mut base = measured_interval(v, n);
    if let Some(n2) = n2 {
        let v2 = parse_number(n2)?;
        if v2 <= v {
            return None;
        }
        hi_v = v2;
        let b2 = measured_interval(v2, n2);
        base = Interval::closed(base.lo, b2.hi);
    }
    // Below zero is only written for temperatures ("-5C", "minus 5C").
    if unit.base == "C" {
        let neg = if let Some(c) = before
            .chars()
            .next_back()
            .filter(|c| matches!(c, '-' | '−'))
        {
            Some(before.len() - c.len_utf8())
        } else if before.to_ascii_lowercase().ends_with("minus ") {
            Some(before.len() - "minus ".len())
        } else {
            None
        };
        let standalone = |s: usize| {
            text[..s]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '(')
        };
        if let Some(s) = neg.filter(|s| standalone(*s)) {
            base = base.scale(-1.0);
            (lo_v, hi_v) = (-hi_v, -lo_v);
            span.start = s;
        }
    }
    let qualified = qualify(qual, base, lo_v, hi_v);
    // A difference of temperatures scales but does not shift: 4.1
    // degrees Fahrenheit above the norm is 2.3 degrees Celsius above it.
    // Only a unit with an offset (Fahrenheit) asks; most measures skip it.
    let difference = || {
        text[span.end..].split_whitespace().next().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            p.differences.iter().any(|d| d.eq_ignore_ascii_case(w))
        })
    };
    let amount = if unit.offset != 0.0 && difference() {
        qualified.scale(unit.factor)
    } else {
        unit.to_base(qualified)
    };
    let (cue, fallback) = cue(p, text, span.clone(), unit_text);
    let e = Extracted {
        span,
        kind: Kind::Quantity,
        value: Value::Quantity {
            amount,
            unit: unit.base.to_string(),
        },
        cue,
    };
    Some((e, fallback))
}

/// What the quantity measures: "tons of drugs" → "drugs", "a depth of
/// 10 km" → "depth", "10 km deep" → "depth", else the unit as written.
fn cue(
    p: &Patterns,
    text: &str,
    span: std::ops::Range<usize>,
    unit_text: &str,
) -> (Option<String>, bool) {
    let after = &text[span.end..];
    if let Some(m) = p
        .cue_after
        .captures(after)
        .or_else(|| p.placed_after.captures(after).filter(|m| &m[1] != "away"))
    {
        return (
            Some(dimension_noun(&m[1].to_ascii_lowercase()).to_string()),
            false,
        );
    }
    let trimmed = after.trim_start();
    if (trimmed.starts_with("of ") || trimmed.starts_with("in "))
        && let Some(c) = units::cue_after(after, &p.classes)
    {
        return (Some(c), false);
    }
    let before = &text[window_start(text, span.start, 48)..span.start];
    // "within 500m" says it is a length but names no dimension.
    if let Some(m) = p.cue_before.captures(before).and_then(|c| c.get(1)) {
        return (Some(m.as_str().to_lowercase()), false);
    }
    if let Some(c) = attributive_noun(p, after) {
        return (Some(c), false);
    }
    let unit = unit_text.split_whitespace().collect::<Vec<_>>().join(" ");
    (Some(unit.to_lowercase()), true)
}

/// The noun a quantity qualifies when it stands before it: "a 10,500-foot
/// runway", "its 3,200m main runway". Without it the cue would be the
/// unit, and the same runway in feet and in metres would look like two
/// things measured. Only a word WordNet reads as a noun counts, so "20
/// miles away" keeps its unit.
fn attributive_noun(p: &Patterns, after: &str) -> Option<String> {
    // "a 66-centimetre (26-inch) shaft", "a 26-inch) shaft" (the
    // conversion itself) and "a 66cm-wide shaft" qualify the shaft too.
    let after = match after.strip_prefix(" (") {
        Some(inner) => inner
            .find(')')
            .filter(|&i| i <= 40)
            .map_or(after, |i| &inner[i + 1..]),
        None => after.strip_prefix(')').unwrap_or(after),
    };
    let after = ["-wide", "-long", "-high", "-deep", "-tall", "-thick"]
        .iter()
        .find_map(|s| after.strip_prefix(s))
        .unwrap_or(after);
    if !after.starts_with(' ') {
        return None;
    }
    let cue = units::cue_after(after, &p.classes)?;
    let wn = p.classes.wordnet();
    (wn.is_noun_form(&cue) && lookup_unit(&cue).is_none()).then_some(cue)
}

#[cfg(test)]
#[path = "quantity_tests.rs"]
mod tests;
