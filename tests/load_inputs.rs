//! The loader on odd input: one test per kind of input a user may hand
//! it, all generated in temporary directories.

#[path = "common/cli.rs"]
mod cli;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crossread::engine::article::Article;
use crossread::engine::load::{
    Corpus, LoadError, LoadNote, MAX_FILE_BYTES, NoteLevel, article_from_bytes,
    article_from_bytes_with, load_paths,
};
use crossread::engine::meta::Guesser;
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};
use tempfile::TempDir;

const STORY: &str = "Quake Strikes Coastal Town\n\nA strong earthquake struck the coastal town on Monday, officials said.\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

fn load_dir(dir: &Path) -> Result<Corpus, LoadError> {
    load_paths(&[dir.to_path_buf()])
}

fn note_for<'a>(c: &'a Corpus, name: &str) -> &'a LoadNote {
    c.notes
        .iter()
        .find(|n| n.path.ends_with(name))
        .unwrap_or_else(|| panic!("no note for {name}: {:?}", c.notes))
}

/// Pseudo-random bytes with no NUL, like compressed data.
fn noise(len: usize) -> Vec<u8> {
    cli::noise(len, 0x9E37_79B9_7F4A_7C15)
}

#[test]
fn missing_path_is_an_error_naming_the_path() {
    let tmp = TempDir::new().unwrap();
    let gone = tmp.path().join("no-such-article.txt");
    let err = load_paths(std::slice::from_ref(&gone)).unwrap_err();
    assert!(matches!(err, LoadError::Missing(_)), "{err:?}");
    assert!(err.to_string().contains("no-such-article.txt"), "{err}");
}

#[test]
fn empty_directory_is_an_error() {
    let tmp = TempDir::new().unwrap();
    let err = load_dir(tmp.path()).unwrap_err();
    assert!(matches!(err, LoadError::NoArticles { .. }), "{err:?}");
    assert!(
        err.to_string().contains(".txt"),
        "says what it looked for: {err}"
    );
}

#[test]
fn directory_without_readable_articles_is_an_error_listing_why() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "blank.txt", b"");
    write(tmp.path(), "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0");
    let err = load_dir(tmp.path()).unwrap_err();
    let LoadError::NoArticles { skipped, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(skipped.len(), 2);
    let shown = err.to_string();
    assert!(
        shown.contains("blank.txt") && shown.contains("image.txt"),
        "{shown}"
    );
}

#[test]
fn empty_file_is_skipped_with_a_note() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    write(tmp.path(), "empty.txt", b"");
    let c = load_dir(tmp.path()).unwrap();
    assert_eq!(c.articles.len(), 1);
    let n = note_for(&c, "empty.txt");
    assert!(n.message.contains("empty"), "{n}");
}

#[test]
fn whitespace_only_file_is_skipped_with_a_note() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    write(tmp.path(), "blank.txt", b"\xef\xbb\xbf \r\n\t\n");
    let c = load_dir(tmp.path()).unwrap();
    assert_eq!(c.articles.len(), 1);
    note_for(&c, "blank.txt");
}

#[test]
fn binary_file_with_nul_bytes_is_skipped_with_a_warning_naming_it() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    write(tmp.path(), "photo.txt", b"JFIF\0\x10\x01\x02 some text\0\0");
    let c = load_dir(tmp.path()).unwrap();
    assert_eq!(c.articles.len(), 1);
    let n = note_for(&c, "photo.txt");
    assert_eq!(n.level, NoteLevel::Warning);
    assert!(
        n.to_string().contains("photo.txt") && n.message.contains("binary"),
        "{n}"
    );
}

#[test]
fn random_bytes_without_nul_are_skipped_as_binary() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    let blob = noise(20_000);
    assert!(!blob.contains(&0));
    write(tmp.path(), "archive.txt", &blob);
    let c = load_dir(tmp.path()).unwrap();
    assert_eq!(c.articles.len(), 1);
    let n = note_for(&c, "archive.txt");
    assert_eq!(n.level, NoteLevel::Warning);
    assert!(n.message.contains("binary"), "{n}");
}

#[test]
fn utf16_file_is_skipped_with_advice() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Hi".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    write(tmp.path(), "wide.txt", &utf16);
    let c = load_dir(tmp.path()).unwrap();
    assert!(note_for(&c, "wide.txt").message.contains("UTF-8"));
}

#[test]
fn invalid_utf8_is_read_lossily_and_spans_point_at_file_bytes() {
    let tmp = TempDir::new().unwrap();
    let bytes = b"Caf\xe9 Owner Speaks\n\nThe caf\xe9 on the \xf0\x9f\x98 corner opened in 1990 \xff\xfe.\n";
    let p = write(tmp.path(), "latin1.txt", bytes);
    let c = load_paths(&[p]).unwrap();
    let a = &c.articles[0];
    assert_eq!(a.text, String::from_utf8_lossy(bytes));
    let n = note_for(&c, "latin1.txt");
    assert_eq!(n.level, NoteLevel::Warning);
    assert!(n.message.contains("UTF-8"), "{n}");
    // Every character other than a replacement sits at the same bytes on disk.
    for (i, ch) in a.text.char_indices().filter(|&(_, c)| c != '\u{FFFD}') {
        let f = a.offsets.to_file(i);
        let mut buf = [0; 4];
        let enc = ch.encode_utf8(&mut buf).as_bytes();
        assert_eq!(&bytes[f..f + enc.len()], enc, "char {ch:?} at text {i}");
    }
    assert_eq!(a.offsets.to_file(a.text.len()), bytes.len());
    assert!(a.meta.title.starts_with("Caf"), "{}", a.meta.title);
}

#[test]
fn bom_and_crlf_are_kept_so_offsets_equal_file_offsets() {
    let tmp = TempDir::new().unwrap();
    let bytes = "\u{feff}Storm Hits Coast\r\nPublished 8 Jan 2026\r\n\r\nWinds tore roofs off homes along the coast overnight.\r\n";
    let p = write(tmp.path(), "crlf.txt", bytes.as_bytes());
    let c = load_paths(&[p]).unwrap();
    let a = &c.articles[0];
    assert_eq!(a.text.as_bytes(), bytes.as_bytes());
    assert!(a.offsets.is_identity());
    assert!(c.notes.is_empty(), "{:?}", c.notes);
    assert_eq!(a.meta.title, "Storm Hits Coast");
    assert_eq!(a.meta.published, Some(jiff::civil::date(2026, 1, 8)));
    let winds = a.text.find("Winds").unwrap();
    assert_eq!(&bytes.as_bytes()[winds..winds + 5], b"Winds");
}

#[test]
fn a_megabyte_line_without_newline_loads_fast() {
    let tmp = TempDir::new().unwrap();
    let line = "the storm moved east and ".repeat(42_000);
    assert!(line.len() > 1_000_000 && !line.contains('\n'));
    let p = write(tmp.path(), "long.txt", line.as_bytes());
    let t = Instant::now();
    let c = load_paths(&[p]).unwrap();
    assert!(t.elapsed() < Duration::from_secs(2), "{:?}", t.elapsed());
    assert_eq!(c.articles[0].text.len(), line.len());
}

#[test]
fn file_over_the_size_limit_is_skipped_with_size_and_limit() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    // Sparse: 100 MiB on paper, no disk space or write time.
    let big = std::fs::File::create(tmp.path().join("dump.txt")).unwrap();
    big.set_len(100 * 1024 * 1024).unwrap();
    let t = Instant::now();
    let c = load_dir(tmp.path()).unwrap();
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "size checked before reading"
    );
    assert_eq!(c.articles.len(), 1);
    let n = note_for(&c, "dump.txt");
    assert!(
        n.message.contains("100 MiB") && n.message.contains("16 MiB"),
        "{n}"
    );
    assert_eq!(MAX_FILE_BYTES, 16 * 1024 * 1024);
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_not_followed() {
    use std::os::unix::fs::symlink;
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "news/a.txt", STORY.as_bytes());
    symlink(tmp.path().join("news"), tmp.path().join("news/again")).unwrap();
    symlink(tmp.path(), tmp.path().join("news/up")).unwrap();
    // A file link pointing at itself cannot be resolved at all.
    symlink(
        tmp.path().join("news/self.txt"),
        tmp.path().join("news/self.txt"),
    )
    .unwrap();
    let c = load_dir(tmp.path()).unwrap();
    assert_eq!(c.articles.len(), 1, "the loop adds no copies");
    assert!(note_for(&c, "again").message.contains("not followed"));
    assert!(note_for(&c, "up").message.contains("not followed"));
    assert_eq!(note_for(&c, "self.txt").level, NoteLevel::Warning);
}

#[test]
fn ten_thousand_files_load_quickly() {
    let tmp = TempDir::new().unwrap();
    for i in 0..10_000 {
        let body = format!("Report Number {i} Filed\n\nThe office filed report {i} today.\n");
        std::fs::write(tmp.path().join(format!("r{i:05}.txt")), body).unwrap();
    }
    let t = Instant::now();
    let c = load_dir(tmp.path()).unwrap();
    let took = t.elapsed();
    assert_eq!(c.articles.len(), 10_000);
    // Unoptimised test builds run the metadata patterns ~10x slower; a
    // release build loads the 10,000 files in well under a second.
    let limit = if cfg!(debug_assertions) { 8 } else { 2 };
    assert!(took < Duration::from_secs(limit), "{took:?}");
    assert_eq!(c.articles[0].id, "r00000", "sorted by name");
    assert_eq!(c.articles[9_999].meta.title, "Report Number 9999 Filed");
}

#[cfg(unix)]
#[test]
fn dangling_symlink_in_a_directory_is_skipped_with_a_warning() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    std::os::unix::fs::symlink(tmp.path().join("gone.txt"), tmp.path().join("link.txt")).unwrap();
    let c = load_dir(tmp.path()).unwrap();
    assert_eq!(c.articles.len(), 1);
    let n = note_for(&c, "link.txt");
    assert_eq!(n.level, NoteLevel::Warning);
    assert!(n.message.contains("cannot read"), "{n}");
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_skipped_with_a_note() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    let locked = write(tmp.path(), "locked.txt", STORY.as_bytes());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        eprintln!("skipped: permissions do not apply (running as root)");
        return;
    }
    let c = load_dir(tmp.path()).unwrap();
    assert_eq!(c.articles.len(), 1);
    assert!(note_for(&c, "locked.txt").message.contains("cannot read"));
}

#[cfg(unix)]
#[test]
fn device_given_directly_is_refused_not_read() {
    let err = load_paths(&[PathBuf::from("/dev/zero")]).unwrap_err();
    let LoadError::NoArticles { skipped, .. } = &err else {
        panic!("{err:?}");
    };
    assert!(skipped[0].message.contains("not a regular file"), "{err}");
}

#[test]
fn duplicate_file_names_get_unique_ids_and_keep_paths() {
    let tmp = TempDir::new().unwrap();
    let a = write(tmp.path(), "bbc/story.txt", STORY.as_bytes());
    let b = write(tmp.path(), "cnn/story.txt", STORY.as_bytes());
    let c = write(tmp.path(), "npr/story.txt", STORY.as_bytes());
    let corpus = load_dir(tmp.path()).unwrap();
    let ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["story", "story-2", "story-3"]);
    let paths: Vec<String> = corpus.articles.iter().map(|a| a.path.clone()).collect();
    let want: Vec<String> = [a, b, c].iter().map(|p| p.display().to_string()).collect();
    assert_eq!(paths, want);
}

#[test]
fn the_same_file_given_twice_is_loaded_once() {
    let tmp = TempDir::new().unwrap();
    let p = write(tmp.path(), "a.txt", STORY.as_bytes());
    let c = load_paths(&[p.clone(), tmp.path().to_path_buf()]).unwrap();
    assert_eq!(c.articles.len(), 1);
    assert!(note_for(&c, "a.txt").message.contains("already loaded"));
}

/// Pieces of the headers the metadata guesser looks for, so random input
/// reaches its deeper branches and not just the "no headline" fallback.
const PIECES: [&str; 24] = [
    "By ",
    "Jane",
    "Doe",
    ", ",
    "(AP)",
    " — ",
    "WASHINGTON",
    "Published ",
    "Updated: ",
    "January 8, 2026",
    "2026-01-10",
    "3 min read",
    "Photo: ",
    "AI",
    ".",
    "\n",
    "\r\n",
    "\u{feff}",
    "\u{a0}",
    "é",
    "date ",
    "© 2026 ",
    "Source: ",
    "1 hour ago",
];

/// Short files: raw bytes, header-like text, and text with stray invalid
/// bytes, so the binary check, the guesser and lossy decoding all run.
fn any_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..600),
        proptest::collection::vec(proptest::sample::select(&PIECES[..]), 0..80)
            .prop_map(|p| p.concat().into_bytes()),
        (
            ".{0,200}",
            proptest::collection::vec((0usize..200, 0x80u8..=0xFF), 0..12)
        )
            .prop_map(|(s, stray)| {
                let mut b = s.into_bytes();
                for (at, byte) in stray {
                    b.insert(at.min(b.len()), byte);
                }
                b
            }),
    ]
}

fn check_article(
    bytes: &[u8],
    loaded: Option<Article>,
    notes: &[LoadNote],
) -> Result<(), TestCaseError> {
    let Some(a) = loaded else {
        prop_assert!(!notes.is_empty(), "a skipped input is explained");
        return Ok(());
    };
    prop_assert_eq!(&a.text, &String::from_utf8_lossy(bytes));
    let mut last = 0;
    for i in a.text.char_indices().map(|(i, _)| i).chain([a.text.len()]) {
        let f = a.offsets.to_file(i);
        prop_assert!(f >= last && f <= bytes.len(), "offset {} -> {}", i, f);
        last = f;
    }
    prop_assert_eq!(a.offsets.to_file(a.text.len()), bytes.len());
    prop_assert!(!a.meta.title.is_empty());
    Ok(())
}

proptest! {
    // Each call compiles its own patterns, slow in debug builds; the many
    // cases run below with a shared Guesser.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_bytes_through_article_from_bytes_never_panic(bytes in any_input()) {
        let mut notes = Vec::new();
        let a = article_from_bytes("p.txt", &bytes, &mut notes);
        check_article(&bytes, a, &notes)?;
    }
}

#[test]
fn many_random_inputs_load_without_panic() {
    let guesser = Guesser::new();
    let mut runner = TestRunner::new(ProptestConfig::with_cases(2000));
    runner
        .run(&any_input(), |bytes| {
            let mut notes = Vec::new();
            let a = article_from_bytes_with(&guesser, "p.txt", &bytes, &mut notes);
            check_article(&bytes, a, &notes)
        })
        .unwrap();
}

// ---- the binary, end to end ---------------------------------------------

fn crossread_facts(args: &[&Path]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crossread"))
        .arg("facts")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn cli_missing_path_exits_2_naming_it() {
    let tmp = TempDir::new().unwrap();
    let gone = tmp.path().join("nowhere.txt");
    let (code, stderr) = crossread_facts(&[&gone]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("nowhere.txt"), "{stderr}");
}

#[test]
fn cli_empty_directory_exits_2() {
    let tmp = TempDir::new().unwrap();
    let (code, stderr) = crossread_facts(&[tmp.path()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("no readable articles"), "{stderr}");
}

#[test]
fn cli_binary_file_among_good_ones_warns_and_exits_0() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    write(
        tmp.path(),
        "b.txt",
        STORY.replace("Monday", "Tuesday").as_bytes(),
    );
    write(tmp.path(), "junk.txt", &noise(5_000));
    let (code, stderr) = crossread_facts(&[tmp.path()]);
    assert_eq!(code, 0, "{stderr}");
    let warning = stderr.lines().find(|l| l.contains("junk.txt"));
    assert!(warning.is_some_and(|l| l.contains("warning")), "{stderr}");
}
