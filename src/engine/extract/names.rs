//! Word lists and tokenisation shared by the entity and quote extractors.
//!
//! All lists are general English/news vocabulary, kept in `assets/words/`.
//! They are compiled into hash sets per extraction call (the project bans
//! global statics) and queried by lowercased token, which keeps name
//! finding linear.

use super::gazetteer::{KNOWN_ORGS, NOT_ACRONYMS, ORG_WORDS};
use crate::engine::words::{self, entries};

pub(crate) const NAME_STOPWORDS: &str = include_str!("../../../assets/words/name_stopwords.txt");
const HOLIDAY_WORDS: &str = include_str!("../../../assets/words/holiday_words.txt");
const COMMON_WORDS: &str = include_str!("../../../assets/words/common_words.txt");
const TITLES: &str = include_str!("../../../assets/words/titles.txt");
const TITLE_COMPLEMENTS: &str = include_str!("../../../assets/words/title_complements.txt");
const PARTICLES: &str = include_str!("../../../assets/words/name_particles.txt");
const HONORIFICS: &str = include_str!("../../../assets/words/honorifics.txt");
const ABBREVIATIONS: &str = include_str!("../../../assets/words/name_abbreviations.txt");
const HEADLINE_SMALL_WORDS: &str = include_str!("../../../assets/words/headline_small_words.txt");
const SPEECH_VERBS: &str = include_str!("../../../assets/words/speech_verbs.txt");

/// Lookups in the lists above, hashed once per analysis: the entity scan
/// asks a dozen of these per capitalised word, and bisecting the sorted
/// lists cost a fifth of the scan.
pub struct Lexicon {
    stop: WordSet,
    /// Stopwords, months, weekdays and holidays.
    stop_or_date: WordSet,
    common: WordSet,
    titles: WordSet,
    complements: WordSet,
    org_words: WordSet,
    known_orgs: WordSet,
    not_acronyms: WordSet,
    particles: WordSet,
    honorifics: WordSet,
    abbrevs: WordSet,
    speech_verbs: WordSet,
    /// Compared ignoring ASCII case; few and short, so a scan will do.
    headline_small: Vec<&'static str>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

/// FxHash (as in rustc): words are short and the keys are our own lists,
/// so a multiply-rotate hash beats SipHash several times over.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut add = |x: u64| {
            self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        };
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let mut last = [0u8; 8];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 56));
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A set of the words of word-list files.
#[derive(Clone, Default)]
pub(crate) struct WordSet(
    std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<WordHasher>>,
);

impl WordSet {
    /// The entries of every list in `files` (see [`words::entries`]).
    pub(crate) fn of(files: &[&'static str]) -> Self {
        WordSet(files.iter().flat_map(|f| entries(f)).collect())
    }

    /// Exact lookup.
    pub(crate) fn has(&self, w: &str) -> bool {
        self.0.contains(w)
    }

    /// Lookup of `w` lowercased (char by char), without allocating for
    /// short ASCII words.
    fn has_lower(&self, w: &str) -> bool {
        let mut buf = [0u8; 24];
        if w.len() <= buf.len() && w.is_ascii() {
            let key = &mut buf[..w.len()];
            key.copy_from_slice(w.as_bytes());
            key.make_ascii_lowercase();
            // ASCII stays valid UTF-8 when lowercased.
            return std::str::from_utf8(key).is_ok_and(|k| self.0.contains(k));
        }
        let lower: String = w.chars().flat_map(char::to_lowercase).collect();
        self.0.contains(lower.as_str())
    }
}

impl Lexicon {
    pub fn new() -> Self {
        let set = |file: &'static str| WordSet::of(&[file]);
        Lexicon {
            stop: set(NAME_STOPWORDS),
            stop_or_date: WordSet::of(&[NAME_STOPWORDS, words::MONTHS_AND_DAYS, HOLIDAY_WORDS]),
            common: set(COMMON_WORDS),
            titles: set(TITLES),
            complements: set(TITLE_COMPLEMENTS),
            org_words: set(ORG_WORDS),
            known_orgs: set(KNOWN_ORGS),
            not_acronyms: set(NOT_ACRONYMS),
            particles: set(PARTICLES),
            honorifics: set(HONORIFICS),
            abbrevs: set(ABBREVIATIONS),
            speech_verbs: set(SPEECH_VERBS),
            headline_small: entries(HEADLINE_SMALL_WORDS).collect(),
        }
    }

    /// Function word, boilerplate, month or weekday (case-insensitive).
    pub fn is_stop(&self, w: &str) -> bool {
        let w = w.trim_end_matches('.');
        self.stop_or_date.has_lower(w)
    }
    pub fn is_common(&self, w: &str) -> bool {
        self.common.has_lower(w)
    }
    /// "President", "Mr.", "Secretary-General", plural "Presidents".
    pub fn is_title(&self, w: &str) -> bool {
        let has = |w: &str| self.titles.has(w);
        has(w)
            || w.strip_suffix('s').is_some_and(|s| s.len() > 3 && has(s))
            || w.rsplit(['-', '‐'])
                .next()
                .is_some_and(|last| last != w && has(last))
    }
    pub fn is_complement(&self, w: &str) -> bool {
        self.complements.has(w)
    }
    pub fn is_org_word(&self, w: &str) -> bool {
        self.org_words.has(w)
    }
    pub fn is_known_org(&self, w: &str) -> bool {
        self.known_orgs.has(w)
    }
    pub fn is_ordinary_caps(&self, w: &str) -> bool {
        self.not_acronyms.has(w) || self.stop.has_lower(w) || self.common.has_lower(w)
    }
    pub fn is_particle(&self, w: &str) -> bool {
        self.particles.has(w)
    }
    pub fn is_honorific(&self, w: &str) -> bool {
        self.honorifics.has(w)
    }
    pub fn is_abbrev(&self, w: &str) -> bool {
        self.abbrevs.has(w)
    }
    /// "said", "told", "according": a verb that attributes a quote.
    /// Matched exactly, so callers lowercase what they ask about.
    pub fn is_speech_verb(&self, w: &str) -> bool {
        self.speech_verbs.has(w)
    }
    /// A short word a headline leaves lowercase ("of", "the", "after").
    fn is_headline_small(&self, w: &str) -> bool {
        w.len() <= 5
            && self
                .headline_small
                .iter()
                .any(|s| s.eq_ignore_ascii_case(w))
    }
}

/// Combining marks are part of the word they decorate ("e" + U+0301).
pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// One word of running text. `start..end` excludes a possessive "’s" and
/// trailing punctuation, except the period of an abbreviation or initial.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    /// Followed by a possessive ("Trump’s", "the leaders’").
    pub poss: bool,
    /// Separated from the previous token by plain spaces only, so the two
    /// can belong to one name.
    pub joined: bool,
}

impl Tok {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
}

/// Splits `text` into words. Letters, digits and combining marks form
/// words; an apostrophe, hyphen or period joins two word runs ("O’Brien",
/// "Jean-Luc", "U.S"); a final period is kept only for abbreviations and
/// initials, so it never swallows a sentence end.
pub fn tokenize(text: &str, lex: &Lexicon) -> Vec<Tok> {
    let bytes = text.as_bytes();
    // The char at byte `i` (a char boundary) and whether it is a word
    // char, without decoding ASCII.
    let at = |i: usize| -> (char, bool) {
        match bytes.get(i) {
            Some(&b) if b < 0x80 => (b as char, b.is_ascii_alphanumeric()),
            Some(_) => {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c, is_word_char(c))
            }
            None => ('\0', false),
        }
    };
    let mut toks = Vec::new();
    let mut i = 0;
    let mut gap_plain = false;
    while i < bytes.len() {
        let (c, word) = at(i);
        if !word {
            // A gap is plain only if every character in it is a space.
            let mut plain = true;
            while i < bytes.len() {
                let (c2, word2) = at(i);
                if word2 {
                    break;
                }
                if c2 != ' ' && c2 != '\u{a0}' {
                    plain = false;
                }
                i += c2.len_utf8();
            }
            gap_plain = plain;
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        i = end;
        let mut has_inner_dot = false;
        while i < bytes.len() {
            let (c2, word2) = at(i);
            if word2 {
                end = i + c2.len_utf8();
                i = end;
                continue;
            }
            if matches!(c2, '\'' | '’' | 'ʼ' | '-' | '‐' | '.') && at(i + c2.len_utf8()).1 {
                if c2 == '.' {
                    has_inner_dot = true;
                }
                i += c2.len_utf8();
                continue;
            }
            break;
        }
        let mut poss = false;
        let word = &text[start..end];
        // Possessive "’s" was joined as an inner apostrophe; split it off.
        for suf in ["'s", "’s", "ʼs"] {
            if let Some(base) = word.strip_suffix(suf)
                && !base.is_empty()
            {
                end = start + base.len();
                poss = true;
                break;
            }
        }
        let rest = &text[end..];
        let mut next = rest.chars();
        let (n1, n2) = (next.next(), next.next());
        if !poss
            && n1.is_some_and(is_apostrophe)
            && word.ends_with('s')
            && !n2.is_some_and(is_word_char)
        {
            poss = true;
        }
        if !poss && n1 == Some('.') {
            let w = &text[start..end];
            let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
            if initial || has_inner_dot || lex.is_abbrev(w) {
                end += 1;
                i += 1;
            }
        }
        toks.push(Tok {
            start,
            end,
            poss,
            joined: gap_plain && !toks.is_empty(),
        });
        gap_plain = false;
    }
    toks
}

/// Starts with an uppercase letter (titlecase words, "McDonald", "U.S.").
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Two or more letters, all uppercase: "NATO", "AFP", "STOPPED".
pub fn is_all_caps(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// A line is a headline when nearly all its content words are capitalised.
pub fn is_headline(line: &str, toks: &[Tok], lex: &Lexicon) -> bool {
    let ends_sentence = line.trim_end().ends_with(['.', '!', '?', '”', '"']);
    // A full stop marks running text: a name-dense sentence is still prose.
    if ends_sentence {
        return false;
    }
    let mut content = 0usize;
    let mut caps = 0usize;
    for t in toks {
        let w = t.text(line);
        if !w.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        if lex.is_headline_small(w) {
            continue;
        }
        content += 1;
        if is_capitalised(w) {
            caps += 1;
        }
    }
    if content < 3 {
        return false;
    }
    let ratio = caps as f64 / content as f64;
    ratio >= 0.75
}

/// Shouted lines ("BREAKING: ...") carry no reliable acronyms.
pub fn is_shouting(line: &str) -> bool {
    let (mut up, mut low) = (0usize, 0usize);
    let mut rest = line;
    while !rest.is_empty() {
        // ASCII runs byte by byte, the rest char by char.
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        for b in rest[..ascii].bytes() {
            up += usize::from(b.is_ascii_uppercase());
            low += usize::from(b.is_ascii_lowercase());
        }
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            if c.is_alphabetic() {
                if c.is_uppercase() {
                    up += 1;
                } else {
                    low += 1;
                }
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    up >= 12 && up > low * 3
}

/// "BOGOTÁ" → "Bogotá", for all-caps datelines.
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_start = true;
    for c in s.chars() {
        if at_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        at_start = !c.is_alphabetic();
    }
    out
}

/// ASCII folding of the Latin letters common in names, so that "Nicolas"
/// and "Nicolás" compare equal. Unknown characters pass through.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_mark(c) {
            continue;
        }
        let r = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
            'Ç' | 'Ć' | 'Č' | 'Ĉ' | 'Ċ' => "C",
            'ď' | 'đ' => "d",
            'Ď' | 'Đ' => "D",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
            'ğ' | 'ģ' => "g",
            'Ğ' | 'Ģ' => "G",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => "I",
            'ķ' => "k",
            'ł' | 'ľ' | 'ļ' | 'ĺ' => "l",
            'Ł' | 'Ľ' | 'Ļ' | 'Ĺ' => "L",
            'ñ' | 'ń' | 'ň' | 'ņ' => "n",
            'Ñ' | 'Ń' | 'Ň' | 'Ņ' => "N",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
            'ř' | 'ŕ' => "r",
            'Ř' | 'Ŕ' => "R",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
            'ß' => "ss",
            'ť' | 'ţ' | 'ț' => "t",
            'Ť' | 'Ţ' | 'Ț' => "T",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "U",
            'ý' | 'ÿ' => "y",
            'Ý' | 'Ÿ' => "Y",
            'ź' | 'ż' | 'ž' => "z",
            'Ź' | 'Ż' | 'Ž' => "Z",
            'æ' => "ae",
            'Æ' => "AE",
            'œ' => "oe",
            'Œ' => "OE",
            '’' | 'ʼ' | '‘' => "'",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let lex = Lexicon::new();
        tokenize(s, &lex)
            .iter()
            .map(|t| t.text(s))
            .collect::<Vec<_>>()
    }

    #[test]
    fn tokenizer_keeps_abbreviation_periods_but_not_sentence_ends() {
        assert_eq!(
            words("Mr. O’Brien met Donald J. Trump in the U.S. today."),
            [
                "Mr.",
                "O’Brien",
                "met",
                "Donald",
                "J.",
                "Trump",
                "in",
                "the",
                "U.S.",
                "today"
            ]
        );
    }

    #[test]
    fn tokenizer_splits_possessives_and_marks_them() {
        let lex = Lexicon::new();
        let s = "Colombia’s leader and the leaders’ talks, Smith's plan";
        let t = tokenize(s, &lex);
        assert_eq!(t[0].text(s), "Colombia");
        assert!(t[0].poss);
        assert_eq!(t[4].text(s), "leaders");
        assert!(t[4].poss);
        assert_eq!(t[6].text(s), "Smith");
        assert!(t[6].poss);
        assert!(!t[1].poss);
    }

    #[test]
    fn joined_means_plain_spaces_only() {
        let lex = Lexicon::new();
        let s = "Ana López, Juan\nPérez";
        let t = tokenize(s, &lex);
        assert!(t[1].joined);
        assert!(!t[2].joined, "comma breaks a name");
        assert!(!t[3].joined, "newline breaks a name");
    }

    #[test]
    fn word_list_files_are_well_formed() {
        use crate::engine::words::assert_well_formed;
        assert_well_formed(
            NAME_STOPWORDS,
            &["the", "however", "meanwhile", "so-called"],
        );
        assert_well_formed(HOLIDAY_WORDS, &["christmas", "easter", "ramadan"]);
        assert_well_formed(COMMON_WORDS, &["social", "house", "supreme", "zone"]);
        assert_well_formed(TITLES, &["President", "Gen.", "Mr", "Vice"]);
        assert_well_formed(TITLE_COMPLEMENTS, &["Defence", "Homeland", "the"]);
        assert_well_formed(PARTICLES, &["da", "van", "bin"]);
        assert_well_formed(HONORIFICS, &["Mr.", "Dame", "Mx."]);
        assert_well_formed(ABBREVIATIONS, &["Gen", "Jan", "St", "vs"]);
        assert_well_formed(HEADLINE_SMALL_WORDS, &["the", "of", "amid", "vs"]);
        assert_well_formed(SPEECH_VERBS, &["said", "according", "wrote", "urging"]);
        // Looked up after lowercasing the word asked about.
        for file in [NAME_STOPWORDS, HOLIDAY_WORDS, COMMON_WORDS, SPEECH_VERBS] {
            assert!(entries(file).all(|w| w.to_lowercase() == w));
        }
        assert!(entries(HEADLINE_SMALL_WORDS).all(|w| w.len() <= 5));
    }

    #[test]
    fn lexicon_answers_from_its_lists() {
        let lex = Lexicon::new();
        assert!(lex.is_stop("However") && lex.is_stop("MONDAY") && !lex.is_stop("Petra"));
        assert!(lex.is_stop("Easter") && lex.is_stop("Sept.") && !lex.is_ordinary_caps("EASTER"));
        assert!(
            lex.is_common("Social")
                && lex.is_title("Presidents")
                && lex.is_title("Secretary-General")
        );
        assert!(lex.is_speech_verb("said") && !lex.is_speech_verb("Said"));
        assert!(lex.is_headline_small("AMID") && !lex.is_headline_small("Leaders"));
    }

    #[test]
    fn fold_strips_diacritics() {
        assert_eq!(fold("Nicolás Córdoba Łódź"), "Nicolas Cordoba Lodz");
        assert_eq!(fold("Jose\u{301}"), "Jose");
    }

    #[test]
    fn caps_predicates() {
        assert!(is_all_caps("NATO"));
        assert!(!is_all_caps("A"));
        assert!(!is_all_caps("Nato"));
        assert!(is_capitalised("Édouard"));
        assert!(!is_capitalised("de"));
    }
}
