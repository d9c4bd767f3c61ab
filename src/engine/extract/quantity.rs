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
use super::numbers::{NUMBER_BARE, parse_number};
use crate::engine::model::{DocInfo, Extracted, Interval, Kind, Value};

/// Compiled patterns: build once per analysis with `Patterns::new` and
/// pass to [`extract_with`]; compiling is far costlier than scanning.
pub struct Patterns {
    main: Regex,
    cue_before: Regex,
    cue_after: Regex,
    pounds: super::money::PoundsContext,
    classes: WordClasses,
}

impl Patterns {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        // Only long scale words, or a short one glued to the number with a
        // space before the unit ("1.2m litres", "40bn cubic metres"): a
        // bare glued "m" is metres here.
        let num = format!(
            r"{}(?:\s+(?:million|billion|thousand|hundred|mn|bn)(?-u:\b)|(?:mn|bn|m|k)\s+)?",
            ascii(NUMBER_BARE)
        );
        let mag = r"[0-9]{1,2}(?:\.[0-9]{1,2})?";
        let unit = units::unit_alternation();
        let qual = units::QUAL;
        let main = format!(
            r"(?-u:\b)(?:(?P<qual>{qual})\s+)?(?:(?P<mag_pre>{mag})\s*(?:-|–)?\s*magnitude(?-u:\b)|magnitude(?:\s+of|\s*(?:-|–)|\s)\s*(?P<mag_post>{mag})(?-u:\b)|(?P<mart>(?:a|an|the)\s+)?(?-i:M[Ww]?)\s?(?P<mag_m>[0-9]\.[0-9]{{1,2}})(?-u:\b)|(?P<mag_r>{mag})\s+on\s+the\s+(?:open-ended\s+)?Richter(?:\s+scale)?(?-u:\b)|measuring\s+(?P<mag_meas>{mag})(?-u:\b)(?:(?P<meas_richter>\s+on\s+the\s+(?:open-ended\s+)?Richter(?:\s+scale)?(?-u:\b))|(?P<meas_sep>\s*)(?P<meas_unit>{unit}))?|(?:a|an|the)\s+(?P<mag_q>{mag})\s+(?:earthquake|quake|tremor|temblor|aftershock)s?(?-u:\b)|(?P<half>half\s+an?)\s+(?P<hunit>{unit})|(?P<num>{num})(?:\s*(?:-|–|to)\s*(?P<num2>{num}))?(?P<sep>\s*|-)(?P<unit>{unit}))"
        );
        Patterns {
            main: units::compile(&main),
            cue_before: units::compile(
                r"(?-u:\b)(depth|distance|height|length|width|altitude|elevation|radius|diameter|area|speeds?|winds?|gusts?|temperatures?|highs?|lows?|weight|volume|range)\s+(?:of\s+|at\s+|reaching\s+|reached\s+|hit\s+|topped\s+|to\s+)*$",
            ),
            cue_after: Regex::new(r"(?i)^\s+(?:\([^)]{0,40}\)\s*)?(deep|long|high|tall|wide|underground|below\s+ground)(?-u:\b)")
                .expect("cue regex"),
            pounds: super::money::PoundsContext::new(),
            classes: WordClasses::new(),
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
        let amount = unit.to_base(qualify(qual, Interval::exact(0.5), 0.5, 0.5));
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
    let n = c.name("num")?;
    let sep = c.name("sep").map_or("", |m| m.as_str());
    let u = c.name("unit")?;
    measured(
        p,
        text,
        span,
        n.as_str().trim_end(),
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
    if lower_unit == "m"
        && (sep.is_empty() || sep == "-" || unit_text == "M")
        && !(unit_text == "m" && hundreds() && metres_before_word(&p.classes, &text[span.end..]))
    {
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
    let amount = unit.to_base(qualify(qual, base, lo_v, hi_v));
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
    if let Some(m) = p.cue_after.captures(after) {
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
    if let Some(m) = p.cue_before.captures(before) {
        return (Some(m[1].to_lowercase()), false);
    }
    let unit = unit_text.split_whitespace().collect::<Vec<_>>().join(" ");
    (Some(unit.to_lowercase()), true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn quantities(text: &str) -> Vec<(String, Interval, String, Option<String>)> {
        extract(text, &DocInfo::default())
            .into_iter()
            .map(|e| match e.value {
                Value::Quantity { amount, unit } => (text[e.span].to_string(), amount, unit, e.cue),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn magnitude_in_every_spelling() {
        let texts = [
            ("A 6.1-magnitude earthquake struck", "6.1-magnitude"),
            ("a magnitude 6.1 quake", "magnitude 6.1"),
            ("the magnitude-6.1 tremor", "magnitude-6.1"),
            ("USGS reported an M6.1 event", "M6.1"),
            ("a 6.1 magnitude earthquake", "6.1 magnitude"),
            ("It had a magnitude of 6.1.", "magnitude of 6.1"),
            (
                "measuring 6.1 on the Richter scale",
                "measuring 6.1 on the Richter scale",
            ),
            ("the quake, measuring 6.1, hit", "measuring 6.1"),
            ("A 6.1 quake rattled the coast.", "A 6.1 quake"),
            ("a 6.1 earthquake", "a 6.1 earthquake"),
            ("a Mw 6.1 shock", "Mw 6.1"),
        ];
        for (t, span) in texts {
            let q = quantities(t);
            assert_eq!(q.len(), 1, "{t}: {q:?}");
            assert_eq!(
                (q[0].0.as_str(), q[0].2.as_str()),
                (span, "magnitude"),
                "{t}"
            );
            assert!(q[0].1.overlaps(&Interval::exact(6.1)), "{t}");
            assert!(!q[0].1.overlaps(&Interval::exact(6.2)), "{t}");
        }
    }

    #[test]
    fn magnitude_lookalikes_are_not_magnitudes() {
        for t in [
            "the M4 motorway",
            "a magnitude of 5 million",
            "measuring 6 inches wide",
            "a 6.1 per cent rise",
        ] {
            let q = quantities(t);
            assert!(q.iter().all(|x| x.2 != "magnitude"), "{t}: {q:?}");
        }
        assert_eq!(quantities("measuring 6 inches")[0].2, "m");
    }

    #[test]
    fn kilometres_and_miles_agree_and_parentheses_give_two() {
        let q = quantities("The quake hit at a depth of 10 km (6 miles), officials said.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[0].0.as_str(), q[1].0.as_str()), ("10 km", "6 miles"));
        assert!(
            q.iter()
                .all(|x| x.2 == "m" && x.3.as_deref() == Some("depth"))
        );
        assert!(q[0].1.overlaps(&q[1].1));
        let far = quantities("about 70 kilometres away and 20 miles north");
        assert!(!far[0].1.overlaps(&far[1].1), "{far:?}");
        let deep = quantities("It was six miles deep.");
        assert_eq!(deep[0].3.as_deref(), Some("depth"));
    }

    #[test]
    fn mass_converts_to_kilograms_with_measured_thing_as_cue() {
        let q = quantities("Police seized 1,000 tons of drugs and half a ton of cocaine.");
        assert_eq!(q[0].3.as_deref(), Some("drugs"));
        assert!(q[0].1.overlaps(&Interval::exact(1_000_000.0)) && q[0].2 == "kg");
        assert_eq!(q[1].0, "half a ton");
        assert_eq!(q[1].1, Interval::exact(500.0));
        assert_eq!(q[1].3.as_deref(), Some("cocaine"));
        let lb = quantities("The suspect weighed 200 pounds.");
        assert!(lb[0].1.overlaps(&Interval::exact(90.7)) && lb[0].2 == "kg");
    }

    #[test]
    fn pounds_with_money_context_are_not_mass() {
        assert!(quantities("She was fined 500 pounds by the court.").is_empty());
        assert!(quantities("He paid £300 and 200 pounds more.").is_empty());
    }

    #[test]
    fn approximators_and_qualifiers_bend_the_interval() {
        let about = quantities("about 100 km")[0].1;
        assert!(about.lo <= 90_000.0 && about.hi >= 110_000.0);
        assert_eq!(
            quantities("more than 50 tonnes")[0].1,
            Interval::more_than(50_000.0)
        );
        assert_eq!(
            quantities("at least 3 miles")[0].1,
            Interval::at_least(3.0 * 1609.344)
        );
        let up = quantities("up to 30 cm")[0].1;
        assert!(up.lo.is_infinite() && (up.hi - 0.3).abs() < 1e-9);
        let range = quantities("waves of 3-5 metres")[0].1;
        assert!(range.lo < 3.0 && range.hi > 5.0 && range.hi < 6.0);
    }

    #[test]
    fn temperature_speed_area_volume() {
        let t =
            quantities("Temperatures hit 40C (104F) and fell to -5°C, minus 3 degrees Celsius.");
        assert_eq!(t.len(), 4, "{t:?}");
        assert!(t[0].1.overlaps(&t[1].1), "40C and 104F agree");
        assert!(t[2].1.overlaps(&Interval::exact(-5.0)) && t[2].0 == "-5°C");
        assert!(t[3].1.overlaps(&Interval::exact(-3.0)));
        // Power and energy.
        let w = quantities("Demand peaked at 58.6 gigawatts (58,600 MW); the plant makes 3.2 TWh.");
        assert_eq!((w[0].2.as_str(), w[2].2.as_str()), ("W", "Wh"), "{w:?}");
        assert!(w[0].1.overlaps(&w[1].1), "58.6 GW and 58,600 MW agree");
        // Wire style: a space before the scale's letter after a decimal
        // or in a converting bracket, never after a plain number.
        let t = quantities("a record of 44.9 C; 46 degrees Celsius (115 F) on Tuesday");
        assert_eq!(t.len(), 3, "{t:?}");
        assert!(t[1].1.overlaps(&t[2].1), "46C and 115 F agree");
        assert!(quantities("Grade 5 F was given to 12 C students").is_empty());
        // The scale's name alone, without "degrees".
        let t = quantities("It was 9C (48 Fahrenheit) at the start, 40 Celsius by noon.");
        assert_eq!(t.len(), 3, "{t:?}");
        assert!(t[0].1.overlaps(&t[1].1), "9C and 48 Fahrenheit agree");
        assert!(t[2].1.overlaps(&Interval::exact(40.0)) && t[2].2 == "C");
        let s = quantities("winds of 120 km/h (75 mph)");
        assert_eq!(s[0].2, "m/s");
        assert!(s[0].1.overlaps(&s[1].1));
        assert_eq!(s[1].3.as_deref(), Some("winds"));
        assert_eq!(quantities("some 5,000 hectares burned")[0].2, "m2");
        assert_eq!(
            quantities("2 million barrels of oil")[0].3.as_deref(),
            Some("oil")
        );
        assert_eq!(quantities("50 square kilometres")[0].2, "m2");
        let a = quantities("It burned 420 sq km (162 sq miles).");
        assert_eq!(a.len(), 2, "{a:?}");
        assert!(a[0].1.overlaps(&a[1].1), "the conversion agrees");
    }

    #[test]
    fn amounts_of_data_in_words_and_symbols_agree() {
        let d = quantities("Hackers copied about 1.8 terabytes, or 1.8 TB, not 1,800 GB.");
        assert_eq!(d.len(), 3, "{d:?}");
        assert!(d.iter().all(|q| q.2 == "B"), "{d:?}");
        assert!(d[0].1.overlaps(&d[1].1) && d[1].1.overlaps(&d[2].1));
        assert!(!d[0].1.overlaps(&quantities("a 2.3 TB haul")[0].1));
    }

    #[test]
    fn millions_and_codes_are_not_metres() {
        for t in [
            "1.5m people",
            "a 5m budget",
            "the F-16 jets",
            "a man",
            "a ton of fun",
            "$10 m",
            "a 5m budget was set.",
            "some 400m people live there.",
        ] {
            assert!(quantities(t).is_empty(), "{t}: {:?}", quantities(t));
        }
        // A glued "m" with a unit after it is millions of that unit.
        for (t, v, unit) in [
            ("they bought 800m litres of fuel.", 8e8, "l"),
            ("it stored 40bn cubic metres of gas.", 4e13, "l"),
            ("exports reached 5k tonnes.", 5e6, "kg"),
        ] {
            let q = quantities(t);
            assert_eq!(q.len(), 1, "{t}: {q:?}");
            assert!(
                q[0].1.overlaps(&Interval::exact(v)) && q[0].2 == unit,
                "{t}: {q:?}"
            );
        }
        assert_eq!(quantities("a 10 m wall")[0].2, "m");
        for t in ["on the 3,200m main runway.", "he won the 400m race."] {
            let q = quantities(t);
            assert_eq!(q.len(), 1, "{t}: {q:?}");
            assert_eq!(q[0].2, "m", "{t}");
        }
    }

    fn mixed() -> impl Strategy<Value = String> {
        let parts = vec![
            "1,000",
            " ",
            "6.1",
            "-",
            "magnitude",
            "M",
            "km",
            "miles",
            "(",
            ")",
            "tons",
            " of ",
            "°",
            "C",
            "F",
            "pounds",
            "£",
            "half a ",
            "é",
            "’",
            "\n",
            "minus ",
            "about ",
            "quake",
            "measuring ",
            "on the Richter scale",
            "km²",
            "−",
        ];
        prop::collection::vec(prop::sample::select(parts), 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn never_panics_and_spans_are_valid(s in prop_oneof!["\\PC*", mixed()]) {
            let a = extract(&s, &DocInfo::default());
            for e in &a {
                prop_assert!(e.span.start < e.span.end && e.span.end <= s.len());
                prop_assert!(s.is_char_boundary(e.span.start) && s.is_char_boundary(e.span.end));
            }
            prop_assert_eq!(a, extract(&s, &DocInfo::default()));
        }
    }
}
