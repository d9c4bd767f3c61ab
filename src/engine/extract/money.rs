//! Extractor: sums of money ("$2 billion", "€2.4bn", "R26 million",
//! "USD 5 million", "10,000 euros", "Rs 500 crore").
//!
//! The currency is kept as written (as an ISO-like code); the amount stays
//! in it. Sums in different currencies are compared by the linker
//! (`link::currency`), at yearly average rates with a tolerance.

use std::ops::Range;

use regex::{Captures, Regex};

use super::numbers::{NUMBER_BARE, parse_number};
use super::quantity::units::{
    self, Qual, WordClasses, ascii, currency_word, parse_qual, qualify, written_interval,
};
use crate::engine::model::{DocInfo, Extracted, Interval, Kind, Value};

/// Tells money "pounds" from weight: "fined 500 pounds" against "weighed
/// 500 pounds". Built once per extraction and shared with quantity.
pub(crate) struct PoundsContext {
    money: Regex,
    mass: Regex,
}

impl PoundsContext {
    pub(crate) fn new() -> Self {
        PoundsContext {
            money: units::compile(concat!(
                r"£|(?-u:\b)(?:sterling|paid|pay|pays|paying|fined?|fines|costs?|costing|worth",
                r"|salary|salaries|wages?|prices?|priced|compensation|damages|spent|spend|spending",
                r"|budget|bill|fees?|bonus|tax|taxes|earn|earns|earned|funds?|funding|funded|raised",
                r"|donated|donation|donations|loan|debt|pension|income|sold|bought|buy|sell|deal",
                r"|contract|settlement|awarded|award|prize|charged?|revenue|profit|owed?|owes",
                r"|million|billion|bn|bail|penalty|cash|money|invested|investment)(?-u:\b)",
            )),
            mass: units::compile(
                r"(?-u:\b)(?:weigh|weighs|weighed|weighing|weight|heavy|heavier|lighter|lbs?|kg|kilos?|ounces?|tons?|tonnes?)(?-u:\b)",
            ),
        }
    }

    /// Whether "pounds" at `span` is sterling: money words nearby in the
    /// same sentence and no words about weight.
    pub(crate) fn is_money(&self, text: &str, span: Range<usize>) -> bool {
        let window = sentence_around(text, span, 80);
        if window.contains('£') {
            return true;
        }
        self.money.is_match(window) && !self.mass.is_match(window)
    }
}

/// Up to `radius` bytes either side of `span`, cut to its sentence so that
/// cues from the sentence before ("He weighed 200 pounds. She was fined
/// 500 pounds.") do not leak in.
fn sentence_around(text: &str, span: Range<usize>, radius: usize) -> &str {
    let mut a = span.start.saturating_sub(radius);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let mut b = (span.end + radius).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    if let Some(i) = text[a..span.start].rfind(['.', '!', '?', '\n']) {
        a += i + 1;
    }
    if let Some(i) = text[span.end..b.max(span.end)].find(['.', '!', '?', '\n']) {
        b = span.end + i;
    }
    &text[a..b.max(a)]
}

/// Currency written before the number, captured as `name`.
fn prefix(name: &str) -> String {
    format!(
        concat!(
            r"(?P<{}>(?-u:\b)(?-i:US\$|U\.S\.\s?\$|AU\$|A\$|CA\$|C\$|NZ\$|HK\$|S\$|R\$|Mex\$",
            r"|Rs\.?|INR|USD|EUR|GBP|CHF|JPY|CNY|RMB|ZAR|AUD|CAD|NZD|HKD|SGD|BRL|MXN|RUB|TRY|KES|NGN|KSh|Ksh|R)",
            r"|\$|€|£|¥|₹|₩|₽|₺|₦|₱|₪|₴|₫|฿)",
        ),
        name
    )
}

/// Currency written after the number, captured as `name`.
fn suffix(name: &str) -> String {
    format!(
        concat!(
            r"(?P<{}>(?:US|U\.S\.|American|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore)\s+dollars",
            r"|dollars?|euros?|pounds?(?:\s+sterling)?|sterling|rand|yen|yuan|renminbi|rupees?|Swiss\s+francs?",
            r"|francs?|naira|roubles?|rubles?|liras?|shekels?|dirhams?|riyals?|zlotys?|hryvnias?|baht|ringgit",
            r"|rupiah|pesos?|shillings?|dinars?|(?-i:USD|EUR|GBP|CHF|JPY|CNY|ZAR|INR|AUD|CAD))(?-u:\b)",
        ),
        name
    )
}

fn prefix_code(cur: &str) -> String {
    let compact: String = cur.chars().filter(|c| !c.is_whitespace()).collect();
    match compact.as_str() {
        "$" | "US$" | "U.S.$" => "USD",
        "A$" | "AU$" => "AUD",
        "C$" | "CA$" => "CAD",
        "NZ$" => "NZD",
        "HK$" => "HKD",
        "S$" => "SGD",
        "R$" => "BRL",
        "Mex$" => "MXN",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" | "Rs" | "Rs." => "INR",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "₦" => "NGN",
        "₱" => "PHP",
        "₪" => "ILS",
        "₴" => "UAH",
        "₫" => "VND",
        "฿" => "THB",
        "R" => "ZAR",
        "KSh" | "Ksh" => "KES",
        "RMB" => "CNY",
        other => return other.to_string(),
    }
    .to_string()
}

/// Compiled patterns: build once per analysis with `Patterns::new` and
/// pass to [`extract_with`]; compiling is far costlier than scanning.
pub struct Patterns {
    main: Regex,
    cue_before: Regex,
    pounds: PoundsContext,
    classes: WordClasses,
}

impl Patterns {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        // A scale word may be hyphenated to the number ("a $4.5-million
        // fine", "a five-million-dollar deal").
        let num = format!(
            r"{}(?:\s?(?:million|billion|trillion|thousand|hundred|mn|bn|tn|m|b|k)(?-u:\b)|-(?:million|billion|trillion|thousand)(?-u:\b))?",
            ascii(NUMBER_BARE)
        );
        // After a currency sign, digits grouped by spaces are one sum
        // ("R15 000", "€1 250 000"), as South African and European copy
        // writes them; elsewhere "in 2019 100 people" would misread.
        let spaced = "[0-9]{1,3}(?:(?: |\u{a0}|\u{202f})[0-9]{3})+(?-u:\\b)";
        let cur_num = format!("(?:{spaced}|{num})");
        let ind = r"(?:\s?(?:crores?|lakhs?)(?-u:\b))";
        let qual = units::QUAL;
        let (cur, bcur, bcur2) = (prefix("cur"), prefix("bcur"), prefix("bcur2"));
        let (curw, bcurw) = (suffix("curw"), suffix("bcurw"));
        // "between $2 and $3 billion" is its own alternative: "and" cannot
        // be a range separator elsewhere ("$5m and $3m" are two sums).
        let main = format!(
            r"(?:(?-u:\b)between\s+{bcur}?(?P<bn1>{num})(?P<bind1>{ind})?\s+and\s+{bcur2}?(?P<bn2>{num})(?P<bind2>{ind})?(?:\s+{bcurw})?|(?:(?-u:\b)(?P<qual>{qual})\s+)?(?:{cur}(?P<gap>\s?)(?P<num>{cur_num})(?P<ind>{ind})?(?:\s*(?:-|–|to)\s*(?:\$|€|£|¥|₹)?(?P<num2>{num})(?P<ind2>{ind})?)?|(?-u:\b)(?P<num_s>{num})(?P<ind_s>{ind})?(?:\s*(?:-|–|to)\s*(?P<num2_s>{num})(?P<ind2_s>{ind})?)?(?:\s+|-){curw})|(?-u:\b)(?P<multi>multi-?(?:million|billion))(?:\s+|-)(?P<mcur>dollars?|euros?|pounds?)(?-u:\b)|(?-u:\b)(?P<pence>[0-9]{{1,4}}(?:\.[0-9]{{1,2}})?)(?:(?-i:p)|\s?pence)(?-u:\b))"
        );
        Patterns {
            main: units::compile(&main),
            cue_before: units::compile(r"(?-u:\b)([a-z]+)\s+of\s+$"),
            pounds: PoundsContext::new(),
            classes: WordClasses::new(),
        }
    }
}

pub fn extract(text: &str, doc: &DocInfo) -> Vec<Extracted> {
    extract_with(&Patterns::new(), text, doc)
}

pub fn extract_with(p: &Patterns, text: &str, _doc: &DocInfo) -> Vec<Extracted> {
    p.main
        .captures_iter(text)
        .filter_map(|c| read(p, text, &c))
        .collect()
}

/// A number with its Indian scale word applied ("500 crore" = 5e9).
fn amount(num: &str, ind: Option<&str>) -> Option<(f64, Interval)> {
    let v = parse_number(num)?;
    let k = match ind.map(|s| s.trim().to_ascii_lowercase()) {
        Some(s) if s.starts_with("crore") => 1e7,
        Some(s) if s.starts_with("lakh") => 1e5,
        _ => 1.0,
    };
    Some((v * k, written_interval(v, num).scale(k)))
}

/// The leading digits of a written number ("3" of "3 billion").
fn digits_value(num: &str) -> Option<f64> {
    let digits: String = num
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        .collect();
    digits
        .replace(',', "")
        .parse()
        .ok()
        .filter(|d: &f64| *d != 0.0)
}

fn read(p: &Patterns, text: &str, c: &Captures) -> Option<Extracted> {
    let whole = c.get(0)?;
    let mut span = whole.range();
    if let Some(m) = c.name("multi") {
        return multi(p, text, span, m.as_str(), c.name("mcur")?.as_str());
    }
    if let Some(m) = c.name("pence") {
        return pence(p, text, span, m.as_str());
    }
    let (num, ind, num2, ind2, currency) = if let Some(n1) = c.name("bn1") {
        let code = match (c.name("bcur").or(c.name("bcur2")), c.name("bcurw")) {
            (Some(cur), _) => prefix_code(cur.as_str()),
            (None, Some(w)) => currency_word(w.as_str())?.to_string(),
            (None, None) => return None,
        };
        (n1, c.name("bind1"), c.name("bn2"), c.name("bind2"), code)
    } else if let Some(cur) = c.name("cur") {
        // "R" is rand only glued to digits: "R26 million", not "R 26", and
        // not the "Ra" of a word that happens to start with a number word.
        let digits_follow = c
            .name("num")
            .is_some_and(|n| n.as_str().starts_with(|d: char| d.is_ascii_digit()));
        if cur.as_str() == "R"
            && (!c.name("gap").is_some_and(|g| g.as_str().is_empty()) || !digits_follow)
        {
            return None;
        }
        let after = &text[span.end..];
        if cur.as_str() == "R" && after.starts_with('-') {
            return None;
        }
        (
            c.name("num")?,
            c.name("ind"),
            c.name("num2"),
            c.name("ind2"),
            prefix_code(cur.as_str()),
        )
    } else {
        let word = c.name("curw")?;
        let lw = word.as_str().to_ascii_lowercase();
        if lw.starts_with("pound") && !p.pounds.is_money(text, span.clone()) {
            return None;
        }
        let num = c.name("num_s")?;
        // "a dollar" is a figure of speech more often than a sum.
        if num.as_str().trim().eq_ignore_ascii_case("a") {
            return None;
        }
        let code = match c.name("ind_s") {
            Some(_) if lw.starts_with("rupee") => "INR".to_string(),
            _ => currency_word(&lw)
                .map(str::to_string)
                .unwrap_or_else(|| word.as_str().to_uppercase()),
        };
        (
            num,
            c.name("ind_s"),
            c.name("num2_s"),
            c.name("ind2_s"),
            code,
        )
    };
    if text[span.end..].starts_with('%') {
        return None;
    }
    // The shared number pattern reads "a five" as one number; in "a
    // five-million-dollar deal" the "a" is an article.
    let num_text = match num.as_str().split_once(char::is_whitespace) {
        Some((a, rest)) if a.eq_ignore_ascii_case("a") && parse_number(rest).is_some() => {
            if span.start == num.start() {
                span.start = num.end() - rest.len();
            }
            rest
        }
        _ => num.as_str(),
    };
    let (mut v1, mut base) = amount(num_text, ind.map(|m| m.as_str()))?;
    let mut hi_v = v1;
    if let Some(n2) = num2 {
        let (v2, _) = amount(n2.as_str(), ind2.map(|m| m.as_str()))?;
        // "$2-3 billion": the scale written once applies to both ends.
        let s2 = digits_value(n2.as_str()).map_or(1.0, |d| v2 / d);
        let n1_plain = !num_text.chars().any(|ch| ch.is_alphabetic()) && ind.is_none();
        if n1_plain && s2 > 1.0 {
            v1 *= s2;
        }
        if v2 <= v1 {
            return None;
        }
        hi_v = v2;
        base = Interval::closed(v1, v2);
    }
    let qual = parse_qual(c.name("qual").map(|m| m.as_str()));
    if qual == Qual::Approx && num2.is_none() {
        // "about $2,000" is ±10%, not also anything that rounds to it.
        base = Interval::exact(v1);
    }
    let amount = qualify(qual, base, v1, hi_v);
    Some(Extracted {
        span: span.clone(),
        kind: Kind::Money,
        value: Value::Money { amount, currency },
        cue: cue(p, text, span),
    })
}

/// "a multimillion-dollar lawsuit": some millions, more than one.
fn multi(p: &Patterns, text: &str, span: Range<usize>, m: &str, cur: &str) -> Option<Extracted> {
    let scale = if m.to_ascii_lowercase().ends_with("billion") {
        1e9
    } else {
        1e6
    };
    let lc = cur.to_ascii_lowercase();
    if lc.starts_with("pound") && !p.pounds.is_money(text, span.clone()) {
        return None;
    }
    let amount = Interval {
        lo: 2.0 * scale,
        hi: 1000.0 * scale,
        lo_open: false,
        hi_open: true,
    };
    Some(Extracted {
        span: span.clone(),
        kind: Kind::Money,
        value: Value::Money {
            amount,
            currency: currency_word(&lc)?.to_string(),
        },
        cue: cue(p, text, span),
    })
}

/// "closed at 388p", "a 5 pence rise": sterling's hundredths, as British
/// copy writes share prices and small sums. A glued "p" only in copy that
/// writes sterling elsewhere, where it is not a video's "1080p"; never
/// "4p.m.".
fn pence(p: &Patterns, text: &str, span: Range<usize>, num: &str) -> Option<Extracted> {
    let after = &text[span.end..];
    if after.starts_with(['.', '-']) && after[1..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let glued = text[..span.end].ends_with(['p', 'P']);
    if glued && !(text.contains('£') || text.contains("pence") || text.contains("sterling")) {
        return None;
    }
    let v = parse_number(num)?;
    let amount = written_interval(v, num).scale(0.01);
    Some(Extracted {
        span: span.clone(),
        kind: Kind::Money,
        value: Value::Money {
            amount,
            currency: "GBP".to_string(),
        },
        cue: cue(p, text, span),
    })
}

/// What the money is for: "$2 billion in aid" → "aid", "a $5m fine" →
/// "fine", "a fine of $5m" → "fine".
fn cue(p: &Patterns, text: &str, span: Range<usize>) -> Option<String> {
    if let Some(c) = units::cue_after(&text[span.end..], &p.classes) {
        return Some(c);
    }
    let mut a = span.start.saturating_sub(32);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let before = &text[a..span.start];
    let m = p.cue_before.captures(before)?;
    let w = m[1].to_ascii_lowercase();
    (!p.classes.is_function_word(&w) && w != "total" && w != "sum").then_some(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn money(text: &str) -> Vec<(String, Interval, String, Option<String>)> {
        extract(text, &DocInfo::default())
            .into_iter()
            .map(|e| match e.value {
                Value::Money { amount, currency } => {
                    (text[e.span].to_string(), amount, currency, e.cue)
                }
                _ => unreachable!(),
            })
            .collect()
    }

    fn one(text: &str) -> (String, Interval, String) {
        let m = money(text);
        assert_eq!(m.len(), 1, "{text}: {m:?}");
        let (s, a, c, _) = m.into_iter().next().unwrap();
        (s, a, c)
    }

    #[test]
    fn digits_grouped_by_spaces_after_a_sign_are_one_sum() {
        let (s, a, c) = one("an entry-level wage of R15 000 a month");
        assert_eq!((s.as_str(), c.as_str()), ("R15 000", "ZAR"));
        assert_eq!(a, Interval::exact(15_000.0));
        let (s, a, _) = one("a fine of €1\u{a0}250\u{a0}000 was paid");
        assert_eq!(s, "€1\u{a0}250\u{a0}000");
        assert_eq!(a, Interval::exact(1_250_000.0));
        // Groups must be of three: "$15 00" is "$15".
        assert_eq!(one("paid $15 00 times").0, "$15");
    }

    #[test]
    fn currencies_before_and_after_the_number() {
        let cases = [
            ("pledged $2 billion", "$2 billion", 2e9, "USD"),
            ("a €2.4bn package", "€2.4bn", 2.4e9, "EUR"),
            ("bail of $43,351", "$43,351", 43_351.0, "USD"),
            ("£1.7 million", "£1.7 million", 1.7e6, "GBP"),
            ("stole R26 million", "R26 million", 26e6, "ZAR"),
            ("US$5m deal", "US$5m", 5e6, "USD"),
            ("USD 5 million", "USD 5 million", 5e6, "USD"),
            ("5 million dollars", "5 million dollars", 5e6, "USD"),
            ("10,001 euros", "10,001 euros", 10_001.0, "EUR"),
            ("Rs 500 crore", "Rs 500 crore", 5e9, "INR"),
            ("Rs 3 lakh", "Rs 3 lakh", 3e5, "INR"),
            ("¥300", "¥300", 300.0, "JPY"),
            ("₹45", "₹45", 45.0, "INR"),
            ("CHF 12 million", "CHF 12 million", 12e6, "CHF"),
            ("A$3 million", "A$3 million", 3e6, "AUD"),
            ("C$7", "C$7", 7.0, "CAD"),
            (
                "40 million Australian dollars",
                "40 million Australian dollars",
                40e6,
                "AUD",
            ),
        ];
        for (t, span, v, cur) in cases {
            let (s, a, c) = one(t);
            assert_eq!((s.as_str(), c.as_str()), (span, cur), "{t}");
            assert!(a.overlaps(&Interval::exact(v)), "{t}: {a:?}");
        }
    }

    #[test]
    fn hyphenated_scales_and_currencies() {
        let cases = [
            ("a $4.5-million fine", "$4.5-million", 4.5e6, "USD"),
            (
                "a five-million-dollar deal",
                "five-million-dollar",
                5e6,
                "USD",
            ),
            ("a 20-euro note", "20-euro", 20.0, "EUR"),
            (
                "the club paid three million euros",
                "three million euros",
                3e6,
                "EUR",
            ),
            ("or £2.6 million", "£2.6 million", 2.6e6, "GBP"),
            ("or $3.9 million", "$3.9 million", 3.9e6, "USD"),
            ("a 3m euros bid", "3m euros", 3e6, "EUR"),
            ("a €3m bid", "€3m", 3e6, "EUR"),
            ("US$5 billion in loans", "US$5 billion", 5e9, "USD"),
            ("5 billion yuan of bonds", "5 billion yuan", 5e9, "CNY"),
        ];
        for (t, span, v, cur) in cases {
            let (s, a, c) = one(t);
            assert_eq!((s.as_str(), c.as_str()), (span, cur), "{t}");
            assert!(a.overlaps(&Interval::exact(v)), "{t}: {a:?}");
        }
        assert_eq!(money("a $4.5-million fine")[0].3.as_deref(), Some("fine"));
    }

    #[test]
    fn multimillion_is_a_vague_sum() {
        for t in [
            "a multimillion-dollar lawsuit",
            "The multi-million dollar suit",
        ] {
            let (_, a, c) = one(t);
            assert_eq!(c, "USD");
            assert!(a.overlaps(&Interval::exact(5e6)) && !a.overlaps(&Interval::exact(1e6)));
        }
        assert!(money("a multimillion-pound weight").is_empty());
    }

    #[test]
    fn decimals_with_a_scale_cover_their_last_digit() {
        let a = one("settled for $1.35 million").1;
        assert!(a.overlaps(&Interval::exact(1.346e6)) && a.overlaps(&Interval::exact(1.354e6)));
        assert!(!a.overlaps(&Interval::exact(1.34e6)) && !a.overlaps(&Interval::exact(1.36e6)));
        assert!(one("$62,000").1.overlaps(&Interval::exact(61_840.0)));
        assert!(!one("$61,840").1.overlaps(&Interval::exact(61_900.0)));
        // Hyphens that join two sums or a range are not scales.
        assert_eq!(one("$2-3 billion").1, Interval::closed(2e9, 3e9));
    }

    #[test]
    fn rounding_qualifiers_and_ranges() {
        let r = one("$43,000").1;
        assert!(r.overlaps(&Interval::exact(43_350.0)) && !r.overlaps(&Interval::exact(43_600.0)));
        assert_eq!(one("more than $2 billion").1, Interval::more_than(2e9));
        assert_eq!(one("up to €500,000").1, Interval::at_most(500_000.0, false));
        assert_eq!(one("about $2,000").1, Interval::closed(1800.0, 2200.0));
        assert_eq!(one("$2-3 billion").1, Interval::closed(2e9, 3e9));
        assert_eq!(
            one("$2 billion to $3 billion").1,
            Interval::closed(2e9, 3e9)
        );
        assert_eq!(
            one("between $2 and $3 billion").1,
            Interval::closed(2e9, 3e9)
        );
        assert_eq!(money("$5m and $3m").len(), 2);
    }

    #[test]
    fn pence_are_hundredths_of_a_pound_in_sterling_copy() {
        let all = money("Shares closed at 388p, a fall of £0.40.");
        let (s, v, cur, _) = &all[0];
        assert_eq!((s.as_str(), cur.as_str()), ("388p", "GBP"), "{all:?}");
        assert!(v.overlaps(&Interval::exact(3.88)) && !v.overlaps(&Interval::exact(3.9)));
        let (_, v, _) = one("Stamps rise by 5 pence.");
        assert!(v.overlaps(&Interval::exact(0.05)));
        // No sterling in sight: a video's "1080p"; never a clock time.
        assert!(money("The clip streams in 1080p.").is_empty());
        assert!(
            money("Fares rose 12p; the £5 ticket starts at 4p.m.")
                .iter()
                .all(|m| m.0 != "4p")
        );
    }

    #[test]
    fn pounds_need_money_context() {
        assert_eq!(one("She was fined 500 pounds.").2, "GBP");
        assert_eq!(one("a salary of 30,000 pounds").2, "GBP");
        assert!(money("The fish weighed 40 pounds.").is_empty());
        assert!(money("He weighed 200 pounds. She was hungry.").is_empty());
    }

    #[test]
    fn rand_is_never_read_from_a_word() {
        let doc = DocInfo::default();
        for text in ["Rapporteret af AI", "Rain fell. Ra ten", "(Raone)"] {
            assert!(extract(text, &doc).is_empty(), "{text}");
        }
    }

    #[test]
    fn rand_only_glued_to_digits_after_a_non_letter() {
        assert!(money("R 26 million").is_empty());
        assert!(money("FOR26 items, CR7 scored").is_empty());
        assert!(money("the R2-D2 droid").is_empty());
        assert_eq!(one("(R26m)").2, "ZAR");
    }

    #[test]
    fn currencies_are_never_converted() {
        let m = money("$5 and €5 and £5");
        let cur: Vec<&str> = m.iter().map(|x| x.2.as_str()).collect();
        assert_eq!(cur, ["USD", "EUR", "GBP"]);
        assert!(m.iter().all(|x| x.1 == Interval::exact(5.0)));
    }

    #[test]
    fn cue_is_what_the_money_is_for() {
        assert_eq!(money("$2 billion in aid")[0].3.as_deref(), Some("aid"));
        assert_eq!(money("a $5 million fine")[0].3.as_deref(), Some("fine"));
        assert_eq!(
            money("a fine of $5m was imposed")[0].3.as_deref(),
            Some("fine")
        );
        assert_eq!(money("$5m was paid")[0].3, None);
    }

    #[test]
    fn percentages_and_bare_numbers_are_not_money() {
        assert!(money("rose 12% to 300 points, a dollar sign").is_empty());
    }

    fn mixed() -> impl Strategy<Value = String> {
        let parts = vec![
            "$", "€", "£", "¥", "₹", "R", "Rs ", "US$", "USD ", "2", "1,000", "3.5", "-", " to ",
            "between ", " and ", "billion", "bn", "m", " crore", " pounds", " euros", "fined ",
            "weighed ", "é", "’", "\n", " ",
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
