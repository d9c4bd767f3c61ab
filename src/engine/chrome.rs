//! Page furniture in scraped articles: link lists ("Related articles",
//! "Most read"), navigation bars and share counters, and page chrome
//! lines (calls to action, share bars, "3 hours ago", photo credits,
//! cookie notices; see `assets/chrome.toml` and [`chrome_lines`]).
//!
//! Values in such lines belong to other stories ("Ex-banker jailed for 10
//! years in Lagos") or to the page ("3 hours ago | 4 min read"), so the
//! linker ignores mentions there. The test is structural, not lexical: two
//! or more consecutive short lines that do not end like sentences are a
//! list of links, and a line cut into fields by `|` is a bar.

use std::ops::Range;

use serde::Deserialize;

const CHROME_RULES: &str = include_str!("../../assets/chrome.toml");

/// Lines longer than this many words read as prose, not as a link.
const LINK_WORDS: usize = 16;

fn ends_like_sentence(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ':' | ')'))
}

/// A bar of fields ("VellPost | Politics | 5 min read"), unless each field
/// ends on a figure with no clock in it: a results line ("Ilvesen 46.8% |
/// Rekker 31.2% | Velk 14.6%"), which is the story.
fn is_bar(line: &str) -> bool {
    let results = !line.contains(':')
        && line.split(" | ").all(|field| {
            field.split_whitespace().last().is_some_and(|w| {
                let w = w.trim_end_matches('%');
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            })
        });
    line.matches(" | ").count() >= 2 && !results
}

/// A fact box's line: a short label, a colon, and a figure ("- Deaths: at
/// least 17", "Without power: 310,000 customers"). A box of them is the
/// story's own numbers at a glance, not a list of links to other stories.
fn is_fact_line(line: &str) -> bool {
    let line = line.trim_start_matches(BULLETS);
    let Some((label, value)) = line.split_once(": ") else {
        return false;
    };
    let words = label.split_whitespace().count();
    (1..=FACT_LABEL_WORDS).contains(&words) && value.contains(|c: char| c.is_ascii_digit())
}

/// A results table's row: a name and two or more figures in fields of
/// their own ("Marta Ilvane (Civic Renewal) - 1,284,517 votes - 48.6%",
/// "Norway\t16\t8\t5"). A headline of a linked story carries a figure
/// inside its words, seldom two standing apart.
fn is_table_row(line: &str) -> bool {
    let figure = |f: &&str| opens_on_figure(f.trim()).is_some();
    line.split([' ', '\t']).filter(|w| !w.is_empty()).count() > 1
        && line
            .split(" - ")
            .flat_map(|f| f.split(" – "))
            .flat_map(|f| f.split(" — "))
            .flat_map(|f| f.split('\t'))
            .skip(1)
            .filter(figure)
            .count()
            >= 2
}

/// A run of short lines half or more of which open on a figure ("212
/// shops damaged, 38 of them looted", "€18.5m: the city's estimate"):
/// the story's numbers in a box, not headlines of other stories, which
/// open on words. A list's own numbering ("1. Tram line closed") is no
/// figure.
fn a_box_of_figures(text: &str, run: &[Range<usize>]) -> bool {
    let figure_line = |r: &Range<usize>| {
        let line = text[r.clone()].trim().trim_start_matches(BULLETS);
        opens_on_figure(line)
            .is_some_and(|rest| !(rest.starts_with(". ") || rest.starts_with(") ")))
    };
    2 * run.iter().filter(|r| figure_line(r)).count() >= run.len()
}

/// When `s` opens on a figure (digits, perhaps after a currency sign),
/// what follows its leading digits.
fn opens_on_figure(s: &str) -> Option<&str> {
    let digits = s.trim_start_matches(['$', '€', '£', '¥']);
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    (n > 0).then(|| &digits[n..])
}

/// The rest of the line after `start..end` when that span is in the
/// figure of a fact box's line ("Blast: 14:47", "Commissioned: 1986"),
/// past its label's colon.
pub(crate) fn fact_line_rest(text: &str, start: usize, end: usize) -> Option<&str> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    (text[line_start..start].contains(": ") && is_fact_line(&text[line_start..line_end]))
        .then(|| &text[end..line_end])
}

/// Words a fact box's label runs to.
const FACT_LABEL_WORDS: usize = 4;

/// What may open a list's line before its text: bullets, dashes, spaces.
pub(crate) const BULLETS: [char; 6] = ['-', '•', '*', '–', '—', ' '];

/// A timeline's entry, a clock time and what happened then ("02:47
/// Neighbour calls 112"): the story told by the hour, however short its
/// lines, not a block of links.
pub(crate) fn is_timeline_line(line: &str) -> bool {
    let b = line.trim_start_matches(BULLETS).as_bytes();
    b.len() > 6
        && b[..2].iter().all(u8::is_ascii_digit)
        && b[2] == b':'
        && b[3..5].iter().all(u8::is_ascii_digit)
        && b[5] == b' '
        && b[6].is_ascii_alphabetic()
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
            && !is_fact_line(line)
            && !is_table_row(line)
            && !is_timeline_line(line)
    };
    let body_starts = lines
        .iter()
        .position(|r| {
            let line = text[r.clone()].trim();
            ends_like_sentence(line) && line.split_whitespace().count() >= PROSE_WORDS
        })
        .unwrap_or(lines.len());
    let rules = Rules::default();
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let line = &text[lines[k].clone()];
        if is_bar(line) || rules.is_chrome(line) || rules.is_caption(line) {
            out.push(lines[k].clone());
            k += 1;
            continue;
        }
        let mut end = k;
        while end < lines.len() && linkish(&lines[end]) {
            end += 1;
        }
        if end - k >= 2
            && k > body_starts
            && !a_box_of_figures(text, &lines[k..end])
            && !rules.headed_as_story(text, &lines[..end], k)
        {
            out.push(lines[k].start..lines[end - 1].end);
            k = end;
        } else {
            k += 1;
        }
    }
    out
}

/// The words of `assets/chrome.toml`, by rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rules {
    action_words: usize,
    actions: Vec<String>,
    share_words: Vec<String>,
    credit_labels: Vec<String>,
    credit_words: usize,
    time_units: Vec<String>,
    time_prefixes: Vec<String>,
    cookie_words: Vec<String>,
    consent_words: Vec<String>,
    cookie_notice_words: usize,
    link_headings: Vec<String>,
    heading_words: usize,
}

impl Default for Rules {
    fn default() -> Self {
        toml::from_str(CHROME_RULES).expect("assets/chrome.toml is valid")
    }
}

impl Rules {
    /// Whether a whole line is page chrome by one of the general rules.
    fn is_chrome(&self, line: &str) -> bool {
        let lower = line.trim().to_lowercase();
        let lower = lower
            .trim_start_matches(['(', '[', '•', '·', '|', '-', '–', '—', ' '])
            .trim_end_matches([')', ']', '.', ':', ' ', '|', '>', '›', '»']);
        if lower.is_empty() {
            return false;
        }
        let words: Vec<&str> = lower
            .split(|c: char| c.is_whitespace() || matches!(c, '|' | '•' | '·' | '/'))
            .filter(|w| !w.is_empty())
            .collect();
        let starts_with = |phrase: &str| {
            lower.strip_prefix(phrase).is_some_and(|rest| {
                rest.is_empty() || !rest.starts_with(|c: char| c.is_alphanumeric())
            })
        };
        let has = |list: &[String], w: &str| list.iter().any(|x| x == w);
        let words_in = |list: &[String]| {
            words
                .iter()
                .any(|w| has(list, w.trim_matches(|c: char| !c.is_alphanumeric())))
        };
        (words.len() <= self.action_words && self.actions.iter().any(|a| starts_with(a)))
            || (words.len() >= 2
                && words.len() <= 12
                && words.iter().all(|w| has(&self.share_words, w)))
            || (words.len() <= self.credit_words && self.is_credit(lower))
            || self.is_time_ago(&words)
            || self.is_stamp(&words)
            || self.stamped_fields(lower)
            || is_reading_time(&words)
            || (words.len() <= self.cookie_notice_words
                && words_in(&self.cookie_words)
                && words_in(&self.consent_words))
    }

    /// Whether the run of short lines from `lines[k]` opens on, or follows,
    /// a heading that names no list of links: a box of the story's own
    /// points ("IN SHORT", "What happens next?").
    fn headed_as_story(&self, text: &str, lines: &[Range<usize>], k: usize) -> bool {
        let line = |r: &Range<usize>| text[r.clone()].trim();
        let head = Some(line(&lines[k]))
            .filter(|l| self.is_heading(l))
            .or_else(|| {
                lines[..k]
                    .iter()
                    .map(line)
                    .rev()
                    .find(|l| !l.is_empty())
                    .filter(|l| self.is_heading(l))
            });
        head.is_some_and(|h| {
            !h.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| self.link_headings.iter().any(|x| x == w))
        })
    }

    /// A short line in capitals, or one ending in a colon or a question
    /// mark, with no figure: a heading, not a headline.
    fn is_heading(&self, line: &str) -> bool {
        let words = line.split_whitespace().count();
        let capitals =
            line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase);
        (1..=self.heading_words).contains(&words)
            && (capitals || line.ends_with([':', '?']))
            && !line.contains(|c: char| c.is_ascii_digit())
    }

    /// A photo's caption, told by the credit that closes it: "Drivers
    /// queue for fuel in 2019. Photograph: Chronicle archive". What it
    /// states is the picture's, often of another day than the story's.
    fn is_caption(&self, line: &str) -> bool {
        let lower = line.trim().to_lowercase();
        let Some(at) = lower
            .rfind(['.', '!', '?'])
            .filter(|&at| at + 1 < lower.len())
        else {
            return false;
        };
        let last = lower[at + 1..].trim();
        !last.is_empty()
            && last.split_whitespace().count() <= self.credit_words
            && self.is_credit(last)
    }

    fn is_credit(&self, lower: &str) -> bool {
        self.credit_labels.iter().any(|label| {
            lower.strip_prefix(label.as_str()).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.starts_with([':', '/', '|'])
                    || rest.starts_with("credit")
                    || rest.starts_with("by ")
            })
        })
    }

    /// "Last updated at 16:20 GMT", "Updated 5:42 p.m. EDT", "Published
    /// 9 August 2027": the page's own clock, whatever the story's.
    fn is_stamp(&self, words: &[&str]) -> bool {
        self.after_time_prefix(words).is_some_and(|rest| {
            rest.len() <= STAMP_WORDS
                && rest
                    .iter()
                    .any(|w| w.contains(|c: char| c.is_ascii_digit()))
        })
    }

    /// The words after a stamp's opening ("updated", "last updated"), if
    /// the line opens with one and goes on.
    fn after_time_prefix<'w>(&self, words: &'w [&'w str]) -> Option<&'w [&'w str]> {
        self.time_prefixes.iter().find_map(|p| {
            let n = p.split_whitespace().count();
            (words.len() > n && words[..n].join(" ") == *p).then(|| &words[n..])
        })
    }

    /// "Posted by Rosa Lindqvist | Updated 2 hours ago": a byline and a
    /// stamp in one bar.
    fn stamped_fields(&self, lower: &str) -> bool {
        lower.contains(" | ")
            && lower.split(" | ").any(|field| {
                let words: Vec<&str> = field.split_whitespace().collect();
                self.is_time_ago(&words) || self.is_stamp(&words)
            })
    }

    /// "5 hours ago", "updated 2 days ago", "an hour ago".
    fn is_time_ago(&self, words: &[&str]) -> bool {
        let rest = self.after_time_prefix(words).unwrap_or(words);
        let [n, unit, "ago"] = rest else {
            return false;
        };
        let unit = unit.trim_end_matches('s');
        (n.chars().all(|c| c.is_ascii_digit()) || matches!(*n, "a" | "an" | "one"))
            && self.time_units.iter().any(|u| u == unit)
    }
}

/// Words after "updated" in a page's time stamp: "at 5:42 p.m. EDT on
/// Aug. 9, 2027".
const STAMP_WORDS: usize = 8;

/// "4 min read", "5 minute read".
fn is_reading_time(words: &[&str]) -> bool {
    matches!(words, [n, unit, "read"] if n.chars().all(|c| c.is_ascii_digit())
        && matches!(*unit, "min" | "mins" | "minute" | "minutes"))
}

/// Byte ranges of the page chrome lines of `text` alone (without link
/// lists), for the reader to dim.
pub fn chrome_lines(text: &str) -> Vec<Range<usize>> {
    let rules = Rules::default();
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if rules.is_chrome(body) {
            out.push(start..start + body.len());
        }
        start += line.len();
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
    fn a_caption_closed_by_its_credit_is_furniture() {
        let text = "Tankers ran out of fuel on Monday, the ministry said.\n\nDrivers queue for fuel during the 2021 strike, 4 May 2021. Photograph: Herald archive\n\nThe strike began at 6am on Monday, the union said.";
        assert_eq!(
            furniture_lines(text),
            [
                "Drivers queue for fuel during the 2021 strike, 4 May 2021. Photograph: Herald archive"
            ]
        );
        // A credit's words inside a sentence that ends as prose does close
        // no caption.
        let prose = "Tankers ran out of fuel on Monday. The agency's photo: a queue a mile long.\n\nThe strike began at 6am on Monday, the union said, and went on.";
        assert!(furniture(prose).is_empty(), "{:?}", furniture_lines(prose));
    }

    #[test]
    fn a_timeline_by_the_clock_is_the_story_not_furniture() {
        let text = "The fire killed four people early on Tuesday, the fire service said.\n\nTIMELINE\n02:47 Neighbour calls the fire service\n03:05 First engine arrives\n- 07:35 Fire declared out\n\nMore prose follows here.";
        assert!(furniture(text).is_empty(), "{:?}", furniture_lines(text));
        // A time with no event after it is no entry.
        assert!(!is_timeline_line("07:35"));
        assert!(!is_timeline_line("7:35 Fire declared out"));
    }

    #[test]
    fn a_box_of_labelled_figures_is_the_story_not_furniture() {
        let text = "A strong storm struck the coast early on Wednesday, officials said.\n\n- Deaths: at least 17 confirmed\n- Without power: 310,000 customers at the peak\n- Evacuated: some 85,000 people\n\nMore prose follows here.";
        assert!(furniture(text).is_empty(), "{:?}", furniture_lines(text));
        // Headlines with a colon but no figure are still links.
        let links = "A strong storm struck the coast early on Wednesday, officials said.\n\nRelated\nStorm Idris: what we know\nFloods: the towns at risk\n\nMore prose.";
        assert_eq!(furniture_lines(links).len(), 1);
    }

    #[test]
    fn a_list_under_a_heading_of_the_story_s_own_is_not_furniture() {
        let text = "The minister resigned on Monday after a week of pressure, aides said.\n\nIN SHORT\n- Minister quits after 11 days in office\n- Successor to be named by 2 May\n\nWhat happens next?\n• Thursday 6 May: vote on the successor\n• June: inquiry reports\n\nMore prose follows here.";
        assert!(furniture(text).is_empty(), "{:?}", furniture_lines(text));
        // The same lines under a heading of links, or under none, are
        // links.
        let links = text
            .replace("IN SHORT", "RELATED STORIES")
            .replace("What happens next?", "Read more:");
        let bare = text
            .replace("IN SHORT\n", "")
            .replace("What happens next?\n", "");
        for t in [&links, &bare] {
            for figure in ["11 days", "6 May"] {
                let at = t.find(figure).unwrap();
                let span = at..at + figure.len();
                assert!(inside(&furniture(t), &span), "{figure} in {t}");
            }
        }
    }

    #[test]
    fn a_bar_of_results_is_the_story_not_furniture() {
        let text = "The count ended on Friday, three days after the polls closed.\n\n- Berg 46.8% | Hale 31.2% | Lund 14.6%\n\nMore prose follows here.";
        assert!(furniture(text).is_empty(), "{:?}", furniture_lines(text));
        // A page's own bar, with a clock or a word at a field's end, is not.
        for bar in [
            "Politics | 9 March 2027, 16:20 | 4 min read",
            "By Anna Berg | Politics | 12 comments",
        ] {
            let text = format!(
                "The count ended on Friday, three days after the polls closed.\n\n{bar}\n\nMore prose."
            );
            assert_eq!(furniture_lines(&text), [bar], "{bar}");
        }
    }

    #[test]
    fn a_table_of_results_is_the_story_not_furniture() {
        let text = "The count ended on Friday, three days after the polls closed.\n\nAnna Berg (Liberal) - 1,204,311 votes - 49.1%\nJon Hale (Labour) - 1,180,502 votes - 48.1%\n\nMore prose follows here.";
        assert!(furniture(text).is_empty(), "{:?}", furniture_lines(text));
        // A linked headline carries one figure inside its words.
        let links = "The count ended on Friday, three days after the polls closed.\n\nMORE NEWS\nMayor's race heads to recount - 0.3-point margin\nTram fares to rise 5% from April\n\nMore prose.";
        assert_eq!(furniture_lines(links).len(), 1);
    }

    #[test]
    fn a_box_of_lines_opening_on_figures_is_the_story_not_furniture() {
        let text = "Rioting went on for five nights before the curfew, officials said.\n\n• €18.5m: the city's estimate of the cost\n• 212 shops damaged, 38 of them looted\n• 186 cars burnt out, says the fire service\n\nMore prose follows here.";
        assert!(furniture(text).is_empty(), "{:?}", furniture_lines(text));
        // A numbered list of links opens on its numbering, not on figures.
        let links = "Rioting went on for five nights before the curfew, officials said.\n\nMOST READ\n1. Tram line 4 closed for six weeks\n2. Pier repairs to take a month\n\nMore prose.";
        assert_eq!(furniture_lines(links).len(), 1);
    }

    #[test]
    fn a_page_s_time_stamps_are_chrome() {
        for line in [
            "Last updated at 16:20 GMT",
            "Updated 5:42 p.m. EDT",
            "Published 9 August 2027",
            "Posted by Rosa Lindqvist | Updated 2 hours ago",
        ] {
            let text = format!(
                "A strong storm struck the coast early on Wednesday, officials said.\n{line}\nMore prose."
            );
            assert_eq!(furniture_lines(&text), vec![line], "{line}");
        }
        // A sentence that starts like a stamp is the story's.
        let text = "Officials updated the count at 4 p.m., raising the toll to 17 people.\nMore.";
        assert!(furniture(text).is_empty());
        let text = "Updated figures released at 4 p.m. on Tuesday by the ministry show 17 more deaths.\nMore.";
        assert!(furniture(text).is_empty());
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
    fn page_chrome_lines_are_furniture() {
        let text = "Quake kills 24\nListen to this article\n5 hours ago\nFacebook Twitter Email\nThe quake killed 24 people on Tuesday, officials said in a statement.\nPhoto: Jane Doe/Agency\nWe use cookies to improve 3 things. Accept all or manage settings.\nSubmit a tip.\n4 min read\nThe search went on for 3 days in the hills.\n";
        let f = furniture_lines(text);
        assert_eq!(
            f,
            [
                "Listen to this article",
                "5 hours ago",
                "Facebook Twitter Email",
                "Photo: Jane Doe/Agency",
                "We use cookies to improve 3 things. Accept all or manage settings.",
                "Submit a tip.",
                "4 min read",
            ]
        );
        assert_eq!(chrome_lines(text).len(), 7);
    }

    #[test]
    fn story_lines_that_share_a_word_with_chrome_stay() {
        let text = "Sharing the load\nShareholders lost 5 hours of trading.\nThe photo was taken 3 days ago by a resident.\nHe said the cookies were a gift.\nListeners called in for 2 hours.\n";
        assert!(furniture(text).is_empty(), "{:?}", furniture_lines(text));
    }

    #[test]
    fn prose_lines_are_never_furniture() {
        let text = "First sentence of the story.\nSecond sentence follows here.\n";
        assert!(furniture(text).is_empty());
    }
}
