//! Tests of bare numbers whose noun their sentence named before them.
use super::*;

#[test]
fn a_bare_number_takes_the_noun_its_sentence_named_before() {
    let cases = [
        (
            "The bloc won 68 seats, eight short of the 76 needed for a majority.",
            "76",
            76.0,
        ),
        ("It holds 40 seats in a chamber of 151.", "151", 151.0),
        ("They took 90 seats, well past the 76 required.", "76", 76.0),
    ];
    for (text, span, v) in cases {
        let all = extract(text, &DocInfo::default());
        let e = all
            .iter()
            .find(|e| &text[e.span.clone()] == span)
            .unwrap_or_else(|| panic!("{text}: {all:?}"));
        assert_eq!(
            e.value,
            Value::Count {
                amount: Interval::exact(v),
                noun: Some("seats".into())
            },
            "{text}"
        );
    }
}

#[test]
fn a_bare_number_without_an_earlier_count_or_with_more_words_stays_out() {
    let cases = [
        ("It met in the 76 needed.", "76"),
        ("The bloc won 68 seats in the 2019.", "2019"),
        ("The bloc won 68 seats, and the 76 members left.", "76"),
        ("The bloc won 68 seats. Of the 76, most were new.", "76"),
        ("The bloc won 68 seats, up from the 1994 result.", "1994"),
        ("The bloc won 68 seats, eight short of a majority.", "eight"),
    ];
    for (text, bare) in cases {
        let all = extract(text, &DocInfo::default());
        assert!(
            all.iter().all(|e| &text[e.span.clone()] != bare),
            "{text}: {all:?}"
        );
        let named = text.contains("68 seats");
        assert!(
            !named || all.iter().any(|e| &text[e.span.clone()] == "68 seats"),
            "{text}"
        );
    }
}

#[test]
fn a_figure_compared_with_a_count_counts_what_it_does() {
    // The count of `noun` the extractor reads at `span` in `text`, if any.
    fn counted(text: &str, span: &str, noun: &str) -> Option<Interval> {
        extract(text, &DocInfo::default())
            .into_iter()
            .find(|e| &text[e.span.clone()] == span)
            .and_then(|e| match e.value {
                Value::Count {
                    amount,
                    noun: Some(n),
                } if n == noun => Some(amount),
                _ => None,
            })
    }
    let text = "The memo ordered 12,000 deportations in 2027, compared with 4,870 last year and 3,950 in 2025.";
    for (span, v) in [("4,870", 4_870.0), ("3,950", 3_950.0)] {
        let a = counted(text, span, "deportations").unwrap_or_else(|| panic!("{span}"));
        assert!(a.overlaps(&Interval::exact(v)), "{span}: {a:?}");
    }
    let up = "Shops sold 3,400 bikes, up from 2,900 a year earlier.";
    assert!(counted(up, "2,900", "bikes").is_some());
    // A comparison that goes on to name something else is no such figure.
    let other = "Shops sold 3,400 bikes, compared with 2,900 cars sold.";
    assert!(counted(other, "2,900", "bikes").is_none());
}

#[test]
fn a_number_after_a_name_its_verb_was_left_out_after_counts_the_same_thing() {
    let text = "The Civic Union won 61 seats and the Greens 27.";
    let all = extract(text, &DocInfo::default());
    let e = all
        .iter()
        .find(|e| &text[e.span.clone()] == "27")
        .unwrap_or_else(|| panic!("{all:?}"));
    assert_eq!(
        e.value,
        Value::Count {
            amount: Interval::exact(27.0),
            noun: Some("seats".into())
        }
    );
    // A name's own number is still no count: "Boeing 737 parts".
    none(&["The firm sold Boeing 737 parts."]);
    let other = "The firm sold 400 jets and Boeing 737 parts.";
    let all = extract(other, &DocInfo::default());
    assert!(
        !all.iter().any(|e| &other[e.span.clone()] == "737"),
        "{all:?}"
    );
}
