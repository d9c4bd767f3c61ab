//! The terminal reader.
