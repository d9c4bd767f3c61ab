//! Regression guard on the held-out clusters added in later rounds (an
//! avalanche, an antitrust fine, a chemical plant explosion, a
//! no-confidence vote, a bridge collapse, a census, a prisoner exchange, a
//! cyclone, a stock market debut, a climbing record, a dam burst, exam
//! results, a bank collapse, a blackout, a doping ban, a landslide, a
//! tower block fire, an asteroid flyby, a ceasefire, a climate summit, a
//! canal blockage, an airline merger, a vaccination report, a lottery
//! jackpot, a libel award, a ride accident, a pension reform, a
//! snowstorm): written blind to the engine and never used to train the link
//! model, as those of `heldout_quality.rs` are. The bars sit a little
//! under today's scores.

mod common;

use common::heldout::run;

#[test]
fn avalanche_cluster_holds_its_scores() {
    let (s, conflicts) = run("avalanche");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // One real disagreement of two caught (an instructor's age).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn antitrust_cluster_holds_its_scores() {
    let (s, conflicts) = run("antitrust");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn explosion_cluster_holds_its_scores() {
    let (s, conflicts) = run("explosion");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // The fire's length is disputed (11 hours against 14); a plant's
    // 1980s workforce is another time's, no dispute of today's.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn noconfidence_cluster_holds_its_scores() {
    let (s, conflicts) = run("noconfidence");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // The debate's length is disputed by a lone outlet; a deadline ("by
    // Dec 2") kept by a date inside it ("next week") is not.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bridge_cluster_holds_its_scores() {
    let (s, conflicts) = run("bridge");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 3, "{s}");
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn census_cluster_holds_its_scores() {
    let (s, conflicts) = run("census");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.81, "{s}");
    assert!(s.status_ok >= 16, "{s}");
    assert!(s.traps <= 3, "{s}");
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prisonerswap_cluster_holds_its_scores() {
    let (s, conflicts) = run("prisonerswap");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cyclone_cluster_holds_its_scores() {
    let (s, conflicts) = run("cyclone");
    assert!(s.link_f1 >= 0.69, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 7, "{s}");
    // The houses damaged are disputed; a forecast speed ("forecasters
    // expect it to weaken to about 35mph") is no dispute of a measured one.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ipo_cluster_holds_its_scores() {
    let (s, conflicts) = run("ipo");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn everest_cluster_holds_its_scores() {
    let (s, conflicts) = run("everest");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: Solvhaug's previous ascents of Karvash (four in three outlets, five in
    // the Daily Courant); temperature at the summit (-31C / -24F in three outlets; -35C / -31F in
    // the Harbinger).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn damburst_cluster_holds_its_scores() {
    let (s, conflicts) = run("damburst");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    // One article's bare "3.05am" sirens and its "1.50am BST" burst are two
    // moments, not one fact.
    assert!(s.traps <= 1, "{s}");
    // None of the two real disagreements is caught yet; one ✗ is false (a
    // budget cut "in 2024" against cuts "since 2020").
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn examresults_cluster_holds_its_scores() {
    let (s, conflicts) = run("examresults");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    // One ✗ is the girls' lead read across a count of "points" and a
    // share; one is false: last year's results day against another
    // country's "last week".
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bankcollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("bankcollapse");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.82, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 3, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn blackout_cluster_holds_its_scores() {
    let (s, conflicts) = run("blackout");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Both real disagreements caught (power lost, trains stopped).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn doping_cluster_holds_its_scores() {
    let (s, conflicts) = run("doping");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 3, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn landslide_cluster_holds_its_scores() {
    let (s, conflicts) = run("landslide");
    assert!(s.link_f1 >= 0.78, "{s}");
    // "an altitude of 2,150m", "about 400m in width", "(12.2in)" are
    // measures.
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn towerfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("towerfire");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Both real disagreements caught (the time the fire was under
    // control, the tower's height); a rise of 8 per cent against "one in
    // four" of the dead once made a third, false.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn asteroid_cluster_holds_its_scores() {
    let (s, conflicts) = run("asteroid");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 2, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ceasefire_cluster_holds_its_scores() {
    let (s, conflicts) = run("ceasefire");
    assert!(s.link_f1 >= 0.71, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 5, "{s}");
    // "Shortly before midnight" is 23:40, on the clock face: no ✗.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn climatesummit_cluster_holds_its_scores() {
    let (s, conflicts) = run("climatesummit");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 6, "{s}");
    // Three ✗ are false and not fixed: "more than 36 hours" against "a day
    // and a half", a planned 12 days against two weeks, and the 191 in
    // dispute grouped with another summit's 181.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn canalblock_cluster_holds_its_scores() {
    let (s, conflicts) = run("canalblock");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 8, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airlinemerger_cluster_holds_its_scores() {
    let (s, conflicts) = run("airlinemerger");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 6, "{s}");
    // Disagreements caught: jobs to be cut after the merger (2,400 vs 3,100 in the Dravenholm
    // Dagbladet); age of Brightwing chief executive Douglas Pennefather (61 vs 62 in Harbor
    // Business Daily). 4 ✗ shown in all.
    assert!(conflicts <= 4, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn vaccination_cluster_holds_its_scores() {
    let (s, conflicts) = run("vaccination");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of the vaccination campaign (ten weeks / 70 days in three
    // outlets; 12 weeks in the Northgate Courier), not caught yet: national second-dose coverage
    // after the campaign (86.1% in three outlets; 81.6% in Lendrava Today).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lottery_cluster_holds_its_scores() {
    let (s, conflicts) = run("lottery");
    assert!(s.link_f1 >= 0.94, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Both real disagreements caught; a British paper's bare "8.15pm"
    // against a local "21:15" is no third.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn libel_cluster_holds_its_scores() {
    let (s, conflicts) = run("libel");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn parkaccident_cluster_holds_its_scores() {
    let (s, conflicts) = run("parkaccident");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 3, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pensionreform_cluster_holds_its_scores() {
    let (s, conflicts) = run("pensionreform");
    assert!(s.link_f1 >= 0.71, "{s}");
    // "13 strike days" is a length of days.
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 3, "{s}");
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn snowstorm_cluster_holds_its_scores() {
    let (s, conflicts) = run("snowstorm");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // The flights are disputed; one ✗ is false and not fixed: three
    // killed by falling trees against two found in cars, parts of one toll.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}
