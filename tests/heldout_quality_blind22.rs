//! Regression guard on the held-out clusters of the twenty-second session
//! (twenty-five stories, from a court nominee's confirmation and an
//! extradition to a state funeral and an online-content law; the list is
//! in `tests/fixtures/heldout/README.md`): written blind to the engine and
//! never used to train the link model, as those of `heldout_quality.rs`
//! are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn courtnominee_cluster_holds_its_scores() {
    let (s, conflicts) = run("courtnominee");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: senators voting against Solvik (55; the Courier says 53), not caught
    // yet: marek's years on the Supreme Court (Herald 22, Courier 24).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn extradition_cluster_holds_its_scores() {
    let (s, conflicts) = run("extradition");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: number of charges Velkov faces in Kestria (23; Lisvara Now says 32);
    // day Velkov was arrested in Verania (Northgate: 14 Nov 2023; Pinecrest: 21 Nov 2023).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn whistleblower_cluster_holds_its_scores() {
    let (s, conflicts) = run("whistleblower");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: officials named in the complaint (11; the Sentinel says 13);
    // how long Dovic has worked at the directorate (19 years in the Sentinel, 16 years in Velmora
    // Now).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn taxreturns_cluster_holds_its_scores() {
    let (s, conflicts) = run("taxreturns");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: reinholt's effective tax rate in 2021 (14.2%; the Ledger says
    // 12.4%); loss on Nordvik Ferries in 2020 (EUR 2.3m; Ambrel Today says EUR 3.2m).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn militaryaid_cluster_holds_its_scores() {
    let (s, conflicts) = run("militaryaid");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: armoured vehicles in the 2027 package (120; the Sentinel's 102 is a
    // slip), not caught yet: length of the debate before the vote (true: 13 h 42 min; Nordlink
    // nearly 14 hours vs Brennholm Now 16 hours).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn campaignfinance_cluster_holds_its_scores() {
    let (s, conflicts) = run("campaignfinance");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: number of donors whose gifts went undeclared (37; Merovec Now
    // says 47); UPP share of the vote at the March election (41.3% per the Sentinel, 43.1% per the
    // Tribune).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn governorveto_cluster_holds_its_scores() {
    let (s, conflicts) = run("governorveto");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: annika Strand's age (Herald 54 vs Tribune 52), not caught yet:
    // households the rent cap would have covered (about 340,000; the Tribune's 430,000 is the
    // slip).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lobbyingprobe_cluster_holds_its_scores() {
    let (s, conflicts) = run("lobbyingprobe");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: meetings Reyvik held with ministry officials (14; the Capital
    // Tribune says 16); reyvik's age (58 per Meridian, 56 per ValdrinNow).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn inquiryreport_cluster_holds_its_scores() {
    let (s, conflicts) = run("inquiryreport");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: recommendations in the final report (58; the Eastport Ledger says 85),
    // not caught yet: time for the flames to reach the roof after the first call (Courier 29 min
    // vs Merridge Live 23 min).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn filibuster_cluster_holds_its_scores() {
    let (s, conflicts) = run("filibuster");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: length of the previous record, Aurel Kessing's 1987 speech
    // (true: 25 h 41 min); length of the bill in pages (true: 418).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pollfindings_cluster_holds_its_scores() {
    let (s, conflicts) = run("pollfindings");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: share of all respondents undecided in the Meridian poll (true
    // value 12%); adults interviewed for the Meridian poll (true value 2,412).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn treatyratified_cluster_holds_its_scores() {
    let (s, conflicts) = run("treatyratified");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: deputies who voted against (57; the Harbor Sentinel says 75), not
    // caught yet: time opponents have to collect the referendum signatures (Ledger 90 days vs Orla
    // Coast Today 60 days).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn spyarrest_cluster_holds_its_scores() {
    let (s, conflicts) = run("spyarrest");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Caught: classified documents Vinther allegedly passed to Tarsland (1,340; the Lakeshore
    // Tribune says 1,430). Not caught yet: meetings Vinther held with his Tarsian handlers in
    // Marenholm (14 in the Albion Herald, 19 in Korvel Today).
    assert_eq!(conflicts, 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn sanctionslist_cluster_holds_its_scores() {
    let (s, conflicts) = run("sanctionslist");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: companies added in this round: 52 (the Capital Ledger's 58 is a slip);
    // bank accounts frozen in this round: Meridian Wire 1,140 vs Merenburg Now 1,410 (others
    // silent).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pmquestions_cluster_holds_its_scores() {
    let (s, conflicts) = run("pmquestions");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: hospitals that kept hidden lists (37; the US paper says 47), not caught
    // yet: longest hidden wait found by the report (Vestra hip patient): 1,146 vs 1,064 days.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn courtgerrymander_cluster_holds_its_scores() {
    let (s, conflicts) = run("courtgerrymander");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: districts the court found unconstitutional (12; the Capital
    // Observer says 21); how far Port Selwyn East exceeds the average residents per seat (19.8% vs
    // 21.3%).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prisonreport_cluster_holds_its_scores() {
    let (s, conflicts) = run("prisonreport");
    assert!(s.link_f1 >= 0.72, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: assaults at Korvel Bay in the 12 months to September 2026 (486; the
    // Tribune's 468 is a transposition), not caught yet: hours a day most prisoners are locked in
    // their cells (23 per the wire, 21 per Saltrem Today). 2 ✗ shown in all.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mayorelected_cluster_holds_its_scores() {
    let (s, conflicts) = run("mayorelected");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: teodora Valek's age (41; the Lakeshore Tribune says 42), not caught
    // yet: invalid or blank ballots in the run-off (Meridian 12,267 vs Velmora Now 14,267).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn strikeinjunction_cluster_holds_its_scores() {
    let (s, conflicts) = run("strikeinjunction");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: share of voting members who backed the strike (87.4%; the
    // Tribune's 78.4 is a transposition slip); vessels waiting at anchor off Veldonian ports on
    // Wednesday morning, ports authority figure (62 vs 74).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn auditreport_cluster_holds_its_scores() {
    let (s, conflicts) = run("auditreport");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: Graufalk vehicles delivered so far: 64 (wire, British, American) vs 46
    // (Brennmark Online, a digit transposition), not caught yet: amount already paid to Nordvik:
    // 2.7bn marks (Meridian Herald) vs 2.1 billion marks (Brennmark Online); the other two outlets
    // are silent.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerexpenses_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerexpenses");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: number of claims covered by the repayment (37; the Continental Post
    // says 43), not caught yet: hotel nights on the Daresk trip (Herald: four nights; Ashcombe
    // Live: five-night stay).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn judgeruling_cluster_holds_its_scores() {
    let (s, conflicts) = run("judgeruling");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: length of the written ruling (86 pages; one outlet says 68);
    // earlier legal challenges to the flights that failed (three vs five).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn statefuneral_cluster_holds_its_scores() {
    let (s, conflicts) = run("statefuneral");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: foreign heads of state and government at the funeral (47; the Tribune's
    // 74 is a slip); length of the funeral service (Courier: 95 minutes; DoranNow: 70 minutes).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn unionvote_cluster_holds_its_scores() {
    let (s, conflicts) = run("unionvote");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: ETU membership (142,000; MarenNow's fact box says 124,000); number of
    // national strike days since October (Ledger 16, MarenNow 18).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn censorshiplaw_cluster_holds_its_scores() {
    let (s, conflicts) = run("censorshiplaw");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: amendments rejected at the final reading (212; the Tribune's
    // 221 is a slip); length of the final debate (Courier 14 hours vs Tribune roughly 11 hours). 1
    // ✗ shown in all.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
