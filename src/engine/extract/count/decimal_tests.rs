//! Tests of numbers whose written form sets how precise they are: a
//! decimal part outside a scale word (an average, "2.3 people" a
//! household; percentage points, "8.6 points higher"), or dozens.
use super::*;

#[test]
fn an_average_with_its_noun_is_a_count() {
    let (s, a, n) = one("Each household now has an average of 2.3 people in it.");
    assert_eq!((s.as_str(), n.as_str()), ("2.3 people", "people"));
    assert!(a.overlaps(&Interval::exact(2.3)) && !a.overlaps(&Interval::exact(2.4)));
}

#[test]
fn a_decimal_without_its_noun_counts_nothing() {
    none(&[
        "The index rose 2.3 on Friday.",
        "Sales were up 2.5 to 3.5 times.",
        "It scored 7.5 out of ten.",
    ]);
}

#[test]
fn decimal_points_beside_a_rate_are_percentage_points() {
    let p = percents("Girls' pass rate was 8.6 points higher than boys'.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, "8.6 points");
    assert!(p[0].1.overlaps(&Interval::exact(8.6)));
    // The rate may be the sentence before's.
    let p = percents("She won 50.4% of the vote. Her lead was 0.8 points.");
    assert!(p.iter().any(|(s, _, _)| s == "0.8 points"), "{p:?}");
    // Without a rate or a share in the sentence or the one before they
    // are no count either.
    none(&["The index fell 8.6 points on Friday."]);
    none(&["Markets were calm. The index fell 8.6 points on Friday."]);
}

#[test]
fn a_number_written_in_dozens_strays_a_tenth_when_near_or_about() {
    let (_, nearly, _) = one("Nearly two dozen inmates were treated.");
    assert!(nearly.overlaps(&Interval::exact(22.0)), "{nearly:?}");
    assert!(!nearly.overlaps(&Interval::exact(24.0)), "{nearly:?}");
    let (_, about, _) = one("About two dozen people were hurt.");
    assert!(
        about.overlaps(&Interval::exact(26.0)) && about.overlaps(&Interval::exact(22.0)),
        "{about:?}"
    );
    // Written in units, the last digit bounds it: 22 is not nearly 24.
    let (_, digits, _) = one("Nearly 24 inmates were treated.");
    assert!(!digits.overlaps(&Interval::exact(22.0)), "{digits:?}");
}

#[test]
fn an_index_s_points_are_counted_to_their_last_decimal() {
    let (s, a, n) = one("The index fell 412.6 points on Tuesday.");
    assert_eq!((s.as_str(), n.as_str()), ("412.6 points", "points"));
    // Stated to the tenth, it is the 412.62 points another outlet gives.
    assert!(a.overlaps(&Interval::exact(412.62)), "{a:?}");
    assert!(!a.overlaps(&Interval::exact(412.7)), "{a:?}");
    // Below a hundred, points beside a rate are still percentage points.
    let rate = extract("The pass rate was 8.6 points higher.", &DocInfo::default());
    assert!(rate.iter().all(|e| e.kind == Kind::Percent), "{rate:?}");
}
