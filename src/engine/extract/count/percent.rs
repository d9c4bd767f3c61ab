//! Percentages read where a count would be: "12%", "12 per cent", "3-5%",
//! "2 percentage points", "25 basis points" (a quarter of a point).

use super::units::{self, Qual, WordClasses, qualify, stated_interval};
use crate::engine::model::{Extracted, Interval, Kind, Value};

/// What the number after a value counts: per cent, percentage points, or
/// basis points (hundredths of a point).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Points {
    None,
    Percentage,
    Basis,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn percent(
    classes: &WordClasses,
    text: &str,
    start: usize,
    end: usize,
    n1: &str,
    v1: f64,
    v2: Option<f64>,
    qual: Qual,
    points: Points,
) -> Option<Extracted> {
    let prev = text[..start].chars().next_back();
    if prev.is_some_and(|c| c.is_alphanumeric() || c == '-') || n1.trim().eq_ignore_ascii_case("a")
    {
        return None;
    }
    let base = match v2 {
        Some(v2) if v2 > v1 => Interval::closed(v1, v2),
        Some(_) => return None,
        None => stated_interval(v1, n1),
    };
    let mut amount = qualify(qual, base, v1, v2.unwrap_or(v1));
    if points == Points::Basis {
        amount = amount.scale(0.01);
    }
    let cue = if points != Points::None {
        Some("percentage points".to_string())
    } else {
        units::cue_after(&text[end..], classes)
    };
    Some(Extracted {
        span: start..end,
        kind: Kind::Percent,
        value: Value::Percent { amount },
        cue,
    })
}
