//! Tests of dates that name no calendar day on their own: holidays,
//! relative times, parts of a month, and how unresolved ones read.
use jiff::civil::date;

use super::tests::{PUB, days, one};
use super::{DocInfo, dates_compatible, describe, extract};

#[test]
fn holidays_are_days_of_their_year() {
    let pubd = Some(date(2018, 4, 18));
    let (s, v) = one("The envoy flew in over Easter weekend.", pubd);
    assert_eq!(s, "Easter weekend");
    let (a, b) = days(&v);
    assert!(a <= date(2018, 3, 30) && b >= date(2018, 4, 2), "{v:?}");
    let (s, v) = one("Stores closed on Christmas Eve 2019.", None);
    assert_eq!(s, "Christmas Eve 2019");
    assert_eq!(days(&v), (date(2019, 12, 24), date(2019, 12, 24)));
    let (_, v) = one("They met before Thanksgiving.", Some(date(2019, 12, 2)));
    assert_eq!(days(&v), (date(2019, 11, 28), date(2019, 11, 28)));
    let (_, v) = one("a party on New Year’s Eve", None);
    assert_eq!((v.month, v.day, v.start), (Some(12), Some(31), None));
}

#[test]
fn an_unresolved_holiday_keeps_its_name() {
    // With no date line, Easter falls on no known day; its name is what
    // two outlets can still compare.
    let (_, v) = one("The envoy flew in over Easter weekend.", None);
    assert_eq!(v.start, None);
    assert_eq!(v.holiday.as_deref(), Some("easter weekend"));
    let (_, v) = one("They met on Easter.", None);
    assert_eq!(v.holiday.as_deref(), Some("easter"));
}

#[test]
fn an_unresolved_relative_time_keeps_its_words() {
    let (_, v) = one("The invitation came Last  Month, aides said.", None);
    assert_eq!(v.start, None);
    assert_eq!(v.relative.as_deref(), Some("last month"));
    // Resolved against a publication date, the words are not kept.
    let (_, v) = one("Sales rose last month.", Some(PUB));
    assert!(v.start.is_some());
    assert_eq!(v.relative, None);
}

#[test]
fn holiday_words_in_other_senses_are_not_dates() {
    for text in ["an easter breeze", "the Christmases of her youth"] {
        let found: Vec<_> = extract(text, &DocInfo::default())
            .into_iter()
            .map(|e| text[e.span].to_string())
            .collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn an_unresolved_moveable_holiday_clashes_with_a_month_it_never_falls_in() {
    let (_, easter) = one("They met on Easter.", None);
    assert_eq!(easter.months, Some((3, 4)));
    let (_, may) = one("They meet again in May.", None);
    let (_, april) = one("They meet again in April.", None);
    assert!(!dates_compatible(&easter, &may));
    assert!(dates_compatible(&easter, &april));
    let (_, thanksgiving) = one("They met before Thanksgiving.", None);
    assert_eq!(thanksgiving.months, Some((11, 11)));
    // Resolved, Easter is its own day; no month range is kept.
    let (_, v) = one("They met on Easter.", Some(date(2018, 4, 18)));
    assert_eq!(v.months, None);
}

#[test]
fn an_unresolved_part_of_a_month_keeps_its_days() {
    let (_, late) = one("She will step down at the end of February.", None);
    assert_eq!(late.days, Some((21, 29)));
    let (_, early) = one("The vote was moved to early February.", None);
    assert_eq!(early.days, Some((1, 10)));
    let (_, feb28) = one("Her last day is Feb. 28.", None);
    let (_, feb3) = one("Her last day is Feb. 3.", None);
    assert!(!dates_compatible(&late, &early));
    assert!(dates_compatible(&late, &feb28));
    assert!(!dates_compatible(&late, &feb3));
    assert_eq!(describe(&late), "February 21–29 (year unknown)");
    // A whole month holds every part of itself.
    let (_, month) = one("She leaves in February.", None);
    assert_eq!(month.days, None);
    assert!(dates_compatible(&month, &late) && dates_compatible(&month, &early));
    // Resolved, the part is its calendar days; no day range is kept.
    let (_, v) = one("She leaves at the end of February.", Some(PUB));
    assert_eq!(v.days, None);
    assert_eq!(days(&v), (date(2026, 2, 21), date(2026, 2, 28)));
}

#[test]
fn unresolved_dates_read_as_their_words() {
    let (_, easter) = one("They met over Easter weekend.", None);
    assert_eq!(describe(&easter), "Easter Weekend (year unknown)");
    let (_, ago) = one("They met two weeks ago.", None);
    assert_eq!(describe(&ago), "2 weeks ago (date unknown)");
    let (_, month) = one("They met last month.", None);
    assert_eq!(describe(&month), "last month (date unknown)");
    let (_, summer) = one("They meet by the summer.", None);
    assert_eq!(describe(&summer), "summer (year unknown)");
}

#[test]
fn a_yearless_day_in_a_sentence_set_last_year_is_last_year_s() {
    let day = |text: &str, at: &str| {
        let doc = DocInfo {
            published: Some(date(2027, 8, 12)),
        };
        let all = extract(text, &doc);
        let e = all
            .iter()
            .find(|e| &text[e.span.clone()] == at)
            .unwrap_or_else(|| panic!("{at} in {all:?}"));
        match &e.value {
            crate::engine::model::Value::Date(v) => days(v).0,
            v => panic!("{v:?}"),
        }
    };
    assert_eq!(
        day("Last year's results came out on Aug. 13.", "Aug. 13"),
        date(2026, 8, 13)
    );
    assert_eq!(
        day("Last year, the fair opened on June 4.", "June 4"),
        date(2026, 6, 4)
    );
    // A time of another phrase does not reach the day.
    assert_eq!(
        day(
            "Sales fell from last year, and the shop closes on Aug. 20.",
            "Aug. 20"
        ),
        date(2027, 8, 20)
    );
}

#[test]
fn last_tuesday_in_a_wednesday_story_is_the_week_before_by_guess() {
    // Wednesday 14 January 2026: yesterday would be "on Tuesday" or
    // "yesterday"; "last Tuesday" is most often the 6th, and may be the
    // 13th.
    let wednesday = Some(date(2026, 1, 14));
    let (_, last) = one("The official was arrested last Tuesday.", wednesday);
    assert_eq!(days(&last), (date(2026, 1, 6), date(2026, 1, 6)));
    assert!(last.past_guess, "{last:?}");
    let (_, sixth) = one("He was arrested on 6 January.", wednesday);
    assert!(dates_compatible(&last, &sixth));
    let (_, thirteenth) = one("He was arrested on 13 January.", wednesday);
    assert!(super::apart_by_a_guess(&last, &thirteenth));
    // From a Saturday, last Tuesday is four days back: this week's.
    let (_, placed) = one("The official was arrested last Tuesday.", Some(PUB));
    assert_eq!(days(&placed).0, date(2026, 1, 6));
    assert!(!placed.past_guess);
}

#[test]
fn a_week_on_tuesday_is_the_tuesday_after_next() {
    // Thursday 11 March 2027: Tuesday is the 16th, "a week on Tuesday"
    // (British) the 23rd.
    let thursday = Some(date(2027, 3, 11));
    let (s, v) = one("The vote will be held a week on Tuesday.", thursday);
    assert_eq!(s, "a week on Tuesday");
    assert_eq!(days(&v), (date(2027, 3, 23), date(2027, 3, 23)));
    let (_, next) = one("The vote will be held on Tuesday.", thursday);
    assert_eq!(days(&next), (date(2027, 3, 16), date(2027, 3, 16)));
}
