//! Regression guard on the held-out clusters of the twenty-ninth session
//! (forty stories, from a fire in a port's grain silo and a minibus
//! plunged into a river to a minister's flats let to relatives and the cost of a
//! royal wedding; the list is in `tests/fixtures/heldout/README.md`):
//! written blind to the engine and never used to train the link model, as
//! those of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn grainsilofireport_cluster_holds_its_scores() {
    let (s, conflicts) = run("grainsilofireport");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: firefighters injured (nine; the Riverton Post says 14), not caught yet:
    // firefighters at the scene at the height of the fire (about 180 vs more than 250).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn minibusriverplunge_cluster_holds_its_scores() {
    let (s, conflicts) = run("minibusriverplunge");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: age of the driver, Anton Velisek (47 per police in the wire; 53 per the
    // operator in the local outlet); height of the fall from the bridge into the river (18 m; the
    // Ridgeway Herald says about 25 m / 82 ft).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn teacherstrikeexams_cluster_holds_its_scores() {
    let (s, conflicts) = run("teacherstrikeexams");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: schools closed by the strike (ministry 1,840; the Clearwater Herald
    // gives the union's about 2,300); teachers marching in Harvel (about 12,000 per police vs more
    // than 20,000 per the union).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerhelicopterdeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerhelicopterdeal");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.82, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: lawmakers who signed the no-confidence motion (41 per Crossway Press,
    // 56 per the Delmont Post), not caught yet: commission allegedly paid to Halvern Trading (144m
    // solen = $36m; the Delmont Post says $45m).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn heatwavecropsfarmers_cluster_holds_its_scores() {
    let (s, conflicts) = run("heatwavecropsfarmers");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: farms that have claimed compensation so far (18,400 per the ministry),
    // not caught yet: wheat lost, in tonnes (ministry: about 600,000 t; grain traders: 850,000 t).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cityhallembezzlement_cluster_holds_its_scores() {
    let (s, conflicts) = run("cityhallembezzlement");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: bank accounts the money went into (17; the Bayport Herald says 26);
    // number of transfers used to move the money (about 1,100 vs 1,460).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn earthquakeschoolcollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("earthquakeschoolcollapse");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: pupils in the building when it collapsed (wire: about 300, police
    // estimate; Ostrin Daily: 417, school register), not caught yet: age of the collapsed school
    // building (59 years; the Bayport Courier says 47).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitalgeneratorfailure_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitalgeneratorfailure");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: how long the hospital was without power (9 h 15 min from 22:10
    // to 07:25); ambulances used to move the ventilated patients.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bankrobberyhostages_cluster_holds_its_scores() {
    let (s, conflicts) = run("bankrobberyhostages");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: length of the hostage siege (nine hours; the Riverton Ledger
    // says 11); cash recovered from the car of the suspect arrested at the roadblock (wire: about
    // 1.4m rell; Korsund Post: ERL 900,000).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn referendumturnoutdispute_cluster_holds_its_scores() {
    let (s, conflicts) = run("referendumturnoutdispute");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: ballots declared invalid (41,870; the Harbor City Ledger says about
    // 58,000), not caught yet: polling stations where the opposition wants a recount (312 vs about
    // 450).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mineralexportban_cluster_holds_its_scores() {
    let (s, conflicts) = run("mineralexportban");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: mining jobs at stake, per the Chamber of Mines (about 14,000;
    // the Courier says as many as 22,000); companies holding bauxite export licences (nine per the
    // ministry vs 14 per the Chamber of Mines).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prisonhungerstrikedeath_cluster_holds_its_scores() {
    let (s, conflicts) = run("prisonhungerstrikedeath");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: other prisoners who joined the hunger strike (ministry: 23;
    // Prison Watch: about 40); weight Tarvas lost (sister: more than 30 kg; prison medical report:
    // 22 kg).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn floodedsubwaystation_cluster_holds_its_scores() {
    let (s, conflicts) = run("floodedsubwaystation");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: passengers rescued from the stranded trains; emergency workers
    // deployed (fire service: about 600; city hall: 850).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stadiumstampede_cluster_holds_its_scores() {
    let (s, conflicts) = run("stadiumstampede");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: people who converged on the stadium (52,000 per the Interior
    // Ministry; the Pinecrest Ledger, citing a supporters' union, says about 65,000); stewards on
    // duty (120 per the operator's figures in the wire; about 80 per the Korlin Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cargoplanecrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("cargoplanecrash");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: firefighters sent to the crash site (about 60 vs 110), not caught yet:
    // age of the aircraft (34 years; the Bayport Courier says 27).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn universityfundingcuts_cluster_holds_its_scores() {
    let (s, conflicts) = run("universityfundingcuts");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: university posts to be cut (4,200; the Harbor City Ledger says 5,600),
    // not caught yet: students on the Brenholm march (about 2,000 per police vs more than 3,500 per
    // organisers).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lakedrowningtour_cluster_holds_its_scores() {
    let (s, conflicts) = run("lakedrowningtour");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people aboard (65; the Bayport Ledger says 52), not caught yet: age of
    // the captain, Mirko Talan (41 per Nordline, 46 per the Chronicle).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn forestryconcessionfraud_cluster_holds_its_scores() {
    let (s, conflicts) = run("forestryconcessionfraud");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: timber extracted from the concession areas; forestry officials
    // suspended.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn taxioperatorban_cluster_holds_its_scores() {
    let (s, conflicts) = run("taxioperatorban");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: Velocab drivers in Calvera (8,400; the Lakemont Post says about
    // 11,000), not caught yet: complaints about Velocab to the city in 2026 (more than 2,300 vs
    // 1,650).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn chemicalplantexplosion_cluster_holds_its_scores() {
    let (s, conflicts) = run("chemicalplantexplosion");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people injured (64 per the Health Ministry; the Sentinel says 97), not
    // caught yet: firefighters deployed (wire: about 150; Brennport Post: more than 230).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn dengueoutbreakcity_cluster_holds_its_scores() {
    let (s, conflicts) = run("dengueoutbreakcity");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: emergency fumigation budget (85m lis in three outlets, 110m lis in the
    // Bayport Ledger), not caught yet: soldiers deployed to help the fumigation crews (400 per the
    // mayor's office vs 550 per the Defense Ministry).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn statepensionfunddeficit_cluster_holds_its_scores() {
    let (s, conflicts) = run("statepensionfunddeficit");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: pensioners paid by the fund (1.9 million; the Ashford Chronicle says
    // 2.4 million), not caught yet: loss on the Selm Business Park (wire: 3.1bn drals per the
    // audit; Marvik Courier: TKD 4.4bn per internal documents).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ferrydisasterinquiry_cluster_holds_its_scores() {
    let (s, conflicts) = run("ferrydisasterinquiry");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: recommendations made by the inquiry (47; the Brookfield Sentinel says
    // 62), not caught yet: witnesses heard by the inquiry (some 380 vs 520).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nationalparkpoaching_cluster_holds_its_scores() {
    let (s, conflicts) = run("nationalparkpoaching");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: cash found in the rangers' homes (about 400,000 selos vs KSE
    // 650,000); rhinos poached in Kessalia in 2026 (41 per the KWS; 56 per the Rhino Alliance in
    // the Bayport Sentinel).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn highspeedraildelay_cluster_holds_its_scores() {
    let (s, conflicts) = run("highspeedraildelay");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: passengers on the first public train (about 500 vs 640), not caught
    // yet: years of delay (six years; the Riverton Ledger says eight).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mayorrecallvote_cluster_holds_its_scores() {
    let (s, conflicts) = run("mayorrecallvote");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: turnout in the recall vote (46.2%; the Harbor City Ledger says about
    // 39%), not caught yet: cost of the recall vote (about 2.8m crowns per the election commission
    // vs LRC 4.1m per the city finance department).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn vaccineshipmentspoiled_cluster_holds_its_scores() {
    let (s, conflicts) = run("vaccineshipmentspoiled");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: clinics whose campaign was delayed (38; the Bayfield Sentinel, citing
    // the doctors' association, says more than 50), not caught yet: how long the doses were warm
    // (wire/ministry: about nine hours; Selmor Herald/union: 14 hours).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn journalistkilledprobe_cluster_holds_its_scores() {
    let (s, conflicts) = run("journalistkilledprobe");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: suspects arrested in the raids (five; the Harbor City Ledger says
    // three), not caught yet: shots fired at Kasdan (seven per police, via the wire; 12 per a
    // police source, via the Brennick Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn parliamentpayrise_cluster_holds_its_scores() {
    let (s, conflicts) = run("parliamentpayrise");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: size of the protest in Sarvik (about 8,000 by the police count;
    // the Cedar Valley Ledger gives organisers' 'as many as 12,000'); people detained after the
    // protest (41 per the wire vs 58 per Sarvik Daily).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bordercrossingcrush_cluster_holds_its_scores() {
    let (s, conflicts) = run("bordercrossingcrush");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 6, "{s}");
    // Disagreements not caught yet: how long the crossing was closed before reopening (9 hours; the
    // Riverton Ledger says 13); length of the queue of vehicles (about 6 km vs 10 km).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn centralbankgoldsale_cluster_holds_its_scores() {
    let (s, conflicts) = run("centralbankgoldsale");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: period over which the gold was sold (six weeks per the wire;
    // nine weeks per the Torvik Courier); ducat's rise against the dollar at the close (1.8%; the
    // Bayport Herald says 2.6%). Two false ✗: the last and the next rate meetings' dates, and
    // (since one outlet's odd rate joins the others') a foreign loan's 9% against the key rate.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn landslidevillageburied_cluster_holds_its_scores() {
    let (s, conflicts) = run("landslidevillageburied");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people missing (41 per the ministry; 58 per the Red Crescent in the
    // Bayview Ledger); soldiers among the rescuers (about 400 per the wire; 600 per the Sevran
    // Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electricitytariffprotest_cluster_holds_its_scores() {
    let (s, conflicts) = run("electricitytariffprotest");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people arrested nationwide since the protests began (212 per the
    // Interior Ministry; the Porvik Post says at least 330), not caught yet: police officers
    // injured (27 per the Interior Ministry vs 41 per a police union).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tanneryriverpollution_cluster_holds_its_scores() {
    let (s, conflicts) = run("tanneryriverpollution");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the Lesk polluted (38 km = 24 miles; the Ashford Herald says
    // 52km, citing Friends of the Lesk), not caught yet: residents cut off from well water (about
    // 4,000 per the inspectorate in the Corvus Wire; 6,500 per the district council in Lesk Valley
    // News).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn presidentialconvoyattack_cluster_holds_its_scores() {
    let (s, conflicts) = run("presidentialconvoyattack");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: distance of the ambush site north of Tirsk (35 km; one outlet 50 km /
    // 31 miles), not caught yet: length of the gun battle (about 20 minutes vs 45 minutes).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn customsrevenuerecord_cluster_holds_its_scores() {
    let (s, conflicts) = run("customsrevenuerecord");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: customs officers dismissed for graft (146 per the customs
    // service; the Bayport Ledger, citing the finance ministry, says 190); value of smuggled goods
    // seized (Crossline: 620m crowns; Orvel Today: SRK 840m).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn apartmentblockcollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("apartmentblockcollapse");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: floors actually built (14; the Bayport Herald says 16);
    // rescuers at the site (wire: about 250; Dalmir Daily: 380).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fishingboatmigrants_cluster_holds_its_scores() {
    let (s, conflicts) = run("fishingboatmigrants");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: people aboard the boat (about 160 per the coast guard; the
    // Cedar Valley Herald, citing the aid group Open Harbour, says about 210); length of the boat
    // (the Halbury Courier says 18 metres, Elsmar Coast News 24 metres).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerhousingscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerhousingscandal");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: state-owned flats let to Halmen's relatives; total rent the
    // state lost over the eight years.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn royalweddingcost_cluster_holds_its_scores() {
    let (s, conflicts) = run("royalweddingcost");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: cost of the security operation; people who turned out in the
    // capital on the wedding day.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}
