//! Regression guard on the held-out clusters of the twenty-eighth session
//! (forty stories, from a city's contaminated tap water and a collapsed
//! road tunnel to a lottery rigging trial and a collapsed dock crane; the
//! list is in `tests/fixtures/heldout/README.md`): written blind to the
//! engine and never used to train the link model, as those of
//! `heldout_quality.rs` are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn waterboardcontamination_cluster_holds_its_scores() {
    let (s, conflicts) = run("waterboardcontamination");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: TCE that escaped from the plant (about 2,000 litres per Kestrin vs
    // 3,500 litres per the environment agency), not caught yet: TCE level found in treated water at
    // Greyford (38 µg/l; the Bayport Herald says 52).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tunnelcollapseworkers_cluster_holds_its_scores() {
    let (s, conflicts) = run("tunnelcollapseworkers");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: workers trapped (11; the Clearwater Courier says 14), not caught yet:
    // length of the stretch of roof that caved in (about 30 m vs 45 m).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wildfirevalleyevacuation_cluster_holds_its_scores() {
    let (s, conflicts) = run("wildfirevalleyevacuation");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: homes destroyed (214 per civil protection; the Harborview Ledger,
    // citing the governor, says at least 320), not caught yet: length of the fire front (the
    // Ashcombe Herald, citing the national fire service: some 40 km; the Vintara Daily, citing the
    // provincial fire chief: 28 km).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stockexchangeglitch_cluster_holds_its_scores() {
    let (s, conflicts) = run("stockexchangeglitch");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.81, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: fine proposed by the regulator (85m taler; the Riverton Ledger says
    // 120m taler / $48m), not caught yet: number of trades cancelled (about 38,000 per the wire vs
    // 52,000 per the brokers' association in the Holmsted Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn policeshootingteenager_cluster_holds_its_scores() {
    let (s, conflicts) = run("policeshootingteenager");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Disagreements not caught yet: shots fired by the officer (7 per prosecutors; the Seravan Post
    // says 11); police officers injured in the riots (23 per the interior minister vs 38 per the
    // police union).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tuitionfeeoccupation_cluster_holds_its_scores() {
    let (s, conflicts) = run("tuitionfeeoccupation");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people arrested when police cleared the ministry (87 per the police;
    // the Solvik Courier, citing the NSU, says 126); people taken to hospital (11 per the wire, 17
    // per the Harbor City Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cholerarefugeecamp_cluster_holds_its_scores() {
    let (s, conflicts) = run("cholerarefugeecamp");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: cholera deaths at Kiroko; doses of oral cholera vaccine in the
    // shipment.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pipelinefuelblast_cluster_holds_its_scores() {
    let (s, conflicts) = run("pipelinefuelblast");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: petrol spilled before the blast (40,000 litres per DNPC; the
    // Harbor City Sentinel gives 65,000 liters from the environment agency); how long the pipeline
    // leaked before the blast (wire: about 12 hours, residents; Halden Courier: seven hours, DNPC).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn counterfeitmedicinesring_cluster_holds_its_scores() {
    let (s, conflicts) = run("counterfeitmedicinesring");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: suspects charged (16; the Harbor City Ledger says nine); length of the
    // investigation (20 months per the Northline Press, 14 months per the Lavrin Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn taxamnestyresults_cluster_holds_its_scores() {
    let (s, conflicts) = run("taxamnestyresults");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: declared foreign assets already brought home (LVF 6.3bn; the
    // Delmont Courier says 8.4bn); additional tax inspectors to be hired (250 per the Ashcombe
    // Chronicle, 400 per the Ostrel Herald).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn presidentialjetpurchase_cluster_holds_its_scores() {
    let (s, conflicts) = run("presidentialjetpurchase");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: repayment period of the loan (10 years vs 15 years); passenger
    // seats on the new jet (68; the Baycrest Journal says 84).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn newspaperclosedbystate_cluster_holds_its_scores() {
    let (s, conflicts) = run("newspaperclosedbystate");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: Vidik journalists questioned by financial police on Tuesday (12; the
    // Harbor Ledger says 18), not caught yet: how long Petrek was questioned (the Chronicle says
    // nine hours, Korvat Now 13).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn voterrollpurge_cluster_holds_its_scores() {
    let (s, conflicts) = run("voterrollpurge");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: appeals lodged so far (46,800; the Lakemont Dispatch says more than
    // 52,000), not caught yet: removals in Harven province (about 58,000 vs 74,500).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn sugarcartelfine_cluster_holds_its_scores() {
    let (s, conflicts) = run("sugarcartelfine");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: fine the whistle-blower Kresny would have faced (47m vs 62m
    // ducats); how much the cartel raised wholesale sugar prices (23%; the US paper says about
    // 30%).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn busfarerisesprotest_cluster_holds_its_scores() {
    let (s, conflicts) = run("busfarerisesprotest");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: buses damaged (41 per KMT; the Bayview Courier, citing the drivers'
    // union, says about 60), not caught yet: police officers injured (14 per the interior ministry
    // in the wire; 23 per the Police Union in the Korsava Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fuelsubsidycut_cluster_holds_its_scores() {
    let (s, conflicts) = run("fuelsubsidycut");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: protesters arrested in Bresk on the first day (38 per the wire, 64 per
    // the Bresk Courier), not caught yet: size of the protest crowd in Bresk (about 12,000 per
    // police; the Harborview Ledger gives organisers' 20,000).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn civilservicejobcuts_cluster_holds_its_scores() {
    let (s, conflicts) = run("civilservicejobcuts");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: regional offices to close (wire: about 40, per the union; Morvenia Now:
    // 55, per the annex); members of the Public Service Union (96,000; the Harbor City Ledger says
    // about 120,000).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn roadtollconcession_cluster_holds_its_scores() {
    let (s, conflicts) = run("roadtollconcession");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 29, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: investment Nordway promised (2.4bn thalers; the Brookfield Ledger says
    // $620m = 3.1bn thalers); length of motorway to be widened to three lanes (Northgate 86 km vs
    // Observer 120 km).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nurseshortagereport_cluster_holds_its_scores() {
    let (s, conflicts) = run("nurseshortagereport");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: hospital beds closed for lack of nurses, not caught yet: spending on
    // agency nurses last year.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn microfinancecollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("microfinancecollapse");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: Lumora depositors (about 380,000 per the central bank; the Bayport
    // Herald says more than 450,000), not caught yet: Lumora branches shut (146 per the wire; 190
    // per the Kestrum Daily).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministermotorcadecrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministermotorcadecrash");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: speed of the minister's car at impact (94 km/h per prosecutors;
    // the Harwick Ledger's anonymous police source: about 68 mph / 110 km/h); vehicles in the
    // minister's motorcade (wire: four; Arvenna Today's witnesses: six).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn spyringarrests_cluster_holds_its_scores() {
    let (s, conflicts) = run("spyringarrests");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: classified documents passed to Dravonia (1,240 per the OSD; the
    // Piedmont Ledger's anonymous official says about 900), not caught yet: how long Vask was under
    // surveillance before the arrests (14 months per the OSD director in the wire; 20 months per a
    // source quoted by the Brastova Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn statebroadcasterchiefsacked_cluster_holds_its_scores() {
    let (s, conflicts) = run("statebroadcasterchiefsacked");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: RTM staff (about 4,300; the Prairie Sentinel says about 5,100);
    // Varnholt's severance payment (wire: about MVF 2.4m; Dravesk Daily: MVF 3.1m).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn olympicbidwithdrawn_cluster_holds_its_scores() {
    let (s, conflicts) = run("olympicbidwithdrawn");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: money already spent on the bid (EVF 212m; the Bayview Ledger says
    // 290m); area of the planned Olympic Park at Oster Quay (wire 240 ha vs Marenburg Post 310 ha).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn levelcrossingcrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("levelcrossingcrash");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people injured (37; the Hollisport Herald says 52, a health-department
    // count including minor cuts treated at the scene), not caught yet: age of the bus driver Tomas
    // Reval (56 in the Ledger, 49 in the Evening Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn smugglingtunnelfound_cluster_holds_its_scores() {
    let (s, conflicts) = run("smugglingtunnelfound");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the tunnel (740 m; the Westmere Herald says 1.1km); age of
    // the alleged ringleader Teodor Vask (46 in the wire, 51 in the Kessany Courier).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn examcheatingscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("examcheatingscandal");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: schools where results were cancelled (37; the Riverton Ledger says 53);
    // age of NEB director Ilian Varga (61 vs 57).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn metroextensionopens_cluster_holds_its_scores() {
    let (s, conflicts) = run("metroextensionopens");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: length of the extension that runs underground (about 9.4 km vs
    // 7.2 km); passengers expected per day on the extension (140,000; the Bay City Ledger says
    // 95,000).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn debtrestructuringdeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("debtrestructuringdeal");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of the final negotiating session (19 hours per the wire, 26 per
    // the Ashcombe Chronicle), not caught yet: share of bondholders (by value) accepting the deal
    // (92%; the Brookfield Ledger says about 86%).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prisonguardsstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("prisonguardsstrike");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: prisons hit by the strike (23; the Harbor City Courier says 19, citing
    // the Justice Ministry); family visits cancelled (about 4,200 per the ministry in the wire;
    // some 5,600 per the union in Dravenia Now).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn termlimitsvote_cluster_holds_its_scores() {
    let (s, conflicts) = run("termlimitsvote");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: protesters detained (140 per police; the Bayfield Courier says more
    // than 230, citing Open Door Monitor); police officers deployed in Korvel (about 6,000 per the
    // Interior Ministry vs more than 9,000 per the police union).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn refinerystrikefuelqueues_cluster_holds_its_scores() {
    let (s, conflicts) = run("refinerystrikefuelqueues");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: filling stations run dry (Energy Ministry 1,140; the Brask Evening
    // Post, citing the retailers' association, nearly 1,500), not caught yet: army fuel tankers
    // deployed (about 150 vs 210).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tornadotownhit_cluster_holds_its_scores() {
    let (s, conflicts) = run("tornadotownhit");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: how long the tornado was on the ground (38 minutes; the Harbor
    // City Ledger says about 55); length of the tornado's track (NWI: 23 km; CPA via Glas Tarnau:
    // 31 km).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coalplantcontract_cluster_holds_its_scores() {
    let (s, conflicts) = run("coalplantcontract");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: jobs during construction (3,500 per the ministry; the Harbor City
    // Sentinel gives Tessaro's 5,000), not caught yet: village residents who must move (about 1,100
    // per campaigners vs 640 per the ministry).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fishermendetainedsea_cluster_holds_its_scores() {
    let (s, conflicts) = run("fishermendetainedsea");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: fishermen detained (23; the Bayport Ledger says 31), not caught yet:
    // fish confiscated from the boats (Continental Press: some 14 tonnes; Kastrel Courier: 8.5
    // tonnes).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airportrunwayclosure_cluster_holds_its_scores() {
    let (s, conflicts) = run("airportrunwayclosure");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: flights cancelled on Wednesday (212 per the operator; the Ridgefield
    // Courier says about 260, citing AeroTrace), not caught yet: passengers who spent the night in
    // the terminal (about 1,500 per the operator in the Herald; nearly 2,300 per the Red Cross in
    // the Observer).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerplagiarism_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerplagiarism");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: works the text was copied from (23 in the wire vs 31 in Kastrel
    // Morning), not caught yet: pages of the thesis with copied passages (143; the Brookfield
    // Herald says 188).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitalfirenewborns_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitalfirenewborns");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: firefighters at the scene (about 60 vs more than 90), not caught yet:
    // how long the fire burned (about three hours; the Millbrook Sentinel says nearly five).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lotteryfraudtrial_cluster_holds_its_scores() {
    let (s, conflicts) = run("lotteryfraudtrial");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: number of Lotto Septa draws rigged (38; the Pinecrest Herald says 52);
    // front winners who cashed the rigged tickets (wire: 23; Orvano Courier: 31).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn dockcranecollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("dockcranecollapse");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: weight of the crane (1,400 tonnes per the wire vs about 1,900 tonnes
    // per the manufacturer's specifications in the Kalvik Harbour Post), not caught yet: people
    // injured (11; the Fairhaven Courier says 17, citing the regional health department).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
