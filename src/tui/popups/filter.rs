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
use crate::tui::layout;
use crate::tui::popup;
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

#[derive(Debug, Clone, Default)]
pub struct FilterState {
    pub query: String,
    pub matches: Vec<Match>,
    pub selected: usize,
}

impl FilterState {
    pub fn new(articles: &[Article]) -> Self {
        FilterState {
            query: String::new(),
            matches: rank(articles, ""),
            selected: 0,
        }
    }

    /// Re-ranks after the query changed; the best match is selected.
    pub fn set_query(&mut self, query: String, articles: &[Article]) {
        self.matches = rank(articles, &query);
        self.query = query;
        self.selected = 0;
    }

    pub fn move_by(&mut self, delta: isize) {
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(self.matches.len().saturating_sub(1));
    }

    /// The article to open on Enter.
    pub fn chosen(&self) -> Option<usize> {
        self.matches.get(self.selected).map(|m| m.article)
    }
}

/// Where the popup goes on a screen of this size.
pub fn popup_area(screen: Rect, matches: usize) -> Rect {
    let height = (3 + matches * sources::ROWS_PER_ENTRY).max(5) as u16;
    layout::popup(
        screen,
        screen.width.saturating_sub(8).min(90),
        height.min(screen.height),
    )
}

pub struct FilterView<'a> {
    pub state: &'a FilterState,
    pub articles: &'a [Article],
    pub theme: &'a Theme,
}

impl Widget for FilterView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let s = self.state;
        let count = format!(" {}/{} ", s.matches.len(), self.articles.len());
        let Some(list) = popup::frame(area, buf, t, "Filter sources", count, "/", &s.query) else {
            return;
        };
        if s.matches.is_empty() {
            Line::styled("   no source matches", t.source_meta).render(list, buf);
        }
        let per_page = (usize::from(list.height) / sources::ROWS_PER_ENTRY).max(1);
        let first = (s.selected + 1).saturating_sub(per_page);
        let rows = (list.top()..list.bottom()).step_by(sources::ROWS_PER_ENTRY);
        for (y, (i, m)) in rows.zip(s.matches.iter().enumerate().skip(first)) {
            let a = &self.articles[m.article];
            let base = if i == s.selected {
                t.filter_selected
            } else {
                Style::default()
            };
            let lines = entry_lines(a, m, t);
            for (dy, line) in lines.into_iter().enumerate() {
                let row = Rect {
                    y: y + dy as u16,
                    height: 1,
                    ..list
                };
                if row.y < list.bottom() {
                    buf.set_style(row, base);
                    sanitize::fit(line, row.width.into()).render(row, buf);
                }
            }
        }
    }
}

/// The title line and the "outlet · file" line of a match, with the matched
/// characters in the `filter_match` style.
fn entry_lines<'a>(a: &Article, m: &Match, t: &Theme) -> [Line<'a>; 2] {
    let styled = |s: &str, base: Style, hits: &[usize]| {
        sanitize::label(s, base, t.control, |c| {
            hits.binary_search(&c).is_ok().then_some(t.filter_match)
        })
    };
    let mut title = styled(&a.meta.title, t.source_title, &m.hits.title);
    title.spans.insert(0, Span::raw(" "));
    let mut meta = Line::from(Span::raw("   "));
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
