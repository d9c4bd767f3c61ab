//! Currencies the extractor does not know by name, recognised by how an
//! article converts them: "cuts of 14.4 billion kolars ($2.1 billion)".
//! A count of some thing restated in brackets as a sum is itself a sum,
//! and so is every other count of that thing in the article ("a rival
//! plan of 9bn kolars").

use std::collections::HashSet;

use super::Patterns;
use crate::engine::model::{Extracted, Kind, Value};

/// Turns counts of a currency the article converts in brackets into sums
/// in that currency (named as written, "kolars"). `kept` is the article's
/// settled mentions, sorted by start.
pub fn sums_in_named_currencies(p: &Patterns, text: &str, kept: &mut [Extracted]) {
    let values: Vec<usize> = (0..kept.len())
        .filter(|&k| !kept[k].kind.is_entity() && kept[k].kind != Kind::Quote)
        .collect();
    let mut named: HashSet<String> = HashSet::new();
    for w in values.windows(2) {
        let (a, b) = (&kept[w[0]], &kept[w[1]]);
        // The bracket holds the sum alone: "14,000 tickets ($45 each)" is
        // a price beside a count.
        let restated_as_sum = b.kind == Kind::Money
            && a.span.end <= b.span.start
            && text[a.span.end..b.span.start].trim() == "("
            && text[b.span.end..].trim_start().starts_with(')');
        // A thing of everyday use is no currency, whatever its worth:
        // "2 million barrels ($150 million)"; a word one of whose senses is
        // a monetary unit is ("3.4 million marks (about 680,000 euros)").
        let wordnet = p.classes.wordnet();
        if let (true, Some(noun)) = (restated_as_sum, currency_noun(a))
            && (wordnet.noun_classes_any(noun).is_none() || wordnet.is_monetary_unit(noun))
        {
            named.insert(noun.to_string());
        }
    }
    if named.is_empty() {
        return;
    }
    for m in kept.iter_mut() {
        if m.kind == Kind::Count
            && let Some(sum) = named_sum(&m.value, &named)
        {
            (m.kind, m.value, m.cue) = (Kind::Money, sum, None);
        }
    }
}

/// A count of one of the `named` currencies as a sum in it; shared with
/// the pass that carries an article's named currencies to the others
/// (`link::read`).
pub fn named_sum(value: &Value, named: &HashSet<String>) -> Option<Value> {
    match value {
        Value::Count {
            amount,
            noun: Some(noun),
        } if named.contains(noun) => Some(Value::Money {
            amount: *amount,
            currency: noun.clone(),
        }),
        _ => None,
    }
}

/// Whether a sum's currency is one named this way (as written, lowercase;
/// the currencies the extractor knows are codes).
pub fn is_named_currency(currency: &str) -> bool {
    !currency.is_empty() && currency.chars().all(|c| c.is_ascii_lowercase())
}

/// The noun of a count that could name a currency: one lowercase word.
fn currency_noun(m: &Extracted) -> Option<&str> {
    match &m.value {
        Value::Count {
            noun: Some(noun), ..
        } if m.kind == Kind::Count && is_named_currency(noun) => Some(noun.as_str()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::extract::extract;
    use crate::engine::model::{DocInfo, Kind, Value};

    fn sums(text: &str) -> Vec<(String, String)> {
        extract(text, &DocInfo::default())
            .into_iter()
            .filter_map(|e| match e.value {
                Value::Money { currency, .. } if e.kind == Kind::Money => {
                    Some((text[e.span].to_string(), currency))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_count_converted_in_brackets_is_a_sum_and_so_are_its_like() {
        let found = sums(
            "The budget cuts 14.4 billion kolars ($2.1 billion). A rival plan cut 9bn kolars and 300 jobs.",
        );
        let named: Vec<&str> = found
            .iter()
            .filter(|(_, c)| c == "kolars")
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(named, ["14.4 billion kolars", "9bn kolars"], "{found:?}");
        assert!(found.iter().all(|(s, _)| s != "300 jobs"), "{found:?}");
    }

    #[test]
    fn a_count_of_things_beside_a_sum_stays_a_count() {
        for text in [
            "They sold 14,000 tickets, $2.1 million in all.",
            "They sold 14,000 tickets ($45 each).",
            "Exports reached 2 million barrels ($150 million).",
        ] {
            let found = sums(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].0.starts_with('$'), "{text}: {found:?}");
        }
    }
}
