//! Colours, read from `assets/theme.toml` (embedded in the binary).

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

const DEFAULT_THEME: &str = include_str!("../../assets/theme.toml");

/// A style as written in the theme file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    dim: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    underlined: bool,
    #[serde(default)]
    reversed: bool,
    #[serde(default)]
    crossed_out: bool,
}

impl StyleSpec {
    fn to_style(&self, name: &str) -> Result<Style, ThemeError> {
        let color = |c: &Option<String>| -> Result<Option<Color>, ThemeError> {
            c.as_deref()
                .map(|s| {
                    s.parse::<Color>().map_err(|_| ThemeError::Color {
                        style: name.to_string(),
                        value: s.to_string(),
                    })
                })
                .transpose()
        };
        let mut style = Style::default();
        if let Some(fg) = color(&self.fg)? {
            style = style.fg(fg);
        }
        if let Some(bg) = color(&self.bg)? {
            style = style.bg(bg);
        }
        for (on, m) in [
            (self.bold, Modifier::BOLD),
            (self.dim, Modifier::DIM),
            (self.italic, Modifier::ITALIC),
            (self.underlined, Modifier::UNDERLINED),
            (self.reversed, Modifier::REVERSED),
            (self.crossed_out, Modifier::CROSSED_OUT),
        ] {
            if on {
                style = style.add_modifier(m);
            }
        }
        Ok(style)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("theme: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("theme: style `{style}`: `{value}` is not a colour (try a name, 0-255 or #rrggbb)")]
    Color { style: String, value: String },
}

// One list of style names gives both the file's shape and the `Theme`
// fields, so the two cannot drift apart.
macro_rules! theme {
    ($($name:ident),* $(,)?) => {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct StylesFile {
            $(#[serde(default)] $name: StyleSpec,)*
        }

        /// Every style the reader draws with.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Theme {
            $(pub $name: Style,)*
        }

        impl Theme {
            fn from_styles(s: &StylesFile) -> Result<Theme, ThemeError> {
                Ok(Theme { $($name: s.$name.to_style(stringify!($name))?,)* })
            }
        }
    };
}

theme!(
    border,
    border_focused,
    pane_title,
    source_title,
    source_meta,
    source_selected,
    source_open,
    text,
    control,
    position,
    filter_query,
    filter_match,
    filter_selected,
    filter_cursor,
    help_key,
    help_heading,
    status,
    status_mode,
    status_key,
    status_fact,
    too_small,
    fact_conflict,
    fact_variant,
    fact_agree,
    fact_single,
    fact_entity,
    fact_selected,
    fact_heading,
    fact_article,
    fact_written,
    fact_silent,
    mention_conflict,
    mention_variant,
    mention_agree,
    mention_single,
    mention_entity,
    mention_selected,
    mention_current,
    diff_insert,
    diff_delete,
    column_more,
    md_heading,
    md_emphasis,
    md_strong,
    md_link,
    md_code,
    md_syntax,
    chrome,
);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    styles: StylesFile,
}

impl Theme {
    pub fn from_toml(src: &str) -> Result<Theme, ThemeError> {
        let file: ThemeFile = toml::from_str(src)?;
        Theme::from_styles(&file.styles)
    }
}

impl Theme {
    /// The built-in theme with some styles replaced: `styles` maps style
    /// names to tables shaped like the entries of `assets/theme.toml`.
    pub fn with_overrides(styles: &toml::Table) -> Result<Theme, ThemeError> {
        let mut file: toml::Table = toml::from_str(DEFAULT_THEME)?;
        if let Some(toml::Value::Table(base)) = file.get_mut("styles") {
            for (name, style) in styles {
                base.insert(name.clone(), style.clone());
            }
        }
        let file: ThemeFile = file.try_into()?;
        Theme::from_styles(&file.styles)
    }

    /// The names of every style, as the theme file spells them.
    pub fn style_names() -> Vec<String> {
        let file: toml::Table = toml::from_str(DEFAULT_THEME).unwrap_or_default();
        match file.get("styles") {
            Some(toml::Value::Table(t)) => t.keys().cloned().collect(),
            _ => Vec::new(),
        }
    }

    /// The built-in theme file, comments and all.
    pub fn default_source() -> &'static str {
        DEFAULT_THEME
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::from_toml(DEFAULT_THEME).expect("assets/theme.toml is valid")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_theme_parses() {
        let t = Theme::default();
        assert_eq!(t.border_focused.fg, Some(Color::Cyan));
        assert!(t.control.add_modifier.contains(Modifier::DIM));
    }

    #[test]
    fn bad_colour_names_the_style() {
        let e = Theme::from_toml("[styles]\nborder = { fg = \"chartreuse-ish\" }").unwrap_err();
        assert!(e.to_string().contains("`border`"), "{e}");
    }

    #[test]
    fn unknown_style_is_an_error() {
        let e = Theme::from_toml("[styles]\nbordr = {}").unwrap_err();
        assert!(e.to_string().contains("bordr"), "{e}");
    }
}
