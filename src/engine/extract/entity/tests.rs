use proptest::prelude::*;

use super::*;

fn ents(text: &str) -> Vec<(Kind, String)> {
    extract(text, &DocInfo::default())
        .into_iter()
        .map(|e| (e.kind, text[e.span].to_string()))
        .collect()
}

fn of(text: &str, kind: Kind) -> Vec<String> {
    ents(text)
        .into_iter()
        .filter(|e| e.0 == kind)
        .map(|e| e.1)
        .collect()
}

#[test]
fn titles_are_cues_but_not_part_of_the_name() {
    let t = "Secretary of State Marco Rubio met Prime Minister Keir Starmer in London.";
    assert_eq!(of(t, Kind::Person), ["Marco Rubio", "Keir Starmer"]);
    let e = extract(t, &DocInfo::default());
    assert_eq!(e[0].cue.as_deref(), Some("Secretary of State"));
    assert_eq!(
        of("Talks with Mr. Okafor stalled.", Kind::Person),
        ["Okafor"]
    );
    let t = "Senate Majority Leader Chuck Schumer and FBI Director Kash Patel spoke.";
    assert_eq!(of(t, Kind::Person), ["Chuck Schumer", "Kash Patel"]);
}

#[test]
fn accented_and_particle_names_are_whole() {
    let t = "Brazil's Luiz Inácio Lula da Silva hosted Nicolás Maduro and Donald J. Trump.";
    assert_eq!(
        of(t, Kind::Person),
        [
            "Luiz Inácio Lula da Silva",
            "Nicolás Maduro",
            "Donald J. Trump"
        ]
    );
}

#[test]
fn surnames_count_only_after_the_full_name() {
    let t = "Rescuers found Amina Yusuf alive. Later, Yusuf thanked them. Gunmen fled.";
    assert_eq!(of(t, Kind::Person), ["Amina Yusuf", "Yusuf"]);
    assert!(of("Yusuf thanked them. Gunmen fled.", Kind::Person).is_empty());
    // A title names a person by surname alone; the surname then stands on
    // its own.
    let t = "The talks with President Okafor ended. Hours later, Okafor left.";
    assert_eq!(of(t, Kind::Person), ["Okafor", "Okafor"]);
}

#[test]
fn sentence_words_months_and_weekdays_are_never_names() {
    let t = "However, on Monday, January 5, After the storm, According to officials, The Red Tide grew.";
    let e = ents(t);
    assert!(e.iter().all(|(k, _)| *k != Kind::Person), "{e:?}");
    let t = "Meanwhile Angela Merkel arrived.";
    assert_eq!(of(t, Kind::Person), ["Angela Merkel"]);
}

#[test]
fn ordinary_capitalised_phrases_are_not_people() {
    for t in [
        "The Social Media Summit opened.",
        "Crowds filled Plaza de Bolívar.",
        "The Latin American bloc voted.",
        "It posted on Truth Social.",
    ] {
        assert!(of(t, Kind::Person).is_empty(), "{t}: {:?}", ents(t));
    }
}

#[test]
fn organisations_by_word_acronym_and_spelled_out_acronym() {
    let t = "The Ministry of Foreign Affairs, the Kenya Wildlife Service and the Federal Reserve met NATO and the FBI.";
    assert_eq!(
        of(t, Kind::Org),
        [
            "Ministry of Foreign Affairs",
            "Kenya Wildlife Service",
            "Federal Reserve",
            "NATO",
            "FBI"
        ]
    );
    let t = "The American studio Halloran Pictures and Arvensk Capital announced it.";
    assert_eq!(of(t, Kind::Org), ["Halloran Pictures", "Arvensk Capital"]);
    assert!(of(t, Kind::Person).is_empty());
    let t = "The Partido Acción Nacional (PAN) and the United Nations objected.";
    assert_eq!(
        of(t, Kind::Org),
        ["Partido Acción Nacional", "PAN", "United Nations"]
    );
}

#[test]
fn dateline_city_and_outlet() {
    let t = "NAIROBI (Reuters) - Floods swept through Kenya on Tuesday.";
    let e = extract(t, &DocInfo::default());
    assert_eq!(&t[e[0].span.clone()], "NAIROBI");
    assert_eq!(e[0].kind, Kind::Place);
    assert!(matches!(&e[0].value, Value::Entity { canonical } if canonical == "Nairobi"));
    assert_eq!(of(t, Kind::Org), ["Reuters"]);
    assert_eq!(of(t, Kind::Place), ["NAIROBI", "Kenya"]);
}

#[test]
fn places_from_a_world_gazetteer() {
    let t = "Aid reached the Democratic Republic of the Congo, Latin America and the United States via Ulaanbaatar.";
    assert_eq!(
        of(t, Kind::Place),
        [
            "Democratic Republic of the Congo",
            "Latin America",
            "United States",
            "Ulaanbaatar"
        ]
    );
    assert_eq!(
        of("The U.S.-Mexico border", Kind::Place),
        ["U.S.", "Mexico"]
    );
    let t = "Gustavo Petro of Colombia met Jordan Peterson in Jordan.";
    assert_eq!(of(t, Kind::Person), ["Gustavo Petro", "Jordan Peterson"]);
    assert_eq!(of(t, Kind::Place), ["Colombia", "Jordan"]);
}

#[test]
fn demonyms_are_not_places() {
    assert!(ents("Turkish and Mexican officials met Colombians.").is_empty());
    assert_eq!(demonym_country("Colombians"), Some("Colombia"));
}

#[test]
fn shouting_is_not_an_acronym() {
    assert!(of("Drugs must be STOPPED now, WE WILL WIN.", Kind::Org).is_empty());
    assert!(ents("BREAKING: HUGE FIRE IN THE CITY CENTRE TONIGHT").is_empty());
}

#[test]
fn headline_lines_only_repeat_names_the_body_established() {
    let t = "Floods Kill Dozens As Rivers Burst Banks Near Nairobi Says Odinga\nRaila Odinga toured the area.";
    let e = ents(t);
    assert!(e.contains(&(Kind::Place, "Nairobi".into())), "{e:?}");
    assert!(e.contains(&(Kind::Person, "Odinga".into())), "{e:?}");
    assert!(
        !e.iter()
            .any(|(_, n)| n.contains("Floods") || n.contains("Rivers")),
        "{e:?}"
    );
}

#[test]
fn canonical_names_merge_short_forms() {
    let names: Vec<(Kind, String)> = [
        "Marco Rubio",
        "Rubio",
        "Trump",
        "Donald Trump",
        "Donald J. Trump",
        "Mr. Petro",
        "Gustavo Petro",
        "Nicolas Maduro",
        "Nicolás Maduro",
        "Lula",
        "Luiz Inácio Lula da Silva",
    ]
    .iter()
    .map(|n| (Kind::Person, n.to_string()))
    .collect();
    let m = canonical_names(&names);
    assert_eq!(m["Rubio"], "Marco Rubio");
    assert_eq!(m["Trump"], m["Donald Trump"]);
    assert_eq!(m["Donald J. Trump"], m["Donald Trump"]);
    assert_eq!(m["Mr. Petro"], "Gustavo Petro");
    assert_eq!(m["Nicolas Maduro"], "Nicolás Maduro");
    assert_eq!(m["Lula"], "Luiz Inácio Lula da Silva");
}

#[test]
fn family_names_that_open_the_full_name_merge_with_it() {
    let names: Vec<(Kind, String)> = [
        "Kim Jong Un",
        "Kim Jong-un",
        "Kim",
        "Mr. Kim",
        "Xi Jinping",
        "Xi",
        "Jim Jordan",
        "Jordan Hale",
        "Jordan",
    ]
    .iter()
    .map(|n| (Kind::Person, n.to_string()))
    .collect();
    let m = canonical_names(&names);
    assert_eq!(m["Kim Jong-un"], m["Kim Jong Un"]);
    assert_eq!(m["Kim"], m["Kim Jong Un"]);
    assert_eq!(m["Mr. Kim"], m["Kim Jong Un"]);
    assert_eq!(m["Xi"], "Xi Jinping");
    assert!(
        !m.contains_key("Jordan"),
        "one man's surname, another's first name"
    );
}

#[test]
fn ambiguous_surnames_map_to_nothing() {
    let names: Vec<(Kind, String)> = ["Ana Smith", "John Smith", "Smith"]
        .iter()
        .map(|n| (Kind::Person, n.to_string()))
        .collect();
    let m = canonical_names(&names);
    assert!(!m.contains_key("Smith"));
    assert_eq!(m["Ana Smith"], "Ana Smith");
    let places = [
        (Kind::Place, "the Netherlands".to_string()),
        (Kind::Place, "Netherlands".to_string()),
    ];
    let m = canonical_names(&places);
    assert_eq!(m["Netherlands"], m["the Netherlands"]);
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_valid(s in "\\PC*") {
        let a = crate::engine::extract::prop_support::check_reading(&s, |t| {
            extract(t, &DocInfo::default())
        })?;
        prop_assert!(a.iter().all(|e| e.kind.is_entity()));
    }

    #[test]
    fn names_with_marks_and_scripts(
        s in proptest::collection::vec(
            prop_oneof![
                Just("Ana"), Just("López"), Just("Jose\u{301}"), Just("O’Brien"), Just("de"),
                Just("Mr."), Just("President"), Just("U.S.-"), Just(" "), Just("\n"), Just("中文"),
                Just("🙂"), Just("עברית"), Just("NATO"), Just("("), Just(")"), Just(" - "),
                Just("’s"), Just("."), Just("Ministry"), Just("of"), Just("Kenya"),
            ],
            0..40,
        )
    ) {
        let s = s.concat();
        crate::engine::extract::prop_support::check_reading(&s, |t| extract(t, &DocInfo::default()))?;
    }
}

#[test]
fn org_names_with_and_are_split_only_between_two_orgs() {
    let t = "The Ministry of Trade and Industry and the Central Bank of Kenya agreed.";
    assert_eq!(
        of(t, Kind::Org),
        ["Ministry of Trade and Industry", "Central Bank of Kenya"]
    );
}

/// Throughput on the seed articles, one call per article as in the app.
/// Run with `cargo test --release -- --ignored throughput --nocapture`.
#[test]
#[ignore]
fn throughput() {
    let mut docs = Vec::new();
    for e in std::fs::read_dir("seeds").unwrap() {
        docs.push(std::fs::read_to_string(e.unwrap().path()).unwrap());
    }
    let bytes: usize = docs.iter().map(String::len).sum::<usize>() * 50;
    let t0 = std::time::Instant::now();
    for _ in 0..50 {
        for d in &docs {
            std::hint::black_box(extract(d, &DocInfo::default()));
            std::hint::black_box(crate::engine::extract::quote::extract(
                d,
                &DocInfo::default(),
            ));
        }
    }
    let mbps = bytes as f64 / t0.elapsed().as_secs_f64() / 1e6;
    println!("entity+quote: {mbps:.1} MB/s");
    let t0 = std::time::Instant::now();
    for _ in 0..50 {
        for d in &docs {
            std::hint::black_box(extract(d, &DocInfo::default()));
        }
    }
    let mbps = bytes as f64 / t0.elapsed().as_secs_f64() / 1e6;
    println!("entity: {mbps:.1} MB/s");
}

#[test]
#[ignore]
fn cost_breakdown() {
    let t0 = std::time::Instant::now();
    for _ in 0..100 {
        std::hint::black_box(Lexicon::new());
    }
    println!("lexicon {:?}", t0.elapsed() / 100);
    let t0 = std::time::Instant::now();
    for _ in 0..100 {
        std::hint::black_box(Gazetteer::new());
    }
    println!("gazetteer {:?}", t0.elapsed() / 100);
    let t0 = std::time::Instant::now();
    for _ in 0..100 {
        std::hint::black_box(extract("", &DocInfo::default()));
    }
    println!("empty extract {:?}", t0.elapsed() / 100);
}

#[test]
#[ignore]
fn throughput_others() {
    let mut docs = Vec::new();
    for e in std::fs::read_dir("seeds").unwrap() {
        docs.push(std::fs::read_to_string(e.unwrap().path()).unwrap());
    }
    let bytes: usize = docs.iter().map(String::len).sum::<usize>() * 20;
    let t0 = std::time::Instant::now();
    for _ in 0..20 {
        for d in &docs {
            std::hint::black_box(crate::engine::extract::extract(d, &DocInfo::default()));
        }
    }
    let mbps = bytes as f64 / t0.elapsed().as_secs_f64() / 1e6;
    println!("all extractors: {mbps:.1} MB/s");
    let t0 = std::time::Instant::now();
    for _ in 0..20 {
        for d in &docs {
            std::hint::black_box(crate::engine::extract::count::extract(
                d,
                &DocInfo::default(),
            ));
        }
    }
    let mbps = bytes as f64 / t0.elapsed().as_secs_f64() / 1e6;
    println!("count: {mbps:.1} MB/s");
}

#[test]
fn a_described_person_after_the_is_no_name() {
    let t = "Maria Lopez won again. The Oregon Republican thanked voters, and the Texas Democrat conceded.";
    assert_eq!(of(t, Kind::Person), ["Maria Lopez"]);
    let t = "Maria Lopez beat a Midwestern Democrat and a Rust Belt congressman.";
    assert_eq!(of(t, Kind::Person), ["Maria Lopez"]);
    // A name that merely follows "the" elsewhere in the sentence stays one.
    let t = "Votes went to the winner, Maria Lopez, after the count.";
    assert_eq!(of(t, Kind::Person), ["Maria Lopez"]);
}
