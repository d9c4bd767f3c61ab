//! Drawing the disagreements overview: a title, a line saying what is
//! listed and which keys change it, then one row per fact:
//! `✗ phone call · length   15 min (Reuters) · 1 h (AP, BBC)`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};
use unicode_width::UnicodeWidthStr;

use crate::engine::article::Article;
use crate::tui::fact_index::FactIndex;
use crate::tui::fact_style;
use crate::tui::facts_panel;
use crate::tui::layout;
use crate::tui::overview::{OverviewState, list_area};
use crate::tui::sanitize;
use crate::tui::theme::Theme;

/// The widest the label column gets; longer labels are cut.
const MAX_LABEL: usize = 34;

pub struct OverviewView<'a> {
    pub state: &'a OverviewState,
    pub index: &'a FactIndex,
    pub articles: &'a [Article],
    /// Set while the analysis runs: there is nothing to list yet.
    pub analysing: bool,
    pub theme: &'a Theme,
}

impl Widget for OverviewView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let s = self.state;
        let conflicts = self.index.conflicts();
        let title = if conflicts > 0 {
            format!(
                "Disagreements: {conflicts} conflicting fact{} of {}",
                if conflicts == 1 { "" } else { "s" },
                self.index.order().len()
            )
        } else {
            format!("Facts: {} found", self.index.order().len())
        };
        let room = usize::from(area.width.saturating_sub(2));
        Block::bordered()
            .border_style(t.border_focused)
            .title(sanitize::fit(Line::styled(title, t.pane_title), room))
            .title_bottom(sanitize::fit(
                Line::styled(format!(" {} ", fact_style::legend()), t.position),
                room,
            ))
            .render(area, buf);
        let inner = layout::text_area(area);
        if inner.height == 0 {
            return;
        }
        let shown = match (s.any_conflict, s.agreeing, s.others) {
            _ if self.analysing => "Finding the facts… they show here when the analysis is done.",
            (false, _, _) => {
                "No conflicts: the outlets disagree on nothing. Facts several outlets agree on:"
            }
            (true, false, false) => {
                "Conflicts. a: also agreeing facts · e: also singles and entities"
            }
            (true, true, false) => {
                "Conflicts and agreeing facts. a: conflicts only · e: also singles and entities"
            }
            (true, false, true) => {
                "Conflicts, singles and entities. a: also agreeing facts · e: hide singles"
            }
            (true, true, true) => "Every fact. a: hide agreeing · e: hide singles and entities",
        };
        let hint = format!("{shown}   Enter: side by side · q: close");
        sanitize::fit(Line::styled(hint, t.fact_silent), inner.width.into())
            .render(Rect { height: 1, ..inner }, buf);
        let list = list_area(area);
        if s.rows.is_empty() {
            let empty = if s.any_conflict || s.others {
                "Nothing to list."
            } else {
                "No fact is stated by more than one outlet (e lists the rest)."
            };
            Line::styled(empty, t.fact_silent).render(list, buf);
            return;
        }
        let label_w = s
            .rows
            .iter()
            .filter_map(|&f| self.index.fact(f))
            .map(|f| sanitize::plain(&f.label).width())
            .max()
            .unwrap_or(0)
            .min(MAX_LABEL);
        let first = s.first();
        for (y, (i, &f)) in (list.top()..list.bottom()).zip(s.rows.iter().enumerate().skip(first)) {
            let row = Rect {
                y,
                height: 1,
                ..list
            };
            let selected = i == s.selected;
            let base = if selected {
                t.fact_selected
            } else {
                Style::default()
            };
            buf.set_style(row, base);
            self.row(f, selected, label_w)
                .patch_style(base)
                .render(row, buf);
        }
    }
}

impl OverviewView<'_> {
    fn row(&self, f: usize, selected: bool, label_w: usize) -> Line<'static> {
        let t = self.theme;
        let Some(fact) = self.index.fact(f) else {
            return Line::default();
        };
        let label = sanitize::fit(Line::raw(sanitize::plain(&fact.label)), label_w);
        let pad = label_w.saturating_sub(label.width());
        let mut spans = vec![
            Span::styled(
                if selected { "› " } else { "  " },
                t.cursor.add_modifier(Modifier::BOLD),
            ),
            Span::styled(
                format!("{} ", fact_style::symbol(fact.status)),
                fact_style::status_style(fact.status, t),
            ),
        ];
        spans.extend(label.spans);
        spans.push(Span::raw(" ".repeat(pad + 2)));
        for (k, (value, arts)) in self.index.values_of(f).iter().enumerate() {
            if k > 0 {
                spans.push(Span::styled(" · ", t.fact_silent));
            }
            spans.push(Span::styled(
                sanitize::plain(value),
                t.fact_heading.patch(t.overview_values),
            ));
            let names: Vec<String> = arts
                .iter()
                .filter_map(|&a| self.articles.get(a))
                .map(facts_panel::outlet_or_id)
                .collect();
            spans.push(Span::styled(
                format!(" ({})", names.join(", ")),
                t.fact_article,
            ));
        }
        Line::from(spans)
    }
}
