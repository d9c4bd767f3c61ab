//! Grouping mentions into facts from pairwise link scores.
//!
//! Average-linkage agglomeration with cannot-link constraints: strongest
//! pairs merge first, and two groups merge only when their members are on
//! average similar enough and no pair among them is forbidden. Plain
//! single-link chaining would let one loose pair glue two facts together.

use rustc_hash::{FxHashMap, FxHashSet};

/// Scores a pair of item indices: `None` means the two may never share a
/// group; `Some(s)` is a similarity in [0, 1].
pub trait PairScore {
    fn score(&self, a: usize, b: usize) -> Option<f32>;

    /// A cheap test of whether two items may never share a group, asked of
    /// pairs that were not scored. Only items of one partition can forbid
    /// each other.
    fn forbidden(&self, a: usize, b: usize) -> bool {
        self.score(a, b).is_none()
    }

    /// Items in different partitions never forbid each other (for facts:
    /// mentions in different articles), so only pairs within one are tested.
    fn partition(&self, _a: usize) -> usize {
        0
    }

    /// Whether two groups are compared on their pairs across partitions
    /// only, where they have any: for quotes, two fragments one outlet
    /// quotes apart share no words by construction, so their low score
    /// says nothing against the statement another outlet quotes whole.
    fn across_partitions_only(&self) -> bool {
        false
    }

    /// Whether every pair worth scoring was scored. When only each item's
    /// nearest few were (a large block), a pair never scored is unknown
    /// rather than dissimilar, and groups are compared on the pairs that
    /// were: else a fact stated in more places than one item's share of
    /// partners could never come together.
    fn compared_in_full(&self) -> bool {
        true
    }
}

/// Scores summed between two groups, and how many pairs they sum.
#[derive(Debug, Clone, Copy, Default)]
struct Sum {
    total: f32,
    pairs: u32,
}

impl Sum {
    fn add(&mut self, other: Sum) {
        self.total += other.total;
        self.pairs += other.pairs;
    }

    fn one(s: f32) -> Sum {
        Sum { total: s, pairs: 1 }
    }

    fn mean(self) -> f32 {
        if self.pairs == 0 {
            0.0
        } else {
            self.total / self.pairs as f32
        }
    }
}

/// The groups being built, with the summed scores and the forbidden links
/// between them, kept up to date as groups merge. Averages then cost one
/// look-up instead of a pass over every pair of members. Everything is
/// indexed by group root; a root merged away keeps empty entries.
struct Groups {
    parent: Vec<usize>,
    members: Vec<Vec<usize>>,
    /// Per group root: the summed edge score to each neighbouring root.
    /// Roots are stored as `u32`: these maps hold two entries per scored
    /// pair, millions in a large corpus, so their size is the memory the
    /// clusterer takes.
    sums: Vec<FxHashMap<u32, Sum>>,
    /// The part of `sums` from pairs within one partition.
    inner: Vec<FxHashMap<u32, Sum>>,
    /// Per group root: the roots it may never merge with.
    forbid: Vec<FxHashSet<usize>>,
}

impl Groups {
    /// `degree[i]`: how many scored pairs item `i` is in, so that each
    /// map is allocated once at its size instead of growing by rehashing.
    fn new(degree: &[u32]) -> Self {
        let n = degree.len();
        Groups {
            parent: (0..n).collect(),
            members: (0..n).map(|i| vec![i]).collect(),
            sums: degree
                .iter()
                .map(|&d| FxHashMap::with_capacity_and_hasher(d as usize, Default::default()))
                .collect(),
            inner: vec![FxHashMap::default(); n],
            forbid: vec![FxHashSet::default(); n],
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn add_sum(&mut self, a: usize, b: usize, s: Sum) {
        self.sums[a].entry(b as u32).or_default().add(s);
        self.sums[b].entry(a as u32).or_default().add(s);
    }

    fn add_inner(&mut self, a: usize, b: usize, s: Sum) {
        self.inner[a].entry(b as u32).or_default().add(s);
        self.inner[b].entry(a as u32).or_default().add(s);
    }

    /// The average score between groups `a` and `b`, pairs never scored
    /// counting 0 (or, when not `compared_in_full`, not counting);
    /// across partitions only when `across` and there are any.
    fn average(&self, a: usize, b: usize, across: bool, scorer: &dyn PairScore) -> f32 {
        let sum = self.sums[a].get(&(b as u32)).copied().unwrap_or_default();
        if !scorer.compared_in_full() {
            let inner = self.inner[a].get(&(b as u32)).copied().unwrap_or_default();
            let cross = Sum {
                total: sum.total - inner.total,
                pairs: sum.pairs - inner.pairs,
            };
            return if across && cross.pairs > 0 {
                cross.mean()
            } else {
                sum.mean()
            };
        }
        let (ma, mb) = (&self.members[a], &self.members[b]);
        let size = (ma.len() * mb.len()) as f32;
        let total = sum.total;
        if !across {
            return total / size;
        }
        let mut per_part: FxHashMap<usize, usize> = FxHashMap::default();
        for &x in ma {
            *per_part.entry(scorer.partition(x)).or_default() += 1;
        }
        let within: usize = mb
            .iter()
            .map(|&y| per_part.get(&scorer.partition(y)).copied().unwrap_or(0))
            .sum();
        let cross = size - within as f32;
        if cross <= 0.0 {
            return total / size;
        }
        let inner = self.inner[a].get(&(b as u32)).map_or(0.0, |s| s.total);
        (total - inner) / cross
    }

    fn add_forbid(&mut self, a: usize, b: usize) {
        self.forbid[a].insert(b);
        self.forbid[b].insert(a);
    }

    fn forbidden(&self, a: usize, b: usize) -> bool {
        self.forbid[a].contains(&b)
    }

    /// Whether some member of `a` and some member of `b` in one partition
    /// may not share a group; remembered when so.
    fn clash(&mut self, a: usize, b: usize, scorer: &dyn PairScore) -> bool {
        let (ma, mb) = (&self.members[a], &self.members[b]);
        let mut by_part: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for &x in ma {
            by_part.entry(scorer.partition(x)).or_default().push(x);
        }
        let clash = mb.iter().any(|&y| {
            by_part
                .get(&scorer.partition(y))
                .is_some_and(|xs| xs.iter().any(|&x| scorer.forbidden(x, y)))
        });
        if clash {
            self.add_forbid(a, b);
        }
        clash
    }

    /// Folds group `from` into group `into`.
    fn merge(&mut self, into: usize, from: usize) {
        let moved = std::mem::take(&mut self.members[from]);
        self.parent[from] = into;
        self.members[into].extend(moved);
        // Each neighbour of `from` is visited once, so the order of the
        // visits does not change any sum.
        for (other, s) in std::mem::take(&mut self.sums[from]) {
            let other = other as usize;
            self.sums[other].remove(&(from as u32));
            if other != into {
                self.add_sum(into, other, s);
            }
        }
        for (other, s) in std::mem::take(&mut self.inner[from]) {
            let other = other as usize;
            self.inner[other].remove(&(from as u32));
            if other != into {
                self.add_inner(into, other, s);
            }
        }
        for other in std::mem::take(&mut self.forbid[from]) {
            self.forbid[other].remove(&from);
            if other != into {
                self.add_forbid(into, other);
            }
        }
    }
}

/// Clusters `n` items given candidate `edges` (pairs worth considering,
/// with their score; `None` for a pair that may never share a group).
/// Returns the groups, each sorted, in order of their smallest member.
///
/// `edge_min` is the least score for a pair to start a merge; `avg_min` the
/// least average score between two groups for them to merge, where pairs
/// that were never scored count as 0. Average linkage rather than single
/// link, so one loose pair cannot glue two facts together.
pub fn agglomerate(
    n: usize,
    edges: Vec<(usize, usize, Option<f32>)>,
    scorer: &dyn PairScore,
    edge_min: f32,
    avg_min: f32,
) -> Vec<Vec<usize>> {
    let mut degree = vec![0u32; n];
    for &(a, b, s) in &edges {
        if s.is_some() {
            degree[a] += 1;
            degree[b] += 1;
        }
    }
    let mut g = Groups::new(&degree);
    let across = scorer.across_partitions_only();
    let mut starts: Vec<(usize, usize, f32)> = Vec::new();
    for (a, b, s) in edges {
        match s {
            None => g.add_forbid(a, b),
            Some(s) => {
                g.add_sum(a, b, Sum::one(s));
                if across && scorer.partition(a) == scorer.partition(b) {
                    g.add_inner(a, b, Sum::one(s));
                }
                if s >= edge_min {
                    starts.push((a, b, s));
                }
            }
        }
    }
    // Stable, deterministic order: by score, then by indices.
    starts.sort_by(|x, y| {
        y.2.partial_cmp(&x.2)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then((x.0, x.1).cmp(&(y.0, y.1)))
    });
    for (a, b, _) in starts {
        let (ra, rb) = (g.find(a), g.find(b));
        if ra == rb || g.forbidden(ra, rb) {
            continue;
        }
        if g.average(ra, rb, across, scorer) < avg_min || g.clash(ra, rb, scorer) {
            continue;
        }
        g.merge(ra, rb);
    }
    let mut groups: Vec<Vec<usize>> = g
        .members
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|mut m| {
            m.sort_unstable();
            m
        })
        .collect();
    groups.sort_by_key(|m| m[0]);
    groups
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    struct Table(HashMap<(usize, usize), Option<f32>>);

    impl PairScore for Table {
        fn score(&self, a: usize, b: usize) -> Option<f32> {
            let k = (a.min(b), a.max(b));
            self.0.get(&k).copied().unwrap_or(Some(0.0))
        }
    }

    fn edges(t: &Table) -> Vec<(usize, usize, Option<f32>)> {
        t.0.iter().map(|(&(a, b), s)| (a, b, *s)).collect()
    }

    #[test]
    fn strong_pairs_merge_and_weak_bridges_do_not() {
        // 0-1-2 tight; 3 only weakly tied to 2.
        let t = Table(HashMap::from([
            ((0, 1), Some(0.9)),
            ((1, 2), Some(0.8)),
            ((0, 2), Some(0.7)),
            ((2, 3), Some(0.45)),
        ]));
        let groups = agglomerate(4, edges(&t), &t, 0.4, 0.4);
        assert_eq!(groups, vec![vec![0, 1, 2], vec![3]]);
    }

    /// Item 0 in one partition; 1 and 2, fragments of what 0 says, in
    /// another, sharing nothing with each other.
    struct Fragments(bool);

    impl PairScore for Fragments {
        fn score(&self, a: usize, b: usize) -> Option<f32> {
            Some(if a.min(b) == 0 { 0.85 } else { 0.0 })
        }
        fn partition(&self, a: usize) -> usize {
            usize::from(a > 0)
        }
        fn across_partitions_only(&self) -> bool {
            self.0
        }
    }

    #[test]
    fn fragments_of_one_partition_join_across_it_when_only_cross_pairs_weigh() {
        let edges = vec![(0, 1, Some(0.85)), (0, 2, Some(0.85)), (1, 2, Some(0.0))];
        let whole = agglomerate(3, edges.clone(), &Fragments(true), 0.5, 0.5);
        assert_eq!(whole, vec![vec![0, 1, 2]]);
        // Counted in, the fragments' empty pair pulls the average under.
        let apart = agglomerate(3, edges, &Fragments(false), 0.5, 0.5);
        assert_eq!(apart, vec![vec![0, 1], vec![2]]);
    }

    /// Only some pairs scored, as in a large block where each item
    /// proposes its nearest few.
    struct Sampled(Table);

    impl PairScore for Sampled {
        fn score(&self, a: usize, b: usize) -> Option<f32> {
            self.0.score(a, b)
        }
        fn compared_in_full(&self) -> bool {
            false
        }
    }

    #[test]
    fn when_only_some_pairs_were_scored_the_unscored_do_not_count_against_a_merge() {
        // 0, 1, 2 tight; 3 scored against 2 only, as strongly.
        let t = Table(HashMap::from([
            ((0, 1), Some(0.9)),
            ((1, 2), Some(0.9)),
            ((0, 2), Some(0.9)),
            ((2, 3), Some(0.85)),
        ]));
        let apart = agglomerate(4, edges(&t), &t, 0.5, 0.5);
        assert_eq!(apart, vec![vec![0, 1, 2], vec![3]]);
        let s = Sampled(t);
        let together = agglomerate(4, edges(&s.0), &s, 0.5, 0.5);
        assert_eq!(together, vec![vec![0, 1, 2, 3]]);
    }

    #[test]
    fn cannot_link_blocks_transitive_merges() {
        // 0 and 2 are forbidden together, so 2 cannot join {0, 1}.
        let t = Table(HashMap::from([
            ((0, 1), Some(0.9)),
            ((1, 2), Some(0.85)),
            ((0, 2), None),
        ]));
        let groups = agglomerate(3, edges(&t), &t, 0.3, 0.0);
        assert_eq!(groups, vec![vec![0, 1], vec![2]]);
    }
}
