//! One outlet's odd percentage for a rate the others agree on: three
//! outlets say shares "fell 14%", "closed down 14 per cent", "slid 14
//! percent"; the fourth says they "tumbled 11 percent". A story tells of
//! many percentages, and only a typing slip ("78%" for 87%) passes the
//! dissent rule of counts (`dissent`), so the odd figure stood alone and
//! the dispute was lost.
//!
//! Here the lone figure, written in figures, is read as the group's when
//! its sentence tells it as surely as the linker needs to join two groups
//! (a pair the linker may not score at all, a change against a share or
//! two actors' rates, never is), it is the only such group, and the
//! figures lie within double of each other. Not a share of a whole ("61%
//! of members"): every share of the members names them, and the words
//! around it tell too little which question it answers.

use rustc_hash::FxHashMap;

use super::score::Scorer;
use super::share_or_change::Nature;
use super::slip::within;
use crate::engine::model::Kind;

/// How far apart two accounts of one rate may lie: "38 percent" of the
/// operator against "as much as 60 per cent" of the organisers.
const RATE_RATIO: f64 = 2.0;

/// Joins each lone percentage to the one group of other outlets that
/// tells the same rate, marking the moved mentions in `joined`.
pub(super) fn join_odd_rates(scorer: &Scorer, groups: &mut Vec<Vec<usize>>, joined: &mut [bool]) {
    let p = scorer.prepared;
    let article = |m: usize| p.mentions[m].article;
    let plain = |m: usize| {
        p.kinds[m] == Kind::Percent
            && !p.hypothetical[m]
            && !p.background[m]
            && !joined[m]
            && super::features::interval_of(&p.values[m]).is_some_and(|i| i.is_bounded())
    };
    // Groups of one rate: `true` when told by one article alone.
    let mut rate_groups: FxHashMap<usize, bool> = FxHashMap::default();
    for (g, members) in groups.iter().enumerate() {
        if members
            .iter()
            .all(|&m| plain(m) && scorer.compatible(m, members[0]) == Some(true))
        {
            // A rate put in words ("almost half") is a paraphrase, not
            // a figure of its own to dispute.
            let lone = members.iter().all(|&m| article(m) == article(members[0]));
            if lone && !members.iter().all(|&m| p.in_figures[m]) {
                continue;
            }
            rate_groups.insert(g, lone);
        }
    }
    let mut group_of: FxHashMap<usize, usize> = FxHashMap::default();
    for &g in rate_groups.keys() {
        for &m in &groups[g] {
            group_of.insert(m, g);
        }
    }
    let mut block: Vec<usize> = group_of.keys().copied().collect();
    block.sort_unstable();
    // For each group, how alike each mention of another article tells
    // its rate: the best of its scores against the group's members that
    // the candidate index proposes.
    let mut told_like: FxHashMap<usize, FxHashMap<usize, f32>> = FxHashMap::default();
    for (a, b) in super::candidates::candidate_pairs(&block, scorer.ctx) {
        let (a, b) = (block[a as usize], block[b as usize]);
        if article(a) == article(b) {
            continue;
        }
        let Some(s) = scorer.context_score(a, b) else {
            continue;
        };
        for (m, o) in [(a, b), (b, a)] {
            let best = told_like
                .entry(group_of[&o])
                .or_default()
                .entry(m)
                .or_insert(s);
            *best = best.max(s);
        }
    }
    // Each lone group's candidates: the groups of other outlets one of its
    // mentions is told as like as the linker needs to join two groups.
    let bar = scorer.model.avg_min;
    let mut targets_of: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (&g, by) in &told_like {
        if rate_groups[&g] {
            continue;
        }
        for (&x, &s) in by {
            let lg = group_of[&x];
            if rate_groups[&lg] && s >= bar {
                targets_of.entry(lg).or_default().push(g);
            }
        }
    }
    let mut moves: Vec<(usize, usize)> = Vec::new();
    let mut lone: Vec<(usize, Vec<usize>)> = targets_of.into_iter().collect();
    lone.sort_unstable();
    for (lg, mut targets) in lone {
        let m = groups[lg][0];
        let mut found: Option<usize> = None;
        let mut ambiguous = false;
        targets.sort_unstable();
        targets.dedup();
        for g in targets {
            if groups[g].iter().any(|&o| article(o) == article(m)) {
                continue;
            }
            let o = groups[g][0];
            // A share's noun names its whole ("61% of members"), which
            // every share of that whole shares, however unlike the
            // question each answers: their sentences tell too little.
            let share = |x: usize| p.natures[x] == Some(Nature::Share);
            if share(m)
                || share(o)
                || !within(&p.values[m], &p.values[o], RATE_RATIO)
                || scorer.compatible(m, o) != Some(false)
            {
                continue;
            }
            match found {
                None => found = Some(g),
                Some(_) => ambiguous = true,
            }
        }
        if let (Some(g), false) = (found, ambiguous) {
            moves.push((lg, g));
        }
    }
    for &(lg, g) in &moves {
        let members = std::mem::take(&mut groups[lg]);
        for &m in &members {
            joined[m] = true;
        }
        groups[g].extend(members);
    }
    groups.retain(|g| !g.is_empty());
}
