//! The other values stated in a mention's sentence. Two reports that set
//! a value beside the same rare other value ("roughly 520,000 arrests
//! last year, a third of the 1.6 million in 2000" / "to 400,000 last
//! year from a peak of 1.6 million") are most likely stating one fact in
//! that sentence, however differently they word it.

use rustc_hash::FxHashMap;

use super::facts::Mention;
use super::score::MentionCtx;
use crate::engine::model::Kind;

/// For each mention, the other value mentions of its sentence (quotes and
/// entities aside): the values a reader sees stated alongside it.
pub fn sentence_mates(mentions: &[Mention], ctx: &[MentionCtx]) -> Vec<Vec<u32>> {
    let valued = |m: &Mention| !m.kind.is_entity() && m.kind != Kind::Quote;
    let mut by_sentence: FxHashMap<(usize, u32), Vec<u32>> = FxHashMap::default();
    for (i, (m, c)) in mentions.iter().zip(ctx).enumerate() {
        if valued(m) {
            by_sentence
                .entry((c.article, c.sentence))
                .or_default()
                .push(i as u32);
        }
    }
    mentions
        .iter()
        .zip(ctx)
        .enumerate()
        .map(|(i, (m, c))| {
            if !valued(m) {
                return Vec::new();
            }
            by_sentence[&(c.article, c.sentence)]
                .iter()
                .copied()
                .filter(|&k| k as usize != i && mentions[k as usize].span != m.span)
                .collect()
        })
        .collect()
}

/// How rare the values are that both mentions' sentences state besides
/// the pair itself: the rarest one's rarity plus half the next one's, in
/// [0, 1.5]; 0 when they share none. Mentions of
/// one article share their sentence's values trivially, so they get 0.
pub fn shared_mate_rarity(
    mates: &[Vec<u32>],
    ctx: &[MentionCtx],
    keys: &[Option<u32>],
    rarity: &[f32],
    i: usize,
    j: usize,
) -> f32 {
    if ctx[i].article == ctx[j].article {
        return 0.0;
    }
    let own = [keys[i], keys[j]];
    let mut shared: Vec<(u32, f32)> = Vec::new();
    for &k in &mates[i] {
        let Some(key) = keys[k as usize] else {
            continue;
        };
        if own.contains(&Some(key)) || shared.iter().any(|s| s.0 == key) {
            continue;
        }
        if mates[j].iter().any(|&l| keys[l as usize] == Some(key)) {
            shared.push((key, rarity[k as usize]));
        }
    }
    // Two values shared are more telling than one: the rarest counts whole,
    // the next rarest half.
    shared.sort_by(|a, b| b.1.total_cmp(&a.1));
    shared.first().map_or(0.0, |s| s.1) + shared.get(1).map_or(0.0, |s| s.1 / 2.0)
}
