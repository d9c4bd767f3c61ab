//! The reader's state, and the one place it changes: [`App::update`].

use ratatui::crossterm::event::{Event, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

use crate::engine::FactSet;
use crate::engine::article::Article;
use crate::engine::load::Corpus;
use crate::tui::action::Action;
use crate::tui::fact_filter::FactFilterState;
use crate::tui::fact_index::{FactIndex, Scope};
use crate::tui::filter::FilterState;
use crate::tui::help;
use crate::tui::keymap::{Context, Keymap};
use crate::tui::layout;
use crate::tui::reader::ReaderState;
use crate::tui::side_by_side::SideBySide;
use crate::tui::sources::{self, SourcesState};
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
    const ORDER: [Focus; 3] = [Focus::Sources, Focus::Reader, Focus::Facts];

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
}

pub struct App {
    pub(crate) articles: Vec<Article>,
    pub(crate) keymap: Keymap,
    pub(crate) theme: Theme,
    pub(crate) focus: Focus,
    pub(crate) overlay: Overlay,
    pub(crate) sources: SourcesState,
    pub(crate) reader: ReaderState,
    /// The engine's analysis of the corpus, made once when the app starts.
    pub(crate) facts: FactIndex,
    /// Which facts the panel lists.
    pub(crate) scope: Scope,
    pub(crate) selected_fact: Option<usize>,
    /// The mention the last jump landed on: a mention of the selected fact,
    /// in the open article.
    pub(crate) current_mention: Option<usize>,
    /// Columns, while side-by-side mode is on.
    pub(crate) side: Option<SideBySide>,
    /// A one-off message for the status bar, cleared by the next action.
    pub(crate) note: Option<&'static str>,
    /// The whole terminal, as of the last resize.
    pub(crate) screen: Rect,
    quit: bool,
}

impl App {
    /// An app over `corpus` with the built-in keymap and theme, showing the
    /// first article. Runs the fact engine over the corpus.
    pub fn new(corpus: Corpus) -> App {
        App::with_config(corpus, Keymap::default(), Theme::default())
    }

    pub fn with_config(corpus: Corpus, keymap: Keymap, theme: Theme) -> App {
        let facts = crate::engine::analyze(&corpus);
        App::with_facts(corpus, facts, keymap, theme)
    }

    /// An app over `corpus` and an analysis of it made beforehand (tests
    /// share one; it takes seconds in a debug build).
    pub fn with_facts(corpus: Corpus, facts: FactSet, keymap: Keymap, theme: Theme) -> App {
        let facts = FactIndex::new(facts, &corpus.articles);
        let mut app = App {
            articles: corpus.articles,
            keymap,
            theme,
            focus: Focus::Sources,
            overlay: Overlay::None,
            sources: SourcesState::default(),
            reader: ReaderState::default(),
            facts,
            scope: Scope::default(),
            selected_fact: None,
            current_mention: None,
            side: None,
            note: None,
            screen: Rect::default(),
            quit: false,
        };
        app.open(0);
        app
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
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

    /// Which keymap table applies now.
    pub fn context(&self) -> Context {
        match self.overlay {
            Overlay::None => Context::Normal,
            Overlay::Filter(_) | Overlay::FindFact(_) => Context::Filter,
            Overlay::Help { .. } => Context::Help,
        }
    }

    /// The action a terminal event asks for, if any.
    pub fn action_for(&self, event: &Event) -> Option<Action> {
        match event {
            // Release events (sent by some terminals) would double every key.
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                let ctx = self.context();
                self.keymap.action(ctx, k).or_else(|| match k.code {
                    ratatui::crossterm::event::KeyCode::Char(c)
                        if ctx == Context::Filter
                            && !k
                                .modifiers
                                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                    {
                        Some(Action::Insert(c))
                    }
                    _ => None,
                })
            }
            Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
            _ => None,
        }
    }

    pub fn update(&mut self, action: Action) {
        self.note = None;
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => self.resize(w, h),
            _ => match self.overlay {
                Overlay::None => self.update_panes(action),
                Overlay::Filter(_) => self.update_filter(action),
                Overlay::FindFact(_) => self.update_find_fact(action),
                Overlay::Help { .. } => self.update_help(action),
            },
        }
    }

    fn update_panes(&mut self, action: Action) {
        match action {
            Action::Filter => {
                self.overlay = Overlay::Filter(FilterState::new(&self.articles));
                return;
            }
            Action::Help => {
                self.overlay = Overlay::Help { scroll: 0 };
                return;
            }
            _ => {}
        }
        if self.update_facts(action) {
            return;
        }
        if self.side.is_some() {
            self.update_side(action);
            return;
        }
        let per_page = self.sources_per_page() as isize;
        let n = self.articles.len();
        match (self.focus, action) {
            (_, Action::FocusNext) => self.focus_by(1, true),
            (_, Action::FocusPrev) => self.focus_by(-1, true),
            (_, Action::FocusRight) => self.focus_by(1, false),
            (_, Action::FocusLeft) => self.focus_by(-1, false),
            (Focus::Sources, Action::Open) => {
                self.open(self.sources.selected);
                self.focus = Focus::Reader;
            }
            (Focus::Sources, Action::Down) => self.sources.move_by(1, n),
            (Focus::Sources, Action::Up) => self.sources.move_by(-1, n),
            (Focus::Sources, Action::Top) => self.sources.selected = 0,
            (Focus::Sources, Action::Bottom) => self.sources.selected = n.saturating_sub(1),
            (Focus::Sources, Action::HalfPageDown) => {
                self.sources.move_by((per_page / 2).max(1), n)
            }
            (Focus::Sources, Action::HalfPageUp) => self.sources.move_by(-(per_page / 2).max(1), n),
            (Focus::Sources, Action::PageDown) => self.sources.move_by(per_page, n),
            (Focus::Sources, Action::PageUp) => self.sources.move_by(-per_page, n),
            (Focus::Reader, Action::Down) => self.reader.scroll_by(1),
            (Focus::Reader, Action::Up) => self.reader.scroll_by(-1),
            (Focus::Reader, Action::Top) => self.reader.scroll_to_top(),
            (Focus::Reader, Action::Bottom) => self.reader.scroll_to_bottom(),
            (Focus::Reader, Action::HalfPageDown) => self.reader.scroll_pages(0.5),
            (Focus::Reader, Action::HalfPageUp) => self.reader.scroll_pages(-0.5),
            (Focus::Reader, Action::PageDown) => self.reader.scroll_pages(1.0),
            (Focus::Reader, Action::PageUp) => self.reader.scroll_pages(-1.0),
            (Focus::Facts, _) => self.update_panel(action),
            _ => {}
        }
    }

    fn update_filter(&mut self, action: Action) {
        let Overlay::Filter(f) = &mut self.overlay else {
            return;
        };
        match action {
            Action::Insert(c) => {
                let mut q = f.query.clone();
                q.push(c);
                f.set_query(q, &self.articles);
            }
            Action::DeleteChar => {
                let mut q = f.query.clone();
                q.pop();
                f.set_query(q, &self.articles);
            }
            Action::Down => f.move_by(1),
            Action::Up => f.move_by(-1),
            Action::Open => {
                if let Some(i) = f.chosen() {
                    self.overlay = Overlay::None;
                    self.side = None;
                    self.sources.selected = i;
                    self.open(i);
                    self.focus = Focus::Reader;
                }
            }
            // The list was never changed while filtering, so closing the
            // popup is all it takes to restore it.
            Action::Close => self.overlay = Overlay::None,
            _ => {}
        }
    }

    fn update_help(&mut self, action: Action) {
        let Overlay::Help { scroll } = &mut self.overlay else {
            return;
        };
        let count = help::lines(&self.keymap, &self.theme).len();
        let max = help::max_scroll(self.screen, count);
        let page = usize::from(
            help::popup_area(self.screen, count)
                .height
                .saturating_sub(2),
        )
        .max(1);
        match action {
            Action::Down => *scroll += 1,
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::Top => *scroll = 0,
            Action::Bottom => *scroll = max,
            Action::PageDown | Action::HalfPageDown => *scroll += page,
            Action::PageUp | Action::HalfPageUp => *scroll = scroll.saturating_sub(page),
            Action::Close | Action::Help => self.overlay = Overlay::None,
            _ => {}
        }
        if let Overlay::Help { scroll } = &mut self.overlay {
            *scroll = (*scroll).min(max);
        }
    }

    /// The panes focus cycles through: the fact panel only when the screen
    /// is wide enough to show it.
    fn focusable(&self) -> &'static [Focus] {
        let shown = layout::panes(self.screen).is_none_or(|p| p.facts.width > 0);
        if shown {
            &Focus::ORDER
        } else {
            &Focus::ORDER[..2]
        }
    }

    fn focus_by(&mut self, delta: isize, wrap: bool) {
        let order = self.focusable();
        let n = order.len() as isize;
        let here = order.iter().position(|&f| f == self.focus).unwrap_or(1) as isize;
        let i = if wrap {
            (here + delta).rem_euclid(n)
        } else {
            (here + delta).clamp(0, n - 1)
        };
        self.focus = order[i as usize];
    }

    /// Shows article `index` from the top. The selected fact stays
    /// selected (its mentions here are marked); a current mention in
    /// another article no longer is current.
    pub(crate) fn open(&mut self, index: usize) {
        if let Some(a) = self.articles.get(index) {
            self.reader.open(index, &a.text);
            self.fit_reader();
            let here = |m: usize| self.facts.mention(m).is_some_and(|m| m.article == index);
            if !self.current_mention.is_some_and(here) {
                self.current_mention = None;
            }
            self.refresh_highlights();
        }
    }

    fn resize(&mut self, width: u16, height: u16) {
        self.screen = Rect::new(0, 0, width, height);
        self.fit_reader();
        if !self.focusable().contains(&self.focus) {
            self.focus = Focus::Reader;
        }
        self.fit_side();
    }

    /// Re-wraps the reader for the current screen.
    fn fit_reader(&mut self) {
        let Some(panes) = layout::panes(self.screen) else {
            return;
        };
        let area = layout::text_area(panes.reader);
        let text = self
            .reader
            .article()
            .and_then(|i| self.articles.get(i))
            .map_or("", |a| a.text.as_str());
        self.reader
            .resize(area.width.into(), area.height.into(), text);
    }

    fn sources_per_page(&self) -> usize {
        layout::panes(self.screen).map_or(1, |p| sources::entries_per_page(p.sources))
    }
}
