//! Regression guard on the held-out clusters of the thirtieth session
//! (forty stories, from an oil pipeline leaking into farmland and a
//! school-bus drivers' strike to a cyclone's landfall and a stock
//! exchange's worst day; the list is in `tests/fixtures/heldout/README.md`):
//! written blind to the engine and never used to train the link model, as
//! those of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn oilpipelinespill_cluster_holds_its_scores() {
    let (s, conflicts) = run("oilpipelinespill");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: farmland contaminated (140 ha per the inspectorate; the
    // Lakemont Post gives the farmers' union's 520 acres / 210 ha); length of river fouled by the
    // slick (wire: 12 km per the inspectorate; Halvar Courier: 18 km per the river authority).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn schoolbusstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("schoolbusstrike");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: pupils left without school transport (about 38,000; the Harbor City
    // Ledger, quoting a parents' group, says more than 50,000), not caught yet: drivers who walked
    // out (about 850 per the company, wire; 1,200 per the union, Korsted Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airlinepilotfatigue_cluster_holds_its_scores() {
    let (s, conflicts) = run("airlinepilotfatigue");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: First Officer Mira Olsen's age; time the pilots had been on
    // duty when the jet overran (13 h 50 min per union rosters; the airline says 11 hours).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn museumartheist_cluster_holds_its_scores() {
    let (s, conflicts) = run("museumartheist");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: age of guard Emil Brandt (59 per the wire, 64 per the Sennholm
    // Courier), not caught yet: time the thieves spent inside the museum (14 minutes; the Bayport
    // Herald's source says about 25).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn refinerywagedeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("refinerywagedeal");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: refinery throughput in barrels per day (180,000; the Bayport Herald
    // says 240,000), not caught yet: filling stations that ran out of fuel (about 400 per the
    // retailers vs 620 per the energy ministry).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tramcollisioncity_cluster_holds_its_scores() {
    let (s, conflicts) = run("tramcollisioncity");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: speed of the Line 4 tram entering the junction (38 km/h per the
    // STSA recorder data; the Harbor Ledger's police source says about 50 km/h / 31 mph); age of
    // the Line 4 tram driver (52 per the wire; 47 per the Korvath Post).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn volcanoevacuation_cluster_holds_its_scores() {
    let (s, conflicts) = run("volcanoevacuation");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: flights cancelled at Port Elsin International (124; the Bayport Herald
    // says 190), not caught yet: farmland covered in ash (about 3,000 ha per the farmers' union vs
    // 4,800 ha per the agriculture ministry).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cybercrimebankheist_cluster_holds_its_scores() {
    let (s, conflicts) = run("cybercrimebankheist");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: how long the theft went unnoticed (9 hours; the Bayport Ledger
    // says 13); stolen money frozen so far (23m tallars per police in the Ashcombe Herald; STL
    // 17.5m per prosecutors in the Darmora Post).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn dambreachvillages_cluster_holds_its_scores() {
    let (s, conflicts) = run("dambreachvillages");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: people evacuated (about 2,400 per the agency in the wire; 3,100 per the
    // governor in the Sarvin Post), not caught yet: people missing (41 per the Civil Protection
    // Agency; 58 per the Red Cross in the Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn footballclubsale_cluster_holds_its_scores() {
    let (s, conflicts) = run("footballclubsale");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: club debts Tarrow takes on (the wire says about KDD 46m from
    // club documents; the Bregant Courier says KDD 61m from the annual report); fans on the march
    // to City Hall (about 4,000 by the police count; the Harborview Sentinel gives the organizers'
    // figure of more than 7,000).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ambulanceresponsetimes_cluster_holds_its_scores() {
    let (s, conflicts) = run("ambulanceresponsetimes");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: ambulances out of service on an average day (142; the Bayview Ledger
    // says more than 180), not caught yet: vacant paramedic posts (1,100 per the union in the
    // Ashcombe Herald vs 740 per the NAS in the Sorvik Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerdrunkdriving_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerdrunkdriving");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: distance the patrol car followed him (about 6 km per police spokesman
    // vs 10 km per court papers), not caught yet: Aalund's speed (142 km/h per court and three
    // outlets; 158 km/h / 98 mph per the US paper).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wildfirehomesburned_cluster_holds_its_scores() {
    let (s, conflicts) = run("wildfirehomesburned");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: aircraft (planes and helicopters) fighting the fire, not caught yet:
    // firefighters deployed against the fire.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bridgetollhike_cluster_holds_its_scores() {
    let (s, conflicts) = run("bridgetollhike");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: vehicles crossing the bridge each day (96,000 per the operator; the
    // Pinecrest Herald says about 120,000), not caught yet: cost of building the bridge (1.4bn
    // florins per the wire; RVF 1.9bn per the Mandra Post, approach roads included).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn diplomatkidnapped_cluster_holds_its_scores() {
    let (s, conflicts) = run("diplomatkidnapped");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: kidnappers arrested in the raid (four; the Harborview Post's police
    // source says six), not caught yet: ransom the kidnappers demanded (50 million rell per the
    // wire's Vestrian sources vs MZR 80m per the Courier's police sources).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn newspapershutdown_cluster_holds_its_scores() {
    let (s, conflicts) = run("newspapershutdown");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: employees losing their jobs (312; the Brackwater Ledger says about
    // 240), not caught yet: unpaid wages owed to staff (Cobalt Wire, citing the union: 3.1m
    // kordans; Tremlin Today, citing Halvek's filing: PLK 4.4m).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn copperminestrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("copperminestrike");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: workers on strike (about 2,300; the Bayview Herald, citing the company,
    // says about 1,800), not caught yet: time taken to recover Rastan's body (wire: nine hours;
    // Marensk Daily: 14 hours).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electionrecount_cluster_holds_its_scores() {
    let (s, conflicts) = run("electionrecount");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: ballots rejected as invalid; officials who carried out the
    // recount.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn trainderailmentchemicals_cluster_holds_its_scores() {
    let (s, conflicts) = run("trainderailmentchemicals");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: styrene leaked (about 60,000 litres; the Ashcombe Herald says some
    // 85,000), not caught yet: speed of the train on the curve (78 km/h per RAIO data vs about 56
    // mph / 90 km/h per a union official).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn measlesoutbreakschools_cluster_holds_its_scores() {
    let (s, conflicts) = run("measlesoutbreakschools");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: children vaccinated at catch-up clinics since the outbreak began, not
    // caught yet: schools ordered closed (27; 34 in the Harlow Bay Sentinel).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn housingpricesreport_cluster_holds_its_scores() {
    let (s, conflicts) = run("housingpricesreport");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: new homes completed in 2026 (31,400; the Torvenna Post says 36,200);
    // households on social-housing waiting lists (about 86,000 vs more than 110,000).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn portworkersblockade_cluster_holds_its_scores() {
    let (s, conflicts) = run("portworkersblockade");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: containers stranded on the quays (about 18,000 / 18,400 per the port;
    // 25,000 per the freight forwarders); length of the truck queue on the coast road (14 km per
    // the hauliers vs 9 km per traffic police).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn policeshootingprotest_cluster_holds_its_scores() {
    let (s, conflicts) = run("policeshootingprotest");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: shots fired by the officer (eight; the Ridgefield Courier says 12);
    // police officers injured (28 per the Ashcombe Herald, 19 per the Corvena Daily).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn factoryfirecasualties_cluster_holds_its_scores() {
    let (s, conflicts) = run("factoryfirecasualties");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: workers inside the building when the fire broke out; age of the factory
    // owner Teodor Valesh.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn governmentbondsale_cluster_holds_its_scores() {
    let (s, conflicts) = run("governmentbondsale");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Disagreements caught: orders received for the bonds (ministry: $9.3bn = 186bn marits;
    // Harborview Ledger: about $12bn); number of investors who placed orders (wire: about 240;
    // Sarvenne Courier: more than 310).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cruiseshipoutbreak_cluster_holds_its_scores() {
    let (s, conflicts) = run("cruiseshipoutbreak");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: crew members who fell ill (57; the Ridgeway Herald says 80, citing the
    // operator), not caught yet: passengers taken to hospital in Port Vessant (11 per the port
    // authority vs 24 per the hospital).
    // One false ✗: "35 passengers" still confined to their cabins against the "24 passengers"
    // a hospital took in, each on its own source's word.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lotteryjackpotfraud_cluster_holds_its_scores() {
    let (s, conflicts) = run("lotteryjackpotfraud");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: tickets sold for the 9 January draw (2,958,340; the Bayport Courier
    // says about 3.7 million), not caught yet: draws the scheme manipulated (11 per the indictment
    // vs 14 per a police source).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cocainesmugglingbust_cluster_holds_its_scores() {
    let (s, conflicts) = run("cocainesmugglingbust");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: age of dock worker Emil Strand, not caught yet: containers searched.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn metroextensionopening_cluster_holds_its_scores() {
    let (s, conflicts) = run("metroextensionopening");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: passengers expected per day on the new section (OMC: about 180,000; the
    // Courier cites the city transport department: 240,000), not caught yet: workers on the project
    // at the peak of construction (about 4,000 per OMC vs more than 5,500 per the union).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn avalancheskiresort_cluster_holds_its_scores() {
    let (s, conflicts) = run("avalancheskiresort");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: rescuers in the search (about 250; the Drosna Courier says more
    // than 400); time Tomas Reller spent under the snow (about two hours vs three and a half
    // hours).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hotelcollapsefloods_cluster_holds_its_scores() {
    let (s, conflicts) = run("hotelcollapsefloods");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: guests in the hotel when it collapsed (112 per the owner; the Fairmont
    // Dispatch says about 160, citing tourism-ministry registrations); rescuers working at the site
    // (about 300 per the fire service vs more than 500 per the Civil Protection regional office).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airpollutionschools_cluster_holds_its_scores() {
    let (s, conflicts) = run("airpollutionschools");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: pupils affected by the closure (about 620,000; the Tarnholm Dispatch
    // says 480,000); children treated in hospital for breathing problems since the weekend (about
    // 1,900 per the health ministry vs 2,600 per the paediatric society).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn telecomoutage_cluster_holds_its_scores() {
    let (s, conflicts) = run("telecomoutage");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: customers who lost service (4.3 million per Norelink; the Bayport
    // Courier gives the regulator's 5.6 million), not caught yet: engineers Norelink deployed to
    // restore the network (about 300 vs 450).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn strikepilotsairline_cluster_holds_its_scores() {
    let (s, conflicts) = run("strikepilotsairline");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: pilots on strike (union: 1,140; Orvel Daily, citing the airline: about
    // 850), not caught yet: Lusvara Air passengers stranded abroad (wire/airline: about 6,000;
    // Orvel Daily/Foreign Ministry: nearly 9,000).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn refugeeboatrescue_cluster_holds_its_scores() {
    let (s, conflicts) = run("refugeeboatrescue");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people still missing (about 30 per the coast guard; the Harbor City
    // Courier says at least 45, citing a monitoring group), not caught yet: length of the boat
    // (nine metres per Halcyon Press, 14 metres per the Dessalo Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn sugartaxintroduced_cluster_holds_its_scores() {
    let (s, conflicts) = run("sugartaxintroduced");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: share of adults who are obese (27%; the Cedar Valley Post says 34
    // percent), not caught yet: jobs the drinks industry says are at risk (about 2,500 in the wire;
    // 4,000 in the Kessary Daily).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn judgebriberyarrest_cluster_holds_its_scores() {
    let (s, conflicts) = run("judgebriberyarrest");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: cases in which bribes were allegedly paid (16; the Riverton Ledger says
    // 23), not caught yet: cash found at the judge's home (about ESF 620,000 vs ESF 850,000).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn powerplantcontract_cluster_holds_its_scores() {
    let (s, conflicts) = run("powerplantcontract");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: jobs created during construction (4,000; the Bridgeport Sentinel says
    // 5,500); bids submitted in the tender (seven per Northlight Wire, 11 per the Lomerest Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cyclonelandfall_cluster_holds_its_scores() {
    let (s, conflicts) = run("cyclonelandfall");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people killed by Ilvani (23 per the DMA; the Harbor City Ledger says
    // 31, citing the provincial governor); fishermen missing at sea (wire: 11, coast guard;
    // Korrapur Courier: 17, fishermen's association).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stockexchangecrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("stockexchangecrash");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: length of the trading halt (30 minutes; the Bayport Chronicle
    // says 45); value of shares traded on the day (14.2bn dravs per the wire vs KDD 11.8bn per the
    // Brannholm Daily).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}
