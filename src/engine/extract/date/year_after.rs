//! A year named after a yearless date by its place beside the
//! publication year: "by 17 March next year", "in June last year", "on
//! 4 May this year". The words after the date fix its year as a stated
//! year would; without them the nearest year is a guess.

use jiff::civil::Date;

/// The year that "next year", "last year" or "this year" right after a
/// date (ending at byte `end`) names, counted from the publication date,
/// and the byte where those words end.
pub fn year_after(text: &str, end: usize, published: Option<Date>) -> Option<(i16, usize)> {
    let pd = published?;
    let rest = text.get(end..)?;
    let lead = rest.len() - rest.trim_start_matches([' ', ',']).len();
    if lead == 0 || rest[..lead].contains(",,") {
        return None;
    }
    let words = &rest[lead..];
    for (word, offset) in [("next year", 1), ("last year", -1), ("this year", 0)] {
        // `get` both bounds the slice and keeps it on a char boundary.
        let hit = words
            .get(..word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word));
        let whole_word = || {
            !words[word.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’')
        };
        if hit && whole_word() {
            return Some((pd.year() + offset, end + lead + word.len()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pd() -> Option<Date> {
        Some(Date::new(2027, 8, 30).unwrap())
    }

    #[test]
    fn next_last_and_this_year_count_from_the_publication_year() {
        let t = "a decision by 17 March next year, it said";
        let end = t.find(" next").unwrap();
        assert_eq!(
            year_after(t, end, pd()),
            Some((2028, end + " next year".len()))
        );
        let t = "it opened in June last year.";
        let end = t.find(" last").unwrap();
        assert_eq!(year_after(t, end, pd()).map(|y| y.0), Some(2026));
        let t = "on 4 May this year";
        assert_eq!(
            year_after(t, t.find(" this").unwrap(), pd()).map(|y| y.0),
            Some(2027)
        );
    }

    #[test]
    fn other_words_or_no_publication_date_name_no_year() {
        let t = "by 17 March next yearly review";
        assert_eq!(year_after(t, t.find(" next").unwrap(), pd()), None);
        let t = "on 17 March, and next year the plant closes";
        assert_eq!(year_after(t, t.find(',').unwrap(), pd()), None);
        let t = "by 17 March next year";
        assert_eq!(year_after(t, t.find(" next").unwrap(), None), None);
        assert_eq!(year_after(t, t.len(), pd()), None);
    }
}
