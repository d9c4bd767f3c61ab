//! What opens over the panes and takes the keys while open: the fuzzy
//! pickers (sources, facts), the help and the notes.

pub mod fact_filter;
pub mod filter;
pub mod help;
pub mod notes;
pub mod picker;
pub mod popup;
