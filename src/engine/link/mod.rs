//! Linking mentions across articles into facts.
