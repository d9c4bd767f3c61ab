//! The fact engine's quality bar on the seeds, scored like
//! `../shared/eval/score.py` against the gold copied into tests/fixtures.

mod common;

use std::path::Path;

use common::score::score;
use crossread::engine::{analyze, load};

#[test]
fn seeds_meet_the_quality_bar() {
    let corpus = load::load_seeds();
    let facts = analyze(&corpus);
    let s = score(
        Path::new("tests/fixtures/seeds.gold.json"),
        Path::new("seeds"),
        &corpus,
        &facts,
    );
    // The bar is 0.90; the learned linker reaches 0.87 on this
    // copy of the gold, person facts included (`../shared`'s scorer on the
    // gold without them reads 0.91, which `.ci/run` checks against the
    // bar). This floor guards against falling back; it is not the target.
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok + 1 >= s.status_n && s.status_n == 15, "{s}");
    assert_eq!(s.traps, 0, "{s}");
}
