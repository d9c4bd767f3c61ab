//! Regression guard on the held-out clusters in tests/fixtures/heldout (a
//! takeover, an election, a storm, a rail strike, an emergency landing, an
//! outbreak, a wildfire, a carmaker's results and job cuts, a football
//! transfer, a central bank's rate cut): written blind to the engine and
//! never used to train the link model, so they keep measuring how it does
//! on stories of kinds it was not fitted to. The bars sit a little under
//! today's scores.

mod common;

use std::path::{Path, PathBuf};

use common::score::{Score, score};
use crossread::engine::link::Status;
use crossread::engine::{analyze, load};

fn run(name: &str) -> (Score, usize) {
    let dir: PathBuf = ["tests", "fixtures", "heldout", name].iter().collect();
    let corpus = load::load_paths(std::slice::from_ref(&dir)).expect("cluster loads");
    let facts = analyze(&corpus);
    let conflicts = facts
        .facts
        .iter()
        .filter(|f| f.status == Status::Conflict)
        .count();
    (
        score(&dir.join("gold.json"), Path::new(&dir), &corpus, &facts),
        conflicts,
    )
}

#[test]
fn takeover_cluster_holds_its_scores() {
    let (s, conflicts) = run("takeover");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 14, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Its gold lists every disagreement (two); one is caught today, and
    // a false ✗ would be a second one here.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
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
    // One real disagreement caught; a cost per point of pay against the
    // cost of the whole gap was once a false second.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn flight_cluster_holds_its_scores() {
    let (s, conflicts) = run("flight");
    assert!(s.link_f1 >= 0.60, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 2, "{s}");
    assert_eq!(conflicts, 0, "no disagreement is linked today\n{s}");
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
    // other villages" against "11 surrounding villages", were false ✗.
    assert_eq!(conflicts, 0, "no disagreement is linked today\n{s}");
}

#[test]
fn layoffs_cluster_holds_its_scores() {
    let (s, conflicts) = run("layoffs");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    assert_eq!(conflicts, 0, "no disagreement is linked today\n{s}");
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
    assert!(conflicts <= 1, "one real disagreement caught\n{s}");
}
