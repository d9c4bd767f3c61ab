//! Scoring a held-out cluster of tests/fixtures/heldout with the engine.

use std::path::{Path, PathBuf};

use super::score::{Score, score};
use crossread::engine::link::Status;
use crossread::engine::{analyze, load};

/// The cluster's scores against its gold, and how many ✗ it shows.
pub fn run(name: &str) -> (Score, usize) {
    let dir: PathBuf = ["tests", "fixtures", "heldout", name].iter().collect();
    let corpus = load::load_paths(std::slice::from_ref(&dir)).expect("cluster loads");
    let facts = analyze(&corpus);
    let conflicts = facts
        .facts
        .iter()
        .filter(|f| f.status == Status::Conflict)
        .count();
    (
        score(&dir.join("gold.json"), Path::new(&dir), &corpus, &facts),
        conflicts,
    )
}
