//! Regression guard on the held-out clusters of the thirty-fourth session
//! (thirty-two stories, from pupils poisoned by a school lunch and a
//! landfill fire to a wave of cold among the homeless and a ban on wild
//! animals in circuses; the list is in `tests/fixtures/heldout/README.md`):
//! written blind to the engine and never used to train the link model, as
//! those of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn schoolmealpoisoning_cluster_holds_its_scores() {
    let (s, conflicts) = run("schoolmealpoisoning");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: pupils taken to hospital: the Health Ministry says 87 (Orbis, Albion
    // Chronicle), the Redana Emergency Medical Service says 94 (Lakeshore Tribune, Redana Herald),
    // not caught yet: annual value of Granvel's contract: the district council says 46 million
    // vesks ($2.3 million) a year (Orbis); Granvel says 39 million vesks a year (Redana Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn landfillfireevacuation_cluster_holds_its_scores() {
    let (s, conflicts) = run("landfillfireevacuation");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: households evacuated from the Vellin district: Civil Protection
    // Directorate / city officials say 1,240 (VPA, Marlow Bay Times, Torvane Evening Post); the
    // Vellin Residents' Association says about 1,600 (Aldermoor Herald); cost of the clean-up: the
    // city's finance department estimates 18 million tarins ($2.25 million) (VPA); the operator
    // Grenmark estimates 11 million tarins (Torvane Evening Post).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lithiummineprotest_cluster_holds_its_scores() {
    let (s, conflicts) = run("lithiummineprotest");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: people who took part in the blockade: police say about 3,200,
    // the organisers (Save the Ismer coalition) say 9,000; people injured when police cleared the
    // blockade: Vossa District Hospital says 11 treated, the organisers say 23 hurt.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airportfuelshortage_cluster_holds_its_scores() {
    let (s, conflicts) = run("airportfuelshortage");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: passengers stranded on Wednesday: about 26,000 according to the airport
    // operator VAC (Halyard, Sentinel) vs more than 40,000 according to the airlines' association
    // ASAC (Courier, Evening Post), not caught yet: airlines' losses since rationing began: 120
    // million vells (£12m) according to ASAC (Courier) vs about 45 million vells according to the
    // Transport Ministry (Evening Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cranecollapseconstruction_cluster_holds_its_scores() {
    let (s, conflicts) = run("cranecollapseconstruction");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: date of the crane's last state inspection: Brekmont says 9 February
    // 2027 (wire, US paper, broadsheet); the labour inspectorate says 3 November 2026 (broadsheet,
    // local outlet), not caught yet: peak wind gust at the time of the collapse: the National
    // Meteorological Office says 48 km/h (30 mph) (wire); Brekmont says up to 45 mph, about 72 km/h
    // (US paper).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn watermainburstcity_cluster_holds_its_scores() {
    let (s, conflicts) = run("watermainburstcity");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: households left without water: 12,400 according to the utility SMWC
    // (Atlas Press, Hartwell Chronicle) vs 17,000 according to the city's civil protection office
    // (Bay City Courier, Serrin Morning Post), not caught yet: age of the burst main: almost 90
    // years according to the workers' union (Hartwell Chronicle) vs 64 years according to the
    // utility SMWC (Serrin Morning Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn trainstrandedsnow_cluster_holds_its_scores() {
    let (s, conflicts) = run("trainstrandedsnow");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: passengers on board InterCity 417: the operator VSR says 412 (CPS wire,
    // Albury Standard); the National Civil Protection Directorate says 460 (Lakeport Tribune 'about
    // 460', Kolmsted Courier), not caught yet: passengers taken to hospital: the Civil Protection
    // Directorate says 9 (CPS wire); Kolmsted Regional Hospital's director says the hospital
    // treated 14 (Kolmsted Courier); no other outlet gives a figure.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn universityrectorfraud_cluster_holds_its_scores() {
    let (s, conflicts) = run("universityrectorfraud");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: sum the rector allegedly diverted: 48.6 million serins (=
    // $3.888m = £3.0375m) according to the prosecutors' indictment (Norland Press, Albion
    // Chronicle, Lusvarian Observer) vs 55 million serins (= $4.4m) according to the State Audit
    // Court (Lakeport Tribune); students protesting outside the court on Wednesday 10 February:
    // about 1,500 according to police (Albion Chronicle) vs some 6,000 according to the Brenholm
    // Students' Union (Lusvarian Observer).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn rabiesvaccineshortage_cluster_holds_its_scores() {
    let (s, conflicts) = run("rabiesvaccineshortage");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: dog bites reported in Durrova since 1 January 2027: Health
    // Ministry says 1,240, Durrova Medical Chamber says more than 1,900; rabies vaccine doses left
    // in Durrova as of 22 Feb: Health Ministry says 2,300 in provincial stores, hospital pharmacy
    // chief Emil Sarosh says fewer than 600.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn theatrefirearson_cluster_holds_its_scores() {
    let (s, conflicts) = run("theatrefirearson");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: estimated cost of restoring the theatre: Culture Ministry 480 million
    // marels / $60 million (Polaris, Prairie Tribune) vs Sovrin Theatre Foundation 720 million
    // marels / GBP 72m (Kingsbridge Chronicle, Tarvensk Courier), not caught yet: age of the
    // arrested suspect: police said 41 (Polaris), the prosecutor's office said 43 (Tarvensk
    // Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn forestfirefighterdeaths_cluster_holds_its_scores() {
    let (s, conflicts) = run("forestfirefighterdeaths");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: wind gusts at the time of the burnover: National Meteorological Office
    // station says 75 km/h (47 mph; wire); Forest Firefighters' Union, citing a crew member's
    // handheld gauge, says about 95 km/h (nearly 60 mph; US paper), not caught yet: area burned by
    // Wednesday 17 Feb: Veskarian Forest Service says 4,800 ha (11,900 acres; wire, US paper);
    // Orland Provincial Emergency Agency satellite mapping says 7,100 ha (17,500 acres; broadsheet,
    // local).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn gaspipelinesabotage_cluster_holds_its_scores() {
    let (s, conflicts) = run("gaspipelinesabotage");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people injured in the blast: police say two security guards (CPA);
    // Harvost Regional Hospital says it treated three people (Harvost Courier), not caught yet:
    // time needed to repair the pipeline: Transkor says 12 days (CPA, Lakeshore Tribune, Harvost
    // Courier); the workers' union says at least three weeks (Northgate Chronicle).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn supermarketpricewar_cluster_holds_its_scores() {
    let (s, conflicts) = run("supermarketpricewar");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: average size of Dovrin's price cuts: Dovrin says 15%; the
    // Consumers' League's basket analysis (Westmere Chronicle) finds about 9%; Dovrin's share of
    // the grocery market: 31% per Tallis Retail Data (Westmere Chronicle) vs 34% per the National
    // Competition Office (Aldmar Evening Post).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitalmaternityclosure_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitalmaternityclosure");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: vacant midwife posts at Osterhal: the hospital says 9 (wire,
    // local); the midwives' union says 12, counting three midwives on long-term sick leave
    // (broadsheet, US); pregnant women booked at Osterhal who must now go elsewhere: hospital says
    // 214 (broadsheet); campaign group Keep Osterhal Births says close to 300 (local).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn refugeecampflood_cluster_holds_its_scores() {
    let (s, conflicts) = run("refugeecampflood");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: shelters destroyed: 1,350 according to the Refugee Affairs Directorate
    // vs about 2,000 according to the Hollin Relief Trust, not caught yet: people missing: 40
    // according to the Civil Protection Authority vs more than 70 according to the camp's refugee
    // committee.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn olympicvenuecostoverrun_cluster_holds_its_scores() {
    let (s, conflicts) = run("olympicvenuecostoverrun");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: workers now on the site: the union says about 900; the contractor says
    // 1,400, not caught yet: late-delivery penalties charged to the contractor so far: auditors say
    // 48 million lunes ($12 million); the contractor says about 40 million lunes (about £8
    // million), excluding the 27-day cold-spell stoppage.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cyclonefishingfleet_cluster_holds_its_scores() {
    let (s, conflicts) = run("cyclonefishingfleet");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Disagreements not caught yet: how much warning the fleet had before the storm hit:
    // Meteorological Service says eight hours (B, D); fishermen's union says less than three hours
    // (B); fishermen missing: coast guard says 17 (A, B, D); fishermen's union says 26, adding
    // unregistered casual deckhands (B, C).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitaldrugtheftring_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitaldrugtheftring");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: hospital staff suspended: the nurses' union says 23 (Northgate), the
    // Public Hospitals Agency says 17 (Courier), not caught yet: doses of painkillers stolen from
    // the three hospital pharmacies: the police say 48,200 (Halcyon 'more than 48,000', Northgate,
    // Courier); the Health Ministry audit, counting only doses traceable in dispensing records,
    // says about 31,000 (Bayport).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn windfarmlocalreferendum_cluster_holds_its_scores() {
    let (s, conflicts) = run("windfarmlocalreferendum");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: permanent jobs the wind farm will create: Brenwind says 12; the Save
    // Tolvane Ridge campaign says only four, not caught yet: distance from the nearest turbine to
    // the nearest homes: Brenwind says 1.2 km (three-quarters of a mile); Save Tolvane Ridge
    // campaigners say 800 m.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn aircontrollersickout_cluster_holds_its_scores() {
    let (s, conflicts) = run("aircontrollersickout");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: passengers affected: the Norvaskan Airports Authority says about 61,000
    // (Northstar); the airline operators' association says 74,000 (Veskar Courier), not caught yet:
    // controllers who called in sick: NANS says 143 (Northstar, Lakeshore Tribune); the guild says
    // 118 (Albion Chronicle, Veskar Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fertiliserwarehouseblast_cluster_holds_its_scores() {
    let (s, conflicts) = run("fertiliserwarehouseblast");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: ammonium nitrate stored in Warehouse 9: port authority says
    // 1,800 tonnes (wire, local) vs customs records cited by the Courier and the dockers' union say
    // 2,700 tonnes (broadsheet, US); how long the fire burned before the explosion: about 40
    // minutes per the fire service (wire) vs nearly two hours per dockworkers (broadsheet).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn libraryflooddamage_cluster_holds_its_scores() {
    let (s, conflicts) = run("libraryflooddamage");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: volumes damaged by the flood: library management says 18,400
    // (Orbis, Albion Review, Lakeshore Tribune 'about 18,000', Velmora Observer); the library
    // workers' union says more than 30,000 (Albion Review, Velmora Observer); deepest water in the
    // archive: the fire service says up to 1.2 metres (4 feet) (Orbis); the library's facilities
    // manager says 70 centimetres (Velmora Observer).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn teachersunpaidsalaries_cluster_holds_its_scores() {
    let (s, conflicts) = run("teachersunpaidsalaries");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: size of Monday's march in Morvik: police say about 6,000 (HPA), the
    // union says 20,000 (Ardena Courier), not caught yet: schools closed by the strike: union (ATU)
    // says 412 (HPA: 412; Lakeshore Tribune: more than 400), provincial education directorate says
    // 260 (Northgate Chronicle, Ardena Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bridgeinspectioncracks_cluster_holds_its_scores() {
    let (s, conflicts) = run("bridgeinspectioncracks");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: number of cracks found: 11 according to the National Roads
    // Directorate vs 17 according to the Union of Technical Inspectors; estimated cost of repairs:
    // 48 million merks ($12m, £9.6m) according to the transport ministry vs 70 million merks
    // ($17.5m, £14m) according to the Chamber of Civil Engineers.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coldwavehomeless_cluster_holds_its_scores() {
    let (s, conflicts) = run("coldwavehomeless");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people sleeping rough in Vessendrel: city social affairs department's
    // November street count says about 2,300 (TNA, Lakeshore Tribune, Echo); the charity Hearthline
    // estimates 4,100 / more than 4,000 (Albion Courier, Echo); people treated in the capital's
    // hospitals for hypothermia and frostbite since the cold began: Health Ministry says 87 (TNA);
    // the emergency chief of Vessendrel University Hospital says more than 140 (Lakeshore Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn casinolicencescandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("casinolicencescandal");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: rival bids rejected: the State Gaming Board says three; the
    // opposition Civic Alliance, citing leaked minutes, says five (it counts two letters of
    // interest); estimated loss to the state over the life of the licence: the State Audit Office's
    // preliminary finding says 140 million kessels (£14m, Pemberton Chronicle); the Civic Alliance
    // says 210 million kessels (Calvessa Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn navalexercisecollision_cluster_holds_its_scores() {
    let (s, conflicts) = run("navalexercisecollision");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: speed of the corvette Sveld at impact: 14 knots (16 mph) per the navy's
    // preliminary account vs around 18 knots (33 km/h) per the Naval Personnel Association, not
    // caught yet: estimated cost of repairing the two ships: 48 million talars ($12m, £9.6m) per
    // the Defence Ministry vs 75 million talars (£15m, $18.75m) per the shipyard Tessany Naval
    // Works.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pesticidewellcontamination_cluster_holds_its_scores() {
    let (s, conflicts) = run("pesticidewellcontamination");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: residents relying on tanker water: the regional administration says
    // 3,200; the villagers' committee says 4,700 (counting seasonal workers and families registered
    // elsewhere), not caught yet: people treated in hospital for symptoms: the Health Ministry says
    // six; Bresk District Hospital's director says nine (only the wire and the local outlet).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn investmentfundponzi_cluster_holds_its_scores() {
    let (s, conflicts) = run("investmentfundponzi");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: total lost by investors: prosecutors say 1.9 billion ardels ($152
    // million, £118.75m); the Veltrana Investors' Association says 2.6 billion ardels ($208
    // million, £162.5m), because it counts promised returns never paid, not caught yet: criminal
    // complaints filed: the police (National Economic Crimes Unit) say 3,400 received; the
    // investors' association says more than 5,000 investors have filed.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nationalexamresultsdelay_cluster_holds_its_scores() {
    let (s, conflicts) = run("nationalexamresultsdelay");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: answer scripts left unmarked: the exam council NEC says 384,000 (wire,
    // US paper, local) vs the teachers' union KUTE says about 450,000 (broadsheet, US paper), not
    // caught yet: how long ScriptLine was down: Calverin says 30 hours (wire) vs the exam council
    // NEC says four days (local).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn metrofareboycott_cluster_holds_its_scores() {
    let (s, conflicts) = run("metrofareboycott");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: fall in metro ridership since the boycott began: TMC (operator)
    // says 38%; the Commuters' Alliance (organisers) says about 60%; people at the 6 March march
    // from Liberty Square: police say about 7,000; the Commuters' Alliance says 20,000.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn circusanimalban_cluster_holds_its_scores() {
    let (s, conflicts) = run("circusanimalban");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: wild animals kept by circuses: Agriculture Ministry register 212 (001,
    // 003, 004) vs campaign group Open Cage about 290 (002), not caught yet: jobs depending on
    // circus animal acts: Federation of Calvenian Circuses about 1,500 (001) vs Labour Ministry
    // around 400 (004).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
