//! The one fuzzy picker behind both popups (sources and facts): a query,
//! the ranked matches and a selection, and the widget that draws them two
//! rows an entry under the query line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::tui::popup;
use crate::tui::sanitize;
use crate::tui::theme::Theme;

/// Rows each entry takes.
pub const ROWS_PER_ENTRY: usize = 2;

/// A query and what it matches, best first.
#[derive(Debug, Clone, Default)]
pub struct Picker<M> {
    pub query: String,
    pub matches: Vec<M>,
    pub selected: usize,
}

impl<M> Picker<M> {
    pub fn with_matches(matches: Vec<M>) -> Self {
        Picker {
            query: String::new(),
            matches,
            selected: 0,
        }
    }

    /// Takes the matches of a new query; the best one is selected.
    pub fn set(&mut self, query: String, matches: Vec<M>) {
        self.query = query;
        self.matches = matches;
        self.selected = 0;
    }

    pub fn move_by(&mut self, delta: isize) {
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(self.matches.len().saturating_sub(1));
    }

    pub fn chosen_match(&self) -> Option<&M> {
        self.matches.get(self.selected)
    }
}

/// Where a picker goes on a screen of this size.
pub fn popup_area(screen: Rect, matches: usize) -> Rect {
    let height = (3 + matches * ROWS_PER_ENTRY).max(5) as u16;
    crate::tui::layout::popup(
        screen,
        screen.width.saturating_sub(8).min(90),
        height.min(screen.height),
    )
}

/// Draws a picker: its frame and query, then each match's two lines as
/// `entry` makes them, the selected one marked with `›` and reversed so it
/// shows without colour.
pub struct PickerView<'a, M> {
    pub picker: &'a Picker<M>,
    pub title: &'a str,
    pub prompt: &'a str,
    /// How many there are to pick from, for the "3/12" count.
    pub total: usize,
    pub empty: &'a str,
    pub entry: &'a dyn Fn(&M) -> [Line<'static>; 2],
    pub theme: &'a Theme,
}

impl<M> Widget for PickerView<'_, M> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let p = self.picker;
        let count = format!(" {}/{} ", p.matches.len(), self.total);
        let Some(list) = popup::frame(area, buf, t, self.title, count, self.prompt, &p.query)
        else {
            return;
        };
        if p.matches.is_empty() {
            Line::styled(format!("   {}", self.empty), t.source_meta).render(list, buf);
        }
        let per_page = (usize::from(list.height) / ROWS_PER_ENTRY).max(1);
        let first = (p.selected + 1).saturating_sub(per_page);
        let rows = (list.top()..list.bottom()).step_by(ROWS_PER_ENTRY);
        for (y, (i, m)) in rows.zip(p.matches.iter().enumerate().skip(first)) {
            let selected = i == p.selected;
            let base = if selected {
                t.filter_selected
            } else {
                Style::default()
            };
            for (dy, mut line) in (self.entry)(m).into_iter().enumerate() {
                let row = Rect {
                    y: y + dy as u16,
                    height: 1,
                    ..list
                };
                if row.y >= list.bottom() {
                    continue;
                }
                if dy == 0 {
                    let marker = if selected { "›" } else { " " };
                    line.spans.insert(
                        0,
                        Span::styled(marker, t.cursor.add_modifier(Modifier::BOLD)),
                    );
                } else {
                    line.spans.insert(0, Span::raw(" "));
                }
                buf.set_style(row, base);
                sanitize::fit(line, row.width.into()).render(row, buf);
            }
        }
    }
}
