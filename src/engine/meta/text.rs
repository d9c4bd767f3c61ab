//! Pattern-free checks on lines and words that the guesses share.

use std::ops::Range;

use super::{MAX_HEADLINE_WORDS, MAX_TITLE_CHARS};

/// Trims whitespace, BOMs and zero-width spaces, which never matter here.
pub(super) fn clean(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}'))
}

/// The longest prefix of `s` within `max` bytes that ends on a char boundary.
pub(super) fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The byte ranges of a line's fields: the parts set apart by `|`, `•`,
/// `·`, a tab or a run of two or more spaces, as page headers lay out
/// menus and masthead items. Single spaces do not split.
pub(super) fn fields(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_space = chars.peek().is_some_and(|&(_, n)| n.is_whitespace());
        let breaks = matches!(c, '|' | '•' | '·' | '\t') || (c.is_whitespace() && next_space);
        if !breaks {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, n)) = chars.peek() {
            if !(n.is_whitespace() || matches!(n, '|' | '•' | '·')) {
                break;
            }
            end = j + n.len_utf8();
            chars.next();
        }
        push_trimmed(&mut out, line, start..i);
        start = end;
    }
    push_trimmed(&mut out, line, start..line.len());
    out
}

fn push_trimmed(out: &mut Vec<Range<usize>>, line: &str, r: Range<usize>) {
    let part = &line[r.clone()];
    let lead = part.len() - part.trim_start().len();
    let trimmed = part.trim();
    if !trimmed.is_empty() {
        out.push(r.start + lead..r.start + lead + trimmed.len());
    }
}

pub(super) fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Ends with a sentence period, not an abbreviation like "U.S.".
pub(super) fn ends_sentence(line: &str) -> bool {
    let l = line.trim_end_matches(['"', '”', '’', '\'', ')']);
    if !l.ends_with('.') || l.ends_with("...") {
        return false;
    }
    let last = l.split_whitespace().last().unwrap_or("");
    last.matches('.').count() == 1
}

pub(super) fn is_prose(line: &str) -> bool {
    let w = word_count(line);
    w >= 25 || (w >= 12 && (ends_sentence(line) || line.ends_with(['!', '?'])))
}

pub(super) fn is_headline_shaped(line: &str) -> bool {
    let w = word_count(line);
    (3..=MAX_HEADLINE_WORDS).contains(&w)
        && !ends_sentence(line)
        && !line.ends_with([',', ';', ':'])
        && line.chars().any(char::is_alphabetic)
        && !line.chars().next().is_some_and(char::is_lowercase)
}

/// Connecting words a headline leaves in lower case.
const SMALL_WORDS: &str = include_str!("../../../assets/words/headline_small_words.txt");

fn is_small_word(lower: &str) -> bool {
    crate::engine::words::entries(SMALL_WORDS).any(|e| e == lower)
}

/// Most words capitalised, small connecting words aside.
pub(super) fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .filter(|w| !is_small_word(&w.to_lowercase()))
        .collect();
    let upper = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && upper * 10 >= words.len() * 8
}

pub(super) fn first_sentence(s: &str) -> String {
    let s = cut(s, 600);
    let mut prev_word_start = 0;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            prev_word_start = i + c.len_utf8();
            continue;
        }
        if matches!(c, '.' | '!' | '?') {
            let word = &s[prev_word_start..i];
            let next = s[i + c.len_utf8()..].chars().next();
            let abbreviation = c == '.' && (word.contains('.') || word.chars().count() <= 2);
            if next.is_none_or(char::is_whitespace) && !abbreviation {
                return s[..i].to_string();
            }
        }
    }
    s.to_string()
}

/// Caps a title at [`MAX_TITLE_CHARS`], at a word boundary, with an ellipsis.
pub(super) fn limit_title(t: &str) -> String {
    let t = t.trim().trim_end_matches(['.', ' ']);
    if t.chars().count() <= MAX_TITLE_CHARS {
        return t.to_string();
    }
    let mut out = String::new();
    for w in t.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > MAX_TITLE_CHARS - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.push('…');
    out
}

pub(super) fn month_number(name: &str) -> Option<i8> {
    let key: String = name.chars().take(3).collect::<String>().to_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months.iter().position(|m| *m == key).map(|i| i as i8 + 1)
}

/// The part of a label's value before a date, a separator or a clause.
pub(super) fn cut_at_separator(s: &str) -> &str {
    let end = s
        .find([',', '|', '•', '·', ';', '('])
        .into_iter()
        .chain(
            [" - ", " – ", " — ", " on ", " at "]
                .iter()
                .filter_map(|p| s.find(p)),
        )
        .min()
        .unwrap_or(s.len());
    s[..end].trim()
}

pub(super) fn clean_outlet(o: &str) -> Option<String> {
    let o = o.trim().trim_end_matches(['.', ':', '-']).trim();
    let ok = !o.is_empty()
        && o.chars().count() <= 60
        && (1..=6).contains(&word_count(o))
        && o.chars().any(char::is_alphabetic)
        && !o.chars().next().is_some_and(char::is_lowercase);
    ok.then(|| o.to_string())
}

/// "de", "van", "bin": lower-case parts of a personal name.
const NAME_PARTICLES: &str = include_str!("../../../assets/words/name_particles.txt");

/// A particle, or a word joining two names ("Ali Veli and Ayşe de Vries").
fn joins_names(lower: &str) -> bool {
    matches!(lower, "and" | "&")
        || crate::engine::words::entries(NAME_PARTICLES).any(|e| e == lower)
}

/// `s` if it reads as one or more personal names: capitalised words,
/// name particles, at least two name words.
pub(super) fn person_name(s: &str) -> Option<String> {
    let s = clean(s)
        .trim_end_matches([',', ';', ':', '|', '-', '–', '—'])
        .trim();
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > 8 || s.chars().count() > 80 {
        return None;
    }
    let mut names = 0;
    for w in &words {
        if joins_names(&w.to_lowercase()) {
            continue;
        }
        let starts_upper = w.chars().next().is_some_and(char::is_uppercase);
        let letters = w.chars().all(|c| c.is_alphabetic() || ".'’-".contains(c));
        if !starts_upper || !letters {
            return None;
        }
        names += 1;
    }
    (names >= 2).then(|| s.to_string())
}

/// A name set in capitals ("DANIEL FORTIER") in ordinary case; other
/// names as written, since "McDonald" or "de Vries" cannot be re-derived.
pub(super) fn tidy_name(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_need_two_capitalised_words() {
        assert_eq!(person_name("Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(
            person_name("Ali Veli and Ayşe de Vries").as_deref(),
            Some("Ali Veli and Ayşe de Vries")
        );
        assert_eq!(person_name("Reuters"), None);
        assert_eq!(person_name("the staff"), None);
        assert_eq!(person_name("Jane Doe 3"), None);
    }

    #[test]
    fn capitalised_names_get_ordinary_case() {
        assert_eq!(tidy_name("DANIEL FORTIER"), "Daniel Fortier");
        assert_eq!(tidy_name("JEAN-LUC O'NEILL"), "Jean-Luc O'Neill");
        assert_eq!(tidy_name("Ellen McDonald"), "Ellen McDonald");
    }

    #[test]
    fn sentence_end_ignores_abbreviations() {
        assert!(ends_sentence("The talks ended."));
        assert!(!ends_sentence("Petro to visit the U.S."));
        assert!(!ends_sentence("Wait for it..."));
        assert_eq!(first_sentence("Mr. Doe came. Then left."), "Mr. Doe came");
        // A multi-byte space before the period once split a char.
        assert_eq!(first_sentence("A\u{a0}. Next"), "A\u{a0}. Next");
        assert_eq!(first_sentence("Done\u{3000}now. Next"), "Done\u{3000}now");
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let long = "word ".repeat(100);
        let t = limit_title(&long);
        assert!(t.chars().count() <= MAX_TITLE_CHARS);
        assert!(t.ends_with("word…"));
    }

    #[test]
    fn fields_split_on_marks_and_space_runs_only() {
        let line = "Home  World | Sign in\tMore · x y";
        let parts: Vec<&str> = fields(line).into_iter().map(|r| &line[r]).collect();
        assert_eq!(parts, ["Home", "World", "Sign in", "More", "x y"]);
        assert_eq!(fields(" a b ").first(), Some(&(1..4)));
        assert_eq!(fields(" a b ").len(), 1);
        assert!(fields("  |  ").is_empty());
    }

    #[test]
    fn cut_respects_char_boundaries() {
        assert_eq!(cut("ééé", 3), "é");
        assert_eq!(cut("abc", 10), "abc");
    }
}
