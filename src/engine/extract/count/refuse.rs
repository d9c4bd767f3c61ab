//! Numbers the count extractor reads past: money, codes, phone numbers,
//! years, list numbering, labels ("Boeing 737 jets") and day numbers.

use super::Patterns;
use crate::engine::extract::numbers::is_spelled;
use crate::engine::extract::quantity::units::lower;

/// The word before `before`'s end, on the same line: a headline's or
/// a date line's last word ("… Kalistra\n\nAt least 16 people") names
/// nothing the number on the next line belongs to.
pub(super) fn prev_word(before: &str) -> &str {
    let t = before.trim_end();
    if before[t.len()..].contains('\n') {
        return "";
    }
    let start = t
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '\'' | '’')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &t[start..]
}

/// Whether the context shows the number is not a count at all.
pub(super) fn refused_by_context(
    p: &Patterns,
    text: &str,
    start: usize,
    num: &str,
    num_end: usize,
    v: f64,
) -> bool {
    let before = &text[..start];
    let after = &text[num_end..];
    let mut back = before.chars().rev();
    let prev = back.next();
    let prev2 = back.next();
    let glued_code = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    match prev {
        // money, phone numbers, hashtags, handles
        Some('$' | '€' | '£' | '¥' | '₹' | '+' | '#' | '№' | '@' | '/' | '\\') => {
            return true;
        }
        // "F-16", "COVID-19", "7:37", "1.5"
        Some('-' | '–' | ':' | '.' | ',') if glued_code(prev2) => return true,
        // a digit group before: "555 123 4567"; a number in words after
        // a year is no group ("In 2022 four crew members died").
        Some(' ' | '-') if prev2.is_some_and(|c| c.is_ascii_digit()) && !is_spelled(num) => {
            return true;
        }
        _ => {}
    }
    let mut ahead = after.chars();
    match (ahead.next(), ahead.next()) {
        // "7:37", "24/7", "555-1234", "15-minute", "2025's"
        (Some(':' | '/' | '.' | ','), Some(c)) if c.is_ascii_digit() => return true,
        (Some('-' | '–'), Some(c)) if c.is_alphanumeric() => return true,
        (Some('\'' | '’'), Some('s' | 'S')) => return true,
        (Some(' '), Some(c)) if c.is_ascii_digit() => return true,
        _ => {}
    }
    let digits = !is_spelled(num);
    // Years: "in 2026", "since 1998", "the 2019 floods". News mostly
    // writes four-digit counts with a comma, so an unseparated 1000-2100
    // is a year; but one below the years news tells of, before a word
    // ("1250 fixed cameras"), counts it.
    let counts_a_word = v < 1800.0 && {
        let mut rest = after.chars();
        rest.next() == Some(' ') && rest.next().is_some_and(|c| c.is_lowercase())
    };
    if digits && num.len() == 4 && (1000.0..=2100.0).contains(&v) && !counts_a_word {
        return true;
    }
    // "1." or "2)" opening a line is list numbering.
    let line_start = before.trim_end_matches([' ', '\t']).is_empty()
        || before.trim_end_matches([' ', '\t']).ends_with('\n');
    if line_start && matches!(after.chars().next(), Some('.' | ')')) {
        return true;
    }
    let pw = prev_word(before);
    let lpw = lower(pw);
    // A whole word with a full stop ended the sentence before ("… on
    // Wednesday. Two deputies abstained"); "Jan. 5" is an abbreviation.
    let sentence_ended = lpw.ends_with('.') && lpw.trim_end_matches('.').chars().count() > 4;
    // A number no month has as a day is no day number ("on Sunday 47 of
    // the injured").
    let day_number = p.classes.is_month_or_weekday(&lpw) && (v <= 31.0 || !digits);
    if !sentence_ended && (day_number || p.label_words.contains(&*lpw)) {
        return true;
    }
    if lpw == "no" && num.eq_ignore_ascii_case("one") {
        return true;
    }
    if !digits && v <= 20.0 && p.referring.contains(&*lpw) && !whole_of_a_part(before, pw) {
        return true;
    }
    // "Boeing 737 jets", "Windows 11 users": a name then a number is a
    // label. Not a name's possessive ("Vessmark's 14 plants"), nor a word
    // that only opens the sentence ("Whether 4,500 roles go").
    let capitalised = pw.chars().next().is_some_and(char::is_uppercase);
    let possessive = lpw.ends_with("'s") || lpw.ends_with("’s");
    // A verb that qualifies the number stands between ("Vesk passed 230
    // documents"): the name is its subject, no label.
    let qualified_by_a_verb = || {
        let first = after_start(text, start);
        first.starts_with(|c: char| c.is_ascii_lowercase())
            && p.classes.wordnet().can_be_verb(first)
            && !first.eq_ignore_ascii_case(num.split_whitespace().next().unwrap_or(""))
    };
    if digits
        && capitalised
        && !qualified_by_a_verb()
        && !possessive
        && !p.classes.is_function_word(&lpw)
        && !p.classes.is_never_name(&lpw)
        && !p.classes.is_month_or_weekday(&lpw)
        && !p.referring.contains(&*lpw)
        && !lpw.ends_with('.')
        && !p.elided.gapped(before, after)
        && !(v < 100.0 && object_of_a_verb(p, before, pw))
    {
        return true;
    }
    // "7 January": the date extractor owns day numbers.
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next();
    next.is_some_and(|w| p.classes.is_month_or_weekday(&lower(w)))
}

/// Whether the determiner `det` ending `before` follows a part's "of"
/// ("four of its six crew members", "two of the five"): the number after
/// it is the whole, told as a figure of the story, not things it named.
fn whole_of_a_part(before: &str, det: &str) -> bool {
    let rest = before.trim_end();
    let rest = rest[..rest.len() - det.len()].trim_end();
    let Some(rest) = rest.strip_suffix("of").or_else(|| rest.strip_suffix("Of")) else {
        return false;
    };
    if rest.ends_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    let part = lower(prev_word(rest));
    !part.is_empty() && crate::engine::extract::numbers::parse_number(&part).is_some()
}

/// Whether the capitalised word `name` ending `before` is a person or
/// place a verb acts on, so the number after it counts ("passed Vosk 38
/// documents", "handed Mr Vosk 38 documents", "interrupted Halstrom 19
/// times"): an inflected verb right before it (an honorific between), and
/// a word WordNet does not know, as surnames are. A known word is a label
/// after a verb as well ("delayed Line 3 trains"). The caller keeps this
/// to small numbers: a model number ("ordered Aerion 320 jets") runs to
/// hundreds.
fn object_of_a_verb(p: &Patterns, before: &str, name: &str) -> bool {
    let wordnet = p.classes.wordnet();
    let lname = lower(name);
    if wordnet.is_lemma(&lname) || wordnet.is_noun_form(&lname) {
        return false;
    }
    let rest = |s: &str, w: &str| {
        let t = s.trim_end();
        t[..t.len() - w.len()].to_string()
    };
    let mut left = rest(before, name);
    let mut verb = prev_word(&left).to_string();
    if p.classes.is_honorific(&verb) {
        left = rest(&left, &verb);
        verb = prev_word(&left).to_string();
    }
    let inflected = wordnet.lemma(&verb) != verb.as_str();
    !verb.is_empty()
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && inflected
        && wordnet.can_be_verb(&verb)
        && !wordnet.is_noun_form(&verb)
}

/// The word a match starts with.
fn after_start(text: &str, start: usize) -> &str {
    let rest = &text[start..];
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..end]
}
