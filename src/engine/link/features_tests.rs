//! Tests of the pair features: rarity, keys, informativeness.
use super::*;
use crate::engine::model::Interval;

#[test]
fn names_are_unique() {
    for (i, n) in NAMES.iter().enumerate() {
        assert_eq!(slot(n), i, "{n} appears twice");
    }
}

#[test]
fn rare_values_score_higher_than_common_ones() {
    let keys = vec![
        Some("a".to_string()),
        Some("b".into()),
        Some("b".into()),
        Some("b".into()),
        Some("b".into()),
        None,
    ];
    let r = rarity(&keys);
    assert!(r[0] > r[1], "{r:?}");
    assert_eq!(r[5], 0.0);
}

#[test]
fn a_small_count_repeated_is_less_telling_than_a_large_one() {
    let count = |n: f64| Value::Count {
        amount: Interval::exact(n),
        noun: None,
    };
    let values = [count(5.0), count(5.0), count(4180.0), count(4180.0)];
    let keys: Vec<Option<String>> = values.iter().map(|v| value_key(Kind::Count, v)).collect();
    let prior: Vec<f32> = values.iter().map(|v| count_prior(Kind::Count, v)).collect();
    assert!(prior[0] > prior[2], "{prior:?}");
    let r = rarity_with_prior(&keys, &prior);
    assert!(r[0] < r[2], "{r:?}");
    // Without the prior both are stated twice, so equally rare.
    let plain = rarity(&keys);
    assert_eq!(plain[0], plain[2]);
    // Sums, shares and fractional counts carry no such prior.
    assert_eq!(count_prior(Kind::Count, &count(2.5)), 0.0);
    assert_eq!(
        count_prior(
            Kind::Percent,
            &Value::Percent {
                amount: Interval::exact(5.0)
            }
        ),
        0.0
    );
}

/// A date no publication date resolved.
fn unresolved(
    granularity: Granularity,
    weekday: Option<jiff::civil::Weekday>,
    relative: Option<&str>,
) -> DateValue {
    DateValue {
        start: None,
        end: None,
        granularity,
        year: None,
        month: None,
        day: None,
        weekday,
        holiday: None,
        relative: relative.map(String::from),
        months: None,
        days: None,
        edge: None,
        past_guess: false,
    }
}

#[test]
fn unresolved_weekdays_are_not_informative() {
    let d = unresolved(Granularity::Day, Some(jiff::civil::Weekday::Monday), None);
    assert!(!informative(&Value::Date(d.clone())));
    let with_year = DateValue {
        year: Some(2019),
        ..d
    };
    assert!(informative(&Value::Date(with_year)));
}

#[test]
fn a_weekday_ahead_is_not_the_same_value_as_a_weekday_gone() {
    let friday = Some(jiff::civil::Weekday::Friday);
    let day = |relative| Value::Date(unresolved(Granularity::Day, friday, relative));
    let key = |v: &Value| value_key(Kind::Date, v);
    assert_eq!(key(&day(None)), key(&day(None)));
    assert_ne!(key(&day(None)), key(&day(Some("ahead"))));
}

#[test]
fn unresolved_relative_times_meet_on_their_words() {
    let rel = |words| Value::Date(unresolved(Granularity::Month, None, Some(words)));
    let key = |v: &Value| value_key(Kind::Date, v);
    assert!(key(&rel("last month")).is_some());
    assert_eq!(key(&rel("last month")), key(&rel("last month")));
    assert_ne!(key(&rel("last month")), key(&rel("next month")));
    // A part of the stretch named is named with it.
    assert_eq!(key(&rel("earlier this week")), key(&rel("this week")));
    assert_eq!(key(&rel("later this year")), key(&rel("this year")));
    assert_ne!(key(&rel("earlier this week")), key(&rel("last week")));
}

#[test]
fn a_part_of_a_month_in_no_year_is_a_value_of_its_own() {
    let part = |days| {
        let mut d = unresolved(Granularity::Week, None, None);
        d.month = Some(2);
        d.days = days;
        Value::Date(d)
    };
    let key = |v: &Value| value_key(Kind::Date, v);
    assert!(key(&part(Some((21, 29)))).is_some());
    assert_eq!(key(&part(Some((21, 29)))), key(&part(Some((21, 29)))));
    assert_ne!(key(&part(Some((21, 29)))), key(&part(Some((1, 10)))));
    // The whole month is said of too much to key on.
    assert_eq!(key(&part(None)), None);
}

#[test]
fn vague_amounts_are_not_informative_and_stated_ones_are() {
    let count = |amount| Value::Count { amount, noun: None };
    assert!(
        !informative(&count(Interval::closed(24.0, 100.0))),
        "dozens"
    );
    assert!(informative(&count(Interval::at_least(48.0))));
    assert!(informative(&count(Interval::around(7000.0, 0.1))));
    assert!(informative(&count(Interval::exact(16.0))));
}

#[test]
fn one_number_stated_two_ways_agrees_as_specifically_as_twice() {
    let at_least = Value::Count {
        amount: Interval::at_least(12.0),
        noun: None,
    };
    let twelve = Value::Count {
        amount: Interval::exact(12.0),
        noun: None,
    };
    let more_than_ten = Value::Count {
        amount: Interval::more_than(10.0),
        noun: None,
    };
    assert_eq!(
        specificity(&at_least, &twelve),
        specificity(&twelve, &twelve)
    );
    assert!(specificity(&more_than_ten, &twelve) < specificity(&at_least, &twelve));
}

#[test]
fn a_weekday_named_alike_tells_as_little_as_a_month_named_alike() {
    let friday = Value::Date(unresolved(
        Granularity::Day,
        Some(jiff::civil::Weekday::Friday),
        None,
    ));
    let mut march = unresolved(Granularity::Month, None, None);
    march.month = Some(3);
    let march = Value::Date(march);
    let mut day = unresolved(Granularity::Day, None, None);
    (day.month, day.day) = (Some(3), Some(6));
    let day = Value::Date(day);
    assert_eq!(specificity(&friday, &friday), specificity(&march, &march));
    assert!(specificity(&friday, &friday) < specificity(&day, &day));
}

#[test]
fn a_weekday_named_alone_fits_a_resolved_day_only_as_a_day_of_its_own() {
    let sunday = Value::Date(unresolved(
        Granularity::Day,
        Some(jiff::civil::Weekday::Sunday),
        None,
    ));
    let day = jiff::civil::date(2026, 5, 3);
    let resolved = Value::Date(DateValue {
        start: Some(day),
        end: Some(day),
        weekday: Some(jiff::civil::Weekday::Sunday),
        ..unresolved(Granularity::Day, None, None)
    });
    assert!(weekday_of_day(&sunday, &resolved));
    assert!(!weekday_of_day(&resolved, &sunday));
    // A month is no day, and "Sunday, May 3" in no year is not named alone.
    let may = Value::Date(DateValue {
        start: Some(jiff::civil::date(2026, 5, 1)),
        end: Some(jiff::civil::date(2026, 5, 31)),
        ..unresolved(Granularity::Month, None, None)
    });
    assert!(!weekday_of_day(&sunday, &may));
    let dated = Value::Date(DateValue {
        month: Some(5),
        day: Some(3),
        ..unresolved(Granularity::Day, Some(jiff::civil::Weekday::Sunday), None)
    });
    assert!(!weekday_of_day(&dated, &resolved));
}
