//! Random bytes through the loader and the whole engine: 1–3 articles made
//! by `article_from_bytes`, then `extract` and `analyze`. Nothing may
//! panic, and what `facts --json` prints must stay consistent: spans on
//! char boundaries, file offsets in order and inside the file, every
//! mention in exactly one fact, the same result on every run.

use std::sync::OnceLock;

use crossread::engine::extract;
use crossread::engine::load::{Corpus, article_from_bytes_with};
use crossread::engine::meta::Guesser;
use crossread::engine::model::{DocInfo, Kind};
use crossread::engine::{analyze, report};
use proptest::prelude::*;

fn guesser() -> &'static Guesser {
    static G: OnceLock<Guesser> = OnceLock::new();
    G.get_or_init(Guesser::new)
}

/// Words and values the extractors look for, and things that trip text
/// handling (multi-byte chars, escapes, CR, BOM), to be strung together
/// so that random input still produces mentions.
const PIECES: &[&str] = &[
    "the",
    "officials said",
    "on Monday",
    "12 people",
    "died",
    "$4.5 million",
    "€300",
    "40%",
    "3 km",
    "5,000 tonnes",
    "two hours",
    "at 3:45 p.m.",
    "8 Jan 2026",
    "yesterday",
    "President Ann Lee",
    "the United Nations",
    "in Paris",
    "\"We are devastated,\" she said.",
    "“Never again,” said Mayor Bo.",
    "«non»",
    "(AP)",
    ".",
    ",",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "\u{feff}",
    "東京",
    "🙂",
    "e\u{301}",
    "שלום",
    "\x1b]0;x\x07",
    "\x1b[2J",
    "\u{9b}",
    "\u{a0}",
    "–",
    "½",
    "١٢",
];

/// Text-like bytes (pieces, with stray invalid bytes) most of the time,
/// raw random bytes sometimes.
fn article_bytes() -> impl Strategy<Value = Vec<u8>> {
    let texty = (
        proptest::collection::vec(
            prop_oneof![
                4 => proptest::sample::select(PIECES).prop_map(|s| s.to_string()),
                1 => "[ -~]{0,12}",
                1 => "\\PC{0,6}",
            ],
            0..40,
        ),
        proptest::collection::vec((any::<prop::sample::Index>(), 0x80u8..=0xFF), 0..4),
    )
        .prop_map(|(parts, stray)| {
            let mut b = parts.join(" ").into_bytes();
            for (at, byte) in stray {
                let i = at.index(b.len() + 1);
                b.insert(i, byte);
            }
            b
        });
    prop_oneof![
        4 => texty,
        1 => proptest::collection::vec(any::<u8>(), 0..400),
    ]
}

/// The files and the corpus loaded from them (the ones that loaded).
fn load(files: &[Vec<u8>]) -> (Vec<Vec<u8>>, Corpus) {
    let mut corpus = Corpus::default();
    let mut kept = Vec::new();
    for (i, bytes) in files.iter().enumerate() {
        let path = format!("a{i}.txt");
        if let Some(a) = article_from_bytes_with(guesser(), &path, bytes, &mut corpus.notes) {
            corpus.articles.push(a);
            kept.push(bytes.clone());
        }
    }
    (kept, corpus)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_articles_through_the_engine_keep_every_invariant(
        files in proptest::collection::vec(article_bytes(), 1..=3),
    ) {
        let (bytes, corpus) = load(&files);
        for (a, file) in corpus.articles.iter().zip(&bytes) {
            prop_assert_eq!(&a.text, &String::from_utf8_lossy(file));
            // Settled mentions: on char boundaries, and values and names
            // never overlap each other (quotes may hold values).
            let doc = DocInfo { published: a.meta.published };
            let ms = extract::extract(&a.text, &doc);
            for m in &ms {
                prop_assert!(m.span.start < m.span.end && m.span.end <= a.text.len());
                prop_assert!(a.text.is_char_boundary(m.span.start));
                prop_assert!(a.text.is_char_boundary(m.span.end));
            }
            let plain: Vec<_> = ms.iter().filter(|m| m.kind != Kind::Quote).collect();
            for (i, x) in plain.iter().enumerate() {
                for y in &plain[i + 1..] {
                    prop_assert!(
                        x.span.end <= y.span.start || y.span.end <= x.span.start,
                        "{:?} overlaps {:?}", x, y
                    );
                }
            }
        }

        let facts = analyze(&corpus);
        prop_assert_eq!(facts.fact_of.len(), facts.mentions.len());
        let mut seen = vec![0usize; facts.mentions.len()];
        for (fi, f) in facts.facts.iter().enumerate() {
            prop_assert!(!f.mentions.is_empty(), "empty fact {}", f.id);
            for &m in &f.mentions {
                prop_assert!(m < facts.mentions.len());
                prop_assert_eq!(facts.fact_of[m], fi);
                seen[m] += 1;
            }
        }
        prop_assert!(seen.iter().all(|&n| n == 1), "each mention in one fact: {:?}", seen);
        for m in &facts.mentions {
            prop_assert!(m.article < corpus.articles.len());
            let a = &corpus.articles[m.article];
            let file = &bytes[m.article];
            prop_assert!(m.span.start < m.span.end && m.span.end <= a.text.len());
            prop_assert!(a.text.is_char_boundary(m.span.start) && a.text.is_char_boundary(m.span.end));
            // What facts --json prints: file offsets of the span.
            let (s, e) = (a.offsets.to_file(m.span.start), a.offsets.to_file(m.span.end));
            prop_assert!(s <= e && e <= file.len(), "{}..{} in {} bytes", s, e, file.len());
            prop_assert_eq!(
                String::from_utf8_lossy(&file[s..e]),
                &a.text[m.span.clone()],
                "file bytes {}..{}", s, e
            );
        }

        // The same input gives the same output, byte for byte.
        let again = analyze(&corpus);
        prop_assert_eq!(
            report::to_json(&corpus, &facts),
            report::to_json(&corpus, &again)
        );
    }
}
