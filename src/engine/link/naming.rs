//! How surely a context word names what a fact measures, for its label
//! (see `label::subject`).

use super::context::{ArticleTerms, Vocab};
use crate::engine::wordnet::Lexicon as WordNet;

/// The naming weight of a noun that is also an adjective.
const ALSO_ADJECTIVE: f32 = 0.4;

/// Per vocabulary term so far: 1 for a plain noun ("missile") or a
/// synonym group, less for a noun that is also an adjective ("local",
/// "national", "official"), 0 for what names no thing or is rarely used
/// as a noun ("comes", "helping"), and 0 for a word
/// the articles write as a name ("a package for Clapper", "Mike"), whatever
/// WordNet says the common noun means.
pub fn naming_weights(vocab: &Vocab, wordnet: &WordNet, articles: &[ArticleTerms]) -> Vec<f32> {
    let names = written_as_names(vocab.words.len(), articles);
    (0..vocab.words.len() as u32)
        .map(|t| {
            let word = vocab.readable(t);
            // A synonym group is named by its word; a person, a place or a
            // time is who or when, not what is measured.
            if word.starts_with('~') {
                1.0
            } else if word.starts_with(['@', '#'])
                || names[t as usize]
                || !wordnet.is_noun_form(&word)
                || wordnet.rarely_a_noun(&word)
            {
                0.0
            } else if wordnet.is_plain_noun(&word) {
                1.0
            } else {
                ALSO_ADJECTIVE
            }
        })
        .collect()
}

/// Per term: whether the articles write it as a name: capitalised in
/// most of its uses inside a sentence, or never in lowercase (a first
/// name seen only at a sentence's start or in a headline).
fn written_as_names(terms: usize, articles: &[ArticleTerms]) -> Vec<bool> {
    // (lowercase uses, capitalised uses not first in their sentence)
    let mut counts = vec![(0u32, 0u32); terms];
    for at in articles {
        for (j, (token, term)) in at.tokens.iter().zip(&at.terms).enumerate() {
            let Some(t) = term else { continue };
            let c = &mut counts[*t as usize];
            if !token.capitalized {
                c.0 += 1;
            } else if j > 0 && at.tokens[j - 1].sentence == token.sentence {
                c.1 += 1;
            }
        }
    }
    counts
        .iter()
        .map(|&(low, caps)| low == 0 || caps > low)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::context::plain_terms;
    use super::*;

    /// Naming weights of `words` after reading `texts`.
    fn weights(texts: &[&str], words: &[&str]) -> Vec<f32> {
        let mut vocab = Vocab::default();
        let articles: Vec<ArticleTerms> =
            texts.iter().map(|t| plain_terms(t, &mut vocab)).collect();
        let naming = naming_weights(&vocab, &WordNet::embedded(), &articles);
        words
            .iter()
            .map(|x| {
                let t = (0..vocab.words.len() as u32)
                    .find(|&t| vocab.readable(t) == *x)
                    .unwrap_or_else(|| panic!("{x} is a term"));
                naming[t as usize]
            })
            .collect()
    }

    #[test]
    fn a_common_noun_written_capitalised_inside_sentences_is_a_name() {
        let texts = [
            "Postal workers stopped a parcel for Baker on Friday.",
            "Speaking later, Baker said the parcel held wires.",
        ];
        assert_eq!(weights(&texts, &["baker", "parcel"]), vec![0.0, 1.0]);
        // The same noun in lowercase names a thing.
        let texts = ["The baker said the parcel held wires."];
        assert_eq!(weights(&texts, &["baker"]), vec![1.0]);
    }

    #[test]
    fn a_word_never_written_in_lowercase_is_a_name() {
        let texts = ["Rose left early.", "Nobody saw the parcel."];
        assert_eq!(weights(&texts, &["rose", "parcel"]), vec![0.0, 1.0]);
    }

    #[test]
    fn a_word_rarely_used_as_a_noun_never_names_a_fact() {
        let texts = ["The parcel comes after weeks of helping the federal agency."];
        assert_eq!(
            weights(&texts, &["parcel", "agency", "comes", "helping", "federal"]),
            vec![1.0, 1.0, 0.0, 0.0, 0.0]
        );
    }
}
