//! Whose age a stated age is. An age belongs to one person: "Brill, who
//! died last year, also aged 88" is not the age of "the 88-year-old
//! novelist" the story is about, however alike the number. The sentence's
//! people alone cannot tell them apart when one sentence names no one
//! ("The 88-year-old had been in fragile health") or names both ("Vask's
//! rival Anton Brill, who died aged 88").

use super::context::ArticleTerms;
use super::facts::Mention;
use super::tokens::first_token_at;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;

/// For each mention, whose age it is (`None` for other kinds, or when no
/// one can be told).
pub fn owners(corpus: &Corpus, mentions: &[Mention], terms: &[ArticleTerms]) -> Vec<Option<u32>> {
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text;
            if m.kind != Kind::Age || of_an_age_limit(text, m.span.start) {
                return None;
            }
            let at = &terms[m.article];
            let first = first_token_at(&at.tokens, m.span.start);
            owner(at, text, first)
        })
        .collect()
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

/// The person an age at token `first` belongs to: the nearest person named
/// before it in its sentence who is not a possessor ("Vask's daughter,
/// 61" is the daughter's); else the first named after it ("Aged 61, Marta
/// Oskarsen …"); else, for an age in a sentence that names no one ("said
/// the 58-year-old"), the last person named in the sentences just before.
pub fn owner(at: &ArticleTerms, text: &str, first: usize) -> Option<u32> {
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
    let named = |k: usize| person_at(k).filter(|_| !possessor(k));
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
        .filter(|&k| at.tokens[k].sentence == sentence && !at.tokens[k].capitalized);
    let referring = noun.is_some()
        && first
            .checked_sub(1)
            .filter(|&k| at.tokens[k].sentence == sentence)
            .is_some_and(|k| text[at.tokens[k].span.clone()].eq_ignore_ascii_case("the"));
    let after = (first..at.tokens.len())
        .take_while(|&k| at.tokens[k].sentence == sentence)
        .find_map(|k| named(k).map(|id| (k, id)))
        .filter(|&(k, _)| !referring || noun.is_some_and(|n| k == n + 1))
        .map(|(_, id)| id);
    if after.is_some() || (!referring && at.persons.get(&sentence).is_some_and(|p| !p.is_empty())) {
        return after;
    }
    (0..first)
        .rev()
        .take_while(|&k| at.tokens[k].sentence + REFERENT_SENTENCES >= sentence)
        .find_map(named)
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
