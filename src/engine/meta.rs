//! Guessing an article's title, outlet, date and byline from its text.

use super::article::Meta;

/// A first, simple guess; refined heuristics live here too.
pub fn guess(text: &str, id: &str) -> Meta {
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or(id)
        .to_string();
    Meta {
        title,
        outlet: None,
        published: None,
        byline: None,
    }
}
