//! The user's configuration file: key bindings, colours and reader
//! options over the built-in defaults.
//!
//! The file is optional. It is `$CROSSREAD_CONFIG`, else
//! `$XDG_CONFIG_HOME/crossread/config.toml`, else
//! `~/.config/crossread/config.toml`. Anything in it that crossread does
//! not understand is an error naming the file, the key and (where it can
//! be found) the line, so a typo never silently does nothing.

mod default;

pub use default::default_config;

use std::path::{Path, PathBuf};

use crate::tui::Action;
use crate::tui::keymap::{Context, KeySeq, Keymap};
use crate::tui::theme::Theme;

/// What the reader is configured with.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    pub reader: ReaderOptions,
    /// The `[theme]` section as given (validated), for laying over a theme
    /// other than the default one (say, a variant for fewer colours).
    pub theme_styles: toml::Table,
    /// The file read, if there was one.
    pub file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderOptions {
    /// Wrap the article at this many columns even when the pane is wider;
    /// `None` wraps at the pane's width.
    pub wrap_width: Option<usize>,
    /// Whether page chrome (share bars, "N hours ago", credits) is dimmed.
    pub dim_chrome: bool,
}

impl Default for ReaderOptions {
    fn default() -> Self {
        ReaderOptions {
            wrap_width: None,
            dim_chrome: true,
        }
    }
}

/// A problem in the config file, located as closely as possible.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}{}: {key}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ConfigError {
    pub file: String,
    pub line: Option<usize>,
    /// The key in dotted form ("keys.quit", "theme.border.fg").
    pub key: String,
    pub message: String,
}

/// Where the config file is looked for, from the environment.
pub fn location() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(p) = var("CROSSREAD_CONFIG") {
        return Some(PathBuf::from(p));
    }
    let base = var("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| var("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("crossread").join("config.toml"))
}

/// Reads the config from where [`location`] says. A missing file is the
/// defaults, unless `$CROSSREAD_CONFIG` named it explicitly.
pub fn load() -> Result<Config, ConfigError> {
    let Some(path) = location() else {
        return Ok(Config::default());
    };
    let explicit = std::env::var_os("CROSSREAD_CONFIG").is_some_and(|v| !v.is_empty());
    match std::fs::read_to_string(&path) {
        Ok(src) => parse(&src, &path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => Ok(Config::default()),
        Err(e) => Err(ConfigError {
            file: path.display().to_string(),
            line: None,
            key: "(file)".into(),
            message: format!("cannot read: {e}"),
        }),
    }
}

/// The configuration a file's text describes, over the defaults.
pub fn parse(src: &str, path: &Path) -> Result<Config, ConfigError> {
    let file = path.display().to_string();
    let err = |key: &str, message: String| ConfigError {
        file: file.clone(),
        line: line_of(src, key),
        key: key.to_string(),
        message,
    };
    let table: toml::Table = toml::from_str(src).map_err(|e| ConfigError {
        file: file.clone(),
        line: e
            .span()
            .map(|s| src[..s.start.min(src.len())].matches('\n').count() + 1),
        key: "(syntax)".into(),
        message: e.message().trim().to_string(),
    })?;
    let mut config = Config {
        file: Some(path.to_path_buf()),
        ..Config::default()
    };
    for (section, value) in &table {
        let toml::Value::Table(t) = value else {
            return Err(err(section, "must be a section, like [keys]".into()));
        };
        match section.as_str() {
            "keys" => apply_keys(&mut config.keymap, Context::Normal, section, t, &err)?,
            "filter_keys" => apply_keys(&mut config.keymap, Context::Filter, section, t, &err)?,
            "help_keys" => apply_keys(&mut config.keymap, Context::Help, section, t, &err)?,
            "overview_keys" => apply_keys(&mut config.keymap, Context::Overview, section, t, &err)?,
            "side_by_side_keys" => {
                apply_keys(&mut config.keymap, Context::SideBySide, section, t, &err)?
            }
            "search_keys" => apply_keys(&mut config.keymap, Context::Search, section, t, &err)?,
            "theme" => {
                config.theme = theme(t, &err)?;
                config.theme_styles = t.clone();
            }
            "reader" => config.reader = reader(t, &err)?,
            _ => {
                return Err(err(
                    section,
                    "unknown section (known: [keys], [overview_keys], [side_by_side_keys], [search_keys], [filter_keys], [help_keys], [theme], [reader])".into(),
                ));
            }
        }
    }
    Ok(config)
}

type Err<'a> = &'a dyn Fn(&str, String) -> ConfigError;

fn apply_keys(
    keymap: &mut Keymap,
    ctx: Context,
    section: &str,
    table: &toml::Table,
    err: Err,
) -> Result<(), ConfigError> {
    for (name, value) in table {
        let key = format!("{section}.{name}");
        let action = Action::BINDABLE
            .into_iter()
            .find(|a| a.name() == *name)
            .ok_or_else(|| {
                err(
                    &key,
                    "unknown action (see `crossread config --default`)".into(),
                )
            })?;
        let list = value.as_array().ok_or_else(|| {
            err(
                &key,
                "must be a list of keys, like [\"q\", \"Ctrl-c\"]".into(),
            )
        })?;
        let mut keys: Vec<KeySeq> = Vec::new();
        for k in list {
            let s = k
                .as_str()
                .ok_or_else(|| err(&key, format!("{k} is not a key name (use a string)")))?;
            let kb: KeySeq = s.parse().map_err(|m: String| err(&key, m))?;
            if keys.contains(&kb) {
                return Err(err(&key, format!("`{s}` is listed twice")));
            }
            keys.push(kb);
        }
        keymap.rebind(ctx, action, &keys);
    }
    Ok(())
}

const STYLE_FIELDS: [&str; 8] = [
    "fg",
    "bg",
    "bold",
    "dim",
    "italic",
    "underlined",
    "reversed",
    "crossed_out",
];

fn theme(t: &toml::Table, err: Err) -> Result<Theme, ConfigError> {
    let names = Theme::style_names();
    for (name, value) in t {
        let key = format!("theme.{name}");
        if !names.iter().any(|n| n == name) {
            return Err(err(
                &key,
                "unknown style (see `crossread config --default`)".into(),
            ));
        }
        let toml::Value::Table(style) = value else {
            return Err(err(
                &key,
                "must be a style, like { fg = \"red\", bold = true }".into(),
            ));
        };
        for (field, v) in style {
            let fkey = format!("{key}.{field}");
            match field.as_str() {
                "fg" | "bg" => {
                    let s = v.as_str().unwrap_or("");
                    if s.parse::<ratatui::style::Color>().is_err() {
                        return Err(err(
                            &fkey,
                            format!(
                                "{v} is not a colour (try a name like \"red\", 0-255 or \"#rrggbb\")"
                            ),
                        ));
                    }
                }
                f if STYLE_FIELDS.contains(&f) => {
                    if !v.is_bool() {
                        return Err(err(&fkey, format!("{v} is not true or false")));
                    }
                }
                _ => {
                    return Err(err(
                        &fkey,
                        format!("unknown style field (known: {})", STYLE_FIELDS.join(", ")),
                    ));
                }
            }
        }
    }
    Theme::with_overrides(t).map_err(|e| err("theme", e.to_string()))
}

fn reader(t: &toml::Table, err: Err) -> Result<ReaderOptions, ConfigError> {
    let mut out = ReaderOptions::default();
    for (name, v) in t {
        let key = format!("reader.{name}");
        match name.as_str() {
            "wrap_width" => match v.as_integer() {
                Some(0) => out.wrap_width = None,
                Some(n) if (20..=1000).contains(&n) => out.wrap_width = Some(n as usize),
                _ => {
                    return Err(err(
                        &key,
                        format!("{v} is not 0 (the pane's width) or a width from 20 to 1000"),
                    ));
                }
            },
            "dim_chrome" => {
                out.dim_chrome = v
                    .as_bool()
                    .ok_or_else(|| err(&key, format!("{v} is not true or false")))?;
            }
            _ => {
                return Err(err(
                    &key,
                    "unknown key (known: wrap_width, dim_chrome)".into(),
                ));
            }
        }
    }
    Ok(out)
}

/// The line of `key` ("keys.filter.quit", "theme.border.fg") in `src`: its
/// last part's line after its section's header, or the header itself.
fn line_of(src: &str, key: &str) -> Option<usize> {
    let parts: Vec<&str> = key.split('.').collect();
    let lines: Vec<&str> = src.lines().collect();
    let header_of = |section: &str| {
        lines.iter().position(|l| {
            let l = l.trim();
            l.strip_prefix('[')
                .and_then(|r| r.split(']').next())
                .is_some_and(|h| h.trim() == section)
        })
    };
    // The longest prefix of the key that is a section header.
    let (mut start, mut rest) = (None, parts.as_slice());
    for n in (1..=parts.len()).rev() {
        if let Some(i) = header_of(&parts[..n].join(".")) {
            start = Some(i);
            rest = &parts[n..];
            break;
        }
    }
    let start = start?;
    let Some(first) = rest.first() else {
        return Some(start + 1);
    };
    let found = lines[start + 1..]
        .iter()
        .take_while(|l| !l.trim_start().starts_with('['))
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(first)
                .or_else(|| l.strip_prefix(&format!("\"{first}\"")))
                .is_some_and(|r| r.trim_start().starts_with('=') || r.starts_with('.'))
        });
    Some(found.map_or(start + 1, |i| start + 2 + i))
}

#[cfg(test)]
mod tests;
