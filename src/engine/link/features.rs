//! The evidence that two value mentions state one fact, as numbers a
//! learned model weighs (`model.rs`). Each feature is a question a reader
//! would ask: do the sentences talk about the same thing, is the value the
//! same rare number, is one of them about another time?

use super::block::{Cues, anchors_differ, blocked, cues, other_counterpart};
use super::currency::{self, CONVERTED_SPECIFICITY};
use super::score::{MentionCtx, Scorer};
use crate::engine::model::{DateValue, Granularity, Kind, Value};

/// Feature names, in vector order. The weights file names them too, so a
/// model trained for another feature set is refused rather than misread.
pub const NAMES: &[&str] = &[
    "bias",
    "cosine",
    "prior",
    "concept_cosine",
    "cue_same",
    "same_cue_rarity",
    "cue_differ",
    "cue_class_differ",
    "event_same",
    "event_differ",
    "statement_one_side",
    "agree_specific",
    "agree_vague",
    "values_conflict",
    "values_uninformative",
    "same_value_rarity",
    "same_date_rarity",
    "value_without_context",
    "mutual_best",
    "one_way_best",
    "people_other_counterpart",
    "people_disjoint",
    "people_shared",
    "anchor_differs",
    "anchor_differs_value",
    "same_article",
    "both_lead",
    "kind_date",
    "kind_duration",
    "kind_count",
    "kind_money",
    "kind_percent",
    "kind_quantity",
    "kind_time",
    "kind_age",
    "modifier_same",
    "modifier_differ",
    "mate_value_rarity",
];

pub const N: usize = NAMES.len();

/// Whether clashing values count against a link. They do not: which fact a
/// mention states is decided by its context, and its value only decides
/// whether the outlets agree. Learned from data where most different
/// values are different facts, a clash would otherwise keep every real
/// disagreement apart, and no conflict would ever be shown.
const CLASH_IS_EVIDENCE: bool = false;

pub type Vector = [f32; N];

/// A feature's place in the vector. Constant, so that naming a feature
/// costs nothing in the loop over millions of pairs (see `id!`), and a
/// misspelt name fails the build.
const fn slot(name: &str) -> usize {
    let mut k = 0;
    while k < NAMES.len() {
        if same_name(NAMES[k].as_bytes(), name.as_bytes()) {
            return k;
        }
        k += 1;
    }
    panic!("feature name is not in NAMES")
}

const fn same_name(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// A feature's slot by name, worked out when compiling.
macro_rules! id {
    ($name:literal) => {
        const { slot($name) }
    };
}

/// Builds a vector by name, so the order above is stated once.
struct Builder(Vector);

impl Builder {
    fn set(&mut self, slot: usize, v: f32) {
        self.0[slot] = v;
    }
}

/// Sentences this close to an article's start are its lead, where outlets
/// state the story's main facts.
const LEAD_SENTENCES: u32 = 3;

/// The evidence for linking value mentions `i` and `j`, or `None` when
/// they can never be one fact (see [`blocked`]).
pub fn pair(s: &Scorer, i: usize, j: usize) -> Option<Vector> {
    pair_with(s, i, j, None)
}

/// Like [`pair`], given the pair's context and concept cosines when the
/// caller has worked them out already.
pub fn pair_with(s: &Scorer, i: usize, j: usize, cosines: Option<(f32, f32)>) -> Option<Vector> {
    if blocked(s, i, j) {
        return None;
    }
    let (a, b) = (&s.ctx[i], &s.ctx[j]);
    let (vi, vj) = (&s.values[i], &s.values[j]);
    let compat = s.compatible(i, j);
    let mut f = Builder([0.0; N]);
    f.set(id!("bias"), 1.0);
    let (cosine, concept_cosine) =
        cosines.unwrap_or_else(|| (a.bag.cosine(&b.bag), a.concepts.cosine(&b.concepts)));
    // One article states a value twice in sentences that share no word
    // only when it tells two things: "three days of national mourning"
    // and "closed for at least three days". Not so a day, which one
    // article names again for one event in other words ("Thursday
    // morning", "the rest day before Thursday's attempt").
    if a.article == b.article && s.kinds[i] != Kind::Date && cosine <= 0.0 && concept_cosine <= 0.0
    {
        return None;
    }
    f.set(id!("cosine"), cosine);
    f.set(id!("prior"), super::prior::prior(s, i, j, cosine, compat));
    f.set(id!("concept_cosine"), concept_cosine);
    let crossed = a.cue.is_some() && (a.cue == b.event || b.cue == a.event);
    match cues(a, b) {
        Some(Cues::Same) => {
            f.set(id!("cue_same"), 1.0);
            if a.cue == b.cue {
                f.set(id!("same_cue_rarity"), s.prepared.cue_rarity[i]);
            }
        }
        Some(Cues::Differ) => f.set(id!("cue_differ"), 1.0),
        Some(Cues::OtherClass) => {
            f.set(id!("cue_differ"), 1.0);
            f.set(id!("cue_class_differ"), 1.0);
        }
        None => {}
    }
    if let (Some(x), Some(y)) = (a.event, b.event) {
        if x == y {
            f.set(id!("event_same"), 1.0);
        } else if !crossed {
            f.set(id!("event_differ"), 1.0);
        }
    }
    // A day that dates a statement ("speaking on CNN on Friday") against
    // one that dates an event: two things done that day, as often as not.
    let statement = |c: &MentionCtx| c.event == Some(s.prepared.statement_event);
    if statement(a) != statement(b) {
        f.set(id!("statement_one_side"), 1.0);
    }
    let informative = (informative(vi) && informative(vj))
        || same_unresolved(s, i, j)
        || (compat == Some(true) && (weekday_of_day(vi, vj) || weekday_of_day(vj, vi)));
    // A value repeated in a clause about another pairing of people is a
    // coincidence, not a restatement: "A's 15-minute call with B" says
    // nothing about "C's 15-minute call with B". A clause set at another
    // time keeps its agreement (one outlet dates a career step, another
    // does not) and weighs as `anchor_differs`.
    let other_event = other_counterpart(&a.persons, &b.persons);
    match compat {
        Some(true) if informative && other_event => f.set(id!("values_uninformative"), 1.0),
        Some(true) if informative => {
            let spec = specificity(vi, vj);
            f.set(id!("agree_specific"), spec);
            f.set(id!("agree_vague"), 1.0 - spec);
        }
        Some(false) if informative && CLASH_IS_EVIDENCE => f.set(id!("values_conflict"), 1.0),
        // Two stated values that clash say nothing of whether they are one
        // fact: outlets that disagree and facts that differ look alike.
        Some(false) if informative => {}
        _ => f.set(id!("values_uninformative"), 1.0),
    }
    if let (Some(x), Some(y)) = (s.value_keys[i], s.value_keys[j])
        && x == y
        && !other_event
    {
        // A day named alike is weaker evidence than a number repeated, and
        // a value repeated with no shared word around it weaker still.
        let name = if s.kinds[i] == Kind::Date && !calendar(vi) {
            id!("same_date_rarity")
        } else {
            id!("same_value_rarity")
        };
        f.set(name, s.rarity[i]);
        if cosine < 0.05 {
            f.set(id!("value_without_context"), 1.0);
        }
    }
    if a.article != b.article {
        let (ij, ji) = (
            s.best.is_best(s.prepared, i, j),
            s.best.is_best(s.prepared, j, i),
        );
        match (ij, ji) {
            (true, true) => f.set(id!("mutual_best"), 1.0),
            (true, false) | (false, true) => f.set(id!("one_way_best"), 1.0),
            _ => {}
        }
    }
    people(&mut f, &a.persons, &b.persons);
    // A count or a sum in a clause set at another time ("killed 40 people
    // in 2011") is another event's; a date in such a clause is often the
    // same date told with its context ("in 2013, Obama removed him").
    if anchors_differ(s, i, j) {
        let slot = if s.kinds[i] == Kind::Date {
            id!("anchor_differs")
        } else {
            id!("anchor_differs_value")
        };
        f.set(slot, 1.0);
    }
    if a.article == b.article {
        f.set(id!("same_article"), 1.0);
    }
    if a.sentence < LEAD_SENTENCES && b.sentence < LEAD_SENTENCES {
        f.set(id!("both_lead"), 1.0);
    }
    let kind = match s.kinds[i] {
        Kind::Date => id!("kind_date"),
        Kind::Duration => id!("kind_duration"),
        Kind::Count => id!("kind_count"),
        Kind::Money => id!("kind_money"),
        Kind::Percent => id!("kind_percent"),
        Kind::Quantity => id!("kind_quantity"),
        Kind::Time => id!("kind_time"),
        _ => id!("kind_age"),
    };
    f.set(kind, 1.0);
    // "three intercontinental ballistic missiles" / "several
    // intercontinental ballistic missiles" count one sort of missile;
    // "2,000 American troops" / "25,000 active-duty troops" need not.
    if !a.modifiers.terms.is_empty() && !b.modifiers.terms.is_empty() {
        let shared = a.modifiers.shares(&b.modifiers);
        f.set(
            if shared {
                id!("modifier_same")
            } else {
                id!("modifier_differ")
            },
            1.0,
        );
    }
    let p = s.prepared;
    f.set(
        id!("mate_value_rarity"),
        super::mates::shared_mate_rarity(&p.mates, s.ctx, s.value_keys, s.rarity, i, j),
    );
    Some(f.0)
}

fn people(f: &mut Builder, a: &[u32], b: &[u32]) {
    if a.is_empty() || b.is_empty() {
        return;
    }
    let a_new = a.iter().any(|p| !b.contains(p));
    let b_new = b.iter().any(|p| !a.contains(p));
    let shared = a.iter().any(|p| b.contains(p));
    match (a_new && b_new, shared) {
        (true, true) => f.set(id!("people_other_counterpart"), 1.0),
        (true, false) => f.set(id!("people_disjoint"), 1.0),
        (false, _) => f.set(id!("people_shared"), 1.0),
    }
}

/// A date placed on the calendar, not only named: "in 1970", "March 2008",
/// or a weekday resolved against the publication date.
fn calendar(v: &Value) -> bool {
    matches!(v, Value::Date(d) if d.start.is_some() && d.end.is_some())
}

/// Whether a value pins down anything a comparison could use. A weekday or
/// "last month" that could not be resolved against a publication date
/// fits any date, so its agreement is no evidence; a stated month or
/// year does pin something down.
pub fn informative(v: &Value) -> bool {
    match v {
        Value::Date(d) => d.start.is_some() || d.year.is_some() || d.month.is_some(),
        // "Dozens", "days", "hundreds" state no number: they agree with
        // much and contradict little, so they are no evidence either way.
        _ => interval_of(v).is_none() || stated(v).is_some(),
    }
}

/// Two unresolved days named alike ("Thursday" and "on Thursday"): with
/// one story's reports written days apart at most, they most likely name
/// one day, so their agreement is evidence, though never a ✗ when they
/// differ (a day named on either side of a date line).
fn same_unresolved(s: &Scorer, i: usize, j: usize) -> bool {
    matches!(&s.values[i], Value::Date(d) if d.start.is_none())
        && s.value_keys[i].is_some()
        && s.value_keys[i] == s.value_keys[j]
}

/// A weekday named alone against a resolved day it fits ("Sunday" in an
/// undated report, "Sunday" in one dated by its dateline): as telling as
/// the same weekday named twice.
fn weekday_of_day(named: &Value, day: &Value) -> bool {
    match (named, day) {
        (Value::Date(w), Value::Date(d)) => {
            w.start.is_none()
                && w.weekday.is_some()
                && w.day.is_none()
                && w.month.is_none()
                && d.start.is_some()
                && d.start == d.end
        }
        _ => false,
    }
}

/// How telling it is that two compatible values agree, in [0, 1]: two
/// reports naming the same day are more likely about one event than two
/// naming the same year; "24" and "24" more than "dozens" and "at least 20".
/// Sums in two currencies agree only within the rate tolerance.
pub fn specificity(a: &Value, b: &Value) -> f32 {
    match (a, b) {
        (Value::Date(x), Value::Date(y)) => date_specificity(x).min(date_specificity(y)),
        _ if currency::converted(a, b) => CONVERTED_SPECIFICITY,
        _ => {
            // "at least a dozen" and "12" state one number, as telling as
            // "12" twice.
            let same_number = stated(a).is_some() && stated(a) == stated(b);
            if (narrow(a) && narrow(b)) || same_number {
                digits_telling(a)
            } else {
                0.4
            }
        }
    }
}

/// How much an exact count, sum or share says by the digits it states:
/// "two" or "400,000" (one significant digit) is said of many things,
/// "4,180" or "$1.35 million" of few. Lengths and measures are stated in
/// their own units, which the normalised value no longer shows.
fn digits_telling(v: &Value) -> f32 {
    let stated = match v {
        Value::Count { .. } | Value::Money { .. } | Value::Percent { .. } => stated(v),
        _ => None,
    };
    match stated.map(significant_digits) {
        Some(1) => 0.6,
        Some(2) => 0.8,
        _ => 1.0,
    }
}

fn significant_digits(x: f64) -> usize {
    let s = format!("{:.4}", x.abs());
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    digits
        .trim_start_matches('0')
        .trim_end_matches('0')
        .len()
        .max(1)
}

fn date_specificity(d: &DateValue) -> f32 {
    match d.granularity {
        Granularity::Day if d.start.is_some() || (d.month.is_some() && d.day.is_some()) => 1.0,
        // A weekday with no date: one of a story's seven days, about as
        // telling as a month named alike.
        Granularity::Day => 0.3,
        Granularity::Week => 0.6,
        Granularity::Month => 0.3,
        Granularity::Year => 0.1,
    }
}

/// A value stated to within a couple of percent.
fn narrow(v: &Value) -> bool {
    match interval_of(v) {
        Some(i) => i.is_bounded() && i.hi - i.lo <= i.lo.abs() * 0.02,
        None => matches!(v, Value::Time { .. }),
    }
}

pub(super) fn interval_of(v: &Value) -> Option<crate::engine::model::Interval> {
    match v {
        Value::Duration { seconds: i, .. }
        | Value::Quantity { amount: i, .. }
        | Value::Money { amount: i, .. }
        | Value::Count { amount: i, .. }
        | Value::Percent { amount: i } => Some(*i),
        _ => None,
    }
}

/// A key under which equal stated values meet, for measuring how rare a
/// value is in the corpus: "4,180" and "4180" share one; "dozens" has none.
pub fn value_key(kind: Kind, v: &Value) -> Option<String> {
    match v {
        // An unresolved "Thursday" or "Feb. 28" keeps what it names, so
        // two outlets' same weekday or same month-day still meet as equal
        // values; how rare that value is in the corpus says how telling.
        Value::Date(d) => match (d.start, d.end, d.weekday) {
            // A stated year or month ("in 1970", "March 2008") repeats as
            // telling as a stated day, rarity permitting.
            (Some(s), Some(e), _) => Some(format!("d{s}..{e}")),
            (None, _, _) if d.month.is_some() && d.day.is_some() => {
                Some(format!("d?-{:?}-{:?}", d.month, d.day))
            }
            (None, _, _) if d.month.is_some() && d.days.is_some() => {
                Some(format!("d?-{:?}-{:?}", d.month, d.days))
            }
            (None, _, Some(w)) if d.granularity == Granularity::Day => Some(format!(
                "w{w:?}{}",
                d.relative.as_deref().unwrap_or_default()
            )),
            // "over Easter" and "over Easter weekend" name one holiday.
            (None, _, _) if d.holiday.is_some() => d
                .holiday
                .as_ref()
                .map(|h| format!("h{}", h.trim_end_matches(" weekend"))),
            // "Earlier this week" is a part of "this week", as named.
            (None, _, _) if d.relative.is_some() => d.relative.as_ref().map(|r| {
                let whole = r
                    .strip_prefix("earlier ")
                    .or_else(|| r.strip_prefix("later "))
                    .unwrap_or(r);
                format!("r{whole}")
            }),
            _ => None,
        },
        // The currency is part of the key: "$5 million" and "€5 million"
        // are different sums, and sums that agree only after conversion
        // are never exactly equal, so they weigh as agreement
        // (`specificity`), not as one rare value repeated.
        Value::Money { currency, .. } => stated(v).map(|p| format!("m{currency}{p:.4e}")),
        _ => stated(v).map(|p| format!("{}{p:.4e}", kind.as_str())),
    }
}

/// The number a value states, qualifiers aside: 7,000 in "about 7,000",
/// 48 in "at least four dozen" and in "almost four dozen". Vague amounts
/// ("dozens", "hundreds") state none.
fn stated(v: &Value) -> Option<f64> {
    let i = interval_of(v)?;
    let one_sided = i.bound_end().is_some();
    let p = i.point();
    let tight = i.is_bounded() && i.hi - i.lo <= p.abs() * 0.25;
    (one_sided || tight).then_some(p)
}

/// How rare each mention's value is in the corpus, in [0, 1]: 1 for a
/// value stated in few places, towards 0 for one stated everywhere.
/// Measured on the corpus itself, so no list of "common numbers" is needed.
pub fn rarity(keys: &[Option<String>]) -> Vec<f32> {
    rarity_with_prior(keys, &vec![0.0; keys.len()])
}

/// Like [`rarity`], with `prior[i]` the share of all values that
/// mention `i`'s value is expected to take in any text: small counts
/// ("four", "five") are said of many things, so a small corpus where one
/// happens to appear twice does not make it telling.
pub fn rarity_with_prior(keys: &[Option<String>], prior: &[f32]) -> Vec<f32> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for k in keys.iter().flatten() {
        *counts.entry(k.as_str()).or_default() += 1;
    }
    let total = keys.iter().flatten().count().max(2) as f32;
    keys.iter()
        .zip(prior)
        .map(|(k, p)| match k {
            Some(k) => {
                let c = counts[k.as_str()] as f32 + p * total;
                ((total / c).ln() / total.ln()).clamp(0.0, 1.0)
            }
            None => 0.0,
        })
        .collect()
}

/// The share of a text's numbers expected to be exactly this small count:
/// the frequency of a numeral in text falls with its size about as 1/n²
/// (Dehaene and Mehler, "Cross-linguistic regularities in the frequency of
/// number words", Cognition 43, 1992), normalised over n ≥ 1 (6/π²).
pub fn count_prior(kind: Kind, v: &Value) -> f32 {
    let n = match (kind, stated(v)) {
        (Kind::Count, Some(n)) if n >= 1.0 && n.fract() == 0.0 => n as f32,
        _ => return 0.0,
    };
    6.0 / (std::f32::consts::PI.powi(2) * n * n)
}

/// The evidence of `v` with what the two values say removed: what the
/// sentences alone say about the two mentions being one fact. A clash
/// is judged on this, since two clashing values of one fact carry no
/// value agreement by definition.
pub fn context_only(mut v: Vector) -> Vector {
    for k in [
        id!("agree_specific"),
        id!("agree_vague"),
        id!("values_conflict"),
        id!("values_uninformative"),
        id!("same_value_rarity"),
        id!("same_date_rarity"),
        id!("value_without_context"),
    ] {
        v[k] = 0.0;
    }
    v
}

/// For `--explain`: the features that fired, by name.
pub fn describe(v: &Vector) -> String {
    NAMES
        .iter()
        .zip(v)
        .filter(|(n, x)| **x != 0.0 && **n != "bias")
        .map(|(n, x)| format!("{n}={x:.2}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
#[path = "features_tests.rs"]
mod tests;
