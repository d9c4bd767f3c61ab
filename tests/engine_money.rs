//! Sums in currencies the extractor does not know by name, on small
//! corpora written for these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;
use crossread::engine::model::Kind;

#[test]
fn a_currency_that_is_also_a_common_word_is_a_currency_once_converted() {
    // "mark" has everyday senses, but one of its senses is a monetary
    // unit: converted in brackets, "3.4 million marks" is a sum.
    let c = corpus(&[
        "Investigators say the aide took payments totalling 3.4 million marks (about 680,000 euros) from the builder.\n",
        "The aide is accused of taking 3.4m marks from the builder, prosecutors said.\n",
    ]);
    let f = analyze(&c);
    let sum = fact_of(&c, &f, 0, "3.4 million marks");
    assert_eq!(sum, fact_of(&c, &f, 1, "3.4m marks"));
    assert_eq!(f.facts[sum].kind, Kind::Money);
    assert_eq!(f.facts[sum].status, Status::Agree);
}

#[test]
fn a_thing_of_everyday_use_converted_in_brackets_stays_a_count() {
    let c = corpus(&[
        "The tanker carried 2 million barrels ($150 million) of crude when it ran aground.\n",
        "The tanker ran aground carrying 2 million barrels of crude, the coastguard said.\n",
    ]);
    let f = analyze(&c);
    let oil = fact_of(&c, &f, 0, "2 million barrels");
    assert_ne!(f.facts[oil].kind, Kind::Money);
}
