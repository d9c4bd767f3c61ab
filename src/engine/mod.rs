//! The fact engine: load articles, extract mentions, link them into facts.
//! Nothing here touches a terminal.

pub mod article;
pub mod chrome;
pub mod describe;
pub mod extract;
pub mod fx;
pub mod link;
pub mod load;
pub mod markdown;
pub mod meta;
pub mod model;
pub mod progress;
pub mod report;
pub mod wordnet;
pub(crate) mod words;

pub use link::{FactSet, analyze};
