//! Regression guard on the held-out clusters of the newest round (a
//! salmonella outbreak, a crowd crush, a rate decision, a cocaine seizure,
//! a referendum, a cruise ship outbreak, a coach crash, a tornado
//! outbreak, a doctors' strike, a spring frost, a hospital ransomware
//! attack, a car carrier fire, a chlorine leak, a cloud outage, a market
//! crash, a solar farm, a tiger census, a hotel fire, a transfer fee, a
//! border truce, a heatwave toll, a baggage handlers' strike, a lost
//! satellite, a bank merger): written blind to the engine and never used
//! to train the link model, as those of `heldout_quality.rs` are. The bars
//! sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn crowdcrush_cluster_holds_its_scores() {
    let (s, conflicts) = run("crowdcrush");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: people injured in the crush (147 in three outlets; 174 in the
    // Bayside Tribune), not caught yet: time the festival gates opened on Saturday (16:00
    // local = 1400 GMT = 10 a.m. ET in three outlets; 17:00 in the Skarvik Herald), 1 ✗
    // shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn salmonella_cluster_holds_its_scores() {
    let (s, conflicts) = run("salmonella");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: provinces with confirmed cases (11 in three outlets; 13 in the
    // Bayport Tribune); jars covered by the widened recall (2.4 million in three outlets;
    // 2.9 million in the Arvenstad Daily).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ratedecision_cluster_holds_its_scores() {
    let (s, conflicts) = run("ratedecision");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: board vote for the increase (7-2 in three outlets, 6-3 in the
    // Delmont Post), not caught yet: krell's rise against the euro at the close (1.4% in
    // three outlets, 0.9 per cent in the Kensal Observer).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn portseizure_cluster_holds_its_scores() {
    let (s, conflicts) = run("portseizure");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: age of the alleged organiser, Rellig Freight owner Anton Rellig
    // (52 in three outlets; 49 in the Harborview Post); crew members arrested, not caught
    // yet: people arrested over the seizure (five in the Tidemark Wire, the Northgate
    // Standard and the Harborview Post; six in the Teravia Herald).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn referendum_cluster_holds_its_scores() {
    let (s, conflicts) = run("referendum");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: turnout (71.4% in three outlets; 74.1% in the Valdheim
    // Herald); polling stations (3,862 in three outlets; 3,628 in the Harbor Times).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn norovirus_cluster_holds_its_scores() {
    let (s, conflicts) = run("norovirus");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: passengers taken to hospital in Esgaard (11 in three outlets;
    // 17 in the Esgaard Post), not caught yet: length of the deep clean ordered before the
    // ship may sail again (48 hours / two days in three outlets; 72 hours in the Lakeport
    // Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn buscrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("buscrash");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people injured (31 in Northstar Wire, the Albion Courier and
    // Kervania Today; 37 in the Bayport Sentinel); height the coach fell into the ravine
    // (65 m = 213 ft in three outlets; 80 m in Kervania Today), 1 ✗ shown on two facts.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tornado_cluster_holds_its_scores() {
    let (s, conflicts) = run("tornado");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: length of the Korvik tornado's track (68 km = 42 miles
    // in the Halcyon Press, the Northam Times and the National Dispatch; 86 km in Valesia
    // Today); homes destroyed across Orlen Province (1,240 in the Halcyon Press, the
    // Northam Times and Valesia Today; 1,420 in the National Dispatch).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn doctorsstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("doctorsstrike");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: share of voting MJDA members who backed the strike (93% vs 89%
    // in the Calvenza Post), not caught yet: appointments and operations cancelled by the
    // strike (more than 310,000 / about 310,000 / 312,000 vs about 260,000 in the Eastport
    // Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn frost_cluster_holds_its_scores() {
    let (s, conflicts) = run("frost");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: growers who lost some or all of their crop (1,340 in Norpress,
    // the Ashford Chronicle and the Veranne Courier; 1,430 in the Bayport Tribune), not
    // caught yet: how long the temperature stayed below freezing (seven hours, about 01:00
    // to 08:00 local, in Norpress, the Bayport Tribune and the Veranne Courier; nine hours
    // in the Ashford Chronicle), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ransomware_cluster_holds_its_scores() {
    let (s, conflicts) = run("ransomware");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: amount of data the hackers copied (1.8 TB = 1,800 GB in three
    // outlets; 2.3TB in the Thamesford Observer); planned operations cancelled by Tuesday
    // evening (1,240 in three outlets; 1,420 in the Allegheny Record), 1 ✗ shown on two
    // facts.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn shipfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("shipfire");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: crew members rescued, all of the crew (22 in three outlets; 24
    // in the Harbor Ledger), not caught yet: distance of the ship from Sarnholm when the
    // fire broke out (42 nautical miles = 78 km = about 48 miles in three outlets; about 60
    // km in the Brennhaven Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn chemleak_cluster_holds_its_scores() {
    let (s, conflicts) = run("chemleak");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people admitted to hospital (38 in three outlets; 43 in the
    // Bayfield Tribune), not caught yet: time from the start of the leak until the line was
    // sealed (seven hours in three outlets; nine hours in Drovenia Today), 1 ✗ shown on two
    // facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cloudoutage_cluster_holds_its_scores() {
    let (s, conflicts) = run("cloudoutage");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: websites knocked offline (212,000 in three outlets; 221,000 in
    // the Aldwick Standard), not caught yet: length of the March 2025 outage (four hours 40
    // minutes in three outlets; six hours in the Brookfield Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn marketcrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("marketcrash");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: fall in Vestra Bank's shares on Thursday, the biggest
    // in the index (31.6% in three outlets; 36.1% in the Kasterberg Herald); length of the
    // trading halt (45 minutes in three outlets; 30 minutes in the Brookline Dispatch).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn solarfarm_cluster_holds_its_scores() {
    let (s, conflicts) = run("solarfarm");
    assert!(s.link_f1 >= 0.7, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Disagreements not caught yet: solar panels installed at the park (2.4 million in
    // three outlets; 2.8 million in Velsara Today); time taken to build the park (26 months
    // in three outlets; 30 months in the Bayfield Post), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wildlife_cluster_holds_its_scores() {
    let (s, conflicts) = run("wildlife");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: age of chief ranger Radu Ferenc (54 in three outlets; 58 in the
    // Kethria Courier), not caught yet: camera traps used in the census (412 in three
    // outlets; 450 in the Hudson Dispatch).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hotelfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("hotelfire");
    assert!(s.link_f1 >= 0.93, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: firefighters sent to the fire (165 in three outlets; 210 in
    // Lestria Today), not caught yet: time it took to bring the fire under control (five
    // hours / nearly five hours in three outlets; seven hours in the Lakemont Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn transferfee_cluster_holds_its_scores() {
    let (s, conflicts) = run("transferfee");
    assert!(s.link_f1 >= 0.65, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: Ashdown's age (26 in three outlets; 27 in the Carrollton
    // Courier), not caught yet: day of Ashdown's medical in Sarvik (Tuesday 20 July 2027 in
    // three outlets; Monday 19 July in the Sarvik Morning Post), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("airstrike");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: Ostranan soldiers killed in the fighting (nine in three
    // outlets; 11 in the Corvena Post); width of the buffer zone (10 km = 6 miles in three
    // outlets; 15 km = 9 miles in the Potomac Sentinel).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn heatdeaths_cluster_holds_its_scores() {
    let (s, conflicts) = run("heatdeaths");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: peak temperature, at Valmoura on 20 July (46.3C =
    // 115.3F in three outlets; 46.8C in the Portavel Post); heat-related hospital
    // admissions (6,350 in three outlets; 6,530 in the Lakeshore Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn satellite_cluster_holds_its_scores() {
    let (s, conflicts) = run("satellite");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: planned length of Halcyon-3's mission (seven years in
    // three outlets; 10 years in the Allegheny Dispatch); registered users of Halcyon-3's
    // data (1,460 / nearly 1,500 / more than 1,400 in three outlets; 1,640 in Meravia
    // Today).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airportstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("airportstrike");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: baggage handlers on strike (1,350; 1,600 in the Harbor Post);
    // airlines' losses on the first day, Airlines Association estimate (EUR 21m = GBP 18.1m
    // = USD 24.3m; EUR 16m in Estravia Today), 1 ✗ shown on two facts.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mergerbank_cluster_holds_its_scores() {
    let (s, conflicts) = run("mergerbank");
    assert!(s.link_f1 >= 0.96, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: premium the exchange ratio gives Vessport holders over Friday's
    // closing price (27% in three outlets; 31% in Crestmont Markets); branches the merged
    // bank will close (240 in three outlets; 270 in the Rostane Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}
