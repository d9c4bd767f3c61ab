//! How likely two mentions are to state the same fact.

use std::collections::HashSet;

use super::candidates::BestPartners;
use super::cluster::PairScore;
use super::compat::compatible_converted;
use super::context::Bag;
use super::features;
use super::prepare::Prepared;
use super::weights::Model;
use crate::engine::model::{Interval, Kind, Value};

/// What the scorer knows of each mention besides its value.
#[derive(Debug, Clone, Default)]
pub struct MentionCtx {
    pub article: usize,
    /// Sentence number within the article.
    pub sentence: u32,
    /// Context words, weighted by closeness and rarity.
    pub bag: Bag,
    /// People named in the sentence (interned "@Name" terms).
    pub persons: Vec<u32>,
    /// The term of the thing measured, when the extractor saw it.
    pub cue: Option<u32>,
    /// For a length of time, the subject of the verb of lasting before it
    /// ("a contest that lasted 18 minutes"): what `dissent` reads as its
    /// thing.
    pub subject: Option<u32>,
    /// For a count told as a compound, what it counts when its cue is what
    /// the compound describes: "count" in "a 16-count indictment", which
    /// "14 counts of fraud" tells of too.
    pub unit: Option<u32>,
    /// The nearest event noun ("~call", "~killed"), when one is close.
    pub event: Option<u32>,
    /// The context words as lexical concepts, so "paid" meets "payment".
    pub concepts: Bag,
    /// The concepts of the cue word.
    pub cue_concepts: Vec<u32>,
    /// The broad classes of what the cue noun names (see
    /// `wordnet::Lexicon::noun_classes`).
    pub cue_classes: [Option<&'static str>; 2],
    /// The same over all the noun's senses (`noun_classes_any`).
    pub cue_classes_any: [Option<&'static str>; 2],
    /// The other time the value's clause is anchored to ("in 2011", "last
    /// year"), as an interned term; `None` for the story's own time.
    pub anchor: Option<u32>,
    /// For a count, the terms read back from its noun to its number or to
    /// a function word, whichever comes first ("three *intercontinental
    /// ballistic* missiles", "a handful of *House* Democrats"), sorted:
    /// what sort of the noun's thing is counted.
    pub modifiers: super::modifiers::Modifiers,
    /// For an age, the person it is the age of (see `age_owner`).
    pub owner: Option<super::age_owner::Owner>,
}

pub struct Scorer<'a> {
    pub kinds: &'a [Kind],
    pub values: &'a [Value],
    pub ctx: &'a [MentionCtx],
    /// For quotes: the normalised words of each mention (empty otherwise).
    pub quote_words: &'a [Vec<u32>],
    /// Each quote's words written together (see `Quotes::joined`).
    pub quote_joined: &'a [String],
    /// Speaker term of each quote, when known.
    pub speakers: &'a [Option<u32>],
    /// For quotes: the stemmed content words, sorted and deduplicated.
    pub quote_terms: &'a [Vec<u32>],
    /// For quotes: whether it holds a word the corpus uses only in it.
    pub distinctive: &'a [bool],
    /// Pairs (lower index first) where one value restates the other in
    /// brackets: "18 km (11 miles)", "7:37 a.m. (0437 GMT)".
    pub restated: &'a HashSet<(usize, usize)>,
    /// Each mention's exact-value key (see `features::value_key`).
    pub value_keys: &'a [Option<u32>],
    /// How rare each mention's value is in the corpus.
    pub rarity: &'a [f32],
    /// Whether each mention's anchor is an explicit other year.
    pub year_anchor: &'a [bool],
    /// Each sum's amount in euros (see `Prepared::eur`).
    pub eur: &'a [Option<Interval>],
    pub model: &'a Model,
    pub best: &'a BestPartners,
    pub prepared: &'a Prepared,
}

impl Scorer<'_> {
    fn value_score(&self, i: usize, j: usize, cosines: Option<(f32, f32)>) -> Option<f32> {
        if self.restated.contains(&(i.min(j), i.max(j))) || self.one_persons_age(i, j) {
            return Some(1.0);
        }
        let x = features::pair_with(self, i, j, cosines)?;
        // Two outlets' clashing values join only on a link confident
        // enough to call the clash a conflict: a looser one would show a
        // "possibly different" that is as often two facts.
        if self.ctx[i].article != self.ctx[j].article
            && self.compatible(i, j) == Some(false)
            && self.model.probability(&features::context_only(x)) < self.model.conflict_min
        {
            return Some(0.0);
        }
        Some(self.model.probability(&x))
    }

    /// Whether two ages are one person's same age: "Marovec, 19, said" and
    /// "The 19-year-old lowered the mark" after her name. A person has one
    /// age in a story, however differently two sentences go on about her.
    ///
    /// Two outlets that give one named person different ages disagree
    /// on it ("Lena Sarovic, 51" and, after her name, "The 49-year-old"),
    /// when the ages are near enough to be one misreport; one article's
    /// two ages of a person are two times ("then 44").
    pub(super) fn one_persons_age(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.ctx[i], &self.ctx[j]);
        let named = |o: &super::age_owner::Owner| o.is_person() && o.given.is_some();
        self.kinds[i] == Kind::Age
            && matches!((a.owner, b.owner), (Some(x), Some(y)) if x.is_person() && !x.differs(&y)
                && (self.compatible(i, j) == Some(true)
                    || (a.article != b.article && named(&x) && named(&y) && self.ages_near(i, j))))
    }

    /// Whether two ages are within one misreport of each other.
    fn ages_near(&self, i: usize, j: usize) -> bool {
        let years = |k: usize| match &self.values[k] {
            crate::engine::model::Value::Quantity { amount, .. } => Some(amount.point()),
            _ => None,
        };
        let swapped = |x: f64, y: f64| {
            matches!(
                super::slip::digit_slip(x, y),
                Some(super::slip::Slip::Swapped)
            )
        };
        matches!((years(i), years(j)), (Some(x), Some(y))
            if (x - y).abs() <= AGE_SLIP_YEARS || swapped(x, y))
    }

    /// How likely two value mentions are one fact on their sentences
    /// alone, leaving out whether their values agree.
    pub fn context_score(&self, i: usize, j: usize) -> Option<f32> {
        let x = features::pair(self, i, j)?;
        Some(self.model.probability(&features::context_only(x)))
    }
}

impl Scorer<'_> {
    /// Whether the values of mentions `i` and `j` agree, sums in two
    /// currencies compared at their articles' exchange rates.
    pub fn compatible(&self, i: usize, j: usize) -> Option<bool> {
        compatible_converted(
            &self.values[i],
            &self.values[j],
            self.eur[i].as_ref(),
            self.eur[j].as_ref(),
        )
    }

    /// The cheap hard test behind `score`'s `None`, for pairs the
    /// clusterer never scored.
    pub fn forbidden(&self, i: usize, j: usize) -> bool {
        self.kinds[i] != self.kinds[j]
            || (self.kinds[i] != Kind::Quote
                && !self.restated.contains(&(i.min(j), i.max(j)))
                && super::block::blocked(self, i, j))
    }
}

impl Scorer<'_> {
    /// Like `score`, given the pair's context and concept cosines (see
    /// [`features::pair_with`]) when the caller has them.
    pub fn score_with(&self, i: usize, j: usize, cosines: Option<(f32, f32)>) -> Option<f32> {
        if self.kinds[i] != self.kinds[j] {
            return None;
        }
        if self.kinds[i] == Kind::Quote {
            self.quote_score(i, j)
        } else {
            self.value_score(i, j, cosines)
        }
    }
}

impl PairScore for Scorer<'_> {
    fn score(&self, i: usize, j: usize) -> Option<f32> {
        self.score_with(i, j, None)
    }
}

/// How far apart two outlets' ages of one person may stand and still be
/// one age misreported, besides digits swapped ("34" and "43"): a year
/// or a few mistaken, not a chairman's 66 against his chief's 58.
const AGE_SLIP_YEARS: f64 = 4.0;
