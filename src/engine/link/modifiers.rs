//! What sort of its noun's thing a count counts: the words that qualify
//! the noun ("three *intercontinental ballistic* missiles"), or for a part
//! of a count named before ("147 injured, 23 of them *seriously*") the
//! words that set the part apart from its whole.

use rust_stemmers::Stemmer;

use super::context::{ArticleTerms, Bag, Vocab};
use super::lexicon::Lexicon;
use super::tokens::Break;
use crate::engine::extract;

/// A count's qualifying terms, stemmed and sorted, and whether the count
/// is a part ("of them") that they qualify.
#[derive(Debug, Clone, Default)]
pub struct Modifiers {
    pub terms: Vec<u32>,
    pub part: bool,
    /// A part's initialism ("in the U.S."), also among `terms`; no
    /// context bag holds it.
    pub letters: Option<u32>,
}

impl Modifiers {
    /// Whether the two share a qualifying term.
    pub fn shares(&self, other: &Modifiers) -> bool {
        self.terms
            .iter()
            .any(|t| other.terms.binary_search(t).is_ok())
    }

    /// Two parts of counts set apart by different words ("nine of them
    /// firefighters", "six of them seriously") are two parts, whatever
    /// their wholes.
    pub fn other_parts(&self, other: &Modifiers) -> bool {
        self.part
            && other.part
            && !self.terms.is_empty()
            && !other.terms.is_empty()
            && !self.shares(other)
    }
}

/// Whether `part` is a part set apart by words that `whole`'s sentence
/// does not hold ("27 crashes, four of them in Britain" against "34
/// crashes"): the same part restated names what sets it apart ("640 of
/// them at Merrow" and "the Merrow plant, where 640 people work").
pub fn part_unstated(part: &Modifiers, whole: &Modifiers, bag: &Bag) -> bool {
    // Tested on every candidate pair: most counts are no part, and those
    // are answered before any term is looked at.
    if !part.part || whole.part {
        return false;
    }
    let mut named = part
        .terms
        .iter()
        .filter(|&&t| Some(t) != part.letters)
        .peekable();
    named.peek().is_some() && !named.any(|t| bag.terms.binary_search_by_key(t, |x| x.0).is_ok())
}

/// Function words a part's qualifier may open with ("23 of them *in*
/// serious condition", "four of whom *were* children").
const PART_LEAD: usize = 2;
/// Terms read for a part's qualifier.
const PART_TERMS: usize = 2;

/// Read back from the noun to the number or a function word, whichever
/// comes first; for a part, read on from "of them" to the first break.
/// The context terms leave out a mention's own words, so these are read
/// here.
pub fn count_modifiers(
    at: &ArticleTerms,
    (first, last): (usize, usize),
    lexicon: &Lexicon,
    stemmer: &Stemmer,
    vocab: &mut Vocab,
) -> Modifiers {
    let tokens = &at.tokens;
    let qualifies =
        |w: &str| !lexicon.is_stopword(w) && extract::numbers::parse_number(w).is_none();
    let part = last >= 2
        && last <= tokens.len()
        && tokens[last - 2].lower == "of"
        && extract::count::PART_PRONOUNS.contains(&tokens[last - 1].lower.as_str());
    if part {
        let (terms, letters) = part_terms(at, last, vocab);
        return Modifiers {
            terms,
            part,
            letters,
        };
    }
    let words: Vec<&str> = tokens
        .get(first + 1..last.saturating_sub(1))
        .unwrap_or_default()
        .iter()
        .rev()
        .map(|t| t.lower.as_str())
        .take_while(|w| qualifies(w))
        .collect();
    let mut terms: Vec<u32> = words
        .into_iter()
        // The letters of an initialism ("U.S.") tell nothing alone.
        .filter(|w| w.chars().count() > 1)
        .map(|w| vocab.id(&stemmer.stem(w)))
        .collect();
    terms.sort_unstable();
    terms.dedup();
    Modifiers {
        terms,
        part,
        letters: None,
    }
}

/// The terms after "of them" up to the clause's next break, past a
/// function word or two ("*in* serious condition", "*were* children"),
/// as the context bags hold them; an initialism's letters ("in the U.S.")
/// as one term of their own, which no bag holds.
fn part_terms(at: &ArticleTerms, last: usize, vocab: &mut Vocab) -> (Vec<u32>, Option<u32>) {
    let sentence = at.tokens[last - 1].sentence;
    let mut terms = Vec::new();
    let mut letters = String::new();
    for (k, j) in (last..at.tokens.len()).enumerate() {
        let t = &at.tokens[j];
        let broken = k > 0 && matches!(t.before, Break::Comma | Break::Clause);
        if t.sentence != sentence || broken || terms.len() == PART_TERMS {
            break;
        }
        match at.terms[j] {
            Some(term) => terms.push(term),
            None if t.capitalized && t.lower.chars().count() == 1 => letters.push_str(&t.lower),
            None if terms.is_empty() && letters.is_empty() && k < PART_LEAD => {}
            None => break,
        }
    }
    let letters = (!letters.is_empty()).then(|| vocab.id(&format!("#letters:{letters}")));
    terms.extend(letters);
    terms.sort_unstable();
    terms.dedup();
    (terms, letters)
}

#[cfg(test)]
mod tests {
    use super::super::context::plain_terms;
    use super::*;

    /// The modifiers of each mention of `text`, given as (number, tokens
    /// the mention spans), all read with one vocabulary, and their
    /// qualifying words.
    fn read(text: &str, mentions: &[(&str, usize)]) -> Vec<(Modifiers, Vec<String>)> {
        let lexicon = Lexicon::new();
        let stemmer = Stemmer::create(rust_stemmers::Algorithm::English);
        let mut vocab = Vocab::default();
        let at = plain_terms(text, &mut vocab);
        let mut seen: Vec<usize> = Vec::new();
        mentions
            .iter()
            .map(|&(number, len)| {
                let first = (0..at.tokens.len())
                    .find(|&k| at.tokens[k].lower == number && !seen.contains(&k))
                    .unwrap();
                seen.push(first);
                let m = count_modifiers(&at, (first, first + len), &lexicon, &stemmer, &mut vocab);
                let mut w: Vec<String> = m
                    .terms
                    .iter()
                    .map(|&t| vocab.readable(t).to_string())
                    .collect();
                w.sort();
                (m, w)
            })
            .collect()
    }

    #[test]
    fn a_part_is_qualified_by_the_words_after_it() {
        let r = read(
            "Storms injured 212, 31 of them seriously, on Friday. It has 4,100 staff, 815 of them at the Dunmore mill. Of 900 staff, 615 of them in the U.S., it said.",
            &[("31", 3), ("815", 3), ("615", 3)],
        );
        assert!(r[0].0.part);
        assert_eq!(r[0].1, ["seriously"]);
        assert_eq!(r[1].1, ["dunmore", "mill"]);
        assert!(r[2].0.letters.is_some() && r[2].0.terms.len() == 1);
    }

    #[test]
    fn a_whole_is_qualified_by_the_words_before_its_noun() {
        let r = read(
            "It fired three ballistic missiles on Friday.",
            &[("three", 3)],
        );
        assert!(!r[0].0.part);
        assert_eq!(r[0].1, ["ballistic"]);
    }

    #[test]
    fn parts_set_apart_by_other_words_are_two_parts() {
        let r = read(
            "212 injured, 31 of them seriously. 212 injured, eight of them firefighters. 212 injured, 31 of them seriously hurt.",
            &[("31", 3), ("eight", 3), ("31", 3)],
        );
        assert!(r[0].0.other_parts(&r[1].0));
        assert!(!r[0].0.other_parts(&r[2].0), "both seriously");
    }

    #[test]
    fn a_part_restated_names_what_sets_it_apart() {
        let text = "It employs 2,300 people, 640 of them at Merrow. The Merrow plant, where 640 people work, shut. Elsewhere 640 people lost their jobs.";
        let lexicon = Lexicon::new();
        let stemmer = Stemmer::create(rust_stemmers::Algorithm::English);
        let mut vocab = Vocab::default();
        let at = plain_terms(text, &mut vocab);
        let at_nth = |n: &str, nth: usize| {
            (0..at.tokens.len())
                .filter(|&k| at.tokens[k].lower == n)
                .nth(nth)
                .unwrap()
        };
        let (p, w, c) = (at_nth("640", 0), at_nth("640", 1), at_nth("640", 2));
        let part = count_modifiers(&at, (p, p + 3), &lexicon, &stemmer, &mut vocab);
        let whole = count_modifiers(&at, (w, w + 2), &lexicon, &stemmer, &mut vocab);
        let bag = |k: usize| {
            let w = super::super::context::window(&at, k, k + 2, &|_| false);
            Bag::from_map(w.bag)
        };
        assert!(!part_unstated(&part, &whole, &bag(w)), "Merrow restated");
        assert!(
            part_unstated(&part, &whole, &bag(c)),
            "not said to be Merrow's"
        );
        assert!(!part_unstated(&whole, &part, &bag(p)), "a whole is no part");
    }
}
