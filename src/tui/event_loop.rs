//! The main loop, generic over the ratatui backend and over where its
//! input comes from, so tests can drive the real app on a `TestBackend`
//! with a list of events, and the binary can mix terminal events with the
//! background analysis.

use std::io;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event;

use super::action::{Action, Update};
use super::app::App;
use crate::engine::progress::Progress;

/// What the loop waits for: the terminal, or the analysis.
#[derive(Debug)]
pub enum Input {
    Term(Event),
    /// How far the analysis has got.
    Progress(Progress),
    /// Tenths of a second since the analysis started.
    Tick(u32),
    Facts(Box<crate::engine::FactSet>),
}

impl From<Event> for Input {
    fn from(e: Event) -> Input {
        Input::Term(e)
    }
}

/// Runs `app` until it quits or `inputs` ends. Draws once at the start and
/// then only after an input that changes something: the loop blocks on
/// input rather than redrawing at a fixed rate.
pub fn run_app<B, I>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    inputs: impl IntoIterator<Item = io::Result<I>>,
) -> anyhow::Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
    I: Into<Input>,
{
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    terminal.draw(|f| f.render_widget(&*app, f.area()))?;
    for input in inputs {
        let update = match input?.into() {
            Input::Term(event) => app.update_for(&event),
            Input::Progress(Progress::Read { done, total }) => {
                Some(Action::Progress(done, total).into())
            }
            Input::Progress(Progress::Linked { done, total }) => {
                Some(Action::Linking(done, total).into())
            }
            Input::Tick(t) => Some(Action::Tick(t).into()),
            Input::Facts(set) => Some(Update::Facts(set)),
        };
        let Some(update) = update else {
            continue;
        };
        app.update(update);
        if app.should_quit() {
            break;
        }
        terminal.draw(|f| f.render_widget(&*app, f.area()))?;
    }
    Ok(())
}
