//! The selected fact's detail under the panel's list (each article's
//! value, quote diffs), made when the selection or the panel's width
//! changes rather than on every frame.

use super::app::App;
use crate::tui::facts_panel;
use crate::tui::layout;

impl App {
    /// The panel's text width on this screen (0 when it is not shown).
    pub(crate) fn panel_width(&self) -> u16 {
        layout::panes(self.screen).map_or(0, |p| layout::text_area(p.facts).width)
    }

    pub(crate) fn refresh_detail(&mut self) {
        let width = self.panel_width();
        let key = self.selected_fact.map(|f| (f, width));
        if key == self.detail_for {
            return;
        }
        self.detail_for = key;
        self.detail = match key {
            Some((f, w)) if w > 0 => {
                facts_panel::detail_lines(&self.facts, &self.articles, f, w.into(), &self.theme)
            }
            _ => Vec::new(),
        };
    }
}
