//! Light Markdown styling for the reader: which bytes are headings,
//! emphasis, links and code, and which are markup (`#`, `*`, `](url)`).
//! The text itself is never changed, so fact spans stay on the file's
//! bytes; the reader only styles these ranges.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Heading,
    Emphasis,
    Strong,
    Link,
    Code,
    /// Markup characters around the content: drawn faintly.
    Syntax,
}

/// The styled ranges of a Markdown text, elements first, then the markup
/// inside them (to be drawn over the elements).
pub fn marks(text: &str) -> Vec<(Range<usize>, Mark)> {
    let mut elements = Vec::new();
    let mut content: Vec<Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                let mark = match tag {
                    Tag::Heading { .. } => Mark::Heading,
                    Tag::Emphasis => Mark::Emphasis,
                    Tag::Strong => Mark::Strong,
                    Tag::Link { .. } => Mark::Link,
                    _ => continue,
                };
                elements.push((range, mark));
            }
            Event::Text(_) | Event::SoftBreak | Event::HardBreak => content.push(range),
            Event::Code(_) => {
                let inner = text[range.clone()].trim_matches('`');
                let ticks = (range.len() - inner.len()) / 2;
                elements.push((range.clone(), Mark::Code));
                content.push(range.start + ticks..range.end - ticks);
            }
            _ => {}
        }
    }
    content.sort_by_key(|r| r.start);
    let mut syntax = Vec::new();
    for (range, mark) in &elements {
        if *mark == Mark::Code && range.len() < 2 {
            continue;
        }
        let mut at = range.start;
        for c in content
            .iter()
            .filter(|c| c.start < range.end && range.start < c.end)
        {
            if c.start > at {
                syntax.push((at..c.start, Mark::Syntax));
            }
            at = at.max(c.end);
        }
        if at < range.end {
            syntax.push((at..range.end, Mark::Syntax));
        }
    }
    elements.extend(syntax);
    elements
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, mark: Mark) -> Vec<&str> {
        marks(text)
            .into_iter()
            .filter(|(_, m)| *m == mark)
            .map(|(r, _)| text[r].trim_end())
            .collect()
    }

    #[test]
    fn headings_emphasis_links_and_their_markup() {
        let t = "# Quake *kills* 24\n\nA **big** quake hit the [valley](https://example.org/v) and `code`.\n";
        assert_eq!(shown(t, Mark::Heading), ["# Quake *kills* 24"]);
        assert_eq!(shown(t, Mark::Emphasis), ["*kills*"]);
        assert_eq!(shown(t, Mark::Strong), ["**big**"]);
        assert_eq!(shown(t, Mark::Link), ["[valley](https://example.org/v)"]);
        assert_eq!(shown(t, Mark::Code), ["`code`"]);
        let syntax = shown(t, Mark::Syntax);
        for s in ["# ", "*", "**", "[", "](https://example.org/v)", "`"] {
            assert!(
                syntax.contains(&s.trim_end()),
                "{s:?} not markup: {syntax:?}"
            );
        }
        assert!(
            !syntax
                .iter()
                .any(|s| s.contains("valley") || s.contains("Quake"))
        );
    }

    #[test]
    fn plain_text_has_no_marks() {
        assert!(marks("Just a line.\n\nAnother one.").is_empty());
    }
}
