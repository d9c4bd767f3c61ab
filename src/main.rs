use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use crossread::cli::{Cli, Command, EXIT_RUNTIME, EXIT_USAGE};
use crossread::engine::load::{self, Corpus};

fn load_corpus(paths: &[std::path::PathBuf]) -> Result<Corpus, ExitCode> {
    let corpus = if paths.is_empty() {
        load::load_seeds()
    } else {
        load::load_paths(paths).map_err(|e| {
            eprintln!("crossread: {e}");
            ExitCode::from(EXIT_USAGE as u8)
        })?
    };
    for note in &corpus.notes {
        eprintln!("crossread: {note}");
    }
    Ok(corpus)
}

fn run() -> Result<(), ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Facts {
            json,
            explain,
            paths,
        }) => {
            use crossread::engine::report;
            let corpus = load_corpus(&paths)?;
            let (facts, why) = crossread::engine::link::analyze_explained(&corpus, explain);
            let mut out = if json {
                report::to_json(&corpus, &facts)
            } else {
                report::to_table(&corpus, &facts)
            };
            if let Some(why) = why {
                out.push_str(&report::to_explanation(&corpus, &facts, &why));
            }
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = stdout
                .write_all(out.as_bytes())
                .and_then(|_| stdout.flush());
            Ok(())
        }
        None => {
            if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
                eprintln!(
                    "crossread: the reader needs a terminal. For plain output, run `crossread facts` (or `crossread facts --json`)."
                );
                return Err(ExitCode::from(EXIT_USAGE as u8));
            }
            let corpus = load_corpus(&cli.paths)?;
            crossread::tui::run(corpus).map_err(|e| {
                eprintln!("crossread: {e:#}");
                ExitCode::from(EXIT_RUNTIME as u8)
            })
        }
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}
