//! Dates that only mean something against the publication date: weekdays,
//! "yesterday", "last week", "two weeks ago", "the weekend".

use jiff::civil::{Date, Weekday};
use regex::Regex;

use super::calendar::{self, Direction, Part, QUARTER, add_days, week_of, weekday_near};
use super::{Alt, B, Ctx, WEEKDAYS, before, number_fragment, trim_article};
use crate::engine::extract::numbers::parse_number;
use crate::engine::model::Granularity;

/// What an unresolved weekday in a clause heading into the future keeps
/// in `relative`: "will meet on Friday", "next Friday".
pub const AHEAD: &str = "ahead";

pub(super) struct Patterns {
    future: Regex,
    /// "may meet", "might not go": ahead, unless perfect ("may have met").
    /// Lowercase only, since "May" is also a month and a name.
    modal: Regex,
    chrome_line: Regex,
}

const UNITS: &str =
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?)";

fn amount() -> String {
    let n = number_fragment();
    format!(r"(?:a\s+few|a\s+couple(?:\s+of)?|several|{n}|an)")
}

/// The relative forms, as alternatives for the date extractor's pattern.
pub(super) fn sources() -> [(&'static str, String); 3] {
    let amount = amount();
    [
        (
            "wd",
            format!(
                r"{B}(?:(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|past|previous|coming|a\s+week\s+on|a\s+week\s+from))\s+)?(?P<wd>{WEEKDAYS}){B}(?:\s+(?i:morning|afternoon|evening|night){B})?"
            ),
        ),
        (
            "words",
            format!(
                r"(?i){B}(?:(?P<day>yesterday|today|tonight|tomorrow)|(?P<lastnight>last\s+night)|(?P<thistod>this\s+(?:morning|afternoon|evening))|(?:the\s+)?(?P<pos>end|start|beginning|middle|first\s+half|second\s+half|{QUARTER})\s+of\s+(?:the\s+)?(?:(?P<posrel>this|last|next|current|previous|coming)\s+)?(?P<posunit>week|month|year)|(?P<edge>earlier|later)\s+(?:this|in\s+the)\s+(?P<edgeunit>week|month|year)|(?:(?:over\s+)?the\s+)?(?P<rel>this\s+past|this\s+coming|last|this|next|past|previous|coming)\s+(?P<unit>week|month|year|weekend)|(?:over\s+)?the\s+(?P<weekend>weekend)){B}"
            ),
        ),
        (
            "ago",
            format!(r"(?i){B}(?:(?P<n>{amount}|some)\s+)?(?P<unit>{UNITS})\s+ago{B}"),
        ),
    ]
}

impl Patterns {
    pub(super) fn new() -> Self {
        let re = |s: &str| Regex::new(s).expect("relative date pattern compiles");
        Patterns {
            future: re(
                r"(?i)(?:(?-u:\b)(?:will|shall|is\s+scheduled|are\s+scheduled|scheduled\s+(?:for|to)|set\s+to|expected\s+to|is\s+to|are\s+to|plans?\s+to|planning\s+to|slated|going\s+to|next|expects?|forecasts?|predicts?|(?:agreed|agrees|agree|due|promised|pledged|vowed|intends?|intended|aims?|aimed|hopes?|hoped)\s+to)|['’]ll)(?-u:\b)",
            ),
            modal: re(r"(?-u:\b)(?:may|might|would)\s+(?:not\s+)?(?P<verb>[a-z]+)"),
            chrome_line: re(&format!(
                r"(?i)^(?:(?:published|updated|posted|last\s+updated|modified)\s*:?\s*)?(?:{}\s+)?{UNITS}\s+ago\.?$",
                amount()
            )),
        }
    }
}

pub(super) fn dispatch(ctx: &mut Ctx, p: &Patterns, c: &Alt) {
    if c.is("wd") {
        weekday(ctx, p, c);
    } else if c.is("words") {
        words(ctx, p, c);
    } else if c.is("ago") {
        ago(ctx, p, c);
    }
}

/// A clause heading into the future ("will meet on Friday") turns a bare
/// weekday forward; only the same sentence counts.
pub(super) fn future_cue(ctx: &Ctx, p: &Patterns, start: usize) -> bool {
    let window = before(ctx.text, start, 60);
    let offset = start - window.len();
    let sentence = window
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '!' | '?' | '\n' | ';')
                || (c == '.'
                    && !crate::engine::extract::anchor::closes_initialism(ctx.text, offset + i))
        })
        .map_or(window, |(i, _)| &window[i + 1..]);
    p.future.is_match(sentence)
        || p.modal.captures_iter(sentence).any(|c| {
            c.name("verb")
                .is_some_and(|v| !v.as_str().eq_ignore_ascii_case("have"))
        })
}

/// How many days back a weekday "last" names may be and still be read
/// as the one of the week before: two, in a Thursday story "last Tuesday".
const LAST_IS_WEEK_BEFORE: i8 = 2;

fn weekday(ctx: &mut Ctx, p: &Patterns, c: &Alt) {
    let (Some(whole), Some(wd)) = (c.whole(), c.name("wd")) else {
        return;
    };
    let Some(w) = calendar::weekday_from(wd.as_str()) else {
        return;
    };
    let rel = c.name("rel").map(|r| r.as_str().to_ascii_lowercase());
    // "A week on Tuesday", British for the Tuesday after next.
    let week_on = rel.as_deref().is_some_and(|r| r.starts_with("a "));
    let dir = match rel.as_deref() {
        Some(r) if r.contains("coming") || r == "next" || week_on => Direction::After,
        Some(r) if r.contains("past") || r == "last" || r == "previous" => Direction::Before,
        _ if future_cue(ctx, p, whole.start()) => Direction::OnOrAfter,
        // Reporting is past tense: a bare weekday has already happened.
        _ => Direction::OnOrBefore,
    };
    let mut v = calendar::partial(Granularity::Day);
    if let Some(pd) = ctx.published
        && let Some(mut day) = weekday_near(pd, w, dir)
    {
        // "Last Tuesday" in a Wednesday story is most often the Tuesday of
        // the week before (yesterday would be "yesterday" or "on Tuesday"),
        // but may be yesterday: placed in the week before by guess.
        let days_back = pd.weekday().since(w);
        let week_before = matches!(rel.as_deref(), Some("last" | "previous"))
            && (1..=LAST_IS_WEEK_BEFORE).contains(&days_back);
        if week_before && let Some(earlier) = calendar::add_days(day, -7) {
            day = earlier;
        }
        if week_on && let Some(later) = calendar::add_days(day, 7) {
            day = later;
        }
        v = calendar::resolved(Granularity::Day, (day, day));
        v.past_guess = week_before || (rel.is_none() && dir == Direction::OnOrBefore);
    } else if matches!(dir, Direction::After | Direction::OnOrAfter) {
        // Unresolved, a Friday to come and a Friday gone are still two
        // days a week apart, not one day named alike.
        v.relative = Some(AHEAD.to_string());
    }
    v.weekday = Some(w);
    ctx.push(whole.range(), v);
}

#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Week,
    Month,
    Year,
}

fn unit_of(s: &str) -> Option<Unit> {
    match s.to_ascii_lowercase().as_str() {
        "week" => Some(Unit::Week),
        "month" => Some(Unit::Month),
        "year" => Some(Unit::Year),
        _ => None,
    }
}

fn granularity(u: Unit) -> Granularity {
    match u {
        Unit::Week => Granularity::Week,
        Unit::Month => Granularity::Month,
        Unit::Year => Granularity::Year,
    }
}

/// The whole week/month/year `offset` units from the one containing `pd`.
fn unit_span(pd: Date, u: Unit, offset: i32) -> Option<(Date, Date)> {
    match u {
        Unit::Week => week_of(add_days(pd, 7 * offset as i64)?),
        Unit::Month => {
            let (y, m) = calendar::shift_month(pd.year(), pd.month(), offset)?;
            calendar::month_span(y, m)
        }
        Unit::Year => calendar::year_span(pd.year().checked_add(offset as i16)?),
    }
}

fn offset_of(rel: Option<&str>) -> i32 {
    match rel {
        Some(r) if r.contains("last") || r.contains("previous") => -1,
        Some(r) if r.contains("next") || r.contains("coming") => 1,
        _ => 0,
    }
}

/// Saturday–Sunday. Inside a weekend, "the weekend" is that one.
fn weekend(pd: Date, offset: i32) -> Option<(Date, Date)> {
    let sat = match offset {
        o if o > 0 => weekday_near(pd, Weekday::Saturday, Direction::After)?,
        0 => {
            let back = if pd.weekday() == Weekday::Sunday {
                1
            } else {
                0
            };
            weekday_near(
                add_days(pd, -back)?,
                Weekday::Saturday,
                Direction::OnOrBefore,
            )?
        }
        _ => {
            let inside = matches!(pd.weekday(), Weekday::Saturday | Weekday::Sunday);
            let recent = weekend(pd, 0)?.0;
            if inside {
                add_days(recent, -7)?
            } else {
                recent
            }
        }
    };
    Some((sat, add_days(sat, 1)?))
}

fn words(ctx: &mut Ctx, p: &Patterns, c: &Alt) {
    let Some(whole) = c.whole() else { return };
    let lower = |n: &str| c.name(n).map(|m| m.as_str().to_ascii_lowercase());
    let pd = ctx.published.filter(|_| !quoted(ctx.text, whole.start()));
    let (g, span): (Granularity, Option<(Date, Date)>) = if let Some(d) = lower("day") {
        let shift = match d.as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        let day = pd.and_then(|pd| add_days(pd, shift));
        (Granularity::Day, day.map(|d| (d, d)))
    } else if c.name("lastnight").is_some() {
        let day = pd.and_then(|pd| add_days(pd, -1));
        (Granularity::Day, day.map(|d| (d, d)))
    } else if c.name("thistod").is_some() {
        (Granularity::Day, pd.map(|d| (d, d)))
    } else if let Some(u) = lower("posunit").as_deref().and_then(unit_of) {
        let pos = lower("pos").unwrap_or_default();
        let off = offset_of(lower("posrel").as_deref());
        (
            granularity(u),
            pd.and_then(|pd| position_in(pd, u, off, &pos)),
        )
    } else if let Some(u) = lower("edgeunit").as_deref().and_then(unit_of) {
        let earlier = lower("edge").is_some_and(|e| e == "earlier");
        let span = pd.and_then(|pd| {
            let (s, e) = unit_span(pd, u, 0)?;
            Some(if earlier { (s, pd) } else { (pd, e) })
        });
        (granularity(u), span)
    } else if let Some(unit) = lower("unit") {
        let rel = lower("rel").unwrap_or_default();
        if unit == "weekend" {
            let off = if rel == "this" && future_cue(ctx, p, whole.start()) {
                1
            } else {
                offset_of(Some(&rel))
            };
            let span = if rel.contains("past") {
                // The latest weekend already under way before that day.
                pd.and_then(|pd| {
                    let sat = weekday_near(pd, Weekday::Saturday, Direction::Before)?;
                    Some((sat, add_days(sat, 1)?))
                })
            } else {
                pd.and_then(|pd| weekend(pd, off))
            };
            (Granularity::Week, span)
        } else {
            let Some(u) = unit_of(&unit) else { return };
            let span = if rel.contains("past") {
                // "the past week": a rolling window, not the calendar week.
                let days = match u {
                    Unit::Week => 7,
                    Unit::Month => 31,
                    Unit::Year => 366,
                };
                pd.and_then(|pd| Some((add_days(pd, -days)?, pd)))
            } else {
                pd.and_then(|pd| unit_span(pd, u, offset_of(Some(&rel))))
            };
            (granularity(u), span)
        }
    } else if c.name("weekend").is_some() {
        let off = if future_cue(ctx, p, whole.start()) {
            1
        } else {
            0
        };
        (Granularity::Week, pd.and_then(|pd| weekend(pd, off)))
    } else {
        return;
    };
    let span_text = trim_article(ctx.text, whole.range());
    let v = match span {
        Some(s) => calendar::resolved(g, s),
        None => crate::engine::model::DateValue {
            relative: Some(relative_key(&ctx.text[span_text.clone()])),
            ..calendar::partial(g)
        },
    };
    ctx.push(span_text, v);
}

/// "end of last month": the start/middle/end stretch of that unit.
fn position_in(pd: Date, u: Unit, offset: i32, pos: &str) -> Option<(Date, Date)> {
    let (s, e) = unit_span(pd, u, offset)?;
    let part = calendar::named_part(pos);
    match u {
        // A week has no halves or quarters a reporter names.
        Unit::Week if matches!(part, Part::FirstHalf | Part::SecondHalf | Part::Quarter(_)) => None,
        Unit::Week => {
            let (a, b) = match part {
                Part::Early => (0, 2),
                Part::Mid => (1, 3),
                _ => (3, 6),
            };
            Some((add_days(s, a)?, add_days(s, b)?))
        }
        Unit::Month => calendar::month_part(s.year(), s.month(), part),
        Unit::Year => calendar::year_part(e.year(), part),
    }
}

fn ago(ctx: &mut Ctx, p: &Patterns, c: &Alt) {
    let (Some(whole), Some(unit)) = (c.whole(), c.name("unit")) else {
        return;
    };
    if is_chrome_line(ctx.text, whole.range(), p) {
        return;
    }
    let n_text = c
        .name("n")
        .map(|n| n.as_str().to_ascii_lowercase())
        .unwrap_or_default();
    let plural = unit.as_str().ends_with(['s', 'S']);
    // Vague amounts become a range of counts; "weeks ago" with no amount
    // is a few of them at least, and "week ago" alone is no date.
    let (lo, hi) = if n_text.is_empty() || n_text == "some" {
        if !plural {
            return;
        }
        (2.0, 9.0)
    } else if n_text.contains("few") {
        (2.0, 5.0)
    } else if n_text.contains("couple") {
        (2.0, 2.0)
    } else if n_text == "several" {
        (3.0, 7.0)
    } else if n_text == "an" {
        (1.0, 1.0)
    } else {
        match parse_number(&n_text) {
            Some(x) if (0.0..10_000.0).contains(&x) => (x, x),
            _ => return,
        }
    };
    let u = unit.as_str().to_ascii_lowercase();
    let v = match ctx.published.filter(|_| !quoted(ctx.text, whole.start())) {
        Some(pd) => match ago_span(pd, &u, lo, hi) {
            Some((g, s)) => calendar::resolved(g, s),
            None => return,
        },
        // Unresolved, two outlets' same stretch back still meet as one
        // value ("two weeks ago" / "2 weeks ago").
        None => crate::engine::model::DateValue {
            relative: Some(ago_words(lo, hi, &u)),
            ..calendar::partial(ago_granularity(&u))
        },
    };
    ctx.push(whole.range(), v);
}

/// Whether `at` falls inside a quotation in its paragraph. "Tonight",
/// "yesterday" or "two weeks ago" in a quote count from when it was said,
/// which the article seldom dates, not from when it was published: "Tonight
/// we won," printed the next morning is not the publication day.
fn quoted(text: &str, at: usize) -> bool {
    let para = &text[text[..at].rfind('\n').map_or(0, |i| i + 1)..at];
    let straight = para.matches('"').count();
    let (open, close) = (
        para.matches('\u{201c}').count(),
        para.matches('\u{201d}').count(),
    );
    straight % 2 == 1 || open > close
}

/// An unresolved stretch back in words one way however it was written:
/// "two weeks ago" and "2 weeks ago" are "2 weeks ago"; "weeks ago" is
/// "2-9 weeks ago".
fn ago_words(lo: f64, hi: f64, unit: &str) -> String {
    let one = unit.trim_end_matches('s');
    let unit = if hi == 1.0 {
        one.to_string()
    } else {
        format!("{one}s")
    };
    if lo == hi {
        format!("{lo} {unit} ago")
    } else {
        format!("{lo}-{hi} {unit} ago")
    }
}

fn ago_granularity(unit: &str) -> Granularity {
    if unit.starts_with('w') {
        Granularity::Week
    } else if unit.starts_with("mon") {
        Granularity::Month
    } else if unit.starts_with('y') || unit.starts_with("dec") {
        Granularity::Year
    } else {
        Granularity::Day
    }
}

fn ago_span(pd: Date, unit: &str, lo: f64, hi: f64) -> Option<(Granularity, (Date, Date))> {
    let g = ago_granularity(unit);
    let days_back = |k: f64| add_days(pd, -(k.round() as i64));
    let span = if unit.starts_with("sec") || unit.starts_with("min") {
        (pd, pd)
    } else if unit.starts_with('h') {
        // "18 hours ago" may already be yesterday.
        (days_back((hi / 24.0).ceil())?, pd)
    } else if unit.starts_with("day") {
        (days_back(hi)?, days_back(lo)?)
    } else if unit.starts_with('w') {
        (days_back(hi * 7.0 + 3.0)?, days_back(lo * 7.0 - 3.0)?)
    } else if unit.starts_with("mon") {
        let (y1, m1) = calendar::shift_month(pd.year(), pd.month(), -(hi.round() as i32))?;
        let (y2, m2) = calendar::shift_month(pd.year(), pd.month(), -(lo.round() as i32))?;
        (
            calendar::month_span(y1, m1)?.0,
            calendar::month_span(y2, m2)?.1,
        )
    } else {
        let per = if unit.starts_with("dec") { 10.0 } else { 1.0 };
        let y = |k: f64| pd.year().checked_sub((k * per).round() as i16);
        (
            calendar::year_span(y(hi)?)?.0,
            calendar::year_span(y(lo)?)?.1,
        )
    };
    Some((g, span))
}

/// "Updated 2 hours ago" alone on its line is the page's timestamp widget.
fn is_chrome_line(text: &str, span: std::ops::Range<usize>, p: &Patterns) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    p.chrome_line.is_match(text[line_start..line_end].trim())
}

/// The words of an unresolved relative time, lowercased with single
/// spaces: "Last  month" and "last month" are one value.
fn relative_key(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use crate::engine::extract::date::extract;
    use crate::engine::model::{DocInfo, Value};

    fn dates(text: &str, published: Option<jiff::civil::Date>) -> Vec<(String, Value)> {
        extract(text, &DocInfo { published })
            .into_iter()
            .map(|e| (text[e.span].to_string(), e.value))
            .collect()
    }

    #[test]
    fn weeks_ago_with_no_amount_is_a_few_weeks_back() {
        let all = dates("The vote came weeks ago.", Some(date(2016, 11, 30)));
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "weeks ago");
        let Value::Date(v) = &all[0].1 else { panic!() };
        let (s, e) = (v.start.unwrap(), v.end.unwrap());
        // Two to nine weeks back, each end a few days loose.
        assert!(s <= date(2016, 9, 28) && e >= date(2016, 11, 16), "{s} {e}");
        assert!(e < date(2016, 11, 30));
        // Unresolved, the same stretch back is one value however written.
        let key = |t: &str| match &dates(t, None)[0].1 {
            Value::Date(v) => v.relative.clone(),
            _ => None,
        };
        assert_eq!(key("It ended two weeks ago."), key("It ended 2 weeks ago."));
        assert_ne!(key("It ended two weeks ago."), key("It ended weeks ago."));
    }

    #[test]
    fn a_singular_unit_ago_with_no_amount_is_no_date() {
        assert!(dates("The week ago figure was revised.", None).is_empty());
        // A page's "hours ago" stamp alone on its line is chrome.
        assert!(dates("Updated hours ago\n\nText.", None).is_empty());
    }

    #[test]
    fn words_counted_from_speech_in_a_quote_stay_unresolved() {
        let pd = Some(date(2026, 6, 8));
        let resolved = |text: &str, span: &str| {
            let all = dates(text, pd);
            let (_, v) = all
                .iter()
                .find(|(t, _)| t == span)
                .unwrap_or_else(|| panic!("{text}: {all:?}"));
            let Value::Date(v) = v else { panic!() };
            v.start.is_some()
        };
        assert!(!resolved("\"Tonight we chose hope,\" she said.", "Tonight"));
        assert!(!resolved(
            "She said: \u{201c}We met two weeks ago.\u{201d}",
            "two weeks ago"
        ));
        assert!(!resolved(
            "\"It ended,\" he said. \"Yesterday was hard.\"",
            "Yesterday"
        ));
        // Outside the quotes, the publication date anchors them.
        assert!(resolved("\"We won,\" she said tonight.", "tonight"));
        assert!(resolved("The talks ended two weeks ago.", "two weeks ago"));
        assert!(resolved(
            "\u{201c}We won\u{201d} she said yesterday.",
            "yesterday"
        ));
    }
}
