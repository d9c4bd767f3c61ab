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

use clap::{CommandFactory, Parser};
use crossread::cli::{Cli, Command, EXIT_RUNTIME, EXIT_USAGE, ReportFormat};
use crossread::config;
use crossread::engine::load::{self, Corpus};
use crossread::input::fetch::{FetchOptions, Progress, Step};
use crossread::input::{self, Input};
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

/// Loads the inputs named on the command line (the seeds without any),
/// fetching links on a worker thread and showing its progress on a
/// terminal. With `print_notes`, says what loading skipped (the reader
/// shows its notes itself, in the app).
fn load_corpus(
    paths: &[std::path::PathBuf],
    refresh: bool,
    print_notes: bool,
) -> Result<Corpus, ExitCode> {
    let corpus = if paths.is_empty() {
        load::load_seeds()
    } else {
        let inputs: Vec<Input> = paths.iter().map(|p| Input::parse(p.as_os_str())).collect();
        let opts = FetchOptions {
            refresh,
            ..FetchOptions::default()
        };
        let show = std::io::stderr().is_terminal();
        let (tx, rx) = std::sync::mpsc::channel::<Progress>();
        let worker = std::thread::spawn(move || {
            input::load(&inputs, &opts, &mut |p| {
                let _ = tx.send(p);
            })
        });
        for p in rx {
            if show && p.step == Step::Fetching {
                say(&p);
            }
        }
        let loaded = worker.join().map_err(|_| {
            say("loading the articles failed unexpectedly");
            ExitCode::from(EXIT_RUNTIME as u8)
        })?;
        loaded.map_err(|e| {
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

/// Why the reader cannot run on this terminal, if it cannot. With `-`
/// among the inputs, stdin is the article and keys come from the
/// controlling terminal instead.
fn terminal_problem(stdin_is_input: bool) -> Option<&'static str> {
    let keys_from_tty = stdin_is_input && std::fs::File::open("/dev/tty").is_ok();
    if !std::io::stdout().is_terminal() || !(std::io::stdin().is_terminal() || keys_from_tty) {
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

/// Writes everything to stdout; a closed pipe (`| head`) is not an error
/// worth a message.
fn print(out: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush());
}

fn run() -> Result<(), ExitCode> {
    let cli = Cli::parse();
    let refresh = cli.refresh;
    match cli.command {
        Some(Command::Facts {
            json,
            explain,
            conflicts,
            paths,
        }) => {
            use crossread::engine::report;
            let corpus = load_corpus(&paths, refresh, true)?;
            let (facts, why) = crossread::engine::link::analyze_explained(&corpus, explain);
            let mut out = if json {
                report::to_json(&corpus, &facts)
            } else {
                report::to_table(&corpus, &facts, conflicts)
            };
            if let Some(why) = why {
                out.push_str(&report::to_explanation(&corpus, &facts, &why));
            }
            let out = if json { json_safe(&out) } else { visible(&out) };
            print(&out);
            Ok(())
        }
        Some(Command::Report {
            format,
            conflicts,
            paths,
        }) => {
            let corpus = load_corpus(&paths, refresh, true)?;
            let facts = crossread::engine::analyze(&corpus);
            let grid = crossread::report::Grid::new(&corpus, &facts, conflicts);
            let out = match format {
                ReportFormat::Markdown => crossread::report::to_markdown(&grid),
                ReportFormat::Csv => crossread::report::to_csv(&grid).map_err(|e| {
                    say(format_args!("cannot write CSV: {e}"));
                    ExitCode::from(EXIT_RUNTIME as u8)
                })?,
                ReportFormat::Json => crossread::report::to_json(&grid),
            };
            let out = match format {
                ReportFormat::Json => json_safe(&out),
                _ => visible(&out),
            };
            print(&out);
            Ok(())
        }
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "crossread", &mut out);
            print(&String::from_utf8_lossy(&out));
            Ok(())
        }
        Some(Command::Man) => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .map_err(|e| {
                    say(format_args!("cannot write the manual page: {e}"));
                    ExitCode::from(EXIT_RUNTIME as u8)
                })?;
            print(&String::from_utf8_lossy(&out));
            Ok(())
        }
        Some(Command::Config { default }) => {
            if default {
                print(&config::default_config());
                return Ok(());
            }
            match config::location() {
                Some(p) if p.exists() => {
                    config::load().map_err(|e| {
                        say(e);
                        usage_error()
                    })?;
                    print(&format!("{} (valid)\n", p.display()));
                }
                Some(p) => print(&format!(
                    "{} (not there; the defaults apply: see `crossread config --default`)\n",
                    p.display()
                )),
                None => print("no config location: set $CROSSREAD_CONFIG or $HOME\n"),
            }
            Ok(())
        }
        None => {
            // A bad config is reported before the terminal is touched.
            let config = config::load().map_err(|e| {
                say(e);
                usage_error()
            })?;
            let stdin_is_input = cli.paths.iter().any(|p| p.as_os_str() == "-");
            if let Some(problem) = terminal_problem(stdin_is_input) {
                say(problem);
                return Err(usage_error());
            }
            let corpus = load_corpus(&cli.paths, refresh, false)?;
            crossread::tui::run(corpus, config).map_err(|e| {
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
