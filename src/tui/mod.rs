//! The terminal reader: a source list, the open article, the facts the
//! engine found in it, side-by-side columns, and popups for filtering and
//! help.
//!
//! State lives in [`App`] and changes only through [`App::update`], fed by
//! [`Action`]s that the [`keymap`] maps keys to. Drawing (`impl Widget for
//! &App`, in `view.rs`) only reads the state. [`run_app`] ties them together
//! over any ratatui backend.

pub mod action;
pub mod event_loop;
pub mod keymap;
pub mod layout;
pub mod popups;
pub mod state;
pub mod text;
pub mod theme;
pub mod views;

// The modules under their short names, as the rest of the crate and the
// tests use them.
pub use popups::{fact_filter, filter, help, popup};
pub use state::{app, fact_index};
pub use text::{quote_diff, sanitize, wrap};
pub use views::{fact_style, facts_panel, reader, side_by_side, sources, status};

pub use action::Action;
pub use app::{App, Focus, Overlay};
pub use event_loop::run_app;

use ratatui::crossterm::event;

use crate::engine::load::Corpus;

/// Runs the interactive reader until the user quits.
///
/// The terminal is restored on every way out: a normal quit and an error
/// here, a panic through the hook `ratatui::init` installs, and SIGTERM or
/// SIGHUP through [`restore_on_signals`].
pub fn run(corpus: Corpus) -> anyhow::Result<()> {
    let mut app = App::new(corpus);
    restore_on_signals()?;
    // `ratatui::init` would panic where the terminal refuses raw mode.
    let mut terminal = ratatui::try_init().inspect_err(|_| restore_quietly())?;
    let events = std::iter::from_fn(|| Some(event::read()));
    let result = run_app(&mut terminal, &mut app, events);
    restore_quietly();
    result
}

/// Leaves raw mode and the alternate screen and shows the cursor, trying
/// each step even when one fails and printing nothing: after SIGHUP the
/// terminal may be gone, and `eprintln!` to a gone terminal would panic.
/// (On a normal exit, dropping the `Terminal` shows the cursor; on a
/// signal nothing is dropped, so it is done here.)
fn restore_quietly() {
    use ratatui::crossterm::cursor::Show;
    use ratatui::crossterm::execute;
    use ratatui::crossterm::terminal::{LeaveAlternateScreen, disable_raw_mode};
    let _ = disable_raw_mode();
    let _ = execute!(std::io::stdout(), LeaveAlternateScreen, Show);
}

/// A signal that ends the process would skip the restore in [`run`] and
/// leave the shell in raw mode on the alternate screen; restore first.
/// (Ctrl-C is not a signal here: raw mode delivers it as a key.)
#[cfg(unix)]
fn restore_on_signals() -> anyhow::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            restore_quietly();
            // The shell's convention for "ended by signal N".
            std::process::exit(128 + sig);
        }
    });
    Ok(())
}

#[cfg(not(unix))]
fn restore_on_signals() -> anyhow::Result<()> {
    Ok(())
}
