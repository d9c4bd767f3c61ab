//! The keys of the three panes, the pickers and the help; opening articles
//! and fitting the reader to the screen. Part of [`App::update`].

use super::app::{App, Focus, Overlay};
use crate::tui::action::Action;
use crate::tui::fact_filter::FactFilterState;
use crate::tui::filter::FilterState;
use crate::tui::help;
use crate::tui::layout;
use crate::tui::sources;

impl App {
    pub(crate) fn update_panes(&mut self, action: Action) {
        match action {
            Action::Filter => {
                match self.focus {
                    Focus::Reader => self.start_search(),
                    Focus::Facts => {
                        self.overlay =
                            Overlay::FindFact(FactFilterState::new(&self.facts, &self.articles))
                    }
                    Focus::Sources => {
                        self.overlay = Overlay::Filter(FilterState::new(&self.articles))
                    }
                }
                return;
            }
            Action::Help => {
                self.overlay = Overlay::Help { scroll: 0 };
                return;
            }
            Action::Overview => {
                self.open_overview();
                return;
            }
            // Esc at the top level ends an active search; nothing else.
            Action::Close => {
                if self.search.take().is_some() {
                    self.refresh_highlights();
                }
                return;
            }
            Action::NextArticle | Action::PrevArticle if self.search_active() => {
                self.step_search(action == Action::NextArticle);
                return;
            }
            _ => {}
        }
        if self.update_facts(action) {
            return;
        }
        let per_page = self.sources_per_page() as isize;
        let n = self.articles.len();
        match (self.focus, action) {
            (_, Action::FocusNext) => self.focus_by(1, true),
            (_, Action::FocusPrev) => self.focus_by(-1, true),
            (_, Action::FocusRight) => self.focus_by(1, false),
            (_, Action::FocusLeft) => self.focus_by(-1, false),
            (Focus::Sources, Action::Open) => {
                self.open(self.sources.selected);
                self.focus = Focus::Reader;
            }
            (Focus::Sources, Action::Down) => self.sources.move_by(1, n),
            (Focus::Sources, Action::Up) => self.sources.move_by(-1, n),
            (Focus::Sources, Action::Top) => self.sources.selected = 0,
            (Focus::Sources, Action::Bottom) => self.sources.selected = n.saturating_sub(1),
            (Focus::Sources, Action::HalfPageDown) => {
                self.sources.move_by((per_page / 2).max(1), n)
            }
            (Focus::Sources, Action::HalfPageUp) => self.sources.move_by(-(per_page / 2).max(1), n),
            (Focus::Sources, Action::PageDown) => self.sources.move_by(per_page, n),
            (Focus::Sources, Action::PageUp) => self.sources.move_by(-per_page, n),
            (Focus::Reader, Action::Down) => self.reader.scroll_by(1),
            (Focus::Reader, Action::Up) => self.reader.scroll_by(-1),
            (Focus::Reader, Action::Top) => self.reader.scroll_to_top(),
            (Focus::Reader, Action::Bottom) => self.reader.scroll_to_bottom(),
            (Focus::Reader, Action::HalfPageDown) => self.reader.scroll_pages(0.5),
            (Focus::Reader, Action::HalfPageUp) => self.reader.scroll_pages(-0.5),
            (Focus::Reader, Action::PageDown) => self.reader.scroll_pages(1.0),
            (Focus::Reader, Action::PageUp) => self.reader.scroll_pages(-1.0),
            (Focus::Facts, _) => self.update_panel(action),
            _ => {}
        }
    }

    /// `10G`, `3gg`: line or row `index` (from 0) of what has the keys.
    pub(crate) fn go_to(&mut self, index: usize) {
        if let Some(o) = &mut self.overview {
            o.select(index);
            return;
        }
        match (&mut self.overlay, self.focus) {
            (Overlay::Help { scroll } | Overlay::Notes { scroll }, _) => *scroll = index,
            (Overlay::None, Focus::Sources) => {
                self.sources.selected = index.min(self.articles.len().saturating_sub(1))
            }
            (Overlay::None, Focus::Reader) => {
                self.reader.scroll_to_top();
                self.reader.scroll_by(index as isize);
            }
            (Overlay::None, Focus::Facts) => {
                let rows = self.facts.rows(self.scope, self.reader.article());
                if let Some(&f) = rows.get(index.min(rows.len().saturating_sub(1))) {
                    self.select(f);
                }
            }
            _ => {}
        }
    }

    pub(crate) fn update_filter(&mut self, action: Action) {
        let Overlay::Filter(f) = &mut self.overlay else {
            return;
        };
        match action {
            Action::Insert(c) => f.push(c, &self.articles),
            Action::DeleteChar => f.pop(&self.articles),
            Action::Down => f.move_by(1),
            Action::Up => f.move_by(-1),
            Action::Open => {
                if let Some(i) = f.chosen() {
                    self.overlay = Overlay::None;
                    self.side = None;
                    self.overview = None;
                    self.sources.selected = i;
                    self.open(i);
                    self.focus = Focus::Reader;
                }
            }
            // The list was never changed while filtering, so closing the
            // popup is all it takes to restore it.
            Action::Close => self.overlay = Overlay::None,
            _ => {}
        }
    }

    pub(crate) fn update_help(&mut self, action: Action) {
        let count = match self.overlay {
            Overlay::Help { .. } => help::lines(&self.keymap, &self.theme).len(),
            _ => self.notes.len().max(1),
        };
        let (Overlay::Help { scroll } | Overlay::Notes { scroll }) = &mut self.overlay else {
            return;
        };
        let max = help::max_scroll(self.screen, count);
        let page = usize::from(
            help::popup_area(self.screen, count)
                .height
                .saturating_sub(2),
        )
        .max(1);
        match action {
            Action::Down => *scroll += 1,
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::Top => *scroll = 0,
            Action::Bottom => *scroll = max,
            Action::PageDown | Action::HalfPageDown => *scroll += page,
            Action::PageUp | Action::HalfPageUp => *scroll = scroll.saturating_sub(page),
            Action::Close | Action::Help | Action::Notes => self.overlay = Overlay::None,
            _ => {}
        }
        if let Overlay::Help { scroll } | Overlay::Notes { scroll } = &mut self.overlay {
            *scroll = (*scroll).min(max);
        }
    }

    /// The panes focus cycles through: the fact panel only when the screen
    /// is wide enough to show it.
    pub(crate) fn focusable(&self) -> &'static [Focus] {
        let shown = layout::panes(self.screen).is_none_or(|p| p.facts.width > 0);
        if shown {
            &Focus::ORDER
        } else {
            &Focus::ORDER[..2]
        }
    }

    pub(crate) fn focus_by(&mut self, delta: isize, wrap: bool) {
        let order = self.focusable();
        let n = order.len() as isize;
        let here = order.iter().position(|&f| f == self.focus).unwrap_or(1) as isize;
        let i = if wrap {
            (here + delta).rem_euclid(n)
        } else {
            (here + delta).clamp(0, n - 1)
        };
        self.focus = order[i as usize];
    }

    /// Shows article `index` from the top. The selected fact stays
    /// selected (its mentions here are marked); a current mention in
    /// another article no longer is current. A search is run again in it.
    pub(crate) fn open(&mut self, index: usize) {
        if let Some(a) = self.articles.get(index) {
            self.reader.open(index, &a.text);
            self.fit_reader();
            let here = |m: usize| self.facts.mention(m).is_some_and(|m| m.article == index);
            if !self.current_mention.is_some_and(here) {
                self.current_mention = None;
            }
            self.research();
            self.refresh_highlights();
        }
    }

    pub(crate) fn resize(&mut self, width: u16, height: u16) {
        self.screen = ratatui::layout::Rect::new(0, 0, width, height);
        self.fit_reader();
        if !self.focusable().contains(&self.focus) {
            self.focus = Focus::Reader;
        }
        self.fit_side();
    }

    /// Re-wraps the reader for the current screen.
    pub(crate) fn fit_reader(&mut self) {
        let Some(panes) = layout::panes(self.screen) else {
            return;
        };
        let area = layout::reading_area(panes.reader, self.reading_width);
        let text = self
            .reader
            .article()
            .and_then(|i| self.articles.get(i))
            .map_or("", |a| a.text.as_str());
        self.reader
            .resize(area.width.into(), area.height.into(), text);
    }

    pub(crate) fn sources_per_page(&self) -> usize {
        layout::panes(self.screen).map_or(1, |p| sources::entries_per_page(p.sources))
    }
}
