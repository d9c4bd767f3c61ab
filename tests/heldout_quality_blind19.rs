//! Regression guard on the held-out clusters of the nineteenth session
//! (twenty-eight stories, from a refinery sale and a cycling crash to a
//! prison riot and measles at a summer camp; the list is in
//! `tests/fixtures/heldout/README.md`): written blind to the engine and
//! never used to train the link model, as those of `heldout_quality.rs`
//! are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn refinerysale_cluster_holds_its_scores() {
    let (s, conflicts) = run("refinerysale");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: refinery's processing capacity (180,000 barrels a day; the Courier
    // says 160,000), not caught yet: refinery jobs Aurelon guarantees (2,350; Solvik Today
    // transposes to 2,530).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cyclingcrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("cyclingcrash");
    assert!(s.link_f1 >= 0.73, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: age of Pieter Lomm, the hospitalised Brask-Ostel rider (22; the
    // Tribune says 21), not caught yet: distance from the finish where the crash happened (23 km =
    // 14.3 miles; VeloKest says 32km).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airlinecollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("airlinecollapse");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: aircraft in Aerolyn's fleet (37; the Lakeshore Herald says 34); cost
    // of the repatriation operation (EUR 58m = GBP 50m = USD 63m; Dorvik Today says EUR 85m).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hailstorm_cluster_holds_its_scores() {
    let (s, conflicts) = run("hailstorm");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: strongest gust at Brennisk airport (110 km/h = 68 mph); people injured
    // (57 per the city).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bikeshare_cluster_holds_its_scores() {
    let (s, conflicts) = run("bikeshare");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: docking stations in the network (186; ArvellNow says 168), not caught
    // yet: average trip distance (Courier: 3.4 km / 2.1 miles; Sentinel: 2.6 miles = 4.2 km).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn oilrigfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("oilrigfire");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: distance of Kestrel Alpha from Port Varn (85 km / 53 miles;
    // VarnCoast's 58 km is a transposition slip), not caught yet: fall in Sorvik's shares at
    // Tuesday's close (8.2% vs 6.4%: only two outlets report it).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn sportsban_cluster_holds_its_scores() {
    let (s, conflicts) = run("sportsban");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: positive tests hidden by the federation (47; the Lakeshore Tribune says
    // 74); age of the whistleblower Ilse Varnholt (Courier 52, Morvik Now 54).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn heatwavepower_cluster_holds_its_scores() {
    let (s, conflicts) = run("heatwavepower");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: homes without power at the height of Tuesday's rolling blackouts
    // (184,300; the Harbor City Ledger's 148,000 is a transposition slip), not caught yet: time
    // demand peaked on Tuesday (15:40 local = 13:40 GMT per the wire; the Ledger says 16:40 local
    // = 10:40 ET).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn submarinecable_cluster_holds_its_scores() {
    let (s, conflicts) = run("submarinecable");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: depth of the cable at the break (85 m; the Eastbrook Post says 58 m),
    // not caught yet: tonnage of the Halden Star (Sentinel 38,500 t vs Eastbrook Post 35,800 t).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wineharvest_cluster_holds_its_scores() {
    let (s, conflicts) = run("wineharvest");
    assert!(s.link_f1 >= 0.72, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: vineyard area damaged by the frost and hail (ministry
    // assessment: 6,400 ha; ValmiraNow says 4,600 ha); lowest temperature at the Monteral station
    // on the frost night (Meridian -6.2C vs Sentinel -4.8C).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn librarycuts_cluster_holds_its_scores() {
    let (s, conflicts) = run("librarycuts");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: library jobs cut (118; the Ledger's 181 is a slip), not caught yet:
    // length of the council debate (nearly seven hours vs four and a half).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nuclearrestart_cluster_holds_its_scores() {
    let (s, conflicts) = run("nuclearrestart");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: safety Board inspectors who reviewed the repairs (46; Beacon says 64);
    // age of plant director Ilse Danner (57 in the Ledger, 59 in the Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cryptohack_cluster_holds_its_scores() {
    let (s, conflicts) = run("cryptohack");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: tessary customers affected (48,300; The Morning Ledger says 43,800),
    // not caught yet: time from the first unauthorised transfer to the freeze on withdrawals (47
    // vs 38 minutes).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn siloexplosion_cluster_holds_its_scores() {
    let (s, conflicts) = run("siloexplosion");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: wheat held in the silo when it exploded (38,000 t; Dispatch says
    // 48,000 t), not caught yet: age of Silo 4 (Standard: 52 years; Reyna Live: 48 years).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn speedcameras_cluster_holds_its_scores() {
    let (s, conflicts) = run("speedcameras");
    assert!(s.link_f1 >= 0.73, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: speeding fines issued in the first year (1,834,216; the Atlantic
    // Ledger's 1.38 million is a transposition slip), not caught yet: cost of installing the
    // camera network (EUR 138 million per the wire; the Standard's EUR 183m is a slip).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn caverescue_cluster_holds_its_scores() {
    let (s, conflicts) = run("caverescue");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: distance of the chamber from the cave entrance (2.4 km; Halvik Now
    // says 3.2 km), not caught yet: temperature of the water in the flooded section (4C vs
    // 45F/7C).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tsunamialert_cluster_holds_its_scores() {
    let (s, conflicts) = run("tsunamialert");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: age of Pello Varga, the man who died (Northern Ledger 71, Halvard
    // Coast Online 74), not caught yet: time from the quake to the first wave at Port Halvard (38
    // minutes; Halvard Coast Online says 48).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn droneclosure_cluster_holds_its_scores() {
    let (s, conflicts) = run("droneclosure");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: drone sightings logged by police overnight (67; the Courier's 76 is a
    // slip), not caught yet: age of the man arrested (the Courier says 38, HaldenNow 36).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn gdpgrowth_cluster_holds_its_scores() {
    let (s, conflicts) = run("gdpgrowth");
    assert!(s.link_f1 >= 0.73, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: household spending growth in Q4 2026, quarter on quarter (0.7%; the
    // Ledger says 0.9%), not caught yet: export growth in Q4 2026 (Meridian 1.4%, Telegraph 1.1%;
    // the others silent).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn songcontest_cluster_holds_its_scores() {
    let (s, conflicts) = run("songcontest");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: points scored by the runner-up, Elias Brandt (468; the
    // Courier's 486 is a transposition slip); capacity of the Seline Harbour Arena (16,500 in the
    // Tribune vs 14,000 in Seline Now).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fireworksban_cluster_holds_its_scores() {
    let (s, conflicts) = run("fireworksban");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: fireworks seized in Operation Ember (true: 14.6 tonnes; 16.4 in the
    // Ledger is a slip), not caught yet: age of the injured boy, Matej Horvan (true: 11).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn avalancherescue_cluster_holds_its_scores() {
    let (s, conflicts) = run("avalancherescue");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: age of Tomas Reinholt, ski instructor killed (34 in three outlets, 43
    // in Drosseltal Online), not caught yet: altitude at which the slab broke away (2,350 m per
    // APS; 2,700 m per Courier).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bridgetoll_cluster_holds_its_scores() {
    let (s, conflicts) = run("bridgetoll");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: discount for residents of Tarnby and Nyhamn, not caught yet: lorries
    // (trucks) crossing the bridge per day. One false ✗: the other bridge upstream that "carries
    // about 35,000 vehicles a day" joins the daily traffic.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn teacherpay_cluster_holds_its_scores() {
    let (s, conflicts) = run("teacherpay");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Disagreements not caught yet: turnout in the NTF ballot on the deal (64% vs just under 61%);
    // teachers covered by the deal (212,000; one outlet says 221,000).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ferrystrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("ferrystrike");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: share of voting SDU members who backed the strike in the February
    // ballot, not caught yet: sailings cancelled since the strike began.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prisonriot_cluster_holds_its_scores() {
    let (s, conflicts) = run("prisonriot");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: guards injured in the riot (14; the Tribune says 17), not caught yet:
    // age of the officer who suffered a fractured skull (Marek Dunn): 34 in the Ledger, 43 in
    // Korsten Live.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn solarrecord_cluster_holds_its_scores() {
    let (s, conflicts) = run("solarrecord");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: how long solar met more than half of demand (British paper 6 h 40 min
    // vs Orsa Online 7 h 40 min), not caught yet: previous solar output record (16.7 GW; the
    // Continental Ledger's 17.6 is a slip).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn measlescamp_cluster_holds_its_scores() {
    let (s, conflicts) = run("measlescamp");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: contacts traced (412; the Tribune's 421 is a transposition slip), not
    // caught yet: age of the first case, a girl (11 per KIPH; Selde Today says 12).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
