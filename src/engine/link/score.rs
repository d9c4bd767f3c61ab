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
    /// Sentence number within the article.
    pub sentence: u32,
    /// Context words, weighted by closeness and rarity.
    pub bag: Bag,
    /// People named in the sentence (interned "@Name" terms).
    pub persons: Vec<u32>,
    /// The term of the thing measured, when the extractor saw it.
    pub cue: Option<u32>,
    /// The nearest event noun ("~call", "~killed"), when one is close.
    pub event: Option<u32>,
}

pub struct Scorer<'a> {
    pub kinds: &'a [Kind],
    pub values: &'a [Value],
    pub ctx: &'a [MentionCtx],
    /// For quotes: the normalised words of each mention (empty otherwise).
    pub quote_words: &'a [Vec<String>],
    /// Speaker term of each quote, when known.
    pub speakers: &'a [Option<u32>],
    /// For quotes: the stemmed content words, sorted and deduplicated.
    pub quote_terms: &'a [Vec<u32>],
    /// Pairs (lower index first) where one value restates the other in
    /// brackets: "18 km (11 miles)", "7:37 a.m. (0437 GMT)".
    pub restated: &'a HashSet<(usize, usize)>,
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

/// How much to keep of a score when the people differ. Sharing one actor
/// but naming different counterparts ("Sheinbaum's call with Trump" vs
/// "Petro's call with Trump") is a different interaction of that actor;
/// wholly different names are often just different attributions ("Petro
/// said…" / "Trump said…"), so they weigh less.
fn people_factor(a: &[u32], b: &[u32]) -> f32 {
    if !different_people(a, b) {
        1.0
    } else if a.iter().any(|p| b.contains(p)) {
        0.2
    } else {
        0.5
    }
}

impl Scorer<'_> {
    fn value_score(&self, i: usize, j: usize) -> Option<f32> {
        if self.restated.contains(&(i.min(j), i.max(j))) {
            return Some(1.0);
        }
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
        // Two values of one kind in one sentence are a list, a range or a
        // comparison: different facts.
        if a.article == b.article && a.sentence == b.sentence {
            return None;
        }
        let mut s = a.bag.cosine(&b.bag);
        // "31 dead" and "24 people killed": the casualty word is the noun in
        // one and the verb in the other.
        let crossed = a.cue.is_some() && (a.cue == b.event || b.cue == a.event);
        let same_thing = match (a.cue, b.cue) {
            (Some(x), Some(y)) => Some(x == y || crossed),
            _ => None,
        };
        match same_thing {
            Some(true) => s += 0.15,
            // Outlets name the counted thing differently ("workers",
            // "employees", "miners"), so a different noun only weakens…
            Some(false) if self.kinds[i] == Kind::Count => s *= 0.5,
            // …but a measure of a different thing ("a 72-hour ultimatum",
            // "a three-hour meeting") is another fact.
            Some(false) => s *= 0.3,
            None => {}
        }
        match (a.event, b.event) {
            (Some(x), Some(y)) if x == y && same_thing != Some(false) => s += 0.15,
            // A value near "arrived" and one near "meeting", or "killed"
            // and "injured", are about different events, however alike
            // their sentences.
            (Some(x), Some(y)) if x != y && !crossed => s *= 0.4,
            _ => {}
        }
        // "Last week" with no publication date to resolve it fits any date,
        // which is no evidence either way.
        let compat =
            compat.filter(|_| informative(&self.values[i]) && informative(&self.values[j]));
        match compat {
            Some(true) => s += 0.05 + 0.15 * specificity(&self.values[i], &self.values[j]),
            Some(false) => s -= 0.15,
            None => {}
        }
        s *= people_factor(&a.persons, &b.persons);
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
        if self.speakers[i].is_some()
            && self.speakers[i] == self.speakers[j]
            && paraphrase(&self.quote_terms[i], &self.quote_terms[j])
        {
            return Some(0.6);
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

/// Whether a value says anything a comparison could use.
fn informative(v: &Value) -> bool {
    match v {
        Value::Date(d) => {
            d.start.is_some()
                || d.year.is_some()
                || d.month.is_some()
                || d.day.is_some()
                || d.weekday.is_some()
        }
        _ => true,
    }
}

/// How telling it is that two compatible values agree, in [0, 1]: two
/// reports naming the same day are more likely about one event than two
/// reports naming the same year; "24" and "24" more than "dozens" and
/// "at least 20".
fn specificity(a: &Value, b: &Value) -> f32 {
    match (a, b) {
        (Value::Date(x), Value::Date(y)) => {
            let one = |d: &crate::engine::model::DateValue| -> f32 {
                use crate::engine::model::Granularity::*;
                let resolved = d.start.is_some();
                match d.granularity {
                    Day if resolved || (d.month.is_some() && d.day.is_some()) => 1.0,
                    Day => 0.5,
                    Week => 0.6,
                    Month => 0.3,
                    Year => 0.1,
                }
            };
            one(x).min(one(y))
        }
        _ => {
            let exact = |v: &Value| match v {
                Value::Duration { seconds: i, .. }
                | Value::Quantity { amount: i, .. }
                | Value::Money { amount: i, .. }
                | Value::Count { amount: i, .. }
                | Value::Percent { amount: i } => {
                    i.lo.is_finite() && i.hi.is_finite() && i.hi - i.lo <= i.lo.abs() * 0.02
                }
                Value::Time { .. } => true,
                _ => false,
            };
            if exact(a) && exact(b) { 0.8 } else { 0.4 }
        }
    }
}

/// Whether two quotes by one speaker say the same thing in other words
/// ("We are still hearing voices under the rubble" / "We can still hear
/// voices beneath the rubble"): most content words of the shorter appear in
/// the longer, and the longer is not a much longer statement that merely
/// touches the same subjects.
fn paraphrase(a: &[u32], b: &[u32]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 3 || long.len() > 2 * short.len() {
        return false;
    }
    let shared = short
        .iter()
        .filter(|t| long.binary_search(t).is_ok())
        .count();
    shared * 4 >= short.len() * 3
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
    fn paraphrase_needs_shared_words_and_similar_length() {
        assert!(paraphrase(&[1, 2, 3, 4], &[1, 2, 3, 4, 5, 6]));
        assert!(!paraphrase(&[1, 2, 3, 4], &[1, 2, 7, 8]), "half shared");
        assert!(
            !paraphrase(&[1, 2, 3], &[1, 2, 3, 4, 5, 6, 7, 8, 9]),
            "much longer"
        );
        assert!(!paraphrase(&[1, 2], &[1, 2]), "too short to tell");
    }

    #[test]
    fn common_run_counts_contiguous_words() {
        let a = words("i look forward to having a meeting");
        let b = words("and i look forward to meeting him");
        assert_eq!(longest_common_run(&a, &b), 4);
        assert_eq!(longest_common_run(&a, &[]), 0);
    }

    #[test]
    fn shared_actor_with_other_counterpart_weighs_most() {
        assert!(people_factor(&[1, 2], &[1, 3]) < people_factor(&[2], &[3]));
        assert_eq!(people_factor(&[1, 2], &[2, 1]), 1.0);
    }

    #[test]
    fn different_people_needs_someone_new_on_both_sides() {
        assert!(different_people(&[1, 2], &[1, 3]));
        assert!(!different_people(&[1, 2], &[1, 2, 3]));
        assert!(!different_people(&[], &[3]));
    }
}
