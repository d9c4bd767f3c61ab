//! Key bindings as data: `assets/keymap.toml` (embedded) maps keys to
//! [`Action`]s, per [`Context`]. The help overlay and the status bar's hints
//! are generated from the same map, so they cannot disagree with it.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

use super::action::Action;

const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// Where a key is pressed: which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    /// The source list, the reader and the fact panel.
    Normal,
    /// The disagreements overview.
    Overview,
    /// Side-by-side columns.
    SideBySide,
    /// Typing a search of the open article.
    Search,
    /// The `/` and `f` filter popups.
    Filter,
    /// The `?` help overlay and the notes.
    Help,
}

impl Context {
    pub const ALL: [Context; 6] = [
        Context::Normal,
        Context::Overview,
        Context::SideBySide,
        Context::Search,
        Context::Filter,
        Context::Help,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Normal => "Sources, reader and facts",
            Context::Overview => "Disagreements overview",
            Context::SideBySide => "Side by side",
            Context::Search => "Searching the article (/ in the reader)",
            Context::Filter => "Pickers (/ on the sources, f)",
            Context::Help => "Help and notes",
        }
    }

    /// Whether unbound printable keys type into a query here.
    pub fn types(self) -> bool {
        matches!(self, Context::Filter | Context::Search)
    }
}

/// A key with its modifiers, normalised so that what the terminal sends and
/// what the keymap file says compare equal (see [`KeyBinding::new`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyBinding {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl KeyBinding {
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Self {
        let mut modifiers =
            modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let mut code = code;
        // Terminals report `G` as Shift+'G' and Shift-Tab as Shift+BackTab;
        // the shift is already in the key itself.
        match code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::SHIFT) => {
                code = KeyCode::Char(c.to_ascii_uppercase());
                modifiers.remove(KeyModifiers::SHIFT);
            }
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => {
                code = KeyCode::BackTab;
                modifiers.remove(KeyModifiers::SHIFT);
            }
            KeyCode::BackTab => modifiers.remove(KeyModifiers::SHIFT),
            _ => {}
        }
        KeyBinding { code, modifiers }
    }

    pub fn from_event(ev: &KeyEvent) -> Self {
        KeyBinding::new(ev.code, ev.modifiers)
    }
}

const NAMED_KEYS: [(&str, KeyCode); 16] = [
    ("Enter", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Tab", KeyCode::Tab),
    ("BackTab", KeyCode::BackTab),
    ("Backspace", KeyCode::Backspace),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("Delete", KeyCode::Delete),
    ("Insert", KeyCode::Insert),
    ("Space", KeyCode::Char(' ')),
];

impl FromStr for KeyBinding {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let mut rest = s;
        let mut modifiers = KeyModifiers::NONE;
        loop {
            let lower = rest.to_ascii_lowercase();
            let found = [
                ("ctrl-", KeyModifiers::CONTROL),
                ("alt-", KeyModifiers::ALT),
                ("shift-", KeyModifiers::SHIFT),
            ]
            .into_iter()
            .find(|(p, _)| lower.starts_with(p) && rest.len() > p.len());
            match found {
                Some((p, m)) => {
                    modifiers |= m;
                    rest = &rest[p.len()..];
                }
                None => break,
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => NAMED_KEYS
                .iter()
                .chain(&[("PgDn", KeyCode::PageDown), ("PgUp", KeyCode::PageUp)])
                .find(|(n, _)| n.eq_ignore_ascii_case(rest))
                .map(|&(_, k)| k)
                .or_else(|| {
                    let n = rest.strip_prefix(['F', 'f'])?.parse::<u8>().ok()?;
                    (1..=12).contains(&n).then_some(KeyCode::F(n))
                })
                .ok_or_else(|| format!("unknown key `{s}`"))?,
        };
        Ok(KeyBinding::new(code, modifiers))
    }
}

impl fmt::Display for KeyBinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            code => match NAMED_KEYS.iter().find(|(_, k)| *k == code) {
                Some((name, _)) => f.write_str(name),
                None => write!(f, "{code:?}"),
            },
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum KeymapError {
    #[error("keymap: {0}")]
    Toml(String),
    #[error("keymap: [{context}] {action}: {message}")]
    Key {
        context: String,
        action: String,
        message: String,
    },
}

/// One or more keys pressed in turn: "g g", ": q".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeySeq(pub Vec<KeyBinding>);

impl FromStr for KeySeq {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        // A lone " " or "Space" is the space key, not a separator.
        if s.trim().is_empty() {
            return Ok(KeySeq(vec![KeyBinding::new(
                KeyCode::Char(' '),
                KeyModifiers::NONE,
            )]));
        }
        let keys = s
            .split(' ')
            .filter(|k| !k.is_empty())
            .map(str::parse)
            .collect::<Result<Vec<KeyBinding>, String>>()?;
        Ok(KeySeq(keys))
    }
}

/// As the keymap file writes it: "g g", ": q".
impl fmt::Display for KeySeq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, k) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{k}")?;
        }
        Ok(())
    }
}

impl KeySeq {
    /// As vim users know it: "gg", ":q" (keys with names keep spaces).
    pub fn short(&self) -> String {
        let plain = self
            .0
            .iter()
            .all(|k| matches!(k.code, KeyCode::Char(c) if c != ' ') && k.modifiers.is_empty());
        if plain {
            self.0.iter().map(|k| k.to_string()).collect()
        } else {
            self.to_string()
        }
    }
}

/// What the keys pressed so far mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    Action(Action),
    /// The start of a longer binding: wait for the next key.
    Prefix,
    None,
}

/// The bindings of every context.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: HashMap<Context, HashMap<Vec<KeyBinding>, Action>>,
    /// Per context, the bound actions in [`Action::BINDABLE`] order with
    /// their keys in file order: what help shows.
    listed: HashMap<Context, Vec<(Action, Vec<KeySeq>)>>,
}

impl Keymap {
    pub fn from_toml(src: &str) -> Result<Keymap, KeymapError> {
        let mut km = Keymap {
            bindings: HashMap::new(),
            listed: HashMap::new(),
        };
        km.apply_toml(src)?;
        Ok(km)
    }

    /// Applies a keymap file over this one: each action it names gets the
    /// keys it gives there, in place of the old ones (a user's config).
    pub fn overlay(&self, src: &str) -> Result<Keymap, KeymapError> {
        let mut km = self.clone();
        km.apply_toml(src)?;
        Ok(km)
    }

    fn apply_toml(&mut self, src: &str) -> Result<(), KeymapError> {
        let file: HashMap<Context, HashMap<Action, Vec<String>>> =
            toml::from_str(src).map_err(|e| KeymapError::Toml(e.to_string()))?;
        for (ctx, mut actions) in file {
            // Keep the actions the file does not name.
            for (action, keys) in self.entries(ctx) {
                actions
                    .entry(*action)
                    .or_insert_with(|| keys.iter().map(|k| k.to_string()).collect());
            }
            let err = |action: Action, message: String| KeymapError::Key {
                context: format!("{ctx:?}").to_lowercase(),
                action: action.name(),
                message,
            };
            let mut map: HashMap<Vec<KeyBinding>, Action> = HashMap::new();
            let mut list = Vec::new();
            for action in Action::BINDABLE {
                let Some(keys) = actions.get(&action) else {
                    continue;
                };
                let mut parsed = Vec::new();
                for k in keys {
                    let seq: KeySeq = k.parse().map_err(|m| err(action, m))?;
                    if let Some(other) = map.insert(seq.0.clone(), action) {
                        let other = other.name();
                        return Err(err(action, format!("`{k}` is already bound to {other}")));
                    }
                    parsed.push(seq);
                }
                list.push((action, parsed));
            }
            // A key that starts a sequence cannot also act on its own.
            for seq in map.keys().filter(|s| s.len() > 1) {
                if let Some(a) = map.get(&seq[..1]) {
                    return Err(err(
                        *a,
                        format!("`{}` also starts `{}`", seq[0], KeySeq(seq.clone())),
                    ));
                }
            }
            self.bindings.insert(ctx, map);
            self.listed.insert(ctx, list);
        }
        Ok(())
    }

    /// The action bound to a key in a context, if any.
    pub fn action(&self, ctx: Context, key: &KeyEvent) -> Option<Action> {
        match self.lookup(ctx, &[KeyBinding::from_event(key)]) {
            Lookup::Action(a) => Some(a),
            _ => None,
        }
    }

    /// What the keys pressed so far (`keys`, oldest first) mean.
    pub fn lookup(&self, ctx: Context, keys: &[KeyBinding]) -> Lookup {
        let Some(map) = self.bindings.get(&ctx) else {
            return Lookup::None;
        };
        if let Some(&a) = map.get(keys) {
            return Lookup::Action(a);
        }
        let prefix = map
            .keys()
            .any(|seq| seq.len() > keys.len() && seq.starts_with(keys));
        if prefix { Lookup::Prefix } else { Lookup::None }
    }

    /// The bound actions of a context with their keys, in help order.
    pub fn entries(&self, ctx: Context) -> &[(Action, Vec<KeySeq>)] {
        self.listed.get(&ctx).map_or(&[], Vec::as_slice)
    }

    /// The keys bound to an action in a context.
    pub fn keys(&self, ctx: Context, action: Action) -> &[KeySeq] {
        self.entries(ctx)
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&[], |(_, k)| k.as_slice())
    }
}

impl Keymap {
    /// This keymap with `action` bound to exactly `keys` in `ctx` (the
    /// user's config overlaying the built-in map). A key the action takes
    /// is taken from whatever action had it.
    pub fn rebind(&mut self, ctx: Context, action: Action, keys: &[KeySeq]) {
        // Keys that clash with a new one: the same keys, or one starting
        // the other ("g" and "g g").
        let clash = |a: &[KeyBinding], b: &[KeyBinding]| a.starts_with(b) || b.starts_with(a);
        let map = self.bindings.entry(ctx).or_default();
        map.retain(|k, a| *a != action && !keys.iter().any(|n| clash(k, &n.0)));
        for k in keys {
            map.insert(k.0.clone(), action);
        }
        let list = self.listed.entry(ctx).or_default();
        for (_, ks) in list.iter_mut() {
            ks.retain(|k| !keys.iter().any(|n| clash(&k.0, &n.0)));
        }
        match list.iter_mut().find(|(a, _)| *a == action) {
            Some((_, ks)) => *ks = keys.to_vec(),
            None => list.push((action, keys.to_vec())),
        }
        let rank = |a: &Action| Action::BINDABLE.iter().position(|b| b == a);
        list.sort_by_key(|(a, _)| rank(a));
        list.retain(|(_, ks)| !ks.is_empty());
    }
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap::from_toml(DEFAULT_KEYMAP).expect("assets/keymap.toml is valid")
    }
}

#[cfg(test)]
mod tests;
