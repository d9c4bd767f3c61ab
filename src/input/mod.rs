//! Where articles come from: files and folders, web addresses, and
//! standard input, mixed freely and kept in the order given.
//!
//! Reading formats (plain text, Markdown, HTML, JSON Lines) is the
//! engine's loader's job; this module gets the bytes: it fetches pages
//! (see [`fetch`]), keeps them in a cache (see [`cache`]) and reads `-`.

pub mod cache;
pub mod fetch;

use std::ffi::OsStr;
use std::io::Read;
use std::path::PathBuf;

use crate::engine::article::Format;
use crate::engine::load::{self, Corpus, LoadError, LoadNote, Loader, MAX_FILE_BYTES};
use fetch::{FetchOptions, Progress};

/// One input as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    Url(String),
    /// `-`: one article from standard input.
    Stdin,
}

impl Input {
    pub fn parse(arg: &OsStr) -> Input {
        match arg.to_str() {
            Some("-") => Input::Stdin,
            Some(s) if looks_like_url(s) => Input::Url(s.to_string()),
            _ => Input::Path(PathBuf::from(arg)),
        }
    }

    pub fn shown(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Url(u) => u.clone(),
            Input::Stdin => STDIN_PATH.to_string(),
        }
    }
}

/// What a `-` input is called in notes and reports.
pub const STDIN_PATH: &str = "-";

/// `scheme://…`: any scheme, so that an unsupported one gets a clear note
/// instead of "no such file".
fn looks_like_url(s: &str) -> bool {
    s.split_once("://").is_some_and(|(scheme, rest)| {
        !scheme.is_empty()
            && !rest.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// Loads every input in order. Pages are fetched first (reporting to
/// `progress`), or taken from the cache. Only a missing path or ending up
/// with no article at all is an error; every other problem is a note.
pub fn load(
    inputs: &[Input],
    opts: &FetchOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<Corpus, LoadError> {
    // The same link twice would only be compared with itself.
    let mut seen = std::collections::HashSet::new();
    let urls: Vec<String> = inputs
        .iter()
        .filter_map(|i| match i {
            Input::Url(u) if seen.insert(u.clone()) => Some(u.clone()),
            _ => None,
        })
        .collect();
    let mut fetched = std::collections::HashSet::new();
    let mut pages = fetch::fetch_all(&urls, opts, progress).into_iter();
    let mut loader = Loader::new();
    let mut stdin_read = false;
    for input in inputs {
        match input {
            Input::Path(p) => loader.add_path(p)?,
            Input::Url(url) if !fetched.insert(url.clone()) => {
                loader.note(LoadNote::info(url, "already loaded, skipped"));
            }
            Input::Url(url) => {
                let Some(page) = pages.next() else { continue };
                for note in page.notes {
                    loader.note(LoadNote::warning(url, note));
                }
                match page.result {
                    Ok(body) => {
                        let mut notes = Vec::new();
                        let id = fetch::id_of(url);
                        let guesser = loader.guesser();
                        let a =
                            load::html::article(guesser, url, &id, &body, Some(url), &mut notes);
                        notes.into_iter().for_each(|n| loader.note(n));
                        if let Some(a) = a {
                            loader.add_article(a);
                        }
                    }
                    Err(e) => loader.note(LoadNote::warning(url, e.to_string())),
                }
            }
            Input::Stdin if stdin_read => loader.note(LoadNote::info(
                STDIN_PATH,
                "standard input was already read, skipped",
            )),
            Input::Stdin => {
                stdin_read = true;
                match read_stdin() {
                    Ok(bytes) => {
                        let format = if looks_like_html(&bytes) {
                            Format::Html
                        } else {
                            Format::Stdin
                        };
                        loader.add_bytes(STDIN_PATH, "stdin", &bytes, format);
                    }
                    Err(e) => loader.note(LoadNote::warning(STDIN_PATH, e)),
                }
            }
        }
    }
    let asked: Vec<String> = inputs.iter().map(Input::shown).collect();
    loader.finish(&asked)
}

fn read_stdin() -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    Ok(bytes)
}

/// Whether text piped in is a web page rather than plain text.
fn looks_like_html(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{FEFF}').trim_start();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_told_apart_by_shape() {
        assert_eq!(Input::parse(OsStr::new("-")), Input::Stdin);
        assert_eq!(
            Input::parse(OsStr::new("https://example.org/a")),
            Input::Url("https://example.org/a".into())
        );
        assert_eq!(
            Input::parse(OsStr::new("ftp://example.org/a")),
            Input::Url("ftp://example.org/a".into())
        );
        assert_eq!(
            Input::parse(OsStr::new("notes/a.txt")),
            Input::Path("notes/a.txt".into())
        );
        assert_eq!(Input::parse(OsStr::new("a://")), Input::Path("a://".into()));
    }

    #[test]
    fn pages_are_recognised_by_their_start() {
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<html lang=en>"));
        assert!(!looks_like_html(b"Quake kills 24 <b>"));
    }
}
