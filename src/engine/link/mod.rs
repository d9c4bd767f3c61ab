//! Linking mentions across articles into facts.
//!
//! A mention's context (the words near it, the people in its sentence)
//! decides which fact it states; its value only decides whether the
//! outlets agree. See `analyze` for the pass and `score` for the pair test.

mod actor;
mod age_owner;
mod analyze;
mod baseline;
mod block;
mod camps;
mod candidates;
mod clause;
pub mod cluster;
pub mod compat;
pub mod context;
mod contrast;
pub mod currency;
mod dated_noun;
mod dimension;
mod dispute;
mod dissent;
mod distributive;
mod endpoint;
mod estimate;
mod explain;
pub mod facts;
pub mod features;
mod judge;
pub mod label;
pub mod lexicon;
mod mates;
mod mention_context;
mod modifiers;
mod mood;
mod naming;
mod odd_count;
mod odd_rate;
mod ordinal;
mod parallel;
mod partitive;
mod prepare;
mod prior;
mod quote_score;
mod quotes;
mod read;
mod restated;
pub mod score;
mod sequence;
mod share_or_change;
mod slip;
mod source;
mod statement;
mod tally;
mod time_anchor;
mod time_day;
pub mod tokens;
mod vote_side;
pub mod weights;
mod window;

pub use analyze::{
    analyze, analyze_explained, analyze_reporting, analyze_with, link_prepared, training_pairs,
};
pub use explain::{Explanation, MentionTrace};
pub use facts::{Fact, FactSet, Mention, Status};
pub use prepare::Prepared;
