//! `crossread config --default`: the whole default configuration,
//! commented, made from the same embedded files the defaults come from so
//! the two cannot drift apart.

use crate::tui::theme::Theme;

const KEYMAP: &str = include_str!("../../assets/keymap.toml");
const HEADER: &str = include_str!("../../assets/config_header.toml");

/// The default configuration file, with every key, style and option.
pub fn default_config() -> String {
    let mut out = String::from(HEADER);
    out.push('\n');
    // The keymap's own preamble speaks of its file; the header covers it.
    let sections = KEYMAP.find("\n[").map_or(KEYMAP, |i| &KEYMAP[i + 1..]);
    for line in sections.lines() {
        let line = match line.trim() {
            "[normal]" => "[keys]",
            "[filter]" => "[filter_keys]",
            "[help]" => "[help_keys]",
            "[overview]" => "[overview_keys]",
            "[side_by_side]" => "[side_by_side_keys]",
            "[search]" => "[search_keys]",
            _ => line,
        };
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    for line in Theme::default_source().lines() {
        let line = if line.trim() == "[styles]" {
            "[theme]"
        } else {
            line
        };
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(
        "\n# The reader pane.\n[reader]\n# Wrap articles at this many columns even in a wider pane; 0 keeps the\n# default, 100 columns at most.\nwrap_width = 0\n# Dim page chrome left in saved articles (share bars, \"5 hours ago\",\n# photo credits, cookie notices). Dimmed or not, it never counts as a fact.\ndim_chrome = true\n",
    );
    out
}
