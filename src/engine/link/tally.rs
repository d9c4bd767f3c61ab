//! A tally's two counts go together. When two outlets' larger sides ("by
//! 158 votes to 131", "voting 158 to 113") are one fact, their smaller
//! sides are one fact too, however little their own words say: each is
//! the other side of the same vote, and a different number there is the
//! dispute ("131" against "113").

use std::ops::Range;

use super::cluster::PairScore;
use super::facts::Mention;
use super::score::Scorer;
use super::vote_side::Side;
use crate::engine::load::Corpus;

/// How far apart, in bytes, a tally's two counts may stand.
const PARTNER_GAP: usize = 60;

/// Joins the groups of the other sides of tallies whose one side is
/// confidently linked across outlets, where the two groups share no
/// outlet. A loose link between two scores of "34" may join two games.
pub(super) fn join_other_sides(scorer: &Scorer, groups: &mut Vec<Vec<usize>>) {
    let p = scorer.prepared;
    let partner = &p.partners;
    if partner.iter().all(Option::is_none) {
        return;
    }
    let mut group_of = vec![usize::MAX; p.mentions.len()];
    for (g, members) in groups.iter().enumerate() {
        for &m in members {
            group_of[m] = g;
        }
    }
    let mut root: Vec<usize> = (0..groups.len()).collect();
    fn find(root: &mut [usize], mut g: usize) -> usize {
        while root[g] != g {
            root[g] = root[root[g]];
            g = root[g];
        }
        g
    }
    let mut articles: Vec<Vec<usize>> = groups
        .iter()
        .map(|g| {
            let mut a: Vec<usize> = g.iter().map(|&m| p.mentions[m].article).collect();
            a.sort_unstable();
            a.dedup();
            a
        })
        .collect();
    for members in groups.iter() {
        let sided: Vec<(usize, usize)> = members
            .iter()
            .filter_map(|&m| partner[m].map(|o| (m, o)))
            .collect();
        for (i, &(x, xo)) in sided.iter().enumerate() {
            for &(y, yo) in &sided[i + 1..] {
                if p.mentions[x].article == p.mentions[y].article
                    || p.sides[xo] != p.sides[yo]
                    || group_of[xo] == usize::MAX
                    || group_of[yo] == usize::MAX
                    || !confident(scorer, x, y)
                {
                    continue;
                }
                let (a, b) = (find(&mut root, group_of[xo]), find(&mut root, group_of[yo]));
                if a == b
                    || articles[a]
                        .iter()
                        .any(|x| articles[b].binary_search(x).is_ok())
                {
                    continue;
                }
                root[b] = a;
                let moved = std::mem::take(&mut articles[b]);
                articles[a].extend(moved);
                articles[a].sort_unstable();
            }
        }
    }
    let mut merged: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (g, members) in groups.iter_mut().enumerate() {
        let r = find(&mut root, g);
        merged[r].extend(std::mem::take(members));
    }
    merged.retain(|g| !g.is_empty());
    *groups = merged;
}

/// Whether the other sides of the tallies `a` and `b` are on are
/// confidently one fact and agree: then `a` and `b` are surely the same
/// side of one vote, and a clash between them a dispute.
pub(super) fn other_sides_agree(a: usize, b: usize, scorer: &Scorer) -> bool {
    let partners = &scorer.prepared.partners;
    let (Some(x), Some(y)) = (partners[a], partners[b]) else {
        return false;
    };
    scorer.compatible(x, y) == Some(true) && confident(scorer, x, y)
}

fn confident(scorer: &Scorer, x: usize, y: usize) -> bool {
    scorer
        .score(x, y)
        .is_some_and(|s| s >= scorer.model.conflict_min)
}

/// For each count on a side of a vote, the count on the other side of
/// its tally, in the same clause: "158 votes" and "131", "52 in favour"
/// and "41 against".
pub(super) fn partners(
    corpus: &Corpus,
    mentions: &[Mention],
    sides: &[Option<Side>],
) -> Vec<Option<usize>> {
    let mut out = vec![None; mentions.len()];
    let mut sided: Vec<usize> = (0..mentions.len())
        .filter(|&m| sides[m].is_some())
        .collect();
    sided.sort_by_key(|&m| (mentions[m].article, mentions[m].span.start));
    for w in sided.windows(2) {
        let (a, b) = (w[0], w[1]);
        let (ma, mb) = (&mentions[a], &mentions[b]);
        let pair = matches!(
            (sides[a], sides[b]),
            (Some(Side::Larger), Some(Side::Smaller)) | (Some(Side::For), Some(Side::Against))
        );
        if pair
            && ma.article == mb.article
            && one_clause(
                &corpus.articles[ma.article].text,
                ma.span.end..mb.span.start,
            )
        {
            out[a] = Some(b);
            out[b] = Some(a);
        }
    }
    out
}

fn one_clause(text: &str, between: Range<usize>) -> bool {
    between.start <= between.end
        && between.end - between.start <= PARTNER_GAP
        && !text[between].contains(['.', ';', '\n'])
}
