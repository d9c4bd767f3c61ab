//! Per-extractor throughput in MB/s on the seeds and test clusters,
//! repeated to ~1 MB: `cargo run --release --example extract_speed`.
//! The criterion bench (`cargo bench --bench engine`) is the reference
//! figure; this breaks it down to find the slow extractor.
use crossread::engine::extract::*;
use crossread::engine::model::DocInfo;
use std::time::Instant;
fn main() {
    let mut text = String::new();
    for f in std::fs::read_dir("seeds").unwrap() {
        text.push_str(&std::fs::read_to_string(f.unwrap().path()).unwrap());
    }
    for c in ["quake", "court", "wire"] {
        for f in std::fs::read_dir(format!("tests/fixtures/clusters/{c}")).unwrap() {
            let p = f.unwrap().path();
            if p.extension().map(|e| e == "txt").unwrap_or(false) {
                text.push_str(&std::fs::read_to_string(p).unwrap());
            }
        }
    }
    let arts: Vec<String> = std::iter::repeat_n(text.clone(), 20).collect();
    let mb = arts.iter().map(|a| a.len()).sum::<usize>() as f64 / 1e6;
    let doc = DocInfo::default();
    let t = Instant::now();
    let p = date::Patterns::new();
    for a in &arts {
        date::extract_with(&p, a, &doc);
    }
    println!("date {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let p = clock::Patterns::new();
    for a in &arts {
        clock::extract_with(&p, a, &doc);
    }
    println!("clock {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let p = duration::Patterns::new();
    for a in &arts {
        duration::extract_with(&p, a, &doc);
    }
    println!("duration {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let p = money::Patterns::new();
    for a in &arts {
        money::extract_with(&p, a, &doc);
    }
    println!("money {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let p = quantity::Patterns::new();
    for a in &arts {
        quantity::extract_with(&p, a, &doc);
    }
    println!("quantity {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let p = count::Patterns::new();
    for a in &arts {
        count::extract_with(&p, a, &doc);
    }
    println!("count {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    for a in &arts {
        entity::extract(a, &doc);
    }
    println!("entity(+setup) {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let t = Instant::now();
    for a in &arts {
        quote::extract(a, &doc);
    }
    println!("quote(+setup) {:.1} MB/s", mb / t.elapsed().as_secs_f64());
    let x = Extractor::new();
    let t = Instant::now();
    for a in &arts {
        x.extract(a, &doc);
    }
    println!("all {:.1} MB/s ({} MB)", mb / t.elapsed().as_secs_f64(), mb);
}
