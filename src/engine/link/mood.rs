//! Whether a value is stated as fact or only as a possibility: "winds
//! could reach 130 mph" and "a storm is a hurricane once its winds reach
//! 74 mph" say what may be or what counts as what, and an outlet that
//! states another figure does not dispute them (see `judge`).

use std::ops::Range;

use super::facts::Mention;
use crate::engine::load::Corpus;
use crate::engine::words::entries;

const HYPOTHETICAL: &str = include_str!("../../../assets/words/hypothetical_words.txt");

/// For each mention, whether a word of possibility or condition comes
/// before it in its clause.
pub(super) fn hypothetical(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    let words: Vec<&str> = entries(HYPOTHETICAL).collect();
    mentions
        .iter()
        .map(|m| governed(&corpus.articles[m.article].text, m.span.clone(), &words))
        .collect()
}

const DEADLINE: &str = include_str!("../../../assets/words/deadline_words.txt");

/// For each date mention, whether it is a bound ("by Dec 2", "before
/// Friday") rather than the day something happens.
pub(super) fn deadlines(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    let words: Vec<&str> = entries(DEADLINE).collect();
    mentions
        .iter()
        .map(|m| {
            m.kind == crate::engine::model::Kind::Date
                && bounded(&corpus.articles[m.article].text, m.span.start, &words)
        })
        .collect()
}

const HABITUAL: &str = include_str!("../../../assets/words/habitual_words.txt");

/// For each mention, whether its clause tells what usually happens
/// ("pharmacies normally fill 350,000 prescriptions a day", "against
/// 250,000 on a normal day") rather than what happened.
pub(super) fn habitual(corpus: &Corpus, mentions: &[Mention]) -> Vec<bool> {
    let words: Vec<&str> = entries(HABITUAL).collect();
    mentions
        .iter()
        .map(|m| usual(&corpus.articles[m.article].text, m.span.clone(), &words))
        .collect()
}

fn usual(text: &str, span: Range<usize>, words: &[&str]) -> bool {
    let stops = [';', ':', '\u{2014}'];
    let lead = super::clause::before_value(text, span.clone(), &stops);
    // The clause goes on after the value up to its next break: "250,000
    // on a normal day".
    let rest = &text[span.end..];
    let tail = &rest[..rest
        .find(|c: char| stops.contains(&c) || matches!(c, ',' | '.' | '\n' | '(' | '!' | '?'))
        .unwrap_or(rest.len())];
    let clause = format!(
        " {} ",
        super::clause::lower_words(&format!("{lead} {tail}"), &[]).join(" ")
    );
    words.iter().any(|w| clause.contains(&format!(" {w} ")))
}

fn bounded(text: &str, start: usize, words: &[&str]) -> bool {
    let from = text.floor_char_boundary(start.saturating_sub(40));
    let lead = text[from..start].trim_end().to_lowercase();
    // "by the end of June": the bound's words may come before the article.
    let lead = lead.strip_suffix(" the").unwrap_or(&lead);
    words.iter().any(|w| {
        lead.strip_suffix(w)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

fn governed(text: &str, span: Range<usize>, words: &[&str]) -> bool {
    // A clause ends at a semicolon, a colon or a dash; a comma may part a
    // condition from its main clause ("if talks fail, 3,000 trains will
    // stop"), so it does not end the reach.
    let lead = super::clause::before_value(text, span, &[';', ':', '\u{2014}']);
    // Lowercase but at the clause's start: "In May, 12 people died" names
    // a month; "If talks fail" and "Could 12 people…" open with a capital.
    lead.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
        .any(|(k, w)| {
            words
                .iter()
                .any(|h| w == *h || (k == 0 && w.eq_ignore_ascii_case(h)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hyp(text: &str, value: &str) -> bool {
        let at = text.find(value).expect("value in text");
        let words: Vec<&str> = entries(HYPOTHETICAL).collect();
        governed(text, at..at + value.len(), &words)
    }

    #[test]
    fn possibilities_and_conditions_are_not_statements() {
        assert!(hyp(
            "Forecasters warned that winds could reach 130 mph.",
            "130 mph"
        ));
        assert!(hyp(
            "It is a hurricane once its winds reach 74 mph.",
            "74 mph"
        ));
        assert!(hyp("If talks fail, 3,000 trains will stop.", "3,000"));
        assert!(hyp("The toll may rise to 40, officials said.", "40"));
        assert!(hyp(
            "Forecasters expect the storm to weaken to about 35 mph.",
            "35 mph"
        ));
        assert!(hyp(
            "The agency had warned of a surge of up to 4 metres.",
            "up to 4 metres"
        ));
    }

    #[test]
    fn statements_of_what_happened_are() {
        assert!(!hyp("Winds reached 130 mph at landfall.", "130 mph"));
        assert!(!hyp("The storm killed 12 people, officials said.", "12"));
        // A possibility in an earlier clause does not reach past a semicolon.
        assert!(!hyp(
            "It could get worse; so far 12 people have died.",
            "12"
        ));
        // "May" the month is no modal.
        assert!(!hyp("In May, 12 people died.", "12"));
        assert!(!hyp("Since early May the fire has burned 40 homes.", "40"));
    }

    fn habit(text: &str, value: &str) -> bool {
        let at = text.find(value).expect("value in text");
        let words: Vec<&str> = entries(HABITUAL).collect();
        usual(text, at..at + value.len(), &words)
    }

    #[test]
    fn a_usual_figure_is_told_by_a_word_of_habit_in_its_clause() {
        assert!(habit(
            "Pharmacies normally fill about 350,000 prescriptions a day.",
            "350,000"
        ));
        assert!(habit(
            "On an ordinary weekday, pharmacies dispense some 350,000 prescriptions.",
            "350,000"
        ));
        assert!(habit(
            "It said 180,000 rides were completed, against 250,000 on a normal day.",
            "250,000"
        ));
    }

    #[test]
    fn a_figure_of_what_happened_is_not_usual() {
        assert!(!habit(
            "It said 180,000 rides were completed, against 250,000 on a normal day.",
            "180,000"
        ));
        assert!(!habit(
            "About 260,000 prescriptions went unfilled on Monday.",
            "260,000"
        ));
        // A habit in another clause does not reach past a semicolon.
        assert!(!habit(
            "Pharmacies usually open at eight; on Monday 2,340 stayed shut.",
            "2,340"
        ));
        // "abnormally" is no "normally".
        assert!(!habit(
            "Rivers rose an abnormally high 4 metres.",
            "4 metres"
        ));
    }

    #[test]
    fn the_word_list_is_well_formed() {
        crate::engine::words::assert_well_formed(HABITUAL, &["normally", "on a normal day"]);
        crate::engine::words::assert_well_formed(HYPOTHETICAL, &["could", "if"]);
        crate::engine::words::assert_well_formed(DEADLINE, &["by", "no later than"]);
    }

    fn bound(text: &str, value: &str) -> bool {
        let words: Vec<&str> = entries(DEADLINE).collect();
        bounded(text, text.find(value).expect("value in text"), &words)
    }

    #[test]
    fn a_date_after_by_or_before_is_a_bound() {
        assert!(bound("She must dissolve the house by Dec 2.", "Dec 2"));
        assert!(bound("Bids are due no later than 30 June.", "30 June"));
        assert!(bound(
            "The rules apply before the end of March.",
            "end of March"
        ));
        assert!(!bound("She will sign the decree on Dec 2.", "Dec 2"));
        // "by" must be a word of its own.
        assert!(!bound("Voters in Shelby Dec 2 turned out.", "Dec 2"));
        assert!(!bound("The hearing was held on Friday.", "Friday"));
    }
}
