//! Tests of counts after a verb's object and after "pass" as a verb
//! acting on the things counted.
use super::*;

fn exact(text: &str, want: &str, n: f64) {
    let c = counts(text);
    assert_eq!(c.len(), 1, "{text}: {c:?}");
    assert_eq!(c[0].0, want, "{text}");
    assert_eq!(c[0].1, Interval::exact(n), "{text}");
}

#[test]
fn a_surname_a_verb_acts_on_is_no_label_for_the_number_after_it() {
    exact(
        "Prosecutors say Tarvel handed Oskaberg 27 sealed letters.",
        "27 sealed letters",
        27.0,
    );
    exact(
        "She handed Mr Oskaberg 27 sealed letters in June.",
        "27 sealed letters",
        27.0,
    );
    exact("The host interrupted Varnicek 16 times.", "16 times", 16.0);
}

#[test]
fn a_known_word_or_a_model_number_after_a_verb_stays_a_label() {
    // "Line" is a word WordNet knows; 320 runs to a model's hundreds.
    none(&[
        "The fault delayed Line 3 trains all morning.",
        "The carrier ordered Aerovik 320 jets last year.",
        // No verb before the name: a label as ever.
        "Oskaberg 27 sealed letters were found.",
    ]);
}

#[test]
fn passing_things_counts_them_exactly() {
    exact(
        "The chamber passed 12 bills before the recess.",
        "12 bills",
        12.0,
    );
    exact(
        "He passed 38 classified files to a foreign agent.",
        "38 classified files",
        38.0,
    );
    exact(
        "The assembly passed 1,234 amendments in a decade.",
        "1,234 amendments",
        1234.0,
    );
}

#[test]
fn passing_a_round_mark_is_past_it() {
    let c = counts("Ticket sales passed 1,500 fans on Friday.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "passed 1,500 fans");
    assert!(c[0].1.lo_open && c[0].1.lo == 1500.0, "{c:?}");
}

#[test]
fn a_name_before_a_verb_that_qualifies_the_number_is_its_subject() {
    // Not the label "Vesk 230": "passed" stands between.
    let c = counts("Prosecutors say Tarvel passed 230 sealed letters to an agent.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "passed 230 sealed letters");
    // With no verb between, a name and its number are still a label.
    none(&["Tarvel 230 sealed letters were found."]);
}
