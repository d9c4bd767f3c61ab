//! Extractor: date (to be written).

use crate::engine::model::{DocInfo, Extracted};

pub fn extract(_text: &str, _doc: &DocInfo) -> Vec<Extracted> {
    Vec::new()
}
