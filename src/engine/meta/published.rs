//! The publication date, and where in the text it was read.
//!
//! The span matters as much as the date: the fact engine drops a date
//! mention that overlaps it, so it must cover exactly the date expression
//! the page states as metadata and nothing of the story.

use std::ops::Range;

use jiff::civil::Date;

use super::text::{clean, cut, fields, word_count};
use super::{DATE_HEAD_LINES, Guesser};

/// A date and its byte range in the string it was found in.
pub(super) type Dated = (Range<usize>, Date);

/// Where `part`, a slice of `whole`, starts in it.
pub(super) fn offset_in(whole: &str, part: &str) -> usize {
    let at = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    debug_assert!(at + part.len() <= whole.len(), "part lies inside whole");
    at
}

fn shift((span, d): Dated, by: usize) -> Dated {
    (span.start + by..span.end + by, d)
}

/// Longest masthead field ("Johannesburg 24°C", "Updated 2 hours ago")
/// that may share a line with a date and still leave it a date line.
const MAX_SIDE_FIELD_WORDS: usize = 6;
const MAX_DATE_LINE_WORDS: usize = 20;
const MAX_MASTHEAD_TAIL_WORDS: usize = 4;

impl Guesser {
    /// The publication date and its span in `text`. `head` holds slices of
    /// `text`, so spans found in them map back by pointer offset.
    pub(super) fn published(&self, text: &str, head: &[&str]) -> Option<Dated> {
        let mut updated = None;
        let mut boxed: Option<Dated> = None;
        for line in text.lines().map(clean).filter(|l| !l.is_empty()) {
            let line = cut(line, 200);
            // The labels all start with one of a few letters; checking
            // that first spares two patterns on nearly every body line.
            let first = line.as_bytes()[0].to_ascii_lowercase();
            if !b"pdrifulm".contains(&first) {
                continue;
            }
            if let Some(m) = self.pub_label.find(line) {
                let rest = &line[m.end()..];
                if let Some(found) = self.labelled_date(rest) {
                    let found = shift(found, offset_in(text, rest));
                    // A fact box's "Date: Tuesday 2 February 2027" gives
                    // the event's day: a date line above it, the page's.
                    let generic = m
                        .as_str()
                        .get(..4)
                        .is_some_and(|w| w.eq_ignore_ascii_case("date"));
                    if generic {
                        boxed = boxed.or(Some(found));
                        continue;
                    }
                    return Some(found);
                }
            } else if updated.is_none()
                && let Some(m) = self.upd_label.find(line)
            {
                let rest = &line[m.end()..];
                updated = self
                    .labelled_date(rest)
                    .map(|f| shift(f, offset_in(text, rest)));
            }
        }
        let unlabelled = head.iter().take(DATE_HEAD_LINES).find_map(|l| {
            let found = self.date_line(l).or_else(|| self.dateline_date(l))?;
            Some(shift(found, offset_in(text, l)))
        });
        match (unlabelled, boxed) {
            (Some(line), Some(label)) if line.0.start < label.0.start => Some(line),
            (line, label) => label.or(line).or(updated),
        }
    }

    /// The date right after a label, allowing a weekday or a time first
    /// ("Updated 3:04 PM EST, Thu January 8, 2026") but not prose.
    pub(super) fn labelled_date(&self, rest: &str) -> Option<Dated> {
        let (s, e, d) = self.find_date(rest)?;
        self.only_times(&rest[..s])
            .then(|| (self.with_weekday(rest, s)..e, d))
    }

    /// Where a date starting at `start` begins once a weekday right before
    /// it is counted in: "Thursday, 12 March 2026" is one expression.
    fn with_weekday(&self, s: &str, start: usize) -> usize {
        let before = s[..start].trim_end_matches([' ', ',']);
        let word_at = before
            .rfind(|c: char| !c.is_alphabetic() && c != '.')
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[word_at..];
        if !word.is_empty() && self.weekday.is_match(word) {
            word_at
        } else {
            start
        }
    }

    /// What may follow a date that opens a line and still leave it a date
    /// line: times, then nothing, an "updated 2 hours ago" or reading-time
    /// stamp, or — after a weekday-led masthead date — a few capitalised
    /// words such as a place and the weather ("Johannesburg 24°C").
    fn is_stamp_tail(&self, line: &str, start: usize, end: usize) -> bool {
        let rest = self.skip_times(&line[end..]);
        if rest.is_empty() || self.is_chrome(rest) {
            return true;
        }
        let weekday_led = self.with_weekday(line, start) == 0 && start > 0;
        weekday_led
            && word_count(rest) <= MAX_MASTHEAD_TAIL_WORDS
            && rest
                .split_whitespace()
                .all(|w| !w.chars().next().is_some_and(char::is_lowercase))
    }

    /// `s` without the clock times, zones and weekdays it starts with.
    fn skip_times<'a>(&self, s: &'a str) -> &'a str {
        let sep = |c: char| c.is_whitespace() || c == ',';
        let mut rest = s.trim_start_matches(sep);
        loop {
            let end = rest.find(sep).unwrap_or(rest.len());
            let w = &rest[..end];
            if w.is_empty() || !(self.time_word.is_match(w) || self.weekday.is_match(w)) {
                return rest;
            }
            rest = rest[end..].trim_start_matches(sep);
        }
    }

    /// Nothing but clock times, zones, weekdays and connecting marks.
    fn only_times(&self, s: &str) -> bool {
        s.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| self.time_word.is_match(w) || self.weekday.is_match(w))
    }

    /// The date of a line that is there to state one: "January 8, 2026 at
    /// 10:00", "Thu 8 Jan 2026 10.00 GMT", "By Jane Doe | 8 Jan 2026",
    /// a masthead "Thursday, 12 March 2026   Johannesburg 24°C" — but not
    /// a headline or sentence that happens to mention a date.
    pub(super) fn date_line(&self, line: &str) -> Option<Dated> {
        let (s, e, d) = self.find_date(line)?;
        let separated = line.contains(['|', '•', '·']) && word_count(line) <= 12;
        if separated || (self.only_times(&line[..s]) && self.is_stamp_tail(line, s, e)) {
            return Some((self.with_weekday(line, s)..e, d));
        }
        // "Nkarosi, Wednesday 3 February 2027, 09:30": a place, then the
        // date and its time, alone on the line.
        let from = self.with_weekday(line, s);
        if from > 0
            && self.place_prefix.is_match(&line[..from])
            && self.skip_times(&line[e..]).is_empty()
        {
            return Some((from..e, d));
        }
        // Page furniture puts side fields next to the date, set apart by a
        // run of spaces: a place and the weather, or an "updated" stamp.
        if word_count(line) > MAX_DATE_LINE_WORDS {
            return None;
        }
        let parts = fields(line);
        let too_long = |p: &Range<usize>| word_count(&line[p.clone()]) > MAX_SIDE_FIELD_WORDS;
        if parts.len() < 2 || parts.iter().any(too_long) {
            return None;
        }
        parts.iter().find_map(|p| {
            let field = &line[p.clone()];
            let (s, e, d) = self.find_date(field)?;
            (self.only_times(&field[..s]) && self.skip_times(&field[e..]).is_empty())
                .then(|| shift((self.with_weekday(field, s)..e, d), p.start))
        })
    }

    /// "NEW YORK, March 3, 2026 (AP) —" or "Drennick, 4 February 2026 -":
    /// a dated dateline dates the story.
    pub(super) fn dateline_date(&self, line: &str) -> Option<Dated> {
        let end = match self.dateline_outlet(line) {
            Some((_, end)) => end,
            None if !line.contains(['-', '–', '—']) => return None,
            None => match self.bare_dateline.find(line) {
                Some(m) if m.as_str().chars().count() <= 60 => m.end(),
                _ => return self.place_date_dateline(line),
            },
        };
        self.find_date(&line[..end]).map(|(s, e, d)| (s..e, d))
    }

    /// A dateline whose place is in ordinary capitals, which only the
    /// date right before the dash tells apart from a sentence.
    fn place_date_dateline(&self, line: &str) -> Option<Dated> {
        let (s, e, d) = self.find_date(cut(line, 80))?;
        let dash = line[e..].trim_start();
        (self.place_prefix.is_match(&line[..s]) && dash.starts_with(['-', '–', '—']))
            .then_some((s..e, d))
    }

    pub(super) fn skip_weekday<'a>(&self, s: &'a str) -> &'a str {
        let first = s.split([' ', ',']).next().unwrap_or("");
        if !first.is_empty() && self.weekday.is_match(first) {
            s[first.len()..].trim_start_matches([' ', ','])
        } else {
            s
        }
    }

    /// The end of a date that starts `s`, if one does.
    pub(super) fn leading_date(&self, s: &str) -> Option<usize> {
        self.find_date(s)
            .filter(|&(st, _, _)| st == 0)
            .map(|(_, e, _)| e)
    }

    /// The leftmost valid calendar date in `s`: (start, end, date).
    pub(super) fn find_date(&self, s: &str) -> Option<(usize, usize, Date)> {
        // Every accepted form has a four-digit year; most lines have none,
        // and this scan is far cheaper than running four patterns.
        let has_year = s
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit));
        if !has_year {
            return None;
        }
        self.dates
            .iter()
            .filter_map(|r| {
                r.captures_iter(s).find_map(|c| {
                    let whole = c.get(0)?;
                    let y: i16 = c.name("y")?.as_str().parse().ok()?;
                    let m: i8 = match c.name("m") {
                        Some(m) => m.as_str().parse().ok()?,
                        None => super::text::month_number(c.name("mon")?.as_str())?,
                    };
                    let d: i8 = c.name("d")?.as_str().parse().ok()?;
                    if !(1900..=2100).contains(&y) {
                        return None;
                    }
                    let date = Date::new(y, m, d).ok()?;
                    Some((whole.start(), whole.end(), date))
                })
            })
            .min_by_key(|&(s, _, _)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn finds_dates_in_common_formats() {
        let g = Guesser::new();
        let d = |s: &str| g.find_date(s).map(|(_, _, d)| d);
        assert_eq!(d("date 2026-01-10 x"), Some(date(2026, 1, 10)));
        assert_eq!(d("January 8, 2026 at 10:00"), Some(date(2026, 1, 8)));
        assert_eq!(d("Jan. 8 2026"), Some(date(2026, 1, 8)));
        assert_eq!(d("Thursday 8 January 2026"), Some(date(2026, 1, 8)));
        assert_eq!(d("8th of Sept 2025"), Some(date(2025, 9, 8)));
        assert_eq!(d("08.01.2026"), Some(date(2026, 1, 8)));
        assert_eq!(d("February 30, 2026"), None, "not a calendar date");
        assert_eq!(d("Jan 7"), None, "no year, no date");
    }

    #[test]
    fn labelled_dates_allow_time_but_not_prose() {
        let g = Guesser::new();
        let rest = "3:04 PM EST, Thu January 8, 2026";
        let (span, d) = g.labelled_date(rest).unwrap();
        assert_eq!((&rest[span], d), ("Thu January 8, 2026", date(2026, 1, 8)));
        assert_eq!(
            g.labelled_date("reports say talks began March 2, 2026"),
            None
        );
    }

    #[test]
    fn a_place_before_a_date_and_its_time_is_a_date_line() {
        let g = Guesser::new();
        let line = "Nkarosi, Wednesday 3 February 2027, 09:30";
        let (span, d) = g.date_line(line).expect("a date line");
        assert_eq!(&line[span], "Wednesday 3 February 2027");
        assert_eq!(d, date(2027, 2, 3));
        assert!(g.date_line("Port Vell, 3 February 2027").is_some());
        // A sentence that names a place and a date is no date line.
        assert!(
            g.date_line("Nkarosi, the capital, voted on 3 February 2027.")
                .is_none()
        );
        assert!(
            g.date_line("Nkarosi, Wednesday 3 February 2027, was quiet.")
                .is_none()
        );
    }

    #[test]
    fn side_fields_next_to_a_date_keep_it_a_date_line() {
        let g = Guesser::new();
        let line = "Sat, 4 April 2026    Cape Town 18°C";
        let (span, d) = g.date_line(line).unwrap();
        assert_eq!((&line[span], d), ("Sat, 4 April 2026", date(2026, 4, 4)));
        // With single spaces only a capitalised tail passes.
        let single = "Sat, 4 April 2026 Cape Town 18°C";
        assert_eq!(g.date_line(single).map(|f| f.1), Some(date(2026, 4, 4)));
        assert_eq!(g.date_line("Sat, 4 April 2026 was a cold day"), None);
        assert_eq!(g.date_line("4 April 2026 Cape Town 18°C"), None);
        let stamp = "April 4, 2026 9:02 AM Updated 2 hours ago";
        assert_eq!(g.date_line(stamp).map(|f| f.1), Some(date(2026, 4, 4)));
        let long = "April 4, 2026    The council met to debate the plan for the new harbour wall";
        assert_eq!(g.date_line(long), None, "a sentence is no side field");
    }

    #[test]
    fn spans_map_back_into_the_whole_text() {
        let g = Guesser::new();
        let text = "\u{feff}Headline Goes Here Today\r\n  Published: 9 May 2026\r\n";
        let (span, d) = g.published(text, &[]).unwrap();
        assert_eq!((&text[span], d), ("9 May 2026", date(2026, 5, 9)));
    }
}
