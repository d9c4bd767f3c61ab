//! Quarters and halves of a year, stated or relative.

use jiff::civil::date;

use super::dates_compatible;
use super::tests::{PUB, days, one};

#[test]
fn a_quarter_of_a_stated_year_is_its_three_months() {
    for (text, span, (first, last)) in [
        (
            "The deal should close in the second quarter of 2027, it said.",
            "second quarter of 2027",
            (date(2027, 4, 1), date(2027, 6, 30)),
        ),
        (
            "Profit rose in Q3 2025 as sales grew.",
            "Q3 2025",
            (date(2025, 7, 1), date(2025, 9, 30)),
        ),
        (
            "Deliveries start in the final quarter of 2026.",
            "final quarter of 2026",
            (date(2026, 10, 1), date(2026, 12, 31)),
        ),
    ] {
        let (s, v) = one(text, None);
        assert_eq!(s, span, "{text}");
        assert_eq!(days(&v), (first, last), "{text}");
    }
}

#[test]
fn a_quarter_of_next_year_resolves_against_the_publication_date() {
    let text = "They expect to complete the deal in the second quarter of next year.";
    let (_, v) = one(text, Some(PUB));
    assert_eq!(days(&v), (date(2027, 4, 1), date(2027, 6, 30)));
    let (_, unresolved) = one(text, None);
    assert_eq!(
        unresolved.relative.as_deref(),
        Some("second quarter of next year")
    );
}

#[test]
fn two_quarters_of_one_year_clash_and_each_fits_the_year() {
    let q1 = one("It closes in the first quarter of 2027.", None).1;
    let q2 = one("It closes in the second quarter of 2027.", None).1;
    let year = one("It closes in 2027.", None).1;
    assert!(!dates_compatible(&q1, &q2));
    assert!(dates_compatible(&q1, &year) && dates_compatible(&q2, &year));
}

#[test]
fn a_share_of_a_year_is_no_quarter() {
    let (s, _) = one("A quarter of 2025's sales came from Asia.", None);
    assert_eq!(s, "2025");
}

#[test]
fn a_quarter_without_its_year_is_the_last_one_reported_or_the_next_one_planned() {
    // PUB is in January 2026: the fourth quarter reported is 2025's.
    let (s, v) = one(
        "Profit fell in the fourth quarter, the company said.",
        Some(PUB),
    );
    assert_eq!(s, "fourth quarter");
    assert_eq!(days(&v), (date(2025, 10, 1), date(2025, 12, 31)));
    let (s, v) = one("Its Q4 margin shrank.", Some(PUB));
    assert_eq!(s, "Q4");
    assert_eq!(days(&v), (date(2025, 10, 1), date(2025, 12, 31)));
    let (s, v) = one("It reported a drop in third-quarter profit.", Some(PUB));
    assert_eq!(s, "third-quarter");
    assert_eq!(days(&v), (date(2025, 7, 1), date(2025, 9, 30)));
    // The quarter under way, and one ahead in a plan.
    let (_, v) = one("Sales are rising in the first quarter.", Some(PUB));
    assert_eq!(days(&v), (date(2026, 1, 1), date(2026, 3, 31)));
    let (_, v) = one(
        "The deal is expected to close in the second quarter.",
        Some(PUB),
    );
    assert_eq!(days(&v), (date(2026, 4, 1), date(2026, 6, 30)));
}

#[test]
fn a_quarter_of_something_else_is_no_date() {
    assert!(
        super::tests::found("He scored in the first quarter of the game.", Some(PUB)).is_empty()
    );
    assert!(super::tests::found("A quarter of sales came from Asia.", Some(PUB)).is_empty());
    // Unresolved, two quarters still clash.
    let q3 = one("Profit fell in Q3.", None).1;
    let q4 = one("Profit fell in Q4.", None).1;
    assert!(!dates_compatible(&q3, &q4));
}
