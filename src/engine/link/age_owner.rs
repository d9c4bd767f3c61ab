//! Whose age a stated age is. An age belongs to one person: "Brill, who
//! died last year, also aged 88" is not the age of "the 88-year-old
//! novelist" the story is about, however alike the number. The sentence's
//! people alone cannot tell them apart when one sentence names no one
//! ("The 88-year-old had been in fragile health") or names both ("Vask's
//! rival Anton Brill, who died aged 88").

use std::collections::HashSet;

use super::context::ArticleTerms;
use super::facts::Mention;
use super::tokens::first_token_at;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;
use crate::engine::wordnet::Lexicon as WordNet;

/// Whose an age is: the person's family name (an id of the vocabulary,
/// as people meet across outlets on it) and the first letter of the given
/// name where the owner is named in full. "Derek Holt, 78" and "Maren
/// Holt, 44" are two people; "Jim Mattis" and "James Mattis" one.
/// A thing's age ("the 59-year-old bridge") has an owner too, only no
/// name: it is no person's age, whoever the sentences around name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Owner {
    pub family: u32,
    pub given: Option<char>,
    pub thing: bool,
}

impl Owner {
    /// The owner of a thing's age.
    const THING: Owner = Owner {
        family: u32::MAX,
        given: None,
        thing: true,
    };

    /// Whether the two are surely different people (another family name,
    /// or one family name with given names that begin differently), or a
    /// person and a thing.
    pub fn differs(&self, other: &Owner) -> bool {
        if self.thing || other.thing {
            return self.thing != other.thing;
        }
        self.family != other.family
            || matches!((self.given, other.given), (Some(a), Some(b)) if a != b)
    }

    /// Whether this is a person's age.
    pub fn is_person(&self) -> bool {
        !self.thing
    }
}

/// For each mention, whose age it is (`None` for other kinds, or when no
/// one can be told).
pub fn owners(
    corpus: &Corpus,
    mentions: &[Mention],
    terms: &[ArticleTerms],
    wordnet: &WordNet,
) -> Vec<Option<Owner>> {
    let honorifics: HashSet<&str> =
        crate::engine::words::entries(include_str!("../../../assets/words/honorifics.txt"))
            .collect();
    let pronouns: HashSet<&str> =
        crate::engine::words::entries(include_str!("../../../assets/words/subject_pronouns.txt"))
            .collect();
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text;
            // "in their 70s" is a group's age, not one person's.
            let of_a_group = text[m.span.clone()]
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.eq_ignore_ascii_case("their"));
            if m.kind != Kind::Age || of_a_group || of_an_age_limit(text, m.span.start) {
                return None;
            }
            let at = &terms[m.article];
            let first = first_token_at(&at.tokens, m.span.start);
            Some(match owner(at, text, first, (&pronouns, wordnet))? {
                Referent::Thing => Owner::THING,
                Referent::Person { token, family } => Owner {
                    family,
                    given: given_initial(at, text, token, &honorifics),
                    thing: false,
                },
            })
        })
        .collect()
}

/// The first letter of the given name of the person named from token `k`
/// (where a name's id sits): the word of the name just before the family
/// name, read past initials ("James N. Mattis"), honorifics and suffixes.
/// A title the name opens on ("Pilot Tomas Reinholt") stands before it.
fn given_initial(
    at: &ArticleTerms,
    text: &str,
    k: usize,
    honorifics: &HashSet<&str>,
) -> Option<char> {
    let sentence = at.tokens[k].sentence;
    let rest = (k + 1..at.tokens.len()).take_while(|&j| {
        at.terms[j].is_none() && at.tokens[j].capitalized && at.tokens[j].sentence == sentence
    });
    let mut words: Vec<&str> = std::iter::once(k)
        .chain(rest)
        .map(|j| &text[at.tokens[j].span.clone()])
        .collect();
    while words.last().is_some_and(|w| {
        matches!(
            w.trim_end_matches('.').to_ascii_lowercase().as_str(),
            "jr" | "sr" | "ii" | "iii" | "iv"
        )
    }) {
        words.pop();
    }
    words.pop()?;
    let given = words
        .iter()
        .rev()
        .find(|w| w.chars().count() >= 2 && !w.ends_with('.') && !honorifics.contains(**w))?;
    given.chars().next().map(|c| c.to_ascii_uppercase())
}

/// Whether the age at byte `start` is a rule's, not a person's: "the
/// retirement age of 62", "the pension age from 62 to 64".
fn of_an_age_limit(text: &str, start: usize) -> bool {
    let from = text.floor_char_boundary(start.saturating_sub(AGE_LIMIT_REACH));
    text[from..start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("age"))
}

/// Bytes before an age within which "age" names the age a rule sets
/// ("age from 62 to 64").
const AGE_LIMIT_REACH: usize = 16;

/// Sentences back an age said of no one named ("said the 58-year-old")
/// may look for the person it refers to.
const REFERENT_SENTENCES: u32 = 2;

/// What an age refers to: a person named at a token (where the name's id
/// sits), or a thing.
pub enum Referent {
    Person { token: usize, family: u32 },
    Thing,
}

/// The person an age at token `first` belongs to: the nearest person named
/// before it in its sentence who is not a possessor ("Vask's daughter,
/// 61" is the daughter's); else the first named after it ("Aged 61, Marta
/// Oskarsen …"); else, for an age in a sentence that names no one but
/// refers to someone before it ("said the 58-year-old", "she was 58"), the last
/// person named in the sentences just before. "The oldest whale was about
/// 46" refers to no one, and "the 59-year-old bridge" to a thing.
pub fn owner(
    at: &ArticleTerms,
    text: &str,
    first: usize,
    (pronouns, wordnet): (&HashSet<&str>, &WordNet),
) -> Option<Referent> {
    let sentence = at.tokens.get(first)?.sentence;
    let person_at = |k: usize| {
        let listed = at.persons.get(&at.tokens[k].sentence);
        at.terms[k].filter(|id| listed.is_some_and(|p| p.contains(id)))
    };
    let possessive = |k: usize| {
        let w = &text[at.tokens[k].span.clone()];
        w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
    };
    // A name's id sits on its first word and a possessive on its last:
    // the words after the first that are no term of their own are the
    // rest of the name.
    let possessor = |k: usize| {
        possessive(k)
            || (k + 1..at.tokens.len())
                .take_while(|&j| at.terms[j].is_none() && at.tokens[j].capitalized)
                .any(possessive)
    };
    let named = |k: usize| {
        person_at(k)
            .filter(|_| !possessor(k))
            .map(|family| Referent::Person { token: k, family })
    };
    let before = (0..first)
        .rev()
        .take_while(|&k| at.tokens[k].sentence == sentence)
        .find_map(named);
    if before.is_some() {
        return before;
    }
    // "The 23-year-old striker swept Mestre's cross in": an age after "the"
    // and before a common noun is said of someone already named; a name
    // later in its sentence is whom that person acted on. "The
    // 76-year-old Pelosi" names its owner.
    // "The 54-year-old driver, Anton Rask, was…" names him at once.
    let noun = (first + 1..at.tokens.len())
        .find(|&k| {
            let w = at.tokens[k].lower.as_str();
            !matches!(w, "year" | "years" | "old") && !w.chars().all(|c| c.is_ascii_digit())
        })
        .filter(|&k| {
            // "The 19-year-old Estranian" refers as "the striker" does;
            // "The 76-year-old Pelosi" names.
            at.tokens[k].sentence == sentence
                && (!at.tokens[k].capitalized || person_at(k).is_none())
        });
    let referring = noun.is_some()
        && first
            .checked_sub(1)
            .filter(|&k| at.tokens[k].sentence == sentence)
            .is_some_and(|k| text[at.tokens[k].span.clone()].eq_ignore_ascii_case("the"));
    // "The nearly 60-year-old dam": a thing's age, whoever the sentence
    // before named.
    if let Some(k) = noun.filter(|_| referring)
        && thing_named(at, k, person_at, wordnet)
    {
        return Some(Referent::Thing);
    }
    let after = (first..at.tokens.len())
        .take_while(|&k| at.tokens[k].sentence == sentence)
        .find_map(named)
        .filter(|r| {
            !referring
                || matches!(r, Referent::Person { token, .. } if noun.is_some_and(|n| *token == n + 1))
        });
    if after.is_some() || (!referring && at.persons.get(&sentence).is_some_and(|p| !p.is_empty())) {
        return after;
    }
    let pronoun = (0..first)
        .rev()
        .take_while(|&k| at.tokens[k].sentence == sentence)
        .any(|k| pronouns.contains(at.tokens[k].lower.as_str()));
    if !referring && !pronoun {
        return None;
    }
    (0..first)
        .rev()
        .take_while(|&k| at.tokens[k].sentence + REFERENT_SENTENCES >= sentence)
        .find_map(named)
}

/// Whether the words at token `k`, right after an age, name a thing it
/// is the age of: a common noun WordNet never reads as a being in its
/// first senses ("the 59-year-old dam"), maybe after a place's name that
/// WordNet does not know, where the noun phrase ends ("the 10-year-old
/// Dornholm plant, which"). "The 57-year-old promised" has no noun (the
/// age is the person acting), "The 58-year-old, a former mediator" an
/// aside, and "The 46-year-old Ms Lindqvar", "the 19-year-old Estranian"
/// or "the 19-year-old Estranian beat Calloway" a person.
fn thing_named(
    at: &ArticleTerms,
    k: usize,
    person_at: impl Fn(usize) -> Option<u32>,
    wordnet: &WordNet,
) -> bool {
    let joined = |j: usize| {
        at.tokens.get(j).is_some_and(|t| {
            t.before == super::tokens::Break::None && t.sentence == at.tokens[k].sentence
        })
    };
    let thing = |j: usize| {
        let t = &at.tokens[j];
        at.terms[j].is_some()
            && !t.capitalized
            && wordnet.is_noun_form(&t.lower)
            && wordnet
                .noun_classes(&t.lower)
                .is_some_and(|c| !c.split(',').any(|c| c == "being"))
    };
    if !joined(k) {
        return false;
    }
    if !at.tokens[k].capitalized {
        return thing(k);
    }
    let place = person_at(k).is_none() && wordnet.noun_classes(&at.tokens[k].lower).is_none();
    let ends = |j: usize| !joined(j) || at.terms[j].is_none();
    place && joined(k + 1) && thing(k + 1) && ends(k + 2)
}

#[cfg(test)]
mod tests {
    use super::of_an_age_limit;

    #[test]
    fn an_age_a_rule_sets_is_no_one_s() {
        let at = |text: &str, n: &str| of_an_age_limit(text, text.find(n).unwrap());
        assert!(at("raising the retirement age from 62 to 64", "64"));
        assert!(at("a pension age of 62 is low", "62"));
        assert!(!at("Ilse Marrow, 62, said", "62"));
        assert!(!at("the minister, aged 62, said", "62"));
    }
}
