use super::*;
use crate::engine::extract::Extractor;
use crate::engine::model::{DocInfo, Kind};

/// The value the extractor reads from `text`, of `kind`, as [`value`] and
/// [`value_as_written`] show it.
fn shown(text: &str, kind: Kind) -> (String, String) {
    let found = Extractor::new().extract(text, &DocInfo::default());
    let e = found
        .iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {text:?}: {found:?}"));
    let written = &text[e.span.clone()];
    (value(&e.value), value_as_written(&e.value, written))
}

#[test]
fn durations_read_naturally() {
    let d = |s: f64, approx| Value::Duration {
        seconds: Interval::exact(s),
        approx,
        grain: 0.0,
    };
    assert_eq!(value(&d(900.0, false)), "15 min");
    assert_eq!(value(&d(3600.0, false)), "1 h");
    assert_eq!(value(&d(5400.0, true)), "~90 min");
    assert_eq!(value(&d(86_400.0 * 14.0, false)), "2 weeks");
    assert_eq!(value(&d(86_400.0, false)), "1 day");
}

#[test]
fn thirty_days_stay_days() {
    let (v, w) = shown("The strike lasted 30 days.", Kind::Duration);
    assert_eq!(v, "30 days");
    assert_eq!(w, "30 days");
}

#[test]
fn nearly_25_years_reads_about_25_years() {
    let (v, w) = shown("He served nearly 25 years in prison.", Kind::Duration);
    assert_eq!(v, "~25 years");
    assert_eq!(w, "~25 years");
}

#[test]
fn thousands_of_miles_are_kilometres_and_miles_not_metres_twice() {
    let (v, w) = shown(
        "The convoy drove 2,400 miles across the country.",
        Kind::Quantity,
    );
    assert_eq!(v, "3,862 km");
    assert_eq!(w, "2,400 mi (3,862 km)");
}

#[test]
fn thirty_one_miles_are_about_fifty_km() {
    let (v, w) = shown("The fire spread 31 miles east.", Kind::Quantity);
    assert!(!v.contains(" m") && v.ends_with(" km"), "{v}");
    assert!(v.starts_with("~50") || v.starts_with("49.89"), "{v}");
    assert!(w.starts_with("31 mi ("), "{w}");
}

#[test]
fn kilometres_stay_kilometres() {
    let (v, w) = shown("The quake struck 18 km below the town.", Kind::Quantity);
    assert_eq!(v, "18 km");
    assert_eq!(w, "18 km");
}

#[test]
fn millions_of_tonnes_are_million_tonnes_not_billion_kg() {
    let (v, _) = shown(
        "The mine produced 21.5 million metric tons of ore.",
        Kind::Quantity,
    );
    assert_eq!(v, "21.5 million t");
}

#[test]
fn three_m_euros_is_three_million_euros() {
    let (v, _) = shown("The club paid 3m euros for him.", Kind::Money);
    assert_eq!(v, "€3 million");
}

#[test]
fn intervals_show_their_qualifier() {
    let c = |i| Value::Count {
        amount: i,
        noun: Some("people".into()),
    };
    assert_eq!(value(&c(Interval::at_least(50.0))), "≥ 50 people");
    assert_eq!(value(&c(Interval::more_than(200.0))), "> 200 people");
    assert_eq!(value(&c(Interval::exact(1234.0))), "1,234 people");
    assert_eq!(number(2e9), "2 billion");
    assert_eq!(number(-1500.0), "-1,500");
    assert_eq!(number(49_889.7), "49,890");
}

#[test]
fn money_uses_the_currency_sign_when_there_is_one() {
    let m = |x: f64, c: &str| Value::Money {
        amount: Interval::exact(x),
        currency: c.into(),
    };
    assert_eq!(value(&m(2e9, "USD")), "$2 billion");
    assert_eq!(value(&m(5000.0, "ZAR")), "5,000 ZAR");
}

#[test]
fn a_count_just_past_or_short_of_a_number_reads_as_that_bound() {
    let (v, _) = shown("Just over 5,000 people came.", Kind::Count);
    assert_eq!(v, "> 5,000 people");
    let (v, _) = shown("Nearly 5,000 people came.", Kind::Count);
    assert_eq!(v, "< 5,000 people");
    // A round figure sits in the middle of what it allows.
    let (v, _) = shown("Some 2,000 people came.", Kind::Count);
    assert_eq!(v, "~2,000 people");
    let (v, _) = shown("He won 20% of the vote.", Kind::Percent);
    assert_eq!(v, "20%");
}
