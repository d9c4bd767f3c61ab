//! Finding fact mentions in one article's text.
//!
//! Each submodule finds one kind of value and knows nothing of the others;
//! [`extract`] runs them all and settles overlaps, so that "15-minute" is a
//! duration and not also a count of 15.

pub mod age;
pub mod anchor;
pub mod clock;
pub mod count;
mod cue;
pub mod date;
pub mod duration;
pub mod entity;
pub mod money;
pub mod numbers;
#[cfg(test)]
pub(crate) mod prop_support;
pub mod quantity;
pub mod quote;
mod word_classes;
pub mod zones;

pub(crate) use self::quantity::units::is_hedge_word;
pub use self::quote::is_document_voice;
pub use self::word_classes::WordClasses;

use super::model::{DocInfo, Extracted, Kind};

/// When two value spans overlap, the kind earlier in this list wins: a
/// date or a sum of money is more specific than the bare count inside it.
fn priority(k: Kind) -> u8 {
    match k {
        Kind::Date => 0,
        Kind::Time => 1,
        Kind::Age => 2,
        Kind::Money => 3,
        Kind::Duration => 4,
        Kind::Percent => 5,
        Kind::Quantity => 6,
        Kind::Count => 7,
        Kind::Quote => 8,
        Kind::Person | Kind::Org | Kind::Place => 9,
    }
}

fn overlap(a: &Extracted, b: &Extracted) -> bool {
    a.span.start < b.span.end && b.span.start < a.span.end
}

/// Spans that overlap none of each other, to test a new span against all
/// of them in O(log n). A dense article has tens of thousands of values,
/// and testing each against every kept one was quadratic: seconds on a
/// 1 MB table of numbers.
///
/// Ordered by (start, end), such spans also have their ends in order (one
/// whose end came earlier would lie inside the one before it, and so
/// overlap it), so among the spans starting before a new span ends, the
/// last one reaches furthest right: the new span overlaps one of them
/// exactly when it overlaps that one.
#[derive(Default)]
struct Taken(std::collections::BTreeSet<(usize, usize)>);

impl Taken {
    fn overlaps(&self, m: &Extracted) -> bool {
        self.0
            .range(..(m.span.end, 0))
            .next_back()
            .is_some_and(|&(start, end)| start < m.span.end && m.span.start < end)
    }

    fn insert(&mut self, m: &Extracted) {
        self.0.insert((m.span.start, m.span.end));
    }
}

/// Every extractor's compiled patterns and word lists. Compiling them costs
/// far more than scanning an article, so one `Extractor` serves a whole
/// analysis (it is built per run, not held in a global).
pub struct Extractor {
    date: date::Patterns,
    age: age::Patterns,
    clock: clock::Patterns,
    duration: duration::Patterns,
    money: money::Patterns,
    quantity: quantity::Patterns,
    count: count::Patterns,
    names: entity::names::Lexicon,
    places: entity::gazetteer::Gazetteer,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    pub fn new() -> Self {
        Extractor {
            date: date::Patterns::new(),
            age: age::Patterns::new(),
            clock: clock::Patterns::new(),
            duration: duration::Patterns::new(),
            money: money::Patterns::new(),
            quantity: quantity::Patterns::new(),
            count: count::Patterns::new(),
            names: entity::names::Lexicon::new(),
            places: entity::gazetteer::Gazetteer::new(),
        }
    }

    /// All mentions in `text`, sorted by start, with overlaps settled:
    /// - quotes may contain values (a date said in a quote is still a date);
    /// - names inside a quote are part of the quote, not mentions of their own;
    /// - among values, the longer span wins, then the more specific kind.
    pub fn extract(&self, text: &str, doc: &DocInfo) -> Vec<Extracted> {
        let names = entity::find(text, &self.names, &self.places);
        let quotes = quote::extract_with(text, &self.names, &self.places, &names);
        let mut values: Vec<Extracted> = Vec::new();
        values.extend(date::extract_with(&self.date, text, doc));
        values.extend(age::extract_with(&self.age, text, doc));
        values.extend(clock::extract_with(&self.clock, text, doc));
        values.extend(duration::extract_with(&self.duration, text, doc));
        values.extend(money::extract_with(&self.money, text, doc));
        values.extend(quantity::extract_with(&self.quantity, text, doc));
        values.extend(count::extract_with(&self.count, text, doc));
        let mut kept = settle(text, values, entity::to_mentions(text, names), quotes);
        money::sums_in_named_currencies(&self.money, text, &mut kept);
        kept
    }
}

/// All mentions in `text`; see [`Extractor::extract`]. Builds the patterns
/// for this one call, so prefer an `Extractor` for more than one article.
pub fn extract(text: &str, doc: &DocInfo) -> Vec<Extracted> {
    Extractor::new().extract(text, doc)
}

fn settle(
    text: &str,
    mut values: Vec<Extracted>,
    names: Vec<Extracted>,
    quotes: Vec<Extracted>,
) -> Vec<Extracted> {
    values.sort_by(|a, b| (b.span.len(), priority(a.kind)).cmp(&(a.span.len(), priority(b.kind))));
    let mut kept: Vec<Extracted> = Vec::new();
    let mut taken = Taken::default();
    for v in values {
        if !taken.overlaps(&v) {
            taken.insert(&v);
            kept.push(v);
        }
    }
    for e in names {
        let inside_quote = quotes.iter().any(|q| overlap(q, &e));
        if !inside_quote && !taken.overlaps(&e) {
            taken.insert(&e);
            kept.push(e);
        }
    }
    kept.extend(quotes);
    kept.retain(|m| {
        m.span.start < m.span.end
            && m.span.end <= text.len()
            && text.is_char_boundary(m.span.start)
            && text.is_char_boundary(m.span.end)
    });
    kept.sort_by_key(|m| (m.span.start, m.span.end));
    kept
}
