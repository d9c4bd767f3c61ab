//! The two ends of one change ("shrink from 48 aircraft to 36") are two
//! facts: one outlet's number where the change began is no rival to
//! another's where it ended.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::pair_facts as facts;
use crossread::engine::link::Status;

const FROM_TO: &str = "Under the rescue plan the state airline will shrink its fleet from 48 aircraft to 36 by the spring.\n";

#[test]
fn where_a_change_began_and_where_it_ended_are_two_facts() {
    let to_from = "Under the rescue plan the state airline will shrink its fleet to 36 aircraft from 48 by the spring.\n";
    let (p, q, status) = facts(&[FROM_TO, to_from], "48 aircraft", "36 aircraft");
    assert_ne!(p, q, "the fleet before the cut and after it");
    assert_ne!(status, Status::Conflict);
}

#[test]
fn the_same_end_told_with_another_number_may_be_disputed() {
    // The control for the test above: both outlets tell where the change
    // began, with different numbers.
    let other = "Under the rescue plan the state airline will shrink its fleet from 52 aircraft to 36 by the spring.\n";
    let (p, q, status) = facts(&[FROM_TO, other], "48 aircraft", "52 aircraft");
    assert_eq!(p, q);
    assert_eq!(status, Status::Conflict);
}

#[test]
fn the_start_and_the_end_of_a_stretch_of_time_are_two_dates() {
    // "The survey, which covered the six months to the end of March"
    // against "Its survey, covering six months from October": one
    // stretch, told by its two ends, which are no rival dates.
    let (to, from, status) = facts(
        &[
            "The survey, which covered the six months to the end of March, found that 9,400 beekeepers had lost colonies.\n",
            "Its survey, covering six months from October, found that 9,400 beekeepers lost colonies.\n",
        ],
        "end of March",
        "October",
    );
    assert_ne!(to, from);
    assert_ne!(status, Status::Conflict);
}
