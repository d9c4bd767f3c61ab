//! Who a figure is of. "The U.S. pays about $310 million a year toward
//! the station" and "Estmark pays around 410 million norvins a year" are
//! each country's share, not rival figures for one; nor is "Kingsmere
//! have won 11 trophies" disputed by "Brandreth has won seven". A clash
//! between two figures whose clauses are about different named actors is
//! two facts.
//!
//! The actor is the first name of the value's clause before the value
//! that is no preposition's object ("trade with Valdoria", "in Harlow
//! Bay", "bought by Orvana" name what the clause is about, not who acts),
//! read from the last reporting verb on: in "Police said Orvana paid €5bn"
//! the police are the source, Orvana the actor.

use std::collections::HashSet;

use rustc_hash::FxHashMap;

use super::context::ArticleTerms;
use super::facts::Mention;
use super::lexicon::Lexicon;
use super::tokens::{Break, first_token_at};
use crate::engine::load::Corpus;
use crate::engine::model::{Kind, Value};
use crate::engine::wordnet::Lexicon as WordNet;
use crate::engine::words::entries;

const PREPOSITIONS: &str = include_str!("../../../assets/words/prepositions.txt");

/// A value's actor and the names its sentence holds, each as the ids of
/// its words: "Vessmark", "Vessmark Automotive" and "Carmaker Vessmark"
/// are one company, however the name finder drew their bounds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Actor {
    pub name: Vec<u32>,
    /// The words of every name of the sentence, before the value or
    /// after it.
    pub sentence_names: Vec<u32>,
}

/// Whether two clashing values are of different actors: each clause
/// names one, they share no word, and neither sentence names the other's
/// actor anywhere ("Brandreth has won seven trophies, none at Kingsmere"
/// may still be about Kingsmere's).
pub fn differ(a: &Actor, b: &Actor) -> bool {
    let meets = |x: &[u32], y: &[u32]| x.iter().any(|w| y.contains(w));
    !a.name.is_empty()
        && !b.name.is_empty()
        && !meets(&a.name, &b.sentence_names)
        && !meets(&b.name, &a.sentence_names)
}

/// For each mention, its actor (empty for names, quotes and ages: a
/// quote has its speaker, an age its owner).
pub fn actors(
    corpus: &Corpus,
    mentions: &[Mention],
    terms: &[ArticleTerms],
    lexicon: &Lexicon,
    wordnet: &WordNet,
) -> Vec<Actor> {
    let prepositions: HashSet<&str> = entries(PREPOSITIONS).collect();
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut out = Vec::with_capacity(mentions.len());
    let mut from = 0;
    while from < mentions.len() {
        let article = mentions[from].article;
        let to = from + mentions[from..].partition_point(|m| m.article == article);
        let own = &mentions[from..to];
        let at = &terms[article];
        let text = &corpus.articles[article].text;
        let names = names_of(own, at, &mut ids);
        for m in own {
            out.push(if matters(m.kind) {
                let first = first_token_at(&at.tokens, m.span.start);
                actor(at, (text, first), &names, lexicon, &prepositions, wordnet)
            } else {
                Actor::default()
            });
        }
        from = to;
    }
    out
}

fn matters(kind: Kind) -> bool {
    !kind.is_entity() && !matches!(kind, Kind::Quote | Kind::Age)
}

/// A name in an article: its first and last token and its words' ids.
struct Name {
    first: usize,
    last: usize,
    words: Vec<u32>,
}

/// The article's names in text order.
fn names_of(own: &[Mention], at: &ArticleTerms, ids: &mut FxHashMap<String, u32>) -> Vec<Name> {
    let mut id = |w: &str| {
        let next = ids.len() as u32;
        *ids.entry(w.to_lowercase()).or_insert(next)
    };
    let mut names: Vec<Name> = Vec::new();
    for m in own.iter().filter(|m| m.kind.is_entity()) {
        let Value::Entity { canonical } = &m.value else {
            continue;
        };
        let first = first_token_at(&at.tokens, m.span.start);
        let last = first_token_at(&at.tokens, m.span.end)
            .saturating_sub(1)
            .max(first);
        let words = canonical
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(&mut id)
            .collect();
        names.push(Name { first, last, words });
    }
    names.sort_unstable_by_key(|n| n.first);
    names
}

/// The actor of the value at token `first`, among the article's `names`.
fn actor(
    at: &ArticleTerms,
    (text, first): (&str, usize),
    names: &[Name],
    lexicon: &Lexicon,
    prepositions: &HashSet<&str>,
    wordnet: &WordNet,
) -> Actor {
    let Some(sentence) = at.tokens.get(first).map(|t| t.sentence) else {
        return Actor::default();
    };
    let in_sentence = |k: usize| at.tokens[k].sentence == sentence;
    let start = (0..first)
        .rev()
        .take_while(|&k| in_sentence(k))
        .find(|&k| lexicon.is_reporting_verb(&at.tokens[k].lower))
        .map_or_else(
            || {
                (0..first)
                    .rev()
                    .take_while(|&k| in_sentence(k))
                    .last()
                    .unwrap_or(first)
            },
            |k| k + 1,
        );
    let lo = names.partition_point(|n| n.first < start);
    let name = names[lo..]
        .iter()
        .take_while(|n| n.first < first)
        .find(|n| {
            !object_of_preposition(at, n.first, prepositions)
                && acts(at, text, (n.first, n.last), start, wordnet)
        })
        .map(|n| n.words.clone())
        .unwrap_or_default();
    let mut sentence_names: Vec<u32> = names
        .iter()
        .filter(|n| n.first < at.tokens.len() && in_sentence(n.first))
        .flat_map(|n| n.words.iter().copied())
        .collect();
    sentence_names.sort_unstable();
    sentence_names.dedup();
    Actor {
        name,
        sentence_names,
    }
}

/// Whether the name at tokens `k..=last` can be who acts in a clause
/// that starts at token `start`: it opens the clause ("The U.S. pays",
/// "Corrane scored"), owns something ("Britain's own trade"), stands
/// before an aside ("Brandreth, 52, has won") or before a word that is no
/// noun ("Brenntal to buy"). A name before a noun mid-clause modifies it
/// ("to buy US rival Corvane").
fn acts(
    at: &ArticleTerms,
    text: &str,
    (k, last): (usize, usize),
    start: usize,
    wordnet: &WordNet,
) -> bool {
    let tokens = &at.tokens;
    let sentence = tokens[k].sentence;
    // Past "the", the name may open the sentence, the part after the
    // reporting verb, or a clause after a break ("Under the 2019 deal,
    // Orvana pays"); after "a" it modifies a noun ("a Vessmark plant").
    let mut first = k;
    while first > start && tokens[first - 1].lower == "the" {
        first -= 1;
    }
    let opens = first == start || tokens[first].before != Break::None;
    let written = &text[tokens[last].span.clone()];
    let owns = written.ends_with("'s") || written.ends_with("’s");
    let aside = text[tokens[last].span.end..].trim_start().starts_with(',');
    let before_no_noun = tokens.get(last + 1).is_some_and(|t| {
        t.sentence == sentence
            && !t.capitalized
            && t.before == Break::None
            && t.lower.chars().all(char::is_alphabetic)
            && !wordnet.is_noun_form(&t.lower)
    });
    opens || owns || aside || before_no_noun
}

/// Whether the name at token `k` follows a preposition, past an article
/// ("with the Blue Line").
fn object_of_preposition(at: &ArticleTerms, k: usize, prepositions: &HashSet<&str>) -> bool {
    let sentence = at.tokens[k].sentence;
    let mut j = k;
    while j > 0 && at.tokens[j - 1].sentence == sentence {
        j -= 1;
        let w = at.tokens[j].lower.as_str();
        if matches!(w, "the" | "a" | "an") {
            continue;
        }
        return prepositions.contains(w);
    }
    false
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_prepositions_list_is_well_formed() {
        crate::engine::words::assert_well_formed(super::PREPOSITIONS, &["with", "in", "by", "of"]);
    }
}
