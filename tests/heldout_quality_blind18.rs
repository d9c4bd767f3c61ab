//! Regression guard on the held-out clusters of the eighteenth session
//! (twenty-eight stories, from road deaths and a tram crash to a tall
//! ship dismasted in a storm; the list is in
//! `tests/fixtures/heldout/README.md`): written blind to the engine and
//! never used to train the link model, as those of `heldout_quality.rs`
//! are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn roaddeaths_cluster_holds_its_scores() {
    let (s, conflicts) = run("roaddeaths");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: average rural ambulance response time to a serious crash (19 min; the
    // Northern Ledger's 29 is a slip), not caught yet: cyclists killed in 2026 (97; the
    // Continental Herald's 79 is a transposition slip).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tramcrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("tramcrash");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: fine OCT paid in 2024 (EUR 240,000; the Tribune says 420,000), not
    // caught yet: the tram driver's age (41; Orsberg Now says 44).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bookprize_cluster_holds_its_scores() {
    let (s, conflicts) = run("bookprize");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: noor Callender's age (31; the Capital Tribune says 33); length of The
    // Glass Tide in pages (512; Skarholm Today's fact box says 521).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lithiumdeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("lithiumdeal");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: permanent jobs once the mine runs (850; Drevana Today says 580), not
    // caught yet: time from first production to full output (four years; the Sentinel says three).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
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
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: poll sample size (1,512 adults); the Ledger's 1,215 is a
    // transposition slip; seats projected for the Progressive Union (61); the Sentinel's 64 is a
    // slip.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bankoutage_cluster_holds_its_scores() {
    let (s, conflicts) = run("bankoutage");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: customers hit by the outage (3.2 million; the Meridian Tribune says
    // about 2.3 million), not caught yet: time the outage began (06:42 local, CET = 05:42 GMT =
    // 00:42 ET); HallenNow says 7.42am.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn gymnastics_cluster_holds_its_scores() {
    let (s, conflicts) = run("gymnastics");
    assert!(s.link_f1 >= 0.62, "{s}");
    assert!(s.mention_recall >= 0.76, "{s}");
    assert!(s.status_ok >= 15, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: nations taking part in the championships (38), not caught yet: winning
    // margin over Halden (57.366 - 56.899 = 0.467 points).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
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
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: age of founder Mirela Castan (51; the British paper says 53), not
    // caught yet: time from lift-off to explosion (73 seconds; the American paper says 78).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
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
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: workers who get the rise (about 1.9 million; the Record's 2.9 million
    // is a slip); annual cost of the rise to employers (£2.3bn = $2.9bn; Brindlewick Now's £3.2bn
    // is a slip).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fishkill_cluster_holds_its_scores() {
    let (s, conflicts) = run("fishkill");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: age of the angler Tomas Brevik (58; BrellickLive says 61), not caught
    // yet: ammonia measured downstream (4.6 mg/l; Harbor City Times says 6.4).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mayorresigns_cluster_holds_its_scores() {
    let (s, conflicts) = run("mayorresigns");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: councillors voting for the no-confidence motion (34; British paper
    // says 36); date of the by-election (Sunday, 13 June 2027; American paper says Sunday, June
    // 6).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn icestorm_cluster_holds_its_scores() {
    let (s, conflicts) = run("icestorm");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: line workers brought in from other provinces and Rask (1,800;
    // the Courier says 1,300); age of the man found dead in his unheated home in Tolvik (81;
    // Tessmark Today says 84).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tollroad_cluster_holds_its_scores() {
    let (s, conflicts) = run("tollroad");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: vehicles a day the operator forecasts (32,000; ElsinLive says 23,000);
    // length of Vantor Roads' concession (35 years; the Gazette says 30).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn steelplant_cluster_holds_its_scores() {
    let (s, conflicts) = run("steelplant");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: brennholm's loss last year (2026); plant's share of employment in
    // Brennholm.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn housefire_cluster_holds_its_scores() {
    let (s, conflicts) = run("housefire");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: distance from the Kessa fire station to the house (11 km, about 7
    // miles); age of Lina Rydell (9; one outlet says 10).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn satellitecrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("satellitecrash");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: time of re-entry (03:47 local = UTC+1, 02:47 GMT, 21:47 ET on 8 March;
    // the Ledger's 1.47am GMT is a wrong conversion), not caught yet: mass of the largest piece
    // found, the fuel tank (48 kg; the Tribune's 84 kg / 185 lb is a digit swap).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn zoodeath_cluster_holds_its_scores() {
    let (s, conflicts) = run("zoodeath");
    assert!(s.link_f1 >= 0.73, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: cost of Elephant Valley (EUR 14.6m; Korsburg Today says EUR 16.4m),
    // not caught yet: nalini's age at death (58; the Tribune says 59).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn dataoutage_cluster_holds_its_scores() {
    let (s, conflicts) = run("dataoutage");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: staff moved to the recount (1,150; Arnsholm Today says 1,500); share
    // of households that answered the census (91.4%; the Morning Ledger says 94.1).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn waterpipe_cluster_holds_its_scores() {
    let (s, conflicts) = run("waterpipe");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: homes flooded (63; the Ledger's 36 is a transposition); depth of the
    // sinkhole (4 m = 13 ft; the Chronicle's six metres is a slip).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn schoolstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("schoolstrike");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: teachers on strike by the ministry's count (12,850; Lorvik
    // Today's 12,580 is a transposition); turnout in the strike ballot (71%; the Herald's 67% is a
    // slip).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn museumrecord_cluster_holds_its_scores() {
    let (s, conflicts) = run("museumrecord");
    assert!(s.link_f1 >= 0.71, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: visitors to The Amber Fleet exhibition (612,450; Castelmar Now
    // slips to 621,450); share of visitors from abroad (58%; Continental Ledger slips to 68
    // percent).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn vaccinerecall_cluster_holds_its_scores() {
    let (s, conflicts) = run("vaccinerecall");
    assert!(s.link_f1 >= 0.69, "{s}");
    assert!(s.mention_recall >= 0.79, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: clinics that received the batch (212; Northmarch Now says 221), not
    // caught yet: endotoxin level measured in the batch (4.2 EU/mL; Continental Post says 2.4).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ferryfare_cluster_holds_its_scores() {
    let (s, conflicts) = run("ferryfare");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: size of the previous fare rise, April 2025 (6%; the Herald
    // says 8 per cent); signatures on the petition (6,412; the Sentinel says 6,142).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pensionfund_cluster_holds_its_scores() {
    let (s, conflicts) = run("pensionfund");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: PSPF members (412,000; Bayport Courier says 421,000); age of
    // chief investment officer Ilse Varnholt (57; Castrel Today says 59).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tallship_cluster_holds_its_scores() {
    let (s, conflicts) = run("tallship");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: age of the youngest trainee (16; Harrowick Now says 15);
    // strongest gusts at the ship (65 knots = 120 km/h = 75 mph; Eastport Ledger says 90 mph).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}
