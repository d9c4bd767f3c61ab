//! A quarter of the year named without its year: "the third quarter",
//! "third-quarter profit", "Q3". Business news states results by quarter
//! and leaves the year to the date line; "the second quarter of 2027" and
//! "Q3 2025" are read with their year by the year pattern.

use jiff::civil::Date;

use super::calendar::{self, Part};
use super::{Alt, B, Ctx};
use crate::engine::model::{DateValue, Granularity};

pub(super) fn source() -> (&'static str, String) {
    (
        "qtr",
        format!(
            r"{B}(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))(?:-|\s+)(?i:quarter)|(?-i:Q(?P<qn>[1-4]))){B}"
        ),
    )
}

/// The quarter meant against the publication day: the one under way or
/// the last one gone, as results are reported after a quarter ends; the
/// next one under way or to come when the clause heads into the future
/// ("expects to close in the first quarter").
pub(super) fn quarter(ctx: &mut Ctx, c: &Alt, ahead: bool) {
    let Some(whole) = c.whole() else { return };
    let q = match (c.name("ord"), c.name("qn")) {
        (Some(o), _) => match o.as_str().to_ascii_lowercase().as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            _ => 4,
        },
        (None, Some(n)) => n.as_str().parse().unwrap_or(0),
        _ => return,
    };
    // "the first quarter of the game", "a third quarter of the town": a
    // quarter of something else. With a year after "of", the year
    // pattern reads it.
    let after = ctx.text[whole.end()..].trim_start().to_ascii_lowercase();
    if after.starts_with("of ") || !(1..=4).contains(&q) {
        return;
    }
    let v = match ctx.published.and_then(|pd| nearest(pd, q, ahead)) {
        Some(span) => calendar::resolved(Granularity::Month, span),
        None => {
            let first = 3 * q as i8 - 2;
            DateValue {
                months: Some((first, first + 2)),
                relative: Some(format!("quarter {q}")),
                ..calendar::partial(Granularity::Month)
            }
        }
    };
    ctx.push(whole.range(), v);
}

fn nearest(pd: Date, q: u8, ahead: bool) -> Option<(Date, Date)> {
    let spans: Vec<(Date, Date)> = (pd.year() - 1..=pd.year() + 1)
        .filter_map(|y| calendar::year_part(y, Part::Quarter(q)))
        .collect();
    if ahead {
        spans.into_iter().find(|(_, e)| *e >= pd)
    } else {
        spans.into_iter().rev().find(|(s, _)| *s <= pd)
    }
}
