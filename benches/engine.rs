//! Extraction and linking throughput on a generated corpus of 1,000
//! articles. Run with `cargo bench --bench engine`; the README reports
//! the MB/s figures it prints.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crossread::engine::article::OffsetMap;
use crossread::engine::extract;
use crossread::engine::load::{Corpus, article_from_bytes};
use crossread::engine::model::DocInfo;

/// Sentences in several news styles, recombined per article so that the
/// corpus is varied but reproducible (no RNG crate needed: a fixed LCG).
const SENTENCES: &[&str] = &[
    "A 6.1-magnitude earthquake struck the mountainous province on Tuesday, killing at least 24 people and injuring more than 140, officials said.",
    "The quake hit at 7:37 a.m. local time at a depth of 10 kilometers (six miles), the geological survey said.",
    "\"We are still hearing voices under the rubble,\" said Irena Valcheva, head of the emergency service.",
    "Prosecutors had asked for 14 years, but Judge Eleanor Whitcombe handed him a 10-year sentence on March 5, 2026.",
    "The jury deliberated for two days before convicting him on three counts of wire fraud in November.",
    "The company was ordered to pay $43,350 in back wages and £1.7 million in fines, while the claim reached €2.4bn.",
    "About 8,400 workers walked out last Wednesday, demanding a 12% increase, and the strike costs R26 million a day.",
    "Talks lasted nearly four hours on Monday but ended without a deal, according to the union's general secretary.",
    "Secretary of State Marco Rubio met his counterpart in Washington for a two-hour meeting last week.",
    "Turnout was 61.4 percent, up from 58% in 2019, with dozens of polling stations opening late.",
    "The hour-long phone call between the two presidents came after weeks of tension over tariffs.",
    "Rescuers pulled 31 bodies from the rubble by Wednesday evening, and hundreds remain missing.",
];

fn corpus(n: usize) -> Corpus {
    let mut state: u64 = 0x5eed;
    let mut next = || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    let mut c = Corpus::default();
    for i in 0..n {
        let mut text = format!(
            "Headline number {i} about the story\n\nBy Staff Writer\nPublished March {}, 2026\n\n",
            1 + i % 28
        );
        for _ in 0..(20 + next() % 20) {
            text.push_str(SENTENCES[next() % SENTENCES.len()]);
            text.push(if next() % 3 == 0 { '\n' } else { ' ' });
        }
        let mut notes = Vec::new();
        if let Some(a) = article_from_bytes(&format!("gen/{i:04}.txt"), text.as_bytes(), &mut notes)
        {
            c.articles.push(a);
        }
    }
    c
}

fn bench(c: &mut Criterion) {
    let corpus = corpus(1000);
    let bytes: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    assert!(
        corpus
            .articles
            .iter()
            .all(|a| a.offsets == OffsetMap::identity())
    );

    let mut g = c.benchmark_group("engine");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    let extractor = extract::Extractor::new();
    g.bench_function("extract_1000_articles", |b| {
        b.iter(|| {
            let mut n = 0;
            for a in &corpus.articles {
                let doc = DocInfo {
                    published: a.meta.published,
                };
                n += extractor.extract(black_box(&a.text), &doc).len();
            }
            n
        })
    });
    g.bench_function("analyze_1000_articles", |b| {
        b.iter(|| crossread::engine::analyze(black_box(&corpus)).facts.len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
