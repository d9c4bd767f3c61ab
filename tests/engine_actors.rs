//! Figures of different named actors: a clash between "Orvana pays" and
//! "Brightwing pays" is two facts, as is one with a figure a sentence sets
//! beside the story's ("By comparison, …") or a part of a known set
//! ("three of the stations"), while outlets that name one
//! actor, or name their sources differently, still dispute one.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of, pair_facts};
use crossread::engine::analyze;
use crossread::engine::link::Status;

/// The status of the fact holding `a`'s mention `x`, and whether `b`'s
/// mention `y` is in it.
fn judged(texts: &[&str], x: &str, y: &str) -> (Status, bool) {
    let (p, q, status) = pair_facts(texts, x, y);
    (status, p == q)
}

const STATION_A: &str = "The orbiting laboratory cost $62 million to build and launch, the space agency said on Tuesday.\n\nUnder a contract signed in 2019, Orvana Holdings pays about $310 million a year toward the running of the station.\n";

#[test]
fn figures_of_two_named_actors_are_no_dispute() {
    let other = "The new laboratory module was launched on Tuesday from the Kessel range.\n\nUnder a contract signed in 2019, Brightwing Group pays about $410 million a year toward the running of the station.\n";
    let (status, _) = judged(
        &[STATION_A, other],
        "about $310 million",
        "about $410 million",
    );
    assert_ne!(status, Status::Conflict, "each company's share is its own");
}

#[test]
fn one_actor_with_two_figures_is_still_a_dispute() {
    // The control for the test above: the same actor, two figures.
    let other = "The new laboratory module was launched on Tuesday from the Kessel range.\n\nUnder a contract signed in 2019, Orvana Holdings pays about $410 million a year toward the running of the station.\n";
    let (status, joined) = judged(
        &[STATION_A, other],
        "about $310 million",
        "about $410 million",
    );
    assert!(joined);
    assert_eq!(status, Status::Conflict);
}

#[test]
fn a_source_before_a_reporting_verb_is_not_the_actor() {
    let texts = [
        "Police chief Anna Holt said Orvana Holdings paid $5 million for the riverside land in March.\n",
        "Mayor Erik Lund said Orvana Holdings paid $6 million for the riverside land in March.\n",
    ];
    let (status, joined) = judged(&texts, "$5 million", "$6 million");
    assert!(joined, "Holt and Lund are sources; Orvana paid in both");
    assert_eq!(status, Status::Conflict);
}

#[test]
fn names_that_share_a_word_are_one_actor() {
    let texts = [
        "On Tuesday Vessmark Automotive said it will close its van plant in Dornholm.\n\nUnder the plan, Vessmark Automotive will cut about 4,500 jobs across the group.\n",
        "The van plant in Dornholm will close, the company said on Tuesday.\n\nUnder the plan, Carmaker Vessmark will cut 5,400 jobs across the group.\n",
    ];
    let (status, joined) = judged(&texts, "about 4,500 jobs", "5,400 jobs");
    assert!(joined);
    assert_eq!(status, Status::Conflict);
}

#[test]
fn a_name_after_a_preposition_is_not_the_actor() {
    // Both figures are Brightwing's sales to Orvana, its largest customer.
    let texts = [
        "The supply contract was renewed in Halvik on Friday.\n\nSales to Orvana Holdings were worth £3.4bn last year, and the new contract should lift them further.\n",
        "The supply contract was renewed in Halvik on Friday.\n\nBrightwing Group's sales to its largest customer were worth £3.9bn last year, and the new contract should lift them further.\n",
    ];
    let (status, joined) = judged(&texts, "£3.4bn", "£3.9bn");
    assert!(joined);
    assert_eq!(status, Status::Conflict);
}

const TARGET_A: &str = "The regional service published its winter figures on Thursday.\n\nNational standards require ambulance services to reach nine in 10 of those patients within 15 minutes, a goal the service has not met since 2019.\n";

#[test]
fn a_figure_set_beside_by_comparison_is_no_dispute() {
    let other = "The regional service published its winter figures on Thursday.\n\nBy comparison, the fire department in Lakeport aims to reach 90 percent of cardiac patients within 8 minutes, a goal it has met since 2019.\n";
    let (status, _) = judged(&[TARGET_A, other], "15 minutes", "8 minutes");
    assert_ne!(status, Status::Conflict, "another service's target");
}

#[test]
fn the_same_figures_without_the_comparison_are_a_dispute() {
    // The control for the test above.
    let other = "The regional service published its winter figures on Thursday.\n\nNational standards require ambulance services to reach nine in 10 of those patients within 8 minutes, a goal the service has not met since 2019.\n";
    let (status, joined) = judged(&[TARGET_A, other], "15 minutes", "8 minutes");
    assert!(joined);
    assert_eq!(status, Status::Conflict);
}

const STATIONS_B: &str = "The mountain race was stopped on Saturday afternoon.\n\nOrganisers said nine water stations had been restocked by helicopter during the race.\n";

#[test]
fn a_part_of_a_known_set_is_no_dispute_with_the_set_s_count() {
    let part = "The mountain race was stopped on Saturday afternoon.\n\nOrganisers said three of the water stations had been restocked by helicopter during the race.\n";
    let (status, _) = judged(&[part, STATIONS_B], "three", "nine water stations");
    assert_ne!(status, Status::Conflict, "three of the nine");
}

#[test]
fn the_same_count_without_of_the_is_a_dispute() {
    // The control for the test above.
    let whole = "The mountain race was stopped on Saturday afternoon.\n\nOrganisers said three water stations had been restocked by helicopter during the race.\n";
    let (status, joined) = judged(
        &[whole, STATIONS_B],
        "three water stations",
        "nine water stations",
    );
    assert!(joined);
    assert_eq!(status, Status::Conflict);
}

const UNION_B: &str = "The strike began on Thursday.\n\nThe pilots' union, which represents 2,350 pilots at the airline, said most members backed the strike.\n";

#[test]
fn the_whole_a_part_is_counted_out_of_is_no_dispute_with_the_part() {
    let whole = "The strike began on Thursday.\n\nThe pilots' union represents 2,350 of the airline's 2,610 pilots, and most members backed the strike.\n";
    let (status, _) = judged(&[whole, UNION_B], "2,610 pilots", "2,350 pilots");
    assert_ne!(status, Status::Conflict, "2,610 is all the pilots");
}

#[test]
fn a_figure_nearer_the_part_than_the_whole_is_no_dispute_with_the_whole() {
    // The held-out `teacherstrikeexams` cluster (invented texts): "closing
    // 1,840 of the country's 3,200 state schools" in two outlets, "closing
    // about 2,300 schools" in a third, a rival for the part, not the whole.
    let (c, f) = corpus::heldout("teacherstrikeexams");
    let whole = corpus::fact_of(&c, &f, 0, "3,200 state schools");
    assert_ne!(whole, corpus::fact_of(&c, &f, 2, "about 2,300 schools"));
    assert_ne!(f.facts[whole].status, Status::Conflict);
}

#[test]
fn a_whole_with_no_part_before_it_is_a_dispute() {
    // The control for the test above.
    let whole = "The strike began on Thursday.\n\nThe pilots' union, which represents 2,610 pilots at the airline, said most members backed the strike.\n";
    let (status, joined) = judged(&[whole, UNION_B], "2,610 pilots", "2,350 pilots");
    assert!(joined);
    assert_eq!(status, Status::Conflict);
}

#[test]
fn ordinals_of_different_things_are_never_one_fact() {
    let minute = "Brandt scored the winner in the 94th minute of the Cup final on Saturday at Kessel Park.\n";
    let edition = "It was the 94th edition of the Cup final, played on Saturday at Kessel Park.\n";
    let (_, joined) = judged(&[minute, edition], "94th minute", "94th edition");
    assert!(!joined, "a minute of a match and an edition of a cup");
}

#[test]
fn the_whole_a_part_is_counted_out_of_is_no_outlets_slip_for_the_part() {
    // The fourth outlet's 2.9 million is every household, out of which
    // its 2.4 million pay: no rival for the others' 2.4 million payers.
    let c = corpus(&[
        "About 2.4 million households pay the licence fee, the ministry said on Monday.\n",
        "Some 2.4 million households pay the licence fee, according to the ministry.\n",
        "There are 2.41 million paying households, the collection agency said.\n",
        "Some 2.4 million of Dalvia's 2.9 million households pay the licence fee.\n",
    ]);
    let f = analyze(&c);
    let payers = fact_of(&c, &f, 0, "About 2.4 million households");
    assert_ne!(payers, fact_of(&c, &f, 3, "2.9 million households"));
    assert_eq!(f.facts[payers].status, Status::Agree);
}
