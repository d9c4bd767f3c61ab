//! The fact views on a `TestBackend`: highlights in the reader, the keys
//! that move between facts, the panel, the quote diff and side-by-side
//! columns. Most tests use a small hand-made corpus whose facts are fixed
//! (see `tui_support`); those on the seeds find their fact by behaviour.

mod tui_support;

use crossread::engine::link::facts::Status;
use crossread::tui::layout;
use crossread::tui::theme::Theme;
use crossread::tui::{App, Focus};
use ratatui::buffer::{Buffer, Cell};
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use tui_support::*;

/// The reader's columns on a `w`×`h` screen.
fn reader_xs(w: u16, h: u16) -> std::ops::Range<u16> {
    let p = layout::panes(Rect::new(0, 0, w, h)).unwrap();
    p.reader.left()..p.reader.right()
}

fn panel_xs(w: u16, h: u16) -> std::ops::Range<u16> {
    let p = layout::panes(Rect::new(0, 0, w, h)).unwrap();
    assert!(p.facts.width > 0, "no fact panel at {w}x{h}");
    p.facts.left()..p.facts.right()
}

/// The cells of the one place `needle` shows in columns `xs`.
fn only(buf: &Buffer, xs: std::ops::Range<u16>, needle: &str) -> Vec<(u16, u16)> {
    let found = find_all(buf, xs, needle);
    assert_eq!(found.len(), 1, "{needle:?} shows {} times", found.len());
    found.into_iter().next().unwrap()
}

/// Whether a cell is drawn in (at least) `style`: its colours and
/// modifiers.
fn has(cell: &Cell, style: Style) -> bool {
    style.fg.is_none_or(|c| cell.fg == c)
        && style.bg.is_none_or(|c| cell.bg == c)
        && cell.modifier.contains(style.add_modifier)
}

fn assert_cells(buf: &Buffer, cells: &[(u16, u16)], style: Style, what: &str) {
    for &(x, y) in cells {
        let cell = &buf[(x, y)];
        assert!(has(cell, style), "{what}: {:?} is {cell:?}", cell.symbol());
    }
}

#[test]
fn every_mention_is_highlighted_by_its_facts_status() {
    let t = Theme::default();
    let mut app = two_reports_app();
    let term = run(&mut app, 40, 30, vec![]);
    let buf = term.backend().buffer();
    let xs = reader_xs(40, 30);
    assert_eq!(app.selected_fact(), None);
    let conflict = only(buf, xs.clone(), "fifteen");
    assert_cells(buf, &conflict, t.mention_conflict, "conflict");
    assert_cells(
        buf,
        &only(buf, xs.clone(), "forty"),
        t.mention_agree,
        "agree",
    );
    assert_cells(
        buf,
        &only(buf, xs.clone(), "frank"),
        t.mention_variant,
        "variant",
    );
    // Wide characters: each takes two cells, and the first holds the style.
    for c in ["月", "曜", "日"] {
        assert_cells(buf, &only(buf, xs.clone(), c), t.mention_single, "single");
    }
    // The four statuses really are told apart, and nothing is selected yet.
    let fgs = [
        t.mention_conflict.fg,
        t.mention_agree.fg,
        t.mention_variant.fg,
        t.mention_single.fg,
    ];
    for (i, a) in fgs.iter().enumerate() {
        assert!(fgs[i + 1..].iter().all(|b| b != a), "{fgs:?}");
    }
    for &(x, y) in &conflict {
        assert_eq!(
            buf[(x, y)].bg,
            Color::Reset,
            "unselected mention has a background"
        );
    }
    // Text that is no mention is plain.
    for (x, y) in only(buf, xs, "lasted") {
        let cell = &buf[(x, y)];
        assert!(!cell.modifier.contains(Modifier::UNDERLINED), "{cell:?}");
        assert_eq!(cell.fg, Color::Reset);
    }
}

#[test]
fn the_selected_facts_mentions_are_stronger_and_the_current_one_strongest() {
    let t = Theme::default();
    let mut app = two_reports_app();
    // `]` from the top lands on the first value: "fifteen minutes".
    let term = run(&mut app, 40, 30, vec![key(']')]);
    assert_eq!(app.selected_fact(), Some(LENGTH));
    assert_eq!(app.current_mention(), Some(0));
    let buf = term.backend().buffer();
    let xs = reader_xs(40, 30);
    let current = t.mention_conflict.patch(t.mention_current);
    assert_cells(buf, &only(buf, xs.clone(), "fifteen"), current, "current");
    let selected = t.mention_conflict.patch(t.mention_selected);
    assert_cells(buf, &only(buf, xs.clone(), "quarter"), selected, "selected");
    assert_ne!(t.mention_current.bg, t.mention_selected.bg);
    assert_ne!(t.mention_selected.bg, None);
    // Another fact's mention stays subtle: no background.
    for (x, y) in only(buf, xs, "forty") {
        assert_eq!(buf[(x, y)].bg, Color::Reset);
    }
}

#[test]
fn a_selected_mention_that_wraps_is_marked_on_both_lines_and_nowhere_else() {
    let t = Theme::default();
    let mut app = two_reports_app();
    let term = run(&mut app, 40, 30, vec![key(']')]);
    let r = app.reader();
    let (start, end) = {
        let i = REPORT_A.find("quarter of an hour").unwrap();
        (i, i + "quarter of an hour".len())
    };
    assert!(
        r.wrapped().line_of_byte(start) < r.wrapped().line_of_byte(end - 1),
        "the span must cross a wrap for this test: {:?}",
        r.wrapped().lines
    );
    let buf = term.backend().buffer();
    let text = layout::text_area(layout::panes(Rect::new(0, 0, 40, 30)).unwrap().reader);
    let mut marked = String::new();
    for y in text.top()..text.bottom() {
        for x in text.left()..text.right() {
            if buf[(x, y)].bg == t.mention_selected.bg.unwrap() {
                marked.push_str(buf[(x, y)].symbol());
            }
        }
        marked.push('|');
    }
    let rows: Vec<&str> = marked.split('|').filter(|p| !p.is_empty()).collect();
    assert_eq!(rows.len(), 2, "marked rows: {rows:?}");
    assert_eq!(rows.concat().replace(' ', ""), "quarterofanhour");
}

#[test]
fn c_from_the_start_selects_a_conflict_and_opens_its_mention() {
    let mut app = two_reports_app();
    run(&mut app, 80, 24, vec![key('c')]);
    assert_eq!(app.selected_fact(), Some(LENGTH));
    assert_eq!(app.current_mention(), Some(0));

    let mut app = seeds_app();
    run(&mut app, 120, 40, vec![key('c')]);
    let f = app.selected_fact().expect("c selects a fact");
    assert_eq!(app.facts().status(f), Some(Status::Conflict));
    let m = app.current_mention().expect("and a mention of it");
    assert_eq!(app.facts().fact_of(m), Some(f));
    assert_eq!(
        app.reader().article(),
        Some(app.facts().mention(m).unwrap().article)
    );
    // C goes back round to the last conflict, c again onwards.
    let conflicts: Vec<usize> = app
        .facts()
        .order()
        .iter()
        .copied()
        .filter(|&f| app.facts().status(f) == Some(Status::Conflict))
        .collect();
    run(&mut app, 120, 40, vec![key('C')]);
    assert_eq!(app.selected_fact(), conflicts.last().copied());
}

#[test]
fn brackets_step_through_values_and_quotes_in_the_open_article() {
    let mut app = two_reports_app();
    let mut seen = Vec::new();
    for _ in 0..6 {
        run(&mut app, 80, 24, vec![key(']')]);
        seen.push(app.current_mention().unwrap());
    }
    // By position, wrapping round at the end as vim's wrapscan does, with
    // a note. The place (an entity) is in the other article anyway.
    assert_eq!(seen, vec![0, 7, 3, 5, 1, 0]);
    assert!(
        app.note().is_some_and(|n| n.contains("BOTTOM")),
        "{:?}",
        app.note()
    );
    run(&mut app, 80, 24, vec![key('[')]);
    assert_eq!(app.current_mention(), Some(1));
    assert!(
        app.note().is_some_and(|n| n.contains("TOP")),
        "{:?}",
        app.note()
    );
    run(&mut app, 80, 24, vec![key('[')]);
    assert_eq!(app.current_mention(), Some(5));
    assert_eq!(app.selected_fact(), Some(QUOTE));
    assert_eq!(app.note(), None);
}

#[test]
fn n_and_big_n_switch_to_the_fact_in_the_next_and_previous_article() {
    let mut app = two_reports_app();
    run(&mut app, 80, 24, vec![key(']'), key('n')]);
    assert_eq!(app.reader().article(), Some(1));
    assert_eq!(app.current_mention(), Some(2), "lands on \"an hour\"");
    assert_eq!(app.selected_fact(), Some(LENGTH));
    run(&mut app, 80, 24, vec![key('N')]);
    assert_eq!(app.reader().article(), Some(0));
    assert_eq!(app.current_mention(), Some(0));
    // Round the corpus: from the last article, n goes to the first.
    run(&mut app, 80, 24, vec![key('n'), key('n')]);
    assert_eq!(app.reader().article(), Some(0));
}

#[test]
fn n_scrolls_the_mention_to_the_middle_of_the_reader() {
    let filler: String = (1..=60).map(|i| format!("Filler line {i}.\n")).collect();
    let b = format!("{filler}The call went on for an hour.\n{filler}");
    let (mut corpus, mut facts) = two_reports();
    let a = crossread::engine::load::article_from_bytes("b.txt", b.as_bytes(), &mut Vec::new());
    corpus.articles[1] = a.unwrap();
    let i = b.find("an hour").unwrap();
    facts.mentions[2].span = i..i + "an hour".len();
    let mut app = App::with_facts(corpus, facts, Default::default(), Default::default());
    let term = run(&mut app, 80, 24, vec![key(']'), key('n')]);
    let buf = term.backend().buffer();
    let (_, y) = only(buf, reader_xs(80, 24), "an hour")[0];
    let middle = 1 + app.reader().height() as u16 / 2;
    assert!(y.abs_diff(middle) <= 1, "row {y}, middle {middle}");
}

#[test]
fn find_fact_by_a_mentions_text_selects_it_and_jumps() {
    let mut app = two_reports_app();
    let mut events = vec![key('f')];
    events.extend(typed("40 people"));
    events.push(code(KeyCode::Enter));
    run(&mut app, 80, 24, events);
    assert_eq!(app.selected_fact(), Some(HEADCOUNT));
    // The open article states it, so the jump stays there.
    assert_eq!(app.reader().article(), Some(0));
    assert_eq!(app.current_mention(), Some(3));
    assert_eq!(app.focus(), Focus::Reader);
}

#[test]
fn f_hour_long_on_the_seeds_selects_the_conflicting_call_length() {
    let mut app = seeds_app();
    let mut events = vec![key('f')];
    events.extend(typed("hour-long"));
    events.push(code(KeyCode::Enter));
    let term = run(&mut app, 120, 40, events);
    let f = app.selected_fact().expect("a fact is selected");
    let (corpus, _) = seeds();
    let texts: Vec<&str> = app
        .facts()
        .mentions_of(f)
        .iter()
        .map(|&m| {
            let m = app.facts().mention(m).unwrap();
            &corpus.articles[m.article].text[m.span.clone()]
        })
        .collect();
    assert!(texts.iter().any(|t| t.contains("hour-long")), "{texts:?}");
    assert_eq!(app.facts().status(f), Some(Status::Conflict));
    let panel: String = screen(term.backend().buffer())
        .lines()
        .map(|l| l.chars().skip(84).collect::<String>() + "\n")
        .collect();
    for want in ["✗ conflict", "15 min", "1 h", "silent"] {
        assert!(panel.contains(want), "{want:?} not in the panel:\n{panel}");
    }
}

#[test]
fn the_panel_shows_each_articles_value_normalised_and_as_written() {
    let mut app = two_reports_app();
    let term = run(&mut app, 120, 30, vec![key(']')]);
    let s = screen(term.backend().buffer());
    let panel: Vec<String> = s
        .lines()
        .map(|l| l.chars().skip(panel_xs(120, 30).start.into()).collect())
        .collect();
    let find = |needle: &str| {
        panel
            .iter()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} not in the panel:\n{}", panel.join("\n")))
    };
    assert!(find("✗ conflict").contains("call · length"));
    // Both of a's mentions are 15 minutes: one line, counted.
    let a = find("(×2)");
    assert!(a.contains("15 min"), "{a}");
    assert!(panel.join("\n").contains("“fifteen minutes”"));
    assert!(find("“an hour”").contains("1 h"));
    // The list's row carries the values too.
    assert!(find("✗ call · length").contains("15 min · 1 h"));
}

#[test]
fn the_quote_diff_marks_inserted_and_deleted_words_only() {
    let t = Theme::default();
    let mut app = two_reports_app();
    let mut events = vec![key('f')];
    events.extend(typed("minister"));
    events.push(code(KeyCode::Enter));
    let term = run(&mut app, 120, 30, events);
    assert_eq!(app.selected_fact(), Some(QUOTE));
    let buf = term.backend().buffer();
    let xs = panel_xs(120, 30);
    // b's version against a's: "very" and "frank" dropped, "open" added.
    let inserted = only(buf, xs.clone(), "open");
    assert_cells(buf, &inserted, t.diff_insert, "inserted");
    for word in ["very", "frank"] {
        let found = find_all(buf, xs.clone(), word);
        assert_eq!(found.len(), 2, "{word}: in a's version and b's diff");
        let deleted: Vec<bool> = found
            .iter()
            .map(|c| has(&buf[c[0]], t.diff_delete))
            .collect();
        assert_eq!(
            deleted,
            vec![false, true],
            "{word}: plain in a's, deleted in b's"
        );
    }
    let good = find_all(buf, xs, "good");
    assert_eq!(good.len(), 2);
    for cells in good {
        for c in cells {
            let m = buf[c].modifier;
            assert!(
                !m.intersects(Modifier::CROSSED_OUT | Modifier::UNDERLINED),
                "unchanged word styled: {:?}",
                buf[c]
            );
        }
    }
}

#[test]
fn a_switches_the_panel_between_this_article_and_all_facts() {
    let mut app = two_reports_app();
    let term = run(&mut app, 120, 30, vec![]);
    let s = screen(term.backend().buffer());
    assert!(s.contains("Facts here (4)"), "{s}");
    assert_eq!(
        app.facts().rows(app.scope(), Some(0)),
        &[LENGTH, QUOTE, HEADCOUNT, WEEKDAY],
        "conflicts first, then shared facts"
    );
    let term = run(&mut app, 120, 30, vec![key('a')]);
    let s = screen(term.backend().buffer());
    assert!(s.contains("All facts (5)"), "{s}");
    // The entity is listed, after the values.
    let place = s
        .lines()
        .position(|l| l.contains("· palace"))
        .expect("palace listed");
    let said = s.lines().position(|l| l.contains("said · date")).unwrap();
    assert!(place > said);
}

#[test]
fn tab_reaches_the_panel_where_j_k_select_and_enter_jumps() {
    let mut app = two_reports_app();
    run(
        &mut app,
        120,
        30,
        vec![code(KeyCode::Tab), code(KeyCode::Tab)],
    );
    assert_eq!(app.focus(), Focus::Facts);
    run(&mut app, 120, 30, vec![key('j')]);
    assert_eq!(app.selected_fact(), Some(LENGTH), "j selects the first row");
    run(&mut app, 120, 30, vec![key('j'), key('j'), key('k')]);
    assert_eq!(app.selected_fact(), Some(QUOTE));
    assert_eq!(app.current_mention(), None, "selecting does not jump");
    run(&mut app, 120, 30, vec![code(KeyCode::Enter)]);
    assert_eq!(app.current_mention(), Some(5));
    run(&mut app, 120, 30, vec![code(KeyCode::Tab)]);
    assert_eq!(app.focus(), Focus::Sources, "Tab wraps round");
    // Too narrow for the panel: Tab skips it.
    run(
        &mut app,
        60,
        30,
        vec![code(KeyCode::Tab), code(KeyCode::Tab)],
    );
    assert_eq!(app.focus(), Focus::Sources);
}

/// For each column, the screen row of its anchor mention, after checking
/// that the row shows the mention's first word, highlighted.
fn anchor_rows(app: &App, buf: &Buffer) -> Vec<u16> {
    let t = Theme::default();
    let side = app.side_by_side().expect("side-by-side mode");
    side.columns
        .iter()
        .map(|c| {
            let m = app.facts().mention(c.anchor.unwrap()).unwrap();
            let text = &app.articles()[c.article].text;
            let line = c.wrapped.line_of_byte(m.span.start);
            let y = layout::text_area(c.area).y + (line - c.top) as u16;
            let word = text[m.span.clone()].split_whitespace().next().unwrap();
            let found = find_all(buf, c.area.left()..c.area.right(), word);
            let on_row = found
                .iter()
                .find(|cells| cells[0].1 == y)
                .unwrap_or_else(|| panic!("{word:?} not on row {y} of {:?}", c.area));
            let marked = [t.mention_current.bg, t.mention_selected.bg];
            assert!(
                on_row.iter().all(|&p| marked.contains(&Some(buf[p].bg))),
                "{word:?} on row {y} is not highlighted"
            );
            y
        })
        .collect()
}

/// The two reports with a page of filler after each, so there is room to
/// scroll.
fn two_long_reports_app() -> App {
    let (mut corpus, facts) = two_reports();
    let filler: String = (1..=40).map(|i| format!("Filler line {i}.\n")).collect();
    for a in &mut corpus.articles {
        a.text.push_str(&filler);
    }
    App::with_facts(corpus, facts, Default::default(), Default::default())
}

#[test]
fn side_by_side_lines_up_each_columns_mention_on_one_row() {
    let mut app = two_long_reports_app();
    // The fifth ] reaches "quarter of an hour", lower in a than b's
    // "an hour", so lining them up needs the columns scrolled differently.
    let events = vec![key(']'), key(']'), key(']'), key(']'), key(']'), key('s')];
    let term = run(&mut app, 80, 20, events);
    let side = app.side_by_side().unwrap();
    assert_eq!(side.columns.len(), 2);
    assert_eq!(side.more, 0);
    assert_ne!(side.columns[0].top, side.columns[1].top, "{side:?}");
    let rows = anchor_rows(&app, term.backend().buffer());
    assert_eq!(rows[0], rows[1], "{rows:?}");
    // Scrolling moves every column together.
    let term = run(&mut app, 80, 20, vec![key('j'), key('j')]);
    let moved = anchor_rows(&app, term.backend().buffer());
    assert_eq!(moved[0], moved[1]);
    assert_eq!(moved[0] + 2, rows[0]);
}

#[test]
fn side_by_side_on_the_seeds_reads_straight_across() {
    let mut app = seeds_app();
    let mut events = vec![key('f')];
    events.extend(typed("hour-long"));
    events.push(code(KeyCode::Enter));
    events.push(key('s'));
    let term = run(&mut app, 130, 40, events);
    let side = app.side_by_side().unwrap();
    let n = app.facts().articles_of(app.selected_fact().unwrap()).len();
    assert!(side.columns.len() >= 2, "{n} articles, 130 columns");
    assert_eq!(side.columns.len() + side.more, n);
    let rows = anchor_rows(&app, term.backend().buffer());
    assert!(rows.windows(2).all(|w| w[0] == w[1]), "{rows:?}");
}

#[test]
fn side_by_side_says_how_many_more_and_tab_moves_between_columns() {
    let mut app = two_reports_app();
    // One column fits below 80 cells.
    let term = run(&mut app, 60, 20, vec![key(']'), key('s')]);
    let s = screen(term.backend().buffer());
    assert!(s.contains("+1 more"), "{s}");
    assert_eq!(app.reader().article(), Some(0));
    // n brings the other article into the one column.
    let term = run(&mut app, 60, 20, vec![key('n')]);
    assert_eq!(app.side_by_side().unwrap().columns[0].article, 1);
    assert!(screen(term.backend().buffer()).contains("Talks were long"));
    // With room for both, Tab moves the focus (and the reader) across.
    run(&mut app, 100, 20, vec![code(KeyCode::Tab)]);
    assert_eq!(app.side_by_side().unwrap().columns.len(), 2);
    assert_eq!(app.reader().article(), Some(0));
    let t = Theme::default();
    let term = run(&mut app, 100, 20, vec![]);
    let buf = term.backend().buffer();
    assert_eq!(buf[(0, 0)].fg, t.border_focused.fg.unwrap());
    assert_eq!(buf[(50, 0)].fg, t.border.fg.unwrap());
    // s goes back to the single reader, on the focused column's article.
    let term = run(&mut app, 100, 20, vec![key('s')]);
    assert!(app.side_by_side().is_none());
    assert_eq!(app.focus(), Focus::Reader);
    assert!(screen(term.backend().buffer()).contains("Sources (2)"));
}

#[test]
fn the_status_bar_names_the_selected_fact_and_the_new_keys() {
    let mut app = two_reports_app();
    let term = run(&mut app, 120, 30, vec![key('c')]);
    let s = screen(term.backend().buffer());
    let status = s.lines().last().unwrap();
    for want in [
        "✗ call · length conflict",
        "]/[ mention",
        "n/N article",
        "c/C conflict",
        "q quit",
    ] {
        assert!(status.contains(want), "{want:?} not in {status:?}");
    }
}

#[test]
fn no_size_and_no_fact_view_panics() {
    let views: [&[char]; 5] = [
        &['s'],
        &['f', 'x'],
        &[']', 's', 'j'],
        &['c', 'a'],
        &['\t', '\t', 'j'],
    ];
    let sizes = (1..=45u16)
        .step_by(2)
        .flat_map(|w| (1..=9u16).map(move |h| (w, h)))
        .chain([(40, 5), (80, 6), (200, 3), (3, 200), (250, 80)]);
    for (w, h) in sizes {
        for keys in views {
            let mut app = two_reports_app();
            let events = keys
                .iter()
                .map(|&c| {
                    if c == '\t' {
                        code(KeyCode::Tab)
                    } else {
                        key(c)
                    }
                })
                .collect();
            let term = run(&mut app, w, h, events);
            assert_eq!(term.backend().buffer().area, Rect::new(0, 0, w, h));
        }
    }
}
