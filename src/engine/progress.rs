//! The analysis, reporting how far it has got: for callers that run it in
//! the background and show progress (the reader's first frame does not
//! wait for it).
//!
//! Reading counts articles as they are extracted, a batch at a time (they
//! are read on all cores). Linking the whole corpus follows, which on a
//! large corpus is most of the work (on 10,000 generated articles
//! extraction takes a second or two of some twenty-five), so it reports
//! its own count: candidate pairs scored and clustered.

use super::FactSet;
use super::load::Corpus;

/// How far the analysis has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Articles read (extracted and prepared) so far, of all.
    Read { done: usize, total: usize },
    /// Units of linking work done, of all: each candidate pair counts once
    /// when scored and once when its block is clustered.
    Linked { done: usize, total: usize },
}

/// Runs [`super::analyze`] over `corpus`, calling `report` as articles are
/// read and as their facts are linked.
pub fn analyze_with_progress(corpus: &Corpus, mut report: impl FnMut(Progress)) -> FactSet {
    let total = corpus.articles.len();
    report(Progress::Read { done: 0, total });
    super::link::analyze_reporting(corpus, &mut report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_reads_every_article_in_order_then_links_to_the_end() {
        let corpus = crate::engine::load::load_seeds();
        let mut seen = Vec::new();
        let facts = analyze_with_progress(&corpus, |p| seen.push(p));
        let n = corpus.articles.len();
        let read: Vec<Progress> = seen
            .iter()
            .copied()
            .filter(|p| matches!(p, Progress::Read { .. }))
            .collect();
        // Read in batches: counts rise from none to every article.
        let counts: Vec<usize> = read
            .iter()
            .map(|p| match *p {
                Progress::Read { done, total } if total == n => done,
                _ => usize::MAX,
            })
            .collect();
        assert_eq!(counts.first(), Some(&0), "{read:?}");
        assert_eq!(counts.last(), Some(&n), "{read:?}");
        assert!(counts.windows(2).all(|w| w[0] < w[1]), "{read:?}");
        let linked: Vec<(usize, usize)> = seen
            .iter()
            .filter_map(|p| match *p {
                Progress::Linked { done, total } => Some((done, total)),
                Progress::Read { .. } => None,
            })
            .collect();
        let first_link = seen
            .iter()
            .position(|p| matches!(p, Progress::Linked { .. }))
            .expect("linking reports");
        assert!(
            seen[first_link..]
                .iter()
                .all(|p| matches!(p, Progress::Linked { .. })),
            "linking follows reading"
        );
        assert_eq!(linked[0].0, 0, "linking starts from nothing");
        assert!(linked.windows(2).all(|w| w[0].0 <= w[1].0), "{linked:?}");
        let (done, total) = *linked.last().expect("some");
        assert!(total > 0 && done == total, "{linked:?}");
        assert!(!facts.facts.is_empty());
    }
}
