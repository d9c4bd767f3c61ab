//! Linking mentions across articles into facts.

use super::load::Corpus;

#[derive(Debug, Clone, Default)]
pub struct FactSet {}

pub fn analyze(_corpus: &Corpus) -> FactSet {
    FactSet::default()
}
