use super::{after_a_figure, after_beginning, fronted, in_clause_since, other_year, set_off_after};
use crate::engine::wordnet::Lexicon;

#[test]
fn only_a_time_opening_its_sentence_before_a_comma_is_fronted() {
    let at = |t: &str, time: &str| {
        let k = t.find(time).unwrap();
        fronted(t, 0, k..k + time.len())
    };
    assert!(at(
        "In 2022, a blast at the other quarry killed two.",
        "In 2022"
    ));
    assert!(at(
        "Back in 2019, the carmaker recalled 95,000 cars.",
        "in 2019"
    ));
    assert!(at(
        "\u{201c}Last year, we lost 40 jobs,\u{201d} he said.",
        "Last year"
    ));
    // Not at the start, or not set off by a comma.
    assert!(!at("The plant, closed in 2022, employed 300.", "in 2022"));
    assert!(!at(
        "Officials said in 2022, the plant employed 300.",
        "in 2022"
    ));
    assert!(!at("In 2022 the plant employed 300.", "In 2022"));
}

#[test]
fn only_a_time_after_the_value_and_a_comma_or_dash_is_set_off() {
    let text = "sold 540,000 tickets, which will be played from June 3";
    let (value, time) = (text.find(" tickets").unwrap(), text.find("June").unwrap());
    assert!(set_off_after(text, value, time));
    let plain = "sold 540,000 tickets from June 3";
    let (value, time) = (plain.find(" tickets").unwrap(), plain.find("June").unwrap());
    assert!(!set_off_after(plain, value, time));
    let before = "On June 3, the agency sold 540,000 tickets";
    assert!(!set_off_after(before, before.find(" tickets").unwrap(), 3));
}

#[test]
fn a_date_something_began_on_opens_the_period_it_tells_of() {
    let wordnet = Lexicon::embedded();
    let at = |text: &str| after_beginning(text, text.find("Jan").unwrap(), &wordnet);
    assert!(at(
        "The strike, which began on Jan. 11, closed 4,100 schools."
    ));
    assert!(at("talks that started in January 2027 ended"));
    assert!(!at("The storm hit on Jan. 11 and killed 40."));
    assert!(!at(
        "The strike, which ended on Jan. 11, closed 4,100 schools."
    ));
}

#[test]
fn a_date_closing_a_clause_on_since_is_that_clause_s() {
    let at = |text: &str| {
        let value = text.find("37").unwrap() + 2;
        in_clause_since(text, value, text.find("March").unwrap())
    };
    assert!(at(
        "It fired 37 staff and hired 200 since the inquiry began in March 2025."
    ));
    // A break after "since" closes its clause, whatever its width.
    assert!(!at(
        "It fired 37 staff since the inquiry began — in March 2025."
    ));
    assert!(!at("It fired 37 staff in March 2025."));
}

#[test]
fn a_year_right_after_a_figure_dates_it() {
    let at = |text: &str| after_a_figure(text, text.find("20").unwrap()).is_some();
    assert!(at("it hoped to lift visitors to 1.5 million in 2028."));
    assert!(at("up from 1.1 million in 2022, it said"));
    assert!(at("a 40% rise by 2030"));
    assert!(!at("12 people died in 2011 floods"));
    assert!(!at("The museum opened in 2011."));
    // "per cent" is the figure's, not words between it and the year.
    assert!(at("up from 41 per cent in a 2024 survey"));
    assert!(at("up from 41 percent in 2024"));
    // The word before the figure: a change's baseline, or not.
    let t = "58% back it, up from 41% in March.";
    assert_eq!(
        after_a_figure(t, t.find("March").unwrap()),
        Some(Some("from"))
    );
    let t = "Shops sold 3,000 in March.";
    assert_eq!(
        after_a_figure(t, t.find("March").unwrap()),
        Some(Some("sold"))
    );
    let t = "Shops sold 3,000 homes in March.";
    assert_eq!(after_a_figure(t, t.find("March").unwrap()), None);
}

#[test]
fn only_a_year_before_the_story_s_is_another_time() {
    assert!(other_year(2019, Some(2026)), "background");
    assert!(!other_year(2026, Some(2026)), "the story's own year");
    assert!(!other_year(2027, Some(2026)), "a plan: 'to close in 2027'");
    assert!(other_year(2027, None), "no story year to tell a plan by");
}
