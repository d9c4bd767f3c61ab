//! Tests of hyphenated compounds ("a 62-page ruling") and the set
//! phrases and other kinds that own theirs.
use super::*;

#[test]
fn hyphenated_compounds_count_what_they_name() {
    let cases = [
        (
            "The court issued a 62-page ruling.",
            "62-page",
            62.0,
            "page",
            "ruling",
        ),
        (
            "A 12-member jury was seated.",
            "12-member",
            12.0,
            "member",
            "jury",
        ),
        (
            "They drafted a five-point plan.",
            "five-point",
            5.0,
            "point",
            "plan",
        ),
        ("the 300-seat chamber", "300-seat", 300.0, "seat", "chamber"),
        (
            "in the 151-member Parliament",
            "151-member",
            151.0,
            "member",
            "parliament",
        ),
        (
            "won the 151-seat Folkesal",
            "151-seat",
            151.0,
            "seat",
            "folkesal",
        ),
    ];
    for (text, span, v, unit, head) in cases {
        let all = extract(text, &DocInfo::default());
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        let e = &all[0];
        assert_eq!(&text[e.span.clone()], span, "{text}");
        assert_eq!(
            e.value,
            Value::Count {
                amount: Interval::exact(v),
                noun: Some(unit.into())
            }
        );
        assert_eq!(e.cue.as_deref(), Some(head), "{text}");
    }
}

#[test]
fn compounds_owned_by_other_kinds_or_set_phrases_are_not_counts() {
    none(&[
        "a 15-year sentence",
        "in 75-degree heat",
        "a magnitude-7 quake",
        "a 10-kilometre walk",
        "a five-million-dollar deal",
        "a one-party state",
        "a two-way street",
        "the 59-year-old mayor",
        "an F-16 squadron",
        "a 62-page",
        "a 62-page RULING",
        "the 2-1 Court",
        "a retired four-star Marine general",
    ]);
}

#[test]
fn a_court_s_or_a_chamber_s_split_is_a_tally() {
    for (text, larger, smaller) in [
        ("The court struck down the law 5-4 on Wednesday.", "5", "4"),
        ("In a 6-3 ruling, the justices upheld the ban.", "6", "3"),
        ("Lawmakers overrode the veto 68-27 on Tuesday.", "68", "27"),
    ] {
        let found = super::test_support::found(text);
        for side in [larger, smaller] {
            assert!(
                found.contains(&(side.to_string(), "votes".to_string())),
                "{text}: {found:?}"
            );
        }
    }
    // A second tally in a sentence of voting is one too.
    let found = super::test_support::found(
        "The bill had first passed the Assembly 70-25 in January and the Senate 30-12 in March.",
    );
    for side in ["30", "12"] {
        assert!(
            found.contains(&(side.to_string(), "votes".to_string())),
            "{found:?}"
        );
    }
    // A game won by a score is no vote; a vote won by a tally is.
    let game = super::test_support::found("In January Valmont won 34-20 at a canter.");
    assert!(game.iter().all(|(_, noun)| noun != "votes"), "{game:?}");
    let vote = super::test_support::found("Pelosi won, 134 to 63, on Wednesday.");
    assert!(
        vote.contains(&("134".to_string(), "votes".to_string())),
        "{vote:?}"
    );
    // A score with no word of voting near it is no tally.
    let score = super::test_support::found("The home side came back to lead 5-4 at the break.");
    assert!(score.iter().all(|(_, noun)| noun != "votes"), "{score:?}");
}

#[test]
fn a_compound_keeps_its_qualifier_and_is_exact_without_one() {
    let amount = |text: &str| {
        let all = extract(text, &DocInfo::default());
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        match &all[0].value {
            Value::Count { amount, .. } => *amount,
            v => panic!("{text}: {v:?}"),
        }
    };
    // "roughly" and "more than" bend the compound as they bend "N pages".
    let roughly = amount("They published a roughly 1,700-page report.");
    assert!(roughly.lo < 1_690.0 && roughly.hi > 1_712.0, "{roughly:?}");
    let more = amount("It was a more than 300-page report.");
    assert!(more.lo_open && more.lo == 300.0 && more.hi.is_infinite());
    // Unqualified, a compound names its thing exactly.
    assert_eq!(amount("a 1,700-page report"), Interval::exact(1_700.0));
    assert_eq!(amount("a 62-page ruling"), Interval::exact(62.0));
}
