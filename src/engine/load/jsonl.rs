//! JSON Lines exports: one article per line,
//! `{"title", "outlet", "published", "url", "text"}`, where only `text`
//! is required. A bad line is skipped with a note naming its number; the
//! other lines still load.

use jiff::civil::Date;
use serde::Deserialize;

use super::{LoadNote, decode_text, is_blank};
use crate::engine::article::{Article, Format, OffsetMap};
use crate::engine::meta::Guesser;

#[derive(Debug, Deserialize)]
struct Line {
    title: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    url: Option<String>,
    text: Option<String>,
}

/// The articles of a `.jsonl` file, in line order.
pub fn articles(
    guesser: &Guesser,
    path: &str,
    bytes: &[u8],
    notes: &mut Vec<LoadNote>,
) -> Vec<Article> {
    let Some((src, _)) = decode_text(path, bytes, notes) else {
        return Vec::new();
    };
    let stem = std::path::Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("line");
    let mut out = Vec::new();
    for (i, raw) in src.lines().enumerate() {
        let n = i + 1;
        let where_ = format!("{path}:{n}");
        if raw.trim().is_empty() {
            continue;
        }
        match article(guesser, &where_, &format!("{stem}-{n}"), raw, notes) {
            Ok(a) => out.push(a),
            Err(why) => notes.push(LoadNote::warning(&where_, why)),
        }
    }
    if out.is_empty() && !notes.iter().any(|n| n.path.starts_with(path)) {
        notes.push(LoadNote::info(path, "no lines, skipped"));
    }
    out
}

fn article(
    guesser: &Guesser,
    path: &str,
    id: &str,
    raw: &str,
    notes: &mut Vec<LoadNote>,
) -> Result<Article, String> {
    let line: Line = serde_json::from_str(raw.trim_start_matches('\u{FEFF}'))
        .map_err(|e| format!("line is not a JSON object with string fields ({e}), skipped"))?;
    let text = line
        .text
        .ok_or("no \"text\" field, skipped (title, outlet, published and url are optional)")?;
    if is_blank(&text) {
        return Err("\"text\" is empty, skipped".to_string());
    }
    let mut meta = guesser.guess(&text, id);
    let given = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    if let Some(t) = given(line.title) {
        meta.title = t;
    }
    if let Some(o) = given(line.outlet) {
        meta.outlet = Some(o);
    }
    if let Some(p) = given(line.published) {
        match p.get(..10).and_then(|d| d.parse::<Date>().ok()) {
            Some(d) => {
                meta.published = Some(d);
                meta.published_span = None;
            }
            None => notes.push(LoadNote::warning(
                path,
                format!("\"published\" is not a date (YYYY-MM-DD): {p:?}; ignored"),
            )),
        }
    }
    meta.url = given(line.url);
    meta.format = Format::Jsonl;
    Ok(Article {
        id: id.to_string(),
        path: path.to_string(),
        text,
        meta,
        offsets: OffsetMap::identity(),
    })
}
