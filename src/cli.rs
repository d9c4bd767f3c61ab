//! Command-line arguments and the exit statuses they lead to.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Exit statuses, as documented in the README.
pub const EXIT_OK: i32 = 0;
pub const EXIT_RUNTIME: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

const INPUTS_HELP: &str = "Articles: files or folders (.txt, .md, .html, .htm, .jsonl), \
http(s) links, or - for standard input. Without any, the built-in seed articles.";

#[derive(Debug, Parser)]
#[command(
    name = "crossread",
    version,
    about = "Read several reports of one story side by side: the same facts, linked across articles.",
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  crossread                                   open the built-in seed articles\n  crossread saved/ https://example.org/story  a folder and a link, side by side\n  pbpaste | crossread notes.md -              a file and the clipboard\n\nConfiguration: $CROSSREAD_CONFIG, else $XDG_CONFIG_HOME/crossread/config.toml\n(see `crossread config --default`)."
)]
pub struct Cli {
    #[arg(help = INPUTS_HELP)]
    pub paths: Vec<PathBuf>,
    /// Fetch links again even when a copy is cached.
    #[arg(long, global = true)]
    pub refresh: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the facts found across the articles, and where outlets agree or conflict.
    #[command(
        after_help = "Examples:\n  crossread facts saved/\n  crossread facts --conflicts a.txt b.html\n  curl -s https://example.org/story | crossread facts --json -"
    )]
    Facts {
        /// Machine-readable output (see the README's schema section).
        #[arg(long, conflicts_with = "explain")]
        json: bool,
        /// Also show why mentions were linked: context words and pair scores.
        #[arg(long)]
        explain: bool,
        /// Only facts the articles disagree on.
        #[arg(long)]
        conflicts: bool,
        #[arg(help = INPUTS_HELP)]
        paths: Vec<PathBuf>,
    },
    /// Print the fact grid: one row per fact, one column per article.
    #[command(
        after_help = "Examples:\n  crossread report saved/ > facts.md\n  crossread report --format csv --conflicts a.txt b.txt > conflicts.csv\n  crossread report --format json https://example.org/a https://example.org/b"
    )]
    Report {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
        format: ReportFormat,
        /// Only facts the articles disagree on.
        #[arg(long)]
        conflicts: bool,
        #[arg(help = INPUTS_HELP)]
        paths: Vec<PathBuf>,
    },
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  crossread completions bash > ~/.local/share/bash-completion/completions/crossread\n  crossread completions zsh > ~/.zfunc/_crossread\n  crossread completions fish > ~/.config/fish/completions/crossread.fish"
    )]
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Example:\n  crossread man > crossread.1 && man ./crossread.1")]
    Man,
    /// Show the configuration file's location, or print the default one.
    #[command(
        after_help = "Examples:\n  crossread config                 where the config file is looked for\n  crossread config --default > ~/.config/crossread/config.toml"
    )]
    Config {
        /// Print the full default configuration, commented.
        #[arg(long)]
        default: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A table that renders on GitHub and pastes into documents.
    Markdown,
    Csv,
    Json,
}
