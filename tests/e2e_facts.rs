//! The built binary in a real pseudo-terminal, reading linked facts on the
//! seeds: find a fact, jump to another article's mention of it, and read
//! the mentions side by side.

#[path = "common/pty.rs"]
mod pty;

use std::time::Duration;

use pty::{PtySession, TIMEOUT, keys};

const BIN: &str = env!("CARGO_BIN_EXE_crossread");

/// The analysis takes a few seconds in a debug build (more while other
/// tests run).
const STARTUP: Duration = Duration::from_secs(90);

/// Where the fact panel starts at 120 columns; the reader is left of it.
const PANEL_X: u16 = 84;

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

/// One screen row: its text, and the column of each char of it.
fn row(screen: &vt100::Screen, y: u16, xs: std::ops::Range<u16>) -> (String, Vec<u16>) {
    let mut text = String::new();
    let mut cols = Vec::new();
    for x in xs {
        let c = screen
            .cell(y, x)
            .map_or(String::new(), |c| c.contents().to_string());
        let c = if c.is_empty() { " ".to_string() } else { c };
        for ch in c.chars() {
            text.push(ch);
            cols.push(x);
        }
    }
    (text, cols)
}

/// The cells of every place `needle` shows left of the panel.
fn in_reader(screen: &vt100::Screen, needle: &str) -> Vec<Vec<(u16, u16)>> {
    let (rows, _) = screen.size();
    let mut out = Vec::new();
    for y in 0..rows {
        let (text, cols) = row(screen, y, 0..PANEL_X);
        if let Some(i) = text.find(needle) {
            let first = text[..i].chars().count();
            let n = needle.chars().count();
            out.push((first..first + n).map(|c| (y, cols[c])).collect());
        }
    }
    out
}

/// The reader's title, on its top border.
fn reader_title(sc: &str) -> String {
    sc.lines()
        .next()
        .unwrap_or("")
        .chars()
        .skip(25)
        .take(58)
        .collect()
}

fn find_hour_long(s: &mut PtySession) -> String {
    s.send("f");
    s.expect_text("Find a fact");
    s.send("hour-long");
    s.expect_text("f hour-long");
    s.send(keys::ENTER);
    s.wait_for(
        |sc| {
            let panel: String = sc
                .lines()
                .map(|l| l.chars().skip(PANEL_X.into()).collect::<String>() + "\n")
                .collect();
            !sc.contains("Find a fact")
                && panel.contains("✗ conflict")
                && panel.contains("15 min")
                && panel.contains("1 h")
                && sc.contains("READER")
        },
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("the conflict with 15 min and 1 h is not in the panel:\n{sc}"))
}

#[test]
fn f_hour_long_enter_shows_the_conflict_with_both_values() {
    let mut s = start();
    find_hour_long(&mut s);
    quit(s);
}

#[test]
fn n_lands_on_another_articles_mention_highlighted() {
    let mut s = start();
    let before = reader_title(&find_hour_long(&mut s));
    s.send("n");
    let after = s
        .wait_for(|sc| reader_title(sc) != before, TIMEOUT)
        .unwrap_or_else(|sc| panic!("n did not switch the article:\n{sc}"));
    // The mention n landed on is drawn in the strongest style: a
    // background and bold, where plain text has neither. The new title can
    // arrive before the rest of the frame, so the check waits for it.
    let highlighted = |screen: &vt100::Screen| {
        ["hour-long", "15-minute"].iter().any(|needle| {
            in_reader(screen, needle).iter().any(|cells| {
                cells.iter().all(|&(y, x)| {
                    let c = screen.cell(y, x).unwrap();
                    c.bgcolor() != vt100::Color::Default && c.bold()
                })
            })
        })
    };
    assert!(
        s.wait_for_screen(highlighted, TIMEOUT),
        "no highlighted mention in the reader:\n{}",
        s.screen()
    );
    let plain = s.with_screen(|screen| {
        in_reader(screen, "phone").iter().any(|cells| {
            cells
                .iter()
                .all(|&(y, x)| screen.cell(y, x).unwrap().bgcolor() == vt100::Color::Default)
        })
    });
    assert!(plain, "other text must stay plain:\n{after}");
    quit(s);
}

#[test]
fn s_shows_15_minute_and_hour_long_on_one_row() {
    let mut s = start();
    let before = reader_title(&find_hour_long(&mut s));
    s.send("n");
    s.wait_for(|sc| reader_title(sc) != before, TIMEOUT)
        .unwrap_or_else(|sc| panic!("n did not switch the article:\n{sc}"));
    s.send("s");
    s.wait_for(
        |sc| {
            sc.contains("SIDE BY SIDE")
                && sc
                    .lines()
                    .any(|l| l.contains("15-minute") && l.contains("hour-long"))
        },
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("15-minute and hour-long not on one row:\n{sc}"));
    s.send("s");
    s.wait_for(
        |sc| !sc.contains("SIDE BY SIDE") && sc.contains("READER"),
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("s did not go back to the reader:\n{sc}"));
    quit(s);
}

#[test]
fn c_selects_a_conflict_from_the_start() {
    let mut s = start();
    s.send("c");
    s.wait_for(
        |sc| {
            sc.lines()
                .last()
                .is_some_and(|l| l.contains("✗") && l.contains("conflict"))
        },
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("no conflict selected:\n{sc}"));
    quit(s);
}
