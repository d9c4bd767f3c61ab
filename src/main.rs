//! The `crossread` binary. Exit statuses (see `cli`): 0 ok, 1 a runtime
//! error, 2 bad usage or input.
//!
//! Every message goes to stderr through [`say`], which never panics: a
//! closed stderr (`2>&-`) or a hung-up terminal must not turn a clean
//! error into a crash.
//!
//! The reader needs a terminal that can move its cursor and switch to the
//! alternate screen. Without a terminal on stdin and stdout, or with
//! `TERM=dumb` (Emacs' shell, some CI logs), it refuses with exit status 2
//! and points to `crossread facts`, which prints plain text.

use std::borrow::Cow;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use crossread::cli::{Cli, Command, EXIT_RUNTIME, EXIT_USAGE};
use crossread::engine::load::{self, Corpus};
use crossread::tui::sanitize::needs_escape;

/// Writes one line to stderr, prefixed with the program's name, ignoring
/// failure (unlike `eprintln!`, which panics when stderr is closed).
/// Control characters (a file named with an escape sequence) are shown,
/// not sent.
fn say(msg: impl std::fmt::Display) {
    let line = format!("crossread: {msg}");
    let _ = writeln!(std::io::stderr().lock(), "{}", visible(&line));
}

/// JSON whose strings carry no character a terminal could act on. serde
/// escapes C0 controls but writes DEL, C1 controls (U+009B is CSI to some
/// terminals) and bidi overrides as they are; they can only be inside
/// strings, where `\uXXXX` is the same value.
fn json_safe(s: &str) -> Cow<'_, str> {
    // Raw C0 characters in serde's output are its own newlines and indents.
    let unsafe_in_string = |c: char| c >= '\x7f' && needs_escape(c);
    if !s.chars().any(unsafe_in_string) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if unsafe_in_string(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` with every character a terminal could act on shown instead, the
/// way the reader and `less` show them (`^[` for ESC), except newlines and
/// tabs. The table repeats labels, names and ids taken from the articles
/// and their file names, and a title-setting or clipboard-writing escape
/// sequence in any of them must not reach the user's terminal. (`--json`
/// needs nothing: JSON strings escape control characters.)
fn visible(s: &str) -> Cow<'_, str> {
    let hidden = |c: char| needs_escape(c) && !matches!(c, '\n' | '\t');
    if !s.chars().any(hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            c if !hidden(c) => out.push(c),
            '\0'..='\x1f' => {
                out.push('^');
                out.push((c as u8 + 0x40) as char);
            }
            '\x7f' => out.push_str("^?"),
            c => out.push_str(&format!("<U+{:04X}>", c as u32)),
        }
    }
    Cow::Owned(out)
}

fn usage_error() -> ExitCode {
    ExitCode::from(EXIT_USAGE as u8)
}

/// Loads the articles; with `print_notes`, says what loading skipped (the
/// reader shows its notes itself, in the app).
fn load_corpus(paths: &[std::path::PathBuf], print_notes: bool) -> Result<Corpus, ExitCode> {
    let corpus = if paths.is_empty() {
        load::load_seeds()
    } else {
        load::load_paths(paths).map_err(|e| {
            say(e);
            usage_error()
        })?
    };
    if print_notes {
        for note in &corpus.notes {
            say(note);
        }
    }
    Ok(corpus)
}

/// Why the reader cannot run on this terminal, if it cannot.
fn terminal_problem() -> Option<&'static str> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Some(
            "the reader needs a terminal. For plain output, run `crossread facts` (or `crossread facts --json`).",
        );
    }
    if std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
        return Some(
            "TERM=dumb: this terminal cannot move the cursor, which the reader needs. For plain output, run `crossread facts`; or set TERM to your terminal's type (e.g. TERM=xterm-256color).",
        );
    }
    None
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
            let corpus = load_corpus(&paths, true)?;
            let (facts, why) = crossread::engine::link::analyze_explained(&corpus, explain);
            let mut out = if json {
                report::to_json(&corpus, &facts)
            } else {
                report::to_table(&corpus, &facts)
            };
            if let Some(why) = why {
                out.push_str(&report::to_explanation(&corpus, &facts, &why));
            }
            let out = if json { json_safe(&out) } else { visible(&out) };
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = stdout
                .write_all(out.as_bytes())
                .and_then(|_| stdout.flush());
            Ok(())
        }
        None => {
            if let Some(problem) = terminal_problem() {
                say(problem);
                return Err(usage_error());
            }
            let corpus = load_corpus(&cli.paths, false)?;
            crossread::tui::run(corpus).map_err(|e| {
                say(format_args!("{e:#}"));
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
