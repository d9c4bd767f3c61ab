//! Text helpers with no state: making article text safe to draw, wrapping
//! it, and diffing quotes.

pub mod quote_diff;
pub mod sanitize;
pub mod wrap;
