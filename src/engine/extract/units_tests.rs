use super::*;

#[test]
fn qualifiers_bend_intervals() {
    let n = Interval::exact(100.0);
    let q = |s| qualify(parse_qual(Some(s)), n, 100.0, 100.0);
    let nearly = q("nearly");
    assert_eq!((nearly.lo, nearly.hi, nearly.hi_open), (90.0, 100.0, true));
    assert!(
        !nearly.overlaps(&Interval::at_least(100.0)),
        "almost 100 < 100"
    );
    assert_eq!(q("at least"), Interval::at_least(100.0));
    assert_eq!(q("more  than"), Interval::more_than(100.0));
    assert_eq!(q("well over"), Interval::more_than(100.0));
    assert_eq!(q("up to"), Interval::at_most(100.0, false));
    assert_eq!(q("fewer than"), Interval::at_most(100.0, true));
    assert_eq!(q("about"), Interval::closed(90.0, 110.0));
    assert_eq!(parse_qual(None), Qual::Exact);
}

#[test]
fn scaled_numbers_round_on_their_digits() {
    let r = written_interval(2e8, "200 million");
    assert_eq!((r.lo, r.hi), (1.8e8, 2.2e8));
    let two = written_interval(2e9, "2 billion");
    assert_eq!((two.lo, two.hi), (1.85e9, 2.15e9), "less than 'about'");
    let eight = written_interval(8e6, "8m");
    assert_eq!((eight.lo, eight.hi), (7.5e6, 8.5e6), "to the million");
    assert!(!written_interval(3e6, "3m").overlaps(&Interval::exact(3.3e6)));
    let dec = written_interval(1.35e6, "1.35 million");
    assert!((dec.lo - 1.345e6).abs() < 1e-3 && (dec.hi - 1.355e6).abs() < 1e-3);
    assert!(!dec.overlaps(&Interval::exact(1.36e6)));
    let plain = written_interval(43_000.0, "43,000");
    assert_eq!((plain.lo, plain.hi), (42_500.0, 43_500.0));
}

#[test]
fn spelled_scaled_numbers_round_as_written_digits_do() {
    let six = written_interval(6e6, "six million");
    assert_eq!(
        (six.lo, six.hi),
        (written_interval(6e6, "6 million").lo, 6.45e6)
    );
    assert!(six.overlaps(&Interval::exact(6.2e6)));
    // Numbers with no scale stay what they say.
    assert!(written_interval(80.0, "eighty").is_exact());
}

#[test]
fn spaced_thousands_round_like_comma_thousands() {
    // A float scale from "14" to 14,862 would miss the exact value.
    let spaced = written_interval(14_862.0, "14 862");
    assert_eq!((spaced.lo, spaced.hi), (14_862.0, 14_862.0));
    let narrow = written_interval(43_000.0, "43\u{202f}000");
    assert_eq!((narrow.lo, narrow.hi), (42_500.0, 43_500.0));
}

#[test]
fn shares_cover_their_last_digit_only() {
    let twenty = stated_interval(20.0, "20");
    assert_eq!((twenty.lo, twenty.hi), (19.5, 20.5));
    assert!(!twenty.overlaps(&Interval::exact(21.0)));
    let p = stated_interval(12.5, "12.5");
    assert!(p.overlaps(&Interval::exact(12.52)) && !p.overlaps(&Interval::exact(12.6)));
    let about = qualify(Qual::Approx, twenty, 20.0, 20.0);
    assert_eq!((about.lo, about.hi), (18.0, 22.0));
    assert!(!about.overlaps(&Interval::exact(12.0)));
}

#[test]
fn measurements_cover_their_last_digit() {
    let six = measured_interval(6.0, "6");
    assert_eq!((six.lo, six.hi), (5.5, 6.5));
    let m = measured_interval(6.1, "6.1");
    assert!((m.lo - 6.05).abs() < 1e-9 && (m.hi - 6.15).abs() < 1e-9);
    let big = measured_interval(1.5e6, "1.5 million");
    assert!((big.lo - 1.45e6).abs() < 1e-3);
    let half = measured_interval(0.5, "half");
    assert!((half.lo - 0.45).abs() < 1e-9 && (half.hi - 0.55).abs() < 1e-9);
}

#[test]
fn every_unit_name_is_found_and_alternation_compiles() {
    for unit in UNITS {
        for name in unit.names {
            assert_eq!(lookup_unit(name).map(|u| u.base), Some(unit.base), "{name}");
        }
    }
    let re = regex::Regex::new(&format!("(?i)^{}", unit_alternation())).unwrap();
    assert_eq!(re.find("km² of").unwrap().as_str(), "km²");
    assert_eq!(re.find("km/h").unwrap().as_str(), "km/h");
    assert_eq!(
        re.find("nautical miles").unwrap().as_str(),
        "nautical miles"
    );
    assert!(re.find("c").is_none(), "bare c must be upper case");
}

#[test]
fn fahrenheit_converts_to_celsius() {
    let f = lookup_unit("°F").unwrap();
    let c = f.to_base(Interval::exact(212.0));
    assert!((c.lo - 100.0).abs() < 1e-9);
}

#[test]
fn a_word_before_a_time_word_is_no_cue() {
    // "rose 12% last year": the words after tell when, not of what.
    let classes = WordClasses::new();
    assert_eq!(cue_after(" last year", &classes), None);
    assert_eq!(cue_after(" in aid last year", &classes), Some("aid".into()));
}

#[test]
fn a_name_qualifying_the_noun_gives_way_to_it() {
    let classes = WordClasses::new();
    let cue_after = |after| cue_after(after, &classes);
    assert_eq!(
        cue_after(" of Dravonian adults are obese"),
        Some("adults".into())
    );
    assert_eq!(cue_after(" of SDU members voted"), Some("members".into()));
    // A name alone, or a name of two words, is no noun's qualifier.
    assert_eq!(cue_after(" of Britain and"), None);
    assert_eq!(cue_after(" in New York on"), None);
}

#[test]
fn cues_skip_prepositions_and_stop_at_verbs() {
    let classes = WordClasses::new();
    let cue_after = |after| cue_after(after, &classes);
    assert_eq!(cue_after(" in humanitarian aid."), Some("aid".into()));
    assert_eq!(cue_after(" of drugs"), Some("drugs".into()));
    assert_eq!(cue_after(" fine for"), Some("fine".into()));
    assert_eq!(cue_after(" was paid"), None);
    assert_eq!(cue_after(" increased"), None);
    assert_eq!(cue_after(", officials"), None);
    // The noun, not the verb after it; a describing word gives way.
    assert_eq!(
        cue_after(" lawsuit comes a week later"),
        Some("lawsuit".into())
    );
    assert_eq!(cue_after(" settlement says"), Some("settlement".into()));
    assert_eq!(
        cue_after(" federal lawsuit against"),
        Some("lawsuit".into())
    );
    assert_eq!(cue_after(" police officers"), Some("officers".into()));
    // An irregular participle after the noun is no noun of its own.
    assert_eq!(
        cue_after(" of patients given the drug"),
        Some("patients".into())
    );
    assert_eq!(cue_after(" of shares held by staff"), Some("shares".into()));
}

#[test]
fn about_strays_no_further_than_its_last_digit_allows() {
    let about = |v: f64| qualify(Qual::Approx, Interval::exact(v), v, v);
    let sixty_one = about(61.0);
    assert_eq!((sixty_one.lo, sixty_one.hi), (59.5, 62.5));
    assert!(!sixty_one.overlaps(&Interval::exact(64.2)));
    let eighteen_hundred = about(1_800.0);
    assert_eq!(
        (eighteen_hundred.lo, eighteen_hundred.hi),
        (1_650.0, 1_950.0)
    );
    assert!(!eighteen_hundred.overlaps(&Interval::exact(2_100.0)));
    // A round number keeps its tenth either side.
    let seven_thousand = about(7_000.0);
    assert_eq!((seven_thousand.lo, seven_thousand.hi), (6_300.0, 7_700.0));
    let nearly = qualify(Qual::Nearly, Interval::exact(42.0), 42.0, 42.0);
    assert!(nearly.overlaps(&Interval::exact(41.7)));
    assert!(!nearly.overlaps(&Interval::exact(40.0)));
}

#[test]
fn just_over_a_number_is_past_it_but_not_far() {
    assert_eq!(parse_qual(Some("just over")), Qual::JustOver);
    assert_eq!(parse_qual(Some("slightly more than")), Qual::JustOver);
    assert_eq!(parse_qual(Some("a little under")), Qual::JustUnder);
    assert_eq!(parse_qual(Some("well over")), Qual::MoreThan);
    // "just over 52%" is not 57.4%, nor 52% itself.
    let over = qualify(Qual::JustOver, Interval::exact(52.0), 52.0, 52.0);
    assert!(over.overlaps(&Interval::exact(53.0)));
    assert!(!over.overlaps(&Interval::exact(57.4)));
    assert!(!over.overlaps(&Interval::exact(52.0)));
    let under = qualify(Qual::JustUnder, Interval::exact(5_000.0), 5_000.0, 5_000.0);
    assert!(under.overlaps(&Interval::exact(4_800.0)));
    assert!(!under.overlaps(&Interval::exact(5_000.0)));
    assert!(!under.overlaps(&Interval::exact(4_000.0)));
}
