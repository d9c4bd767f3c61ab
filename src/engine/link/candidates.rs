//! Which pairs of mentions are worth scoring, and each mention's best
//! partner in every other article.
//!
//! Mentions are first split into blocks that could be one fact (same kind,
//! same unit; sums in any currency the rate table converts). Small blocks
//! are compared in full; in large ones each mention is paired only with
//! the few that share most of its strong context words, so the work stays
//! linear in the block.

use rustc_hash::FxHashMap;

use super::facts::Mention;
use super::prepare::Prepared;
use super::score::MentionCtx;
use crate::engine::extract::quantity::units::BARE_DEGREES;
use crate::engine::model::{Interval, Kind, Value};

/// Past this many mentions in one block, only pairs that share a strong
/// context word are scored.
const EXHAUSTIVE_BLOCK: usize = 400;
/// Context words shared by more mentions than this are too common to
/// propose pairs on their own.
const MAX_POSTING: usize = 300;
/// How many of a mention's context words, strongest first, propose its
/// partners in a large block.
const STRONGEST_WORDS: usize = 6;
/// The most partners one mention proposes in a large block. A fact is
/// stated a few times per article, so this leaves room for its mentions in
/// dozens of articles while keeping the work linear in the block.
const FAN_OUT: usize = 100;

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
            // Bare degrees may be either scale of a temperature, which is
            // kept in Celsius (`compat::bare_degrees_fit`).
            Value::Quantity { unit, .. } if unit == BARE_DEGREES => "C".to_string(),
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

/// Whether a block of `n` mentions has all its pairs scored.
pub fn compared_in_full(n: usize) -> bool {
    n <= EXHAUSTIVE_BLOCK
}

/// All pairs for a small block. For a large one, each mention proposes
/// at most `FAN_OUT` partners: those that share the most weight of its
/// strongest context words and its cue (an inverted index over those
/// words), so the pairs grow with the block, not with its square.
/// Pairs are positions in the block, lower first, in ascending order.
pub fn candidate_pairs(block: &[usize], ctx: &[MentionCtx]) -> Vec<(u32, u32)> {
    let n = block.len() as u32;
    if compared_in_full(block.len()) {
        return (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
    }
    let strongest: Vec<Vec<(u32, f32)>> = block.iter().map(|&m| strongest_words(&ctx[m])).collect();
    let postings = index(&strongest);
    let proposed = super::parallel::map(&strongest, |a, words| nearest(a as u32, words, &postings));
    let mut pairs: Vec<(u32, u32)> = proposed.into_iter().flatten().collect();
    pairs.extend(same_article_pairs(block, ctx));
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Every pair within one article: an article states a fact a few times at
/// most, and those repeats must meet however many other articles crowd
/// their partner lists. An article with more than `FAN_OUT` mentions in
/// the block (a data dump, one endless line) is left to the index, or its
/// pairs alone would be quadratic.
fn same_article_pairs(block: &[usize], ctx: &[MentionCtx]) -> Vec<(u32, u32)> {
    let mut by_article: FxHashMap<usize, Vec<u32>> = FxHashMap::default();
    for (local, &m) in block.iter().enumerate() {
        by_article
            .entry(ctx[m].article)
            .or_default()
            .push(local as u32);
    }
    by_article
        .values()
        .filter(|list| list.len() <= FAN_OUT)
        .flat_map(|list| {
            list.iter()
                .enumerate()
                .flat_map(move |(k, &a)| list[k + 1..].iter().map(move |&b| (a, b)))
        })
        .collect()
}

/// Per word, the mentions (positions in the block) it is among the
/// strongest words of, with its weight there; words too common to tell
/// anything (in more than `MAX_POSTING` mentions) left out.
type Postings = FxHashMap<u32, Vec<(u32, f32)>>;

fn index(strongest: &[Vec<(u32, f32)>]) -> Postings {
    let mut postings = Postings::default();
    for (local, words) in (0u32..).zip(strongest) {
        for &(t, w) in words {
            postings.entry(t).or_default().push((local, w));
        }
    }
    postings.retain(|_, list| list.len() <= MAX_POSTING);
    postings
}

/// A mention's strongest context words and its cue, each with its weight
/// (the cue as heavy as the strongest word: it names the thing measured).
fn strongest_words(c: &MentionCtx) -> Vec<(u32, f32)> {
    let mut top = c.bag.terms.clone();
    top.sort_by(|a, b| b.1.total_cmp(&a.1));
    top.truncate(STRONGEST_WORDS);
    if let Some(cue) = c.cue {
        let w = top.first().map_or(1.0, |t| t.1);
        match top.iter_mut().find(|t| t.0 == cue) {
            Some(t) => t.1 = t.1.max(w),
            None => top.push((cue, w)),
        }
    }
    top
}

/// The pairs `a` proposes: the `FAN_OUT` mentions sharing the most weight
/// of its words (the dot product of the two mentions' strongest words),
/// and any tied with the last of them.
fn nearest(a: u32, words: &[(u32, f32)], postings: &Postings) -> Vec<(u32, u32)> {
    let mut shared: FxHashMap<u32, f32> = FxHashMap::default();
    for (t, w) in words {
        for &(b, wb) in postings.get(t).map_or(&[][..], Vec::as_slice) {
            if b != a {
                *shared.entry(b).or_default() += w * wb;
            }
        }
    }
    let mut ranked: Vec<(u32, f32)> = shared.into_iter().collect();
    ranked.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    // Those tied with the last one kept stay too: copies of one text (a
    // wire story many outlets print) all share as much, and an arbitrary
    // cut among them would leave the copies past it unscored, never to
    // join the fact their twins make.
    if let Some(&(_, last)) = ranked.get(FAN_OUT.saturating_sub(1)) {
        let keep = ranked.iter().take_while(|x| x.1 >= last).count();
        ranked.truncate(keep);
    }
    ranked
        .into_iter()
        .map(|(b, _)| (a.min(b), a.max(b)))
        .collect()
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

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::engine::link::context::Bag;

    /// A mention with these context words in article `article`.
    fn mention(article: usize, words: &[(u32, f32)]) -> MentionCtx {
        MentionCtx {
            article,
            bag: Bag::from_map(words.iter().copied().collect::<HashMap<_, _>>()),
            ..MentionCtx::default()
        }
    }

    /// A block past the exhaustive size where each mention shares a common
    /// word with half the others (term 1 or 2, by parity), each at its own
    /// weight, and mention 0
    /// also shares a rarer word (term 7) with mention `n - 1` alone.
    fn large_block(n: usize) -> Vec<MentionCtx> {
        (0..n)
            .map(|k| {
                // Weights all different, so no two partners tie.
                let common = (1 + (k % 2) as u32, 0.3 - k as f32 * 1e-4);
                match k {
                    0 => mention(k, &[common, (7, 0.9)]),
                    k if k == n - 1 => mention(k, &[common, (7, 0.8)]),
                    _ => mention(k, &[common, (1000 + k as u32, 0.5)]),
                }
            })
            .collect()
    }

    #[test]
    fn a_small_block_is_compared_in_full() {
        let ctx: Vec<MentionCtx> = (0..5).map(|k| mention(k, &[(1, 1.0)])).collect();
        assert_eq!(pairs_of(&ctx).len(), 10);
    }

    /// The candidate pairs of a block holding every mention of `ctx`.
    fn pairs_of(ctx: &[MentionCtx]) -> Vec<(u32, u32)> {
        let block: Vec<usize> = (0..ctx.len()).collect();
        candidate_pairs(&block, ctx)
    }

    #[test]
    fn in_a_large_block_each_mention_proposes_few_partners() {
        let n = EXHAUSTIVE_BLOCK + 100;
        let pairs = pairs_of(&large_block(n));
        // All pairs would be n(n-1)/2; each mention proposes FAN_OUT.
        assert!(pairs.len() <= n * FAN_OUT, "{} pairs", pairs.len());
        assert!(pairs.len() >= n, "{} pairs", pairs.len());
        assert!(pairs.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        assert!(pairs.iter().all(|&(a, b)| a < b));
    }

    #[test]
    fn in_a_large_block_the_partner_sharing_most_words_is_proposed() {
        let n = EXHAUSTIVE_BLOCK + 100;
        let ctx = large_block(n);
        assert!(pairs_of(&ctx).contains(&(0, n as u32 - 1)));
        // Of the many sharing only a common word, mention 0 proposes
        // FAN_OUT, the one sharing its rare word first.
        let strongest: Vec<_> = ctx.iter().map(strongest_words).collect();
        let proposed = nearest(0, &strongest[0], &index(&strongest));
        assert_eq!(proposed.len(), FAN_OUT);
        assert_eq!(proposed[0], (0, n as u32 - 1));
    }

    #[test]
    fn copies_of_one_text_are_all_proposed_however_many() {
        // More identical mentions than one mention's share of partners:
        // which of them to drop would be arbitrary, so none is.
        let n = EXHAUSTIVE_BLOCK + 100;
        let ctx: Vec<MentionCtx> = (0..n)
            .map(|k| match k {
                k if k < 2 * FAN_OUT => mention(k, &[(1, 0.5), (2, 0.5)]),
                k => mention(k, &[(3 + k as u32, 0.5)]),
            })
            .collect();
        let pairs = pairs_of(&ctx);
        let copies = 2 * FAN_OUT;
        assert_eq!(pairs.len(), copies * (copies - 1) / 2);
    }

    #[test]
    fn in_a_large_block_mentions_of_one_article_are_always_paired() {
        let n = EXHAUSTIVE_BLOCK + 100;
        let mut ctx: Vec<MentionCtx> = (0..n)
            .map(|k| mention(k, &[(1 + (k % 2) as u32, 0.5)]))
            .collect();
        // Mentions 3 and 8 of one article, sharing no word.
        ctx[3] = mention(n, &[(5000, 0.5)]);
        ctx[8] = mention(n, &[(6000, 0.5)]);
        assert!(pairs_of(&ctx).contains(&(3, 8)));
    }

    #[test]
    fn an_article_with_more_mentions_than_the_fan_out_is_left_to_the_index() {
        // One endless line: every mention of the block in one article,
        // none sharing a word. Pairing them all would be quadratic.
        let n = EXHAUSTIVE_BLOCK + 100;
        let ctx: Vec<MentionCtx> = (0..n).map(|k| mention(0, &[(1 + k as u32, 0.5)])).collect();
        assert!(pairs_of(&ctx).is_empty());
    }
}
