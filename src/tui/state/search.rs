//! `/` in the reader: an incremental search of the open article, as in
//! less. Matches are exact byte spans of the text, highlighted; `n` and `N`
//! step through them while the search is active, and `Esc` ends it.

use std::ops::Range;

use regex::RegexBuilder;

use super::app::App;
use crate::tui::action::Action;

#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    /// Still typing the query (the status line is its prompt).
    pub typing: bool,
    /// Every match in the open article, in order.
    pub matches: Vec<Range<usize>>,
    /// The match the reader is on.
    pub current: Option<usize>,
    /// Where the reader was when the search started, to go back on Esc.
    origin: usize,
}

/// Every match of `query` in `text`: case-insensitive unless the query has
/// a capital letter (less's and vim's "smart case").
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    let smart = !query.chars().any(char::is_uppercase);
    let Ok(re) = RegexBuilder::new(&regex::escape(query))
        .case_insensitive(smart)
        .build()
    else {
        return Vec::new();
    };
    re.find_iter(text).map(|m| m.range()).collect()
}

impl App {
    pub(crate) fn search_active(&self) -> bool {
        self.search.as_ref().is_some_and(|s| !s.typing)
    }

    pub(crate) fn start_search(&mut self) {
        self.search = Some(Search {
            typing: true,
            origin: self.reader.top(),
            ..Search::default()
        });
        self.refresh_highlights();
    }

    /// Keys while the query is typed: each change searches again and moves
    /// to the first match from where the search started.
    pub(crate) fn update_search_prompt(&mut self, action: Action) {
        let Some(s) = &mut self.search else {
            return;
        };
        match action {
            Action::Insert(c) => s.query.push(c),
            Action::DeleteChar => {
                if s.query.pop().is_none() {
                    self.search = None;
                    self.refresh_highlights();
                    return;
                }
            }
            Action::Open => {
                s.typing = false;
                if s.query.is_empty() {
                    self.search = None;
                } else if s.matches.is_empty() {
                    self.note = Some(format!("pattern not found: {}", s.query));
                    self.search = None;
                }
                self.refresh_highlights();
                return;
            }
            Action::Close => {
                let origin = s.origin;
                self.search = None;
                self.reader.scroll_to_top();
                self.reader.scroll_by(origin as isize);
                self.refresh_highlights();
                return;
            }
            _ => return,
        }
        self.research();
        let Some(s) = &mut self.search else {
            return;
        };
        let from = self
            .reader
            .wrapped()
            .lines
            .get(s.origin)
            .map_or(0, |l| l.range.start);
        s.current = s
            .matches
            .iter()
            .position(|m| m.start >= from)
            .or((!s.matches.is_empty()).then_some(0));
        self.show_current_match();
    }

    /// Finds the query again in the open article (after typing, or after
    /// another article opened).
    pub(crate) fn research(&mut self) {
        let text = self
            .reader
            .article()
            .and_then(|a| self.articles.get(a))
            .map_or("", |a| a.text.as_str());
        if let Some(s) = &mut self.search {
            s.matches = find_all(text, &s.query);
            s.current = s.current.filter(|&c| c < s.matches.len());
        }
    }

    /// `n` / `N` while a search is active; wraps at the ends, with a note.
    pub(crate) fn step_search(&mut self, forward: bool) {
        let Some(s) = &mut self.search else {
            return;
        };
        let n = s.matches.len();
        if n == 0 {
            self.note = Some(format!("pattern not found: {}", s.query));
            return;
        }
        let next = match (s.current, forward) {
            (Some(c), true) if c + 1 < n => c + 1,
            (Some(_), true) => {
                self.note = Some("search hit BOTTOM, continuing at TOP".into());
                0
            }
            (Some(0), false) => {
                self.note = Some("search hit TOP, continuing at BOTTOM".into());
                n - 1
            }
            (Some(c), false) => c - 1,
            (None, true) => 0,
            (None, false) => n - 1,
        };
        s.current = Some(next);
        self.show_current_match();
    }

    fn show_current_match(&mut self) {
        let at = self
            .search
            .as_ref()
            .and_then(|s| s.matches.get(s.current?))
            .map(|m| m.start);
        if let Some(at) = at {
            self.reader.scroll_to_byte(at);
        }
        self.refresh_highlights();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_is_smart_case_and_spans_are_exact_bytes() {
        let text = "Café talks. The café closed. CAFÉ";
        let all = find_all(text, "café");
        assert_eq!(all.len(), 3);
        for r in &all {
            assert!(text[r.clone()].to_lowercase() == "café");
        }
        assert_eq!(find_all(text, "Café"), vec![0..5]);
        assert!(find_all(text, "").is_empty());
        assert_eq!(find_all("a.b a+b", "a+b"), vec![4..7]);
    }
}
