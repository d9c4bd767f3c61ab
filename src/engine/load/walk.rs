//! Finding article files in the folders the user names.

use std::path::{Path, PathBuf};

use super::LoadNote;

/// A file's extension in lower case, if it has a readable one.
pub(super) fn extension(p: &Path) -> Option<String> {
    p.extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
}

pub(super) fn is_article_file(p: &Path) -> bool {
    matches!(
        extension(p).as_deref(),
        Some("txt" | "md" | "html" | "htm" | "jsonl")
    )
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Walks a directory depth-first in sorted order without following
/// symlinked directories, so a link loop cannot make the walk endless.
/// An explicit stack, not recursion, so deep trees cannot overflow.
pub(super) fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>, notes: &mut Vec<LoadNote>) {
    let mut stack: Vec<std::vec::IntoIter<PathBuf>> = Vec::new();
    if let Some(entries) = sorted_entries(dir, notes) {
        stack.push(entries);
    }
    while let Some(top) = stack.last_mut() {
        let Some(p) = top.next() else {
            stack.pop();
            continue;
        };
        if is_hidden(&p) {
            continue;
        }
        let shown = p.display().to_string();
        let Ok(lmd) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if lmd.file_type().is_symlink() {
            match std::fs::metadata(&p) {
                Ok(m) if m.is_file() && is_article_file(&p) => out.push(p),
                Ok(m) if m.is_dir() => {
                    notes.push(LoadNote::info(&shown, "symlinked directory, not followed"))
                }
                Ok(_) => {}
                Err(e) if is_article_file(&p) => notes.push(LoadNote::warning(
                    &shown,
                    format!("cannot read (broken symlink?): {e}"),
                )),
                Err(_) => {}
            }
            continue;
        }
        if lmd.is_dir() {
            if let Some(entries) = sorted_entries(&p, notes) {
                stack.push(entries);
            }
        } else if lmd.is_file() && is_article_file(&p) {
            out.push(p);
        }
    }
}

fn sorted_entries(dir: &Path, notes: &mut Vec<LoadNote>) -> Option<std::vec::IntoIter<PathBuf>> {
    match std::fs::read_dir(dir) {
        Ok(rd) => {
            let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
            entries.sort();
            Some(entries.into_iter())
        }
        Err(e) => {
            let shown = dir.display().to_string();
            notes.push(LoadNote::warning(
                &shown,
                format!("cannot read directory: {e}"),
            ));
            None
        }
    }
}
