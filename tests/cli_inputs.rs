//! Hard inputs through the built binary: `crossread facts`, `facts --json`
//! and, where it applies, the reader in a pty. Every fixture is generated
//! in a temporary directory.
//!
//! Exit statuses: 0 ok, 1 runtime error, 2 bad usage or input.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/pty.rs"]
mod pty;

use cli::*;

use tempfile::TempDir;

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
