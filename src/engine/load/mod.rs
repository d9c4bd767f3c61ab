//! Reading articles from disk, or from the seeds built into the binary.
//!
//! The loader never gives up on a whole run because of one odd file: each
//! file it cannot use is skipped with a [`LoadNote`] saying why, and only
//! a run that ends with no article at all is an error.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::article::{Article, Format, OffsetMap};
use super::meta::Guesser;

mod dateline;
mod decode;
pub mod html;
pub mod jsonl;
mod walk;

/// Files larger than this are skipped with a note naming both sizes.
///
/// News articles are a few tens of KiB and even a saved page with all its
/// chrome stays well under 1 MiB. Every article is held in memory and
/// scanned by every extractor, so a stray log or data dump passed by
/// mistake would stall the reader; 16 MiB leaves room for any real article
/// while keeping that from happening.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// How much of a file is inspected to decide whether it is text.
const SNIFF_BYTES: usize = 8192;

/// The built-in corpus: `seeds/`, embedded so the binary works anywhere.
const SEEDS: [(&str, &[u8]); 5] = [
    (
        "000_b7c4471f838b73bf.txt",
        include_bytes!("../../../seeds/000_b7c4471f838b73bf.txt"),
    ),
    (
        "001_5519969d746b4f91.txt",
        include_bytes!("../../../seeds/001_5519969d746b4f91.txt"),
    ),
    (
        "002_120cd0df10877b9f.txt",
        include_bytes!("../../../seeds/002_120cd0df10877b9f.txt"),
    ),
    (
        "003_63aa9ed984a03bd1.txt",
        include_bytes!("../../../seeds/003_63aa9ed984a03bd1.txt"),
    ),
    (
        "004_881e0bc62006a258.txt",
        include_bytes!("../../../seeds/004_881e0bc62006a258.txt"),
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteLevel {
    /// Expected and harmless: an empty file, a renamed duplicate id.
    Info,
    /// The user probably wants to know: a file skipped as binary, text
    /// decoded lossily.
    Warning,
}

/// Something the loader skipped or changed, to tell the user about.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadNote {
    pub path: String,
    pub message: String,
    pub level: NoteLevel,
}

impl LoadNote {
    pub fn info(path: &str, message: impl Into<String>) -> Self {
        LoadNote {
            path: path.to_string(),
            message: message.into(),
            level: NoteLevel::Info,
        }
    }

    pub fn warning(path: &str, message: impl Into<String>) -> Self {
        LoadNote {
            level: NoteLevel::Warning,
            ..LoadNote::info(path, message)
        }
    }
}

impl std::fmt::Display for LoadNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.level {
            NoteLevel::Info => "note",
            NoteLevel::Warning => "warning",
        };
        write!(f, "{level}: {}: {}", self.path, self.message)
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
    /// Nothing usable; `skipped` says what was tried, since a failing run
    /// never gets to print the notes itself.
    #[error("no readable articles found in {paths}{}", skipped_summary(.skipped))]
    NoArticles {
        paths: String,
        skipped: Vec<LoadNote>,
    },
}

fn skipped_summary(skipped: &[LoadNote]) -> String {
    const SHOWN: usize = 5;
    if skipped.is_empty() {
        return " (looked for .txt, .md, .html, .htm and .jsonl files)".to_string();
    }
    let mut s = String::from(":");
    for n in skipped.iter().take(SHOWN) {
        s.push_str(&format!("\n  {}: {}", n.path, n.message));
    }
    if skipped.len() > SHOWN {
        s.push_str(&format!("\n  … and {} more", skipped.len() - SHOWN));
    }
    s
}

#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub notes: Vec<LoadNote>,
}

/// The five seed articles, with paths under `seeds/`.
pub fn load_seeds() -> Corpus {
    let guesser = Guesser::new();
    let mut corpus = Corpus::default();
    for (name, bytes) in SEEDS {
        let path = format!("seeds/{name}");
        if let Some(a) = article_from_bytes_with(&guesser, &path, bytes, &mut corpus.notes) {
            corpus.articles.push(a);
        }
    }
    corpus
}

/// Loads files and directories (recursively, sorted) in the order given.
///
/// A path that does not exist is an error; so is ending up with no
/// article. Anything else odd (empty, binary, oversized or unreadable
/// files, symlinked directories, the same file given twice) is skipped
/// with a note. Article ids are made unique by suffixing `-2`, `-3`, …
pub fn load_paths(paths: &[PathBuf]) -> Result<Corpus, LoadError> {
    let mut loader = Loader::new();
    for p in paths {
        loader.add_path(p)?;
    }
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    loader.finish(&names)
}

/// Builds a corpus from inputs added one by one, in order: files,
/// folders, and articles read elsewhere (fetched pages, standard input).
pub struct Loader {
    guesser: Guesser,
    corpus: Corpus,
    seen: HashSet<PathBuf>,
}

impl Default for Loader {
    fn default() -> Self {
        Self::new()
    }
}

impl Loader {
    pub fn new() -> Self {
        Loader {
            guesser: Guesser::new(),
            corpus: Corpus::default(),
            seen: HashSet::new(),
        }
    }

    /// The metadata guesser, shared so its patterns are compiled once.
    pub fn guesser(&self) -> &Guesser {
        &self.guesser
    }

    /// Adds a file, or every article file under a folder. Only a path
    /// that cannot be looked at is an error.
    pub fn add_path(&mut self, p: &Path) -> Result<(), LoadError> {
        let shown = p.display().to_string();
        let md = std::fs::metadata(p).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => LoadError::Missing(shown.clone()),
            _ => LoadError::Io {
                path: shown.clone(),
                source: e,
            },
        })?;
        let files = if md.is_dir() {
            let mut files = Vec::new();
            walk::collect_dir(p, &mut files, &mut self.corpus.notes);
            files
        } else {
            vec![p.to_path_buf()]
        };
        for f in files {
            // The same file twice would only be compared with itself.
            let key = std::fs::canonicalize(&f).unwrap_or_else(|_| f.clone());
            if !self.seen.insert(key) {
                let note = LoadNote::info(&f.display().to_string(), "already loaded, skipped");
                self.corpus.notes.push(note);
                continue;
            }
            load_file(&self.guesser, &f, &mut self.corpus);
        }
        Ok(())
    }

    /// Adds bytes read from somewhere other than a file the loader opened,
    /// read as `format` says (`Html` for pages, `Text` otherwise).
    pub fn add_bytes(&mut self, path: &str, id: &str, bytes: &[u8], format: Format) {
        let notes = &mut self.corpus.notes;
        let article = match format {
            Format::Html => html::article(&self.guesser, path, id, bytes, None, notes),
            _ => article_from_text_bytes(&self.guesser, path, id, bytes, format, notes),
        };
        self.corpus.articles.extend(article);
    }

    /// Adds an article built elsewhere.
    pub fn add_article(&mut self, article: Article) {
        self.corpus.articles.push(article);
    }

    pub fn note(&mut self, note: LoadNote) {
        self.corpus.notes.push(note);
    }

    /// The corpus, with unique ids; an error if no article was usable.
    /// `asked` names the inputs, for that error.
    pub fn finish(mut self, asked: &[String]) -> Result<Corpus, LoadError> {
        if self.corpus.articles.is_empty() {
            return Err(LoadError::NoArticles {
                paths: asked.join(", "),
                skipped: self.corpus.notes,
            });
        }
        make_ids_unique(&mut self.corpus);
        dateline::date_datelines(&mut self.corpus);
        Ok(self.corpus)
    }
}

/// Two `story.txt` in different folders must stay apart in lists and
/// reports, so later ones become `story-2`, `story-3`, …
fn make_ids_unique(corpus: &mut Corpus) {
    let mut used: HashSet<String> = HashSet::new();
    for a in &mut corpus.articles {
        if used.insert(a.id.clone()) {
            continue;
        }
        let mut n = 2;
        while used.contains(&format!("{}-{n}", a.id)) {
            n += 1;
        }
        let new_id = format!("{}-{n}", a.id);
        corpus.notes.push(LoadNote::info(
            &a.path,
            format!(
                "another article is also named {:?}; this one is {new_id:?}",
                a.id
            ),
        ));
        a.id = new_id.clone();
        used.insert(new_id);
    }
}

fn load_file(guesser: &Guesser, p: &Path, corpus: &mut Corpus) {
    let shown = p.display().to_string();
    let bytes = match read_limited(p) {
        Ok(bytes) => bytes,
        Err(message) => return corpus.notes.push(LoadNote::warning(&shown, message)),
    };
    let notes = &mut corpus.notes;
    match walk::extension(p).as_deref() {
        Some("html" | "htm") => {
            let id = file_id(&shown);
            corpus
                .articles
                .extend(html::article(guesser, &shown, &id, &bytes, None, notes));
        }
        Some("jsonl") => corpus
            .articles
            .extend(jsonl::articles(guesser, &shown, &bytes, notes)),
        Some("md") => {
            let id = file_id(&shown);
            let a = article_from_text_bytes(guesser, &shown, &id, &bytes, Format::Markdown, notes);
            corpus.articles.extend(a);
        }
        _ => corpus
            .articles
            .extend(article_from_bytes_with(guesser, &shown, &bytes, notes)),
    }
}

/// The file stem: what lists and reports call an article.
fn file_id(path: &str) -> String {
    Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty())
        .unwrap_or(path)
        .to_string()
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`], or says why not.
/// FIFOs and devices are refused up front: reading one could block forever
/// or never end.
fn read_limited(p: &Path) -> Result<Vec<u8>, String> {
    let md = std::fs::metadata(p).map_err(|e| format!("cannot read: {e}"))?;
    if !md.is_file() {
        return Err("not a regular file, skipped".to_string());
    }
    if md.len() > MAX_FILE_BYTES {
        return Err(too_large(md.len()));
    }
    let file = std::fs::File::open(p).map_err(|e| format!("cannot read: {e}"))?;
    let mut bytes = Vec::with_capacity(md.len() as usize);
    // The size can change between the check and the read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_large(len: u64) -> String {
    format!(
        "file is {}, over the {} limit for an article; skipped",
        human_size(len),
        human_size(MAX_FILE_BYTES)
    )
}

pub(crate) fn human_size(n: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{} MiB", n / MIB)
    } else if n >= MIB {
        format!("{:.1} MiB", n as f64 / MIB as f64)
    } else {
        format!("{n} bytes")
    }
}

/// Builds an article from a file's bytes, or explains in `notes` why not.
pub fn article_from_bytes(path: &str, bytes: &[u8], notes: &mut Vec<LoadNote>) -> Option<Article> {
    article_from_bytes_with(&Guesser::new(), path, bytes, notes)
}

/// [`article_from_bytes`] with a [`Guesser`] reused across many articles,
/// which saves compiling its patterns for each one.
pub fn article_from_bytes_with(
    guesser: &Guesser,
    path: &str,
    bytes: &[u8],
    notes: &mut Vec<LoadNote>,
) -> Option<Article> {
    let id = file_id(path);
    article_from_text_bytes(guesser, path, &id, bytes, Format::Text, notes)
}

/// Text of at most [`MAX_FILE_BYTES`] that is not binary, decoded, with
/// the map from its offsets back to `bytes`; or a note saying why not.
pub(crate) fn decode_text(
    path: &str,
    bytes: &[u8],
    notes: &mut Vec<LoadNote>,
) -> Option<(String, OffsetMap)> {
    if bytes.is_empty() {
        notes.push(LoadNote::info(path, "empty file, skipped"));
        return None;
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        notes.push(LoadNote::warning(path, too_large(bytes.len() as u64)));
        return None;
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let m = "UTF-16 text is not supported, skipped; convert the file to UTF-8";
        notes.push(LoadNote::warning(path, m));
        return None;
    }
    if let Some(why) = decode::binary_reason(bytes) {
        notes.push(LoadNote::warning(
            path,
            format!("binary file ({why}), skipped"),
        ));
        return None;
    }
    let decoded = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), OffsetMap::identity()),
        Err(_) => {
            let (text, offsets, replaced) = decode::decode_lossy(bytes);
            notes.push(LoadNote::warning(
                path,
                format!("not valid UTF-8: {replaced} invalid byte sequence(s) shown as U+FFFD"),
            ));
            (text, offsets)
        }
    };
    Some(decoded)
}

/// Whether a text has nothing to read in it.
pub(crate) fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c == '\u{FEFF}')
}

/// An article whose text is `bytes` themselves (plain text, Markdown,
/// standard input), with metadata guessed from the text.
pub fn article_from_text_bytes(
    guesser: &Guesser,
    path: &str,
    id: &str,
    bytes: &[u8],
    format: Format,
    notes: &mut Vec<LoadNote>,
) -> Option<Article> {
    let (text, offsets) = decode_text(path, bytes, notes)?;
    if is_blank(&text) {
        notes.push(LoadNote::info(path, "no text (only whitespace), skipped"));
        return None;
    }
    let mut meta = guesser.guess(&text, id);
    meta.format = format;
    Some(Article {
        id: id.to_string(),
        path: path.to_string(),
        text,
        meta,
        offsets,
    })
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
        assert_eq!(notes[0].level, NoteLevel::Warning);
        let e = a.text.find('e').unwrap();
        assert_eq!(bytes[a.offsets.to_file(e)], b'e');
        let c = a.text.find('c').unwrap();
        assert_eq!(bytes[a.offsets.to_file(c)], b'c');
    }

    #[test]
    fn latin1_text_is_not_mistaken_for_binary() {
        let bytes = b"Caf\xe9 au lait co\xfbte plus cher \xe0 Paris cette ann\xe9e.";
        assert_eq!(decode::binary_reason(bytes), None);
    }

    #[test]
    fn random_high_bytes_are_binary_without_any_nul() {
        // A fixed LCG stream stands in for compressed data.
        let mut x: u32 = 12345;
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                ((x >> 16) as u8).max(1)
            })
            .collect();
        assert_eq!(
            decode::binary_reason(&bytes),
            Some("mostly control or invalid bytes")
        );
    }

    #[test]
    fn human_sizes_name_the_unit() {
        assert_eq!(human_size(MAX_FILE_BYTES), "16 MiB");
        assert_eq!(human_size(100 * 1024 * 1024 + 512 * 1024), "100.5 MiB");
        assert_eq!(human_size(10), "10 bytes");
    }

    #[test]
    fn notes_display_their_level() {
        assert_eq!(
            LoadNote::warning("a.bin", "binary").to_string(),
            "warning: a.bin: binary"
        );
        assert_eq!(
            LoadNote::info("e.txt", "empty").to_string(),
            "note: e.txt: empty"
        );
    }
}
