//! Word lists and tokenisation shared by the entity and quote extractors.
//!
//! All lists are general English/news vocabulary. They are compiled into
//! hash sets per extraction call (the project bans global statics) and
//! queried by lowercased token, which keeps name finding linear.

use std::collections::{HashMap, HashSet};

use crate::engine::model::Kind;

/// Words that are never (part of) a name, however they are capitalised:
/// function words, sentence adverbs, pronouns and news boilerplate.
#[rustfmt::skip]
const STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "if", "in", "on", "at", "to", "for", "of", "by",
    "with", "from", "as", "after", "before", "during", "despite", "however", "according",
    "meanwhile", "also", "although", "though", "while", "when", "whenever", "where", "what", "who",
    "whom", "whose", "why", "how", "which", "this", "that", "these", "those", "there", "here",
    "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "hers", "their", "our", "my",
    "your", "him", "them", "me", "yet", "so", "then", "thus", "still", "now", "today", "yesterday",
    "tomorrow", "tonight", "last", "next", "many", "some", "most", "several", "few", "all", "both",
    "each", "every", "any", "no", "not", "none", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "other", "another", "such", "since", "until", "unless",
    "because", "instead", "under", "over", "about", "above", "below", "between", "among", "amid",
    "amidst", "against", "through", "throughout", "within", "without", "into", "onto", "upon",
    "via", "per", "like", "unlike", "near", "around", "across", "along", "behind", "beyond",
    "toward", "towards", "following", "including", "regarding", "earlier", "later", "already",
    "even", "just", "only", "again", "indeed", "perhaps", "maybe", "further", "furthermore",
    "moreover", "nevertheless", "nonetheless", "otherwise", "therefore", "hence", "rather",
    "whether", "either", "neither", "be", "is", "are", "was", "were", "been", "being", "has",
    "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might",
    "must", "shall", "said", "says", "say", "asked", "added", "told", "reported", "speaking",
    "writing", "responding", "addressing", "separately", "elsewhere", "overall", "initially",
    "ultimately", "recently", "currently", "previously", "additionally", "finally", "similarly",
    "likewise", "notably", "importantly", "still", "yes", "oh", "please", "thanks", "dear",
    "sources", "officials", "people", "residents", "authorities", "critics", "analysts", "experts",
    "observers", "witnesses", "supporters", "opponents", "lawmakers", "leaders", "protesters",
    "many", "much", "more", "less", "very", "too", "well", "first", "second", "third", "once",
    "twice", "ago", "so-called", "let", "let's", "if", "whereas", "amongst", "besides", "beneath",
    "beside", "inside", "outside", "off", "out", "up", "down", "ahead", "photo", "photos", "video",
    "image", "advertisement", "subscribe", "share", "click", "read", "watch", "live", "update",
    "updated", "breaking", "exclusive", "opinion", "analysis", "editorial", "explainer", "related",
    "more", "source", "credit", "getty", "copyright", "everyone", "everything", "someone",
    "something", "nobody", "nothing", "anyone", "anything", "thank", "hello", "sir", "madam",
];

#[rustfmt::skip]
const MONTHS_DAYS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "christmas", "easter", "ramadan",
];

/// Ordinary nouns and adjectives that show up capitalised in names of
/// things rather than people ("Social Media", "White House", "Supreme
/// Leader"). A bare capitalised pair made only of these is not a person.
#[rustfmt::skip]
const COMMON: &[&str] = &[
    "social", "media", "house", "white", "black", "red", "green", "blue", "gold", "golden", "new",
    "old", "great", "grand", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "central", "middle", "upper", "lower", "national", "international", "global",
    "world", "united", "federal", "state", "states", "public", "private", "general", "supreme",
    "high", "royal", "human", "rights", "civil", "free", "democratic", "republican", "liberal",
    "conservative", "labour", "labor", "progressive", "popular", "day", "week", "year", "time",
    "times", "news", "daily", "weekly", "post", "street", "road", "avenue", "square", "park",
    "bridge", "tower", "building", "hall", "palace", "city", "town", "village", "county",
    "district", "province", "region", "island", "islands", "river", "lake", "sea", "ocean", "bay",
    "gulf", "mountain", "mountains", "valley", "desert", "forest", "coast", "cape", "port",
    "airport", "station", "center", "centre", "market", "hotel", "church", "mosque", "temple",
    "cathedral", "school", "college", "university", "hospital", "museum", "library", "theater",
    "theatre", "stadium", "arena", "club", "team", "cup", "league", "championship", "games",
    "olympic", "olympics", "prize", "award", "awards", "act", "law", "bill", "plan", "program",
    "programme", "project", "initiative", "strategy", "policy", "reform", "agreement", "accord",
    "treaty", "deal", "summit", "conference", "forum", "meeting", "talks", "war", "battle",
    "crisis", "operation", "mission", "campaign", "movement", "revolution", "index", "report",
    "review", "survey", "fund", "trust", "foundation", "institute", "system", "network", "service",
    "services", "security", "defense", "defence", "foreign", "affairs", "home", "office",
    "justice", "health", "education", "energy", "finance", "treasury", "economy", "economic",
    "trade", "commerce", "environment", "interior", "transport", "transportation", "agriculture",
    "development", "science", "technology", "research", "information", "communications", "digital",
    "data", "online", "internet", "web", "cyber", "artificial", "intelligence", "climate",
    "change", "emergency", "disaster", "relief", "aid", "response", "recovery", "peace", "freedom",
    "liberty", "independence", "truth", "unity", "hope", "future", "final", "annual", "special",
    "executive", "legislative", "judicial", "military", "naval", "air", "force", "forces", "army",
    "navy", "police", "guard", "border", "patrol", "customs", "immigration", "bureau",
    "investigation", "prime", "vice", "deputy", "acting", "interim", "senior", "junior", "chief",
    "head", "leader", "member", "members", "party", "group", "company", "corporation", "holdings",
    "partners", "capital", "investment", "industries", "industry", "oil", "gas", "power",
    "electric", "motors", "airlines", "airways", "bank", "financial", "insurance", "credit",
    "exchange", "stock", "markets", "press", "radio", "television", "channel", "magazine",
    "journal", "herald", "tribune", "telegraph", "gazette", "observer", "guardian", "chronicle",
    "mirror", "sun", "star", "standard", "express", "independent", "mail", "weekend", "morning",
    "evening", "night", "holy", "saint", "sacred", "christian", "muslim", "islamic", "jewish",
    "catholic", "protestant", "orthodox", "hindu", "buddhist", "god", "lord", "kingdom", "empire",
    "republic", "federation", "union", "commonwealth", "alliance", "coalition", "front", "council",
    "committee", "commission", "assembly", "congress", "senate", "parliament", "cabinet",
    "government", "administration", "ministry", "department", "agency", "authority", "court",
    "tribunal", "board", "platform", "app", "account", "page", "site", "website", "show", "live",
    "tv", "broadcast", "network", "big", "little", "small", "long", "short", "early", "late",
    "young", "modern", "ancient", "grand", "open", "official", "secret", "joint", "common",
    "single", "real", "total", "full", "part", "side", "point", "zone", "area", "territory",
    "territories", "border", "line", "wall", "gate", "field", "base", "camp", "prison", "jail",
    "court", "road", "highway", "route", "corridor", "canal", "dam", "plant", "factory", "mine",
    "farm", "port", "harbor", "harbour", "beach", "hill", "hills", "heights", "falls", "springs",
    "lakes", "bay", "plaza", "boulevard", "honour", "honor", "glory", "victory", "nation",
    "nations", "latin",
];

/// Capitalised words that introduce a person's name and are not part of it.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "President", "Vice", "Premier", "Minister", "Secretary", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.",
    "Ms", "Miss", "Mx.", "Dr.", "Dr", "Judge", "Justice", "Gen.", "General", "Sen.", "Senator",
    "Rep.", "Representative", "Congressman", "Congresswoman", "Gov.", "Governor", "Mayor",
    "Chancellor", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope", "CEO",
    "Chairman", "Chairwoman", "Chairperson", "Chair", "Director", "Commissioner", "Ambassador",
    "Envoy", "Spokesman", "Spokeswoman", "Spokesperson", "Lt.", "Lieutenant", "Col.", "Colonel",
    "Capt.", "Captain", "Maj.", "Major", "Sgt.", "Sergeant", "Adm.", "Admiral", "Commander",
    "Cpl.", "Corporal", "Pvt.", "Private", "Officer", "Detective", "Inspector", "Superintendent",
    "Sheriff", "Prosecutor", "Attorney", "Professor", "Prof.", "Rev.", "Reverend", "Father", "Fr.",
    "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Sheikh", "Ayatollah", "Emir", "Sultan",
    "Speaker", "Leader", "Executive", "Coach", "Manager", "Analyst", "Economist", "Lawyer",
    "Activist", "Journalist", "Reporter", "Author", "Actor", "Actress", "Singer", "Dame", "Sir",
    "Lord", "Lady", "Baron", "Baroness", "Councillor", "Councilman", "Councilwoman", "Magistrate",
    "Marshal", "Chief", "Founder", "Candidate", "Nominee", "Delegate", "Assemblyman",
    "Assemblywoman", "Comptroller", "Treasurer", "Provost", "Dean", "Mufti", "Patriarch",
    "Metropolitan", "Pastor", "Deacon", "Sister", "Brother", "Mother",
];

/// What may follow "Secretary of" / "Minister for" inside a title.
#[rustfmt::skip]
const TITLE_COMPLEMENTS: &[&str] = &[
    "State", "Defense", "Defence", "Foreign", "Affairs", "Home", "Homeland", "Security", "Health",
    "Finance", "Justice", "Interior", "Energy", "Education", "Transportation", "Transport",
    "Commerce", "Labor", "Labour", "Agriculture", "Treasury", "War", "Trade", "Economy",
    "Environment", "Housing", "Veterans", "Culture", "Tourism", "Industry", "Immigration",
    "Communications", "Information", "Development", "Planning", "Science", "Technology", "Public",
    "Works", "Welfare", "Social", "Women", "Youth", "Sports", "Sport", "Mines", "Petroleum", "Oil",
    "Water", "Fisheries", "Natural", "Resources", "External", "Internal", "Digital", "Climate",
    "Relations", "Navy", "Army", "Air", "Force", "the",
];

/// Words that end (or head, before "of") an organisation's name.
#[rustfmt::skip]
const ORG_WORDS: &[&str] = &[
    "Ministry", "Department", "Agency", "Council", "Party", "Bank", "Court", "Commission",
    "Embassy", "Consulate", "University", "College", "Institute", "Inc.", "Inc", "Corp.", "Corp",
    "Corporation", "Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "SA", "GmbH", "Group", "Association",
    "Union", "Army", "Navy", "Police", "Congress", "Senate", "Parliament", "Assembly", "Committee",
    "Foundation", "Fund", "Organization", "Organisation", "Office", "Service", "Services",
    "Forces", "Guard", "Authority", "Federation", "Company", "Co.", "Network", "News", "Times",
    "Post", "Journal", "Press", "Bureau", "Administration", "Cabinet", "Board", "Reserve",
    "Centre", "Center", "Hospital", "School", "Church", "Movement", "Front", "Alliance",
    "Coalition", "Tribunal", "Secretariat", "Airlines", "Airways", "Motors", "Holdings",
    "Partners", "Trust", "Exchange", "Club", "League", "Brigade", "Brigades", "Corps", "Command",
    "Society", "Cartel", "Telegraph", "Tribune", "Herald", "Gazette", "Institution", "Industries",
    "Laboratories", "Labs", "Pharmaceuticals", "Technologies", "Systems", "Enterprises", "Media",
    "Broadcasting", "Television", "Radio", "Agence", "Directorate", "Prosecutor's", "Inspectorate",
    "Council", "Chamber", "Caucus", "Militia", "Battalion", "Regiment", "Division", "Squadron",
    "Fleet", "Academy", "Observatory", "Programme", "Program", "Initiative", "Consortium",
    "Syndicate",
];

/// Organisations known by a bare name with no organisation word in it.
#[rustfmt::skip]
const KNOWN_ORGS: &[&str] = &[
    "United Nations", "European Union", "African Union", "World Bank", "Red Cross", "Red Crescent",
    "White House", "Kremlin", "Pentagon", "Downing Street", "Élysée", "Elysee", "Knesset", "Duma",
    "Bundestag", "Bundesrat", "Interpol", "Europol", "Hamas", "Hezbollah", "Taliban", "Houthis",
    "Reuters", "Bloomberg", "Al Jazeera", "Agence France-Presse", "Associated Press", "Google",
    "Microsoft", "Facebook", "YouTube", "TikTok", "OpenAI", "Vatican", "Politburo", "Mossad",
    "Scotland Yard", "Wall Street Journal", "Greenpeace", "Amnesty International",
    "Human Rights Watch", "Doctors Without Borders", "Médecins Sans Frontières", "Al-Shabaab",
    "al-Shabaab", "Al-Qaeda", "al-Qaeda", "Al Qaeda", "Islamic State", "Boko Haram", "Wagner",
    "Xinhua", "Kyodo", "Yonhap", "Tass", "Interfax", "Euronews", "Politico", "Axios", "Airbus",
    "Boeing", "Nvidia", "Gazprom", "Rosneft", "Aramco", "Samsung", "Toyota", "Volkswagen", "Pemex",
    "Petrobras", "Ecopetrol", "Congress", "Senate", "Parliament",
];

/// All-caps abbreviations that are ordinary words, not organisations.
#[rustfmt::skip]
const NOT_ACRONYMS: &[&str] = &[
    "CEO", "CFO", "CTO", "COO", "GDP", "COVID", "AIDS", "HIV", "DNA", "RNA", "TV", "PM", "AM",
    "OK", "ID", "IT", "CCTV", "SUV", "GPS", "LGBT", "LGBTQ", "NGO", "NGOS", "UFO", "VIP", "WWII",
    "WWI", "MP", "MPS", "ET", "EST", "EDT", "CST", "CDT", "PST", "PDT", "GMT", "UTC", "BST", "CET",
    "CEST", "AI", "IPO", "ETF", "BC", "AD", "BCE", "CE", "PS", "FAQ", "USB", "HQ", "TBD", "FYI",
    "ASAP", "LOL", "OMG", "AKA", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX",
    "XXI", "KM", "KG", "MPH", "PDF", "URL", "PR", "HR", "QA", "US", "UK", "VAT", "CO2", "SMS",
    "ATM", "PIN", "DIY", "RIP", "ICU", "ER", "MRI", "PTSD", "ADHD", "IQ", "PHD", "MBA", "VP", "DJ",
    "MC", "RSVP",
];

/// Lowercase particles that may sit inside a name ("Lula da Silva").
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "da", "de", "del", "della", "der", "di", "do", "dos", "das", "du", "van", "von", "den", "la",
    "le", "bin", "ibn", "al", "el", "ter", "ten", "y", "e", "zu", "af", "binti", "bint",
];

/// Honorifics whose single following word is a surname ("Mr. Petro").
#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Mx.", "Prof.", "Sir", "Dame",
];

/// Abbreviations that keep their trailing period (it is not a sentence end).
#[rustfmt::skip]
const ABBREVS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Jr", "Sr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col",
    "Capt", "Maj", "Sgt", "Adm", "Cpl", "Pvt", "Prof", "Rev", "Fr", "Inc", "Corp", "Ltd", "Co",
    "Mt", "Ft", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Gov", "Supt", "Insp", "Det", "Cmdr", "Brig",
];

/// Every list above as a hash set; built at the start of an extraction.
pub struct Lexicon {
    stop: HashSet<&'static str>,
    months: HashSet<&'static str>,
    common: HashSet<&'static str>,
    titles: HashSet<&'static str>,
    complements: HashSet<&'static str>,
    org_words: HashSet<&'static str>,
    known_orgs: HashSet<&'static str>,
    not_acronyms: HashSet<&'static str>,
    particles: HashSet<&'static str>,
    honorifics: HashSet<&'static str>,
    abbrevs: HashSet<&'static str>,
}

fn set(words: &[&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

impl Lexicon {
    pub fn new() -> Self {
        Lexicon {
            stop: set(STOP),
            months: set(MONTHS_DAYS),
            common: set(COMMON),
            titles: set(TITLES),
            complements: set(TITLE_COMPLEMENTS),
            org_words: set(ORG_WORDS),
            known_orgs: set(KNOWN_ORGS),
            not_acronyms: set(NOT_ACRONYMS),
            particles: set(PARTICLES),
            honorifics: set(HONORIFICS),
            abbrevs: set(ABBREVS),
        }
    }

    /// Function word, boilerplate, month or weekday (case-insensitive).
    pub fn is_stop(&self, w: &str) -> bool {
        let l = w.to_lowercase();
        let l = l.trim_end_matches('.');
        self.stop.contains(l) || self.months.contains(l)
    }
    pub fn is_common(&self, w: &str) -> bool {
        self.common.contains(w.to_lowercase().as_str())
    }
    /// "President", "Mr.", "Secretary-General", plural "Presidents".
    pub fn is_title(&self, w: &str) -> bool {
        self.titles.contains(w)
            || w.strip_suffix('s')
                .is_some_and(|s| s.len() > 3 && self.titles.contains(s))
            || w.rsplit(['-', '‐'])
                .next()
                .is_some_and(|last| last != w && self.titles.contains(last))
    }
    pub fn is_complement(&self, w: &str) -> bool {
        self.complements.contains(w)
    }
    pub fn is_org_word(&self, w: &str) -> bool {
        self.org_words.contains(w)
    }
    pub fn is_known_org(&self, w: &str) -> bool {
        self.known_orgs.contains(w)
    }
    pub fn is_ordinary_caps(&self, w: &str) -> bool {
        self.not_acronyms.contains(w)
            || self.stop.contains(w.to_lowercase().as_str())
            || self.common.contains(w.to_lowercase().as_str())
    }
    pub fn is_particle(&self, w: &str) -> bool {
        self.particles.contains(w)
    }
    pub fn is_honorific(&self, w: &str) -> bool {
        self.honorifics.contains(w)
    }
    pub fn is_abbrev(&self, w: &str) -> bool {
        self.abbrevs.contains(w)
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
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
    let mut toks = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut gap_plain = false;
    while let Some(&(i, c)) = it.peek() {
        if !is_word_char(c) {
            gap_plain = c == ' ' || c == '\u{a0}';
            // A gap is plain only if every character in it is a space.
            let mut plain = gap_plain;
            while let Some(&(_, c2)) = it.peek() {
                if is_word_char(c2) {
                    break;
                }
                if c2 != ' ' && c2 != '\u{a0}' {
                    plain = false;
                }
                it.next();
            }
            gap_plain = plain;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut has_inner_dot = false;
        while let Some(&(j, c2)) = it.peek() {
            if is_word_char(c2) {
                end = j + c2.len_utf8();
                it.next();
                continue;
            }
            if matches!(c2, '\'' | '’' | 'ʼ' | '-' | '‐' | '.') {
                let after = text[j + c2.len_utf8()..].chars().next();
                if after.is_some_and(is_word_char) {
                    if c2 == '.' {
                        has_inner_dot = true;
                    }
                    it.next();
                    continue;
                }
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
                it.next();
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

/// Maps each name as written to the fullest name the corpus gives the same
/// entity. Short person names ("Rubio", "Mr. Petro") map to the one full
/// name they can belong to, and to nothing when two full names share them.
/// Matching ignores diacritics, case, titles and middle initials.
pub fn canonical_names(names: &[(Kind, String)]) -> HashMap<String, String> {
    let lex = Lexicon::new();
    let mut map = HashMap::new();
    // Group every name by its folded key, per kind.
    let mut groups: HashMap<(Kind, Vec<String>), Vec<&str>> = HashMap::new();
    for (kind, name) in names {
        let key = name_key(*kind, name, &lex);
        if !key.is_empty() {
            groups.entry((*kind, key)).or_default().push(name.as_str());
        }
    }
    let best = |forms: &[&str]| -> String {
        let mut v: Vec<&str> = forms.to_vec();
        v.sort_by_key(|f| {
            let non_ascii = f.chars().filter(|c| !c.is_ascii()).count();
            (
                std::cmp::Reverse(f.split_whitespace().count()),
                std::cmp::Reverse(non_ascii),
                std::cmp::Reverse(f.len()),
                f.to_string(),
            )
        });
        v[0].to_string()
    };
    let mut keys: Vec<&(Kind, Vec<String>)> = groups.keys().collect();
    keys.sort();
    for k in &keys {
        let (kind, key) = k;
        let target = if *kind == Kind::Person {
            let covering: Vec<&&(Kind, Vec<String>)> = keys
                .iter()
                .filter(|o| o.0 == Kind::Person && o.1.len() > key.len() && covers(&o.1, key))
                .filter(|o| {
                    // Only maximal names count: "Donald Trump" inside
                    // "Donald J. Trump" is the same key already.
                    !keys
                        .iter()
                        .any(|p| p.0 == Kind::Person && p.1.len() > o.1.len() && covers(&p.1, &o.1))
                })
                .collect();
            match covering.len() {
                0 => Some(best(&groups[*k])),
                1 => Some(best(&groups[*covering[0]])),
                _ if key.len() >= 2 => Some(best(&groups[*k])),
                _ => None,
            }
        } else {
            Some(best(&groups[*k]))
        };
        if let Some(t) = target {
            for form in &groups[*k] {
                map.insert(form.to_string(), t.clone());
            }
        }
    }
    map
}

/// Lowercased, folded name tokens without titles, initials or particles.
fn name_key(kind: Kind, name: &str, lex: &Lexicon) -> Vec<String> {
    let mut toks: Vec<&str> = name.split_whitespace().collect();
    if kind != Kind::Person {
        if toks.first().is_some_and(|t| t.eq_ignore_ascii_case("the")) {
            toks.remove(0);
        }
        return toks.iter().map(|t| fold(t).to_lowercase()).collect();
    }
    while toks.len() > 1 && (lex.is_title(toks[0]) || lex.is_honorific(toks[0])) {
        toks.remove(0);
    }
    toks.iter()
        .filter(|t| {
            let initial = t.trim_end_matches('.').chars().count() == 1;
            !initial && !lex.is_particle(t) && !matches!(**t, "Jr." | "Sr." | "Jr" | "Sr")
        })
        .map(|t| fold(t.trim_end_matches(',')).to_lowercase())
        .collect()
}

/// Whether `short` can be a short form of `long`: same surname and first
/// name with parts left out ("Luiz Lula da Silva"), a trailing part
/// ("Lula da Silva"), or one word of it other than the first name ("Lula").
fn covers(long: &[String], short: &[String]) -> bool {
    if short.len() == 1 {
        return long[1..].contains(&short[0]);
    }
    if long.ends_with(short) {
        return true;
    }
    if short[0] != long[0] || short.last() != long.last() {
        return false;
    }
    let mut it = long.iter();
    short.iter().all(|s| it.any(|l| l == s))
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
