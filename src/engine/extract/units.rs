//! What the number-like extractors (quantity, money, count) share: the
//! unit table with conversions to one base unit per dimension, the
//! qualifiers news text puts before numbers ("at least", "about") and the
//! intervals they imply, and (in [`WordClasses`]) the word lists that tell
//! a counted noun from a function word.

use std::borrow::Cow;

pub(crate) use crate::engine::extract::cue::cue_after;
pub(crate) use crate::engine::extract::word_classes::WordClasses;
use crate::engine::model::{Interval, rounding_interval};

/// Rewrites a regex fragment to ASCII `\d` and `\b`. A Unicode word
/// boundary makes the lazy DFA give up as soon as it meets a non-ASCII
/// byte (curly quotes are everywhere in news), falling back to an engine
/// many times slower; digits other than ASCII ones cannot be parsed anyway.
pub(crate) fn ascii(fragment: &str) -> String {
    fragment.replace(r"\d", "[0-9]").replace(r"\b", r"(?-u:\b)")
}

/// Compiles a case-insensitive pattern with Unicode classes off: Unicode
/// case folding and classes make these large alternations several times
/// slower to build, and they are built on every call. Non-ASCII literals
/// still match; a no-break space counts as whitespace.
pub(crate) fn compile(pattern: &str) -> regex::Regex {
    let p = pattern.replace(r"\s", "(?:\\s|\u{a0})");
    regex::Regex::new(&format!("(?i-u){p}")).expect("extractor regex")
}

/// Words that qualify the number right after them. Longer phrases come
/// first so that "just over" is not read as "over".
pub(crate) const QUAL: &str = concat!(
    r"(?:at\s+least|at\s+most|no\s+(?:fewer|less|more)\s+than|more\s+than|fewer\s+than|less\s+than",
    r"|(?:just|well|slightly|a\s+little|a\s+bit|barely)\s+(?:over|under|above|below)",
    r"|(?:just|slightly|a\s+little|a\s+bit)\s+(?:more|less|fewer)\s+than|upwards\s+of|in\s+excess\s+of",
    r"|as\s+(?:many|much)\s+as|up\s+to|close\s+to|an\s+estimated|estimated|approximately",
    r"|roughly|around|about|nearly|almost|some|over|under|above|below",
    // Verbs that say the number was gone past or nearly reached ("losses
    // topped $1 billion", "the toll neared 300"); bare "top" is the
    // adjective of "the top 10".
    r"|(?:pass|surpass|exceed)(?:es|ed|ing|s)?|top(?:s|ped|ping)",
    r"|(?:approach|near)(?:es|ed|ing|s)?)",
);

/// How a qualifier bends the interval of the number it precedes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qual {
    Exact,
    Approx,
    Nearly,
    /// "just over", "slightly more than": past the number, not far.
    JustOver,
    /// "just under", "slightly less than": short of it, not far.
    JustUnder,
    AtLeast,
    MoreThan,
    AtMost,
    Below,
}

pub(crate) fn parse_qual(s: Option<&str>) -> Qual {
    let Some(s) = s else { return Qual::Exact };
    let norm = s
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join(" ");
    match norm.as_str() {
        "" => Qual::Exact,
        "at least" | "no fewer than" | "no less than" | "upwards of" => Qual::AtLeast,
        "more than" | "in excess of" => Qual::MoreThan,
        "less than" | "fewer than" => Qual::Below,
        "at most" | "no more than" | "up to" | "as many as" | "as much as" => Qual::AtMost,
        "nearly" | "almost" => Qual::Nearly,
        n if ["just ", "slightly ", "a little ", "a bit ", "barely "]
            .iter()
            .any(|w| n.starts_with(w)) =>
        {
            if n.ends_with("over") || n.ends_with("above") || n.ends_with("more than") {
                Qual::JustOver
            } else {
                Qual::JustUnder
            }
        }
        // "near 300 people" is about 300; "neared 300" fell just short.
        "near" => Qual::Approx,
        n if n.starts_with("approach") || n.starts_with("near") => Qual::Nearly,
        n if ["pass", "surpass", "exceed", "top"]
            .iter()
            .any(|v| n.starts_with(v)) =>
        {
            Qual::MoreThan
        }
        n if n.ends_with("over") || n.ends_with("above") => Qual::MoreThan,
        n if n.ends_with("under") || n.ends_with("below") => Qual::Below,
        _ => Qual::Approx,
    }
}

/// How far "about" or "nearly" lets a written number stray: a tenth of it
/// ("about 20" is 18 to 22), but no more than one and a half steps of its
/// last stated digit, since the digits written say how close the writer
/// meant: "about 61 percent" is 59.5 to 62.5, never 64.2; "about 1,800"
/// is 1,650 to 1,950.
fn leeway(x: f64) -> f64 {
    (0.1 * x.abs()).min(STEPS * last_digit_step(x))
}

/// Steps of the last stated digit "about" may stray.
const STEPS: f64 = 1.5;

/// The value of one step in the last non-zero digit of `x`: 100 for 1,800,
/// 1 for 61, 0.1 for 64.2 (to four decimals).
pub(crate) fn last_digit_step(x: f64) -> f64 {
    let x = x.abs();
    if x == 0.0 || !x.is_finite() {
        return 1.0;
    }
    let mut step = 10f64.powi(x.log10().floor() as i32);
    while step > 1e-4 {
        let q = x / step;
        if (q - q.round()).abs() < 1e-6 * q.max(1.0) {
            return step;
        }
        step /= 10.0;
    }
    step
}

/// Applies a qualifier. `base` is the interval the written number stands
/// for; `lo`/`hi` are the written values (equal unless a range was given).
pub(crate) fn qualify(q: Qual, base: Interval, lo: f64, hi: f64) -> Interval {
    match q {
        Qual::Exact => base,
        Qual::Approx => {
            Interval::closed(base.lo.min(lo - leeway(lo)), base.hi.max(hi + leeway(hi)))
        }
        // "Almost 48" falls short of 48, so it contradicts "at least 48".
        // "Just under 5,000" falls short of it as "nearly 5,000" does.
        Qual::Nearly | Qual::JustUnder => Interval {
            hi_open: true,
            ..Interval::closed(lo - leeway(lo), hi)
        },
        // "Just over 52%" is no 57.4%: past the number by no more than
        // "about" strays from it.
        Qual::JustOver => Interval {
            lo,
            hi: hi + leeway(hi),
            lo_open: true,
            hi_open: false,
        },
        Qual::AtLeast => Interval::at_least(lo),
        Qual::MoreThan => Interval::more_than(lo),
        Qual::AtMost => Interval::at_most(hi, false),
        Qual::Below => Interval::at_most(hi, true),
    }
}

/// The interval a measurement stands for. Unlike counts, a measurement is
/// always rounded somewhere: "6 miles" is a conversion of "10 km" rounded
/// to the mile, so it covers [5.5, 6.5) and the two can agree.
pub(crate) fn measured_interval(value: f64, written: &str) -> Interval {
    let r = rounding_interval(value, written);
    if !r.is_exact() || value == 0.0 {
        return r;
    }
    let digits: String = written
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let half = if digits.is_empty() {
        // Spelled numbers are small and round ("six miles"); a fraction
        // ("half a mile" for 800 metres) is as round as its one decimal.
        if (1.0..100.0).contains(&value) {
            0.5
        } else if (0.0..1.0).contains(&value) {
            0.05
        } else {
            return r;
        }
    } else {
        let decimals = digits.split_once('.').map_or(0, |(_, f)| f.len());
        let digit_value: f64 = digits.parse().unwrap_or(value);
        let scale = if digit_value != 0.0 {
            value / digit_value
        } else {
            1.0
        };
        10f64.powi(-(decimals as i32)) * scale / 2.0
    };
    Interval {
        lo: value - half,
        hi: value + half,
        lo_open: false,
        hi_open: true,
    }
}

/// The interval a written count or sum stands for, per
/// [`rounding_interval`], with a scale word applied after rounding:
/// "$200 million" rounds like "200", in millions.
/// How far either way a whole number of millions or billions may stand
/// for, as a share of it: under the tenth an "about" gives.
const SCALED_ROUNDING: f64 = 0.075;

pub(crate) fn written_interval(value: f64, written: &str) -> Interval {
    let digits: String = written
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}'))
        .filter(|c| !c.is_whitespace())
        .collect();
    // "six million" rounds as "6 million" does.
    let spelled = || {
        let first = written.split_whitespace().next()?.to_lowercase();
        crate::engine::extract::numbers::parse_number(&first)
            .filter(|_| crate::engine::extract::numbers::is_spelled(&first))
    };
    let dv: f64 = match digits.replace(',', "").parse().ok().or_else(spelled) {
        Some(v) => v,
        None => return rounding_interval(value, written),
    };
    if dv == 0.0 || dv == value {
        return rounding_interval(value, written);
    }
    // "$1.35 million" is stated to the hundredth of a million: it stands
    // for 1.345–1.355 million, like any measurement.
    if let Some((_, decimals)) = digits.split_once('.') {
        let half = 10f64.powi(-(decimals.len() as i32)) / 2.0 * (value / dv);
        return Interval {
            lo: value - half,
            hi: value + half,
            lo_open: false,
            hi_open: true,
        };
    }
    // "8m copies" rounds to the million: it is not exactly eight million,
    // and "8.2 million" is it. Less than an "about" widens ("3m" is not
    // 2.7–3.3 million), so the figure still reads as stated, not guessed.
    let scale = value / dv;
    let rounded = rounding_interval(dv, &digits).scale(scale);
    if !rounded.is_exact() || scale < 1e3 {
        return rounded;
    }
    let half = (scale / 2.0).min(value.abs() * SCALED_ROUNDING);
    Interval {
        lo: value - half,
        hi: value + half,
        lo_open: false,
        hi_open: true,
    }
}

/// Widens `amount` to a tenth either side of `v`, for a round figure such
/// as "a third of a million"; a side a qualifier closed stays closed
/// ("nearly a third of a million" is still short of it).
pub(crate) fn round_figure(amount: Interval, v: f64) -> Interval {
    let hi = if amount.hi_open && amount.hi <= v {
        amount.hi
    } else {
        amount.hi.max(v * 1.1)
    };
    Interval {
        lo: amount.lo.min(v * 0.9),
        hi,
        ..amount
    }
}

/// The interval a share stands for: half a unit of its last written
/// digit either side. "20 percent" is 19.5–20.5, "12.5%" 12.45–12.55; a
/// trailing zero is a digit here, since shares are rarely rounded to tens.
pub(crate) fn stated_interval(value: f64, written: &str) -> Interval {
    let digits: String = written
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        .collect();
    let decimals = digits.split_once('.').map_or(0, |(_, f)| f.len());
    let half = 10f64.powi(-(decimals as i32)) / 2.0;
    Interval {
        lo: value - half,
        hi: value + half,
        lo_open: false,
        hi_open: true,
    }
}

#[path = "unit_table.rs"]
mod unit_table;
pub(crate) use unit_table::{BARE_DEGREES, UNITS, Unit};

/// The regex alternation of all unit names, no capture groups. Names that
/// end in a symbol come first: "km²" must win over "km" followed by a
/// non-word "²". Bare "C"/"F" are only upper case ("40C").
pub(crate) fn unit_alternation() -> String {
    let mut names: Vec<&str> = UNITS
        .iter()
        .flat_map(|u| u.names.iter().copied())
        .filter(|n| *n != "c" && *n != "f")
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    // "a 1,400-square-metre villa": a compound's hyphens join the words.
    let to_re = |n: &&str| regex::escape(n).replace(' ', r"(?:\s+|-)");
    let ends_word = |n: &&&str| n.chars().last().is_some_and(|c| c.is_ascii_alphanumeric());
    let sym: Vec<String> = names.iter().filter(|n| !ends_word(n)).map(to_re).collect();
    let word: Vec<String> = names.iter().filter(ends_word).map(to_re).collect();
    format!(
        r"(?:{}|(?:{})(?-u:\b)|(?-i:C|F)(?-u:\b))",
        sym.join("|"),
        word.join("|")
    )
}

/// Words that may stand between a verb of change and its amount without
/// being what the amount measures: "fell by nearly a quarter", "up just
/// over 2%", "rose more than 5%". Lowercase.
pub(crate) fn is_hedge_word(w: &str) -> bool {
    matches!(
        w,
        "by" | "nearly"
            | "almost"
            | "about"
            | "around"
            | "roughly"
            | "some"
            | "just"
            | "over"
            | "more"
            | "than"
    )
}

/// `w.to_lowercase()`, without allocating when `w` is lowercase ASCII
/// already (most words next to a number).
pub(crate) fn lower(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else if w.is_ascii() {
        Cow::Owned(w.to_ascii_lowercase())
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// The words of `s` joined by single spaces and lowercased, like
/// `s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()`
/// but without allocating for one lowercase ASCII word.
pub(crate) fn norm_words(s: &str) -> Cow<'_, str> {
    if s.bytes()
        .all(|b| b.is_ascii() && !(b as char).is_whitespace())
    {
        lower(s)
    } else {
        Cow::Owned(
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
        )
    }
}

/// The unit a matched name stands for (any case, any inner whitespace).
pub(crate) fn lookup_unit(name: &str) -> Option<&'static Unit> {
    let norm = norm_words(name);
    let norm = if norm.contains('-') && !UNITS.iter().any(|u| u.names.contains(&&*norm)) {
        Cow::Owned(norm.replace('-', " "))
    } else {
        norm
    };
    UNITS.iter().find(|u| u.names.contains(&&*norm))
}

/// Lowercase currency names after a number, with their codes. "pounds" is
/// here too; callers check that the context is about money.
pub(crate) fn currency_word(w: &str) -> Option<&'static str> {
    let norm = norm_words(w);
    Some(match &*norm {
        "us dollars" | "u.s. dollars" | "american dollars" => "USD",
        "australian dollars" => "AUD",
        "canadian dollars" => "CAD",
        "new zealand dollars" => "NZD",
        "hong kong dollars" => "HKD",
        "singapore dollars" => "SGD",
        "dollar" | "dollars" => "USD",
        "euro" | "euros" => "EUR",
        "pound" | "pounds" | "pounds sterling" | "sterling" => "GBP",
        "rand" => "ZAR",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rupee" | "rupees" | "crore" | "crores" | "lakh" | "lakhs" => "INR",
        "swiss francs" | "swiss franc" => "CHF",
        "naira" => "NGN",
        "rubles" | "roubles" | "ruble" | "rouble" => "RUB",
        "lira" | "liras" => "TRY",
        "shekels" | "shekel" => "ILS",
        "dirhams" | "dirham" => "AED",
        "riyals" | "riyal" => "SAR",
        "zloty" | "zlotys" => "PLN",
        "hryvnia" | "hryvnias" => "UAH",
        "baht" => "THB",
        "ringgit" => "MYR",
        "rupiah" => "IDR",
        "pesos" | "peso" => "peso",
        "francs" | "franc" => "franc",
        "shillings" | "shilling" => "shilling",
        "dinars" | "dinar" => "dinar",
        // English news calls the Nordic and Czech currencies crowns.
        "swedish crown" | "swedish crowns" | "swedish krona" | "swedish kronor" | "kronor" => "SEK",
        "norwegian crown" | "norwegian crowns" | "norwegian krone" | "norwegian kroner" => "NOK",
        "danish crown" | "danish crowns" | "danish krone" | "danish kroner" => "DKK",
        "czech crown" | "czech crowns" | "czech koruna" | "czech korunas" | "czech koruny"
        | "korunas" => "CZK",
        "icelandic crown" | "icelandic crowns" | "icelandic krona" | "icelandic kronur"
        | "kronur" => "ISK",
        "forint" | "forints" => "HUF",
        "reais" => "BRL",
        _ => return None,
    })
}

#[cfg(test)]
#[path = "units_tests.rs"]
mod tests;
