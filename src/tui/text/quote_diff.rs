//! Word-level differences between two versions of a quote, as delta or
//! vimdiff show them: words only one version has are marked, the rest is
//! left plain.

use ratatui::style::Style;
use similar::{Algorithm, DiffTag, capture_diff_slices};

use crate::tui::sanitize;
use crate::tui::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    /// In the version, not in the reference.
    Inserted,
    /// In the reference, not in the version.
    Deleted,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffWord<'a> {
    pub word: &'a str,
    pub change: Change,
}

/// What a word is compared by. Outlets' house styles change capitals and
/// punctuation ("Great Honour," / "great honour") without changing what
/// was said, so those do not count as differences.
fn key(word: &str) -> String {
    let k: String = word
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if k.is_empty() { word.to_string() } else { k }
}

/// `version` word by word against `reference`: its own words as `Same` or
/// `Inserted`, with the reference's missing words as `Deleted` where they
/// would have been.
pub fn diff<'a>(reference: &'a str, version: &'a str) -> Vec<DiffWord<'a>> {
    let old: Vec<&str> = reference.split_whitespace().collect();
    let new: Vec<&str> = version.split_whitespace().collect();
    let old_keys: Vec<String> = old.iter().map(|w| key(w)).collect();
    let new_keys: Vec<String> = new.iter().map(|w| key(w)).collect();
    let mut out = Vec::new();
    let mut push = |words: &[&'a str], change| {
        out.extend(words.iter().map(|&word| DiffWord { word, change }));
    };
    for op in capture_diff_slices(Algorithm::Patience, &old_keys, &new_keys) {
        let (tag, o, n) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => push(&new[n], Change::Same),
            DiffTag::Delete => push(&old[o], Change::Deleted),
            DiffTag::Insert => push(&new[n], Change::Inserted),
            DiffTag::Replace => {
                push(&old[o], Change::Deleted);
                push(&new[n], Change::Inserted);
            }
        }
    }
    out
}

/// Each word with its style: changed ones in the theme's diff styles over
/// `base`, the rest in `base`. Safe to draw (control characters escaped).
pub fn styled(words: &[DiffWord<'_>], base: Style, t: &Theme) -> Vec<(String, Style)> {
    words
        .iter()
        .map(|w| {
            let style = match w.change {
                Change::Same => base,
                Change::Inserted => base.patch(t.diff_insert),
                Change::Deleted => base.patch(t.diff_delete),
            };
            (sanitize::plain(w.word), style)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(reference: &str, version: &str) -> Vec<(String, Change)> {
        diff(reference, version)
            .into_iter()
            .map(|w| (w.word.to_string(), w.change))
            .collect()
    }

    #[test]
    fn a_changed_word_shows_as_deleted_then_inserted() {
        use Change::*;
        let c = changes(
            "It was a great honor to speak",
            "It was a Great Honour to speak",
        );
        let want = [
            ("It", Same),
            ("was", Same),
            ("a", Same),
            ("Great", Same),
            ("honor", Deleted),
            ("Honour", Inserted),
            ("to", Same),
            ("speak", Same),
        ];
        let want: Vec<(String, Change)> = want.iter().map(|(w, c)| (w.to_string(), *c)).collect();
        assert_eq!(c, want);
    }

    #[test]
    fn added_and_dropped_words_are_marked() {
        let c = changes("we talked for an hour", "we talked for hour today");
        assert!(c.contains(&("an".into(), Change::Deleted)), "{c:?}");
        assert!(c.contains(&("today".into(), Change::Inserted)), "{c:?}");
        assert_eq!(
            c.iter().filter(|(_, ch)| *ch == Change::Same).count(),
            4,
            "{c:?}"
        );
    }

    #[test]
    fn identical_quotes_have_no_changes() {
        let c = changes("Same words, here.", "same words here");
        assert!(c.iter().all(|(_, ch)| *ch == Change::Same), "{c:?}");
    }
}
