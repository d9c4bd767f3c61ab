//! Where each pane goes. Both `App::update` (to know the reader's wrap width
//! and page height) and drawing use these functions, so they always agree.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this the reader shows a "terminal too small" note instead.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// Below this width the fact panel is left out, so the reader keeps room
/// for the text.
pub const MIN_WIDTH_FOR_FACTS: u16 = 70;

/// The panes of the main screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub sources: Rect,
    pub reader: Rect,
    /// Empty (zero width) on a screen narrower than [`MIN_WIDTH_FOR_FACTS`].
    pub facts: Rect,
    /// Everything above the status bar: where side-by-side columns go.
    pub main: Rect,
    pub status: Rect,
}

/// Splits the screen, or `None` when it is too small to be usable.
pub fn panes(area: Rect) -> Option<Panes> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let facts_width = if area.width >= MIN_WIDTH_FOR_FACTS {
        (area.width * 3 / 10).clamp(24, 50)
    } else {
        0
    };
    let rest = area.width - facts_width;
    let sources_width = (rest * 3 / 10).clamp((rest / 2).min(16), 40);
    let [sources, reader, facts] = Layout::horizontal([
        Constraint::Length(sources_width),
        Constraint::Min(1),
        Constraint::Length(facts_width),
    ])
    .areas(main);
    Some(Panes {
        sources,
        reader,
        facts,
        main,
        status,
    })
}

/// The part of a bordered pane that holds text: inside the frame, with one
/// column of margin on each side so text does not touch the border.
pub fn text_area(pane: Rect) -> Rect {
    let inner = Rect {
        x: pane.x.saturating_add(1),
        y: pane.y.saturating_add(1),
        width: pane.width.saturating_sub(2),
        height: pane.height.saturating_sub(2),
    };
    if inner.width > 2 {
        Rect {
            x: inner.x + 1,
            width: inner.width - 2,
            ..inner
        }
    } else {
        inner
    }
}

/// Where the reader's text goes in its pane: [`text_area`], at most
/// `width` columns wide (left-aligned), so lines stay short enough to read
/// on a wide screen.
pub fn reading_area(pane: Rect, width: usize) -> Rect {
    let area = text_area(pane);
    Rect {
        width: area.width.min(u16::try_from(width).unwrap_or(u16::MAX)),
        ..area
    }
}

/// A popup of at most `width`×`height`, centred horizontally, a little above
/// the middle, and always inside `area`.
pub fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 3,
        width: w,
        height: h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_fill_the_screen_and_stay_inside_it() {
        for (w, h) in [(20, 5), (69, 10), (70, 10), (80, 24), (120, 40), (300, 100)] {
            let area = Rect::new(0, 0, w, h);
            let p = panes(area).unwrap();
            for r in [p.sources, p.reader, p.facts, p.status] {
                assert_eq!(r.intersection(area), r);
            }
            assert_eq!(p.sources.width + p.reader.width + p.facts.width, w);
            assert_eq!(p.facts.width > 0, w >= MIN_WIDTH_FOR_FACTS);
            assert!(p.reader.width >= p.facts.width.min(30), "{p:?}");
            assert_eq!(p.status.y, h - 1);
        }
        assert_eq!(panes(Rect::new(0, 0, 19, 40)), None);
        assert_eq!(panes(Rect::new(0, 0, 120, 4)), None);
    }

    #[test]
    fn popups_fit_any_area() {
        let area = Rect::new(3, 2, 10, 4);
        let p = popup(area, 80, 30);
        assert_eq!(p.intersection(area), p);
        assert_eq!(text_area(Rect::new(0, 0, 1, 1)).area(), 0);
    }
}
