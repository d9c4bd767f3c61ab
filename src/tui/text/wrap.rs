//! Wrapping article text to a pane's width while remembering, for every
//! wrapped line, which bytes of the article it shows.
//!
//! textwrap decides where lines break, but it is fed our own fragments
//! rather than strings: its own width function skips ANSI escapes, while we
//! show them as `^[` (see [`crate::tui::sanitize`]), so widths must come from the
//! same place the cells are drawn from. The byte ranges are what later lets
//! fact highlights (exact byte spans) be drawn across wrapped lines.

use std::ops::Range;

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;

use crate::tui::sanitize;

/// One screen line of a wrapped article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedLine {
    /// The bytes of `Article::text` this line shows. Whitespace at a soft
    /// break and the line ending (`\n`, `\r\n`) belong to no line.
    pub range: Range<usize>,
    /// Cells the line takes when drawn.
    pub width: usize,
}

/// A whole article wrapped to one width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wrapped {
    pub width: usize,
    pub lines: Vec<WrappedLine>,
}

impl Wrapped {
    /// The index of the line showing byte `offset`, or for a byte that no
    /// line shows (a break, a newline), the line just before it.
    pub fn line_of_byte(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|l| l.range.start <= offset)
            .saturating_sub(1)
    }
}

/// A word and the whitespace after it, as byte ranges of the article.
#[derive(Debug, Clone)]
struct Frag {
    word: Range<usize>,
    word_width: usize,
    space_width: usize,
}

impl Fragment for Frag {
    fn width(&self) -> f64 {
        self.word_width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space_width as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Wraps `text` to `width` cells. Paragraphs (and blank lines) are kept:
/// every `\n` starts a new line. Widths below 1 are treated as 1.
pub fn wrap(text: &str, width: usize) -> Wrapped {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut start = 0;
    for raw in text.split('\n') {
        let end = start + raw.len();
        // The '\r' of a CRLF is part of the line ending, not of the line.
        let content_end = if raw.ends_with('\r') { end - 1 } else { end };
        wrap_paragraph(text, start..content_end, width, &mut lines);
        start = end + 1;
    }
    Wrapped { width, lines }
}

fn wrap_paragraph(text: &str, para: Range<usize>, width: usize, out: &mut Vec<WrappedLine>) {
    let frags = fragments(text, para.clone(), width);
    if frags.is_empty() {
        out.push(WrappedLine {
            range: para.start..para.start,
            width: 0,
        });
        return;
    }
    for line in wrap_first_fit(&frags, &[width as f64]) {
        let (first, last) = (&line[0], &line[line.len() - 1]);
        let w: usize = line
            .iter()
            .map(|f| f.word_width + f.space_width)
            .sum::<usize>()
            - last.space_width;
        out.push(WrappedLine {
            range: first.word.start..last.word.end,
            width: w,
        });
    }
}

/// Splits a paragraph into words at spaces and tabs. Words wider than the
/// line are cut into pieces that fit, so a long URL or a run of CJK text
/// (which has no spaces) still wraps.
fn fragments(text: &str, para: Range<usize>, width: usize) -> Vec<Frag> {
    let mut frags: Vec<Frag> = Vec::new();
    let mut cur: Option<Frag> = None;
    let mut in_space = false;
    for u in sanitize::units(&text[para.clone()], para.start) {
        let is_space = matches!(&text[u.range.clone()], " " | "\t");
        if is_space {
            // Leading indentation becomes an empty word followed by space,
            // so it is kept (and drawn) on the paragraph's first line.
            let f = cur.get_or_insert(Frag {
                word: u.range.start..u.range.start,
                word_width: 0,
                space_width: 0,
            });
            f.space_width += u.width;
            in_space = true;
            continue;
        }
        let starts_new = in_space
            || cur
                .as_ref()
                .is_some_and(|f| f.word_width > 0 && f.word_width + u.width > width);
        if starts_new {
            frags.extend(cur.take());
        }
        in_space = false;
        let f = cur.get_or_insert(Frag {
            word: u.range.start..u.range.start,
            word_width: 0,
            space_width: 0,
        });
        f.word.end = u.range.end;
        f.word_width += u.width;
    }
    frags.extend(cur);
    // A paragraph of only whitespace shows as a blank line.
    if frags.iter().all(|f| f.word_width == 0) {
        frags.clear();
    }
    frags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown<'a>(text: &'a str, w: &Wrapped) -> Vec<&'a str> {
        w.lines.iter().map(|l| &text[l.range.clone()]).collect()
    }

    /// Every byte that is not a break (space, tab, CR, LF) is in exactly one
    /// line, lines are in order, and each fits the width.
    fn assert_covers(text: &str, w: &Wrapped) {
        let mut owner = vec![0usize; text.len()];
        let mut prev_end = 0;
        for l in &w.lines {
            assert!(
                l.range.start >= prev_end,
                "lines out of order: {:?}",
                w.lines
            );
            prev_end = l.range.end;
            for b in l.range.clone() {
                owner[b] += 1;
            }
        }
        for (i, c) in text.char_indices() {
            let n = owner[i];
            if matches!(c, ' ' | '\t' | '\r' | '\n') {
                assert!(n <= 1, "byte {i} in {n} lines");
            } else {
                assert_eq!(n, 1, "byte {i} ({c:?}) in {n} lines of {:?}", w.lines);
            }
        }
    }

    #[test]
    fn byte_ranges_cover_the_text() {
        let text = "The quick brown fox jumps over the lazy dog.\n\nSecond  paragraph here,\nand a verylongwordthatdoesnotfit at all.\n";
        for width in [1, 2, 5, 10, 17, 40, 200] {
            let w = wrap(text, width);
            assert_covers(text, &w);
            for l in &w.lines {
                assert!(l.width <= width, "width {width}: {l:?}");
            }
        }
    }

    #[test]
    fn paragraphs_and_blank_lines_are_kept() {
        let text = "one two\n\nthree";
        let w = wrap(text, 80);
        assert_eq!(shown(text, &w), vec!["one two", "", "three"]);
        assert_eq!(w.lines[1].range, 8..8);
    }

    #[test]
    fn rewrapping_at_another_width_changes_the_lines() {
        let text = "alpha beta gamma delta epsilon";
        assert_eq!(shown(text, &wrap(text, 80)), vec![text]);
        let narrow = wrap(text, 11);
        assert_eq!(
            shown(text, &narrow),
            vec!["alpha beta", "gamma delta", "epsilon"]
        );
        assert_eq!(narrow.width, 11);
    }

    #[test]
    fn wide_chars_count_two_cells() {
        let text = "中文字符测试";
        let w = wrap(text, 5);
        assert_eq!(shown(text, &w), vec!["中文", "字符", "测试"]);
        assert!(w.lines.iter().all(|l| l.width == 4));
        let emoji = "🙂🙂🙂 ok";
        let w = wrap(emoji, 6);
        assert_eq!(shown(emoji, &w), vec!["🙂🙂🙂", "ok"]);
        assert_covers(emoji, &w);
    }

    #[test]
    fn crlf_line_endings_are_not_part_of_lines() {
        let text = "first line\r\nsecond\r\n\r\nthird";
        let w = wrap(text, 80);
        assert_eq!(shown(text, &w), vec!["first line", "second", "", "third"]);
        assert_covers(text, &w);
    }

    #[test]
    fn tabs_take_tab_width_cells() {
        let text = "a\tb";
        let w = wrap(text, 80);
        assert_eq!(w.lines[0].width, 2 + sanitize::TAB_WIDTH);
        // A tab is a place to break, like a space.
        let w = wrap(text, 3);
        assert_eq!(shown(text, &w), vec!["a", "b"]);
    }

    #[test]
    fn indentation_is_kept_on_the_first_line() {
        let text = "  indented text";
        let w = wrap(text, 80);
        assert_eq!(shown(text, &w), vec!["  indented text"]);
        assert_eq!(w.lines[0].width, 15);
    }

    #[test]
    fn escapes_are_measured_as_shown() {
        // "^[[2J" is five cells, so it does not fit in four.
        let text = "\x1b[2J";
        let w = wrap(text, 4);
        assert_eq!(w.lines.len(), 2);
        assert!(w.lines.iter().all(|l| l.width <= 4));
    }

    #[test]
    fn line_of_byte_finds_the_showing_line() {
        let text = "alpha beta gamma";
        let w = wrap(text, 10);
        assert_eq!(w.line_of_byte(0), 0);
        assert_eq!(w.line_of_byte(text.find("gamma").unwrap()), 1);
        assert_eq!(w.line_of_byte(text.len()), 1);
    }

    #[test]
    fn empty_text_is_one_blank_line() {
        assert_eq!(wrap("", 10).lines.len(), 1);
    }
}
