//! Linking mentions across articles into facts.
//!
//! A mention's context (the words near it, the people in its sentence)
//! decides which fact it states; its value only decides whether the
//! outlets agree. See `analyze` for the pass and `score` for the pair test.

mod analyze;
pub mod cluster;
pub mod compat;
pub mod context;
mod explain;
pub mod facts;
pub mod label;
pub mod lexicon;
pub mod score;
mod statement;
pub mod tokens;

pub use analyze::{analyze, analyze_explained};
pub use explain::{Explanation, MentionTrace};
pub use facts::{Fact, FactSet, Mention, Status};
