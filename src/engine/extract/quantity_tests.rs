use super::*;
use proptest::prelude::*;

fn quantities(text: &str) -> Vec<(String, Interval, String, Option<String>)> {
    extract(text, &DocInfo::default())
        .into_iter()
        .map(|e| match e.value {
            Value::Quantity { amount, unit } => (text[e.span].to_string(), amount, unit, e.cue),
            _ => unreachable!(),
        })
        .collect()
}

#[test]
fn magnitude_in_every_spelling() {
    let texts = [
        ("A 6.1-magnitude earthquake struck", "6.1-magnitude"),
        ("a magnitude 6.1 quake", "magnitude 6.1"),
        ("the magnitude-6.1 tremor", "magnitude-6.1"),
        ("USGS reported an M6.1 event", "M6.1"),
        ("a 6.1 magnitude earthquake", "6.1 magnitude"),
        ("It had a magnitude of 6.1.", "magnitude of 6.1"),
        (
            "measuring 6.1 on the Richter scale",
            "measuring 6.1 on the Richter scale",
        ),
        ("the quake, measuring 6.1, hit", "measuring 6.1"),
        ("A 6.1 quake rattled the coast.", "A 6.1 quake"),
        ("a 6.1 earthquake", "a 6.1 earthquake"),
        ("a Mw 6.1 shock", "Mw 6.1"),
    ];
    for (t, span) in texts {
        let q = quantities(t);
        assert_eq!(q.len(), 1, "{t}: {q:?}");
        assert_eq!(
            (q[0].0.as_str(), q[0].2.as_str()),
            (span, "magnitude"),
            "{t}"
        );
        assert!(q[0].1.overlaps(&Interval::exact(6.1)), "{t}");
        assert!(!q[0].1.overlaps(&Interval::exact(6.2)), "{t}");
    }
}

#[test]
fn magnitude_lookalikes_are_not_magnitudes() {
    for t in [
        "the M4 motorway",
        "a magnitude of 5 million",
        "measuring 6 inches wide",
        "a 6.1 per cent rise",
    ] {
        let q = quantities(t);
        assert!(q.iter().all(|x| x.2 != "magnitude"), "{t}: {q:?}");
    }
    assert_eq!(quantities("measuring 6 inches")[0].2, "m");
}

#[test]
fn kilometres_and_miles_agree_and_parentheses_give_two() {
    let q = quantities("The quake hit at a depth of 10 km (6 miles), officials said.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!((q[0].0.as_str(), q[1].0.as_str()), ("10 km", "6 miles"));
    assert!(
        q.iter()
            .all(|x| x.2 == "m" && x.3.as_deref() == Some("depth"))
    );
    assert!(q[0].1.overlaps(&q[1].1));
    let far = quantities("about 70 kilometres away and 20 miles north");
    assert!(!far[0].1.overlaps(&far[1].1), "{far:?}");
    let deep = quantities("It was six miles deep.");
    assert_eq!(deep[0].3.as_deref(), Some("depth"));
}

#[test]
fn mass_converts_to_kilograms_with_measured_thing_as_cue() {
    let q = quantities("Police seized 1,000 tons of drugs and half a ton of cocaine.");
    assert_eq!(q[0].3.as_deref(), Some("drugs"));
    assert!(q[0].1.overlaps(&Interval::exact(1_000_000.0)) && q[0].2 == "kg");
    assert_eq!(q[1].0, "half a ton");
    // Half of a short, a metric or a long ton.
    let half = q[1].1;
    assert!(half.lo < 460.0 && half.hi > 505.0, "{half:?}");
    assert_eq!(q[1].3.as_deref(), Some("cocaine"));
    let lb = quantities("The suspect weighed 200 pounds.");
    assert!(lb[0].1.overlaps(&Interval::exact(90.7)) && lb[0].2 == "kg");
}

#[test]
fn small_masses_are_masses_not_counts() {
    // "26 micrograms" of a toxin is a mass, to be compared with "26 µg".
    for (text, written) in [
        (
            "Samples held 26 micrograms of the toxin per litre.",
            "26 micrograms",
        ),
        ("Samples held 26 µg of the toxin per litre.", "26 µg"),
        ("Each tablet holds 40 mg of the drug.", "40 mg"),
    ] {
        let q = quantities(text);
        assert_eq!(
            q.first().map(|x| x.0.as_str()),
            Some(written),
            "{text}: {q:?}"
        );
        assert_eq!(q[0].2, "kg", "{text}");
    }
    let micro = quantities("Samples held 26 micrograms of the toxin per litre.");
    assert!(micro[0].1.overlaps(&Interval::exact(26e-9)));
}

#[test]
fn degrees_on_no_stated_scale_are_their_own_unit() {
    let q = quantities("The sea was 14 degrees on Monday.");
    assert_eq!((q[0].0.as_str(), q[0].2.as_str()), ("14 degrees", "deg"));
    // Joined to its number, as in "a 48-degree day".
    let joined = quantities("The race began in 48-degree weather.");
    assert_eq!(
        (joined[0].0.as_str(), joined[0].2.as_str()),
        ("48-degree", "deg")
    );
    // A stated scale still wins.
    let c = quantities("Temperatures of 46 degrees Celsius were recorded.");
    assert_eq!(
        (c[0].0.as_str(), c[0].2.as_str()),
        ("46 degrees Celsius", "C")
    );
}

#[test]
fn pounds_with_money_context_are_not_mass() {
    assert!(quantities("She was fined 500 pounds by the court.").is_empty());
    assert!(quantities("He paid £300 and 200 pounds more.").is_empty());
}

#[test]
fn approximators_and_qualifiers_bend_the_interval() {
    let about = quantities("about 100 km")[0].1;
    assert!(about.lo <= 90_000.0 && about.hi >= 110_000.0);
    assert_eq!(
        quantities("more than 50 tonnes")[0].1,
        Interval::more_than(50_000.0)
    );
    assert_eq!(
        quantities("at least 3 miles")[0].1,
        Interval::at_least(3.0 * 1609.344)
    );
    let up = quantities("up to 30 cm")[0].1;
    assert!(up.lo.is_infinite() && (up.hi - 0.3).abs() < 1e-9);
    let range = quantities("waves of 3-5 metres")[0].1;
    assert!(range.lo < 3.0 && range.hi > 5.0 && range.hi < 6.0);
}

#[test]
fn temperature_speed_area_volume() {
    let t = quantities("Temperatures hit 40C (104F) and fell to -5°C, minus 3 degrees Celsius.");
    assert_eq!(t.len(), 4, "{t:?}");
    assert!(t[0].1.overlaps(&t[1].1), "40C and 104F agree");
    assert!(t[2].1.overlaps(&Interval::exact(-5.0)) && t[2].0 == "-5°C");
    assert!(t[3].1.overlaps(&Interval::exact(-3.0)));
    // Power and energy.
    let w = quantities("Demand peaked at 58.6 gigawatts (58,600 MW); the plant makes 3.2 TWh.");
    assert_eq!((w[0].2.as_str(), w[2].2.as_str()), ("W", "Wh"), "{w:?}");
    assert!(w[0].1.overlaps(&w[1].1), "58.6 GW and 58,600 MW agree");
    // Wire style: a space before the scale's letter after a decimal
    // or in a converting bracket, never after a plain number.
    let t = quantities("a record of 44.9 C; 46 degrees Celsius (115 F) on Tuesday");
    assert_eq!(t.len(), 3, "{t:?}");
    assert!(t[1].1.overlaps(&t[2].1), "46C and 115 F agree");
    assert!(quantities("Grade 5 F was given to 12 C students").is_empty());
    // The scale's name alone, without "degrees".
    let t = quantities("It was 9C (48 Fahrenheit) at the start, 40 Celsius by noon.");
    assert_eq!(t.len(), 3, "{t:?}");
    assert!(t[0].1.overlaps(&t[1].1), "9C and 48 Fahrenheit agree");
    assert!(t[2].1.overlaps(&Interval::exact(40.0)) && t[2].2 == "C");
    let s = quantities("winds of 120 km/h (75 mph)");
    assert_eq!(s[0].2, "m/s");
    assert!(s[0].1.overlaps(&s[1].1));
    assert_eq!(s[1].3.as_deref(), Some("winds"));
    assert_eq!(quantities("some 5,000 hectares burned")[0].2, "m2");
    assert_eq!(
        quantities("2 million barrels of oil")[0].3.as_deref(),
        Some("oil")
    );
    assert_eq!(quantities("50 square kilometres")[0].2, "m2");
    let a = quantities("It burned 420 sq km (162 sq miles).");
    assert_eq!(a.len(), 2, "{a:?}");
    assert!(a[0].1.overlaps(&a[1].1), "the conversion agrees");
}

#[test]
fn amounts_of_data_in_words_and_symbols_agree() {
    let d = quantities("Hackers copied about 1.8 terabytes, or 1.8 TB, not 1,800 GB.");
    assert_eq!(d.len(), 3, "{d:?}");
    assert!(d.iter().all(|q| q.2 == "B"), "{d:?}");
    assert!(d[0].1.overlaps(&d[1].1) && d[1].1.overlaps(&d[2].1));
    assert!(!d[0].1.overlaps(&quantities("a 2.3 TB haul")[0].1));
}

#[test]
fn millions_and_codes_are_not_metres() {
    for t in [
        "1.5m people",
        "a 5m budget",
        "the F-16 jets",
        "a man",
        "a ton of fun",
        "$10 m",
        "a 5m budget was set.",
        "some 400m people live there.",
    ] {
        assert!(quantities(t).is_empty(), "{t}: {:?}", quantities(t));
    }
    // A glued "m" with a unit after it is millions of that unit.
    for (t, v, unit) in [
        ("they bought 800m litres of fuel.", 8e8, "l"),
        ("it stored 40bn cubic metres of gas.", 4e13, "l"),
        ("exports reached 5k tonnes.", 5e6, "kg"),
    ] {
        let q = quantities(t);
        assert_eq!(q.len(), 1, "{t}: {q:?}");
        assert!(
            q[0].1.overlaps(&Interval::exact(v)) && q[0].2 == unit,
            "{t}: {q:?}"
        );
    }
    assert_eq!(quantities("a 10 m wall")[0].2, "m");
    for t in ["on the 3,200m main runway.", "he won the 400m race."] {
        let q = quantities(t);
        assert_eq!(q.len(), 1, "{t}: {q:?}");
        assert_eq!(q[0].2, "m", "{t}");
    }
    // A glued "m" converted to feet in brackets is metres.
    for (t, m) in [
        ("towers that rise 286m (938ft) above the estuary", "286m"),
        ("a 4.2m (14ft) wall", "4.2m"),
    ] {
        let q = quantities(t);
        assert_eq!(q.first().map(|x| x.0.as_str()), Some(m), "{t}: {q:?}");
        assert_eq!(q[0].2, "m", "{t}");
    }
    // A bracket that is no length leaves millions alone.
    assert!(quantities("it raised 4.8m (£4m) last year.").is_empty());
    // Where it lies is a length: "85m down", "within 500m of".
    for t in [
        "The cable lies 85m down on the seabed.",
        "No protest within 500m of parliament.",
        "The tunnel ran 4m beneath the wall.",
        "It landed 300m away from the farm.",
    ] {
        let q = quantities(t);
        assert_eq!(q.len(), 1, "{t}: {q:?}");
        assert_eq!(q[0].2, "m", "{t}");
    }
    for t in [
        "The firm raised 5m from investors.",
        "Sales rose 3m above forecast.",
    ] {
        assert!(quantities(t).is_empty(), "{t}: {:?}", quantities(t));
    }
}

fn mixed() -> impl Strategy<Value = String> {
    let parts = vec![
        "1,000",
        " ",
        "6.1",
        "-",
        "magnitude",
        "M",
        "km",
        "miles",
        "(",
        ")",
        "tons",
        " of ",
        "°",
        "C",
        "F",
        "pounds",
        "£",
        "half a ",
        "é",
        "’",
        "\n",
        "minus ",
        "about ",
        "quake",
        "measuring ",
        "on the Richter scale",
        "km²",
        "−",
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

#[test]
fn a_quantity_before_its_noun_is_about_that_noun() {
    let cue = |t: &str| quantities(t)[0].3.clone();
    assert_eq!(
        cue("It touched down on the 10,500-foot main runway."),
        Some("runway".into())
    );
    assert_eq!(
        cue("It landed on the town's 3,200m runway at noon."),
        Some("runway".into())
    );
    // Past its conversion, or a word of the dimension glued to the unit.
    let both = quantities("Rescuers drilled a 66-centimetre (26-inch) shaft to the men.");
    assert_eq!(both[0].3, Some("shaft".into()));
    assert_eq!(both[1].3, Some("shaft".into()));
    assert_eq!(
        cue("Crews began boring a 66cm-wide escape shaft on Monday."),
        Some("shaft".into())
    );
    // No noun after the unit: the unit stays the cue.
    assert_eq!(cue("The camp lies 20 miles away."), Some("miles".into()));
    assert_eq!(
        cue("The trench is 2 metres (6.6 feet) at its deepest."),
        Some("metres".into())
    );
    assert_eq!(
        cue("It was climbing through 11,000 feet over the sea."),
        Some("feet".into())
    );
}

#[test]
fn thousands_split_by_spaces_are_one_measure() {
    for (text, span, comma) in [
        (
            "Emissions could reach 20 000 tonnes a day.",
            "20 000 tonnes",
            "Emissions could reach 20,000 tonnes a day.",
        ),
        (
            "The pipeline runs 1\u{a0}250 km north.",
            "1\u{a0}250 km",
            "The pipeline runs 1,250 km north.",
        ),
    ] {
        let q = quantities(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].0, span);
        assert_eq!(q[0].1, quantities(comma)[0].1, "{text} reads as {comma}");
    }
    // A year before a figure is no thousands group.
    let q = quantities("In 2019 100 tonnes fell.");
    assert_eq!(q[0].0, "100 tonnes");
}

#[test]
fn a_glued_m_beside_a_named_dimension_is_metres() {
    for (text, span, metres) in [
        (
            "The village lies at an altitude of 2,150m.",
            "2,150m",
            2150.0,
        ),
        (
            "The slide measured about 400m in width.",
            "about 400m",
            400.0,
        ),
    ] {
        let q = quantities(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!((q[0].0.as_str(), q[0].2.as_str()), (span, "m"));
        assert!(q[0].1.overlaps(&Interval::exact(metres)), "{text}");
    }
    // Without one, a glued "m" is as likely millions.
    assert!(quantities("The fund grew to 400m in March.").is_empty());
}

#[test]
fn inches_glued_to_their_number_and_cubic_feet_are_measures() {
    let q = quantities("It rained 310mm (12.2in) in a day.");
    assert_eq!(q[1].0, "12.2in");
    assert!(q[1].1.overlaps(&Interval::exact(0.31)));
    // Spaced, "in" is the preposition.
    assert!(quantities("He scored 3 in the first half.").is_empty());
    let q = quantities("Some 42 million cubic feet of earth fell.");
    assert_eq!(q[0].2, "l");
    assert!(q[0].1.overlaps(&Interval::exact(1.2e9)));
}

#[test]
fn concentrations_are_measures_in_their_own_dimension() {
    let q = quantities("The sample held 4.7 nanograms per millilitre of the drug.");
    assert_eq!(
        (q[0].0.as_str(), q[0].2.as_str()),
        ("4.7 nanograms per millilitre", "g/l")
    );
    let short = quantities("Tests found 4.7 ng/ml in her urine.");
    assert!(
        short[0].1.overlaps(&q[0].1),
        "ng/ml is nanograms per millilitre"
    );
    let gas = quantities("Carbon dioxide reached 421 parts per million.");
    assert_eq!(gas[0].2, "ppm");
}

#[test]
fn hyphenated_compounds_and_abbreviated_units_are_measures() {
    let q = quantities("a new 85,000-square-metre factory");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        (q[0].0.as_str(), q[0].2.as_str()),
        ("85,000-square-metre", "m2")
    );
    assert!(q[0].1.overlaps(&Interval::exact(85_000.0)));
    let feet = quantities("a 915,000-square-foot plant");
    assert!(feet[0].1.overlaps(&Interval::exact(85_006.0)), "{feet:?}");
    let sq = quantities("It covers 86,000 sq metres.");
    assert_eq!(sq[0].0, "86,000 sq metres");
    let kmph = quantities("winds of 165 kmph");
    assert_eq!(
        (kmph[0].0.as_str(), kmph[0].2.as_str()),
        ("165 kmph", "m/s")
    );
}

#[test]
fn a_gem_s_carats_weigh_and_gold_s_carats_do_not() {
    let q = quantities("the 41.6-carat pink diamond");
    assert_eq!((q[0].0.as_str(), q[0].2.as_str()), ("41.6-carat", "kg"));
    // 8.32 grams, as a paper converting it wrote.
    assert!(q[0].1.overlaps(&Interval::exact(0.00832)), "{q:?}");
    assert!(quantities("a crown of 18-carat gold").is_empty());
}

#[test]
fn a_number_and_a_half_is_one_measure() {
    let q = quantities("It lies two and a half miles east of the centre.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "two and a half miles");
    // 4 km, as the outlets writing metric put it.
    assert!(q[0].1.overlaps(&Interval::exact(4_020.0)), "{q:?}");
    let t = quantities("a two-and-a-half-mile walk");
    assert!(t[0].1.overlaps(&Interval::exact(4_020.0)), "{t:?}");
}

#[test]
fn pressure_in_bar_and_psi_agree() {
    let q = quantities("It carried gas at 70 bar (1,015psi) when it burst.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].2, "Pa");
    assert!(q[0].1.overlaps(&q[1].1), "{q:?}");
    assert!(quantities("Two chocolate bars.").is_empty());
}

#[test]
fn tonnes_as_t_are_weights_but_a_capital_t_is_not() {
    let q = quantities("Output fell by 850t a day, and the 6,800 t frigate sailed.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!((q[0].0.as_str(), q[0].2.as_str()), ("850t", "kg"));
    assert!(q[0].1.overlaps(&Interval::exact(850_000.0)), "{q:?}");
    assert_eq!(q[1].0, "6,800 t");
    assert!(quantities("a 3T scanner in the 4th ward").is_empty());
}

#[test]
fn a_bare_ton_may_be_short_metric_or_long() {
    let q = quantities("The 35-ton vehicles carry eight soldiers.");
    let (_, a, unit, _) = &q[0];
    assert_eq!(unit, "kg");
    // 32 tonnes is 35 short tons; 35 long tons is 35.6 tonnes.
    assert!(a.lo <= 32_000.0 && a.hi >= 35_500.0, "{a:?}");
    // A tonne is only metric.
    let q = quantities("The 35-tonne vehicles carry eight soldiers.");
    assert!(q[0].1.lo > 32_000.0, "{:?}", q[0].1);
}

#[test]
fn a_fraction_of_a_unit_is_as_round_as_its_one_decimal() {
    // "half a mile" is 0.45 to 0.55 mile: 800 metres is in it, 700 is not.
    let q = quantities("The terminal is half a mile from the hall.");
    assert_eq!(q[0].0, "half a mile");
    assert!(q[0].1.overlaps(&Interval::exact(800.0)), "{:?}", q[0].1);
    assert!(!q[0].1.overlaps(&Interval::exact(700.0)), "{:?}", q[0].1);
}

#[test]
fn a_temperature_above_or_below_another_is_a_difference_not_a_reading() {
    // 2.3 degrees Celsius above a norm is 4.1 degrees Fahrenheit above it,
    // not the -15C that a reading of 4.1F would be.
    let t = quantities("The summer ran 4.1 degrees Fahrenheit above the 1991-2020 average.");
    assert!(t[0].1.overlaps(&Interval::exact(2.3)), "{t:?}");
    let t = quantities("The sea was 5.4F warmer than usual.");
    assert!(t[0].1.overlaps(&Interval::exact(3.0)), "{t:?}");
    // A reading keeps its offset.
    let t = quantities("It was 50F at noon, above freezing all day.");
    assert!(t[0].1.overlaps(&Interval::exact(10.0)), "{t:?}");
}

#[test]
fn the_temperature_difference_words_are_a_well_formed_list() {
    crate::engine::words::assert_well_formed(
        include_str!("../../../assets/extract/temperature_differences.txt"),
        &["above", "warmer"],
    );
}
