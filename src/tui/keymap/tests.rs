use super::*;

fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, m)
}

#[test]
fn default_keymap_binds_the_documented_keys() {
    let km = Keymap::default();
    let n = Context::Normal;
    let none = KeyModifiers::NONE;
    assert_eq!(
        km.action(n, &key(KeyCode::Char('j'), none)),
        Some(Action::Down)
    );
    assert_eq!(km.action(n, &key(KeyCode::Down, none)), Some(Action::Down));
    assert_eq!(
        km.action(n, &key(KeyCode::Char('d'), KeyModifiers::CONTROL)),
        Some(Action::HalfPageDown)
    );
    assert_eq!(
        km.action(n, &key(KeyCode::PageDown, none)),
        Some(Action::PageDown)
    );
    assert_eq!(km.action(n, &key(KeyCode::Enter, none)), Some(Action::Open));
    assert_eq!(
        km.action(n, &key(KeyCode::Char('/'), none)),
        Some(Action::Filter)
    );
    assert_eq!(
        km.action(n, &key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        Some(Action::Quit)
    );
    assert_eq!(
        km.action(Context::Filter, &key(KeyCode::Char('q'), none)),
        None
    );
    assert_eq!(
        km.action(Context::Filter, &key(KeyCode::Esc, none)),
        Some(Action::Close)
    );
}

#[test]
fn shifted_keys_match_however_the_terminal_reports_them() {
    let km = Keymap::default();
    let n = Context::Normal;
    // Both with and without the SHIFT flag, as terminals differ.
    for m in [KeyModifiers::NONE, KeyModifiers::SHIFT] {
        assert_eq!(
            km.action(n, &key(KeyCode::Char('G'), m)),
            Some(Action::Bottom)
        );
        assert_eq!(
            km.action(n, &key(KeyCode::Char('?'), m)),
            Some(Action::Help)
        );
        assert_eq!(
            km.action(n, &key(KeyCode::BackTab, m)),
            Some(Action::FocusPrev)
        );
    }
}

#[test]
fn key_names_parse_and_print_back() {
    for s in [
        "j",
        "G",
        "Ctrl-d",
        "Shift-Tab",
        "Enter",
        "Esc",
        "PgDn",
        "F5",
        "Alt-x",
        "-",
    ] {
        let kb: KeyBinding = s.parse().unwrap_or_else(|e| panic!("{s}: {e}"));
        assert_eq!(kb.to_string(), s);
    }
    assert_eq!(
        "PageDown".parse::<KeyBinding>().unwrap().to_string(),
        "PgDn"
    );
    assert_eq!(
        "Ctrl--".parse::<KeyBinding>().unwrap().to_string(),
        "Ctrl--"
    );
    assert!("Ctrl-".parse::<KeyBinding>().is_err());
    assert!("Hyper-x".parse::<KeyBinding>().is_err());
}

#[test]
fn bad_toml_is_a_clear_error() {
    let e = Keymap::from_toml("[normal\ndown = [\"j\"]").unwrap_err();
    assert!(matches!(e, KeymapError::Toml(_)), "{e}");
    assert!(e.to_string().starts_with("keymap: "), "{e}");
}

#[test]
fn unknown_action_and_context_are_named() {
    let e = Keymap::from_toml("[normal]\ndwn = [\"j\"]").unwrap_err();
    assert!(e.to_string().contains("dwn"), "{e}");
    let e = Keymap::from_toml("[sidebar]\ndown = [\"j\"]").unwrap_err();
    assert!(e.to_string().contains("sidebar"), "{e}");
}

#[test]
fn unknown_and_duplicate_keys_are_named() {
    let e = Keymap::from_toml("[normal]\ndown = [\"Sideways\"]").unwrap_err();
    assert_eq!(
        e.to_string(),
        "keymap: [normal] down: unknown key `Sideways`"
    );
    let e = Keymap::from_toml("[normal]\ndown = [\"j\"]\nup = [\"j\"]").unwrap_err();
    assert!(e.to_string().contains("already bound to down"), "{e}");
}

#[test]
fn entries_follow_action_order_with_keys_in_file_order() {
    let km = Keymap::from_toml("[normal]\nquit = [\"q\", \"Ctrl-c\"]\ndown = [\"j\"]").unwrap();
    let e = km.entries(Context::Normal);
    assert_eq!(e[0].0, Action::Down);
    assert_eq!(e[1].0, Action::Quit);
    let keys: Vec<String> = e[1].1.iter().map(|k| k.to_string()).collect();
    assert_eq!(keys, vec!["q", "Ctrl-c"]);
    assert!(km.entries(Context::Help).is_empty());
}

#[test]
fn sequences_wait_for_their_second_key() {
    let km = Keymap::default();
    let g: KeyBinding = "g".parse().unwrap();
    assert_eq!(km.lookup(Context::Normal, &[g]), Lookup::Prefix);
    assert_eq!(
        km.lookup(Context::Normal, &[g, g]),
        Lookup::Action(Action::Top)
    );
    let colon: KeyBinding = ":".parse().unwrap();
    let q: KeyBinding = "q".parse().unwrap();
    assert_eq!(
        km.lookup(Context::Overview, &[colon, q]),
        Lookup::Action(Action::Quit)
    );
    assert_eq!(km.lookup(Context::Normal, &[q, q]), Lookup::None);
}

#[test]
fn an_overlay_rebinds_only_what_it_names() {
    let km = Keymap::default()
        .overlay("[normal]\ndown = [\"Ctrl-j\"]")
        .unwrap();
    let n = Context::Normal;
    let none = KeyModifiers::NONE;
    assert_eq!(km.action(n, &key(KeyCode::Char('j'), none)), None);
    assert_eq!(
        km.action(n, &key(KeyCode::Char('j'), KeyModifiers::CONTROL)),
        Some(Action::Down)
    );
    assert_eq!(
        km.action(n, &key(KeyCode::Char('k'), none)),
        Some(Action::Up)
    );
    assert!(
        Keymap::default()
            .overlay("[normal]\ndown = [\"k\"]")
            .is_err()
    );
}
