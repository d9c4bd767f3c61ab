//! Regression guard on the held-out clusters of the latest round (a
//! hostage rescue, a shipwreck, a museum theft, a chip plant, a rail
//! strike, an earthquake, a spacewalk, a drug company merger, a data leak,
//! a basketball final, a minimum wage rise, a wildfire, a border summit, a
//! minister's resignation, a government shutdown, a hacking lawsuit, a
//! regional election, a car recall, a heat record, a prison break, a
//! pipeline blast, a stadium vote, a bond sale, a measles outbreak, an
//! emergency landing, an inflation report, a corruption verdict, a mine
//! rescue, a factory fire, a metro line, a drought, a papal visit):
//! written blind to the engine and never used to train the link model, as
//! those of `heldout_quality.rs` are. The bars sit a little under today's
//! scores.

mod common;

use common::heldout::run;

#[test]
fn hostage_cluster_holds_its_scores() {
    let (s, conflicts) = run("hostage");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Both kidnappers' toll and the leader's age are disputed; the age is caught ("Maren Holt" against "Derek Holt", one family name).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn shipwreck_cluster_holds_its_scores() {
    let (s, conflicts) = run("shipwreck");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Neither disagreement is caught yet (a distance from shore, a boy's age).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn museumtheft_cluster_holds_its_scores() {
    let (s, conflicts) = run("museumtheft");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 6, "{s}");
    // The stone's carats are disputed (carats weigh, 0.2 g each); a
    // suspect's age is not caught.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn chipfactory_cluster_holds_its_scores() {
    let (s, conflicts) = run("chipfactory");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    // The share price's rise is disputed, caught though "since March" ends its sentence.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn trainstrike_cluster_holds_its_scores() {
    let (s, conflicts) = run("trainstrike");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: URU membership (38,500; 45,000 in the Kingsbridge Chronicle); share of
    // voting members who backed the strike (87%; 78% in the Lakeshore Post). 3 ✗ shown in all.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn earthquake2_cluster_holds_its_scores() {
    let (s, conflicts) = run("earthquake2");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Both disagreements caught (the epicentre's distance, a survivor's age).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn spacewalk_cluster_holds_its_scores() {
    let (s, conflicts) = run("spacewalk");
    assert!(s.link_f1 >= 0.82, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 4, "{s}");
    // The pump's cost is disputed; one ✗ is false and not fixed: two countries' yearly payments.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn merger2_cluster_holds_its_scores() {
    let (s, conflicts) = run("merger2");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 6, "{s}");
    // The yearly savings are disputed; the staff count is not caught.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn dataleak_cluster_holds_its_scores() {
    let (s, conflicts) = run("dataleak");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Both disagreements caught (the days exposed, the agency head's age).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn sportsfinal_cluster_holds_its_scores() {
    let (s, conflicts) = run("sportsfinal");
    assert!(s.link_f1 >= 0.75, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 3, "{s}");
    // The attendance is disputed; the coach's age is not caught.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn minimumwage_cluster_holds_its_scores() {
    let (s, conflicts) = run("minimumwage");
    assert!(s.link_f1 >= 0.69, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // The workers affected are disputed; a rise of 6 ostras is no level of 82.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn wildfire2_cluster_holds_its_scores() {
    let (s, conflicts) = run("wildfire2");
    assert!(s.link_f1 >= 0.93, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 22, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Both disagreements caught (the firefighters deployed, a dead
    // firefighter's age); a page's stamped time is no briefing's.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn summit_cluster_holds_its_scores() {
    let (s, conflicts) = run("summit");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // The agreements signed are disputed (12 against 14); the one-on-one's length is not caught; one ✗ is false and not fixed: two countries' trade with a third.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn resignation_cluster_holds_its_scores() {
    let (s, conflicts) = run("resignation");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Neither disagreement is caught yet (days to confirm a successor, soldiers killed); one ✗ is false and not fixed: seats needed against seats held (a zone's width is no border's distance).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn shutdown_cluster_holds_its_scores() {
    let (s, conflicts) = run("shutdown");
    assert!(s.link_f1 >= 0.77, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Both disagreements caught (the Senate's tally, the signing time); a budget that runs "until Dec. 31" runs to the next one.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn lawsuit_cluster_holds_its_scores() {
    let (s, conflicts) = run("lawsuit");
    assert!(s.link_f1 >= 0.88, "{s}");
    assert!(s.mention_recall >= 0.97, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    // The complaint's pages are disputed; the break-in's date is not caught.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn recall2_cluster_holds_its_scores() {
    let (s, conflicts) = run("recall2");
    assert!(s.link_f1 >= 0.79, "{s}");
    assert!(s.mention_recall >= 0.84, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 3, "{s}");
    // The share fall is disputed (6.8% against 8.6%); the crashes are not caught; one ✗ is false and not fixed: complaints to two countries' regulators.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn heatrecord_cluster_holds_its_scores() {
    let (s, conflicts) = run("heatrecord");
    assert!(s.link_f1 >= 0.74, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Neither disagreement is caught yet (heat deaths, the power peak).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn prisonbreak_cluster_holds_its_scores() {
    let (s, conflicts) = run("prisonbreak");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.85, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: length of the escape tunnel (38 m / 125 ft in three outlets; 45 m in
    // Carsovia Today); age of the alleged ringleader Teodor Malvik (41 in three outlets; 44 in the
    // Harwick Chronicle). 3 ✗ shown in all.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn election2_cluster_holds_its_scores() {
    let (s, conflicts) = run("election2");
    assert!(s.link_f1 >= 0.76, "{s}");
    assert!(s.mention_recall >= 0.89, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // The polling stations are disputed; the count's end is not caught; "would stay on until a congress in the spring" is next spring.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn pipeline_cluster_holds_its_scores() {
    let (s, conflicts) = run("pipeline");
    assert!(s.link_f1 >= 0.84, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 4, "{s}");
    // The injured are disputed; the pipeline's age is not caught.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn stadium_cluster_holds_its_scores() {
    let (s, conflicts) = run("stadium");
    assert!(s.link_f1 >= 0.92, "{s}");
    assert!(s.mention_recall >= 0.92, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 2, "{s}");
    // Both disagreements caught (permanent jobs, the old ground's year); "two and a half miles" is 4 km, and a cost is no rise.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn bondsale_cluster_holds_its_scores() {
    let (s, conflicts) = run("bondsale");
    assert!(s.link_f1 >= 0.8, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Both disagreements caught (investors, the settlement day).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn measles_cluster_holds_its_scores() {
    let (s, conflicts) = run("measles");
    assert!(s.link_f1 >= 0.83, "{s}");
    assert!(s.mention_recall >= 0.9, "{s}");
    assert!(s.status_ok >= 17, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: schools closed (37 in three outlets, 43 in the Lindgrad Herald); day
    // the first case was confirmed (11 January 2027 in three outlets, January 18 in the Hudson
    // Ledger). 3 ✗ shown in all.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn flightdiversion_cluster_holds_its_scores() {
    let (s, conflicts) = run("flightdiversion");
    assert!(s.link_f1 >= 0.78, "{s}");
    assert!(s.mention_recall >= 0.91, "{s}");
    assert!(s.status_ok >= 18, "{s}");
    assert!(s.traps <= 4, "{s}");
    // Neither disagreement is caught yet (minutes in the air, the jet's age): each outlet of the lone side states the others' value about something else too.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn inflation_cluster_holds_its_scores() {
    let (s, conflicts) = run("inflation");
    assert!(s.link_f1 >= 0.81, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 5, "{s}");
    // The wage growth is disputed; one ✗ is false and not fixed: a past rate rise's day against the next meeting's.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn trialverdict_cluster_holds_its_scores() {
    let (s, conflicts) = run("trialverdict");
    assert!(s.link_f1 >= 0.86, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 5, "{s}");
    // Neither disagreement is caught yet (days of deliberation, witnesses).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn coalmine_cluster_holds_its_scores() {
    let (s, conflicts) = run("coalmine");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.96, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // The oldest miner's age is disputed; the mine's output is not caught.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn factoryfire_cluster_holds_its_scores() {
    let (s, conflicts) = run("factoryfire");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 20, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Both disagreements caught (fire engines, the owner's age).
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn transit_cluster_holds_its_scores() {
    let (s, conflicts) = run("transit");
    assert!(s.link_f1 >= 0.87, "{s}");
    assert!(s.mention_recall >= 0.94, "{s}");
    assert!(s.status_ok >= 19, "{s}");
    assert!(s.traps <= 3, "{s}");
    // The mayor's age is disputed; the daily riders are not caught; one ✗ is false and not fixed: two lines' daily passengers.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn papalvisit_cluster_holds_its_scores() {
    let (s, conflicts) = run("papalvisit");
    assert!(s.link_f1 >= 0.89, "{s}");
    assert!(s.mention_recall >= 0.95, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 3, "{s}");
    // Disagreements caught: flight time from Rome to Oskarna (3 h 40 min; 4 h 25 min in the Hudson
    // Courier); police officers and soldiers deployed for the visit (12,000; 15 000 in the Oskarna
    // Herald). 3 ✗ shown in all.
    assert!(conflicts <= 3, "{conflicts} conflicts shown\n{s}");
}

#[test]
fn drought_cluster_holds_its_scores() {
    let (s, conflicts) = run("drought");
    assert!(s.link_f1 >= 0.71, "{s}");
    assert!(s.mention_recall >= 0.93, "{s}");
    assert!(s.status_ok >= 21, "{s}");
    assert!(s.traps <= 4, "{s}");
    // The municipalities are disputed; the crop losses are not caught.
    assert!(conflicts <= 2, "{conflicts} conflicts shown\n{s}");
}
