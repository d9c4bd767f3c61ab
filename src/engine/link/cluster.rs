//! Grouping mentions into facts from pairwise link scores.
//!
//! Average-linkage agglomeration with cannot-link constraints: strongest
//! pairs merge first, and two groups merge only when their members are on
//! average similar enough and no pair among them is forbidden. Plain
//! single-link chaining would let one loose pair glue two facts together.

use std::collections::HashMap;

/// Scores a pair of item indices: `None` means the two may never share a
/// group; `Some(s)` is a similarity in [0, 1].
pub trait PairScore {
    fn score(&self, a: usize, b: usize) -> Option<f32>;
}

struct Groups {
    parent: Vec<usize>,
    members: HashMap<usize, Vec<usize>>,
}

impl Groups {
    fn new(n: usize) -> Self {
        Groups {
            parent: (0..n).collect(),
            members: (0..n).map(|i| (i, vec![i])).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
}

/// Clusters `n` items given candidate `edges` (pairs worth considering,
/// with their score). Returns the groups, each sorted, in order of their
/// smallest member.
///
/// `edge_min` is the least score for a pair to start a merge; `avg_min` the
/// least average score between two groups for them to merge.
pub fn agglomerate(
    n: usize,
    mut edges: Vec<(usize, usize, f32)>,
    scorer: &dyn PairScore,
    edge_min: f32,
    avg_min: f32,
) -> Vec<Vec<usize>> {
    edges.retain(|e| e.2 >= edge_min);
    // Stable, deterministic order: by score, then by indices.
    edges.sort_by(|x, y| {
        y.2.partial_cmp(&x.2)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then((x.0, x.1).cmp(&(y.0, y.1)))
    });
    let mut g = Groups::new(n);
    for (a, b, _) in edges {
        let (ra, rb) = (g.find(a), g.find(b));
        if ra == rb {
            continue;
        }
        let (ma, mb) = (&g.members[&ra], &g.members[&rb]);
        let mut total = 0.0;
        let mut forbidden = false;
        'pairs: for &x in ma {
            for &y in mb {
                match scorer.score(x, y) {
                    None => {
                        forbidden = true;
                        break 'pairs;
                    }
                    Some(s) => total += s,
                }
            }
        }
        if forbidden || total / ((ma.len() * mb.len()) as f32) < avg_min {
            continue;
        }
        let moved = g.members.remove(&rb).unwrap_or_default();
        g.parent[rb] = ra;
        g.members.entry(ra).or_default().extend(moved);
    }
    let mut groups: Vec<Vec<usize>> = g
        .members
        .into_values()
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
    use super::*;

    struct Table(HashMap<(usize, usize), Option<f32>>);

    impl PairScore for Table {
        fn score(&self, a: usize, b: usize) -> Option<f32> {
            let k = (a.min(b), a.max(b));
            self.0.get(&k).copied().unwrap_or(Some(0.0))
        }
    }

    fn edges(t: &Table) -> Vec<(usize, usize, f32)> {
        t.0.iter()
            .filter_map(|(&(a, b), s)| s.map(|s| (a, b, s)))
            .collect()
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
