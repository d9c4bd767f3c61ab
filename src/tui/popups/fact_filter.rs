//! The `f` filter: fuzzy matching over the facts' labels, kinds and the
//! text of their mentions, and the popup that shows the ranked facts.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::engine::article::Article;
use crate::tui::fact_index::FactIndex;
use crate::tui::fact_style;
use crate::tui::facts_panel;
use crate::tui::picker::{Picker, PickerView};
use crate::tui::sanitize;
use crate::tui::theme::Theme;

/// Words of a mention's text that are matched and shown; enough for any
/// quote, and a bound on the work per key press.
const MAX_TEXT_WORDS: usize = 80;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactMatch {
    pub fact: usize,
    pub score: i64,
    /// The text that matched best ("hour-long", or the label), and which of
    /// its characters matched.
    pub text: String,
    pub hits: Vec<usize>,
}

/// Ranks the facts against `query`, best first; equal scores keep the
/// panel's order (conflicts first). An empty query lists every fact.
pub fn rank(idx: &FactIndex, articles: &[Article], query: &str) -> Vec<FactMatch> {
    let matcher = SkimMatcherV2::default();
    let mut out: Vec<FactMatch> = Vec::new();
    for &f in idx.order() {
        let Some(fact) = idx.fact(f) else { continue };
        if query.is_empty() {
            out.push(FactMatch {
                fact: f,
                score: 0,
                text: fact.label.clone(),
                hits: Vec::new(),
            });
            continue;
        }
        let mut fields = vec![fact.label.clone(), fact.kind.as_str().to_string()];
        for &m in idx.mentions_of(f) {
            let Some(mention) = idx.mention(m) else {
                continue;
            };
            let Some(a) = articles.get(mention.article) else {
                continue;
            };
            let text = facts_panel::written(a, mention.span.clone(), MAX_TEXT_WORDS);
            if !fields.contains(&text) {
                fields.push(text);
            }
        }
        let best = fields
            .into_iter()
            .filter_map(|s| {
                let (score, hits) = matcher.fuzzy_indices(&s, query)?;
                Some((score, s, hits))
            })
            .max_by_key(|(score, ..)| *score);
        if let Some((score, text, hits)) = best {
            out.push(FactMatch {
                fact: f,
                score,
                text,
                hits,
            });
        }
    }
    // A stable sort keeps the panel order among equal scores.
    out.sort_by_key(|m| std::cmp::Reverse(m.score));
    out
}

/// The fact picker: a [`Picker`] of facts.
pub type FactFilterState = Picker<FactMatch>;

impl Picker<FactMatch> {
    pub fn new(idx: &FactIndex, articles: &[Article]) -> Self {
        Picker::with_matches(rank(idx, articles, ""))
    }

    /// Re-ranks after the query changed; the best match is selected.
    pub fn set_query(&mut self, query: String, idx: &FactIndex, articles: &[Article]) {
        let matches = rank(idx, articles, &query);
        self.set(query, matches);
    }

    /// The fact to select on Enter.
    pub fn chosen(&self) -> Option<usize> {
        self.chosen_match().map(|m| m.fact)
    }
}

pub struct FactFilterView<'a> {
    pub state: &'a FactFilterState,
    pub index: &'a FactIndex,
    pub theme: &'a Theme,
}

impl Widget for FactFilterView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let entry = |m: &FactMatch| entry_lines(self.index, m, t);
        PickerView {
            picker: self.state,
            title: "Find a fact",
            prompt: "f ",
            total: self.index.order().len(),
            empty: "no fact matches",
            entry: &entry,
            theme: t,
        }
        .render(area, buf);
    }
}

/// "✗ phone call · length  duration" and, below, the matched text with the
/// matched characters marked.
fn entry_lines(idx: &FactIndex, m: &FactMatch, t: &Theme) -> [Line<'static>; 2] {
    let Some(fact) = idx.fact(m.fact) else {
        return [Line::default(), Line::default()];
    };
    let mut head = sanitize::label(&fact.label, t.source_title, t.control, |_| None);
    head.spans.insert(
        0,
        Span::styled(
            format!("{} ", fact_style::symbol(fact.status)),
            fact_style::status_style(fact.status, t),
        ),
    );
    head.spans.push(Span::styled(
        format!("  {} · {}", fact.kind.as_str(), fact.status.as_str()),
        t.source_meta,
    ));
    // Start the matched text a little before the first hit, so a match deep
    // in a long quote is on screen.
    let skip = m.hits.first().map_or(0, |&h| h.saturating_sub(12));
    let text: String = m.text.chars().skip(skip).collect();
    let hits: Vec<usize> = m.hits.iter().filter_map(|h| h.checked_sub(skip)).collect();
    let mut body = sanitize::label(&text, t.source_meta, t.control, |c| {
        hits.binary_search(&c).is_ok().then_some(t.filter_match)
    });
    body.spans
        .insert(0, Span::raw(if skip > 0 { "  …" } else { "  " }));
    [head, body]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::FactSet;
    use crate::engine::article::{Meta, OffsetMap};
    use crate::engine::link::facts::{Fact, Mention, Status};
    use crate::engine::model::{Interval, Kind, Value};

    fn setup() -> (FactIndex, Vec<Article>) {
        let text = "They spoke in an hour-long call. The deal is worth $5 bn.";
        let arts = vec![Article {
            id: "a".into(),
            path: "a.txt".into(),
            text: text.into(),
            meta: Meta::default(),
            offsets: OffsetMap::identity(),
        }];
        let span = |s: &str| text.find(s).unwrap()..text.find(s).unwrap() + s.len();
        let value = Value::Percent {
            amount: Interval::exact(1.0),
        };
        let mention = |s: &str, kind| Mention {
            article: 0,
            span: span(s),
            kind,
            value: value.clone(),
            cue: None,
        };
        let fact = |label: &str, kind, m| Fact {
            id: String::new(),
            kind,
            label: label.into(),
            status: Status::Single,
            mentions: vec![m],
        };
        let set = FactSet {
            mentions: vec![
                mention("hour-long", Kind::Duration),
                mention("$5 bn", Kind::Money),
            ],
            facts: vec![
                fact("call · length", Kind::Duration, 0),
                fact("deal · amount", Kind::Money, 1),
            ],
            fact_of: vec![0, 1],
            converted: Vec::new(),
        };
        (FactIndex::new(set, &arts), arts)
    }

    #[test]
    fn mention_text_label_and_kind_are_all_searched() {
        let (idx, arts) = setup();
        let m = rank(&idx, &arts, "hour-long");
        assert_eq!(m[0].fact, 0);
        assert_eq!(m[0].text, "hour-long");
        assert_eq!(rank(&idx, &arts, "deal")[0].fact, 1);
        assert_eq!(rank(&idx, &arts, "money")[0].fact, 1);
        assert!(rank(&idx, &arts, "zzzz").is_empty());
        assert_eq!(rank(&idx, &arts, "").len(), 2);
    }
}
