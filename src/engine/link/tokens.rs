//! Words of an article with their byte offsets, sentence numbers and the
//! clause breaks between them: the raw material of a mention's context.

use std::ops::Range;

use super::lexicon::Lexicon;

/// How strongly a break separates the words on either side of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Break {
    None,
    /// A comma: often a list or an aside, only a weak separation.
    Comma,
    /// "and", "but", "while": they join clauses, but as often just nouns
    /// ("family and associates").
    Conjunction,
    /// ";", ":", a dash, a bracket, or "and"/"but" between clauses.
    Clause,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub span: Range<usize>,
    /// Lowercase form, possessive "'s" removed.
    pub lower: String,
    pub capitalized: bool,
    pub sentence: u32,
    /// The strongest break between the previous token and this one.
    pub before: Break,
}

/// Splits `text` into tokens. Linear in the text length.
pub fn tokenize(text: &str, lexicon: &Lexicon) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut sentence: u32 = 0;
    let mut pending = Break::None;
    let mut sentence_end_pending = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                // Apostrophes inside a word keep it whole ("don't", "Colombia's").
                let inner_apostrophe = (d == '\'' || d == '’')
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                let inner_point = d == '.'
                    && text[..j].chars().last().is_some_and(|p| p.is_ascii_digit())
                    && text[j + 1..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_ascii_digit());
                if d.is_alphanumeric() || d == '\u{0301}' || inner_apostrophe || inner_point {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &text[i..end];
            let mut lower = word.to_lowercase();
            for suffix in ["'s", "’s"] {
                if let Some(stripped) = lower.strip_suffix(suffix) {
                    lower = stripped.to_string();
                }
            }
            if sentence_end_pending {
                sentence += 1;
                sentence_end_pending = false;
                pending = Break::None;
            }
            let mut before = pending;
            if lexicon.is_clause_word(&lower) {
                pending = Break::Conjunction;
            } else {
                pending = Break::None;
            }
            if before == Break::None && out.last().is_some_and(|t| t.sentence != sentence) {
                before = Break::None;
            }
            out.push(Token {
                span: i..end,
                capitalized: c.is_uppercase(),
                lower,
                sentence,
                before,
            });
            continue;
        }
        match c {
            '\n' if !out.is_empty() => sentence_end_pending = true,
            '.' | '!' | '?' => {
                let prev = out.last().map(|t| t.lower.as_str()).unwrap_or("");
                let abbreviation = lexicon.is_abbreviation(prev)
                    || (prev.chars().count() == 1 && prev.chars().all(char::is_alphabetic));
                let next_starts = text[i + c.len_utf8()..]
                    .chars()
                    .find(|n| !matches!(n, ' ' | '"' | '”' | '’' | '\'' | ')' | '\t'))
                    .is_none_or(|n| {
                        n.is_uppercase() || n == '\n' || n == '\r' || !n.is_alphabetic()
                    });
                if (!abbreviation || c != '.') && next_starts && !out.is_empty() {
                    sentence_end_pending = true;
                }
            }
            ',' => pending = pending_max(pending, Break::Comma),
            ';' | ':' | '(' | ')' | '—' | '–' | '[' | ']' => {
                pending = pending_max(pending, Break::Clause)
            }
            _ => {}
        }
    }
    out
}

fn pending_max(a: Break, b: Break) -> Break {
    let rank = |x: Break| match x {
        Break::None => 0,
        Break::Comma => 1,
        Break::Conjunction => 2,
        Break::Clause => 3,
    };
    if rank(a) >= rank(b) { a } else { b }
}

/// Index of the first token that ends after `offset`.
pub fn first_token_at(tokens: &[Token], offset: usize) -> usize {
    tokens.partition_point(|t| t.span.end <= offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokenize(text: &str) -> Vec<Token> {
        super::tokenize(text, &Lexicon::new())
    }

    fn words(text: &str) -> Vec<(String, u32)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.lower, t.sentence))
            .collect()
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let w = words("Mr. Smith met U.S. officials on Jan. 7. They talked.\nNew line");
        let sentence_of = |s: &str| w.iter().find(|(x, _)| x == s).unwrap().1;
        assert_eq!(sentence_of("smith"), sentence_of("officials"));
        assert_eq!(sentence_of("officials"), sentence_of("7"));
        assert_eq!(sentence_of("they"), sentence_of("7") + 1);
        assert_eq!(sentence_of("new"), sentence_of("talked") + 1);
    }

    #[test]
    fn keeps_decimals_and_possessives_whole() {
        let w = words("Colombia’s 6.1 quake, don't");
        let lower: Vec<&str> = w.iter().map(|(x, _)| x.as_str()).collect();
        assert_eq!(lower, ["colombia", "6.1", "quake", "don't"]);
    }

    #[test]
    fn marks_clause_breaks() {
        let t = tokenize("visa in September and sanctions in October, later; then");
        let b: Vec<Break> = t.iter().map(|t| t.before).collect();
        assert_eq!(b[4], Break::Conjunction, "{:?}", t[4].lower); // sanctions after "and"
        assert_eq!(b[7], Break::Comma); // later
        assert_eq!(b[8], Break::Clause); // then
    }

    #[test]
    fn spans_are_exact_slices() {
        let text = "Ünïcode — 東京 emoji 🙂 text.";
        for t in tokenize(text) {
            assert_eq!(text[t.span.clone()].to_lowercase(), t.lower);
        }
    }
}
