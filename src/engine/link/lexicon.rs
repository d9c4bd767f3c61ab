//! General English vocabulary the linker needs: words that carry no
//! subject, and a few news synonyms that name the same kind of event.
//!
//! Nothing here comes from a particular story. The synonym groups are the
//! ordinary ways reporters name one event ("call" / "conversation" /
//! "phone call"; "killed" / "dead" / "death toll"), so that two outlets
//! describing the same thing in different words still meet.

use std::collections::HashMap;

/// Function words and reporting verbs: they appear around every fact and
/// say nothing about which fact it is.
const STOPWORDS: &str = "a about above after again against all also am an and any are as at be \
    because been before being below between both but by can could did do does doing down during \
    each few for from further had has have having he her here hers herself him himself his how i \
    if in into is it its itself just me more most my myself no nor not now of off on once only or \
    other our ours ourselves out over own same she should so some such than that the their theirs \
    them themselves then there these they this those through to too under until up very was we \
    were what when where which while who whom why will with would you your yours yourself \
    yourselves said says say saying told tell according added adding reported reports report \
    stated statement wrote writes noted while amid since per via mr mrs ms dr its it's may might \
    must shall one two three four five six seven eight nine ten first second third last next \
    ago around approximately nearly almost roughly least than lasting long";

/// Groups of words that name one kind of thing. Each word maps to the
/// group's first word, prefixed so it cannot collide with a stem.
const SYNONYMS: &[&[&str]] = &[
    &[
        "call",
        "calls",
        "phone",
        "phones",
        "telephone",
        "phonecall",
        "conversation",
        "conversations",
    ],
    &[
        "meeting", "meetings", "meet", "met", "summit", "summits", "talks", "session", "visit",
        "visits", "trip",
    ],
    &[
        "killed",
        "kill",
        "kills",
        "killing",
        "dead",
        "death",
        "deaths",
        "died",
        "die",
        "dies",
        "fatalities",
        "fatality",
        "toll",
        "bodies",
        "lives",
    ],
    &["injured", "injuries", "injury", "wounded", "hurt"],
    &[
        "earthquake",
        "earthquakes",
        "quake",
        "quakes",
        "tremor",
        "tremors",
        "temblor",
        "seismic",
    ],
    &[
        "arrest",
        "arrested",
        "arrests",
        "detained",
        "detention",
        "custody",
    ],
    &[
        "sentence",
        "sentenced",
        "prison",
        "jail",
        "jailed",
        "imprisonment",
        "imprisoned",
    ],
    &[
        "rally",
        "rallies",
        "protest",
        "protests",
        "demonstration",
        "demonstrations",
    ],
    &["deal", "deals", "agreement", "agreements", "accord", "pact"],
    &["strike", "strikes", "walkout", "walkouts"],
    &["missing", "unaccounted"],
    &["evacuated", "evacuation", "evacuations", "displaced"],
    &["cost", "costs", "price", "prices"],
    &["aid", "assistance"],
    &[
        "workers",
        "employees",
        "staff",
        "miners",
        "labourers",
        "laborers",
        "mineworkers",
    ],
    &[
        "people",
        "persons",
        "residents",
        "civilians",
        "individuals",
        "villagers",
        "inhabitants",
    ],
    &["charges", "counts", "charge", "count"],
    &["jury", "juries", "juror", "jurors"],
    &["loss", "losses", "lost", "lose", "losing"],
    &["arrived", "arrive", "arrives", "arrival", "landed"],
];

/// Lookup tables built once per analysis.
pub struct Lexicon {
    stop: std::collections::HashSet<&'static str>,
    synonyms: HashMap<&'static str, String>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

impl Lexicon {
    pub fn new() -> Self {
        let stop = STOPWORDS.split_whitespace().collect();
        let mut synonyms = HashMap::new();
        for group in SYNONYMS {
            let concept = format!("~{}", group[0]);
            for w in *group {
                synonyms.insert(*w, concept.clone());
            }
        }
        Lexicon { stop, synonyms }
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
    fn reporting_verbs_are_stopwords() {
        let lx = Lexicon::new();
        for w in ["said", "the", "according", "told"] {
            assert!(lx.is_stopword(w), "{w}");
        }
        assert!(!lx.is_stopword("sanctions"));
    }
}
