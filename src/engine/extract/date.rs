//! Dates: absolute ("January 7, 2026", "7 Jan", "2026-01-10"), months and
//! years ("in October", "early 2025"), weekdays ("last Saturday") and
//! relative expressions ("yesterday", "two weeks ago", "the weekend").
//!
//! Each is resolved against the article's publication date when it is
//! known; whatever the text states is kept in the partial fields either
//! way, so two yearless "Jan. 7"s still compare.

mod attributive;
pub(crate) use attributive::is_determiner;
mod calendar;
mod compare;
mod day_edge;
mod holiday;
mod month;
#[cfg(test)]
mod parts_tests;
mod quarter;
#[cfg(test)]
mod range_tests;
mod relative;
mod season;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod unresolved_tests;
mod until;
mod year_after;
#[cfg(test)]
mod year_choice_tests;

use jiff::civil::Date;
use regex::{Captures, Match, Regex};

use self::calendar::{QUARTER, month_name, month_number, weekday_from};
pub use self::compare::{apart_by_a_guess, dates_compatible, describe};
use self::month::part_of;
use crate::engine::extract::numbers::NUMBER;
use crate::engine::extract::quantity::units::WordClasses;
use crate::engine::model::{DateValue, DocInfo, Extracted, Granularity, Kind, Value};

/// ASCII word boundary: the Unicode one pushes the regex engine off its
/// fast path on any non-ASCII byte, and news text is full of curly quotes.
pub(crate) const B: &str = r"(?-u:\b)";

const MONTHS: &str = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?-u:\b)\.?)";
const WEEKDAYS: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const WEEKDAY_ABBR: &str = r"(?:Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)";

/// [`NUMBER`] with ASCII word boundaries, for the same speed reason as [`B`].
pub(crate) fn number_fragment() -> String {
    NUMBER.replace(r"\b", B)
}

/// Compiled patterns: build once per analysis with `Patterns::new` and
/// pass to [`extract_with`]; compiling is far costlier than scanning.
pub struct Patterns {
    /// Every form in one alternation, so the text is scanned once; the
    /// order settles forms that start at the same place (a weekday
    /// followed by a date is the date).
    all: Combined,
    time_word_before: Regex,
    rel: relative::Patterns,
    hol: holiday::Holidays,
    edge: day_edge::Patterns,
    classes: WordClasses,
}

impl Patterns {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        let wd_prefix = format!(r"(?:(?P<wd>{WEEKDAYS}|{WEEKDAY_ABBR}){B}\.?,?\s+)?");
        let ord = r"(?:st|nd|rd|th)?";
        let re = |s: &str| Regex::new(s).expect("date pattern compiles");
        let mut alts: Vec<(&'static str, String)> = vec![
            (
                "md",
                format!(
                    r"{B}{wd_prefix}(?P<mon>{MONTHS})\s+(?P<d1>[0-9]{{1,2}}){ord}{B}(?:\s*[-–]\s*(?P<d2>[0-9]{{1,2}}){ord}{B})?(?:,?\s+(?P<y>[0-9]{{4}}){B})?"
                ),
            ),
            // "between 3 and 5 March", "between March 3 and 5": one stretch
            // of days ("on 3 and 5 March" is two days, and left to "dm").
            (
                "between",
                format!(
                    r"{B}(?i:between)\s+(?:(?P<d1>[0-9]{{1,2}}){ord}\s+and\s+(?P<d2>[0-9]{{1,2}}){ord}\s+(?:of\s+)?(?P<mon>{MONTHS})|(?P<mon2>{MONTHS})\s+(?P<d3>[0-9]{{1,2}}){ord}\s+and\s+(?P<d4>[0-9]{{1,2}}){ord}{B})(?:,?\s+(?P<y>[0-9]{{4}}){B})?"
                ),
            ),
            (
                "dm",
                format!(
                    r"{B}{wd_prefix}(?P<d1>[0-9]{{1,2}}){ord}(?:(?:\s*[-–]\s*|\s+to\s+)(?P<d2>[0-9]{{1,2}}){ord})?\s+(?:of\s+)?(?P<mon>{MONTHS})(?:,?\s+(?P<y>[0-9]{{4}}){B})?"
                ),
            ),
            (
                "iso",
                format!(r"{B}(?P<y>[12][0-9]{{3}})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9]){B}"),
            ),
            (
                "mon",
                format!(
                    r"{B}(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming))\s+|(?P<wk>(?i:(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of))\s+|(?P<half>(?i:(?:the\s+)?(?:first|second)\s+half\s+of))\s+|(?P<pm>(?i:early|mid|late))(?:-|\s+)|(?P<pos>(?i:(?:the\s+)?(?:end|start|beginning|middle)\s+of))\s+)?(?P<mon>{MONTHS})(?:,?\s+(?:of\s+)?(?P<y>[0-9]{{4}}){B})?"
                ),
            ),
            (
                "yr",
                format!(
                    r"{B}(?:(?P<prep>(?i:in|since|by|until|till|of|during|before|after|through|throughout|from|for|between))\s+)?(?:(?P<pm>(?i:early|mid|late))(?:-|\s+)|(?P<pos>(?i:(?:the\s+)?(?:end|start|beginning|middle|first\s+half|second\s+half|{QUARTER})\s+of)|(?-i:Q[1-4]))\s+)?(?P<y>(?:1[89]|2[01])[0-9]{{2}})(?P<poss>['’]s)?{B}"
                ),
            ),
        ];
        let hol = holiday::Holidays::new();
        alts.push(("hol", hol.source()));
        alts.extend(relative::sources());
        alts.push(season::source());
        alts.push(quarter::source());
        Patterns {
            all: Combined::new(&alts, re),
            time_word_before: re(
                r"(?i)(?-u:\b)(?:in|since|by|until|till|through|throughout|during|from|before|after|of|early|late|mid|between|around|every|each)\s+$",
            ),
            rel: relative::Patterns::new(),
            hol,
            edge: day_edge::Patterns::new(),
            classes: WordClasses::new(),
        }
    }
}

/// Joins named alternatives into one pattern, prefixing each one's group
/// names with its own name so they stay distinct.
pub(crate) fn combine(alts: &[(&'static str, String)]) -> String {
    alts.iter()
        .map(|(name, pat)| {
            format!(
                "(?P<{name}>{})",
                pat.replace("(?P<", &format!("(?P<{name}_"))
            )
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// A [`combine`]d pattern, to find matches in one scan, and each of its
/// alternatives compiled alone, to read a match's groups.
///
/// Resolving groups is the slow part of a search (a backtracking engine
/// walks the pattern's states), and it is far slower on the combined
/// pattern, whose every alternative the engine must try, than on the one
/// alternative that matched.
pub(crate) struct Combined {
    all: Regex,
    alts: Vec<(&'static str, Regex)>,
}

impl Combined {
    /// `re` compiles a pattern. The alternatives may only use the ASCII
    /// word boundary [`B`] as an assertion (see [`Combined::each`]).
    pub(crate) fn new(alts: &[(&'static str, String)], re: impl Fn(&str) -> Regex) -> Self {
        for (name, pat) in alts {
            let rest = pat.replace(B, "").replace("[^", "[");
            assert!(
                !rest.contains(['^', '$'])
                    && !["\\b", "\\B", "\\A", "\\z"]
                        .iter()
                        .any(|a| rest.contains(a)),
                "{name}: only ASCII word boundaries are supported"
            );
        }
        Combined {
            all: re(&combine(alts)),
            alts: alts.iter().map(|(n, p)| (*n, re(p))).collect(),
        }
    }

    /// Calls `f` with every match of the combined pattern, in order, as
    /// `captures_iter` would find them.
    ///
    /// The combined pattern prefers, at the leftmost start `s`, its first
    /// alternative that matches there at all, so the first alternative
    /// that matches at `s` on its own is the one; each is tried on the
    /// text cut at `cut`, the first ASCII non-word byte at or after the
    /// match end `e`. The cut changes no outcome of a path that ends at or
    /// before it: a word boundary at `cut` reads the same at the end of
    /// the text (the byte after is not a word byte), and there is no other
    /// assertion. The winning path ends at `e`; any path preferred to it
    /// failed on the full text and fails the same way, or is cut off.
    pub(crate) fn each<'h>(&self, text: &'h str, mut f: impl FnMut(Alt<'h>)) {
        for m in self.all.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
            let cut = text.as_bytes()[e..]
                .iter()
                .take(64)
                .position(|b| !word(b))
                .map(|i| e + i)
                .or((text.len() - e <= 64).then_some(text.len()));
            let found = cut.and_then(|cut| {
                self.alts.iter().find_map(|(name, re)| {
                    let caps = re.captures_at(&text[..cut], s)?;
                    (caps.get(0)?.start() == s).then_some(Alt {
                        caps,
                        name,
                        prefixed: false,
                    })
                })
            });
            // A long word after the match: read it on the combined pattern.
            let alt = found.or_else(|| {
                let caps = self.all.captures_at(text, s)?;
                let name = self
                    .alts
                    .iter()
                    .map(|a| a.0)
                    .find(|n| caps.name(n).is_some())?;
                Some(Alt {
                    caps,
                    name,
                    prefixed: true,
                })
            });
            if let Some(alt) = alt {
                debug_assert_eq!(alt.whole().map(|w| w.range()), Some(s..e));
                f(alt);
            }
        }
    }
}

/// The alternative of a [`Combined`] pattern that matched, read with its
/// own group names.
pub(crate) struct Alt<'h> {
    caps: Captures<'h>,
    name: &'static str,
    /// Whether `caps` are of the combined pattern (group names prefixed).
    prefixed: bool,
}

impl<'h> Alt<'h> {
    pub(crate) fn is(&self, name: &str) -> bool {
        self.name == name
    }

    pub(crate) fn whole(&self) -> Option<Match<'h>> {
        if self.prefixed {
            self.caps.name(self.name)
        } else {
            self.caps.get(0)
        }
    }

    pub(crate) fn name(&self, group: &str) -> Option<Match<'h>> {
        if self.prefixed {
            self.caps.name(&format!("{}_{group}", self.name))
        } else {
            self.caps.name(group)
        }
    }
}

/// What one extraction pass knows and has found so far.
struct Ctx<'a> {
    text: &'a str,
    published: Option<Date>,
    classes: &'a WordClasses,
    out: Vec<Extracted>,
}

impl Ctx<'_> {
    fn push(&mut self, span: std::ops::Range<usize>, value: DateValue) {
        self.out.push(Extracted {
            span,
            kind: Kind::Date,
            value: Value::Date(value),
            cue: None,
        });
    }
}

pub fn extract(text: &str, doc: &DocInfo) -> Vec<Extracted> {
    extract_with(&Patterns::new(), text, doc)
}

pub fn extract_with(p: &Patterns, text: &str, doc: &DocInfo) -> Vec<Extracted> {
    let mut ctx = Ctx {
        text,
        published: doc.published,
        classes: &p.classes,
        out: Vec::new(),
    };
    p.all.each(text, |c| match c.name {
        "md" | "dm" | "between" => day_date(&mut ctx, &c),
        "iso" => iso_date(&mut ctx, &c),
        "mon" => month::month_date(&mut ctx, p, &c),
        "yr" => year_date(&mut ctx, p, &c),
        "hol" => holiday::holiday_date(&mut ctx, &p.hol, &c),
        "season" => season::season(&mut ctx, &p.rel, &c),
        "qtr" => {
            let ahead = c
                .whole()
                .is_some_and(|w| relative::future_cue(&ctx, &p.rel, w.start()));
            quarter::quarter(&mut ctx, &c, ahead)
        }
        _ => relative::dispatch(&mut ctx, &p.rel, &c),
    });
    let mut found = settle(ctx.out);
    p.edge.mark(text, &mut found);
    found
}

/// Keeps the longest of any overlapping mentions (then the earliest), in
/// one sort and one sweep so long texts stay linear.
pub(crate) fn settle(mut found: Vec<Extracted>) -> Vec<Extracted> {
    found.sort_by(|a, b| {
        (a.span.start, std::cmp::Reverse(a.span.len()))
            .cmp(&(b.span.start, std::cmp::Reverse(b.span.len())))
    });
    let mut kept: Vec<Extracted> = Vec::with_capacity(found.len());
    for m in found {
        match kept.last_mut() {
            Some(last) if m.span.start < last.span.end => {
                if m.span.len() > last.span.len() {
                    *last = m;
                }
            }
            _ => kept.push(m),
        }
    }
    kept
}

/// Largest char boundary at or below `i`.
pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Up to `n` bytes of text ending at `end`, cut to a char boundary.
pub(crate) fn before(s: &str, end: usize, n: usize) -> &str {
    let end = floor_boundary(s, end);
    &s[floor_boundary(s, end.saturating_sub(n))..end]
}

/// Drops a leading "the " / "over the " so spans name the date itself.
fn trim_article(text: &str, mut span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    for lead in ["over ", "the "] {
        let s = &text[span.clone()];
        if s.len() > lead.len()
            && s.get(..lead.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(lead))
        {
            span.start += lead.len();
            let rest = &text[span.clone()];
            span.start += rest.len() - rest.trim_start().len();
        }
    }
    span
}

fn num<T: std::str::FromStr>(c: &Alt, name: &str) -> Option<T> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

fn is_full_month_name(s: &str) -> bool {
    month_number(s).is_some_and(|m| month_name(m) == s)
}

/// The year a yearless day is set in by a time counted back earlier in
/// its sentence: "Last year's results came out on Aug. 13" is the 13th of
/// August a year before publication, not the nearest one.
fn years_back_before(ctx: &Ctx, start: usize) -> Option<i16> {
    let published = ctx.published?;
    let sentence = super::anchor::sentence_of(ctx.text, start..start);
    let opening = sentence.start
        + (ctx.text[sentence.clone()].len() - ctx.text[sentence.clone()].trim_start().len());
    // Only a time the sentence opens on ("Last year, …") or that owns its
    // subject ("Last year's results"): "sales fell from last year, and the
    // shop closes on Dec. 24" closes this December.
    // A possessive with its noun dropped ("bigger than last year's and")
    // compares; it owns no subject.
    let owns_a_noun = |end: usize| {
        let next: String = ctx.text[end..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        !next.is_empty() && !ctx.classes.is_function_word(&next.to_lowercase())
    };
    super::anchor::time_anchors(ctx.text, sentence.start..start, ctx.classes)
        .into_iter()
        .filter(|a| (a.possessive && owns_a_noun(a.span.end)) || a.span.start == opening)
        .find_map(|a| match a.kind {
            super::anchor::AnchorKind::YearsBack(n) => Some(published.year() - i16::from(n)),
            _ => None,
        })
}

/// Month and day, with optional weekday, day range and year.
fn day_date(ctx: &mut Ctx, c: &Alt) {
    let Some(m) = (c.name("mon").or(c.name("mon2"))).and_then(|x| month_number(x.as_str())) else {
        return;
    };
    let Some(d1) = (num::<i8>(c, "d1").or(num::<i8>(c, "d3"))).filter(|d| (1..=31).contains(d))
    else {
        return;
    };
    let d2 = (num::<i8>(c, "d2").or(num::<i8>(c, "d4")))
        .filter(|d| *d > d1 && *d <= 31)
        .unwrap_or(d1);
    let mut whole = c.whole().map_or(0..0, |x| x.range());
    let mut year = num::<i16>(c, "y").filter(|y| (1000..=2999).contains(y));
    if year.is_none()
        && let Some((y, end)) = year_after::year_after(ctx.text, whole.end, ctx.published)
    {
        year = Some(y);
        whole.end = end;
    }
    if year.is_none() {
        year = years_back_before(ctx, whole.start);
    }
    let weekday = c.name("wd").and_then(|w| weekday_from(w.as_str()));
    let days_in = |y: i16| Some((Date::new(y, m, d1).ok()?, Date::new(y, m, d2).ok()?));
    // A leap year, so that "February 29" without a year is still a date.
    if days_in(2024).is_none() {
        return;
    }
    let mut v = calendar::partial(Granularity::Day);
    v.year = year;
    v.month = Some(m);
    v.day = Some(d1);
    v.weekday = weekday;
    let span = match (year, ctx.published) {
        (Some(y), _) => days_in(y),
        // "funds the government until Dec. 31": a stretch still running
        // ends on the next such day.
        (None, Some(p)) if until::runs_until(ctx.text, whole.start) => [p.year(), p.year() + 1]
            .into_iter()
            .filter_map(days_in)
            .find(|(_, e)| *e >= p),
        (None, Some(p)) => {
            // A stated weekday picks the year whose calendar agrees with it.
            let with_weekday =
                |y: i16| days_in(y).filter(|(s, _)| weekday.is_none_or(|w| s.weekday() == w));
            calendar::nearest_year(p, with_weekday)
                .or_else(|| calendar::nearest_year(p, days_in))
                .map(|(_, s)| s)
        }
        (None, None) => None,
    };
    if let Some((s, e)) = span {
        v.start = Some(s);
        v.end = Some(e);
    } else if year.is_some() {
        return;
    }
    ctx.push(whole, v);
}

fn iso_date(ctx: &mut Ctx, c: &Alt) {
    let (Some(y), Some(m), Some(d)) = (num::<i16>(c, "y"), num::<i8>(c, "m"), num::<i8>(c, "d"))
    else {
        return;
    };
    let Ok(day) = Date::new(y, m, d) else {
        return;
    };
    let mut v = calendar::resolved(Granularity::Day, (day, day));
    v.year = Some(y);
    v.month = Some(m);
    v.day = Some(d);
    let whole = c.whole().map_or(0..0, |x| x.range());
    ctx.push(whole, v);
}

fn year_date(ctx: &mut Ctx, p: &Patterns, c: &Alt) {
    let (Some(whole), Some(ym)) = (c.whole(), c.name("y")) else {
        return;
    };
    let Ok(y) = ym.as_str().parse::<i16>() else {
        return;
    };
    let part_m = c.name("pm").or_else(|| c.name("pos"));
    let poss = c.name("poss").is_some();
    // A bare four-digit number is a count as often as a year: only a
    // time word, a part-of-year modifier or a possessive makes it a year.
    let after = &ctx.text[ym.end()..];
    if c.name("prep").is_none()
        && part_m.is_none()
        && !poss
        && !attributive::year_modifies(&p.classes, before(ctx.text, ym.start(), 40), after)
        && !attributive::in_a_fact_line(ctx.text, ym.start(), ym.end(), y)
    {
        return;
    }
    // "since 2026-01-10": the single scan met the preposition first.
    if let Some((m, d)) = attributive::iso_tail(after)
        && let Ok(day) = Date::new(y, m, d)
    {
        let mut v = calendar::resolved(Granularity::Day, (day, day));
        (v.year, v.month, v.day) = (Some(y), Some(m), Some(d));
        ctx.push(ym.start()..ym.end() + 6, v);
        return;
    }
    if !poss && attributive::followed_by_plural_noun(after) {
        return;
    }
    let part = part_of(c);
    let Some(mut span) = calendar::year_part(y, part) else {
        return;
    };
    let mut end = if poss { ym.end() } else { whole.end() };
    // "the 1950-53 war" runs to the end of 1953.
    if let Some((yy, len)) = attributive::year_range_end(after)
        && let Some((_, last)) = calendar::year_span(y - y % 100 + yy).filter(|_| yy > y % 100)
        && !poss
    {
        span.1 = last;
        end = ym.end() + len;
    }
    // "from 2010 to 2013", "between 1998 and 2004": one stretch of years;
    // "between 2000 and 3000 people" is none, and no year either.
    let prep = c.name("prep").map(|m| m.as_str().to_ascii_lowercase());
    let between = prep.as_deref() == Some("between");
    let stretch =
        (matches!(prep.as_deref(), Some("from" | "between")) && part_m.is_none() && !poss)
            .then(|| attributive::year_range_to(after, between))
            .flatten()
            .filter(|&(last_year, len)| {
                (y + 1..=y + 100).contains(&last_year)
                    && (1800..2200).contains(&last_year)
                    && !attributive::followed_by_plural_noun(&after[len..])
            });
    match stretch.and_then(|(last_year, len)| Some((calendar::year_span(last_year)?, len))) {
        Some(((_, last), len)) => {
            span.1 = last;
            end = ym.end() + len;
        }
        None if between => return,
        None => {}
    }
    let mut v = calendar::resolved(Granularity::Year, span);
    v.year = Some(y);
    let start = part_m.map_or(ym.start(), |m| m.start());
    ctx.push(trim_article(ctx.text, start..end), v);
}
