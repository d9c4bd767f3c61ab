//! The reader pane: the open article, wrapped, scrolled, and with optional
//! highlights over exact byte spans of its text.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

use crate::engine::article::Article;
use crate::tui::layout;
use crate::tui::sanitize::{self, Shown};
use crate::tui::theme::Theme;
use crate::tui::wrap::{self, Wrapped};

/// A byte span of the article's text and the style to draw it with. Spans
/// may cross wrapped lines and may overlap (later ones are patched over
/// earlier ones).
pub type Highlight = (Range<usize>, Style);

/// What the reader shows and where it is scrolled to.
#[derive(Debug, Clone, Default)]
pub struct ReaderState {
    article: Option<usize>,
    wrapped: Wrapped,
    /// Index of the first wrapped line on screen.
    top: usize,
    /// Rows of text on screen.
    height: usize,
    highlights: Vec<Highlight>,
}

/// "L12/140 8%": the first line on screen, the line count, and how much of
/// the article is above the bottom of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScrollPosition {
    pub line: usize,
    pub total: usize,
    pub percent: usize,
}

impl std::fmt::Display for ScrollPosition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "L{}/{} {}%", self.line, self.total, self.percent)
    }
}

impl ReaderState {
    /// Shows article `index` (whose text is `text`) from the top, without
    /// highlights.
    pub fn open(&mut self, index: usize, text: &str) {
        self.article = Some(index);
        // Before the first resize there is no width to wrap to yet; resize
        // wraps when it finds no lines.
        self.wrapped = if self.wrapped.width == 0 {
            Wrapped::default()
        } else {
            wrap::wrap(text, self.wrapped.width)
        };
        self.top = 0;
        self.highlights.clear();
    }

    /// Fits the reader to a new text area. The line at the top stays at the
    /// top, so resizing does not lose the reader's place.
    pub fn resize(&mut self, width: usize, height: usize, text: &str) {
        self.height = height;
        if self.wrapped.width != width.max(1) || self.wrapped.lines.is_empty() {
            let anchor = self.wrapped.lines.get(self.top).map(|l| l.range.start);
            self.wrapped = wrap::wrap(text, width);
            self.top = anchor.map_or(0, |b| self.wrapped.line_of_byte(b));
        }
        self.clamp();
    }

    pub fn article(&self) -> Option<usize> {
        self.article
    }

    pub fn wrapped(&self) -> &Wrapped {
        &self.wrapped
    }

    pub fn top(&self) -> usize {
        self.top
    }

    pub fn height(&self) -> usize {
        self.height
    }

    fn max_top(&self) -> usize {
        self.wrapped.lines.len().saturating_sub(self.height.max(1))
    }

    fn clamp(&mut self) {
        self.top = self.top.min(self.max_top());
    }

    pub fn scroll_by(&mut self, delta: isize) {
        self.top = self.top.saturating_add_signed(delta);
        self.clamp();
    }

    pub fn scroll_to_top(&mut self) {
        self.top = 0;
    }

    pub fn scroll_to_bottom(&mut self) {
        self.top = self.max_top();
    }

    /// Scrolls by a fraction of a screen: `1.0` a page, `-0.5` half up.
    pub fn scroll_pages(&mut self, pages: f32) {
        let rows = ((self.height as f32 * pages.abs()) as isize).max(1);
        self.scroll_by(if pages < 0.0 { -rows } else { rows });
    }

    /// Scrolls so the line showing byte `offset` of the text is near the
    /// middle of the screen (as near as the ends of the article allow).
    /// This is how a jump to a fact mention lands.
    pub fn scroll_to_byte(&mut self, offset: usize) {
        let line = self.wrapped.line_of_byte(offset);
        self.top = line.saturating_sub(self.height / 2);
        self.clamp();
    }

    /// Replaces the highlights drawn over the text.
    pub fn set_highlights(&mut self, highlights: Vec<Highlight>) {
        self.highlights = highlights;
    }

    pub fn highlights(&self) -> &[Highlight] {
        &self.highlights
    }

    pub fn position(&self) -> ScrollPosition {
        let total = self.wrapped.lines.len();
        let bottom = (self.top + self.height).min(total);
        ScrollPosition {
            line: (self.top + 1).min(total),
            total,
            percent: (bottom * 100).checked_div(total).unwrap_or(100),
        }
    }
}

/// Draws a [`ReaderState`] with its article.
pub struct ReaderView<'a> {
    pub state: &'a ReaderState,
    pub article: Option<&'a Article>,
    /// The widest the text gets.
    pub reading_width: usize,
    pub theme: &'a Theme,
    pub focused: bool,
}

impl Widget for ReaderView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let border = if self.focused {
            t.border_focused
        } else {
            t.border
        };
        let title = match self.article {
            Some(a) => sanitize::label(&a.meta.title, t.pane_title, t.control, |_| None),
            None => Line::styled("Reader", t.pane_title),
        };
        let title = sanitize::fit(
            title.patch_style(t.pane_title),
            area.width.saturating_sub(2).into(),
        );
        let mut block = Block::bordered().border_style(border).title(title);
        if self.article.is_some() {
            block = block.title_bottom(
                Line::styled(format!(" {} ", self.state.position()), t.position).right_aligned(),
            );
        }
        block.render(area, buf);
        let text_area = layout::reading_area(area, self.reading_width);
        let Some(article) = self.article else {
            Line::styled("No article open.", t.source_meta).render(text_area, buf);
            return;
        };
        // Drawing never mutates the state; if the state was fitted to another
        // width (say, before the first resize), wrap afresh for this frame.
        let fresh;
        // A narrower fit is the configured wrap width, not a stale one.
        let fitted = self.state.wrapped.width;
        let wrapped = if fitted > 0 && fitted <= usize::from(text_area.width).max(1) {
            &self.state.wrapped
        } else {
            fresh = wrap::wrap(&article.text, text_area.width.into());
            &fresh
        };
        let rows = wrapped.lines.iter().skip(self.state.top);
        for (y, line) in (text_area.top()..text_area.bottom()).zip(rows) {
            draw_line(
                buf,
                text_area,
                y,
                &article.text,
                line.range.clone(),
                &self.state.highlights,
                t,
            );
        }
    }
}

/// Draws one wrapped line of `text` at row `y`, with the highlights that
/// touch it. Shared with the side-by-side columns.
pub(crate) fn draw_line(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    text: &str,
    range: Range<usize>,
    highlights: &[Highlight],
    t: &Theme,
) {
    let here: Vec<&Highlight> = highlights
        .iter()
        .filter(|(r, _)| r.start < range.end && range.start < r.end)
        .collect();
    let mut x = area.left();
    let start = range.start;
    for u in sanitize::units(&text[range], start) {
        let room = usize::from(area.right().saturating_sub(x));
        if room == 0 {
            break;
        }
        let mut style = t.text;
        for (r, s) in &here {
            if r.start < u.range.end && u.range.start < r.end {
                style = style.patch(*s);
            }
        }
        let (symbol, style) = match &u.shown {
            Shown::Text(s) => (s.to_string(), style),
            Shown::Tab => (" ".repeat(u.width), style),
            Shown::Escaped(e) => (e.clone(), style.patch(t.control)),
            Shown::Hidden => continue,
        };
        // A wide character that does not fit in the last column is left
        // out rather than drawn half outside the pane.
        if u.width > room && matches!(u.shown, Shown::Text(_)) {
            break;
        }
        let (nx, _) = buf.set_stringn(x, y, &symbol, room, style);
        x = nx;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(text: &str, width: usize, height: usize) -> ReaderState {
        let mut s = ReaderState::default();
        s.open(0, text);
        s.resize(width, height, text);
        s
    }

    fn numbered(n: usize) -> String {
        (1..=n).map(|i| format!("line {i}\n")).collect()
    }

    #[test]
    fn scrolling_stops_at_both_ends() {
        let text = numbered(100);
        let mut s = state(&text, 20, 10);
        s.scroll_by(-5);
        assert_eq!(s.top(), 0);
        s.scroll_to_bottom();
        // 100 lines and a final empty one after the last '\n'.
        assert_eq!(s.top(), 101 - 10);
        s.scroll_by(50);
        assert_eq!(s.top(), 91);
        s.scroll_pages(-0.5);
        assert_eq!(s.top(), 86);
    }

    #[test]
    fn scroll_to_byte_puts_the_line_near_the_middle() {
        let text = numbered(100);
        let mut s = state(&text, 20, 10);
        let off = text.find("line 50\n").unwrap();
        s.scroll_to_byte(off);
        assert_eq!(s.top(), 49 - 5);
        s.scroll_to_byte(0);
        assert_eq!(s.top(), 0);
        s.scroll_to_byte(text.len());
        assert_eq!(s.top(), 91);
    }

    #[test]
    fn resizing_keeps_the_top_line_in_view() {
        let text = "word ".repeat(400);
        let mut s = state(&text, 40, 10);
        s.scroll_by(20);
        let byte = s.wrapped().lines[s.top()].range.start;
        s.resize(17, 10, &text);
        let top = &s.wrapped().lines[s.top()];
        assert!(
            top.range.start <= byte && byte <= top.range.end + 1,
            "{top:?} vs {byte}"
        );
        assert_eq!(s.wrapped().width, 17);
    }

    #[test]
    fn position_reads_like_less() {
        let text = numbered(99);
        let mut s = state(&text, 20, 10);
        assert_eq!(s.position().to_string(), "L1/100 10%");
        s.scroll_to_bottom();
        assert_eq!(s.position().to_string(), "L91/100 100%");
    }

    #[test]
    fn opening_an_article_resets_scroll_and_highlights() {
        let text = numbered(50);
        let mut s = state(&text, 20, 10);
        s.scroll_by(10);
        s.set_highlights(vec![(0..4, Style::default())]);
        s.open(1, "short");
        assert_eq!((s.top(), s.article()), (0, Some(1)));
        assert!(s.highlights().is_empty());
        assert_eq!(s.wrapped().lines.len(), 1);
    }
}
