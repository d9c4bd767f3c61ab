//! The source list: one entry per article, with its title, outlet and date.

use std::path::Path;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::engine::article::Article;
use crate::tui::layout;
use crate::tui::sanitize;
use crate::tui::theme::Theme;

/// Rows each entry takes: the title, then outlet and date.
pub const ROWS_PER_ENTRY: usize = 2;

#[derive(Debug, Clone, Default)]
pub struct SourcesState {
    pub selected: usize,
}

impl SourcesState {
    pub fn move_by(&mut self, delta: isize, len: usize) {
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
    }
}

/// The file name of an article, as shown and as matched by the filter.
pub fn file_name(a: &Article) -> &str {
    Path::new(&a.path)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(&a.path)
}

/// "Kurdistan24 · 2026-01-10 · 001_k24.txt": the outlet, the date (or a
/// placeholder) and the file name, which stays reachable when the outlet
/// is shown in its place elsewhere.
pub fn meta_line(a: &Article) -> String {
    let date = a
        .meta
        .published
        .map_or_else(|| "no date".to_string(), |d| d.to_string());
    match a.meta.outlet.as_deref() {
        Some(outlet) => format!("{outlet} · {date} · {}", file_name(a)),
        None => format!("{} · {date}", file_name(a)),
    }
}

/// How many entries fit in a pane of this height.
pub fn entries_per_page(pane: Rect) -> usize {
    (usize::from(layout::text_area(pane).height) / ROWS_PER_ENTRY).max(1)
}

pub struct SourcesView<'a> {
    pub state: &'a SourcesState,
    pub articles: &'a [Article],
    /// The article the reader shows, marked in the list.
    pub open: Option<usize>,
    pub theme: &'a Theme,
    pub focused: bool,
}

impl Widget for SourcesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let border = if self.focused {
            t.border_focused
        } else {
            t.border
        };
        Block::bordered()
            .border_style(border)
            .title(Line::styled(
                format!("Sources ({})", self.articles.len()),
                t.pane_title,
            ))
            .render(area, buf);
        // The list starts one column further left than the reader's text so
        // the open marker sits in the margin.
        let inner = layout::text_area(area);
        let list = Rect {
            x: inner.x.saturating_sub(1),
            width: inner
                .width
                .saturating_add(1)
                .min(area.width.saturating_sub(2)),
            ..inner
        };
        let per_page = entries_per_page(area);
        // Scroll just far enough that the selection is on screen.
        let first = (self.state.selected + 1).saturating_sub(per_page);
        let rows = (list.top()..list.bottom()).step_by(ROWS_PER_ENTRY);
        for (y, (i, a)) in rows.zip(self.articles.iter().enumerate().skip(first)) {
            let selected = i == self.state.selected;
            let base = if selected {
                t.source_selected
            } else {
                Style::default()
            };
            // Two marks: › moves with the selection, ▸ stays on the open
            // article; both read without colour.
            let marker = match (selected, Some(i) == self.open) {
                (true, true) => "›▸",
                (true, false) => "› ",
                (false, true) => " ▸",
                (false, false) => "  ",
            };
            let title_style = if Some(i) == self.open {
                t.source_open
            } else {
                t.source_title
            };
            let mut title = sanitize::label(&a.meta.title, title_style, t.control, |_| None);
            title.spans.insert(0, Span::styled(marker, t.source_open));
            let meta = Line::from(vec![
                Span::raw("  "),
                Span::styled(sanitize::plain(&meta_line(a)), t.source_meta),
            ]);
            for (dy, line) in [title, meta].into_iter().enumerate() {
                let row = Rect {
                    y: y + dy as u16,
                    height: 1,
                    ..list
                };
                if row.y < list.bottom() {
                    buf.set_style(row, base);
                    sanitize::fit(line.patch_style(base), row.width.into()).render(row, buf);
                }
            }
        }
    }
}
