//! The built binary in a real pseudo-terminal: what a user sees and types.

#[path = "common/pty.rs"]
mod pty;

use std::process::{Command, Stdio};
use std::time::Duration;

use pty::{PtySession, TIMEOUT, keys};

const BIN: &str = env!("CARGO_BIN_EXE_crossread");

/// The app analyses the corpus before its first frame, which takes a few
/// seconds in a debug build (more while other tests run).
const STARTUP: Duration = Duration::from_secs(90);

/// The start of the dateline of the seed article from Kurdistan24.
const KURDISTAN24_TEXT: &str = "ERBIL (Kurdistan24)";

fn start() -> PtySession {
    let s = PtySession::spawn(BIN, &[], 120, 40);
    // Typing before the reader is up would race its switch to raw mode.
    // The status bar is the last row, so the last thing a first frame draws.
    s.wait_for(
        |sc| sc.contains("Sources (5)") && sc.contains("q quit"),
        STARTUP,
    )
    .unwrap_or_else(|sc| panic!("no first frame:\n{sc}"));
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
    // Titles may be cut to the pane's width; their start must show.
    let starts: Vec<String> = corpus
        .articles
        .iter()
        .map(|a| a.meta.title.chars().take(20).collect())
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
        "filter the sources",
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
