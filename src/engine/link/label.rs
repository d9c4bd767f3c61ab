//! Short readable names for facts: "phone call · length", "killed · count".

use std::collections::HashMap;

use super::lexicon::Lexicon;
use crate::engine::model::{Kind, Value};

/// The attribute a kind of value states about its subject.
pub fn attribute(kind: Kind, value: &Value) -> &'static str {
    match (kind, value) {
        (Kind::Duration, _) => "length",
        (Kind::Date, _) => "date",
        (Kind::Time, _) => "time",
        (Kind::Quantity, Value::Quantity { unit, .. }) => match unit.as_str() {
            "m" => "distance",
            "kg" => "weight",
            "l" => "volume",
            "m2" => "area",
            "m/s" => "speed",
            "C" => "temperature",
            "deg" => "degrees",
            "magnitude" => "magnitude",
            "W" => "power",
            "Pa" => "pressure",
            "Wh" => "energy",
            "B" => "data",
            "g/l" | "ppm" => "concentration",
            _ => "amount",
        },
        (Kind::Quantity, _) => "amount",
        (Kind::Money, _) => "amount",
        (Kind::Count, _) => "count",
        (Kind::Percent, _) => "share",
        (Kind::Age, _) => "age",
        (Kind::Quote, _) => "quote",
        (Kind::Person | Kind::Org | Kind::Place, _) => "",
    }
}

/// Picks the subject of a fact: the cue its mentions most often name, or
/// else the context word with the most weight across its mentions
/// (counting only words that at least two mentions share, when there are
/// two or more mentions). Only words that can name a thing are candidates
/// (`naming` above 0: nouns, not "went", "though" or a person's name), and
/// a word's weight is scaled by how surely it names one (`naming`: a noun
/// that is also an adjective, "local", "national", less than "missile");
/// with no cue and none shared, the weightiest of any mention names it.
pub fn subject(
    cues: &[Option<String>],
    contexts: &[&[(u32, f32)]],
    surface: &dyn Fn(u32) -> String,
    naming: &dyn Fn(u32) -> f32,
) -> Option<String> {
    let need = if contexts.len() >= 2 { 2 } else { 1 };
    let shared_word = || best_word(contexts, surface, naming, need);
    let mut cue_count: HashMap<&str, usize> = HashMap::new();
    for c in cues.iter().flatten() {
        *cue_count.entry(c.as_str()).or_default() += 1;
    }
    let top_cue = cue_count
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)));
    // A cue one mention of many names ("to the tune of $3.5 billion") is
    // that outlet's wording; a word most mentions share names the fact.
    match top_cue {
        Some((c, n)) if n >= 2 || contexts.len() < 2 => return Some(c.to_string()),
        Some((c, _)) => return shared_word().or_else(|| Some(c.to_string())),
        None => {}
    }
    shared_word().or_else(|| best_word(contexts, surface, naming, 1))
}

/// The nameable context word with the most weight across the mentions,
/// counting only words that at least `need` mentions hold.
fn best_word(
    contexts: &[&[(u32, f32)]],
    surface: &dyn Fn(u32) -> String,
    naming: &dyn Fn(u32) -> f32,
    need: usize,
) -> Option<String> {
    let mut total: HashMap<u32, (f32, usize)> = HashMap::new();
    for bag in contexts {
        for &(t, w) in bag.iter() {
            let n = naming(t);
            if n <= 0.0 {
                continue;
            }
            let e = total.entry(t).or_default();
            e.0 += w * n;
            e.1 += 1;
        }
    }
    total
        .into_iter()
        .filter(|(_, (_, n))| *n >= need)
        .max_by(|a, b| {
            a.1.0
                .partial_cmp(&b.1.0)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(b.0.cmp(&a.0))
        })
        .map(|(t, _)| surface(t))
}

/// "subject · attribute", or just the one that is known.
pub fn compose(subject: Option<&str>, attribute: &str) -> String {
    match (subject.map(Lexicon::readable), attribute) {
        (Some(s), "") => s.to_string(),
        (Some(s), a) => format!("{s} · {a}"),
        (None, "") => "entity".to_string(),
        (None, a) => a.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANY: fn(u32) -> f32 = |_| 1.0;

    #[test]
    fn cues_win_over_context_words() {
        let cues = vec![
            Some("phone call".to_string()),
            None,
            Some("phone call".to_string()),
        ];
        let bags: Vec<&[(u32, f32)]> = vec![&[(1, 0.9)], &[(1, 0.8)], &[]];
        let s = subject(&cues, &bags, &|t| format!("w{t}"), &ANY);
        assert_eq!(s.as_deref(), Some("phone call"));
    }

    #[test]
    fn shared_context_word_names_the_subject() {
        let bags: Vec<&[(u32, f32)]> = vec![&[(1, 0.9), (2, 2.0)], &[(1, 0.8), (3, 3.0)]];
        let s = subject(&[None, None], &bags, &|t| format!("w{t}"), &ANY);
        assert_eq!(s.as_deref(), Some("w1"), "w2 and w3 are not shared");
        assert_eq!(compose(Some("~call"), "length"), "call · length");
        assert_eq!(compose(None, "date"), "date");
    }

    #[test]
    fn one_outlets_cue_gives_way_to_a_word_the_mentions_share() {
        let cues = vec![Some("tune".to_string()), None, None];
        let bags: Vec<&[(u32, f32)]> = vec![&[(1, 0.6)], &[(1, 0.7)], &[(1, 0.8), (2, 1.5)]];
        let s = subject(&cues, &bags, &|t| format!("w{t}"), &ANY);
        assert_eq!(s.as_deref(), Some("w1"));
        // With nothing shared the lone cue still names it.
        let lone: Vec<&[(u32, f32)]> = vec![&[(3, 0.6)], &[(4, 0.7)], &[]];
        let s = subject(&cues, &lone, &|t| format!("w{t}"), &ANY);
        assert_eq!(s.as_deref(), Some("tune"));
    }

    #[test]
    fn words_that_cannot_name_a_thing_never_label_a_fact() {
        // w2 weighs most and both mentions share it, but it is a verb form
        // ("went"); w1, a noun they share, names the fact.
        let bags: Vec<&[(u32, f32)]> = vec![&[(1, 0.5), (2, 2.0)], &[(1, 0.4), (2, 2.0)]];
        let nouns = |t: u32| if t == 2 { 0.0 } else { 1.0 };
        let s = subject(&[None, None], &bags, &|t| format!("w{t}"), &nouns);
        assert_eq!(s.as_deref(), Some("w1"));
        // Sharing no noun, the weightiest noun of either mention names it.
        let apart: Vec<&[(u32, f32)]> = vec![&[(3, 0.5), (2, 2.0)], &[(4, 0.9), (2, 2.0)]];
        let s = subject(&[None, None], &apart, &|t| format!("w{t}"), &nouns);
        assert_eq!(s.as_deref(), Some("w4"));
        let none: Vec<&[(u32, f32)]> = vec![&[(2, 2.0)], &[(2, 1.0)]];
        assert_eq!(
            subject(&[None, None], &none, &|t| format!("w{t}"), &nouns),
            None
        );
    }

    #[test]
    fn a_word_that_is_also_an_adjective_names_a_fact_only_failing_a_plain_noun() {
        // w2 ("local") weighs more than w1 ("missile") but reads as an
        // adjective too; w1 names the fact. Alone, w2 still does.
        let bags: Vec<&[(u32, f32)]> = vec![&[(1, 0.5), (2, 0.9)], &[(1, 0.5), (2, 0.9)]];
        let naming = |t: u32| if t == 2 { 0.4 } else { 1.0 };
        let s = subject(&[None, None], &bags, &|t| format!("w{t}"), &naming);
        assert_eq!(s.as_deref(), Some("w1"));
        let only: Vec<&[(u32, f32)]> = vec![&[(2, 0.9)], &[(2, 0.9)]];
        let s = subject(&[None, None], &only, &|t| format!("w{t}"), &naming);
        assert_eq!(s.as_deref(), Some("w2"));
    }
}
