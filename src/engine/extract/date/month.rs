//! A month, whole or in part, with or without its year: "in March",
//! "late June 2026", "the first week of May", "October last year".

use super::calendar::{self, Part, month_number};
use super::{
    Alt, Ctx, Patterns, attributive, before, is_full_month_name, num, trim_article, year_after,
};
use crate::engine::model::Granularity;

/// Month names that are also everyday words or given names; alone they
/// count as a month only after a word that introduces a time.
const AMBIGUOUS_MONTHS: [&str; 5] = ["May", "March", "August", "April", "June"];

/// Reads "early"/"first week of"/"end of" style modifiers.
pub(super) fn part_of(c: &Alt) -> Part {
    let lower = |n: &str| c.name(n).map(|m| m.as_str().to_ascii_lowercase());
    if let Some(w) = lower("wk") {
        let n = ["first", "second", "third", "fourth"]
            .iter()
            .position(|k| w.contains(k));
        return match n {
            Some(i) => Part::Week(i as u8 + 1),
            None => Part::LastWeek,
        };
    }
    if let Some(h) = lower("half") {
        return if h.contains("first") {
            Part::FirstHalf
        } else {
            Part::SecondHalf
        };
    }
    if let Some(x) = lower("pos") {
        return calendar::named_part(&x);
    }
    match lower("pm").as_deref() {
        Some("early") => Part::Early,
        Some("mid") => Part::Mid,
        Some("late") => Part::Late,
        _ => Part::Whole,
    }
}

pub(super) fn month_date(ctx: &mut Ctx, p: &Patterns, c: &Alt) {
    let (Some(whole), Some(mon)) = (c.whole(), c.name("mon")) else {
        return;
    };
    let Some(m) = month_number(mon.as_str()) else {
        return;
    };
    let mut whole = whole.range();
    let mut year = num::<i16>(c, "y").filter(|y| (1000..=2999).contains(y));
    if let (None, Some((y, end))) = (
        year,
        year_after::year_after(ctx.text, whole.end, ctx.published),
    ) {
        (year, whole.end) = (Some(y), end);
    }
    let part = part_of(c);
    let rel = c.name("rel").map(|r| r.as_str().to_ascii_lowercase());
    let full = is_full_month_name(mon.as_str());
    // Abbreviations are too often other words ("Mar-a-Lago") to stand
    // without a day or year.
    if !full && year.is_none() {
        return;
    }
    let qualified = year.is_some() || part != Part::Whole || rel.is_some();
    if !qualified
        && AMBIGUOUS_MONTHS.contains(&mon.as_str())
        && !p
            .time_word_before
            .is_match(before(ctx.text, whole.start, 24))
        && !attributive::month_modifies(
            &p.classes,
            before(ctx.text, whole.start, 40),
            &ctx.text[whole.end..],
        )
    {
        return;
    }
    let granularity = match part {
        Part::Early | Part::Mid | Part::Late | Part::Week(_) | Part::LastWeek => Granularity::Week,
        _ => Granularity::Month,
    };
    let span_in = |y: i16| calendar::month_part(y, m, part);
    let resolved = match (year, ctx.published, rel.as_deref()) {
        (Some(y), _, _) => span_in(y),
        (None, Some(pd), Some(r)) => {
            let (py, pm) = (pd.year(), pd.month());
            let y = if r.contains("last") || r.contains("past") {
                if m < pm { py } else { py - 1 }
            } else if r.contains("next") || r.contains("coming") {
                if m > pm { py } else { py + 1 }
            } else {
                py
            };
            span_in(y)
        }
        // "risen since January": a time gone, however near the next one.
        (None, Some(pd), None) if since_before(ctx.text, whole.start) => {
            span_in(if m <= pd.month() {
                pd.year()
            } else {
                pd.year() - 1
            })
        }
        (None, Some(pd), None) => calendar::nearest_year(pd, span_in).map(|(_, s)| s),
        (None, None, _) => None,
    };
    if year.is_some() && resolved.is_none() {
        return;
    }
    // "the three months from April to June": one stretch of months.
    let mut resolved = resolved;
    if part == Part::Whole
        && rel.is_none()
        && let Some(start) = resolved.map(|(s, _)| s)
        && let Some((last, len)) = later_month(ctx.text, whole.clone(), start.year(), m)
    {
        resolved = Some((start, last));
        whole.end += len;
    }
    let mut v = calendar::partial(granularity);
    match resolved {
        Some(span) => v = calendar::resolved(granularity, span),
        // Placed in no year, a part of the month still says which days:
        // read in a leap year, so late February keeps the 29th.
        None if part != Part::Whole => {
            v.days = calendar::month_part(2000, m, part).map(|(s, e)| (s.day(), e.day()));
        }
        None => {}
    }
    v.year = year;
    v.month = Some(m);
    ctx.push(trim_article(ctx.text, whole), v);
}

/// The last day of the month a stretch "from April" runs to: "from April
/// to June", "from November through February" (into the next year), and
/// how many bytes after `whole` say so.
fn later_month(
    text: &str,
    whole: std::ops::Range<usize>,
    year: i16,
    month: i8,
) -> Option<(jiff::civil::Date, usize)> {
    if !before(text, whole.start, 8)
        .trim_end()
        .to_ascii_lowercase()
        .ends_with("from")
    {
        return None;
    }
    let after = &text[whole.end..];
    let rest = after.trim_start();
    let rest = ["to ", "until ", "through ", "-", "–"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))?
        .trim_start();
    let name_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let name = &rest[..name_len];
    if !is_full_month_name(name) {
        return None;
    }
    let m2 = month_number(name)?;
    let y2 = if m2 > month { year } else { year + 1 };
    let (_, last) = calendar::month_span(y2, m2)?;
    Some((last, after.len() - rest.len() + name_len))
}

/// Whether "since" is the word before `start`.
fn since_before(text: &str, start: usize) -> bool {
    let b = before(text, start, 8).trim_end();
    let cut = b.len().saturating_sub(5);
    b.get(cut..)
        .is_some_and(|w| w.eq_ignore_ascii_case("since"))
        && !b[..cut].ends_with(|c: char| c.is_alphanumeric())
}
