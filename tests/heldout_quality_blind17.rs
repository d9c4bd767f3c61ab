//! Regression guard on the held-out clusters of the seventeenth session
//! (thirty-two stories, from ambulance response times and a football
//! club takeover to a council deficit and coral bleaching; the list is in
//! `tests/fixtures/heldout/README.md`): written blind to the engine and
//! never used to train the link model, as those of `heldout_quality.rs`
//! are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn ambulance_cluster_holds_its_scores() {
    let (s, conflicts) = run("ambulance");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: age of Edith Calloway, who died after the long wait (84 in three
    // outlets; 86 in Velmora Today), not caught yet: emergency calls the Northfell ambulance
    // service handled over the winter (486,300 in three outlets; 468,300 in the Lakeport Register).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn clubtakeover_cluster_holds_its_scores() {
    let (s, conflicts) = run("clubtakeover");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: fans who marched against the takeover on Saturday (about 3,000 in three
    // outlets; more than 5,000 in the Lakeport Tribune), not caught yet: Derek Ashcroft's time as
    // owner (17 years, since 2010, in three outlets; 19 years in Norvania Today).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn swimrecord_cluster_holds_its_scores() {
    let (s, conflicts) = run("swimrecord");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: when Calloway set the old record in Halden (July 2023 in three outlets;
    // 2022 in the Wexmoor Telegraph); spectators at the final (11,400 in three outlets; 13,200 in
    // the Bayport Sentinel).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn sugartax_cluster_holds_its_scores() {
    let (s, conflicts) = run("sugartax");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: date the levy takes effect (1 April 2028 in three outlets; 1
    // July 2028 in the Halden Gazette); share of soft drinks on sale that would be caught by the
    // levy (about 60% / three in five / six in ten in three outlets; about 45 percent in the
    // Carrington Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn concerttickets_cluster_holds_its_scores() {
    let (s, conflicts) = run("concerttickets");
    assert!(s.link_f1 >= 0.72, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: tickets Tixora sold on Friday (612,000 in three outlets;
    // 580,000 in the Bayshore Sentinel); capacity of Kingsreach Stadium, the biggest venue (90,000
    // in three outlets; 84,000 seats in the Velmora Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn railtunnel_cluster_holds_its_scores() {
    let (s, conflicts) = run("railtunnel");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: workers killed during construction (nine vs 11 in the Hudson
    // Chronicle), not caught yet: weight of each tunnel boring machine (2,800 tonnes vs 3,200
    // tonnes in the Albion Courier), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn solosail_cluster_holds_its_scores() {
    let (s, conflicts) = run("solosail");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: people at the harbour to see her finish (about 15,000 in
    // Northline, the Kingsgate Herald and Norvaland Today; more than 25,000 in the Bayport
    // Sentinel); height of the waves in the worst storm, 2 January (14 m = 46 ft in Northline, the
    // Kingsgate Herald and the Bayport Sentinel; 18 m in Norvaland Today), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn diamond_cluster_holds_its_scores() {
    let (s, conflicts) = run("diamond");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of the stone at its longest point (88 mm = about 3.5 in in three
    // outlets; 81 mm in the Vaalberg Courant), not caught yet: share of the Kavuma mine owned by
    // the Sendaran government (25% / a quarter in three outlets; 30 percent in the Bayard Post), 1
    // ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn windauction_cluster_holds_its_scores() {
    let (s, conflicts) = run("windauction");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: number of projects awarded contracts (nine in three outlets; 10 in the
    // Lakemont Tribune); investment the projects are expected to bring (EUR 21bn = about USD 24.3bn
    // = about GBP 18.1bn in three outlets; EUR 25bn in Nordavia Today), 1 ✗ shown on two facts.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ultrarace_cluster_holds_its_scores() {
    let (s, conflicts) = run("ultrarace");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: time organisers stopped the race (15:45 local = 1345 GMT = 2.45pm BST =
    // 9:45 a.m. ET in three outlets; 16:30 local in Lustravia Today), not caught yet: runners who
    // had abandoned before the race was stopped (287 in three outlets; 327 in the Bayport Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn graindeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("graindeal");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: grain ships a week on the route (three; four in the Midland
    // Tribune); annual wheat volume of the collapsed 2022 agreement (2.5 million tonnes; 3 million
    // in the Calvessa Gazette).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn newspecies_cluster_holds_its_scores() {
    let (s, conflicts) = run("newspecies");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: time the expedition spent on Sarnet this spring (41 days, nearly six
    // weeks, in three outlets; seven weeks in the Korvenia Daily), not caught yet: estimated number
    // of Sarnet monitors on the island (about 1,200 adults in three outlets; around 2,100 in the
    // Lakeport Daily).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ceopay_cluster_holds_its_scores() {
    let (s, conflicts) = run("ceopay");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: share of votes cast against the remuneration report (41.3% in
    // three outlets, 44.1% in the Vesterholm Courier); Dunmore's time as chief executive (eight
    // years in three outlets, six years in the Vesterholm Courier), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn boxoffice_cluster_holds_its_scores() {
    let (s, conflicts) = run("boxoffice");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: age of director Tomas Brenner-Kaal (39 in three outlets; 41 in the
    // Kensworth Gazette), not caught yet: running time of The Glass Tide (167 minutes = 2 hours 47
    // minutes, nearly three hours, in three outlets; 158 minutes in the Selmo Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn foodprices_cluster_holds_its_scores() {
    let (s, conflicts) = run("foodprices");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: month food inflation peaked (October 2026 in three outlets; November
    // 2026 in the Ashbury Chronicle), not caught yet: annual rise in egg prices (23.5% in three
    // outlets; 25.3% in the Delmont Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn boatrescue_cluster_holds_its_scores() {
    let (s, conflicts) = run("boatrescue");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of the Santa Irena (18 m = 59 ft in Nordwave, the Harcastle
    // Observer and the Areska Herald; 72 ft = about 22 m in the Bayline Post), not caught yet: sea
    // temperature at the scene (16C = about 61F in Nordwave, the Harcastle Observer and the Bayline
    // Post; 13C in the Areska Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn trainderail_cluster_holds_its_scores() {
    let (s, conflicts) = run("trainderail");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: residents evacuated (4,800 in three outlets; 5,600 in Trevania Today),
    // not caught yet: hydrochloric acid spilled (about 62 tonnes = 68 short tons in three outlets;
    // about 90 tonnes in the Ashmoor Times).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn museumgift_cluster_holds_its_scores() {
    let (s, conflicts) = run("museumgift");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: Konstantin Revell's age (78; the Brookfield Courier says 79), not
    // caught yet: construction cost of the new wing (EUR 185m = about GBP 159m = about USD 214m;
    // the Brookfield Courier says about $250 million).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stadiumfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("stadiumfire");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: injured taken to hospital (23 in three outlets; 32 in the Thamesbury
    // Chronicle), not caught yet: time it took to evacuate the whole stadium (14 minutes in three
    // outlets; 19 minutes in the Harbor City Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn droughtrationing_cluster_holds_its_scores() {
    let (s, conflicts) = run("droughtrationing");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: households covered by the rationing (412,000 in the Lodestar
    // wire, the Kingsbury Gazette and the Castavian Post; 384,000 in the Harbor Point Ledger);
    // length of the emergency pipeline (62 km = about 39 miles in the Lodestar wire, the Kingsbury
    // Gazette and the Harbor Point Ledger; 74 km in the Castavian Post), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airportexpansion_cluster_holds_its_scores() {
    let (s, conflicts) = run("airportexpansion");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: homes to be demolished for the runway (740 in the Keystone
    // Wire, the Harrowgate Standard and Norvessa Today; 810 in the Delmont Post); year the runway
    // opens (2035 in the Keystone Wire, the Harrowgate Standard and the Delmont Post; 2036 in
    // Norvessa Today), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lotterywin_cluster_holds_its_scores() {
    let (s, conflicts) = run("lotterywin");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: times the jackpot rolled over before it was won (14 vs 15 in
    // Sarvenne Today); age of the winner (44 vs 47 in the Bay City Courier).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn glacierlake_cluster_holds_its_scores() {
    let (s, conflicts) = run("glacierlake");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: height of the flood wave (12 m = 39 ft = about 40 ft in three outlets;
    // 15 m in Morvania Today), not caught yet: capacity of the Kessel Gorge hydropower station (120
    // MW in three outlets; 150 MW in the Harbor City Ledger), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitalbeds_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitalbeds");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: patients who waited more than 12 hours in emergency departments
    // in the 12 months to September 2027 (38,460 in three outlets; 43,860 in the Lakemont Tribune);
    // year by which the new beds are to be added (2031 in three outlets; 2032 in the Hartwell
    // Gazette).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pilotstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("pilotstrike");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: cost of the strike to Norvia per day, airline estimate (EUR 18m = about
    // GBP 15.5m = about USD 20.8m in three outlets; USD 29m, about EUR 25m, in the Lakeport
    // Herald), not caught yet: turnout in VAPA's strike ballot (84% in three outlets; 81% in the
    // Kastel Morning Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn heritagefire_cluster_holds_its_scores() {
    let (s, conflicts) = run("heritagefire");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: height of the spire that collapsed (96 m = 315 ft in three
    // outlets; 88 m in the Valdria Herald); artworks and relics rescued (212 / more than 200 in
    // three outlets; 180 in the Capital Dispatch).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cropfailure_cluster_holds_its_scores() {
    let (s, conflicts) = run("cropfailure");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: farms that have applied for aid so far (11,480 / nearly 11,500 in the
    // Halyard Wire, the Thamesford Chronicle and the Brightwater Ledger; 13,840 in Norvalia Today),
    // not caught yet: rain on the grain regions since the start of June (386 mm = 15.2 inches in
    // the Halyard Wire, the Brightwater Ledger and Norvalia Today; 412 mm in the Thamesford
    // Chronicle).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn subwayflood_cluster_holds_its_scores() {
    let (s, conflicts) = run("subwayflood");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: passengers rescued from the Line 2 train stuck in the tunnel
    // (212 in three outlets; 182 in Varessia Daily); time needed to reopen Line 2 (10 days in three
    // outlets; three weeks in the Lakeport Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn containerloss_cluster_holds_its_scores() {
    let (s, conflicts) = run("containerloss");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: height of the waves when the containers went over (12 m = 39
    // ft; 15 m in the Veskaria Post); lost containers holding hazardous goods (seven; 11 in the
    // Lakehaven Journal).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn footandmouth_cluster_holds_its_scores() {
    let (s, conflicts) = run("footandmouth");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: day the first case was confirmed (Thursday 2 September 2027 in three
    // outlets; Friday 3 September in Velsland Today), not caught yet: farms confirmed infected with
    // foot-and-mouth (37 in three outlets; 41 in the Bayside Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn citydeficit_cluster_holds_its_scores() {
    let (s, conflicts) = run("citydeficit");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: libraries to close (nine in three outlets; 12 in the Tremont Gazette);
    // Brackenford council's debt (£2.1bn = about €2.44bn = about $2.8bn in three outlets; €2.9bn in
    // Rhenmark Today), 3 ✗ shown on two facts.
    assert!(conflicts <= 5, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coralbleach_cluster_holds_its_scores() {
    let (s, conflicts) = run("coralbleach");
    assert!(s.link_f1 >= 0.95, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: peak sea surface temperature over the central reef on 9 March (31.4C =
    // 88.5F in three outlets; 32.1C in the Kestrel Bay Courier); reefs surveyed from the air this
    // month (412 in three outlets; 384 in the Bayfront Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}
