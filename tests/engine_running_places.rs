//! Places in a stretch of time still running ("entered its third day"):
//! articles written on different days may each be right, on small corpora
//! written for these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

fn lockout(first: &str, second: &str) -> Vec<String> {
    vec![
        format!(
            "Published {first}\n\nThe lockout of dockworkers at the port of Kessar entered its third day, with 37 ships waiting at anchor off the harbour.\n"
        ),
        format!(
            "Published {second}\n\nThe lockout of dockworkers at the port of Kessar entered its fourth day, with 37 ships waiting at anchor off the harbour.\n"
        ),
    ]
}

fn status_of_third_day(texts: &[String]) -> Status {
    let c = corpus(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let f = analyze(&c);
    f.facts[fact_of(&c, &f, 0, "third day")].status
}

#[test]
fn a_day_later_the_lockout_s_fourth_day_is_no_rival_to_its_third() {
    let texts = lockout("March 3, 2027", "March 4, 2027");
    assert_ne!(status_of_third_day(&texts), Status::Conflict);
}

#[test]
fn on_one_day_a_third_and_a_fourth_day_of_one_lockout_disagree() {
    let texts = lockout("March 3, 2027", "March 3, 2027");
    assert_eq!(status_of_third_day(&texts), Status::Conflict);
}
