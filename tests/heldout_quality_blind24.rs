//! Regression guard on the held-out clusters of the twenty-fourth session
//! (thirty-six stories, from a suspect charged over mailed packages and a
//! dismissed hacking lawsuit to a referendum result and a coalition
//! agreement; the list is in `tests/fixtures/heldout/README.md`): written
//! blind to the engine and never used to train the link model, as those
//! of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn budgetstandoff_cluster_holds_its_scores() {
    let (s, conflicts) = run("budgetstandoff");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 26, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: public workers whose pay is frozen (58,000; Meridian Post says 68,000);
    // amendments the opposition tabled to the budget bill (Nordpress 213, Teskar Today 231).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cabinetleakinquiry_cluster_holds_its_scores() {
    let (s, conflicts) = run("cabinetleakinquiry");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: leaks examined by the inquiry (14; the Sentinel says 17), not caught
    // yet: phones and computers examined by forensic specialists (61 in the Ledger, 68 in Vessholm
    // Now).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn campaignpledge_cluster_holds_its_scores() {
    let (s, conflicts) = run("campaignpledge");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: additional nurses the Alliance promises, not caught yet: new
    // corporation tax rate proposed by the Alliance.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ceasefireviolation_cluster_holds_its_scores() {
    let (s, conflicts) = run("ceasefireviolation");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: unarmed monitors the agreement provides for (120; the Ledger's 210 is
    // a slip), not caught yet: how long the October 2026 truce held (11 days per the Herald;
    // Merrowgate Now's 16 is wrong).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn chiefjusticeretires_cluster_holds_its_scores() {
    let (s, conflicts) = run("chiefjusticeretires");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: majority opinions Kovalt wrote (418; Drossel Today says 481), not
    // caught yet: time from nomination to confirmation of Justice Stroud in 2025 (44 vs 64 days).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coalitionagreement_cluster_holds_its_scores() {
    let (s, conflicts) = run("coalitionagreement");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: length of the coalition agreement document (212 pages; the
    // Tribune's 221 is a slip); share of SRP members who backed the deal in the online ballot
    // (71.3% vs 73.1%: transposed digits in one outlet).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn confirmationvote_cluster_holds_its_scores() {
    let (s, conflicts) = run("confirmationvote");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of Korvath's army career (1984-2020 = 36 years), not caught
    // yet: senate vote on the confirmation (for-against).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn debtceiling_cluster_holds_its_scores() {
    let (s, conflicts) = run("debtceiling");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: national Assembly vote on the bill, for-against (163-129; the Gazette
    // says 136-129); length of the Senate debate before the final vote (wire: 14 hours; Tribune:
    // nearly 11 hours).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn defectorasylum_cluster_holds_its_scores() {
    let (s, conflicts) = run("defectorasylum");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: velisar's years in the Orvanian foreign service (27; Kessa
    // Coastline says 32); length of the boat crossing (14 hours per the Westmoor Herald, nine
    // hours per the Tribune-Dispatch).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electioncertified_cluster_holds_its_scores() {
    let (s, conflicts) = run("electioncertified");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: turnout in the 14 February runoff (71.4%); The Northern Ledger's 74.1
    // per cent is the 2022 figure, not caught yet: people arrested at the 10 March protest outside
    // the commission (23 vs 32).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn embassymove_cluster_holds_its_scores() {
    let (s, conflicts) = run("embassymove");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: distance of the new embassy from the old site in Port Amalun (62 km /
    // 39 miles; Kessara Live says 68 km); age of the new ambassador Erik Halvorsen (Herald 58,
    // Sentinel 56).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ethicsprobe_cluster_holds_its_scores() {
    let (s, conflicts) = run("ethicsprobe");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: number of undeclared foreign trips under inquiry (seven; the Tribune
    // says nine), not caught yet: revik's annual ministerial salary (EUR 148,500 in the Sentinel;
    // EUR 184,500 in OrvanneNow).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn governmentcollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("governmentcollapse");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: MPs voting against the government in the confidence vote, not caught
    // yet: age of Civic Alliance leader Mirela Ostrova.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn governorpardon_cluster_holds_its_scores() {
    let (s, conflicts) = run("governorpardon");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: pardons Korvath has granted since taking office, including
    // Drayle's (37); share of Meridian poll respondents backing a pardon.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lawmakerexpelled_cluster_holds_its_scores() {
    let (s, conflicts) = run("lawmakerexpelled");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: lawmakers who voted for the expulsion (187; the Lakeshore Ledger's 178
    // is a transposition slip), not caught yet: length of the debate before the vote (Courier:
    // more than six hours; Essa Valley: just over four hours).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lawsuitdismissed_cluster_holds_its_scores() {
    let (s, conflicts) = run("lawsuitdismissed");
    assert!(s.link_f1 >= 0.94, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: internal emails stolen (only the Standard and the Ledger give a number;
    // they cannot both hold), not caught yet: length of the ruling in pages (67; the Ledger's 76 is
    // a slip).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn militarydrill_cluster_holds_its_scores() {
    let (s, conflicts) = run("militarydrill");
    assert!(s.link_f1 >= 0.93, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: troops normally taking part in Iron Tide (about 28,000; EastCoast
    // Now's 38,000 is a slip), not caught yet: aircraft normally taking part in Iron Tide (150 vs
    // 120: only two outlets report it).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn militaryparade_cluster_holds_its_scores() {
    let (s, conflicts) = run("militaryparade");
    assert!(s.link_f1 >= 0.73, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: aircraft in the parade and flypast; spectators treated for heat
    // exhaustion (health ministry).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerquestioned_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerquestioned");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people the SPD allegedly spied on (1,312), not caught yet: SPD's
    // contract with Corvane Systems (4.2 vs 4.7 million euros).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministervisit_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministervisit");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: Velorian detainees flown home with Arveld (11; the Sentinel says 13);
    // age of freed student Mira Havlen (19 in the Herald, 21 in EsselNow).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn missilemoratorium_cluster_holds_its_scores() {
    let (s, conflicts) = run("missilemoratorium");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: ballistic missiles Kestria fired in 2026, by Altmark's military count
    // (34; Halverstadt Now says 43); estimated yield of the 9 September 2026 test, per Altmark's
    // defence ministry (140 kt vs about 250 kt).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nuclearinspection_cluster_holds_its_scores() {
    let (s, conflicts) = run("nuclearinspection");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: distance of Kavrin from Tarvel (240 km; the Courier's 210 miles = 338
    // km is the slip); centrifuges counted in Kavrin's main hall (1,044 vs 1,440).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn partydonation_cluster_holds_its_scores() {
    let (s, conflicts) = run("partydonation");
    assert!(s.link_f1 >= 0.73, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: number of payments Sorvane made (4; the Ledger says five);
    // time the PRP has to pay the fine (30 vs 60 days).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn policechiefquits_cluster_holds_its_scores() {
    let (s, conflicts) = run("policechiefquits");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: police officers injured in the riot (47; the Sentinel's 74 is a
    // transposition), not caught yet: police vehicles set on fire (Ledger 14, Corvand Live 11;
    // only these two report it).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pollingstationattack_cluster_holds_its_scores() {
    let (s, conflicts) = run("pollingstationattack");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: polling stations closed in Dalmere on election day (23; the Tribune
    // says 27); age of presiding officer Teodor Marsk (58 in the Ledger, 56 in the Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn referendumresult_cluster_holds_its_scores() {
    let (s, conflicts) = run("referendumresult");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: turnout (71.4%; the Lakeshore Tribune's 74.1% is a slip), not caught
    // yet: districts where No won (Albion Ledger 31 vs Kaldmark Today 29).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn refugeequota_cluster_holds_its_scores() {
    let (s, conflicts) = run("refugeequota");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: irregular arrivals in the bloc last year (214,000; the Dispatch's
    // 241,000 is a transposition); people now housed in Sarnos reception camps (Meridian 11,500 vs
    // Dispatch nearly 9,000).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn runningmate_cluster_holds_its_scores() {
    let (s, conflicts) = run("runningmate");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: money raised in the 12 hours after the announcement (14.2m ducats =
    // $3.55m = £2.84m; Dravina Live says 12.4m), not caught yet: ilse Moravec's age (52; Dravina
    // Live says 54).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn sanctionsrelief_cluster_holds_its_scores() {
    let (s, conflicts) = run("sanctionsrelief");
    assert!(s.link_f1 >= 0.90, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: political prisoners still held in Serevia, per the Drozna Human Rights
    // Centre (163; the Dispatch's 136 is a transposition slip); length of the sentence Hallan was
    // serving (15 years per Meridian Press, 12 years per the Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn speakerelection_cluster_holds_its_scores() {
    let (s, conflicts) = run("speakerelection");
    assert!(s.link_f1 >= 0.71, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: Vendrell's votes in the final round (127; the Meridian Standard says
    // 129); Ilse Marrow's age (72; the Continental Post says 74).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn spyswap_cluster_holds_its_scores() {
    let (s, conflicts) = run("spyswap");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: how long the handover on the bridge took; solvan's prison
    // sentence (18 years; the American paper says 16).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn summitcancelled_cluster_holds_its_scores() {
    let (s, conflicts) = run("summitcancelled");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of Korvan's letter in words (true figure 1,150), not caught
    // yet: valdorians held in Halvet (true figure 26).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn suspectcharged_cluster_holds_its_scores() {
    let (s, conflicts) = run("suspectcharged");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: distance from Brenholt to the capital Castrelle (65 km vs 25 miles =
    // 40 km), not caught yet: suspicious packages mailed in total (14; the Lakeshore Tribune says
    // 16).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tradetalks_cluster_holds_its_scores() {
    let (s, conflicts) = run("tradetalks");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the final session on 10 March (REAL CONFLICT: nearly 14 hours
    // vs 11 hours), not caught yet: Vellmark's 2026 trade deficit with Torrania (REAL CONFLICT:
    // $31.7bn x3 vs US$37.1bn).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn treatywithdrawal_cluster_holds_its_scores() {
    let (s, conflicts) = run("treatywithdrawal");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: missiles destroyed under the treaty (2,318; the Sentinel's 2,813 is a
    // slip), not caught yet: length of Orlen's televised address (25 minutes vs nearly 40
    // minutes).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn visaban_cluster_holds_its_scores() {
    let (s, conflicts) = run("visaban");
    assert!(s.link_f1 >= 0.73, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: visas Varnia issued in 2026 to citizens of the seven countries
    // (112,400; the Tribune's 121,400 is a transposition), not caught yet: travellers refused
    // entry at Sellen airport on the first day, per the Border Police (47 vs 53).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}
