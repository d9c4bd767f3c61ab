//! Written ordinals ("the 36th minute", "the 11th district"): places in
//! a sequence of their noun's things, so two ordinals of different things
//! ("the 94th minute", "the 94th edition") never state one fact (see
//! `block`).

use super::facts::Mention;
use crate::engine::extract::count::written_ordinal;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;

/// For each mention, whether it opens on a written ordinal ("36th").
pub(super) fn ordinals(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text[m.span.clone()];
            m.kind == Kind::Count
                && written_ordinal(text.split_whitespace().next().unwrap_or("")).is_some()
        })
        .collect()
}
