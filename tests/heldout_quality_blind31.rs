//! Regression guard on the held-out clusters of the thirty-first session
//! (forty stories, from a symphony orchestra's insolvency and a lunar
//! lander's touchdown to a nightclub fire and a minister's helicopter
//! crash; the list is in `tests/fixtures/heldout/README.md`): written
//! blind to the engine and never used to train the link model, as those
//! of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn orchestradebtcollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("orchestradebtcollapse");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: musicians laid off (86; the Bayport Courier, citing the union, says
    // 71), not caught yet: cut in the city's annual grant in 2025 (Ashcombe Chronicle 30 per cent
    // vs Kaldern Post 45%).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fertiliserplantclosure_cluster_holds_its_scores() {
    let (s, conflicts) = run("fertiliserplantclosure");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: plant's share of national nitrogen fertiliser output (38%; the Cedar
    // Valley Post says about 45 percent), not caught yet: Veskar Azot's loss in 2026 (wire 210m
    // talers from the annual report vs Ostrel Daily VKT 160m from works-council figures).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn elephantcull_cluster_holds_its_scores() {
    let (s, conflicts) = run("elephantcull");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: elephants in Marundi National Park (4,200 / 4,180 census; the
    // Ridgefield Courier says about 5,600); people killed by elephants around the park since the
    // start of 2025 (7 per the TWS; 12 per the farmers' association).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn heatstrokeworkers_cluster_holds_its_scores() {
    let (s, conflicts) = run("heatstrokeworkers");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the workers' shifts (12 hours; the Harbor City Ledger, citing
    // Fair Labour Watch, says 14); workers on the site on the day (about 2,500 per Belcor vs some
    // 3,800 per the union).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn trawlersinking_cluster_holds_its_scores() {
    let (s, conflicts) = run("trawlersinking");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: time the survivors spent in the water before rescue, not caught yet:
    // length of the Marit Holm.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fareevasioncrackdown_cluster_holds_its_scores() {
    let (s, conflicts) = run("fareevasioncrackdown");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: fines issued on the first day by noon (1,140 per Marrow in the wire vs
    // some 820 per the HTA press office in the Echo), not caught yet: new inspectors hired for the
    // crackdown (240; the Harbor City Ledger says 180).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lunarlandertouchdown_cluster_holds_its_scores() {
    let (s, conflicts) = run("lunarlandertouchdown");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: length of the powered descent (14 minutes; the Harborview
    // Ledger says about 18); propellant left in the tanks at touchdown (about 40 kg per the wire vs
    // 65 kg per the Orsenna Post).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn channelswimrecord_cluster_holds_its_scores() {
    let (s, conflicts) = run("channelswimrecord");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: water temperature during the swim (18C per the association's
    // observer; the Bayport Courier gives 57F/14C from Arvand's team); Arvand's place among
    // swimmers to complete a solo crossing (27th per the association vs 34th per the Tessary Island
    // Museum).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn admissionsbriberyring_cluster_holds_its_scores() {
    let (s, conflicts) = run("admissionsbriberyring");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: students admitted through bribes (prosecutors: 214; the Courier says
    // some 290), not caught yet: cash seized in the searches (wire 380,000 florins vs Herald EFL
    // 520,000).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airportbaggagefailure_cluster_holds_its_scores() {
    let (s, conflicts) = run("airportbaggagefailure");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: bags left behind (about 7,000 per HAC; the Harbor City Ledger,
    // citing the airlines' association, says more than 11,000); flights that left with no checked
    // bags on board (38 per HAC in the Aldwych Chronicle vs 52 per the union in the Tarsk Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn sportshallroofcollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("sportshallroofcollapse");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: depth of snow on the roof (about 1.3 m per the fire service; 90 cm per
    // the municipal engineering office), not caught yet: people trapped under the fallen roof
    // (wire: nine; Vessland Posten: 14).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wolfattackssheep_cluster_holds_its_scores() {
    let (s, conflicts) = run("wolfattackssheep");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: sheep killed in the latest attack on Lunde's farm; wolves
    // living in the region.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tunnelbreakthrough_cluster_holds_its_scores() {
    let (s, conflicts) = run("tunnelbreakthrough");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: workers killed during construction (5; the Bayport Ledger,
    // citing the union, says 8); rock dug out by the machines (about 6m tonnes vs 8.4 million
    // tonnes).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn highwayfogpileup_cluster_holds_its_scores() {
    let (s, conflicts) = run("highwayfogpileup");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people injured (48 per police and hospital officials; the Granite City
    // Courier says more than 70, citing the regional health authority), not caught yet: age of the
    // arrested lorry driver (46 per the wire, 53 per the Lenne Valley Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn waterbombercrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("waterbombercrash");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: age of the crashed aircraft (38 years; the Ridgefield Sentinel
    // says 44); water drops the plane had made that day before the crash (nine per Aerotask vs 14
    // per ground crew).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn gasexplosionapartment_cluster_holds_its_scores() {
    let (s, conflicts) = run("gasexplosionapartment");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people injured (38 per the Health Ministry; Glas Korvane says 51,
    // citing the city emergency service), not caught yet: how long rescuers searched the rubble
    // (Herald: 15 hours; Glas Korvane: 19 hours).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bloodsupplyshortage_cluster_holds_its_scores() {
    let (s, conflicts) = run("bloodsupplyshortage");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: fall in donations since January compared with a year earlier, not
    // caught yet: hospitals that have postponed planned surgery.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn toxicwastedumping_cluster_holds_its_scores() {
    let (s, conflicts) = run("toxicwastedumping");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: area of the dump sites (about 40 ha per prosecutors vs 52 ha per the
    // environment agency), not caught yet: toxic waste dumped (about 18,000 / 18,400 tonnes; the
    // Bayport Ledger, citing Clean Sarna, says about 24,000 metric tons).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn childcaresubsidy_cluster_holds_its_scores() {
    let (s, conflicts) = run("childcaresubsidy");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: families eligible (about 310,000; the Harbor City Ledger says nearly
    // 400,000); new nursery places promised (12,000 in the Kingsway Herald vs 17,500 in the Haskeny
    // Courant).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn carplantclosure_cluster_holds_its_scores() {
    let (s, conflicts) = run("carplantclosure");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: cars built at Kolbrek in 2026 (118,000; the Courier says fewer than
    // 90,000), not caught yet: further jobs at risk at suppliers (about 1,100 per Halvard vs some
    // 1,800 per the chamber of commerce).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn licencefeerise_cluster_holds_its_scores() {
    let (s, conflicts) = run("licencefeerise");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: households exempt from the fee (180,000 per the ministry vs
    // 240,000 per the Consumers' Association); signatures on the Fair Fee Alliance petition
    // (131,400; the Millbrook Courier says some 95,000).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn signalfailurecommute_cluster_holds_its_scores() {
    let (s, conflicts) = run("signalfailurecommute");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: trains cancelled (412 per RailNet; the Harbor City Ledger says about
    // 290); passengers led from halted trains along the tracks (about 1,200 per the fire service vs
    // some 1,900 per RailNet).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn rentcaplaw_cluster_holds_its_scores() {
    let (s, conflicts) = run("rentcaplaw");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: tenants covered by the cap (about 1.9 million per the Housing Ministry;
    // the Ridgefield Courier gives the tenants' union's 2.6 million); length of the debate before
    // the vote (16 hours per the Chronicle, nine hours per the Korsa Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pilgrimbuscrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("pilgrimbuscrash");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: speed of the bus when it left the road (police estimate about
    // 95 km/h vs operator's GPS 60 km/h); hours the driver had been at the wheel (14 per
    // police/tachograph; Pinecrest Ledger, citing the operator, says eight).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airlinerefundsorder_cluster_holds_its_scores() {
    let (s, conflicts) = run("airlinerefundsorder");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: flights Solvara cancelled over the winter (1,870; the Harbor City
    // Ledger says some 2,300); complaints the MCAA received about Solvara (about 9,000 vs more than
    // 14,000).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn insulinshortage_cluster_holds_its_scores() {
    let (s, conflicts) = run("insulinshortage");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: patients hospitalised because of the shortage (23 per the ministry in
    // the wire; 41 per the diabetes association in Orsenna Now), not caught yet: pharmacies without
    // insulin (1,140 per the ministry; Orsenna Now, citing the pharmacists' chamber, says 1,650).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nuclearwastesite_cluster_holds_its_scores() {
    let (s, conflicts) = run("nuclearwastesite");
    assert!(s.link_f1 >= 0.93, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: jobs created during construction (about 900 vs 1,400), not caught yet:
    // construction cost of the repository (38bn talers = $7.6bn = £6.1bn; the Sentinel gives $9.2bn
    // = 46bn talers).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn seabirddieoff_cluster_holds_its_scores() {
    let (s, conflicts) = run("seabirddieoff");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: length of coast where dead birds were found (140 km; 180 km in
    // the US paper); volunteers helping with the clean-up (about 300 per the wire, 520 per the
    // local outlet).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn policebribesting_cluster_holds_its_scores() {
    let (s, conflicts) = run("policebribesting");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the undercover investigation (eight months; the Harborview
    // Post says 11), not caught yet: motorists interviewed by investigators (about 1,400 vs more
    // than 2,000).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn retailchaincollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("retailchaincollapse");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: stores to close in the first wave (22; the Cascade Ledger says
    // 18); pension scheme deficit (Pelham Wire 310m crowns vs Brennach Post TNC 420m).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn courtbacklog_cluster_holds_its_scores() {
    let (s, conflicts) = run("courtbacklog");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: cases pending for more than five years (about 21,000 vs
    // 30,400); vacant judicial posts (460; the Brookfield Ledger, citing the Justice Ministry, says
    // 380).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ebikebatteryfires_cluster_holds_its_scores() {
    let (s, conflicts) = run("ebikebatteryfires");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: firefighters sent to the Kessel fire (Ashcombe Chronicle some 60;
    // Dalmoor Dispatch 85), not caught yet: people injured in battery fires this year (64; the
    // Brookfield Sentinel says 81, citing the Health Ministry).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn floodinsurancepayouts_cluster_holds_its_scores() {
    let (s, conflicts) = run("floodinsurancepayouts");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: homes damaged by the floods, not caught yet: largest single claim
    // (Kellmoor paper mill).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn antiquitiesreturned_cluster_holds_its_scores() {
    let (s, conflicts) = run("antiquitiesreturned");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: crates the objects were shipped in (46 vs 60), not caught yet: objects
    // returned (214; the Riverton Ledger says about 170).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn rareearthexportcurbs_cluster_holds_its_scores() {
    let (s, conflicts) = run("rareearthexportcurbs");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: Kelvoria's share of world rare earth supply (18% per the
    // ministry; the Riverton Ledger says 24% citing Calder Metals Research); people employed in
    // Kelvoria's rare earth sector (about 12,000 per the trade ministry vs 16,500 per the Miners'
    // Federation).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn locustswarm_cluster_holds_its_scores() {
    let (s, conflicts) = run("locustswarm");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: tonnes of crops lost; farmers who lost crops.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn spaceagencycuts_cluster_holds_its_scores() {
    let (s, conflicts) = run("spaceagencycuts");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: agency jobs to be cut (1,150; the union's figure in the Bayport Ledger
    // is 1,600), not caught yet: money already spent on Halvard (wire: about 640m drals; Arvensk
    // Herald: KDR 890m).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nightclubfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("nightclubfire");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: the club's licensed capacity (350; the Delmont Courier says
    // 450); firefighters sent to the blaze (wire: some 90; Sarnic Post: 60).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn helicoptercrashminister_cluster_holds_its_scores() {
    let (s, conflicts) = run("helicoptercrashminister");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: altitude of the crash site (about 1,800 m per the wire vs 2,300
    // m per the Drevna Post); time rescuers took to reach the wreck (about seven hours; the Granite
    // Valley Herald says nearly 10).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn kayakersmissing_cluster_holds_its_scores() {
    let (s, conflicts) = run("kayakersmissing");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: volunteers searching the shore (wire: about 150; Skarvik Posten: some
    // 260), not caught yet: sea area searched (1,200 sq km; the Harbor City Ledger, citing the
    // navy, says 1,800 sq km).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
