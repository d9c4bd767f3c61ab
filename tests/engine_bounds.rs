//! A ceiling ("fines of up to €5 million") and a figure: one fact when the
//! figure may be what the ceiling bounds, two when it stands far under it.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::pair_facts;

/// Whether `a`'s mention `x` and `b`'s mention `y` are one fact.
fn joined(texts: &[&str], x: &str, y: &str) -> bool {
    let (p, q, _) = pair_facts(texts, x, y);
    p == q
}

const FINED: &str = "Karvel Mining was fined 1.3 million euros in March for safety breaches at the Dobrava mine, the inspectorate said.\n";

#[test]
fn a_figure_far_under_a_ceiling_is_another_fact() {
    let most = "Karvel Mining faced fines of up to 5 million euros for safety breaches at the Dobrava mine, the inspectorate said.\n";
    assert!(!joined(
        &[FINED, most],
        "1.3 million euros",
        "up to 5 million euros"
    ));
}

#[test]
fn a_figure_near_its_ceiling_may_be_what_it_bounds() {
    // The control for the test above: "up to 1.5 million" may be the
    // €1.3 million another outlet states.
    let near = "Karvel Mining was fined up to 1.5 million euros in March for safety breaches at the Dobrava mine, the inspectorate said.\n";
    assert!(joined(
        &[FINED, near],
        "1.3 million euros",
        "up to 1.5 million euros"
    ));
}

#[test]
fn a_converted_figure_just_past_a_ceiling_s_last_digit_is_within_it() {
    // 118 km/h is 73.3 mph: "up to 73mph" is the same gust, rounded.
    let kmh = "Gusts reached 118 km/h at the harbour on Friday, the weather service said.\n";
    let mph = "Gusts of up to 73mph battered the harbour on Friday, the weather service said.\n";
    let c = corpus::corpus(&[kmh, kmh, mph]);
    let f = crossread::engine::analyze(&c);
    let gusts = corpus::fact_of(&c, &f, 0, "118 km/h");
    assert_eq!(gusts, corpus::fact_of(&c, &f, 2, "up to 73mph"));
    assert_ne!(
        f.facts[gusts].status,
        crossread::engine::link::Status::Conflict
    );
}

#[test]
fn a_figure_a_third_under_a_ceiling_is_another_fact() {
    // The line's limit is not the speed the train ran at: a ceiling told
    // loosely stands within a quarter of its figure.
    let ran =
        "The freight train was travelling at 90 km/h on the line near Osk, the operator said.\n";
    let limit =
        "Freight trains may run at up to 120 km/h on the line near Osk, the operator said.\n";
    assert!(!joined(&[ran, limit], "90 km/h", "up to 120 km/h"));
}
