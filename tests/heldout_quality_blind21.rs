//! Regression guard on the held-out clusters of the twenty-first session
//! (thirty-six stories, from an arson arrest and a campaign launch to a
//! stock market fall and a refugee boat; the list is in
//! `tests/fixtures/heldout/README.md`): written blind to the engine and
//! never used to train the link model, as those of `heldout_quality.rs`
//! are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn arsonarrest_cluster_holds_its_scores() {
    let (s, conflicts) = run("arsonarrest");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: cars destroyed or damaged in the spree (38; the Atlantic Courier says
    // 48), not caught yet: officers taking part in the arrest raid (about 40 vs more than 70).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn campaignlaunch_cluster_holds_its_scores() {
    let (s, conflicts) = run("campaignlaunch");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: money Ilescu's campaign has raised since November (41.6
    // million ducats; the Meridian Post says 46.1 million); ilescu's vote share when re-elected
    // governor in 2023 (Ledger 61.3 per cent vs Alvena Live 58.7%).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn missiletest_cluster_holds_its_scores() {
    let (s, conflicts) = run("missiletest");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: how far from Halvey Island the missile came down (310 km vs about 240
    // miles = 386 km), not caught yet: highest altitude reached (1,480 km = 920 miles); the
    // Courier's 1,840 km cannot match.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn subpoena_cluster_holds_its_scores() {
    let (s, conflicts) = run("subpoena");
    assert!(s.link_f1 >= 0.72, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: value of the Project Ledger contract awarded to Halvard
    // Digital (EUR 1.84 billion; VellPost's EUR 1.48 billion is a slip); day Brennik dined with
    // Halvard's chief executive (14 vs 21 August 2025).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn partyleader_cluster_holds_its_scores() {
    let (s, conflicts) = run("partyleader");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.82, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: seats (MPs) the SDA holds now: 78; Velsby Now's fact box says
    // 87; MPs who nominated Ostrand to trigger the contest: 16 (APA) vs 19 (Northern Courier).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn emergencydecree_cluster_holds_its_scores() {
    let (s, conflicts) = run("emergencydecree");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: MPs who voted against the barrier funding on 4 March (163; Sudmark
    // Today says 136), not caught yet: army engineers to be assigned to the barrier (Chronicle
    // about 1,200; Post some 2,100).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn envoyvisit_cluster_holds_its_scores() {
    let (s, conflicts) = run("envoyvisit");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: length of Sunday's talks between Verhoen and Selin (nearly five hours
    // vs more than six hours); date set for the Caro-Volsk summit in Lisvaar (Thursday 22 April
    // 2027; the Herald's 24 April is the slip).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn generalresigns_cluster_holds_its_scores() {
    let (s, conflicts) = run("generalresigns");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: caldoran troops deployed in Tamaryn (true figure 1,240; VarnNow's
    // 1,420 is a transposition), not caught yet: caldoran soldiers killed in Tamaryn since 2019
    // (only the Ledger and the Courier report it: 23 vs 21). 2 ✗ shown in all.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn questionslist_cluster_holds_its_scores() {
    let (s, conflicts) = run("questionslist");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: date of the dinner at Villa Orsen (Monday 14 September 2026;
    // Heddal Now says 16 September); length of the in-person interview the lawyers offered
    // (Gazette: two hours; Heddal Now: 90 minutes).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hackinglawsuit_cluster_holds_its_scores() {
    let (s, conflicts) = run("hackinglawsuit");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: length of the complaint in pages (212; Castrel Today says 221), not
    // caught yet: party email accounts compromised (Ledger 33, Tribune 38).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn enrichmentfreeze_cluster_holds_its_scores() {
    let (s, conflicts) = run("enrichmentfreeze");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: stockpile of 60%-enriched uranium to be sealed (142.5 kg; Serendar
    // Today's 124kg is the slip); surveillance cameras the IAVA may reinstall (27 vs 29).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn servicerecord_cluster_holds_its_scores() {
    let (s, conflicts) = run("servicerecord");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: speeches in which the Ledger found the false claim (11 vs
    // nine); kessary's lead over Abelard in the Meridian poll (six points; MarrenNow says 8).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pardonrow_cluster_holds_its_scores() {
    let (s, conflicts) = run("pardonrow");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: pardons Solvik has granted this term, including Lenz's (47 per
    // the justice ministry; the Tribune's 41st is wrong); respondents in the Kestrel snap poll
    // (1,204 in the Ledger vs 1,042 in Marestad Now).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn railstrikeend_cluster_holds_its_scores() {
    let (s, conflicts) = run("railstrikeend");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: trains cancelled during the strike (41,300; Brennholm Today's 31,400
    // is a slip), not caught yet: turnout in the acceptance ballot (71% vs 67%).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn minewalkout_cluster_holds_its_scores() {
    let (s, conflicts) = run("minewalkout");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: age of victim Josef Marnik (56; the Lakeshore Tribune says 58); depth
    // of Level 14 where the roof fell (740 m vs 640 m).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn weaponsdeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("weaponsdeal");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: jobs at Halvard's Kessing plant tied to the order (3,200 vs 2,300), not
    // caught yet: value of the deal: EUR 4.2bn (GBP 3.6bn, USD 4.6bn); Kessing Today says EUR
    // 4.6bn.
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stateofunion_cluster_holds_its_scores() {
    let (s, conflicts) = run("stateofunion");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Caught: standing ovations during the address (23; the Continental Post's 32 is a slip).
    // Not caught yet: opposition deputies who walked out (31 per the Northern Ledger vs 38 per
    // the Corvan Daily).
    assert_eq!(conflicts, 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn asylumcap_cluster_holds_its_scores() {
    let (s, conflicts) = run("asylumcap");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.90, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: share of 2026 first-instance decisions that granted protection (38.4%;
    // the Harbor Tribune's 34 percent is the slip), not caught yet: average wait for a first
    // decision on a claim (The Northern Ledger: 14 months; The Harbor Tribune: about 11 months).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerfired_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerfired");
    assert!(s.link_f1 >= 0.69, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: votes for the censure motion (104; the Albion Herald's 114 is a slip);
    // falkvist's age (52 in the Albion Herald, 54 in the Lakeshore Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bombplot_cluster_holds_its_scores() {
    let (s, conflicts) = run("bombplot");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 25, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: homemade explosive found in the Brenmark lock-up; time the raids began
    // (local time, CET = UTC+1).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn embassyattack_cluster_holds_its_scores() {
    let (s, conflicts) = run("embassyattack");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people arrested over the siege (47; Dastrow Now says 74), not caught
    // yet: embassy vehicles set on fire (six vs eight).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn budgetvote_cluster_holds_its_scores() {
    let (s, conflicts) = run("budgetvote");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Caught: votes against the budget (87; the Northern Ledger says 89).
    // Not caught yet: defence allocation (Harborview: 18.6bn crowns;
    // Brennvik Today: 16.8bn).
    assert_eq!(conflicts, 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coalitiondeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("coalitiondeal");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: ministries the Greens get (six; the Tribune says seven); share
    // of Green members voting for the deal (Ledger 71.3%, Halvard Live 73.1%).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn strikeballot_cluster_holds_its_scores() {
    let (s, conflicts) = run("strikeballot");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: public hospitals whose nurses were balloted (138; the Albion
    // Standard's 183 is a slip), not caught yet: yearly cost of the 3.5% offer (EUR 410m per the
    // wire; EUR 460m per the Albion Standard).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tradefigures_cluster_holds_its_scores() {
    let (s, conflicts) = run("tradefigures");
    assert!(s.link_f1 >= 0.65, "{s}");
    assert!(s.mention_recall >= 0.81, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: fall in exports from January to February 2027 (2.4%; Merovin Today says
    // 4.2%), not caught yet: rise in energy imports on February 2026 (wire 14.2% vs Ledger 11.6%).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn journalistjailed_cluster_holds_its_scores() {
    let (s, conflicts) = run("journalistjailed");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: time Kostel spent in pre-trial detention (418 days, 15 Jan 2026 to 9
    // Mar 2027); Korsgrad Today says 448, not caught yet: how long the judges deliberated (Ledger:
    // just under two hours; Lakeshore Times: more than four hours).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bankgovernor_cluster_holds_its_scores() {
    let (s, conflicts) = run("bankgovernor");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: assembly votes in favour of confirming Solvik (true: 112;
    // Varnholm Today's 121 is a slip); length of the confirmation hearing (true: more than seven
    // hours; the Ledger's five and a half hours is a slip).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn primaryresult_cluster_holds_its_scores() {
    let (s, conflicts) = run("primaryresult");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: turnout in the first round (38.4%; the Sentinel's 34.8 percent
    // is a transposition slip); rekker's first-round campaign spending (wire: 1.87 million euros;
    // Serrevale Now: €2.4m).
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn policyspeech_cluster_holds_its_scores() {
    let (s, conflicts) = run("policyspeech");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: individuals sanctioned in the new package (112; the Capital Tribune
    // says 121), not caught yet: oil tankers barred from Estavian ports (Ledger 14, Estavia Now
    // 19).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn indictmentunsealed_cluster_holds_its_scores() {
    let (s, conflicts) = run("indictmentunsealed");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: damasko's bail (EUR 1.5 million; ValmoraNow says EUR 1.2
    // million); length of the indictment in pages (Courier 212, Tribune 187).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn partysplit_cluster_holds_its_scores() {
    let (s, conflicts) = run("partysplit");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: age of Anton Reval (Northgate 56, Daily Courier 54), not caught yet:
    // seats the coalition (UCP + Rural Alliance) keeps after the split (88; Morning Ledger says
    // 86).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ceasefiretalks_cluster_holds_its_scores() {
    let (s, conflicts) = run("ceasefiretalks");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 24, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: delegates at the Selvane talks (46: 24 government, 22 TLF); the
    // Lakeport Herald's 64 is a transposition, not caught yet: distance heavy weapons must be
    // pulled back from the line of contact (Northbridge 15 km vs Lakeport 25 km; the other two are
    // silent).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn electionfraud_cluster_holds_its_scores() {
    let (s, conflicts) = run("electionfraud");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: fraudulent ballots the tribunal found (true figure 4,382; Velmora
    // Today's 4,832 is a transposition), not caught yet: turnout in the 15 November runoff (Ledger
    // 58.2 per cent vs Tribune 56.8 percent).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn ministerhearing_cluster_holds_its_scores() {
    let (s, conflicts) = run("ministerhearing");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: korvane's age (58 in the Sentinel vs 57 in Varenna Now; only these two
    // state it), not caught yet: korvane's years in the army (34, 1991-2025); the Sentinel's 31 is
    // a slip.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn refugeeboat_cluster_holds_its_scores() {
    let (s, conflicts) = run("refugeeboat");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: children on board (23; one outlet says 32), not caught yet: age of the
    // youngest passenger, the baby girl airlifted to Valdora (8 vs 10 months).
    assert!(conflicts <= 1, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stockmarketfall_cluster_holds_its_scores() {
    let (s, conflicts) = run("stockmarketfall");
    assert!(s.link_f1 >= 0.71, "{s}");
    assert!(s.mention_recall >= 0.84, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: arvelo Bank share fall on the day; length of the trading halt.
    assert_eq!(conflicts, 0, "{conflicts} conflicts shown\n{s}");
}
