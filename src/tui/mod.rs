//! The terminal reader.

use crate::engine::load::Corpus;

/// Runs the interactive reader until the user quits.
pub fn run(_corpus: Corpus) -> anyhow::Result<()> {
    anyhow::bail!("the reader is not built yet")
}
