//! A vote's tally is two counts, each side's, and outlets dispute either:
//! on small corpora written for these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

#[test]
fn each_side_of_a_tally_links_to_the_same_side_elsewhere() {
    let c = corpus(&[
        "The assembly approved the budget by 158 votes to 131 on Tuesday night.\n",
        "Deputies backed the budget on Tuesday night, voting 158 to 113 after a long debate.\n",
        "The budget passed the assembly by 158 votes to 131 late on Tuesday.\n",
    ]);
    let f = analyze(&c);
    let larger = fact_of(&c, &f, 0, "158 votes");
    assert_eq!(larger, fact_of(&c, &f, 1, "158"));
    assert_eq!(larger, fact_of(&c, &f, 2, "158 votes"));
    assert_eq!(f.facts[larger].status, Status::Agree);
    assert_eq!(f.facts[larger].label, "votes · larger side");
    let smaller = fact_of(&c, &f, 0, "131");
    assert_ne!(smaller, larger);
    assert_eq!(smaller, fact_of(&c, &f, 2, "131"));
    assert_eq!(smaller, fact_of(&c, &f, 1, "113"));
    assert_eq!(f.facts[smaller].status, Status::Conflict);
}

#[test]
fn the_two_stances_are_told_apart_and_named() {
    let c = corpus(&[
        "In all, 52 councillors voted in favour of the plan and 41 against it on Monday.\n",
        "The plan passed on Monday with 52 votes in favour and 41 against.\n",
    ]);
    let f = analyze(&c);
    let favour = fact_of(&c, &f, 0, "52 councillors");
    let against = fact_of(&c, &f, 0, "41");
    assert_ne!(favour, against);
    assert_eq!(favour, fact_of(&c, &f, 1, "52 votes"));
    assert_eq!(against, fact_of(&c, &f, 1, "41"));
    assert_eq!(f.facts[against].label.rsplit(" · ").next(), Some("against"));
}
