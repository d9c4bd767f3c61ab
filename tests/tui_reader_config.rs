//! The reader's look from the config and the input format, on a
//! `TestBackend`: Markdown lightly styled, page chrome dimmed (or not),
//! and the configured wrap width.

mod tui_support;

use crossread::config::ReaderOptions;
use crossread::engine::FactSet;
use crossread::engine::load::load_paths;
use crossread::tui::App;
use crossread::tui::keymap::Keymap;
use crossread::tui::theme::Theme;
use ratatui::style::Modifier;
use tui_support::{find_all, run, screen};

fn app(files: &[(&str, &str)], opts: ReaderOptions) -> App {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<_> = files
        .iter()
        .map(|(name, text)| {
            let p = dir.path().join(name);
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect();
    let corpus = load_paths(&paths).unwrap();
    let mut app = App::with_facts(
        corpus,
        FactSet::default(),
        Keymap::default(),
        Theme::default(),
    );
    app.set_reader_options(opts);
    app
}

const NOTE: &str = "# Quake in the valley\n\nThe quake was *strong* and the [ministry](https://example.org/m) spoke.\n";
const SAVED: &str = "Quake in the valley\nListen to this article\nThe quake struck the valley on Tuesday morning, officials said.\n";

#[test]
fn markdown_headings_are_bold_and_markup_is_faint() {
    let mut app = app(&[("note.md", NOTE)], ReaderOptions::default());
    let term = run(&mut app, 120, 30, vec![]);
    let buf = term.backend().buffer();
    let t = Theme::default();
    let heading = find_all(buf, 26..84, "# Quake in the valley")
        .pop()
        .unwrap();
    let (hx, hy) = heading[0];
    assert_eq!(buf[(hx, hy)].style().fg, t.md_syntax.fg, "the # is faint");
    for &(x, y) in &heading[2..] {
        assert!(
            buf[(x, y)].modifier.contains(Modifier::BOLD),
            "heading not bold at {x}"
        );
    }
    let strong = &find_all(buf, 26..84, "*strong*")[0];
    assert!(buf[strong[1]].modifier.contains(Modifier::ITALIC));
    assert_eq!(buf[strong[0]].style().fg, t.md_syntax.fg);
    let link = &find_all(buf, 26..84, "[ministry]")[0];
    assert_eq!(buf[link[1]].style().fg, t.md_link.fg);
    assert!(buf[link[1]].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn a_plain_text_article_is_not_styled_as_markdown() {
    let mut app = app(&[("note.txt", NOTE)], ReaderOptions::default());
    let term = run(&mut app, 120, 30, vec![]);
    let buf = term.backend().buffer();
    let heading = find_all(buf, 26..84, "# Quake in the valley")
        .pop()
        .unwrap();
    assert!(
        !buf[heading[3]].modifier.contains(Modifier::BOLD),
        "{:?}\n{}",
        heading,
        screen(buf)
    );
}

#[test]
fn page_chrome_is_dimmed_unless_the_config_turns_it_off() {
    let t = Theme::default();
    let mut on = app(&[("saved.txt", SAVED)], ReaderOptions::default());
    let term = run(&mut on, 120, 30, vec![]);
    let buf = term.backend().buffer();
    let listen = &find_all(buf, 26..120, "Listen to this article")[0];
    for &c in listen {
        assert!(buf[c].modifier.contains(Modifier::DIM), "{c:?}");
        assert_eq!(buf[c].style().fg, t.chrome.fg);
    }
    let prose = &find_all(buf, 26..120, "The quake struck")[0];
    assert!(!buf[prose[0]].modifier.contains(Modifier::DIM));

    let off = ReaderOptions {
        dim_chrome: false,
        ..ReaderOptions::default()
    };
    let mut plain = app(&[("saved.txt", SAVED)], off);
    let term = run(&mut plain, 120, 30, vec![]);
    let buf = term.backend().buffer();
    let listen = &find_all(buf, 26..120, "Listen to this article")[0];
    assert!(!buf[listen[0]].modifier.contains(Modifier::DIM));
}

#[test]
fn the_configured_wrap_width_caps_the_reader_lines() {
    let words: Vec<String> = (0..60).map(|i| format!("w{i:02}")).collect();
    let text = format!("Title\n\n{}.\n", words.join(" "));
    let opts = ReaderOptions {
        wrap_width: Some(30),
        ..ReaderOptions::default()
    };
    let mut narrow = app(&[("long.txt", &text)], opts);
    let term = run(&mut narrow, 160, 30, vec![]);
    let buf = term.backend().buffer();
    let (left, _) = find_all(buf, 0..160, "w00")[0][0];
    let last = find_all(buf, 0..160, "w59");
    assert_eq!(last.len(), 1, "{}", screen(buf));
    let rows_used: std::collections::BTreeSet<u16> = words
        .iter()
        .map(|w| find_all(buf, left..left + 30, w).first().map(|c| c[0].1))
        .map(|y| y.unwrap_or_else(|| panic!("a word is past the wrap width:\n{}", screen(buf))))
        .collect();
    assert!(rows_used.len() >= 8, "60 words in 30 columns take 8+ rows");

    let mut wide = app(&[("long.txt", &text)], ReaderOptions::default());
    let term = run(&mut wide, 160, 30, vec![]);
    let buf = term.backend().buffer();
    let (left, _) = find_all(buf, 0..160, "w00")[0][0];
    assert!(
        words
            .iter()
            .any(|w| find_all(buf, left + 30..160, w).len() == 1),
        "without a wrap width the pane's width is used"
    );
}
