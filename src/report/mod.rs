//! The fact grid, for sharing: one row per fact, one column per article,
//! each cell the value as that article wrote it, or nothing where it is
//! silent. Rendered as Markdown, CSV or JSON.
//!
//! Built from the engine's [`FactSet`], not from its JSON, so the grid
//! does not depend on that schema's version. Entities (people, places,
//! organisations) name things rather than state values and are left out.

mod render;

pub use render::{to_csv, to_json, to_markdown};

use crate::engine::FactSet;
use crate::engine::link::Status;
use crate::engine::load::Corpus;

/// What a silent article's cell shows in Markdown and CSV.
pub const SILENT: &str = "—";

/// One article, as a column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub id: String,
    pub outlet: Option<String>,
    pub title: String,
}

/// One fact, as a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub fact: String,
    pub kind: &'static str,
    pub label: String,
    pub status: Status,
    /// Per article, what it wrote; several mentions are joined with " / ".
    pub cells: Vec<Option<String>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub columns: Vec<Column>,
    /// Conflicts first, then variants, agreements and single mentions;
    /// within a status, facts stated by more articles first.
    pub rows: Vec<Row>,
}

impl Grid {
    /// The grid of every non-entity fact, or only the conflicts.
    pub fn new(corpus: &Corpus, facts: &FactSet, conflicts_only: bool) -> Grid {
        let columns = corpus
            .articles
            .iter()
            .map(|a| Column {
                id: a.id.clone(),
                outlet: a.meta.outlet.clone(),
                title: a.meta.title.clone(),
            })
            .collect();
        let mut order: Vec<usize> = (0..facts.facts.len())
            .filter(|&f| !facts.facts[f].kind.is_entity())
            .filter(|&f| !conflicts_only || facts.facts[f].status == Status::Conflict)
            .collect();
        order.sort_by_key(|&f| {
            let fact = &facts.facts[f];
            (
                fact.status,
                std::cmp::Reverse(fact.articles(facts).len()),
                f,
            )
        });
        let rows = order
            .into_iter()
            .map(|f| {
                let fact = &facts.facts[f];
                let mut cells: Vec<Vec<String>> = vec![Vec::new(); corpus.articles.len()];
                for &m in &fact.mentions {
                    let mention = &facts.mentions[m];
                    let a = &corpus.articles[mention.article];
                    let written = one_line(&a.text[mention.span.clone()]);
                    let cell = &mut cells[mention.article];
                    if !cell.contains(&written) {
                        cell.push(written);
                    }
                }
                Row {
                    fact: fact.id.clone(),
                    kind: fact.kind.as_str(),
                    label: one_line(&fact.label),
                    status: fact.status,
                    cells: cells
                        .into_iter()
                        .map(|c| (!c.is_empty()).then(|| c.join(" / ")))
                        .collect(),
                }
            })
            .collect();
        Grid { columns, rows }
    }
}

/// Text on one line, with control characters and runs of whitespace as
/// single spaces: a quote can span lines, a cell cannot.
fn one_line(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_single_lines() {
        assert_eq!(one_line("a\n  b\tc\u{7}d"), "a b c d");
    }
}
