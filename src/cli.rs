//! Command-line arguments and the exit statuses they lead to.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Exit statuses, as documented in the README.
pub const EXIT_OK: i32 = 0;
pub const EXIT_RUNTIME: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "crossread",
    version,
    about = "Read several reports of one story side by side: the same facts, linked across articles.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Article files or directories (.txt, .md). Without any, the built-in seed articles.
    pub paths: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the facts found across the articles, and where outlets agree or conflict.
    Facts {
        /// Machine-readable output (schema version 1).
        #[arg(long, conflicts_with = "explain")]
        json: bool,
        /// Also show why mentions were linked: context words and pair scores.
        #[arg(long)]
        explain: bool,
        /// Article files or directories. Without any, the built-in seed articles.
        paths: Vec<PathBuf>,
    },
}
