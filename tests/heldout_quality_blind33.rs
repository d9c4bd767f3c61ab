//! Regression guard on the held-out clusters of the thirty-third session
//! (forty stories, from an explosion at a limestone quarry and a typhoon
//! that halts ferries to a poaching ring broken up and a cut in
//! unemployment benefits; the list is in `tests/fixtures/heldout/README.md`):
//! written blind to the engine and never used to train the link model, as
//! those of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn quarryblastworkers_cluster_holds_its_scores() {
    let (s, conflicts) = run("quarryblastworkers");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: workers injured in the blast: 14 according to Tarvik Regional Hospital
    // (Lodestar, Albion Courier) vs 9 employees according to the operator Serpa Minerals (Lakeshore
    // Tribune, Tarvik Herald); workers on the morning shift at the time of the blast: about 60
    // according to the Quarry and Building Workers' Union (Albion Courier) vs 42 according to Serpa
    // Minerals (Tarvik Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn typhoonferrycancellations_cluster_holds_its_scores() {
    let (s, conflicts) = run("typhoonferrycancellations");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: people evacuated / displaced: the NDCO counts 128,400 in official
    // centres, the Maravessan Red Cross says more than 150,000 fled (including those with
    // relatives); ferry passengers stranded at ports: the Coast Guard says some 4,200, the
    // Inter-Island Ferry Operators' Association nearly 6,500.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn flourmillfirebread_cluster_holds_its_scores() {
    let (s, conflicts) = run("flourmillfirebread");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: workers at the mill when the fire broke out: Pelorin Milling Group
    // (company) says 41 on the night shift; the Food and Bakery Workers' Union says 57 including
    // contract cleaners and lorry drivers, not caught yet: the mill's share of national flour
    // output: the Agriculture Ministry says 28%; the National Millers' Association says 35%.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bankbranchclosures_cluster_holds_its_scores() {
    let (s, conflicts) = run("bankbranchclosures");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: towns left with no bank branch: Velmar says 38 (TCP) vs Association of
    // Rural Municipalities 61 towns and villages (Herald), not caught yet: size of Wednesday's
    // march: police about 6,000 (TCP, Sentinel) vs organisers/union 15,000 (Chronicle, Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitalsuperbugward_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitalsuperbugward");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: vacant nursing posts in the ICU: the nurses' federation says
    // 14, the hospital says 9 (of 52 posts); date the hospital notified the National Public Health
    // Institute: the hospital says Friday 26 February 2027, the institute (and minister) say Friday
    // 5 March 2027.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nickelsmelterpollution_cluster_holds_its_scores() {
    let (s, conflicts) = run("nickelsmelterpollution");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: workers sent home during the halt: the company says about 1,200
    // (Ashbury Sentinel), the metalworkers' union says 1,750 (Brenn Valley Herald), not caught yet:
    // people treated in hospital after the release: Health Ministry says 318 (Arclight Wire 318,
    // Ashbury Sentinel about 320); Kalvany District Hospital says 463 (Hartwell Courier more than
    // 450, Brenn Valley Herald 463).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nurserychaincollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("nurserychaincollapse");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: Tamberly staff: administrators Greyhallow say about 4,100 employees;
    // the union OUCW says 4,700 including agency and relief workers, not caught yet: unpaid
    // February wages: the union says 23 million marels (£4.6m); administrators Greyhallow say 16.5
    // million marels.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn carmakerbrakerecall_cluster_holds_its_scores() {
    let (s, conflicts) = run("carmakerbrakerecall");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: crashes linked to the brake defect: Veltra says 31 (confirmed by the
    // company; Orbis, Velmora Courier), the VSA regulator says 57 (Albion Herald, Lakeshore
    // Tribune); people injured in crashes linked to the defect: traffic police say 23 (Velmora
    // Courier), the Safe Roads Families Association says 41 (Lakeshore Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerexpensesscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerexpensesscandal");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: total claimed for the second home in Tarnovel, 2023-2026: the
    // Morvat Chronicle says 1.2 million tallens ($300,000; it counts furniture billed to another
    // budget), the Parliamentary Expenses Authority says 960,000 tallens (£192,000); amount Kalvesh
    // has already repaid: his office says 75,000 tallens (£15,000); the Morvat Chronicle says only
    // 40,000 tallens (£8,000).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn supremecourttaxruling_cluster_holds_its_scores() {
    let (s, conflicts) = run("supremecourttaxruling");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: hole in the 2027 budget left by the ruling: Finance Ministry
    // 6.4 billion kerun ($800 million; Orbis, Bayport Sentinel) vs Fiscal Council 7.2 billion kerun
    // (£720 million; Wexmoor Standard, Velmar Courier); energy companies that paid the levy:
    // Finance Ministry 14 (Orbis) vs Association of Energy Producers 17 (Velmar Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prisonriothostages_cluster_holds_its_scores() {
    let (s, conflicts) = run("prisonriothostages");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people killed in the riot: the Justice Ministry says five (4 inmates
    // and 1 guard; Altair Press, Ostrel Herald), Drusel General Hospital says seven (Northgate
    // Chronicle, Lakeshore Sentinel), not caught yet: guards on duty when the riot began: the
    // prison officers' union says 24 (Northgate Chronicle), the Prison Service says 38 (Ostrel
    // Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coalitioncollapsevote_cluster_holds_its_scores() {
    let (s, conflicts) = run("coalitioncollapsevote");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: cost of the snap election (Central Electoral Commission, per Atlas:
    // about 320 million valins = $40 million; Finance Ministry, per the Lakeshore Tribune: 450
    // million valins = about $56 million), not caught yet: people at the farmers' protest outside
    // the Assembly (police: about 4,000; organisers, the Maravenian Growers' Federation: 15,000).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn dockworkerslockout_cluster_holds_its_scores() {
    let (s, conflicts) = run("dockworkerslockout");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: estimated daily loss to the economy: Chamber of Commerce and
    // Industry says 40 million tessels ($5m, £4m) a day (Atlas, Courier); Finance Ministry says 28
    // million tessels ($3.5m) a day (Tribune, Gazette); containers stuck in the terminal yards:
    // Brennmark says about 18,000 (Atlas); Freight Forwarders' Association says 26,000 (Gazette).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lakeboatfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("lakeboatfire");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: time for the first rescue boat to reach the burning boat after
    // the alarm: the Lake Rescue Service says 18 minutes (Trellis); survivors say more than 40
    // minutes (Albion Courier); age of the Marisel: the national shipping register (Maritime Safety
    // Authority) says 44 years (Trellis, Albion Courier); the operator Serrin Star Excursions says
    // 19 years (Columbia Standard, Serrin Herald).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn migrantdinghysinking_cluster_holds_its_scores() {
    let (s, conflicts) = run("migrantdinghysinking");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: time the coastguard was first alerted to the boat: the coastguard says
    // 03:40 local (01:40 GMT); Safe Passage Lissan says it passed on the position at 01:50 local
    // (23:50 GMT Monday), not caught yet: people missing after the sinking: the coastguard says 11;
    // the charity Safe Passage Lissan, from survivors' accounts, says at least 19.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn borderreopening_cluster_holds_its_scores() {
    let (s, conflicts) = run("borderreopening");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: trucks per day using the crossing before the 2019 closure:
    // Ostrevian transport ministry says about 1,200 (wire, local); Talliscan customs records say
    // about 800 (broadsheet, US paper); people at the ceremony: police estimate 2,500 (wire) vs
    // Kelsovo mayor's office 6,000 (local outlet).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn telescopefundingcut_cluster_holds_its_scores() {
    let (s, conflicts) = run("telescopefundingcut");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: jobs at risk from the cut: Finance Ministry says 340 (Compass Wire,
    // Eastbrook Herald); Science and Research Workers' Union says 520 including contractors' staff
    // (Albion Courier, Velmar Post), not caught yet: people at Wednesday's protest in Keltavo:
    // organisers (Save Sarn coalition) say some 4,000 (Albion Courier); city police say about 1,200
    // (Velmar Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cocoaharvestslump_cluster_holds_its_scores() {
    let (s, conflicts) = run("cocoaharvestslump");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: area hit by black pod: Agriculture Ministry about 180,000 hectares,
    // about 445,000 acres (Ridgeport Sentinel) vs growers' union NUCG 260,000 hectares (Nalé
    // Citizen), not caught yet: volume of forward contracts in default: ACB about 150,000 tonnes
    // (Harbourline, Nalé Citizen) vs Cocoa Importers' Roundtable about 210,000 tonnes (Ashcombe
    // Gazette, Ridgeport Sentinel).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stadiumroofcollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("stadiumroofcollapse");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: people evacuated from the stadium: police say more than 3,500,
    // the club says about 2,000; date of the roof's last inspection: club president Seliger says
    // November 2026, the city building inspectorate says September 2025.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn judgeimpeachment_cluster_holds_its_scores() {
    let (s, conflicts) = run("judgeimpeachment");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: protesters outside the Assembly during the debate: police say
    // about 3,000 (Lanternfield), organisers say 10,000 (Dravosk Herald); total bribes alleged:
    // impeachment committee says 2.4 million mareks = $600,000 (Lanternfield, Register);
    // anti-corruption prosecutors say 1.9 million mareks = £380,000 (Gazette, Herald).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ransomwaremunicipal_cluster_holds_its_scores() {
    let (s, conflicts) = run("ransomwaremunicipal");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: people whose personal data was stolen: the council says 38,500
    // residents (wire, local outlet); the national Data Protection Office says about 61,000 people
    // (broadsheet, US paper), not caught yet: council computers encrypted: IT director Kovic says
    // 1,200 (broadsheet); the municipal employees' union says nearly 2,000 (local outlet).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tankertruckblast_cluster_holds_its_scores() {
    let (s, conflicts) = run("tankertruckblast");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: people treated for burns: the Health Ministry says 19
    // (Transglobe, Caldermere); Tesmar General Hospital's director says 24 (Ridgeport, Courier);
    // driver's time at the wheel before the crash: police (tachograph) say 13 hours (Transglobe);
    // Orvik Haulage says nine hours (Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn minimumpensionrise_cluster_holds_its_scores() {
    let (s, conflicts) = run("minimumpensionrise");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: people at the union march on 9 March: police about 6,000 (wire,
    // US paper) vs organisers 20,000 / more than 20,000 (broadsheet, local); length of Monday's
    // meeting between the minister and union leaders: union leader Ferik 'barely 20 minutes'
    // (broadsheet) vs Labour Ministry 'hour-long' (local).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn housecollapseflood_cluster_holds_its_scores() {
    let (s, conflicts) = run("housecollapseflood");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people still missing: Civil Protection Directorate says 17 (Lodestar,
    // Bayport Sentinel); Zarovec mayor/district council says 31 from door-to-door checks and
    // relatives' lists (Albion Courier, Dolvara Post); people rescued alive: Fire and Rescue
    // Service says 64 (Lodestar); Defence Ministry says 92 (Dolvara Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hydrodamlicence_cluster_holds_its_scores() {
    let (s, conflicts) = run("hydrodamlicence");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: households descended from the displaced families (ministry register:
    // 3,100; displaced families' association: 4,400), not caught yet: people at the sit-in outside
    // the Energy Ministry (police: 2,500; organisers: 7,000 / more than 7,000).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn firefighterspayaward_cluster_holds_its_scores() {
    let (s, conflicts) = run("firefighterspayaward");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: yearly cost of the award to city budgets: the Association of
    // Tavrenian Cities says 120 million liraks (£7.5m, 002 albion-standard); the Finance Ministry
    // says 85 million liraks (004 tavrenia-herald); days of strike action in the dispute: the
    // Labour Ministry counts 23 (001 cardinal-wire, 004 tavrenia-herald); the union counts 17 (002
    // albion-standard, 003 lakeshore-tribune).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ambulancedelaysdeath_cluster_holds_its_scores() {
    let (s, conflicts) = run("ambulancedelaysdeath");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: ambulances crewed in the Orvan region that night: 11 according
    // to the ambulance service vs seven according to the paramedics' union; calls made from the
    // Veleski house: three according to the ambulance service's call log vs four according to the
    // widow.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn sharkattackbeach_cluster_holds_its_scores() {
    let (s, conflicts) = run("sharkattackbeach");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the shark: lifeguards say about 4 m (13 ft); the National
    // Fisheries Institute (bite marks, drone footage) says about 3 m (10 ft); sightings of a large
    // shark off Keravel in the days before the attack: four according to the National Fisheries
    // Institute, seven according to the Tessaro Surf Lifesaving Association.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn citizenshipreferendum_cluster_holds_its_scores() {
    let (s, conflicts) = run("citizenshipreferendum");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: long-term residents who become eligible at once: Interior
    // Ministry about 210,000 (wire, local) vs National Homeland Party 450,000 (broadsheet, US
    // paper); crowd at the yes rally in Liberty Square on Sunday night: police about 8,000 (wire)
    // vs organisers 25,000 (local).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn grainexportdeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("grainexportdeal");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: share of Tarvonia's annual wheat harvest taken by the exports:
    // agriculture ministry says about 15 per cent (Kingsmere Chronicle), Farmers' Union says 22%
    // (Lornavik Evening Bulletin); farmers at the protest outside the Trade Ministry: police say
    // about 1,500 (Northstar Press, Lakeport Tribune) vs the organising Farmers' Union, more than
    // 5,000 / some 5,000 (Kingsmere Chronicle, Lornavik Bulletin).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn subwayfloodcommuters_cluster_holds_its_scores() {
    let (s, conflicts) = run("subwayfloodcommuters");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: passengers trapped on the stalled Line 2 train: Korvel Metro Company
    // says about 280 (wire, broadsheet); Korvel Fire and Rescue Service says 412 / more than 400
    // (US paper, local); people taken to hospital: health ministry says 19 (broadsheet); Korvel
    // University Hospital says it admitted 27 (local).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn orchestrastrikeseason_cluster_holds_its_scores() {
    let (s, conflicts) = run("orchestrastrikeseason");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: musicians' average monthly pay: the union says 2,400 talirs
    // ($300, £240; Lodestar, Westbury Herald), management says 3,100 talirs (about $390; Chesapeake
    // Standard, Velmora Courier); people at Monday's march: about 1,500 according to police
    // (Westbury Herald) vs some 4,000 according to the organisers (Velmora Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn volcanicgasvillage_cluster_holds_its_scores() {
    let (s, conflicts) = run("volcanicgasvillage");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: people evacuated from Halmeni (Civil Protection Directorate:
    // 1,240; mayor Tomas Lasko: nearly 1,500, counting families who left in their own cars); this
    // year's monitoring budget of the volcanological institute (environment ministry: 48 million
    // strels / £1.5m; institute director Kostrel: 36 million strels).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn papermillclosure_cluster_holds_its_scores() {
    let (s, conflicts) = run("papermillclosure");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: jobs lost at the mill: the company says 640, the union says 710
    // (it counts about 70 fixed-term workers the company leaves out); people at Wednesday's march:
    // organisers say some 3,000, police say about 1,200.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn vaccinationcampaignpolio_cluster_holds_its_scores() {
    let (s, conflicts) = run("vaccinationcampaignpolio");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: health workers who staffed the campaign: the ministry says 12,000
    // (001); the Serravian Union of Nurses and Midwives says 8,500 (004), not caught yet: paralytic
    // polio cases: the health ministry says three confirmed (001, 003, 004); Tarsovo Children's
    // Hospital director Petra Varnau says four, counting a case still awaiting reference-lab
    // confirmation (002).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hotelfiretourists_cluster_holds_its_scores() {
    let (s, conflicts) = run("hotelfiretourists");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: people injured (Interior Ministry: 23; Sel Amara Regional
    // Hospital: 31); date of the hotel's last fire safety inspection (Aurelis Leisure Group:
    // September 2026; Lirr Regional Fire Safety Inspectorate records: 14 May 2024).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mayorrecallpetition_cluster_holds_its_scores() {
    let (s, conflicts) = run("mayorrecallpetition");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: crowd on Halden Square at the announcement: police about 2,500
    // (wire, US paper) vs organisers 7,000 (broadsheet, local); cost of holding the recall vote:
    // finance department 3.6 million solms / $450,000 (wire) vs mayor's office 5.2 million solms
    // (local).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn trainticketsystemfail_cluster_holds_its_scores() {
    let (s, conflicts) = run("trainticketsystemfail");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: passengers stranded/affected: ONR says 140,000 (001, 002, 004);
    // the Passenger Council says more than 250,000 / at least a quarter of a million (003, 004);
    // estimated cost of the refunds: ONR says about 9 million ostrels / $2.25 million (001); the
    // Passenger Council says $3.75 million = 15 million ostrels (003).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wildlifepoachingbust_cluster_holds_its_scores() {
    let (s, conflicts) = run("wildlifepoachingbust");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: elephants killed by poachers in Lusendi in 2026: Ulembe Wildlife
    // Service says 312 (Lodestar, Pinecrest Tribune) vs Lusendi Elephant Trust carcass count says
    // 460 (Ulembe Observer, and "more than 450" in the Westmoor Review), not caught yet: length of
    // the investigation before the raid: police say eight months (Lodestar) vs UWS director Kisindo
    // says 11 months of undercover work (Ulembe Observer).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn unemploymentbenefitcut_cluster_holds_its_scores() {
    let (s, conflicts) = run("unemploymentbenefitcut");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: size of the protest crowd: police estimated 12,000 (Halden Press,
    // Brookhaven Courier); the FVTU organisers said 40,000 (Westmarch Gazette, Kronika Velmara),
    // not caught yet: people arrested/detained at the protest: police said 17 (Westmarch Gazette);
    // the FVTU said more than 40 (Kronika Velmara).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
