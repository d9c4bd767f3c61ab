//! Regression guard on the held-out clusters of the thirty-second session
//! (forty stories, from runners collapsing in a marathon's heat and a
//! dam's breach to an oil spill on a coast and a protest over university
//! fees; the list is in `tests/fixtures/heldout/README.md`): written
//! blind to the engine and never used to train the link model, as those
//! of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn marathonheatcollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("marathonheatcollapse");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people taken to hospital (37; the Brookfield Ledger, citing the fire
    // service, says 52); ambulances deployed (about 60 per the health ministry vs 38 per the city
    // emergency service).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn dambreachevacuation_cluster_holds_its_scores() {
    let (s, conflicts) = run("dambreachevacuation");
    assert!(s.link_f1 >= 0.94, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people evacuated (about 12,000 / 12,400; the Brookfield Courier, citing
    // the governor, says about 18,000), not caught yet: soldiers deployed (about 600 per the army
    // vs 900 per civil protection).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pensionfundloss_cluster_holds_its_scores() {
    let (s, conflicts) = run("pensionfundloss");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: share of the portfolio in equities at end-2026 (58%; the Harbor
    // City Ledger, citing Norland Analytics, says 64%); sum written off on the Halvern Group stake
    // (1.1bn florins per the wire, citing Vossberg; SVF 1.6bn per the Kastrel Courier, citing the
    // annual report).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitalcyberattack_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitalcyberattack");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: planned operations cancelled (authority: 1,940; the Haldersby Post,
    // citing the doctors' union: about 2,700), not caught yet: how long the intruders were inside
    // the network before the encryption (12 days vs 19 days).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn railfreightderailment_cluster_holds_its_scores() {
    let (s, conflicts) = run("railfreightderailment");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: acid spilled (220 tonnes per Valtrans; the Bayport Ledger gives
    // 310 metric tons per the environment agency); firefighters at the scene (about 150 per the
    // fire service vs more than 230 per the governor's office).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn teacherstrikepay_cluster_holds_its_scores() {
    let (s, conflicts) = run("teacherstrikepay");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: state schools closed by the strike; size of the Tarnholm march.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mineralwaterrecall_cluster_holds_its_scores() {
    let (s, conflicts) = run("mineralwaterrecall");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people who fell ill (37 per the food agency; the Brookfield Sentinel
    // reports 52 from the medical association); shops selling the water (some 2,300 per the company
    // vs about 3,100 per the retailers' association).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ferrygrounding_cluster_holds_its_scores() {
    let (s, conflicts) = run("ferrygrounding");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: age of the Aurelle (CONFLICT: 31 vs 24 years); time the ferry
    // spent aground before it was refloated (CONFLICT: about 14 vs nearly 11 hours).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coffeeharvestfrost_cluster_holds_its_scores() {
    let (s, conflicts) = run("coffeeharvestfrost");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: farmers affected by the frost (about 27,000 / 27,400 per FENACAF; the
    // Harborview Ledger says some 40,000, citing Harvest Hands), not caught yet: how long
    // temperatures stayed below freezing (about four hours per the meteorological institute vs
    // nearly seven hours per FENACAF's farm sensors).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prisonbreakout_cluster_holds_its_scores() {
    let (s, conflicts) = run("prisonbreakout");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: guards on duty the night of the breakout (12 per the ministry;
    // the Doravel Post, citing the union, says 8); length of the tunnel (40 m per the Courier,
    // citing police; 60 m per the Doravel Post, citing the Prison Service).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn steelmilllayoffs_cluster_holds_its_scores() {
    let (s, conflicts) = run("steelmilllayoffs");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: workforce of the Kovrin plant (6,400; the Harbor City Ledger says
    // roughly 7,500), not caught yet: day the No. 2 blast furnace is shut (30 June per the Ashford
    // Courier, 30 September per Dravan Valley News).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn measlesoutbreak_cluster_holds_its_scores() {
    let (s, conflicts) = run("measlesoutbreak");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: children in hospital (31 per the ministry; the Prairie Sentinel, citing
    // the Ardesian Pediatric Society, says 46); children vaccinated at the emergency clinics since
    // Monday (about 12,000 per the ministry via the wire; more than 18,000 per the Kelmont
    // Provincial Health Office).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bankfraudconviction_cluster_holds_its_scores() {
    let (s, conflicts) = run("bankfraudconviction");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: how long the fraud ran (eight years, 2017-2025; the Cedar
    // Valley Post says 11 years); depositors who lost money (about 38,000 per the prosecution vs
    // more than 50,000 per the depositors' association).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stadiumcrush_cluster_holds_its_scores() {
    let (s, conflicts) = run("stadiumcrush");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: injured in critical condition (19 per the Health Ministry vs 27
    // per the hospital director); people inside the stadium (about 41,000 per police / 41,200 per
    // club; 47,000 per a supporters' group).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wildfireevacuationisland_cluster_holds_its_scores() {
    let (s, conflicts) = run("wildfireevacuationisland");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: area burned (NCPA: about 2,300 ha; Halden Mail: 3,100 ha from the Fire
    // and Rescue Service), not caught yet: hotels closed on the island (Wire: 16 per the Tourism
    // Ministry; Chronicle: 23 per the hoteliers' association).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pharmacypricehike_cluster_holds_its_scores() {
    let (s, conflicts) = run("pharmacypricehike");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: patients in Tavessa taking Vastrenol; extra yearly cost of the
    // rise to the National Health Fund.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn glacierlakeflood_cluster_holds_its_scores() {
    let (s, conflicts) = run("glacierlakeflood");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: houses swept away (214 per the State Emergency Service; the Dravell
    // Courier says 290, citing the district governor), not caught yet: bridges destroyed (nine per
    // the wire, 14 per the Dravell Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airportdronehalt_cluster_holds_its_scores() {
    let (s, conflicts) = run("airportdronehalt");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: drone sightings during the night (17 per police; the Bellport Courier
    // says 23, citing airport officials), not caught yet: incoming flights diverted (38 per
    // Nordline vs 54 per the Halvik Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wagetheftsupermarket_cluster_holds_its_scores() {
    let (s, conflicts) = run("wagetheftsupermarket");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: stores where breaches were found (the Northgate Wire says 138, the
    // Kasport Daily 96), not caught yet: current and former workers underpaid (12,650; the Bayport
    // Ledger says about 9,800).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cablecarstranded_cluster_holds_its_scores() {
    let (s, conflicts) = run("cablecarstranded");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people lifted out by helicopter (23 per the wire vs 31 per the air
    // force in the Echo), not caught yet: how long the riders were stranded (nine hours; the Calder
    // Post says more than 11 hours).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tramcollision_cluster_holds_its_scores() {
    let (s, conflicts) = run("tramcollision");
    assert!(s.link_f1 >= 0.94, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: speed of the line 9 tram at impact (about 40 km/h = 25 mph per
    // investigators; the Lindqvall Post says 55 km/h from the event recorder), not caught yet: age
    // of the line 9 driver (the wire says 54, the Lindqvall Post 47).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn honeybeecollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("honeybeecollapse");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: beekeepers who lost colonies (9,400 per the TBA; the Harbor City Ledger
    // gives the ministry's 6,800), not caught yet: rapeseed area treated with clorvatrin last
    // autumn (about 180,000 ha per the ministry vs 240,000 ha per the TBA).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn soldiersambush_cluster_holds_its_scores() {
    let (s, conflicts) = run("soldiersambush");
    assert!(s.link_f1 >= 0.93, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: soldiers wounded in the ambush (14; US paper: 20), not caught yet:
    // length of the gun battle (wire: about two hours; Drenovo Post villagers: more than four
    // hours).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fishingquotacut_cluster_holds_its_scores() {
    let (s, conflicts) = run("fishingquotacut");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: boats holding cod quota hit by the cut (412 per the ministry; the
    // Orsund Harbour Post gives the federation's 560), not caught yet: boats in the Orsund harbour
    // protest (about 60 vs more than 100).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cathedralfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("cathedralfire");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: firefighters deployed (about 180; the Ridgeport Sentinel, citing the
    // mayor, says more than 250); works of art and relics carried out of the cathedral (about 120
    // per the fire service vs more than 200 per the archdiocese).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn busdriverassault_cluster_holds_its_scores() {
    let (s, conflicts) = run("busdriverassault");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: assaults on KCT drivers so far in 2027 (KCT: 23 in the wire; UTW count:
    // 31 in the Kessenburg Post), not caught yet: drivers who stayed off work (KCT: about 1,400 /
    // 1,380; the Bayport Sentinel, citing the union: about 2,000).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn droughtwaterrationing_cluster_holds_its_scores() {
    let (s, conflicts) = run("droughtwaterrationing");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: days of supply left in the reservoirs at current use; tanker
    // trucks hired to deliver water.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mobilenetworkoutage_cluster_holds_its_scores() {
    let (s, conflicts) = run("mobilenetworkoutage");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: emergency calls that failed during the outage; age of Korvel chief
    // executive Tomas Reyk.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn gymnastabusecase_cluster_holds_its_scores() {
    let (s, conflicts) = run("gymnastabusecase");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: former gymnasts Valek is charged with abusing (17; the Bayline Courier
    // says 22), not caught yet: witnesses interviewed by detectives (about 90 vs more than 130).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cruiseshipnorovirus_cluster_holds_its_scores() {
    let (s, conflicts) = run("cruiseshipnorovirus");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: crew members who fell ill (87 per health officials; at least
    // 130 per the seafarers' union); passengers taken to hospital in Valtessa (11 per the port
    // health authority; 18 per the hospital).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn solarfarmapproval_cluster_holds_its_scores() {
    let (s, conflicts) = run("solarfarmapproval");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: jobs created during construction (3,200; the Brookfield Ledger, citing
    // the industry association, says about 4,500); objections received by the council (about 1,400
    // vs 2,150).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn policepursuitdeath_cluster_holds_its_scores() {
    let (s, conflicts) = run("policepursuitdeath");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: top speed of the fleeing car (160 km/h per police; the
    // Brookfield Ledger, citing the police union, says 120 mph / about 190 km/h); police vehicles
    // in the pursuit (four per the police statement in Northgate Press; seven per residents and
    // radio recordings in the Korvel Courant).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lotteryjackpotunclaimed_cluster_holds_its_scores() {
    let (s, conflicts) = run("lotteryjackpotunclaimed");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: people who came forward claiming the ticket; previous record
    // unclaimed prize (LVF 31.5m per three outlets; 24m per the Ledger).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn zooanimaldeaths_cluster_holds_its_scores() {
    let (s, conflicts) = run("zooanimaldeaths");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: visitors in the zoo when the power failed (about 4,200 per three
    // outlets; nearly 6,000 per the Redfield Ledger), not caught yet: how long the power cut lasted
    // (about six hours per the wire; nine hours per the Courant).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn warehouseroboticsstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("warehouseroboticsstrike");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: jobs the union says are at risk (2,400; the Vessing Courier says
    // 3,100), not caught yet: cost of Solmark's automation programme (1.8bn talers vs 2.5bn
    // talers).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mountainrescuesnowstorm_cluster_holds_its_scores() {
    let (s, conflicts) = run("mountainrescuesnowstorm");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: how long the climbers were stranded (52 hours, 11:00 Monday to 15:00
    // Wednesday local; the Westbury Ledger says 38 hours, citing the Interior Ministry), not caught
    // yet: rescuers involved in the operation (wire: about 60, per the TMRS; Kelm Valley Herald: 95
    // including soldiers and police, per the governor).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn dieselemissionfine_cluster_holds_its_scores() {
    let (s, conflicts) = run("dieselemissionfine");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: how much more NOx the cars emitted on the road than the legal limit, on
    // average, not caught yet: Drevik employees suspended over the cheating.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bridgetollrise_cluster_holds_its_scores() {
    let (s, conflicts) = run("bridgetollrise");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: vehicles crossing the bridge per day (about 48,000; the Bayport Ledger
    // says about 55,000), not caught yet: yearly routine maintenance cost (wire: about 95m dalers,
    // company report; Brenholm Post: 140m, ministry figures).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn oilspillcoast_cluster_holds_its_scores() {
    let (s, conflicts) = run("oilspillcoast");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of coastline fouled by oil (85 km; the Great Plains Herald,
    // citing the governor, says 75 miles / 120 km), not caught yet: age of the Saraband Star (27
    // years per the wire, 34 per the Harcourt Chronicle).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn universityfeesprotest_cluster_holds_its_scores() {
    let (s, conflicts) = run("universityfeesprotest");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people arrested when the building was cleared (112; the Harbor City
    // Courier says 85), not caught yet: police officers in the clearance operation (about 250 vs
    // some 400).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
