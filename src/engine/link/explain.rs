//! The evidence behind links, for `crossread facts --explain`.

use super::context::Vocab;
use super::score::MentionCtx;

/// Why mentions were linked: each mention's context and every scored pair.
#[derive(Debug, Clone, Default)]
pub struct Explanation {
    /// Per mention: its strongest context words with weights, the people in
    /// its sentence, and its event noun.
    pub contexts: Vec<MentionTrace>,
    /// Every candidate pair that was scored, as mention indices.
    pub pairs: Vec<(usize, usize, f32)>,
}

#[derive(Debug, Clone, Default)]
pub struct MentionTrace {
    pub words: Vec<(String, f32)>,
    pub people: Vec<String>,
    pub event: Option<String>,
    /// What it measures or dates: its counted noun ("people"), the noun a
    /// date modifies ("deadline"), or a synonym group ("~call").
    pub about: Option<String>,
    /// The other time its clause is set at ("#at2011", "#past").
    pub anchor: Option<String>,
}

/// A mention's strongest context words, people and event, readable.
pub(super) fn trace(c: &MentionCtx, vocab: &Vocab) -> MentionTrace {
    let mut words = c.bag.terms.clone();
    words.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
    MentionTrace {
        words: words
            .iter()
            .take(10)
            .map(|&(t, w)| (vocab.words[t as usize].clone(), w))
            .collect(),
        people: c
            .persons
            .iter()
            .map(|&p| vocab.words[p as usize].clone())
            .collect(),
        event: c.event.map(|e| vocab.words[e as usize].clone()),
        about: c.cue.map(|e| vocab.readable(e)),
        anchor: c.anchor.map(|e| vocab.words[e as usize].clone()),
    }
}
