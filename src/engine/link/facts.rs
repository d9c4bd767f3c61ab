//! The result of an analysis: mentions, and the facts that group them.

use std::ops::Range;

use serde::Serialize;

use super::currency::Converted;
use crate::engine::model::{Kind, Value};

/// One mention of a fact: an exact byte span of one article's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index into the corpus's articles.
    pub article: usize,
    /// Byte range in `Article::text`.
    pub span: Range<usize>,
    pub kind: Kind,
    pub value: Value,
    pub cue: Option<String>,
}

/// How the outlets' values for one fact relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// At least two values are incompatible.
    Conflict,
    /// Quotes of one statement, worded differently.
    Variant,
    /// Every value is compatible.
    Agree,
    /// The values clash, but the link between them is too weak to call a
    /// conflict: possibly different facts, possibly a disagreement.
    Unsure,
    /// Stated once, by one article.
    Single,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Conflict => "conflict",
            Status::Variant => "variant",
            Status::Agree => "agree",
            Status::Unsure => "unsure",
            Status::Single => "single",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// "f1", "f2", … in order of first mention.
    pub id: String,
    pub kind: Kind,
    pub label: String,
    pub status: Status,
    /// Indices into `FactSet::mentions`, by article then position.
    pub mentions: Vec<usize>,
}

impl Fact {
    /// The distinct articles that state this fact, in corpus order.
    pub fn articles(&self, set: &FactSet) -> Vec<usize> {
        let mut a: Vec<usize> = self
            .mentions
            .iter()
            .map(|&m| set.mentions[m].article)
            .collect();
        a.dedup();
        a
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct FactSet {
    pub mentions: Vec<Mention>,
    pub facts: Vec<Fact>,
    /// The fact of each mention.
    pub fact_of: Vec<usize>,
    /// Per mention, its sum in its fact's first currency when the fact
    /// mixes currencies (may be empty: nothing converted).
    pub converted: Vec<Option<Converted>>,
}

impl FactSet {
    /// Mention `m`'s sum in its fact's first currency, when converted.
    pub fn converted(&self, m: usize) -> Option<&Converted> {
        self.converted.get(m).and_then(Option::as_ref)
    }

    /// Mentions of one article, by position.
    pub fn mentions_in(&self, article: usize) -> Vec<usize> {
        let mut m: Vec<usize> = (0..self.mentions.len())
            .filter(|&i| self.mentions[i].article == article)
            .collect();
        m.sort_by_key(|&i| (self.mentions[i].span.start, self.mentions[i].span.end));
        m
    }

    /// Facts with at least one mention in the article, in order of first
    /// mention there.
    pub fn facts_in(&self, article: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for m in self.mentions_in(article) {
            let f = self.fact_of[m];
            if !out.contains(&f) {
                out.push(f);
            }
        }
        out
    }
}
