//! Shared by the `tui_*` tests: drivers for the app on a `TestBackend`, the
//! seeds with their analysis (made once per test binary: it takes seconds
//! in a debug build), and a small hand-made corpus whose facts are fixed,
//! so tests of the fact views do not move when the engine is tuned.
#![allow(dead_code)] // each test file uses a different part of it

use std::ops::Range;
use std::sync::OnceLock;

use crossread::engine::FactSet;
use crossread::engine::link::facts::{Fact, Mention, Status};
use crossread::engine::load::{Corpus, article_from_bytes, load_seeds};
use crossread::engine::model::{DateValue, Granularity, Interval, Kind, Value};
use crossread::tui::keymap::Keymap;
use crossread::tui::theme::Theme;
use crossread::tui::{App, run_app};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

pub fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

pub fn code(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

pub fn typed(s: &str) -> Vec<Event> {
    s.chars().map(key).collect()
}

pub fn corpus_of(texts: &[(&str, &str)]) -> Corpus {
    let mut notes = Vec::new();
    let articles = texts
        .iter()
        .map(|(name, text)| article_from_bytes(name, text.as_bytes(), &mut notes).unwrap())
        .collect();
    Corpus { articles, notes }
}

/// The seeds and the engine's analysis of them, computed once.
pub fn seeds() -> &'static (Corpus, FactSet) {
    static SEEDS: OnceLock<(Corpus, FactSet)> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let corpus = load_seeds();
        let facts = crossread::engine::analyze(&corpus);
        (corpus, facts)
    })
}

/// The app over the seeds, with the engine's facts.
pub fn seeds_app() -> App {
    let (corpus, facts) = seeds();
    App::with_facts(
        corpus.clone(),
        facts.clone(),
        Keymap::default(),
        Theme::default(),
    )
}

/// The app over the seeds with no facts at all: for views whose tests are
/// about the reader, so engine tuning cannot change them.
pub fn seeds_app_without_facts() -> App {
    App::with_facts(
        seeds().0.clone(),
        FactSet::default(),
        Keymap::default(),
        Theme::default(),
    )
}

pub fn run(app: &mut App, w: u16, h: u16, events: Vec<Event>) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    run_app(&mut term, app, events.into_iter().map(Ok)).unwrap();
    term
}

pub fn screen(buf: &Buffer) -> String {
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

/// Every place `needle` shows within columns `xs` of the screen, as the
/// (x, y) of its cells. Matching is per row: a needle split by a wrap is
/// not found.
pub fn find_all(buf: &Buffer, xs: Range<u16>, needle: &str) -> Vec<Vec<(u16, u16)>> {
    let mut out = Vec::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut row = String::new();
        let mut cells = Vec::new();
        for x in xs.clone() {
            let sym = buf[(x, y)].symbol();
            for _ in sym.chars() {
                cells.push(x);
            }
            row.push_str(sym);
        }
        let mut from = 0;
        while let Some(i) = row[from..].find(needle) {
            let start = row[..from + i].chars().count();
            let n = needle.chars().count();
            out.push((start..start + n).map(|c| (cells[c], y)).collect());
            from += i + needle.len();
        }
    }
    out
}

/// The text of two short reports of one phone call and the facts in them,
/// made by hand: the call's length conflicts (fifteen minutes / a quarter
/// of an hour against an hour), the head count agrees, a quote varies, a
/// weekday (written in Japanese, two cells a character) is stated once, and
/// a place is named.
pub const REPORT_A: &str = "Leaders agree to meet\n\nThe call lasted fifteen minutes, officials said on 月曜日.\nAbout forty people attended. \"We had a very good and frank talk,\" the minister said.\nLater reports called it a quarter of an hour of talks.\n";
pub const REPORT_B: &str = "Talks were long\n\nThe call went on for an hour, according to the palace.\nSome 40 people attended. \"We had a good and open talk,\" the minister said.\n";

fn span(text: &str, s: &str) -> Range<usize> {
    let i = text
        .find(s)
        .unwrap_or_else(|| panic!("{s:?} not in the report"));
    i..i + s.len()
}

pub const LENGTH: usize = 0;
pub const HEADCOUNT: usize = 1;
pub const QUOTE: usize = 2;
pub const WEEKDAY: usize = 3;
pub const PLACE: usize = 4;

/// The two reports and their facts (made once: guessing the articles'
/// metadata compiles patterns, too slow to repeat in a loop over sizes).
pub fn two_reports() -> (Corpus, FactSet) {
    static REPORTS: OnceLock<(Corpus, FactSet)> = OnceLock::new();
    REPORTS.get_or_init(make_two_reports).clone()
}

fn make_two_reports() -> (Corpus, FactSet) {
    let corpus = corpus_of(&[("a.txt", REPORT_A), ("b.txt", REPORT_B)]);
    let duration = |s: f64| Value::Duration {
        seconds: Interval::exact(s),
        approx: false,
        grain: 60.0,
    };
    let count = |n: f64| Value::Count {
        amount: Interval::exact(n),
        noun: Some("people".into()),
    };
    let quote = |q: &str| Value::Quote {
        normalized: q.to_lowercase(),
        speaker: None,
        after_omission: false,
    };
    let m = |article: usize, text: &str, s: &str, kind: Kind, value: Value| Mention {
        article,
        span: span(text, s),
        kind,
        value,
        cue: None,
    };
    let monday = Value::Date(DateValue {
        start: None,
        end: None,
        granularity: Granularity::Day,
        year: None,
        month: None,
        day: None,
        weekday: Some(jiff::civil::Weekday::Monday),
        holiday: None,
        relative: None,
        months: None,
        days: None,
        edge: None,
        past_guess: false,
    });
    let (a, b) = (REPORT_A, REPORT_B);
    let mentions = vec![
        m(0, a, "fifteen minutes", Kind::Duration, duration(900.0)),
        m(0, a, "quarter of an hour", Kind::Duration, duration(900.0)),
        m(1, b, "an hour", Kind::Duration, duration(3600.0)),
        m(0, a, "forty people", Kind::Count, count(40.0)),
        m(1, b, "40 people", Kind::Count, count(40.0)),
        m(
            0,
            a,
            "We had a very good and frank talk,",
            Kind::Quote,
            quote("we had a very good and frank talk"),
        ),
        m(
            1,
            b,
            "We had a good and open talk,",
            Kind::Quote,
            quote("we had a good and open talk"),
        ),
        m(0, a, "月曜日", Kind::Date, monday),
        m(
            1,
            b,
            "palace",
            Kind::Place,
            Value::Entity {
                canonical: "palace".into(),
            },
        ),
    ];
    let fact = |kind, label: &str, status, mentions: Vec<usize>| Fact {
        id: String::new(),
        kind,
        label: label.into(),
        status,
        mentions,
    };
    let facts = vec![
        fact(
            Kind::Duration,
            "call · length",
            Status::Conflict,
            vec![0, 1, 2],
        ),
        fact(Kind::Count, "attended · count", Status::Agree, vec![3, 4]),
        fact(Kind::Quote, "minister · quote", Status::Variant, vec![5, 6]),
        fact(Kind::Date, "said · date", Status::Single, vec![7]),
        fact(Kind::Place, "palace", Status::Single, vec![8]),
    ];
    let set = FactSet {
        mentions,
        facts,
        fact_of: vec![0, 0, 0, 1, 1, 2, 2, 3, 4],
        converted: Vec::new(),
    };
    (corpus, set)
}

pub fn two_reports_app() -> App {
    let (corpus, facts) = two_reports();
    App::with_facts(corpus, facts, Keymap::default(), Theme::default())
}

/// Three short reports of one fine in euros, pounds and dollars, published
/// in 2019, with the fact linking them made by hand; the conversions are
/// the engine's, at 2019's average rates.
pub const FINE_EUR: &str = "Port fine\n\nThe port fined the operator three million euros.\n";
pub const FINE_GBP: &str = "Operator fined\n\nThe operator was fined £2.6 million by the port.\n";
pub const FINE_USD: &str = "Oil spill\n\nThe port imposed a $3.3 million fine on the operator.\n";

pub fn fine_reports() -> (Corpus, FactSet) {
    use crossread::engine::fx::Rates;
    use crossread::engine::link::currency::{RateYear, YearBasis, conversions};
    let mut corpus = corpus_of(&[
        ("eur.txt", FINE_EUR),
        ("gbp.txt", FINE_GBP),
        ("usd.txt", FINE_USD),
    ]);
    for a in &mut corpus.articles {
        a.meta.published = Some(jiff::civil::date(2019, 6, 12));
    }
    let money = |text: &str, s: &str, article, amount, currency: &str| Mention {
        article,
        span: span(text, s),
        kind: Kind::Money,
        value: Value::Money {
            amount: Interval::exact(amount),
            currency: currency.into(),
        },
        cue: Some("fine".into()),
    };
    let mentions = vec![
        money(FINE_EUR, "three million euros", 0, 3e6, "EUR"),
        money(FINE_GBP, "£2.6 million", 1, 2.6e6, "GBP"),
        money(FINE_USD, "$3.3 million", 2, 3.3e6, "USD"),
    ];
    let year = RateYear {
        year: 2019,
        basis: YearBasis::Published,
    };
    let converted = conversions(&mentions, &[vec![0, 1, 2]], &[year; 3], &Rates::embedded());
    let set = FactSet {
        mentions,
        facts: vec![Fact {
            id: "f1".into(),
            kind: Kind::Money,
            label: "fine · amount".into(),
            status: Status::Agree,
            mentions: vec![0, 1, 2],
        }],
        fact_of: vec![0, 0, 0],
        converted,
    };
    (corpus, set)
}
