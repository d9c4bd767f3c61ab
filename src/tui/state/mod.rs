//! What the reader knows and how it changes: the [`App`](app::App), its one
//! `update`, and the parts of `update` for each view, mouse and search.

pub mod app;
mod detail;
pub mod fact_index;
pub(crate) mod fact_nav;
mod mouse;
pub mod overview;
mod panes;
pub mod search;
