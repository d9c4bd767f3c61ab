//! The labels facts get, on small corpora written for these tests: the
//! thing a value measures and its attribute, never a unit or a function
//! word.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;

#[test]
fn a_date_modifying_a_noun_is_labelled_by_that_noun() {
    let c = corpus(&[
        "The judge set a May 17 hearing on the motion to dismiss the suit.\n",
        "Lawyers for the city will argue at the May 17 hearing that the suit should be dismissed.\n",
    ]);
    let f = analyze(&c);
    let day = fact_of(&c, &f, 0, "May 17");
    assert_eq!(day, fact_of(&c, &f, 1, "May 17"));
    assert_eq!(f.facts[day].label, "hearing · date");
}

#[test]
fn a_fact_told_by_a_verb_is_labelled_by_the_act() {
    let c = corpus(&["She resigned on Thursday.\n", "On Thursday she resigned.\n"]);
    let f = analyze(&c);
    let day = fact_of(&c, &f, 0, "Thursday");
    assert_eq!(day, fact_of(&c, &f, 1, "Thursday"));
    assert_eq!(f.facts[day].label, "resignation · date");
}

#[test]
fn a_unit_never_names_what_is_measured() {
    let c = corpus(&[
        "Divers said the sea was 19C at the surface near the wreck.\n",
        "The sea near the wreck was 19C (66F) at the surface, divers said.\n",
    ]);
    let f = analyze(&c);
    let sea = fact_of(&c, &f, 0, "19C");
    assert_eq!(sea, fact_of(&c, &f, 1, "19C"));
    let label = &f.facts[sea].label;
    assert!(label.ends_with("· temperature"), "{label}");
    assert!(
        !label.starts_with("c ") && !label.starts_with("f "),
        "{label}"
    );
}
