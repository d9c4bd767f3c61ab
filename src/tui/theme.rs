//! Colours, read from `assets/theme.toml` (embedded in the binary).

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

const DEFAULT_THEME: &str = include_str!("../../assets/theme.toml");
const SIXTEEN_COLOURS: &str = include_str!("../../assets/theme-16.toml");
const NO_COLOUR: &str = include_str!("../../assets/theme-no-color.toml");

/// What the terminal can show, as the caller found out (from `NO_COLOR`,
/// `TERM` and `COLORTERM`, or a setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colours {
    /// 256 colours or more.
    Full,
    /// The 16 ANSI colours.
    Sixteen,
    /// None: NO_COLOR is set (no-color.org).
    None,
}

impl Colours {
    /// From the environment's values: `NO_COLOR` set and not empty means
    /// no colour; a `TERM` without "256" or "direct" and no truecolor
    /// `COLORTERM` means 16.
    pub fn detect(no_color: Option<&str>, term: Option<&str>, colorterm: Option<&str>) -> Colours {
        if no_color.is_some_and(|v| !v.is_empty()) {
            return Colours::None;
        }
        let rich_term = term.is_some_and(|t| t.contains("256") || t.contains("direct"));
        let truecolor = colorterm.is_some_and(|c| c == "truecolor" || c == "24bit");
        if rich_term || truecolor {
            Colours::Full
        } else {
            Colours::Sixteen
        }
    }
}

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
            $(#[serde(default)] $name: Option<StyleSpec>,)*
        }

        /// Every style the reader draws with.
        #[derive(Debug, Clone, PartialEq)]
        pub struct Theme {
            $(pub $name: Style,)*
        }

        impl Theme {
            fn from_styles(s: &StylesFile) -> Result<Theme, ThemeError> {
                let none = StyleSpec::default();
                Ok(Theme {
                    $($name: s.$name.as_ref().unwrap_or(&none).to_style(stringify!($name))?,)*
                })
            }

            /// This theme with the styles `s` names replaced.
            fn with_styles(&self, s: &StylesFile) -> Result<Theme, ThemeError> {
                let mut out = self.clone();
                $(if let Some(spec) = &s.$name {
                    out.$name = spec.to_style(stringify!($name))?;
                })*
                Ok(out)
            }

            /// This theme with every colour taken out, attributes kept.
            fn without_colours(&self) -> Theme {
                let strip = |s: Style| Style { fg: None, bg: None, ..s };
                Theme { $($name: strip(self.$name),)* }
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
    fact_unsure,
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
    mention_unsure,
    mention_agree,
    mention_single,
    mention_entity,
    mention_selected,
    mention_current,
    diff_insert,
    diff_delete,
    column_more,
    cursor,
    search_match,
    search_current,
    progress,
    overview_values,
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

    /// This theme with the styles a theme file names replaced (a user's
    /// config, or the built-in 16-colour and no-colour variants).
    pub fn overlay(&self, src: &str) -> Result<Theme, ThemeError> {
        let file: ThemeFile = toml::from_str(src)?;
        self.with_styles(&file.styles)
    }

    /// The built-in theme for what the terminal can show. Without colour,
    /// attributes mark what colour would: mentions underlined, the
    /// selected fact bold, the current mention and every cursor reversed.
    pub fn for_colours(colours: Colours) -> Theme {
        Theme::default().adapted(colours)
    }

    /// This theme (the built-in one, or a user's) fitted to what the
    /// terminal can show, as [`Theme::for_colours`] fits the built-in one.
    pub fn adapted(&self, colours: Colours) -> Theme {
        let variant = match colours {
            Colours::Full => return self.clone(),
            Colours::Sixteen => self.overlay(SIXTEEN_COLOURS),
            Colours::None => self.without_colours().overlay(NO_COLOUR),
        };
        variant.expect("the built-in theme variants are valid")
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
    fn no_colour_has_no_colour_and_still_marks_mentions() {
        let t = Theme::for_colours(Colours::None);
        let all = [
            t.mention_conflict,
            t.mention_current,
            t.fact_selected,
            t.search_match,
            t.status,
        ];
        assert!(all.iter().all(|s| s.fg.is_none() && s.bg.is_none()));
        assert!(
            t.mention_conflict
                .add_modifier
                .contains(Modifier::UNDERLINED)
        );
        assert!(t.mention_selected.add_modifier.contains(Modifier::BOLD));
        assert!(t.mention_current.add_modifier.contains(Modifier::REVERSED));
        assert!(t.fact_selected.add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn colours_are_detected_from_the_environment() {
        assert_eq!(
            Colours::detect(Some("1"), Some("xterm-256color"), None),
            Colours::None
        );
        assert_eq!(
            Colours::detect(Some(""), Some("xterm-256color"), None),
            Colours::Full
        );
        assert_eq!(Colours::detect(None, Some("xterm"), None), Colours::Sixteen);
        assert_eq!(
            Colours::detect(None, Some("xterm"), Some("truecolor")),
            Colours::Full
        );
        let t = Theme::for_colours(Colours::Sixteen);
        let indexed = |s: Style| matches!(s.bg, Some(Color::Indexed(_) | Color::Rgb(..)));
        assert!(!indexed(t.fact_selected) && !indexed(t.status));
    }

    #[test]
    fn an_overlay_replaces_only_the_styles_it_names() {
        let t = Theme::default()
            .overlay("[styles]\nborder = { fg = \"red\" }")
            .unwrap();
        assert_eq!(t.border.fg, Some(Color::Red));
        assert_eq!(t.border_focused, Theme::default().border_focused);
    }

    #[test]
    fn unknown_style_is_an_error() {
        let e = Theme::from_toml("[styles]\nbordr = {}").unwrap_err();
        assert!(e.to_string().contains("bordr"), "{e}");
    }
}
