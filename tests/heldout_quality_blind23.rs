//! Regression guard on the held-out clusters of the twenty-third session
//! (eighteen stories, from a senator's resignation and a disarmament
//! summit to a mayor's indictment and an ambassador recalled; the list is
//! in `tests/fixtures/heldout/README.md`): written blind to the engine and
//! never used to train the link model, as those of `heldout_quality.rs`
//! are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn borderclosure_cluster_holds_its_scores() {
    let (s, conflicts) = run("borderclosure");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: lorry drivers stranded at Harvel (2,300 per the transport
    // ministry's Tuesday count; Harvel Today says 3,200); daily compensation per lorry held at the
    // border (Herald: EUR 150; Tribune: EUR 175).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn budgetdeficit_cluster_holds_its_scores() {
    let (s, conflicts) = run("budgetdeficit");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: shortfall of tax revenue against forecast (EUR 4.7bn; the
    // Dispatch says 7.4bn); number of ministries that overspent (Ledger: nine; Drevna Today: 11).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn disarmamenttalks_cluster_holds_its_scores() {
    let (s, conflicts) = run("disarmamenttalks");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: area of the Drezna test range (340 sq km = 131 sq miles; the
    // American paper's 211 square miles is a linear-mile misconversion); kastria's own
    // contribution to a fund for border towns (EUR 75m vs EUR 57m).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electionpostponed_cluster_holds_its_scores() {
    let (s, conflicts) = run("electionpostponed");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: age of commission chair Ilse Marvik (58 in the Ledger, 61 in Lindgrad
    // Now), not caught yet: polling stations nationwide (11,460); the Tribune's 12,460 is a slip.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn envoyrecalled_cluster_holds_its_scores() {
    let (s, conflicts) = run("envoyrecalled");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: varnesian diplomats expelled by Kestria in retaliation (four; the
    // Capital Ledger says five); age of Matthias Grell (the Harbury Gazette says 41, the Capital
    // Ledger 43).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn immunityvote_cluster_holds_its_scores() {
    let (s, conflicts) = run("immunityvote");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: deputies who voted against lifting immunity (64; the Tribune's
    // 46 is a slip); how long the immunity committee deliberated (eight weeks vs six weeks).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mayorindicted_cluster_holds_its_scores() {
    let (s, conflicts) = run("mayorindicted");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: building permits the bribes allegedly bought (37; Albion Herald says
    // 47), not caught yet: length of the court hearing (25 minutes vs about 45 minutes).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn memoleak_cluster_holds_its_scores() {
    let (s, conflicts) = run("memoleak");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: jobs to be cut under the memo (6,200; the Eastport Ledger says 7,400);
    // MPs who signed the no-confidence motion (Observer 41, ArdoNow 44; the wire and the Ledger do
    // not say).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nationalisation_cluster_holds_its_scores() {
    let (s, conflicts) = run("nationalisation");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: dravik's loss last year (2026): EUR 870m in three outlets, EUR 780m in
    // Velgrad Today, not caught yet: abstentions in the final vote: nine (Meridian Wire) vs 11
    // (Lakeshore Tribune); the other two are silent.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn oppositionarrest_cluster_holds_its_scores() {
    let (s, conflicts) = run("oppositionarrest");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: pre-trial detention ordered if bail is not paid (30 days;
    // Lakeport Courier says 60); times Halvik had been arrested before (Morning Ledger: two, in
    // 2019 and 2023; Karsk Today: three).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn parliamentboycott_cluster_holds_its_scores() {
    let (s, conflicts) = run("parliamentboycott");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: complaints the opposition filed with the Electoral Court (214; Velgrad
    // Today says 241); age of opposition leader Ilona Vestrak (54 in the Tribune, 56 in Velgrad
    // Today).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn parliamentdissolved_cluster_holds_its_scores() {
    let (s, conflicts) = run("parliamentdissolved");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: MPs who voted for the government in Tuesday's confidence vote (109;
    // the Lakeshore Tribune says 106), not caught yet: length of Reinholt's televised address (12
    // minutes in the Albion Courier, 18 minutes in Velmont Today).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pensionprotest_cluster_holds_its_scores() {
    let (s, conflicts) = run("pensionprotest");
    assert!(s.link_f1 >= 0.69, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people arrested on the day of the march (37; the Tribune says 47), not
    // caught yet: castrelle metro lines shut by the strike (four of six per the wire, five of six
    // per Castrelle Now).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn perjurycharge_cluster_holds_its_scores() {
    let (s, conflicts) = run("perjurycharge");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: witnesses the prosecution will call at trial, not caught yet: when the
    // State Land Agency sold the estate to Korvel.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn presidentialdebate_cluster_holds_its_scores() {
    let (s, conflicts) = run("presidentialdebate");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: times Halstrom interrupted Vasko, per FaktLab (34; one outlet says
    // 43), not caught yet: share in Meridian's post-debate snap poll who said Vasko won (52% vs
    // 56%).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn senatorresigns_cluster_holds_its_scores() {
    let (s, conflicts) = run("senatorresigns");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: private trips paid from campaign funds (23; the Dispatch's 32 is a
    // slip); ethics committee members voting to open the inquiry (9-2 vs eight votes to three).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn speakervote_cluster_holds_its_scores() {
    let (s, conflicts) = run("speakervote");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: votes for Brenner in the leadership ballot (29; the Ledger says 31),
    // not caught yet: time the ballot result was announced (16:05 CET = 15:05 GMT = 10:05 a.m. EST;
    // the Ledger says shortly after 11 a.m. ET).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn troopwithdrawal_cluster_holds_its_scores() {
    let (s, conflicts) = run("troopwithdrawal");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: kestrian soldiers killed over the mission (27; 29 in the Carrington
    // Post), not caught yet: length of the resignation letter in words (340 in the Weyland
    // Courier, 430 in Kestria Today).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
