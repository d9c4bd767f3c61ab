//! Drawing the whole screen from an [`App`]. Pure: reads the state, writes
//! cells, nothing else.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::{App, Focus, Overlay};
use super::filter::{self, FilterView};
use super::help::HelpView;
use super::layout;
use super::reader::ReaderView;
use super::sources::SourcesView;
use super::status::StatusView;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        // Never draw outside the buffer, whatever area we are given.
        let area = area.intersection(buf.area);
        let Some(panes) = layout::panes(area) else {
            let note = format!(
                "Terminal too small: {}×{}, needs {}×{}. q quits.",
                area.width,
                area.height,
                layout::MIN_WIDTH,
                layout::MIN_HEIGHT
            );
            Paragraph::new(Line::styled(note, self.theme.too_small))
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        };
        SourcesView {
            state: &self.sources,
            articles: &self.articles,
            open: self.reader.article(),
            theme: &self.theme,
            focused: self.focus == Focus::Sources,
        }
        .render(panes.sources, buf);
        ReaderView {
            state: &self.reader,
            article: self.reader.article().and_then(|i| self.articles.get(i)),
            theme: &self.theme,
            focused: self.focus == Focus::Reader,
        }
        .render(panes.reader, buf);
        let mode = match self.overlay {
            Overlay::None => self.focus.name(),
            Overlay::Filter(_) => "FILTER",
            Overlay::Help { .. } => "HELP",
        };
        StatusView {
            mode,
            context: self.context(),
            keymap: &self.keymap,
            theme: &self.theme,
        }
        .render(panes.status, buf);
        // Popups cover the panes, not the status bar, so its hints for the
        // popup stay visible.
        let over = Rect {
            height: area.height - 1,
            ..area
        };
        match &self.overlay {
            Overlay::None => {}
            Overlay::Filter(f) => FilterView {
                state: f,
                articles: &self.articles,
                theme: &self.theme,
            }
            .render(filter::popup_area(over, f.matches.len()), buf),
            Overlay::Help { scroll } => HelpView {
                keymap: &self.keymap,
                theme: &self.theme,
                scroll: *scroll,
            }
            .render(over, buf),
        }
    }
}
