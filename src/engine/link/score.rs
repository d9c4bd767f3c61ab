//! How likely two mentions are to state the same fact.

use std::collections::HashSet;

use super::cluster::PairScore;
use super::compat::{compatible, quote_contained};
use super::context::Bag;
use crate::engine::model::{Kind, Value};

/// What the scorer knows of each mention besides its value.
#[derive(Debug, Clone, Default)]
pub struct MentionCtx {
    pub article: usize,
    /// Context words, weighted by closeness and rarity.
    pub bag: Bag,
    /// People named in the sentence (interned "@Name" terms).
    pub persons: Vec<u32>,
    /// The term of the thing measured, when the extractor saw it.
    pub cue: Option<u32>,
}

pub struct Scorer<'a> {
    pub kinds: &'a [Kind],
    pub values: &'a [Value],
    pub ctx: &'a [MentionCtx],
    /// For quotes: the normalised words of each mention (empty otherwise).
    pub quote_words: &'a [Vec<String>],
    /// Speaker term of each quote, when known.
    pub speakers: &'a [Option<u32>],
}

/// When both sentences name people and each names someone the other does
/// not, they are most likely about different events ("Sheinbaum's call
/// with Trump" vs "Petro's call with Trump").
fn different_people(a: &[u32], b: &[u32]) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && a.iter().any(|p| !b.contains(p))
        && b.iter().any(|p| !a.contains(p))
}

impl Scorer<'_> {
    fn value_score(&self, i: usize, j: usize) -> Option<f32> {
        let (a, b) = (&self.ctx[i], &self.ctx[j]);
        let compat = compatible(&self.values[i], &self.values[j]);
        match (self.kinds[i], compat) {
            // Different currencies or units of measure are different facts.
            (Kind::Money | Kind::Quantity, None) => return None,
            // One article rarely contradicts itself about one fact; two
            // different values in one article are two facts.
            (_, Some(false)) if a.article == b.article => return None,
            _ => {}
        }
        let mut s = a.bag.cosine(&b.bag);
        match (a.cue, b.cue) {
            (Some(x), Some(y)) if x == y => s += 0.15,
            (Some(_), Some(_)) if self.kinds[i] == Kind::Count => return None,
            (Some(_), Some(_)) => s *= 0.5,
            _ => {}
        }
        if different_people(&a.persons, &b.persons) {
            s *= 0.35;
        }
        match compat {
            Some(true) => s += 0.1,
            Some(false) => s -= 0.1,
            None => {}
        }
        Some(s.clamp(0.0, 1.0))
    }

    fn quote_score(&self, i: usize, j: usize) -> Option<f32> {
        if let (Some(x), Some(y)) = (self.speakers[i], self.speakers[j])
            && x != y
        {
            return Some(0.0);
        }
        let (wa, wb) = (&self.quote_words[i], &self.quote_words[j]);
        let (short, long) = if wa.len() <= wb.len() {
            (wa, wb)
        } else {
            (wb, wa)
        };
        if short.is_empty() {
            return Some(0.0);
        }
        let (na, nb) = (short.join(" "), long.join(" "));
        if quote_contained(&na, &nb) {
            // A long shared wording is the same quote wherever it appears; a
            // word or two ("catastrophe") also needs the sentences to agree.
            if short.len() >= 4 {
                return Some(1.0);
            }
            let ctx = self.ctx[i].bag.cosine(&self.ctx[j].bag);
            return Some(if ctx >= 0.08 { 0.9 } else { 0.0 });
        }
        let run = longest_common_run(short, long);
        if run >= 6 {
            return Some(0.85);
        }
        let tri = |w: &[String]| -> HashSet<String> { w.windows(3).map(|t| t.join(" ")).collect() };
        let (ta, tb) = (tri(short), tri(long));
        if ta.is_empty() {
            return Some(0.0);
        }
        let shared = ta.intersection(&tb).count() as f32 / ta.len() as f32;
        Some(if shared >= 0.6 { 0.7 } else { shared * 0.5 })
    }
}

impl PairScore for Scorer<'_> {
    fn score(&self, i: usize, j: usize) -> Option<f32> {
        if self.kinds[i] != self.kinds[j] {
            return None;
        }
        if self.kinds[i] == Kind::Quote {
            self.quote_score(i, j)
        } else {
            self.value_score(i, j)
        }
    }
}

/// Length in words of the longest run the two share. Quotes are capped in
/// length by the caller's tokenisation; this is O(|a|·|b|).
pub fn longest_common_run(a: &[String], b: &[String]) -> usize {
    let (a, b) = (&a[..a.len().min(400)], &b[..b.len().min(400)]);
    let mut prev = vec![0usize; b.len() + 1];
    let mut best = 0;
    for x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (k, y) in b.iter().enumerate() {
            if x == y {
                cur[k + 1] = prev[k] + 1;
                best = best.max(cur[k + 1]);
            }
        }
        prev = cur;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn common_run_counts_contiguous_words() {
        let a = words("i look forward to having a meeting");
        let b = words("and i look forward to meeting him");
        assert_eq!(longest_common_run(&a, &b), 4);
        assert_eq!(longest_common_run(&a, &[]), 0);
    }

    #[test]
    fn different_people_needs_someone_new_on_both_sides() {
        assert!(different_people(&[1, 2], &[1, 3]));
        assert!(!different_people(&[1, 2], &[1, 2, 3]));
        assert!(!different_people(&[], &[3]));
    }
}
