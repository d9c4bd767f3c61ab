//! The bottom line: which pane has the keys, and the keys worth knowing
//! there (taken from the live keymap).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::action::Action;
use super::keymap::{Context, Keymap};
use super::theme::Theme;

pub struct StatusView<'a> {
    /// "SOURCES", "READER", "FILTER", "HELP".
    pub mode: &'a str,
    pub context: Context,
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
}

/// The actions hinted at in each context; moving up and down is one hint.
fn hinted(ctx: Context) -> &'static [Action] {
    match ctx {
        Context::Normal => &[
            Action::Down,
            Action::Open,
            Action::FocusNext,
            Action::Filter,
            Action::Help,
            Action::Quit,
        ],
        Context::Filter => &[Action::Down, Action::Open, Action::Close],
        Context::Help => &[Action::Down, Action::Close, Action::Quit],
    }
}

impl Widget for StatusView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        buf.set_style(area, t.status);
        let mut spans = vec![
            Span::styled(format!(" {} ", self.mode), t.status_mode),
            Span::raw(" "),
        ];
        for &action in hinted(self.context) {
            let Some(key) = self.keymap.keys(self.context, action).first() else {
                continue;
            };
            let mut keys = key.to_string();
            if action == Action::Down
                && let Some(up) = self.keymap.keys(self.context, Action::Up).first()
            {
                keys = format!("{keys}/{up}");
            }
            spans.push(Span::styled(keys, t.status_key));
            spans.push(Span::raw(format!(" {}  ", action.hint())));
        }
        if self.context == Context::Filter {
            spans.push(Span::raw("type to filter"));
        }
        Line::from(spans).style(t.status).render(area, buf);
    }
}
