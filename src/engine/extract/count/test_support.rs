//! What the count tests compare: each count's text and noun.
use super::*;

pub(super) fn found(text: &str) -> Vec<(String, String)> {
    extract(text, &DocInfo::default())
        .into_iter()
        .filter(|e| e.kind == Kind::Count)
        .map(|e| match e.value {
            Value::Count { noun, .. } => (text[e.span].to_string(), noun.unwrap_or_default()),
            _ => unreachable!(),
        })
        .collect()
}

pub(super) fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}
