//! Regression guard on the held-out clusters in tests/fixtures/heldout (a
//! takeover, an election, a storm, a rail strike, an emergency landing, an
//! outbreak, a wildfire, a carmaker's results and job cuts, a football
//! transfer, a central bank's rate cut, a protest march, a ferry
//! disaster, a data breach, a drug trial, a car recall, a rocket launch, a
//! budget vote, a novelist's obituary, a heatwave, a mine rescue, a
//! marathon record, a museum heist, a derailment, an auction record, an
//! electronics maker's quarter, a cup final, a volcano, a drug approval, a
//! flood, a senate vote, a fraud verdict, house prices, a tennis final,
//! an oil spill; the later ones are in `heldout_quality_recent.rs`):
//! written blind to the engine and never used to train the link model, so
//! they keep measuring how it does on stories of kinds it was not fitted
//! to. The bars sit a little under today's scores.

mod common;
#[path = "common/corpus.rs"]
mod corpora;

use std::path::PathBuf;

use common::heldout::run;
use crossread::engine::link::{FactSet, Status};
use crossread::engine::{analyze, load};

#[test]
fn takeover_cluster_holds_its_scores() {
    let (s, conflicts) = run("takeover");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 14, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Its gold lists every disagreement (two); both are caught today
    // (the job cuts through `link/dispute.rs`), and a false ✗ would be a
    // third one here.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn election_cluster_holds_its_scores() {
    let (s, conflicts) = run("election");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 12, "{s}");
    assert!(s.traps <= 1, "{s}");
    assert_eq!(conflicts, 0, "no disagreement is linked today\n{s}");
}

#[test]
fn storm_cluster_holds_its_scores() {
    let (s, conflicts) = run("storm");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 12, "{s}");
    // Its traps are mostly a 2011 hurricane's toll and last year's outage.
    assert!(s.traps <= 1, "{s}");
    assert_eq!(conflicts, 0, "no disagreement is linked today\n{s}");
}

#[test]
fn strike_cluster_holds_its_scores() {
    let (s, conflicts) = run("strike");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 13, "{s}");
    // The 2023 strike also lasted 72 hours.
    assert!(s.traps <= 2, "{s}");
    // Both real disagreements caught (the pay offer, 3.2% against 3.5%,
    // since one outlet's odd rate joins the others'); a cost per point of
    // pay against the cost of the whole gap was once a false third.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn flight_cluster_holds_its_scores() {
    let (s, conflicts) = run("flight");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people injured in the incident (12 minor injuries; KNN says 21), not
    // caught yet: altitude when the engine failed (11,000 ft = about 3,350 m; Airframe Report says
    // 17,000 ft).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn outbreak_cluster_holds_its_scores() {
    let (s, conflicts) = run("outbreak");
    assert!(s.link_f1 >= 0.62, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 15, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Both real disagreements are caught; the two outlets' page stamps
    // once made a third, false one.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wildfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("wildfire");
    assert!(s.link_f1 >= 0.66, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    // Its traps: a neighbouring fire's crews and evacuees, days other
    // things happened on, an unnamed 58-year-old.
    assert!(s.traps <= 6, "{s}");
    // The 2019 fire's "over 11 days" against "for 11 days", and "nine
    // other villages" against "11 surrounding villages", were false ✗;
    // the one ✗ now is the burnt homes (see below).
    assert_eq!(conflicts, 1, "one disagreement is linked today\n{s}");
}

/// The fact holding the mention with exactly `text` in the article whose
/// file name starts with `prefix`.
fn fact_holding(corpus: &load::Corpus, facts: &FactSet, prefix: &str, text: &str) -> usize {
    let a = corpus
        .articles
        .iter()
        .position(|a| a.id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no article {prefix}"));
    corpora::fact_of(corpus, facts, a, text)
}

/// One outlet's figure for a story's main fact against the figure three
/// others give in several places each: one fact, shown as a conflict,
/// though most of the many pairs across the two figures share few words
/// (`link/dispute.rs`).
fn assert_disputed(name: &str, (a, x): (&str, &str), (b, y): (&str, &str)) {
    let dir: PathBuf = ["tests", "fixtures", "heldout", name].iter().collect();
    let corpus = load::load_paths(std::slice::from_ref(&dir)).expect("cluster loads");
    let facts = analyze(&corpus);
    let fact = fact_holding(&corpus, &facts, a, x);
    assert_eq!(fact, fact_holding(&corpus, &facts, b, y), "{x} and {y}");
    assert_eq!(facts.facts[fact].status, Status::Conflict, "{x} and {y}");
}

#[test]
fn one_outlet_s_count_of_burnt_homes_disputes_the_others() {
    assert_disputed("wildfire", ("001", "318 homes"), ("003", "381 homes"));
}

#[test]
fn one_outlet_s_count_of_job_cuts_disputes_the_others() {
    assert_disputed(
        "layoffs",
        ("001", "about 4,500 jobs"),
        ("003", "5,400 jobs"),
    );
    assert_disputed(
        "takeover",
        ("004", "about 1,800 jobs"),
        ("003", "2,100 jobs"),
    );
}

#[test]
fn layoffs_cluster_holds_its_scores() {
    let (s, conflicts) = run("layoffs");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    assert_eq!(conflicts, 1, "the job cuts' disagreement only\n{s}");
}

#[test]
fn transfer_cluster_holds_its_scores() {
    let (s, conflicts) = run("transfer");
    assert!(s.link_f1 >= 0.72, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 16, "{s}");
    assert!(s.traps <= 1, "{s}");
    // One real disagreement caught (31 against 29 goals), one false: the
    // club's 11 trophies against its manager's seven.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ratecut_cluster_holds_its_scores() {
    let (s, conflicts) = run("ratecut");
    assert!(s.link_f1 >= 0.70, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    // Another central bank's cut of the same size, wages growing at the
    // new rate's figure, house prices up by the inflation rate.
    assert!(s.traps <= 5, "{s}");
    // The one real disagreement, a council's split (7-2 against 6-3),
    // shows on each side of it: 7 against 6, 2 against 3.
    assert!(conflicts <= 2, "one real disagreement caught\n{s}");
}

#[test]
fn protest_cluster_holds_its_scores() {
    let (s, conflicts) = run("protest");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.80, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // The arrests are disputed; the time the march set off (14:00 local
    // against a local paper's bare 15:00) is shown as possibly different,
    // since bare times a whole hour apart may be two zones' one moment. A
    // third ✗ would be false.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ferry_cluster_holds_its_scores() {
    let (s, conflicts) = run("ferry");
    assert!(s.link_f1 >= 0.68, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: crew members on board (27 in Compass Wire, the Thamesgate Chronicle
    // and the Hudson Dispatch; 34 in Kalistra Today), not caught yet: age of the Lady Alcina
    // (built in 1996, 31 years old, in three outlets; built in 2004, 23 years old, in the Hudson
    // Dispatch).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn breach_cluster_holds_its_scores() {
    let (s, conflicts) = run("breach");
    assert!(s.link_f1 >= 0.66, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 6, "{s}");
    // An analysts' call "at 4:30 a.m. ET on Thursday" read as a Thursday
    // gone once made a false ✗ against the other outlet's call.
    assert_eq!(conflicts, 0, "no disagreement is linked today\n{s}");
}

#[test]
fn trial_cluster_holds_its_scores() {
    let (s, conflicts) = run("trial");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 5, "{s}");
    // One real disagreement caught (serious side effects); "17 March next
    // year" read as this year's once made a false one.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn recall_cluster_holds_its_scores() {
    let (s, conflicts) = run("recall");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // One real disagreement caught (the crashes); a second ✗ would be
    // false today.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn launch_cluster_holds_its_scores() {
    let (s, conflicts) = run("launch");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // One real disagreement caught (the cargo's mass). A splashdown "on
    // Tuesday", placed in the week gone only by guess, once made a false
    // ✗ against the outlets that dated it a week on.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn budget_cluster_holds_its_scores() {
    let (s, conflicts) = run("budget");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: public-sector jobs cut by the budget (9,500 in three outlets; 12,000 in
    // the Lakemont Post); length of the public-sector pay freeze (two years / 24 months in three
    // outlets; three years in the Lakemont Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn obituary_cluster_holds_its_scores() {
    let (s, conflicts) = run("obituary");
    assert!(s.link_f1 >= 0.70, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Both real disagreements caught (languages, the marriage's length).
    // Three false ✗ once: two writers' deaths, "11 weeks" against "two and
    // a half months", and a "Tuesday" guessed a week early.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn heatwave_cluster_holds_its_scores() {
    let (s, conflicts) = run("heatwave");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 7, "{s}");
    // Both real disagreements (heat deaths, peak demand in gigawatts) are
    // caught; a third ✗ would be false.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mine_cluster_holds_its_scores() {
    let (s, conflicts) = run("mine");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: width of the rescue shaft (66 cm = 26 in in three outlets; 71 cm in the
    // Kaldor Courier); age of foreman Ilko Varsan, the last man out (58 in three outlets; 61 in the
    // Bayshore Times).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn marathon_cluster_holds_its_scores() {
    let (s, conflicts) = run("marathon");
    assert!(s.link_f1 >= 0.68, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Both real disagreements (the halfway split, the record bonus) are
    // caught; "75-degree heat" read as a count once made a third, false.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn heist_cluster_holds_its_scores() {
    let (s, conflicts) = run("heist");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Both real disagreements caught (pieces stolen; men arrested, since
    // "men" counts). Two false ✗ once: "cut in January" guessed into next
    // year, and two figures' years.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn derail_cluster_holds_its_scores() {
    let (s, conflicts) = run("derail");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 7, "{s}");
    // One real disagreement caught (passengers on board). A 1987 crash's
    // 31 dead once made a false one against this crash's 19.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn auction_cluster_holds_its_scores() {
    let (s, conflicts) = run("auction");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of the bidding for the lot (18 minutes; 24 in the Cedar Valley
    // Times), not caught yet: year The Salt Gatherers was painted (1931; 1933 in the Korvia
    // Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn earnings_cluster_holds_its_scores() {
    let (s, conflicts) = run("earnings");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Both real disagreements are caught (devices shipped, the chief
    // executive's age); a third ✗, the quarter's end against a rival's
    // report "in April", is false and not fixed yet.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn final_cluster_holds_its_scores() {
    let (s, conflicts) = run("final");
    assert!(s.link_f1 >= 0.68, "{s}");
    assert!(s.mention_recall >= 0.80, "{s}");
    assert!(s.status_ok >= 15, "{s}");
    assert!(s.traps <= 1, "{s}");
    // The one ✗ shown is false (a landing at 11 a.m. against a hospital
    // visit at 13:00, both beside Sunday's parade); the score "2-1" and
    // "94th minute" are not read yet.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn volcano_cluster_holds_its_scores() {
    let (s, conflicts) = run("volcano");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Neither real disagreement (the ash column's height, the 1986 toll)
    // is caught yet, and no false one is shown.
    assert!(conflicts == 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn drugtrial_cluster_holds_its_scores() {
    let (s, conflicts) = run("drugtrial");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 6, "{s}");
    // One real disagreement caught (the trial's length, two years in a
    // lone outlet against 18 months).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn flood_cluster_holds_its_scores() {
    let (s, conflicts) = run("flood");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: people evacuated (38,000 / nearly 40,000 in three outlets; 52,000 in
    // Marvonia Today), not caught yet: the Selva's peak at the Korvel gauge on Tuesday evening
    // (8.16 m / 26.8 ft in the Northgate Wire, the Albion Courier and Marvonia Today; 28.2 ft /
    // 8.61 m in the Lakeshore Tribune).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn senatevote_cluster_holds_its_scores() {
    let (s, conflicts) = run("senatevote");
    assert!(s.link_f1 >= 0.65, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // One real disagreement caught (amendments voted on).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fraudverdict_cluster_holds_its_scores() {
    let (s, conflicts) = run("fraudverdict");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Both real disagreements caught (hours of deliberation, a
    // co-defendant's years). Two false ✗ once: "nine of the 11 charges"
    // read as 11, and a British paper's bare "2.45pm" (UK time) against
    // the local "15:45".
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn housing_cluster_holds_its_scores() {
    let (s, conflicts) = run("housing");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 7, "{s}");
    // One real disagreement caught (the two-year fixed rate); two ✗ are
    // false and not fixed yet (14 months of rises against 21 of falls,
    // two towns' flats).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tennis_cluster_holds_its_scores() {
    let (s, conflicts) = run("tennis");
    assert!(s.link_f1 >= 0.65, "{s}");
    assert!(s.mention_recall >= 0.82, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: aces Sandqvist hit in the final (31 in three outlets; 28 in Costavera
    // Today), not caught yet: length of the final (4 hours 38 minutes = 278 minutes in three
    // outlets; 4 hours 53 minutes in the Bayport Herald). 2 ✗ shown in all.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn oilspill_cluster_holds_its_scores() {
    let (s, conflicts) = run("oilspill");
    assert!(s.link_f1 >= 0.71, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Both real disagreements caught (the fund, the captain's age); a 1998
    // spill's fine once made a third, false: the outlet that gave it also
    // gave the fine in dispute, within the fact.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}
