use super::*;
use proptest::prelude::*;

fn money(text: &str) -> Vec<(String, Interval, String, Option<String>)> {
    extract(text, &DocInfo::default())
        .into_iter()
        .map(|e| match e.value {
            Value::Money { amount, currency } => {
                (text[e.span].to_string(), amount, currency, e.cue)
            }
            _ => unreachable!(),
        })
        .collect()
}

fn one(text: &str) -> (String, Interval, String) {
    let m = money(text);
    assert_eq!(m.len(), 1, "{text}: {m:?}");
    let (s, a, c, _) = m.into_iter().next().unwrap();
    (s, a, c)
}

#[test]
fn either_side_of_an_exchange_rate_is_no_sum() {
    assert!(money("($1 = 12.50 marka)").is_empty());
    assert!(money("£1 = 16 marka").is_empty());
    assert!(money("1 euro = $1.08").is_empty());
    assert_eq!(money("Tickets cost $1 more than last year.").len(), 1);
}

#[test]
fn digits_grouped_by_spaces_after_a_sign_are_one_sum() {
    let (s, a, c) = one("an entry-level wage of R15 000 a month");
    assert_eq!((s.as_str(), c.as_str()), ("R15 000", "ZAR"));
    // Rounded as "R15,000" is: to the thousand.
    assert_eq!(a, one("an entry-level wage of R15,000 a month").1);
    assert!(a.lo < 15_000.0 && a.hi > 15_000.0);
    let (s, a, _) = one("a fine of €1\u{a0}250\u{a0}000 was paid");
    assert_eq!(s, "€1\u{a0}250\u{a0}000");
    assert_eq!(a, one("a fine of €1,250,000 was paid").1);
    // Groups must be of three: "$15 00" is "$15".
    assert_eq!(one("paid $15 00 times").0, "$15");
}

#[test]
fn currencies_before_and_after_the_number() {
    let cases = [
        ("pledged $2 billion", "$2 billion", 2e9, "USD"),
        ("a €2.4bn package", "€2.4bn", 2.4e9, "EUR"),
        ("bail of $43,351", "$43,351", 43_351.0, "USD"),
        ("£1.7 million", "£1.7 million", 1.7e6, "GBP"),
        ("stole R26 million", "R26 million", 26e6, "ZAR"),
        ("US$5m deal", "US$5m", 5e6, "USD"),
        ("USD 5 million", "USD 5 million", 5e6, "USD"),
        ("5 million dollars", "5 million dollars", 5e6, "USD"),
        ("10,001 euros", "10,001 euros", 10_001.0, "EUR"),
        ("Rs 500 crore", "Rs 500 crore", 5e9, "INR"),
        ("Rs 3 lakh", "Rs 3 lakh", 3e5, "INR"),
        ("¥300", "¥300", 300.0, "JPY"),
        ("₹45", "₹45", 45.0, "INR"),
        ("CHF 12 million", "CHF 12 million", 12e6, "CHF"),
        ("A$3 million", "A$3 million", 3e6, "AUD"),
        ("C$7", "C$7", 7.0, "CAD"),
        // Mexican copy writes the peso's sign with its country's letters;
        // read as "$5m" it would compare as dollars.
        ("a MX$5m fine", "MX$5m", 5e6, "MXN"),
        ("Mex$12 million", "Mex$12 million", 12e6, "MXN"),
        ("HK$3.2 billion", "HK$3.2 billion", 3.2e9, "HKD"),
        (
            "40 million Australian dollars",
            "40 million Australian dollars",
            40e6,
            "AUD",
        ),
    ];
    for (t, span, v, cur) in cases {
        let (s, a, c) = one(t);
        assert_eq!((s.as_str(), c.as_str()), (span, cur), "{t}");
        assert!(a.overlaps(&Interval::exact(v)), "{t}: {a:?}");
    }
}

#[test]
fn hyphenated_scales_and_currencies() {
    let cases = [
        ("a $4.5-million fine", "$4.5-million", 4.5e6, "USD"),
        (
            "a five-million-dollar deal",
            "five-million-dollar",
            5e6,
            "USD",
        ),
        ("a 20-euro note", "20-euro", 20.0, "EUR"),
        (
            "the club paid three million euros",
            "three million euros",
            3e6,
            "EUR",
        ),
        ("or £2.6 million", "£2.6 million", 2.6e6, "GBP"),
        ("or $3.9 million", "$3.9 million", 3.9e6, "USD"),
        ("a 3m euros bid", "3m euros", 3e6, "EUR"),
        ("a €3m bid", "€3m", 3e6, "EUR"),
        ("US$5 billion in loans", "US$5 billion", 5e9, "USD"),
        ("5 billion yuan of bonds", "5 billion yuan", 5e9, "CNY"),
    ];
    for (t, span, v, cur) in cases {
        let (s, a, c) = one(t);
        assert_eq!((s.as_str(), c.as_str()), (span, cur), "{t}");
        assert!(a.overlaps(&Interval::exact(v)), "{t}: {a:?}");
    }
    assert_eq!(money("a $4.5-million fine")[0].3.as_deref(), Some("fine"));
}

#[test]
fn multimillion_is_a_vague_sum() {
    for t in [
        "a multimillion-dollar lawsuit",
        "The multi-million dollar suit",
    ] {
        let (_, a, c) = one(t);
        assert_eq!(c, "USD");
        assert!(a.overlaps(&Interval::exact(5e6)) && !a.overlaps(&Interval::exact(1e6)));
    }
    assert!(money("a multimillion-pound weight").is_empty());
}

#[test]
fn decimals_with_a_scale_cover_their_last_digit() {
    let a = one("settled for $1.35 million").1;
    assert!(a.overlaps(&Interval::exact(1.346e6)) && a.overlaps(&Interval::exact(1.354e6)));
    assert!(!a.overlaps(&Interval::exact(1.34e6)) && !a.overlaps(&Interval::exact(1.36e6)));
    assert!(one("$62,000").1.overlaps(&Interval::exact(61_840.0)));
    assert!(!one("$61,840").1.overlaps(&Interval::exact(61_900.0)));
    // Hyphens that join two sums or a range are not scales.
    assert_eq!(one("$2-3 billion").1, Interval::closed(2e9, 3e9));
}

#[test]
fn rounding_qualifiers_and_ranges() {
    let r = one("$43,000").1;
    assert!(r.overlaps(&Interval::exact(43_350.0)) && !r.overlaps(&Interval::exact(43_600.0)));
    assert_eq!(one("more than $2 billion").1, Interval::more_than(2e9));
    assert_eq!(one("up to €500,000").1, Interval::at_most(500_000.0, false));
    assert_eq!(one("about $2,000").1, Interval::closed(1800.0, 2200.0));
    assert_eq!(one("$2-3 billion").1, Interval::closed(2e9, 3e9));
    assert_eq!(
        one("$2 billion to $3 billion").1,
        Interval::closed(2e9, 3e9)
    );
    assert_eq!(
        one("between $2 and $3 billion").1,
        Interval::closed(2e9, 3e9)
    );
    assert_eq!(money("$5m and $3m").len(), 2);
}

#[test]
fn pence_are_hundredths_of_a_pound_in_sterling_copy() {
    let all = money("Shares closed at 388p, a fall of £0.40.");
    let (s, v, cur, _) = &all[0];
    assert_eq!((s.as_str(), cur.as_str()), ("388p", "GBP"), "{all:?}");
    assert!(v.overlaps(&Interval::exact(3.88)) && !v.overlaps(&Interval::exact(3.9)));
    let (_, v, _) = one("Stamps rise by 5 pence.");
    assert!(v.overlaps(&Interval::exact(0.05)));
    // No sterling in sight: a video's "1080p"; never a clock time.
    assert!(money("The clip streams in 1080p.").is_empty());
    assert!(
        money("Fares rose 12p; the £5 ticket starts at 4p.m.")
            .iter()
            .all(|m| m.0 != "4p")
    );
}

#[test]
fn cents_are_hundredths_of_the_dollar_or_euro_the_copy_writes() {
    let all = money("It earned 64 cents a share on sales of $5.2 billion.");
    let (s, v, cur, _) = &all[0];
    assert_eq!((s.as_str(), cur.as_str()), ("64 cents", "USD"), "{all:?}");
    assert!(v.overlaps(&Interval::exact(0.64)) && !v.overlaps(&Interval::exact(0.65)));
    assert_eq!(
        money("Dividends of 30 cents and 5¢ coins, sales of €3m.")[0].2,
        "EUR"
    );
    // Whose cents, when the copy names no currency, is unknown; unless
    // the cents name it.
    assert!(money("It earned 64 cents a share.").is_empty());
    let named = money("Bread cost 0.84 florins (21 euro cents) more, or 24 US cents.");
    let found: Vec<(&str, &str)> = named
        .iter()
        .map(|(s, _, c, _)| (s.as_str(), c.as_str()))
        .filter(|(_, c)| *c != "florins")
        .collect();
    assert!(found.contains(&("21 euro cents", "EUR")), "{named:?}");
    assert!(found.contains(&("24 US cents", "USD")), "{named:?}");
    let euro_cents = named
        .iter()
        .find(|(s, ..)| s == "21 euro cents")
        .map(|(_, v, ..)| v);
    assert!(
        euro_cents.is_some_and(|v| v.overlaps(&Interval::exact(0.21))),
        "{named:?}"
    );
    assert!(money("The European arm earned 64 cents a share.").is_empty());
}

#[test]
fn a_verb_before_a_sum_that_names_a_thing_passes_the_thing() {
    let (s, v, _) = one("The Senate passes $55.5 billion spending bill.");
    assert_eq!(s, "$55.5 billion");
    assert!(v.overlaps(&Interval::exact(55.5e9)));
    // Before a sum alone, the verb says the sum was gone past.
    for (text, span) in [
        ("Losses topped $1 billion.", "topped $1 billion"),
        ("Sales passed $2 billion last year.", "passed $2 billion"),
    ] {
        let (s, v, _) = one(text);
        assert_eq!(s, span);
        assert!(!v.overlaps(&Interval::exact(v.lo)), "{text}: {v:?}");
    }
}

#[test]
fn pounds_need_money_context() {
    assert_eq!(one("She was fined 500 pounds.").2, "GBP");
    assert_eq!(one("a salary of 30,000 pounds").2, "GBP");
    assert!(money("The fish weighed 40 pounds.").is_empty());
    assert!(money("He weighed 200 pounds. She was hungry.").is_empty());
    // Joined to its number, a pound measures the noun after it.
    assert!(money("A 1.8-pound loaf costs more.").is_empty());
}

#[test]
fn pounds_to_the_penny_or_converted_in_brackets_are_sterling() {
    assert_eq!(
        one("The current rate of 12.50 pounds was set in October.").2,
        "GBP"
    );
    let converted = money("The rate, 13 pounds (about $16.40), stays.");
    assert_eq!(
        (converted[0].0.as_str(), converted[0].2.as_str()),
        ("13 pounds", "GBP")
    );
    // A decimal point earlier in the sentence cuts none of its money words off.
    assert_eq!(one("The minimum wage rose 6.8% to 13 pounds.").2, "GBP");
    // Still weights: a weight's words, and pounds "of" something.
    assert!(money("The baby weighed 7.25 pounds at birth.").is_empty());
    let haul = money("Police found 7,050 pounds of hashish and $5.4 million in cash.");
    assert_eq!(haul.len(), 1, "{haul:?}");
}

#[test]
fn rand_is_never_read_from_a_word() {
    let doc = DocInfo::default();
    for text in ["Rapporteret af AI", "Rain fell. Ra ten", "(Raone)"] {
        assert!(extract(text, &doc).is_empty(), "{text}");
    }
}

#[test]
fn rand_only_glued_to_digits_after_a_non_letter() {
    assert!(money("R 26 million").is_empty());
    assert!(money("FOR26 items, CR7 scored").is_empty());
    assert!(money("the R2-D2 droid").is_empty());
    assert_eq!(one("(R26m)").2, "ZAR");
}

#[test]
fn currencies_are_never_converted() {
    let m = money("$5 and €5 and £5");
    let cur: Vec<&str> = m.iter().map(|x| x.2.as_str()).collect();
    assert_eq!(cur, ["USD", "EUR", "GBP"]);
    assert!(m.iter().all(|x| x.1 == Interval::exact(5.0)));
}

#[test]
fn cue_is_what_the_money_is_for() {
    assert_eq!(money("$2 billion in aid")[0].3.as_deref(), Some("aid"));
    assert_eq!(money("a $5 million fine")[0].3.as_deref(), Some("fine"));
    assert_eq!(
        money("a fine of $5m was imposed")[0].3.as_deref(),
        Some("fine")
    );
    assert_eq!(money("$5m was paid")[0].3, None);
}

#[test]
fn percentages_and_bare_numbers_are_not_money() {
    assert!(money("rose 12% to 300 points, a dollar sign").is_empty());
}

fn mixed() -> impl Strategy<Value = String> {
    let parts = vec![
        "$", "€", "£", "¥", "₹", "R", "Rs ", "US$", "USD ", "2", "1,000", "3.5", "-", " to ",
        "between ", " and ", "billion", "bn", "m", " crore", " pounds", " euros", "fined ",
        "weighed ", "é", "’", "\n", " ",
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
fn any_code_the_rate_table_knows_names_a_currency() {
    let (s, _, c) = one("The fund paid NOK 40 million to the families.");
    assert_eq!((s.as_str(), c.as_str()), ("NOK 40 million", "NOK"));
    let (s, _, c) = one("It reported a loss of 25 million SEK last year.");
    assert_eq!((s.as_str(), c.as_str()), ("25 million SEK", "SEK"));
    // Three capitals the table lacks are no currency.
    assert!(money("The ABC 40 million viewers tuned in.").is_empty());
}

#[test]
fn nordic_and_czech_crowns_are_their_currencies() {
    for (text, span, code) in [
        (
            "The deal is worth 27.3 billion Swedish crowns.",
            "27.3 billion Swedish crowns",
            "SEK",
        ),
        (
            "It reported a profit of 2.5 billion kronor.",
            "2.5 billion kronor",
            "SEK",
        ),
        (
            "The fine was 400 million Danish kroner.",
            "400 million Danish kroner",
            "DKK",
        ),
        (
            "The plant cost 12 billion Czech crowns.",
            "12 billion Czech crowns",
            "CZK",
        ),
    ] {
        let (s, _, c) = one(text);
        assert_eq!((s.as_str(), c.as_str()), (span, code), "{text}");
    }
    // Crowns not named are some crown, and few of them are titles won.
    let (_, _, c) = one("The budget sets aside 40 billion crowns for defence.");
    assert_eq!(c, "crowns");
    assert!(money("She has won three crowns this season.").is_empty());
}

#[test]
fn any_iso_code_names_a_currency_unless_it_is_a_word() {
    // The Kenyan shilling is in ISO 4217, not in the rate table; after
    // its sum only a known code says it is money.
    let (s, _, c) = one("The relief cost 12 million KES in all.");
    assert_eq!((s.as_str(), c.as_str()), ("12 million KES", "KES"));
    // "ALL" (the Albanian lek) is a word in a headline in capitals.
    assert!(money("ALL 24 MINERS SAFE AFTER 12 DAYS").is_empty());
}

#[test]
fn a_sum_before_to_and_a_smaller_number_is_the_sum_alone() {
    for (text, sum, v) in [
        ("They gave €486,000 to 23 charities.", "€486,000", 486_000.0),
        (
            "It sold for $41.6 million to a consortium.",
            "$41.6 million",
            41.6e6,
        ),
        (
            "worth €412 million to three companies",
            "€412 million",
            412e6,
        ),
    ] {
        let (s, a, _) = one(text);
        assert_eq!(s, sum, "{text}");
        assert!(a.lo <= v && v <= a.hi, "{text}: {a:?}");
    }
    // Nor is a fall from one sum to another a range: two sums.
    let both: Vec<String> = money("The cap falls from €1,928 to €1,734 in October.")
        .into_iter()
        .map(|m| m.0)
        .collect();
    assert_eq!(both, ["€1,928", "€1,734"]);
    // A range still reads as one.
    let (s, a, _) = one("Tickets cost $20 to $30 each.");
    assert_eq!((s.as_str(), a.lo, a.hi), ("$20 to $30", 20.0, 30.0));
}
