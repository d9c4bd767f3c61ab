//! Linking and judging on small corpora written for these tests, in
//! styles unlike the seeds: a disaster story, a court story, a wire story.
//! Each test states one behaviour of the fact engine.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of, pair_facts};
use crossread::engine::analyze;
use crossread::engine::link::Status;
use crossread::engine::load::Corpus;

#[test]
fn call_lengths_from_three_outlets_conflict_and_another_leaders_call_stays_apart() {
    let c = corpus(&[
        "Chancellor Anna Weber held a 20-minute phone call with President Luis Ortega on Monday, aides said.\n",
        "President Luis Ortega and Chancellor Anna Weber spoke in an hour-long phone call, officials said.\n\nSeparately, Prime Minister Kenji Sato held a 20-minute phone call with President Luis Ortega.\n",
        "The hour-long phone call between Weber and Ortega focused on trade.\n",
    ]);
    let f = analyze(&c);
    let call = fact_of(&c, &f, 0, "20-minute");
    assert_eq!(call, fact_of(&c, &f, 1, "hour-long"));
    assert_eq!(call, fact_of(&c, &f, 2, "hour-long"));
    assert_eq!(f.facts[call].status, Status::Conflict);
    let sato = f
        .mentions
        .iter()
        .position(|m| m.article == 1 && c.articles[1].text[m.span.clone()] == *"20-minute")
        .unwrap();
    assert_ne!(f.fact_of[sato], call, "Sato's call is another call");
}

#[test]
fn death_tolls_with_qualifiers_agree_and_injuries_stay_apart() {
    let c = corpus(&[
        "The earthquake killed at least 24 people and injured more than 140, officials said on Tuesday.\n",
        "The death toll from the earthquake rose to 31 on Wednesday, while 150 people were injured.\n",
        "Dozens of people were killed in the earthquake, rescuers said.\n",
    ]);
    let f = analyze(&c);
    let dead = fact_of(&c, &f, 0, "at least 24 people");
    let injured = fact_of(&c, &f, 0, "more than 140");
    assert_ne!(dead, injured);
    assert_ne!(
        dead,
        fact_of(&c, &f, 1, "150 people"),
        "the injured, not the dead"
    );
    assert_eq!(
        f.facts[dead].status,
        Status::Agree,
        "≥24, 31 and dozens fit together"
    );
}

#[test]
fn kilometres_and_miles_agree_after_conversion() {
    let c = corpus(&[
        "The quake struck at a depth of 10 kilometers near the coast, the survey said.\n",
        "The quake struck at a depth of six miles near the coast, seismologists said.\n",
    ]);
    let f = analyze(&c);
    let depth = fact_of(&c, &f, 0, "10 kilometers");
    assert_eq!(depth, fact_of(&c, &f, 1, "six miles"));
    assert_eq!(f.facts[depth].status, Status::Agree);
}

#[test]
fn rounded_award_agrees_with_exact_one_and_other_currencies_stay_apart() {
    let c = corpus(&[
        "The tribunal awarded the whistleblower $43,350 in back pay on Friday.\n",
        "The whistleblower was awarded $43,000 in back pay by the tribunal.\n",
        "The regulator fined the firm £1.7 million over reporting failures.\n",
    ]);
    let f = analyze(&c);
    let award = fact_of(&c, &f, 0, "$43,350");
    assert_eq!(award, fact_of(&c, &f, 1, "$43,000"));
    assert_eq!(f.facts[award].status, Status::Agree);
    assert_ne!(award, fact_of(&c, &f, 2, "£1.7 million"));
}

#[test]
fn counts_of_different_sorts_of_thing_never_link() {
    // Same number, same scene, same words around it: but trucks are not
    // people, whatever else the sentences share.
    let c = corpus(&[
        "At the northern border crossing on Friday, customs police seized two trucks after a long search.\n",
        "At the northern border crossing on Friday, customs police detained two people after a long search.\n",
    ]);
    let f = analyze(&c);
    assert_ne!(
        fact_of(&c, &f, 0, "two trucks"),
        fact_of(&c, &f, 1, "two people")
    );
}

#[test]
fn a_relative_weekday_agrees_with_the_date_it_resolves_to() {
    let c = corpus(&[
        "Published March 6, 2026\n\nThe strike began on Wednesday at the Seleka mine, the union said.\n",
        "The strike at the Seleka mine began on March 4, the union said.\n",
    ]);
    let f = analyze(&c);
    let start = fact_of(&c, &f, 1, "March 4");
    assert_eq!(start, fact_of(&c, &f, 0, "Wednesday"));
    assert_eq!(f.facts[start].status, Status::Agree);
}

#[test]
fn values_in_a_related_stories_list_are_not_facts() {
    let c = corpus(&[
        "Nuvaro founder sentenced\n\nThe founder was sentenced to 10 years in prison on Thursday.\n\nRelated articles\nEx-banker jailed for 10 years in bribery case\nRegulator fines exchange £1.7m over failings\n",
        "The founder of Nuvaro was handed a 10-year sentence on Thursday.\n",
    ]);
    let f = analyze(&c);
    let blurb = c.articles[0].text.find("10 years in bribery").unwrap();
    assert!(
        !f.mentions
            .iter()
            .any(|m| m.article == 0 && m.span.start == blurb),
        "the blurb's value must not be a mention"
    );
    let sentence = fact_of(&c, &f, 0, "10 years");
    assert_eq!(sentence, fact_of(&c, &f, 1, "10-year"));
}

#[test]
fn two_values_in_one_sentence_are_two_facts() {
    let c = corpus(&[
        "Police seized 1,000 tons of cocaine last year and expect 3,500 tons this year.\n",
    ]);
    let f = analyze(&c);
    assert_ne!(
        fact_of(&c, &f, 0, "1,000 tons"),
        fact_of(&c, &f, 0, "3,500 tons")
    );
}

#[test]
fn clashing_values_on_a_loose_link_stay_two_facts_not_a_possible_difference() {
    // Two announcements by one ministry on two days, in sentences that
    // share a word or two: not confident enough to call a conflict, so
    // not one fact either.
    let c = corpus(&[
        "Port review\n\nOfficials announced on Friday that the ministry would review imports at the port.\n",
        "Ministry plan\n\nThe ministry announced its plan on Monday during a visit to the harbour.\n",
    ]);
    let f = analyze(&c);
    assert_ne!(fact_of(&c, &f, 0, "Friday"), fact_of(&c, &f, 1, "Monday"));
    assert!(f.facts.iter().all(|x| x.status != Status::Unsure));
}

#[test]
fn a_fact_stated_once_is_single() {
    let c = corpus(&[
        "The company cut 700 jobs in its Berlin plant.\n",
        "Shares fell sharply on Monday.\n",
    ]);
    let f = analyze(&c);
    let jobs = fact_of(&c, &f, 0, "700 jobs");
    assert_eq!(f.facts[jobs].status, Status::Single);
}

#[test]
fn every_mention_is_an_exact_span_of_its_article() {
    let c = corpus(&[
        "Le séisme a tué 24 personnes — “C’est une catastrophe,” a déclaré le maire. 東京 🙂\n",
        "The quake killed 24 people on Tuesday, the mayor said: \"It is a catastrophe.\"\r\n",
    ]);
    let f = analyze(&c);
    for m in &f.mentions {
        let text = &c.articles[m.article].text;
        assert!(m.span.start < m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
    }
    for (i, fact) in f.facts.iter().enumerate() {
        for &m in &fact.mentions {
            assert_eq!(f.fact_of[m], i);
        }
    }
}

#[test]
fn a_background_event_in_another_year_stays_apart_and_raises_no_conflict() {
    let c = corpus(&[
        "Floods in the Arlen valley killed 12 people on Monday, officials said.\n",
        "The floods killed 12 people, the mayor said.\n",
        "Twelve people died in Monday's floods in the Arlen valley.\n",
        "Rescue crews searched the Arlen valley on Tuesday. A similar flood in 2011 killed 40 people in the valley.\n",
    ]);
    let f = analyze(&c);
    let toll = fact_of(&c, &f, 0, "12 people");
    assert_eq!(toll, fact_of(&c, &f, 1, "12 people"));
    assert_ne!(
        toll,
        fact_of(&c, &f, 3, "40 people"),
        "the 2011 flood is another event"
    );
    assert_ne!(f.facts[toll].status, Status::Conflict);
}

#[test]
fn entities_are_kept_apart_from_facts_in_the_json() {
    let c = corpus(&[
        "Mayor Ana Ruiz said on Monday the bridge will cost $40 million.\n",
        "Ana Ruiz, the mayor, put the cost of the bridge at $40 million.\n",
    ]);
    let f = analyze(&c);
    let doc: serde_json::Value =
        serde_json::from_str(&crossread::engine::report::to_json(&c, &f)).expect("valid JSON");
    assert_eq!(doc["version"], 2);
    let kinds = |key: &str| -> Vec<String> {
        doc[key]
            .as_array()
            .expect("a list")
            .iter()
            .map(|x| x["kind"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert!(kinds("entities").iter().any(|k| k == "person"), "{doc}");
    assert!(
        kinds("facts")
            .iter()
            .all(|k| !matches!(k.as_str(), "person" | "org" | "place")),
        "{doc}"
    );
    assert!(kinds("facts").iter().any(|k| k == "money"), "{doc}");
}

/// One fine reported in euros, pounds and (as `dollars`) dollars, by
/// articles published in 2019, whose average rates convert the sums. At
/// 2019's ECB averages €3 million was £2.63 million and $3.36 million.
fn fine_in_three_currencies(dollars: &str) -> Corpus {
    let in_dollars = format!(
        "The harbour authority imposed a {dollars} fine on Nordlys Shipping for pumping waste oil into the bay.\n"
    );
    let mut c = corpus(&[
        "The harbour authority fined Nordlys Shipping three million euros on Tuesday for pumping waste oil into the bay.\n",
        "Nordlys Shipping was fined £2.6 million by the harbour authority for pumping waste oil into the bay, officials said.\n",
        &in_dollars,
    ]);
    for a in &mut c.articles {
        a.meta.published = Some(jiff::civil::date(2019, 6, 12));
    }
    c
}

#[test]
fn one_fine_in_euros_pounds_and_dollars_links_into_one_agreeing_fact() {
    let c = fine_in_three_currencies("$3.3 million");
    let f = analyze(&c);
    let fine = fact_of(&c, &f, 0, "three million euros");
    assert_eq!(fine, fact_of(&c, &f, 1, "£2.6 million"));
    assert_eq!(fine, fact_of(&c, &f, 2, "$3.3 million"));
    assert_eq!(f.facts[fine].status, Status::Agree);
    // Shown in the fact's first currency, at the articles' year.
    let doc: serde_json::Value =
        serde_json::from_str(&crossread::engine::report::to_json(&c, &f)).expect("valid JSON");
    let fact = doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "money")
        .expect("the fine is a fact");
    let mentions = fact["mentions"].as_array().unwrap();
    assert!(mentions[0].get("converted").is_none(), "{fact}");
    for m in &mentions[1..] {
        let conv = &m["converted"];
        assert_eq!(conv["currency"], "EUR", "{m}");
        assert_eq!(conv["year"], 2019, "{m}");
        assert_eq!(conv["rate_source"], "ECB yearly average", "{m}");
        let eur = conv["amount"].as_f64().unwrap();
        assert!((2.8e6..3.2e6).contains(&eur), "{m}");
    }
    let table = crossread::engine::report::to_table(&c, &f, false);
    assert!(
        table.contains("≈ €2.96 million (2019 ECB yearly average)"),
        "{table}"
    );
}

#[test]
fn a_clearly_different_sum_in_another_currency_is_not_an_agreement() {
    let c = fine_in_three_currencies("$4.5 million");
    let f = analyze(&c);
    let dollars = fact_of(&c, &f, 2, "$4.5 million");
    assert_ne!(f.facts[dollars].status, Status::Agree, "$4.5m is €4.0m");
    if dollars == fact_of(&c, &f, 0, "three million euros") {
        assert!(
            matches!(f.facts[dollars].status, Status::Conflict | Status::Unsure),
            "{:?}",
            f.facts[dollars].status
        );
    }
}

#[test]
fn at_least_four_dozen_and_almost_four_dozen_conflict() {
    let c = corpus(&[
        "The inspector general has at least four dozen questions for the port authority about the contract, according to a list obtained by reporters.\n",
        "The inspector general sent the port authority a list of almost four dozen questions about the contract, the list shows.\n",
        "The inspector general wants to ask the port authority dozens of questions about the contract.\n",
    ]);
    let f = analyze(&c);
    let questions = fact_of(&c, &f, 0, "at least four dozen questions");
    assert_eq!(questions, fact_of(&c, &f, 1, "almost four dozen questions"));
    assert_eq!(f.facts[questions].status, Status::Conflict);
}

#[test]
fn an_approximate_sum_bridges_two_outlets_whose_exact_sums_clash() {
    let c = corpus(&[
        "The ministry will take money from the harbour repair budget, to the tune of $3.5 billion, officials said.\n",
        "The order lets the ministry use about $3.6 billion from harbour repair projects to pay for the new sea wall, officials said.\n",
        "The order lets the ministry divert $3.6 billion from harbour repair projects to the sea wall.\n",
    ]);
    let f = analyze(&c);
    let sum = fact_of(&c, &f, 1, "about $3.6 billion");
    assert_eq!(sum, fact_of(&c, &f, 2, "$3.6 billion"));
    assert_eq!(sum, fact_of(&c, &f, 0, "$3.5 billion"));
    assert_eq!(f.facts[sum].status, Status::Conflict);
}

#[test]
fn the_same_long_quote_credited_to_two_people_is_one_statement_marked_unsure() {
    let c = corpus(&[
        "\"We will not reopen the mine until every tunnel has been inspected by independent engineers,\" said Mayor Ruth Okafor.\n",
        "\"We will not reopen the mine until every tunnel has been inspected by independent engineers,\" said Governor Paul Mensah.\n",
    ]);
    let f = analyze(&c);
    let q = fact_of(
        &c,
        &f,
        0,
        "We will not reopen the mine until every tunnel has been inspected by independent engineers",
    );
    assert_eq!(
        q,
        fact_of(
            &c,
            &f,
            1,
            "We will not reopen the mine until every tunnel has been inspected by independent engineers"
        )
    );
    assert_eq!(f.facts[q].status, Status::Unsure, "who said it");
}

#[test]
fn a_quote_spelling_a_compound_as_two_words_is_the_same_quote() {
    let c = corpus(&[
        "Mayor Ruth Okafor said there was \"a lot of goodwill\" between the two ports.\n",
        "\"I really believe there is a lot of good will,\" Mayor Ruth Okafor said of the two ports.\n",
    ]);
    let f = analyze(&c);
    let q = fact_of(&c, &f, 0, "a lot of goodwill");
    assert_eq!(
        q,
        fact_of(&c, &f, 1, "I really believe there is a lot of good will")
    );
}

#[test]
fn one_person_named_two_ways_is_one_actor_not_another_counterpart() {
    let c = corpus(&[
        "Minister Jim Okafor said Minister Ana Ruiz will leave office at the end of March.\n",
        "Minister James Okafor said that Ana Ruiz, 61, would retire at the end of March.\n",
    ]);
    let f = analyze(&c);
    let leave = fact_of(&c, &f, 0, "end of March");
    assert_eq!(leave, fact_of(&c, &f, 1, "end of March"));
}

#[test]
fn a_year_far_along_the_sentence_does_not_set_the_value_at_another_time() {
    let c = corpus(&[
        "The inspector general has at least four dozen questions for the port authority about the contract, part of an inquiry into the tender process in the 2016 harbour expansion.\n",
        "The inspector general sent the port authority a list of almost four dozen questions about the contract, the list shows.\n",
    ]);
    let f = analyze(&c);
    let questions = fact_of(&c, &f, 0, "at least four dozen questions");
    assert_eq!(questions, fact_of(&c, &f, 1, "almost four dozen questions"));
    assert_eq!(f.facts[questions].status, Status::Conflict);
}

#[test]
fn one_day_joins_across_sentences_that_name_different_people_beside_the_actor() {
    let c = corpus(&[
        "Governor Ana Ruiz answered the lawsuit in a post on Friday evening, mocking Senator Paul Okafor.\n",
        "Governor Ana Ruiz answered the lawsuit in a post on Friday evening, mocking Mayor Lena Brandt.\n",
    ]);
    let f = analyze(&c);
    let day = fact_of(&c, &f, 0, "Friday evening");
    assert_eq!(day, fact_of(&c, &f, 1, "Friday evening"));
}

#[test]
fn a_day_never_restates_a_bare_year() {
    let c = corpus(&[
        "Governor Ana Ruiz announced on Tuesday her bid in the 2028 race for the presidency.\n",
        "Governor Ana Ruiz, a candidate in the 2028 race for the presidency, announced her bid Tuesday.\n",
        "Ruiz announced her 2028 bid for the presidency.\n",
    ]);
    let f = analyze(&c);
    let day = fact_of(&c, &f, 0, "Tuesday");
    assert_eq!(day, fact_of(&c, &f, 1, "Tuesday"));
    for a in 0..3 {
        assert_ne!(day, fact_of(&c, &f, a, "2028"), "article {a}");
    }
}

#[test]
fn one_age_of_different_people_never_links() {
    let c = corpus(&[
        "Governor Ellen Park, 58, signed the state budget on Monday after a long fight.\n",
        "Lawmakers also re-elected Speaker Victor Hale, 58, of Dayton as their leader, a post he has held since the budget fight.\n",
        "The state budget was signed by Governor Ellen Park, 58, after a long fight.\n",
    ]);
    let f = analyze(&c);
    let park = fact_of(&c, &f, 0, "58");
    assert_eq!(park, fact_of(&c, &f, 2, "58"), "one governor's age");
    assert_ne!(park, fact_of(&c, &f, 1, "58"), "the speaker is another man");
}

#[test]
fn an_outlet_that_dates_a_past_event_of_the_same_length_keeps_it_apart() {
    let c = corpus(&[
        "Rail workers in Norland began a 72-hour strike on Tuesday, halting most trains.\n\nThe walkout is the first since a 72-hour stoppage in October 2019, which ended with a bonus.\n",
        "Some 40,000 rail workers walked out on Tuesday for a 72-hour strike over pay.\n",
        "The 72-hour strike by rail workers closed stations across Norland.\n",
    ]);
    let f = analyze(&c);
    let strike = fact_of(&c, &f, 0, "72-hour");
    assert_eq!(strike, fact_of(&c, &f, 1, "72-hour"));
    assert_eq!(strike, fact_of(&c, &f, 2, "72-hour"));
    let text = &c.articles[0].text;
    let stoppage = text.find("72-hour stoppage").unwrap();
    let past = f
        .mentions
        .iter()
        .position(|m| m.article == 0 && m.span == (stoppage..stoppage + "72-hour".len()))
        .expect("the 2019 stoppage's length is extracted");
    assert_ne!(
        f.fact_of[past], strike,
        "the 2019 stoppage is another strike"
    );
}

#[test]
fn a_time_in_a_phrase_after_the_value_does_not_date_it() {
    let c = corpus(&[
        "The Renewal party won 68 seats, its best result since the party was founded in 1994. It had 41 seats before.\n",
        "The Renewal party took 68 seats in the vote, officials said.\n",
    ]);
    let f = analyze(&c);
    assert_eq!(
        fact_of(&c, &f, 0, "68 seats"),
        fact_of(&c, &f, 1, "68 seats")
    );
}

#[test]
fn one_clock_time_on_two_days_is_two_moments() {
    let c = corpus(&[
        "Officials issued the evacuation order for Velmora at 9 p.m. on Sunday, the fire service said.\n",
        "The fire service issued the evacuation order for Velmora at 9 p.m. on Sunday. The evacuation order for Velmora runs until 9 p.m. on Tuesday, the fire service said.\n",
    ]);
    let f = analyze(&c);
    let issued = fact_of(&c, &f, 0, "9 p.m.");
    assert_eq!(issued, fact_of(&c, &f, 1, "9 p.m."), "the same moment");
    let expiry = f
        .mentions
        .iter()
        .rposition(|m| m.article == 1 && c.articles[1].text[m.span.clone()] == *"9 p.m.")
        .unwrap();
    assert_ne!(
        f.fact_of[expiry], issued,
        "Tuesday's 9 p.m. is another moment"
    );
}

#[test]
fn an_age_said_of_no_one_named_is_the_last_named_person_s_not_another_s() {
    let c = corpus(&[
        "The novelist Ilse Marrow died at home on Monday. The 88-year-old had been ill since a fall in the spring.\n",
        "Marrow's old rival Piet Dunmore died last year, also aged 88, after a long illness.\n",
        "Ilse Marrow, 88, died at home on Monday, her publisher said.\n",
    ]);
    let f = analyze(&c);
    let age = fact_of(&c, &f, 2, "88");
    assert_eq!(age, fact_of(&c, &f, 0, "88-year-old"));
    assert_ne!(age, fact_of(&c, &f, 1, "aged 88"), "Dunmore's age");
    assert_ne!(
        fact_of(&c, &f, 0, "88-year-old"),
        fact_of(&c, &f, 1, "aged 88"),
        "Dunmore's age"
    );
}

#[test]
fn a_currency_one_outlet_converts_in_brackets_is_compared_in_every_outlet() {
    let c = corpus(&[
        "The budget cuts public spending by 14.4 billion kolars ($2.1 billion), the finance ministry said.\n",
        "The budget cuts public spending by 14.4bn kolars, the finance ministry said on Wednesday.\n",
        "The budget slashes public spending by about $2.1 billion, the finance ministry said.\n",
    ]);
    let f = analyze(&c);
    let cut = fact_of(&c, &f, 1, "14.4bn kolars");
    assert_eq!(cut, fact_of(&c, &f, 2, "about $2.1 billion"));
    assert_eq!(cut, fact_of(&c, &f, 0, "14.4 billion kolars"));
    assert_eq!(f.facts[cut].status, Status::Agree);
}

#[test]
fn the_figure_a_change_started_from_is_not_another_outlets_own_figure() {
    let c = corpus(&[
        "Tickets for the Brava festival went on sale on Monday. A weekend pass costs £104, up from £92 last year, the organisers said.\n",
        "Tickets for the Brava festival went on sale on Monday. A weekend pass costs £92, the organisers said.\n",
    ]);
    let f = analyze(&c);
    assert_ne!(
        fact_of(&c, &f, 0, "£92"),
        fact_of(&c, &f, 1, "£92"),
        "last year's price is not this year's"
    );
}

#[test]
fn degrees_on_no_stated_scale_join_a_temperature_they_fit_on_either_scale() {
    let plan = "The safety plan requires the beans to be roasted at";
    // Read in Celsius, read in Fahrenheit, and on neither scale: degrees
    // that fit neither are another temperature, and never a dispute, as
    // the outlet did not say which scale it meant.
    for (degrees, one) in [
        ("140 degrees", true),
        ("284 degrees", true),
        ("150 degrees", false),
    ] {
        let (a, b, status) = pair_facts(
            &[
                &format!("{plan} 140C, the company said on Monday.\n"),
                &format!("{plan} {degrees}, the company said on Monday.\n"),
            ],
            "140C",
            degrees,
        );
        assert_eq!(a == b, one, "{degrees}");
        assert_ne!(status, Status::Conflict, "{degrees}");
    }
}

#[test]
fn tallies_three_times_apart_are_two_groups_not_a_dispute() {
    let rise = "will get the rise in April, the employment ministry said on Wednesday.";
    let (a, b, status) = pair_facts(
        &[
            &format!("Some 2.9 million workers {rise}\n"),
            &format!("Some 410,000 younger workers {rise}\n"),
        ],
        "Some 2.9 million workers",
        "Some 410,000 younger workers",
    );
    assert_ne!(a, b, "another group, counted apart");
    assert_ne!(status, Status::Conflict);
    // A slip of a digit is still a dispute.
    let (a, b, status) = pair_facts(
        &[
            &format!("Some 2.9 million workers {rise}\n"),
            &format!("Some 1.9 million workers {rise}\n"),
        ],
        "Some 2.9 million workers",
        "Some 1.9 million workers",
    );
    assert_eq!(a, b);
    assert_eq!(status, Status::Conflict);
}

#[test]
fn a_count_of_people_meets_a_count_of_protesters_whatever_form_of_the_stem_came_first() {
    // "protesting" is met before "protesters": the stem's first form is
    // an act, but the count's own noun names people.
    let c = corpus(&[
        "Crowds kept protesting for 12 days outside parliament. The ministry said 37 people were detained overnight.\n",
        "Police detained 37 protesters overnight outside parliament, the ministry said.\n",
    ]);
    let f = analyze(&c);
    assert_eq!(
        fact_of(&c, &f, 0, "37 people"),
        fact_of(&c, &f, 1, "37 protesters")
    );
}
