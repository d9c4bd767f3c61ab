//! One outlet's odd figure for a thing the other outlets agree on, when
//! that thing is told of nowhere else in the story: three outlets say
//! "about 1,800 tonnes" of crude leaked, the fourth that "the owner said
//! about 1,100 metric tons had escaped". The linker leaves the lone figure
//! alone, since its sentence is worded another way, and the dispute is
//! lost. Here it joins the group when the two are the only groups of
//! their measured thing (the same cue), that thing is no person (a story
//! counts many groups of people: the injured, the held, the charged), the
//! lone figure is written in figures and told on someone's word, the
//! figures clash within double of each other at one time, and no hard
//! block keeps any two apart (`rival camps` asks the same of two camps).

use rustc_hash::FxHashMap;

use super::camps::BEING;
use super::dissent::{ESTIMATE_BAR, measure};
use super::score::Scorer;
use super::slip::{SLIP_RATIO, within};
use crate::engine::model::Kind;

/// Joins each lone figure to the one group of other outlets that counts
/// the only other figure of its thing, marking the moved mentions in
/// `joined`.
pub(super) fn join_odd_counts(scorer: &Scorer, groups: &mut Vec<Vec<usize>>, joined: &mut [bool]) {
    let p = scorer.prepared;
    let article = |m: usize| p.mentions[m].article;
    let cue_of = |m: usize| scorer.ctx[m].subject.or(scorer.ctx[m].cue);
    let plain = |m: usize| {
        matches!(p.kinds[m], Kind::Count | Kind::Quantity | Kind::Money)
            && !p.hypothetical[m]
            && !p.background[m]
            && !p.habitual[m]
            && !joined[m]
            && super::features::interval_of(&p.values[m]).is_some_and(|i| i.is_bounded())
    };
    // Every group of a thing, by (kind, cue); a group counts when all its
    // members are plain and agree.
    let mut by_cue: FxHashMap<(Kind, u32), Vec<usize>> = FxHashMap::default();
    for (g, members) in groups.iter().enumerate() {
        let mut cues: Vec<u32> = members.iter().filter_map(|&m| cue_of(m)).collect();
        cues.sort_unstable();
        cues.dedup();
        for cue in cues {
            by_cue
                .entry((p.kinds[members[0]], cue))
                .or_default()
                .push(g);
        }
    }
    let articles = |g: &[usize]| {
        let mut a: Vec<usize> = g.iter().map(|&m| article(m)).collect();
        a.sort_unstable();
        a.dedup();
        a
    };
    let mut moves: Vec<(usize, usize)> = Vec::new();
    let mut pairs: Vec<(&(Kind, u32), &Vec<usize>)> =
        by_cue.iter().filter(|(_, l)| l.len() == 2).collect();
    pairs.sort_unstable();
    for (&(_, cue), list) in pairs {
        let (g, h) = (list[0], list[1]);
        let (ag, ah) = (articles(&groups[g]), articles(&groups[h]));
        let (lone, many) = match (ag.len(), ah.len()) {
            (1, n) if n >= 2 => (g, h),
            (n, 1) if n >= 2 => (h, g),
            _ => continue,
        };
        let (l, m) = (&groups[lone], &groups[many]);
        let all_plain = l.iter().chain(m).all(|&x| plain(x))
            && l.iter().all(|&x| scorer.compatible(x, l[0]) == Some(true))
            && m.iter().all(|&x| scorer.compatible(x, m[0]) != Some(false));
        let person = l
            .iter()
            .chain(m)
            .any(|&x| cue_of(x) == Some(cue) && scorer.ctx[x].cue_classes.contains(&Some(BEING)));
        if !all_plain
            || person
            || ah.iter().any(|a| ag.contains(a))
            || !l.iter().all(|&x| p.in_figures[x])
            || l.iter().all(|&x| p.sources[x].is_empty())
        {
            continue;
        }
        let cross = || l.iter().flat_map(|&a| m.iter().map(move |&b| (a, b)));
        let comparable: Vec<(usize, usize)> = cross()
            .filter(|&(a, b)| measure(&p.values[a]) == measure(&p.values[b]))
            .collect();
        let rivals = !comparable.is_empty()
            && comparable.iter().all(|&(a, b)| {
                scorer.compatible(a, b) == Some(false)
                    && within(&p.values[a], &p.values[b], SLIP_RATIO)
                    && scorer.ctx[a].anchor == scorer.ctx[b].anchor
                    && scorer.context_score(a, b).is_some()
            })
            && cross().all(|(a, b)| !super::distributive::differ(&p.per_units[a], &p.per_units[b]))
            && cross().any(|(a, b)| {
                scorer
                    .context_score(a, b)
                    .is_some_and(|s| s >= scorer.model.edge_min * ESTIMATE_BAR)
            });
        if rivals {
            moves.push((lone, many));
        }
    }
    // A group moved once: the first pairing in order stands.
    let mut moved = vec![false; groups.len()];
    for (lone, many) in moves {
        if moved[lone] || moved[many] {
            continue;
        }
        moved[lone] = true;
        moved[many] = true;
        let members = std::mem::take(&mut groups[lone]);
        groups[many].extend(members);
        for &x in &groups[many] {
            joined[x] = true;
        }
    }
    groups.retain(|g| !g.is_empty());
}
