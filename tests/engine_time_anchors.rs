//! When a past time named in a value's sentence sets the value at that
//! time, and when it does not: on small corpora written for these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

#[test]
fn now_sets_a_figure_at_the_story_s_time_whatever_launch_date_precedes_it() {
    let c = corpus(&[
        "Published March 10, 2027\n\nThe bike scheme, run by Pedalis under a city contract, launched on March 2, 2026, and now has 168 docking stations across the port city.\n",
        "Published March 10, 2027\n\nThe bike scheme has 186 docking stations across the port city, the council said on Wednesday.\n",
        "Published March 10, 2027\n\nRun by Pedalis, the bike scheme has 186 docking stations across the port city and 2,400 bikes.\n",
    ]);
    let f = analyze(&c);
    let stations = fact_of(&c, &f, 1, "186 docking stations");
    assert_eq!(stations, fact_of(&c, &f, 0, "168 docking stations"));
    assert_eq!(f.facts[stations].status, Status::Conflict);
}

/// Three outlets on a bridge's traffic; the first in `tense`.
fn bridge(tense: &str) -> Vec<String> {
    vec![
        format!(
            "Published June 3, 2027\n\nThe old Kessel Bridge, opened in 1958, {tense} about 14,000 vehicles a day over the river.\n"
        ),
        "Published June 3, 2027\n\nThe Kessel Bridge carries 41,000 vehicles a day over the river, planners said.\n".to_string(),
        "Published June 3, 2027\n\nPlanners say the Kessel Bridge carries 41,000 vehicles a day over the river.\n".to_string(),
    ]
}

#[test]
fn a_year_in_an_aside_before_a_verb_in_the_present_does_not_date_the_figure() {
    let texts = bridge("carries");
    let c = corpus(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let f = analyze(&c);
    let traffic = fact_of(&c, &f, 1, "41,000 vehicles");
    assert_eq!(traffic, fact_of(&c, &f, 0, "about 14,000 vehicles"));
    assert_eq!(f.facts[traffic].status, Status::Conflict);
}

#[test]
fn a_year_in_an_aside_before_a_verb_in_the_past_still_dates_the_figure() {
    let texts = bridge("carried");
    let c = corpus(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    let f = analyze(&c);
    let traffic = fact_of(&c, &f, 1, "41,000 vehicles");
    assert_ne!(traffic, fact_of(&c, &f, 0, "about 14,000 vehicles"));
    assert!(f.facts.iter().all(|x| x.status != Status::Conflict));
}

#[test]
fn an_outlet_that_dates_its_figure_does_not_keep_a_dissenter_from_the_others() {
    // One outlet sets the figure in its year; the dissenter, like the
    // other two, does not: it still disputes what they all state.
    let c = corpus(&[
        "Published March 10, 2027\n\nHalden Homes sold 2,100 homes in 2026, the builder said on Tuesday.\n",
        "Published March 10, 2027\n\nHalden Homes sold 2,100 homes, the builder said on Tuesday.\n",
        "Published March 10, 2027\n\nThe builder Halden Homes said on Tuesday it sold 2,100 homes.\n",
        "Published March 10, 2027\n\nHalden Homes sold 1,200 homes, the builder said on Tuesday.\n",
    ]);
    let f = analyze(&c);
    let sold = fact_of(&c, &f, 1, "2,100 homes");
    assert_eq!(sold, fact_of(&c, &f, 0, "2,100 homes"));
    assert_eq!(sold, fact_of(&c, &f, 3, "1,200 homes"));
    assert_eq!(f.facts[sold].status, Status::Conflict);
}

#[test]
fn last_year_before_a_clock_sets_it_at_that_time_but_a_date_after_it_does_not() {
    let c = corpus(&[
        "Published March 10, 2027\n\nThe assembly passed the budget on Wednesday after an all-night sitting. Last year the budget debate in the assembly ended before midnight.\n",
        "Published March 10, 2027\n\nThe budget debate in the assembly ended at 7.40am on Wednesday, officials said.\n",
        "Published March 10, 2027\n\nThe assembly's budget debate ended at 7.40am on Wednesday.\n",
    ]);
    let f = analyze(&c);
    let midnight = fact_of(&c, &f, 0, "midnight");
    assert_ne!(midnight, fact_of(&c, &f, 1, "7.40am"));
    assert_eq!(fact_of(&c, &f, 2, "7.40am"), fact_of(&c, &f, 1, "7.40am"));
    assert!(f.facts.iter().all(|x| x.status != Status::Conflict));
    // A record's date later in the sentence dates the record, not the peak.
    let peak = corpus(&[
        "Published March 10, 2027\n\nDemand peaked at 3:40 p.m. on Tuesday, beating the record of 36.9 gigawatts set in August 2024.\n",
        "Published March 10, 2027\n\nDemand on the grid peaked at 4:40 p.m. on Tuesday, the operator said.\n",
        "Published March 10, 2027\n\nThe operator said demand peaked at 4:40 p.m. on Tuesday.\n",
    ]);
    let f = analyze(&peak);
    let at = fact_of(&peak, &f, 1, "4:40 p.m.");
    assert_eq!(at, fact_of(&peak, &f, 0, "3:40 p.m."));
}

#[test]
fn a_date_in_a_phrase_set_off_after_a_figure_is_that_phrase_s_not_the_figure_s() {
    // The tour dates, read in the publication's year, lie months before
    // it; they date the concerts of the phrase after the comma, not the
    // tickets sold this week.
    let c = corpus(&[
        "Published September 17, 2027\n\nBy evening the agency said it had sold 540,000 tickets for the 12 concerts, which will be played in eight cities from June 3 to Aug. 14.\n",
        "Published September 17, 2027\n\nThe agency said it had sold 610,000 tickets for the 12 concerts by evening.\n",
        "Published September 17, 2027\n\nBy evening the agency had sold 610,000 tickets for the concerts, it said.\n",
    ]);
    let f = analyze(&c);
    let sold = fact_of(&c, &f, 1, "610,000 tickets");
    assert_eq!(sold, fact_of(&c, &f, 0, "540,000 tickets"));
    assert_eq!(f.facts[sold].status, Status::Conflict);
}

#[test]
fn a_past_date_right_after_a_figure_still_sets_it_at_that_time() {
    let c = corpus(&[
        "Published September 17, 2027\n\nThe agency sold 540,000 tickets on June 3 for the 12 concerts.\n",
        "Published September 17, 2027\n\nThe agency said it had sold 610,000 tickets for the 12 concerts by evening.\n",
        "Published September 17, 2027\n\nBy evening the agency had sold 610,000 tickets for the concerts, it said.\n",
    ]);
    let f = analyze(&c);
    let sold = fact_of(&c, &f, 1, "610,000 tickets");
    assert_ne!(sold, fact_of(&c, &f, 0, "540,000 tickets"));
}

#[test]
fn a_year_opening_a_long_sentence_dates_a_figure_far_along_it() {
    // "In 2022, a blast at the operator's other quarry in the south of the
    // country killed two workers and injured five": the five are that
    // blast's, not a rival count of this one's injured.
    let (c, f) = corpus::heldout("quarryblastworkers");
    let earlier = fact_of(&c, &f, 0, "five");
    assert_ne!(earlier, fact_of(&c, &f, 3, "9"));
    assert_ne!(f.facts[earlier].status, Status::Conflict);
}
