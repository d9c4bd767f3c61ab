//! Text that must not break the output, through the built binary: other
//! scripts, wide and combining characters, and terminal escapes in the
//! articles, for `crossread facts`, `facts --json` and the reader in a pty.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/pty.rs"]
mod pty;

use cli::*;

use tempfile::TempDir;

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
