//! Page furniture in scraped articles: link lists ("Related articles",
//! "Most read"), navigation bars and share counters.
//!
//! Values in such lines belong to other stories ("Ex-banker jailed for 10
//! years in Lagos") or to the page ("3 hours ago | 4 min read"), so the
//! linker ignores mentions there. The test is structural, not lexical: two
//! or more consecutive short lines that do not end like sentences are a
//! list of links, and a line cut into fields by `|` is a bar.

use std::ops::Range;

/// Lines longer than this many words read as prose, not as a link.
const LINK_WORDS: usize = 16;

fn ends_like_sentence(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ':' | ')'))
}

fn is_bar(line: &str) -> bool {
    line.matches(" | ").count() >= 2
}

/// Words in a line that reads as the story's prose.
const PROSE_WORDS: usize = 8;

/// Byte ranges of the lines that are page furniture. Short lines before
/// the first line of prose are the headline and standfirst, not furniture.
pub fn furniture(text: &str) -> Vec<Range<usize>> {
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            lines.push(start..i);
            start = i + 1;
        }
    }
    lines.push(start..text.len());

    let linkish = |r: &Range<usize>| {
        let line = text[r.clone()].trim();
        !line.is_empty()
            && !ends_like_sentence(line)
            && line.split_whitespace().count() <= LINK_WORDS
    };
    let body_starts = lines
        .iter()
        .position(|r| {
            let line = text[r.clone()].trim();
            ends_like_sentence(line) && line.split_whitespace().count() >= PROSE_WORDS
        })
        .unwrap_or(lines.len());
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        if is_bar(&text[lines[k].clone()]) {
            out.push(lines[k].clone());
            k += 1;
            continue;
        }
        let mut end = k;
        while end < lines.len() && linkish(&lines[end]) {
            end += 1;
        }
        if end - k >= 2 && k > body_starts {
            out.push(lines[k].start..lines[end - 1].end);
            k = end;
        } else {
            k += 1;
        }
    }
    out
}

/// Whether a span lies inside any of the (sorted) ranges.
pub fn inside(ranges: &[Range<usize>], span: &Range<usize>) -> bool {
    let i = ranges.partition_point(|r| r.end < span.end);
    ranges
        .get(i)
        .is_some_and(|r| r.start <= span.start && span.end <= r.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture_lines(text: &str) -> Vec<&str> {
        furniture(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_run_of_short_headlines_is_a_link_list() {
        let text = "The court in the capital sentenced him to 10 years.\n\nRelated articles\nEx-banker jailed for 10 years in Lagos\nRegulator fines exchange £1.7m\n\nMore prose here.";
        let f = furniture_lines(text);
        assert_eq!(f.len(), 1);
        assert!(f[0].contains("Lagos") && f[0].contains("Related"));
        let ten = text.find("10 years").unwrap();
        assert!(!inside(&furniture(text), &(ten..ten + 8)));
        let lagos = text.find("10 years in Lagos").unwrap();
        assert!(inside(&furniture(text), &(lagos..lagos + 8)));
    }

    #[test]
    fn a_lone_headline_or_subhead_is_not_furniture() {
        let text = "Quake kills 24 in the north\n\nA strong quake struck on Tuesday.\n\nRescue goes on\n\nTeams dug all night.";
        assert!(furniture(text).is_empty());
    }

    #[test]
    fn headline_and_standfirst_are_kept() {
        let text = "Quake kills 24\nRescuers dig through the night\n\nA strong quake struck the valley at dawn.\n\nMore in World\nFloods hit the south\nStorm kills 3\n";
        let f = furniture_lines(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].starts_with("More in World"));
    }

    #[test]
    fn a_bar_of_fields_is_furniture() {
        let text = "3 hours ago | 4 min read | 1.2K views\nThe strike went on.";
        assert_eq!(
            furniture_lines(text),
            ["3 hours ago | 4 min read | 1.2K views"]
        );
    }

    #[test]
    fn prose_lines_are_never_furniture() {
        let text = "First sentence of the story.\nSecond sentence follows here.\n";
        assert!(furniture(text).is_empty());
    }
}
