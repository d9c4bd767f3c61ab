//! The other values stated in a mention's sentence. Two reports that set
//! a value beside the same rare other value ("roughly 520,000 arrests
//! last year, a third of the 1.6 million in 2000" / "to 400,000 last
//! year from a peak of 1.6 million") are most likely stating one fact in
//! that sentence, however differently they word it.

use rustc_hash::FxHashMap;

use super::facts::Mention;
use super::score::MentionCtx;
use crate::engine::model::Kind;

/// Past this many values, a "sentence" is a table or a dump run together
/// (one endless line), not a statement: its values say nothing about each
/// other, and listing each one's mates would take memory quadratic in
/// the line.
const MAX_MATES: usize = 32;

/// For each mention, the other value mentions of its sentence (quotes and
/// entities aside): the values a reader sees stated alongside it; none in
/// a sentence of more than `MAX_MATES` values.
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
            let mates = &by_sentence[&(c.article, c.sentence)];
            if mates.len() > MAX_MATES {
                return Vec::new();
            }
            mates
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Interval, Value};

    /// `n` counts stated in one sentence of one article.
    fn one_sentence(n: usize) -> (Vec<Mention>, Vec<MentionCtx>) {
        let mentions = (0..n)
            .map(|k| Mention {
                article: 0,
                span: 10 * k..10 * k + 2,
                kind: Kind::Count,
                value: Value::Count {
                    amount: Interval::exact(k as f64),
                    noun: None,
                },
                cue: None,
            })
            .collect();
        (mentions, vec![MentionCtx::default(); n])
    }

    #[test]
    fn each_value_of_a_sentence_has_the_others_as_mates() {
        let (mentions, ctx) = one_sentence(3);
        let mates = sentence_mates(&mentions, &ctx);
        assert_eq!(mates, vec![vec![1, 2], vec![0, 2], vec![0, 1]]);
    }

    #[test]
    fn a_sentence_of_more_values_than_a_statement_holds_gives_no_mates() {
        let (mentions, ctx) = one_sentence(MAX_MATES + 1);
        let mates = sentence_mates(&mentions, &ctx);
        assert!(mates.iter().all(Vec::is_empty));
        let (mentions, ctx) = one_sentence(MAX_MATES);
        let mates = sentence_mates(&mentions, &ctx);
        assert!(mates.iter().all(|m| m.len() == MAX_MATES - 1));
    }
}
