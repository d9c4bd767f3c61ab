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
