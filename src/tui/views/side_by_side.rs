//! Side by side: one column per article that states the selected fact, each
//! scrolled so that its mention of the fact sits on the same screen row, so
//! the eye reads straight across.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::engine::article::Article;
use crate::tui::fact_index::FactIndex;
use crate::tui::fact_style;
use crate::tui::facts_panel;
use crate::tui::layout;
use crate::tui::reader::{self, Highlight};
use crate::tui::sanitize;
use crate::tui::theme::Theme;
use crate::tui::wrap::{self, Wrapped};

/// Columns narrower than this would wrap the text too tightly to read.
pub const MIN_COLUMN_WIDTH: u16 = 40;

#[derive(Debug, Clone, Default)]
pub struct Column {
    pub article: usize,
    /// The mention lined up with the other columns' mentions.
    pub anchor: Option<usize>,
    pub area: Rect,
    pub wrapped: Wrapped,
    /// Index of the first wrapped line on screen.
    pub top: usize,
    pub highlights: Vec<Highlight>,
}

#[derive(Debug, Clone, Default)]
pub struct SideBySide {
    /// Which of the fact's articles is leftmost, as an index into them.
    pub first: usize,
    pub columns: Vec<Column>,
    /// The fact's articles that do not fit.
    pub more: usize,
}

/// What a layout of the columns needs to know.
pub struct Fit<'a> {
    pub index: &'a FactIndex,
    pub articles: &'a [Article],
    pub fact: usize,
    pub current: Option<usize>,
    pub area: Rect,
    pub theme: &'a Theme,
}

/// How many columns of at least [`MIN_COLUMN_WIDTH`] fit in `width`; at
/// least one, so a narrow terminal still shows the current article.
pub fn column_count(width: u16, articles: usize) -> usize {
    usize::from(width / MIN_COLUMN_WIDTH)
        .max(1)
        .min(articles.max(1))
}

/// `count` columns side by side across `area`; the last takes what the
/// division leaves over.
pub fn column_areas(area: Rect, count: usize) -> Vec<Rect> {
    let count = count.max(1) as u16;
    let w = area.width / count;
    (0..count)
        .map(|i| Rect {
            x: area.x + i * w,
            width: if i + 1 == count {
                area.width - i * w
            } else {
                w
            },
            ..area
        })
        .collect()
}

impl SideBySide {
    /// Lays the columns out for `fit`, keeping the leftmost article of the
    /// last layout (`first`) where it can and always showing the current
    /// mention's article.
    pub fn fit(first: usize, fit: &Fit<'_>) -> SideBySide {
        let list = fit.index.articles_of(fit.fact);
        let k = column_count(fit.area.width, list.len());
        let current_article = fit
            .current
            .and_then(|m| fit.index.mention(m))
            .map(|m| m.article);
        let mut first = first.min(list.len().saturating_sub(k));
        if let Some(p) = current_article.and_then(|a| list.iter().position(|&x| x == a)) {
            if p < first {
                first = p;
            } else if p >= first + k {
                first = p + 1 - k;
            }
        }
        let mut columns: Vec<Column> = list
            .iter()
            .skip(first)
            .take(k)
            .zip(column_areas(fit.area, k))
            .map(|(&article, area)| {
                let anchor = if Some(article) == current_article {
                    fit.current
                } else {
                    fit.index.first_in(fit.fact, article)
                };
                let text = fit.articles.get(article).map_or("", |a| a.text.as_str());
                Column {
                    article,
                    anchor,
                    area,
                    wrapped: wrap::wrap(text, layout::text_area(area).width.into()),
                    top: 0,
                    highlights: fact_style::highlights(
                        fit.index,
                        article,
                        Some(fit.fact),
                        fit.current,
                        fit.theme,
                    ),
                }
            })
            .collect();
        let lines: Vec<usize> = columns
            .iter()
            .map(|c| {
                let at = c
                    .anchor
                    .and_then(|m| fit.index.mention(m))
                    .map_or(0, |m| m.span.start);
                c.wrapped.line_of_byte(at)
            })
            .collect();
        let height = columns
            .first()
            .map_or(0, |c| usize::from(layout::text_area(c.area).height));
        // The shared row: the middle, unless a mention is nearer the top of
        // its article than that (a column cannot scroll above its start).
        let row = lines.iter().copied().min().unwrap_or(0).min(height / 2);
        for (c, line) in columns.iter_mut().zip(lines) {
            c.top = line - row;
        }
        SideBySide {
            first,
            more: list.len() - columns.len(),
            columns,
        }
    }

    /// Scrolls every column by the same number of lines, so rows stay
    /// lined up; stops when a column reaches its start, or the longest
    /// reaches its end.
    pub fn scroll_by(&mut self, delta: isize) {
        let lowest = self.columns.iter().map(|c| c.top).min().unwrap_or(0) as isize;
        let highest = self
            .columns
            .iter()
            .map(|c| {
                let h = usize::from(layout::text_area(c.area).height);
                c.wrapped.lines.len().saturating_sub(h) as isize - c.top as isize
            })
            .max()
            .unwrap_or(0)
            .max(0);
        let d = delta.clamp(-lowest, highest);
        for c in &mut self.columns {
            c.top = c.top.saturating_add_signed(d);
        }
    }

    /// Rows of text in a column.
    pub fn page(&self) -> usize {
        self.columns
            .first()
            .map_or(1, |c| usize::from(layout::text_area(c.area).height).max(1))
    }
}

pub struct SideBySideView<'a> {
    pub state: &'a SideBySide,
    pub articles: &'a [Article],
    /// The article whose column has the focus.
    pub focused: Option<usize>,
    pub theme: &'a Theme,
}

impl Widget for SideBySideView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        let last = self.state.columns.len().saturating_sub(1);
        for (i, c) in self.state.columns.iter().enumerate() {
            let col = c.area.intersection(area);
            let Some(article) = self.articles.get(c.article) else {
                continue;
            };
            let border = if Some(c.article) == self.focused {
                t.border_focused
            } else {
                t.border
            };
            let name = article
                .meta
                .outlet
                .as_deref()
                .unwrap_or(&article.meta.title);
            let mut title = sanitize::label(name, t.pane_title, t.control, |_| None);
            title.spans.insert(
                0,
                Span::styled(
                    format!("{} ", facts_panel::short_id(article)),
                    t.fact_article,
                ),
            );
            let mut room = usize::from(col.width.saturating_sub(2));
            let mut block = Block::bordered().border_style(border);
            if i == last && self.state.more > 0 {
                let more = format!(" +{} more ", self.state.more);
                room = room.saturating_sub(more.len() + 1);
                block = block.title(Line::styled(more, t.column_more).right_aligned());
            }
            block.title(sanitize::fit(title, room)).render(col, buf);
            let text_area = layout::text_area(col);
            let fresh;
            let wrapped = if c.wrapped.width == usize::from(text_area.width).max(1) {
                &c.wrapped
            } else {
                fresh = wrap::wrap(&article.text, text_area.width.into());
                &fresh
            };
            let rows = wrapped.lines.iter().skip(c.top);
            for (y, line) in (text_area.top()..text_area.bottom()).zip(rows) {
                reader::draw_line(
                    buf,
                    text_area,
                    y,
                    &article.text,
                    line.range.clone(),
                    &c.highlights,
                    t,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_at_least_forty_wide_and_fill_the_area() {
        assert_eq!(column_count(120, 5), 3);
        assert_eq!(column_count(119, 5), 2);
        assert_eq!(column_count(120, 2), 2);
        assert_eq!(column_count(30, 5), 1);
        assert_eq!(column_count(120, 0), 1);
        let area = Rect::new(0, 0, 121, 10);
        let cols = column_areas(area, 3);
        assert_eq!(cols.iter().map(|c| c.width).sum::<u16>(), 121);
        assert_eq!(cols[2].x + cols[2].width, 121);
        assert!(cols.iter().all(|c| c.width >= 40));
    }
}
