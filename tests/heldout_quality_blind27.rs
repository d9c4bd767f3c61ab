//! Regression guard on the held-out clusters of the twenty-seventh session
//! (forty stories, from a ring of customs officers and a revoked mining
//! concession to a stadium contract and a spokesman's leak; the list is
//! in `tests/fixtures/heldout/README.md`): written blind to the engine
//! and never used to train the link model, as those of
//! `heldout_quality.rs` are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn customsbriberyring_cluster_holds_its_scores() {
    let (s, conflicts) = run("customsbriberyring");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: containers waved through without inspection (about 1,400 / 1,412; the
    // Harbor City Courier's police source says about 1,900), not caught yet: length of the
    // investigation (18 months per the wire's prosecution source; more than two years per the
    // police directorate in the Halvik Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn miningconcessionrevoked_cluster_holds_its_scores() {
    let (s, conflicts) = run("miningconcessionrevoked");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: land used illegally outside the concession (about 2,300 ha in the wire
    // vs 3,100 ha in the Ondrava Daily Post); people employed at the mine (4,200; the Harbor City
    // Ledger says about 5,800).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn telecomlicenceauction_cluster_holds_its_scores() {
    let (s, conflicts) = run("telecomlicenceauction");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: final rounds in which the winners' bids did not move, per
    // Brisa's complaint (19 vs 14); total raised by the auction (2.84bn dalens; Marovec Daily says
    // ODN 3.1bn).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn embezzlementtrialverdict_cluster_holds_its_scores() {
    let (s, conflicts) = run("embezzlementtrialverdict");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the trial (14 months; the Brookfield Ledger says 18);
    // witnesses heard at the trial (Dalmark Press 64, Halvoria Today about 90).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pressfreedomlawprotest_cluster_holds_its_scores() {
    let (s, conflicts) = run("pressfreedomlawprotest");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people detained at the Korvel march (64; the Bayport Courier says 91),
    // not caught yet: police officers injured (9 per the Interior Ministry in the wire; 16 per the
    // Police Union in the Korvel Herald).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitalprocurementfraud_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitalprocurementfraud");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: age of deputy health minister Tomas Reinholt, not caught yet:
    // overpayment estimated by the auditors.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pmconfidencevotesurvives_cluster_holds_its_scores() {
    let (s, conflicts) = run("pmconfidencevotesurvives");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the confidence debate (12 hours 20 minutes; the Bayport
    // Sentinel says 16 hours), not caught yet: yearly cost of restoring the farmers' diesel rebate
    // (wire 1.8bn thalers vs Vessana Post TVT 2.4bn).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn railwaynationalisation_cluster_holds_its_scores() {
    let (s, conflicts) = run("railwaynationalisation");
    assert!(s.link_f1 >= 0.93, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people killed in the Ostrel derailment (23; the Harbor City Ledger says
    // 29), not caught yet: Halvard debt taken over by the state (about 1.9bn florins vs 2.6bn
    // florins).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tradeunionleaderjailed_cluster_holds_its_scores() {
    let (s, conflicts) = run("tradeunionleaderjailed");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 28, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: protesters detained outside the court (14 per police in the Ashcombe
    // Chronicle vs 23 per the federation's lawyers in the Brookfield Ledger), not caught yet:
    // workers who joined the strike (1.2 million per the federation; the Brookfield Ledger gives
    // the Labor Ministry's 800,000).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn floodreliefmisuse_cluster_holds_its_scores() {
    let (s, conflicts) = run("floodreliefmisuse");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: households that received relief payments (18,400 per the audit; the
    // Hesk Courier says 15,600, citing the relief agency); length of the audit report in pages
    // (Herald 340 vs Ledger 410).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn defenceministerdrone_cluster_holds_its_scores() {
    let (s, conflicts) = run("defenceministerdrone");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: how far the deliveries are behind schedule (14 months; the Bayport
    // Ledger, citing the State Audit Chamber, says 20), not caught yet: late-delivery penalties
    // Arvik has paid (95m staters per the ministry, in the wire; KST 140m per the State Audit
    // Chamber, in the Dorvana Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn citycouncilbudgetveto_cluster_holds_its_scores() {
    let (s, conflicts) = run("citycouncilbudgetveto");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: weekday riders on the routes to be scrapped (about 86,000; the
    // Fairhaven Ledger, citing a riders' group, says more than 120,000); drivers' jobs lost (HTC:
    // about 260; union: 390).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn judicialappointmentsrow_cluster_holds_its_scores() {
    let (s, conflicts) = run("judicialappointmentsrow");
    assert!(s.link_f1 >= 0.80, "{s}");
    assert!(s.mention_recall >= 0.84, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: lawyers who marched in Marenburg (police: about 4,000; bar association:
    // 6,500), not caught yet: EU funds at risk (3.1bn euros; the Harbor City Ledger says 4.2bn
    // euros).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nationalairlinebailout_cluster_holds_its_scores() {
    let (s, conflicts) = run("nationalairlinebailout");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: jobs to be cut (2,400; the Bayport Herald says about 3,100), not caught
    // yet: Halvenair's debts (about 5.5bn ducats per the Kensal Chronicle vs HVD 7.2bn per the
    // Drussen Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn partyfundingscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("partyfundingscandal");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: number of shell companies (17; the Fairhaven Ledger says 24), not
    // caught yet: cash found in Halden's safe (about 1.2m dalens vs 1.9m).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prisonerreleaseamnesty_cluster_holds_its_scores() {
    let (s, conflicts) = run("prisonerreleaseamnesty");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: prisoners to be freed in all under the amnesty; prisoners
    // released from Dravnik Central Prison on the first day.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerpropertyprobe_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerpropertyprobe");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: undeclared luxury cars (four; the Wexham Herald says six), not caught
    // yet: size of the villa's plot (1.2 hectares per the wire vs 1.8 hectares per Castrel Daily).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electionrecountresult_cluster_holds_its_scores() {
    let (s, conflicts) = run("electionrecountresult");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the recount (nine days; the Brookfield Ledger says two
    // weeks), not caught yet: people who counted in the recount (about 640 vs nearly 900).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn teachersstrikeend_cluster_holds_its_scores() {
    let (s, conflicts) = run("teachersstrikeend");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the final negotiating session (19 hours vs 26 hours), not
    // caught yet: pupils kept out of lessons (1.2 million per the union; the Bayport Ledger gives
    // 900,000 from ministry figures).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn refineryfireprobe_cluster_holds_its_scores() {
    let (s, conflicts) = run("refineryfireprobe");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: workers injured in the fire (17 per Kornaft; the Harborview Post says
    // 26, citing the union), not caught yet: firefighters sent to the blaze (about 180 per the wire
    // vs more than 260 per the Harborview Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministryhackattack_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministryhackattack");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: amount of data taken (1.8 TB per the hackers in the wire; 2.6 TB per
    // the NCSA in the Koldberg Courier), not caught yet: taxpayer records stolen (3.4 million per
    // the ministry; the Harbor City Ledger says about 4.7 million, citing the NCSA).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn oppositionleaderpoisoned_cluster_holds_its_scores() {
    let (s, conflicts) = run("oppositionleaderpoisoned");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: passengers on flight AD 214 (148 per the wire, 176 per the Hudson
    // Sentinel), not caught yet: doctors who treated her in Tarnov (12 in three outlets; 25 per the
    // Kelmar Courier, citing the chief physician).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn publicwagesfreeze_cluster_holds_its_scores() {
    let (s, conflicts) = run("publicwagesfreeze");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: public-sector workers covered by the freeze (about 410,000; the Bayport
    // Courier says nearly 480,000), not caught yet: unions backing the 3 April protest (Harwick
    // Chronicle nine, Ristova Daily 12).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn armsexportscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("armsexportscandal");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: shipments of rifles (9; the Bayport Ledger says 14); pages of
    // leaked documents (some 2,300 per the wire; about 3,500 per the Tarnholm Post).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn minimumwagerise_cluster_holds_its_scores() {
    let (s, conflicts) = run("minimumwagerise");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: length of the final session of the council (nine hours vs more
    // than 13 hours); workers who get the rise (about 1.1 million per the ministry; the Harbor City
    // Ledger says roughly 850,000, citing employers).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn riotpolicechiefsuspended_cluster_holds_its_scores() {
    let (s, conflicts) = run("riotpolicechiefsuspended");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: rubber rounds fired (310 per ministry report vs 460 per police
    // logbook), not caught yet: riot officers deployed on the square (120 per ministry and logbook;
    // about 180 per the students' union).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn parliamentdissolvedsnapvote_cluster_holds_its_scores() {
    let (s, conflicts) = run("parliamentdissolvedsnapvote");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: cost of the election (electoral commission: 410m dalens = $82m), not
    // caught yet: size of the opposition crowd outside parliament on 9 March.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn auditorgeneralroadsreport_cluster_holds_its_scores() {
    let (s, conflicts) = run("auditorgeneralroadsreport");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: kilometres of road actually built (740 km; the Bayport Ledger
    // says about 650 km); contracts awarded without a competitive tender (48 in the Courier, 63 in
    // the Keltsa Herald).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerdiplomapurge_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerdiplomapurge");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: senior officials whose diplomas are to be checked (1,240; the
    // Ridgefield Courier says about 1,700), not caught yet: MPs who have signed the no-confidence
    // motion (54 per Vuksa in the Herald; 41 per the registry office in the Brelgrad Daily).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lockoutportworkers_cluster_holds_its_scores() {
    let (s, conflicts) = run("lockoutportworkers");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 29, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: ships waiting at anchor off Halvard; length of the queue of lorries
    // outside the port.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn housingministerpermits_cluster_holds_its_scores() {
    let (s, conflicts) = run("housingministerpermits");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: cash seized in the searches (SKR 3.4m per the wire; SKR 5.2m
    // per the Zaborin Herald's police source); suspects in the case (14; the Ridgemont Post, citing
    // a court filing, says 21).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn presidentialpardonprotest_cluster_holds_its_scores() {
    let (s, conflicts) = run("presidentialpardonprotest");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: people arrested in the protests (112 per the Interior Ministry;
    // the Kelmar Herald says 74, citing city police); police officers injured (14 per the wire; 23
    // per the Kelmar Herald).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn governorfundsfrozen_cluster_holds_its_scores() {
    let (s, conflicts) = run("governorfundsfrozen");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: area of the hunting estate near Vodrany (wire 340 ha vs Dorvask Courier
    // 250 ha), not caught yet: sum Halvic is accused of stealing (410m dinars = $20.5m; the
    // Wexcombe Times says 560m dinars).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fishingquotadispute_cluster_holds_its_scores() {
    let (s, conflicts) = run("fishingquotadispute");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: fishing boats taking part in the blockade (about 640 per the
    // coastguard; the Harnvik Post says about 900, the federation's count), not caught yet: length
    // of the talks (six hours in the Ashford Herald, nine hours in the Bayport Ledger).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stateenergytariffhike_cluster_holds_its_scores() {
    let (s, conflicts) = run("stateenergytariffhike");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: Valdenergo's loss in 2026 (4.1bn crowns; the Bayview Chronicle
    // says 5.3bn); protesters at the march in Mirsk (about 1,500 per police in the wire; some 4,000
    // in the Mirsk Herald).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn whistleblowerfired_cluster_holds_its_scores() {
    let (s, conflicts) = run("whistleblowerfired");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: number of fake invoices (1,340; the Great Lakes Sentinel says nearly
    // 1,900), not caught yet: compensation the union claims (the Ashford Herald says 1.5m florins,
    // the Kessa Observer LVF 2.4m).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lawmakerimmunitylifted_cluster_holds_its_scores() {
    let (s, conflicts) = run("lawmakerimmunitylifted");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: tax Dravik allegedly evaded (SDT 14.6m = $2.9m = £2.3m; the
    // Ledger says $3.8m); length of the prosecutors' immunity request in pages.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitalwaitinglists_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitalwaitinglists");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: average wait for surgery (143 days; the Ledger says 171 days);
    // complaints that prompted the inquiry (about 600 per the ombudsman's office vs more than 850
    // per the Patients' Federation).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stadiumcontractprobe_cluster_holds_its_scores() {
    let (s, conflicts) = run("stadiumcontractprobe");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: officials questioned (12; the Clayton Ledger says 17, citing a lawyer),
    // not caught yet: amendments to the stadium contract (17 per the prosecutors via Northgate; 26
    // per the audit office via the Estrel Courier).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn governmentspokesmanleak_cluster_holds_its_scores() {
    let (s, conflicts) = run("governmentspokesmanleak");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: officials questioned by investigators (23 per the SSD, Northgate Press;
    // 38 per the civil servants' union, Kelsport Daily), not caught yet: length of the
    // investigation that identified Trevik (five weeks / 35 days; the Harbor City Sentinel says
    // nearly three months).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
