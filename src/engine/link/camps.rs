//! Two camps of outlets: "the ministry said 1,240 dog bites had been
//! reported" in two outlets, "the medical chamber says more than 1,900" in
//! two others. Each camp agrees within itself and the linker, which joins
//! figures that agree, leaves them two facts. Outlets that follow two
//! different sources for one thing are how most disputes in the news
//! arise; two figures of one noun told on the word of one source, or of
//! none, are as often two things (a target and a tally, two years' counts).

use rustc_hash::FxHashMap;

use super::dissent::{ESTIMATE_BAR, measure};
use super::score::Scorer;
use super::slip::{SLIP_RATIO, within};
use crate::engine::model::Kind;

/// Most groups of one noun weighed against each other: a noun more common
/// than this in a story ("people") names too many things to pair on.
const CAMP_FAN_OUT: usize = 8;

/// WordNet's class of people: "people", "patients" and "residents" name
/// too many groups in one story for a noun to make two camps rivals.
pub(super) const BEING: &str = "being";

/// The key of sums no noun names.
const UNNAMED: u32 = u32::MAX;

/// Joins each camp to the one rival camp that counts the same thing on
/// another source's word, marking their mentions in `joined` (`judge`
/// takes a joined clash as a dispute).
pub(super) fn join_camps(scorer: &Scorer, groups: &mut Vec<Vec<usize>>, joined: &mut [bool]) {
    let p = scorer.prepared;
    let cue_of = |m: usize| scorer.ctx[m].subject.or(scorer.ctx[m].cue);
    let articles = |g: &[usize]| {
        let mut a: Vec<usize> = g.iter().map(|&m| p.mentions[m].article).collect();
        a.sort_unstable();
        a.dedup();
        a
    };
    let sources = |g: &[usize]| {
        let mut s: Vec<u32> = g
            .iter()
            .flat_map(|&m| p.sources[m].iter().copied())
            .collect();
        s.sort_unstable();
        s.dedup();
        s
    };
    // A camp: two outlets or more, of one figure, told as a fact of the
    // story (no forecast, no background), with a source named.
    let camp = |g: &[usize]| {
        let kind = p.kinds[g[0]];
        matches!(
            kind,
            Kind::Count | Kind::Money | Kind::Quantity | Kind::Duration
        ) && g.iter().all(|&m| {
            p.kinds[m] == kind
                && !p.hypothetical[m]
                && !p.background[m]
                && !joined[m]
                && g.iter().all(|&o| scorer.compatible(m, o) != Some(false))
        }) && articles(g).len() >= 2
            && !sources(g).is_empty()
    };
    let mut by_cue: FxHashMap<(Kind, u32), Vec<usize>> = FxHashMap::default();
    for (g, members) in groups.iter().enumerate() {
        if !camp(members) {
            continue;
        }
        let mut cues: Vec<u32> = members.iter().filter_map(|&m| cue_of(m)).collect();
        cues.sort_unstable();
        cues.dedup();
        // A sum is seldom named by a noun beside it ("would cost 480
        // million marels"): a story's sums are weighed all together.
        if p.kinds[members[0]] == Kind::Money && cues.is_empty() {
            cues.push(UNNAMED);
        }
        for cue in cues {
            by_cue
                .entry((p.kinds[members[0]], cue))
                .or_default()
                .push(g);
        }
    }
    let rivals = |g: &[usize], h: &[usize], alone: bool| {
        let (ag, ah) = (articles(g), articles(h));
        if ag.iter().any(|a| ah.contains(a)) {
            return false;
        }
        let (sg, sh) = (sources(g), sources(h));
        if sg.iter().any(|w| sh.contains(w)) {
            return false;
        }
        let cross = || g.iter().flat_map(|&a| h.iter().map(move |&b| (a, b)));
        let same_time = |a: usize, b: usize| scorer.ctx[a].anchor == scorer.ctx[b].anchor;
        // Every two figures in one measure clash, within double of each
        // other and set at one time, and no hard block keeps any two
        // apart.
        let comparable: Vec<(usize, usize)> = cross()
            .filter(|&(a, b)| measure(&p.values[a]) == measure(&p.values[b]))
            .collect();
        !comparable.is_empty()
            && comparable.iter().all(|&(a, b)| {
                scorer.compatible(a, b) == Some(false)
                    && within(&p.values[a], &p.values[b], SLIP_RATIO)
                    && same_time(a, b)
            })
            // Not the actor: a camp's is often its source ("the
            // foundation says restoration would cost 720 million").
            && cross().all(|(a, b)| !super::distributive::differ(&p.per_units[a], &p.per_units[b]))
            && comparable.iter().all(|&(a, b)| scorer.context_score(a, b).is_some())
            && cross().any(|(a, b)| {
                cue_of(a) == cue_of(b) && (cue_of(a).is_some() || p.kinds[a] == Kind::Money)
            })
            // The closest two of their sentences as alike as two rival
            // estimates need be: "64 people were still being held" by the
            // police is not "prosecutors charged 41 people".
            && (alone
                || cross().any(|(a, b)| {
                    scorer
                        .context_score(a, b)
                        .is_some_and(|s| s >= scorer.model.edge_min * ESTIMATE_BAR)
                }))
    };
    let mut partners: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (&(_, cue), list) in by_cue.iter().filter(|(_, l)| l.len() <= CAMP_FAN_OUT) {
        for (i, &g) in list.iter().enumerate() {
            for &h in &list[i + 1..] {
                // The only two camps of a thing that is no person ("412
                // jobs", "nearly 600 jobs"; "43 crashes", "61 crashes")
                // are rivals however their sentences run; "64 people
                // held" and "41 people charged" are two counts of people.
                let alone = list.len() == 2
                    && !groups[g].iter().chain(&groups[h]).any(|&m| {
                        cue_of(m) == Some(cue) && scorer.ctx[m].cue_classes.contains(&Some(BEING))
                    });
                if rivals(&groups[g], &groups[h], alone) {
                    partners.entry(g).or_default().push(h);
                    partners.entry(h).or_default().push(g);
                }
            }
        }
    }
    merge_pairs(partners, groups, joined);
}

/// The groups each with one partner whose one partner it is, as (lower,
/// higher) pairs in order: a third group of the thing leaves which two
/// dispute unsaid.
pub(super) fn one_to_one(mut partners: FxHashMap<usize, Vec<usize>>) -> Vec<(usize, usize)> {
    for ps in partners.values_mut() {
        ps.sort_unstable();
        ps.dedup();
    }
    let mut pairs: Vec<(usize, usize)> = partners
        .iter()
        .filter(|&(&g, ps)| {
            ps.len() == 1 && g < ps[0] && partners.get(&ps[0]).is_some_and(|q| q.len() == 1)
        })
        .map(|(&g, ps)| (g, ps[0]))
        .collect();
    pairs.sort_unstable();
    pairs
}

/// Merges each group with its one partner (`one_to_one`), marking the
/// merged mentions in `joined`.
fn merge_pairs(
    partners: FxHashMap<usize, Vec<usize>>,
    groups: &mut Vec<Vec<usize>>,
    joined: &mut [bool],
) {
    for (g, h) in one_to_one(partners) {
        let members = std::mem::take(&mut groups[h]);
        groups[g].extend(members);
        for &m in &groups[g] {
            joined[m] = true;
        }
    }
    groups.retain(|g| !g.is_empty());
}
