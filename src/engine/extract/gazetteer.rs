//! World gazetteer: place names and demonyms.
//!
//! The place list lives in `assets/places.txt` so it can grow without
//! touching code. Lookups are hash lookups on candidate token spans, never
//! one big regex alternation: a thousand-way alternation would dominate the
//! extraction budget.

use std::collections::HashSet;

const PLACES: &str = include_str!("../../../assets/places.txt");

/// Country (or region) adjectives and nationality nouns, mapped to the
/// place they point at. Plural nationality nouns are listed because "many
/// Colombians" is just as much a context cue as "Colombian".
#[rustfmt::skip]
const DEMONYMS: &[(&str, &str)] = &[
    ("Afghan", "Afghanistan"), ("Albanian", "Albania"), ("Algerian", "Algeria"),
    ("American", "United States"), ("Andorran", "Andorra"), ("Angolan", "Angola"),
    ("Argentine", "Argentina"), ("Argentinian", "Argentina"), ("Armenian", "Armenia"),
    ("Australian", "Australia"), ("Austrian", "Austria"), ("Azerbaijani", "Azerbaijan"),
    ("Azeri", "Azerbaijan"), ("Bahamian", "Bahamas"), ("Bahraini", "Bahrain"),
    ("Bangladeshi", "Bangladesh"), ("Barbadian", "Barbados"), ("Belarusian", "Belarus"),
    ("Belgian", "Belgium"), ("Belizean", "Belize"), ("Beninese", "Benin"), ("Bhutanese", "Bhutan"),
    ("Bolivian", "Bolivia"), ("Bosnian", "Bosnia and Herzegovina"), ("Botswanan", "Botswana"),
    ("Brazilian", "Brazil"), ("British", "United Kingdom"), ("Briton", "United Kingdom"),
    ("Bruneian", "Brunei"), ("Bulgarian", "Bulgaria"), ("Burkinabe", "Burkina Faso"),
    ("Burmese", "Myanmar"), ("Burundian", "Burundi"), ("Cambodian", "Cambodia"),
    ("Cameroonian", "Cameroon"), ("Canadian", "Canada"), ("Chadian", "Chad"), ("Chilean", "Chile"),
    ("Chinese", "China"), ("Colombian", "Colombia"), ("Congolese", "Congo"),
    ("Costa Rican", "Costa Rica"), ("Croatian", "Croatia"), ("Cuban", "Cuba"),
    ("Cypriot", "Cyprus"), ("Czech", "Czech Republic"), ("Danish", "Denmark"), ("Dane", "Denmark"),
    ("Djiboutian", "Djibouti"), ("Dominican", "Dominican Republic"), ("Dutch", "Netherlands"),
    ("Ecuadorian", "Ecuador"), ("Ecuadorean", "Ecuador"), ("Egyptian", "Egypt"),
    ("Emirati", "United Arab Emirates"), ("English", "England"), ("Eritrean", "Eritrea"),
    ("Estonian", "Estonia"), ("Ethiopian", "Ethiopia"), ("Fijian", "Fiji"),
    ("Filipino", "Philippines"), ("Finnish", "Finland"), ("French", "France"),
    ("Gabonese", "Gabon"), ("Gambian", "Gambia"), ("Georgian", "Georgia"), ("German", "Germany"),
    ("Ghanaian", "Ghana"), ("Greek", "Greece"), ("Guatemalan", "Guatemala"), ("Guinean", "Guinea"),
    ("Guyanese", "Guyana"), ("Haitian", "Haiti"), ("Honduran", "Honduras"),
    ("Hungarian", "Hungary"), ("Icelandic", "Iceland"), ("Indian", "India"),
    ("Indonesian", "Indonesia"), ("Iranian", "Iran"), ("Iraqi", "Iraq"), ("Irish", "Ireland"),
    ("Israeli", "Israel"), ("Italian", "Italy"), ("Ivorian", "Ivory Coast"),
    ("Jamaican", "Jamaica"), ("Japanese", "Japan"), ("Jordanian", "Jordan"),
    ("Kazakh", "Kazakhstan"), ("Kenyan", "Kenya"), ("Korean", "Korea"), ("Kosovar", "Kosovo"),
    ("Kuwaiti", "Kuwait"), ("Kyrgyz", "Kyrgyzstan"), ("Lao", "Laos"), ("Laotian", "Laos"),
    ("Latvian", "Latvia"), ("Lebanese", "Lebanon"), ("Liberian", "Liberia"), ("Libyan", "Libya"),
    ("Lithuanian", "Lithuania"), ("Luxembourgish", "Luxembourg"),
    ("Macedonian", "North Macedonia"), ("Malagasy", "Madagascar"), ("Malawian", "Malawi"),
    ("Malaysian", "Malaysia"), ("Maldivian", "Maldives"), ("Malian", "Mali"), ("Maltese", "Malta"),
    ("Mauritanian", "Mauritania"), ("Mauritian", "Mauritius"), ("Mexican", "Mexico"),
    ("Moldovan", "Moldova"), ("Mongolian", "Mongolia"), ("Montenegrin", "Montenegro"),
    ("Moroccan", "Morocco"), ("Mozambican", "Mozambique"), ("Namibian", "Namibia"),
    ("Nepali", "Nepal"), ("Nepalese", "Nepal"), ("New Zealander", "New Zealand"),
    ("Nicaraguan", "Nicaragua"), ("Nigerian", "Nigeria"), ("Nigerien", "Niger"),
    ("North Korean", "North Korea"), ("Norwegian", "Norway"), ("Omani", "Oman"),
    ("Pakistani", "Pakistan"), ("Palestinian", "Palestine"), ("Panamanian", "Panama"),
    ("Paraguayan", "Paraguay"), ("Peruvian", "Peru"), ("Philippine", "Philippines"),
    ("Polish", "Poland"), ("Pole", "Poland"), ("Portuguese", "Portugal"),
    ("Puerto Rican", "Puerto Rico"), ("Qatari", "Qatar"), ("Romanian", "Romania"),
    ("Russian", "Russia"), ("Rwandan", "Rwanda"), ("Salvadoran", "El Salvador"),
    ("Salvadorean", "El Salvador"), ("Saudi", "Saudi Arabia"), ("Scottish", "Scotland"),
    ("Scot", "Scotland"), ("Senegalese", "Senegal"), ("Serbian", "Serbia"), ("Serb", "Serbia"),
    ("Singaporean", "Singapore"), ("Slovak", "Slovakia"), ("Slovenian", "Slovenia"),
    ("Somali", "Somalia"), ("South African", "South Africa"), ("South Korean", "South Korea"),
    ("South Sudanese", "South Sudan"), ("Spanish", "Spain"), ("Spaniard", "Spain"),
    ("Sri Lankan", "Sri Lanka"), ("Sudanese", "Sudan"), ("Surinamese", "Suriname"),
    ("Swedish", "Sweden"), ("Swede", "Sweden"), ("Swiss", "Switzerland"), ("Syrian", "Syria"),
    ("Taiwanese", "Taiwan"), ("Tajik", "Tajikistan"), ("Tanzanian", "Tanzania"),
    ("Thai", "Thailand"), ("Togolese", "Togo"), ("Tunisian", "Tunisia"), ("Turkish", "Turkey"),
    ("Turk", "Turkey"), ("Turkmen", "Turkmenistan"), ("Ugandan", "Uganda"),
    ("Ukrainian", "Ukraine"), ("Uruguayan", "Uruguay"), ("Uzbek", "Uzbekistan"),
    ("Venezuelan", "Venezuela"), ("Vietnamese", "Vietnam"), ("Welsh", "Wales"),
    ("Yemeni", "Yemen"), ("Zambian", "Zambia"), ("Zimbabwean", "Zimbabwe"), ("African", "Africa"),
    ("Asian", "Asia"), ("European", "Europe"), ("Latin American", "Latin America"),
    ("Middle Eastern", "Middle East"), ("Caribbean", "Caribbean"), ("Arab", "Middle East"),
    ("Kurdish", "Kurdistan"), ("Catalan", "Catalonia"), ("Texan", "Texas"),
    ("Californian", "California"), ("Floridian", "Florida"), ("Muscovite", "Moscow"),
    ("Londoner", "London"), ("New Yorker", "New York"), ("Parisian", "Paris"),
];

/// The country (or region) a demonym points at: "Colombian" → "Colombia".
/// Accepts plurals ("Colombians", "Swiss") and the possessive-free form
/// only; it does not fold case, because lowercase "american" is not a cue.
pub fn demonym_country(word: &str) -> Option<&'static str> {
    let word = word.trim();
    let lookup = |w: &str| DEMONYMS.iter().find(|(d, _)| *d == w).map(|(_, c)| *c);
    if let Some(c) = lookup(word) {
        return Some(c);
    }
    // Nationality plurals: "Colombians", "Filipinos"; "-ese"/"-ish" take none.
    word.strip_suffix('s').and_then(lookup)
}

/// Place names and demonyms as hash sets, built once per extraction call.
pub struct Gazetteer {
    places: HashSet<&'static str>,
    demonyms: HashSet<&'static str>,
    /// Longest place name in tokens, to bound the candidate windows.
    pub max_tokens: usize,
}

impl Gazetteer {
    pub fn new() -> Self {
        let mut places = HashSet::with_capacity(1200);
        let mut max_tokens = 1;
        for line in PLACES.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            max_tokens = max_tokens.max(line.split_whitespace().count());
            places.insert(line);
        }
        let demonyms = DEMONYMS.iter().map(|(d, _)| *d).collect();
        Gazetteer {
            places,
            demonyms,
            max_tokens,
        }
    }

    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(name)
    }

    /// True for "Colombian" and "Colombians" alike.
    pub fn is_demonym(&self, word: &str) -> bool {
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
    fn place_list_has_no_duplicates_or_stray_whitespace() {
        let mut seen = HashSet::new();
        for line in PLACES.lines() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            assert_eq!(line, line.trim(), "whitespace around {line:?}");
            assert!(seen.insert(line), "duplicate {line:?}");
        }
    }
}
