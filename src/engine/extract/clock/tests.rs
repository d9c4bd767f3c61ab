use super::*;
use proptest::prelude::*;

fn times(text: &str) -> Vec<(String, u32, Option<String>)> {
    extract(text, &DocInfo::default())
        .into_iter()
        .map(|e| match e.value {
            Value::Time { minutes, zone } => (text[e.span].to_string(), minutes.lo as u32, zone),
            other => panic!("clock extractor produced {other:?}"),
        })
        .collect()
}

fn one(text: &str) -> (String, u32, Option<String>) {
    let all = times(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.into_iter().next().unwrap()
}

fn span_of(text: &str) -> (f64, f64) {
    match &extract(text, &DocInfo::default())[..] {
        [e] => match &e.value {
            Value::Time { minutes, .. } => (minutes.lo, minutes.hi),
            other => panic!("{other:?}"),
        },
        all => panic!("{text}: {all:?}"),
    }
}

#[test]
fn words_around_a_time_make_it_a_stretch() {
    assert_eq!(
        span_of("The count came shortly before 3 a.m. on Monday."),
        (150.0, 180.0)
    );
    assert_eq!(
        span_of("She spoke just after 1 a.m. to her supporters."),
        (60.0, 90.0)
    );
    assert_eq!(
        span_of("She spoke at around 1 a.m. to her supporters."),
        (45.0, 75.0)
    );
    assert_eq!(
        span_of("It ended at nearly 8 p.m. that evening."),
        (1185.0, 1200.0)
    );
    // "before" alone bounds nothing a reader could check.
    assert_eq!(
        span_of("Polls close before 8 p.m. on Sunday."),
        (1200.0, 1200.0)
    );
}

#[test]
fn zones_by_name_and_by_place_are_read() {
    assert_eq!(
        one("The call starts at 8 a.m. Eastern, before the open.")
            .2
            .as_deref(),
        Some("ET")
    );
    assert_eq!(
        one("The call starts at 8 a.m. Eastern time.").2.as_deref(),
        Some("ET")
    );
    assert_eq!(
        one("She spoke at 14:00 Frankfurt time to investors.")
            .2
            .as_deref(),
        Some("Frankfurttime")
    );
    // A country's initials name its time too: not the same as a
    // time with no zone at all.
    assert_eq!(
        one("The storm came ashore at 9.10am UK time yesterday.")
            .2
            .as_deref(),
        Some("UK")
    );
    assert_eq!(
        one("The storm came ashore at 9.10am UK time yesterday.").0,
        "9.10am UK time"
    );
}

#[test]
fn meridiem_times_in_many_spellings() {
    let cases = [
        (
            "The quake struck at 7:37 a.m. local time on",
            "7:37 a.m. local time",
            457,
            Some("local"),
        ),
        (
            "Doors opened at 4:00 p.m., police said",
            "4:00 p.m.",
            960,
            None,
        ),
        ("by 6 p.m. the square was full", "6 p.m.", 1080, None),
        ("a curfew from 9.30pm nightly", "9.30pm", 1290, None),
        ("at 11 AM EST the market", "11 AM EST", 660, Some("EST")),
        ("shortly after 12 a.m. Sunday", "12 a.m.", 0, None),
        ("The verdict came at 12:15 p.m.", "12:15 p.m.", 735, None),
    ];
    for (text, span, minutes, zone) in cases {
        let (s, m, z) = one(text);
        assert_eq!(
            (s.as_str(), m, z.as_deref()),
            (span, minutes, zone),
            "{text}"
        );
    }
}

#[test]
fn twenty_four_hour_times_need_a_zone_or_time_word() {
    assert_eq!(one("at 07:37 UTC the rocket").1, 457);
    assert_eq!(one("around 14:30 GMT").2.as_deref(), Some("GMT"));
    assert_eq!(one("The session closed at 16:45.").1, 1005);
    let (s, m, z) = one("the blast at 1237 GMT shook");
    assert_eq!(
        (s.as_str(), m, z.as_deref()),
        ("1237 GMT", 757, Some("GMT"))
    );
    assert_eq!(one("at 9:00 Eastern Time").2.as_deref(), Some("ET"));
    assert_eq!(one("at 10:00 (UTC+3)").2.as_deref(), Some("UTC+3"));
    let (s, m, z) = one("The truce took hold at 0600 local time on Monday.");
    assert_eq!(
        (s.as_str(), m, z.as_deref()),
        ("0600 local time", 360, Some("local"))
    );
    assert!(times("a 1500 local telephone numbers").is_empty());
    // British copy puts a dot between hour and minutes.
    let (s, m, z) = one("The roof fell at 00.40 GMT on Tuesday.");
    assert_eq!(
        (s.as_str(), m, z.as_deref()),
        ("00.40 GMT", 40, Some("GMT"))
    );
    assert!(times("The index rose 12.50 points.").is_empty());
    // A place's time after "at"; a year before a capitalised word is no
    // clock.
    assert_eq!(one("The truce began at 0600 Moscow time.").1, 360);
    assert!(times("In 1945 Victory time came.").is_empty());
}

#[test]
fn a_time_opening_a_timeline_s_line_needs_no_time_word() {
    let text = "Timeline:\n02:47 Neighbour calls 112\n- 03:05 First engine arrives\n";
    let found: Vec<u32> = times(text).into_iter().map(|t| t.1).collect();
    assert_eq!(found, [167, 185]);
    // Not a one-digit hour, nor a time with no words after it.
    assert!(times("Timeline:\n3:16 says the verse\n").is_empty());
    assert!(times("Scores:\n10:30\n").is_empty());
}

#[test]
fn a_clock_a_box_a_bracket_or_an_event_tells_is_a_time() {
    assert_eq!(one("Blast: 14:47\n").1, 887);
    assert_eq!(
        times("The strike began at 06:00 (05:00 in Ostrana).").len(),
        2
    );
    assert_eq!(
        one("Runners left after the 05:00 start in the square.").1,
        300
    );
    assert_eq!(one("At exactly 19:00, the tower lit up.").1, 1140);
    // A race's margin, a score and a bare pair of numbers are not.
    assert!(times("He lost 1:48 after the crash.").is_empty());
    assert!(times("the 1:14 advantage held").is_empty());
    assert!(times("Score: 10:30 to the visitors\n").is_empty());
    assert_eq!(one("- Found: 11 March, 10:40\n").1, 640);
}

#[test]
fn noon_and_midnight() {
    assert_eq!(one("The deadline passed at midnight.").1, 0);
    assert_eq!(span_of("Shortly before noon, the crowd"), (690.0, 720.0));
    assert_eq!(one("by 12 noon local time").2.as_deref(), Some("local"));
    // The zone after the day the time is on; the day is not the time's.
    let (span, _, zone) = one("lifted off at 5:24 a.m. Thursday local time.");
    assert_eq!(
        (span.as_str(), zone.as_deref()),
        ("5:24 a.m.", Some("local"))
    );
    assert_eq!(one("at 5:24 a.m. Thursday, officials said").2, None);
    assert!(times("later that afternoon").is_empty());
}

#[test]
fn times_said_as_speech_count_from_their_hour() {
    let (span, minutes, zone) = one("The duties apply from one minute past midnight local time.");
    assert_eq!(
        (span.as_str(), minutes, zone.as_deref()),
        ("one minute past midnight local time", 1, Some("local"))
    );
    assert_eq!(one("The polls closed at 12 minutes past midnight").1, 12);
    assert_eq!(one("at a quarter to noon").1, 11 * 60 + 45);
    assert_eq!(one("at half past 9 p.m. on Friday").1, 21 * 60 + 30);
    assert_eq!(one("at twenty-five past 7am").1, 7 * 60 + 25);
    assert_eq!(one("ten minutes after noon").1, 12 * 60 + 10);
    // Before midnight the clock face wraps: held below zero.
    assert_eq!(span_of("It ended at five to midnight."), (-5.0, -5.0));
}

#[test]
fn spoken_forms_that_are_not_times_are_left() {
    // An hour without its meridiem is morning or evening.
    assert!(times("at half past six the crowd left").is_empty());
    // "Half" goes only past the hour; a bare number is not "after".
    assert_eq!(one("half to midnight").0, "midnight");
    assert_eq!(one("two after midnight").0, "midnight");
    // Scores and ranges.
    assert!(times("won by five to two").is_empty());
}

#[test]
fn ratios_scores_chrome_and_plain_numbers_are_not_times() {
    for text in [
        "Listen to this article 0:00 min",
        "won the final 3:1 in extra time",
        "John 3:16 says",
        "a ratio of 10:30",
        "He ran the mile in 3:58:02",
        "there were 1237 cases",
        "priced at 4.99",
        "12 PMs and managers",
        "at 25:00 UTC",
    ] {
        assert!(times(text).is_empty(), "{text}: {:?}", times(text));
    }
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_valid(s in "\\PC*") {
        crate::engine::extract::prop_support::check_reading(&s, |t| extract(t, &DocInfo::default()))?;
    }

    #[test]
    fn time_like_soup_is_safe(parts in proptest::collection::vec(prop_oneof![
        Just("7"), Just(":"), Just("37"), Just("a.m."), Just("pm"), Just("UTC"),
        Just("local time"), Just("noon"), Just("at"), Just("("), Just(")"), Just("é"),
        Just(" "), Just("."), Just("2400"), Just("GMT"), Just("−"), Just("3"),
    ], 0..16)) {
        let s: String = parts.concat();
        crate::engine::extract::prop_support::check_reading(&s, |t| extract(t, &DocInfo::default()))?;
    }
}
