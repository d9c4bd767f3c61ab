//! Stretches of days written with words between their ends.

use jiff::civil::date;

use super::tests::{PUB, days, found, one};

#[test]
fn between_two_days_of_a_month_is_one_stretch() {
    let (s, v) = one("The poll was carried out between 3 and 5 March.", Some(PUB));
    assert_eq!(s, "between 3 and 5 March");
    assert_eq!(days(&v), (date(2026, 3, 3), date(2026, 3, 5)));
    let (s, v) = one("Fieldwork ran between March 3 and 5, 2026.", Some(PUB));
    assert_eq!(s, "between March 3 and 5, 2026");
    assert_eq!(days(&v), (date(2026, 3, 3), date(2026, 3, 5)));
}

#[test]
fn from_one_day_to_another_of_a_month_is_one_stretch() {
    let (s, v) = one("The talks run from 14 to 16 May in the capital.", Some(PUB));
    assert_eq!(s, "14 to 16 May");
    assert_eq!(days(&v), (date(2026, 5, 14), date(2026, 5, 16)));
}

#[test]
fn two_days_joined_by_and_without_between_are_no_stretch() {
    // Only the day the month follows is read; "3" alone is no date.
    let all = found("Hearings are set for 3 and 5 March.", Some(PUB));
    let texts: Vec<&str> = all.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(texts, ["5 March"]);
    assert_eq!(days(&all[0].1), (date(2026, 3, 5), date(2026, 3, 5)));
}
