//! The disagreements overview, the background analysis and the reading
//! habits (counts, search, mouse, colour-free marks) on a `TestBackend`.

mod tui_support;

use crossread::engine::FactSet;
use crossread::tui::keymap::Keymap;
use crossread::tui::layout;
use crossread::tui::theme::{Colours, Theme};
use crossread::tui::{Action, App, Focus, Update};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use tui_support::*;

/// The two reports, with their analysis still to come.
fn loading(theme: Theme) -> App {
    let (corpus, _) = two_reports();
    App::loading(corpus, Keymap::default(), theme)
}

fn facts() -> Update {
    Update::Facts(Box::new(two_reports().1))
}

fn row_with<'a>(s: &'a str, needle: &str) -> &'a str {
    s.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not on screen:\n{s}"))
}

fn rows_with(s: &str, needle: &str) -> usize {
    s.lines().filter(|l| l.contains(needle)).count()
}

fn draw(app: &mut App, w: u16, h: u16) -> (String, Buffer) {
    let term = run(app, w, h, vec![]);
    let buf = term.backend().buffer().clone();
    (screen(&buf), buf)
}

#[test]
fn the_first_frame_shows_the_sources_and_the_progress_before_the_facts() {
    let mut app = loading(Theme::default());
    app.update(Action::Progress(0, 2));
    let (s, _) = draw(&mut app, 120, 24);
    assert!(s.contains("Sources (2)"), "{s}");
    assert!(
        row_with(&s, "analysing").contains("analysing 0/2 articles"),
        "{s}"
    );
    assert!(s.contains("Finding the facts"), "{s}");
    // Every article read, the status says the facts are being linked.
    app.update(Action::Progress(2, 2));
    let (s, _) = draw(&mut app, 120, 24);
    assert!(
        row_with(&s, "analysing").contains("analysing: linking the facts of 2 articles"),
        "{s}"
    );
    // Linking reports how far it has got.
    app.update(Action::Linking(50, 200));
    let (s, _) = draw(&mut app, 120, 24);
    assert!(
        row_with(&s, "analysing").contains("analysing: linking the facts of 2 articles 25%"),
        "{s}"
    );
    // Keys work while the analysis runs.
    run(&mut app, 120, 24, vec![key('j')]);
    assert_eq!(app.selected_source(), 1);
}

#[test]
fn the_overview_opens_on_arrival_with_conflicts_first_and_their_values() {
    let t = Theme::default();
    let mut app = loading(t.clone());
    draw(&mut app, 120, 24);
    app.update(facts());
    assert!(app.overview().is_some());
    let (s, buf) = draw(&mut app, 120, 24);
    assert!(s.contains("Disagreements: 1 conflicting fact of 5"), "{s}");
    let row = row_with(&s, "call · length");
    assert!(row.contains("› ✗ call · length"), "{row}");
    assert!(row.contains("15 min (a) · 1 h (b)"), "{row}");
    // Agreeing facts, singles and entities are hidden by default.
    assert_eq!(rows_with(&s, "attended · count"), 0, "{s}");
    assert_eq!(rows_with(&s, "palace"), 0, "{s}");
    // The symbol is in the conflict colour, the row in the selection's.
    let y = s.lines().position(|l| l.contains("call · length")).unwrap() as u16;
    let x = (0..120).find(|&x| buf[(x, y)].symbol() == "✗").unwrap();
    assert_eq!(buf[(x, y)].fg, t.fact_conflict.fg.unwrap());
    assert_eq!(buf[(x + 4, y)].bg, t.fact_selected.bg.unwrap());
    assert!(
        row_with(&s, "✓ agree").contains("✗ conflict"),
        "no legend:\n{s}"
    );
}

#[test]
fn a_shows_agreeing_facts_and_e_singles_and_entities() {
    let mut app = loading(Theme::default());
    app.update(facts());
    let (s, _) = draw(&mut app, 120, 24);
    assert_eq!(rows_with(&s, "attended · count"), 0);
    run(&mut app, 120, 24, vec![key('a')]);
    let (s, _) = draw(&mut app, 120, 24);
    assert!(row_with(&s, "attended · count").contains("✓"), "{s}");
    assert!(row_with(&s, "minister · quote").contains("≈"), "{s}");
    assert_eq!(rows_with(&s, "said · date"), 0);
    run(&mut app, 120, 24, vec![key('e')]);
    let (s, _) = draw(&mut app, 120, 24);
    assert!(row_with(&s, "said · date").contains("·"), "{s}");
    assert!(rows_with(&s, "palace") > 0, "{s}");
}

#[test]
fn enter_opens_the_fact_side_by_side_and_q_closes_one_view_at_a_time() {
    let mut app = loading(Theme::default());
    app.update(facts());
    run(&mut app, 120, 24, vec![code(KeyCode::Enter)]);
    assert!(app.side_by_side().is_some());
    assert_eq!(app.selected_fact(), Some(LENGTH));
    run(&mut app, 120, 24, vec![key('q')]);
    assert!(app.side_by_side().is_none() && app.overview().is_some());
    run(&mut app, 120, 24, vec![code(KeyCode::Esc)]);
    assert!(app.overview().is_none());
    assert!(!app.should_quit());
    run(&mut app, 120, 24, vec![key('q')]);
    assert!(app.should_quit());
}

#[test]
fn with_no_conflict_the_overview_says_so_and_lists_what_outlets_share() {
    let (corpus, mut set) = two_reports();
    set.facts[LENGTH].status = crossread::engine::link::facts::Status::Agree;
    let mut app = App::loading(corpus, Keymap::default(), Theme::default());
    app.update(Update::Facts(Box::new(set)));
    // Nothing to show first: the panes stay, and o opens the overview.
    assert!(app.overview().is_none());
    run(&mut app, 120, 24, vec![key('o')]);
    let (s, _) = draw(&mut app, 120, 24);
    assert!(s.contains("No conflicts"), "{s}");
    assert!(row_with(&s, "attended · count").contains("✓"), "{s}");
    assert_eq!(rows_with(&s, "said · date"), 0, "{s}");
}

#[test]
fn once_the_user_reads_the_overview_waits_for_o() {
    let mut app = loading(Theme::default());
    run(&mut app, 120, 24, vec![key('j')]);
    app.update(facts());
    assert!(app.overview().is_none());
    assert!(
        app.note().is_some_and(|n| n.contains("o: overview")),
        "{:?}",
        app.note()
    );
}

#[test]
fn without_colour_every_mark_is_an_attribute() {
    let mut app = App::with_facts(
        two_reports().0,
        two_reports().1,
        Keymap::default(),
        Theme::for_colours(Colours::None),
    );
    let (_, buf) = draw(&mut app, 120, 24);
    run(&mut app, 120, 24, vec![key(']'), key('l')]);
    let (s, buf2) = draw(&mut app, 120, 24);
    for b in [&buf, &buf2] {
        for cell in b.content() {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
        }
    }
    let p = layout::panes(Rect::new(0, 0, 120, 24)).unwrap();
    let xs = p.reader.left()..p.reader.right();
    // The current mention reversed and bold, another fact's underlined.
    for (x, y) in find_all(&buf2, xs.clone(), "fifteen minutes").remove(0) {
        let m = buf2[(x, y)].modifier;
        assert!(m.contains(Modifier::REVERSED | Modifier::BOLD), "{m:?}");
    }
    for (x, y) in find_all(&buf2, xs, "forty people").remove(0) {
        assert!(buf2[(x, y)].modifier.contains(Modifier::UNDERLINED));
    }
    // The cursors: the selected source and the selected fact, reversed
    // and marked with ›.
    let fact_row = s
        .lines()
        .position(|l| l.contains("›✗ call · length"))
        .unwrap() as u16;
    let x = p.facts.x + 3;
    assert!(buf2[(x, fact_row)].modifier.contains(Modifier::REVERSED));
    let src_row = s.lines().position(|l| l.contains("│›▸")).unwrap() as u16;
    assert!(
        buf2[(p.sources.x + 4, src_row)]
            .modifier
            .contains(Modifier::REVERSED)
    );
}

#[test]
fn counts_repeat_moves_and_go_to_a_line() {
    let mut app = seeds_app();
    run(&mut app, 120, 40, vec![key('3'), key('j')]);
    assert_eq!(app.selected_source(), 3);
    run(
        &mut app,
        120,
        40,
        vec![key('l'), key('1'), key('0'), key('G')],
    );
    assert_eq!(app.reader().top(), 9);
    run(&mut app, 120, 40, vec![key('g'), key('g')]);
    assert_eq!(app.reader().top(), 0);
    let mut app = two_reports_app();
    run(&mut app, 120, 24, vec![key('2'), key(']')]);
    assert_eq!(app.current_mention(), Some(7));
    // Page keys as in less.
    let mut app = seeds_app();
    run(&mut app, 80, 24, vec![key('l'), key(' ')]);
    let page = app.reader().top();
    assert!(page > 10, "{page}");
    run(&mut app, 80, 24, vec![key('b')]);
    assert_eq!(app.reader().top(), 0);
    let ctrl_f = Event::Key(KeyEvent::new(KeyCode::Char('f'), KeyModifiers::CONTROL));
    run(&mut app, 80, 24, vec![ctrl_f]);
    assert_eq!(app.reader().top(), page);
}

#[test]
fn slash_in_the_reader_is_an_incremental_search_with_n_and_n() {
    let t = Theme::default();
    let mut app = two_reports_app();
    let mut events = vec![code(KeyCode::Tab), key('/')];
    events.extend(typed("talk"));
    let term = run(&mut app, 120, 24, events);
    let s = screen(term.backend().buffer());
    assert!(s.lines().last().unwrap().contains("/talk"), "{s}");
    let search = app.search().unwrap();
    assert!(search.typing);
    assert_eq!(search.matches.len(), 2);
    let term = run(&mut app, 120, 24, vec![code(KeyCode::Enter), key('n')]);
    assert_eq!(app.search().unwrap().current, Some(1));
    let buf = term.backend().buffer();
    let p = layout::panes(Rect::new(0, 0, 120, 24)).unwrap();
    let talks = find_all(buf, p.reader.left()..p.reader.right(), "talks");
    assert!(
        talks
            .iter()
            .flatten()
            .any(|&(x, y)| buf[(x, y)].bg == t.search_current.bg.unwrap())
    );
    // n wraps round with a note, like less.
    run(&mut app, 120, 24, vec![key('n')]);
    assert_eq!(app.search().unwrap().current, Some(0));
    assert!(app.note().is_some_and(|n| n.contains("BOTTOM")));
    // Esc ends the search; n goes back to stepping through articles.
    run(&mut app, 120, 24, vec![code(KeyCode::Esc)]);
    assert!(app.search().is_none());
    assert_eq!(app.focus(), Focus::Reader);
}

#[test]
fn slash_in_the_source_list_still_filters_the_sources() {
    let mut app = two_reports_app();
    run(&mut app, 120, 24, vec![key('/')]);
    assert!(matches!(app.overlay(), crossread::tui::Overlay::Filter(_)));
}

#[test]
fn a_click_selects_a_source_or_a_fact_and_the_wheel_scrolls_the_reader() {
    let mut app = seeds_app();
    let p = layout::panes(Rect::new(0, 0, 120, 40)).unwrap();
    let src = layout::text_area(p.sources);
    // The third entry's title row.
    run(
        &mut app,
        120,
        40,
        vec![Event::Mouse(mouse_down(src.x + 2, src.y + 4))],
    );
    assert_eq!(app.selected_source(), 2);
    assert_eq!(app.reader().article(), Some(2));
    run(
        &mut app,
        120,
        40,
        vec![Event::Mouse(wheel_down(p.reader.x + 5, p.reader.y + 5))],
    );
    assert_eq!(app.reader().top(), 3);
    let facts = layout::text_area(p.facts);
    run(
        &mut app,
        120,
        40,
        vec![Event::Mouse(mouse_down(facts.x + 2, facts.y + 1))],
    );
    assert_eq!(app.focus(), Focus::Facts);
    let rows = app
        .facts()
        .rows(app.scope(), app.reader().article())
        .to_vec();
    assert_eq!(app.selected_fact(), rows.get(1).copied());
}

fn mouse_down(x: u16, y: u16) -> ratatui::crossterm::event::MouseEvent {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }
}

fn wheel_down(x: u16, y: u16) -> ratatui::crossterm::event::MouseEvent {
    use ratatui::crossterm::event::{MouseEvent, MouseEventKind};
    MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }
}

#[test]
fn the_reader_wraps_at_about_a_hundred_columns_on_a_wide_screen() {
    let mut app = App::with_facts(
        seeds().0.clone(),
        FactSet::default(),
        Keymap::default(),
        Theme::default(),
    );
    draw(&mut app, 300, 40);
    assert_eq!(app.reader().wrapped().width, 100);
    app.set_reading_width(60);
    assert_eq!(app.reader().wrapped().width, 60);
}

#[test]
fn loading_notes_are_shown_in_the_app() {
    let (mut corpus, facts) = two_reports();
    let mut notes = Vec::new();
    let _ = crossread::engine::load::article_from_bytes("empty.txt", &[], &mut notes);
    corpus.notes.extend(notes);
    let mut app = App::loading(corpus, Keymap::default(), Theme::default());
    app.update(Update::Facts(Box::new(facts)));
    assert!(
        !app.notes().is_empty(),
        "the test needs a note from loading"
    );
    run(&mut app, 120, 24, vec![key('!')]);
    let (s, _) = draw(&mut app, 120, 24);
    assert!(s.contains("Notes from loading"), "{s}");
    assert!(s.contains("empty.txt"), "{s}");
    run(&mut app, 120, 24, vec![key('q')]);
    assert!(!app.should_quit());
}

#[test]
fn a_click_on_a_column_moves_to_it_and_the_wheel_scrolls_the_overview() {
    let mut app = two_reports_app();
    run(&mut app, 120, 24, vec![key(']'), key('s')]);
    let cols: Vec<_> = app.side_by_side().unwrap().columns.clone();
    assert_eq!(cols.len(), 2);
    assert_eq!(app.reader().article(), Some(0));
    let b = cols[1].area;
    run(
        &mut app,
        120,
        24,
        vec![Event::Mouse(mouse_down(b.x + 3, b.y + 3))],
    );
    assert_eq!(app.reader().article(), Some(1));
    // The overview with everything listed; the wheel moves its selection.
    let mut app = loading(Theme::default());
    app.update(facts());
    run(&mut app, 120, 24, vec![key('a'), key('e')]);
    run(&mut app, 120, 24, vec![Event::Mouse(wheel_down(10, 10))]);
    assert_eq!(app.overview().unwrap().selected, 3);
}

#[test]
fn possible_disagreements_follow_the_conflicts_with_a_question_mark() {
    let (corpus, mut set) = two_reports();
    set.facts[HEADCOUNT].status = crossread::engine::link::facts::Status::Unsure;
    let mut app = App::loading(corpus, Keymap::default(), Theme::default());
    app.update(Update::Facts(Box::new(set)));
    let (s, _) = draw(&mut app, 120, 24);
    let conflict = s.lines().position(|l| l.contains("✗ call · length"));
    let unsure = s.lines().position(|l| l.contains("? attended · count"));
    assert!(conflict.is_some() && unsure.is_some(), "{s}");
    assert!(conflict < unsure, "{s}");
    assert!(s.contains("? possibly different"), "no legend entry:\n{s}");
}
