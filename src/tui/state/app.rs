//! The reader's state, and the one place it changes: [`App::update`].

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::fact_index::{FactIndex, Scope};
use super::overview::OverviewState;
use super::search::Search;
use crate::config::ReaderOptions;
use crate::engine::FactSet;
use crate::engine::article::Article;
use crate::engine::load::Corpus;
use crate::tui::action::{Action, Update};
use crate::tui::fact_filter::FactFilterState;
use crate::tui::filter::FilterState;
use crate::tui::keymap::{Context, KeyBinding, Keymap, Lookup};
use crate::tui::reader::{Highlight, ReaderState};
use crate::tui::side_by_side::SideBySide;
use crate::tui::sources::SourcesState;
use crate::tui::theme::Theme;

/// The pane that receives movement keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sources,
    Reader,
    Facts,
}

impl Focus {
    /// Left to right, as on screen.
    pub(crate) const ORDER: [Focus; 3] = [Focus::Sources, Focus::Reader, Focus::Facts];

    pub fn name(self) -> &'static str {
        match self {
            Focus::Sources => "SOURCES",
            Focus::Reader => "READER",
            Focus::Facts => "FACTS",
        }
    }
}

/// What is drawn over the panes, and takes the keys while it is open.
#[derive(Debug, Clone)]
pub enum Overlay {
    None,
    Filter(FilterState),
    FindFact(FactFilterState),
    Help { scroll: usize },
    Notes { scroll: usize },
}

/// How far the background analysis has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    /// Linking work done and all of it, once linking has started.
    pub linked: Option<(usize, usize)>,
    /// Tenths of a second since it started.
    pub tenths: u32,
}

/// The width the reader wraps at on wide screens, in columns.
pub const READING_WIDTH: usize = 100;

pub struct App {
    pub(crate) articles: Vec<Article>,
    /// What loading had to say (skipped files and why).
    pub(crate) notes: Vec<String>,
    pub(crate) keymap: Keymap,
    pub(crate) theme: Theme,
    pub(crate) focus: Focus,
    pub(crate) overlay: Overlay,
    pub(crate) sources: SourcesState,
    pub(crate) reader: ReaderState,
    /// The widest the reader's text gets.
    pub(crate) reading_width: usize,
    /// The engine's analysis of the corpus (empty while it runs).
    pub(crate) facts: FactIndex,
    /// `Some` while the analysis runs in the background.
    pub(crate) analysis: Option<Progress>,
    /// Which facts the panel lists.
    pub(crate) scope: Scope,
    pub(crate) selected_fact: Option<usize>,
    /// The mention the last jump landed on: a mention of the selected fact,
    /// in the open article.
    pub(crate) current_mention: Option<usize>,
    /// The selected fact's lines under the panel's list, made when the
    /// selection or the size changes, with what they were made for.
    pub(crate) detail: Vec<Line<'static>>,
    pub(crate) detail_for: Option<(usize, u16)>,
    /// The disagreements overview, while it is open.
    pub(crate) overview: Option<OverviewState>,
    /// Columns, while side-by-side mode is on.
    pub(crate) side: Option<SideBySide>,
    /// A search of the open article, while typed or active.
    pub(crate) search: Option<Search>,
    /// A count typed before a key (the 5 of 5j).
    pub(crate) count: Option<usize>,
    /// The keys of a binding typed so far (the first g of g g).
    pub(crate) pending: Vec<KeyBinding>,
    /// Whether the user has pressed a key yet: the overview opens by
    /// itself when the analysis arrives only if not.
    pub(crate) touched: bool,
    /// A one-off message for the status bar, cleared by the next action.
    pub(crate) note: Option<String>,
    /// The whole terminal, as of the last resize.
    pub(crate) screen: Rect,
    /// Per article, its base styles (see `decor`), under the highlights.
    pub(crate) decor: Vec<Vec<Highlight>>,
    quit: bool,
}

impl App {
    /// An app over `corpus` with the built-in keymap and theme, showing the
    /// first article. Runs the fact engine over the corpus first; the
    /// binary uses [`App::loading`] and analyses in the background instead.
    pub fn new(corpus: Corpus) -> App {
        App::with_config(corpus, Keymap::default(), Theme::default())
    }

    pub fn with_config(corpus: Corpus, keymap: Keymap, theme: Theme) -> App {
        let facts = crate::engine::analyze(&corpus);
        App::with_facts(corpus, facts, keymap, theme)
    }

    /// An app over `corpus` and an analysis of it made beforehand (tests
    /// share one; it takes seconds in a debug build). It opens on the
    /// panes, as after the overview was closed.
    pub fn with_facts(corpus: Corpus, facts: FactSet, keymap: Keymap, theme: Theme) -> App {
        let mut app = App::loading(corpus, keymap, theme);
        app.analysis = None;
        app.touched = true;
        app.facts_ready(facts);
        app
    }

    /// An app over `corpus` whose analysis is still to come, through
    /// [`Update::Facts`]; until then it shows the sources and the articles,
    /// and the progress reported through [`Action::Progress`].
    pub fn loading(corpus: Corpus, keymap: Keymap, theme: Theme) -> App {
        let total = corpus.articles.len();
        let mut app = App {
            articles: corpus.articles,
            notes: corpus.notes.iter().map(ToString::to_string).collect(),
            keymap,
            theme,
            focus: Focus::Sources,
            overlay: Overlay::None,
            sources: SourcesState::default(),
            reader: ReaderState::default(),
            reading_width: READING_WIDTH,
            facts: FactIndex::default(),
            analysis: Some(Progress {
                done: 0,
                total,
                linked: None,
                tenths: 0,
            }),
            scope: Scope::default(),
            selected_fact: None,
            current_mention: None,
            detail: Vec::new(),
            detail_for: None,
            overview: None,
            side: None,
            search: None,
            count: None,
            pending: Vec::new(),
            touched: false,
            note: None,
            screen: Rect::default(),
            decor: Vec::new(),
            quit: false,
        };
        app.set_reader_options(ReaderOptions::default());
        if !app.notes.is_empty() {
            let n = app.notes.len();
            app.note = Some(format!(
                "{n} note{} from loading: ! shows them",
                if n == 1 { "" } else { "s" }
            ));
        }
        app.open(0);
        app
    }

    /// Wrap the reader at most this wide (at least 20 columns).
    pub fn set_reading_width(&mut self, width: usize) {
        self.reading_width = width.max(20);
        self.fit_reader();
    }

    /// Applies the config's `[reader]` options: wrap width (in place of
    /// the default reading width) and whether page chrome is dimmed.
    pub fn set_reader_options(&mut self, opts: ReaderOptions) {
        if let Some(w) = opts.wrap_width {
            self.reading_width = w.max(1);
        }
        self.decor = self
            .articles
            .iter()
            .map(|a| crate::tui::decor::decor(a, &self.theme, &opts))
            .collect();
        self.fit_reader();
        self.refresh_highlights();
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    pub fn overlay(&self) -> &Overlay {
        &self.overlay
    }

    pub fn reader(&self) -> &ReaderState {
        &self.reader
    }

    /// For the fact panel: highlights, jumps to a mention.
    pub fn reader_mut(&mut self) -> &mut ReaderState {
        &mut self.reader
    }

    pub fn selected_source(&self) -> usize {
        self.sources.selected
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn facts(&self) -> &FactIndex {
        &self.facts
    }

    pub fn analysis(&self) -> Option<Progress> {
        self.analysis
    }

    pub fn scope(&self) -> Scope {
        self.scope
    }

    pub fn selected_fact(&self) -> Option<usize> {
        self.selected_fact
    }

    pub fn current_mention(&self) -> Option<usize> {
        self.current_mention
    }

    pub fn side_by_side(&self) -> Option<&SideBySide> {
        self.side.as_ref()
    }

    pub fn overview(&self) -> Option<&OverviewState> {
        self.overview.as_ref()
    }

    pub fn search(&self) -> Option<&Search> {
        self.search.as_ref()
    }

    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// Which keymap table applies now: the innermost thing open.
    pub fn context(&self) -> Context {
        match self.overlay {
            Overlay::Filter(_) | Overlay::FindFact(_) => Context::Filter,
            Overlay::Help { .. } | Overlay::Notes { .. } => Context::Help,
            Overlay::None if self.search.as_ref().is_some_and(|s| s.typing) => Context::Search,
            Overlay::None if self.side.is_some() => Context::SideBySide,
            Overlay::None if self.overview.is_some() => Context::Overview,
            Overlay::None => Context::Normal,
        }
    }

    /// The change a terminal event asks for, if any.
    pub fn update_for(&self, event: &Event) -> Option<Update> {
        match event {
            // Release events (sent by some terminals) would double every key.
            Event::Key(k) if k.kind != KeyEventKind::Release => Some(Update::Key(*k)),
            Event::Resize(w, h) => Some(Action::Resize(*w, *h).into()),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    Some(Action::Click(m.column, m.row).into())
                }
                MouseEventKind::ScrollDown => Some(Action::Wheel(m.column, m.row, 3).into()),
                MouseEventKind::ScrollUp => Some(Action::Wheel(m.column, m.row, -3).into()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The one place the state changes: an action, a key (which may be
    /// part of a count or a sequence) or the analysis arriving.
    pub fn update(&mut self, update: impl Into<Update>) {
        match update.into() {
            Update::Act(action) => self.act(action),
            Update::Key(k) => self.key(k),
            Update::Facts(set) => {
                self.analysis = None;
                self.facts_ready(*set);
            }
        }
        self.refresh_detail();
    }

    /// A key: a digit of a count, a step of a sequence, or a binding.
    fn key(&mut self, k: KeyEvent) {
        self.touched = true;
        let ctx = self.context();
        let plain = !k
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        if let KeyCode::Char(d @ '0'..='9') = k.code
            && plain
            && !ctx.types()
            && self.pending.is_empty()
            && (d != '0' || self.count.is_some())
        {
            let digit = d as usize - '0' as usize;
            let n = self.count.unwrap_or(0).saturating_mul(10) + digit;
            self.count = Some(n.min(99_999));
            return;
        }
        self.pending.push(KeyBinding::from_event(&k));
        match self.keymap.lookup(ctx, &self.pending) {
            Lookup::Prefix => {}
            Lookup::Action(a) => {
                self.pending.clear();
                let count = self.count.take();
                self.act_counted(a, count);
            }
            Lookup::None => {
                let lone = self.pending.len() == 1;
                self.pending.clear();
                self.count = None;
                if let KeyCode::Char(c) = k.code
                    && lone
                    && plain
                    && ctx.types()
                {
                    self.act(Action::Insert(c));
                }
            }
        }
    }

    /// An action with the count typed before it: movements repeat, `G`
    /// and `gg` go to that line or row.
    fn act_counted(&mut self, action: Action, count: Option<usize>) {
        let Some(n) = count else {
            self.act(action);
            return;
        };
        match action {
            Action::Top | Action::Bottom => {
                self.note = None;
                self.go_to(n.saturating_sub(1));
            }
            Action::Down
            | Action::Up
            | Action::HalfPageDown
            | Action::HalfPageUp
            | Action::PageDown
            | Action::PageUp
            | Action::NextMention
            | Action::PrevMention
            | Action::NextArticle
            | Action::PrevArticle
            | Action::NextConflict
            | Action::PrevConflict
            | Action::FocusNext
            | Action::FocusPrev => {
                for _ in 0..n.min(10_000) {
                    self.act(action);
                }
            }
            _ => self.act(action),
        }
    }

    fn act(&mut self, action: Action) {
        // A note answers the user's last key; time passing keeps it.
        if !matches!(
            action,
            Action::Tick(_) | Action::Progress(..) | Action::Linking(..) | Action::Resize(..)
        ) {
            self.note = None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => self.resize(w, h),
            Action::Progress(done, total) => {
                if let Some(p) = &mut self.analysis {
                    p.done = done;
                    p.total = total;
                }
            }
            Action::Linking(done, total) => {
                if let Some(p) = &mut self.analysis {
                    p.linked = Some((done, total));
                }
            }
            Action::Tick(tenths) => {
                if let Some(p) = &mut self.analysis {
                    p.tenths = tenths;
                }
            }
            Action::Click(x, y) => self.click(x, y),
            Action::Wheel(x, y, lines) => self.wheel(x, y, lines),
            Action::Notes if !matches!(self.overlay, Overlay::Notes { .. }) => {
                self.overlay = Overlay::Notes { scroll: 0 };
            }
            _ => match self.overlay {
                Overlay::Filter(_) => self.update_filter(action),
                Overlay::FindFact(_) => self.update_find_fact(action),
                Overlay::Help { .. } | Overlay::Notes { .. } => self.update_help(action),
                Overlay::None if self.search.as_ref().is_some_and(|s| s.typing) => {
                    self.update_search_prompt(action)
                }
                Overlay::None if self.side.is_some() => self.update_side(action),
                Overlay::None if self.overview.is_some() => self.update_overview(action),
                Overlay::None => self.update_panes(action),
            },
        }
    }

    /// The analysis arrived: index it, and open on the disagreements if
    /// there are any and the user has not started reading yet.
    pub(crate) fn facts_ready(&mut self, set: FactSet) {
        self.facts = FactIndex::new(set, &self.articles);
        self.selected_fact = None;
        self.current_mention = None;
        self.refresh_highlights();
        let conflicts = self.facts.conflicts();
        if (conflicts > 0 && !self.touched) || self.overview.is_some() {
            self.open_overview();
        } else if conflicts > 0 {
            self.note = Some(format!(
                "analysis done: {conflicts} conflicting fact{} (o: overview)",
                if conflicts == 1 { "" } else { "s" }
            ));
        } else if self.analysis.is_none() && !self.touched {
            self.note = Some("analysis done: the articles conflict on no fact".into());
        }
    }
}
