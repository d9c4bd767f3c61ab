//! Hard inputs through the built binary: `crossread facts`, `facts --json`
//! and, where it applies, the reader in a pty. Every fixture is generated
//! in a temporary directory.
//!
//! Exit statuses: 0 ok, 1 runtime error, 2 bad usage or input.

#[path = "common/pty.rs"]
mod pty;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value as Json;
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_crossread");

/// Far past anything these inputs need even in a debug build on a busy
/// machine: only a hang or a pathological slowdown reaches it. The real
/// speed checks are in `benches/` and the README.
const HANG: Duration = Duration::from_secs(120);

/// The bound for a 1 MB line: it takes a fraction of a second in release
/// and a few seconds in a debug build, so only something badly wrong (a
/// quadratic pass) gets near this.
const ONE_MB_LIMIT: Duration = Duration::from_secs(60);

const STORY: &str = "Quake Strikes Coastal Town\n\nA strong earthquake struck the coastal town on Monday, officials said. At least 12 people died.\n";
const STORY2: &str = "Deadly Quake Hits Coast\n\nThe quake hit the coastal town on Monday and killed 14 people, the mayor said.\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
    took: Duration,
}

impl Run {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    fn json(&self) -> Json {
        serde_json::from_slice(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}); stderr: {}\n{}",
                self.stderr,
                self.stdout()
            )
        })
    }
}

/// Runs the binary with `args`, killing it and failing past `limit`.
fn run_with_limit(args: &[&std::ffi::OsStr], limit: Duration) -> Run {
    let child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the binary");
    let pid = child.id();
    let start = Instant::now();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(limit) {
        Ok(out) => out.expect("wait for the binary"),
        Err(_) => {
            // SAFETY: plain kill(2) on the child's pid, which we have not
            // reaped (the waiting thread is still blocked on it).
            unsafe { libc::kill(pid as libc::pid_t, libc::SIGKILL) };
            panic!("crossread {args:?} still running after {limit:?}");
        }
    };
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        took: start.elapsed(),
    }
}

fn facts(paths: &[&Path]) -> Run {
    let mut args: Vec<&std::ffi::OsStr> = vec!["facts".as_ref()];
    args.extend(paths.iter().map(|p| p.as_os_str()));
    run_with_limit(&args, HANG)
}

fn facts_json(paths: &[&Path]) -> Run {
    let mut args: Vec<&std::ffi::OsStr> = vec!["facts".as_ref(), "--json".as_ref()];
    args.extend(paths.iter().map(|p| p.as_os_str()));
    run_with_limit(&args, HANG)
}

fn article_ids(doc: &Json) -> Vec<String> {
    doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

/// Every mention in a `facts --json` document, as (article id, start, end, text).
fn mentions(doc: &Json) -> Vec<(String, usize, usize, String)> {
    let mut out = Vec::new();
    for f in doc["facts"].as_array().unwrap() {
        for m in f["mentions"].as_array().unwrap() {
            out.push((
                m["article"].as_str().unwrap().to_string(),
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
                m["text"].as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

/// Checks that every mention of `id` names bytes of `file` that decode
/// (lossily) to its text; returns how many there were.
fn assert_spans_point_at_file_bytes(doc: &Json, id: &str, file: &[u8]) -> usize {
    let ms: Vec<_> = mentions(doc).into_iter().filter(|m| m.0 == id).collect();
    for (_, start, end, text) in &ms {
        assert!(
            start < end && *end <= file.len(),
            "span {start}..{end} outside a file of {} bytes",
            file.len()
        );
        assert_eq!(
            &String::from_utf8_lossy(&file[*start..*end]),
            text,
            "bytes {start}..{end} of the file"
        );
    }
    ms.len()
}

// ---- missing, empty, unreadable -------------------------------------------

#[test]
fn missing_path_exits_2_naming_it_for_facts_and_json() {
    let tmp = TempDir::new().unwrap();
    let gone = tmp.path().join("no-such-story.txt");
    for run in [facts(&[&gone]), facts_json(&[&gone])] {
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.contains("no-such-story.txt"), "{}", run.stderr);
        assert!(run.stderr.contains("no such file"), "{}", run.stderr);
        assert!(run.stdout.is_empty(), "nothing on stdout: {}", run.stdout());
    }
}

#[test]
fn missing_path_among_good_ones_still_exits_2() {
    let tmp = TempDir::new().unwrap();
    let a = write(tmp.path(), "a.txt", STORY.as_bytes());
    let gone = tmp.path().join("typo.txt");
    let run = facts(&[&a, &gone]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("typo.txt"), "{}", run.stderr);
}

#[test]
fn empty_directory_exits_2_for_facts_and_json() {
    let tmp = TempDir::new().unwrap();
    for run in [facts(&[tmp.path()]), facts_json(&[tmp.path()])] {
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr.contains("no readable articles"),
            "{}",
            run.stderr
        );
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn directory_of_only_unusable_files_exits_2_and_says_why_for_each() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "empty.txt", b"");
    write(tmp.path(), "blank.md", b"\n\n   \r\n");
    write(tmp.path(), "photo.txt", b"\xff\xd8\xff\xe0\0\x10JFIF\0");
    write(tmp.path(), "notes.pdf", STORY.as_bytes()); // not an article type
    let run = facts_json(&[tmp.path()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    for name in ["empty.txt", "blank.md", "photo.txt"] {
        assert!(
            run.stderr.contains(name),
            "{name} not named: {}",
            run.stderr
        );
    }
    assert!(run.stderr.contains("binary"), "{}", run.stderr);
}

#[test]
fn empty_file_is_skipped_with_a_note_and_the_rest_is_read() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    write(tmp.path(), "b.txt", STORY2.as_bytes());
    write(tmp.path(), "empty.txt", b"");
    let run = facts_json(&[tmp.path()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let note = run.stderr.lines().find(|l| l.contains("empty.txt"));
    assert!(
        note.is_some_and(|l| l.contains("note:") && l.contains("empty file")),
        "{}",
        run.stderr
    );
    assert_eq!(article_ids(&run.json()), ["a", "b"]);
}

// ---- binary ---------------------------------------------------------------

/// Pseudo-random bytes with no NUL, like compressed data.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x as u8).max(1)
        })
        .collect()
}

#[test]
fn binary_files_are_skipped_with_a_warning_naming_each() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", STORY.as_bytes());
    let mut nul = STORY.as_bytes().to_vec();
    nul.splice(10..10, [0u8, 0, 1, 2]);
    write(tmp.path(), "with-nul.txt", &nul);
    write(tmp.path(), "random.md", &noise(50_000, 7));
    for run in [facts(&[tmp.path()]), facts_json(&[tmp.path()])] {
        assert_eq!(run.code, 0, "{}", run.stderr);
        for name in ["with-nul.txt", "random.md"] {
            let line = run.stderr.lines().find(|l| l.contains(name));
            assert!(
                line.is_some_and(|l| l.contains("warning:") && l.contains("binary")),
                "no binary warning for {name}: {}",
                run.stderr
            );
        }
    }
    assert_eq!(article_ids(&facts_json(&[tmp.path()]).json()), ["a"]);
}

#[test]
fn a_binary_file_given_alone_exits_2() {
    let tmp = TempDir::new().unwrap();
    let p = write(tmp.path(), "blob.txt", &noise(4096, 99));
    let run = facts(&[&p]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("blob.txt") && run.stderr.contains("binary"),
        "{}",
        run.stderr
    );
}

// ---- encodings ------------------------------------------------------------

#[test]
fn invalid_utf8_is_read_lossily_with_a_warning_and_json_spans_are_file_bytes() {
    let tmp = TempDir::new().unwrap();
    // Latin-1 é, a cut-off emoji and stray bytes before the facts, so
    // every later offset in the text differs from the file's.
    let bytes: &[u8] = b"Caf\xe9 Fire Kills Twelve\n\nThe caf\xe9 \xf0\x9f\x98 fire \xff\xfe on Monday killed 12 people and caused $4 million in damage, officials said. \xe9t\xe9 \"We are devastated \x80 by this,\" the mayor said on Tuesday.\n";
    let p = write(tmp.path(), "latin1.txt", bytes);
    let b = write(tmp.path(), "b.txt", STORY2.as_bytes());
    let run = facts_json(&[&p, &b]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let warning = run.stderr.lines().find(|l| l.contains("latin1.txt"));
    assert!(
        warning.is_some_and(|l| l.contains("warning:") && l.contains("UTF-8")),
        "{}",
        run.stderr
    );
    let doc = run.json();
    let n = assert_spans_point_at_file_bytes(&doc, "latin1", bytes);
    assert!(n >= 3, "too few mentions to prove anything: {n}");
    // At least one mention after the replacements, where offsets shift.
    let first_bad = bytes.iter().position(|&b| b == 0xe9).unwrap();
    assert!(
        mentions(&doc)
            .iter()
            .any(|m| m.0 == "latin1" && m.1 > first_bad + 10),
        "no mention after the invalid bytes"
    );
    // And the table reads it too.
    assert_eq!(facts(&[&p, &b]).code, 0);
}

#[test]
fn bom_and_crlf_are_read_and_json_spans_are_exact_file_bytes() {
    let tmp = TempDir::new().unwrap();
    let text = "\u{feff}Storm Hits Coast\r\nPublished 8 Jan 2026\r\n\r\nWinds of 150 km/h tore roofs off 40 homes on Monday.\r\n\r\n\"It was terrifying,\" said Mayor Ann Lee.\r\n";
    let p = write(tmp.path(), "crlf.txt", text.as_bytes());
    let b = write(tmp.path(), "b.txt", STORY2.as_bytes());
    let run = facts_json(&[&p, &b]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !run.stderr.contains("crlf.txt"),
        "no note for a good file: {}",
        run.stderr
    );
    let doc = run.json();
    assert_eq!(doc["articles"][0]["title"], "Storm Hits Coast");
    let n = assert_spans_point_at_file_bytes(&doc, "crlf", text.as_bytes());
    assert!(n >= 3, "too few mentions: {n}");
    for (id, start, end, t) in mentions(&doc) {
        if id == "crlf" {
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            assert_eq!(&text[start..end], t, "exact, not just lossily equal");
        }
    }
}

// ---- size -----------------------------------------------------------------

/// A megabyte of prose in one line, with facts scattered through it.
fn megabyte_line() -> String {
    let mut s = String::from("Flood Report ");
    let mut i = 0;
    while s.len() < 1_050_000 {
        i += 1;
        s.push_str(&format!(
            "the river rose again and residents of district {i} waited for news while crews worked through the night; on Monday officials said {} people were moved and $3 million was set aside; ",
            i % 50 + 2
        ));
    }
    assert!(!s.contains('\n'));
    s
}

#[test]
fn a_one_megabyte_line_finishes_in_facts_and_json() {
    let tmp = TempDir::new().unwrap();
    let line = megabyte_line();
    let p = write(tmp.path(), "oneline.txt", line.as_bytes());
    let run = facts(&[&p]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout().contains("across 1 articles"),
        "{}",
        run.stdout()
    );
    // Reported, not asserted: a loaded CI machine must not fail this. The
    // release-build speed check is `cargo bench --bench engine` / README.
    eprintln!("facts on a 1 MB line (debug build): {:?}", run.took);
    let run = run_with_limit(
        &["facts".as_ref(), "--json".as_ref(), p.as_os_str()],
        ONE_MB_LIMIT,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    let n = assert_spans_point_at_file_bytes(&doc, "oneline", line.as_bytes());
    assert!(n > 100, "facts all through the line: {n}");
}

#[test]
fn a_100_mib_file_is_refused_with_its_size_and_the_limit() {
    let tmp = TempDir::new().unwrap();
    let big = tmp.path().join("dump.txt");
    // Sparse: 100 MiB on paper, no disk space or write time.
    std::fs::File::create(&big)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let run = facts(&[&big]);
    assert_eq!(
        run.code, 2,
        "alone it leaves nothing to read: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("dump.txt")
            && run.stderr.contains("100 MiB")
            && run.stderr.contains("16 MiB"),
        "{}",
        run.stderr
    );
    write(tmp.path(), "a.txt", STORY.as_bytes());
    let run = facts_json(&[tmp.path()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = run.stderr.lines().find(|l| l.contains("dump.txt"));
    assert!(
        line.is_some_and(|l| l.contains("warning:") && l.contains("limit")),
        "{}",
        run.stderr
    );
    assert_eq!(article_ids(&run.json()), ["a"]);
}

// ---- the file system ------------------------------------------------------

#[cfg(unix)]
#[test]
fn symlink_loops_are_not_followed() {
    use std::os::unix::fs::symlink;
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "news/a.txt", STORY.as_bytes());
    symlink(tmp.path().join("news"), tmp.path().join("news/again")).unwrap();
    symlink(tmp.path(), tmp.path().join("news/up")).unwrap();
    symlink(
        tmp.path().join("news/self.txt"),
        tmp.path().join("news/self.txt"),
    )
    .unwrap();
    let run = facts_json(&[tmp.path()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(article_ids(&run.json()), ["a"], "the loops add no copies");
    assert!(run.stderr.contains("not followed"), "{}", run.stderr);
    assert!(run.stderr.contains("self.txt"), "{}", run.stderr);
}

#[test]
fn ten_thousand_files_work() {
    let tmp = TempDir::new().unwrap();
    for i in 0..10_000 {
        let body = format!(
            "Report Number {i} Filed\n\nThe office filed report {i} on Monday, and {} staff signed it.\n",
            i % 7 + 2
        );
        std::fs::write(tmp.path().join(format!("r{i:05}.txt")), body).unwrap();
    }
    let run = facts(&[tmp.path()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout().contains("across 10000 articles"),
        "{}",
        run.stdout()
    );
    eprintln!("facts on 10,000 files (debug build): {:?}", run.took);
}

// ---- scripts and widths ---------------------------------------------------

const SCRIPTS: &str = "東京で地震 Tokyo Quake\n\n東京 — On Monday 12 people 🙂 died in Tōkyō, said Zoë Ångström. Cafe\u{301} owners e\u{301}\u{302} reported $5 million in losses. שלום עולם: 30 homes lost, مرحبا 7 km away.\tTabs\there.\n";

#[test]
fn cjk_emoji_combining_rtl_and_tabs_keep_spans_on_char_boundaries() {
    let tmp = TempDir::new().unwrap();
    let p = write(tmp.path(), "scripts.txt", SCRIPTS.as_bytes());
    let b = write(tmp.path(), "b.txt", STORY2.as_bytes());
    let run = facts_json(&[&p, &b]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    let n = assert_spans_point_at_file_bytes(&doc, "scripts", SCRIPTS.as_bytes());
    assert!(n >= 3, "too few mentions: {n}");
    for (id, start, end, _) in mentions(&doc) {
        if id == "scripts" {
            assert!(
                SCRIPTS.is_char_boundary(start) && SCRIPTS.is_char_boundary(end),
                "{start}..{end}"
            );
        }
    }
    assert_eq!(facts(&[&p, &b]).code, 0);
}

// ---- escapes --------------------------------------------------------------

const HOSTILE: &str = "Title \x1b]0;pwned\x07 Here\n\nOn Monday 12 people died \x1b[2J, officials \x1b]52;c;aGVsbG8=\x07 said. \"We \x1b[31mgrieve\x1b[0m \u{9b}2J today,\" the mayor said.\x08\x07\n";

fn assert_no_terminal_controls(out: &str, what: &str) {
    for c in out.chars() {
        let allowed = matches!(c, '\n' | '\t');
        assert!(
            allowed || !(c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "{what} carries {c:?}:\n{out}"
        );
    }
}

#[test]
fn escapes_in_articles_and_file_names_never_reach_the_terminal_through_facts() {
    let tmp = TempDir::new().unwrap();
    // The file name carries a title-setting sequence too: it becomes the
    // article id, which the table and notes print.
    let evil_name = "evil\x1b]0;pwned\x07.txt";
    write(tmp.path(), evil_name, HOSTILE.as_bytes());
    write(tmp.path(), "b.txt", STORY2.as_bytes());
    write(tmp.path(), "x\x1b[2J.txt", b""); // an empty one, for a note
    let run = facts(&[tmp.path()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let table = run.stdout();
    assert_no_terminal_controls(&table, "the table");
    assert_no_terminal_controls(&run.stderr, "stderr");
    assert!(
        table.contains("evil^[]0;pwned^G"),
        "shown like less:\n{table}"
    );
    assert!(run.stderr.contains("x^[[2J.txt"), "{}", run.stderr);

    let run = facts_json(&[tmp.path()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let raw = run.stdout();
    assert_no_terminal_controls(&raw, "the JSON");
    // Escaped, not lost: the JSON strings still hold the exact text.
    let doc = run.json();
    let id = "evil\x1b]0;pwned\x07";
    assert!(article_ids(&doc).iter().any(|a| a == id), "{raw}");
    let n = assert_spans_point_at_file_bytes(&doc, id, HOSTILE.as_bytes());
    assert!(n >= 2, "{raw}");
    assert!(
        mentions(&doc).iter().any(|m| m.3.contains('\u{9b}')),
        "the C1 control survives inside the JSON string: {raw}"
    );
}

// ---- the reader, in a pty --------------------------------------------------

fn reader(args: &[&str], cols: u16, rows: u16) -> pty::PtySession {
    pty::PtySession::spawn(BIN, args, cols, rows)
}

#[test]
fn reader_with_a_missing_path_exits_2_naming_it() {
    let tmp = TempDir::new().unwrap();
    let gone = tmp.path().join("not-there.txt");
    let mut s = reader(&[gone.to_str().unwrap()], 100, 10);
    let status = s.wait_exit(pty::TIMEOUT).expect("exits");
    assert_eq!(status.exit_code(), 2);
    assert!(s.screen().contains("not-there.txt"), "{}", s.screen());
    assert!(!s.with_screen(|sc| sc.alternate_screen()));
}

#[test]
fn reader_with_only_unusable_files_exits_2() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "empty.txt", b"");
    write(tmp.path(), "blob.txt", &noise(3000, 3));
    let mut s = reader(&[tmp.path().to_str().unwrap()], 100, 12);
    let status = s.wait_exit(pty::TIMEOUT).expect("exits");
    assert_eq!(status.exit_code(), 2);
    let screen = s.screen();
    assert!(
        screen.contains("no readable articles") && screen.contains("blob.txt"),
        "{screen}"
    );
}

fn quit(mut s: pty::PtySession) {
    s.send("q");
    let status = s.wait_exit(pty::TIMEOUT).expect("exits after q");
    assert!(status.success(), "{status:?}");
}

#[test]
fn reader_wraps_a_one_megabyte_line() {
    let tmp = TempDir::new().unwrap();
    let p = write(tmp.path(), "oneline.txt", megabyte_line().as_bytes());
    let (cols, rows) = (100, 24);
    let s = reader(&[p.to_str().unwrap()], cols, rows);
    // The start of the line, then more of it on the rows below: wrapped,
    // not cut at the pane's edge.
    let screen = s
        .wait_for(
            |sc| {
                sc.lines().filter(|l| l.contains("the river rose")).count() >= 2
                    && sc.contains("q quit")
            },
            // The first frame waits for the analysis of the whole line,
            // which takes over 10 s in a debug build on a busy machine.
            HANG,
        )
        .unwrap_or_else(|sc| panic!("the line is not wrapped over rows:\n{sc}"));
    assert!(screen.contains("Flood Report"), "{screen}");
    quit(s);
}

/// The row and column of the first cell holding `c`, on the row that
/// contains `row_text` (an empty cell counts as a space, the second half of a wide one as nothing).
fn column_of(s: &pty::PtySession, row_text: &str, c: &str) -> (u16, u16) {
    // No panic while holding the screen's lock: it would poison it for the
    // thread that reads the pty.
    let found = s.with_screen(|sc| {
        let (rows, cols) = sc.size();
        let cell = |r: u16, x: u16| match sc.cell(r, x) {
            Some(c) if c.is_wide_continuation() => String::new(),
            Some(c) if c.has_contents() => c.contents().to_string(),
            _ => " ".to_string(),
        };
        (0..rows)
            .filter(|&r| {
                (0..cols)
                    .map(|x| cell(r, x))
                    .collect::<String>()
                    .contains(row_text)
            })
            .find_map(|r| (0..cols).find(|&x| cell(r, x) == c).map(|x| (r, x)))
    });
    found.unwrap_or_else(|| panic!("{c:?} not on a row with {row_text:?}:\n{}", s.screen()))
}

#[test]
fn reader_draws_wide_combining_rtl_and_tabbed_text_at_the_right_columns() {
    let tmp = TempDir::new().unwrap();
    let text = "Widths Test\n\nA中文字B\nCe\u{301}\u{302}D\nE🙂F\nGשלוםH\nI\tJ\n";
    let p = write(tmp.path(), "w.txt", text.as_bytes());
    let s = reader(&[p.to_str().unwrap()], 100, 20);
    s.expect_text("q quit");
    s.expect_text("A中文字B");
    // Each pair of letters is as far apart as the cells between them.
    let cases: [(&str, &str, &str, u16); 5] = [
        ("A中文字B", "A", "B", 7),          // three wide chars: 6 cells
        ("Ce\u{301}\u{302}D", "C", "D", 2), // e + two combining marks: 1 cell
        ("E🙂F", "E", "F", 3),              // emoji: 2 cells
        ("GשלוםH", "G", "H", 5),            // four Hebrew letters, in file order
        ("I    J", "I", "J", 5),            // a tab: 4 cells
    ];
    for (row, a, b, dist) in cases {
        let row_key = &row[..row.find(b).unwrap()];
        let (ra, xa) = column_of(&s, row_key, a);
        let (rb, xb) = column_of(&s, row_key, b);
        assert_eq!(ra, rb, "{row}");
        assert_eq!(
            xb - xa,
            dist,
            "{row}: {a} at {xa}, {b} at {xb}\n{}",
            s.screen()
        );
    }
    let (r, x) = column_of(&s, "A中", "中");
    let wide = s.with_screen(|sc| sc.cell(r, x).is_some_and(|c| c.is_wide()));
    assert!(wide, "中 takes two cells");
    let combined = s.with_screen(|sc| sc.contents().contains("e\u{301}\u{302}"));
    assert!(combined, "the combining marks stay on their letter");
    quit(s);
}
