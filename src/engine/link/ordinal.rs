//! Written ordinals ("the 36th minute", "the 11th district"): places in
//! a sequence of their noun's things, so two ordinals of different things
//! ("the 94th minute", "the 94th edition") never state one fact (see
//! `block`).

use super::facts::Mention;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;

/// For each mention, whether it opens on a written ordinal ("36th").
pub(super) fn ordinals(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text[m.span.clone()];
            m.kind == Kind::Count && ordinal_word(text.split_whitespace().next().unwrap_or(""))
        })
        .collect()
}

fn ordinal_word(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}

#[cfg(test)]
mod tests {
    use super::ordinal_word;

    #[test]
    fn written_ordinals_are_told_from_numbers() {
        assert!(ordinal_word("36th"));
        assert!(ordinal_word("3rd"));
        assert!(!ordinal_word("36"));
        assert!(!ordinal_word("36km"));
        assert!(!ordinal_word("th"));
    }
}
