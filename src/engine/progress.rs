//! The analysis, reporting how far it has got: for callers that run it in
//! the background and show progress (the reader's first frame does not
//! wait for it).
//!
//! The count moves as each article is extracted; linking the whole corpus
//! follows, which on a large corpus is most of the work (on 10,000
//! generated articles extraction takes about a second of some thirty), so
//! the count reaches its end well before the facts are ready.

use super::FactSet;
use super::load::Corpus;

/// Runs [`super::analyze`] over `corpus`, calling `report(done, total)`
/// with the articles analysed so far.
pub fn analyze_with_progress(corpus: &Corpus, mut report: impl FnMut(usize, usize)) -> FactSet {
    let total = corpus.articles.len();
    report(0, total);
    super::link::analyze_reporting(corpus, &mut report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_counts_every_article_in_order() {
        let corpus = crate::engine::load::load_seeds();
        let mut seen = Vec::new();
        let facts = analyze_with_progress(&corpus, |done, total| seen.push((done, total)));
        let n = corpus.articles.len();
        let expected: Vec<(usize, usize)> = (0..=n).map(|d| (d, n)).collect();
        assert_eq!(seen, expected);
        assert!(!facts.facts.is_empty());
    }
}
