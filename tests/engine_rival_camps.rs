//! Two camps of outlets, each following its own source for one thing
//! ("the ministry said 1,240 dog bites", "the medical chamber says more
//! than 1,900"), are one thing in dispute, though each camp agrees within
//! itself and the linker leaves them apart; on small corpora written for
//! these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

const DATE: &str = "Published February 23, 2027\n\n";

/// The facts of the first and the third article's figures, and the
/// first's status, for four articles: two of one camp, two of the other.
fn camps(texts: [&str; 4], x: &str, y: &str) -> (usize, usize, Status) {
    let texts: Vec<String> = texts.iter().map(|t| format!("{DATE}{t}\n")).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = corpus(&refs);
    let f = analyze(&c);
    let (p, q) = (fact_of(&c, &f, 0, x), fact_of(&c, &f, 2, y));
    assert_eq!(p, fact_of(&c, &f, 1, x), "the first camp agrees");
    assert_eq!(q, fact_of(&c, &f, 3, y), "the second camp agrees");
    (p, q, f.facts[p].status)
}

#[test]
fn an_operator_s_camp_and_the_civil_protection_s_camp_dispute_one_count() {
    let (p, q, status) = camps(
        [
            "Rescuers on Wednesday freed 412 passengers from the InterCity train, the operator said, after a night in the snow near Kolmsted.",
            "Anna Berg was one of 412 passengers aboard the train when it stopped in the drifts, according to the rail operator.",
            "That night 460 passengers slept on the train near Kolmsted, the civil protection directorate said.",
            "The directorate said 460 passengers were on board when the train stopped in the snow.",
        ],
        "412 passengers",
        "460 passengers",
    );
    assert_eq!(p, q);
    assert_eq!(status, Status::Conflict);
}

#[test]
fn two_camps_on_no_one_s_word_stay_two_facts() {
    let (p, q, _) = camps(
        [
            "Rescuers on Wednesday freed 412 passengers from the InterCity train after a night in the snow near Kolmsted.",
            "Anna Berg was one of 412 passengers aboard the train when it stopped in the drifts.",
            "That night 460 passengers slept on the train near Kolmsted.",
            "In all, 460 passengers were on board when the train stopped in the snow.",
        ],
        "412 passengers",
        "460 passengers",
    );
    assert_ne!(p, q);
}

#[test]
fn camps_whose_sentences_tell_other_things_stay_two_facts() {
    let (p, q, _) = camps(
        [
            "By late evening, 64 people were still being held at police stations in the city, police said.",
            "Last night 64 people remained in custody, according to the police.",
            "On Sunday, 41 people were charged with public disorder, the prosecutors said.",
            "The prosecutor's office said 41 people had been charged, most with public-order offences.",
        ],
        "64 people",
        "41 people",
    );
    assert_ne!(p, q);
}

#[test]
fn the_only_two_camps_of_a_thing_no_person_is_dispute_it_however_they_word_it() {
    let (p, q, status) = camps(
        [
            "The port authority said 38 containers had fallen from the Vessa Star during the storm on Monday.",
            "According to the port authority, 38 containers went overboard off Kessel.",
            "The dockers' union said 54 containers were lost, most of them refrigerated, and blamed the loading plan.",
            "Union officials say 54 containers are now adrift or sunk, with chemicals in at least two.",
        ],
        "38 containers",
        "54 containers",
    );
    assert_eq!(p, q);
    assert_eq!(status, Status::Conflict);
}
