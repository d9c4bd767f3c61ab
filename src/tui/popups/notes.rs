//! The `!` popup: what loading had to say (files skipped and why), shown
//! in the app rather than printed before the screen opens.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use crate::tui::help;
use crate::tui::sanitize;
use crate::tui::theme::Theme;

pub struct NotesView<'a> {
    pub notes: &'a [String],
    pub scroll: usize,
    pub theme: &'a Theme,
}

impl Widget for NotesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let lines: Vec<Line> = if self.notes.is_empty() {
            vec![Line::styled(
                "Every file loaded; nothing to note.",
                t.fact_silent,
            )]
        } else {
            self.notes
                .iter()
                .map(|n| Line::raw(format!("• {}", sanitize::plain(n))))
                .collect()
        };
        let popup = help::popup_area(area, lines.len());
        Clear.render(popup, buf);
        let block = Block::bordered()
            .border_style(t.border_focused)
            .title(Line::styled("Notes from loading", t.pane_title))
            .title_bottom(Line::styled(" q or Esc to close ", t.position).right_aligned());
        let inner = block.inner(popup);
        block.render(popup, buf);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(self.scroll).unwrap_or(u16::MAX), 0))
            .render(inner, buf);
    }
}
