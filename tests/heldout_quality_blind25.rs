//! Regression guard on the held-out clusters of the twenty-fifth session
//! (forty-four stories, from a defence minister who quit over armoured
//! vehicles and retaliatory tariffs to a snap election and a union
//! leader's arrest; the list is in `tests/fixtures/heldout/README.md`):
//! written blind to the engine and never used to train the link model, as
//! those of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn defenceministerquits_cluster_holds_its_scores() {
    let (s, conflicts) = run("defenceministerquits");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: Sarovic's age (Ledger 51 vs Corvina Today 49), not caught yet: price
    // paid per Kestrel (EUR 8.5m; Corvina Today says EUR 8.9m).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tariffretaliation_cluster_holds_its_scores() {
    let (s, conflicts) = run("tariffretaliation");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: Kestranian products on Valdoria's tariff list; Kestranian steel
    // imported by Valdoria in 2026.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn extraditionruling_cluster_holds_its_scores() {
    let (s, conflicts) = run("extraditionruling");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: total bribes Korvath allegedly took from Meridane (EUR 4.2m; the
    // Tribune's 2.4m euros is a slip); bail Korvath posted in December 2025 (Ledger: EUR 500,000;
    // Bresk Today: EUR 750,000).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wiretapscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("wiretapscandal");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: opposition politicians whose phones were tapped (37; Marhaven Now says
    // 34); age of SIB director Teodor Halvik (58; the Observer says 61).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ombudsmanreport_cluster_holds_its_scores() {
    let (s, conflicts) = run("ombudsmanreport");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: total the agency must repay (EUR 74 million; Haldsby Herald
    // says EUR 47 million); length of the ombudsman's investigation (Ledger 14 months, Courier 18
    // months).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn judgeimpeached_cluster_holds_its_scores() {
    let (s, conflicts) = run("judgeimpeached");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: assembly votes against impeachment (58; the Dispatch says 68), not
    // caught yet: date the Senate trial opens (Ledger: 6 April; Tribune: April 13).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn municipalvote_cluster_holds_its_scores() {
    let (s, conflicts) = run("municipalvote");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: Civic Alliance seats on the Tessavel city council (34; the Sentinel
    // says 36), not caught yet: how long voting was extended at 23 Eastgate/Kolm polling stations
    // (Herald: an hour; Sentinel: 90 minutes).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn foreignagentslaw_cluster_holds_its_scores() {
    let (s, conflicts) = run("foreignagentslaw");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people detained on the night of the vote (37; the Herald's 73 is a
    // slip); length of the final debate (the Herald's 13 hours vs KorvessaLive's almost nine).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ambassadornominee_cluster_holds_its_scores() {
    let (s, conflicts) = run("ambassadornominee");
    assert!(s.link_f1 >= 0.93, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: oslander's donations to the Unity Party over the past decade (EUR
    // 2.4m; the Dispatch's EUR 4.2m is a slip), not caught yet: length of Tuesday's confirmation
    // hearing (Herald: four hours; Post: nearly six hours).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn protestcrackdown_cluster_holds_its_scores() {
    let (s, conflicts) = run("protestcrackdown");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people detained according to the police / Interior Ministry (138); age
    // of Anton Drevic, the critically injured retired teacher.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bribetrial_cluster_holds_its_scores() {
    let (s, conflicts) = run("bribetrial");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: witnesses the prosecution will call (Ledger 64, Courier 58), not
    // caught yet: kickbacks Ravenic is alleged to have received (EUR 4.2m; Korvenna Live says EUR
    // 2.4m).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitalinquiry_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitalinquiry");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: days of public hearings (94 in the Standard vs 87 in BrennickNow), not
    // caught yet: families who gave evidence to the inquiry (212; the Northbridge Post's 121 is a
    // transposition slip).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn senatorswitch_cluster_holds_its_scores() {
    let (s, conflicts) = run("senatorswitch");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: varga's age (58; the Tribune says 56), not caught yet: length of
    // Varga's phone call telling Marsk (10 minutes vs about half an hour).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn statesecretarytrip_cluster_holds_its_scores() {
    let (s, conflicts) = run("statesecretarytrip");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: aid pledged to Tessary (EUR 45m; Ardenburg Now says EUR 54m), not
    // caught yet: length of the Dunmere-Hask humanitarian corridor (140 km = 87 miles; Ardenburg
    // Now says 110 miles = 177 km).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn judicialreformvote_cluster_holds_its_scores() {
    let (s, conflicts) = run("judicialreformvote");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: votes against the amendment at the final reading (true value 91; the
    // American paper's 93 is a slip), not caught yet: valid signatures needed to force a
    // referendum on the amendment (true value 300,000; the local outlet's 350,000 is a slip).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn censuredebate_cluster_holds_its_scores() {
    let (s, conflicts) = run("censuredebate");
    assert!(s.link_f1 >= 0.72, "{s}");
    assert!(s.mention_recall >= 0.82, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: votes against the censure motion, not caught yet: age of the detainee
    // injured on the aircraft.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn oppositionleaderjailed_cluster_holds_its_scores() {
    let (s, conflicts) = run("oppositionleaderjailed");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people arrested during the clashes outside the court, not caught yet:
    // how long the judge took to read the verdict.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerialbriefing_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerialbriefing");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: ministries covered by the hiring freeze (14; D's 12 is a slip);
    // penalties paid so far by Brannvik Construction (A: EUR 6.5m, B: EUR 5.6m).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn parliamentrecess_cluster_holds_its_scores() {
    let (s, conflicts) = run("parliamentrecess");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: cut to regional hospital funding in the budget (3.8bn vs 4.3bn dalers;
    // only two outlets give a figure), not caught yet: lawmakers who signed the court petition (97;
    // one outlet says 79).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn primeministerinterview_cluster_holds_its_scores() {
    let (s, conflicts) = run("primeministerinterview");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: number of pensioners getting the 4.2% rise (4.6 million; 003 says 6.4
    // million); brandvik's age (58; 004 says 59).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cabinetapproval_cluster_holds_its_scores() {
    let (s, conflicts) = run("cabinetapproval");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: votes against the cabinet (108; the Lakeshore Tribune says 103), not
    // caught yet: deputies who spoke in the debate (86 vs 97).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stateelectionrecount_cluster_holds_its_scores() {
    let (s, conflicts) = run("stateelectionrecount");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: renn's certified lead over Marsk, in votes (the Sentinel's 1,141 is a
    // transposition of 1,411), not caught yet: how long the 14 Port Ellery polling stations stayed
    // open past the normal close (90 minutes vs two hours).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn inflationspeech_cluster_holds_its_scores() {
    let (s, conflicts) = run("inflationspeech");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: core inflation in February 2027 (4.9%; Varnholm Today says
    // 4.4%); rise in regulated electricity tariffs on 1 January 2027 (wire 14% vs Ledger 18 per
    // cent).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ambassadorsummoned_cluster_holds_its_scores() {
    let (s, conflicts) = run("ambassadorsummoned");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: classified documents Saule allegedly passed to Vosk (38; the Tribune
    // says 48), not caught yet: maximum prison sentence for espionage (Herald: 12 years; LeskNow:
    // 15 years).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mayorbudgetveto_cluster_holds_its_scores() {
    let (s, conflicts) = run("mayorbudgetveto");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 27, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: officer posts the police cut would eliminate (340; one outlet says
    // 430); length of the council debate before the budget passed (nine hours vs more than 12
    // hours).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electoralcommissionfine_cluster_holds_its_scores() {
    let (s, conflicts) = run("electoralcommissionfine");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: undeclared Brightline Media invoices (37; the Granite Post says 34),
    // not caught yet: time allowed to pay the fine (28 days per Meridian Press, 30 days per
    // Marenholt Now).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerbodyguard_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerbodyguard");
    assert!(s.link_f1 >= 0.70, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Disagreements caught: pre-trial detention ordered for Orsic (wire: 30 days; Dresno Today: 40
    // days), not caught yet: shots the bodyguard fired (four; the Sentinel says five).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn borderagreement_cluster_holds_its_scores() {
    let (s, conflicts) = run("borderagreement");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: pillars the joint commission will erect (1,460; Kessra Today says
    // 1,640), not caught yet: resettlement fund for families who move (Ledger EUR 240m vs Kessra
    // Today EUR 260m).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prisonovercrowding_cluster_holds_its_scores() {
    let (s, conflicts) = run("prisonovercrowding");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: prisoners to be released early (1,850; ValdeniaNow says 1,580), not
    // caught yet: occupancy of Dravnik Central prison (171% vs 183%).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn presidentpardonsjournalists_cluster_holds_its_scores() {
    let (s, conflicts) = run("presidentpardonsjournalists");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of Teo Rehn's espionage sentence, not caught yet:
    // countries/governments that signed the August joint letter.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tradeministerresigns_cluster_holds_its_scores() {
    let (s, conflicts) = run("tradeministerresigns");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: export licences the ministry approved for Drevik Systems (47; the
    // Tribune says 41), not caught yet: MPs who had signed the no-confidence motion by the time
    // she resigned (Ledger 68, Pellan Now 86).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn senatebudgetdeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("senatebudgetdeal");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: state employees who would have been sent home without pay in a
    // shutdown (about 236,000; Merrow Today says nearly 200,000), not caught yet: spending cuts in
    // the deal (18.6 billion crowns; Eastport Herald says 16.8 billion).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn juntaelectiondate_cluster_holds_its_scores() {
    let (s, conflicts) = run("juntaelectiondate");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: number of parties cleared to run; number of registered voters.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn governorimpeachmenttrial_cluster_holds_its_scores() {
    let (s, conflicts) = run("governorimpeachmenttrial");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: witnesses heard at the trial (27; the Tribune says 29), not caught yet:
    // State Assembly members who voted to impeach on 14 January (MPA 71, Aldermoor Now 68). One
    // false ✗ since one outlet's odd rate joins the others': two polls, 52% for removal and 41%
    // approving.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn defencebudgetrise_cluster_holds_its_scores() {
    let (s, conflicts) = run("defencebudgetrise");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: halcyon F-7 fighters ordered (36; the Capital Ledger says 38);
    // value of the Halcyon F-7 contract (EUR 5.8bn vs EUR 8.5bn).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn citycouncilscandal_cluster_holds_its_scores() {
    let (s, conflicts) = run("citycouncilscandal");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: zoning votes allegedly bought (14; Brennick Now says 16); age of
    // deputy committee chair Teodor Varga (54 vs 57).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerlicencefraud_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerlicencefraud");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: overpayment prosecutors allege (EUR 29.4 million; Valmora Now
    // says EUR 24.9 million); how long prosecutors questioned Reszek on Monday (wire: more than
    // seven hours; Tribune: roughly five hours).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn refugeecampfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("refugeecampfire");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: vulnerable residents to be moved to the mainland (2,400; the
    // Ledger's 3,400 is a slip); age of the man who died (34 per Meridian Press, 43 per Pelora
    // Today).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn vicepresidentresigns_cluster_holds_its_scores() {
    let (s, conflicts) = run("vicepresidentresigns");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: bribes Brevik allegedly received (3.4 million marks = EUR 680,000 = GBP
    // 578,000 = about USD 750,000; CastrelNow says 4.3 million), not caught yet: how long the court
    // ordered Brevik held (Ledger: 30 days; CastrelNow: 40 days).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electionpollingday_cluster_holds_its_scores() {
    let (s, conflicts) = run("electionpollingday");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: polling stations that opened late (143; the American paper
    // says 134); how long voting was halted at the Brenmoor school (British paper: almost two
    // hours; American paper: about 40 minutes).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerfiredtweet_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerfiredtweet");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: offensive posts the Ledger uncovered (23; Karsberg Now says 32), not
    // caught yet: opposition MPs who signed the letter demanding an inquiry (41 vs 47).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn snapelectioncalled_cluster_holds_its_scores() {
    let (s, conflicts) = run("snapelectioncalled");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of the budget debate before the vote (11 hours vs more than 14
    // hours), not caught yet: coalition MPs who voted against the budget (seven; Brenholm Today
    // says eight).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn constitutioncourtruling_cluster_holds_its_scores() {
    let (s, conflicts) = run("constitutioncourtruling");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people placed under surveillance orders, July 2025 to end of January
    // 2027 (4,812; the Herald's 4,128 is a slip), not caught yet: age of Court President Miroslava
    // Tannen (64; the Post's 67 is a slip).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn unionleaderarrest_cluster_holds_its_scores() {
    let (s, conflicts) = run("unionleaderarrest");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: union officials detained besides Kestel (6; the Lakeshore Tribune says
    // 8), not caught yet: police officers in the raid on Kestel's home (about 40 vs more than 70).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}
