//! Any bytes as a file: load them, extract mentions, link them.
//!
//! The first byte picks how many articles (1–3) the input is cut into, so
//! cross-article linking is exercised too. Checks the invariants the rest of
//! the program relies on: spans on char boundaries inside the text, and file
//! offsets that stay in order inside the file.

#![no_main]

use crossread::engine::extract;
use crossread::engine::load::{Corpus, article_from_bytes_with};
use crossread::engine::meta::Guesser;
use crossread::engine::model::DocInfo;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static GUESSER: OnceLock<Guesser> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let guesser = GUESSER.get_or_init(Guesser::new);
    let (n, rest) = match data.split_first() {
        Some((&b, rest)) => (1 + (b % 3) as usize, rest),
        None => (1, data),
    };
    let chunk = rest.len().div_ceil(n).max(1);
    let mut corpus = Corpus::default();
    let mut file_len = Vec::new();
    for (i, bytes) in rest.chunks(chunk).enumerate() {
        let path = format!("a{i}.txt");
        let Some(a) = article_from_bytes_with(guesser, &path, bytes, &mut corpus.notes) else {
            continue;
        };
        assert_eq!(a.text, String::from_utf8_lossy(bytes));
        let doc = DocInfo {
            published: a.meta.published,
        };
        for m in extract::extract(&a.text, &doc) {
            assert!(m.span.start < m.span.end && m.span.end <= a.text.len());
            assert!(a.text.is_char_boundary(m.span.start));
            assert!(a.text.is_char_boundary(m.span.end));
        }
        corpus.articles.push(a);
        file_len.push(bytes.len());
    }
    let facts = crossread::engine::analyze(&corpus);
    for m in &facts.mentions {
        let a = &corpus.articles[m.article];
        assert!(a.text.is_char_boundary(m.span.start) && a.text.is_char_boundary(m.span.end));
        let (s, e) = (
            a.offsets.to_file(m.span.start),
            a.offsets.to_file(m.span.end),
        );
        assert!(s <= e && e <= file_len[m.article]);
    }
    assert_eq!(facts.fact_of.len(), facts.mentions.len());
    for (fi, f) in facts.facts.iter().enumerate() {
        for &mi in &f.mentions {
            assert_eq!(facts.fact_of[mi], fi);
        }
    }
});
