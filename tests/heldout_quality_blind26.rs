//! Regression guard on the held-out clusters of the twenty-sixth session
//! (forty stories, from a coalition that collapsed and a campaign audit to
//! a media law vetoed and a deputy speaker charged with bribery; the list
//! is in `tests/fixtures/heldout/README.md`): written blind to the engine
//! and never used to train the link model, as those of
//! `heldout_quality.rs` are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn assetsprobe_cluster_holds_its_scores() {
    let (s, conflicts) = run("assetsprobe");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: time Halvani has to explain the flats (21 days; the Prairie Sentinel
    // says 30); age of Halvani's mother-in-law Vesna Orlen (74 in the wire, 71 in the Solvenne
    // Courier).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn campaignaudit_cluster_holds_its_scores() {
    let (s, conflicts) = run("campaignaudit");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: rallies the campaign did not declare, not caught yet: fine imposed on
    // the Civic Renewal Party (8.9m ducats = $2.2m = £1.78m).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coalitioncollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("coalitioncollapse");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: Agrarian MPs ready to keep backing Korvald; date of the
    // confidence vote (Thursday 25 February 2027).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prosecutorsacked_cluster_holds_its_scores() {
    let (s, conflicts) = run("prosecutorsacked");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: officials under investigation (11; the Ridgefield Ledger says 13);
    // people detained at the Marovo protest (37 vs 73).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn formerpresidentsentenced_cluster_holds_its_scores() {
    let (s, conflicts) = run("formerpresidentsentenced");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: bribes Mireski took (310m kordels = $46.5m = £37m; the Sarnova
    // Courier says TDK 340m); hearings held during the trial (96 vs 69).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn thesisplagiarism_cluster_holds_its_scores() {
    let (s, conflicts) = run("thesisplagiarism");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: thesis pages with plagiarised passages (212; the Harbor City
    // Ledger says 221); number of sources the copied passages came from (27 vs 31).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn presidentialrunoff_cluster_holds_its_scores() {
    let (s, conflicts) = run("presidentialrunoff");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: complaints filed about the runoff (214; the Castrel Daily says 241);
    // international observers deployed by the Lindgard Compact (420 vs 470).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn parliamentbrawl_cluster_holds_its_scores() {
    let (s, conflicts) = run("parliamentbrawl");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the sitting (12 hours, 10:00-22:00; the Midland Courier says
    // 14); age of Dragan Holt, the injured government MP (61 per the wire, 63 per the Dravnik
    // Observer).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerhospitalised_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerhospitalised");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: length of the operation (about 2.5 hours per the wire, citing
    // the hospital director; 90 minutes per the Solbrecht Post); planned length of the hospital
    // stay (five days; the Fairport Herald's anonymous official says about 10 days).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electioncommissionerresigns_cluster_holds_its_scores() {
    let (s, conflicts) = run("electioncommissionerresigns");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: voters wrongly removed from the roll (214,000; the Bayport Courier says
    // 241,000), not caught yet: annual budget of the electoral commission (2.1bn florins in the
    // Harrowgate Chronicle, BVF 2.4bn in the Castelmar Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mediaregulatorfine_cluster_holds_its_scores() {
    let (s, conflicts) = run("mediaregulatorfine");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: Zenit's national audience share (18.4%; the Harbor City Ledger
    // says about 21%); amount of Zenit's 2021 fine (2.5 million florins per Northgate Press; TVF
    // 3.5m per Ilvanor Daily).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn landreformlaw_cluster_holds_its_scores() {
    let (s, conflicts) = run("landreformlaw");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: deputies voting against the law (79; the Riverton Ledger says 76), not
    // caught yet: length of the tractor column on the northern (A1) motorway.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn policebrutalityinquiry_cluster_holds_its_scores() {
    let (s, conflicts) = run("policebrutalityinquiry");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: officers suspended (37; the Ledger says 73); age of police commissioner
    // Viktor Aaland (61 in the Saltmoor Daily, 64 in the Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn vaccinecontractprobe_cluster_holds_its_scores() {
    let (s, conflicts) = run("vaccinecontractprobe");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: officials questioned so far (the wire says 12, Brenmark Daily says 21);
    // day the contract was signed (3 March 2025; the Ridgeport Courier says March 13).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn speakerimpeached_cluster_holds_its_scores() {
    let (s, conflicts) = run("speakerimpeached");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the debate before the vote (11 hours; the Millbrook Sentinel
    // says 13); deputies who signed the removal motion (87 per the wire, 78 per the Brastova Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pensionagevote_cluster_holds_its_scores() {
    let (s, conflicts) = run("pensionagevote");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: MPs voting against the bill (97; the Prairie Ledger says 94); length of
    // the final debate (Northline: 14 hours; Prairie Ledger: 16 hours).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerexpensesaudit_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerexpensesaudit");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: trips claimed that never took place (37; the Bayport Sentinel says 39);
    // hotel nights among the false claims (64 per the wire; the Marenholm Post says 46).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn journalistsdetainedborder_cluster_holds_its_scores() {
    let (s, conflicts) = run("journalistsdetainedborder");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: Katja Lind's age (29 in the Riverton Courier, 32 in the Ordavin Post),
    // not caught yet: distance of the Gravany checkpoint from the border (12 km = 7.5 miles; the
    // Ordavin Post says 18 km).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn statebankbailout_cluster_holds_its_scores() {
    let (s, conflicts) = run("statebankbailout");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: votes in favour of the bailout (88; the Bellhaven Journal says 86);
    // jobs to be cut under the restructuring plan (about 1,200 vs 1,500).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn constitutionalreferendumresult_cluster_holds_its_scores() {
    let (s, conflicts) = run("constitutionalreferendumresult");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: polling stations where observers recorded irregularities (312; the
    // Brookfield Courier says 213), not caught yet: observers sent by the Northern Democracy
    // Council (460 vs 640).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mayorcorruptionarrest_cluster_holds_its_scores() {
    let (s, conflicts) = run("mayorcorruptionarrest");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: properties searched (23; the Redfield Post says 32), not caught yet:
    // bribe money Dovran allegedly took himself (2.4m florins per the wire; SVF 3.1m per the Drevna
    // Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn foreignministersacked_cluster_holds_its_scores() {
    let (s, conflicts) = run("foreignministersacked");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: length of the leaked recording (47 minutes; the Bayport
    // Sentinel says 74); day the dinner was recorded (14 January per the Ashbury Herald; 21 January
    // per the Dravnik Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn governmentshutdownends_cluster_holds_its_scores() {
    let (s, conflicts) = run("governmentshutdownends");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: federal workers furloughed (214,000; the Riverton Herald says 241,000),
    // not caught yet: length of the record 2019 shutdown (41 days per the wire, 43 per the Riverton
    // Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn senateconfirmsjudge_cluster_holds_its_scores() {
    let (s, conflicts) = run("senateconfirmsjudge");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: senators voting against (48; the Ashford Chronicle says 46); Marren's
    // rulings reviewed by committee staff (1,412; the Brennsted Herald says 1,214).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn oppositionrallybanned_cluster_holds_its_scores() {
    let (s, conflicts) = run("oppositionrallybanned");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of the standoff (wire: six hours from the planned start; Kalmor
    // Daily: nine hours from when crowds gathered), not caught yet: people detained on the day
    // (police: 46; Civic Watch: at least 70).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn regionalgovernorresigns_cluster_holds_its_scores() {
    let (s, conflicts) = run("regionalgovernorresigns");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: delay between the embankment breach and the phone alerts (nine
    // hours; the Grandview Herald, citing the Red Cross, says nearly 12); regional flood-defence
    // money left unspent since 2020 (Green Alliance per the Ashford Chronicle: EDK 120m; Regional
    // Audit Office per the Dresk Courier: EDK 85m).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn budgetcommitteeleak_cluster_holds_its_scores() {
    let (s, conflicts) = run("budgetcommitteeleak");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: jobs at risk, per the draft's impact assessment, not caught yet: how
    // long the draft stayed online before removal.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ambassadorexpelledspy_cluster_holds_its_scores() {
    let (s, conflicts) = run("ambassadorexpelledspy");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: Maruvian diplomats ordered to leave, including the ambassador, not
    // caught yet: classified documents Vesk is accused of passing.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerresignsscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerresignsscandal");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: hospitals the beds were meant for (23; the Harbor City Ledger says 31),
    // not caught yet: amount already paid to Valcor (900m crowns per Northgate Press vs 1.2bn per
    // the Sarnel Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coupattemptfoiled_cluster_holds_its_scores() {
    let (s, conflicts) = run("coupattemptfoiled");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: assault rifles seized (about 180 per the wire/interior ministry vs 260
    // per the Varnik Courier/army spokesman), not caught yet: length of the standoff at the palace
    // (about nine hours; the Brookfield Herald says roughly 12).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electionmonitorsreport_cluster_holds_its_scores() {
    let (s, conflicts) = run("electionmonitorsreport");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: irregularities recorded by the mission (212; the Bayview Courier says
    // nearly 300), not caught yet: length of the final report in pages (86 vs 112).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn centralbankgovernorfired_cluster_holds_its_scores() {
    let (s, conflicts) = run("centralbankgovernorfired");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: how long Sorvik had been governor (14 months; the Bayport
    // Ledger says 17); reserves the NBV sold defending the talar (about $1.6bn per traders vs VDT
    // 57.5bn = $2.3bn per the NBV).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn militaryspendingaudit_cluster_holds_its_scores() {
    let (s, conflicts) = run("militaryspendingaudit");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: officers dismissed over the findings (9; the Harbor City Ledger says
    // 14), not caught yet: excess payments flagged by the 2021 audit (340m crowns vs DRK 520m).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn courtannulselection_cluster_holds_its_scores() {
    let (s, conflicts) = run("courtannulselection");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: complaints lodged with the regional electoral commission (184 per the
    // wire, 260 per the Kelvara Herald), not caught yet: postal ballots declared invalid (9,740;
    // the Lakeport Register says about 13,000).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cabinetresignsenmasse_cluster_holds_its_scores() {
    let (s, conflicts) = run("cabinetresignsenmasse");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the budget debate before the vote (13 hours per Harbourline,
    // nine per Solvik Daily), not caught yet: time the president has to appoint a caretaker
    // government (10 days; the Pinecrest Ledger says 15).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ombudsmanprisonreport_cluster_holds_its_scores() {
    let (s, conflicts) = run("ombudsmanprisonreport");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: cells inspected (2,340 per the wire, broadsheet and local outlet; about
    // 1,800 per the US paper), not caught yet: vacant guard posts (about 600 per the ombudsman, per
    // the wire; 1,100 per the guards' union, per the local outlet).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn presidentvetoesmedia_cluster_holds_its_scores() {
    let (s, conflicts) = run("presidentvetoesmedia");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: journalists and supporters at the protest outside Saryn Palace, not
    // caught yet: outlets that would have had to change owners under the law.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electoralreformbill_cluster_holds_its_scores() {
    let (s, conflicts) = run("electoralreformbill");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: length of the debate (14 hours; the Granite Ledger says nearly 20); age
    // of Justice Minister Tomas Rydel (56 vs 61).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn provincialbudgetcrisis_cluster_holds_its_scores() {
    let (s, conflicts) = run("provincialbudgetcrisis");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: provincial employees going unpaid (about 48,000; the Harbor City
    // Courier, citing the union, says some 62,000); Governor Vasslin's age (61 in the Orlavo
    // Herald, 58 in Halcyon Press).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn deputyspeakerbribery_cluster_holds_its_scores() {
    let (s, conflicts) = run("deputyspeakerbribery");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: meetings between Terzal and Kalvik recorded by investigators (17; the
    // Harbor City Ledger says 24), not caught yet: mobile phones seized in the searches (nine per
    // the APO vs 14 per a police source).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
