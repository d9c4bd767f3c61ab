//! The disagreements overview: every fact on one row, conflicts first,
//! with its values and who states each. The first screen when the
//! articles conflict; Enter opens a fact side by side.

use ratatui::layout::Rect;

use super::app::{App, Focus, Overlay};
use super::fact_index::FactIndex;
use crate::tui::action::Action;
use crate::tui::fact_filter::FactFilterState;
use crate::tui::fact_style::{self, Group};
use crate::tui::layout;

#[derive(Debug, Clone, Default)]
pub struct OverviewState {
    /// Also list the facts several outlets agree on.
    pub agreeing: bool,
    /// Also list facts stated once, and people, places and groups.
    pub others: bool,
    /// The facts listed, in panel order (conflicts first).
    pub rows: Vec<usize>,
    pub selected: usize,
    /// Whether any fact conflicts (else the agreeing ones are listed).
    pub any_conflict: bool,
    /// Rows on screen, as of the last resize.
    pub height: usize,
}

impl OverviewState {
    pub fn new(idx: &FactIndex) -> OverviewState {
        let mut o = OverviewState {
            any_conflict: idx.conflicts() > 0,
            ..OverviewState::default()
        };
        o.refresh(idx);
        o
    }

    /// Lists the facts the toggles ask for, keeping the selected fact
    /// selected where it still is listed.
    pub fn refresh(&mut self, idx: &FactIndex) {
        let keep = self.rows.get(self.selected).copied();
        let agreeing = self.agreeing || !self.any_conflict;
        self.rows = idx
            .order()
            .iter()
            .copied()
            .filter(|&f| {
                let Some(fact) = idx.fact(f) else {
                    return false;
                };
                let several = idx.articles_of(f).len() > 1;
                if fact.kind.is_entity() || !several {
                    return self.others;
                }
                match fact_style::group(fact.status) {
                    Group::Disagree => true,
                    Group::Agree => agreeing,
                    Group::Single => self.others,
                }
            })
            .collect();
        self.selected = keep
            .and_then(|f| self.rows.iter().position(|&r| r == f))
            .unwrap_or(0);
    }

    pub fn select(&mut self, row: usize) {
        self.selected = row.min(self.rows.len().saturating_sub(1));
    }

    pub fn move_by(&mut self, delta: isize) {
        self.select(self.selected.saturating_add_signed(delta));
    }

    pub fn selected_fact(&self) -> Option<usize> {
        self.rows.get(self.selected).copied()
    }

    /// The first row on screen: just far enough down that the selection
    /// shows.
    pub fn first(&self) -> usize {
        (self.selected + 1).saturating_sub(self.height.max(1))
    }
}

/// Where the overview's rows go in the main area: under a title line and
/// a line saying what is listed, inside a frame.
pub fn list_area(main: Rect) -> Rect {
    let inner = layout::text_area(main);
    Rect {
        y: inner.y + 2.min(inner.height),
        height: inner.height.saturating_sub(2),
        ..inner
    }
}

impl App {
    pub(crate) fn open_overview(&mut self) {
        let mut o = OverviewState::new(&self.facts);
        o.height = self.overview_height();
        if let Some(p) = self
            .selected_fact
            .and_then(|f| o.rows.iter().position(|&r| r == f))
        {
            o.selected = p;
        }
        self.side = None;
        self.overview = Some(o);
    }

    pub(crate) fn overview_height(&self) -> usize {
        layout::panes(self.screen).map_or(1, |p| usize::from(list_area(p.main).height))
    }

    pub(crate) fn update_overview(&mut self, action: Action) {
        let height = self.overview_height();
        let Some(o) = &mut self.overview else {
            return;
        };
        o.height = height;
        let page = height.max(1) as isize;
        match action {
            Action::Down => o.move_by(1),
            Action::Up => o.move_by(-1),
            Action::Top => o.select(0),
            Action::Bottom => o.select(usize::MAX),
            Action::HalfPageDown => o.move_by((page / 2).max(1)),
            Action::HalfPageUp => o.move_by(-(page / 2).max(1)),
            Action::PageDown => o.move_by(page),
            Action::PageUp => o.move_by(-page),
            Action::ToggleAgreeing => {
                o.agreeing = !o.agreeing;
                o.refresh(&self.facts);
            }
            Action::ToggleOthers => {
                o.others = !o.others;
                o.refresh(&self.facts);
            }
            Action::Open => {
                let Some(f) = o.selected_fact() else {
                    return;
                };
                self.selected_fact = Some(f);
                self.current_mention = None;
                self.focus = Focus::Reader;
                self.toggle_side();
            }
            Action::FindFact | Action::Filter => {
                self.overlay = Overlay::FindFact(FactFilterState::new(&self.facts, &self.articles))
            }
            Action::Help => self.overlay = Overlay::Help { scroll: 0 },
            Action::Close | Action::Overview => self.overview = None,
            _ => {}
        }
    }
}
