//! The frame the two fuzzy-finder popups share: a bordered box with a
//! title and a match count, and a query line that keeps its end (where the
//! typing happens) in view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::tui::sanitize;
use crate::tui::theme::Theme;

/// Draws the frame and the query line with its `prompt` ("/", "f "), and
/// returns the area left for the list of matches, if any.
pub fn frame(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    title: &str,
    count: String,
    prompt: &str,
    query: &str,
) -> Option<Rect> {
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(Line::styled(title.to_string(), theme.pane_title))
        .title_bottom(Line::styled(count, theme.position).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 {
        return None;
    }
    let room = usize::from(inner.width);
    let mut shown = query;
    while !shown.is_empty() && sanitize::plain(shown).width() + prompt.width() + 1 > room {
        let first = shown.chars().next().map_or(0, char::len_utf8);
        shown = &shown[first..];
    }
    let mut line = sanitize::label(shown, theme.filter_query, theme.control, |_| None);
    line.spans
        .insert(0, Span::styled(prompt.to_string(), theme.filter_query));
    line.spans.push(Span::styled(" ", theme.filter_cursor));
    sanitize::fit(line, room).render(Rect { height: 1, ..inner }, buf);
    (inner.height > 1).then(|| Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    })
}
