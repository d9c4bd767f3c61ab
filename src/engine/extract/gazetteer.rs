//! World gazetteer: place names and demonyms.
//!
//! General world knowledge, not tuned to any one story. The place names
//! are kept in `assets/words/places.txt`. Candidate token spans are looked
//! up in hash sets, never by one big regex alternation, which would
//! dominate the extraction budget.

use super::names::{WordHasher, WordSet};

/// Countries, capitals, major cities, large sub-national units, continents
/// and regions.
const PLACES: &str = include_str!("../../../assets/words/places.txt");

/// No place name in [`PLACES`] has more words than this.
const MAX_PLACE_TOKENS: usize = 5;

/// Country (or region) adjectives and nationality nouns, mapped to the
/// place they point at. Plural nationality nouns are listed because "many
/// Colombians" is just as much a context cue as "Colombian".
#[rustfmt::skip]
const DEMONYMS: &[(&str, &str)] = &[
    ("Afghan", "Afghanistan"), ("African", "Africa"), ("Albanian", "Albania"),
    ("Algerian", "Algeria"), ("American", "United States"), ("Andorran", "Andorra"),
    ("Angolan", "Angola"), ("Arab", "Middle East"), ("Argentine", "Argentina"),
    ("Argentinian", "Argentina"), ("Armenian", "Armenia"), ("Asian", "Asia"),
    ("Australian", "Australia"), ("Austrian", "Austria"), ("Azerbaijani", "Azerbaijan"),
    ("Azeri", "Azerbaijan"), ("Bahamian", "Bahamas"), ("Bahraini", "Bahrain"),
    ("Bangladeshi", "Bangladesh"), ("Barbadian", "Barbados"), ("Belarusian", "Belarus"),
    ("Belgian", "Belgium"), ("Belizean", "Belize"), ("Beninese", "Benin"), ("Bhutanese", "Bhutan"),
    ("Bolivian", "Bolivia"), ("Bosnian", "Bosnia and Herzegovina"), ("Botswanan", "Botswana"),
    ("Brazilian", "Brazil"), ("British", "United Kingdom"), ("Briton", "United Kingdom"),
    ("Bruneian", "Brunei"), ("Bulgarian", "Bulgaria"), ("Burkinabe", "Burkina Faso"),
    ("Burmese", "Myanmar"), ("Burundian", "Burundi"), ("Californian", "California"),
    ("Cambodian", "Cambodia"), ("Cameroonian", "Cameroon"), ("Canadian", "Canada"),
    ("Caribbean", "Caribbean"), ("Catalan", "Catalonia"), ("Chadian", "Chad"),
    ("Chilean", "Chile"), ("Chinese", "China"), ("Colombian", "Colombia"), ("Congolese", "Congo"),
    ("Costa Rican", "Costa Rica"), ("Croatian", "Croatia"), ("Cuban", "Cuba"),
    ("Cypriot", "Cyprus"), ("Czech", "Czech Republic"), ("Dane", "Denmark"), ("Danish", "Denmark"),
    ("Djiboutian", "Djibouti"), ("Dominican", "Dominican Republic"), ("Dutch", "Netherlands"),
    ("Ecuadorean", "Ecuador"), ("Ecuadorian", "Ecuador"), ("Egyptian", "Egypt"),
    ("Emirati", "United Arab Emirates"), ("English", "England"), ("Eritrean", "Eritrea"),
    ("Estonian", "Estonia"), ("Ethiopian", "Ethiopia"), ("European", "Europe"), ("Fijian", "Fiji"),
    ("Filipino", "Philippines"), ("Finnish", "Finland"), ("Floridian", "Florida"),
    ("French", "France"), ("Gabonese", "Gabon"), ("Gambian", "Gambia"), ("Georgian", "Georgia"),
    ("German", "Germany"), ("Ghanaian", "Ghana"), ("Greek", "Greece"), ("Guatemalan", "Guatemala"),
    ("Guinean", "Guinea"), ("Guyanese", "Guyana"), ("Haitian", "Haiti"), ("Honduran", "Honduras"),
    ("Hungarian", "Hungary"), ("Icelandic", "Iceland"), ("Indian", "India"),
    ("Indonesian", "Indonesia"), ("Iranian", "Iran"), ("Iraqi", "Iraq"), ("Irish", "Ireland"),
    ("Israeli", "Israel"), ("Italian", "Italy"), ("Ivorian", "Ivory Coast"),
    ("Jamaican", "Jamaica"), ("Japanese", "Japan"), ("Jordanian", "Jordan"),
    ("Kazakh", "Kazakhstan"), ("Kenyan", "Kenya"), ("Korean", "Korea"), ("Kosovar", "Kosovo"),
    ("Kurdish", "Kurdistan"), ("Kuwaiti", "Kuwait"), ("Kyrgyz", "Kyrgyzstan"), ("Lao", "Laos"),
    ("Laotian", "Laos"), ("Latin American", "Latin America"), ("Latvian", "Latvia"),
    ("Lebanese", "Lebanon"), ("Liberian", "Liberia"), ("Libyan", "Libya"),
    ("Lithuanian", "Lithuania"), ("Londoner", "London"), ("Luxembourgish", "Luxembourg"),
    ("Macedonian", "North Macedonia"), ("Malagasy", "Madagascar"), ("Malawian", "Malawi"),
    ("Malaysian", "Malaysia"), ("Maldivian", "Maldives"), ("Malian", "Mali"), ("Maltese", "Malta"),
    ("Mauritanian", "Mauritania"), ("Mauritian", "Mauritius"), ("Mexican", "Mexico"),
    ("Middle Eastern", "Middle East"), ("Moldovan", "Moldova"), ("Mongolian", "Mongolia"),
    ("Montenegrin", "Montenegro"), ("Moroccan", "Morocco"), ("Mozambican", "Mozambique"),
    ("Muscovite", "Moscow"), ("Namibian", "Namibia"), ("Nepalese", "Nepal"), ("Nepali", "Nepal"),
    ("New Yorker", "New York"), ("New Zealander", "New Zealand"), ("Nicaraguan", "Nicaragua"),
    ("Nigerian", "Nigeria"), ("Nigerien", "Niger"), ("North Korean", "North Korea"),
    ("Norwegian", "Norway"), ("Omani", "Oman"), ("Pakistani", "Pakistan"),
    ("Palestinian", "Palestine"), ("Panamanian", "Panama"), ("Paraguayan", "Paraguay"),
    ("Parisian", "Paris"), ("Peruvian", "Peru"), ("Philippine", "Philippines"), ("Pole", "Poland"),
    ("Polish", "Poland"), ("Portuguese", "Portugal"), ("Puerto Rican", "Puerto Rico"),
    ("Qatari", "Qatar"), ("Romanian", "Romania"), ("Russian", "Russia"), ("Rwandan", "Rwanda"),
    ("Salvadoran", "El Salvador"), ("Salvadorean", "El Salvador"), ("Saudi", "Saudi Arabia"),
    ("Scot", "Scotland"), ("Scottish", "Scotland"), ("Senegalese", "Senegal"), ("Serb", "Serbia"),
    ("Serbian", "Serbia"), ("Singaporean", "Singapore"), ("Slovak", "Slovakia"),
    ("Slovenian", "Slovenia"), ("Somali", "Somalia"), ("South African", "South Africa"),
    ("South Korean", "South Korea"), ("South Sudanese", "South Sudan"), ("Spaniard", "Spain"),
    ("Spanish", "Spain"), ("Sri Lankan", "Sri Lanka"), ("Sudanese", "Sudan"),
    ("Surinamese", "Suriname"), ("Swede", "Sweden"), ("Swedish", "Sweden"),
    ("Swiss", "Switzerland"), ("Syrian", "Syria"), ("Taiwanese", "Taiwan"),
    ("Tajik", "Tajikistan"), ("Tanzanian", "Tanzania"), ("Texan", "Texas"), ("Thai", "Thailand"),
    ("Togolese", "Togo"), ("Tunisian", "Tunisia"), ("Turk", "Turkey"), ("Turkish", "Turkey"),
    ("Turkmen", "Turkmenistan"), ("Ugandan", "Uganda"), ("Ukrainian", "Ukraine"),
    ("Uruguayan", "Uruguay"), ("Uzbek", "Uzbekistan"), ("Venezuelan", "Venezuela"),
    ("Vietnamese", "Vietnam"), ("Welsh", "Wales"), ("Yemeni", "Yemen"), ("Zambian", "Zambia"),
    ("Zimbabwean", "Zimbabwe"),
];

/// Words that end (or head, before "of") an organisation's name.
pub(crate) const ORG_WORDS: &str = include_str!("../../../assets/words/org_words.txt");

/// Organisations known by a bare name with no organisation word in it.
pub(crate) const KNOWN_ORGS: &str = include_str!("../../../assets/words/known_orgs.txt");

/// All-caps abbreviations that are ordinary words, not organisations.
pub(crate) const NOT_ACRONYMS: &str = include_str!("../../../assets/words/not_acronyms.txt");

/// The country (or region) a demonym points at: "Colombian" → "Colombia".
/// Accepts plurals ("Colombians", "Swiss") and the possessive-free form
/// only; it does not fold case, because lowercase "american" is not a cue.
pub fn demonym_country(word: &str) -> Option<&'static str> {
    let word = word.trim();
    let lookup = |w: &str| {
        DEMONYMS
            .binary_search_by(|(d, _)| (*d).cmp(w))
            .ok()
            .map(|i| DEMONYMS[i].1)
    };
    if let Some(c) = lookup(word) {
        return Some(c);
    }
    // Nationality plurals: "Colombians", "Filipinos"; "-ese"/"-ish" take none.
    word.strip_suffix('s').and_then(lookup)
}

/// Place and demonym lookups, hashed once per analysis (the entity scan
/// asks for every window of up to `max_tokens` capitalised words).
pub struct Gazetteer {
    /// Longest place name in tokens, to bound the candidate windows.
    pub max_tokens: usize,
    places: WordSet,
    demonyms: std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<WordHasher>>,
}

impl Gazetteer {
    pub fn new() -> Self {
        Gazetteer {
            max_tokens: MAX_PLACE_TOKENS,
            places: WordSet::of(&[PLACES]),
            demonyms: DEMONYMS.iter().map(|(d, _)| *d).collect(),
        }
    }

    pub fn is_place(&self, name: &str) -> bool {
        self.places.has(name)
    }

    /// True for "Colombian" and "Colombians" alike: what
    /// [`demonym_country`] finds.
    pub fn is_demonym(&self, word: &str) -> bool {
        let word = word.trim();
        self.demonyms.contains(word)
            || word
                .strip_suffix('s')
                .is_some_and(|w| self.demonyms.contains(w))
    }
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_map_to_countries() {
        assert_eq!(demonym_country("Turkish"), Some("Turkey"));
        assert_eq!(demonym_country("Mexicans"), Some("Mexico"));
        assert_eq!(demonym_country("American"), Some("United States"));
        assert_eq!(demonym_country("Table"), None);
        assert_eq!(demonym_country("mexican"), None);
    }

    #[test]
    fn gazetteer_covers_world_places_not_just_one_region() {
        let g = Gazetteer::new();
        for p in [
            "Nairobi",
            "Ulaanbaatar",
            "Democratic Republic of the Congo",
            "Latin America",
            "Wyoming",
            "Kyiv",
            "São Paulo",
            "U.S.",
        ] {
            assert!(g.is_place(p), "{p} missing");
        }
        assert!(!g.is_place("Colombian"));
        assert!(!g.is_place("Monday"));
        assert!(g.max_tokens >= 5);
    }

    #[test]
    fn lists_are_well_formed_and_bounded() {
        use crate::engine::words::{assert_well_formed, entries};
        assert_well_formed(
            PLACES,
            &["Kyiv", "Washington, D.C.", "Côte d'Ivoire", "U.S."],
        );
        assert_well_formed(ORG_WORDS, &["Ministry", "Corp.", "plc"]);
        assert_well_formed(
            KNOWN_ORGS,
            &["Reuters", "Médecins Sans Frontières", "al-Qaeda"],
        );
        assert_well_formed(NOT_ACRONYMS, &["CEO", "TV", "XXI"]);
        assert!(DEMONYMS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(entries(PLACES).all(|p| p.split(' ').count() <= MAX_PLACE_TOKENS));
        assert!(entries(PLACES).all(|p| !p.contains("  ")));
        assert!(entries(PLACES).any(|p| p.split(' ').count() == MAX_PLACE_TOKENS));
    }
}
