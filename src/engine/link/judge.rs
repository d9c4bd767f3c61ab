//! Facts from groups of mentions: each gets a label and a status.

use super::cluster::PairScore;
use super::currency;
use super::facts::{Fact, FactSet, Mention, Status};
use super::features::{informative, interval_of, specificity};
use super::label;
use super::parallel;
use super::prepare::Prepared;
use super::score::Scorer;
use crate::engine::extract::quantity::units;
use crate::engine::model::{Kind, Value};
/// How the outlets' values for one fact relate. A fact stated by one
/// article only is `single`, however often it repeats it. A clash between
/// articles is a conflict only when the two mentions are confidently one
/// fact and both values pin something down; otherwise it is shown as
/// possibly different, because a false ✗ costs a reader's trust.
fn judge(members: &[usize], mentions: &[Mention], scorer: &Scorer, dissenters: &[bool]) -> Status {
    let first = mentions[members[0]].article;
    if members.iter().all(|&m| mentions[m].article == first) {
        return Status::Single;
    }
    let kind = mentions[members[0]].kind;
    // Names never clash (`compat::compatible` takes any two entities as
    // one), and an entity stated by thousands of articles would otherwise
    // cost millions of pair tests.
    if kind.is_entity() {
        return Status::Agree;
    }
    let mut clash = false;
    let mut confident_clash = false;
    let mut who_said_it = false;
    // A document quoted word for word by a person is no dispute over who
    // said it.
    let document = scorer.prepared.document_voice;
    'pairs: for (i, &a) in members.iter().enumerate() {
        for &b in &members[i + 1..] {
            let (ma, mb) = (&mentions[a], &mentions[b]);
            if kind == Kind::Quote
                && ma.article != mb.article
                && matches!((scorer.speakers[a], scorer.speakers[b]),
                    (Some(x), Some(y)) if x != y && x != document && y != document)
            {
                // The same words credited to two people: who said it. Shown
                // as possibly different, not ✗: a speaker found in a long
                // sentence is sometimes the wrong name in it.
                who_said_it = true;
                break 'pairs;
            }
            let reworded = kind == Kind::Quote
                && ma.article != mb.article
                && (scorer.reworded_beyond(a, b) || scorer.reworded_beyond(b, a));
            // Two pieces of one statement a third quote holds whole each
            // quote it verbatim.
            let pieces = kind == Kind::Quote
                && super::quotes::share_container(&scorer.prepared.quote_containers, a, b);
            if !reworded
                && (ma.article == mb.article || pieces || scorer.compatible(a, b) != Some(false))
            {
                continue;
            }
            clash = true;
            if kind == Kind::Quote {
                continue;
            }
            // "Winds could reach 130 mph" disputes no measured 74 mph.
            let stated = |m: usize| !scorer.prepared.hypothetical[m];
            // An age of no one named ("a 2-year-old girl", "the youngest
            // was 11 months old") may be anyone's: no ✗ on it.
            let owned =
                |m: usize| kind != Kind::Age || scorer.ctx[m].owner.is_some_and(|o| o.is_person());
            let p = scorer.prepared;
            // "Pharmacies normally fill 350,000 prescriptions a day"
            // disputes no day's "260,000 went unfilled".
            let usual_alike = p.habitual[a] == p.habitual[b];
            // "Entered its third day" and, a day later, "its fourth day".
            let moved_on = p.running[a]
                && p.running[b]
                && (p.published[ma.article].is_none()
                    || p.published[ma.article] != p.published[mb.article]);
            let sure = informative(&ma.value)
                && !moved_on
                && owned(a)
                && owned(b)
                && !zone_apart(&ma.value, &mb.value)
                && informative(&mb.value)
                && stated(a)
                && stated(b)
                && usual_alike
                && !bound_at_the_figure(&ma.value, &mb.value)
                && (scorer
                    .context_score(a, b)
                    .is_some_and(|s| s >= scorer.model.conflict_min)
                    || bridged(a, b, members, scorer)
                    || super::tally::other_sides_agree(a, b, scorer)
                    // A named person has one age in a story: two outlets
                    // that give her two are at odds however unalike
                    // their sentences run.
                    || (kind == Kind::Age && scorer.one_persons_age(a, b))
                    || dissenters[a]
                    || dissenters[b]);
            // An outlet that states the other's value elsewhere, in a
            // sentence like it, is not disputing it: its clashing value
            // is about something else ("employs 2,300 people" in the home
            // town of a company with "9,400 employees in all").
            let disputed = || {
                !restated_elsewhere(a, mb.article, members, mentions, scorer)
                    && !restated_elsewhere(b, ma.article, members, mentions, scorer)
                    && !states_within(a, mb.article, members, mentions, scorer)
                    && !states_within(b, ma.article, members, mentions, scorer)
            };
            if sure && disputed() {
                confident_clash = true;
                break 'pairs;
            }
        }
    }
    match (kind, clash, confident_clash) {
        (Kind::Quote, _, _) if who_said_it => Status::Unsure,
        (Kind::Quote, true, _) => Status::Variant,
        (_, _, true) => Status::Conflict,
        (_, true, false) => Status::Unsure,
        _ => Status::Agree,
    }
}

/// Whether article `article`, outside the fact, states mention `a`'s value
/// in a sentence as likely about `a`'s fact as a link needs, or states the
/// very number `a` does when that number is telling ("9,400", "$4.2
/// billion": two significant digits or more), whatever the sentence. A
/// clock time is a moment: an article that gives the group's moment
/// anywhere ("the statement at 0600 GMT, an hour before trading opened at
/// 8am") tells of two events, not a rival time for one.
pub(super) fn restated_elsewhere(
    a: usize,
    article: usize,
    members: &[usize],
    mentions: &[Mention],
    scorer: &Scorer,
) -> bool {
    // Mentions are in article order.
    let from = mentions.partition_point(|m| m.article < article);
    let to = mentions.partition_point(|m| m.article <= article);
    (from..to).any(|c| {
        mentions[c].kind == mentions[a].kind
            && !members.contains(&c)
            && agrees_with(a, c, mentions, scorer)
            && (mentions[a].kind == Kind::Time
                || same_telling_value(a, c, scorer)
                || scorer
                    .context_score(a, c)
                    .is_some_and(|s| s >= scorer.model.edge_min))
    })
}

/// Two clock times a whole number of hours apart, one of them written
/// with no zone: "8.15pm" in a British paper and "21:15" in a local one
/// may be one moment in two zones, which is what such a gap looks like.
fn zone_apart(a: &Value, b: &Value) -> bool {
    let (
        Value::Time {
            minutes: x,
            zone: zx,
        },
        Value::Time {
            minutes: y,
            zone: zy,
        },
    ) = (a, b)
    else {
        return false;
    };
    let gap = (x.point() - y.point()).abs();
    (zx.is_none() || zy.is_none()) && gap > 0.0 && gap % 60.0 == 0.0
}

/// Whether article `article` itself states, among the fact's own
/// mentions, a value agreeing with `a`'s: an outlet that gives both the
/// "2.50am" of a burst and the "3.05am" of its sirens disputes no one's
/// 02:50, whichever of its two values the grouping took in.
fn states_within(
    a: usize,
    article: usize,
    members: &[usize],
    mentions: &[Mention],
    scorer: &Scorer,
) -> bool {
    members
        .iter()
        .any(|&c| c != a && mentions[c].article == article && agrees_with(a, c, mentions, scorer))
}

/// Whether mention `c` states a number, not a vague word ("dozens"), that
/// may be `a`'s value. A bound restates a figure only at the figure:
/// "gusts of up to 115mph" restates "185 km/h", "more than seven in 10"
/// no "87%".
fn agrees_with(a: usize, c: usize, mentions: &[Mention], scorer: &Scorer) -> bool {
    informative(&mentions[c].value)
        && bound_at_figure(&mentions[a].value, &mentions[c].value)
        && scorer.compatible(a, c) == Some(true)
}

/// Whether `c`, if a one-sided bound and `a` a figure, bounds at `a`'s
/// figure; true when either is no such thing, or for sums in two
/// currencies, which only `Scorer::compatible` puts on one scale.
fn bound_at_figure(a: &Value, c: &Value) -> bool {
    let (Some(x), Some(y)) = (interval_of(a), interval_of(c)) else {
        return true;
    };
    if y.is_bounded() || !x.is_bounded() {
        return true;
    }
    if let (Value::Money { currency: p, .. }, Value::Money { currency: q, .. }) = (a, c)
        && p != q
    {
        return true;
    }
    let Some(end) = y.bound_end() else {
        return false;
    };
    let near = (x.hi - x.lo).max(x.lo.abs() * 0.01);
    end >= x.lo - near && end <= x.hi + near
}

/// Whether one value is a one-sided bound ending at the other's very
/// figure ("under 214 contracts", "214 contracts"): an outlet that
/// disputed a figure would hardly name that same figure, and "under"
/// and "over" as often mean "pursuant to" and "across" ("the trial ran
/// over 23 hearings").
fn bound_at_the_figure(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (interval_of(a), interval_of(b)) else {
        return false;
    };
    let figure = |i: &crate::engine::model::Interval| i.is_bounded().then(|| i.point());
    match (x.bound_end(), y.bound_end()) {
        (Some(e), None) => figure(&y) == Some(e),
        (None, Some(e)) => figure(&x) == Some(e),
        _ => false,
    }
}

/// The specificity (see `features::specificity`) of a number stated to two
/// significant digits.
const TELLING: f32 = 0.8;

fn same_telling_value(a: usize, c: usize, scorer: &Scorer) -> bool {
    scorer.value_keys[a].is_some()
        && scorer.value_keys[a] == scorer.value_keys[c]
        && specificity(&scorer.values[a], &scorer.values[c]) >= TELLING
}

const BRIDGE_MAX_MEMBERS: usize = 24;

/// Whether a third mention, in another article, is confidently one fact
/// with each of the two ("$3.5 billion" and "about $3.6 billion", "about
/// $3.6 billion" and "$3.6 billion"): then the two clashing values are
/// one fact stated two ways, however little their own sentences share.
/// Both links must be confident, so a chain of loose links bridges nothing.
fn bridged(a: usize, b: usize, members: &[usize], scorer: &Scorer) -> bool {
    // Each test scores two pairs per member; a fact this large has direct
    // links enough, and the search would grow with its cube.
    if members.len() > BRIDGE_MAX_MEMBERS {
        return false;
    }
    let min = scorer.model.conflict_min;
    let strong = |x: usize, y: usize| scorer.score(x, y).is_some_and(|s| s >= min);
    let article = |m: usize| scorer.ctx[m].article;
    // A period ("1950-53") holds both its ends without restating either,
    // so dates never bridge; an approximate amount estimates one number.
    members.iter().any(|&c| {
        article(c) != article(a)
            && article(c) != article(b)
            && !matches!(scorer.values[c], Value::Date(_))
            && informative(&scorer.values[c])
            && strong(a, c)
            && strong(c, b)
    })
}

pub fn build_facts(
    p: &Prepared,
    mut groups: Vec<Vec<usize>>,
    scorer: &Scorer,
    dissenters: &[bool],
) -> FactSet {
    let mentions = &p.mentions;
    for g in &mut groups {
        g.sort_by_key(|&m| (mentions[m].article, mentions[m].span.start));
    }
    groups.sort_by_key(|g| (mentions[g[0]].article, mentions[g[0]].span.start));
    // A large fact's status looks at every pair of its mentions: the
    // facts are judged on all cores.
    let statuses = parallel::map(&groups, |_, g| judge(g, mentions, scorer, dissenters));
    let mut fact_of = vec![0; mentions.len()];
    let mut facts = Vec::with_capacity(groups.len());
    for (fi, (g, status)) in groups.into_iter().zip(statuses).enumerate() {
        for &m in &g {
            fact_of[m] = fi;
        }
        let first = &mentions[g[0]];
        let label = fact_label(&g, mentions, p);
        facts.push(Fact {
            id: format!("f{}", fi + 1),
            kind: first.kind,
            label,
            status,
            mentions: g,
        });
    }
    let groups: Vec<Vec<usize>> = facts.iter().map(|f| f.mentions.clone()).collect();
    FactSet {
        converted: currency::conversions(mentions, &groups, &p.rate_years, &p.rates),
        mentions: mentions.clone(),
        facts,
        fact_of,
    }
}

fn fact_label(g: &[usize], mentions: &[Mention], p: &Prepared) -> String {
    let first = &mentions[g[0]];
    match &first.value {
        Value::Entity { canonical } => return canonical.clone(),
        Value::Quote { speaker, .. } => {
            let who = g.iter().find_map(|&m| match &mentions[m].value {
                Value::Quote {
                    speaker: Some(s), ..
                } => Some(s.clone()),
                _ => None,
            });
            let who = who.or_else(|| speaker.clone());
            return label::compose(who.as_deref(), "quote");
        }
        _ => {}
    }
    // A date has no extractor cue; the noun it modifies ("Thursday's
    // meeting") is what it dates, and names the fact.
    // A unit as a cue ("19C" read as about "c") names no thing.
    let cues: Vec<Option<String>> = g
        .iter()
        .map(|&m| {
            mentions[m]
                .cue
                .clone()
                .or_else(|| {
                    (mentions[m].kind == Kind::Date)
                        .then(|| p.ctx[m].cue.map(|c| p.vocab.readable(c)))
                        .flatten()
                })
                .filter(|c| units::lookup_unit(c).is_none())
        })
        .collect();
    let bags: Vec<&[(u32, f32)]> = g.iter().map(|&m| p.ctx[m].bag.terms.as_slice()).collect();
    let surface = |t: u32| match p.naming.get(t as usize) {
        Some((_, Some(noun))) => (*noun).to_string(),
        _ => p.vocab.readable(t),
    };
    let naming = |t: u32| p.naming.get(t as usize).map_or(0.0, |n| n.0);
    let subject = label::subject(&cues, &bags, &surface, &naming);
    // "vote · smaller side": which of a tally's counts the fact is.
    let side = g.iter().find_map(|&m| p.sides[m]);
    label::compose(
        subject.as_deref(),
        side.map_or_else(
            || label::attribute(first.kind, &first.value),
            super::vote_side::attribute,
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::bound_at_figure;
    use crate::engine::model::{Interval, Value};

    fn pct(i: Interval) -> Value {
        Value::Percent { amount: i }
    }

    #[test]
    fn a_bound_restates_a_figure_only_at_the_figure() {
        let figure = pct(Interval::closed(86.5, 87.5));
        assert!(!bound_at_figure(&figure, &pct(Interval::more_than(70.0))));
        assert!(bound_at_figure(
            &figure,
            &pct(Interval::at_most(87.0, false))
        ));
        // A figure against a figure, and a bound against a bound, are the
        // compatibility test's alone.
        assert!(bound_at_figure(&figure, &pct(Interval::closed(70.0, 71.0))));
        let bound = pct(Interval::at_least(80.0));
        assert!(bound_at_figure(&bound, &pct(Interval::more_than(70.0))));
    }
}
