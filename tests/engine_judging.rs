//! When linked values are shown as a conflict, on small corpora written
//! for these tests: a ✗ must be a real disagreement.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

#[test]
fn an_outlet_that_states_the_other_value_elsewhere_is_not_disputing_it() {
    let c = corpus(&[
        "Harlow Tools agreed to buy Fenwick Corp on Monday and will cut about 1,800 jobs. Fenwick, which employs about 9,400 people, makes valves and pumps.\n",
        "The deal will cost about 1,800 jobs. About 450 are expected in Millbrook, where Fenwick employs roughly 2,300 people and makes valves and pumps. The company has about 9,400 employees in all.\n",
        "Fenwick Corp has 9,400 staff and sells valves in 30 countries.\n",
    ]);
    let f = analyze(&c);
    let local = fact_of(&c, &f, 1, "roughly 2,300 people");
    assert_ne!(
        f.facts[local].status,
        Status::Conflict,
        "the second outlet gives 9,400 too; its 2,300 is the town's share"
    );
}

#[test]
fn outlets_that_state_different_numbers_alone_still_conflict() {
    // The control for the test above: no outlet restates the other's value.
    let c = corpus(&[
        "Harlow Tools agreed to buy Fenwick Corp on Monday. Fenwick, which employs about 9,400 people, makes valves and pumps.\n",
        "Harlow Tools will buy Fenwick Corp. Fenwick, which employs about 7,100 people, makes valves and pumps.\n",
    ]);
    let f = analyze(&c);
    let staff = fact_of(&c, &f, 0, "about 9,400 people");
    assert_eq!(staff, fact_of(&c, &f, 1, "about 7,100 people"));
    assert_eq!(f.facts[staff].status, Status::Conflict);
}

#[test]
fn one_call_time_in_three_zones_is_no_conflict() {
    let c = corpus(&[
        "Harlow executives will discuss the deal with analysts on a conference call at 1200 GMT.\n",
        "Speaking to analysts on a conference call at 14:00 Frankfurt time, the chief executive praised the deal.\n",
        "Executives discussed the deal with analysts on a conference call at 8 a.m. Eastern, before the market opened.\n",
    ]);
    let f = analyze(&c);
    for (a, text) in [
        (0, "1200 GMT"),
        (1, "14:00 Frankfurt time"),
        (2, "8 a.m. Eastern"),
    ] {
        let fact = fact_of(&c, &f, a, text);
        assert_ne!(f.facts[fact].status, Status::Conflict, "{text}");
    }
    assert_eq!(
        fact_of(&c, &f, 0, "1200 GMT"),
        fact_of(&c, &f, 2, "8 a.m. Eastern"),
        "12:00 GMT is 8:00 in New York in summer"
    );
}

#[test]
fn a_time_restated_in_another_zone_after_its_day_is_one_statement() {
    let c = corpus(&[
        "The final count was released at 2:40 a.m. local time on Monday (8:40 p.m. Eastern), after a long night.\n",
        "The board released its count shortly before 3 a.m., after a long night.\n",
    ]);
    let f = analyze(&c);
    let count = fact_of(&c, &f, 0, "2:40 a.m. local time");
    assert_eq!(count, fact_of(&c, &f, 0, "8:40 p.m. Eastern"));
    assert_ne!(f.facts[count].status, Status::Conflict);
}

#[test]
fn a_sum_restated_in_another_currency_in_brackets_is_one_statement() {
    let c = corpus(&[
        "Harlow agreed to buy Fenwick for $4.2bn (£3.3bn), two years after a failed bid. Shares rose.\n",
        "The board backed a takeover worth 3.3 billion pounds, the chairman told staff.\n",
    ]);
    let f = analyze(&c);
    assert_eq!(
        fact_of(&c, &f, 0, "$4.2bn"),
        fact_of(&c, &f, 0, "£3.3bn"),
        "the outlet gives one sum in two currencies"
    );
}

#[test]
fn a_possible_value_is_no_dispute_of_a_measured_one() {
    let c = corpus(&[
        "Hurricane Mara made landfall near Port Elden on Tuesday. Its winds could reach 130 mph at landfall, the weather service said.\n",
        "Hurricane Mara made landfall near Port Elden on Tuesday. Its winds reached 110 mph at landfall, the weather service said.\n",
        "Hurricane Mara came ashore near Port Elden on Tuesday with winds of 110 mph, forecasters said.\n",
    ]);
    let f = analyze(&c);
    let possible = fact_of(&c, &f, 0, "130 mph");
    assert_eq!(possible, fact_of(&c, &f, 1, "110 mph"), "one wind speed");
    assert_eq!(f.facts[possible].status, Status::Unsure);
}

#[test]
fn two_measured_values_do_conflict() {
    // The control for the test above.
    let c = corpus(&[
        "Hurricane Mara made landfall near Port Elden on Tuesday. Its winds reached 130 mph at landfall, the weather service said.\n",
        "Hurricane Mara made landfall near Port Elden on Tuesday. Its winds reached 110 mph at landfall, the weather service said.\n",
    ]);
    let f = analyze(&c);
    let wind = fact_of(&c, &f, 0, "130 mph");
    assert_eq!(wind, fact_of(&c, &f, 1, "110 mph"));
    assert_eq!(f.facts[wind].status, Status::Conflict);
}

#[test]
fn a_rate_per_point_and_the_whole_gap_are_two_sums() {
    let c = corpus(&[
        "Rail workers walked out on Monday. Every percentage point above the offer would cost the railway €38m a year, its chief executive said.\n",
        "Rail workers walked out on Monday. Closing the gap between the offers would cost the railway about €87 million a year, its chief executive said.\n",
    ]);
    let f = analyze(&c);
    let rate = fact_of(&c, &f, 0, "€38m");
    assert_ne!(f.facts[rate].status, Status::Conflict);
}

#[test]
fn two_costs_of_the_whole_gap_do_conflict() {
    // The control for the test above.
    let c = corpus(&[
        "Rail workers walked out on Monday. Closing the gap between the offers would cost the railway €38m a year, its chief executive said.\n",
        "Rail workers walked out on Monday. Closing the gap between the offers would cost the railway about €87 million a year, its chief executive said.\n",
    ]);
    let f = analyze(&c);
    let cost = fact_of(&c, &f, 0, "€38m");
    assert_eq!(cost, fact_of(&c, &f, 1, "about €87 million"));
    assert_eq!(f.facts[cost].status, Status::Conflict);
}

#[test]
fn the_rest_of_a_list_is_no_dispute_of_its_total() {
    let c = corpus(&[
        "The evacuation order covers Velmora and 11 surrounding villages, officials said on Sunday.\n",
        "The evacuation order covers Velmora, Castrelo and nine other villages, officials said on Sunday.\n",
    ]);
    let f = analyze(&c);
    let all = fact_of(&c, &f, 0, "11 surrounding villages");
    assert_ne!(f.facts[all].status, Status::Conflict);
}

#[test]
fn two_totals_of_a_list_do_conflict() {
    // The control for the test above.
    let c = corpus(&[
        "The evacuation order covers Velmora and 11 surrounding villages, officials said on Sunday.\n",
        "The evacuation order covers Velmora and nine surrounding villages, officials said on Sunday.\n",
    ]);
    let f = analyze(&c);
    let all = fact_of(&c, &f, 0, "11 surrounding villages");
    assert_eq!(all, fact_of(&c, &f, 1, "nine surrounding villages"));
    assert_eq!(f.facts[all].status, Status::Conflict);
}

#[test]
fn a_value_restated_after_or_or_a_slash_is_one_statement() {
    let c = corpus(&[
        "Each traveller will receive 600 euros, or about $650, in compensation. The jet used runway 27 (3,200 m / 10,500 ft) at dawn.\n",
        "Every passenger gets €600 from the airline. It landed on the 3,200-metre runway.\n",
    ]);
    let f = analyze(&c);
    assert_eq!(
        fact_of(&c, &f, 0, "600 euros"),
        fact_of(&c, &f, 0, "about $650"),
        "one sum in two currencies, after \", or about\""
    );
    assert_eq!(
        fact_of(&c, &f, 0, "3,200 m"),
        fact_of(&c, &f, 0, "10,500 ft"),
        "one length in two units, either side of a slash"
    );
    assert_eq!(fact_of(&c, &f, 0, "600 euros"), fact_of(&c, &f, 1, "€600"));
}

#[test]
fn a_sum_many_times_another_is_another_thing_measured() {
    let c = corpus(&[
        "The harbour painting sold on Friday for 6 million euros, three times its estimate of 2 million euros, the auction house said.\n",
        "The harbour painting sold on Friday. The whole evening sale had a combined estimate of about $150 million, the auction house said.\n",
    ]);
    let f = analyze(&c);
    let estimate = fact_of(&c, &f, 0, "2 million euros");
    assert_ne!(f.facts[estimate].status, Status::Conflict);
}

#[test]
fn two_estimates_of_one_size_do_conflict() {
    // The control for the test above.
    let c = corpus(&[
        "The harbour painting sold on Friday for 6 million euros, three times its estimate of 2 million euros, the auction house said.\n",
        "The harbour painting sold on Friday for 6 million euros, twice its estimate of 3 million euros, the auction house said.\n",
    ]);
    let f = analyze(&c);
    let estimate = fact_of(&c, &f, 0, "2 million euros");
    assert_eq!(estimate, fact_of(&c, &f, 1, "3 million euros"));
    assert_eq!(f.facts[estimate].status, Status::Conflict);
}

#[test]
fn one_article_s_two_like_values_in_sentences_sharing_no_word_are_two_facts() {
    let c = corpus(&[
        "The government declared three days of national mourning. The rail line will stay closed for 72 hours while investigators examine the track, its operator said.\n",
        "The rail line will stay closed for three days while investigators examine the track, its operator said.\n",
    ]);
    let f = analyze(&c);
    let closure = fact_of(&c, &f, 1, "three days");
    assert_eq!(closure, fact_of(&c, &f, 0, "72 hours"));
    assert_ne!(closure, fact_of(&c, &f, 0, "three days"), "the mourning");
}

#[test]
fn a_bare_time_in_an_article_that_writes_one_zone_is_in_that_zone() {
    let c = corpus(&[
        "The verdict was read out at 10.20am BST on Thursday. The judge passed sentence at 2.45pm, adding a fine.\n",
        "The verdict came at 0920 GMT on Thursday. The judge passed sentence at 1345 GMT, adding a fine.\n",
        "The verdict came on Thursday. The judge passed sentence at 15:45, adding a fine.\n",
    ]);
    let f = analyze(&c);
    // UK time against the local "15:45" is no dispute.
    let sentence = fact_of(&c, &f, 0, "2.45pm");
    assert_ne!(f.facts[sentence].status, Status::Conflict);
    assert_ne!(
        f.facts[fact_of(&c, &f, 2, "15:45")].status,
        Status::Conflict
    );
}

#[test]
fn a_date_stated_as_a_bound_is_no_dispute_of_a_day_inside_it() {
    let c = corpus(&[
        "Parliament to be dissolved\n\nPublished 19 November 2027\n\nThe president must formally dissolve the parliament by Dec 2, officials said.\n",
        "Decree next week\n\nPublished 19 November 2027\n\nThe president will sign the decree dissolving the parliament next week, officials said.\n",
    ]);
    let f = analyze(&c);
    let bound = fact_of(&c, &f, 0, "Dec 2");
    assert_ne!(f.facts[bound].status, Status::Conflict);
    assert_ne!(
        bound,
        fact_of(&c, &f, 1, "next week"),
        "a deadline and the day it is kept are two facts"
    );
}

#[test]
fn a_lone_outlet_s_other_figure_joins_the_fact_it_disputes() {
    let c = corpus(&[
        "The parliament ousted the prime minister on Thursday. The debate on the motion lasted nine hours and 22 minutes before the vote, the speaker announced.\n",
        "Members voted out the prime minister after the debate ran for 9 hours and 22 minutes, the longest sitting of the year, the speaker said.\n",
        "Members ousted the prime minister after nearly nine and a half hours of debate in the chamber.\n",
        "After an 11-hour debate on the motion, the parliament ousted the prime minister, the speaker announced.\n",
    ]);
    let f = analyze(&c);
    let told = fact_of(&c, &f, 0, "nine hours and 22 minutes");
    assert_eq!(told, fact_of(&c, &f, 1, "9 hours and 22 minutes"));
    assert_eq!(
        told,
        fact_of(&c, &f, 3, "11-hour"),
        "one debate, two lengths"
    );
    assert_eq!(f.facts[told].status, Status::Conflict);
}

#[test]
fn a_lone_outlet_that_also_states_the_others_figure_disputes_nothing() {
    // As above, but the fourth outlet gives the nine-hour figure too: its
    // 11 hours is another sitting's.
    let c = corpus(&[
        "The parliament ousted the prime minister on Thursday. The debate on the motion lasted nine hours and 22 minutes before the vote, the speaker announced.\n",
        "Members voted out the prime minister after the debate ran for 9 hours and 22 minutes, the longest sitting of the year, the speaker said.\n",
        "Members ousted the prime minister after nearly nine and a half hours of debate in the chamber.\n",
        "After an 11-hour debate on the budget in March, the parliament kept the prime minister. This time the debate on the motion lasted nine hours and 22 minutes, the speaker announced.\n",
    ]);
    let f = analyze(&c);
    let other = fact_of(&c, &f, 3, "11-hour");
    assert_ne!(f.facts[other].status, Status::Conflict);
    assert_ne!(other, fact_of(&c, &f, 0, "nine hours and 22 minutes"));
}

#[test]
fn one_article_s_warning_and_its_measurement_are_two_facts() {
    let c = corpus(&[
        "The storm surge reached 3.2 metres in the port, officials said. Forecasters had warned of a surge of up to 4 metres.\n",
        "A storm surge of 3.2 metres flooded the port, officials said.\n",
    ]);
    let f = analyze(&c);
    let surge = fact_of(&c, &f, 0, "3.2 metres");
    assert_eq!(surge, fact_of(&c, &f, 1, "3.2 metres"));
    assert_ne!(
        surge,
        fact_of(&c, &f, 0, "up to 4 metres"),
        "the warning is not the measurement"
    );
}

#[test]
fn a_bare_clock_time_and_one_in_another_zone_in_one_article_are_two_moments() {
    let c = corpus(&[
        "The dam above the village gave way at 2.50am local time (1.50am BST), emptying the reservoir. Villagers had little warning: sirens in the village sounded only at 3.05am.\n",
        "The dam above the village burst at 1.50am BST, emptying the reservoir.\n",
        "The dam failed at 0050 GMT, emptying the reservoir above the village.\n",
    ]);
    let f = analyze(&c);
    let burst = fact_of(&c, &f, 1, "1.50am BST");
    assert_eq!(burst, fact_of(&c, &f, 0, "1.50am BST"));
    assert_ne!(f.facts[burst].status, Status::Conflict);
    assert_ne!(
        fact_of(&c, &f, 0, "3.05am"),
        burst,
        "the sirens sounded later than the dam gave way"
    );
}

#[test]
fn bare_clock_times_whole_hours_apart_are_no_dispute() {
    // One draw, a British paper writing UK time bare and a local one
    // writing local time bare: a zone's gap, not two answers.
    let c = corpus(&[
        "The winning numbers were drawn at 8.15pm on Friday in the capital, ending ten weeks without a winner.\n",
        "The winning numbers were drawn at 21:15 on Friday in the capital, ending ten weeks without a winner.\n",
    ]);
    let f = analyze(&c);
    let draw = fact_of(&c, &f, 0, "8.15pm");
    assert_eq!(draw, fact_of(&c, &f, 1, "21:15"));
    assert_ne!(f.facts[draw].status, Status::Conflict);
}

#[test]
fn ages_of_no_one_named_are_no_dispute() {
    let c = corpus(&[
        "Three children have died of measles this year; the youngest was 11 months old, the ministry said.\n",
        "Three children have died of measles this year, including a 2-year-old girl, the ministry said.\n",
    ]);
    let f = analyze(&c);
    let young = fact_of(&c, &f, 0, "11 months old");
    assert_ne!(f.facts[young].status, Status::Conflict);
}

#[test]
fn a_figure_measured_since_a_month_is_the_story_s_own_and_disputable() {
    // "since March" opens the stretch the gain is the biggest of; it sets
    // the sentence at no other time than the story's.
    let c = corpus(&[
        "Published 12 October 2027\n\nArventa shares closed up 7.4% on Tuesday, their biggest one-day gain since March, after the plant was announced.\n",
        "Published 12 October 2027\n\nShares in Arventa closed 4.7 per cent higher on Tuesday after the plant was announced.\n",
        "Published 12 October 2027\n\nArventa shares closed 7.4 percent higher on Tuesday after the plant was announced.\n",
    ]);
    let f = analyze(&c);
    let gain = fact_of(&c, &f, 0, "7.4%");
    assert_eq!(gain, fact_of(&c, &f, 1, "4.7 per cent"));
    assert_eq!(f.facts[gain].status, Status::Conflict);
}

#[test]
fn a_bound_restates_no_figure_away_from_it() {
    // "more than seven in 10" is the turnout in the outlet that gives 78%
    // for the vote; it does not restate the 87% it disputes.
    let c = corpus(&[
        "Members backed the strike by 87% in the ballot, on a turnout of 71%, the union said on Friday.\n",
        "Members backed the strike by 87 per cent in the ballot, on a turnout of 71 per cent, the union said on Friday.\n",
        "In the ballot, 78 percent of members backed the strike, on a turnout of more than seven in 10, the union said on Friday.\n",
    ]);
    let f = analyze(&c);
    let vote = fact_of(&c, &f, 0, "87%");
    assert_eq!(vote, fact_of(&c, &f, 2, "78 percent"));
    assert_eq!(f.facts[vote].status, Status::Conflict);
}

#[test]
fn a_width_and_a_distance_are_no_dispute() {
    let c = corpus(&[
        "Camp Orla lies on the edge of a 120 km-wide buffer zone along the border, officials said.\n",
        "Camp Orla lies only 35 km from the border along the buffer zone, officials said.\n",
    ]);
    let f = analyze(&c);
    let zone = fact_of(&c, &f, 0, "120 km");
    assert_ne!(f.facts[zone].status, Status::Conflict);
}

#[test]
fn parts_of_one_whole_set_apart_by_other_words_are_no_dispute() {
    let c = corpus(&[
        "The blaze near Orvik spread overnight. Thirty-one people have been injured, nine of them firefighters, the fire service said.\n",
        "Fire crews fought the Orvik blaze overnight. The fire service said 31 people had been injured, six of them seriously.\n",
    ]);
    let f = analyze(&c);
    let nine = fact_of(&c, &f, 0, "nine of them");
    let six = fact_of(&c, &f, 1, "six of them");
    assert_ne!(
        nine, six,
        "firefighters and the seriously hurt are two parts"
    );
    assert_ne!(f.facts[nine].status, Status::Conflict);
}

#[test]
fn a_part_is_not_another_outlets_whole() {
    let c = corpus(&[
        "Regulators have linked the brake fault to 27 crashes, four of them in Lindmark, in which 11 people were hurt.\n",
        "Regulators have linked the brake fault to four crashes, in which 11 people were hurt.\n",
    ]);
    let f = analyze(&c);
    let four = fact_of(&c, &f, 0, "four of them");
    assert_ne!(
        four,
        fact_of(&c, &f, 1, "four crashes"),
        "Lindmark's four are not all four crashes"
    );
}

#[test]
fn a_date_in_a_clause_opening_on_since_sets_no_other_time_for_the_value() {
    // "in March 2025" tells when the inquiry began, not when 37 staff
    // were disciplined: the two outlets still disagree.
    let c = corpus(&[
        "Brennholt said it had disciplined 37 employees and had hired 200 compliance officers since the inquiry began in March 2025.\n",
        "The bank said 41 employees had been disciplined and that a monitor would be installed.\n",
        "Brennholt has disciplined 41 employees over the scheme, the bank said on Monday.\n",
    ]);
    let f = analyze(&c);
    let staff = fact_of(&c, &f, 0, "37 employees");
    assert_eq!(staff, fact_of(&c, &f, 1, "41 employees"));
    assert_eq!(f.facts[staff].status, Status::Conflict);
}

#[test]
fn a_sentence_opening_on_its_takes_the_year_the_sentence_before_names() {
    // Each outlet recalls another past sinkhole; neither repair cost is
    // this story's, so they are no dispute.
    let c = corpus(&[
        "The new hole opened on Tuesday under Harbour Street.\n\nThe worst until now opened on Marten Square in 2019, when a hole 9 metres deep swallowed two cars. Its repair cost 11 million euros.\n",
        "The new hole opened on Tuesday under Harbour Street.\n\nIn 2024, a hole about 90 feet deep opened under a highway in Dorrance County. Its repair cost about 9 million euros.\n",
    ]);
    let f = analyze(&c);
    let repair = fact_of(&c, &f, 0, "11 million euros");
    assert_ne!(f.facts[repair].status, Status::Conflict);
}

#[test]
fn two_outlets_alone_on_a_shared_noun_in_unlike_sentences_raise_no_conflict() {
    // Only the noun and the place are shared: countries that signed and
    // countries that attended may be two figures, and no third outlet
    // vouches that they are one.
    let c = corpus(&[
        "Delegates from 181 countries signed the final text in Arvena on Saturday after two weeks of talks.\n",
        "The summit in Arvena, attended by 191 countries, closed on Saturday with a deal on forests.\n",
    ]);
    let f = analyze(&c);
    let signed = fact_of(&c, &f, 0, "181 countries");
    assert_ne!(signed, fact_of(&c, &f, 1, "191 countries"));
    assert!(f.facts.iter().all(|x| x.status != Status::Conflict));
}

#[test]
fn two_outlets_alone_telling_one_scene_alike_still_conflict() {
    let c = corpus(&[
        "The ferry was carrying 212 passengers when it capsized off Mellor Point on Tuesday, the coastguard said.\n",
        "The ferry had 221 passengers on board when it capsized off Mellor Point on Tuesday.\n",
    ]);
    let f = analyze(&c);
    let aboard = fact_of(&c, &f, 0, "212 passengers");
    assert_eq!(aboard, fact_of(&c, &f, 1, "221 passengers"));
    assert_eq!(f.facts[aboard].status, Status::Conflict);
}

#[test]
fn a_conversion_one_outlet_adds_in_brackets_does_not_keep_a_dissenter_apart() {
    // The litres are linked to their own outlet's barrels by the brackets
    // alone; that they may not pair with the dissenter's barrels says
    // nothing against the three outlets' plain statements.
    let c = corpus(&[
        "The refinery can process 180,000 barrels a day and supplies most of the country's diesel, the ministry said.\n",
        "The refinery, which can process 180,000 barrels a day (roughly 28.6 million litres), supplies most of the country's petrol and diesel.\n",
        "The refinery can process 160,000 barrels a day and supplies most of the country's gasoline and diesel.\n",
        "With a capacity of 180,000 barrels a day, the refinery supplies most of the fuel sold in the country.\n",
    ]);
    let f = analyze(&c);
    let capacity = fact_of(&c, &f, 0, "180,000 barrels");
    assert_eq!(capacity, fact_of(&c, &f, 2, "160,000 barrels"));
    assert_eq!(f.facts[capacity].status, Status::Conflict);
}

#[test]
fn a_compound_count_is_disputed_by_the_count_of_its_unit() {
    // "a 16-count indictment" tells how many counts, as "14 counts" does.
    let c = corpus(&[
        "Prosecutors on Tuesday unsealed a 16-count indictment against the former city treasurer, accusing her of stealing public money.\n",
        "Prosecutors charged the former city treasurer on Tuesday with 14 counts of fraud, accusing her of stealing public money.\n",
        "The former city treasurer was charged with 14 counts of fraud on Tuesday, accused by prosecutors of stealing public money.\n",
    ]);
    let f = analyze(&c);
    let counts = fact_of(&c, &f, 1, "14 counts");
    assert_eq!(counts, fact_of(&c, &f, 0, "16-count"));
    assert_eq!(f.facts[counts].status, Status::Conflict);
}

#[test]
fn an_outlet_that_gives_the_fact_s_moment_elsewhere_is_not_sure_to_dispute_it() {
    // The third outlet's 5:30 may be a slip, or its clause may be about a
    // later moment of the strike: it also gives 4 a.m., for the pickets.
    // Two moments in one story are common, so this is no sure ✗.
    let c = corpus(&[
        "The nationwide rail strike over pay began at 04:00 local time (0300 GMT) on Monday, halting all trains.\n",
        "The nationwide rail strike over pay began at 04:00 on Monday, halting all trains in the country.\n",
        "The nationwide rail strike over pay began at 5:30 a.m. local time on Monday, halting all trains. Pickets gathered outside the main depot at 4 a.m. local time.\n",
    ]);
    let f = analyze(&c);
    let start = fact_of(&c, &f, 0, "04:00 local time");
    assert_eq!(start, fact_of(&c, &f, 2, "5:30 a.m. local time"));
    assert_eq!(f.facts[start].status, Status::Unsure);
}

#[test]
fn a_bound_at_another_outlet_s_very_figure_is_no_sure_dispute_of_it() {
    // "Under" here is "pursuant to": an outlet disputing 214 would not
    // name 214.
    let c = corpus(&[
        "The auditors examined 214 contracts awarded to 37 companies between 2022 and 2026.\n",
        "The state paid 18.4 billion sorels under 214 contracts awarded to 37 companies, the auditors said.\n",
        "The audit covered 214 contracts awarded to 37 companies over five years.\n",
    ]);
    let f = analyze(&c);
    let contracts = fact_of(&c, &f, 0, "214 contracts");
    assert_ne!(f.facts[contracts].status, Status::Conflict);
    assert!(f.facts.iter().all(|x| x.status != Status::Conflict));
}
