//! Turning article text into terminal cells that cannot command the terminal.
//!
//! Articles come from the web and may carry escape sequences (a title-setting
//! OSC, `ESC[2J`, an OSC 52 clipboard write). Writing those bytes to the
//! terminal would let a file act on the user's terminal, so every control
//! character is shown visibly instead, the way `less` does: `^[` for ESC,
//! `^G` for BEL, `<U+009B>` for C1 controls. Everything that reaches a cell
//! goes through [`units`].

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Cells a tab takes. Tabs are expanded to a fixed width rather than to tab
/// stops because stops would move whenever the text is re-wrapped.
pub const TAB_WIDTH: usize = 4;

/// How one grapheme of the text is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown<'a> {
    /// Printable text, drawn as is (may be 0, 1 or 2 cells wide).
    Text(&'a str),
    /// A tab, drawn as [`TAB_WIDTH`] spaces.
    Tab,
    /// A character that must not reach the terminal, drawn as this
    /// caret or `<U+XXXX>` notation.
    Escaped(String),
    /// Not drawn at all: the `\r` of a line ending.
    Hidden,
}

/// One grapheme of the text with its byte range and width in cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit<'a> {
    pub range: Range<usize>,
    pub shown: Shown<'a>,
    pub width: usize,
}

/// The display units of `s`, whose byte ranges are offset by `base` so that
/// they index the whole article when `s` is a slice of it.
pub fn units(s: &str, base: usize) -> impl Iterator<Item = Unit<'_>> {
    let len = s.len();
    s.grapheme_indices(true).map(move |(i, g)| {
        let range = base + i..base + i + g.len();
        // Callers split lines on '\n', so the end of `s` is a line end.
        let at_line_end = i + g.len() == len;
        let shown = classify(g, at_line_end);
        let width = match &shown {
            Shown::Text(t) => t.width(),
            Shown::Tab => TAB_WIDTH,
            Shown::Escaped(e) => e.len(),
            Shown::Hidden => 0,
        };
        Unit {
            range,
            shown,
            width,
        }
    })
}

fn classify(g: &str, at_line_end: bool) -> Shown<'_> {
    // Control characters are grapheme clusters of their own (UAX #29), except
    // CR LF, so checking the first char is enough to catch every one.
    match g {
        "\t" => return Shown::Tab,
        "\r\n" => return Shown::Escaped("^M^J".into()),
        "\r" if at_line_end => return Shown::Hidden,
        _ => {}
    }
    if g.chars().any(needs_escape) {
        Shown::Escaped(g.chars().map(escape_char).collect())
    } else {
        Shown::Text(g)
    }
}

/// True for characters a terminal could interpret rather than print: C0 and
/// C1 controls, DEL, and the bidi overrides that can reorder what is shown.
pub fn needs_escape(c: char) -> bool {
    matches!(c, '\0'..='\x1f' | '\x7f'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape_char(c: char) -> String {
    match c {
        '\0'..='\x1f' => format!("^{}", (c as u8 + 0x40) as char),
        '\x7f' => "^?".to_string(),
        c if needs_escape(c) => format!("<U+{:04X}>", c as u32),
        c => c.to_string(),
    }
}

/// A one-line label (a title, an outlet) made safe to show, with escaped
/// characters in `control` style. `style_at(char_index)` may restyle
/// individual characters, e.g. the ones a filter matched.
pub fn label<'a>(
    s: &str,
    base: Style,
    control: Style,
    style_at: impl Fn(usize) -> Option<Style>,
) -> Line<'a> {
    let mut spans: Vec<Span<'a>> = Vec::new();
    let mut char_index = 0;
    for u in units(s, 0) {
        let chars = s[u.range.clone()].chars().count();
        let hit = (char_index..char_index + chars).find_map(&style_at);
        char_index += chars;
        let (text, style) = match u.shown {
            Shown::Text(t) => (t.to_string(), base),
            Shown::Tab => (" ".to_string(), base),
            // A newline in a label (say, a title taken from two lines) is
            // shown as a space: labels are single lines.
            Shown::Escaped(_) if s[u.range.clone()].ends_with('\n') => (" ".to_string(), base),
            Shown::Escaped(e) => (e, base.patch(control)),
            Shown::Hidden => continue,
        };
        let style = hit.map_or(style, |h| style.patch(h));
        match spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push_str(&text),
            _ => spans.push(Span::styled(text, style)),
        }
    }
    Line::from(spans)
}

/// Cuts a label to `width` cells, ending it with "…" when something was cut,
/// so a shortened title does not pass for a whole one.
pub fn fit(line: Line<'_>, width: usize) -> Line<'_> {
    if line.width() <= width {
        return line;
    }
    let mut room = width.saturating_sub(1);
    let mut out = Line::default().style(line.style);
    let mut last_style = Style::default();
    for span in line.spans {
        let mut kept = String::new();
        for g in span.content.graphemes(true) {
            let w = g.width();
            if w > room {
                room = 0;
                break;
            }
            room -= w;
            kept.push_str(g);
        }
        last_style = span.style;
        if !kept.is_empty() {
            out.spans.push(Span::styled(kept, span.style));
        }
        if room == 0 {
            break;
        }
    }
    if width > 0 {
        out.spans.push(Span::styled("…", last_style));
    }
    out
}

/// A label as plain text, for places that need a `String`.
pub fn plain(s: &str) -> String {
    label(s, Style::default(), Style::default(), |_| None)
        .spans
        .iter()
        .map(|s| s.content.as_ref())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        units(s, 0)
            .map(|u| match u.shown {
                Shown::Text(t) => t.to_string(),
                Shown::Tab => "<TAB>".to_string(),
                Shown::Escaped(e) => e,
                Shown::Hidden => String::new(),
            })
            .collect()
    }

    #[test]
    fn escape_sequences_are_shown_caret_style() {
        assert_eq!(shown("a\x1b]0;title\x07b"), "a^[]0;title^Gb");
        assert_eq!(shown("\x1b[2J"), "^[[2J");
        assert_eq!(shown("\x1b]52;c;aGk=\x07"), "^[]52;c;aGk=^G");
        assert_eq!(shown("x\x7fy\0"), "x^?y^@");
    }

    #[test]
    fn c1_controls_and_bidi_overrides_are_escaped() {
        assert_eq!(shown("a\u{9b}2Jb"), "a<U+009B>2Jb");
        assert_eq!(shown("\u{202e}abc"), "<U+202E>abc");
    }

    #[test]
    fn no_unit_shown_contains_a_control_character() {
        let nasty: String = (0u32..0x200)
            .chain(0x2000..0x2070)
            .filter_map(char::from_u32)
            .collect();
        for u in units(&nasty, 0) {
            if let Shown::Text(t) = u.shown {
                assert!(!t.chars().any(needs_escape), "{t:?} leaked");
            }
        }
    }

    #[test]
    fn cr_before_line_end_is_hidden_but_a_lone_cr_is_not() {
        assert_eq!(shown("ab\r"), "ab");
        assert_eq!(shown("a\rb"), "a^Mb");
    }

    #[test]
    fn widths_count_cells() {
        let w: Vec<usize> = units("a中🙂\t\x1b", 0).map(|u| u.width).collect();
        assert_eq!(w, vec![1, 2, 2, TAB_WIDTH, 2]);
    }

    #[test]
    fn ranges_are_offset_by_base_and_cover_the_slice() {
        let s = "é\x1b[m中";
        let r: Vec<_> = units(s, 10).map(|u| u.range).collect();
        assert_eq!(r.first().unwrap().start, 10);
        assert_eq!(r.last().unwrap().end, 10 + s.len());
        assert!(r.windows(2).all(|w| w[0].end == w[1].start));
    }

    #[test]
    fn labels_style_escapes_and_matched_chars() {
        let ctrl = Style::default().add_modifier(ratatui::style::Modifier::DIM);
        let hl = Style::default().fg(ratatui::style::Color::Yellow);
        let line = label("a\x07b", Style::default(), ctrl, |i| (i == 2).then_some(hl));
        let parts: Vec<_> = line
            .spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style))
            .collect();
        assert_eq!(
            parts,
            vec![("a", Style::default()), ("^G", ctrl), ("b", hl)]
        );
        assert_eq!(plain("t\x1b]0;x\x07"), "t^[]0;x^G");
    }

    #[test]
    fn fit_cuts_with_an_ellipsis_only_when_needed() {
        let text = |l: Line| {
            l.spans
                .iter()
                .map(|s| s.content.to_string())
                .collect::<String>()
        };
        assert_eq!(text(fit(Line::from("short"), 5)), "short");
        assert_eq!(text(fit(Line::from("a longer title"), 6)), "a lon…");
        assert_eq!(text(fit(Line::from("中文字"), 4)), "中…");
        assert!(fit(Line::from("中文字"), 4).width() <= 4);
        assert_eq!(text(fit(Line::from("abc"), 0)), "");
    }
}
