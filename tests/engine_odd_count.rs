//! One outlet's odd figure for a thing three others agree on ("about
//! 1,800 tonnes" of crude thrice, "about 1,100 tonnes" on the owner's
//! word once) is that thing in dispute when the two are the only figures
//! of it in the story; a figure on no one's word, or a third figure of the
//! thing, stays apart; on small corpora written for these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

const DATE: &str = "Published March 9, 2027\n\n";

/// The facts of the first article's figure and the fourth's, and the
/// first's status, for three articles that agree on `said` and a fourth
/// that says `y`; `more` is added to the first article.
fn odd_one(texts: [&str; 4], said: [&str; 3], y: &str, more: &str) -> (usize, usize, Status) {
    let texts: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| format!("{DATE}{t}{}\n", if i == 0 { more } else { "" }))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = corpus(&refs);
    let f = analyze(&c);
    let p = fact_of(&c, &f, 0, said[0]);
    assert_eq!(p, fact_of(&c, &f, 1, said[1]), "the first two agree");
    assert_eq!(p, fact_of(&c, &f, 2, said[2]), "the first three agree");
    (p, fact_of(&c, &f, 3, y), f.facts[p].status)
}

const SPILL: [&str; 3] = [
    "The tanker Halvard Star leaked about 1,800 tonnes of crude oil into the Vessa marine reserve, the maritime agency said.",
    "According to the maritime agency, 1,800 tonnes of crude oil spilled from the Halvard Star off the reserve.",
    "Around 1,800 tonnes of crude escaped from the tanker's damaged hull, the agency estimates.",
];
const SPILL_SAID: [&str; 3] = ["about 1,800 tonnes", "1,800 tonnes", "Around 1,800 tonnes"];

#[test]
fn a_fourth_outlet_s_odd_figure_of_the_only_thing_so_counted_is_in_dispute() {
    let (p, q, status) = odd_one(
        [
            SPILL[0],
            SPILL[1],
            SPILL[2],
            "The ship's owner said on Tuesday that about 1,100 tonnes of crude oil had escaped before divers sealed the hull.",
        ],
        SPILL_SAID,
        "about 1,100 tonnes",
        "",
    );
    assert_eq!(p, q);
    assert_eq!(status, Status::Conflict);
}

#[test]
fn an_odd_figure_on_no_one_s_word_stays_apart() {
    let (p, q, _) = odd_one(
        [
            SPILL[0],
            SPILL[1],
            SPILL[2],
            "By Tuesday about 1,100 tonnes of crude oil had escaped before divers sealed the hull.",
        ],
        SPILL_SAID,
        "about 1,100 tonnes",
        "",
    );
    assert_ne!(p, q);
}

#[test]
fn a_third_figure_of_the_thing_leaves_which_one_is_disputed_unsaid() {
    let (p, q, _) = odd_one(
        [
            SPILL[0],
            SPILL[1],
            SPILL[2],
            "The ship's owner said on Tuesday that about 1,100 tonnes of crude oil had escaped before divers sealed the hull.",
        ],
        SPILL_SAID,
        "about 1,100 tonnes",
        " A barge lost 300 tonnes of crude oil in the reserve, the agency said.",
    );
    assert_ne!(p, q);
}
