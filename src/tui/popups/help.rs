//! The `?` overlay, generated from the live keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use crate::tui::fact_style;
use crate::tui::keymap::{Context, Keymap};
use crate::tui::layout;
use crate::tui::theme::Theme;

/// Width of the key column.
const KEYS_WIDTH: usize = 22;

/// Every line of the help text: one heading per context, then one line per
/// bound action with its keys and description.
pub fn lines<'a>(keymap: &Keymap, theme: &Theme) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    for ctx in Context::ALL {
        let entries = keymap.entries(ctx);
        if entries.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(ctx.title(), theme.help_heading));
        for (action, keys) in entries {
            let keys = keys
                .iter()
                .map(|k| k.short())
                .collect::<Vec<_>>()
                .join(", ");
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(format!("{keys:<KEYS_WIDTH$}"), theme.help_key),
                Span::raw(" "),
                Span::raw(action.description()),
            ]));
        }
    }
    out.push(Line::default());
    out.push(Line::styled("Facts", theme.help_heading));
    out.push(Line::raw(format!("  {}", fact_style::legend())));
    out.push(Line::raw(
        "  Conflicting facts come first; people, places and groups last.",
    ));
    out.push(Line::default());
    out.push(Line::styled("Habits", theme.help_heading));
    for line in [
        "  A number before a key repeats it (5j, 3]); before G it goes",
        "  to that line or row (10G).",
        "  / searches the article in the reader (n, N: next, previous",
        "  match; Esc ends the search), filters the sources in the",
        "  source list and the facts in the fact panel. With no search,",
        "  n and N go to the selected fact in the next or previous",
        "  article. ] and [ wrap round at the ends, and say so.",
        "  q and Esc close the innermost view or popup; at the top, q",
        "  quits (so does :q). The mouse selects what it clicks and",
        "  scrolls the pane under it.",
    ] {
        out.push(Line::raw(line));
    }
    if !keymap.entries(Context::Filter).is_empty() {
        out.push(Line::default());
        out.push(Line::raw("In the pickers, other keys type into the query."));
    }
    out
}

/// Where the overlay goes on a screen of this size.
pub fn popup_area(screen: Rect, line_count: usize) -> Rect {
    let width = (KEYS_WIDTH + 50) as u16;
    layout::popup(screen, width, (line_count + 2) as u16)
}

/// The largest useful scroll offset for the overlay on this screen.
pub fn max_scroll(screen: Rect, line_count: usize) -> usize {
    let visible = usize::from(popup_area(screen, line_count).height.saturating_sub(2));
    line_count.saturating_sub(visible)
}

pub struct HelpView<'a> {
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
    pub scroll: usize,
}

impl Widget for HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let lines = lines(self.keymap, t);
        let popup = popup_area(area, lines.len());
        Clear.render(popup, buf);
        let block = Block::bordered()
            .border_style(t.border_focused)
            .title(Line::styled("Keys", t.pane_title))
            .title_bottom(Line::styled(" Esc to close ", t.position).right_aligned());
        let inner = block.inner(popup);
        block.render(popup, buf);
        let inner = Rect {
            x: inner.x.saturating_add(1),
            width: inner.width.saturating_sub(1),
            ..inner
        };
        for (y, line) in (inner.top()..inner.bottom()).zip(lines.into_iter().skip(self.scroll)) {
            line.render(
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
                buf,
            );
        }
    }
}
