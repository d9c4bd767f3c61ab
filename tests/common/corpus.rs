//! Small corpora written inside a test, and the fact a mention landed in.
#![allow(dead_code)]

use crossread::engine::link::FactSet;
use crossread::engine::load::{Corpus, article_from_bytes};

/// A corpus of these article texts, one outlet each.
pub fn corpus(texts: &[&str]) -> Corpus {
    let mut c = Corpus::default();
    for (i, t) in texts.iter().enumerate() {
        let mut notes = Vec::new();
        let a = article_from_bytes(&format!("t/{i:03}_outlet.txt"), t.as_bytes(), &mut notes)
            .expect("test article loads");
        c.articles.push(a);
    }
    c
}

/// The fact holding the mention with exactly this text in article `a`.
pub fn fact_of(c: &Corpus, f: &FactSet, a: usize, text: &str) -> usize {
    let m = (0..f.mentions.len())
        .find(|&m| {
            f.mentions[m].article == a && &c.articles[a].text[f.mentions[m].span.clone()] == text
        })
        .unwrap_or_else(|| panic!("no mention {text:?} in article {a}"));
    f.fact_of[m]
}
