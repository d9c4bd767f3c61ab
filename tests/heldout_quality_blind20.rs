//! Regression guard on the held-out clusters of the twentieth session
//! (twenty-four stories, from an expulsion of diplomats and a cabinet
//! reshuffle to a homeless count and a jobless rate; the list is in
//! `tests/fixtures/heldout/README.md`): written blind to the engine and
//! never used to train the link model, as those of `heldout_quality.rs`
//! are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn ambassadorexpel_cluster_holds_its_scores() {
    let (s, conflicts) = run("ambassadorexpel");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: age of Pavel Dorne (52 vs 54), not caught yet: time the expelled
    // diplomats have to leave (72 hours; Delmora Now says 48 hours).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn treasurerindicted_cluster_holds_its_scores() {
    let (s, conflicts) = run("treasurerindicted");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: celinek's bail (150,000 vs 180,000 euros; only the wire and Halvane
    // Live give it), not caught yet: number of counts in Celinek's indictment (14; the Tribune's
    // 16 is the slip).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cabinetreshuffle_cluster_holds_its_scores() {
    let (s, conflicts) = run("cabinetreshuffle");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: council seats the KDU lost nationally in the local elections (312; 213
    // in the Courier is a slip), not caught yet: KDU national support in Monday's Norden Institute
    // poll (23% vs 26%).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn vetooverride_cluster_holds_its_scores() {
    let (s, conflicts) = run("vetooverride");
    assert!(s.link_f1 >= 0.72, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: assembly votes in favour of the override (Tuesday 9 March 2027): 68;
    // Westmarch Now says 66, not caught yet: size of the state's rainy-day reserve fund: Harbour
    // Line $2.3bn vs Tribune $3.2bn.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn governorrace_cluster_holds_its_scores() {
    let (s, conflicts) = run("governorrace");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: Ilvane's final winning margin in votes (21,614; Marrenland Now says
    // 26,114), not caught yet: turnout at the 2023 election (Daily Meridian 61.5% vs Harbor City
    // Tribune 59.8%).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn courtruling_cluster_holds_its_scores() {
    let (s, conflicts) = run("courtruling");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: length of the majority ruling in pages (212); people convicted
    // under the act (417 per Meridian Press; 'more than 450' per Darnholt Now).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn summitmeeting_cluster_holds_its_scores() {
    let (s, conflicts) = run("summitmeeting");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: number of agreements signed at the summit (11; the American paper says
    // 12), not caught yet: journalists accredited for the summit (wire: about 640; VelmoraNow:
    // 460).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn senatorscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("senatorscandal");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: number of Vinter's claims the audit found broke the rules (137; Herald
    // says 173); Vinter's share of the vote in Lower Vessa in 2023 (Tribune 57.4%, Vessa Today just
    // over 52%).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hungerstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("hungerstrike");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: weight Vask lost during the strike, not caught yet: distance from
    // Hollin prison to the hospital in Brask.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn footballertax_cluster_holds_its_scores() {
    let (s, conflicts) = run("footballertax");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: fine imposed on Solvik (EUR 2.35m = GBP 2.0m = USD 2.59m); GoalLine
    // says EUR 2.53m; length of Solvik's trial (Sentinel 11 days, Tribune nine days).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn missinghiker_cluster_holds_its_scores() {
    let (s, conflicts) = run("missinghiker");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: lowest night temperature in the park during her ordeal (Saturday 6
    // March): minus 9C vs -6C, not caught yet: Liena Varsk's age (34; Belmira Today says 43).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn impeachment_cluster_holds_its_scores() {
    let (s, conflicts) = run("impeachment");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of the Assembly debate (nearly 11 hours vs 13 hours), not
    // caught yet: deputies voting for impeachment (214; 004 says 241).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ceoousted_cluster_holds_its_scores() {
    let (s, conflicts) = run("ceoousted");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: length of Tuesday's board meeting (about six hours vs nearly
    // nine hours); kestrel write-down of 18 February (EUR 1.84bn; City Ledger says EUR 1.48bn).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn marsprobe_cluster_holds_its_scores() {
    let (s, conflicts) = run("marsprobe");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: length of the orbit-insertion engine burn (Meridian Wire 27
    // minutes vs Lakeshore Tribune 34 minutes); lowest altitude of Oriel's initial capture orbit
    // (320 km = about 200 miles; Velmont Today says 230km). 1 ✗ shown in all.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn paintingrestored_cluster_holds_its_scores() {
    let (s, conflicts) = run("paintingrestored");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: age of chief conservator Ilse Marrant (58 vs 61), not caught yet: hours
    // of work the conservators spent on the painting (11,400).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn citycurfew_cluster_holds_its_scores() {
    let (s, conflicts) = run("citycurfew");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people arrested during the five nights of rioting (317; the Atlantic
    // Sentinel says 371), not caught yet: cars burnt in the riots (Albion Herald: more than 230;
    // Brenava Live, citing the fire service: 186).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn drugprices_cluster_holds_its_scores() {
    let (s, conflicts) = run("drugprices");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of the final negotiating session (Continental Press 19 hours vs
    // Castrel Today 16 hours), not caught yet: number of medicines whose prices are cut under the
    // deal (412; the Ledger's 421 is a slip).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn shipcollision_cluster_holds_its_scores() {
    let (s, conflicts) = run("shipcollision");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the Ostra Pioneer (229 m = 751 ft; HaldaneLive's 292 m is a
    // slip), not caught yet: speed of the Calloway Star before the collision (14 knots vs about 11
    // knots).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn zooescape_cluster_holds_its_scores() {
    let (s, conflicts) = run("zooescape");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: how far the farthest animal (Oskar the tapir) got: 7.2 km /
    // 4.5 miles; weight of Oskar the tapir. 2 ✗ shown in all.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn rivershipping_cluster_holds_its_scores() {
    let (s, conflicts) = run("rivershipping");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: barges stranded on the closed river (243; Kessel Today says 324), not
    // caught yet: fall of the Kessel level in the 24 hours to Wednesday 07:00 (4 cm vs 7 cm).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn homelesscount_cluster_holds_its_scores() {
    let (s, conflicts) = run("homelesscount");
    assert!(s.link_f1 >= 0.7, "{s}");
    assert!(s.mention_recall >= 0.83, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: age of Piet Lorrens, the homeless man interviewed (Ledger 52,
    // Halvenport Now 55), not caught yet: people found sleeping rough on count night (1,127; the
    // Standard says 1,172).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tariffs_cluster_holds_its_scores() {
    let (s, conflicts) = run("tariffs");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: number of product lines covered (212; the Tribune says 221), not
    // caught yet: length of the public consultation (eight weeks vs ten weeks).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn examleak_cluster_holds_its_scores() {
    let (s, conflicts) = run("examleak");
    assert!(s.link_f1 >= 0.71, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: question papers leaked online; age of the student Mira Osk.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn joblessrate_cluster_holds_its_scores() {
    let (s, conflicts) = run("joblessrate");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: jobs added in March (23,400; the Standard says 32,400), not caught
    // yet: rate economists expected in the Meridian Wire poll (wire 5.4%, Hallenby Now 5.3%).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
