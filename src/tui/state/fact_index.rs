//! The engine's analysis, indexed the way the reader walks it: per article
//! by position, per fact by article, and every fact in panel order.
//!
//! Built once, when the app starts. Mentions whose article or byte span do
//! not fit the loaded text are left out here, so nothing downstream (the
//! highlights, the panel's "as written" text, the jumps) has to check again.

use std::cmp::Reverse;

use crate::engine::FactSet;
use crate::engine::article::Article;
use crate::engine::describe;
use crate::engine::link::facts::{Fact, Mention, Status};
use crate::tui::fact_style::{self, Group};

/// Which facts the panel lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// The facts the open article states.
    #[default]
    Article,
    /// Every fact in the corpus.
    All,
}

impl Scope {
    pub fn toggled(self) -> Scope {
        match self {
            Scope::Article => Scope::All,
            Scope::All => Scope::Article,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct FactIndex {
    set: FactSet,
    /// Per article, its usable mentions by position.
    by_article: Vec<Vec<usize>>,
    /// Per fact, its usable mentions by article, then position.
    mentions_of: Vec<Vec<usize>>,
    /// Per fact, the articles that state it, in corpus order.
    articles_of: Vec<Vec<usize>>,
    /// Every fact with a usable mention, in panel order.
    order: Vec<usize>,
    /// Per article, the facts it states, in panel order.
    order_in: Vec<Vec<usize>>,
    /// Per fact, its distinct values as shown and the articles stating
    /// each, in order of first statement.
    values: Vec<Vec<(String, Vec<usize>)>>,
    /// How many listed facts conflict.
    conflicts: usize,
}

/// Whether a mention's span can be cut out of its article's text.
fn usable(m: &Mention, articles: &[Article]) -> bool {
    articles.get(m.article).is_some_and(|a| {
        m.span.start <= m.span.end
            && a.text.is_char_boundary(m.span.start)
            && a.text.is_char_boundary(m.span.end)
    })
}

/// The distinct values of a fact's mentions, each with its articles. A
/// quote's value is its words, an entity's its name.
fn value_groups(set: &FactSet, fact: &Fact, mentions: &[usize]) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    for &m in mentions {
        let mention = &set.mentions[m];
        // Normalised, so that articles writing one value differently
        // ("fifteen minutes", "15-minute") share a group.
        let shown = describe::value(&mention.value);
        // Entities are one value by construction; their mentions name them
        // differently ("Petro", "Gustavo Petro").
        let shown = if fact.kind.is_entity() {
            fact.label.clone()
        } else {
            shown
        };
        match out.iter_mut().find(|(v, _)| *v == shown) {
            Some((_, arts)) => {
                if !arts.contains(&mention.article) {
                    arts.push(mention.article);
                }
            }
            None => out.push((shown, vec![mention.article])),
        }
    }
    out
}

impl FactIndex {
    pub fn new(set: FactSet, articles: &[Article]) -> FactIndex {
        let n = articles.len();
        let mut by_article = vec![Vec::new(); n];
        let mut mentions_of = vec![Vec::new(); set.facts.len()];
        for (i, m) in set.mentions.iter().enumerate() {
            let Some(&f) = set.fact_of.get(i) else {
                continue;
            };
            if f < mentions_of.len() && usable(m, articles) {
                by_article[m.article].push(i);
                mentions_of[f].push(i);
            }
        }
        let at = |i: &usize| {
            let m = &set.mentions[*i];
            (m.article, m.span.start, m.span.end)
        };
        for list in by_article.iter_mut().chain(mentions_of.iter_mut()) {
            list.sort_by_key(at);
        }
        let articles_of: Vec<Vec<usize>> = mentions_of
            .iter()
            .map(|ms| {
                let mut a: Vec<usize> = ms.iter().map(|&m| set.mentions[m].article).collect();
                a.dedup();
                a
            })
            .collect();
        let mut order: Vec<usize> = (0..set.facts.len())
            .filter(|&f| !mentions_of[f].is_empty())
            .collect();
        // Conflicts are what readers come for, then possible ones; then
        // what many outlets share.
        // Entities (who, where) come after every value and quote.
        order.sort_by_key(|&f| {
            let fact = &set.facts[f];
            (
                fact.kind.is_entity(),
                fact.status != Status::Conflict,
                // Then the possible disagreements ("unsure").
                fact_style::group(fact.status) != Group::Disagree,
                Reverse(articles_of[f].len()),
                fact.status,
                at(&mentions_of[f][0]),
            )
        });
        let mut order_in = vec![Vec::new(); n];
        for &f in &order {
            for &a in &articles_of[f] {
                order_in[a].push(f);
            }
        }
        let values = mentions_of
            .iter()
            .enumerate()
            .map(|(f, ms)| value_groups(&set, &set.facts[f], ms))
            .collect();
        let conflicts = order
            .iter()
            .filter(|&&f| set.facts[f].status == Status::Conflict)
            .count();
        FactIndex {
            set,
            by_article,
            mentions_of,
            articles_of,
            order,
            order_in,
            values,
            conflicts,
        }
    }

    /// A fact's distinct values as shown ("15 min", "1 h"), each with the
    /// articles that state it.
    pub fn values_of(&self, fact: usize) -> &[(String, Vec<usize>)] {
        self.values.get(fact).map_or(&[], Vec::as_slice)
    }

    /// How many listed facts conflict.
    pub fn conflicts(&self) -> usize {
        self.conflicts
    }

    pub fn set(&self) -> &FactSet {
        &self.set
    }

    pub fn fact(&self, f: usize) -> Option<&Fact> {
        self.set.facts.get(f)
    }

    pub fn mention(&self, m: usize) -> Option<&Mention> {
        self.set.mentions.get(m)
    }

    pub fn fact_of(&self, m: usize) -> Option<usize> {
        self.set.fact_of.get(m).copied()
    }

    pub fn is_entity(&self, f: usize) -> bool {
        self.fact(f).is_some_and(|f| f.kind.is_entity())
    }

    pub fn status(&self, f: usize) -> Option<Status> {
        self.fact(f).map(|f| f.status)
    }

    /// An article's mentions, by position.
    pub fn mentions_in(&self, article: usize) -> &[usize] {
        self.by_article.get(article).map_or(&[], Vec::as_slice)
    }

    /// A fact's mentions, by article and then position.
    pub fn mentions_of(&self, fact: usize) -> &[usize] {
        self.mentions_of.get(fact).map_or(&[], Vec::as_slice)
    }

    /// The articles stating a fact, in corpus order.
    pub fn articles_of(&self, fact: usize) -> &[usize] {
        self.articles_of.get(fact).map_or(&[], Vec::as_slice)
    }

    /// The fact's first mention in `article`.
    pub fn first_in(&self, fact: usize, article: usize) -> Option<usize> {
        self.mentions_of(fact)
            .iter()
            .copied()
            .find(|&m| self.set.mentions[m].article == article)
    }

    /// Where a jump to `fact` lands: its first mention in the open article
    /// when that states it (so the reader stays put), else its first
    /// mention anywhere.
    pub fn landing(&self, fact: usize, open: Option<usize>) -> Option<usize> {
        open.and_then(|a| self.first_in(fact, a))
            .or_else(|| self.mentions_of(fact).first().copied())
    }

    /// The facts the panel lists for a scope and open article.
    pub fn rows(&self, scope: Scope, article: Option<usize>) -> &[usize] {
        match scope {
            Scope::All => &self.order,
            Scope::Article => article
                .and_then(|a| self.order_in.get(a))
                .map_or(&[], Vec::as_slice),
        }
    }

    /// Every listed fact, in panel order.
    pub fn order(&self) -> &[usize] {
        &self.order
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::article::{Meta, OffsetMap};
    use crate::engine::model::{Kind, Value};

    fn article(text: &str) -> Article {
        Article {
            id: "a".into(),
            path: "a.txt".into(),
            text: text.into(),
            meta: Meta::default(),
            offsets: OffsetMap::identity(),
        }
    }

    fn mention(article: usize, span: std::ops::Range<usize>, kind: Kind) -> Mention {
        Mention {
            article,
            span,
            kind,
            value: Value::Entity {
                canonical: "x".into(),
            },
            cue: None,
        }
    }

    fn fact(kind: Kind, status: Status, mentions: Vec<usize>) -> Fact {
        Fact {
            id: String::new(),
            kind,
            label: String::new(),
            status,
            mentions,
        }
    }

    #[test]
    fn panel_order_puts_conflicts_first_then_shared_facts_then_entities() {
        let arts = vec![article("aaaa bbbb"), article("cccc dddd"), article("eeee")];
        let set = FactSet {
            mentions: vec![
                mention(0, 0..4, Kind::Person),
                mention(1, 0..4, Kind::Person),
                mention(0, 5..9, Kind::Count),
                mention(1, 5..9, Kind::Count),
                mention(2, 0..4, Kind::Count),
                mention(2, 0..2, Kind::Date),
            ],
            facts: vec![
                fact(Kind::Person, Status::Agree, vec![0, 1]),
                fact(Kind::Count, Status::Agree, vec![2, 3, 4]),
                fact(Kind::Date, Status::Conflict, vec![5]),
            ],
            fact_of: vec![0, 0, 1, 1, 1, 2],
            converted: Vec::new(),
        };
        let idx = FactIndex::new(set, &arts);
        assert_eq!(idx.order(), &[2, 1, 0]);
        assert_eq!(idx.rows(Scope::Article, Some(0)), &[1, 0]);
        assert_eq!(idx.articles_of(1), &[0, 1, 2]);
        assert_eq!(idx.mentions_in(2), &[5, 4]);
        assert_eq!(idx.landing(1, Some(2)), Some(4));
        assert_eq!(idx.landing(1, None), Some(2));
    }

    #[test]
    fn mentions_outside_the_text_are_left_out() {
        let arts = vec![article("héllo")];
        let set = FactSet {
            mentions: vec![
                mention(0, 0..2, Kind::Count),
                mention(0, 0..99, Kind::Count),
                mention(7, 0..1, Kind::Count),
                mention(0, 0..1, Kind::Count),
            ],
            facts: vec![fact(Kind::Count, Status::Single, vec![0, 1, 2, 3])],
            fact_of: vec![0, 0, 0],
            converted: Vec::new(),
        };
        let idx = FactIndex::new(set, &arts);
        // 0..2 cuts 'é' in half, 0..99 runs past the end, article 7 does
        // not exist, and the last mention has no fact.
        assert!(idx.mentions_in(0).is_empty());
        assert!(idx.order().is_empty());
    }
}
