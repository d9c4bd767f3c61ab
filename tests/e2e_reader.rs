//! The built binary in a real pseudo-terminal: what a user sees and types.

#[path = "common/pty.rs"]
mod pty;

use std::process::{Command, Stdio};
use std::time::Duration;

use pty::{PtySession, TIMEOUT, keys};

const BIN: &str = env!("CARGO_BIN_EXE_crossread");

/// The analysis takes a few seconds in a debug build (more while other
/// tests run).
const STARTUP: Duration = Duration::from_secs(90);

/// The start of the dateline of the seed article from Kurdistan24.
const KURDISTAN24_TEXT: &str = "ERBIL (Kurdistan24)";

fn start() -> PtySession {
    let mut s = PtySession::spawn(BIN, &[], 120, 40);
    // The sources show at once; the analysis follows in the background
    // and, the seeds conflicting, opens the disagreements overview. Typing
    // before it is up would race it; q closes it, back to the panes.
    s.wait_for(|sc| sc.contains("Disagreements"), STARTUP)
        .unwrap_or_else(|sc| panic!("no overview after the analysis:\n{sc}"));
    s.send("q");
    s.wait_for(
        |sc| sc.contains("Sources (5)") && sc.contains("q quit") && !sc.contains("Disagreements"),
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("q did not close the overview:\n{sc}"));
    s
}

fn quit(mut s: PtySession) {
    s.send("q");
    let status = s.wait_exit(TIMEOUT).expect("the reader exits after q");
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn sources_are_listed_on_start() {
    let s = start();
    let corpus = crossread::engine::load::load_seeds();
    // Titles may be cut to the pane's width (after the two marks); their
    // start must show.
    let starts: Vec<String> = corpus
        .articles
        .iter()
        .map(|a| a.meta.title.chars().take(18).collect())
        .collect();
    assert_eq!(starts.len(), 5);
    s.wait_for(|sc| starts.iter().all(|t| sc.contains(t.as_str())), TIMEOUT)
        .unwrap_or_else(|sc| panic!("titles {starts:?} not all shown:\n{sc}"));
    s.expect_text("SOURCES");
    quit(s);
}

#[test]
fn filtering_for_kurd_and_enter_opens_the_kurdistan24_article() {
    let mut s = start();
    assert!(
        !s.screen().contains(KURDISTAN24_TEXT),
        "the article must not be open before filtering"
    );
    s.send("/");
    s.expect_text("Filter sources");
    s.send("kurd");
    s.expect_text("/kurd");
    s.send(keys::ENTER);
    // Opening also moves the focus to the reader (the status bar says so);
    // waiting for that too means the whole frame has arrived.
    s.wait_for(
        |sc| {
            sc.contains(KURDISTAN24_TEXT) && !sc.contains("Filter sources") && sc.contains("READER")
        },
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("article not opened with the reader focused:\n{sc}"));
    quit(s);
}

#[test]
fn question_mark_shows_help_from_the_keymap() {
    let mut s = start();
    s.send("?");
    let wanted = [
        "show this help",
        "open the source / jump to the fact",
        "filter sources, facts",
        "Ctrl-d",
    ];
    s.wait_for(|sc| wanted.iter().all(|w| sc.contains(w)), TIMEOUT)
        .unwrap_or_else(|sc| panic!("help with {wanted:?} not shown:\n{sc}"));
    s.send(keys::ESC);
    s.wait_for(|sc| !sc.contains("show this help"), TIMEOUT)
        .unwrap_or_else(|sc| panic!("Esc did not close help:\n{sc}"));
    quit(s);
}

#[test]
fn q_exits_with_status_0_and_leaves_the_alternate_screen() {
    let mut s = start();
    assert!(s.with_screen(|sc| sc.alternate_screen()));
    s.send("q");
    let status = s.wait_exit(TIMEOUT).expect("exits after q");
    assert!(status.success(), "exit status {status:?}");
    assert!(
        !s.with_screen(|sc| sc.alternate_screen()),
        "terminal left on the alternate screen"
    );
}

#[test]
fn ctrl_c_exits_with_status_0() {
    let mut s = start();
    s.send(keys::CTRL_C);
    let status = s.wait_exit(TIMEOUT).expect("exits after Ctrl-c");
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn resizing_the_terminal_redraws_at_the_new_size() {
    let mut s = start();
    s.resize(60, 20);
    // The status bar is drawn on the new last row, below the reader's frame.
    s.wait_for(
        |sc| {
            let rows: Vec<&str> = sc.lines().collect();
            rows.len() == 20 && rows[19].contains("SOURCES") && rows[18].contains("L1/")
        },
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("not redrawn at 60x20:\n{sc}"));
    s.resize(10, 3);
    s.expect_text("too small");
    quit(s);
}

#[test]
fn without_a_terminal_it_exits_2_and_points_to_facts() {
    let out = Command::new(BIN)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run the binary");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("crossread facts"), "stderr: {stderr}");
}

/// The row of the screen that holds `needle`, if any.
fn row_of(sc: &str, needle: &str) -> Option<usize> {
    sc.lines().position(|l| l.contains(needle))
}

#[test]
fn q_and_esc_close_the_innermost_view_and_colon_q_quits() {
    let mut s = start();
    // Side by side over the panes: q closes it, not the app.
    s.send("c");
    s.send("s");
    s.expect_text("SIDE BY SIDE");
    s.send("q");
    s.wait_for(
        |sc| !sc.contains("SIDE BY SIDE") && sc.contains("READER"),
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("q did not close side by side:\n{sc}"));
    // The overview again, and Esc closes it.
    s.send("o");
    s.expect_text("Disagreements");
    s.send(keys::ESC);
    s.wait_for(|sc| !sc.contains("Disagreements"), TIMEOUT)
        .unwrap_or_else(|sc| panic!("Esc did not close the overview:\n{sc}"));
    // Help: q closes it.
    s.send("?");
    s.expect_text("show this help");
    s.send("q");
    s.wait_for(|sc| !sc.contains("show this help"), TIMEOUT)
        .unwrap_or_else(|sc| panic!("q did not close help:\n{sc}"));
    s.send(":q");
    let status = s.wait_exit(TIMEOUT).expect("exits after :q");
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn slash_in_the_reader_searches_and_n_goes_to_the_next_match() {
    let mut s = start();
    s.send(keys::TAB);
    s.expect_text("READER");
    s.send("/Petro");
    s.wait_for(
        |sc| {
            sc.lines()
                .last()
                .is_some_and(|l| l.contains("/Petro") && l.contains("match"))
        },
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("no incremental search prompt:\n{sc}"));
    s.send(keys::ENTER);
    let first = s
        .wait_for(
            |sc| sc.lines().last().is_some_and(|l| l.contains("/Petro 1/")),
            TIMEOUT,
        )
        .unwrap_or_else(|sc| panic!("search not active on its first match:\n{sc}"));
    let total: String = first
        .lines()
        .last()
        .and_then(|l| l.split("/Petro 1/").nth(1))
        .map(|r| r.chars().take_while(char::is_ascii_digit).collect())
        .unwrap_or_default();
    assert!(total.parse::<usize>().unwrap_or(0) > 1, "{first}");
    s.send("n");
    s.wait_for(
        |sc| sc.lines().last().is_some_and(|l| l.contains("/Petro 2/")),
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("n did not move to the second match:\n{sc}"));
    // The matches are marked in the reader, not only counted.
    let marked = s.with_screen(|sc| {
        (0..39u16).any(|y| {
            (25..84u16).any(|x| {
                sc.cell(y, x)
                    .is_some_and(|c| c.contents() == "P" && c.bgcolor() != vt100::Color::Default)
            })
        })
    });
    assert!(marked, "no match highlighted:\n{}", s.screen());
    // Esc ends the search.
    s.send(keys::ESC);
    s.wait_for(|sc| !sc.contains("/Petro"), TIMEOUT)
        .unwrap_or_else(|sc| panic!("Esc did not end the search:\n{sc}"));
    quit(s);
}

#[test]
fn a_count_before_j_moves_that_many_sources() {
    let mut s = start();
    let before = s.screen();
    let first = row_of(&before, "›").expect("a cursor mark in the source list");
    s.send("3j");
    s.wait_for(|sc| row_of(sc, "›") == Some(first + 6), TIMEOUT)
        .unwrap_or_else(|sc| panic!("3j did not move three entries down:\n{sc}"));
    // 1G goes back to the first.
    s.send("1G");
    s.wait_for(|sc| row_of(sc, "›") == Some(first), TIMEOUT)
        .unwrap_or_else(|sc| panic!("1G did not go back to the first:\n{sc}"));
    quit(s);
}

#[test]
fn a_mouse_click_on_a_source_opens_it() {
    let mut s = start();
    let corpus = crossread::engine::load::load_seeds();
    // The fourth: the first three titles start alike.
    let fourth: String = corpus.articles[3].meta.title.chars().take(20).collect();
    let sc = s.screen();
    let y = sc
        .lines()
        .position(|l| l.contains("›▸"))
        .expect("the first source is selected and open")
        + 6;
    // SGR mouse: press and release of the left button, 1-based column/row.
    s.send(&format!("\x1b[<0;5;{}M\x1b[<0;5;{}m", y + 1, y + 1));
    s.wait_for(
        |sc| sc.lines().next().is_some_and(|l| l.contains(&fourth)),
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("the click did not open {fourth:?}:\n{sc}"));
    quit(s);
}

#[test]
fn no_color_draws_no_colour_and_still_marks_values() {
    let mut s = PtySession::spawn_env(BIN, &[], &[("NO_COLOR", "1")], 120, 40);
    s.wait_for(|sc| sc.contains("Disagreements"), STARTUP)
        .unwrap_or_else(|sc| panic!("no overview:\n{sc}"));
    s.send("q");
    s.send("c");
    s.wait_for(
        |sc| sc.lines().last().is_some_and(|l| l.contains("✗")),
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("c did not select a conflict:\n{sc}"));
    let (coloured, marked) = s.with_screen(|sc| {
        let (rows, cols) = sc.size();
        let mut coloured = Vec::new();
        let mut marked = 0;
        for y in 0..rows {
            for x in 0..cols {
                let Some(c) = sc.cell(y, x) else { continue };
                if c.fgcolor() != vt100::Color::Default || c.bgcolor() != vt100::Color::Default {
                    coloured.push((y, x));
                }
                // The current mention, in the reader: reversed and bold.
                if (25..84).contains(&x)
                    && c.inverse()
                    && c.bold()
                    && !c.contents().trim().is_empty()
                {
                    marked += 1;
                }
            }
        }
        (coloured, marked)
    });
    assert!(
        coloured.is_empty(),
        "coloured cells at {:?}:\n{}",
        &coloured[..coloured.len().min(5)],
        s.screen()
    );
    assert!(
        marked > 0,
        "the current value is not marked:\n{}",
        s.screen()
    );
    quit(s);
}

#[test]
fn a_thousand_articles_show_their_sources_before_the_analysis_ends() {
    let generator = std::path::Path::new("../shared/eval/gen_corpus.py");
    if !generator.exists() {
        eprintln!("skipped: {} is absent", generator.display());
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let made = Command::new("python3")
        .arg(generator)
        .arg(dir.path())
        .arg("1000")
        .stdout(Stdio::null())
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: python3 could not generate the corpus");
        return;
    }
    let path = dir.path().to_string_lossy().to_string();
    let mut s = PtySession::spawn(BIN, &[&path], 120, 40);
    // A frame lists the sources while the status line still says the
    // analysis runs (a frame may arrive in pieces: wait for its last row).
    s.wait_for(
        |sc| sc.contains("Sources (1000)") && sc.contains("analysing"),
        STARTUP,
    )
    .unwrap_or_else(|sc| panic!("no frame with the sources during the analysis:\n{sc}"));
    // Keys work meanwhile.
    s.send("j");
    s.wait_for(
        |sc| sc.lines().nth(3).is_some_and(|l| l.contains('›')),
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("j did nothing while analysing:\n{sc}"));
    s.send(":q");
    assert!(s.wait_exit(TIMEOUT).is_some_and(|st| st.success()));
}
