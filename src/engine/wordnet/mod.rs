//! English lemmas and related words from WordNet 3.0, compiled by
//! `tools/gen_lexicon.py` into `assets/lexicon/` and embedded in the binary.
//!
//! The tables stay as sorted text and are searched in place, so opening the
//! lexicon is only a header skip and a parse of twenty rules. WordNet's
//! licence is in `assets/lexicon/LICENSE-WordNet`.

mod sorted;
#[cfg(test)]
mod tests;

use sorted::SortedLines;
use std::borrow::Cow;

const NOUN: u8 = 0x1;
const VERB: u8 = 0x2;
const ADJECTIVE: u8 = 0x4;
const ADVERB: u8 = 0x8;
/// Set on a lemma that is a more frequent word than its regular reduction
/// ("gas" is not a form of "ga", nor "species" of "specie").
const KEEP: u8 = 0x10;

/// One of WordNet's rules of detachment: a word of part of speech `pos`
/// ending in `suffix` may be an inflection of the word ending in `ending`.
#[derive(Clone, Copy, Debug)]
struct Rule {
    pos: u8,
    suffix: &'static str,
    ending: &'static str,
}

/// WordNet's lemma index, irregular forms and word relations. The caller
/// owns it; it borrows only the embedded tables.
#[derive(Clone, Debug)]
pub struct Lexicon {
    lemmas: SortedLines,
    exceptions: SortedLines,
    classes: SortedLines,
    documents: SortedLines,
    collectives: SortedLines,
    currencies: SortedLines,
    uses: SortedLines,
    nominals: SortedLines,
    rules: Vec<Rule>,
}

/// Below this many tagged uses, a word's share of noun uses says little.
const MIN_TAGGED_USES: u32 = 20;
/// A word the tagged corpus reads as a noun in fewer than one use in twenty
/// is a verb or an adjective in running text.
const RARELY_A_NOUN: f32 = 0.05;

impl Lexicon {
    /// The lexicon compiled into the binary.
    pub fn embedded() -> Lexicon {
        Lexicon {
            lemmas: SortedLines::new(include_str!("../../../assets/lexicon/lemmas.txt")),
            exceptions: SortedLines::new(include_str!("../../../assets/lexicon/exceptions.txt")),
            classes: SortedLines::new(include_str!("../../../assets/lexicon/classes.txt")),
            documents: SortedLines::new(include_str!("../../../assets/lexicon/documents.txt")),
            collectives: SortedLines::new(include_str!("../../../assets/lexicon/collectives.txt")),
            currencies: SortedLines::new(include_str!("../../../assets/lexicon/currencies.txt")),
            uses: SortedLines::new(include_str!("../../../assets/lexicon/uses.txt")),
            nominals: SortedLines::new(include_str!("../../../assets/lexicon/nominals.txt")),
            rules: parse_rules(include_str!("../../../assets/lexicon/morphy.txt")),
        }
    }

    /// The base form of `word` (ASCII case is ignored): an irregular form from
    /// WordNet's exception lists (paid → pay, men → man), else the first
    /// regular reduction, nouns before verbs before adjectives, that WordNet
    /// lists as a lemma (wages → wage, settling → settle). A word WordNet
    /// does not know comes back lowercased and otherwise unchanged.
    pub fn lemma<'a>(&'a self, word: &'a str) -> Cow<'a, str> {
        let lower = lowercase(word);
        match self.base(&lower) {
            Some(base) => Cow::Borrowed(base),
            None => lower,
        }
    }

    /// The verb `word` reduces to by WordNet's rules of detachment
    /// ("edged" → edge), even where `lemma` keeps the word as a lemma of
    /// its own (the adjective "edged"). Irregular forms are `lemma`'s.
    pub fn verb_base(&self, word: &str) -> Option<&'static str> {
        self.reduce(&lowercase(word), VERB)
    }

    /// The lemma of a lowercase word, if WordNet has one.
    fn base(&self, lower: &str) -> Option<&'static str> {
        if let Some((_, lemma)) = self.exceptions.find(lower) {
            return Some(lemma);
        }
        let own = self.lemmas.find(lower);
        match own {
            Some((word, rest)) if flags(rest) & KEEP != 0 => Some(word),
            _ => self
                .reduce(lower, NOUN | VERB | ADJECTIVE | ADVERB)
                .or(own.map(|(w, _)| w)),
        }
    }

    /// The first regular reduction of `lower` to a lemma of a part of speech
    /// in `pos`, by the rules of detachment in order.
    fn reduce(&self, lower: &str, pos: u8) -> Option<&'static str> {
        let mut candidate = String::with_capacity(lower.len() + 2);
        for rule in self.rules.iter().filter(|r| r.pos & pos != 0) {
            let Some(stem) = lower.strip_suffix(rule.suffix).filter(|s| !s.is_empty()) else {
                continue;
            };
            candidate.clear();
            candidate.push_str(stem);
            candidate.push_str(rule.ending);
            if candidate == lower {
                continue;
            }
            if let Some((base, rest)) = self.lemmas.find(&candidate)
                && flags(rest) & rule.pos != 0
            {
                return Some(base);
            }
        }
        None
    }

    /// The broad classes of what a noun names in its first senses, as a
    /// comma-separated list ("being", "thing", "happening", "time", …),
    /// for nouns of everyday use; `None` for any other word.
    pub fn noun_classes(&self, word: &str) -> Option<&'static str> {
        self.class_columns(word)
            .map(|c| c.split('\t').next().unwrap_or(c))
    }

    /// Like [`noun_classes`](Self::noun_classes), over all the noun's
    /// senses: "apprehension" is also an act (an arrest) in a rarer one.
    pub fn noun_classes_any(&self, word: &str) -> Option<&'static str> {
        self.class_columns(word)
            .map(|c| c.rsplit('\t').next().unwrap_or(c))
    }

    /// Whether a noun's first senses name things of `class` ("time",
    /// "being"; see [`noun_classes`](Self::noun_classes)).
    pub fn noun_is(&self, word: &str, class: &str) -> bool {
        in_class(self.noun_classes(word), class)
    }

    /// Whether any sense of a noun names things of `class`.
    pub fn noun_may_be(&self, word: &str, class: &str) -> bool {
        in_class(self.noun_classes_any(word), class)
    }

    fn class_columns(&self, word: &str) -> Option<&'static str> {
        let lower = lowercase(word);
        let base = self.base(&lower).unwrap_or(&lower);
        self.classes
            .find(base)
            .or_else(|| self.classes.find(&lower))
            .map(|(_, classes)| classes)
    }

    /// Whether a noun can name a text that speaks for itself: a document or
    /// a legal proceeding ("suit", "indictment", "report"), never a thing a
    /// person says or writes in their own voice ("letter", "statement").
    pub fn is_document(&self, word: &str) -> bool {
        let lower = lowercase(word);
        let base = self.base(&lower).unwrap_or(&lower);
        self.documents.find(base).is_some() || self.documents.find(&lower).is_some()
    }

    /// Whether a noun names a group first of all ("crowd", "audience",
    /// "fleet"): "a crowd of 61,384" counts its members.
    pub fn is_collective(&self, word: &str) -> bool {
        self.collectives.find(&lowercase(word)).is_some()
    }

    /// Whether some sense of `word` (or of its base form: "marks") is a
    /// monetary unit: "mark", "dinar", "krona", not "barrel".
    pub fn is_monetary_unit(&self, word: &str) -> bool {
        let lower = lowercase(word);
        let base = self.base(&lower).unwrap_or(&lower);
        self.currencies.find(base).is_some() || self.currencies.find(&lower).is_some()
    }

    /// Whether WordNet reads `word` as a noun and never as an adjective
    /// ("term", "time"; not "straight", "largest").
    pub fn is_plain_noun(&self, word: &str) -> bool {
        let pos = self.parts_of_speech(word);
        pos & NOUN != 0 && pos & ADJECTIVE == 0
    }

    /// The parts of speech WordNet lists for `word` or its base form.
    fn parts_of_speech(&self, word: &str) -> u8 {
        let lower = lowercase(word);
        let base = self.base(&lower).unwrap_or(&lower);
        let pos = |w: &str| self.lemmas.find(w).map_or(0, |(_, rest)| flags(rest));
        pos(&lower) | pos(base)
    }

    /// Whether WordNet lists `word` as an adjective in any sense
    /// ("federal", "new"), whatever else it may be.
    pub fn can_be_adjective(&self, word: &str) -> bool {
        let lower = lowercase(word);
        self.lemmas
            .find(&lower)
            .is_some_and(|(_, rest)| flags(rest) & ADJECTIVE != 0)
    }

    /// Whether `word` or its base form is a verb in any sense ("comes",
    /// "say", even "officers"; not "lawsuit", "missile").
    pub fn can_be_verb(&self, word: &str) -> bool {
        self.parts_of_speech(word) & VERB != 0
    }

    /// Whether `word` can be read as a noun: a noun lemma itself, or a
    /// regular plural of one ("arrests"). Verb forms ("went", "tweeted")
    /// and function words ("though") are not, nor an irregular form of
    /// another word that is also a rare noun ("found", "sent", "won").
    pub fn is_noun_form(&self, word: &str) -> bool {
        let lower = lowercase(word);
        if self.irregular(&lower).is_some() {
            return false;
        }
        let noun = |w: &str| {
            self.lemmas
                .find(w)
                .is_some_and(|(_, rest)| flags(rest) & NOUN != 0)
        };
        noun(&lower) || self.reduce(&lower, NOUN).is_some()
    }

    /// The share of its uses in WordNet's tagged corpus in which `word` is
    /// a noun, each part of speech counted on the reading that form has
    /// there: "comes" is the verb come (814 uses) and a noun in none,
    /// "meeting" a noun in 39 uses against 237 of the verb meet, "federal"
    /// only ever an adjective. `None` when the corpus tags the word's
    /// readings fewer than twenty times in all ("tweet"): too few to say.
    pub fn noun_share(&self, word: &str) -> Option<f32> {
        let lower = lowercase(word);
        let per_pos: [u32; 4] = match self.irregular(&lower) {
            // An irregular form ("went", "men") is its lemma, whatever part
            // of speech the lemma is used as.
            Some(lemma) => self.tagged_uses(lemma),
            None => {
                let mut n = [0; 4];
                for (k, pos) in [NOUN, VERB, ADJECTIVE, ADVERB].into_iter().enumerate() {
                    if let Some(reading) = self.reading(&lower, pos) {
                        n[k] = self.tagged_uses(reading)[k];
                    }
                }
                n
            }
        };
        let total: u32 = per_pos.iter().sum();
        (total >= MIN_TAGGED_USES).then(|| per_pos[0] as f32 / total as f32)
    }

    /// Whether the tagged corpus reads `word` as a noun in fewer than one
    /// use in twenty ("comes", "helping", "win", "national"), whatever rare
    /// noun sense it also has. False when it has too few tagged uses.
    pub fn rarely_a_noun(&self, word: &str) -> bool {
        self.noun_share(word).is_some_and(|s| s < RARELY_A_NOUN)
    }

    /// The noun naming what the verb `word` (any form) does: an act, an
    /// event or a communication WordNet derives from it ("resigned" →
    /// resignation, "testifying" → testimony, "met" → meeting); `None`
    /// when `word` is no verb or WordNet derives no such noun.
    pub fn nominal(&self, word: &str) -> Option<&'static str> {
        let lower = lowercase(word);
        let verb = match self.irregular(&lower) {
            Some(lemma) => lemma,
            None => self.reading(&lower, VERB)?,
        };
        self.nominals.find(verb).map(|(_, noun)| noun)
    }

    /// The lemma of an irregular form ("went" → go, "men" → man), from
    /// WordNet's exception lists.
    fn irregular(&self, lower: &str) -> Option<&'static str> {
        self.exceptions
            .find(lower)
            .map(|(_, lemma)| lemma)
            .filter(|&lemma| lemma != lower)
    }

    /// The lemma `lower` is a form of in part of speech `pos`: itself when
    /// it is such a lemma, else its first regular reduction to one.
    fn reading<'a>(&'a self, lower: &'a str, pos: u8) -> Option<&'a str> {
        match self.lemmas.find(lower) {
            Some((word, rest)) if flags(rest) & pos != 0 => Some(word),
            _ => self.reduce(lower, pos),
        }
    }

    /// A lemma's tagged uses as noun, verb, adjective and adverb.
    fn tagged_uses(&self, lemma: &str) -> [u32; 4] {
        let mut n = [0; 4];
        if let Some((_, rest)) = self.uses.find(lemma) {
            for (slot, count) in n.iter_mut().zip(rest.split(' ')) {
                *slot = count.parse().unwrap_or(0);
            }
        }
        n
    }

    /// True when `word` (lowercase) is itself a WordNet lemma.
    pub fn is_lemma(&self, word: &str) -> bool {
        self.lemmas.find(word).is_some()
    }

    /// The concepts of a lemma, ascending: the word's most frequent senses
    /// and the senses they derive from or describe. Empty for a word that is
    /// not a lemma or shares no concept with any other lemma.
    pub fn concepts(&self, lemma: &str) -> impl Iterator<Item = u32> + use<> {
        let ids = self
            .lemmas
            .find(lemma)
            .and_then(|(_, rest)| rest.split_once('\t'))
            .map_or("", |(_, ids)| ids);
        ids.split(',').filter_map(|id| id.parse().ok())
    }

    /// True when two words have the same lemma or share a concept:
    /// paid/payment, settling/settlement, wages/salary. Besides its lemma, a
    /// word counts with its own senses when it is a lemma itself, and a
    /// participle also as its verb (wounded is an adjective and a form of
    /// wound, so it meets injured).
    pub fn related(&self, a: &str, b: &str) -> bool {
        let (a, b) = (lowercase(a), lowercase(b));
        let (a_base, b_base) = (self.base(&a), self.base(&b));
        if a_base.unwrap_or(&a) == b_base.unwrap_or(&b) {
            return true;
        }
        let (a_ids, b_ids) = (self.readings(&a, a_base), self.readings(&b, b_base));
        share_any(a_ids.iter().copied(), b_ids.iter().copied())
    }

    /// The concepts `related` compares for `word`, ascending and without
    /// repeats, so that a caller comparing many words can look each up once.
    pub fn word_concepts(&self, word: &str) -> Vec<u32> {
        let lower = lowercase(word);
        self.readings(&lower, self.base(&lower))
    }

    /// The concepts of every reading of a lowercase word, ascending.
    fn readings(&self, lower: &str, base: Option<&str>) -> Vec<u32> {
        let participle = if lower.ends_with("ed") || lower.ends_with("ing") {
            self.reduce(lower, VERB)
        } else {
            None
        };
        let mut ids: Vec<u32> = [Some(lower), base, participle]
            .into_iter()
            .flatten()
            .flat_map(|reading| self.concepts(reading))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// `word` with ASCII capitals lowered, borrowed when it has none.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The part-of-speech and keep flags from a lemma line's rest.
fn flags(rest: &str) -> u8 {
    let hex = rest.split('\t').next().unwrap_or("");
    u8::from_str_radix(hex, 16).unwrap_or(0)
}

/// Reads `pos<TAB>suffix<TAB>ending` lines; a line that does not parse is
/// skipped (the embedded file is checked by a test).
fn parse_rules(text: &'static str) -> Vec<Rule> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let pos = match fields.next()? {
                "n" => NOUN,
                "v" => VERB,
                "a" => ADJECTIVE,
                "r" => ADVERB,
                _ => return None,
            };
            let suffix = fields.next().filter(|s| !s.is_empty())?;
            let ending = fields.next()?;
            Some(Rule {
                pos,
                suffix,
                ending,
            })
        })
        .collect()
}

/// Whether two ascending sequences have an element in common.
fn share_any(a: impl Iterator<Item = u32>, b: impl Iterator<Item = u32>) -> bool {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    while let (Some(&x), Some(&y)) = (a.peek(), b.peek()) {
        match x.cmp(&y) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => {
                a.next();
            }
            std::cmp::Ordering::Greater => {
                b.next();
            }
        }
    }
    false
}

/// Whether a comma-separated list of classes holds `class`.
fn in_class(classes: Option<&str>, class: &str) -> bool {
    classes.is_some_and(|c| c.split(',').any(|c| c == class))
}
