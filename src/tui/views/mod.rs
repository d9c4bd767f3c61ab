//! Drawing the whole screen from an [`App`]. Pure: reads the state, writes
//! cells, nothing else.

pub mod decor;
pub mod disagreements;
pub mod fact_style;
pub mod facts_panel;
pub mod reader;
pub mod side_by_side;
pub mod sources;
pub mod status;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::tui::fact_filter::FactFilterView;
use crate::tui::facts_panel::FactsPanelView;
use crate::tui::filter::{self, FilterView};
use crate::tui::help::HelpView;
use crate::tui::layout;
use crate::tui::notes::NotesView;
use crate::tui::reader::ReaderView;
use crate::tui::side_by_side::SideBySideView;
use crate::tui::sources::SourcesView;
use crate::tui::state::app::{App, Focus, Overlay};
use crate::tui::status::StatusView;
use disagreements::OverviewView;

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
        if let Some(side) = &self.side {
            SideBySideView {
                state: side,
                articles: &self.articles,
                focused: self.reader.article(),
                theme: &self.theme,
            }
            .render(panes.main, buf);
        } else if let Some(o) = &self.overview {
            OverviewView {
                state: o,
                index: &self.facts,
                articles: &self.articles,
                analysing: self.analysis.is_some(),
                theme: &self.theme,
            }
            .render(panes.main, buf);
        } else {
            self.render_panes(&panes, buf);
        }
        let mode = match self.overlay {
            Overlay::None if self.search.as_ref().is_some_and(|s| s.typing) => "SEARCH",
            Overlay::None if self.side.is_some() => "SIDE BY SIDE",
            Overlay::None if self.overview.is_some() => "OVERVIEW",
            Overlay::None => self.focus.name(),
            Overlay::Filter(_) => "FILTER",
            Overlay::FindFact(_) => "FIND FACT",
            Overlay::Help { .. } => "HELP",
            Overlay::Notes { .. } => "NOTES",
        };
        let typed: String = self
            .count
            .map(|n| n.to_string())
            .into_iter()
            .chain(self.pending.iter().map(|k| k.to_string()))
            .collect();
        StatusView {
            mode,
            context: self.context(),
            side_by_side: self.side.is_some(),
            fact: self.selected_fact.and_then(|f| self.facts.fact(f)),
            more_columns: self.side.as_ref().map_or(0, |s| s.more),
            note: self.note.as_deref(),
            progress: self.analysis,
            typed: &typed,
            search: self.search.as_ref(),
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
            Overlay::FindFact(f) => FactFilterView {
                state: f,
                index: &self.facts,
                theme: &self.theme,
            }
            .render(filter::popup_area(over, f.matches.len()), buf),
            Overlay::Help { scroll } => HelpView {
                keymap: &self.keymap,
                theme: &self.theme,
                scroll: *scroll,
            }
            .render(over, buf),
            Overlay::Notes { scroll } => NotesView {
                notes: &self.notes,
                scroll: *scroll,
                theme: &self.theme,
            }
            .render(over, buf),
        }
    }
}

impl App {
    /// The source list, the reader and the fact panel.
    fn render_panes(&self, panes: &layout::Panes, buf: &mut Buffer) {
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
            reading_width: self.reading_width,
            theme: &self.theme,
            focused: self.focus == Focus::Reader,
        }
        .render(panes.reader, buf);
        if panes.facts.width > 0 {
            FactsPanelView {
                index: &self.facts,
                scope: self.scope,
                open: self.reader.article(),
                selected: self.selected_fact,
                detail: &self.detail,
                analysing: self.analysis.is_some(),
                theme: &self.theme,
                focused: self.focus == Focus::Facts,
            }
            .render(panes.facts, buf);
        }
    }
}
