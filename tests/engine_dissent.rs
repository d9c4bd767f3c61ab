//! One outlet's odd number for a thing the others agree on is its account
//! of that thing, and the clash is shown: on small corpora written for
//! these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of, heldout};
use crossread::engine::analyze;
use crossread::engine::link::Status;

const AGREEING: [&str; 2] = [
    "The newspaper said the committee had paid for 23 private trips between 2021 and 2026.\n",
    "Invoices seen by the paper show 23 private trips, among them four to a ski resort.\n",
];

#[test]
fn a_lone_count_of_the_same_qualified_thing_joins_and_clashes() {
    let c = corpus(&[
        AGREEING[0],
        AGREEING[1],
        "He is accused of using donations to fund 32 private trips, including a charter flight.\n",
    ]);
    let f = analyze(&c);
    let trips = fact_of(&c, &f, 0, "23 private trips");
    assert_eq!(trips, fact_of(&c, &f, 1, "23 private trips"));
    assert_eq!(trips, fact_of(&c, &f, 2, "32 private trips"));
    assert_eq!(f.facts[trips].status, Status::Conflict);
}

/// Whether the third outlet's `lone` trips join the two outlets' 23, and
/// the status of their fact.
fn trips_joined(third: &str, lone: &str) -> (bool, Status) {
    let c = corpus(&[AGREEING[0], AGREEING[1], third]);
    let f = analyze(&c);
    let trips = fact_of(&c, &f, 0, "23 private trips");
    (trips == fact_of(&c, &f, 2, lone), f.facts[trips].status)
}

#[test]
fn an_article_that_counts_the_thing_twice_far_apart_is_read_as_dissent() {
    // The deputy's 12 trips are too far from the others' 23 to be another
    // account of them; the 29 are told with the others' very words.
    let third = "Charter flights to coastal resorts made up most of the 29 private trips he took. \
                 His deputy took 12 private trips in the same years.\n";
    assert_eq!(
        trips_joined(third, "29 private trips"),
        (true, Status::Conflict)
    );
    assert!(!trips_joined(third, "12 private trips").0);
}

#[test]
fn digits_swapped_beside_another_count_of_the_thing_are_still_a_slip() {
    // "32" for 23 is a slip however many trips the article counts; the
    // deputy's 12 is too far from it to be another account of the same.
    let far = "He is accused of using donations to fund 32 private trips, including a charter \
               flight. His deputy took 12 private trips in the same years.\n";
    assert_eq!(
        trips_joined(far, "32 private trips"),
        (true, Status::Conflict)
    );
    assert!(!trips_joined(far, "12 private trips").0);
    // A count near the slip ("30 private trips") may be the article's
    // own account: then neither joins.
    let near = far.replace("took 12", "took 30");
    let (joined, status) = trips_joined(&near, "32 private trips");
    assert!(!joined);
    assert_ne!(status, Status::Conflict);
}

#[test]
fn another_owners_count_stays_apart() {
    let c = corpus(&[
        "The money reaches every one of the state's 212 school districts.\n",
        "Funding rises in all of the state's 212 school districts this year.\n",
        "For Harlow County's 14 school districts that means $38 million.\n",
    ]);
    let f = analyze(&c);
    let districts = fact_of(&c, &f, 0, "212 school districts");
    assert_ne!(districts, fact_of(&c, &f, 2, "14 school districts"));
    assert!(f.facts.iter().all(|x| x.status != Status::Conflict));
}

#[test]
fn a_bare_count_names_its_thing_by_its_noun() {
    let c = corpus(&[
        "The newspaper said the committee had paid for 23 trips between 2021 and 2026.\n",
        "Invoices seen by the paper show 23 trips, among them four to a ski resort.\n",
        "He is accused of using donations to fund 32 trips, including a charter flight.\n",
    ]);
    let f = analyze(&c);
    let trips = fact_of(&c, &f, 0, "23 trips");
    assert_eq!(trips, fact_of(&c, &f, 1, "23 trips"));
    assert_eq!(trips, fact_of(&c, &f, 2, "32 trips"));
    assert_eq!(f.facts[trips].status, Status::Conflict);
}

#[test]
fn a_small_bare_count_may_be_another_group() {
    let c = corpus(&[
        "Three guards were tied up by the gang before dawn, police said.\n",
        "The gang tied up three guards and cut through the vault door.\n",
        "Four guards were on duty at the depot when the alarm went off.\n",
    ]);
    let f = analyze(&c);
    let guards = fact_of(&c, &f, 0, "Three guards");
    assert_eq!(guards, fact_of(&c, &f, 1, "three guards"));
    assert_ne!(guards, fact_of(&c, &f, 2, "Four guards"));
}

#[test]
fn one_outlet_naming_the_thing_alike_is_enough() {
    let c = corpus(&[
        "Over the eleven years of the mission 27 Kestrian soldiers were killed in Ombara.\n",
        "The mission cost the lives of 27 Kestrian servicemen and women, the ministry said.\n",
        "Valmora withdrew its force after losing 29 Kestrian soldiers, officials said.\n",
    ]);
    let f = analyze(&c);
    let dead = fact_of(&c, &f, 0, "27 Kestrian soldiers");
    assert_eq!(dead, fact_of(&c, &f, 1, "27 Kestrian servicemen"));
    assert_eq!(dead, fact_of(&c, &f, 2, "29 Kestrian soldiers"));
    assert_eq!(f.facts[dead].status, Status::Conflict);
}

#[test]
fn a_count_many_times_another_is_of_something_else() {
    let c = corpus(&[
        "Officials expect about 310,000 postal ballots to be counted on Monday.\n",
        "Roughly 310,000 postal ballots remain to be counted, officials said on Monday.\n",
        "In the capital some 12,400 postal ballots are still to be opened.\n",
    ]);
    let f = analyze(&c);
    let ballots = fact_of(&c, &f, 0, "about 310,000 postal ballots");
    assert_eq!(
        ballots,
        fact_of(&c, &f, 1, "Roughly 310,000 postal ballots")
    );
    assert_ne!(ballots, fact_of(&c, &f, 2, "some 12,400 postal ballots"));
}

#[test]
fn exactly_double_is_both_sides_not_a_slip() {
    let c = corpus(&[
        "Each side will pull back about 1,200 troops from the border by June.\n",
        "Both armies are to withdraw some 1,200 troops each from the frontier.\n",
        "In all 2,400 troops will leave the border area under the deal.\n",
    ]);
    let f = analyze(&c);
    let troops = fact_of(&c, &f, 0, "about 1,200 troops");
    assert_eq!(troops, fact_of(&c, &f, 1, "some 1,200 troops"));
    assert_ne!(troops, fact_of(&c, &f, 2, "2,400 troops"));
}

#[test]
fn a_lone_count_named_two_ways_in_its_article_still_joins() {
    // "13 prisoners" in the headline and "13 Velorians" below are one
    // count, named twice.
    let c = corpus(&[
        "The minister returned late on Tuesday with 11 Velorians who had been held in Karsovian prisons.\n",
        "The minister flew home on Tuesday with eleven Velorians who had been held in Karsovian jails.\n",
        "Minister wins release of 13 prisoners on surprise trip\n\nRelatives wept at the airport as 13 Velorians stepped off the government jet, capping an unannounced one-day trip.\n",
    ]);
    let f = analyze(&c);
    let freed = fact_of(&c, &f, 0, "11 Velorians");
    assert_eq!(freed, fact_of(&c, &f, 1, "eleven Velorians"));
    assert_eq!(freed, fact_of(&c, &f, 2, "13 Velorians"));
    assert_eq!(f.facts[freed].status, Status::Conflict);
}

#[test]
fn a_lone_count_its_fact_box_restates_still_joins() {
    // "Aircraft: 118" in the box is the body's "118 aircraft" again, not
    // a second count of aircraft.
    let c = corpus(&[
        "The parade featured 96 aircraft and 12,400 troops marching through the capital.\n",
        "Some 96 aircraft roared over the square as 12,400 troops marched past the president.\n",
        "Crowds cheered as 118 aircraft crossed the sky in tight formation over the old town.\n\nTHE PARADE IN NUMBERS\nTroops: 12,400\nAircraft: 118\n",
    ]);
    let f = analyze(&c);
    let aircraft = fact_of(&c, &f, 0, "96 aircraft");
    assert_eq!(aircraft, fact_of(&c, &f, 2, "118 aircraft"));
    assert_eq!(f.facts[aircraft].status, Status::Conflict);
}

const SPIRE: [&str; 2] = [
    "The newspaper said the cathedral had lost its 96-metre spire in the blaze late on Monday.\n",
    "Firefighters could not save the 96-metre spire, which fell into the nave at about 9pm.\n",
];

#[test]
fn a_lone_measure_of_the_same_thing_joins_and_clashes() {
    let c = corpus(&[
        SPIRE[0],
        SPIRE[1],
        "Built by monks in 1290, the 88-metre spire had survived two wars and a fire in 1840.\n",
    ]);
    let f = analyze(&c);
    let spire = fact_of(&c, &f, 0, "96-metre");
    assert_eq!(spire, fact_of(&c, &f, 2, "88-metre"));
    assert_eq!(f.facts[spire].status, Status::Conflict);
}

#[test]
fn a_lone_measure_beyond_half_again_is_another_height() {
    let c = corpus(&[
        SPIRE[0],
        SPIRE[1],
        "Built by monks in 1290, the 62-metre spire had survived two wars and a fire in 1840.\n",
    ]);
    let f = analyze(&c);
    assert_ne!(
        fact_of(&c, &f, 0, "96-metre"),
        fact_of(&c, &f, 2, "62-metre")
    );
    assert!(f.facts.iter().all(|x| x.status != Status::Conflict));
}

#[test]
fn a_lone_length_of_the_same_thing_joins_and_clashes() {
    let c = corpus(&[
        "The court had given the colonel an 18-year term for espionage in 2021.\n",
        "The colonel was serving an 18-year term in a high-security jail.\n",
        "Relatives hugged the former officer, whose 16-year term had drawn protests abroad.\n",
    ]);
    let f = analyze(&c);
    let term = fact_of(&c, &f, 0, "18-year");
    assert_eq!(term, fact_of(&c, &f, 2, "16-year"));
    assert_eq!(f.facts[term].status, Status::Conflict);
}

#[test]
fn a_lone_length_half_again_as_long_still_joins() {
    // Round figures stand at exactly half again ("72 hours", "48 hours").
    let c = corpus(&[
        "The court had given the colonel a 12-year term for espionage in 2021.\n",
        "The colonel was serving a 12-year term in a high-security jail.\n",
        "Relatives hugged the former officer, whose 18-year term had drawn protests abroad.\n",
    ]);
    let f = analyze(&c);
    let term = fact_of(&c, &f, 0, "12-year");
    assert_eq!(term, fact_of(&c, &f, 2, "18-year"));
    assert_eq!(f.facts[term].status, Status::Conflict);
}

#[test]
fn swapped_digits_join_however_far_apart() {
    // "31" for "13" is a slip even at more than twice the number.
    let c = corpus(&[
        "The newspaper said the committee had paid for 13 private trips between 2021 and 2026.\n",
        "Invoices seen by the paper show 13 private trips, among them four to a ski resort.\n",
        "He is accused of using donations to fund 31 private trips, including a charter flight.\n",
    ]);
    let f = analyze(&c);
    let trips = fact_of(&c, &f, 0, "13 private trips");
    assert_eq!(trips, fact_of(&c, &f, 2, "31 private trips"));
    assert_eq!(f.facts[trips].status, Status::Conflict);
}

#[test]
fn an_unlike_count_beyond_half_again_stays_apart() {
    // "36" is no way to mistype "23": another count of trips.
    let c = corpus(&[
        AGREEING[0],
        AGREEING[1],
        "He is accused of using donations to fund 36 private trips, including a charter flight.\n",
    ]);
    let f = analyze(&c);
    assert_ne!(
        fact_of(&c, &f, 0, "23 private trips"),
        fact_of(&c, &f, 2, "36 private trips")
    );
    assert!(f.facts.iter().all(|x| x.status != Status::Conflict));
}

const MAYORALTIES: [&str; 2] = [
    "Nationally the Renewal Party won 96 mayoralties outright and held most town halls.\n",
    "Outside the capital the Renewal Party kept 96 mayoralties, officials said on Monday.\n",
];

#[test]
fn an_unlike_count_of_another_named_actor_stays_apart() {
    // The Civic Alliance's 68 is no account of the Renewal Party's 96.
    let c = corpus(&[
        MAYORALTIES[0],
        MAYORALTIES[1],
        "But the Civic Alliance took 68 mayoralties, its best result since it was founded.\n",
    ]);
    let f = analyze(&c);
    let won = fact_of(&c, &f, 0, "96 mayoralties");
    assert_ne!(won, fact_of(&c, &f, 2, "68 mayoralties"));
    assert!(f.facts.iter().all(|x| x.status != Status::Conflict));
}

#[test]
fn an_unlike_count_of_no_other_actor_still_joins() {
    let c = corpus(&[
        MAYORALTIES[0],
        MAYORALTIES[1],
        "Across the country it took 68 mayoralties, its best result since it was founded.\n",
    ]);
    let f = analyze(&c);
    let won = fact_of(&c, &f, 0, "96 mayoralties");
    assert_eq!(won, fact_of(&c, &f, 2, "68 mayoralties"));
    assert_eq!(f.facts[won].status, Status::Conflict);
}

const KICKBACKS: [&str; 2] = [
    "Prosecutors say the former minister took 4.2 million euros in kickbacks on the rail deal.\n",
    "The former minister denies taking €4.2m in kickbacks, his lawyer said on Monday.\n",
];

#[test]
fn a_lone_sum_with_swapped_digits_joins_and_clashes() {
    let c = corpus(&[
        KICKBACKS[0],
        KICKBACKS[1],
        "Court papers list €2.4 million in kickbacks, routed through a shell firm in Cyprus.\n",
    ]);
    let f = analyze(&c);
    let sum = fact_of(&c, &f, 0, "4.2 million euros");
    assert_eq!(sum, fact_of(&c, &f, 2, "€2.4 million"));
    assert_eq!(f.facts[sum].status, Status::Conflict);
}

#[test]
fn a_lone_sum_no_slip_explains_stays_apart() {
    // A story tells of many sums: €3.1 million is no mistyped €4.2 million.
    let c = corpus(&[
        KICKBACKS[0],
        KICKBACKS[1],
        "Court papers list €3.1 million in kickbacks, routed through a shell firm in Cyprus.\n",
    ]);
    let f = analyze(&c);
    assert_ne!(
        fact_of(&c, &f, 0, "4.2 million euros"),
        fact_of(&c, &f, 2, "€3.1 million")
    );
    assert!(f.facts.iter().all(|x| x.status != Status::Conflict));
}

#[test]
fn a_lone_count_naming_its_thing_by_a_synonym_joins_and_clashes() {
    // "automobiles" is another word for the cars the others count.
    let c = corpus(&[
        "The carmaker said it was recalling 23,000 cars because of faulty brakes.\n",
        "Regulators confirmed the recall of 23,000 cars built at the northern plant.\n",
        "Owners of the 32,000 automobiles will be contacted by letter from next week.\n",
    ]);
    let f = analyze(&c);
    let cars = fact_of(&c, &f, 0, "23,000 cars");
    assert_eq!(cars, fact_of(&c, &f, 2, "32,000 automobiles"));
    assert_eq!(f.facts[cars].status, Status::Conflict);
}

#[test]
fn a_lone_length_named_by_its_verbs_subject_joins_and_clashes() {
    // No noun beside "nine hours": the hearing is the subject of "lasted".
    let c = corpus(&[
        "The committee hearing lasted nine hours before the vote on Tuesday.\n",
        "Senators said the hearing, which lasted nine hours, was the longest this year.\n",
        "Critics noted that a hearing that ran for 12 hours ended in a narrow vote.\n",
    ]);
    let f = analyze(&c);
    let hearing = fact_of(&c, &f, 0, "nine hours");
    assert_eq!(hearing, fact_of(&c, &f, 1, "nine hours"));
    assert_eq!(hearing, fact_of(&c, &f, 2, "12 hours"));
    assert_eq!(f.facts[hearing].status, Status::Conflict);
}

#[test]
fn a_lone_figure_that_agrees_with_the_group_joins_it_whatever_else_its_article_counts() {
    // The held-out `dambreachevacuation` cluster (invented texts): the
    // Sarnic Voice's "12,400 residents" agrees with "some 12,000
    // residents"; its article counts other residents far off, which
    // leaves a rival figure alone but not one that agrees.
    let (c, f) = heldout("dambreachevacuation");
    assert_eq!(
        fact_of(&c, &f, 3, "12,400 residents"),
        fact_of(&c, &f, 1, "some 12,000 residents")
    );
}

#[test]
fn a_floor_agrees_with_too_much_to_join_a_group_on_that_alone() {
    // The held-out `shipwreck` cluster: "At least 640 people have died or
    // gone missing" on the route is no account of the "712 people" who
    // crossed the Channel, though it holds for them.
    let (c, f) = heldout("shipwreck");
    assert_ne!(
        fact_of(&c, &f, 0, "At least 640 people"),
        fact_of(&c, &f, 1, "712 people")
    );
}
