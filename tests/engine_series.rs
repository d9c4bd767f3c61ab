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
