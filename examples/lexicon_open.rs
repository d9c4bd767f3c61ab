//! How long the embedded WordNet lexicon and exchange-rate table take to
//! open, and how fast lookups are.
//!
//! Run: `cargo run --release --example lexicon_open`

use crossread::engine::fx::Rates;
use crossread::engine::wordnet::Lexicon;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Median wall time of `runs` calls of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    let open = median(1001, || {
        black_box(Lexicon::embedded());
    });
    let rates = median(1001, || {
        black_box(Rates::embedded());
    });
    println!("Lexicon::embedded()    median {open:?}");
    println!("Rates::embedded()      median {rates:?}");

    let lex = Lexicon::embedded();
    let words = [
        "paid",
        "settling",
        "wages",
        "children",
        "died",
        "resigned",
        "killing",
        "earnings",
        "payment",
        "settlement",
        "the",
        "zelenskyy",
        "larger",
        "boxes",
        "running",
        "gas",
    ];
    let rounds = 2_000;
    let start = Instant::now();
    for _ in 0..rounds {
        for word in words {
            black_box(lex.lemma(black_box(word)));
        }
    }
    let per_lemma = start.elapsed() / (rounds * words.len()) as u32;
    let start = Instant::now();
    for _ in 0..rounds {
        for pair in words.windows(2) {
            black_box(lex.related(black_box(pair[0]), black_box(pair[1])));
        }
    }
    let per_related = start.elapsed() / (rounds * (words.len() - 1)) as u32;
    let start = Instant::now();
    for _ in 0..rounds {
        for word in words {
            black_box(lex.word_concepts(black_box(word)));
        }
    }
    let per_word_concepts = start.elapsed() / (rounds * words.len()) as u32;
    println!("Lexicon::lemma         {per_lemma:?} per word");
    println!("Lexicon::word_concepts {per_word_concepts:?} per word");
    println!("Lexicon::related       {per_related:?} per pair");
}
