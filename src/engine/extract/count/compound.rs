//! Counts that are not "number, then plural noun":
//! - hyphenated compounds before a head noun: "a 62-page ruling" counts
//!   pages of a ruling, "a 12-member jury" members of a jury;
//! - partitives: "31 of those emergencies", "two more of the devices".

use std::collections::HashSet;

use super::units::{WordClasses, is_hedge_word, lower};
use super::{Counted, M, Patterns, counted_noun, prev_word};
use crate::engine::extract::numbers::{parse_number, scale_word};
use crate::engine::model::{Extracted, Interval, Kind, Value};

/// Words that never follow "N-" as a counted thing, read from `assets/`.
pub(crate) struct Compounds {
    skip: HashSet<&'static str>,
}

/// A compound found after a number: what it counts, the noun it is
/// attached to, and where the compound ends (relative to its start).
pub(crate) struct Compound {
    pub unit: String,
    pub head: String,
    pub end: usize,
}

impl Compounds {
    pub(crate) fn new() -> Self {
        Compounds {
            skip: crate::engine::words::entries(include_str!(
                "../../../../assets/extract/compound_skip.txt"
            ))
            .collect(),
        }
    }

    /// "-page ruling" after the number: `unit` "page", `head` "ruling".
    /// The compound must modify a following noun ("a 62-page ruling"),
    /// and its second part must be a plain word, not a unit, a time word
    /// or a currency, which other kinds own ("10-kilometre", "15-year",
    /// "five-million-dollar").
    pub(crate) fn after(&self, classes: &WordClasses, after: &str) -> Option<Compound> {
        let rest = after.strip_prefix('-')?;
        let len = rest
            .find(|ch: char| !ch.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..len];
        let tail = &rest[len..];
        if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        if self.skip.contains(word)
            || super::noun::is_measure_word(classes, word)
            || matches!(
                word,
                "million" | "billion" | "trillion" | "thousand" | "hundred"
            )
        {
            return None;
        }
        let head_text = tail.strip_prefix(' ')?;
        let head_len = head_text
            .find(|ch: char| !ch.is_ascii_alphabetic())
            .unwrap_or(head_text.len());
        // A name can be the head too: "the 151-seat Folkesal", "the
        // 151-member Parliament" measure the body they name.
        let head = head_text[..head_len].to_ascii_lowercase();
        let head_bytes = &head_text.as_bytes()[..head_len];
        if head.len() < 3
            || !head_bytes[1..].iter().all(|b| b.is_ascii_lowercase())
            || classes.is_function_word(&head)
            || head_text[head_len..].starts_with('-')
        {
            return None;
        }
        Some(Compound {
            unit: word.to_string(),
            head,
            end: 1 + len,
        })
    }
}

/// "of those prior emergencies" after a number: the counted noun and
/// where it ends. Only a determiner after "of" makes it a part of a named
/// whole; "24 of them" names nothing.
pub(crate) fn partitive(classes: &WordClasses, after: &str) -> Option<(String, usize)> {
    let mut at = 0;
    let mut words = after.split(' ');
    if !words.next()?.is_empty() {
        return None;
    }
    at += 1;
    let mut w = words.next()?;
    if w == "more" {
        at += w.len() + 1;
        w = words.next()?;
    }
    if w != "of" {
        return None;
    }
    at += 3;
    let det = words.next()?;
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'");
    if matches!(
        &*lower(det),
        "the" | "those" | "these" | "its" | "their" | "his" | "her" | "our"
    ) {
        at += det.len();
        // "14 of the train's 38 wagons": the whole's owner between.
        if let Some(owner) = words
            .clone()
            .next()
            .filter(|w| lower(det) == "the" && possessive(w))
        {
            at += 1 + owner.len();
        }
    } else if det.starts_with(char::is_uppercase) && possessive(det) {
        // "nine of Brennholt's 23 libraries"
        at += det.len();
    } else {
        return None;
    }
    // "nine of the 11 charges": the whole's own number, in digits, is
    // passed over to its noun as "eleven" is.
    // "18 000 of the 74 000 servers": thousands apart by a space too.
    // "6.8m of Korvel's 9.1m customers", "64,000 of the country's roughly
    // 88,000 teachers": the whole told rounded or scaled.
    let rest = &after[at..];
    let mut groups = rest.trim_start().split(' ').peekable();
    let mut skipped = rest.len() - rest.trim_start().len();
    for _ in 0..2 {
        match groups.next_if(|w| *w != "by" && is_hedge_word(&lower(w))) {
            Some(q) => skipped += q.len() + 1,
            None => break,
        }
    }
    let digits = groups.next().unwrap_or("");
    let number = digits.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let scaled = number.len() < digits.len() && scale_word(&digits[number.len()..]).is_some();
    if !number.is_empty()
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && (scaled || number.len() == digits.len())
    {
        at += skipped + digits.len();
        if let Some(w) = groups.next_if(|w| !scaled && scale_word(w).is_some()) {
            at += 1 + w.len();
        } else if digits.len() <= 3 {
            for g in groups.take_while(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit())) {
                at += 1 + g.len();
            }
        }
    }
    match counted_noun(classes, &after[at..], false) {
        Counted::Noun(n, e) => Some((n, at + e)),
        _ => None,
    }
}

/// "a 62-page ruling": a count of pages, cued by the ruling. A spelled
/// "one" is left out: "one-party", "one-man" are set phrases.
pub(super) fn count_of(
    p: &Patterns,
    text: &str,
    start: usize,
    n1: M,
    amount: Interval,
    end: usize,
    cmp: Compound,
) -> Option<Extracted> {
    let mut start = start;
    let written = n1.as_str();
    // The shared number pattern reads "a five" as one number.
    let digits = match written.split_once(char::is_whitespace) {
        Some((a, rest)) if a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an") => {
            start = n1.end() - rest.len();
            rest
        }
        _ => written,
    };
    // "roughly 1,700-page" is as round as "roughly 1,700 pages".
    let v = parse_number(digits)?;
    let amount = if digits.len() == written.len() {
        amount
    } else {
        Interval::exact(v)
    };
    let prev = text[..start].chars().next_back();
    if v < 2.0
        || v.fract() != 0.0
        || prev.is_some_and(|ch| ch.is_alphanumeric() || "-–$€£¥₹#/.,:".contains(ch))
    {
        return None;
    }
    let lpw = lower(prev_word(&text[..start]));
    if p.label_words.contains(&*lpw) || p.classes.is_month_or_weekday(&lpw) {
        return None;
    }
    let span = start..end + cmp.end;
    Some(Extracted {
        span,
        kind: Kind::Count,
        value: Value::Count {
            amount,
            noun: Some(cmp.unit),
        },
        cue: Some(cmp.head),
    })
}

/// Words of winning, which a game's score has as often as a vote.
fn is_win_word(w: &str) -> bool {
    matches!(w, "won" | "wins" | "margin" | "lost" | "defeated")
}

/// Words near a score that make it a vote tally.
fn is_vote_word(w: &str) -> bool {
    matches!(
        w,
        "vote"
            | "votes"
            | "voted"
            | "voting"
            | "tally"
            | "ballot"
            | "passed"
            | "approved"
            | "rejected"
            | "elected"
            | "re-elected"
            // A court's or a chamber's split: "struck down the law 5-4",
            // "a 6-3 ruling", "upheld it 7-2", "overrode the veto 68-27".
            | "ruled"
            | "ruling"
            | "decision"
            | "majority"
            | "split"
            | "upheld"
            | "struck"
            | "overturned"
            | "overrode"
            | "override"
            | "confirmed"
    )
}

/// "won 134 to 63", "a 134-to-63 vote", "by a vote of 134-63": a tally,
/// two counts of votes, the winning side's and the losing side's. Either
/// may be the figure outlets dispute ("by 112 votes to 64" against "112
/// to 89"), so each is a mention of its own. `n1` is the first number,
/// which must be the larger, and a word about voting must stand within a
/// few words of it.
pub(super) fn tally(text: &str, n1: M, v1: f64) -> Option<[Extracted; 2]> {
    let after = &text[n1.end()..];
    let sep_len = ["-to-", " to ", "-", "–", " - "]
        .iter()
        .find(|s| after.starts_with(**s))
        .map(|s| s.len())?;
    let rest = &after[sep_len..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || rest[digits..].starts_with(|ch: char| ch.is_alphanumeric()) {
        return None;
    }
    let v2: f64 = rest[..digits].parse().ok()?;
    if !n1.as_str().bytes().all(|b| b.is_ascii_digit()) || v2 >= v1 {
        return None;
    }
    let end = n1.end() + sep_len + digits;
    let words_of = |s: &str, f: fn(&str) -> bool| {
        s.split(|ch: char| !(ch.is_alphabetic() || ch == '-'))
            .any(|w| f(&lower(w)))
    };
    // "Won 34-20" is a game's score; "won, 134 to 63" and "won 34-20 in a
    // vote" a vote's.
    let sentence = crate::engine::extract::anchor::sentence_of(text, n1.range());
    let voting = words_of(&text[sentence.clone()], is_vote_word);
    let worded = after.starts_with(" to ") || after.starts_with("-to-");
    let near =
        |s: &str| words_of(s, is_vote_word) || ((worded || voting) && words_of(s, is_win_word));
    let mut a = n1.start().saturating_sub(32);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let mut b = (end + 16).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    let before = &text[a..n1.start()];
    let before = before.rsplit(['.', '\n']).next().unwrap_or("");
    let after_t = &text[end..b];
    let after_t = after_t.split(['.', '\n']).next().unwrap_or("");
    // "passed the Assembly 70-25 in January and the Senate 30-12": a
    // second tally in a sentence of voting is one too, however far its
    // vote word.
    let earlier = &text[sentence.start..n1.start()];
    let listed = || near(earlier) && earlier_tally(earlier);
    if !(near(before) || near(after_t) || listed()) {
        return None;
    }
    let side = |span: std::ops::Range<usize>, v: f64| Extracted {
        span,
        kind: Kind::Count,
        value: Value::Count {
            amount: Interval::exact(v),
            noun: Some("votes".to_string()),
        },
        cue: Some("vote".to_string()),
    };
    Some([side(n1.range(), v1), side(end - digits..end, v2)])
}

/// Whether `s` holds a tally's two numbers: "70-25", "112 to 87".
fn earlier_tally(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).any(|i| {
        b[i].is_ascii_digit()
            && [&b"-"[..], b" to ", "–".as_bytes()].iter().any(|sep| {
                b[i + 1..].starts_with(sep)
                    && b.get(i + 1 + sep.len()).is_some_and(u8::is_ascii_digit)
            })
    })
}

/// " times" after a number that counts occurrences ("met six times",
/// "cited only two times that"), not a multiplier ("three times the
/// size", "two times as many") or a rate ("three times a day"). Returns
/// where "times" ends.
pub(super) fn occurrences(after: &str) -> Option<usize> {
    let rest = after.strip_prefix(" times")?;
    if rest.starts_with(|ch: char| ch.is_alphanumeric()) {
        return None;
    }
    let next = rest
        .trim_start()
        .split(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or("");
    let lw = lower(next);
    let multiplier = matches!(
        &*lw,
        "as" | "the"
            | "a"
            | "an"
            | "per"
            | "each"
            | "every"
            | "more"
            | "less"
            | "fewer"
            | "over"
            | "that"
    ) || (lw.len() > 3 && lw.ends_with("er"));
    (!multiplier).then_some(" times".len())
}
