//! Corpus-level name merging: short forms to the fullest name.

use std::collections::HashMap;

use super::names::{Lexicon, fold};
use crate::engine::model::Kind;

/// Maps each name as written to the fullest name the corpus gives the same
/// entity. Short person names ("Rubio", "Mr. Petro") map to the one full
/// name they can belong to, and to nothing when two full names share them.
/// Matching ignores diacritics, case, titles and middle initials.
pub fn canonical_names(names: &[(Kind, String)]) -> HashMap<String, String> {
    let lex = Lexicon::new();
    let mut map = HashMap::new();
    // Group every name by its folded key, per kind.
    let mut groups: HashMap<(Kind, Vec<String>), Vec<&str>> = HashMap::new();
    for (kind, name) in names {
        let key = name_key(*kind, name, &lex);
        if !key.is_empty() {
            groups.entry((*kind, key)).or_default().push(name.as_str());
        }
    }
    let best = |forms: &[&str]| -> String {
        let mut v: Vec<&str> = forms.to_vec();
        v.sort_by_key(|f| {
            let non_ascii = f.chars().filter(|c| !c.is_ascii()).count();
            (
                std::cmp::Reverse(f.split_whitespace().count()),
                std::cmp::Reverse(non_ascii),
                std::cmp::Reverse(f.len()),
                f.to_string(),
            )
        });
        v[0].to_string()
    };
    let mut keys: Vec<&(Kind, Vec<String>)> = groups.keys().collect();
    keys.sort();
    for k in &keys {
        let (kind, key) = k;
        let target = if *kind == Kind::Person {
            let covering: Vec<&&(Kind, Vec<String>)> = keys
                .iter()
                .filter(|o| {
                    o.0 == Kind::Person
                        && o.1.len() > key.len()
                        && (covers(&o.1, key) || leads(&o.1, key))
                })
                .filter(|o| {
                    // Only maximal names count: "Donald Trump" inside
                    // "Donald J. Trump" is the same key already.
                    !keys
                        .iter()
                        .any(|p| p.0 == Kind::Person && p.1.len() > o.1.len() && covers(&p.1, &o.1))
                })
                .collect();
            match covering.len() {
                0 => Some(best(&groups[*k])),
                1 => Some(best(&groups[*covering[0]])),
                _ if key.len() >= 2 => Some(best(&groups[*k])),
                _ => None,
            }
        } else {
            Some(best(&groups[*k]))
        };
        if let Some(t) = target {
            for form in &groups[*k] {
                map.insert(form.to_string(), t.clone());
            }
        }
    }
    map
}

/// Lowercased, folded name tokens without titles, initials or particles.
fn name_key(kind: Kind, name: &str, lex: &Lexicon) -> Vec<String> {
    let mut toks: Vec<&str> = name.split_whitespace().collect();
    if kind != Kind::Person {
        if toks.first().is_some_and(|t| t.eq_ignore_ascii_case("the")) {
            toks.remove(0);
        }
        return toks.iter().map(|t| fold(t).to_lowercase()).collect();
    }
    while toks.len() > 1 && (lex.is_title(toks[0]) || lex.is_honorific(toks[0])) {
        toks.remove(0);
    }
    toks.iter()
        .filter(|t| {
            let initial = t.trim_end_matches('.').chars().count() == 1;
            !initial && !lex.is_particle(t) && !matches!(**t, "Jr." | "Sr." | "Jr" | "Sr")
        })
        // "Kim Jong-un" and "Kim Jong Un" are one name.
        .flat_map(|t| {
            fold(t.trim_end_matches(','))
                .to_lowercase()
                .split('-')
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether one word is the family name that opens a full name ("Kim" of
/// "Kim Jong Un", "Xi" of "Xi Jinping"). The extractor takes a lone word
/// for a person only where the text used it as a surname ("Mr. Kim"), so a
/// lone word that opens one full name is that person written family name
/// first; two full names it could belong to leave it unmapped.
fn leads(long: &[String], short: &[String]) -> bool {
    short.len() == 1 && long[0] == short[0]
}

/// Whether `short` can be a short form of `long`: same surname and first
/// name with parts left out ("Luiz Lula da Silva"), a trailing part
/// ("Lula da Silva"), or one word of it other than the first name ("Lula").
fn covers(long: &[String], short: &[String]) -> bool {
    if short.len() == 1 {
        return long[1..].contains(&short[0]);
    }
    if long.ends_with(short) {
        return true;
    }
    if short[0] != long[0] || short.last() != long.last() {
        return false;
    }
    let mut it = long.iter();
    short.iter().all(|s| it.any(|l| l == s))
}
