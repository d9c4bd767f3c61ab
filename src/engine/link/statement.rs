//! Dates that date a statement ("Trump said on Friday") rather than the
//! event the statement is about.

use super::context::ArticleTerms;
use super::lexicon::Lexicon;
use super::tokens::Break;

/// The event of a date that dates a statement rather than what it reports.
pub const STATEMENT: &str = "~statement";

/// How many words back from a date its reporting verb may stand.
const STATEMENT_REACH: usize = 5;

/// Whether the date covering tokens `first..last` hangs on a reporting verb.
pub fn dates_a_statement(at: &ArticleTerms, lexicon: &Lexicon, first: usize, last: usize) -> bool {
    let sentence = match at.tokens.get(first) {
        Some(t) => t.sentence,
        None => return false,
    };
    let is_verb = |j: usize| lexicon.is_reporting_verb(&at.tokens[j].lower);
    let is_glue = |j: usize| lexicon.is_date_glue(&at.tokens[j].lower);
    // The audience a statement was made to may stand between its verb and
    // its date: "told Fox News on Wednesday", "speaking on CNN on Friday".
    let is_name = |j: usize| at.tokens[j].capitalized && at.tokens[j].before == Break::None;
    let mut j = first;
    while j > 0 && first - j < STATEMENT_REACH {
        j -= 1;
        if at.tokens[j].sentence != sentence {
            break;
        }
        if is_verb(j) {
            return true;
        }
        if !is_glue(j) && !is_name(j) {
            break;
        }
    }
    // "…, Trump said Friday." / "Friday, officials said"
    if last < at.tokens.len() && at.tokens[last].sentence == sentence && is_verb(last) {
        return true;
    }
    // A date opening its sentence dates the statement its subject makes:
    // "Also on Thursday, Trump had said …", "On Friday, officials said".
    let lead_in = (0..first)
        .rev()
        .take_while(|&j| at.tokens[j].sentence == sentence)
        .take(LEAD_IN + 1)
        .count();
    if lead_in > LEAD_IN {
        return false;
    }
    for k in last..(last + STATEMENT_REACH).min(at.tokens.len()) {
        let t = &at.tokens[k];
        if t.sentence != sentence
            || (k > last && t.before != Break::None)
            || t.before == Break::Clause
        {
            return false;
        }
        if is_verb(k) {
            return true;
        }
    }
    false
}

/// How many words ("also on") may come before a date that opens its
/// sentence.
const LEAD_IN: usize = 2;

#[cfg(test)]
mod tests {
    use super::super::context::{Vocab, plain_terms};
    use super::*;

    fn statement_date(text: &str, date: &str) -> bool {
        let lx = Lexicon::new();
        let mut vocab = Vocab::default();
        let at = plain_terms(text, &mut vocab);
        let first = at.tokens.iter().position(|t| t.lower == date).unwrap();
        dates_a_statement(&at, &lx, first, first + 1)
    }

    #[test]
    fn dates_on_reporting_verbs_date_the_statement() {
        assert!(statement_date(
            "The minister said on Friday that talks would resume.",
            "friday"
        ));
        assert!(statement_date(
            "Officials announced last Tuesday a new inquiry.",
            "tuesday"
        ));
        assert!(statement_date(
            "Talks will resume, the union said Monday.",
            "monday"
        ));
    }

    #[test]
    fn the_audience_named_between_verb_and_date_keeps_it_a_statement_date() {
        assert!(statement_date(
            "The mayor told Channel Nine News on Wednesday that roads were shut.",
            "wednesday"
        ));
        assert!(statement_date(
            "Speaking on Radio Kent on Friday, the minister defended the plan.",
            "friday"
        ));
        // A name after a verb that reports nothing is where it happened.
        assert!(!statement_date(
            "The storm hit Port Ellis on Friday, officials said.",
            "friday"
        ));
    }

    #[test]
    fn a_date_opening_its_sentence_dates_what_its_subject_says() {
        assert!(statement_date(
            "Also on Thursday, Mayor Ruiz had said the roads would reopen.",
            "thursday"
        ));
        assert!(statement_date(
            "On Friday, officials said the bridge was safe.",
            "friday"
        ));
        assert!(!statement_date(
            "On Friday, postal workers intercepted two more parcels.",
            "friday"
        ));
        assert!(!statement_date(
            "On Friday, the storm hit the coast, officials said.",
            "friday"
        ));
        // Not opening the sentence: the date is the event's.
        assert!(!statement_date(
            "The council voted late on Friday, and the mayor said it was final.",
            "friday"
        ));
    }

    #[test]
    fn dates_of_events_are_not_statements() {
        assert!(!statement_date(
            "The quake struck on Friday, officials said.",
            "friday"
        ));
        assert!(!statement_date(
            "The two leaders met on Tuesday in Geneva.",
            "tuesday"
        ));
    }
}
