//! The reader's state, and the one place it changes: [`App::update`].

use ratatui::crossterm::event::{Event, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

use super::action::Action;
use super::filter::FilterState;
use super::help;
use super::keymap::{Context, Keymap};
use super::layout;
use super::reader::ReaderState;
use super::sources::{self, SourcesState};
use super::theme::Theme;
use crate::engine::article::Article;
use crate::engine::load::Corpus;

/// The pane that receives movement keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sources,
    Reader,
}

impl Focus {
    /// Left to right, as on screen. The fact panel joins at the end.
    const ORDER: [Focus; 2] = [Focus::Sources, Focus::Reader];

    fn index(self) -> usize {
        Focus::ORDER.iter().position(|&f| f == self).unwrap_or(0)
    }

    pub fn name(self) -> &'static str {
        match self {
            Focus::Sources => "SOURCES",
            Focus::Reader => "READER",
        }
    }
}

/// What is drawn over the panes, and takes the keys while it is open.
#[derive(Debug, Clone)]
pub enum Overlay {
    None,
    Filter(FilterState),
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
    /// The whole terminal, as of the last resize.
    pub(crate) screen: Rect,
    quit: bool,
}

impl App {
    /// An app over `corpus` with the built-in keymap and theme, showing the
    /// first article.
    pub fn new(corpus: Corpus) -> App {
        App::with_config(corpus, Keymap::default(), Theme::default())
    }

    pub fn with_config(corpus: Corpus, keymap: Keymap, theme: Theme) -> App {
        let mut app = App {
            articles: corpus.articles,
            keymap,
            theme,
            focus: Focus::Sources,
            overlay: Overlay::None,
            sources: SourcesState::default(),
            reader: ReaderState::default(),
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

    /// Which keymap table applies now.
    pub fn context(&self) -> Context {
        match self.overlay {
            Overlay::None => Context::Normal,
            Overlay::Filter(_) => Context::Filter,
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
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => self.resize(w, h),
            _ => match self.overlay {
                Overlay::None => self.update_panes(action),
                Overlay::Filter(_) => self.update_filter(action),
                Overlay::Help { .. } => self.update_help(action),
            },
        }
    }

    fn update_panes(&mut self, action: Action) {
        let per_page = self.sources_per_page() as isize;
        let n = self.articles.len();
        match (self.focus, action) {
            (_, Action::Filter) => self.overlay = Overlay::Filter(FilterState::new(&self.articles)),
            (_, Action::Help) => self.overlay = Overlay::Help { scroll: 0 },
            (_, Action::FocusNext) => self.focus_at(self.focus.index() as isize + 1, true),
            (_, Action::FocusPrev) => self.focus_at(self.focus.index() as isize - 1, true),
            (_, Action::FocusRight) => self.focus_at(self.focus.index() as isize + 1, false),
            (_, Action::FocusLeft) => self.focus_at(self.focus.index() as isize - 1, false),
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

    fn focus_at(&mut self, index: isize, wrap: bool) {
        let n = Focus::ORDER.len() as isize;
        let i = if wrap {
            index.rem_euclid(n)
        } else {
            index.clamp(0, n - 1)
        };
        self.focus = Focus::ORDER[i as usize];
    }

    fn open(&mut self, index: usize) {
        if let Some(a) = self.articles.get(index) {
            self.reader.open(index, &a.text);
            self.fit_reader();
        }
    }

    fn resize(&mut self, width: u16, height: u16) {
        self.screen = Rect::new(0, 0, width, height);
        self.fit_reader();
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
