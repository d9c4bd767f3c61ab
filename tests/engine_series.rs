//! Moments told of different places in a series ("the first high tide",
//! "the next high tide") are two facts, however alike their sentences.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::pair_facts as facts;
use crossread::engine::link::Status;

const FIRST_TIDE: &str = "Volunteers refloated most of the stranded whales on the first high tide, at 14:52 local time, the coastguard said on Tuesday.\n";

#[test]
fn two_tides_of_a_series_are_two_facts() {
    let next = "Volunteers refloated the last of the stranded whales on the next high tide, at 03:17 local time, the coastguard said on Tuesday.\n";
    let (p, q, status) = facts(&[FIRST_TIDE, next], "14:52 local time", "03:17 local time");
    assert_ne!(p, q, "the first tide and the next are two tides");
    assert_ne!(status, Status::Conflict);
}

#[test]
fn a_time_whose_place_in_the_series_one_outlet_leaves_unsaid_may_be_disputed() {
    // The control for the test above: only one outlet names the tide's
    // place, so the two times are rival figures for one tide.
    let plain = "Volunteers refloated most of the stranded whales on the high tide, at 03:17 local time, the coastguard said on Tuesday.\n";
    let (p, q, status) = facts(&[FIRST_TIDE, plain], "14:52 local time", "03:17 local time");
    assert_eq!(p, q);
    assert_eq!(status, Status::Conflict);
}

#[test]
fn the_date_after_first_since_is_no_place_in_a_series() {
    let texts = [
        "The assembly on Wednesday approved the first cut in income tax rates since 2019, voting 212 to 168.\n",
        "The assembly on Wednesday approved a cut in income tax rates, the previous reform having passed in 2019.\n",
    ];
    let (p, q, status) = facts(&texts, "2019", "2019");
    assert_eq!(p, q, "one reform year, told twice");
    assert_ne!(status, Status::Conflict);
}

const SECOND_STRIKE: &str = "Workers at the Harlow steel plant walked out on Monday, the second strike at the plant in 16 years, the union said.\n";

#[test]
fn a_length_a_count_is_told_within_is_no_length_of_the_thing() {
    // "The second strike in 16 years" counts strikes over 16 years; the
    // owner's 16 years are how long it has run the plant.
    let owner = "Workers at the Harlow steel plant walked out on Monday against Varno Steel, which has owned the plant for 16 years, the union said.\n";
    let (p, q, _) = facts(&[SECOND_STRIKE, owner], "16 years", "16 years");
    assert_ne!(p, q, "a count's window and an ownership are two facts");
}

#[test]
fn two_outlets_counting_within_one_window_state_one_fact() {
    // The control for the test above: both outlets count strikes within
    // the same 16 years.
    let other = "Staff at the Harlow steel plant stopped work on Monday, the second strike at the plant in 16 years, their union said.\n";
    let (p, q, status) = facts(&[SECOND_STRIKE, other], "16 years", "16 years");
    assert_eq!(p, q);
    assert_eq!(status, Status::Agree);
}
