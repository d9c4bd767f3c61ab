//! The hand-weighed pair score of the first engine, kept as one feature
//! among the learned ones: it carries what was learned by hand on the
//! seeds and the project's own clusters (event and measure nouns, people,
//! value agreement), and the learned model decides how far to trust it.

use super::currency::{self, CONVERTED_SPECIFICITY};
use super::score::Scorer;
use crate::engine::model::{Kind, Value};

/// `cosine` (the pair's context cosine) and `compat` (whether its values
/// agree) are what the caller has already worked out for the pair.
pub fn prior(s: &Scorer, i: usize, j: usize, cosine: f32, compat: Option<bool>) -> f32 {
    let (a, b) = (&s.ctx[i], &s.ctx[j]);
    match (s.kinds[i], compat) {
        // Units of measure that do not convert, or a currency the rate
        // table does not know, are different facts.
        (Kind::Money | Kind::Quantity, None) => return 0.0,
        // One article rarely contradicts itself about one fact; two
        // different values in one article are two facts.
        (_, Some(false)) if a.article == b.article => return 0.0,
        _ => {}
    }
    // Two values of one kind in one sentence are a list, a range or a
    // comparison: different facts.
    if a.article == b.article && a.sentence == b.sentence {
        return 0.0;
    }
    let mut sc = cosine;
    // "31 dead" and "24 people killed": the casualty word is the noun in
    // one and the verb in the other.
    let crossed = a.cue.is_some() && (a.cue == b.event || b.cue == a.event);
    let same_thing = match (a.cue, b.cue) {
        (Some(x), Some(y)) => Some(x == y || crossed),
        _ => None,
    };
    match same_thing {
        Some(true) => sc += 0.15,
        // Outlets name the counted thing differently ("workers",
        // "employees", "miners"), so a different noun only weakens…
        Some(false) if s.kinds[i] == Kind::Count => sc *= 0.5,
        // …but a measure of a different thing ("a 72-hour ultimatum",
        // "a three-hour meeting") is another fact.
        Some(false) => sc *= 0.3,
        None => {}
    }
    match (a.event, b.event) {
        (Some(x), Some(y)) if x == y && same_thing != Some(false) => sc += 0.15,
        // A value near "arrived" and one near "meeting", or "killed"
        // and "injured", are about different events, however alike
        // their sentences.
        (Some(x), Some(y)) if x != y && !crossed => sc *= 0.4,
        _ => {}
    }
    // "Last week" with no publication date to resolve it fits any date,
    // which is no evidence either way.
    let compat =
        compat.filter(|_| lenient_informative(&s.values[i]) && lenient_informative(&s.values[j]));
    match compat {
        Some(true) => sc += 0.05 + 0.15 * specificity(&s.values[i], &s.values[j]),
        Some(false) => sc -= 0.15,
        None => {}
    }
    sc *= people_factor(&a.persons, &b.persons);
    sc.clamp(0.0, 1.0)
}

/// When both sentences name people and each names someone the other does
/// not, they are most likely about different events ("Sheinbaum's call
/// with Trump" vs "Petro's call with Trump").
fn different_people(a: &[u32], b: &[u32]) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && a.iter().any(|p| !b.contains(p))
        && b.iter().any(|p| !a.contains(p))
}

/// How much to keep of a score when the people differ. Sharing one actor
/// but naming different counterparts ("Sheinbaum's call with Trump" vs
/// "Petro's call with Trump") is a different interaction of that actor;
/// wholly different names are often just different attributions ("Petro
/// said…" / "Trump said…"), so they weigh less.
fn people_factor(a: &[u32], b: &[u32]) -> f32 {
    if !different_people(a, b) {
        1.0
    } else if a.iter().any(|p| b.contains(p)) {
        0.2
    } else {
        0.5
    }
}

/// Whether a value says anything a comparison could use.
fn lenient_informative(v: &Value) -> bool {
    match v {
        Value::Date(d) => {
            d.start.is_some()
                || d.year.is_some()
                || d.month.is_some()
                || d.day.is_some()
                || d.weekday.is_some()
        }
        _ => true,
    }
}

/// How telling it is that two compatible values agree, in [0, 1]: two
/// reports naming the same day are more likely about one event than two
/// reports naming the same year; "24" and "24" more than "dozens" and
/// "at least 20".
fn specificity(a: &Value, b: &Value) -> f32 {
    match (a, b) {
        (Value::Date(x), Value::Date(y)) => {
            let one = |d: &crate::engine::model::DateValue| -> f32 {
                use crate::engine::model::Granularity::*;
                let resolved = d.start.is_some();
                match d.granularity {
                    Day if resolved || (d.month.is_some() && d.day.is_some()) => 1.0,
                    Day => 0.5,
                    Week => 0.6,
                    Month => 0.3,
                    Year => 0.1,
                }
            };
            one(x).min(one(y))
        }
        _ if currency::converted(a, b) => CONVERTED_SPECIFICITY,
        _ => {
            let exact = |v: &Value| match v {
                Value::Duration { seconds: i, .. }
                | Value::Quantity { amount: i, .. }
                | Value::Money { amount: i, .. }
                | Value::Count { amount: i, .. }
                | Value::Percent { amount: i } => {
                    i.is_bounded() && i.hi - i.lo <= i.lo.abs() * 0.02
                }
                Value::Time { .. } => true,
                _ => false,
            };
            if exact(a) && exact(b) { 0.8 } else { 0.4 }
        }
    }
}
