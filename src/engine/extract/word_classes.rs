//! The classes of words the number extractors ask about around a number:
//! function words, time words, months and weekdays, plural nouns and
//! singular nouns for a person.

use rustc_hash::FxHashSet;

use super::entity::names::NAME_STOPWORDS;
use crate::engine::wordnet::Lexicon as WordNet;
use crate::engine::words::{self, entries};

const FUNCTION_WORDS: &str = include_str!("../../../assets/words/function_words.txt");
const TIME_WORDS: &str = include_str!("../../../assets/words/time_words.txt");
const IRREGULAR_PLURALS: &str = include_str!("../../../assets/words/irregular_plurals.txt");
const WORDNET_PLURALS: &str = include_str!("../../../assets/lexicon/plurals.txt");
const SINGULAR_PERSONS: &str = include_str!("../../../assets/words/singular_persons.txt");
const ANCHOR_PERIODS: &str = include_str!("../../../assets/words/anchor_periods.txt");
const ANCHOR_LONG_UNITS: &str = include_str!("../../../assets/words/anchor_long_units.txt");
const ANCHOR_AMOUNTS: &str = include_str!("../../../assets/words/anchor_amounts.txt");
const ANCHOR_YEAR_LEADS: &str = include_str!("../../../assets/words/anchor_year_leads.txt");
const HONORIFICS: &str = include_str!("../../../assets/words/honorifics.txt");

/// The word lists, hashed once per set of patterns: the count extractor
/// asks about every word near a number.
pub struct WordClasses {
    function: FxHashSet<&'static str>,
    time: FxHashSet<&'static str>,
    months_and_days: FxHashSet<&'static str>,
    irregular_plurals: FxHashSet<&'static str>,
    /// WordNet's irregular noun plurals ("criteria", "consortia").
    wordnet_plurals: FxHashSet<&'static str>,
    singular_persons: FxHashSet<&'static str>,
    /// The words of time anchors (`anchor.rs`).
    anchor_periods: FxHashSet<&'static str>,
    long_time_units: FxHashSet<&'static str>,
    time_amounts: FxHashSet<&'static str>,
    year_leads: FxHashSet<&'static str>,
    /// Words never (part of) a name, however capitalised.
    never_name: FxHashSet<&'static str>,
    /// "Mr", "Dr.": a surname follows.
    honorifics: FxHashSet<&'static str>,
    /// Parts of speech, for the noun a value is about.
    wordnet: WordNet,
}

impl Default for WordClasses {
    fn default() -> Self {
        Self::new()
    }
}

impl WordClasses {
    pub fn new() -> Self {
        WordClasses {
            function: entries(FUNCTION_WORDS).collect(),
            time: entries(TIME_WORDS).collect(),
            months_and_days: entries(words::MONTHS_AND_DAYS).collect(),
            irregular_plurals: entries(IRREGULAR_PLURALS).collect(),
            wordnet_plurals: entries(WORDNET_PLURALS).collect(),
            singular_persons: entries(SINGULAR_PERSONS).collect(),
            anchor_periods: entries(ANCHOR_PERIODS).collect(),
            long_time_units: entries(ANCHOR_LONG_UNITS).collect(),
            time_amounts: entries(ANCHOR_AMOUNTS).collect(),
            year_leads: entries(ANCHOR_YEAR_LEADS).collect(),
            never_name: entries(NAME_STOPWORDS).collect(),
            honorifics: entries(HONORIFICS).collect(),
            wordnet: WordNet::embedded(),
        }
    }

    /// WordNet, for the parts of speech of the words around a value.
    pub(crate) fn wordnet(&self) -> &WordNet {
        &self.wordnet
    }

    /// Words that follow a number without being what it counts or
    /// measures: articles, prepositions, auxiliaries, pronouns, reporting
    /// verbs.
    pub(crate) fn is_function_word(&self, w: &str) -> bool {
        self.function.contains(w)
    }

    /// Function words, sentence adverbs and pronouns that open a
    /// sentence capitalised without being a name ("Whether", "Nearly").
    pub(crate) fn is_never_name(&self, w: &str) -> bool {
        self.never_name.contains(w)
    }

    /// Time words: a number before them is a duration, a date or a clock
    /// time, which other extractors own.
    pub(crate) fn is_time_word(&self, w: &str) -> bool {
        let w = w.trim_end_matches('.');
        self.time.contains(w) || self.is_month_or_weekday(w)
    }

    /// "year", "months", "centuries": a period "last" or "next" sets.
    pub(crate) fn is_anchor_period(&self, w: &str) -> bool {
        // The regular plurals: "years" and "centuries" name the periods.
        let singular = match w.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => w.strip_suffix('s').unwrap_or(w).to_string(),
        };
        self.anchor_periods.contains(singular.as_str())
    }

    /// "weeks", "year": a unit of time long enough to set a clause apart.
    pub(crate) fn is_long_time_unit(&self, w: &str) -> bool {
        self.long_time_units.contains(w)
    }

    /// "a", "two", "several": a count of units of time before "ago".
    pub(crate) fn is_time_amount(&self, w: &str) -> bool {
        self.time_amounts.contains(w)
    }

    /// "in", "since", "the": a word that makes the year after it a time.
    pub(crate) fn is_year_lead(&self, w: &str) -> bool {
        self.year_leads.contains(w)
    }

    pub(crate) fn is_month_or_weekday(&self, w: &str) -> bool {
        self.months_and_days.contains(w.trim_end_matches('.'))
    }

    /// Plurals that do not end in "s", and adjectives used as nouns in
    /// casualty reports ("24 dead").
    fn is_irregular_plural(&self, w: &str) -> bool {
        self.irregular_plurals.contains(w)
            || self.wordnet_plurals.contains(w)
            || (w.len() > 3 && w.ends_with("men"))
            // Compounds of one: "schoolchildren", "townspeople".
            || w.char_indices().skip(1).any(|(i, _)| {
                let tail = &w[i..];
                tail.len() >= 5
                    && (self.irregular_plurals.contains(tail) || self.wordnet_plurals.contains(tail))
            })
    }

    /// Whether a lowercase word looks like a plural noun.
    pub(crate) fn is_plural_noun(&self, w: &str) -> bool {
        if self.is_irregular_plural(w) {
            return true;
        }
        w.len() >= 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && !matches!(
                w,
                "gas" | "bus" | "lens" | "news" | "perhaps" | "towards" | "afterwards"
            )
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    }

    /// Singular nouns that make "one …" worth reporting: a single casualty
    /// or person, not "one reason" or "one way".
    pub(crate) fn is_singular_person(&self, w: &str) -> bool {
        self.singular_persons.contains(w) || (w.len() > 3 && w.ends_with("man"))
    }

    /// "Mr", "Dr.", as written: the word after is a surname.
    pub(crate) fn is_honorific(&self, w: &str) -> bool {
        self.honorifics.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::words::assert_well_formed;

    #[test]
    fn word_list_files_are_well_formed() {
        assert_well_formed(FUNCTION_WORDS, &["the", "according", "percent", "yes"]);
        assert_well_formed(
            TIME_WORDS,
            &["a.m", "o'clock", "o’clock", "weekends", "utc"],
        );
        assert_well_formed(IRREGULAR_PLURALS, &["people", "dead", "sheep", "youth"]);
        assert_well_formed(
            WORDNET_PLURALS,
            &["children", "consortia", "criteria", "teeth"],
        );
        assert_well_formed(SINGULAR_PERSONS, &["person", "victim", "woman", "worker"]);
    }

    #[test]
    fn classes_answer_from_their_lists() {
        let w = WordClasses::new();
        assert!(w.is_function_word("the") && !w.is_function_word("people"));
        assert!(w.is_time_word("p.m.") && w.is_time_word("sept.") && !w.is_time_word("tons"));
        assert!(w.is_month_or_weekday("may") && !w.is_month_or_weekday("maybe"));
        assert!(w.is_plural_noun("people") && w.is_plural_noun("firemen"));
        assert!(w.is_plural_noun("soldiers") && !w.is_plural_noun("news"));
        assert!(w.is_singular_person("child") && w.is_singular_person("fireman"));
        assert!(!w.is_singular_person("reason"));
    }

    #[test]
    fn irregular_plurals_come_from_wordnet_and_its_compounds() {
        let w = WordClasses::new();
        assert!(w.is_plural_noun("consortia") && w.is_plural_noun("criteria"));
        assert!(w.is_plural_noun("schoolchildren") && w.is_plural_noun("townspeople"));
        // "dive" is in noun.exc as a plural of "diva", but reads as a verb.
        assert!(!w.is_plural_noun("dive") && !w.is_plural_noun("consortium"));
        assert!(!w.is_plural_noun("media-savvy") && !w.is_plural_noun("ria"));
    }

    #[test]
    fn anchor_periods_are_read_in_their_regular_plurals() {
        let w = WordClasses::new();
        for p in ["year", "years", "century", "centuries", "summers"] {
            assert!(w.is_anchor_period(p), "{p}");
        }
        assert!(!w.is_anchor_period("countries") && !w.is_anchor_period("days"));
    }
}
