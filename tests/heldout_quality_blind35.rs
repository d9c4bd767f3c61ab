//! Regression guard on the held-out clusters of the thirty-fifth session
//! (thirty-two stories, from sewage spilled on beaches and a mudslide on a
//! mountain highway to a lorry fire in a road tunnel and a ring selling
//! fake olive oil; the list is in `tests/fixtures/heldout/README.md`):
//! written blind to the engine and never used to train the link model, as
//! those of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn sewagespillbeaches_cluster_holds_its_scores() {
    let (s, conflicts) = run("sewagespillbeaches");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: volume of sewage spilled from Quenby Head: the Environment Agency's
    // estimate of 61 million litres (Halyard, Albion Courier) vs Kelvara Water's own figure of 48
    // million litres = about 12.7 million US gallons (Cascadia Dispatch, Sallow Coast Echo), not
    // caught yet: people who fell ill after the spill: 137 treated according to the Health Ministry
    // (Sallow Coast Echo) vs more than 400 according to the Blue Shore Collective survey (Albion
    // Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mudslidehighway_cluster_holds_its_scores() {
    let (s, conflicts) = run("mudslidehighway");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people still missing: CONFLICT, Civil Protection Directorate says 7
    // (TMN, Albion Herald), Dovrin mayor's office says 12 from relatives' calls (Hudson Courier,
    // Serrat Herald), not caught yet: debris on the road: CONFLICT, Transport Ministry about
    // 180,000 tonnes (TMN) vs operator Alpavia Roads some 260,000 tonnes (Serrat Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn dairyfarmersmilkdump_cluster_holds_its_scores() {
    let (s, conflicts) = run("dairyfarmersmilkdump");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: tractors driven into Stravne: police say about 1,200 (Arclight,
    // Ridgeway Tribune), the organising union says 3,000 (Whitcombe Chronicle, Stravne Courier);
    // dairy farms closed over the past decade: the union says 4,100 (Whitcombe Chronicle), the
    // Ministry of Agriculture says 2,800 since 2017 (Stravne Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pensionerscamcallcentre_cluster_holds_its_scores() {
    let (s, conflicts) = run("pensionerscamcallcentre");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: pensioners defrauded: police say 1,412 (Northstar, Albion
    // Herald, Mirska Courier); the National Pensioners' League says nearly 2,300 (Albion Herald,
    // Lakeshore Tribune, Mirska Courier); cash found at the call centre: police say 640,000 tarins
    // ($80,000) (Northstar); the prosecutor's office says 710,000 tarins after counting (Mirska
    // Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bridgeshipstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("bridgeshipstrike");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: people injured in the collision: police say two (a truck driver
    // and a crew member); Marvost General Hospital says three (two crew members and a van driver);
    // time the pilot had been on duty at the collision: Marvost Port Authority says 12 hours; River
    // Pilots' Union says 16 hours.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn schoolroofasbestos_cluster_holds_its_scores() {
    let (s, conflicts) = run("schoolroofasbestos");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: cost of removing the asbestos and re-roofing: Education
    // Ministry says 3.6 million velmar ($720,000, £576,000) [Tidewire, Calder Review]; Dornhal city
    // council says 4.5 million velmar ($900,000) [Lakeport Dispatch, Dornhal Post]; length of the
    // asbestos removal works: city council says eight weeks [Lakeport Dispatch]; contractor
    // Brannock Abatement says 12 weeks [Dornhal Post].
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn swinefeverfarms_cluster_holds_its_scores() {
    let (s, conflicts) = run("swinefeverfarms");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: pigs culled in the Marensk zone (ministry: 38,400, cited by
    // Axial Press, Lakeshore Tribune, Marensk Courier; Lestrian Pig Breeders' Union: some 46,000,
    // cited by Albion Chronicle); fall in pork prices since Monday (Korvath Meat Exchange:
    // wholesale down 18%, cited by Axial Press; Lestrian Pig Breeders' Union: farm-gate down 24%,
    // cited by Albion Chronicle).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hydrogenbusfleet_cluster_holds_its_scores() {
    let (s, conflicts) = run("hydrogenbusfleet");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: share of the bus purchase price paid by the national Clean Transport
    // Fund: the Ministry of Transport says 60% (Lodestar, Harbury Chronicle); the city's finance
    // department says 55% once the fund's per-vehicle cap is applied (Lakeshore Tribune, Velmora
    // Post), not caught yet: drivers to be retrained for the hydrogen buses: the drivers' union
    // says some 240 (Harbury Chronicle); the operator VPT says 180 (Velmora Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ferryengineblackout_cluster_holds_its_scores() {
    let (s, conflicts) = run("ferryengineblackout");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: passengers treated on arrival: 34 according to the Health Ministry
    // (Halyard, Carvessan Observer) vs 21 according to Brellan Coastal Lines (Westmoor Chronicle,
    // Lakeport Tribune), not caught yet: closest the drifting ferry came to Cape Morvane: 2 km
    // according to the Seafarers' Union (Westmoor Chronicle) vs no closer than 6 km according to
    // the Coast Guard (Carvessan Observer).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fuelpricegougingfines_cluster_holds_its_scores() {
    let (s, conflicts) = run("fuelpricegougingfines");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: complaints about overcharging during the shortage: National
    // Prices Board 4,812 (Orbisline, Quillfield Tribune) vs Consumers' Federation more than 7,000
    // (Pennant, Evening Star); stations that ran dry at the peak: Energy Ministry 240 (Orbisline)
    // vs Fuel Retailers' Association more than 400 (Evening Star).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn derbyviolencestadiumban_cluster_holds_its_scores() {
    let (s, conflicts) = run("derbyviolencestadiumban");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: police officers injured: 17 (interior ministry: wire, US paper) vs 23
    // (police union: broadsheet, local outlet), not caught yet: how long play was halted: 27
    // minutes (referee's report cited by the federation, wire) vs almost 40 minutes (Sloga
    // statement, local outlet).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn carehomeneglectinquiry_cluster_holds_its_scores() {
    let (s, conflicts) = run("carehomeneglectinquiry");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: dividends paid by Quellmoor to its owner 2021-2025: the inquiry
    // says 96m lorins ($24m, £19.2m; Borealis, Harbury Chronicle, Tervanian Courier); Quellmoor
    // says 72m lorins ($18m; Lakeshore Tribune), calling the rest shareholder-loan repayments; time
    // Hedda Marrin lay on the floor after her last fall: her daughter told the inquiry 11 hours
    // (Harbury Chronicle); Quellmoor's care records say just under seven hours (Tervanian Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn riverbargesinking_cluster_holds_its_scores() {
    let (s, conflicts) = run("riverbargesinking");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: diesel spilled: Korvath River Freight says about 8,000 litres;
    // the National Environment Inspectorate says about 14,000 litres (about 3,700 US gallons); time
    // the survivors spent in the water before rescue: fire service says about 35 minutes; River
    // Workers' Union says more than 90 minutes. One false ✗: oil the booms had recovered by
    // Wednesday morning (2,500 litres) against so far (4,100).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn festivalcancelledrefunds_cluster_holds_its_scores() {
    let (s, conflicts) = run("festivalcancelledrefunds");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: campers already on site when the cancellation was announced: about
    // 4,000 according to police (wire) vs around 2,500 according to the organisers (local outlet),
    // not caught yet: Brightwater Live's debts: the court filing says 14.2 million vells ($1.78m,
    // £1.42m; wire, broadsheet, local); founder Dostan says about 9 million vells (about $1.1
    // million; US paper).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn typhoidoutbreaktown_cluster_holds_its_scores() {
    let (s, conflicts) = run("typhoidoutbreaktown");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: deaths in the outbreak: 6 according to the health ministry (Corvex
    // Press, Harborview Tribune) vs 9 according to Kessarin District Hospital (Albion Courier,
    // Dovel Valley Post), not caught yet: volume of the Tamsa reservoir: about 60,000 cubic metres
    // according to the National Water Inspectorate (Harborview Tribune) vs 48,000 cubic metres
    // according to the utility Kessarin Municipal Water (Dovel Valley Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn trafficlighthack_cluster_holds_its_scores() {
    let (s, conflicts) = run("trafficlighthack");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: crashes during the outage: police 43 (CPA, Courier) vs Rodavian
    // Motorists' Union 61 (Chronicle, Glas), not caught yet: how long the intruder was inside the
    // network before the attack: Tessaly about three weeks (Chronicle) vs National Cyber Security
    // Directorate at least six weeks (Glas).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mortgageratehike_cluster_holds_its_scores() {
    let (s, conflicts) = run("mortgageratehike");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: borrowers hit by the rise: the bank says about 412,000
    // variable-rate borrowers; the Ostrevian Borrowers' Union says 530,000 households (it adds
    // 118,000 whose fixed deals end this year); crowd at the protest outside Arvensa Tower: police
    // say about 300, organisers say some 2,000.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ridehailingdriversprotest_cluster_holds_its_scores() {
    let (s, conflicts) = run("ridehailingdriversprotest");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: drivers taking part in the go-slow: the union (MUAD) says
    // 12,000, Orbeck says about 4,800; drivers' average monthly earnings: the union says take-home
    // pay is 19,000 dalens ($950) after commission and fuel; Orbeck says drivers earn $1,350
    // (27,000 dalens). One false ✗: the 180,000 rides of Monday against the app's usual 250,000 a
    // day.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn portdredgingcontract_cluster_holds_its_scores() {
    let (s, conflicts) = run("portdredgingcontract");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: bids received in the tender: the auditors say two (001, 004); the port
    // authority's statement says three (002, 003), not caught yet: how long the works took: the
    // port authority says an 18-month dredging campaign (002); the auditors say 22 months from
    // signing to completion certificate (004).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn shipstrappedseaice_cluster_holds_its_scores() {
    let (s, conflicts) = run("shipstrappedseaice");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: thickness of the ice around the convoy: Maritime Administration
    // says 1.2 m (wire, US paper as nearly 4 feet, local outlet); the shipowner Kelda Line says two
    // metres (British broadsheet); fuel left on the trapped ships: the Seafarers' Union says four
    // days (British broadsheet); Kelda Line says at least ten days (local outlet).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pharmacistsstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("pharmacistsstrike");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: community pharmacies closed on Monday 15 February, the first
    // day of the strike: union says 2,340 (Transmar 2,340; Harrowgate Observer 'more than 2,300')
    // vs Health Ministry 1,648 (Lakeshore Tribune 'about 1,650'; Ostrel Courier 1,648);
    // prescriptions not filled on Monday, the first strike day: union estimate about 260,000
    // (Transmar) vs National Health Fund 184,000 (Ostrel Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn candidatedisqualified_cluster_holds_its_scores() {
    let (s, conflicts) = run("candidatedisqualified");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: Hallan's poll rating: 24% in the independent Ravel Institute
    // survey (Arcline, Westbury Chronicle) vs about 18% / 18.4% in the state-funded National
    // Opinion Centre survey (Lakeshore Tribune, Selvana Herald); people at Wednesday's rally
    // outside the Supreme Court: about 3,000 according to police (Arcline) vs 12,000 according to
    // organisers (Selvana Herald).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stormsurgeseawall_cluster_holds_its_scores() {
    let (s, conflicts) = run("stormsurgeseawall");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people evacuated: Civil Protection Directorate 6,300 (residents of the
    // formal evacuation zones; Northway, Skarel Post) vs Mayor Henrike Aalvik nearly/about 9,000
    // (including voluntary departures; Thameside Courier, Continental Tribune); cost of repairing
    // the sea wall: Infrastructure Ministry 96 million skerls ($12 million; Northway) vs Skarel
    // Coastal Water Board 150 million skerls ($18.75 million; Skarel Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cementplantdust_cluster_holds_its_scores() {
    let (s, conflicts) = run("cementplantdust");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: children treated for dust-related breathing problems: 212 according to
    // Dolvany District Hospital (Corvane 'at least 212'; Quillfield 'more than 200', citing
    // doctors) vs 164 according to the Health Ministry (Calderbrook Examiner, Ostrel Herald); plant
    // workers sent home on reduced pay during the closure: 420 according to Norduvin (Quillfield
    // Tribune) vs nearly 600 according to the Cement and Quarry Workers' Union (Ostrel Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mobilemoneyfraud_cluster_holds_its_scores() {
    let (s, conflicts) = run("mobilemoneyfraud");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: customer accounts emptied in the theft: CONFLICT - police
    // (Financial Crimes Directorate, news conference Wed 10 March) say 18,400 ('more than 18,000');
    // the company Orrisca Telecom says 12,700; age of the alleged ringleader Daven Kessaly:
    // CONFLICT - police say 36; the remand application filed in court (Keruvia Herald) gives 39.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn planeturbulenceinjuries_cluster_holds_its_scores() {
    let (s, conflicts) = run("planeturbulenceinjuries");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people injured: Orsavia (the airline) says 34; the Tarvik Regional
    // Health Authority says 41, counting people treated at clinics after leaving the airport, not
    // caught yet: age of the Corvan C-340: Orsavia says nine years; the pilots' union (OAPA) says
    // 13 years, counting four years with a foreign carrier.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wastecollectorsstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("wastecollectorsstrike");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: collectors on strike: the union (VMWU) says some 4,200, Brastel
    // Clean says 2,900 (of 4,600 employed); complaints about rats since the strike began: Brastel
    // Residents' Federation says more than 2,000, city health inspectorate says 1,130.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hotairballooncrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("hotairballooncrash");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: height the basket fell from: National Aviation Authority says about 40
    // m (130 ft; wire, US paper); police say about 60 m (200 ft; broadsheet, local outlet), not
    // caught yet: crowd on the festival field at launch: police estimated about 20,000 (wire);
    // organisers said 35,000 (local outlet). One false ✗: the 45-minute flight against the
    // hourlong one the operator advertised.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn goldenpassportscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("goldenpassportscandal");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: cash found in Corvaro's safe: police say 3.2 million pavos
    // ($800,000); his lawyer says about $275,000 (1.1 million pavos); buyers with criminal records:
    // prosecutors say 63, the Interior Ministry says 41.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tailingsdamleak_cluster_holds_its_scores() {
    let (s, conflicts) = run("tailingsdamleak");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: dead fish collected from the Temra: Fisheries Inspectorate says
    // 12 tonnes (Courier); Marvossan Anglers' Union says more than 20 tonnes (Gazette); people
    // without tap water: Temra Water Company says 38,000 in Brasovel (CPS, Tribune); Brasovel mayor
    // Ilka Marren says 52,000 in the town and villages on its mains (Courier, Gazette).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tunnelfirelorry_cluster_holds_its_scores() {
    let (s, conflicts) = run("tunnelfirelorry");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people injured: the National Civil Protection Directorate says 14
    // (wire, local); Brevna Regional Hospital says it treated 19 (broadsheet, US paper), not caught
    // yet: peak temperature of the fire: fire commander Vandrick says 1,000C (broadsheet); the
    // operator's sensors recorded nearly 2,200F, about 1,200C (US paper).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn oliveoilfraud_cluster_holds_its_scores() {
    let (s, conflicts) = run("oliveoilfraud");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people arrested in the raids: the police/food crime unit say 17
    // (Transglobal, Cheltham Standard); the National Prosecutor's Office says 15 (Marlow Bay
    // Tribune, Valcora Observer), not caught yet: the ring's profits: police put them at about 11
    // million dorins ($2.75 million) (Transglobal); prosecutors estimate about $3.5 million (14
    // million dorins) (Marlow Bay Tribune).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
