//! General English vocabulary the linker needs: words that carry no
//! subject, and a few news synonyms that name the same kind of event.
//!
//! Nothing here comes from a particular story. The synonym groups are the
//! ordinary ways reporters name one event ("call" / "conversation" /
//! "phone call"; "killed" / "dead" / "death toll"), so that two outlets
//! describing the same thing in different words still meet. The lists are
//! kept in `assets/words/`.

use std::collections::{HashMap, HashSet};

use crate::engine::words::{self, entries};

const STOPWORDS: &str = include_str!("../../../assets/words/stopwords.txt");
const SYNONYMS: &str = include_str!("../../../assets/words/synonyms.txt");
const CALENDAR_WORDS: &str = include_str!("../../../assets/words/calendar_words.txt");
const REPORTING_VERBS: &str = include_str!("../../../assets/words/reporting_verbs.txt");
const DATE_GLUE: &str = include_str!("../../../assets/words/date_glue.txt");
const ABBREVIATIONS: &str = include_str!("../../../assets/words/sentence_abbreviations.txt");
const CLAUSE_WORDS: &str = include_str!("../../../assets/words/clause_words.txt");
const LASTING_VERBS: &str = include_str!("../../../assets/words/lasting_verbs.txt");

/// Lookup tables built once per analysis.
pub struct Lexicon {
    stop: HashSet<&'static str>,
    synonyms: HashMap<&'static str, String>,
    /// Months, weekdays and the calendar words that only place a fact in
    /// time.
    calendar: HashSet<&'static str>,
    reporting_verbs: HashSet<&'static str>,
    date_glue: HashSet<&'static str>,
    abbreviations: HashSet<&'static str>,
    clause_words: HashSet<&'static str>,
    lasting_verbs: HashSet<&'static str>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

impl Lexicon {
    pub fn new() -> Self {
        let mut synonyms = HashMap::new();
        for group in entries(SYNONYMS) {
            let words: Vec<&'static str> = group.split_whitespace().collect();
            let concept = format!("~{}", words[0]);
            for w in words {
                synonyms.insert(w, concept.clone());
            }
        }
        Lexicon {
            stop: entries(STOPWORDS).collect(),
            synonyms,
            calendar: entries(words::MONTHS_AND_DAYS)
                .chain(entries(CALENDAR_WORDS))
                .collect(),
            reporting_verbs: entries(REPORTING_VERBS).collect(),
            date_glue: entries(DATE_GLUE).collect(),
            abbreviations: entries(ABBREVIATIONS).collect(),
            clause_words: entries(CLAUSE_WORDS).collect(),
            lasting_verbs: entries(LASTING_VERBS).collect(),
        }
    }

    pub fn is_stopword(&self, lower: &str) -> bool {
        self.stop.contains(lower)
    }

    /// The synonym group of a lowercase word, as a term like "~call".
    pub fn concept(&self, lower: &str) -> Option<&str> {
        self.synonyms.get(lower).map(String::as_str)
    }

    /// A readable word for a term, for labels: "~call" → "call".
    pub fn readable(term: &str) -> &str {
        term.trim_start_matches('~').trim_start_matches('@')
    }

    /// A month, a weekday, "today", "week": words that say when, not what.
    pub fn is_calendar_word(&self, lower: &str) -> bool {
        self.calendar.contains(lower)
    }

    /// "said", "announced": a verb whose date dates a statement.
    pub fn is_reporting_verb(&self, lower: &str) -> bool {
        self.reporting_verbs.contains(lower)
    }

    /// "on", "last", "reporters": what may stand between a reporting verb
    /// and its date.
    pub fn is_date_glue(&self, lower: &str) -> bool {
        self.date_glue.contains(lower)
    }

    /// "mr", "jan", "etc": a period after one does not end the sentence.
    pub fn is_abbreviation(&self, lower: &str) -> bool {
        self.abbreviations.contains(lower)
    }

    /// "and", "while": a word that may join two clauses.
    pub fn is_clause_word(&self, lower: &str) -> bool {
        self.clause_words.contains(lower)
    }

    /// "last", "run", as lemmas: a verb whose subject a length of time
    /// measures.
    pub fn is_lasting_verb(&self, lemma: &str) -> bool {
        self.lasting_verbs.contains(lemma)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_share_one_concept() {
        let lx = Lexicon::new();
        assert_eq!(lx.concept("conversation"), lx.concept("call"));
        assert_eq!(lx.concept("telephone"), Some("~call"));
        assert_eq!(lx.concept("fatalities"), lx.concept("dead"));
        assert_ne!(lx.concept("meeting"), lx.concept("call"));
        assert_eq!(lx.concept("called"), None, "the verb is not the noun");
    }

    #[test]
    fn word_list_files_are_well_formed() {
        use crate::engine::words::assert_well_formed;
        assert_well_formed(STOPWORDS, &["the", "according", "it's", "long"]);
        assert_well_formed(CALENDAR_WORDS, &["today", "weekend"]);
        assert_well_formed(REPORTING_VERBS, &["said", "announced", "argued"]);
        assert_well_formed(DATE_GLUE, &["on", "last", "reporters"]);
        assert_well_formed(LASTING_VERBS, &["last", "run", "take"]);
        assert_well_formed(ABBREVIATIONS, &["mr", "sept", "etc"]);
        assert_well_formed(CLAUSE_WORDS, &["and", "whereas"]);
        assert_well_formed(
            SYNONYMS,
            &["call calls phone phones telephone phonecall conversation conversations"],
        );
        let mut seen = HashSet::new();
        for group in entries(SYNONYMS) {
            let words: Vec<&str> = group.split_whitespace().collect();
            assert!(words.len() >= 2, "a group of one: {group:?}");
            for w in words {
                assert!(seen.insert(w), "{w:?} is in two synonym groups");
            }
        }
    }

    #[test]
    fn lists_answer_lowercase_words() {
        let lx = Lexicon::new();
        assert!(lx.is_calendar_word("sept") && lx.is_calendar_word("tomorrow"));
        assert!(!lx.is_calendar_word("talks"));
        assert!(lx.is_reporting_verb("said") && !lx.is_reporting_verb("struck"));
        assert!(lx.is_date_glue("last") && lx.is_abbreviation("dr") && lx.is_clause_word("but"));
    }

    #[test]
    fn reporting_verbs_are_stopwords() {
        let lx = Lexicon::new();
        for w in ["said", "the", "according", "told"] {
            assert!(lx.is_stopword(w), "{w}");
        }
        assert!(!lx.is_stopword("sanctions"));
    }
}
