use super::extract;
use crate::engine::extract::Extractor;
use crate::engine::model::{DocInfo, Interval, Kind, Value};

fn ages(text: &str) -> Vec<(String, Interval)> {
    extract(text, &DocInfo::default())
        .into_iter()
        .map(|e| match e.value {
            Value::Quantity { amount, unit } => {
                assert_eq!(unit, "years");
                (text[e.span].to_string(), amount)
            }
            other => panic!("age extractor produced {other:?}"),
        })
        .collect()
}

fn one(text: &str) -> (String, Interval) {
    let mut all = ages(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.remove(0)
}

#[test]
fn ages_in_their_usual_spellings() {
    let cases = [
        ("Officers said Grant, 44, had no record.", "44", 44.0),
        ("the 59-year-old teacher retired", "59-year-old", 59.0),
        (
            "a seventy-two-year-old farmer",
            "seventy-two-year-old",
            72.0,
        ),
        ("a woman aged 72 was rescued", "aged 72", 72.0),
        ("she stepped down at age 68", "age 68", 68.0),
        ("he died at the age of 91", "at the age of 91", 91.0),
        ("the pilot is 68 years old", "68 years old", 68.0),
        ("a driver 30 years of age", "30 years of age", 30.0),
        ("The mayor, Lopez Jr., 56, spoke.", "56", 56.0),
        ("a 15 year old boy", "15 year old", 15.0),
        // Names spelled with letters beyond ASCII.
        ("Rafael Mendão, 23, signed on Saturday.", "23", 23.0),
        ("Chief Inspector Dvořák, 47, said so.", "47", 47.0),
        // A fact box's line.
        ("FACT BOX: Teodor Vask\n- Age: 58\n", "Age: 58", 58.0),
    ];
    for (text, span, years) in cases {
        let (s, v) = one(text);
        assert_eq!(s, span, "{text}");
        assert_eq!(v, Interval::exact(years), "{text}");
    }
}

#[test]
fn decades_are_ranges() {
    let (s, v) = one("a tall man in his 50s was seen");
    assert_eq!(s, "in his 50s");
    assert!(v.overlaps(&Interval::exact(50.0)) && v.overlaps(&Interval::exact(59.5)));
    assert!(!v.overlaps(&Interval::exact(60.0)));
    let late = one("a woman in her late sixties").1;
    assert!(late.overlaps(&Interval::exact(68.0)) && !late.overlaps(&Interval::exact(62.0)));
}

#[test]
fn babies_are_fractions_of_a_year() {
    let (_, v) = one("an 18-month-old girl");
    assert_eq!(v, Interval::exact(1.5));
}

#[test]
fn commas_around_other_numbers_are_not_ages() {
    for text in [
        "On June 5, 2019, the bill passed.",
        "Pages 3, 44, and 51 were torn.",
        "By Friday, 12, people had left.",
        "In Chapter 11, 40 firms",
        "Smith, 44,000 votes ahead",
        "A ratio of 4.5, 3.2",
    ] {
        let found = ages(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn counts_and_durations_with_year_are_not_ages() {
    for text in ["a 15-year sentence", "for 68 years", "the age of austerity"] {
        let found = ages(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn ages_are_not_counts_or_durations_in_the_full_extraction() {
    let text = "Grant, 44, and the 59-year-old Moss were charged. Moss is 59 years old.";
    let all = Extractor::new().extract(text, &DocInfo::default());
    let kinds: Vec<(&str, Kind)> = all
        .iter()
        .filter(|e| !e.kind.is_entity())
        .map(|e| (&text[e.span.clone()], e.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("44", Kind::Age),
            ("59-year-old", Kind::Age),
            ("59 years old", Kind::Age)
        ]
    );
}

#[test]
fn a_bracketed_number_after_a_name_is_an_age() {
    assert_eq!(
        one("Capt. Joran Meller (52) flew it."),
        ("52".into(), Interval::exact(52.0))
    );
    for text in [
        "See Section (3) below.",
        // Two digits, but no adult's age: a numbered item.
        "Read Clause (12) first.",
        "Labour (452) won.",
        "the (52) votes",
    ] {
        let found = ages(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn an_age_threshold_and_where_it_moves_are_ages() {
    for (text, span, years) in [
        ("Their average age was 64, the study said.", "64", 64.0),
        ("a retirement age of 67 for all", "67", 67.0),
        ("lower the voting age to 16 next year", "16", 16.0),
    ] {
        let (s, v) = one(text);
        assert_eq!(s, span, "{text}");
        assert_eq!(v, Interval::exact(years), "{text}");
    }
    let found = ages("The reform raises the pension age from 62 to 64 by 2035.");
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(spans, ["62", "64"]);
    // "to" after any other age is no second age: "aged 40 to 50" is not
    // a threshold moving.
    assert_eq!(ages("men aged 40 to 50 were asked").len(), 1);
}

#[test]
fn a_person_who_was_a_number_at_a_clause_s_end_is_that_age() {
    let (s, v) = one("She died at home. She was 88.");
    assert_eq!((s.as_str(), v), ("88", Interval::exact(88.0)));
    let (s, _) = one("Her rival, who was 91 when he died, wrote less.");
    assert_eq!(s, "91");
    // Not a number that goes on, nor one about something else.
    assert!(ages("He is 1,000 miles away.").is_empty());
    assert!(ages("He was 5 points behind.").is_empty());
    assert!(ages("The score was 88.").is_empty());
}

#[test]
fn a_spelled_age_after_aged_and_a_family_name_cut_to_its_initial() {
    let (s, v) = one("The boy, aged nine, was pulled from the water.");
    assert_eq!((s.as_str(), v.lo), ("aged nine", 9.0));
    let both = ages("The suspects, Marek D., 27, and Tomas V. (34), were held.");
    let got: Vec<(&str, f64)> = both.iter().map(|(s, v)| (s.as_str(), v.lo)).collect();
    assert_eq!(got, [("27", 27.0), ("34", 34.0)]);
    // An initial after no given name is no family name ("In Sept. 5").
    assert!(ages("He left in Sept. 5, 2019, and the U.S. 44 stayed.").is_empty());
    assert!(ages("The polls shut at 8 p.m. 44 votes were late.").is_empty());
}

#[test]
fn a_thing_may_be_older_than_anyone() {
    assert_eq!(
        one("The 138-year-old dormitory burned.").1,
        Interval::exact(138.0)
    );
    assert_eq!(
        one("the 200-year-old company closed").1,
        Interval::exact(200.0)
    );
    // A person that old is a misreading, and a thing older than any
    // building is no age the stories compare.
    assert!(ages("A 130-year-old man was found.").is_empty());
    assert!(ages("the 40,000-year-old bones").is_empty());
}

#[test]
fn a_qualifier_before_an_age_bends_it() {
    let (span, nearly) = one("The nearly 60-year-old dam gave way.");
    assert_eq!(span, "nearly 60-year-old");
    let at = |v: f64| Interval::exact(v);
    assert!(
        nearly.overlaps(&at(59.0)) && !nearly.overlaps(&at(60.0)),
        "{nearly:?}"
    );
    let (span, about) = one("The oldest was about 46 years old.");
    assert_eq!(span, "about 46 years old");
    assert!(about.overlaps(&at(47.0)), "{about:?}");
    assert_eq!(one("A 59-year-old man died.").1, Interval::exact(59.0));
}

#[test]
fn a_number_set_off_after_a_person_is_their_age() {
    assert_eq!(one("The driver, 41, passed a breath test.").0, "41");
    assert_eq!(one("The victim (19) died in hospital.").0, "19");
    // Nor one the story brings in.
    assert_eq!(one("A man, 71, was found in the underpass.").0, "71");
    // Not after a group, a plural, a thing, or a noun with no article.
    for text in [
        "The team, 41, arrived late.",
        "The drivers, 41, were tested.",
        "The bridge, 41, was closed.",
        "Of every driver, 41, were tested.",
        "In the quarter, 12, 13 and 14 were sold.",
    ] {
        assert!(ages(text).is_empty(), "{text}: {:?}", ages(text));
    }
}

#[test]
fn a_person_of_so_many_years_is_an_age() {
    for text in [
        "The youngest was a boy of 12 who had come with his family.",
        "A girl of 12 broke her ankle.",
        "The victim, a man of 12, was named.",
    ] {
        assert_eq!(
            one(text),
            ("12".to_string(), Interval::exact(12.0)),
            "{text}"
        );
    }
    // A group, a rate or a weight of a person is no age.
    for text in [
        "They sent a team of 12 to the site.",
        "It set a rate of 12% for the year.",
        "He was a man of 90 kg.",
        "a population of 45 000",
    ] {
        assert!(ages(text).is_empty(), "{text}: {:?}", ages(text));
    }
}

#[test]
fn an_age_before_a_dash_that_closes_an_aside_counts() {
    assert_eq!(
        one("The crew — and producer Mara Lind, 29 — were held.").0,
        "29"
    );
    // A dash between two numbers is a score or a range, no age.
    assert!(ages("Halvik, 2 – 1 winners at home").is_empty());
}

#[test]
fn the_youngest_or_oldest_of_a_group_is_told_by_age() {
    assert_eq!(
        one("The youngest of those charged is 23.").1,
        Interval::exact(23.0)
    );
    assert_eq!(
        one("The oldest victim, a retired teacher, was 88 when she died.").1,
        Interval::exact(88.0)
    );
    assert_eq!(
        one("The youngest trainee aboard was just 16.").1,
        Interval::exact(16.0)
    );
    assert_eq!(one("The youngest victim was three.").0, "three");
    // What follows may make the number another figure.
    for text in [
        "The oldest bridge in the city is 12 kilometres upstream.",
        "The youngest voters' turnout was 41% last time.",
        "The oldest of the plants was 1,200 tonnes over its limit.",
    ] {
        assert!(ages(text).is_empty(), "{text}: {:?}", ages(text));
    }
}
