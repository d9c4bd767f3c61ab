//! The mouse: a click selects what is under it (a source, a fact, an
//! overview row, a column), the wheel scrolls the pane under the pointer.

use ratatui::layout::{Position, Rect};

use super::app::{App, Focus, Overlay};
use super::overview;
use crate::tui::action::Action;
use crate::tui::facts_panel;
use crate::tui::layout;
use crate::tui::sources::{self, ROWS_PER_ENTRY};

/// What is at a point of the screen.
enum Target {
    Source(usize),
    Fact(usize),
    OverviewRow(usize),
    Column(usize),
    Reader,
    Nothing,
}

impl App {
    fn target(&self, x: u16, y: u16) -> Target {
        let Some(panes) = layout::panes(self.screen) else {
            return Target::Nothing;
        };
        let at = Position::new(x, y);
        if let Some(side) = &self.side {
            return side
                .columns
                .iter()
                .position(|c| c.area.contains(at))
                .map_or(Target::Nothing, Target::Column);
        }
        if let Some(o) = &self.overview {
            let list = overview::list_area(panes.main);
            if !list.contains(at) {
                return Target::Nothing;
            }
            let row = o.first() + usize::from(y - list.y);
            return if row < o.rows.len() {
                Target::OverviewRow(row)
            } else {
                Target::Nothing
            };
        }
        if panes.sources.contains(at) {
            let list = layout::text_area(panes.sources);
            if !list.contains(at) {
                return Target::Nothing;
            }
            let per_page = sources::entries_per_page(panes.sources);
            let first = (self.sources.selected + 1).saturating_sub(per_page);
            let i = first + usize::from(y - list.y) / ROWS_PER_ENTRY;
            return if i < self.articles.len() {
                Target::Source(i)
            } else {
                Target::Nothing
            };
        }
        if panes.reader.contains(at) {
            return Target::Reader;
        }
        if panes.facts.contains(at) {
            let inner = layout::text_area(panes.facts);
            let rows = self.facts.rows(self.scope, self.reader.article());
            let list_h = facts_panel::list_height(
                rows.len(),
                &self.detail,
                inner.width.into(),
                inner.height.into(),
            );
            let list = Rect {
                height: list_h as u16,
                ..inner
            };
            if !list.contains(at) {
                return Target::Nothing;
            }
            let first = facts_panel::first_row(rows, self.selected_fact, list_h);
            return rows
                .get(first + usize::from(y - list.y))
                .map_or(Target::Nothing, |&f| Target::Fact(f));
        }
        Target::Nothing
    }

    pub(crate) fn click(&mut self, x: u16, y: u16) {
        if !matches!(self.overlay, Overlay::None) {
            return;
        }
        self.touched = true;
        match self.target(x, y) {
            Target::Source(i) => {
                self.focus = Focus::Sources;
                self.sources.selected = i;
                self.open(i);
            }
            Target::Fact(f) => {
                self.focus = Focus::Facts;
                self.select(f);
            }
            Target::OverviewRow(row) => {
                if let Some(o) = &mut self.overview {
                    o.select(row);
                }
            }
            Target::Column(c) => {
                let anchor = self
                    .side
                    .as_ref()
                    .and_then(|s| s.columns.get(c))
                    .and_then(|c| c.anchor);
                if let Some(m) = anchor {
                    self.jump_to(m);
                }
            }
            Target::Reader => self.focus = Focus::Reader,
            Target::Nothing => {}
        }
    }

    pub(crate) fn wheel(&mut self, x: u16, y: u16, lines: i8) {
        let lines = isize::from(lines);
        match &mut self.overlay {
            Overlay::Help { scroll } | Overlay::Notes { scroll } => {
                *scroll = scroll.saturating_add_signed(lines);
                self.update_help(Action::Resize(self.screen.width, self.screen.height));
                return;
            }
            Overlay::None => {}
            _ => return,
        }
        if let Some(side) = &mut self.side {
            side.scroll_by(lines);
            return;
        }
        if let Some(o) = &mut self.overview {
            o.move_by(lines);
            return;
        }
        let Some(panes) = layout::panes(self.screen) else {
            return;
        };
        let at = Position::new(x, y);
        if panes.sources.contains(at) {
            let n = self.articles.len();
            self.sources.move_by(lines.signum(), n);
        } else if panes.reader.contains(at) {
            self.reader.scroll_by(lines);
        } else if panes.facts.contains(at) {
            let saved = self.focus;
            self.focus = Focus::Facts;
            let step = if lines > 0 { Action::Down } else { Action::Up };
            self.update_panel(step);
            self.focus = saved;
        }
    }
}
