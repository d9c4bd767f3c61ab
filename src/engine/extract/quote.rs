//! Extractor: quotations and who said them.
//!
//! Quotes are paired by hand rather than by regex, because pairing depends
//! on context a regex handles badly: a straight `"` is an opener only after
//! a non-letter, a single quote must not be mistaken for an apostrophe
//! ("Colombia’s", "don’t", "the leaders’ first"), and an unbalanced mark
//! must not swallow the rest of the article. Quotes never cross a
//! paragraph; a quote left open at a paragraph end is kept only when the
//! next paragraph reopens it, which is how multi-paragraph quotes are
//! written in news copy. Anything else left open is dropped: a stray mark
//! is far more common than a quote that simply lost its closing mark.

mod speaker;

use std::ops::Range;

use self::speaker::Attributor;
use super::entity::gazetteer::Gazetteer;
use super::entity::names::{Lexicon, is_apostrophe, is_word_char};
use super::entity::{self};
use crate::engine::model::{DocInfo, Extracted, Kind, Value};

#[derive(Clone, Copy, PartialEq)]
enum Family {
    /// “…”, and "…" when `straight`.
    Curly,
    /// „…“ or „…”.
    Low,
    /// «…».
    Guillemet,
    Straight,
    /// ‘…’ or '…'.
    Single(char),
}

#[derive(Debug, Clone)]
struct Span {
    /// Opening mark to closing mark inclusive (or paragraph end).
    outer: Range<usize>,
    inner: Range<usize>,
    /// Left open at a paragraph end and reopened in the next one.
    continues: bool,
}

/// Whether a speaker is a document speaking for itself ("the suit
/// states"), which the speaker search names as "the" and its noun; people
/// are named as the text names them.
pub fn is_document_voice(speaker: &str) -> bool {
    speaker.starts_with(DOCUMENT_ARTICLE)
}

const DOCUMENT_ARTICLE: &str = "the ";

pub fn extract(text: &str, _doc: &DocInfo) -> Vec<Extracted> {
    let lex = Lexicon::new();
    let gaz = Gazetteer::new();
    let names = entity::find(text, &lex, &gaz);
    extract_with(text, &lex, &gaz, &names)
}

/// Quotes with their speakers, given the word lists and the names the
/// entity scan already found in `text` (so the text is scanned once).
pub(crate) fn extract_with(
    text: &str,
    lex: &Lexicon,
    gaz: &Gazetteer,
    names: &[entity::Found],
) -> Vec<Extracted> {
    let quotes = find_quotes(text, lex);
    if quotes.is_empty() {
        return Vec::new();
    }
    let inside = |r: &Range<usize>| {
        quotes
            .iter()
            .any(|q| q.outer.start <= r.start && r.end <= q.outer.end)
    };
    let persons: Vec<Range<usize>> = names
        .iter()
        .filter(|f| f.kind == Kind::Person && !inside(&f.span))
        .map(|f| f.span.clone())
        .collect();
    let titled: Vec<(Range<usize>, String)> = names
        .iter()
        .filter(|f| f.kind == Kind::Person && !inside(&f.span))
        .filter_map(|f| Some((f.span.clone(), f.cue.as_deref()?.to_lowercase())))
        .collect();
    let att = Attributor::new(text, lex, gaz, persons, titled);
    let paras = paragraphs(text);
    let mut out: Vec<Extracted> = Vec::with_capacity(quotes.len());
    let mut carried: Option<String> = None;
    for (k, q) in quotes.iter().enumerate() {
        let para = paras
            .iter()
            .find(|p| p.start <= q.outer.start && q.outer.start < p.end.max(p.start + 1))
            .cloned()
            .unwrap_or(0..text.len());
        let lo = k
            .checked_sub(1)
            .map(|j| quotes[j].outer.end)
            .filter(|&e| e > para.start)
            .unwrap_or(para.start)
            // Nested marks can leave the previous quote ending past this
            // one's start.
            .min(q.outer.start);
        let hi = quotes
            .get(k + 1)
            .map(|n| n.outer.start)
            .filter(|&s| s < para.end)
            .unwrap_or(para.end);
        let mut speaker = att.speaker(q, lo, hi);
        // A quote left unattributed after another in its paragraph
        // ("“…,” she said. “…”") goes on in the same voice.
        let same_paragraph = k > 0 && quotes[k - 1].outer.end > para.start;
        if speaker.is_none() && k > 0 && (quotes[k - 1].continues || same_paragraph) {
            speaker = carried.clone();
        }
        carried = speaker.clone();
        att.said(q.outer.end, speaker.clone());
        for (piece, span) in omission_pieces(text, q.inner.clone())
            .into_iter()
            .enumerate()
        {
            out.push(Extracted {
                value: Value::Quote {
                    normalized: normalize(&text[span.clone()]),
                    speaker: speaker.clone(),
                    after_omission: piece > 0,
                },
                span,
                kind: Kind::Quote,
                cue: None,
            });
        }
    }
    out
}

/// Words a stretch on either side of an ellipsis needs to be quoted on
/// its own: shorter, the dots are a pause ("Well... I think so"), not
/// words left out.
const PIECE_WORDS: usize = 4;

/// A quote split where an ellipsis marks words left out: the pieces are
/// stretches of the statement apart from each other, and other outlets
/// quote each of them alone. A piece too short to stand alone stays joined
/// to the piece before (or after) it.
fn omission_pieces(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[span.clone()];
    let mut cuts: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while let Some(k) = s[i..].find(['…', '.']).map(|k| k + i) {
        let dots = s[k..]
            .char_indices()
            .take_while(|&(_, c)| c == '…' || c == '.' || c == ' ')
            .last()
            .map_or(k, |(j, c)| k + j + c.len_utf8());
        let run = s[k..dots].trim_end();
        if run.contains('…') || run.matches('.').count() >= 3 {
            cuts.push(k..dots);
        }
        i = dots.max(k + 1);
    }
    let words = |r: &Range<usize>| s[r.clone()].split_whitespace().count();
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    for cut in cuts {
        let piece = from..cut.start;
        if words(&piece) >= PIECE_WORDS && words(&(cut.end..s.len())) >= PIECE_WORDS {
            pieces.push(piece);
            from = cut.end;
        }
    }
    pieces.push(from..s.len());
    pieces
        .into_iter()
        .map(|r| {
            let piece = &s[r.clone()];
            let body = piece.trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '-' | '–' | '—')
            });
            let lead = body.len() - body.trim_start().len();
            span.start + r.start + lead..span.start + r.start + body.len()
        })
        .collect()
}

/// Paragraph ranges. Text hard-wrapped at a fixed width (short lines with
/// blank lines between paragraphs) keeps single newlines inside a
/// paragraph; otherwise every line is a paragraph, as in most scraped copy.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let wrapped = text.contains("\n\n") && text.lines().all(|l| l.chars().count() <= 100);
    let mut out = Vec::new();
    let mut cur: Option<Range<usize>> = None;
    let mut pos = 0;
    for line in text.split('\n') {
        let r = pos..pos + line.len();
        pos += line.len() + 1;
        if line.trim().is_empty() {
            out.extend(cur.take());
            continue;
        }
        match cur.as_mut() {
            Some(c) if wrapped => c.end = r.end,
            _ => {
                out.extend(cur.take());
                cur = Some(r);
            }
        }
    }
    out.extend(cur);
    out
}

fn find_quotes(text: &str, lex: &Lexicon) -> Vec<Span> {
    let paras = paragraphs(text);
    let mut out = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        // No opening mark, no quote (`opener` needs one of these).
        if !text[para.clone()].contains(['“', '”', '„', '«', '"', '‘', '\'']) {
            continue;
        }
        let chars: Vec<(usize, char)> = text[para.clone()]
            .char_indices()
            .map(|(i, c)| (i + para.start, c))
            .collect();
        out.extend(lost_opener(text, &chars, lex));
        let mut k = 0;
        while k < chars.len() {
            let Some(fam) = opener(&chars, k) else {
                k += 1;
                continue;
            };
            match closer(&chars, k, fam) {
                Some(m) => {
                    let (open_end, close) = (chars[k].0 + chars[k].1.len_utf8(), chars[m]);
                    if let Some(inner) = trim_inner(text, open_end..close.0, fam) {
                        out.push(Span {
                            outer: chars[k].0..close.0 + close.1.len_utf8(),
                            inner,
                            continues: false,
                        });
                    }
                    k = m + 1;
                }
                None => {
                    let reopened = paras.get(pi + 1).is_some_and(|next| {
                        let t = text[next.clone()].trim_start();
                        let c = t.chars().next();
                        matches!(
                            fam,
                            Family::Curly | Family::Low | Family::Straight | Family::Guillemet
                        ) && c.is_some_and(|c| matches!(c, '“' | '„' | '"' | '«'))
                    });
                    if reopened {
                        let open_end = chars[k].0 + chars[k].1.len_utf8();
                        if let Some(inner) = trim_inner(text, open_end..para.end, fam) {
                            out.push(Span {
                                outer: chars[k].0..para.end,
                                inner,
                                continues: true,
                            });
                        }
                        break;
                    }
                    k += 1;
                }
            }
        }
    }
    out
}

/// A paragraph whose first mark closes a quote and is followed by its
/// attribution ("Talks will go on,” she said.") lost its opening mark in
/// copying, and is a quote from its first word.
fn lost_opener(text: &str, chars: &[(usize, char)], lex: &Lexicon) -> Option<Span> {
    let m = chars
        .iter()
        .position(|&(_, c)| matches!(c, '“' | '”' | '"' | '«' | '„'))?;
    let closes = match chars[m].1 {
        '”' => true,
        '"' => before(chars, m).is_some_and(|p| matches!(p, ',' | '.' | '!' | '?')),
        _ => false,
    };
    let first = chars.first()?.0;
    let end = chars[m].0;
    if !closes || !text[first..end].contains(' ') {
        return None;
    }
    let after = &text[end + chars[m].1.len_utf8()..];
    let attributed = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| lex.is_speech_verb(w));
    if !attributed {
        return None;
    }
    let inner = trim_inner(text, first..end, Family::Straight)?;
    Some(Span {
        outer: first..end + chars[m].1.len_utf8(),
        inner,
        continues: false,
    })
}

fn at(chars: &[(usize, char)], k: usize) -> Option<char> {
    chars.get(k).map(|c| c.1)
}

fn before(chars: &[(usize, char)], k: usize) -> Option<char> {
    k.checked_sub(1).and_then(|j| at(chars, j))
}

/// Whether the mark at `k` opens a quote, and of which family.
fn opener(chars: &[(usize, char)], k: usize) -> Option<Family> {
    if !matches!(chars[k].1, '“' | '„' | '«' | '"' | '‘' | '\'') {
        return None;
    }
    let (prev, next) = (before(chars, k), at(chars, k + 1));
    let after_gap = !prev.is_some_and(|p| is_word_char(p) || p == '.' || p == ',');
    let before_text = next.is_some_and(|n| !n.is_whitespace());
    match chars[k].1 {
        // A doubled mark (`""We …`) is a slip: the second one opens.
        '"' | '“' if matches!(next, Some('"' | '“')) => None,
        '“' => Some(Family::Curly),
        '„' => Some(Family::Low),
        '«' => Some(Family::Guillemet),
        '"' if after_gap && before_text => Some(Family::Straight),
        c @ ('‘' | '\'') if after_gap && next.is_some_and(|n| is_word_char(n) || n == '…') => {
            Some(Family::Single(c))
        }
        _ => None,
    }
}

/// Index of the mark closing the quote opened at `k`, if the paragraph
/// has one. An opener of the same family first means `k` is a stray mark.
fn closer(chars: &[(usize, char)], k: usize, fam: Family) -> Option<usize> {
    let mut fallback = None;
    for m in k + 1..chars.len() {
        let c = chars[m].1;
        match fam {
            // Copy pasted from several sources mixes curly and straight
            // marks ("“They do …," Trump said): a straight mark that ends
            // a word closes a curly quote, and a curly close ends a
            // straight one.
            Family::Curly => match c {
                '”' => return Some(m),
                '“' => return None,
                '"' if straight_closes(chars, m) => return Some(m),
                _ => {}
            },
            Family::Low => match c {
                '“' | '”' => return Some(m),
                '„' => return None,
                _ => {}
            },
            Family::Guillemet => match c {
                '»' => return Some(m),
                '«' => return None,
                _ => {}
            },
            Family::Straight if c == '"' => {
                let prev_space = before(chars, m).is_none_or(char::is_whitespace);
                return if prev_space { None } else { Some(m) };
            }
            Family::Straight if c == '”' => return Some(m),
            Family::Single(open) => {
                let close = if open == '‘' { '’' } else { '\'' };
                let (prev, next) = (before(chars, m), at(chars, m + 1));
                if c == close
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && !next.is_some_and(is_word_char)
                {
                    // "the leaders’ first": a plural possessive looks like
                    // a closer; keep it only if nothing better follows.
                    let possessive = prev == Some('s')
                        && next == Some(' ')
                        && at(chars, m + 2).is_some_and(char::is_lowercase);
                    if !possessive {
                        return Some(m);
                    }
                    fallback.get_or_insert(m);
                } else if c == open && opener(chars, m).is_some() {
                    return fallback;
                }
            }
            _ => {}
        }
    }
    fallback
}

/// Whether the straight mark at `m` ends a word rather than starting one.
fn straight_closes(chars: &[(usize, char)], m: usize) -> bool {
    before(chars, m).is_some_and(|p| !p.is_whitespace())
        && !at(chars, m + 1).is_some_and(is_word_char)
}

/// The quoted words: no surrounding space, no trailing punctuation just
/// inside the closing mark, no leading ellipsis. `None` if nothing is left.
fn trim_inner(text: &str, r: Range<usize>, fam: Family) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let lead = s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || c == '…' || c == '.')
            .len();
    let body = s[lead..].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…' | '-' | '–' | '—')
    });
    if !body.chars().any(char::is_alphanumeric) {
        return None;
    }
    if matches!(fam, Family::Single(_)) && body.chars().count() < 2 {
        return None;
    }
    Some(r.start + lead..r.start + lead + body.len())
}

/// Lowercase words, punctuation dropped, apostrophes unified, so that the
/// same words quoted by two outlets compare equal.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    let mut prev_word = false;
    while let Some(c) = chars.next() {
        if is_word_char(c) {
            out.extend(c.to_lowercase());
            prev_word = true;
        } else if is_apostrophe(c) && prev_word && chars.peek().is_some_and(|&n| is_word_char(n)) {
            out.push('\'');
            prev_word = false;
        } else {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            prev_word = false;
        }
    }
    out.truncate(out.trim_end().len());
    // A possessive is the word it marks ("Trump's campaign" / "Trump
    // campaign"): transcriptions drop and keep it, and a lost closing
    // mark leaves "Trump'" where another outlet has "Trump's".
    if out.contains("'s") {
        out = out
            .split(' ')
            .map(|w| w.strip_suffix("'s").unwrap_or(w))
            .collect::<Vec<_>>()
            .join(" ");
    }
    out
}

#[cfg(test)]
mod tests;
