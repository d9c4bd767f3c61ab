//! A length told in round units is not disputed by a finer one it may
//! have been rounded from, on small corpora written for these tests; a
//! length that rounding cannot explain still is. "More than" a figure
//! rounds down the figures near it, not far larger ones.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

#[test]
fn a_four_hour_debate_is_not_disputed_by_three_hours_and_50_minutes() {
    let c = corpus(&[
        "The council's four-hour debate on the harbour plan ended on Monday night with a vote to sell the old pier.\n",
        "The council debated the harbour plan for three hours and 50 minutes on Monday before voting to sell the old pier.\n",
        "After a debate of nearly four hours on Monday, the council voted to sell the old pier under the harbour plan.\n",
    ]);
    let f = analyze(&c);
    for (a, text) in [
        (0, "four-hour"),
        (1, "three hours and 50 minutes"),
        (2, "nearly four hours"),
    ] {
        let fact = fact_of(&c, &f, a, text);
        assert_ne!(f.facts[fact].status, Status::Conflict, "{text}");
    }
}

#[test]
fn talks_of_36_hours_are_not_disputed_by_more_than_36_hours() {
    let c = corpus(&[
        "Negotiators in Arvel agreed the fishing deal after talks that ran for more than 36 hours past the deadline.\n",
        "The fishing deal was agreed in Arvel after talks ran 36 hours past the deadline.\n",
        "In Arvel, talks on the fishing deal overran the deadline by 36 hours before a deal was struck.\n",
    ]);
    let f = analyze(&c);
    let over = fact_of(&c, &f, 0, "more than 36 hours");
    assert_ne!(f.facts[over].status, Status::Conflict);
}

#[test]
fn lengths_that_rounding_cannot_explain_still_conflict() {
    // The control for the tests above: 21 days is three weeks, but it was
    // told in days, so it is not a round "three weeks" that 23 could be.
    let c = corpus(&[
        "Teachers in Dunmore were on strike for 23 days before the pay deal was signed on Friday.\n",
        "The pay deal signed on Friday ends a strike in which Dunmore teachers walked out for 21 days.\n",
        "Dunmore teachers had been on strike for 23 days when the pay deal was signed on Friday.\n",
    ]);
    let f = analyze(&c);
    let strike = fact_of(&c, &f, 0, "23 days");
    assert_eq!(strike, fact_of(&c, &f, 1, "21 days"));
    assert_eq!(f.facts[strike].status, Status::Conflict);

    let c = corpus(&[
        "The two leaders spoke in a 15-minute phone call on Tuesday about the border crossing.\n",
        "The two leaders discussed the border crossing in an hour-long phone call on Tuesday.\n",
        "On Tuesday the two leaders held an hour-long phone call about the border crossing.\n",
    ]);
    let f = analyze(&c);
    let call = fact_of(&c, &f, 0, "15-minute");
    assert_eq!(call, fact_of(&c, &f, 1, "hour-long"));
    assert_eq!(f.facts[call].status, Status::Conflict);
}

/// The count the count extractor reads in `text`.
fn count(text: &str) -> crossread::engine::model::Value {
    let doc = crossread::engine::model::DocInfo::default();
    let found = crossread::engine::extract::count::extract(text, &doc);
    found.into_iter().next().expect("a count").value
}

#[test]
fn more_than_a_figure_is_told_of_the_figures_it_rounds_down_not_of_far_larger_ones() {
    use crossread::engine::link::compat::compatible;
    let more_than_70 = count("More than 70 officers took part in the raid.");
    // "More than 70" is how an outlet rounds 78 down, not 120.
    assert_eq!(
        compatible(&more_than_70, &count("Some 78 officers took part.")),
        Some(true)
    );
    assert_eq!(
        compatible(&more_than_70, &count("The team had 120 officers.")),
        None
    );
    assert_eq!(
        compatible(&count("The team had 120 officers."), &more_than_70),
        None
    );
    // Short of the floor is a dispute, as before.
    assert_eq!(
        compatible(&more_than_70, &count("Some 60 officers took part.")),
        Some(false)
    );
    // "At least" rounds nothing: a toll of at least 11 may be 21 by night.
    assert_eq!(
        compatible(
            &count("At least 11 people died in the flood."),
            &count("The flood killed 21 people.")
        ),
        Some(true)
    );
}

#[test]
fn a_roughly_rounded_compound_is_not_disputed_by_the_exact_figure() {
    let c = corpus(&[
        "The inquiry published its 1,712-page report on Monday, blaming the port authority.\n",
        "On Monday the inquiry published a roughly 1,700-page report that blames the port authority.\n",
        "The 1,712-page report, published on Monday, blames the port authority.\n",
    ]);
    let f = analyze(&c);
    let pages = fact_of(&c, &f, 0, "1,712-page");
    assert_eq!(pages, fact_of(&c, &f, 1, "roughly 1,700-page"));
    assert_ne!(f.facts[pages].status, Status::Conflict);
}

#[test]
fn a_ceiling_and_a_floor_at_one_figure_are_two_wordings_of_it_not_a_dispute() {
    use crossread::engine::link::compat::compatible;
    let as_many_as = count("Organisers said as many as 9,000 people had joined.");
    let more_than = count("Organisers said more than 9,000 people had joined.");
    assert_eq!(compatible(&as_many_as, &more_than), None);
    assert_eq!(compatible(&more_than, &as_many_as), None);
    // A ceiling short of the floor is still a dispute.
    assert_eq!(
        compatible(
            &count("Organisers said as many as 7,000 people had joined."),
            &more_than
        ),
        Some(false)
    );
}
