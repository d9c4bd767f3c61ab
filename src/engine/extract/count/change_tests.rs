//! Bare numbers read as the amount a verb of change reached or left.
use crate::engine::extract::count::extract;
use crate::engine::model::{DocInfo, Kind, Value};

fn counts(text: &str) -> Vec<(String, f64, String)> {
    extract(text, &DocInfo::default())
        .into_iter()
        .filter(|e| e.kind == Kind::Count)
        .map(|e| match e.value {
            Value::Count { amount, noun } => {
                (text[e.span].to_string(), amount.point(), noun.unwrap())
            }
            _ => unreachable!(),
        })
        .collect()
}

#[test]
fn the_subject_of_a_change_is_what_a_bare_number_counts() {
    assert_eq!(
        counts("Ferry crossings have steadily fallen in recent years, to 12,000 last season."),
        [("12,000".to_string(), 12_000.0, "crossings".to_string())]
    );
    assert_eq!(
        counts("Visitors rose to 85,000 from a peak of 1.2 million in the boom."),
        [
            ("85,000".to_string(), 85_000.0, "visitors".to_string()),
            (
                "1.2 million".to_string(),
                1_200_000.0,
                "visitors".to_string()
            ),
        ]
    );
    assert_eq!(
        counts("Applications dropped to about 3,400 this spring."),
        [(
            "about 3,400".to_string(),
            3_400.0,
            "applications".to_string()
        )]
    );
}

#[test]
fn a_preposition_after_the_number_is_no_unit() {
    // "in" is read as inches only glued to a number ("12.2in").
    assert_eq!(
        counts("Arrests have fallen to 400,000 in the last fiscal year."),
        [("400,000".to_string(), 400_000.0, "arrests".to_string())]
    );
}

#[test]
fn a_body_of_people_that_changed_counts_its_members_and_its_change() {
    assert_eq!(
        counts("The country's population grew by 318,450 over the decade to 8,412,306."),
        [
            ("318,450".to_string(), 318_450.0, "population".to_string()),
            (
                "8,412,306".to_string(),
                8_412_306.0,
                "population".to_string()
            ),
        ]
    );
}

#[test]
fn no_change_verb_or_no_plural_subject_counts_nothing() {
    for text in [
        // No verb of change: a bare number after "to" is no count.
        "The museum moved to 1200 Main Street.",
        "Tickets were sold to 3,000 on Monday.",
        // The subject is no plural noun.
        "Unemployment fell to 4,500 in March.",
        "The index rose to 25,000 on Friday.",
        // A base form is as often a noun: "the rise to".
        "Their rise to 3,000 members was quick.",
        // Spelled small numbers after a change say too little.
        "Sales fell to two.",
        // "by" after no verb of change is an agent or a deadline.
        "The plan was approved by 3,000 on Monday.",
    ] {
        let found = counts(text);
        assert!(found.iter().all(|c| c.2 == "members"), "{text}: {found:?}");
    }
}

#[test]
fn the_subject_may_stand_before_a_phrase_of_place_or_of_what() {
    assert_eq!(
        counts("Deaths in Drevan province rose to 412 on Friday."),
        [("412".to_string(), 412.0, "deaths".to_string())]
    );
    assert_eq!(
        counts("The number of lynx sightings in the park has climbed to 148."),
        [("148".to_string(), 148.0, "sightings".to_string())]
    );
    // A singular noun before the phrase counts nothing.
    assert!(counts("The level of the lake in the valley rose to 148.").is_empty());
}

#[test]
fn a_bare_verb_of_change_after_a_modal_is_a_verb() {
    assert_eq!(
        counts("The population will fall to 7.9 million by 2050."),
        [(
            "7.9 million".to_string(),
            7_900_000.0,
            "population".to_string()
        )]
    );
    // Without one, "rise" is as often a noun.
    assert!(counts("Members hailed the rise to 400,000 as a record.").is_empty());
}

#[test]
fn a_change_reaches_its_number_past_a_time_phrase_a_percentage_or_a_particle() {
    let one = |text: &str, written: &str, noun: &str| {
        assert_eq!(
            counts(text)
                .into_iter()
                .map(|c| (c.0, c.2))
                .collect::<Vec<_>>(),
            [(written.to_string(), noun.to_string())],
            "{text}"
        );
    };
    // "last year" after the number opens a time phrase, not its noun.
    one("Road deaths fell to 1,184 last year.", "1,184", "deaths");
    // A decimal point inside the change ends no clause.
    one("Serious injuries rose 3.1% to 9,436.", "9,436", "injuries");
    // "edged" is a verb of change though WordNet also lists the adjective.
    one("Cyclist deaths edged down to 214.", "214", "deaths");
    one(
        "Hospital admissions came to 163 in all.",
        "163",
        "admissions",
    );
    one(
        "Arrests stood at 1,940 at the end of June.",
        "1,940",
        "arrests",
    );
}

#[test]
fn a_sentence_end_still_cuts_the_clause_off() {
    // The change ended its sentence; the next number has no verb of its own.
    assert!(counts("Deaths fell 3.1%. To 9,436 we add the injured.").is_empty());
}
