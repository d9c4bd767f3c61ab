//! Regression guard on the held-out clusters of the thirty-sixth session
//! (forty stories, from a salt mine's collapsed gallery and a church bell
//! tower on fire to a transplant unit selling kidneys and rotting seaweed
//! on tourist beaches; the list is in `tests/fixtures/heldout/README.md`):
//! written blind to the engine and never used to train the link model, as
//! those of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn saltminecollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("saltminecollapse");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: depth of the collapsed gallery (Brelka Salt Company says 380 m, about
    // 1,250 ft; the miners' union says 420 m), not caught yet: miners taken to hospital (Brelka
    // Salt Company says 7; Veska General Hospital says it admitted 11).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn churchbelltowerfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("churchbelltowerfire");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: cost of restoring the tower: Ministry of Culture 36 million tolens
    // ($9m) vs diocese 60 million tolens (£12m), not caught yet: people evacuated: police say 320
    // residents, the mayor's office nearly 500.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn internetblackoutprotest_cluster_holds_its_scores() {
    let (s, conflicts) = run("internetblackoutprotest");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: estimated daily cost of the shutdown to the economy: Finance
    // Ministry 40 million marels ($10m, £8m) a day (wire, local) vs Karvessan Chamber of Digital
    // Commerce 120 million marels ($30m, £24m) a day (British, US); people at the Ostrel march on
    // parliament on 6 March: police about 18,000 (British) vs organisers (Citizens' Fuel Committee)
    // 60,000 (local).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn crocodileattackriver_cluster_holds_its_scores() {
    let (s, conflicts) = run("crocodileattackriver");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of the crocodile shot as the attacker: NWA says 4.2 m (13.8 ft,
    // '14-foot'; wire, broadsheet, US paper); the district police commander says 5.5 m (local
    // paper), not caught yet: crocodile attacks on people along the Lumo in Wenza district since
    // the start of 2024: the ministry says 17 (broadsheet); the Lumo Fishers' Association says 31
    // (local paper).
    // One false ✗: the three others hurt against the two passengers injured beside the boatman.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn filmsetaccident_cluster_holds_its_scores() {
    let (s, conflicts) = run("filmsetaccident");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people injured in the accident, stuntman included: CONFLICT - Aurenfeld
    // Studios says 7 (Orbis, Lakeport Tribune), the Veldanian Film Workers' Union says 9 (Northgate
    // Herald, Selvara Post), not caught yet: time for the ambulance / paramedics to reach the set:
    // CONFLICT - the union says 40 minutes (Northgate Herald), Aurenfeld says within 25 minutes
    // (Selvara Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn malariabednetsdelay_cluster_holds_its_scores() {
    let (s, conflicts) = run("malariabednetsdelay");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: malaria cases in the 11 waiting districts since 1 January:
    // health ministry 14,200 vs Lifeline Health Alliance more than 19,000; peak temperature inside
    // the net containers: Lifeline Health Alliance up to 126°F (about 52°C) vs port authority never
    // above 41°C.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coincounterfeitring_cluster_holds_its_scores() {
    let (s, conflicts) = run("coincounterfeitring");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: value of fake coins already spent/in circulation: central bank
    // says about 600,000 lorins ($75,000) (Crestline), police say 1.1 million lorins (Observer);
    // shops that took the fake coins: police say 63 (Crestline, Chronicle), the traders' federation
    // says about/at least 140 (Sentinel, Observer).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn radiostationlicence_cluster_holds_its_scores() {
    let (s, conflicts) = run("radiostationlicence");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: weekly listeners: the station says 1.2 million, the
    // Broadcasting Board's audience survey says about 850,000; jobs lost when the station closes:
    // management says 140 employees, the journalists' union says 165 people (including
    // freelancers).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn skiliftcablesnap_cluster_holds_its_scores() {
    let (s, conflicts) = run("skiliftcablesnap");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: people injured: 17 according to the mountain rescue service
    // VMRS (Halcyon Wire, Glas Velmore) vs 11 according to the operator Orvanta (Northgate Courier,
    // Bellbrook Herald); date of the last inspection of the haul rope: 9 January 2027 according to
    // the operator Orvanta (Northgate Courier) vs 28 October 2026 according to the Cableway
    // Workers' Union (Glas Velmore).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fishmarketfraudscales_cluster_holds_its_scores() {
    let (s, conflicts) = run("fishmarketfraudscales");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 29, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: sum customers lost: weights office 4.6 million merin ($920,000,
    // £736,000; Orbis, Albion Courier, Brevask Herald) vs Sarvonian Consumers' League about $1.4
    // million (7 million merin; Lakeshore Tribune), not caught yet: traders who marched to City
    // Hall on 17 November: police about 150 (Orbis) vs Kelmar Fish Traders' Guild more than 400
    // (Brevask Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn schoolshootinglockdown_cluster_holds_its_scores() {
    let (s, conflicts) = run("schoolshootinglockdown");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: shots fired: police say 11 (Northstar Press, Lakeshore Tribune) vs 17
    // counted by staff according to the headteacher (Albion Chronicle, Dravenza Courier); police
    // officers deployed: 250 per the interior ministry (Northstar Press) vs about 180 per the
    // regional police command (Dravenza Courier).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn seaportcranestrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("seaportcranestrike");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: container ships waiting at anchor on 16 Feb: Salvane Port Authority
    // says 37 (Arcline, Wexley Chronicle, Harbour Post); Velmoran Shipping Agents' Association says
    // 46 (Lakeport Herald), not caught yet: crane operators on strike: the union (UPCO) says about
    // 620 (Arcline); the company (TTC) says 480 (Harbour Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn asteroidfragmentcrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("asteroidfragmentcrash");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: weight of the main fragment: the National Museum (laboratory balance,
    // Tuesday) says 2.3 kg (5.1 lb); the Ardova police (family's kitchen scale, Monday night) say
    // 1.8 kg (about 4 lb), not caught yet: speed of the fragment when it hit the house: the Seln
    // Peak Observatory estimates about 300 km/h (186 mph); University of Dravenholm planetary
    // scientist Ilse Marrow estimates roughly 125 mph (about 200 km/h).
    // Two false ✗: the police's arrival at 22:20 against a television crew's at 7 a.m.; the largest
    // further piece (340 grams) against the smallest (60 grams).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn universityentrancecheating_cluster_holds_its_scores() {
    let (s, conflicts) = run("universityentrancecheating");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: price each candidate paid for the answers: prosecutors say
    // 6,000 skels ($750, £600); the National Students' Union says families paid 3,500 skels (about
    // £350); exam centres where cheating took place: the NEC says 17; police investigators say 23.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn billboardcollapsestorm_cluster_holds_its_scores() {
    let (s, conflicts) = run("billboardcollapsestorm");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people injured by the collapse: health ministry 74 (wire, US paper) vs
    // Civil Protection Directorate 86, which counts people treated at the scene (broadsheet,
    // local); weight of the billboard: about 60 tonnes per Oskaril (broadsheet) vs some 90 tonnes
    // per fire brigade commander Teo Halas (local).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn vineyardhailwipeout_cluster_holds_its_scores() {
    let (s, conflicts) = run("vineyardhailwipeout");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: growers affected by the hail: Agriculture Ministry says 1,150
    // (registered claims); Ostrel Growers' Federation says more than 1,600; people injured by the
    // storm: Sarvenne police say nine; Torvel Regional Hospital says 23.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn gasleakapartmentevacuation_cluster_holds_its_scores() {
    let (s, conflicts) = run("gasleakapartmentevacuation");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: people treated for gas inhalation: ambulance service 19 (Nordline,
    // Bayport Sentinel) vs Lutrava City Hospital 26 (Morning Courier, Lutrava Echo), not caught
    // yet: peak methane concentration measured in the basement: fire service report 1.8% (Morning
    // Courier) vs Lutragas meters 0.9% (Lutrava Echo).
    // One false ✗: the four kept in overnight against the two children among them.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn footballtransferrecord_cluster_holds_its_scores() {
    let (s, conflicts) = run("footballtransferrecord");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: Haldis's sell-on share of Vansko's next transfer (CONFLICT:
    // Haldis chairman Grulov, in the Aldermoor Gazette, says 15 per cent; Velmora club sources, in
    // the Evening Star, say 10 per cent); fans at the unveiling (CONFLICT: the club says 15,000,
    // reported by TPA and the Calloway Standard-Herald; police say about 9,000, reported by the
    // Aldermoor Gazette and the Evening Star).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stampedefoodaid_cluster_holds_its_scores() {
    let (s, conflicts) = run("stampedefoodaid");
    assert!(s.link_f1 >= 0.95, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people killed in the stampede (CONFLICT: Interior Ministry says 23 --
    // wire, US paper, local outlet; Ourat District Hospital director Dr Lidra Fasul says 31 --
    // British broadsheet), not caught yet: guards on duty at the site (CONFLICT: Ironvale Security
    // Services says 24 -- wire; Sarvenna Security Workers' Union says only 16 -- British
    // broadsheet; the other two outlets give no number).
    // One false ✗: the charity team's arrival at 5 a.m. against the first families' at 16:30.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn riverferrycapsizefloods_cluster_holds_its_scores() {
    let (s, conflicts) = run("riverferrycapsizefloods");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: children among the dead: Marrek District Hospital says nine
    // [broadsheet]; the Ministry of Emergencies says seven [local outlet], not caught yet: people
    // on board the ferry: police (Col. Radu Fenn, from survivors and landing CCTV) say 112 [wire:
    // 112; US paper: more than 110]; the operator Kessra River Lines says 86 [broadsheet, local
    // outlet].
    // One false ✗: police boats that arrived within an hour against the divers' four and a quarter
    // hours.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn solarplantfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("solarplantfire");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.99, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: solar panels destroyed: about 41,000 according to the operator
    // Aurivane (wire, US paper) vs nearly 60,000 / 58,600 according to the Ebran provincial fire
    // service (British broadsheet, local outlet); residents evacuated from Lessaro: about 640
    // according to police (wire) vs more than 900 according to the village mayor (local outlet).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn subwaystabbing_cluster_holds_its_scores() {
    let (s, conflicts) = run("subwaystabbing");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people wounded in the attack: police say six were stabbed (Carrowmere
    // Press, Eastmere Tribune); the Velmont Emergency Medical Service says eight were taken to
    // hospital with stab wounds (Marchbury Courier, Carvenia Now), not caught yet: time before the
    // first police officers reached the train: police say four minutes after the first emergency
    // call (Carrowmere Press); the Transit Workers' Federation, citing VMT's incident log, says 11
    // minutes after the alarm (Carvenia Now).
    // One false ✗: the suspect's sentence in 2022 against his release in 2023.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coastguardsmugglingboat_cluster_holds_its_scores() {
    let (s, conflicts) = run("coastguardsmugglingboat");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: street value of the seized cigarettes: the coastguard says KSL
    // 7.2 million ($1.8m, priced at the legal retail price of KSL 150 a carton; Lodestar Press,
    // Harborview Dispatch), customs says KSL 6 million (£1.2m, $1.5m, black-market price; Albion
    // Courier, Amberlo Evening Post); distance offshore where the boat was stopped: the coastguard
    // says 9 nautical miles (inside the 12-mile limit; Lodestar Press, Amberlo Evening Post), the
    // crew's lawyer Benedek Rall says 13 nautical miles (in international waters; Amberlo Evening
    // Post). Stated by two outlets only.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn chemistryteacherlabblast_cluster_holds_its_scores() {
    let (s, conflicts) = run("chemistryteacherlabblast");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: pupils injured in the blast: CONFLICT, the Education Ministry
    // says 14 (Orison Press, Ashbury Tribune), Kalvany Regional Hospital says it treated 17 (Albion
    // Ledger, Kalvany Voice); estimated cost of the damage: CONFLICT, Mayor Bojan Strell says
    // 850,000 dorins ($106,250) (Orison Press), the insurer Vardan Mutual's loss adjusters say 1.4m
    // dorins (£140,000) (Albion Ledger).
    // One false ✗: 25 minutes into the lesson against the 90-minute lesson.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn desalinationplantbreakdown_cluster_holds_its_scores() {
    let (s, conflicts) = run("desalinationplantbreakdown");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: households on water rationing: the Port Selvan Water Authority says
    // about 85,000 (Larkspur Press, Bayport Herald); the Federation of Port Selvan Residents'
    // Associations says 130,000 / more than 130,000 (Whitcombe Chronicle, Selvan Coast Courier),
    // not caught yet: cost of the repair: Halvane Aqua Systems says 45 million lorins (Larkspur
    // Press); the Ministry of Water and Energy estimates 70 million lorins (Selvan Coast Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cooperativebankcollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("cooperativebankcollapse");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: depositors whose savings are frozen: 48,200 according to the Deposit
    // Guarantee Fund (Compass 48,200; Northgate Herald 'some 48,000'; Zelva Today 48,200) vs 'more
    // than 60,000' according to the Upper Zelva Savers' Association (Harborview Post), not caught
    // yet: managers arrested in Tuesday's dawn raids: six according to police (Compass) vs four
    // according to the state prosecutor's office (Northgate Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mountainhutavalanche_cluster_holds_its_scores() {
    let (s, conflicts) = run("mountainhutavalanche");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: time of the first emergency call: Mountain Rescue Service says 03:05
    // local (02:05 GMT); the Vardenian Alpine Club says warden Oskel raised the alarm at 02:50, not
    // caught yet: avalanche warning level in force for the hut's sector (five-point scale):
    // National Snow and Avalanche Institute says level 4 (high); Vardenian Alpine Club, the hut's
    // owner, says its bulletin showed level 3 (considerable).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn trafficfinehike_cluster_holds_its_scores() {
    let (s, conflicts) = run("trafficfinehike");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people killed on Velmora's roads in 2026: National Road Police 1,146
    // (Orbis, Northgate, Herald) vs Velmora Road Safety Foundation 1,312, counting deaths within 30
    // days of a crash (Lakeport), not caught yet: drivers at the protest outside the Assembly on 16
    // November: police about 1,500 (Northgate) vs Hauliers' Union 6,000 (Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ancientshipwreckfind_cluster_holds_its_scores() {
    let (s, conflicts) = run("ancientshipwreckfind");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: amphorae raised: the Culture Ministry says 146, counting only jars
    // registered at the laboratory (Castellan Press 146, Ridgefield Ledger nearly 150); excavation
    // leader Kastany / the University of Orvada team says 183 (Hartwell Gazette, Dorvan Coast
    // Herald), not caught yet: cost of the excavation: the Culture Ministry (minister Helvard) says
    // 3.6 million dorels ($450,000) (Castellan Press); the University of Orvada says 5.2 million
    // dorels, counting vessel hire, fuel and divers' insurance (Dorvan Coast Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn libraryarchivetheft_cluster_holds_its_scores() {
    let (s, conflicts) = run("libraryarchivetheft");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: estimated value of the missing manuscripts: the Culture
    // Ministry says 96 million dravans ($12m, £9.6m); state prosecutors say 150 million dravans
    // (£15m, $18.75m); library staff suspended: the library (written statement) says three; the
    // Union of Cultural Workers says five.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn militarybarracksfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("militarybarracksfire");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: fire engines sent: National Fire and Rescue Service says 23
    // (Continental Press); Heldva governor Habel says 16 (Heldva Vestnik), not caught yet: soldiers
    // injured: defence ministry says 42 (Continental Press, Harborview Post); Lormitz Military
    // Hospital says it treated 58 (Kingsbridge Chronicle, Heldva Vestnik).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bakerybreadpricecap_cluster_holds_its_scores() {
    let (s, conflicts) = run("bakerybreadpricecap");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: bakeries that closed in the protest on Wednesday 10 March
    // (conflict: the Bakers' Guild says 1,240, more than 1,200; the trade ministry's inspectors
    // counted 410, about 400); people on the march to the trade ministry on 10 March (conflict:
    // police say about 2,500; the organisers say 7,000).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn customsgoldsmuggling_cluster_holds_its_scores() {
    let (s, conflicts) = run("customsgoldsmuggling");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: gold brought in over the life of the route: about 1.2 tonnes according
    // to customs director Doren (001) vs roughly 1,760 lb (about 800 kg) according to the
    // prosecution filing (003), not caught yet: officials suspected of taking bribes: nine airport
    // and customs officials according to the Anti-Corruption Prosecutor (001, 003) vs six customs
    // officers according to the Customs Administration (002, 004).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn countyhospitalbedcrisis_cluster_holds_its_scores() {
    let (s, conflicts) = run("countyhospitalbedcrisis");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: patients waiting on trolleys at St Orlan at 08:00 on Wednesday
    // 10 March: the hospital says 64, the nurses' union's own count says 82; hospital staff off
    // sick on Wednesday 10 March: the Health Ministry says 180, the hospital management says 240.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn marinereserveoilspill_cluster_holds_its_scores() {
    let (s, conflicts) = run("marinereserveoilspill");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: tonnes of crude spilled: Maritime Safety Agency (KMSA)
    // estimates about 1,800 t (wire, broadsheet, local); the owner Halvard Tanker Lines says about
    // 1,100 metric tons (US paper); volunteers cleaning the beaches on Tuesday 9 March: organisers
    // Clean Shores Kalvoria say some 3,000 (broadsheet); Varnholm Regional Council says about 1,200
    // (local).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn citybudgetdeficitcuts_cluster_holds_its_scores() {
    let (s, conflicts) = run("citybudgetdeficitcuts");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: jobs lost: the council says 412 posts (Orbis, Harbor Sentinel); the
    // Municipal Workers' Federation says 590 / nearly 600 once agency and contract staff are
    // counted (Albion Courier, Dravenna Herald), not caught yet: size of the rally outside city
    // hall: about 1,200 according to police (Albion Courier) vs some 5,000 according to the
    // organisers (Dravenna Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airtrafficradarfailure_cluster_holds_its_scores() {
    let (s, conflicts) = run("airtrafficradarfailure");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: cost of the outage to airlines: 60 million lorins ($12m, £9.6m)
    // according to the Lorvenian Airlines Association vs about 35 million lorins ($7m) according to
    // LANS; age of the failed radar data system: 22 years according to LANS vs 31 years (its core)
    // according to the controllers' union.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn carferryfirechannel_cluster_holds_its_scores() {
    let (s, conflicts) = run("carferryfirechannel");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: cars on the vehicle deck: operator Tessaro Line says 136
    // (Ashbury Chronicle); Kelmarsh Port Authority loading records say 152 (Kelmarsh Gazette);
    // people injured: Aldmoran Coast Guard says 23 (Corvane Press, Delmont Courier); Kelmarsh
    // General Hospital says it treated 31 (Ashbury Chronicle, Delmont Courier, Kelmarsh Gazette).
    // One false ✗: the order to abandon ship at 22:05 against the end of the evacuation shortly
    // before midnight.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn kidneytransplantscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("kidneytransplantscandal");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: patients who died after surgery at the unit: prosecutors say 11
    // (Lodestar, Ridgeport Ledger), the Association of Kidney Patients says 17 (Kingsmere
    // Chronicle, Nova Korvana), not caught yet: kidneys that went to foreign buyers: prosecutors
    // say 86 (Lodestar), the health ministry says 61 (Nova Korvana).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn seaweedbloombeaches_cluster_holds_its_scores() {
    let (s, conflicts) = run("seaweedbloombeaches");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people treated for hydrogen sulphide symptoms: CONFLICT, Health
    // Ministry says 146 (Orbis, Eastbrook Sentinel) vs Quessola General Hospital says 188,
    // including its seafront first-aid posts (Albion Review, Lenzara Today), not caught yet: hotel
    // bookings cancelled since the beaches closed: CONFLICT, Amber Coast Hoteliers' Association
    // says more than 12,000 (Albion Review) vs Tourism Ministry says about 7,500, registered hotels
    // only (Lenzara Today); only these two outlets give a figure.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
