//! Extractor: counts ("700 extraditions", "at least five people", "24
//! dead", "dozens of homes") and percentages ("12%", "12 per cent").
//!
//! A number alone is not a fact: a count needs the thing counted right
//! after it, or one of a few tight casualty patterns ("killed 24", "the
//! death toll rose to 24"). Numbers that belong to other kinds (dates,
//! times, durations, money, codes, ages) are refused here rather than left
//! for the overlap settlement, because a noisy count floods the reader.

mod amount;
mod change;
mod clause;
mod compound;
mod elided;
mod fraction;
mod noun;
mod ordinal;
mod toll;
pub(crate) use ordinal::written_ordinal;
mod percent;
mod pronoun;
pub(crate) use pronoun::PART_PRONOUNS;
mod refuse;

use std::collections::HashSet;
use std::ops::Range;

use regex::Regex;

use self::noun::{Counted, counted_noun};
use self::percent::Points;
use self::refuse::{prev_word, refused_by_context};
use super::numbers::{NUMBER, SPACED_THOUSANDS, is_spelled, parse_number};
use super::quantity::units::{
    self, Qual, WordClasses, ascii, lower, norm_words, parse_qual, qualify,
};
use crate::engine::model::{DocInfo, Extracted, Interval, Kind, Value};

/// Compiled patterns: build once per analysis with `Patterns::new` and
/// pass to [`extract_with`]; compiling is far costlier than scanning.
pub struct Patterns {
    main: Regex,
    /// Capture group indices of `main`, in the order of [`Group`].
    groups: [usize; 8],
    percent_after: Regex,
    toll_before: Regex,
    verb_before: Regex,
    /// "a crowd of ", "a record audience of ": a group before a number.
    collective_before: Regex,
    state_after: Regex,
    ratio_before: Regex,
    fractions: fraction::Fractions,
    compounds: compound::Compounds,
    elided: elided::Elided,
    /// Words before a number that make it a label ("page 5", "flight 370").
    label_words: HashSet<&'static str>,
    /// Determiners that make a small spelled number refer back to things
    /// the story already named ("the two leaders").
    referring: HashSet<&'static str>,
    classes: WordClasses,
    ordinal: Regex,
    wordnet: crate::engine::wordnet::Lexicon,
    change: change::ChangeVerbs,
    clause: clause::ClauseCounts,
}

/// The words of a word-list asset: one a line, `#` comments.
fn word_list(text: &'static str) -> HashSet<&'static str> {
    crate::engine::words::entries(text).collect()
}

impl Patterns {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        // Digit groups split by spaces first ("48 000", "14 212"), as
        // European and South African copy writes thousands; else "48"
        // alone would match and "000" be left over.
        let num = format!("(?:{SPACED_THOUSANDS}|{})", ascii(NUMBER));
        let qual = units::QUAL;
        let main = format!(
            r"(?:(?-u:\b)(?P<qual>{qual})\s+)?(?-u:\b)(?:between\s+(?P<b1>{num})\s+and\s+(?P<b2>{num})|(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|half\s+a\s+dozen|a\s+dozen|a\s+handful|several|dozens|scores|hundreds|thousands|millions)|(?P<num>{num})(?:\s*(?P<sep>-|–|to)\s*(?P<num2>{num}))?)(?-u:\b)(?P<tail>\+|\s+or\s+(?:more|so)(?-u:\b)|-plus(?-u:\b))?"
        );
        let main = units::compile(&main);
        let fractions = fraction::Fractions::new();
        let ordinal = ordinal::pattern(&fractions);
        let group = |name: &str| {
            main.capture_names()
                .position(|n| n == Some(name))
                .expect("count group")
        };
        let groups = [
            group("qual"),
            group("b1"),
            group("b2"),
            group("vague"),
            group("num"),
            group("sep"),
            group("num2"),
            group("tail"),
        ];
        Patterns {
            main,
            groups,
            percent_after: units::compile(
                r"^\s*(?:%|(?:per\s*cent|percent|pct)(?-u:\b)|(?P<points>percentage\s+points?)(?-u:\b)|(?P<bp>basis\s+points?|bps?)(?-u:\b))",
            ),
            toll_before: units::compile(
                r"(?-u:\b)(?:(?:(?P<what>death|casualty|fatality|injury)\s+)?(?:toll|tally)|number\s+of\s+(?:people\s+)?(?P<state>killed|dead|deaths|injured|wounded|missing))(?:\s+(?:[A-Za-z0-9'-]|’|\.[0-9])+){0,16}?\s+(?:has\s+|had\s+|now\s+)?(?:rose|risen|rises|climbed|climbs|jumped|increased|reached|reaches|stands|stood|hit|hits|was|is|of)\s+(?:to\s+|at\s+)?$",
            ),
            verb_before: units::compile(
                r"(?-u:\b)(?P<verb>killed|killing|kills|kill|injured|injuring|injures|wounded|wounding|wounds|arrested|arresting|detained|detaining|rescued|evacuated|displaced|numbered|numbering|totaled|totalled|totaling|totalling|tallied)\s+$",
            ),
            collective_before: units::compile(
                r"(?-u:\b)(?:a|an|the)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s+of\s+$",
            ),
            state_after: units::compile(
                r"^\s+(?:(?:people|others|more)\s+)?(?:(?:were|are|was|is|have\s+been|had\s+been|has\s+been|remain|remained|remains)\s+(?:(?:still|reportedly|confirmed|believed|feared|also)\s+)?(?:(?P<state>killed|dead|injured|wounded|missing|hurt|arrested|detained|rescued|evacuated|displaced|hospitali[sz]ed)|(?P<inhospital>in\s+(?:the\s+)?hospital))|(?:have\s+|had\s+|has\s+)?(?P<died>died|perished))(?-u:\b)",
            ),
            // The denominator of a ratio the fraction pass reads ("one in
            // five", "seven out of 10"); not a whole set after its part
            // ("48,000 customers, out of 1.2 million registered users").
            ratio_before: units::compile(
                r"(?:(?-u:\b)(?:one|1)\s+in|(?-u:\b)(?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\s+out\s+of)\s+$",
            ),
            fractions,
            compounds: compound::Compounds::new(),
            elided: elided::Elided::new(),
            label_words: word_list(include_str!("../../../assets/extract/label_words.txt")),
            referring: word_list(include_str!("../../../assets/extract/referring_words.txt")),
            classes: WordClasses::new(),
            ordinal,
            wordnet: crate::engine::wordnet::Lexicon::embedded(),
            change: change::ChangeVerbs::new(),
            clause: clause::ClauseCounts::new(),
        }
    }
}

pub fn extract(text: &str, doc: &DocInfo) -> Vec<Extracted> {
    extract_with(&Patterns::new(), text, doc)
}

pub fn extract_with(p: &Patterns, text: &str, _doc: &DocInfo) -> Vec<Extracted> {
    let mut caps = p.main.capture_locations();
    let mut extra = Vec::new();
    let mut out: Vec<Extracted> = p
        .main
        .find_iter(text)
        .filter_map(|m| {
            let g = groups(p, text, m, &mut caps)?;
            read(p, text, &g, &mut extra)
        })
        .collect();
    out.append(&mut extra);
    out.extend(p.fractions.extract(text, &p.classes));
    out.extend(ordinal::ordinals(
        &p.ordinal,
        &p.fractions,
        &p.wordnet,
        text,
    ));
    out
}

/// A matched span of `main` or of one of its groups.
#[derive(Clone, Copy)]
struct M<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl<'t> M<'t> {
    fn new(text: &'t str, start: usize, end: usize) -> Self {
        M {
            start,
            end,
            text: &text[start..end],
        }
    }
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    fn as_str(&self) -> &'t str {
        self.text
    }
}

/// The groups of one match of `main`.
#[derive(Default)]
struct Groups<'t> {
    whole: Option<M<'t>>,
    qual: Option<M<'t>>,
    b1: Option<M<'t>>,
    b2: Option<M<'t>>,
    vague: Option<M<'t>>,
    num: Option<M<'t>>,
    sep: Option<M<'t>>,
    num2: Option<M<'t>>,
    tail: Option<M<'t>>,
}

/// Resolves the groups of a match found by the DFA. Most matches are a
/// bare number ("24", "1,000", "two") or the article "a", whose groups
/// are known from their text; the capture engine, many times slower than
/// the DFA on this large pattern, only runs for the others.
fn groups<'t>(
    p: &Patterns,
    text: &'t str,
    m: regex::Match<'t>,
    caps: &mut regex::CaptureLocations,
) -> Option<Groups<'t>> {
    let s = m.as_str();
    let whole = M::new(text, m.start(), m.end());
    let b = s.as_bytes();
    // "a" alone is never a count (`read` refuses it, and as a percentage).
    if s.eq_ignore_ascii_case("a") {
        return None;
    }
    // Without whitespace, "-", "–", "+" or "to" (the separators), a match
    // has no qualifier, range or tail: it is one number, or a vague word.
    let plain = |c: &u8| c.is_ascii_digit() || matches!(c, b',' | b'.');
    if b.iter().all(plain) {
        return Some(Groups {
            whole: Some(whole),
            num: Some(whole),
            ..Groups::default()
        });
    }
    if b.iter().all(u8::is_ascii_alphabetic) && !b.windows(2).any(|w| w.eq_ignore_ascii_case(b"to"))
    {
        let vague = [
            "several",
            "dozens",
            "scores",
            "hundreds",
            "thousands",
            "millions",
        ]
        .iter()
        .any(|v| s.eq_ignore_ascii_case(v));
        return Some(Groups {
            whole: Some(whole),
            vague: vague.then_some(whole),
            num: (!vague).then_some(whole),
            ..Groups::default()
        });
    }
    p.main.captures_read_at(caps, text, m.start())?;
    debug_assert_eq!(caps.get(0), Some((m.start(), m.end())));
    let get = |i: usize| caps.get(p.groups[i]).map(|(a, z)| M::new(text, a, z));
    Some(Groups {
        whole: Some(whole),
        qual: get(0),
        b1: get(1),
        b2: get(2),
        vague: get(3),
        num: get(4),
        sep: get(5),
        num2: get(6),
        tail: get(7),
    })
}

/// A half-open interval [lo, hi) for vague quantities.
fn vague(lo: f64, hi: f64) -> Interval {
    Interval {
        lo,
        hi,
        lo_open: false,
        hi_open: true,
    }
}

fn vague_interval(word: &str) -> Interval {
    match &*norm_words(word) {
        "a dozen" => Interval::exact(12.0),
        "half a dozen" => Interval::exact(6.0),
        "a handful" => Interval::closed(2.0, 6.0),
        "several" => vague(3.0, 10.0),
        "dozens" => vague(24.0, 100.0),
        "scores" => vague(40.0, 100.0),
        "hundreds" => vague(200.0, 1000.0),
        "thousands" => vague(2000.0, 10_000.0),
        "tens of thousands" => vague(20_000.0, 100_000.0),
        "hundreds of thousands" => vague(200_000.0, 1e6),
        _ => vague(2e6, 1e7),
    }
}

fn count(span: Range<usize>, amount: Interval, noun: String) -> Extracted {
    Extracted {
        span,
        kind: Kind::Count,
        value: Value::Count {
            amount,
            noun: Some(noun.clone()),
        },
        cue: Some(noun),
    }
}

/// The subject of a verb of change a number in digits is the new or old
/// amount of: "arrests have fallen to 400,000" (see `change`).
fn changed_amount(p: &Patterns, text: &str, start: usize, num: &str, one: bool) -> Option<String> {
    if one || is_spelled(num) {
        return None;
    }
    p.change.subject(&p.wordnet, &p.classes, text, start)
}

/// The group a bare number counts the members of: "a crowd of 61,384",
/// "a record audience of 2.1 million" (see `Lexicon::is_collective`).
fn collective(p: &Patterns, text: &str, start: usize) -> Option<String> {
    let before = &text[text.floor_char_boundary(start.saturating_sub(48))..start];
    let c = p.collective_before.captures(before)?;
    let noun = c.name("noun")?.as_str().to_lowercase();
    p.wordnet.is_collective(&noun).then_some(noun)
}

/// Reads one match; a second count the match holds (a tally's losing
/// side) goes to `extra`.
fn read(p: &Patterns, text: &str, c: &Groups, extra: &mut Vec<Extracted>) -> Option<Extracted> {
    let whole = c.whole?;
    let mut start = whole.start();
    let mut qual = parse_qual(c.qual.map(|m| m.as_str()));
    match c.tail.map(|t| t.as_str().trim().to_lowercase()) {
        Some(t) if t.ends_with("so") => qual = Qual::Approx,
        Some(_) => qual = Qual::AtLeast,
        None => {}
    }
    if let Some(w) = c.vague {
        let after = &text[whole.end()..];
        let of = after.len() - after.trim_start().len();
        // "about a dozen", "a dozen or so", "half a dozen or more" bend
        // the one number a dozen stands for; "dozens" is already vague.
        let amount = match vague_interval(w.as_str()) {
            a if a.is_exact() => qualify(qual, a, a.lo, a.hi),
            a => a,
        };
        // (No other character lowercases to "o" or "f".)
        if after
            .trim_start()
            .as_bytes()
            .get(..3)
            .is_some_and(|b| b.eq_ignore_ascii_case(b"of "))
        {
            let rest_at = whole.end() + of + 2;
            if let Counted::Noun(n, e) = counted_noun(&p.classes, &text[rest_at..], false) {
                return Some(count(start..rest_at + e, amount, n));
            }
            return None;
        }
        // "a dozen officers" counts directly; "dozens" needs its "of".
        let direct = matches!(
            &*norm_words(w.as_str()),
            "a dozen" | "half a dozen" | "a handful" | "several"
        );
        if direct && let Counted::Noun(n, e) = counted_noun(&p.classes, after, false) {
            return Some(count(start..whole.end() + e, amount, n));
        }
        let noun = toll::tight_noun(p, text, start, whole.end(), false)?;
        return Some(count(whole.range(), amount, noun));
    }
    let (n1, n2) = match (c.b1, c.b2) {
        (Some(a), Some(b)) => (a, Some(b)),
        _ => (c.num?, c.num2),
    };
    let mut n1 = n1;
    let mut n2 = n2;
    // "rose from 20 to 24 people": the count is where it ended up.
    if c.sep.is_some_and(|s| s.as_str().eq_ignore_ascii_case("to")) {
        let before = text[..start].trim_end().as_bytes();
        if before.len() >= 4 && before[before.len() - 4..].eq_ignore_ascii_case(b"from") {
            n1 = n2?;
            n2 = None;
            start = n1.start();
            qual = Qual::Exact;
        }
    }
    let last = n2.unwrap_or(n1);
    let v1 = parse_number(n1.as_str())?;
    let v2 = match n2 {
        Some(m) => Some(parse_number(m.as_str())?),
        None => None,
    };
    let end = if c.tail.is_some() {
        whole.end()
    } else {
        last.end()
    };
    // `percent_after` needs "%" or "p" after any whitespace.
    let pct = matches!(
        text[end..].trim_start().as_bytes().first(),
        Some(b'%' | b'p' | b'P' | b'b' | b'B')
    );
    if pct && let Some(pc) = p.percent_after.captures(&text[end..]) {
        return percent::percent(
            &p.classes,
            text,
            start,
            end + pc.get(0)?.end(),
            n1.as_str(),
            v1,
            v2,
            qual,
            if pc.name("bp").is_some() {
                Points::Basis
            } else if pc.name("points").is_some() {
                Points::Percentage
            } else {
                Points::None
            },
        );
    }
    let lone = lower(n1.as_str().trim());
    // "2.3 people" is an average, a count only with its noun right after.
    let decimal = v1.fract() != 0.0;
    if matches!(&*lone, "a" | "half" | "a half") || (decimal && (n2.is_some() || c.tail.is_some()))
    {
        return None;
    }
    if !decimal
        && c.tail.is_none()
        && v2.is_none_or(|v2| v2 < v1)
        && let Some([winner, loser]) = compound::tally(text, n1, v1)
    {
        extra.push(loser);
        return Some(winner);
    }
    if v2.is_some_and(|v2| v2 <= v1 || v2.fract() != 0.0) {
        return None;
    }
    // "555-1234" is a phone number, "20-30" a range.
    let long_digits = |m: &M| m.as_str().len() > 3 && !m.as_str().contains([',', ' ']);
    if n2.is_some() && (long_digits(&n1) || n2.as_ref().is_some_and(long_digits)) {
        return None;
    }
    let compound = (v2.is_none() && c.tail.is_none() && !decimal)
        .then(|| p.compounds.after(&p.classes, &text[end..]))
        .flatten()
        .filter(|cmp| !p.fractions.is_denominator(&cmp.unit));
    if let Some(cmp) = compound {
        // "a 300-seat chamber" names the thing exactly; only a qualifier
        // ("a roughly 1,700-page report") makes the compound a round figure.
        let amount = match qual {
            Qual::Exact => Interval::exact(v1),
            q => amount::stated(q, n1.as_str(), v1, None),
        };
        return compound::count_of(p, text, start, n1, amount, end, cmp);
    }
    if refused_by_context(p, text, start, n1.as_str(), end, v1)
        || p.ratio_before.is_match(&text[..start])
    {
        return None;
    }
    let one = v1 == 1.0 && v2.is_none();
    let (noun, span_end) = match counted_noun(&p.classes, &text[end..], one) {
        Counted::Refused => return None,
        Counted::Nothing if decimal => return None,
        // "an index down 412.62 points": no share moves by a hundred
        // percentage points or more, so these are the index's own.
        Counted::Noun(n, e) if decimal && n == "points" && v1 >= 100.0 => (n, end + e),
        // "a pass rate 8.6 points higher": percentage points, not a tally.
        Counted::Noun(n, e) if decimal && matches!(n.as_str(), "points" | "point") => {
            // The rate may be named in the sentence before: "Turnout was
            // 68.2%. The gap of 0.82 points …".
            let sentence = crate::engine::extract::anchor::sentence_of(text, start..end);
            let back = text.floor_char_boundary(sentence.start.saturating_sub(2));
            let from = if back > 0 {
                crate::engine::extract::anchor::sentence_of(text, back..back).start
            } else {
                sentence.start
            };
            let lead = text[from..start].to_ascii_lowercase();
            if !["rate", "%", "per cent", "percent", "share"]
                .iter()
                .any(|w| lead.contains(w))
            {
                return None;
            }
            return percent::percent(
                &p.classes,
                text,
                start,
                end + e,
                n1.as_str(),
                v1,
                v2,
                qual,
                Points::Percentage,
            );
        }
        Counted::Noun(n, _) if p.fractions.is_denominator(&n) => return None,
        Counted::Noun(n, e) => (n, end + e),
        Counted::Nothing => match compound::partitive(&p.classes, &text[end..]).filter(|_| !one) {
            // "nine of the 11 charges": the part is "nine", of charges; the
            // whole, "11 charges", is a count of its own.
            Some((n, _)) => (n, end),
            None => match compound::occurrences(&text[end..]) {
                Some(e) => ("times".to_string(), end + e),
                None if !one && let Some(e) = pronoun::pronoun_len(&text[end..]) => {
                    (pronoun::antecedent(p, text, start)?, end + e)
                }
                None => (
                    toll::tight_noun(p, text, start, end, one)
                        .or_else(|| changed_amount(p, text, start, n1.as_str(), one))
                        .or_else(|| {
                            p.clause.noun(
                                &p.wordnet,
                                &p.classes,
                                text,
                                start,
                                end,
                                n1.as_str(),
                                one,
                            )
                        })
                        .or_else(|| {
                            (v2.is_none() && !one)
                                .then(|| p.elided.noun(&p.classes, text, start, end, n1.as_str()))
                                .flatten()
                                .or_else(|| p.elided.label(&p.classes, text, start))
                        })
                        .or_else(|| (!one).then(|| collective(p, text, start)).flatten())?,
                    end,
                ),
            },
        },
    };
    if span_end > end && passes_the_things(c.qual.map(|q| q.as_str()), v1) {
        qual = Qual::Exact;
        start = n1.start();
    }
    let amount = amount::stated(qual, n1.as_str(), v1, v2);
    Some(count(start..span_end, amount, noun))
}

/// Whether "pass" before a number and its noun is the verb acting on the
/// things ("the Senate passed 12 bills", "he passed 38 documents to a
/// diplomat"), not a mark gone past ("sales passed 1,500 units"): a
/// threshold is a round number of a hundred or more; "surpassed",
/// "exceeded" and "topped" say past whatever follows.
fn passes_the_things(qual: Option<&str>, v: f64) -> bool {
    let Some(q) = qual else { return false };
    let round = v >= 100.0 && v / units::last_digit_step(v) < 100.0;
    q.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("pass")) && !round
}

#[cfg(test)]
#[path = "count/tests.rs"]
mod tests;

#[cfg(test)]
#[path = "count/test_support.rs"]
mod test_support;
