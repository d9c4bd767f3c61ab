//! Regression guard on the held-out clusters of the eighteenth session
//! (twelve stories, from road deaths and a tram crash to a city
//! half-marathon stopped by heat; the list is in
//! `tests/fixtures/heldout/README.md`): written blind to the engine and
//! never used to train the link model, as those of `heldout_quality.rs`
//! are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn roaddeaths_cluster_holds_its_scores() {
    let (s, conflicts) = run("roaddeaths");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: cyclists killed in 2026 (97; the Continental Herald's 79 is a
    // transposition slip); average rural ambulance response time to a serious crash (19 min; the
    // Northern Ledger's 29 is a slip).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tramcrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("tramcrash");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: fine OCT paid in 2024 (EUR 240,000; the Tribune says 420,000);
    // the tram driver's age (41; Orsberg Now says 44).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bookprize_cluster_holds_its_scores() {
    let (s, conflicts) = run("bookprize");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: noor Callender's age (31; the Capital Tribune says 33); length
    // of The Glass Tide in pages (512; Skarholm Today's fact box says 521).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lithiumdeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("lithiumdeal");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: permanent jobs once the mine runs (850; Drevana Today says
    // 580); time from first production to full output (four years; the Sentinel says three).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn shipyardorder_cluster_holds_its_scores() {
    let (s, conflicts) = run("shipyardorder");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: new jobs the order creates (650; the Northern Courier says
    // 560); length of each frigate (138 m / 453 ft; Hallby Now says 148 m).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pollresult_cluster_holds_its_scores() {
    let (s, conflicts) = run("pollresult");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: poll sample size (1,512 adults); the Ledger's 1,215 is a
    // transposition slip; seats projected for the Progressive Union (61); the Sentinel's 64 is a
    // slip.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bankoutage_cluster_holds_its_scores() {
    let (s, conflicts) = run("bankoutage");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: time the outage began (06:42 local, CET = 05:42 GMT = 00:42
    // ET); HallenNow says 7.42am; customers hit by the outage (3.2 million; the Meridian Tribune
    // says about 2.3 million).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn gymnastics_cluster_holds_its_scores() {
    let (s, conflicts) = run("gymnastics");
    assert!(s.link_f1 >= 0.62, "{s}");
    assert!(s.mention_recall >= 0.76, "{s}");
    assert!(s.status_ok >= 15, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: winning margin over Halden (57.366 - 56.899 = 0.467 points);
    // nations taking part in the championships (38).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn courtfine_cluster_holds_its_scores() {
    let (s, conflicts) = run("courtfine");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: date Lina Osterwald died (Friday 14 August 2026); the Tribune's 'Aug.
    // 4' is a slip, not caught yet: earlier allergen-labelling complaints Maranta received (23;
    // Lindhavn Today's 32 is a slip).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn rocketlaunch_cluster_holds_its_scores() {
    let (s, conflicts) = run("rocketlaunch");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: time from lift-off to explosion (73 seconds; the American
    // paper says 78); age of founder Mirela Castan (51; the British paper says 53).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn citymarathonheat_cluster_holds_its_scores() {
    let (s, conflicts) = run("citymarathonheat");
    assert!(s.link_f1 >= 0.69, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: runners taken to hospital: 17 (wire, US paper, local) vs 19 (Northgate
    // Courier); women's winning time: 1:11:38 (wire, Courier, local) vs 1:12:38 (Lakeshore
    // Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wageincrease_cluster_holds_its_scores() {
    let (s, conflicts) = run("wageincrease");
    assert!(s.link_f1 >= 0.72, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: workers who get the rise (about 1.9 million; the Record's 2.9
    // million is a slip); annual cost of the rise to employers (£2.3bn = $2.9bn; Brindlewick Now's
    // £3.2bn is a slip).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
