//! Tests of parts of a count named before ("23 of them").
use super::super::test_support::{found, pairs};

#[test]
fn a_part_counts_what_its_whole_counted() {
    assert_eq!(
        found("Storms left 212 injured, 31 of them seriously, across the valley."),
        pairs(&[("212 injured", "injured"), ("31 of them", "injured")])
    );
    assert_eq!(
        found("The mill employs 4,100 people, 815 of them at Dunmore."),
        pairs(&[("4,100 people", "people"), ("815 of them", "people")])
    );
    assert_eq!(
        found("Eleven climbers died, four of whom were guides."),
        pairs(&[
            ("Eleven climbers", "climbers"),
            ("four of whom", "climbers")
        ])
    );
}

#[test]
fn a_part_of_a_part_counts_the_same_thing() {
    assert_eq!(
        found("By Monday 58 of the injured were in hospital, 12 of them in intensive care."),
        pairs(&[("58", "injured"), ("12 of them", "injured")])
    );
}

#[test]
fn a_part_with_no_count_before_it_or_of_one_counts_nothing() {
    assert!(found("Police said 23 of them were released.").is_empty());
    assert!(found("Nine people were hurt. Police said four of them were children.").len() == 1);
    assert_eq!(
        found("The firm hired 300 engineers, one of them from Oslo."),
        pairs(&[("300 engineers", "engineers")])
    );
}

#[test]
fn a_weekday_before_a_number_no_month_has_is_no_date() {
    assert_eq!(
        found("On Sunday 47 of the injured were still in hospital."),
        pairs(&[("47", "injured")])
    );
    assert!(found("The vote is on Sunday 14 July.").is_empty());
}

#[test]
fn a_part_opening_its_sentence_counts_what_the_sentence_before_counted() {
    assert_eq!(
        found("Nine people were hurt. Four of them were children."),
        pairs(&[("Nine people", "people"), ("Four of them", "people")])
    );
    assert_eq!(
        found("The floods drove 2,300 families from home. About 600 of them sleep in the gym."),
        pairs(&[
            ("2,300 families", "families"),
            ("About 600 of them", "families")
        ])
    );
    assert_eq!(
        found("Police held 52 people.\n- 38 of them deported"),
        pairs(&[("52 people", "people"), ("38 of them", "people")])
    );
    // Two sentences back is too far: the part must follow its whole.
    assert!(
        found("Nine people were hurt. The road was shut. Four of them were children.").len() == 1
    );
}
