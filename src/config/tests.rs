use std::path::Path;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;

use super::*;

fn parse_str(src: &str) -> Result<Config, ConfigError> {
    parse(src, Path::new("/cfg/config.toml"))
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn the_default_config_parses_to_the_defaults() {
    let c = parse_str(&default_config()).unwrap();
    let d = Config::default();
    assert_eq!(c.theme, d.theme);
    assert_eq!(c.reader, d.reader);
    for ctx in Context::ALL {
        assert_eq!(c.keymap.entries(ctx), d.keymap.entries(ctx), "{ctx:?}");
    }
}

#[test]
fn a_key_overlay_replaces_that_actions_keys_only() {
    let c = parse_str("[keys]\nquit = [\"x\"]\n").unwrap();
    let n = Context::Normal;
    assert_eq!(c.keymap.action(n, &key('x')), Some(Action::Quit));
    assert_eq!(c.keymap.action(n, &key('q')), None);
    assert_eq!(c.keymap.action(n, &key('j')), Some(Action::Down));
    let help = c.keymap.keys(n, Action::Quit);
    assert_eq!(
        help.iter().map(|k| k.to_string()).collect::<Vec<_>>(),
        ["x"]
    );
}

#[test]
fn a_key_taken_by_another_action_moves_to_it() {
    let c = parse_str("[keys]\ntop = [\"j\"]\n").unwrap();
    let n = Context::Normal;
    assert_eq!(c.keymap.action(n, &key('j')), Some(Action::Top));
    let down: Vec<String> = c
        .keymap
        .keys(n, Action::Down)
        .iter()
        .map(|k| k.to_string())
        .collect();
    assert_eq!(down, ["Down"]);
}

#[test]
fn other_contexts_have_their_own_sections() {
    let c = parse_str("[help_keys]\nclose = [\"x\"]\n").unwrap();
    assert_eq!(
        c.keymap.action(Context::Help, &key('x')),
        Some(Action::Close)
    );
    assert_eq!(c.keymap.action(Context::Normal, &key('x')), None);
}

#[test]
fn theme_and_reader_settings_apply() {
    let c = parse_str(
        "[theme]\nborder = { fg = \"#ff0000\" }\n[reader]\nwrap_width = 72\ndim_chrome = false\n",
    )
    .unwrap();
    assert_eq!(c.theme.border.fg, Some(Color::Rgb(255, 0, 0)));
    assert_eq!(c.theme.border_focused, Theme::default().border_focused);
    assert_eq!(
        c.reader,
        ReaderOptions {
            wrap_width: Some(72),
            dim_chrome: false
        }
    );
    let given: Vec<&String> = c.theme_styles.keys().collect();
    assert_eq!(given, ["border"]);
}

#[test]
fn errors_name_file_key_and_line() {
    let cases = [
        ("[colors]\nx = 1\n", "colors", 1),
        ("[keys]\ndown = [\"j\"]\nqiut = [\"x\"]\n", "keys.qiut", 3),
        ("[keys]\nquit = [\"Hyperx\"]\n", "keys.quit", 2),
        (
            "\n[theme]\nborder = { fg = \"reddish\" }\n",
            "theme.border.fg",
            3,
        ),
        ("[theme]\nbordr = {}\n", "theme.bordr", 2),
        ("[reader]\nwrap = 80\n", "reader.wrap", 2),
        ("[reader]\nwrap_width = 5\n", "reader.wrap_width", 2),
        ("[keys\nquit = 1\n", "(syntax)", 1),
    ];
    for (src, key, line) in cases {
        let e = parse_str(src).unwrap_err();
        assert_eq!(e.key, key, "{src}: {e}");
        assert_eq!(e.line, Some(line), "{src}: {e}");
        assert!(
            e.to_string()
                .starts_with(&format!("/cfg/config.toml:{line}: {key}: ")),
            "{e}"
        );
    }
}
