//! A number whose noun the text named before it: "won 68 seats, eight
//! short of the 76 needed", "68 seats in a chamber of 151", or a fact box's
//! label ("Deaths: 4"). Reporters drop the noun the second time, and the
//! bare number is the fact in dispute as often as the first.

use regex::Regex;

use super::noun::{Counted, counted_noun};
use super::units::WordClasses;

pub(crate) struct Elided {
    /// "the" or "of" just before the number, a comparison's lead
    /// ("compared with", "up from", "and" after another such number), or
    /// a name the verb is left out after ("won 61 seats and the Greens
    /// 27"): a bare number that refers.
    lead: Regex,
    /// What may follow: the clause ends, a participle of need, or the
    /// other time a compared figure is of ("4,870 last year", "3,950 in
    /// 2025").
    tail: Regex,
    /// An earlier number with a plural noun.
    earlier: Regex,
    /// A fact box's label before the number: "• Deaths: ", "In hospital: ".
    label: Regex,
    /// A name after "and" with the verb left out: "won 61 seats and the
    /// Greens 27".
    gapped: Regex,
    /// A tally's "votes to" before the number: "by 158 votes to 131",
    /// "47 votes to Ostrand's 29". Whatever follows, the number is the
    /// tally's other side.
    tally: Regex,
    /// The side of a vote after the number: "11 against".
    side: Regex,
}

/// How far back the noun may be named, within the sentence.
const REACH: usize = 240;

impl Elided {
    pub(crate) fn new() -> Self {
        Elided {
            lead: Regex::new(
                r"(?i)(?:(?:^|[^a-z])(?:the|of|compared\s+(?:with|to)|up\s+from|down\s+from|against|versus)|\d[\d,]*(?:\s+[a-z]+){0,3}\s+and)\s+$",
            )
            .expect("lead"),
            tail: Regex::new(
                r"^(?:\s*(?:[.,;:)]|$)|\s+(?:needed|required|necessary|and|against|opposed)\b|\s+(?:last|this|the\s+previous)\s+(?:year|month|week|season|quarter)\b|\s+in\s+(?:19|20)[0-9]{2}\b|\s+a\s+(?:year|month|week)\s+(?:earlier|before|ago)\b)",
            )
            .expect("tail"),
            earlier: Regex::new(r"(?:^|[^\d,.])(\d[\d,]*)\s+[a-z]").expect("earlier"),
            gapped: Regex::new(r"\band\s+(?:the\s+)?[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+){0,2}\s+$")
                .expect("gapped"),
            tally: Regex::new(r"(?i)\d[\d,]*\s+votes?\s+to(?:\s+[a-z][a-z-]*(?:'|’)s)?\s+$")
                .expect("tally"),
            side: Regex::new(r"^\s+(?:against|opposed)\b").expect("side"),
            label: Regex::new(r"(?:^|\n|\|)[ \t•*\-–]*(?:[A-Za-z][A-Za-z']*[ \t]+){0,3}(?P<noun>[A-Za-z]{3,}):[ \t]*$")
                .expect("label"),
        }
    }

    /// The noun of the count before the number at `start..end`, if the
    /// number stands alone and the sentence named one.
    pub(crate) fn noun(
        &self,
        classes: &WordClasses,
        text: &str,
        start: usize,
        end: usize,
        number: &str,
    ) -> Option<String> {
        if looks_like_year(number) {
            return None;
        }
        let mut from = start.saturating_sub(REACH);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = &text[from..start];
        // Past the mark, whatever its width: a curly quote is three bytes.
        let sentence = window
            .char_indices()
            .rev()
            .find(|(_, c)| {
                matches!(
                    c,
                    '.' | '!' | '?' | '\n' | ';' | '\u{201c}' | '\u{201d}' | '"'
                )
            })
            .map_or(window, |(at, c)| &window[at + c.len_utf8()..]);
        // "34 voted for the motion, 11 against": the side a number is
        // on refers it to the count of the other side.
        let tally = self.tally.is_match(sentence);
        if !tally && !self.tail.is_match(&text[end..]) {
            return None;
        }
        if !tally
            && !self.lead.is_match(sentence)
            && !self.gapped.is_match(sentence)
            && !self.side.is_match(&text[end..])
        {
            return None;
        }
        let mut noun = None;
        for c in self.earlier.captures_iter(sentence) {
            let n = c.get(1)?;
            if looks_like_year(n.as_str()) {
                continue;
            }
            if let Counted::Noun(word, _) = counted_noun(classes, &sentence[n.end()..], false) {
                noun = Some(word);
            }
        }
        noun
    }

    /// Whether the number after `before` and before `after` follows a
    /// name its clause left the verb out after ("won 61 seats and the
    /// Greens 27."): a figure, not a name's number ("Boeing 737").
    pub(crate) fn gapped(&self, before: &str, after: &str) -> bool {
        self.gapped.is_match(before) && self.tail.is_match(after)
    }

    /// The last word of a fact box's label just before the number, on its
    /// own line: "Deaths: 4" counts deaths, "In hospital: 37" those in
    /// hospital.
    pub(crate) fn label(&self, classes: &WordClasses, text: &str, start: usize) -> Option<String> {
        let line_start = text[..start].rfind('\n').map_or(0, |i| i);
        let c = self.label.captures(&text[line_start..start])?;
        let noun = c.name("noun")?.as_str().to_lowercase();
        // "He said: 4 of them" introduces speech, not a figure.
        (!classes.is_function_word(&noun)).then_some(noun)
    }
}

fn looks_like_year(number: &str) -> bool {
    number.len() == 4
        && number.bytes().all(|b| b.is_ascii_digit())
        && matches!(number.parse::<u32>(), Ok(1800..=2100))
}
