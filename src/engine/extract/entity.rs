//! Extractor: people, organisations and places.
//!
//! Names are found as runs of capitalised words joined by plain spaces
//! (lowercase particles like "da" or "of" may sit inside). Each run is then
//! explained, in order of how much evidence it carries: a title or
//! honorific cues a person; an organisation word or a spelled-out acronym
//! cues an organisation; the gazetteer names places; a bare two-to-four
//! word run of uncommon words is a person. Single capitalised words are
//! only people once the same text has used them as a surname. Headline
//! lines, where everything is capitalised, only yield names the body text
//! already established.

mod canonical;
mod dateline;
#[path = "gazetteer.rs"]
pub mod gazetteer;
#[path = "names.rs"]
pub mod names;
mod person;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use self::dateline::dateline;
use self::gazetteer::Gazetteer;
use self::names::{
    Lexicon, Tok, is_all_caps, is_capitalised, is_headline, is_shouting, title_case, tokenize,
};
use crate::engine::model::{DocInfo, Extracted, Kind, Value};

pub use self::gazetteer::demonym_country;

/// One entity mention before it becomes an [`Extracted`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub span: Range<usize>,
    pub kind: Kind,
    /// The title that cued a person ("Secretary of State").
    pub cue: Option<String>,
    /// Set when the name as written is not the best label: a dateline's
    /// "BOGOTÁ" is the place "Bogotá".
    pub canonical: Option<String>,
}

pub fn extract(text: &str, _doc: &DocInfo) -> Vec<Extracted> {
    let lex = Lexicon::new();
    let gaz = Gazetteer::new();
    to_mentions(text, find(text, &lex, &gaz))
}

/// Names found by [`find`] as mentions.
pub(crate) fn to_mentions(text: &str, found: Vec<Found>) -> Vec<Extracted> {
    found
        .into_iter()
        .map(|f| Extracted {
            value: Value::Entity {
                canonical: f
                    .canonical
                    .unwrap_or_else(|| text[f.span.clone()].to_string()),
            },
            span: f.span,
            kind: f.kind,
            cue: f.cue,
        })
        .collect()
}

/// Connectors that may join two capitalised words inside one name.
fn is_connector(w: &str, lex: &Lexicon) -> bool {
    matches!(w, "of" | "the" | "and" | "for") || lex.is_particle(w)
}

struct Scanner<'a> {
    text: &'a str,
    lex: &'a Lexicon,
    gaz: &'a Gazetteer,
    out: Vec<Found>,
    /// Single capitalised words that become people if they are a surname.
    pending: Vec<Range<usize>>,
}

pub(crate) fn find(text: &str, lex: &Lexicon, gaz: &Gazetteer) -> Vec<Found> {
    let mut sc = Scanner {
        text,
        lex,
        gaz,
        out: Vec::new(),
        pending: Vec::new(),
    };
    let mut headlines: Vec<(usize, Vec<Tok>)> = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let base = offset;
        offset += line.len() + 1;
        if line.trim().is_empty() || is_shouting(line) {
            continue;
        }
        let mut skip_to = 0;
        // Datelines put the city in capitals and the outlet in brackets;
        // the capitals must not be read as an acronym.
        if let Some(d) = dateline(line) {
            let city = &line[d.city.clone()];
            let plausible =
                d.outlet.is_some() || gaz.is_place(&title_case(city)) || gaz.is_place(city);
            if plausible {
                sc.push(base + d.city.start..base + d.city.end, Kind::Place, None);
                if let Some(f) = sc.out.last_mut() {
                    f.canonical = Some(title_case(city));
                }
                if let Some(r) = d.region.filter(|r| gaz.is_place(&line[r.clone()])) {
                    sc.push(base + r.start..base + r.end, Kind::Place, None);
                }
                if let Some(o) = d.outlet {
                    sc.push(base + o.start..base + o.end, Kind::Org, None);
                }
                skip_to = d.end;
            }
        }
        let mut toks = tokenize(line, lex);
        let headline = is_headline(line, &toks, lex);
        toks.retain(|t| t.start >= skip_to);
        for t in &mut toks {
            t.start += base;
            t.end += base;
        }
        if headline {
            headlines.push((base, toks));
        } else {
            sc.line(&toks);
        }
    }
    sc.finish(&headlines);
    sc.out
        .sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
    let mut kept: Vec<Found> = Vec::with_capacity(sc.out.len());
    for f in sc.out {
        if kept.last().is_none_or(|k| k.span.end <= f.span.start) {
            kept.push(f);
        }
    }
    kept
}

impl<'a> Scanner<'a> {
    fn push(&mut self, span: Range<usize>, kind: Kind, cue: Option<String>) {
        if span.start < span.end {
            self.out.push(Found {
                span,
                kind,
                cue,
                canonical: None,
            });
        }
    }

    fn w(&self, t: &Tok) -> &'a str {
        t.text(self.text)
    }

    fn slice(&self, toks: &[Tok]) -> &'a str {
        &self.text[toks[0].start..toks[toks.len() - 1].end]
    }

    /// A bare all-caps word, not a dotted abbreviation like "U.S.".
    fn is_acronym_tok(&self, t: &Tok) -> bool {
        let w = self.w(t);
        is_all_caps(w) && !w.contains('.')
    }

    fn line(&mut self, toks: &[Tok]) {
        let mut i = 0;
        while i < toks.len() {
            let w = self.w(&toks[i]);
            if self.is_acronym_tok(&toks[i]) {
                let shouted = |j: Option<&Tok>| {
                    j.is_some_and(|t| self.is_acronym_tok(t) && !self.gaz.is_place(self.w(t)))
                };
                let neighbours =
                    shouted(i.checked_sub(1).and_then(|j| toks.get(j))) || shouted(toks.get(i + 1));
                if !neighbours {
                    self.acronym(&toks[i]);
                }
                i += 1;
                continue;
            }
            if !is_capitalised(w) {
                i += 1;
                continue;
            }
            let mut j = i;
            while !toks[j].poss {
                let mut m = j + 1;
                while m < toks.len()
                    && m - j <= 2
                    && toks[m].joined
                    && is_connector(self.w(&toks[m]), self.lex)
                {
                    m += 1;
                }
                if m < toks.len()
                    && toks[m].joined
                    && is_capitalised(self.w(&toks[m]))
                    && !self.is_acronym_tok(&toks[m])
                {
                    j = m;
                } else {
                    break;
                }
            }
            let run = &toks[i..=j];
            if !self.spelled_acronym(run, toks.get(j + 1)) {
                self.classify(run);
            }
            i = j + 1;
        }
    }

    fn acronym(&mut self, t: &Tok) {
        let w = self.w(t);
        if self.gaz.is_place(w) {
            self.push(t.start..t.end, Kind::Place, None);
        } else if self.lex.is_known_org(w)
            || (w.chars().count() <= 6
                && w.chars().all(char::is_alphabetic)
                && !self.lex.is_ordinary_caps(w))
        {
            self.push(t.start..t.end, Kind::Org, None);
        }
    }

    /// "Agence France-Presse (AFP)": a run spelled out by the bracketed
    /// acronym after it is an organisation, whatever its words are.
    fn spelled_acronym(&mut self, run: &[Tok], next: Option<&Tok>) -> bool {
        let Some(next) = next else { return false };
        let between = &self.text[run[run.len() - 1].end..next.start];
        let close = self.text[next.end..].starts_with(')');
        if between.trim() != "(" || !close || !self.is_acronym_tok(next) {
            return false;
        }
        let run = self.trim(run);
        if run.len() < 2 {
            return false;
        }
        let acr: String = self.w(next).to_lowercase();
        let initials = |skip_connectors: bool| -> String {
            run.iter()
                .map(|t| self.w(t))
                .filter(|w| !(skip_connectors && is_connector(w, self.lex)))
                .flat_map(|w| w.split(['-', '‐']))
                .filter_map(|p| p.chars().next())
                .flat_map(char::to_lowercase)
                .collect()
        };
        if initials(true) == acr || initials(false) == acr {
            let span = run[0].start..run[run.len() - 1].end;
            self.push(span, Kind::Org, None);
            return true;
        }
        false
    }

    /// Drops sentence-initial words ("After", "The") and dangling connectors.
    fn trim<'r>(&self, mut run: &'r [Tok]) -> &'r [Tok] {
        while let Some(t) = run.first() {
            let w = self.w(t);
            if self.lex.is_stop(w) || is_connector(w, self.lex) {
                run = &run[1..];
            } else {
                break;
            }
        }
        while let Some(t) = run.last() {
            if is_connector(self.w(t), self.lex) {
                run = &run[..run.len() - 1];
            } else {
                break;
            }
        }
        run
    }

    fn classify(&mut self, run: &[Tok]) {
        // Capitalised function words inside a run ("Trump On Monday") split it.
        if let Some(k) = run.iter().enumerate().skip(1).position(|(_, t)| {
            let w = self.w(t);
            is_capitalised(w) && self.lex.is_stop(w)
        }) {
            let k = k + 1;
            self.classify(&run[..k]);
            self.classify(&run[k + 1..]);
            return;
        }
        let run = self.trim(run);
        if run.is_empty() {
            return;
        }
        let whole = self.slice(run);
        if self.lex.is_known_org(whole) {
            return self.push(run[0].start..run[run.len() - 1].end, Kind::Org, None);
        }
        if self.gaz.is_place(whole) {
            return self.push(run[0].start..run[run.len() - 1].end, Kind::Place, None);
        }
        if self.titled_person(run) {
            return;
        }
        self.unexplained(run);
    }

    /// "Petro White House": a known organisation inside a longer run is
    /// cut out, and what is left either side explained on its own.
    fn known_org_inside(&mut self, run: &[Tok]) -> bool {
        for i in 0..run.len() {
            for j in (i + 1..=(i + 4).min(run.len())).rev() {
                if (i, j) != (0, run.len()) && self.lex.is_known_org(self.slice(&run[i..j])) {
                    self.classify(&run[..i]);
                    self.push(run[i].start..run[j - 1].end, Kind::Org, None);
                    self.classify(&run[j..]);
                    return true;
                }
            }
        }
        false
    }

    /// The part of a run before a title: only organisations and places.
    fn unexplained_nonperson(&mut self, run: &[Tok]) {
        let run = self.trim(run);
        if run.is_empty() {
            return;
        }
        if self.lex.is_known_org(self.slice(run)) {
            return self.push(run[0].start..run[run.len() - 1].end, Kind::Org, None);
        }
        if !self.org(run) {
            self.places(run, true);
        }
    }

    /// "Colombian Foreign Ministry", "Bank of England", "Justice Department".
    fn org(&mut self, run: &[Tok]) -> bool {
        let Some(o) = run.iter().position(|t| self.lex.is_org_word(self.w(t))) else {
            return false;
        };
        let mut end = o;
        let followed_by_of = o + 2 < run.len() && matches!(self.w(&run[o + 1]), "of" | "for");
        if followed_by_of {
            // "Ministry of Trade and Industry" is one name; "... Affairs and
            // the Kenya Wildlife Service" is two.
            let is_and = |k: usize| self.w(&run[k]) == "and";
            let and_the = (o + 2..run.len())
                .find(|&k| is_and(k) && run.get(k + 1).is_some_and(|t| self.w(t) == "the"));
            let and_org = (o + 2..run.len()).rev().find(|&k| {
                is_and(k) && run[k + 1..].iter().any(|t| self.lex.is_org_word(self.w(t)))
            });
            end = and_the.or(and_org).map_or(run.len() - 1, |k| k - 1);
        }
        if end == 0 && o == 0 {
            return false;
        }
        self.push(run[0].start..run[end].end, Kind::Org, None);
        if end + 1 < run.len() {
            self.classify(&run[end + 1..]);
        }
        true
    }

    /// Marks tokens covered by gazetteer places (longest match first); with
    /// `emit`, records them. Hyphenated pairs ("U.S.-Colombia") are split.
    fn places(&mut self, run: &[Tok], emit: bool) -> Vec<bool> {
        let mut covered = vec![false; run.len()];
        let mut i = 0;
        while i < run.len() {
            let max = (i + self.gaz.max_tokens).min(run.len());
            let hit = (i + 1..=max)
                .rev()
                .find(|&j| self.gaz.is_place(self.slice(&run[i..j])));
            if let Some(j) = hit {
                covered[i..j].iter_mut().for_each(|c| *c = true);
                if emit {
                    self.push(run[i].start..run[j - 1].end, Kind::Place, None);
                }
                i = j;
                continue;
            }
            let w = self.w(&run[i]);
            if w.contains('-') {
                let mut pos = run[i].start;
                for part in w.split('-') {
                    let part_t = part.trim_end_matches('.');
                    if self.gaz.is_place(part) || self.gaz.is_place(part_t) {
                        covered[i] = true;
                        if emit {
                            self.push(pos..pos + part.len(), Kind::Place, None);
                        }
                    }
                    pos += part.len() + 1;
                }
            }
            i += 1;
        }
        covered
    }

    /// Resolves single words against surnames and reads headline lines.
    fn finish(&mut self, headlines: &[(usize, Vec<Tok>)]) {
        let mut surnames: HashSet<&str> = HashSet::new();
        let mut persons: HashSet<&str> = HashSet::new();
        let mut orgs: HashSet<&str> = HashSet::new();
        let lex = self.lex;
        for f in &self.out {
            let s = &self.text[f.span.clone()];
            match f.kind {
                Kind::Person => {
                    persons.insert(s);
                    let parts: Vec<&str> = s.split(' ').collect();
                    // A lone word a title named a person ("President
                    // Trump", "Mr. Kim") is a surname too.
                    let titled = parts.len() == 1 && f.cue.is_some();
                    for p in parts.iter().skip(usize::from(!titled)) {
                        if is_capitalised(p) && !p.ends_with('.') && !lex.is_particle(p) {
                            surnames.insert(p);
                        }
                    }
                }
                Kind::Org => {
                    orgs.insert(s);
                }
                _ => {}
            }
        }
        for r in std::mem::take(&mut self.pending) {
            if surnames.contains(&self.text[r.clone()]) {
                self.push(r, Kind::Person, None);
            }
        }
        for (_, toks) in headlines {
            let mut i = 0;
            while i < toks.len() {
                let mut hit = None;
                for j in (i + 1..=(i + 6).min(toks.len())).rev() {
                    if toks[i + 1..j].iter().any(|t| !t.joined) {
                        continue;
                    }
                    let s = self.slice(&toks[i..j]);
                    let kind = if persons.contains(s) || (j == i + 1 && surnames.contains(s)) {
                        Some(Kind::Person)
                    } else if orgs.contains(s) || self.lex.is_known_org(s) {
                        Some(Kind::Org)
                    } else if self.gaz.is_place(s) {
                        Some(Kind::Place)
                    } else {
                        None
                    };
                    if let Some(k) = kind {
                        hit = Some((j, k));
                        break;
                    }
                }
                match hit {
                    Some((j, k)) => {
                        self.push(toks[i].start..toks[j - 1].end, k, None);
                        i = j;
                    }
                    None => {
                        if self.is_acronym_tok(&toks[i]) {
                            self.acronym(&toks[i]);
                        }
                        i += 1;
                    }
                }
            }
        }
    }
}

/// Maps each name as written to the fullest name the corpus gives the same
/// entity: "Rubio" → "Marco Rubio", "Mr. Petro" → "Gustavo Petro". A short
/// form two different full names could claim maps to nothing.
pub fn canonical_names(names: &[(Kind, String)]) -> HashMap<String, String> {
    canonical::canonical_names(names)
}

#[cfg(test)]
mod tests;
