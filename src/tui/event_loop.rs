//! The main loop, generic over the ratatui backend so tests can drive the
//! real app on a `TestBackend` with a list of events.

use std::io;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event;

use super::action::Action;
use super::app::App;

/// Runs `app` until it quits or `events` ends. Draws once at the start and
/// then only after an event that maps to an action: the loop blocks on
/// input rather than redrawing at a fixed rate.
pub fn run_app<B>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: impl IntoIterator<Item = io::Result<Event>>,
) -> anyhow::Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    terminal.draw(|f| f.render_widget(&*app, f.area()))?;
    for event in events {
        let Some(action) = app.action_for(&event?) else {
            continue;
        };
        app.update(action);
        if app.should_quit() {
            break;
        }
        terminal.draw(|f| f.render_widget(&*app, f.area()))?;
    }
    Ok(())
}
