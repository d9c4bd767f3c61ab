//! Reading articles from disk, or from the seeds built into the binary.

use std::path::{Path, PathBuf};

use super::article::{Article, OffsetMap};
use super::meta;

/// The built-in corpus: `seeds/`, embedded so the binary works anywhere.
const SEEDS: [(&str, &[u8]); 5] = [
    (
        "000_b7c4471f838b73bf.txt",
        include_bytes!("../../seeds/000_b7c4471f838b73bf.txt"),
    ),
    (
        "001_5519969d746b4f91.txt",
        include_bytes!("../../seeds/001_5519969d746b4f91.txt"),
    ),
    (
        "002_120cd0df10877b9f.txt",
        include_bytes!("../../seeds/002_120cd0df10877b9f.txt"),
    ),
    (
        "003_63aa9ed984a03bd1.txt",
        include_bytes!("../../seeds/003_63aa9ed984a03bd1.txt"),
    ),
    (
        "004_881e0bc62006a258.txt",
        include_bytes!("../../seeds/004_881e0bc62006a258.txt"),
    ),
];

/// Something the loader skipped or changed, to tell the user about.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadNote {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for LoadNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}: no such file or directory")]
    Missing(String),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("no readable articles found in {0}")]
    NoArticles(String),
}

#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub notes: Vec<LoadNote>,
}

/// The five seed articles, with paths under `seeds/`.
pub fn load_seeds() -> Corpus {
    let mut corpus = Corpus::default();
    for (name, bytes) in SEEDS {
        let path = format!("seeds/{name}");
        if let Some(a) = article_from_bytes(&path, bytes, &mut corpus.notes) {
            corpus.articles.push(a);
        }
    }
    corpus
}

/// Loads files and directories (recursively, sorted) in the order given.
pub fn load_paths(paths: &[PathBuf]) -> Result<Corpus, LoadError> {
    let mut corpus = Corpus::default();
    for p in paths {
        let shown = p.display().to_string();
        let md = std::fs::metadata(p).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => LoadError::Missing(shown.clone()),
            _ => LoadError::Io {
                path: shown.clone(),
                source: e,
            },
        })?;
        if md.is_dir() {
            let mut files = Vec::new();
            collect_dir(p, &mut files, &mut corpus.notes);
            for f in files {
                load_file(&f, &mut corpus);
            }
        } else {
            load_file(p, &mut corpus);
        }
    }
    if corpus.articles.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(LoadError::NoArticles(names.join(", ")));
    }
    Ok(corpus)
}

fn is_article_file(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()).map(|e| e.to_ascii_lowercase()),
        Some(ref e) if e == "txt" || e == "md"
    )
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// Walks a directory without following symlinked directories, so a link
/// loop cannot make the walk endless.
fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>, notes: &mut Vec<LoadNote>) {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            notes.push(LoadNote {
                path: dir.display().to_string(),
                message: format!("cannot read directory: {e}"),
            });
            return;
        }
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if is_hidden(&p) {
            continue;
        }
        let Ok(lmd) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if lmd.file_type().is_symlink() {
            // Symlinked files are fine; symlinked directories could loop.
            if std::fs::metadata(&p).is_ok_and(|m| m.is_file()) && is_article_file(&p) {
                out.push(p);
            }
            continue;
        }
        if lmd.is_dir() {
            collect_dir(&p, out, notes);
        } else if lmd.is_file() && is_article_file(&p) {
            out.push(p);
        }
    }
}

fn load_file(p: &Path, corpus: &mut Corpus) {
    let shown = p.display().to_string();
    match std::fs::read(p) {
        Ok(bytes) => {
            if let Some(a) = article_from_bytes(&shown, &bytes, &mut corpus.notes) {
                corpus.articles.push(a);
            }
        }
        Err(e) => corpus.notes.push(LoadNote {
            path: shown,
            message: format!("cannot read: {e}"),
        }),
    }
}

/// Builds an article from a file's bytes, or explains in `notes` why not.
pub fn article_from_bytes(path: &str, bytes: &[u8], notes: &mut Vec<LoadNote>) -> Option<Article> {
    let note = |notes: &mut Vec<LoadNote>, m: &str| {
        notes.push(LoadNote {
            path: path.to_string(),
            message: m.to_string(),
        })
    };
    if bytes.is_empty() {
        note(notes, "empty file, skipped");
        return None;
    }
    if bytes.contains(&0) {
        note(notes, "binary file (contains NUL bytes), skipped");
        return None;
    }
    let (text, offsets) = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), OffsetMap::identity()),
        Err(_) => {
            note(notes, "not valid UTF-8, read lossily");
            decode_lossy(bytes)
        }
    };
    let id = Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(path)
        .to_string();
    let meta = meta::guess(&text, &id);
    Some(Article {
        id,
        path: path.to_string(),
        text,
        meta,
        offsets,
    })
}

/// Lossy UTF-8 decoding that remembers where each replacement went.
fn decode_lossy(bytes: &[u8]) -> (String, OffsetMap) {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut anchors = Vec::new();
    let mut file_pos = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        file_pos += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
            file_pos += chunk.invalid().len();
            anchors.push((text.len(), file_pos));
        }
    }
    (text, OffsetMap::from_anchors(anchors))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_embedded_byte_for_byte() {
        let c = load_seeds();
        assert_eq!(c.articles.len(), 5);
        for a in &c.articles {
            let on_disk = std::fs::read(a.path.as_str()).unwrap();
            assert_eq!(a.text.as_bytes(), &on_disk[..], "{}", a.path);
        }
    }

    #[test]
    fn lossy_text_maps_back_to_file_bytes() {
        let bytes = b"ab\xffcd\xe2\x82efg";
        let mut notes = vec![];
        let a = article_from_bytes("x.txt", bytes, &mut notes).unwrap();
        assert_eq!(notes.len(), 1);
        let e = a.text.find('e').unwrap();
        assert_eq!(bytes[a.offsets.to_file(e)], b'e');
        let c = a.text.find('c').unwrap();
        assert_eq!(bytes[a.offsets.to_file(c)], b'c');
    }
}
