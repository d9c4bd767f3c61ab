//! A mention's context: the words around it, weighted by closeness, and
//! the people named in its sentence.
//!
//! Two mentions state the same fact when they measure the same thing about
//! the same event, and that shows in the words near the value ("a 15-minute
//! *phone call*", "the *call* lasted an hour"), not in the value itself.
//! Words in the same clause count most; words across a clause break or
//! farther away still count a little, because the sentence names the event.

use std::collections::HashMap;
use std::ops::Range;

use rust_stemmers::Stemmer;

use super::lexicon::Lexicon;
use super::tokens::{Break, Token};

/// Interned terms, so context vectors are small sorted integer lists.
#[derive(Default)]
pub struct Vocab {
    ids: HashMap<String, u32>,
    pub words: Vec<String>,
    /// For stems, the first whole word seen with that stem, for labels.
    surface: Vec<Option<String>>,
}

impl Vocab {
    pub fn id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(term.to_string(), id);
        self.words.push(term.to_string());
        self.surface.push(None);
        id
    }

    /// Like `id`, remembering `word` as the readable form of the term.
    pub fn id_with_surface(&mut self, term: &str, word: &str) -> u32 {
        let id = self.id(term);
        let slot = &mut self.surface[id as usize];
        if slot.is_none() {
            *slot = Some(word.to_string());
        }
        id
    }

    /// A word a person can read for the term.
    pub fn readable(&self, id: u32) -> String {
        let i = id as usize;
        match self.surface.get(i).cloned().flatten() {
            Some(w) => w,
            None => self.words.get(i).cloned().unwrap_or_default(),
        }
    }
}

/// A sparse weighted bag of terms, sorted by term id. Bags are built once
/// and only read after, so the norm is worked out once: the linker takes
/// millions of cosines on a large corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bag {
    pub terms: Vec<(u32, f32)>,
    norm: f32,
}

impl Bag {
    pub fn from_map(m: HashMap<u32, f32>) -> Self {
        let mut terms: Vec<(u32, f32)> = m.into_iter().collect();
        terms.sort_by_key(|t| t.0);
        let norm = terms.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
        Bag { terms, norm }
    }

    pub fn norm(&self) -> f32 {
        self.norm
    }

    pub fn dot(&self, other: &Bag) -> f32 {
        let (mut i, mut j, mut s) = (0, 0, 0.0);
        while i < self.terms.len() && j < other.terms.len() {
            let (a, b) = (self.terms[i], other.terms[j]);
            match a.0.cmp(&b.0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    s += a.1 * b.1;
                    i += 1;
                    j += 1;
                }
            }
        }
        s
    }

    pub fn cosine(&self, other: &Bag) -> f32 {
        let n = self.norm() * other.norm();
        if n == 0.0 { 0.0 } else { self.dot(other) / n }
    }
}

/// One article's words reduced to terms, ready for context windows.
pub struct ArticleTerms {
    pub tokens: Vec<Token>,
    /// The term of each token, or `None` for words that say nothing.
    pub terms: Vec<Option<u32>>,
    /// Person ids (interned "@Name" terms) by sentence.
    pub persons: HashMap<u32, Vec<u32>>,
}

/// Turns tokens into terms. `entities` are the article's entity mentions
/// as (span, canonical name, is a person); their words become one term
/// "@Name" so that "Marco Rubio" and "Rubio" are the same context word.
/// The word knowledge that turns tokens into terms.
pub struct Words<'a> {
    pub lexicon: &'a Lexicon,
    pub stemmer: &'a Stemmer,
    /// "Colombian" → "Colombia": a demonym is context about its country.
    pub demonym: &'a dyn Fn(&str) -> Option<&'static str>,
}

pub fn article_terms(
    text: &str,
    tokens: Vec<Token>,
    entities: &[(Range<usize>, String, bool)],
    values: &[Range<usize>],
    words: &Words,
    vocab: &mut Vocab,
) -> ArticleTerms {
    let Words {
        lexicon,
        stemmer,
        demonym,
    } = words;
    let mut terms = Vec::with_capacity(tokens.len());
    let mut persons: HashMap<u32, Vec<u32>> = HashMap::new();
    let mut e = 0;
    let mut v = 0;
    let mut emitted_for = usize::MAX;
    for t in &tokens {
        // Words inside another value ("15-minute", "1,000 tons") are that
        // value, not context about this one.
        while v < values.len() && values[v].end <= t.span.start {
            v += 1;
        }
        if values.get(v).is_some_and(|r| r.start <= t.span.start) {
            terms.push(None);
            continue;
        }
        while e < entities.len() && entities[e].0.end <= t.span.start {
            e += 1;
        }
        if let Some((span, name, is_person)) = entities.get(e)
            && span.start <= t.span.start
            && t.span.end <= span.end
        {
            // A multi-word name is one term, counted at its first word.
            let first_word = emitted_for != e;
            emitted_for = e;
            let id = if *is_person {
                vocab.id(&person_key(name))
            } else {
                vocab.id(&format!("@{name}"))
            };
            if *is_person {
                let list = persons.entry(t.sentence).or_default();
                if !list.contains(&id) {
                    list.push(id);
                }
            }
            terms.push(first_word.then_some(id));
            continue;
        }
        let lower = t.lower.as_str();
        let term = if lower.chars().any(|c| c.is_numeric())
            || lower.chars().count() < 2
            || lexicon.is_stopword(lower)
            || lexicon.is_calendar_word(lower)
        {
            None
        } else if let Some(c) = lexicon.concept(lower) {
            Some(vocab.id(c))
        } else if let Some(country) = t
            .capitalized
            .then(|| demonym(&text[t.span.clone()]))
            .flatten()
        {
            Some(vocab.id(&format!("@{country}")))
        } else {
            Some(vocab.id_with_surface(&stemmer.stem(lower), lower))
        };
        terms.push(term);
    }
    ArticleTerms {
        tokens,
        terms,
        persons,
    }
}

/// Farthest a context reaches, in tokens: a 1 MB sentence must not make
/// every mention's context the whole article.
const WINDOW: usize = 40;

/// The context of the mention covering tokens `first..last` (exclusive):
/// each term with its closeness weight, and the nearest synonym-group term
/// (an event or measure noun such as "~call") with its effective distance.
pub struct Window {
    pub bag: HashMap<u32, f32>,
    pub event: Option<(u32, f32)>,
}

pub fn window(
    at: &ArticleTerms,
    first: usize,
    last: usize,
    is_event: &dyn Fn(u32) -> bool,
) -> Window {
    let mut out = Window {
        bag: HashMap::new(),
        event: None,
    };
    let Some(sentence) = at
        .tokens
        .get(first.min(at.tokens.len().saturating_sub(1)))
        .map(|t| t.sentence)
    else {
        return out;
    };
    let fronted =
        (0..FRONTED).all(|k| first < k + 1 || at.tokens[first - k - 1].sentence != sentence);
    let right_extra = if fronted { 0.0 } else { RIGHT_SIDE };
    let add = |j: usize, penalty: f32, eventful: bool, out: &mut Window| {
        if let Some(term) = at.terms[j] {
            let d = if j < first { first - j } else { j + 1 - last } as f32 + penalty;
            let w = 0.25 + 0.75 * (-d / 4.0).exp();
            let slot = out.bag.entry(term).or_insert(0.0);
            *slot = slot.max(w);
            if eventful && is_event(term) && out.event.is_none_or(|(_, best)| d < best) {
                out.event = Some((term, d));
            }
        }
    };
    // Leftwards: the break before token k separates k from k-1.
    let mut penalty = 0.0;
    let mut j = first;
    while j > 0 && first - j < WINDOW {
        penalty += break_cost(at.tokens[j].before);
        j -= 1;
        if at.tokens[j].sentence != sentence {
            break;
        }
        add(j, penalty, true, &mut out);
    }
    penalty = right_extra;
    let mut j = last;
    // "… at the country's 5,300 schools, prompting protests": what a
    // participle after a comma names is what the clause led to, not the
    // value's event.
    let mut eventful = true;
    while j < at.tokens.len() && j - last < WINDOW && at.tokens[j].sentence == sentence {
        penalty += break_cost(at.tokens[j].before);
        eventful &= !(at.tokens[j].before == Break::Comma && participle(&at.tokens[j].lower));
        add(j, penalty, eventful, &mut out);
        j += 1;
    }
    out
}

/// Weight of a word of the sentence that introduced a quote standing alone.
const LEAD_IN_WEIGHT: f32 = 0.5;

/// The words of the sentence before token `first`'s, each at one modest
/// weight: what a quote standing as its own sentence (a tweet set off after
/// "the president wrote:") is about, when its own sentence says nothing
/// outside the quote marks.
pub fn lead_in(at: &ArticleTerms, first: usize) -> HashMap<u32, f32> {
    let mut bag = HashMap::new();
    let Some(own) = at.tokens.get(first).map(|t| t.sentence) else {
        return bag;
    };
    let mut j = first;
    while j > 0 && first - j < WINDOW {
        j -= 1;
        let s = at.tokens[j].sentence;
        if s == own {
            continue;
        }
        if s + 1 != own {
            break;
        }
        if let Some(term) = at.terms[j] {
            bag.insert(term, LEAD_IN_WEIGHT);
        }
    }
    bag
}

/// A present participle opening a clause: "prompting", "leaving".
/// "During" and "according" are prepositions.
fn participle(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing") && !matches!(word, "during" | "according")
}

fn break_cost(b: Break) -> f32 {
    match b {
        Break::None => 0.0,
        Break::Comma => 1.0,
        Break::Conjunction => 1.5,
        Break::Clause => 3.0,
    }
}

/// Words after a value are a little less about it than words before:
/// a date or number usually closes the phrase it belongs to ("sanctions in
/// October", "a call on Wednesday"), and what follows often starts a new
/// one. Not so when the value opens its sentence ("On Tuesday, the quake…").
const RIGHT_SIDE: f32 = 1.5;
const FRONTED: usize = 3;

/// One person across outlets: "Jim Mattis", "James Mattis" and
/// "Mr. Mattis" are one man, so people meet on the family name.
pub(super) fn person_key(name: &str) -> String {
    let suffix = |w: &&str| {
        let w = w.trim_end_matches('.').to_lowercase();
        matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "iv")
    };
    let family = name
        .split_whitespace()
        .rev()
        .find(|w| !suffix(w))
        .unwrap_or(name);
    format!("@{}", family.trim_end_matches(',').to_lowercase())
}

/// For tests: `text` as terms, with no entities, values or demonyms.
#[cfg(test)]
pub fn plain_terms(text: &str, vocab: &mut Vocab) -> ArticleTerms {
    let lx = Lexicon::new();
    let st = Stemmer::create(rust_stemmers::Algorithm::English);
    let words = Words {
        lexicon: &lx,
        stemmer: &st,
        demonym: &|_| None,
    };
    let tokens = super::tokens::tokenize(text, &lx);
    article_terms(text, tokens, &[], &[], &words, vocab)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(text: &str) -> (ArticleTerms, Vocab) {
        let mut vocab = Vocab::default();
        let at = plain_terms(text, &mut vocab);
        (at, vocab)
    }

    fn weight_of(bag: &HashMap<u32, f32>, vocab: &Vocab, word: &str) -> f32 {
        vocab
            .words
            .iter()
            .position(|w| w == word)
            .and_then(|i| bag.get(&(i as u32)).copied())
            .unwrap_or(0.0)
    }

    #[test]
    fn nearer_words_weigh_more_and_clauses_separate() {
        let (at, vocab) =
            build("revoking his visa in September and imposing sanctions in October.");
        let sept = at
            .tokens
            .iter()
            .position(|t| t.lower == "september")
            .unwrap();
        let bag = window(&at, sept, sept + 1, &|_| false).bag;
        let visa = weight_of(&bag, &vocab, "visa");
        let sanction = weight_of(&bag, &vocab, "sanction");
        assert!(visa > sanction, "visa {visa} sanction {sanction}");
        assert!(sanction > 0.0);
    }

    #[test]
    fn context_stays_in_its_sentence() {
        let (at, vocab) = build("The quake struck at dawn. Rescuers counted 24 bodies.");
        let n = at.tokens.iter().position(|t| t.lower == "24").unwrap();
        let bag = window(&at, n, n + 1, &|_| false).bag;
        assert_eq!(weight_of(&bag, &vocab, "~earthquake"), 0.0);
        assert!(weight_of(&bag, &vocab, "~killed") > 0.5);
    }

    #[test]
    fn cosine_of_identical_bags_is_one() {
        let b = Bag::from_map(HashMap::from([(1, 0.5), (3, 2.0)]));
        assert!((b.cosine(&b) - 1.0).abs() < 1e-6);
        assert_eq!(b.cosine(&Bag::default()), 0.0);
    }

    #[test]
    fn one_person_meets_across_forms_of_the_name() {
        assert_eq!(person_key("Jim Mattis"), person_key("James Mattis"));
        assert_eq!(person_key("Mattis"), person_key("James Mattis"));
        assert_eq!(person_key("Martin Luther King Jr."), person_key("King"));
        assert_ne!(person_key("Jim Mattis"), person_key("Jim Jordan"));
    }
}
