//! crossread: read several reports of one story side by side.
//!
//! [`engine`] loads articles, extracts fact mentions and links them; it has
//! no terminal in it. [`tui`] is the reader built on top of it.

pub mod cli;
pub mod config;
pub mod engine;
pub mod input;
pub mod report;
pub mod tui;
