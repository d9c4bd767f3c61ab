//! Small corpora written inside a test, and the fact a mention landed in.
#![allow(dead_code)]

use crossread::engine::analyze;
use crossread::engine::link::{FactSet, Status};
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

/// One of the held-out clusters (`tests/fixtures/heldout/NAME`, invented
/// texts), loaded and analysed.
pub fn heldout(name: &str) -> (Corpus, FactSet) {
    let dir: std::path::PathBuf = ["tests", "fixtures", "heldout", name].iter().collect();
    let c = crossread::engine::load::load_paths(std::slice::from_ref(&dir)).expect("loads");
    let f = analyze(&c);
    (c, f)
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

/// For two articles: the fact of the first's mention `x`, the fact of the
/// second's mention `y`, and the first fact's status.
pub fn pair_facts(texts: &[&str], x: &str, y: &str) -> (usize, usize, Status) {
    let c = corpus(texts);
    let f = analyze(&c);
    let (p, q) = (fact_of(&c, &f, 0, x), fact_of(&c, &f, 1, y));
    (p, q, f.facts[p].status)
}
