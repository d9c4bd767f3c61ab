//! Word lists kept as data under `assets/words/`: one entry a line, below
//! `#` lines that say what the list is for and where its words come from.
//!
//! Each list is embedded where its owner (a `Lexicon`, a `Gazetteer`,
//! `WordClasses`) is defined, and parsed when that owner is built, so an
//! analysis parses it once and no global cache is needed.

/// Months, their abbreviations and weekdays. The number extractors, the
/// name finder and the linker all read this one list.
pub(crate) const MONTHS_AND_DAYS: &str = include_str!("../../assets/words/months_and_days.txt");

/// The entries of a word-list file: its lines, trimmed, less the `#`
/// header and any blank line.
pub(crate) fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Panics unless `text` is a well-formed word list holding every word of
/// `known`: a `#` header, then at least one entry, no blank or padded
/// line, no entry twice. Each list's owner tests its files with this.
#[cfg(test)]
pub(crate) fn assert_well_formed(text: &str, known: &[&str]) {
    let mut lines = text.lines().peekable();
    assert!(
        lines.peek().is_some_and(|l| l.starts_with('#')),
        "a word list starts with a # header"
    );
    let body: Vec<&str> = lines.skip_while(|l| l.starts_with('#')).collect();
    assert!(!body.is_empty(), "the list has no entries");
    let mut seen = std::collections::HashSet::new();
    for line in &body {
        assert!(!line.trim().is_empty(), "blank line among the entries");
        assert_eq!(line.trim(), *line, "padded entry {line:?}");
        assert!(
            !line.starts_with('#'),
            "header line {line:?} among the entries"
        );
        assert!(seen.insert(*line), "{line:?} is listed twice");
    }
    for word in known {
        assert!(seen.contains(word), "{word:?} is missing");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_skip_the_header_and_blank_lines() {
        let text = "# what the list is for\n# where it comes from\nmay\n\n  june \n";
        assert_eq!(entries(text).collect::<Vec<_>>(), ["may", "june"]);
    }

    #[test]
    fn months_and_days_are_one_well_formed_list() {
        assert_well_formed(MONTHS_AND_DAYS, &["january", "sept", "may", "sunday"]);
        assert_eq!(entries(MONTHS_AND_DAYS).count(), 12 + 12 + 7);
    }

    #[test]
    #[should_panic(expected = "listed twice")]
    fn a_repeated_entry_is_malformed() {
        assert_well_formed("# header\nmay\nmay\n", &[]);
    }

    #[test]
    #[should_panic(expected = "blank line")]
    fn a_blank_line_is_malformed() {
        assert_well_formed("# header\nmay\n\njune\n", &[]);
    }

    #[test]
    #[should_panic(expected = "no entries")]
    fn an_empty_list_is_malformed() {
        assert_well_formed("# header only\n", &[]);
    }
}
