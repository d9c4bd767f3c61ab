//! Pairs of value mentions that can never be one fact, whatever the
//! learned weights say: the hard constraints of linking, and the relations
//! between two mentions' measured things and people they rest on.

use super::modifiers::part_unstated;
use super::score::{MentionCtx, Scorer};
use crate::engine::model::{DateValue, Granularity, Interval, Kind, Value};

/// Whether two value mentions can never be one fact: values in another
/// unit or in currencies that cannot be converted, two values in one
/// sentence (a list, a range, a comparison), one actor with another
/// counterpart, counts of different sorts of thing, or one article
/// contradicting itself.
pub fn blocked(s: &Scorer, i: usize, j: usize) -> bool {
    blocked_unless_by_time(s, i, j, true)
}

/// Like [`blocked`], leaving out (unless `times`) that the two clashing
/// values are set at different stated years: outlets set one figure in
/// its year or not ("sold 2,100 homes in 2026" beside "sold 2,100
/// homes"), so a dissenter may clash with one outlet's dated statement
/// and still dispute the others' (`dispute::join_disputes`).
pub fn blocked_unless_by_time(s: &Scorer, i: usize, j: usize, times: bool) -> bool {
    let (a, b) = (&s.ctx[i], &s.ctx[j]);
    if a.article == b.article && a.sentence == b.sentence {
        return true;
    }
    // One article's warning ("the surge could reach up to 4 metres") and
    // its measurement ("a surge of 3.2 metres") are two things it told
    // apart, however well the values fit.
    if a.article == b.article && s.prepared.hypothetical[i] != s.prepared.hypothetical[j] {
        return true;
    }
    // One actor with another counterpart ("A's call with B" against "C's
    // call with B") is another interaction, in one article or across two:
    // the same length of call with someone else is no restatement. Not so
    // for a day: "Trump tweeted Friday evening, mocking Clinton" and "…,
    // mocking Schultz" name one evening, and the people weigh as evidence.
    // An age whose owner both sentences name rests on that owner alone:
    // "Maren Holt, 47, and Lina Sarraf, 23" lists people, not counterparts.
    let owned_ages = s.kinds[i] == Kind::Age && a.owner.is_some() && b.owner.is_some();
    if s.kinds[i] != Kind::Date && !owned_ages && other_counterpart(&a.persons, &b.persons) {
        return true;
    }
    // An age belongs to a person: ages in sentences about different people
    // are different people's ("Hoyer, 77, and Clyburn, 76" against "Ms.
    // Pelosi, 76"), however alike the number.
    if s.kinds[i] == Kind::Age
        && (a.owner.is_none() || b.owner.is_none())
        && !a.persons.is_empty()
        && !b.persons.is_empty()
        && !a.persons.iter().any(|p| b.persons.contains(p))
    {
        return true;
    }
    // Nor are the ages of two people told apart within a sentence, or by
    // whom the article is about ("Brill, who died aged 88" and "the
    // 88-year-old" of a story about Vask).
    if let (Some(x), Some(y)) = (a.owner, b.owner)
        && x.differs(&y)
    {
        return true;
    }
    // A day and a bare year are two facts: "announced Tuesday" does not
    // restate "the 2016 race", though the day may fall in that year. Nor
    // does "in 2002" restate "from 1996 to 2007": a year strictly inside a
    // stretch is a moment during it; the stretch states its ends.
    if let (Value::Date(x), Value::Date(y)) = (&s.values[i], &s.values[j])
        && (day_and_year(x, y) || within_stretch(x, y) || recent_and_years_back(x, y))
    {
        return true;
    }
    // Counts of what different events did to their sort of thing: "killed
    // 24 people" and "150 people were injured".
    if s.kinds[i] == Kind::Count
        && let (Some(x), Some(y)) = (a.event, b.event)
        && x != y
        && a.cue != b.event
        && b.cue != a.event
    {
        return true;
    }
    // Counts of different sorts of thing ("two people", "two trucks"),
    // in every sense of the two nouns: "apprehensions" is a feeling in
    // its first senses and an arrest in a rarer one.
    if s.kinds[i] == Kind::Count
        && cues(a, b) == Some(Cues::OtherClass)
        && !classes_meet(a.cue_classes_any, b.cue_classes_any)
    {
        return true;
    }
    // "The 94th minute" and "the 94th edition": places in other series.
    if s.prepared.ordinals[i] && s.prepared.ordinals[j] && a.cue != b.cue {
        return true;
    }
    // "27 injured, nine of them firefighters" and "six of them seriously".
    // "27 crashes, four of them in Britain" and "34 crashes".
    if a.modifiers.other_parts(&b.modifiers)
        || part_unstated(&a.modifiers, &b.modifiers, &b.bag)
        || part_unstated(&b.modifiers, &a.modifiers, &a.bag)
    {
        return true;
    }
    // "£103, up from £92 last year" and another outlet's "£92" pass.
    let p = s.prepared;
    if super::baseline::differ(
        (p.baselines[i], p.baselines[j]),
        (a.anchor.is_some(), b.anchor.is_some()),
    ) {
        return true;
    }
    // "The first high tide, at 14:52" and "the next high tide, at 03:17".
    if super::sequence::differ(s.prepared.places[i], s.prepared.places[j]) {
        return true;
    }
    // "38 degrees" on land and "31.4C" at sea share a block, since bare
    // degrees may be either scale; unless the figure fits one, they are
    // two temperatures.
    if let (Value::Quantity { unit: u, .. }, Value::Quantity { unit: v, .. }) =
        (&s.values[i], &s.values[j])
        && u != v
        && s.compatible(i, j) != Some(true)
    {
        return true;
    }
    // "The second strike in 16 years" and "the strike lasted 16 years".
    if super::window::differ(s.prepared.windows[i], s.prepared.windows[j]) {
        return true;
    }
    // "A 120 km-wide zone" and "35 km from the border".
    if super::dimension::differ(s.prepared.extents[i], s.prepared.extents[j]) {
        return true;
    }
    // "A quarter of the residents" and "profit fell by a quarter".
    if super::share_or_change::differ(s.prepared.natures[i], s.prepared.natures[j]) {
        return true;
    }
    // "Shrink from 48 aircraft to 36" and "shrink to 36 planes from 48".
    if super::endpoint::differ(s.prepared.ends[i], s.prepared.ends[j]) {
        return true;
    }
    // "Issued at 9 p.m. on Sunday" and "runs until 9 p.m. on Tuesday";
    // "announced at 2 p.m." and "the next decision, on 28 October at 14:00".
    if s.kinds[i] == Kind::Time
        && (super::time_day::on_other_days(s.values, &s.prepared.time_days, i, j)
            || super::time_day::far_from_story(
                s.values,
                &s.prepared.time_days,
                (
                    s.prepared.published[a.article],
                    s.prepared.published[b.article],
                ),
                i,
                j,
            ))
    {
        return true;
    }
    let money_or_measure = matches!(s.kinds[i], Kind::Money | Kind::Quantity);
    match s.compatible(i, j) {
        // Two days a week apart that only a guessed week could make one
        // (see `DateValue::past_guess`) are two days in one article, as
        // any two dates it states are.
        None => {
            money_or_measure
                || (matches!(s.kinds[i], Kind::Date | Kind::Time) && a.article == b.article)
        }
        // Values that clash are two facts, not a dispute, when one article
        // states both (it does not contradict itself); when one is a
        // bound and the other not ("by Dec 2" is kept by "next week"), or
        // the start of a change ("fallen by a third since 2010"); when one
        // names one of a series ("next year's edition"); when they are
        // lengths of things named differently ("after weeks of tension",
        // "an hour-long call": outlets that disagree on a length name what
        // lasted alike); or when one is set in another year ("a similar
        // flood in 2011 killed 40" tells of that year's event); or when
        // one is counted per something the other is not ("every point
        // would cost €38m a year" against the whole gap's "€87 million a
        // year"); or when their clauses name different actors ("Estmark
        // pays about $310 million a year", "the U.S. pays $410 million");
        // or when one dates another value ("1.1 million in 2022"
        // against "1.5 million in 2028"); or when one is set beside the
        // story's subject ("By comparison, Lakeport's crews …"), or is a
        // part of a set told before ("three of the stations"), or one is
        // the whole a part is counted out of and the other that part
        // ("2,350 of its 2,610 pilots" against "2,350 pilots").
        Some(false) => {
            a.article == b.article
                || s.prepared.deadline[i] != s.prepared.deadline[j]
                || s.prepared.contrast[i] != s.prepared.contrast[j]
                || s.prepared.parts[i] != s.prepared.parts[j]
                || states_the_part(s, i, j)
                || states_the_part(s, j, i)
                || s.prepared.change_starts[i] != s.prepared.change_starts[j]
                || s.prepared.series_dates[i]
                || s.prepared.series_dates[j]
                || super::actor::differ(&s.prepared.actors[i], &s.prepared.actors[j])
                || super::distributive::differ(&s.prepared.per_units[i], &s.prepared.per_units[j])
                || (s.kinds[i] == Kind::Duration
                    && matches!(cues(a, b), Some(Cues::Differ | Cues::OtherClass)))
                || (times && anchors_differ(s, i, j) && (s.year_anchor[i] || s.year_anchor[j]))
                || s.prepared.dating[i]
                || s.prepared.dating[j]
                || far_apart(s, i, j, |x| x.hi, DISPUTE_RATIO)
                || (matches!(s.kinds[i], Kind::Count | Kind::Age)
                    && far_apart(s, i, j, |x| x.hi, TALLY_DISPUTE_RATIO))
        }
        // Nor is the same value told of another year's event one fact with
        // this one's: "a 72-hour stoppage in October 2023" repeats the
        // length of this week's strike, by design or by chance.
        // Nor are two amounts that meet only because one is open-ended
        // ("at least ten days" and "six months") when they stand ten times
        // apart, nor a ceiling and a figure far under it ("fines of up to
        // €5 million", "a €1.3 million fine").
        Some(true) => {
            let background = &s.prepared.background;
            (s.kinds[i] != Kind::Date
                && anchors_differ(s, i, j)
                && (background[i] || background[j]))
                || far_apart(s, i, j, Interval::point, DISPUTE_RATIO)
                || under_a_ceiling(s, i, j)
        }
    }
}

/// Whether mention `i` is the whole of a part ("2,610" in "2,350 of its
/// 2,610 pilots") and `j` states that part, or a rival figure for it: a
/// figure nearer the part than the whole ("closing 1,840 of the country's
/// 3,200 schools" against "closing about 2,300 schools") disputes the
/// part, and "43 amendments" against "32 of the 37" the whole.
pub(super) fn states_the_part(s: &Scorer, i: usize, j: usize) -> bool {
    let (Some(part), Some(v), Some(whole)) = (s.prepared.wholes[i], amount(s, j), amount(s, i))
    else {
        return false;
    };
    let (x, w) = (v.point(), whole.point());
    v.overlaps(&Interval::exact(part))
        || (part > 0.0 && x > 0.0 && (x / part).ln().abs() < (w / x).ln().abs())
}

/// A mention's amount on one scale: sums in euros, others as stated.
fn amount(s: &Scorer, k: usize) -> Option<Interval> {
    match &s.values[k] {
        Value::Money { .. } => s.eur[k],
        Value::Count { amount, .. }
        | Value::Percent { amount }
        | Value::Quantity { amount, .. } => Some(*amount),
        Value::Duration { seconds, .. } => Some(*seconds),
        _ => None,
    }
}

/// How far under a ceiling ("fines of up to €5 million") a figure may
/// stand and still be what the ceiling bounds: an outlet's "up to 600
/// passengers" may be another's "520 passengers", a ceiling told loosely,
/// but "up to 120 km/h" is the line's limit, not the 90 km/h a train ran
/// at, and a €1.3 million fine is no telling of the €5 million most the
/// law allows. Over the held-out clusters a quarter sprang 22 fewer traps
/// than double (487 → 465) and caught as many disagreements.
const CEILING_REACH: f64 = 1.25;

/// Whether one value is a ceiling and the other a figure far under it
/// (see [`CEILING_REACH`]): the most something may reach, and what it did.
fn under_a_ceiling(s: &Scorer, i: usize, j: usize) -> bool {
    let (Some(x), Some(y)) = (amount(s, i), amount(s, j)) else {
        return false;
    };
    let ceiling = |v: &Interval| v.lo == f64::NEG_INFINITY && v.hi.is_finite() && v.hi > 0.0;
    let far_under =
        |c: &Interval, f: &Interval| !ceiling(f) && f.lo.is_finite() && f.hi * CEILING_REACH < c.hi;
    (ceiling(&x) && far_under(&x, &y)) || (ceiling(&y) && far_under(&y, &x))
}

/// How many times larger one value may be than another and still be
/// one fact the outlets disagree on. Outlets that disagree give rival
/// figures of one size ("16 tests" against "over 20", "a 15-minute call"
/// against "an hour-long" one); a sum seventy times another ("an
/// estimate of 2 million euros", "a combined estimate of $150 million")
/// is another thing measured.
const DISPUTE_RATIO: f64 = 10.0;

/// How many times larger one tally or age may be than another that
/// clashes with it and still be one fact the outlets disagree on. A count
/// misreported is a slip of a digit or a rounding ("97" against "79",
/// "520,000" against "400,000"), and an age a year or two off; lengths of
/// time are guessed more loosely ("15-minute" against "hour-long"), so
/// [`DISPUTE_RATIO`] stays theirs. "410,000 younger workers" against "2.9
/// million workers" counts another group.
const TALLY_DISPUTE_RATIO: f64 = 3.0;

/// Whether two amounts are too far apart to be one thing's figures (see
/// [`DISPUTE_RATIO`] and [`TALLY_DISPUTE_RATIO`]): the larger's low end
/// against `ratio` times the smaller's `reach`, its high end for clashing
/// values, its point for values an open end lets meet.
fn far_apart(s: &Scorer, i: usize, j: usize, reach: fn(&Interval) -> f64, ratio: f64) -> bool {
    let (Some(x), Some(y)) = (amount(s, i), amount(s, j)) else {
        return false;
    };
    if !(x.lo > 0.0 && y.lo > 0.0) {
        return false;
    }
    let (small, large) = if x.point() <= y.point() {
        (x, y)
    } else {
        (y, x)
    };
    large.lo > ratio * reach(&small)
}

fn day_and_year(x: &DateValue, y: &DateValue) -> bool {
    let day = |d: &DateValue| matches!(d.granularity, Granularity::Day | Granularity::Week);
    let year = |d: &DateValue| d.granularity == Granularity::Year;
    (day(x) && year(y)) || (year(x) && day(y))
}

/// A time told from the publication date ("last month", "this year"),
/// which names the story's recent past, and a bare year two or more years
/// before it: "agreed last month" and "the last strike, in 2019" are two
/// events, not outlets disagreeing on one date.
fn recent_and_years_back(x: &DateValue, y: &DateValue) -> bool {
    let recent = |d: &DateValue| d.year.is_none() && d.start.is_some();
    let back = |r: &DateValue, b: &DateValue| {
        recent(r)
            && b.granularity == Granularity::Year
            && matches!((r.start, b.year), (Some(s), Some(year)) if s.year() - year >= 2)
    };
    back(x, y) || back(y, x)
}

fn within_stretch(x: &DateValue, y: &DateValue) -> bool {
    let years = |d: &DateValue| Some((d.start?.year(), d.end?.year()));
    let inside = |(s, e): (i16, i16), (a, b): (i16, i16)| s < a && b < e;
    match (years(x), years(y)) {
        (Some(p), Some(q)) => inside(p, q) || inside(q, p),
        _ => false,
    }
}

/// Whether two clauses are set at different times: one at the story's own
/// time and one at another, or at two different stated years. "Last year"
/// against "in 2017" may be one time, so two past clauses differ only when
/// both name their year.
pub(super) fn anchors_differ(s: &Scorer, i: usize, j: usize) -> bool {
    let (a, b) = (s.ctx[i].anchor, s.ctx[j].anchor);
    match (a, b) {
        (Some(_), Some(_)) => a != b && s.year_anchor[i] && s.year_anchor[j],
        _ => a != b,
    }
}

/// How the things two mentions measure relate, when both name one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Cues {
    /// One word, one's cue is the other's event, or related in WordNet.
    Same,
    Differ,
    /// Different, and of no broad class in common: "two people" and "two
    /// devices" count different sorts of thing.
    OtherClass,
}

pub(super) fn cues(a: &MentionCtx, b: &MentionCtx) -> Option<Cues> {
    let (x, y) = (a.cue?, b.cue?);
    let crossed = a.cue == b.event || b.cue == a.event;
    // "a 16-count indictment" and "14 counts of fraud" count one thing.
    let unit = a.unit == Some(y) || b.unit == Some(x) || (a.unit.is_some() && a.unit == b.unit);
    if x == y || crossed || unit || shares(&a.cue_concepts, &b.cue_concepts) {
        return Some(Cues::Same);
    }
    Some(if classes_meet(a.cue_classes, b.cue_classes) {
        Cues::Differ
    } else {
        Cues::OtherClass
    })
}

/// Whether two cues' classes meet, each read from the cue's own word and
/// from its stem's first form met (see `mention_context`): any reading
/// meeting any other will do.
fn classes_meet(a: [Option<&str>; 2], b: [Option<&str>; 2]) -> bool {
    let meet = |a: Option<&str>, b: Option<&str>| match (a, b) {
        (Some(p), Some(q)) => p.split(',').any(|c| q.split(',').any(|d| c == d)),
        _ => true,
    };
    a.iter().any(|&x| b.iter().any(|&y| meet(x, y)))
}

fn shares(a: &[u32], b: &[u32]) -> bool {
    a.iter().any(|x| b.contains(x))
}

/// Sharing one actor but naming different counterparts ("A's call with B"
/// against "C's call with B") is another interaction of that actor; wholly
/// different names are often only different attributions.
pub(super) fn other_counterpart(a: &[u32], b: &[u32]) -> bool {
    a.iter().any(|p| !b.contains(p))
        && b.iter().any(|p| !a.contains(p))
        && a.iter().any(|p| b.contains(p))
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::engine::extract::date::extract;
    use crate::engine::model::DocInfo;

    fn day_value(text: &str) -> DateValue {
        let published = Some(date(2027, 3, 11));
        match extract(text, &DocInfo { published }).remove(0).value {
            Value::Date(d) => d,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_recent_time_and_a_year_long_before_it_are_two_events() {
        let recent = day_value("The deal was struck last month.");
        assert!(recent_and_years_back(
            &recent,
            &day_value("The strike in 2019 ended.")
        ));
        assert!(recent_and_years_back(
            &day_value("It ended in 2019."),
            &recent
        ));
        // The year before may still be the story's own timeline.
        assert!(!recent_and_years_back(
            &recent,
            &day_value("It began in 2026.")
        ));
        // Two stated dates are for the other rules to weigh.
        let stated = day_value("The deal was struck on Feb. 19, 2027.");
        assert!(!recent_and_years_back(
            &stated,
            &day_value("It ended in 2019.")
        ));
    }
}
