use proptest::prelude::*;

use super::extract;
use crate::engine::model::{DocInfo, Interval, Value};

const MIN: f64 = 60.0;
const HOUR: f64 = 3_600.0;
const DAY: f64 = 86_400.0;

struct Found {
    span: String,
    seconds: Interval,
    approx: bool,
    cue: Option<String>,
}

fn durations(text: &str) -> Vec<Found> {
    extract(text, &DocInfo::default())
        .into_iter()
        .map(|e| match e.value {
            Value::Duration {
                seconds, approx, ..
            } => Found {
                span: text[e.span].to_string(),
                seconds,
                approx,
                cue: e.cue,
            },
            other => panic!("duration extractor produced {other:?}"),
        })
        .collect()
}

fn one(text: &str) -> Found {
    let mut all = durations(text);
    assert_eq!(
        all.len(),
        1,
        "{text}: {:?}",
        all.iter().map(|f| &f.span).collect::<Vec<_>>()
    );
    all.remove(0)
}

#[test]
fn exact_durations_in_many_spellings() {
    let cases = [
        ("after a 15-minute phone call with", "15-minute", 15.0 * MIN),
        ("The two-hour hearing ended", "two-hour", 2.0 * HOUR),
        ("a 90-minute standoff", "90-minute", 90.0 * MIN),
        ("an hour-long interview", "hour-long", HOUR),
        ("a weeklong strike", "weeklong", 7.0 * DAY),
        ("he waited 1 hour for help", "1 hour", HOUR),
        ("They talked for an hour.", "an hour", HOUR),
        ("the ceasefire held for five days", "five days", 5.0 * DAY),
        (
            "within half an hour of the quake",
            "half an hour",
            0.5 * HOUR,
        ),
        (
            "after an hour and a half of debate",
            "an hour and a half",
            1.5 * HOUR,
        ),
        (
            "a year-and-a-half investigation",
            "a year-and-a-half",
            1.5 * 365.25 * DAY,
        ),
        (
            "cutting the journey by an hour and three-quarters",
            "an hour and three-quarters",
            1.75 * HOUR,
        ),
        (
            "talks lasted two hours and a quarter",
            "two hours and a quarter",
            2.25 * HOUR,
        ),
        ("the search lasted 2 1/2 hours", "2 1/2 hours", 2.5 * HOUR),
        (
            "two and a half hours later",
            "two and a half hours",
            2.5 * HOUR,
        ),
        ("a three-day state visit", "three-day", 3.0 * DAY),
        ("finished in 1h30 flat", "1h30", 1.5 * HOUR),
        (
            "after 2 hours and 15 minutes",
            "2 hours and 15 minutes",
            2.25 * HOUR,
        ),
        ("a twenty-four-hour curfew", "twenty-four-hour", 24.0 * HOUR),
        ("a half-hour briefing", "a half-hour", 0.5 * HOUR),
        (
            "failed a quarter of an hour after take-off",
            "a quarter of an hour",
            15.0 * MIN,
        ),
        (
            "spent three-quarters of an hour on the tarmac",
            "three-quarters of an hour",
            45.0 * MIN,
        ),
    ];
    for (text, span, secs) in cases {
        let f = one(text);
        assert_eq!(f.span, span, "{text}");
        assert_eq!(f.seconds, Interval::exact(secs), "{text}");
        assert!(!f.approx, "{text}");
    }
}

#[test]
fn sentences_in_years_agree_across_spellings() {
    let a = one("was handed a 10-year sentence on appeal");
    let b = one("must serve ten years in prison");
    assert_eq!(a.seconds, b.seconds);
    assert_eq!(a.cue.as_deref(), Some("sentence"));
    assert_eq!(b.cue.as_deref(), Some("prison"));
}

#[test]
fn adjectival_cue_is_the_following_content_words() {
    assert_eq!(
        one("a 15-minute phone call aimed at").cue.as_deref(),
        Some("phone call")
    );
    assert_eq!(
        one("a two-hour session in the Oval Office").cue.as_deref(),
        Some("session")
    );
    assert_eq!(
        one("a 48-hour truce, officials said").cue.as_deref(),
        Some("truce")
    );
    assert_eq!(one("lasted 15 minutes.").cue, None);
    // A verb after the noun is no part of it.
    assert_eq!(
        one("Her 14-month investigation found that").cue.as_deref(),
        Some("investigation")
    );
    assert_eq!(
        one("the five-hour debate ended at dawn").cue.as_deref(),
        Some("debate")
    );
    assert_eq!(
        one("after three days of talks").cue.as_deref(),
        Some("talks")
    );
    // The noun, not the word that describes it.
    assert_eq!(
        one("declared three days of national mourning")
            .cue
            .as_deref(),
        Some("mourning")
    );
    // An idiom, not a thing: consecutive months.
    assert_eq!(one("prices rose for 14 months in a row.").cue, None);
}

#[test]
fn hedges_widen_or_open_the_interval_and_join_the_span() {
    let f = one("The call lasted approximately 15 minutes.");
    assert_eq!(f.span, "approximately 15 minutes");
    assert!(f.approx);
    assert!(f.seconds.overlaps(&Interval::exact(16.0 * MIN)));
    assert!(!f.seconds.overlaps(&Interval::exact(20.0 * MIN)));

    let f = one("held a approximately 15-minute conversation");
    assert_eq!(f.span, "approximately 15-minute");
    assert!(f.approx);

    let f = one("trapped for more than an hour");
    assert_eq!(f.span, "more than an hour");
    assert!(!f.seconds.overlaps(&Interval::exact(HOUR)));
    assert!(f.seconds.overlaps(&Interval::exact(2.0 * HOUR)));

    let f = one("the blaze burned for nearly two days");
    assert!(f.seconds.overlaps(&Interval::exact(1.9 * DAY)));
    assert!(!f.seconds.overlaps(&Interval::exact(2.1 * DAY)));

    let f = one("deliberated for less than a day");
    assert!(f.seconds.overlaps(&Interval::exact(0.5 * DAY)));
    assert!(!f.seconds.overlaps(&Interval::exact(DAY)));

    let f = one("jailed for at least five years");
    assert!(f.seconds.overlaps(&Interval::exact(5.0 * 365.25 * DAY)));
    assert!(!f.seconds.overlaps(&Interval::exact(4.0 * 365.25 * DAY)));

    let f = one("the shaking lasted around 15 seconds");
    assert_eq!(f.span, "around 15 seconds");
    assert!(f.approx);
}

#[test]
fn ranges_and_vague_amounts_are_intervals() {
    let f = one("delays of 15 to 20 minutes");
    assert_eq!(f.seconds, Interval::closed(15.0 * MIN, 20.0 * MIN));
    let f = one("for two or three days");
    assert_eq!(f.seconds, Interval::closed(2.0 * DAY, 3.0 * DAY));
    let f = one("stuck for several hours");
    assert!(f.approx && f.seconds.lo > HOUR);
}

#[test]
fn ages_rates_relative_dates_and_chrome_are_not_durations() {
    for text in [
        "a two-year-old girl was rescued",
        "the 45-year-old driver",
        "The victim, 45 years old, was",
        "aged 45 at the time",
        "She is 30 years of age.",
        "3 days ago",
        "The dam burst two hours ago.",
        "3 min read",
        "5 minute read",
        "Listen to this article 0:00 min",
        "open 24/7",
        "they earn $15 an hour",
        "winds of 100 kilometers an hour",
        "three meals a day",
        "the tower expects 3.2 million visitors a year",
        "working 24 hours a day, seven days a week",
        "twice a year",
        "for years and years",
        "hours-long delays",
        "He is among the Amin family",
    ] {
        let f = durations(text);
        assert!(
            f.is_empty(),
            "{text}: {:?}",
            f.iter().map(|x| &x.span).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_sentence_break_is_not_a_rate() {
    let f = one("Police arrested 3 men. A day later, they were freed.");
    assert_eq!(f.span, "A day");
    // Nor is a count before a preposition: "in a year" is a stretch.
    let f = one("It killed 3 people in a year.");
    assert_eq!(f.span, "a year");
    // Nor a time of day before one.
    let f = one("Stay at home from 10pm until 6am for a fortnight.");
    assert_eq!(f.span, "a fortnight");
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_valid(s in "\\PC*") {
        crate::engine::extract::prop_support::check_reading(&s, |t| extract(t, &DocInfo::default()))?;
    }

    #[test]
    fn duration_like_soup_is_safe(parts in proptest::collection::vec(prop_oneof![
        Just("15"), Just("two"), Just("-"), Just("minute"), Just("hours"), Just("an"),
        Just("a"), Just("half"), Just("and"), Just("about"), Just("more than"), Just("ago"),
        Just("old"), Just("long"), Just("½"), Just("1/2"), Just("h"), Just("30"), Just("é"),
        Just(" "), Just(" "), Just(":"), Just("Wednesday"), Just("May"), Just("year"),
    ], 0..16)) {
        let s: String = parts.concat();
        let a = crate::engine::extract::prop_support::check_reading(&s, |t| {
            extract(t, &DocInfo::default())
        })?;
        for e in &a {
            if let Value::Duration { seconds, .. } = &e.value {
                prop_assert!(seconds.lo <= seconds.hi);
            }
        }
    }
}

#[test]
fn ordinal_second_is_not_a_second_of_time() {
    for text in [
        "Police found a second vehicle.",
        "the second-largest city",
        "It was the third time in a week.",
        "a second attempt failed",
    ] {
        let found: Vec<String> = durations(text).into_iter().map(|f| f.span).collect();
        assert!(found.iter().all(|s| s == "a week"), "{text}: {found:?}");
    }
    assert_eq!(
        one("The blast lasted one second.").seconds,
        Interval::exact(1.0)
    );
    assert_eq!(
        one("The alarm rang for 30 seconds.").seconds,
        Interval::exact(30.0)
    );
}

#[test]
fn plural_units_alone_are_vague_durations_in_their_frames() {
    let months = one("She has pressed for months to see the files.");
    assert_eq!(months.span, "months");
    assert!(months.approx);
    assert!(months.seconds.overlaps(&Interval::exact(90.0 * DAY)));
    assert!(!months.seconds.overlaps(&Interval::exact(20.0 * DAY)));
    assert_eq!(one("after months of talks").span, "months");
    assert_eq!(one("after months of talks").cue.as_deref(), Some("talks"));
    assert_eq!(
        one("Leaders Meet After Weeks of Tension").cue.as_deref(),
        Some("tension")
    );
    assert_eq!(one("She has pressed for months.").cue, None);
    let hours = one("The arrest came hours after the blast.");
    assert!(hours.seconds.overlaps(&Interval::exact(5.0 * HOUR)));
    assert!(!hours.seconds.overlaps(&Interval::exact(2.0 * DAY)));
}

#[test]
fn plural_units_in_other_phrases_are_not_durations() {
    for text in [
        "Sales fell in recent years.",
        "It closed years ago.",
        "The hours were long.",
        "in the coming months",
        "Office hours change.",
    ] {
        let found: Vec<String> = durations(text).into_iter().map(|f| f.span).collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn a_stretch_still_to_run_is_its_length() {
    for (text, span, secs) in [
        (
            "The notice stays for 10 more days.",
            "10 more days",
            10.0 * DAY,
        ),
        (
            "Talks could take two further weeks.",
            "two further weeks",
            14.0 * DAY,
        ),
    ] {
        let f = one(text);
        assert_eq!(
            (f.span.as_str(), f.seconds),
            (span, Interval::exact(secs)),
            "{text}"
        );
    }
    // "more" alone is no unit: "10 more people" is no duration.
    assert!(durations("The ward took 10 more people.").is_empty());
}

#[test]
fn days_of_a_kind_are_days() {
    for (text, span, days) in [
        (
            "Payouts take seven working days.",
            "seven working days",
            7.0,
        ),
        (
            "There have been 13 strike days since January.",
            "13 strike days",
            13.0,
        ),
        (
            "Rain fell for five straight days.",
            "five straight days",
            5.0,
        ),
    ] {
        let f = one(text);
        assert_eq!(
            (f.span.as_str(), f.seconds),
            (span, Interval::exact(days * DAY)),
            "{text}"
        );
    }
}

#[test]
fn over_a_stretch_is_its_length_and_over_after_for_is_more_than() {
    let across = one("The 2019 fire burned 41,000 hectares over 11 days.");
    assert_eq!(across.seconds, Interval::exact(11.0 * DAY));
    let after_number = one("Shares fell 3% over two days.");
    assert_eq!(after_number.seconds, Interval::exact(2.0 * DAY));
    for spread in [
        "Teachers accepted a rise of 14.5 per cent over three years.",
        "Teachers accepted a 14.5 percent rise, or 9 percent over three years.",
    ] {
        let d = one(spread);
        assert_eq!(d.seconds, Interval::exact(3.0 * 365.25 * DAY), "{spread}");
    }
    let hedge = one("The talks went on for over 11 days.");
    assert!(!hedge.seconds.overlaps(&Interval::exact(11.0 * DAY)));
    assert!(hedge.seconds.overlaps(&Interval::exact(12.0 * DAY)));
    let lasted = one("The strike lasted over two days.");
    assert!(!lasted.seconds.overlaps(&Interval::exact(2.0 * DAY)));
    // Money spent across a stretch, against time spent past it.
    let across = one("The package is to be spent over five years.");
    assert_eq!(across.seconds, Interval::exact(5.0 * 365.25 * DAY));
    let waited = one("He spent over two hours in the queue.");
    assert!(!waited.seconds.overlaps(&Interval::exact(2.0 * 3600.0)));
}
