//! Regression guard on the held-out clusters of the fifteenth session
//! (forty stories, from a salmonella outbreak and a crowd crush to a bus
//! strike, a museum reopening and a glacier's retreat; the list is in
//! `tests/fixtures/heldout/README.md`): written blind to the engine and
//! never used to train the link model, as those of `heldout_quality.rs`
//! are. The bars sit a little under today's scores.

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
    // local = 1400 GMT = 10 a.m. ET in three outlets; 17:00 in the Skarvik Herald).
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
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: people arrested over the seizure (five in the Tidemark Wire, the
    // Northgate Standard and the Harborview Post; six in the Teravia Herald); age of the alleged
    // organiser, Rellig Freight owner Anton Rellig (52 in three outlets; 49 in the Harborview
    // Post); crew members arrested.
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
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people admitted to hospital (38 in three outlets; 43 in the
    // Bayfield Tribune), not caught yet: time from the start of the leak until the line was
    // sealed (seven hours in three outlets; nine hours in Drovenia Today).
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

#[test]
fn dambuild_cluster_holds_its_scores() {
    let (s, conflicts) = run("dambuild");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: year construction began (2019 in the Halden Wire, the Ashcombe
    // Chronicle and Tarvonia Today; 2020 in the Brookhaven Dispatch), not caught yet:
    // residents relocated from the valley (11,800 in the Halden Wire, the Brookhaven
    // Dispatch and Tarvonia Today; 12,900 in the Ashcombe Chronicle).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn rugbyfinal_cluster_holds_its_scores() {
    let (s, conflicts) = run("rugbyfinal");
    assert!(s.link_f1 >= 0.7, "{s}");
    assert!(s.mention_recall >= 0.8, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Disagreements not caught yet: Maddox's England caps (87 in three outlets; 84 in
    // Bayline Sports); minutes played when Pell scored the decisive try (74th minute in
    // three outlets; 77th minute in Merlonne Soir), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bridgeopen_cluster_holds_its_scores() {
    let (s, conflicts) = run("bridgeopen");
    assert!(s.link_f1 >= 0.71, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Disagreements caught: height of the bridge's two towers (286 m = 938 ft in three
    // outlets; 978 ft = 298 m in the Bayridge Courier); vehicles a day planners expect on
    // the new bridge (62,000 in three outlets; 56,000 in the Valdorian Post), 1 ✗ shown on
    // two facts.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pharmarecall_cluster_holds_its_scores() {
    let (s, conflicts) = run("pharmarecall");
    assert!(s.link_f1 >= 0.94, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: packs of Normatens recalled (1.26 million in three outlets;
    // 1.62 million in the Belgrast Herald); countries covered by the recall (11 in three
    // outlets; 13 in the Lakeport Sentinel).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn sinkhole_cluster_holds_its_scores() {
    let (s, conflicts) = run("sinkhole");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: depth of the sinkhole (18 m = 59 ft in Northline, the Albion
    // Chronicle and the Hudson Tribune; 22 m in Kestrania Today), not caught yet: people
    // injured (11 in Northline, the Hudson Tribune and Kestrania Today; 13 in the Albion
    // Chronicle), 2 ✗ shown on two facts.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pandabirth_cluster_holds_its_scores() {
    let (s, conflicts) = run("pandabirth");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: birth weight of the first (larger) cub (186 g = 6.6 oz in three
    // outlets; 168 g in Norvenia Today); age of the mother, Bao Xin (11 in three outlets;
    // 12 in the Bayridge Courier).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn layoffs2_cluster_holds_its_scores() {
    let (s, conflicts) = run("layoffs2");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: Grenholm plant's yearly output (190,000 vehicles in
    // three outlets; 210,000 in Alsberg Today); unemployment rate in the North Tessary
    // region (9.2% in three outlets; 10.4 percent in the Eastport Courier).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wintergames_cluster_holds_its_scores() {
    let (s, conflicts) = run("wintergames");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.8, "{s}");
    assert!(s.status_ok >= 15, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: age of Mayor Ilka Varanen (57 in three outlets; 59 in the
    // Thamesbridge Standard), not caught yet: jobs the Games will create (23,000 in three
    // outlets; 32,000 in the Kelvara Daily Post), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ferrycapsize_cluster_holds_its_scores() {
    let (s, conflicts) = run("ferrycapsize");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: divers in the search (140 in three outlets; 180 in the Tarvonia
    // Herald), not caught yet: age of the Ossel Queen (38 years in three outlets; 43 years
    // in the Pinecrest Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cyberfine_cluster_holds_its_scores() {
    let (s, conflicts) = run("cyberfine");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: fall in Loopwave's shares on the day (4.2% in three
    // outlets, 5.1% in Velmar Today); age of VDPO commissioner Irena Solberg-Matz (58 in
    // three outlets, 59 in the Granite City Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn oilprice_cluster_holds_its_scores() {
    let (s, conflicts) = run("oilprice");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: length of the ministerial meeting (nearly eight hours /
    // 7 h 40 min in three outlets; six hours in the Albury Herald); Qaderia's share of the
    // cut in barrels (480,000 a day in three outlets; 450,000 in the Hudsonfield Post), 1 ✗
    // shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn schoolfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("schoolfire");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: firefighters sent to the fire (120 in the Orion Wire,
    // the Harrowgate Chronicle and the Cascade Sentinel; 150 in the Kravenau Courier); time
    // staff took to get every pupil out of Linden House (11 minutes in the Orion Wire, the
    // Cascade Sentinel and the Kravenau Courier; 14 minutes in the Harrowgate Chronicle).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn taxreform_cluster_holds_its_scores() {
    let (s, conflicts) = run("taxreform");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: age of Finance Minister Tomas Hallevik (57 in three outlets; 59
    // in the Bayard Ledger), not caught yet: yearly cost of the tax cut to the treasury
    // once fully in force (€4.2bn = £3.6bn = about $4.9bn in three outlets; €4.8bn in the
    // Lorvania Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn busstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("busstrike");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: bus drivers on strike (2,300 in three outlets; 2,600 in the
    // Morvania Herald); age of union leader Dana Hollec (57 in three outlets; 59 in the
    // Bayridge Sentinel).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn museumopen_cluster_holds_its_scores() {
    let (s, conflicts) = run("museumopen");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: objects on display in the reopened museum (12,400 in three
    // outlets; 14,200 in the Lakeport Tribune), not caught yet: floor area of the renovated
    // museum (38,500 square metres = about 414,000 sq ft in three outlets; 45,000 square
    // metres in Veldria Today).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn glacier_cluster_holds_its_scores() {
    let (s, conflicts) = run("glacier");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: average lowering of the ice surface this year (4.8 m =
    // nearly 16 ft in three outlets; 5.4 m = about 17.7 ft in the Ridgeway Tribune);
    // meltwater from the glacier this summer (380 million cubic m = 0.38 cubic km = about
    // 100 billion US gallons in three outlets; 310 million cubic m in Kaldmark Today).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}
