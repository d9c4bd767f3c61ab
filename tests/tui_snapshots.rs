//! The real app driven on a `TestBackend`: snapshots of whole screens, and
//! the styles of the cells that matter.
//!
//! Screens of the seeds are drawn without facts, so that tuning the engine
//! does not change them; the fact views are snapshotted over the hand-made
//! corpus of `tui_support`, whose facts are fixed.

mod tui_support;

use crossread::tui::theme::Theme;
use crossread::tui::{App, run_app};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

fn chars(s: &str) -> Vec<Event> {
    s.chars()
        .map(|c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
        .collect()
}

fn code(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

/// Runs the seed app at `w`×`h` through `events` and returns the terminal.
fn drive(w: u16, h: u16, events: Vec<Event>) -> (Terminal<TestBackend>, App) {
    drive_app(tui_support::seeds_app_without_facts(), w, h, events)
}

/// Runs `app` through `events`, then draws it once more on a fresh
/// terminal. A `TestBackend` keeps cells that a wide character of a later
/// frame covers (a real terminal shows the wide character over them), so
/// a snapshot of the last of many frames could show stale letters.
fn drive_app(mut app: App, w: u16, h: u16, events: Vec<Event>) -> (Terminal<TestBackend>, App) {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    run_app(&mut term, &mut app, events.into_iter().map(Ok)).unwrap();
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    run_app(
        &mut term,
        &mut app,
        std::iter::empty::<std::io::Result<Event>>(),
    )
    .unwrap();
    (term, app)
}

/// Where `needle` starts on screen, as (x, y) of its first cell.
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut row = String::new();
        let mut xs = Vec::new();
        for x in area.left()..area.right() {
            let sym = buf[(x, y)].symbol();
            for _ in sym.chars() {
                xs.push(x);
            }
            row.push_str(sym);
        }
        if let Some(i) = row.find(needle) {
            let ci = row[..i].chars().count();
            return Some((xs[ci], y));
        }
    }
    None
}

#[test]
fn main_screen_120x40() {
    let (term, _) = drive(120, 40, vec![]);
    insta::assert_snapshot!("main_120x40", term.backend());
}

#[test]
fn main_screen_80x24() {
    let (term, _) = drive(80, 24, vec![]);
    insta::assert_snapshot!("main_80x24", term.backend());
}

#[test]
fn main_screen_with_the_fourth_source_open_and_scrolled() {
    let mut events = chars("jjj");
    events.push(code(KeyCode::Enter));
    events.extend(chars("jjjj"));
    let (term, _) = drive(80, 24, events);
    insta::assert_snapshot!("reader_scrolled_80x24", term.backend());
}

#[test]
fn filter_popup_for_kurd() {
    let mut events = chars("/");
    events.extend(chars("kurd"));
    let (term, _) = drive(120, 40, events);
    insta::assert_snapshot!("filter_kurd_120x40", term.backend());
}

#[test]
fn help_overlay() {
    let (term, _) = drive(120, 40, chars("?"));
    insta::assert_snapshot!("help_120x40", term.backend());
}

#[test]
fn fact_panel_with_the_conflicting_call_length_selected() {
    let (term, _) = drive_app(tui_support::two_reports_app(), 120, 24, chars("]"));
    insta::assert_snapshot!("facts_conflict_120x24", term.backend());
}

#[test]
fn fact_panel_with_a_quote_and_its_word_diff() {
    let mut events = chars("f");
    events.extend(chars("minister"));
    events.push(code(KeyCode::Enter));
    let (term, _) = drive_app(tui_support::two_reports_app(), 120, 24, events);
    insta::assert_snapshot!("facts_quote_120x24", term.backend());
}

#[test]
fn fact_panel_listing_all_facts_at_80x24() {
    let mut events = chars("a");
    events.extend([code(KeyCode::Tab), code(KeyCode::Tab)]);
    events.extend(chars("jjjjj"));
    let (term, _) = drive_app(tui_support::two_reports_app(), 80, 24, events);
    insta::assert_snapshot!("facts_all_80x24", term.backend());
}

/// A fine stated in euros, pounds and dollars: each sum in another
/// currency than the first is shown converted, with the year's rates.
#[test]
fn fact_panel_shows_sums_converted_to_the_facts_first_currency() {
    let (corpus, facts) = tui_support::fine_reports();
    let app = App::with_facts(
        corpus,
        facts,
        crossread::tui::keymap::Keymap::default(),
        Theme::default(),
    );
    let (term, _) = drive_app(app, 120, 24, chars("]"));
    insta::assert_snapshot!("facts_converted_120x24", term.backend());
    let buf = term.backend().buffer();
    let written = Theme::default().fact_written;
    for needle in ["≈ €2.96 million", "≈ €2.95 million"] {
        let (x, y) = find(buf, needle).unwrap_or_else(|| panic!("{needle} is shown"));
        for (dx, c) in (0..).zip(needle.chars()) {
            if c != ' ' {
                assert_eq!(buf[(x + dx, y)].fg, written.fg.unwrap(), "{needle}");
                assert!(buf[(x + dx, y)].modifier.contains(Modifier::ITALIC));
            }
        }
    }
    assert!(
        find(buf, "≈ €2.96 million (2019").is_some(),
        "the year of the rates"
    );
    assert!(find(buf, "ECB yearly average)").is_some(), "their source");
}

#[test]
fn find_fact_popup() {
    let mut events = chars("f");
    events.extend(chars("hour"));
    let (term, _) = drive_app(tui_support::two_reports_app(), 100, 24, events);
    insta::assert_snapshot!("find_fact_hour_100x24", term.backend());
}

#[test]
fn side_by_side_columns() {
    let (term, _) = drive_app(tui_support::two_reports_app(), 100, 16, chars("]]]]]s"));
    insta::assert_snapshot!("side_by_side_100x16", term.backend());
}

#[test]
fn filter_highlights_exactly_the_matched_characters() {
    let mut events = chars("/");
    events.extend(chars("kurd"));
    let (term, _) = drive(120, 40, events);
    let buf = term.backend().buffer();
    let hl = Theme::default().filter_match;
    let (x, y) = find(buf, "Kurdistan24 · 003").expect("the match is listed with its outlet");
    for dx in 0..4 {
        let cell = &buf[(x + dx, y)];
        assert_eq!(
            cell.fg,
            hl.fg.unwrap(),
            "cell {dx} of Kurdistan24 ({:?})",
            cell.symbol()
        );
        assert!(
            cell.modifier
                .contains(Modifier::UNDERLINED | Modifier::BOLD)
        );
    }
    for dx in 4..11 {
        let cell = &buf[(x + dx, y)];
        assert!(
            !cell.modifier.contains(Modifier::UNDERLINED),
            "unmatched {:?} is highlighted",
            cell.symbol()
        );
    }
}

#[test]
fn the_focused_pane_has_the_focused_border() {
    let theme = Theme::default();
    let (term, _) = drive(80, 24, vec![]);
    let buf = term.backend().buffer();
    assert_eq!(
        buf[(0, 0)].fg,
        theme.border_focused.fg.unwrap(),
        "sources focused"
    );
    let panes = crossread::tui::layout::panes(ratatui::layout::Rect::new(0, 0, 80, 24)).unwrap();
    let reader_right = panes.reader.right() - 1;
    let (term, _) = drive(80, 24, vec![code(KeyCode::Tab)]);
    let buf = term.backend().buffer();
    assert_eq!(buf[(0, 0)].fg, theme.border.fg.unwrap());
    assert_eq!(
        buf[(reader_right, 0)].fg,
        theme.border_focused.fg.unwrap(),
        "reader focused"
    );
    assert_eq!(
        buf[(79, 0)].fg,
        theme.border.fg.unwrap(),
        "panel not focused"
    );
    let (term, _) = drive(80, 24, vec![code(KeyCode::Tab), code(KeyCode::Tab)]);
    let buf = term.backend().buffer();
    assert_eq!(buf[(reader_right, 0)].fg, theme.border.fg.unwrap());
    assert_eq!(
        buf[(79, 0)].fg,
        theme.border_focused.fg.unwrap(),
        "fact panel focused"
    );
}

/// The overview as it opens when the analysis arrives, then with the
/// agreeing facts, singles and entities shown.
#[test]
fn disagreements_overview() {
    let (corpus, facts) = tui_support::two_reports();
    let mut app = App::loading(
        corpus,
        crossread::tui::keymap::Keymap::default(),
        Theme::default(),
    );
    app.update(crossread::tui::Action::Resize(100, 12));
    app.update(crossread::tui::Update::Facts(Box::new(facts)));
    let (term, app) = drive_app(app, 100, 12, vec![]);
    insta::assert_snapshot!("overview_100x12", term.backend());
    let (term, _) = drive_app(app, 100, 12, chars("ae"));
    insta::assert_snapshot!("overview_everything_100x12", term.backend());
}
