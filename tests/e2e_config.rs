//! The config file and standard input with the built binary in a real
//! pseudo-terminal: a `[keys]` overlay changes the quit key, the status
//! bar and the help; an article piped in is read while keys come from the
//! terminal.

#[path = "common/pty.rs"]
mod pty;

use std::path::Path;
use std::time::Duration;

use pty::{PtySession, TIMEOUT};

const BIN: &str = env!("CARGO_BIN_EXE_crossread");
const STARTUP: Duration = Duration::from_secs(90);

const A: &str =
    "Quake kills 24\n\nA quake killed 24 people in the valley on Tuesday, officials said.\n";
const B: &str =
    "Quake toll 31\n\nThe quake killed 31 people in the valley on Tuesday, the ministry said.\n";

fn corpus(dir: &Path) -> (String, String) {
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, A).unwrap();
    std::fs::write(&b, B).unwrap();
    (a.display().to_string(), b.display().to_string())
}

#[test]
fn a_keys_overlay_changes_the_quit_key_and_the_help_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = corpus(dir.path());
    let cfg = dir.path().join("config.toml");
    std::fs::write(&cfg, "[keys]\nquit = [\"x\"]\n").unwrap();
    let cfg = cfg.display().to_string();
    let mut s = PtySession::spawn_env(BIN, &[&a, &b], &[("CROSSREAD_CONFIG", &cfg)], 120, 40);
    s.wait_for(
        |sc| sc.contains("Sources (2)") && sc.contains("x quit"),
        STARTUP,
    )
    .unwrap_or_else(|sc| panic!("no first frame with the new quit key:\n{sc}"));
    assert!(!s.screen().contains("q quit"), "{}", s.screen());

    s.send("q");
    assert!(
        s.wait_exit(Duration::from_millis(1500)).is_none(),
        "q still quit after it was rebound"
    );
    // wait_exit killed the session; start again to read the help.
    // Tall enough for the help's first context, whose last action is
    // quit, to show whole from the top: scrolling to it with G raced the
    // first frames (the frame before G was read, or the one after, which
    // shows only the last contexts).
    let mut s = PtySession::spawn_env(BIN, &[&a, &b], &[("CROSSREAD_CONFIG", &cfg)], 120, 60);
    s.wait_for(|sc| sc.contains("x quit"), STARTUP)
        .unwrap_or_else(|sc| panic!("no first frame:\n{sc}"));
    s.send("?");
    s.expect_text("Sources, reader and facts");
    // The key column of each "quit" row: between the popup's border and
    // the description. Several contexts list quit (some on Ctrl-c only),
    // so wait for the frame that shows the first context's row.
    let quit_keys = |sc: &str| -> Vec<String> {
        sc.lines()
            .filter(|l| l.contains(" quit ") && l.contains("│   "))
            .filter_map(|l| {
                l.split(" quit ")
                    .next()
                    .and_then(|r| r.rsplit('│').next())
                    .map(|k| k.trim().to_string())
            })
            .collect()
    };
    let quit_line = |sc: &str| {
        sc.lines()
            .find(|l| l.contains(" quit ") && l.contains("│   "))
            .map(str::to_string)
    };
    let help = s
        .wait_for(|sc| quit_keys(sc).iter().any(|k| k == "x"), TIMEOUT)
        .unwrap_or_else(|sc| panic!("help does not list quit on x alone:\n{sc}"));
    assert!(
        !quit_keys(&help)
            .iter()
            .any(|k| k.split_whitespace().any(|w| w == "q")),
        "q is still listed for quit:\n{help}"
    );
    s.send("\x1b");
    s.wait_for(
        |sc| !sc.contains("Sources, reader and facts") && quit_line(sc).is_none(),
        TIMEOUT,
    )
    .unwrap_or_else(|sc| panic!("help did not close:\n{sc}"));
    s.send("x");
    let status = s.wait_exit(TIMEOUT).expect("x quits");
    assert!(status.success(), "{status:?}");
}

#[test]
fn a_bad_config_is_reported_before_the_screen_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = corpus(dir.path());
    let cfg = dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        "[keys]\nquit = [\"x\"]\n\n[theme]\nborder = { fg = \"not-a-colour\" }\n",
    )
    .unwrap();
    let cfg = cfg.display().to_string();
    let mut s = PtySession::spawn_env(BIN, &[&a], &[("CROSSREAD_CONFIG", &cfg)], 100, 30);
    let status = s.wait_exit(TIMEOUT).expect("exits at once");
    assert_eq!(status.exit_code(), 2);
    let screen = s.screen();
    assert!(
        screen.contains(&format!("{cfg}:5: theme.border.fg")),
        "{screen}"
    );
    assert!(
        !screen.contains("Sources"),
        "the reader was drawn:\n{screen}"
    );
}

#[test]
fn an_article_piped_in_is_read_and_keys_come_from_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = corpus(dir.path());
    let script = format!("printf '%s' \"$ARTICLE\" | {BIN} - {a}");
    let mut s = PtySession::spawn_env(
        "sh",
        &["-c", &script],
        &[
            ("ARTICLE", B),
            ("CROSSREAD_CONFIG", ""),
            ("XDG_CONFIG_HOME", &dir.path().display().to_string()),
        ],
        120,
        40,
    );
    s.wait_for(
        |sc| sc.contains("Sources (2)") && sc.contains("q quit"),
        STARTUP,
    )
    .unwrap_or_else(|sc| panic!("no first frame:\n{sc}"));
    s.expect_text("Quake toll 31");
    s.send("q");
    let status = s
        .wait_exit(TIMEOUT)
        .expect("q quits with keys from the terminal");
    assert!(status.success(), "{status:?}");
}
