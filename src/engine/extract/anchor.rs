//! Time anchors: words in a clause that place what it says at another
//! time than the story's own event ("A similar storm in 2011 killed 40",
//! "Last year's strike lasted three weeks", "two weeks ago", "next year").
//!
//! A value in an anchored clause most likely belongs to another event
//! than an unanchored value of the same kind, which is what the linker
//! needs to know. This is a pure reading of the words: it does not know
//! the publication date, so a year is returned as written and the caller
//! compares it with the article's own year.
//!
//! A clause may state its own date ("in 2011" is both a date mention and
//! an anchor); callers ignore anchors that overlap the mention itself,
//! which [`time_anchors`] makes easy by returning all of them.

use std::ops::Range;

use super::quantity::units::WordClasses;

/// What an anchor says about the time of its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorKind {
    /// A year as written ("in 2011", "the 2008 election", "2011's").
    Year(i16),
    /// Some time before the story's event: "two weeks ago", "previously",
    /// "a similar storm", "in the past".
    RelativePast,
    /// A calendar year counted back from the story's own: "last year" (1),
    /// "two years ago" (2). With a publication date it names a year, so
    /// "last year" in a 2018 story and "in 2017" set one time.
    YearsBack(u8),
    /// Some time after it: "next year", "later this year", "in the
    /// coming months", "in five years".
    RelativeFuture,
}

/// An anchor found in a clause: its byte span in the text and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub span: Range<usize>,
    pub kind: AnchorKind,
    /// Ends in a possessive ("last year's", "2011's"): it dates the noun
    /// phrase after it, not a figure before it ("rose 5% from last year's
    /// total of 40" sets the 40 last year, not the 5%).
    pub possessive: bool,
}

/// The first time anchor inside `clause` (a byte range of `text`), if any.
pub fn time_anchor(text: &str, clause: Range<usize>, classes: &WordClasses) -> Option<Anchor> {
    time_anchors(text, clause, classes).into_iter().next()
}

/// Every time anchor inside `clause`, in text order.
pub fn time_anchors(text: &str, clause: Range<usize>, classes: &WordClasses) -> Vec<Anchor> {
    let Some(part) = clamp(text, clause) else {
        return Vec::new();
    };
    let words = words(text, part);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match anchor_at(&words, i, classes) {
            Some((n, kind)) => {
                out.push(Anchor {
                    span: words[i].span.start..words[i + n - 1].span.end,
                    kind,
                    possessive: words[i + n - 1].possessive,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// The sentence around `at`: the clause a caller most often wants. It
/// ends at ". ", "!", "?", ";" or a line break, but not at the period of
/// an initialism ("at 4:30 a.m. ET on Thursday", "the U.S. said").
pub fn sentence_of(text: &str, at: Range<usize>) -> Range<usize> {
    let at = clamp(text, at).unwrap_or(0..0);
    let is_end = |c: char| matches!(c, '!' | '?' | ';' | '\n');
    let start = text[..at.start]
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            is_end(c)
                || (c == '.'
                    && text[i + 1..].starts_with([' ', '\n'])
                    && !closes_initialism(text, i))
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at.end..]
        .char_indices()
        .find(|&(i, c)| {
            let i = at.end + i;
            is_end(c)
                || (c == '.'
                    && !text[i + 1..].starts_with(|d: char| d.is_ascii_digit())
                    && !closes_initialism(text, i))
        })
        .map_or(text.len(), |(i, _)| at.end + i);
    start..end
}

/// Whether the period at byte `dot` belongs to an initialism written
/// with periods, single letters each followed by one ("a.m.", "U.S."):
/// such a period seldom ends a sentence in news ("at 9 a.m. ET on
/// Friday"), and taking it for an end cuts the clause in two.
pub fn closes_initialism(text: &str, dot: usize) -> bool {
    let b = text.as_bytes();
    let letter = |k: usize| b.get(k).is_some_and(u8::is_ascii_alphabetic);
    // "X." pairs running back from the dot.
    let mut pairs = 0;
    let mut k = dot;
    while b.get(k) == Some(&b'.') && k >= 1 && letter(k - 1) && (k < 2 || !letter(k - 2)) {
        pairs += 1;
        if k < 2 {
            break;
        }
        k -= 2;
    }
    // A "Y." straight after: the dot opens or sits inside the initialism.
    let next = letter(dot + 1) && b.get(dot + 2) == Some(&b'.') && !letter(dot + 3);
    pairs >= 2 || (pairs == 1 && next)
}

fn clamp(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let end = r.end.min(text.len());
    let start = r.start.min(end);
    (text.is_char_boundary(start) && text.is_char_boundary(end)).then_some(start..end)
}

struct Word {
    span: Range<usize>,
    /// Lowercase, with a trailing possessive dropped ("year's" → "year").
    norm: String,
    possessive: bool,
    /// A comma right after the word: "in 1987, when".
    comma_after: bool,
    /// A hyphen right after the word: "1980s-era".
    hyphen_after: bool,
}

fn words(text: &str, part: Range<usize>) -> Vec<Word> {
    let mut out = Vec::new();
    let s = &text[part.clone()];
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let inner = c.is_alphanumeric() || c == '\'' || c == '’';
        match (start, inner) {
            (None, true) => start = Some(i),
            (Some(a), false) => {
                let raw = s[a..i].trim_end_matches(['\'', '’']);
                let lower = raw.to_lowercase();
                let (norm, possessive) = match lower
                    .strip_suffix("'s")
                    .or_else(|| lower.strip_suffix("’s"))
                {
                    Some(stem) => (stem.to_string(), true),
                    None => (lower.clone(), false),
                };
                if !raw.is_empty() {
                    out.push(Word {
                        span: part.start + a..part.start + a + raw.len(),
                        norm,
                        possessive,
                        comma_after: s[a + raw.len()..].starts_with(','),
                        hyphen_after: s[a + raw.len()..].starts_with('-'),
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// A number in digits, or a word counting units of time ("several").
fn is_amount(classes: &WordClasses, w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit()) || classes.is_time_amount(w)
}

/// The anchor starting at word `i`: how many words it takes, and its kind.
fn anchor_at(w: &[Word], i: usize, classes: &WordClasses) -> Option<(usize, AnchorKind)> {
    let at = |k: usize| w.get(i + k).map_or("", |x| x.norm.as_str());
    let first = at(0);
    // "in 2011", "the 2008 election", "2011's floods"
    // "the 2000 people" is a count: a year after an article modifies a
    // singular noun ("the 2008 election").
    let counted = matches!(first, "the" | "a" | "an")
        && classes.is_plural_noun(at(2))
        && !w.get(i + 1).is_some_and(|x| x.possessive);
    if let Some(y) = year(at(1))
        && classes.is_year_lead(first)
        && !counted
    {
        return Some((2, AnchorKind::Year(y)));
    }
    if let Some(y) = year(first)
        && (w[i].possessive || i == 0)
    {
        return Some((1, AnchorKind::Year(y)));
    }
    // "at their peak in the 1980s": a decade is set at its last year, so
    // the story's own decade is no other time.
    if first == "the"
        && let Some(y) = decade_end(at(1))
        && !w[i + 1].hyphen_after
    {
        return Some((2, AnchorKind::Year(y)));
    }
    // "the deadliest since 1987, when a collision killed 31": the clause
    // the year opens is set in that year, whatever word led to it.
    if let Some(y) = year(first)
        && w[i].comma_after
        && at(1) == "when"
    {
        return Some((1, AnchorKind::Year(y)));
    }
    use AnchorKind::{RelativeFuture as Future, RelativePast as Past};
    let two = (first, at(1));
    if two == ("last", "year") {
        return Some((2, AnchorKind::YearsBack(1)));
    }
    if two == ("last", "fiscal") && at(2) == "year" {
        return Some((3, AnchorKind::YearsBack(1)));
    }
    if let Some(n) = small_amount(first)
        && matches!(at(1), "year" | "years")
        && at(2) == "ago"
    {
        return Some((3, AnchorKind::YearsBack(n)));
    }
    match two {
        ("last" | "past" | "previous", p) if classes.is_anchor_period(p) => return Some((2, Past)),
        ("next" | "coming", p) if classes.is_anchor_period(p) => return Some((2, Future)),
        ("earlier" | "later", "this") if classes.is_anchor_period(at(2)) => {
            let kind = if first == "earlier" { Past } else { Future };
            return Some((3, kind));
        }
        ("in", "the") if matches!(at(2), "past") => return Some((3, Past)),
        ("in", "the") if matches!(at(2), "coming" | "next") && classes.is_long_time_unit(at(3)) => {
            return Some((4, Future));
        }
        ("in", "recent") if matches!(at(2), "years" | "months" | "decades") => {
            return Some((3, Past));
        }
        ("once", "before") => return Some((2, Past)),
        ("a" | "an", "similar" | "earlier" | "previous" | "prior") => return Some((2, Past)),
        ("previously" | "formerly", _) => return Some((1, Past)),
        _ => {}
    }
    // "two weeks ago", "a decade ago", "years ago"
    if classes.is_long_time_unit(first) && at(1) == "ago" {
        return Some((2, Past));
    }
    if is_amount(classes, first) && classes.is_long_time_unit(at(1)) && at(2) == "ago" {
        return Some((3, Past));
    }
    // "in five years", "within two years" (from now)
    if matches!(first, "in" | "within")
        && is_amount(classes, at(1))
        && !matches!(at(1), "a" | "an")
        && matches!(at(2), "years" | "decades")
        && at(3) != "of"
    {
        return Some((3, Future));
    }
    None
}

/// "a", a spelled or digit count up to 99: how many years back.
fn small_amount(w: &str) -> Option<u8> {
    if matches!(w, "a" | "an") {
        return Some(1);
    }
    let n = super::numbers::parse_number(w)?;
    (n.fract() == 0.0 && (1.0..=99.0).contains(&n)).then_some(n as u8)
}

/// The last year of a decade written "1980s".
fn decade_end(w: &str) -> Option<i16> {
    let y = year(w.strip_suffix('s')?)?;
    (y % 10 == 0).then_some(y + 9)
}

/// A four-digit year from 1900 to 2099.
fn year(w: &str) -> Option<i16> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i16 = w.parse().ok()?;
    (1900..=2099).contains(&y).then_some(y)
}

#[cfg(test)]
#[path = "anchor_tests.rs"]
mod tests;
