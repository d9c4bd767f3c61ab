//! Sentences that set something else beside the story's subject: "By
//! comparison, the fire department in Lakeport aims to reach 90 percent of
//! calls within 8 minutes." Their figures are the other thing's; another
//! outlet's figure for the story's own subject that differs from one is
//! no dispute (see `block`).

use super::facts::Mention;
use crate::engine::extract::anchor::sentence_of;
use crate::engine::load::Corpus;
use crate::engine::words::entries;

const LEADS: &str = include_str!("../../../assets/words/contrast_leads.txt");

/// For each mention, whether its sentence opens on a word of contrast.
pub(super) fn contrasted(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    let leads: Vec<&str> = entries(LEADS).collect();
    mentions
        .iter()
        .map(|m| {
            let text = &corpus.articles[m.article].text;
            opens_on(&text[sentence_of(text, m.span.clone())], &leads)
        })
        .collect()
}

fn opens_on(sentence: &str, leads: &[&str]) -> bool {
    let start: String = sentence
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take(24)
        .collect::<String>()
        .to_lowercase();
    leads.iter().any(|l| {
        start
            .strip_prefix(l)
            .is_some_and(|rest| rest.starts_with([',', ' ']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_opening_on_contrast_sets_another_thing_beside() {
        let leads: Vec<&str> = entries(LEADS).collect();
        assert!(opens_on(
            "By comparison, the fire department aims to reach 90 percent.",
            &leads
        ));
        assert!(opens_on(
            "In contrast the older plant made 40 vans.",
            &leads
        ));
        assert!(!opens_on(
            "The service reached 58.4% of calls, by comparison with 61%.",
            &leads
        ));
        assert!(!opens_on("Bycomparisons are odd.", &leads));
    }
}
