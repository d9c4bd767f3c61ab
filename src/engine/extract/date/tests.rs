use jiff::civil::{Date, Weekday, date};
use proptest::prelude::*;

use super::{dates_compatible, describe, extract};
use crate::engine::model::{DateValue, DocInfo, Granularity, Value};

/// Saturday 10 January 2026.
pub(super) const PUB: Date = date(2026, 1, 10);

pub(super) fn found(text: &str, published: Option<Date>) -> Vec<(String, DateValue)> {
    extract(text, &DocInfo { published })
        .into_iter()
        .map(|e| match e.value {
            Value::Date(v) => (text[e.span].to_string(), v),
            other => panic!("date extractor produced {other:?}"),
        })
        .collect()
}

/// The single date found in `text`, with its span text.
pub(super) fn one(text: &str, published: Option<Date>) -> (String, DateValue) {
    let all = found(text, published);
    assert_eq!(all.len(), 1, "expected one date in {text:?}, got {all:?}");
    all.into_iter().next().unwrap()
}

pub(super) fn days(v: &DateValue) -> (Date, Date) {
    (
        v.start.expect("resolved start"),
        v.end.expect("resolved end"),
    )
}

#[test]
fn absolute_dates_resolve_without_a_publication_date() {
    let cases = [
        (
            "The ruling came on January 7, 2026, in Bogotá.",
            "January 7, 2026",
            date(2026, 1, 7),
        ),
        (
            "Filed 7 January 2026 at the high court.",
            "7 January 2026",
            date(2026, 1, 7),
        ),
        (
            "Data as of 2026-01-10 show the rise.",
            "2026-01-10",
            date(2026, 1, 10),
        ),
        (
            "The vote is set for Dec. 15, 2025.",
            "Dec. 15, 2025",
            date(2025, 12, 15),
        ),
        (
            "the 3rd of March 2024 hearing",
            "3rd of March 2024",
            date(2024, 3, 3),
        ),
    ];
    for (text, span, day) in cases {
        let (s, v) = one(text, None);
        assert_eq!(s, span, "{text}");
        assert_eq!(days(&v), (day, day), "{text}");
        assert_eq!(v.granularity, Granularity::Day);
    }
}

#[test]
fn weekday_prefix_is_part_of_the_date_and_kept() {
    let (s, v) = one("Polls closed Tuesday, March 3, 2026, at dusk.", None);
    assert_eq!(s, "Tuesday, March 3, 2026");
    assert_eq!(v.weekday, Some(Weekday::Tuesday));
    assert_eq!(days(&v).0, date(2026, 3, 3));
}

#[test]
fn yearless_month_day_picks_the_nearest_year() {
    let (s, v) = one(
        "Firefighters were called on Sept. 14 to the blaze.",
        Some(PUB),
    );
    assert_eq!(s, "Sept. 14");
    assert_eq!(days(&v).0, date(2025, 9, 14));
    let (_, v) = one("The inquest opens March 2.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 3, 2));
    assert_eq!(v.year, None, "the text never stated a year");
}

#[test]
fn day_ranges_cover_every_day() {
    let (s, v) = one("The summit runs Jan. 7-9 in Davos.", Some(PUB));
    assert_eq!(s, "Jan. 7-9");
    assert_eq!(days(&v), (date(2026, 1, 7), date(2026, 1, 9)));
}

#[test]
fn a_stretch_from_one_month_to_another_is_one_date() {
    let (s, v) = one("Profit rose in the quarter from April to June.", Some(PUB));
    assert_eq!(s, "April to June");
    assert_eq!(days(&v), (date(2026, 4, 1), date(2026, 6, 30)));
    let (s, v) = one("It snowed from November through February.", Some(PUB));
    assert_eq!(s, "November through February");
    assert_eq!(days(&v), (date(2025, 11, 1), date(2026, 2, 28)));
    // Without "from", two months are two dates.
    assert_eq!(
        found("It rose in April and fell in June.", Some(PUB)).len(),
        2
    );
}

#[test]
fn months_without_year_resolve_nearest_to_publication() {
    let (s, v) = one("The suspect fled in October after bail.", Some(PUB));
    assert_eq!(s, "October");
    assert_eq!(days(&v), (date(2025, 10, 1), date(2025, 10, 31)));
    assert_eq!(v.granularity, Granularity::Month);
    let (s, v) = one("Talks resume in the first week of February.", Some(PUB));
    assert_eq!(s, "first week of February");
    assert_eq!(days(&v), (date(2026, 2, 1), date(2026, 2, 7)));
    assert_eq!(v.granularity, Granularity::Week);
}

#[test]
fn early_mid_late_month_are_thirds() {
    let cases = [
        ("repairs finish in early February", (1, 10)),
        ("expected by mid-February", (11, 20)),
        ("a verdict in late February", (21, 28)),
    ];
    for (text, (a, b)) in cases {
        let (_, v) = one(text, Some(PUB));
        assert_eq!(days(&v), (date(2026, 2, a), date(2026, 2, b)), "{text}");
    }
}

#[test]
fn month_with_year_and_qualified_ambiguous_months() {
    let (s, v) = one("Inflation peaked in October 2025, the bank said.", None);
    assert_eq!(s, "October 2025");
    assert_eq!(days(&v), (date(2025, 10, 1), date(2025, 10, 31)));
    // One date, not a month and a separate year.
    let (s, v) = one("The board met in June of 2017 to weigh the merger.", None);
    assert_eq!(s, "June of 2017");
    assert_eq!(days(&v), (date(2017, 6, 1), date(2017, 6, 30)));
    let (s, v) = one("The quake struck last May near the coast.", Some(PUB));
    assert_eq!(s, "last May");
    assert_eq!(days(&v).0, date(2025, 5, 1));
    let (_, v) = one("The plant has been shut since March.", Some(PUB));
    assert_eq!(v.month, Some(3));
    // "since" looks back, though next March is nearer than the last.
    assert_eq!(days(&v).0, date(2025, 3, 1));
    let (_, v) = one("The plant will reopen in March.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 3, 1));
}

#[test]
fn bare_weekday_is_the_most_recent_on_or_before_publication() {
    let (s, v) = one(
        "Lawmakers voted on Wednesday to extend the measure.",
        Some(PUB),
    );
    assert_eq!(s, "Wednesday");
    assert_eq!(days(&v).0, date(2026, 1, 7));
    let (_, v) = one("The storm hit on Saturday.", Some(PUB));
    assert_eq!(days(&v).0, PUB, "same weekday as publication is that day");
    let (s, v) = one("Shelling resumed Wednesday night.", Some(PUB));
    assert_eq!(s, "Wednesday night");
    assert_eq!(days(&v).0, date(2026, 1, 7));
}

#[test]
fn last_and_next_weekday_exclude_publication_day() {
    let (s, v) = one("The ferry sank last Saturday.", Some(PUB));
    assert_eq!(s, "last Saturday");
    assert_eq!(days(&v).0, date(2026, 1, 3));
    let (_, v) = one("Jurors return next Tuesday.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 1, 13));
    let (_, v) = one("It happened this past Friday.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 1, 9));
}

#[test]
fn future_clause_turns_a_bare_weekday_forward() {
    let (_, v) = one(
        "The minister will testify on Tuesday before the panel.",
        Some(PUB),
    );
    assert_eq!(days(&v).0, date(2026, 1, 13));
    let (_, v) = one("The funeral is scheduled for Monday.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 1, 12));
    // What a side agreed, promised or is due to do is still to come.
    let (_, v) = one("The two sides agreed to meet again on Monday.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 1, 12));
    let (_, v) = one("The report is due to be published on Monday.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 1, 12));
    let (_, v) = one("The two sides agreed on Monday.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 1, 5));
    // A forecast is of days to come.
    let (_, v) = one("Forecasters expect a high of 38C on Monday.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 1, 12));
    let (_, v) = one("The agency forecasts rain on Monday.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 1, 12));
    let (_, v) = one("Forecasters had warned of rain on Monday.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 1, 5));
    // A future word in an earlier sentence does not count.
    let (_, v) = one("Talks will go on. Rebels attacked on Monday.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 1, 5));
    // The periods of "a.m." end no sentence between the future word and
    // its day.
    let text = "The firm will hold a call at 4:30 a.m. ET on Monday.";
    let monday = found(text, Some(PUB))
        .into_iter()
        .find(|(t, _)| t == "Monday")
        .map(|(_, v)| v)
        .expect("Monday read");
    assert_eq!(days(&monday).0, date(2026, 1, 12));
}

#[test]
fn next_or_last_year_after_a_yearless_day_or_month_is_its_year() {
    let (t, v) = one("A ruling is expected by 17 March next year.", Some(PUB));
    assert_eq!(t, "17 March next year");
    assert_eq!(days(&v).0, date(2027, 3, 17));
    let (_, v) = one("The plant opened on 17 March last year.", Some(PUB));
    assert_eq!(days(&v).0, date(2025, 3, 17));
    // Without the words, the nearest 17 March to the page's date.
    let (_, v) = one("The plant opened on 17 March.", Some(PUB));
    assert_eq!(days(&v).0, date(2026, 3, 17));
    // A month alone, likewise: the nearest October is 2025's too, but
    // "last year" says so.
    let (t, v) = one("The writer died in October last year.", Some(PUB));
    assert_eq!(t, "October last year");
    assert_eq!(days(&v), (date(2025, 10, 1), date(2025, 10, 31)));
    let (_, v) = one("Talks resume in October next year.", Some(PUB));
    assert_eq!(days(&v).0, date(2027, 10, 1));
}

#[test]
fn a_weekday_placed_in_the_week_gone_by_guess_does_not_clash_a_week_on() {
    // Saturday 10 January: "on Tuesday" with no tense near it is the 6th
    // by guess; the 13th, a week on, may be what it means.
    let (_, guessed) = one("Splashdown in the sea is on Tuesday.", Some(PUB));
    assert!(guessed.past_guess, "{guessed:?}");
    assert_eq!(days(&guessed).0, date(2026, 1, 6));
    let (_, stated) = one("The capsule splashes down on 13 January.", Some(PUB));
    assert!(!dates_compatible(&guessed, &stated));
    assert!(super::apart_by_a_guess(&guessed, &stated));
    // A weekday its words placed is no guess, and two weeks on is not a
    // week on.
    let (_, placed) = one("The capsule landed last Tuesday.", Some(PUB));
    assert!(!placed.past_guess);
    let (_, later) = one("The capsule splashes down on 20 January.", Some(PUB));
    assert!(!super::apart_by_a_guess(&guessed, &later));
}

#[test]
fn a_yearless_month_placed_by_guess_does_not_clash_a_year_either_side() {
    // Saturday 10 January 2026: "in December" is December 2025, the
    // nearest; "December 2026" may be what another outlet means.
    let (_, guessed) = one("The budget was cut in December.", Some(PUB));
    assert_eq!(days(&guessed).0, date(2025, 12, 1));
    let (_, stated) = one("The budget was cut in December 2026.", Some(PUB));
    assert!(!dates_compatible(&guessed, &stated));
    assert!(super::apart_by_a_guess(&guessed, &stated));
    // A month with its year is no guess; two years off is not one.
    let (_, later) = one("The budget was cut in December 2027.", Some(PUB));
    assert!(!super::apart_by_a_guess(&guessed, &later));
    assert!(!super::apart_by_a_guess(&stated, &later));
}

#[test]
fn an_unresolved_weekday_ahead_keeps_its_direction() {
    let ahead = |text: &str| {
        let days = found(text, None);
        let (_, day) = days
            .iter()
            .find(|(_, v)| v.weekday.is_some())
            .expect("a weekday");
        day.relative.as_deref() == Some(super::relative::AHEAD)
    };
    assert!(ahead("The minister will testify on Tuesday."));
    assert!(ahead("The leaders may play golf again on Tuesday."));
    assert!(ahead("Officials meet next Tuesday."));
    assert!(!ahead("The minister testified on Tuesday."));
    assert!(!ahead("The leaders may have played golf on Tuesday."));
    assert!(!ahead("In May 2018 the leaders met on Tuesday."));
    assert!(!ahead("Theresa May spoke to him on Tuesday."));
    // Resolved against a publication date, the day itself says it all.
    let (_, v) = one("The minister will testify on Tuesday.", Some(PUB));
    assert_eq!(v.relative, None);
}

#[test]
fn relative_days_weeks_months_years() {
    let cases: [(&str, &str, (Date, Date)); 9] = [
        (
            "Police said yesterday that",
            "yesterday",
            (date(2026, 1, 9), date(2026, 1, 9)),
        ),
        (
            "Tomorrow the court rules",
            "Tomorrow",
            (date(2026, 1, 11), date(2026, 1, 11)),
        ),
        (
            "Markets fell this week.",
            "this week",
            (date(2026, 1, 5), date(2026, 1, 11)),
        ),
        (
            "Markets fell last week.",
            "last week",
            (date(2025, 12, 29), date(2026, 1, 4)),
        ),
        (
            "Sales rose last month.",
            "last month",
            (date(2025, 12, 1), date(2025, 12, 31)),
        ),
        (
            "Profits fell last year.",
            "last year",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
        (
            "as reported earlier this month",
            "earlier this month",
            (date(2026, 1, 1), PUB),
        ),
        (
            "The levee broke 3 days ago.",
            "3 days ago",
            (date(2026, 1, 7), date(2026, 1, 7)),
        ),
        (
            "vowed by the end of this year",
            "end of this year",
            (date(2026, 9, 1), date(2026, 12, 31)),
        ),
    ];
    for (text, span, want) in cases {
        let (s, v) = one(text, Some(PUB));
        assert_eq!(s, span, "{text}");
        assert_eq!(days(&v), want, "{text}");
    }
}

#[test]
fn weeks_ago_is_a_week_around_the_day() {
    let (s, v) = one("The dam was inspected two weeks ago.", Some(PUB));
    assert_eq!(s, "two weeks ago");
    let (a, b) = days(&v);
    assert!(a <= date(2025, 12, 27) && date(2025, 12, 27) <= b);
    assert_eq!(v.granularity, Granularity::Week);
}

#[test]
fn the_weekend_is_the_latest_saturday_and_sunday() {
    let monday = date(2026, 1, 12);
    let (s, v) = one("Protests spread over the weekend.", Some(monday));
    assert_eq!(s, "weekend");
    assert_eq!(days(&v), (date(2026, 1, 10), date(2026, 1, 11)));
    let (s, v) = one("Crowds gathered the past weekend.", Some(monday));
    assert_eq!(s, "past weekend");
    assert_eq!(days(&v).0, date(2026, 1, 10));
    let (_, v) = one("Crowds gathered the past weekend.", Some(PUB));
    assert_eq!(
        days(&v).0,
        date(2026, 1, 3),
        "a Saturday's past weekend is the one before"
    );
    let (_, v) = one("Rain is expected to fall this weekend.", Some(monday));
    assert_eq!(days(&v).0, date(2026, 1, 17));
}

#[test]
fn years_need_a_time_word_possessive_or_noun_to_date() {
    let (s, v) = one("Tourism has doubled since 2019.", None);
    assert_eq!(s, "2019");
    assert_eq!(days(&v), (date(2019, 1, 1), date(2019, 12, 31)));
    let (s, _) = one("compared with 2025's record", None);
    assert_eq!(s, "2025");
    let (s, v) = one("Construction begins in early 2027.", None);
    assert_eq!(s, "early 2027");
    assert_eq!(days(&v), (date(2027, 1, 1), date(2027, 4, 30)));
    // A year before the noun it dates is a date ("the 2026 World Cup");
    // a number before a plural is a count.
    assert_eq!(one("The 2026 World Cup draw.", None).0, "2026");
    assert!(found("a crowd of 2000 protesters", None).is_empty());
}

#[test]
fn unresolved_dates_keep_partial_fields() {
    let (s, v) = one("The blast came on Wednesday.", None);
    assert_eq!(s, "Wednesday");
    assert_eq!((v.start, v.weekday), (None, Some(Weekday::Wednesday)));
    assert_eq!((v.year, v.month, v.day), (None, None, None));
    let (_, v) = one("Officials met on Jan. 7 in Geneva.", None);
    assert_eq!((v.year, v.month, v.day), (None, Some(1), Some(7)));
    assert_eq!(v.start, None);
    let (_, v) = one("Prices spiked in November.", None);
    assert_eq!((v.month, v.start), (Some(11), None));
    let (_, v) = one("Fighting erupted yesterday.", None);
    assert_eq!(v.start, None);
}

#[test]
fn common_words_that_look_like_months_are_not_dates() {
    for text in [
        "May I ask a question?",
        "The findings may have been leaked.",
        "May God protect the miners, she said.",
        "Thousands joined a march through the capital.",
        "Demonstrators marched on parliament.",
        "Prime Minister Theresa May spoke.",
        "The March rally drew crowds.",
        "Jan Novak, a spokesman, declined to comment.",
        "Guests stayed at Mar-a-Lago.",
        "The Sun reported the leak.",
    ] {
        assert!(
            found(text, Some(PUB)).is_empty(),
            "{text}: {:?}",
            found(text, Some(PUB))
        );
    }
}

#[test]
fn page_chrome_timestamps_and_reading_times_are_skipped() {
    for text in [
        "1 hour ago\nThe flood",
        "Published 3 days ago",
        "Updated 2 hours ago\n",
        "3 min read",
        "5 minute read",
    ] {
        assert!(found(text, Some(PUB)).is_empty(), "{text}");
    }
    let (s, _) = one(
        "The bridge collapsed two hours ago, police said.",
        Some(PUB),
    );
    assert_eq!(s, "two hours ago");
}

#[test]
fn describe_renders_each_shape() {
    let (_, v) = one("on January 7, 2026", None);
    assert_eq!(describe(&v), "2026-01-07");
    let (_, v) = one("the first week of February", Some(PUB));
    assert_eq!(describe(&v), "week of 2026-02-01");
    let (_, v) = one("in October", Some(PUB));
    assert_eq!(describe(&v), "2025-10");
    let (_, v) = one("on Wednesday", None);
    assert_eq!(describe(&v), "Wednesday (date unknown)");
    let (_, v) = one("on January 7", None);
    assert_eq!(describe(&v), "January 7 (year unknown)");
    let (_, v) = one("since 2019", None);
    assert_eq!(describe(&v), "2019");
}

#[test]
fn compatibility_checks_intervals_and_partial_fields() {
    let v = |t: &str, p: Option<Date>| one(t, p).1;
    let feb3 = v("on February 3", Some(PUB));
    let week1 = v("the first week of February", Some(PUB));
    assert!(dates_compatible(&feb3, &week1));
    assert!(!dates_compatible(&v("on February 9", Some(PUB)), &week1));
    // 12 January 2026 is a Monday.
    let jan12 = v("January 12, 2026", None);
    assert!(!dates_compatible(&jan12, &v("on Wednesday", None)));
    assert!(dates_compatible(&jan12, &v("on Monday", None)));
    assert!(!dates_compatible(&jan12, &v("on Wednesday", Some(PUB))));
    let jan7 = v("Jan. 7", None);
    assert!(dates_compatible(&jan7, &v("January 7, 2026", None)));
    assert!(!dates_compatible(&jan7, &v("January 8, 2026", None)));
    assert!(!dates_compatible(&jan7, &v("in October", None)));
    assert!(dates_compatible(
        &v("in October", None),
        &v("October 2025", None)
    ));
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_valid(s in "\\PC*") {
        let doc = DocInfo { published: Some(PUB) };
        crate::engine::extract::prop_support::check_reading(&s, |t| extract(t, &doc))?;
    }

    #[test]
    fn date_like_soup_is_safe_and_deterministic(
        parts in proptest::collection::vec(prop_oneof![
            Just("January"), Just("Feb."), Just("May"), Just("Sept"), Just("March"),
            Just("Wednesday"), Just("last"), Just("next"), Just("the"), Just("week"),
            Just("of"), Just("in"), Just("early"), Just("ago"), Just("days"), Just("é"),
            Just("-"), Just(","), Just("’s"), Just("31"), Just("7"), Just("2026"),
            Just("0"), Just("99999"), Just("weekend"), Just("yesterday"), Just("\n"),
        ], 0..14),
        seps in proptest::collection::vec(prop_oneof![Just(" "), Just(""), Just("\u{a0}")], 14),
        has_pub in any::<bool>(),
    ) {
        let mut s = String::new();
        for (i, p) in parts.iter().enumerate() {
            s.push_str(p);
            s.push_str(seps[i]);
        }
        let doc = DocInfo { published: has_pub.then_some(PUB) };
        let a = crate::engine::extract::prop_support::check_reading(&s, |t| extract(t, &doc))?;
        for e in &a {
            if let Value::Date(v) = &e.value {
                let _ = describe(v);
                prop_assert!(dates_compatible(v, v));
            }
        }
    }
}

#[test]
fn years_and_months_that_modify_a_noun_are_dates() {
    let (s, v) = one("He misspoke at a 2008 rally in Ohio.", None);
    assert_eq!(s, "2008");
    assert_eq!(v.year, Some(2008));
    let (s, _) = one("Lopez announces 2030 Senate bid", None);
    assert_eq!(s, "2030");
    let (s, v) = one("veterans of the 1950-53 war", None);
    assert_eq!(s, "1950-53");
    assert_eq!(
        (v.start, v.end),
        (Some(date(1950, 1, 1)), Some(date(1953, 12, 31)))
    );
    let (s, v) = one("officials said in a March meeting", None);
    assert_eq!((s.as_str(), v.month), ("March", Some(3)));
    let (s, _) = one("In a televised March debate, she", None);
    assert_eq!(s, "March");
}

#[test]
fn counts_and_names_are_not_attributive_dates() {
    let doc = DocInfo::default();
    for text in [
        "The 2000 people who fled returned.",
        "He scored 2000 points.",
        "Ms. March said no.",
        "the 2000 kilometres of road",
    ] {
        let found: Vec<_> = extract(text, &doc)
            .into_iter()
            .map(|e| text[e.span].to_string())
            .collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_stretch_of_years_written_out_is_one_date() {
    for (text, span) in [
        (
            "She led the agency from 2010 to 2013, then retired.",
            "2010 to 2013",
        ),
        (
            "He served between 1998 and 2004 in the navy.",
            "1998 and 2004",
        ),
        ("It ran from 2010 through 2013.", "2010 through 2013"),
    ] {
        let (s, v) = one(text, None);
        assert_eq!(s, span, "{text}");
        let (first, last) = days(&v);
        assert_eq!(
            (first.year(), last),
            (span[..4].parse().unwrap(), date(last.year(), 12, 31))
        );
        assert_eq!(last.year().to_string(), span[span.len() - 4..], "{text}");
    }
    // Amounts, not years: no date at all.
    assert!(found("between 2000 and 3000 people came", None).is_empty());
    assert!(found("between 1990 and 2000 delegates came", None).is_empty());
    // Backwards is no stretch: "from 2013" alone still dates.
    let (s, _) = one("from 2013 to 2010 figures", None);
    assert_eq!(s, "2013");
}
