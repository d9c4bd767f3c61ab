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
