//! Everything the user can ask the reader to do. Keys map to actions (see
//! [`super::keymap`]); only [`super::app::App::update`] carries them out.

use serde::Deserialize;

/// An action. The bindable ones are named in `assets/keymap.toml` by their
/// snake_case names; the others come from the event loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Down,
    Up,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    FocusNext,
    FocusPrev,
    FocusLeft,
    FocusRight,
    Open,
    NextMention,
    PrevMention,
    NextArticle,
    PrevArticle,
    NextConflict,
    PrevConflict,
    FindFact,
    SideBySide,
    ToggleScope,
    Overview,
    ToggleAgreeing,
    ToggleOthers,
    Filter,
    Notes,
    Help,
    Close,
    DeleteChar,
    Quit,
    /// A character typed into the filter.
    #[serde(skip)]
    Insert(char),
    /// The terminal now has this many columns and rows.
    #[serde(skip)]
    Resize(u16, u16),
    /// A left click at this column and row.
    #[serde(skip)]
    Click(u16, u16),
    /// The mouse wheel turned over this column and row: lines down
    /// (negative: up).
    #[serde(skip)]
    Wheel(u16, u16, i8),
    /// The background analysis has read this many articles of all.
    #[serde(skip)]
    Progress(usize, usize),
    /// The background analysis has done this much of linking the facts
    /// across the articles, of all.
    #[serde(skip)]
    Linking(usize, usize),
    /// Time passed while the analysis runs, in tenths of a second since it
    /// started.
    #[serde(skip)]
    Tick(u32),
}

/// Everything that changes the app: an action, or the analysis arriving.
#[derive(Debug, Clone)]
pub enum Update {
    Act(Action),
    /// A key press; counts (5j) and sequences (g g) are made of several.
    Key(ratatui::crossterm::event::KeyEvent),
    /// The engine's analysis, made in the background.
    Facts(Box<crate::engine::FactSet>),
}

impl From<Action> for Update {
    fn from(a: Action) -> Update {
        Update::Act(a)
    }
}

impl Action {
    /// The actions a key can be bound to, in the order help lists them.
    pub const BINDABLE: [Action; 31] = [
        Action::Down,
        Action::Up,
        Action::Top,
        Action::Bottom,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::PageDown,
        Action::PageUp,
        Action::FocusNext,
        Action::FocusPrev,
        Action::FocusLeft,
        Action::FocusRight,
        Action::Open,
        Action::NextMention,
        Action::PrevMention,
        Action::NextArticle,
        Action::PrevArticle,
        Action::NextConflict,
        Action::PrevConflict,
        Action::FindFact,
        Action::SideBySide,
        Action::ToggleScope,
        Action::Overview,
        Action::ToggleAgreeing,
        Action::ToggleOthers,
        Action::Filter,
        Action::Notes,
        Action::Help,
        Action::Close,
        Action::DeleteChar,
        Action::Quit,
    ];

    /// The name the keymap file uses: `half_page_down`.
    pub fn name(self) -> String {
        let mut out = String::new();
        for c in format!("{self:?}")
            .chars()
            .take_while(char::is_ascii_alphabetic)
        {
            if c.is_ascii_uppercase() && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
    }

    /// What the action does, for the help overlay.
    pub fn description(self) -> &'static str {
        match self {
            Action::Down => "move down / scroll down",
            Action::Up => "move up / scroll up",
            Action::Top => "go to the top",
            Action::Bottom => "go to the bottom (10G: line or row 10)",
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::PageDown => "a page down",
            Action::PageUp => "a page up",
            Action::FocusNext => "focus the next pane",
            Action::FocusPrev => "focus the previous pane",
            Action::FocusLeft => "focus the pane to the left",
            Action::FocusRight => "focus the pane to the right",
            Action::Open => "open the source / jump to the fact",
            Action::NextMention => "next value or quote here (wraps round)",
            Action::PrevMention => "previous value or quote here (wraps round)",
            Action::NextArticle => "next search match, else fact in next article",
            Action::PrevArticle => "previous match, else fact in previous article",
            Action::NextConflict => "next conflicting fact",
            Action::PrevConflict => "previous conflicting fact",
            Action::FindFact => "find a fact",
            Action::SideBySide => "side by side / single reader",
            Action::ToggleScope => "facts: this article / all",
            Action::Overview => "the disagreements overview",
            Action::ToggleAgreeing => "show / hide the facts the outlets agree on",
            Action::ToggleOthers => "show / hide singles and entities",
            Action::Filter => "search the article; filter sources, facts",
            Action::Notes => "notes from loading (files skipped and why)",
            Action::Help => "show this help",
            Action::Close => "close the innermost view, popup or search",
            Action::DeleteChar => "delete a character",
            Action::Quit => "quit",
            Action::Insert(_) => "type into the filter",
            Action::Resize(..) => "the terminal was resized",
            Action::Click(..) => "select what is under the pointer",
            Action::Wheel(..) => "scroll the pane under the pointer",
            Action::Progress(..) | Action::Linking(..) => "the analysis moved on",
            Action::Tick(_) => "time passed",
        }
    }

    /// A few letters for the status bar's key hints.
    pub fn hint(self) -> &'static str {
        match self {
            Action::Down | Action::Up => "move",
            Action::Open => "open",
            Action::Filter => "filter",
            Action::NextMention | Action::PrevMention => "mention",
            Action::NextArticle | Action::PrevArticle => "article",
            Action::NextConflict | Action::PrevConflict => "conflict",
            Action::FindFact => "find",
            Action::SideBySide => "side",
            Action::ToggleScope => "all",
            Action::Overview => "overview",
            Action::ToggleAgreeing => "agreeing",
            Action::ToggleOthers => "singles",
            Action::Notes => "notes",
            Action::Help => "help",
            Action::Close => "close",
            Action::Quit => "quit",
            Action::FocusNext | Action::FocusPrev => "pane",
            _ => self.description(),
        }
    }
}
