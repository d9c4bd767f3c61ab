//! Regression guard on the held-out clusters of the sixteenth session
//! (forty stories, from a bird flu cull and a cable car fall to a gold
//! heist, a vaccination drive and a flood barrier; the list is in
//! `tests/fixtures/heldout/README.md`): written blind to the engine and
//! never used to train the link model, as those of `heldout_quality.rs`
//! are. The bars sit a little under today's scores.

mod common;

use common::heldout::run;

#[test]
fn avianflu_cluster_holds_its_scores() {
    let (s, conflicts) = run("avianflu");
    assert!(s.link_f1 >= 0.9, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: farms where birds were culled in the outbreak (seven in three outlets;
    // nine in the Albion Chronicle), not caught yet: compensation per culled bird (€3.20 = £2.76 in
    // three outlets; $4.60, about €3.98, in the Prairie Sentinel).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cablecar_cluster_holds_its_scores() {
    let (s, conflicts) = run("cablecar");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: passengers stranded in the ascending cabin and rescued overnight (37 in
    // three outlets; 43 in the Hudson Courier), not caught yet: height of the stranded cabin above
    // the Oren gorge (120 m = 394 ft in three outlets; 150 m in Veltria Today).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn recount_cluster_holds_its_scores() {
    let (s, conflicts) = run("recount");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: disputed ballots reviewed by the election board (1,146 in three
    // outlets; 1,416 in the Cascade Tribune); length of the recount (nine days, 5 to 13 October, in
    // three outlets; 11 days in the Korsholm Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn paydeal_cluster_holds_its_scores() {
    let (s, conflicts) = run("paydeal");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Disagreements caught: days teachers were on strike during the dispute (23 in three outlets,
    // 21 in the Hudson Dispatch); share of voting members who backed the deal (71% in three
    // outlets, 74% in the Estrava Herald).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn algae_cluster_holds_its_scores() {
    let (s, conflicts) = run("algae");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: microcystin in the treated tap-water sample that triggered the
    // do-not-drink order (4.2 micrograms per litre in three outlets; 3.6 in the Fairhaven Tribune);
    // people treated in hospital (64 in three outlets; 46 in Lendoria Today).
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pricecap_cluster_holds_its_scores() {
    let (s, conflicts) = run("pricecap");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: households covered by the cap, on standard variable tariffs (7.2
    // million in the Cardell Wire, the Harrowby Observer and the Kallmora Courier; 7.8 million in
    // the Calderport Ledger); arrears households owe their energy suppliers (€2.6bn = about £2.2bn
    // = about $3bn in three outlets; €3.1bn in the Kallmora Courier).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn whales_cluster_holds_its_scores() {
    let (s, conflicts) = run("whales");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: volunteers who helped on the beach (about 650 in three outlets;
    // 900 in the Harbor City Times); length of the largest stranded whale (6.4 m = 21 ft in three
    // outlets; 5.9 m in Skarnia Today).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn tuition_cluster_holds_its_scores() {
    let (s, conflicts) = run("tuition");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: people arrested at the march (37 in three outlets, 52 in the Hudson
    // Ledger); average debt of a graduate on leaving university (41,000 sovins = about €5,467 =
    // about £4,708 = about $6,324 in three outlets; 47,000 sovins in the Orlen Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn chess_cluster_holds_its_scores() {
    let (s, conflicts) = run("chess");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.8, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: length of the deciding 14th game in moves (87 in three outlets;
    // 78 in the Valdmark Post); day of the first game (Friday 3 September 2027 in three outlets; 4
    // September in the Lakemont Dispatch), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn cargocrash_cluster_holds_its_scores() {
    let (s, conflicts) = run("cargocrash");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: people injured on the ground (nine in the Northgate Wire, the
    // Albion Chronicle and the Harbor Tribune; 12 in Vessaria Today); how far short of the runway
    // the aircraft came down (2.4 km = 1.5 miles in the Northgate Wire, the Albion Chronicle and
    // Vessaria Today; about 3 miles = 4.8 km in the Harbor Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn waitinglist_cluster_holds_its_scores() {
    let (s, conflicts) = run("waitinglist");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.81, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: patients waiting more than a year (61,750 in the Orbis Wire,
    // the Ashbury Times and Valdessa Today; 67,150 in the Harborview Post); median wait for planned
    // treatment (14.6 weeks = just under 15 weeks in the Orbis Wire, the Ashbury Times and the
    // Harborview Post; 16.4 weeks in Valdessa Today).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn meteorite_cluster_holds_its_scores() {
    let (s, conflicts) = run("meteorite");
    assert!(s.link_f1 >= 0.85, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: width of the crater left by the largest fragment (4.2 m = nearly 14 ft
    // in three outlets; 6 m in Kestria Today); people injured (46 in Northline, the Greywell
    // Standard and Kestria Today; 64 in the Bayfront Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn shipgrounding_cluster_holds_its_scores() {
    let (s, conflicts) = run("shipgrounding");
    assert!(s.link_f1 >= 0.93, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: tugboats used to refloat the ship (11 in three outlets; 14 in the
    // Thamesgate Courier), not caught yet: ships waiting to pass when the Veridian Pearl was freed
    // (214 in three outlets; 241 in the Harborline Journal).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hackathon_cluster_holds_its_scores() {
    let (s, conflicts) = run("hackathon");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: period over which the buyback runs (18 months in the Norland
    // Wire, the Thamesmere Gazette and Valdoria Today; two years in the Bayshore Journal); rise in
    // Orvane's shares at the close on Thursday (9.4% in the Norland Wire, the Thamesmere Gazette
    // and the Bayshore Journal; 11.2% in Valdoria Today), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn heatpump_cluster_holds_its_scores() {
    let (s, conflicts) = run("heatpump");
    assert!(s.link_f1 >= 0.93, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: households that applied on the first day (41,300 in Compass Wire, the
    // Cedarbrook Post and the Halvik Courant; 36,800 in the Wexham Chronicle), not caught yet: cut
    // in carbon emissions a year once the scheme's pumps run (1.2 million tonnes = about 1.3
    // million short tons in Compass Wire, the Wexham Chronicle and the Cedarbrook Post; 1.5 million
    // tonnes in the Halvik Courant).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn marathonrecord_cluster_holds_its_scores() {
    let (s, conflicts) = run("marathonrecord");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: runners who finished the race (27,365 in the Northgate Wire,
    // the Albion Herald and Kalvaria Today; 29,140 in the Hudson Ledger); temperature at the start
    // (11C = 52F in the Northgate Wire, the Hudson Ledger and Kalvaria Today; 14C in the Albion
    // Herald), 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bankfine_cluster_holds_its_scores() {
    let (s, conflicts) = run("bankfine");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: employees disciplined (37; 41 in the Ashgrove Chronicle), not caught
    // yet: accounts used to move the money (1,270; 1,720 in the Calloway Journal).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn dogbite_cluster_holds_its_scores() {
    let (s, conflicts) = run("dogbite");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: Karst mastiffs registered in Marsk, the dogs affected (2,480 in three
    // outlets; 2,840 in Valdrenia Today), not caught yet: length of the council debate before the
    // vote (six hours / more than six hours in three outlets; nearly eight hours in the Lakeview
    // Tribune).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn volcanoash_cluster_holds_its_scores() {
    let (s, conflicts) = run("volcanoash");
    assert!(s.link_f1 >= 0.91, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: airports closed on Monday (23 in the Crestline Wire, the Kensal Gazette
    // and the Skardhavn Post; 26 in the Tidewater Register); Mount Ostryn's previous eruption
    // (1998, 29 years earlier, in three outlets; 2002 in the Kensal Gazette), 1 ✗ shown on two
    // facts.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn nightbus_cluster_holds_its_scores() {
    let (s, conflicts) = run("nightbus");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.87, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: night bus drivers affected by the cut (126 in three outlets; 162 in the
    // Whitcombe Observer), not caught yet: gap in Belmora's budget for next year (EUR 42m = GBP 36m
    // = USD 48.6m in three outlets; EUR 46m in the Belmora Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn rescue_cluster_holds_its_scores() {
    let (s, conflicts) = run("rescue");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: rescuers who took part in the operation (340 in Northgate Wire,
    // the Bayview Post and Ostrelia Today; 380 in the Harcourt Gazette); depth of the chamber where
    // the divers were trapped, below the cave entrance (412 m = 1,352 ft in three outlets; 438 m in
    // Ostrelia Today).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn fishquota_cluster_holds_its_scores() {
    let (s, conflicts) = run("fishquota");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: fishing boats affected by the cut (2,340 in three outlets; 2,900 in the
    // Eastport Ledger), not caught yet: length of the final negotiating session (22 hours in three
    // outlets; 18 hours in the Albion Chronicle).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn trainfare_cluster_holds_its_scores() {
    let (s, conflicts) = run("trainfare");
    // 0.88 before "from about $4,630 to about $4,970" was read: the
    // cluster's dollar figures are at a rate of its own, which puts each
    // nearer the other fare's euros at the year's real rate.
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: passengers TSR carried in 2026 (186 million in Polaris, the Wrenfield
    // Courier and the Baymont Register; 168 million in the Velbruck Daily News), not caught yet:
    // share of TSR trains on time (within five minutes) in 2026 (88.3% in Polaris, the Baymont
    // Register and the Velbruck Daily News; 83.8 per cent in the Wrenfield Courier).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn skyscraper_cluster_holds_its_scores() {
    let (s, conflicts) = run("skyscraper");
    assert!(s.link_f1 >= 0.7, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: top speed of the fastest lifts (18 m/s = about 40 mph in the
    // Harbourline wire, the Thamesgate Chronicle and the Mapleton Herald; 15 m/s = 54 km/h in
    // Ostrelia Today), not caught yet: floors in the Aurelin Tower (148 in the Harbourline wire,
    // the Thamesgate Chronicle and Ostrelia Today; 152 in the Mapleton Herald).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn waterbill_cluster_holds_its_scores() {
    let (s, conflicts) = run("waterbill");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: illegal sewage spills by Saldon Water, January 2022 to December
    // 2025 (6,218 in three outlets; 6,812 in the Westbury Chronicle); bathing beaches polluted by
    // the spills (11 in three outlets; 14 in the Kerrovian Times).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn elections3_cluster_holds_its_scores() {
    let (s, conflicts) = run("elections3");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: seats won by the Green Union (23 in the Continental Press Wire,
    // the Hudson Ledger and the Tellmark Herald; 25 in the Albury Chronicle); national turnout
    // (68.4%, more than two in three, in the Continental Press Wire, the Albury Chronicle and the
    // Tellmark Herald; 64.8% in the Hudson Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn zoobirth_cluster_holds_its_scores() {
    let (s, conflicts) = run("zoobirth");
    assert!(s.link_f1 >= 0.71, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements not caught yet: calf's weight at birth (118 kg = about 260 lb in the Norland
    // Wire, the Ashbury Chronicle and Velmark Today; 247 pounds = 112 kg in the Ridgefield
    // Courier); Meranti forest elephants left in the wild, Meranti Wildlife Trust estimate (about
    // 1,900 in the Norland Wire, the Ridgefield Courier and Velmark Today; 1,600 in the Ashbury
    // Chronicle).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn mineflood_cluster_holds_its_scores() {
    let (s, conflicts) = run("mineflood");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Disagreements caught: water pumped out of the mine (48,000 cubic metres in three outlets;
    // more than 56,000 cubic meters = nearly 15 million gallons in the Hudson Beacon), not caught
    // yet: depth at which the miners were trapped (about 320 m = 1,050 ft in three outlets; about
    // 1,150 ft = 350 m in the Hudson Beacon).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn airshow_cluster_holds_its_scores() {
    let (s, conflicts) = run("airshow");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people injured on the ground (34 in Norland Press, the Harbor City
    // Journal and Sorvania Today; 38 in the Kingsbridge Herald), not caught yet: height of the jet
    // when it began its final roll (about 120 m = about 400 ft in three outlets; about 250 ft in
    // the Harbor City Journal).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn drugbust_cluster_holds_its_scores() {
    let (s, conflicts) = run("drugbust");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 16, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements not caught yet: properties raided (112 in the Axial Wire, the Ridgefield
    // Dispatch and the Tessik Post; 121 in the Kingsford Times); length of the investigation (18
    // months / a year and a half in three outlets; 22 months in the Ridgefield Dispatch), 1 ✗ shown
    // on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn storm2_cluster_holds_its_scores() {
    let (s, conflicts) = run("storm2");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.98, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: people evacuated from low-lying Skarvik and Brekke (8,600 in the
    // Nordline wire, the Kensal Gazette and the Brookvale Examiner; 6,800 in the Vestren Herald),
    // not caught yet: rain at Skarvik in 24 hours (142 mm = 5.6 inches in the Nordline wire, the
    // Kensal Gazette and the Vestren Herald; 4.9 inches, about 124 mm, in the Brookvale Examiner),
    // 1 ✗ shown on two facts.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pensions_cluster_holds_its_scores() {
    let (s, conflicts) = run("pensions");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: second step (age 67) takes effect: January 2032 (1 January
    // 2032) in three outlets; January 2033 in Karsholm Today; votes in favour of the bill (163 in
    // three outlets; 161 in the Brookfield Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn hospitalstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("hospitalstrike");
    assert!(s.link_f1 >= 0.96, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Disagreements caught: planned operations cancelled/postponed by the strike (14,200 in three
    // outlets; 17,400 in Sevrania Today), not caught yet: turnout in the SNU strike ballot (68% in
    // three outlets; 64 percent in the Lakeshore Post).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bridgecollapse_cluster_holds_its_scores() {
    let (s, conflicts) = run("bridgecollapse");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: vehicles on the bridge when it collapsed (23 in three outlets;
    // 27 in the Bayfield Courier); date of the bridge's last (full) inspection (March 2026 in three
    // outlets; November 2025 in the Kensal Chronicle).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn smog_cluster_holds_its_scores() {
    let (s, conflicts) = run("smog");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 23, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: people treated in hospital for breathing problems since Sunday, per the
    // health ministry: 1,240 (more than 1,200 in the Standard) vs about 1,900 in the Lakeshore
    // Post; how long the red alert lasts: 72 hours / three days in three outlets vs four days in
    // the Vostrava Daily Courier.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stadiumrecord_cluster_holds_its_scores() {
    let (s, conflicts) = run("stadiumrecord");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.86, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements not caught yet: when the previous league record was set (14 May 1994 in three
    // outlets; May 1996 in the Ashbury Chronicle); stewards on duty at the match (1,450 in three
    // outlets; 1,150 in the Potomac Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn esports_cluster_holds_its_scores() {
    let (s, conflicts) = run("esports");
    assert!(s.link_f1 >= 0.7, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 7, "{s}");
    // Disagreements caught: tickets sold for the final in the Arvena Arena (18,400 in three
    // outlets; 16,400 in Valdoria Today); length of the final series (four hours 17 minutes in
    // three outlets; 3 hours 52 minutes in the Bayshore Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn goldheist_cluster_holds_its_scores() {
    let (s, conflicts) = run("goldheist");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: how long the raid lasted (14 minutes in the Tessaline Wire, the
    // Ashbury Chronicle and the Lakeview Dispatch; 11 minutes in the Valmora Mercury); security
    // guards on duty in the warehouse (six in the Tessaline Wire, the Ashbury Chronicle and the
    // Valmora Mercury; eight in the Lakeview Dispatch).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn vaccinedrive_cluster_holds_its_scores() {
    let (s, conflicts) = run("vaccinedrive");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.88, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements not caught yet: share of over-65s vaccinated after the first week (14% in three
    // outlets; 17% in Taravia Today); reports of suspected side effects in the first week (1,930 in
    // three outlets; 2,300 in the Bayshore Ledger).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn floodbarrier_cluster_holds_its_scores() {
    let (s, conflicts) = run("floodbarrier");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 1, "{s}");
    // Disagreements caught: workers employed on the project (2,300 in three outlets; 3,000 in the
    // Albion Courier); people killed in the March 2009 flood (37 in three outlets; 39 in the
    // Vestria Post). 3 ✗ shown in all.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}
