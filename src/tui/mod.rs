//! The terminal reader: the disagreements overview, a source list, the
//! open article, the facts the engine found in it, side-by-side columns,
//! and popups for picking, help and notes.
//!
//! State lives in [`App`] (`state/`) and changes only through
//! [`App::update`], fed by keys (which the [`keymap`] maps to [`Action`]s,
//! with counts and sequences), the mouse and the background analysis.
//! Drawing (`impl Widget for &App`, `views/` and `popups/`) only reads the
//! state. [`run_app`] ties them together over any ratatui backend.

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
pub use popups::{fact_filter, filter, help, notes, picker, popup};
pub use state::{app, fact_index, overview, search};
pub use text::{quote_diff, sanitize, wrap};
pub use views::{decor, fact_style, facts_panel, reader, side_by_side, sources, status};

pub use action::{Action, Update};
pub use app::{App, Focus, Overlay};
pub use event_loop::{Input, run_app};

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use ratatui::crossterm::event;

use crate::engine::load::Corpus;
use theme::Colours;

/// Runs the interactive reader until the user quits.
///
/// The first frame shows the sources at once; the analysis runs on a
/// thread of its own and its progress and result arrive as inputs, so
/// keys work meanwhile.
///
/// The terminal is restored on every way out: a normal quit and an error
/// here, a panic through the hook `ratatui::init` installs, and SIGTERM or
/// SIGHUP through [`restore_on_signals`].
pub fn run(corpus: Corpus, config: crate::config::Config) -> anyhow::Result<()> {
    let env = |k| std::env::var(k).ok();
    let colours = Colours::detect(
        env("NO_COLOR").as_deref(),
        env("TERM").as_deref(),
        env("COLORTERM").as_deref(),
    );
    let theme = config.theme.adapted(colours);
    let mut app = App::loading(corpus.clone(), config.keymap, theme);
    app.set_reader_options(config.reader);
    let (tx, rx) = mpsc::channel::<std::io::Result<Input>>();
    let analysing = Arc::new(AtomicBool::new(true));
    {
        let tx = tx.clone();
        let analysing = Arc::clone(&analysing);
        std::thread::spawn(move || {
            let facts = crate::engine::progress::analyze_with_progress(&corpus, |p| {
                let _ = tx.send(Ok(Input::Progress(p)));
            });
            analysing.store(false, Ordering::Relaxed);
            let _ = tx.send(Ok(Input::Facts(Box::new(facts))));
        });
    }
    std::thread::spawn(move || {
        let start = Instant::now();
        loop {
            let input = match event::poll(Duration::from_millis(200)) {
                Ok(true) => event::read().map(Input::Term),
                // Ticks only while the analysis runs, for its clock.
                Ok(false) if analysing.load(Ordering::Relaxed) => {
                    let tenths = start.elapsed().as_millis() / 100;
                    Ok(Input::Tick(u32::try_from(tenths).unwrap_or(u32::MAX)))
                }
                Ok(false) => continue,
                Err(e) => Err(e),
            };
            let failed = input.is_err();
            if tx.send(input).is_err() || failed {
                break;
            }
        }
    });
    restore_on_signals()?;
    // `ratatui::init` would panic where the terminal refuses raw mode.
    let mut terminal = ratatui::try_init().inspect_err(|_| restore_quietly())?;
    {
        use ratatui::crossterm::event::EnableMouseCapture;
        let _ = ratatui::crossterm::execute!(std::io::stdout(), EnableMouseCapture);
    }
    let result = run_app(&mut terminal, &mut app, rx);
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
    use ratatui::crossterm::event::DisableMouseCapture;
    use ratatui::crossterm::execute;
    use ratatui::crossterm::terminal::{LeaveAlternateScreen, disable_raw_mode};
    let _ = disable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    );
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
            // The drawing thread may be mid-frame (the analysis clock ticks);
            // a frame written after the restore would hide the cursor again.
            // Holding stdout until exit stops it at its next write.
            let _hold = std::io::stdout().lock();
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
