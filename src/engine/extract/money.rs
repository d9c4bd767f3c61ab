//! Extractor: sums of money ("$2 billion", "€2.4bn", "R26 million",
//! "USD 5 million", "10,000 euros", "Rs 500 crore").
//!
//! The currency is kept as written (as an ISO-like code); the amount stays
//! in it. Sums in different currencies are compared by the linker
//! (`link::currency`), at yearly average rates with a tolerance.

mod named;

use std::ops::Range;

use regex::{Captures, Regex};

use super::numbers::{NUMBER_BARE, SPACED_THOUSANDS, parse_number};
use super::quantity::units::{
    self, Qual, WordClasses, ascii, currency_word, parse_qual, qualify, written_interval,
};
use crate::engine::model::{DocInfo, Extracted, Interval, Kind, Value};

pub use self::named::{is_named_currency, named_sum, sums_in_named_currencies};

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
    /// same sentence and no words about weight, or for a "pound" joined to
    /// its number, a money word right after.
    pub(crate) fn is_money(&self, text: &str, span: Range<usize>) -> bool {
        // "a 1.8-pound loaf" weighs; "a five-pound note" pays.
        if text[span.clone()].to_ascii_lowercase().ends_with("-pound") {
            let next = text[span.end..].split_whitespace().next().unwrap_or("");
            return self.money.is_match(next) || next.eq_ignore_ascii_case("note");
        }
        // "7,050 pounds of hashish" weighs what it names.
        if text[span.end..].starts_with(" of ") {
            return false;
        }
        // "12.50 pounds": pounds and pence; a weight is rarely written
        // to the hundredth.
        let hundredths = text[span.clone()]
            .split_whitespace()
            .next()
            .and_then(|n| n.split_once('.'))
            .is_some_and(|(_, d)| d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()));
        let window = sentence_around(text, span.clone(), 80);
        if window.contains('£') {
            return true;
        }
        // A sum in another currency in brackets after it ("12.50 pounds
        // (about $15.75)") is its conversion.
        let converted = text[span.end..]
            .trim_start()
            .strip_prefix('(')
            .and_then(|t| t.split(')').next())
            .is_some_and(|t| t.len() < 24 && t.contains(['$', '€']));
        (hundredths || converted || self.money.is_match(window)) && !self.mass.is_match(window)
    }
}

/// Up to `radius` bytes either side of `span`, cut to its sentence
/// (`anchor::sentence_of`, which a decimal point or an initialism does
/// not end) so that cues from the sentence before ("He weighed 200
/// pounds. She was fined 500 pounds.") do not leak in.
fn sentence_around(text: &str, span: Range<usize>, radius: usize) -> &str {
    // Within the radius first, so that a megabyte without a full stop
    // costs each pound no more than the radius.
    let a = text.ceil_char_boundary(span.start.saturating_sub(radius));
    let b = text.floor_char_boundary((span.end + radius).min(text.len()));
    let window = &text[a..b];
    let sentence = super::anchor::sentence_of(window, span.start - a..span.end - a);
    &window[sentence]
}

/// Currency written before the number, captured as `name`. `codes` is an
/// alternation of the ISO codes the rate table knows ("NOK 40 million").
fn prefix(name: &str, codes: &str) -> String {
    format!(
        concat!(
            r"(?P<{}>(?-u:\b)(?-i:US\$|U\.S\.\s?\$|AU\$|A\$|CA\$|C\$|NZ\$|HK\$|S\$|R\$|Mex\$|MX\$",
            r"|Rs\.?|INR|USD|EUR|GBP|CHF|JPY|CNY|RMB|ZAR|AUD|CAD|NZD|HKD|SGD|BRL|MXN|RUB|TRY|KES|NGN|KSh|Ksh|R|{})",
            r"|\$|€|£|¥|₹|₩|₽|₺|₦|₱|₪|₴|₫|฿)",
        ),
        name, codes
    )
}

/// Currency written after the number, captured as `name`.
fn suffix(name: &str, codes: &str) -> String {
    format!(
        concat!(
            r"(?P<{}>(?:US|U\.S\.|American|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore)\s+dollars",
            r"|(?:Swedish|Norwegian|Danish|Czech|Icelandic)\s+(?:crowns?|kron(?:a|or|e|er|ur)|korun(?:a|as|y))",
            r"|crowns|kronor|kroner|kronur|korunas|forints?|reais",
            r"|dollars?|euros?|pounds?(?:\s+sterling)?|sterling|rand|yen|yuan|renminbi|rupees?|Swiss\s+francs?",
            r"|francs?|naira|roubles?|rubles?|liras?|shekels?|dirhams?|riyals?|zlotys?|hryvnias?|baht|ringgit",
            r"|rupiah|pesos?|shillings?|dinars?|(?-i:USD|EUR|GBP|CHF|JPY|CNY|ZAR|INR|AUD|CAD|{}))(?-u:\b)",
        ),
        name, codes
    )
}

/// The ISO 4217 codes that name a currency beside a sum, as a regex
/// alternation: each is three capitals, so none needs escaping. Those of
/// the shipped rate table convert; the others (`assets/fx/iso_4217.txt`)
/// compare with themselves. A code that is also an English word ("ALL",
/// "TOP", "CUP") is left out: a headline in capitals writes "ALL 24
/// MINERS".
fn table_codes() -> String {
    let rates = crate::engine::fx::Rates::embedded();
    let wordnet = crate::engine::wordnet::Lexicon::embedded();
    let iso = include_str!("../../../assets/fx/iso_4217.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .filter(|c| !wordnet.is_lemma(&c.to_ascii_lowercase()));
    let mut codes: Vec<&str> = rates
        .currencies()
        .chain(iso)
        .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes.join("|")
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
        "Mex$" | "MX$" => "MXN",
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
        let spaced = format!("{SPACED_THOUSANDS}(?-u:\\b)");
        let cur_num = format!("(?:{spaced}|{num})");
        let ind = r"(?:\s?(?:crores?|lakhs?)(?-u:\b))";
        let qual = units::QUAL;
        let codes = table_codes();
        let (cur, bcur, bcur2) = (
            prefix("cur", &codes),
            prefix("bcur", &codes),
            prefix("bcur2", &codes),
        );
        let (curw, bcurw) = (suffix("curw", &codes), suffix("bcurw", &codes));
        // "between $2 and $3 billion" is its own alternative: "and" cannot
        // be a range separator elsewhere ("$5m and $3m" are two sums).
        let main = format!(
            r"(?-u:\b)(?P<ncents>[0-9]{{1,3}}(?:\.[0-9]{{1,2}})?)\s+(?P<ncur>euro|US|U\.S\.)\s+cents?(?-u:\b)|(?:(?-u:\b)between\s+{bcur}?(?P<bn1>{num})(?P<bind1>{ind})?\s+and\s+{bcur2}?(?P<bn2>{num})(?P<bind2>{ind})?(?:\s+{bcurw})?|(?:(?-u:\b)(?P<qual>{qual})\s+)?(?:{cur}(?P<gap>\s?)(?P<num>{cur_num})(?P<ind>{ind})?(?:\s*(?:-|–|to)\s*(?:\$|€|£|¥|₹)?(?P<num2>{num})(?P<ind2>{ind})?)?|(?-u:\b)(?P<num_s>{num})(?P<ind_s>{ind})?(?:\s*(?:-|–|to)\s*(?P<num2_s>{num})(?P<ind2_s>{ind})?)?(?:\s+|-){curw})|(?-u:\b)(?P<multi>multi-?(?:million|billion))(?:\s+|-)(?P<mcur>dollars?|euros?|pounds?)(?-u:\b)|(?-u:\b)(?P<pence>[0-9]{{1,4}}(?:\.[0-9]{{1,2}})?)(?:(?-i:p)|\s?pence)(?-u:\b)|(?-u:\b)(?P<cents>[0-9]{{1,3}}(?:\.[0-9]{{1,2}})?)(?:\s?cents?(?-u:\b)|¢))"
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
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(c) = p.main.captures_at(text, at) {
        let whole = c.get(0).map_or(at..at + 1, |m| m.range());
        let found = read(p, text, &c);
        // "falls from €1,928 to €1,734" is no range: the first sum read
        // alone leaves the second to be read on its own.
        at = match &found {
            Some(e) if e.span.end < whole.end => e.span.end.max(whole.start + 1),
            _ => whole.end.max(whole.start + 1),
        };
        while !text.is_char_boundary(at) {
            at += 1;
        }
        out.extend(found.filter(|e| !states_a_rate(text, e.span.clone())));
    }
    out
}

/// Whether a sum is one side of an exchange rate ("($1 = 12.50 marka)",
/// "£1 = 16 marka"): a note on how the article converts, no sum of the
/// story.
fn states_a_rate(text: &str, span: Range<usize>) -> bool {
    text[span.end..].trim_start().starts_with('=') || text[..span.start].trim_end().ends_with('=')
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
    if let Some(m) = c.name("cents") {
        return cents(p, text, span, m.as_str());
    }
    if let (Some(m), Some(cur)) = (c.name("ncents"), c.name("ncur")) {
        return named_cents(p, text, span, m.as_str(), cur.as_str());
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
            // Some crown, unnamed: not a currency word, so that "40 million
            // Kestovan crowns" is still counted and may be named a sum.
            _ if lw == "crowns" || lw == "kroner" => lw.clone(),
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
    // "three crowns" are as often titles won as a sum of some crown;
    // "27.3 billion crowns" is money.
    if (currency == "crowns" || currency == "kroner") && v1 < 1_000.0 {
        return None;
    }
    let mut hi_v = v1;
    let mut num2 = num2;
    if let Some(n2) = num2 {
        let (v2, _) = amount(n2.as_str(), ind2.map(|m| m.as_str()))?;
        // "$2-3 billion": the scale written once applies to both ends.
        let s2 = digits_value(n2.as_str()).map_or(1.0, |d| v2 / d);
        let n1_plain = !num_text.chars().any(|ch| ch.is_alphabetic()) && ind.is_none();
        let lo = if n1_plain && s2 > 1.0 { v1 * s2 } else { v1 };
        if v2 > lo {
            v1 = lo;
            hi_v = v2;
            base = Interval::closed(v1, v2);
        } else if c.name("cur").is_some() && n2.start() > span.start {
            // "gave €486,000 to 23 charities", "sold for $41.6 million to
            // a consortium": no range, but the sum, and the "to" the
            // sentence's.
            span.end = ind.map_or(num.end(), |m| m.end());
            num2 = None;
        } else {
            return None;
        }
    }
    let mut qual = parse_qual(c.name("qual").map(|m| m.as_str()));
    // "the Senate passes $55.5 billion spending bill": a verb before a sum
    // that names a thing passes the thing, not the sum.
    if let Some(q) = c.name("qual")
        && q.as_str().starts_with(|ch: char| ch.is_alphabetic())
        && is_verb_qualifier(q.as_str())
        && names_a_thing(p, &text[span.end..])
    {
        qual = Qual::Exact;
        span.start = text[q.end()..span.end]
            .find(|ch: char| !ch.is_whitespace())
            .map_or(span.start, |k| q.end() + k);
    }
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

/// The qualifiers that are verbs: "topped", "passes", "exceeding".
fn is_verb_qualifier(q: &str) -> bool {
    let q = q.to_ascii_lowercase();
    ["pass", "surpass", "exceed", "top", "approach", "near"]
        .iter()
        .any(|v| q.starts_with(v) && q != "nearly")
}

/// Whether a noun follows at once: "$55.5 billion spending bill".
fn names_a_thing(p: &Patterns, after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word: String = rest
        .chars()
        .take_while(|ch| ch.is_ascii_lowercase() || *ch == '-')
        .collect();
    // "passed $2 billion last year" is past the sum.
    let next = rest[word.len()..]
        .trim_start()
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    !word.is_empty()
        && !p.classes.is_function_word(&word)
        && !p.classes.is_time_word(&word)
        && !p.classes.is_time_word(next)
        && p.classes.wordnet().is_noun_form(&word)
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
    hundredths(p, text, span, num, "GBP")
}

/// "64 cents a share": hundredths of the dollar, or of the euro in copy
/// that writes euros and no dollars. Copy that writes neither leaves the
/// cents a count: whose cents they are is unknown.
fn cents(p: &Patterns, text: &str, span: Range<usize>, num: &str) -> Option<Extracted> {
    let dollars = text.contains('$') || text.contains("dollar");
    // "euros", not "European".
    let euros = text.contains('€') || text.contains("euros") || text.contains(" euro ");
    let currency = match (dollars, euros) {
        (true, _) => "USD",
        (false, true) => "EUR",
        (false, false) => return None,
    };
    hundredths(p, text, span, num, currency)
}

/// "21 euro cents", "24 US cents": hundredths of the named currency,
/// whatever else the copy writes.
fn named_cents(
    p: &Patterns,
    text: &str,
    span: Range<usize>,
    num: &str,
    currency: &str,
) -> Option<Extracted> {
    let code = if currency.eq_ignore_ascii_case("euro") {
        "EUR"
    } else {
        "USD"
    };
    hundredths(p, text, span, num, code)
}

/// A sum of `num` hundredths of the currency `code`.
fn hundredths(
    p: &Patterns,
    text: &str,
    span: Range<usize>,
    num: &str,
    code: &str,
) -> Option<Extracted> {
    let v = parse_number(num)?;
    Some(Extracted {
        span: span.clone(),
        kind: Kind::Money,
        value: Value::Money {
            amount: written_interval(v, num).scale(0.01),
            currency: code.to_string(),
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
#[path = "money/tests.rs"]
mod tests;
