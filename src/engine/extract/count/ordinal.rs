//! Ordinals that count what came before: "her eighth term", "for the
//! fourth time", "the 11th round" are the eighth, fourth and eleventh of
//! their kind, so two outlets' "eighth term" agree and "seventh term"
//! would not. A rank is read alike: "the No. 2 job" is the second.

use regex::Regex;

use super::fraction::Fractions;
use super::{Interval, count};
use crate::engine::extract::quantity::units;
use crate::engine::model::Extracted;
use crate::engine::wordnet::Lexicon as WordNet;

/// The ordinal words of the fraction table ("third" … "tenth"), written
/// ordinals ("11th") and ranks ("No. 2"), each followed by a lowercase
/// word.
pub(super) fn pattern(fractions: &Fractions) -> Regex {
    let mut words: Vec<&str> = fractions.ordinal_words().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    units::compile(&format!(
        r"(?-u:\b)(?P<ord>{}|[0-9]{{1,3}}(?:st|nd|rd|th)|No\. ?[1-9][0-9]?) (?P<noun>[a-z]{{3,}})(?-u:\b)",
        words.join("|")
    ))
}

/// "eighth term" and the like, where what follows is a plain noun.
pub(super) fn ordinals(
    re: &Regex,
    fractions: &Fractions,
    wordnet: &WordNet,
    text: &str,
) -> Vec<Extracted> {
    re.captures_iter(text)
        .filter_map(|c| {
            let (whole, ord, noun) = (c.get(0)?, c.name("ord")?, c.name("noun")?);
            let ord = ord.as_str().to_ascii_lowercase();
            let n = ordinal_value(fractions, &ord)?;
            // The pattern ignores case; a capitalised word names a place
            // or a person ("52nd Street", "third Trump …"), not a count.
            // An ordinal counts one thing: "eighth term", not "the 3rd
            // soldiers" (a unit's men, not three of them).
            let lower = noun.as_str().bytes().all(|b| b.is_ascii_lowercase());
            let singular = wordnet.lemma(noun.as_str()) == noun.as_str();
            // "the 36th minute": a unit of time is a noun here, though
            // "minute" is also an adjective.
            let time = wordnet.noun_is(noun.as_str(), "time");
            if !lower || !singular || !(time || wordnet.is_plain_noun(noun.as_str())) {
                return None;
            }
            // A rank places a post or a thing ("the No. 2 job"); before a
            // body of people it names the place they work ("No. 10
            // staff").
            let rank = ord.starts_with("no.");
            if rank && wordnet.noun_is(noun.as_str(), "being") {
                return None;
            }
            Some(count(
                whole.range(),
                Interval::exact(n),
                noun.as_str().to_string(),
            ))
        })
        .collect()
}

/// The number of an ordinal word or a written ordinal ("8th"; "2nd" and
/// "1st" are left out, as "second" and "first" are).
fn ordinal_value(fractions: &Fractions, w: &str) -> Option<f64> {
    if let Some(n) = fractions.ordinal(w) {
        return Some(n);
    }
    if let Some(rank) = w.strip_prefix("no.") {
        return rank.trim_start().parse::<u32>().ok().map(f64::from);
    }
    written_ordinal(w).filter(|&n| n >= 3).map(f64::from)
}

/// The number of a written ordinal with its right suffix ("36th", "3rd";
/// not "11st" or "36").
pub(crate) fn written_ordinal(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    let right = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    (&w[digits.len()..] == right).then_some(n)
}
