//! What the reader knows and how it changes: the [`App`](app::App), its one
//! `update`, and the indexes and helpers `update` works through.

pub mod app;
pub mod fact_index;
pub(crate) mod fact_nav;
