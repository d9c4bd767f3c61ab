//! Tests of the count and percent extractor.
use super::*;
use proptest::prelude::*;

#[path = "compound_tests.rs"]
mod compound_tests;
#[path = "decimal_tests.rs"]
mod decimal_tests;
#[path = "elided_tests.rs"]
mod elided_tests;
#[path = "group_tests.rs"]
mod group_tests;
#[path = "object_tests.rs"]
mod object_tests;
#[path = "reject_tests.rs"]
mod rejects;
#[path = "share_tests.rs"]
mod share_tests;

fn counts(text: &str) -> Vec<(String, Interval, Option<String>)> {
    extract(text, &DocInfo::default())
        .into_iter()
        .filter(|e| e.kind == Kind::Count)
        .map(|e| match e.value {
            Value::Count { amount, noun } => (text[e.span].to_string(), amount, noun),
            _ => unreachable!(),
        })
        .collect()
}

fn one(text: &str) -> (String, Interval, String) {
    let c = counts(text);
    assert_eq!(c.len(), 1, "{text}: {c:?}");
    let (s, a, n) = c.into_iter().next().unwrap();
    (s, a, n.unwrap())
}

fn none(texts: &[&str]) {
    for t in texts {
        let all = extract(t, &DocInfo::default());
        let c: Vec<_> = all.iter().map(|e| &t[e.span.clone()]).collect();
        assert!(all.is_empty(), "{t}: {c:?}");
    }
}

#[test]
fn counted_nouns_follow_the_number_through_modifiers() {
    let cases = [
        (
            "Authorities carried out 700 extraditions last year.",
            "700 extraditions",
            "extraditions",
        ),
        (
            "five Colombian officials said",
            "five Colombian officials",
            "officials",
        ),
        (
            "It ran 40 small private charter flights.",
            "40 small private charter flights",
            "flights",
        ),
        (
            "The base hosts 4,200 U.K. sailors year round.",
            "4,200 U.K. sailors",
            "sailors",
        ),
        (
            "Rescuers found 24 more people alive.",
            "24 more people",
            "people",
        ),
        ("The blast left 24 dead.", "24 dead", "dead"),
        (
            "Twenty-four firefighters were deployed",
            "Twenty-four firefighters",
            "firefighters",
        ),
        ("one soldier was wounded", "one soldier", "soldier"),
        (
            "nearly 1.5 million people fled",
            "nearly 1.5 million people",
            "people",
        ),
    ];
    for (text, span, noun) in cases {
        let (s, _, n) = one(text);
        assert_eq!((s.as_str(), n.as_str()), (span, noun), "{text}");
    }
    let e = &extract("700 extraditions", &DocInfo::default())[0];
    assert_eq!(e.cue.as_deref(), Some("extraditions"));
}

#[test]
fn qualifiers_become_intervals() {
    assert_eq!(one("at least 50 protesters").1, Interval::at_least(50.0));
    assert_eq!(one("more than 200 arrests").1, Interval::more_than(200.0));
    assert_eq!(
        one("about 1,000 migrants").1,
        Interval::closed(900.0, 1100.0)
    );
    assert_eq!(
        one("nearly 100 villages").1,
        Interval {
            hi_open: true,
            ..Interval::closed(90.0, 100.0)
        }
    );
    assert_eq!(one("up to 30 passengers").1, Interval::at_most(30.0, false));
    assert_eq!(
        one("fewer than 10 patients").1,
        Interval::at_most(10.0, true)
    );
    assert_eq!(
        one("between 20 and 30 people").1,
        Interval::closed(20.0, 30.0)
    );
    assert_eq!(one("200-plus vehicles").1, Interval::at_least(200.0));
    let rounded = one("roughly 700 troops").1;
    assert!(
        rounded.overlaps(&Interval::exact(640.0)) && !rounded.overlaps(&Interval::exact(600.0))
    );
}

#[test]
fn small_tallies_are_exact_and_large_round_figures_are_not() {
    assert_eq!(one("10 projects won").1, Interval::exact(10.0));
    assert_eq!(one("40 people were hurt").1, Interval::exact(40.0));
    let thousand = one("1,000 people were hurt").1;
    assert!(thousand.overlaps(&Interval::exact(1012.0)), "{thousand:?}");
}

#[test]
fn vague_words_become_wide_intervals() {
    let iv = |t| one(t).1;
    assert_eq!(iv("dozens of homes"), vague(24.0, 100.0));
    assert_eq!(iv("hundreds of shops"), vague(200.0, 1000.0));
    assert_eq!(iv("thousands of residents"), vague(2000.0, 10_000.0));
    assert_eq!(
        iv("tens of thousands of protesters"),
        vague(20_000.0, 100_000.0)
    );
    assert_eq!(iv("scores of villagers"), vague(40.0, 100.0));
    assert_eq!(iv("a dozen officers"), Interval::exact(12.0));
    assert_eq!(
        iv("at least four dozen questions"),
        Interval::at_least(48.0)
    );
    assert_eq!(iv("a handful of states"), Interval::closed(2.0, 6.0));
    assert!(counts("Dozens of times he said so, and hundreds more.").is_empty());
}

#[test]
fn casualty_patterns_count_without_a_noun() {
    let cases = [
        ("The death toll rose to 24 on Friday.", "24", "dead"),
        ("The toll now stands at 31, officials said.", "31", "dead"),
        (
            "The death toll from the floods has risen to 112.",
            "112",
            "dead",
        ),
        ("The blast killed 24 and wounded dozens.", "24", "killed"),
        (
            "At least 24 were killed in the attack.",
            "At least 24",
            "killed",
        ),
        (
            "Officials said 9 remain missing.",
            "9 remain missing",
            "missing",
        ),
        ("Another 14 have died since Monday.", "14", "died"),
    ];
    for (text, span, noun) in cases {
        let c = counts(text);
        assert_eq!(c[0].0, span, "{text}");
        assert_eq!(c[0].2.as_deref(), Some(noun), "{text}");
    }
}

#[test]
fn from_to_counts_where_it_ended() {
    let (s, a, n) = one("rose from 20 to 24 people");
    assert_eq!(
        (s.as_str(), a, n.as_str()),
        ("24 people", Interval::exact(24.0), "people")
    );
}

fn mixed() -> impl Strategy<Value = String> {
    let parts = vec![
        "1,000",
        " ",
        "24",
        "five",
        "$",
        "%",
        "-",
        ":",
        "people",
        "dead",
        "at least",
        "dozens",
        " of ",
        "toll rose to ",
        "killed ",
        "é",
        "’s",
        "\n",
        "2026",
        "one",
        "the",
        "Jan.",
        "+",
        "€",
        "twenty-four",
    ];
    prop::collection::vec(prop::sample::select(parts), 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn never_panics_and_spans_are_valid(s in prop_oneof!["\\PC*", mixed()]) {
        crate::engine::extract::prop_support::check_reading(&s, |t| extract(t, &DocInfo::default()))?;
    }
}

fn percents(text: &str) -> Vec<(String, Interval, Option<String>)> {
    extract(text, &DocInfo::default())
        .into_iter()
        .filter(|e| e.kind == Kind::Percent)
        .map(|e| match e.value {
            Value::Percent { amount } => (text[e.span].to_string(), amount, e.cue),
            _ => unreachable!(),
        })
        .collect()
}

#[test]
fn partitives_count_the_part_of_a_named_whole() {
    let (s, _, n) = one("and 31 of those prior emergencies remain");
    assert_eq!((s.as_str(), n.as_str()), ("31", "emergencies"));
    // The part and the whole are two counts of one noun.
    let c = counts("He was convicted of nine of the 11 charges he faced.");
    let got: Vec<(&str, f64)> = c.iter().map(|(s, a, _)| (s.as_str(), a.lo)).collect();
    assert_eq!(got, [("nine", 9.0), ("11 charges", 11.0)]);
    // The whole's thousands apart by a space, as European copy writes them.
    let c = counts("and 18 000 of the 74 000 servers shut down");
    let got: Vec<&str> = c.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(got, ["18 000", "74 000 servers"]);
    assert!(c[0].1.overlaps(&Interval::exact(18_000.0)));
    assert_eq!(one("found two more of the devices").2, "devices");
    // The whole's owner between: "of the train's", "of Brennholt's".
    let c = counts("Officials said 14 of the train's 38 wagons left the rails.");
    assert_eq!(c[0].0, "14");
    assert_eq!(c[0].2.as_deref(), Some("wagons"));
    let c = counts("It will close nine of Brennholt's 23 libraries.");
    assert_eq!(
        (c[0].0.as_str(), c[0].2.as_deref()),
        ("nine", Some("libraries"))
    );
    // The whole told rounded or scaled: "of the country's roughly 88,000".
    for (text, part, noun) in [
        (
            "In all, 6.8m of Korvel's 9.1m customers lost service.",
            "6.8m",
            "customers",
        ),
        (
            "It represents some 64,000 of the country's roughly 88,000 teachers.",
            "some 64,000",
            "teachers",
        ),
        (
            "About 1,650 of the country's some 3,100 pharmacies shut.",
            "About 1,650",
            "pharmacies",
        ),
        (
            "About 3.2 million of the bank's 5.8 million customers were cut off.",
            "About 3.2 million",
            "customers",
        ),
    ] {
        let c = counts(text);
        assert_eq!(
            (c[0].0.as_str(), c[0].2.as_deref()),
            (part, Some(noun)),
            "{text}: {c:?}"
        );
    }
    none(&["He said 24 of them.", "one of the men"]);
}

#[test]
fn several_and_count_verbs() {
    let (s, a, n) = one("launched several ballistic missiles");
    assert_eq!(
        (s.as_str(), n.as_str()),
        ("several ballistic missiles", "missiles")
    );
    assert!(a.overlaps(&Interval::exact(5.0)) && !a.overlaps(&Interval::exact(2.0)));
    let (s, a, _) = one("The crowd numbered roughly 1,200 by noon.");
    assert_eq!(s, "roughly 1,200");
    assert!(a.overlaps(&Interval::exact(1_150.0)));
    let (s, _, n) = one("The quake killed about 3,400 and injured more.");
    assert_eq!((s.as_str(), n.as_str()), ("about 3,400", "killed"));
}

#[test]
fn vote_tallies_count_each_side() {
    for (text, larger, smaller) in [
        ("The bill passed by a 52-to-47 vote.", "52", "47"),
        ("She won, 210 to 190, on Friday.", "210", "190"),
        ("a vote of 7-2 in favour", "7", "2"),
        (
            "It passed by 158 votes to 131, with 12 abstentions.",
            "158 votes",
            "131",
        ),
    ] {
        let c = counts(text);
        let sides: Vec<(&str, f64, &str)> = c
            .iter()
            .filter(|(_, _, n)| n.as_deref() == Some("votes"))
            .map(|(s, a, n)| (s.as_str(), a.lo, n.as_deref().unwrap_or("")))
            .collect();
        let value = |s: &str| s.split(' ').next().unwrap().parse::<f64>().unwrap();
        assert_eq!(
            sides,
            vec![
                (larger, value(larger), "votes"),
                (smaller, value(smaller), "votes")
            ],
            "{text}"
        );
    }
    none(&[
        "Prices fell from 52 to 47 dollars.",
        "pages 210-190",
        "It rose to 300.",
    ]);
}

#[test]
fn times_counts_occurrences_not_multipliers() {
    let (s, _, n) = one("The two leaders have met six times since May.");
    assert_eq!((s.as_str(), n.as_str()), ("six times", "times"));
    assert_eq!(one("They had tried 12 times.").0, "12 times");
    none(&[
        "three times the size",
        "two times as many",
        "four times a day",
        "five times larger",
    ]);
}

#[test]
fn a_counted_noun_in_scare_quotes_is_still_the_noun() {
    let (s, a, n) = one("Inspectors logged 12 “suspicious packages” at the depot.");
    assert_eq!(
        (s.as_str(), n.as_str()),
        ("12 “suspicious packages", "packages")
    );
    assert_eq!(a, Interval::exact(12.0));
    let (_, a, n) = one("The agency lists at least 40 \"temporary permits\" this year.");
    assert_eq!(n, "permits");
    assert_eq!(a, Interval::at_least(40.0));
}

#[test]
fn ordinals_before_a_plain_noun_count_what_came_before() {
    let (s, a, n) = one("She began her eighth term in January.");
    assert_eq!((s.as_str(), n.as_str()), ("eighth term", "term"));
    assert_eq!(a, Interval::exact(8.0));
    let (s, a, _) = one("Voters in the 11th district chose him.");
    assert_eq!(s, "11th district");
    assert_eq!(a, Interval::exact(11.0));
    assert_eq!(super::written_ordinal("36th"), Some(36));
    assert_eq!(super::written_ordinal("2nd"), Some(2));
    for w in ["36", "36km", "11st", "th"] {
        assert_eq!(super::written_ordinal(w), None, "{w}");
    }
    // A unit of time that is also an adjective ("minute") is a noun here.
    let (s, a, _) = one("Play stopped in the 36th minute.");
    assert_eq!(s, "36th minute");
    assert_eq!(a, Interval::exact(36.0));
    // Not an ordinal count: "second"/"2nd" (another one), a name after
    // it, an adjective after it, a fraction, a wrong suffix.
    for t in [
        "A second vehicle arrived.",
        "They met on 52nd Street.",
        "It was the third largest haul.",
        "A fifth straight year of growth.",
        "the 11st attempt",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
}

#[test]
fn a_rank_before_a_plain_noun_is_read_as_an_ordinal() {
    let (s, a, n) = one("He kept the No. 2 job in the party.");
    assert_eq!((s.as_str(), n.as_str()), ("No. 2 job", "job"));
    assert_eq!(a, Interval::exact(2.0));
    // A rank before a name or a plural is no ordinal count.
    for t in [
        "He lives at No. 10 Downing Street.",
        "The No. 3 seeds lost.",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
}

#[test]
fn a_qualified_dozen_bends_like_a_qualified_number() {
    let (_, about, _) = one("About a dozen officers stayed behind.");
    assert!(about.lo < 12.0 && about.hi > 12.0, "{about:?}");
    let (s, so, n) = one("A dozen or so members walked out.");
    assert_eq!(
        (s.as_str(), n.as_str()),
        ("A dozen or so members", "members")
    );
    assert!(so.lo < 12.0 && so.hi > 12.0, "{so:?}");
    let (_, more, _) = one("Half a dozen or more agents came.");
    assert_eq!(more, Interval::at_least(6.0));
    let (_, plain, _) = one("A dozen guards went home.");
    assert_eq!(plain, Interval::exact(12.0));
}

#[test]
fn verbs_of_going_past_or_nearing_a_number_qualify_it() {
    let (s, topped, _) = one("Officials said deaths topped 1,000 people.");
    assert_eq!(s, "topped 1,000 people");
    assert_eq!(topped, Interval::more_than(1000.0));
    let (_, exceeded, _) = one("The crowd exceeded 5,000 fans.");
    assert_eq!(exceeded, Interval::more_than(5000.0));
    let (_, neared, _) = one("The toll neared 300 people.");
    assert!(
        neared.hi == 300.0 && neared.hi_open && neared.lo < 300.0,
        "{neared:?}"
    );
    // "the top 10" ranks; it does not go past ten.
    let (s, top, _) = one("The top 10 teams qualify.");
    assert_eq!(s, "10 teams");
    assert!(
        top.lo <= 10.0 && top.hi >= 10.0 && !top.hi.is_infinite(),
        "{top:?}"
    );
}

#[test]
fn near_a_number_is_about_it() {
    let (_, near, _) = one("Officials said near 300 people attended.");
    assert!(near.lo < 300.0 && near.hi > 300.0, "{near:?}");
}

#[test]
fn a_fact_box_label_names_what_its_bare_number_counts() {
    let text =
        "Key facts\n\n\u{2022} Deaths: 4\n\u{2022} Confirmed cases: 230\n- In hospital: 37\n";
    let all = extract(text, &DocInfo::default());
    let noun = |span: &str| {
        all.iter()
            .find(|e| &text[e.span.clone()] == span)
            .and_then(|e| e.cue.clone())
    };
    assert_eq!(noun("4").as_deref(), Some("deaths"), "{all:?}");
    assert_eq!(noun("230").as_deref(), Some("cases"), "{all:?}");
    assert_eq!(noun("37").as_deref(), Some("hospital"), "{all:?}");
    // Not a label: a colon inside a sentence, or a time.
    none(&["He said: 4 of them.", "Kick-off: 3 pm"]);
}

#[test]
fn a_sentence_opening_all_or_every_is_no_name_before_a_number() {
    let all = extract(
        "All 192 people on board left the plane.",
        &DocInfo::default(),
    );
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].cue.as_deref(), Some("people"));
    // A name before a number is still a label: "Boeing 737 jets".
    none(&["Boeing 737 jets were grounded."]);
}

#[test]
fn a_name_s_possessive_or_a_capitalised_opening_word_is_no_label() {
    for (text, span) in [
        ("Talmark's 14 plants will stay open.", "14 plants"),
        ("Whether 4,500 roles go is unclear.", "4,500 roles"),
        ("Nearly 300 people came.", "Nearly 300 people"),
        // The sentence before ended on a weekday: no "Wednesday 2".
        (
            "The vote came on Wednesday. Two deputies abstained.",
            "Two deputies",
        ),
        // A compound of an irregular plural.
        ("She leaves five grandchildren.", "five grandchildren"),
    ] {
        let all = extract(text, &DocInfo::default());
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        assert_eq!(&text[all[0].span.clone()], span, "{text}");
    }
}

#[test]
fn a_number_in_hospital_counts_the_hospitalised() {
    for (text, span) in [
        ("Officials said 37 are in hospital.", "37"),
        ("Some 12 were still in the hospital on Monday.", "Some 12"),
    ] {
        let all = extract(text, &DocInfo::default());
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        assert_eq!(&text[all[0].span.clone()], span);
        assert_eq!(all[0].cue.as_deref(), Some("hospitalised"), "{text}");
    }
    none(&[
        "The 37 in hospital beds.",
        "Route 37 is in the hospital district.",
    ]);
}

#[test]
fn the_last_word_of_the_line_before_is_no_name_before_a_number() {
    for text in [
        "Ferry capsizes off Kalistra\n\nAt least 16 people have died.",
        "Updated 21:30 BST\n16 people have died.",
    ] {
        let all = extract(text, &DocInfo::default());
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        assert_eq!(all[0].cue.as_deref(), Some("people"), "{text}");
    }
    // On one line a name before a number is still a label.
    none(&["Ferry Kalistra 16 sailed."]);
}

#[test]
fn thousands_split_by_spaces_are_one_number() {
    for (text, span, n) in [
        (
            "Police said 48 000 people marched.",
            "48 000 people",
            48_000.0,
        ),
        (
            "It enrolled 14\u{202f}212 patients.",
            "14\u{202f}212 patients",
            14_212.0,
        ),
        (
            "The city had 3\u{a0}500 police on duty.",
            "3\u{a0}500 police",
            3_500.0,
        ),
    ] {
        let all = extract(text, &DocInfo::default());
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        assert_eq!(&text[all[0].span.clone()], span);
        // The same figure as a comma would group it, rounding and all.
        let spaced = span.split(' ').next().unwrap();
        let comma = text.replacen(spaced, &spaced.replace(['\u{a0}', '\u{202f}'], ","), 1);
        let comma = comma.replacen(span, &span.replacen(' ', ",", 1), 1);
        let grouped = extract(&comma, &DocInfo::default());
        match (&all[0].value, &grouped[0].value) {
            (Value::Count { amount, .. }, Value::Count { amount: b, .. }) => {
                assert!(amount.lo <= n && n <= amount.hi, "{text}: {amount:?}");
                assert_eq!(amount, b, "{text} against {comma}");
            }
            v => panic!("{text}: {v:?}"),
        }
    }
    // A phone number's groups are not thousands.
    none(&["Call 555 123 4567 today."]);
}

#[test]
fn a_number_in_words_after_a_year_is_a_count() {
    let text = "In 2022 four crew members died in a fire.";
    let all = extract(text, &DocInfo::default());
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(&text[all[0].span.clone()], "four crew");
    // Digits after digits are still one code's groups.
    none(&["Call 555 123 4567 now."]);
}

#[test]
fn the_number_of_people_killed_rising_to_a_figure_counts_the_dead() {
    let text =
        "The number of people killed in the sinking of the Lady Alcina rose to 21 on Saturday.";
    let all = extract(text, &DocInfo::default());
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(&text[all[0].span.clone()], "21");
    assert_eq!(all[0].cue.as_deref(), Some("dead"));
    let text = "The number of people injured rose to 40, officials said.";
    let all = extract(text, &DocInfo::default());
    assert_eq!(all[0].cue.as_deref(), Some("injured"), "{all:?}");
    // A number of anything else is no toll: it counts its own noun.
    let trains = one("The number of trains cancelled rose to 21 on Saturday.");
    assert_eq!((trains.0.as_str(), trains.2.as_str()), ("21", "trains"));
}
