//! Each mention's context as the linker reads it: the words of its
//! window weighted by how rare they are in the corpus's sentences, the
//! event and the thing measured, and every word also as its WordNet
//! concepts.

use std::collections::HashMap;

use rust_stemmers::Stemmer;

use super::context::{ArticleTerms, Bag, Vocab, lead_in, window};
use super::dated_noun::dated_noun;
use super::facts::Mention;
use super::lexicon::Lexicon;
use super::modifiers::{Modifiers, count_modifiers};
use super::score::MentionCtx;
use super::statement::{STATEMENT, dates_a_statement};
use super::tokens::first_token_at;
use crate::engine::model::{Kind, Value};
use crate::engine::wordnet::Lexicon as WordNet;

/// How far (in effective tokens) an event noun may be from a value and
/// still be what the value is about.
const EVENT_REACH: f32 = 8.0;

/// The word a measure is of, when the extractor named none: "two days of
/// deliberations", "three days deliberating", "$5m in aid".
fn following_noun(kind: Kind, at: &ArticleTerms, last: usize) -> Option<String> {
    if !matches!(
        kind,
        Kind::Duration | Kind::Count | Kind::Money | Kind::Quantity
    ) {
        return None;
    }
    let sentence = at.tokens.get(last.checked_sub(1)?)?.sentence;
    let mut j = last;
    if at
        .tokens
        .get(j)
        .is_some_and(|t| matches!(t.lower.as_str(), "of" | "in"))
    {
        j += 1;
    }
    let t = at.tokens.get(j)?;
    (t.sentence == sentence && at.terms[j].is_some() && !t.capitalized).then(|| t.lower.clone())
}

/// What a length of time measures when a verb of lasting stands before
/// it: the verb's subject ("a contest that lasted 18 minutes", "the trial
/// ran for nine days", "a meeting that went on for nearly nine hours"),
/// function words allowed between.
fn lasting_subject(
    at: &ArticleTerms,
    first: usize,
    lexicon: &Lexicon,
    wordnet: &WordNet,
) -> Option<String> {
    let sentence = at.tokens.get(first)?.sentence;
    let within = |j: usize| at.tokens[j].sentence == sentence;
    // The first word with a term before token `from`, past at most a few
    // function words ("for", "on for"; "that", "which had"), in the
    // sentence.
    let back_past = |from: usize| {
        let mut j = from.checked_sub(1)?;
        let mut skipped = 0;
        while within(j) && at.terms[j].is_none() && skipped < LASTING_GAP {
            j = j.checked_sub(1)?;
            skipped += 1;
        }
        within(j).then_some(j)
    };
    let j = back_past(first)?;
    let verb = &at.tokens[j];
    // "ran" is "run" by WordNet's exceptions, "lasted" "last" by its rules.
    let lemma = wordnet
        .verb_base(&verb.lower)
        .map_or_else(|| wordnet.lemma(&verb.lower), std::borrow::Cow::Borrowed);
    if verb.capitalized || !lexicon.is_lasting_verb(&lemma) {
        return None;
    }
    let k = back_past(j)?;
    let t = &at.tokens[k];
    (!t.capitalized
        && at.terms[k].is_some()
        && wordnet.is_noun_form(&t.lower)
        && !wordnet.rarely_a_noun(&t.lower))
    .then(|| t.lower.clone())
}

/// What a length of time with no noun of its own is the length of, when
/// "for" stands before it: the word before that ("on duty for 11 hours",
/// "went unnoticed for nine hours"), in its sentence.
fn held_for(at: &ArticleTerms, first: usize) -> Option<String> {
    let k = first.checked_sub(2)?;
    let (word, held) = (&at.tokens[k], &at.tokens[k + 1]);
    (held.lower == "for"
        && word.sentence == held.sentence
        && !word.capitalized
        && at.terms[k].is_some())
    .then(|| word.lower.clone())
}

/// Function words a verb of lasting may stand apart from its subject or
/// its length by.
const LASTING_GAP: usize = 2;

/// In how many sentences of the corpus each term appears, and how many
/// sentences there are.
pub(super) fn sentence_df(terms: &[ArticleTerms], n_terms: usize) -> (Vec<u32>, u32) {
    let mut df = vec![0u32; n_terms];
    let mut sentences = 0u32;
    for at in terms {
        let mut last: Option<u32> = None;
        let mut seen: Vec<u32> = Vec::new();
        for (t, term) in at.tokens.iter().zip(&at.terms) {
            if last != Some(t.sentence) {
                for s in seen.drain(..) {
                    df[s as usize] += 1;
                }
                sentences += 1;
                last = Some(t.sentence);
            }
            if let Some(id) = term
                && !seen.contains(id)
            {
                seen.push(*id);
            }
        }
        for s in seen.drain(..) {
            df[s as usize] += 1;
        }
    }
    (df, sentences)
}

/// Inverse sentence frequency: a word found in most sentences of the
/// corpus tells little about which fact a sentence states. Square-rooted:
/// a rare word next to one mention is as often noise as signal, and must
/// not drown the shared ordinary words ("sanctions").
pub(super) fn idf_of(df: &[u32], sentences: u32) -> Vec<f32> {
    df.iter()
        .map(|&d| {
            (1.0 + sentences.max(1) as f32 / d.max(1) as f32)
                .ln()
                .sqrt()
        })
        .collect()
}

pub(super) fn mention_ctx(
    m: &Mention,
    at: &ArticleTerms,
    idf: &[f32],
    (lexicon, wordnet): (&Lexicon, &WordNet),
    stemmer: &Stemmer,
    vocab: &mut Vocab,
) -> MentionCtx {
    let first = first_token_at(&at.tokens, m.span.start);
    let mut last = first;
    while last < at.tokens.len() && at.tokens[last].span.start < m.span.end {
        last += 1;
    }
    let is_event = |t: u32| vocab.words[t as usize].starts_with('~');
    let (raw, event) = if first < at.tokens.len() {
        let w = window(at, first, last.max(first + 1), &is_event);
        (w.bag, w.event)
    } else {
        (HashMap::new(), None)
    };
    let raw = if raw.is_empty() && m.kind == Kind::Quote {
        lead_in(at, first)
    } else {
        raw
    };
    // Only an event noun in the value's own phrase names what it is about;
    // a date on a reporting verb ("said on Friday") dates the statement.
    let event = if matches!(m.kind, Kind::Date | Kind::Time)
        && dates_a_statement(at, lexicon, first, last)
    {
        Some(vocab.id(STATEMENT))
    } else {
        event.filter(|(_, d)| *d <= EVENT_REACH).map(|(t, _)| t)
    };
    // Synonym groups are event and measure nouns ("call", "killed"): when
    // one is near a value it names what the value is about.
    let weighted = raw
        .into_iter()
        .map(|(t, w)| {
            let event = if vocab.words[t as usize].starts_with('~') {
                1.5
            } else {
                1.0
            };
            (t, w * event * idf.get(t as usize).copied().unwrap_or(1.0))
        })
        .collect();
    let persons = at
        .tokens
        .get(first)
        .and_then(|t| at.persons.get(&t.sentence))
        .cloned()
        .unwrap_or_default();
    let mut term_of = |head: String| match lexicon.concept(&head) {
        Some(concept) => vocab.id(concept),
        // The word itself stays readable, for its WordNet concepts.
        None => vocab.id_with_surface(&stemmer.stem(&head), &head),
    };
    let cue_word = m
        .cue
        .as_deref()
        .and_then(|c| c.split_whitespace().last().map(str::to_lowercase))
        .or_else(|| following_noun(m.kind, at, last))
        .or_else(|| {
            (m.kind == Kind::Date)
                .then(|| dated_noun(at, (first, last), m.span.end, wordnet))
                .flatten()
        });
    // The cue's concepts are read from its own word, and its classes from
    // its own word as well as from the stem's first form met: a stem
    // stands for several ("protest" for "protesters" and "protesting"),
    // and the first one met alone would class every mention of it.
    let cue_concepts = cue_word.as_deref().map_or_else(Vec::new, |w| {
        let w = w.trim_start_matches('~');
        let concepts = wordnet.word_concepts(w).into_iter();
        concepts.map(|c| c | CONCEPT_BASE).collect()
    });
    let cue = cue_word.as_deref().map(|w| term_of(w.to_string()));
    // Kept apart from the cue: the pair scorer weighs a cue as the noun
    // the writer put beside the value, which a verb's subject is not.
    let subject = (m.kind == Kind::Duration)
        .then(|| {
            lasting_subject(at, first, lexicon, wordnet)
                .or_else(|| cue_word.is_none().then(|| held_for(at, first)).flatten())
        })
        .flatten()
        .map(&mut term_of);
    let classes_of = |w: &str| {
        let w = w.trim_start_matches('~');
        (wordnet.noun_classes(w), wordnet.noun_classes_any(w))
    };
    let own = cue_word.as_deref().map_or((None, None), classes_of);
    // Only a noun inside the value's own words: one read from elsewhere
    // ("9" in a fact box) is a guess, not the compound's unit.
    let unit = match &m.value {
        Value::Count {
            noun: Some(noun), ..
        } => noun
            .split_whitespace()
            .last()
            .map(str::to_lowercase)
            .filter(|n| {
                at.tokens
                    .get(first..last)
                    .is_some_and(|ts| ts.iter().any(|t| t.lower == *n))
            })
            .map(term_of)
            .filter(|&t| Some(t) != cue),
        _ => None,
    };
    let stem = cue.map_or((None, None), |t| classes_of(&vocab.readable(t)));
    let (cue_classes, cue_classes_any) = ([own.0, stem.0], [own.1, stem.1]);
    let sentence = at.tokens.get(first).map(|t| t.sentence).unwrap_or(u32::MAX);
    MentionCtx {
        article: m.article,
        sentence,
        bag: Bag::from_map(weighted),
        persons,
        cue,
        subject,
        unit,
        event,
        concepts: Bag::default(),
        cue_concepts,
        cue_classes,
        cue_classes_any,
        anchor: None,
        modifiers: if m.kind == Kind::Count {
            count_modifiers(at, (first, last), lexicon, stemmer, vocab)
        } else {
            Modifiers::default()
        },
        owner: None,
    }
}

/// Concept ids live above every vocabulary id, so a bag can hold both.
const CONCEPT_BASE: u32 = 1 << 31;

/// Each context word also as its WordNet concepts, so that "paid" meets
/// "payment" and "killed" meets "death" where their stems differ.
pub(super) fn add_concepts(ctx: &mut [MentionCtx], vocab: &Vocab, wordnet: &WordNet) {
    // A context word that is a synonym group, a person or a time adds no
    // concepts (a cue's are its own word's, read in `mention_ctx`, so
    // that "arrests" meets "apprehensions" in the sense they share).
    let mut cache: HashMap<u32, Vec<u32>> = HashMap::new();
    let mut lookup = |t: u32| -> Vec<u32> {
        cache
            .entry(t)
            .or_insert_with(|| {
                let word = vocab.readable(t);
                if word.starts_with(['@', '~', '#']) {
                    return Vec::new();
                }
                wordnet
                    .word_concepts(&word)
                    .into_iter()
                    .map(|c| c | CONCEPT_BASE)
                    .collect()
            })
            .clone()
    };
    for c in ctx.iter_mut() {
        let mut bag: HashMap<u32, f32> = HashMap::new();
        for &(t, w) in &c.bag.terms {
            bag.insert(t, w);
            for id in lookup(t) {
                let slot = bag.entry(id).or_insert(0.0);
                *slot = slot.max(w);
            }
        }
        c.concepts = Bag::from_map(bag);
    }
}
