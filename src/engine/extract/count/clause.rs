//! Bare numbers whose clause says what they count, with no noun after
//! them: the object of a verb of estimating ("police put the crowd at
//! 48,000") and the subject of a verb in the past ("and 12 abstained",
//! "38,412 finished").

use std::collections::HashSet;

use crate::engine::extract::quantity::units::{WordClasses, lower};
use crate::engine::wordnet::Lexicon;

/// How far back in its sentence (bytes) a number looks for its verb.
const REACH: usize = 120;

pub(super) struct ClauseCounts {
    estimating: HashSet<&'static str>,
    reporting: HashSet<&'static str>,
    auxiliaries: HashSet<&'static str>,
    modals: HashSet<&'static str>,
}

impl ClauseCounts {
    pub(super) fn new() -> Self {
        let list = |t: &'static str| crate::engine::words::entries(t).collect();
        ClauseCounts {
            estimating: list(include_str!(
                "../../../../assets/extract/estimate_verbs.txt"
            )),
            reporting: list(include_str!("../../../../assets/words/reporting_verbs.txt")),
            auxiliaries: list(include_str!("../../../../assets/words/auxiliaries.txt")),
            modals: list(include_str!("../../../../assets/words/modal_verbs.txt")),
        }
    }

    /// What a bare number counts by its clause: an estimate's object or
    /// the subject of a verb.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn noun(
        &self,
        wordnet: &Lexicon,
        classes: &WordClasses,
        text: &str,
        start: usize,
        end: usize,
        num: &str,
        one: bool,
    ) -> Option<String> {
        if one {
            return None;
        }
        if crate::engine::extract::numbers::is_spelled(num) {
            // A sentence cannot open on digits, so a reporter spells the
            // number there: "Seven were rescued alive." Elsewhere a spelled
            // number before a verb is as often a pronoun's ("two said").
            // After "and" or a comma it may still count a subject the
            // sentence named, when a passive follows: "27 were detained,
            // and nine were charged".
            return self
                .acting(wordnet, classes, text, start, end)
                .filter(|a| opens_sentence(text, start) || a.passive)
                .map(|a| a.verb);
        }
        self.estimated(wordnet, classes, text, start).or_else(|| {
            self.acting(wordnet, classes, text, start, end)
                .map(|a| a.verb)
        })
    }

    /// What a number after "at" is an estimate of: the object of a verb of
    /// estimating before it ("put the crowd at", "estimated turnout at"),
    /// or the noun after "number of" in it ("put the number of dead at").
    pub(super) fn estimated(
        &self,
        wordnet: &Lexicon,
        classes: &WordClasses,
        text: &str,
        start: usize,
    ) -> Option<String> {
        let words = super::change::words_before(
            text,
            start,
            REACH,
            &['.', '!', '?', ';', ':', '\n', '"', '“', '”'],
        );
        let (at, object) = words.split_last()?;
        if at != "at" {
            return None;
        }
        // The verb, at most seven words back: "put the final death toll",
        // "put the number of vacant paramedic posts".
        let verb = (object.len().saturating_sub(8)..object.len())
            .rev()
            .find(|&k| self.estimating.contains(&*wordnet.lemma(&object[k])))?;
        let counted = |w: &str| {
            (classes.is_plural_noun(w) || wordnet.is_plain_noun(w) || wordnet.is_collective(w))
                && !classes.is_time_word(w)
                && !classes.is_function_word(w)
        };
        let phrase = &object[verb + 1..];
        // "put the meeting off and met at 10": "at" is another verb's.
        if phrase
            .iter()
            .any(|w| matches!(w.as_str(), "and" | "but" | "or" | "then"))
        {
            return None;
        }
        let noun = match phrase.iter().position(|w| w == "of") {
            // "the number of vacant paramedic posts": the plural noun
            // after "of", past its modifiers, or else its last noun ("the
            // number of dead").
            Some(of) => {
                let run: Vec<&String> = phrase[of + 1..]
                    .iter()
                    .take(4)
                    .take_while(|w| !classes.is_function_word(w))
                    .collect();
                run.iter()
                    .find(|w| classes.is_plural_noun(w) && counted(w))
                    .or_else(|| run.iter().rev().find(|w| counted(w)))
                    .copied()?
            }
            // "the crowd at the protest": the object's head, before any
            // word of its own that follows; "a crowd that police estimated
            // at 2,000": the noun before "that" or "which".
            None if phrase.is_empty() => {
                let before = &object[..verb];
                let rel = (before.len().saturating_sub(3)..before.len())
                    .rev()
                    .find(|&k| matches!(before[k].as_str(), "that" | "which"))?;
                before.get(rel.checked_sub(1)?)?
            }
            None => phrase
                .iter()
                .skip_while(|w| classes.is_function_word(w))
                .take_while(|w| !classes.is_function_word(w))
                .last()?,
        };
        counted(noun).then(|| noun.clone())
    }

    /// The verb a number is the subject of, when a clause opens on the
    /// number and a verb in the past follows it: "and 12 abstained",
    /// "while 38,412 finished", "14,000 fled", or its participle after an
    /// auxiliary ("159 were cancelled", "287 have been treated", "11 were
    /// seriously hurt"), its plain form after a modal ("16 will remain"),
    /// or a relative "who" ("the 5.3 million who watched"). Not a verb of
    /// saying ("of those polled, 620 said"), whose number counts speakers
    /// of anything.
    pub(super) fn acting(
        &self,
        wordnet: &Lexicon,
        classes: &WordClasses,
        text: &str,
        start: usize,
        end: usize,
    ) -> Option<Acting> {
        let after = &text[end..];
        // "a boy of 12 who" is an age.
        let relative = after.starts_with(" who ") && !text[..start].ends_with("of ");
        if !relative && !opens_clause(text, start) {
            return None;
        }
        let mut words = after.split(' ');
        if words.next() != Some("") {
            return None;
        }
        let mut verb = words.next()?;
        if relative {
            verb = words.next()?;
        }
        // "16 will remain", "520 will be shed": a modal takes the plain
        // form, and "be" or "have" after it the participle.
        let modal = self.modals.contains(verb);
        if modal {
            verb = words.next()?;
        }
        let mut auxiliaries = 0;
        let mut passive = false;
        while (self.auxiliaries.contains(verb) || (modal && matches!(verb, "be" | "have")))
            && auxiliaries < 3
        {
            passive |= !matches!(verb, "have" | "has" | "had");
            auxiliaries += 1;
            verb = words.next()?;
        }
        // "12 later died", "26 still missing", "11 were seriously hurt",
        // "140 were never delivered"
        let mut adverb = false;
        if matches!(
            verb,
            "later" | "eventually" | "also" | "reportedly" | "still" | "never" | "already"
        ) || (auxiliaries > 0 && verb.len() > 4 && verb.ends_with("ly"))
        {
            adverb = true;
            verb = words.next()?;
        }
        let closes = verb.ends_with([',', '.', ';', ':']);
        let verb = verb.trim_end_matches([',', '.', ';', ':']);
        if verb.is_empty() || !verb.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        let lemma = wordnet.lemma(verb);
        let past = lemma != verb
            && wordnet.can_be_verb(verb)
            && !verb.ends_with('s')
            && (verb.ends_with("ed") || !wordnet.is_noun_form(verb));
        // A verb whose participle is its plain form ("hurt", "shed",
        // "cut") after "were", or a plain verb in the present or after a
        // modal ("two remain in", "37 will stay in"), when the clause goes
        // no further into a noun phrase ("were cabin crew").
        let ends_phrase = closes
            || words
                .next()
                .is_none_or(|w| classes.is_function_word(&lower(w.trim_end_matches([',', '.']))));
        let plain = lemma == verb
            && wordnet.can_be_verb(verb)
            && !verb.ends_with('s')
            && (auxiliaries == 0 || passive)
            && (adverb || ends_phrase);
        ((past || plain)
            && !self.reporting.contains(verb)
            && !classes.is_function_word(verb)
            && !classes.is_plural_noun(verb))
        .then(|| Acting {
            verb: verb.to_string(),
            passive: passive && auxiliaries > 0,
        })
    }
}

/// The verb a number is the subject of, and whether it is passive ("were
/// charged"): a spelled number inside a sentence counts only then.
pub(super) struct Acting {
    verb: String,
    passive: bool,
}

/// Whether a sentence (or a line) opens on the number at `start`.
fn opens_sentence(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    text[start..].starts_with(|c: char| c.is_uppercase())
        && (before.is_empty() || before.ends_with(['.', '!', '?', '\n']))
}

/// Whether a clause opens right before `start`: the sentence's or the
/// line's start, a comma, or a conjunction ("and 12 abstained").
fn opens_clause(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    if before.is_empty() || before.ends_with(['.', '\n', ',', ';', ':', '(', '—', '–']) {
        return true;
    }
    let last = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // "Only 64 have been deployed", "another 59 were listed as missing",
    // "the other 212 were voted down": a part of a whole opens its clause.
    matches!(
        &*lower(last),
        "and"
            | "but"
            | "while"
            | "whereas"
            | "with"
            | "only"
            | "another"
            | "further"
            | "other"
            | "remaining"
    )
}

#[cfg(test)]
#[path = "clause_tests.rs"]
mod tests;
