//! Behaviour of the real app on a `TestBackend`: keys in, state and cells out.

mod tui_support;

use crossread::engine::load::{Corpus, article_from_bytes};
use crossread::tui::keymap::Keymap;
use crossread::tui::theme::Theme;
use crossread::tui::{Action, App, Focus, Overlay, run_app};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use tui_support::{seeds, seeds_app};

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn code(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn typed(s: &str) -> Vec<Event> {
    s.chars().map(key).collect()
}

fn corpus_of(texts: &[(&str, &str)]) -> Corpus {
    let mut notes = Vec::new();
    let articles = texts
        .iter()
        .map(|(name, text)| article_from_bytes(name, text.as_bytes(), &mut notes).unwrap())
        .collect();
    Corpus { articles, notes }
}

fn run(app: &mut App, w: u16, h: u16, events: Vec<Event>) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    run_app(&mut term, app, events.into_iter().map(Ok)).unwrap();
    term
}

fn screen(buf: &Buffer) -> String {
    let a = buf.area;
    (a.top()..a.bottom())
        .map(|y| {
            (a.left()..a.right())
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn kurdistan24_index(app: &App) -> usize {
    app.articles()
        .iter()
        .position(|a| a.text.contains("ERBIL (Kurdistan24)"))
        .expect("a seed from Kurdistan24")
}

#[test]
fn slash_kurd_enter_opens_the_kurdistan24_article() {
    let mut app = seeds_app();
    let mut events = vec![key('/')];
    events.extend(typed("kurd"));
    events.push(code(KeyCode::Enter));
    let term = run(&mut app, 120, 40, events);
    assert_eq!(app.reader().article(), Some(kurdistan24_index(&app)));
    assert_eq!(app.selected_source(), kurdistan24_index(&app));
    assert!(matches!(app.overlay(), Overlay::None));
    assert_eq!(app.focus(), Focus::Reader);
    assert!(screen(term.backend().buffer()).contains("ERBIL (Kurdistan24)"));
}

#[test]
fn esc_closes_the_filter_and_leaves_the_list_as_it_was() {
    let mut app = seeds_app();
    let mut events = vec![key('j'), key('/')];
    events.extend(typed("kurd"));
    events.push(code(KeyCode::Down));
    events.push(code(KeyCode::Esc));
    let term = run(&mut app, 120, 40, events);
    assert!(matches!(app.overlay(), Overlay::None));
    assert_eq!(app.selected_source(), 1);
    assert_eq!(
        app.reader().article(),
        Some(0),
        "Esc must not open anything"
    );
    assert!(!screen(term.backend().buffer()).contains("Filter sources"));
}

#[test]
fn backspace_widens_the_filter_again() {
    let mut app = seeds_app();
    let mut events = vec![key('/')];
    events.extend(typed("kurdx"));
    run(&mut app, 120, 40, events.clone());
    let Overlay::Filter(f) = app.overlay() else {
        panic!("filter open")
    };
    assert!(f.matches.is_empty(), "kurdx matches nothing");
    events.push(code(KeyCode::Backspace));
    let mut app = seeds_app();
    run(&mut app, 120, 40, events);
    let Overlay::Filter(f) = app.overlay() else {
        panic!("filter open")
    };
    assert_eq!(f.query, "kurd");
    assert_eq!(f.matches[0].article, kurdistan24_index(&app));
}

#[test]
fn j_and_k_move_the_selection_and_enter_opens_it() {
    let mut app = seeds_app();
    run(
        &mut app,
        80,
        24,
        vec![key('j'), key('j'), key('k'), key('j'), code(KeyCode::Enter)],
    );
    assert_eq!(app.reader().article(), Some(2));
    assert_eq!(app.focus(), Focus::Reader);
}

#[test]
fn g_and_big_g_go_to_the_ends() {
    let mut app = seeds_app();
    run(&mut app, 80, 24, vec![key('G')]);
    assert_eq!(app.selected_source(), 4);
    let mut app = seeds_app();
    run(&mut app, 80, 24, vec![key('l'), key('G')]);
    let r = app.reader();
    assert_eq!(
        r.top() + r.height(),
        r.wrapped().lines.len(),
        "reader at bottom"
    );
    assert_eq!(r.position().percent, 100);
    let mut app = seeds_app();
    run(
        &mut app,
        80,
        24,
        vec![key('l'), key('G'), key('g'), key('g')],
    );
    assert_eq!(app.reader().top(), 0);
}

#[test]
fn page_keys_scroll_the_reader_by_half_and_whole_pages() {
    let mut app = seeds_app();
    run(&mut app, 80, 24, vec![key('l'), ctrl('d')]);
    let h = app.reader().height();
    assert_eq!(app.reader().top(), h / 2);
    run(&mut app, 80, 24, vec![ctrl('u')]);
    assert_eq!(app.reader().top(), 0);
    run(&mut app, 80, 24, vec![code(KeyCode::PageDown)]);
    assert_eq!(app.reader().top(), h);
    run(&mut app, 80, 24, vec![code(KeyCode::PageUp)]);
    assert_eq!(app.reader().top(), 0);
}

#[test]
fn focus_switches_with_tab_shift_tab_h_and_l() {
    let mut app = seeds_app();
    assert_eq!(app.focus(), Focus::Sources);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Focus::Reader);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Focus::Facts);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Focus::Sources, "Tab wraps around");
    run(&mut app, 80, 24, vec![code(KeyCode::BackTab)]);
    assert_eq!(app.focus(), Focus::Facts);
    run(&mut app, 80, 24, vec![key('l')]);
    assert_eq!(app.focus(), Focus::Facts, "l stops at the rightmost pane");
    run(&mut app, 80, 24, vec![key('h'), key('h')]);
    assert_eq!(app.focus(), Focus::Sources);
    run(&mut app, 80, 24, vec![key('h')]);
    assert_eq!(app.focus(), Focus::Sources, "h stops at the leftmost pane");
    run(&mut app, 80, 24, vec![key('l')]);
    assert_eq!(app.focus(), Focus::Reader);
}

#[test]
fn q_and_ctrl_c_quit_and_later_events_are_not_handled() {
    for quit in [key('q'), ctrl('c')] {
        let mut app = seeds_app();
        run(&mut app, 80, 24, vec![quit, key('j')]);
        assert!(app.should_quit());
        assert_eq!(app.selected_source(), 0, "the j after quitting ran");
    }
}

#[test]
fn help_is_generated_from_the_live_keymap() {
    let km = Keymap::from_toml(
        "[normal]\nquit = [\"x\"]\nhelp = [\"F1\"]\nfilter = [\"Ctrl-f\"]\n[help]\nclose = [\"Esc\"]",
    )
    .unwrap();
    let (corpus, facts) = seeds();
    let mut app = App::with_facts(corpus.clone(), facts.clone(), km, Theme::default());
    let term = run(&mut app, 100, 30, vec![code(KeyCode::F(1))]);
    let s = screen(term.backend().buffer());
    assert!(matches!(app.overlay(), Overlay::Help { .. }));
    for (keys, what) in [
        ("x", "quit"),
        ("F1", "show this help"),
        ("Ctrl-f", "filter sources, facts"),
    ] {
        let line = s
            .lines()
            .find(|l| l.contains(what))
            .unwrap_or_else(|| panic!("{what:?} missing:\n{s}"));
        assert!(
            line.contains(&format!(" {keys} ")),
            "{keys} not next to {what}: {line}"
        );
    }
    assert!(
        !s.contains("move down"),
        "unbound actions must not be listed:\n{s}"
    );
    // The status bar's hints come from the same keymap.
    run(&mut app, 100, 30, vec![code(KeyCode::Esc)]);
    let term = run(&mut app, 100, 30, vec![]);
    let status = screen(term.backend().buffer())
        .lines()
        .last()
        .unwrap()
        .to_string();
    assert!(
        status.contains("x quit") && status.contains("Ctrl-f filter"),
        "{status}"
    );
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_screen() {
    let text = "Title\x1b]0;pwned\x07\nclear\x1b[2J here, clip \x1b]52;c;aGk=\x07 and \u{9b}31m.\r\nnext\r\n";
    let mut app = App::new(corpus_of(&[("evil.txt", text)]));
    // Wide enough that the escaped line fits the reader beside the panel.
    let term = run(&mut app, 140, 20, vec![]);
    let buf = term.backend().buffer();
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(|c| c.is_control()),
            "control char {:?} in a cell",
            cell.symbol()
        );
    }
    let s = screen(buf);
    assert!(
        s.contains("clear^[[2J here, clip ^[]52;c;aGk=^G and <U+009B>31m."),
        "{s}"
    );
    assert!(s.contains("Title^[]0;pwned^G"), "{s}");
    assert!(!s.contains("^M"), "CR of CRLF shown:\n{s}");
    // The escapes are dim, the text around them is not.
    let row = s.lines().position(|l| l.contains("clear^[")).unwrap() as u16;
    let line = s.lines().nth(row as usize).unwrap();
    // Cells here hold one char each, so a char index is a column.
    let col = line[..line.find("^[[2J").unwrap()].chars().count() as u16;
    let before = &buf[(col - 1, row)];
    let escaped = &buf[(col, row)];
    assert!(escaped.modifier.contains(Modifier::DIM), "{escaped:?}");
    assert!(!before.modifier.contains(Modifier::DIM), "{before:?}");
}

#[test]
fn highlights_span_wrapped_lines_cell_by_cell() {
    let text = "aaaa bbbb cccc dddd eeee ffff gggg hhhh";
    let mut app = App::new(corpus_of(&[("h.txt", text)]));
    // Reader text width at 40 columns: narrow enough to wrap this text.
    let mut term = run(&mut app, 40, 10, vec![]);
    let start = text.find("cccc").unwrap();
    let end = text.find("ffff").unwrap() + 4;
    let hl = Style::default().bg(Color::Red);
    app.reader_mut().set_highlights(vec![(start..end, hl)]);
    term.draw(|f| f.render_widget(&app, f.area())).unwrap();
    let buf = term.backend().buffer();
    let lines = &app.reader().wrapped().lines;
    assert!(
        app.reader().wrapped().line_of_byte(start) < app.reader().wrapped().line_of_byte(end - 1),
        "the highlight must cross a wrap for this test: {lines:?}"
    );
    let s = screen(buf);
    let mut red = String::new();
    for (y, row) in s.lines().enumerate() {
        for (x, _) in row.chars().enumerate() {
            let cell = &buf[(x as u16, y as u16)];
            if cell.bg == Color::Red {
                red.push_str(cell.symbol());
            }
        }
        red.push('|');
    }
    let red: String = red
        .split('|')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("|");
    let expected = text[start..end].replace(' ', "");
    assert_eq!(
        red.replace(['|', ' '], ""),
        expected,
        "highlighted cells: {red}"
    );
    assert!(red.contains('|'), "highlight on one line only: {red}");
}

#[test]
fn scroll_to_byte_brings_the_offset_to_the_middle() {
    let text: String = (1..=200).map(|i| format!("line {i}\n")).collect();
    let mut app = App::new(corpus_of(&[("n.txt", &text)]));
    let mut term = run(&mut app, 60, 22, vec![]);
    let off = text.find("line 120\n").unwrap();
    app.reader_mut().scroll_to_byte(off);
    term.draw(|f| f.render_widget(&app, f.area())).unwrap();
    let s = screen(term.backend().buffer());
    let row = s
        .lines()
        .position(|l| l.contains("line 120 "))
        .expect("line 120 shown");
    let r = app.reader();
    let middle = 1 + r.height() / 2;
    assert!(
        row.abs_diff(middle) <= 1,
        "line 120 on row {row}, middle {middle}"
    );
}

#[test]
fn resizing_rewraps_the_reader_and_keeps_the_place() {
    let mut app = seeds_app();
    let mut term = run(
        &mut app,
        120,
        40,
        vec![key('l'), key('j'), key('j'), key('j')],
    );
    let wide = app.reader().wrapped().width;
    let top_byte = app.reader().wrapped().lines[app.reader().top()].range.start;
    term.backend_mut().resize(70, 30);
    run_app(&mut term, &mut app, vec![Ok(Event::Resize(70, 30))]).unwrap();
    let r = app.reader();
    assert!(
        r.wrapped().width < wide,
        "not re-wrapped: {} vs {wide}",
        r.wrapped().width
    );
    let top = &r.wrapped().lines[r.top()];
    assert!(top.range.start <= top_byte && top_byte <= top.range.end + 1);
    assert!(
        r.wrapped()
            .lines
            .iter()
            .all(|l| l.width <= r.wrapped().width)
    );
}

#[test]
fn position_is_shown_as_line_total_and_percent() {
    let mut app = seeds_app();
    let term = run(&mut app, 80, 24, vec![]);
    let pos = app.reader().position();
    assert_eq!(pos.line, 1);
    let s = screen(term.backend().buffer());
    let shown = format!("L1/{} {}%", pos.total, pos.percent);
    assert!(s.contains(&shown), "{shown} not on screen:\n{s}");
}

#[test]
fn a_too_small_terminal_gets_a_note_and_any_size_draws_without_panic() {
    let mut app = seeds_app();
    let term = run(&mut app, 19, 10, vec![]);
    assert!(screen(term.backend().buffer()).contains("small"));
    // Every overlay at every small size, and a few large ones.
    let overlays: [&[Event]; 3] = [&[], &[key('?')], &[key('/'), key('k')]];
    let sizes = (1..=30u16)
        .flat_map(|w| (1..=8u16).map(move |h| (w, h)))
        .chain([(20, 5), (21, 6), (200, 3), (3, 200), (250, 80)]);
    for (w, h) in sizes {
        for ov in overlays {
            let mut app = seeds_app();
            let term = run(&mut app, w, h, ov.to_vec());
            assert_eq!(term.backend().buffer().area, Rect::new(0, 0, w, h));
        }
    }
}

#[test]
fn an_empty_corpus_shows_an_empty_reader() {
    let mut app = App::new(Corpus::default());
    let term = run(
        &mut app,
        80,
        24,
        vec![key('j'), code(KeyCode::Enter), key('G')],
    );
    let s = screen(term.backend().buffer());
    assert!(s.contains("No article open"), "{s}");
    assert!(s.contains("Sources (0)"));
}

#[test]
fn wide_and_tabbed_text_is_drawn_on_the_cell_grid() {
    let text = "中文字符 mixed\twith tabs and 🙂 emoji";
    let mut app = App::new(corpus_of(&[("w.txt", text)]));
    let term = run(&mut app, 80, 10, vec![]);
    let s = screen(term.backend().buffer());
    // TestBackend shows a wide char's second cell as a space; the order and
    // the tab's four columns are what matter.
    assert!(s.contains("mixed    with tabs"), "{s}");
    assert!(s.contains('中') && s.contains('🙂'), "{s}");
}

#[test]
fn a_long_filter_query_shows_its_end_and_no_match_says_so() {
    let mut app = seeds_app();
    let mut events = vec![key('/')];
    events.extend(typed(&"x".repeat(150)));
    events.extend(typed("END"));
    let term = run(&mut app, 80, 24, events);
    let s = screen(term.backend().buffer());
    assert!(s.contains("xxxEND"), "{s}");
    assert!(s.contains("no source matches"), "{s}");
}
