//! The `/` filter: fuzzy matching over the sources' titles, outlets and file
//! names, and the popup that shows the ranked matches.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::engine::article::Article;
use crate::tui::picker::{self, Picker, PickerView};
use crate::tui::sanitize;
use crate::tui::sources;
use crate::tui::theme::Theme;

/// Which characters of each field matched, as char indices (what the
/// matcher returns), for highlighting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits {
    pub title: Vec<usize>,
    pub outlet: Vec<usize>,
    pub file: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub article: usize,
    pub score: i64,
    pub hits: Hits,
}

/// Ranks the articles against `query`, best first; equal scores keep the
/// list's order. An empty query matches everything.
pub fn rank(articles: &[Article], query: &str) -> Vec<Match> {
    let matcher = SkimMatcherV2::default();
    let mut out: Vec<Match> = articles
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            if query.is_empty() {
                return Some(Match {
                    article: i,
                    score: 0,
                    hits: Hits::default(),
                });
            }
            let field = |s: &str| matcher.fuzzy_indices(s, query);
            let title = field(&a.meta.title);
            let outlet = a.meta.outlet.as_deref().and_then(field);
            let file = field(sources::file_name(a));
            let score = [&title, &outlet, &file]
                .iter()
                .filter_map(|m| m.as_ref().map(|(s, _)| *s))
                .max()?;
            let idx = |m: Option<(i64, Vec<usize>)>| m.map(|(_, v)| v).unwrap_or_default();
            Some(Match {
                article: i,
                score,
                hits: Hits {
                    title: idx(title),
                    outlet: idx(outlet),
                    file: idx(file),
                },
            })
        })
        .collect();
    out.sort_by_key(|m| std::cmp::Reverse(m.score));
    out
}

/// The source picker: a [`Picker`] of articles.
pub type FilterState = Picker<Match>;

impl Picker<Match> {
    pub fn new(articles: &[Article]) -> Self {
        Picker::with_matches(rank(articles, ""))
    }

    /// Re-ranks after the query changed; the best match is selected.
    pub fn set_query(&mut self, query: String, articles: &[Article]) {
        let matches = rank(articles, &query);
        self.set(query, matches);
    }

    pub fn push(&mut self, c: char, articles: &[Article]) {
        let mut q = self.query.clone();
        q.push(c);
        self.set_query(q, articles);
    }

    pub fn pop(&mut self, articles: &[Article]) {
        let mut q = self.query.clone();
        q.pop();
        self.set_query(q, articles);
    }

    /// The article to open on Enter.
    pub fn chosen(&self) -> Option<usize> {
        self.chosen_match().map(|m| m.article)
    }
}

/// Where the popup goes on a screen of this size.
pub fn popup_area(screen: Rect, matches: usize) -> Rect {
    picker::popup_area(screen, matches)
}

pub struct FilterView<'a> {
    pub state: &'a FilterState,
    pub articles: &'a [Article],
    pub theme: &'a Theme,
}

impl Widget for FilterView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let entry = |m: &Match| entry_lines(&self.articles[m.article], m, t);
        PickerView {
            picker: self.state,
            title: "Filter sources",
            prompt: "/",
            total: self.articles.len(),
            empty: "no source matches",
            entry: &entry,
            theme: t,
        }
        .render(area, buf);
    }
}

/// The title line and the "outlet · file" line of a match, with the matched
/// characters in the `filter_match` style.
fn entry_lines(a: &Article, m: &Match, t: &Theme) -> [Line<'static>; 2] {
    let styled = |s: &str, base: Style, hits: &[usize]| {
        sanitize::label(s, base, t.control, |c| {
            hits.binary_search(&c).is_ok().then_some(t.filter_match)
        })
    };
    let title = styled(&a.meta.title, t.source_title, &m.hits.title);
    let mut meta = Line::from(Span::raw("  "));
    if let Some(outlet) = &a.meta.outlet {
        meta.spans
            .extend(styled(outlet, t.source_meta, &m.hits.outlet).spans);
        meta.spans.push(Span::styled(" · ", t.source_meta));
    }
    meta.spans
        .extend(styled(sources::file_name(a), t.source_meta, &m.hits.file).spans);
    [title, meta]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::article::{Meta, OffsetMap};

    fn article(title: &str, outlet: Option<&str>, path: &str) -> Article {
        Article {
            id: path.trim_end_matches(".txt").to_string(),
            path: format!("seeds/{path}"),
            text: String::new(),
            meta: Meta {
                title: title.to_string(),
                outlet: outlet.map(str::to_string),
                ..Meta::default()
            },
            offsets: OffsetMap::identity(),
        }
    }

    fn corpus() -> Vec<Article> {
        vec![
            article("Petro talks in Washington", Some("Reuters"), "000_a.txt"),
            article("Trump invites Petro", Some("Kurdistan24"), "001_b.txt"),
            article("Kurds react to the invitation", None, "002_c.txt"),
        ]
    }

    #[test]
    fn empty_query_keeps_the_list_order() {
        let order: Vec<usize> = rank(&corpus(), "").iter().map(|m| m.article).collect();
        assert_eq!(order, vec![0, 1, 2]);
    }

    #[test]
    fn best_match_comes_first_and_non_matches_are_dropped() {
        let m = rank(&corpus(), "kurd");
        let order: Vec<usize> = m.iter().map(|m| m.article).collect();
        assert_eq!(order.len(), 2, "{m:?}");
        assert!(order.contains(&1) && order.contains(&2));
        assert!(m[0].score >= m[1].score);
        assert!(rank(&corpus(), "zzzz").is_empty());
    }

    #[test]
    fn a_contiguous_match_beats_a_scattered_one() {
        let a = vec![
            article("Reporters under fire", None, "x.txt"),
            article("Reuters report", None, "y.txt"),
        ];
        assert_eq!(rank(&a, "reuters")[0].article, 1);
    }

    #[test]
    fn hits_name_the_matched_characters_of_each_field() {
        let m = rank(&corpus(), "kurd");
        let k24 = m.iter().find(|m| m.article == 1).unwrap();
        assert_eq!(k24.hits.outlet, vec![0, 1, 2, 3]);
        assert!(k24.hits.title.is_empty());
        let m = rank(&corpus(), "001");
        assert_eq!(m[0].hits.file, vec![0, 1, 2]);
    }

    #[test]
    fn file_names_are_matched() {
        let m = rank(&corpus(), "002_c");
        assert_eq!(m[0].article, 2);
    }

    #[test]
    fn selection_moves_within_the_matches() {
        let a = corpus();
        let mut f = FilterState::new(&a);
        f.move_by(10);
        assert_eq!(f.selected, 2);
        f.set_query("kurd".into(), &a);
        assert_eq!(f.selected, 0);
        f.move_by(-3);
        assert_eq!(f.selected, 0);
        assert!(f.chosen().is_some());
        f.set_query("nothing matches this".into(), &a);
        assert_eq!(f.chosen(), None);
    }
}
