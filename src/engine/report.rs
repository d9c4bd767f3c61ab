//! The `facts --json` schema and the readable table.
