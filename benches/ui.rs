//! The reader's speed targets (issue 9): the first frame with the seeds
//! (≤ 50 ms), the first frame with 1,000 generated articles (≤ 300 ms),
//! and a key to its frame once the analysis is done (≤ 16 ms). A first
//! frame is what the binary does before it can show anything: load the
//! articles, build the app (the analysis runs in the background, so not
//! here), fit it to the screen and draw. Drawing is on a `TestBackend`.
//!
//! Run with `cargo bench --bench ui`. The 1,000-article corpus comes from
//! `python3 ../shared/eval/gen_corpus.py DIR 1000`; without it that bench
//! is skipped with a note.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};
use crossread::engine::load::{self, Corpus};
use crossread::tui::keymap::Keymap;
use crossread::tui::theme::Theme;
use crossread::tui::{Action, App, Update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const W: u16 = 160;
const H: u16 = 48;

/// Everything up to and including the first frame, as `tui::run` does it.
fn first_frame(corpus: Corpus) -> Terminal<TestBackend> {
    let mut app = App::loading(corpus, Keymap::default(), Theme::default());
    app.update(Action::Resize(W, H));
    let mut term = Terminal::new(TestBackend::new(W, H)).expect("a test terminal");
    term.draw(|f| f.render_widget(&app, f.area()))
        .expect("draw");
    term
}

fn seeds_first_frame(c: &mut Criterion) {
    c.bench_function("first frame, seeds (load + draw)", |b| {
        b.iter(|| black_box(first_frame(load::load_seeds())))
    });
}

/// A generated corpus of 1,000 articles, made once per run.
fn generated(dir: &Path) -> Option<PathBuf> {
    let script = Path::new("../shared/eval/gen_corpus.py");
    if !script.exists() {
        eprintln!(
            "note: {} is absent; the 1,000-article bench is skipped",
            script.display()
        );
        return None;
    }
    let out = dir.join("corpus");
    let ok = Command::new("python3")
        .arg(script)
        .arg(&out)
        .arg("1000")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!(
            "note: python3 could not generate the corpus; the 1,000-article bench is skipped"
        );
        return None;
    }
    Some(out)
}

fn thousand_first_frame(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let Some(path) = generated(dir.path()) else {
        return;
    };
    let mut group = c.benchmark_group("first frame, 1,000 articles");
    group.sample_size(10);
    // The loader's share (reading files, guessing titles and dates), to
    // tell it from the reader's.
    group.bench_function("load only", |b| {
        b.iter(|| {
            black_box(load::load_paths(std::slice::from_ref(&path)).expect("the corpus loads"))
        })
    });
    // The reader's share: the app built over loaded articles and drawn.
    let loaded = load::load_paths(std::slice::from_ref(&path)).expect("the corpus loads");
    group.bench_function("draw only", |b| {
        b.iter_batched(
            || loaded.clone(),
            |corpus| black_box(first_frame(corpus)),
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("load + draw", |b| {
        b.iter(|| {
            let corpus = load::load_paths(std::slice::from_ref(&path)).expect("the corpus loads");
            black_box(first_frame(corpus))
        })
    });
    group.finish();
}

fn key_to_frame(c: &mut Criterion) {
    let corpus = load::load_seeds();
    let facts = crossread::engine::analyze(&corpus);
    let mut app = App::loading(corpus, Keymap::default(), Theme::default());
    app.update(Action::Resize(W, H));
    app.update(Update::Facts(Box::new(facts)));
    // Close the overview: the reader is where most keys land.
    app.update(Action::Close);
    let mut term = Terminal::new(TestBackend::new(W, H)).expect("a test terminal");
    let key = |c: char| Update::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let mut group = c.benchmark_group("key to frame");
    // j in the reader, ] to the next value (moves highlights and the
    // panel's detail), and the overview toggled (rows rebuilt).
    for (name, keys) in [
        ("j in the reader", vec!['l', 'j']),
        ("] next value", vec![']']),
        ("n next article", vec!['n']),
        ("o overview and back", vec!['o']),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                for &k in &keys {
                    app.update(key(k));
                }
                term.draw(|f| f.render_widget(&app, f.area()))
                    .expect("draw");
            })
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    seeds_first_frame,
    thousand_first_frame,
    key_to_frame
);
criterion_main!(benches);
