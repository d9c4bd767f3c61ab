//! The analysis, reporting how far it has got: for callers that run it in
//! the background and show progress (the reader's first frame does not
//! wait for it).
//!
//! Today the linker reports only its start and its end, as articles done
//! of all: `analyze` has no hook inside its per-article pass yet. A hook
//! there (calling `report` after each article's extraction) would make the
//! count move article by article without changing this signature.

use super::FactSet;
use super::load::Corpus;

/// Runs [`super::analyze`] over `corpus`, calling `report(done, total)`
/// with the articles analysed so far.
pub fn analyze_with_progress(corpus: &Corpus, mut report: impl FnMut(usize, usize)) -> FactSet {
    let total = corpus.articles.len();
    report(0, total);
    let facts = super::analyze(corpus);
    report(total, total);
    facts
}
