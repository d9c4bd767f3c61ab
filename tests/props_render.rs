//! The real app on a `TestBackend` under random terminal sizes and random
//! sequences of keys and resizes: it must never panic, whatever the size
//! (1×1 to 400×120) and whatever it is showing.

use std::sync::OnceLock;

use crossread::engine::FactSet;
use crossread::engine::load::{Corpus, article_from_bytes, load_seeds};
use crossread::tui::keymap::Keymap;
use crossread::tui::theme::Theme;
use crossread::tui::{App, run_app};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

/// The seeds plus articles that are hard to draw: escapes, wide and
/// combining characters, tabs, a long unbroken word, an empty-looking one.
fn corpus() -> &'static (Corpus, FactSet) {
    static C: OnceLock<(Corpus, FactSet)> = OnceLock::new();
    C.get_or_init(|| {
        let mut c = load_seeds();
        let odd: [(&str, String); 4] = [
            (
                "hostile.txt",
                "Hostile \x1b]0;pwned\x07 Title\n\nOn Monday \x1b[2J 12 people died, \x1b]52;c;aGk=\x07 officials said.\r\n\u{9b}31m \u{202e}abc\x08\x7f\n".to_string(),
            ),
            (
                "scripts.txt",
                "東京で地震\n\n東京 — 12 people 🙂 died on Monday. Zoë e\u{301}\u{302} שלום עולם 7 km\tTabs\there. 👩‍👩‍👧 family.\n".repeat(20),
            ),
            (
                "longword.txt",
                format!("Long\n\n{} 14 people on Tuesday.\n", "x".repeat(5000)),
            ),
            ("dots.txt", ".\n".repeat(300)),
        ];
        for (name, text) in odd {
            let a = article_from_bytes(name, text.as_bytes(), &mut c.notes).expect(name);
            c.articles.push(a);
        }
        // The analysis takes seconds in a debug build: once, shared.
        let facts = crossread::engine::analyze(&c);
        (c, facts)
    })
}

#[derive(Debug, Clone)]
enum Step {
    Key(KeyCode, KeyModifiers),
    Resize(u16, u16),
    /// A left click, or the wheel (down when true), at a column and row.
    Click(u16, u16),
    Wheel(u16, u16, bool),
}

fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        (1u16..=400, 1u16..=120),
        // Small sizes, where layouts run out of room, more often.
        (1u16..=30, 1u16..=10),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    let key = prop_oneof![
        // Every bound key but quit, and some characters for the filter.
        proptest::sample::select("jkgGhl]\\[nNcCfsa/?xe 1o!:b2".chars().collect::<Vec<_>>())
            .prop_map(|c| Step::Key(KeyCode::Char(c), KeyModifiers::NONE)),
        proptest::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
        ])
        .prop_map(|k| Step::Key(k, KeyModifiers::NONE)),
        proptest::sample::select(vec!['d', 'u', 'n', 'p'])
            .prop_map(|c| Step::Key(KeyCode::Char(c), KeyModifiers::CONTROL)),
    ];
    prop_oneof![
        4 => key,
        1 => size().prop_map(|(w, h)| Step::Resize(w, h)),
        1 => (0u16..400, 0u16..120).prop_map(|(x, y)| Step::Click(x, y)),
        1 => (0u16..400, 0u16..120, any::<bool>()).prop_map(|(x, y, d)| Step::Wheel(x, y, d)),
    ]
}

/// Runs `steps` through the real event loop, resizing the backend the way
/// a terminal would before it reports a resize, and checks each frame
/// covers exactly the terminal.
fn drive(start: (u16, u16), steps: &[Step]) -> Result<(), TestCaseError> {
    let (corpus, facts) = corpus();
    let mut app = App::with_facts(
        corpus.clone(),
        facts.clone(),
        Keymap::default(),
        Theme::default(),
    );
    let (mut w, mut h) = start;
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    run_app(
        &mut term,
        &mut app,
        Vec::<std::io::Result<ratatui::crossterm::event::Event>>::new(),
    )
    .unwrap();
    for s in steps {
        let event = match *s {
            Step::Key(code, mods) => Event::Key(KeyEvent::new(code, mods)),
            Step::Resize(nw, nh) => {
                (w, h) = (nw, nh);
                term.backend_mut().resize(w, h);
                Event::Resize(w, h)
            }
            Step::Click(x, y) => Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: x,
                row: y,
                modifiers: KeyModifiers::NONE,
            }),
            Step::Wheel(x, y, down) => Event::Mouse(MouseEvent {
                kind: if down {
                    MouseEventKind::ScrollDown
                } else {
                    MouseEventKind::ScrollUp
                },
                column: x,
                row: y,
                modifiers: KeyModifiers::NONE,
            }),
        };
        run_app(&mut term, &mut app, [Ok(event)]).unwrap();
        prop_assert!(!app.should_quit(), "quit without a quit key after {s:?}");
        prop_assert_eq!(term.backend().buffer().area, Rect::new(0, 0, w, h));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_size_and_any_keys_and_resizes_draw_without_panic(
        start in size(),
        steps in proptest::collection::vec(step(), 0..30),
    ) {
        drive(start, &steps)?;
    }
}

#[test]
fn every_size_from_1x1_to_40x12_draws_every_overlay() {
    let overlays: [&[Step]; 7] = [
        &[Step::Key(KeyCode::Char('o'), KeyModifiers::NONE)],
        &[Step::Key(KeyCode::Char('!'), KeyModifiers::NONE)],
        &[
            Step::Key(KeyCode::Tab, KeyModifiers::NONE),
            Step::Key(KeyCode::Char('/'), KeyModifiers::NONE),
            Step::Key(KeyCode::Char('a'), KeyModifiers::NONE),
        ],
        &[],
        &[Step::Key(KeyCode::Char('?'), KeyModifiers::NONE)],
        &[
            Step::Key(KeyCode::Char('/'), KeyModifiers::NONE),
            Step::Key(KeyCode::Char('x'), KeyModifiers::NONE),
        ],
        &[
            Step::Key(KeyCode::Char('f'), KeyModifiers::NONE),
            Step::Key(KeyCode::Char('s'), KeyModifiers::NONE),
        ],
    ];
    for w in 1..=40 {
        for h in 1..=12 {
            for steps in overlays {
                drive((w, h), steps).unwrap();
            }
        }
    }
}

#[test]
fn the_largest_terminal_draws_every_overlay() {
    for steps in [
        &[][..],
        &[Step::Key(KeyCode::Char('?'), KeyModifiers::NONE)],
        &[Step::Key(KeyCode::Char('s'), KeyModifiers::NONE)],
        &[
            Step::Key(KeyCode::Char('G'), KeyModifiers::NONE),
            Step::Key(KeyCode::Enter, KeyModifiers::NONE),
            Step::Key(KeyCode::Char('l'), KeyModifiers::NONE),
            Step::Key(KeyCode::End, KeyModifiers::NONE),
        ],
    ] {
        drive((400, 120), steps).unwrap();
    }
}
