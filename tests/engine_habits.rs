//! A figure told as what usually happens ("pharmacies normally fill
//! 350,000 prescriptions a day") disputes no figure of the day the story
//! tells ("260,000 prescriptions went unfilled on Monday"); on small
//! corpora written for these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

const DATE: &str = "Published February 16, 2027\n\n";

/// The fact and status of the fourth article's figure, and the fact of
/// the first's, after three articles that say `said`.
fn fourth(said: [&str; 3], first: &str, fourth: &str, figure: &str) -> (usize, usize, Status) {
    let texts: Vec<String> = said
        .iter()
        .chain([&fourth])
        .map(|t| format!("{DATE}Pharmacists across Calvora walked out on Monday over unpaid reimbursements. {t}\n"))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = corpus(&refs);
    let f = analyze(&c);
    let q = fact_of(&c, &f, 3, figure);
    (fact_of(&c, &f, 0, first), q, f.facts[q].status)
}

const DAY: &str = "The union estimated that about 260,000 prescriptions went unfilled on Monday.";

#[test]
fn a_usual_day_s_figure_is_no_dispute_of_the_strike_day_s() {
    let (_, _, status) = fourth(
        [
            "Calvoran pharmacies normally dispense some 350,000 prescriptions a day, according to the health fund.",
            "Pharmacies in Calvora normally fill about 350,000 prescriptions a day, the fund said.",
            "On an ordinary weekday, pharmacies dispense some 350,000 prescriptions, the fund said.",
        ],
        "some 350,000 prescriptions",
        DAY,
        "about 260,000 prescriptions",
    );
    assert_ne!(status, Status::Conflict);
}

#[test]
fn two_figures_of_the_strike_day_do_conflict() {
    let (p, q, status) = fourth(
        [
            "The health fund said some 350,000 prescriptions went unfilled on Monday.",
            "About 350,000 prescriptions went unfilled on Monday, the fund said.",
            "Some 350,000 prescriptions went unfilled on Monday, according to the fund.",
        ],
        "some 350,000 prescriptions",
        DAY,
        "about 260,000 prescriptions",
    );
    assert_eq!(p, q);
    assert_eq!(status, Status::Conflict);
}
