//! Wire-style datelines: "NAIROBI (Reuters) - ".

use std::ops::Range;

use super::names::{is_capitalised, is_mark};

/// Parts of a wire-style dateline, as byte ranges of the line.
pub struct Dateline {
    pub city: Range<usize>,
    pub region: Option<Range<usize>>,
    pub outlet: Option<Range<usize>>,
    /// Where the story text starts, after the dash.
    pub end: usize,
}

/// "WASHINGTON (Reuters) - ", "BOGOTÁ, Colombia (AP) — ", "LONDON -- ".
pub fn dateline(line: &str) -> Option<Dateline> {
    let start = line.len() - line.trim_start().len();
    let rest = &line[start..];
    let city_len = rest
        .char_indices()
        .find(|&(_, c)| {
            !(c.is_uppercase() || is_mark(c) || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
        })
        .map_or(rest.len(), |(i, _)| i);
    let city = rest[..city_len].trim_end_matches([' ', '-', '.', '\'', '’']);
    if city.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let city_r = start..start + city.len();
    let mut pos = city_r.end;
    let mut region = None;
    if let Some(r) = line[pos..].strip_prefix(',') {
        let body = r.trim_start();
        let len = body
            .find(|c: char| !(c.is_alphabetic() || is_mark(c) || matches!(c, ' ' | '.')))
            .unwrap_or(body.len());
        let name = body[..len].trim_end();
        if !is_capitalised(name) {
            return None;
        }
        let s = pos + 1 + (r.len() - body.len());
        region = Some(s..s + name.len());
        pos = s + name.len();
    }
    let mut outlet = None;
    let after = line[pos..].trim_start();
    pos = line.len() - after.len();
    if let Some(inner) = after.strip_prefix('(') {
        let close = inner.find(')')?;
        let name = &inner[..close];
        if name.len() > 40 || name.contains('(') {
            return None;
        }
        let lead = name.len() - name.trim_start().len();
        outlet = Some(pos + 1 + lead..pos + 1 + lead + name.trim().len());
        pos += close + 2;
    }
    let after = line[pos..].trim_start();
    let dash = ["--", "-", "–", "—"]
        .iter()
        .find(|d| after.starts_with(*d))?;
    let tail = &after[dash.len()..];
    if !tail.starts_with(char::is_whitespace) {
        return None;
    }
    Some(Dateline {
        city: city_r,
        region,
        outlet,
        end: line.len() - tail.len(),
    })
}
