//! Which pairs of mentions are worth scoring, and each mention's best
//! partner in every other article.
//!
//! Mentions are first split into blocks that could be one fact (same kind,
//! same unit; sums in any currency the rate table converts). Small blocks are compared in full; large ones
//! only on pairs that share a strong context word, so the work stays far
//! from quadratic.

use rustc_hash::FxHashMap;

use super::facts::Mention;
use super::prepare::Prepared;
use super::score::MentionCtx;
use crate::engine::model::{Interval, Kind, Value};

/// Past this many mentions in one block, only pairs that share a strong
/// context word are scored.
const EXHAUSTIVE_BLOCK: usize = 400;
/// Context words shared by more mentions than this are too common to
/// propose pairs on their own.
const MAX_POSTING: usize = 300;

pub type BlockKey = (Kind, String);

/// Mentions that could possibly be one fact: same kind, for measures the
/// same unit, entities by name. Sums in currencies the rate table knows
/// (`eur` is set) share one block, since outlets convert ("€3 million",
/// "$3.3 million"); a sum in another currency is compared only with its
/// own.
pub fn blocks(mentions: &[Mention], eur: &[Option<Interval>]) -> Vec<(BlockKey, Vec<usize>)> {
    let mut map: FxHashMap<BlockKey, Vec<usize>> = FxHashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let sub = match &m.value {
            Value::Money { .. } if eur.get(i).is_some_and(Option::is_some) => String::new(),
            Value::Money { currency, .. } => currency.clone(),
            Value::Quantity { unit, .. } => unit.clone(),
            Value::Entity { canonical } => canonical.to_lowercase(),
            _ => String::new(),
        };
        map.entry((m.kind, sub)).or_default().push(i);
    }
    let mut out: Vec<_> = map.into_iter().collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// All pairs for a small block; for a large one, only pairs that share one
/// of their strongest context words (an inverted index over those words).
/// Pairs are positions in the block, lower first, in ascending order.
pub fn candidate_pairs(block: &[usize], ctx: &[MentionCtx]) -> Vec<(u32, u32)> {
    let n = block.len() as u32;
    if block.len() <= EXHAUSTIVE_BLOCK {
        return (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
    }
    let mut postings: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (local, &m) in (0..n).zip(block) {
        let mut top = ctx[m].bag.terms.clone();
        top.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
        for (t, _) in top.into_iter().take(6) {
            postings.entry(t).or_default().push(local);
        }
        if let Some(c) = ctx[m].cue {
            postings.entry(c).or_default().push(local);
        }
    }
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for list in postings.values() {
        if list.len() > MAX_POSTING {
            continue;
        }
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                pairs.push((a.min(b), a.max(b)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// For each mention and each other article, the mention there it reads
/// most like, by context. Two mentions that are each other's best match
/// across two articles are most likely one fact, however differently the
/// outlets word it: a relative test, which holds across writing styles
/// where a fixed similarity threshold does not.
///
/// Kept per mention as a list sorted by article, not in one map keyed by
/// mention and article: a large corpus has tens of millions of these, and
/// a look-up then stays within one mention's short list instead of
/// landing anywhere in a table of hundreds of megabytes.
#[derive(Debug, Default)]
pub struct BestPartners {
    /// Per mention: (article, best partner there), sorted by article.
    best: Vec<Vec<(u32, u32)>>,
}

/// The least affinity (see `affinity`) that makes a best partner: a
/// mention whose sentences share almost nothing with every mention of
/// another article has no best partner there, however few the candidates
/// (the one "Friday" of each of two articles about different events).
const MIN_AFFINITY: f32 = 0.1;

impl BestPartners {
    /// From candidate pairs in a fixed order, each with its context and
    /// concept cosines (see [`cosines`]): of equally good partners the
    /// first one seen is kept.
    pub fn build(
        p: &Prepared,
        pairs: impl IntoIterator<Item = ((usize, usize), (f32, f32))>,
    ) -> Self {
        // Per mention: (article, affinity, partner), in the order seen.
        let mut seen: Vec<Vec<(u32, f32, u32)>> = vec![Vec::new(); p.ctx.len()];
        for ((i, j), cosines) in pairs {
            let (ai, aj) = (p.ctx[i].article, p.ctx[j].article);
            if ai == aj {
                continue;
            }
            let s = affinity(p, i, j, cosines);
            seen[i].push((aj as u32, s, j as u32));
            seen[j].push((ai as u32, s, i as u32));
        }
        let best = seen
            .into_iter()
            .map(|mut list| {
                // Stable: of equal affinities the first seen stays first.
                list.sort_by(|x, y| {
                    x.0.cmp(&y.0)
                        .then(y.1.partial_cmp(&x.1).unwrap_or(std::cmp::Ordering::Equal))
                });
                list.dedup_by_key(|e| e.0);
                list.into_iter()
                    .filter(|&(_, s, _)| s > MIN_AFFINITY)
                    .map(|(article, _, to)| (article, to))
                    .collect()
            })
            .collect();
        BestPartners { best }
    }

    /// Whether `j` is `i`'s best match in `j`'s article.
    pub fn is_best(&self, p: &Prepared, i: usize, j: usize) -> bool {
        let list = &self.best[i];
        let article = p.ctx[j].article as u32;
        list.binary_search_by_key(&article, |e| e.0)
            .is_ok_and(|k| list[k].1 as usize == j)
    }
}

/// The context and concept cosines of mentions `i` and `j`: worked out once
/// per candidate pair for both the best partners and the pair's score.
pub fn cosines(ctx: &[MentionCtx], i: usize, j: usize) -> (f32, f32) {
    let (a, b) = (&ctx[i], &ctx[j]);
    (a.bag.cosine(&b.bag), a.concepts.cosine(&b.concepts))
}

fn affinity(p: &Prepared, i: usize, j: usize, (cosine, concepts): (f32, f32)) -> f32 {
    let (a, b) = (&p.ctx[i], &p.ctx[j]);
    let mut s = cosine + 0.5 * concepts;
    if a.cue.is_some() && a.cue == b.cue {
        s += 0.2;
    }
    if p.value_keys[i].is_some() && p.value_keys[i] == p.value_keys[j] {
        s += 0.3 * p.rarity[i];
    }
    s
}
