//! How surely a context word names what a fact measures, for its label
//! (see `label::subject`).

use super::context::{ArticleTerms, Vocab};
use crate::engine::extract::quantity::units;
use crate::engine::wordnet::Lexicon as WordNet;

/// The naming weight of a noun that is also an adjective.
const ALSO_ADJECTIVE: f32 = 0.4;
/// The naming weight of a verb, which names its fact through the noun of
/// what it does ("resigned" → resignation): less surely than a noun, since
/// the clause's verb is as often the reporting of the fact as the fact.
const VERB: f32 = 0.4;

/// How a term may name a fact: its weight, and the word the label shows
/// when that is not the term's own (a verb's noun).
pub type Naming = (f32, Option<&'static str>);

/// Per vocabulary term so far: 1 for a plain noun ("missile") or a
/// synonym group, less for a noun that is also an adjective ("local",
/// "national", "official") or a verb WordNet derives an act or event noun
/// from ("resigned" names a resignation), 0 for what names no thing or is
/// rarely used as a noun ("federal", "though"), and 0 for a word the
/// articles write as a name ("a package for Clapper", "Mike"), whatever
/// WordNet says the common noun means.
pub fn naming_weights(vocab: &Vocab, wordnet: &WordNet, articles: &[ArticleTerms]) -> Vec<Naming> {
    let names = written_as_names(vocab.words.len(), articles);
    (0..vocab.words.len() as u32)
        .map(|t| {
            let word = vocab.readable(t);
            // A synonym group is named by its word; a person, a place or a
            // time is who or when, not what is measured.
            if word.starts_with('~') {
                (1.0, None)
            } else if word.starts_with(['@', '#'])
                || names[t as usize]
                || units::lookup_unit(&word).is_some()
            {
                // A unit ("inches", "km") says how a thing is measured,
                // not which thing.
                (0.0, None)
            } else if !wordnet.is_noun_form(&word) || wordnet.rarely_a_noun(&word) {
                match wordnet.nominal(&word) {
                    Some(noun) => (VERB, Some(noun)),
                    None => (0.0, None),
                }
            } else if wordnet.is_plain_noun(&word) {
                (1.0, None)
            } else {
                (ALSO_ADJECTIVE, None)
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

    /// How each of `words` names a fact after reading `texts`.
    fn namings(texts: &[&str], words: &[&str]) -> Vec<Naming> {
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

    /// Naming weights of `words` after reading `texts`.
    fn weights(texts: &[&str], words: &[&str]) -> Vec<f32> {
        namings(texts, words).into_iter().map(|n| n.0).collect()
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
    fn a_word_rarely_used_as_a_noun_never_names_a_fact_itself() {
        // Adjectives with a rare noun sense name nothing.
        let texts = ["The parcel reached the federal agency and a former national office."];
        assert_eq!(
            weights(
                &texts,
                &["parcel", "agency", "federal", "former", "national"]
            ),
            vec![1.0, 1.0, 0.0, 0.0, 0.0]
        );
        // A verb names a fact only through the noun of what it does.
        let comes = namings(&["The parcel comes later."], &["comes"]);
        assert_eq!(comes, vec![(VERB, Some("coming"))]);
    }

    #[test]
    fn a_verb_names_a_fact_through_its_noun_less_surely_than_a_noun() {
        let texts = ["The envoy resigned after the parcel came."];
        assert_eq!(
            namings(&texts, &["resigned", "parcel"]),
            vec![(VERB, Some("resignation")), (1.0, None)]
        );
        const { assert!(VERB < 1.0) };
    }
}
