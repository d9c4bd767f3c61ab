//! Tests of percentages and fractions: shares, changes and percentage
//! points in every spelling.
use super::*;

#[test]
fn percentages_in_every_spelling() {
    for t in [
        "12%",
        "12 percent",
        "12 per cent",
        "12 pct",
        "twelve percent",
    ] {
        let all = extract(t, &DocInfo::default());
        assert_eq!(all.len(), 1, "{t}");
        assert_eq!(all[0].kind, Kind::Percent);
        let Value::Percent { amount } = all[0].value else {
            panic!("{t}")
        };
        assert_eq!((amount.lo, amount.hi), (11.5, 12.5), "{t}");
        assert_eq!(all[0].span, 0..t.len(), "{t}");
    }
    let e = &extract("about 12.5% of voters", &DocInfo::default())[0];
    assert_eq!(e.cue.as_deref(), Some("voters"));
    assert!(matches!(e.value, Value::Percent { amount } if amount.lo < 12.5 && amount.hi > 12.5));
    let r = &extract("a 3-5% rise", &DocInfo::default())[0];
    assert_eq!(
        r.value,
        Value::Percent {
            amount: Interval::closed(3.0, 5.0)
        }
    );
}

#[test]
fn fractions_are_shares_not_counts_of_thirds() {
    let cases = [
        (
            "Two thirds of voters backed it.",
            "Two thirds",
            66.67,
            "voters",
        ),
        ("a two-thirds majority", "two-thirds", 66.67, "majority"),
        ("half of the members left", "half", 50.0, "members"),
        ("a quarter of the budget went", "a quarter", 25.0, "budget"),
        ("one in five children", "one in five", 20.0, "children"),
        ("seven out of 10 adults", "seven out of 10", 70.0, "adults"),
    ];
    for (text, span, pct, cue) in cases {
        let p = percents(text);
        assert_eq!(p.len(), 1, "{text}: {p:?}");
        assert_eq!(p[0].0, span, "{text}");
        assert!(
            p[0].1.overlaps(&Interval::exact(pct)),
            "{text}: {:?}",
            p[0].1
        );
        assert!(!p[0].1.overlaps(&Interval::exact(pct * 0.9)), "{text}");
        assert_eq!(p[0].2.as_deref(), Some(cue), "{text}");
        assert!(counts(text).is_empty(), "{text}: {:?}", counts(text));
    }
}

#[test]
fn a_fraction_after_a_verb_of_change_is_the_size_of_the_change() {
    for (text, span, pct) in [
        (
            "Operating profit fell by nearly a quarter.",
            "nearly a quarter",
            24.0,
        ),
        (
            "Profit was down a third from a year earlier.",
            "a third",
            33.33,
        ),
        ("Sales rose by half in a year.", "half", 50.0),
        (
            "Profit fell to €412 million, down nearly a quarter from a year earlier.",
            "nearly a quarter",
            24.0,
        ),
    ] {
        let p = percents(text);
        assert_eq!(p.len(), 1, "{text}: {p:?}");
        assert_eq!(p[0].0, span, "{text}");
        assert!(p[0].1.overlaps(&Interval::exact(pct)), "{text}");
    }
    // No change, no share: a quarter alone may be anything.
    for text in [
        "He left after a quarter.",
        "He won by a quarter.",
        "The fund was set up a quarter century ago.",
    ] {
        assert!(percents(text).is_empty(), "{text}: {:?}", percents(text));
    }
}

#[test]
fn points_and_basis_points_are_percentage_points() {
    for (text, span, pp) in [
        (
            "The bank cut rates by 25 basis points.",
            "25 basis points",
            0.25,
        ),
        ("It was a 50 bps move.", "50 bps", 0.5),
        (
            "Rates fell by 0.25 percentage points.",
            "0.25 percentage points",
            0.25,
        ),
        (
            "It cut by a quarter of a percentage point.",
            "a quarter of a percentage point",
            0.25,
        ),
        ("It was a quarter-point cut.", "a quarter-point", 0.25),
        (
            "Rates rose by half a percentage point.",
            "half a percentage point",
            0.5,
        ),
    ] {
        let p = percents(text);
        assert_eq!(p.len(), 1, "{text}: {p:?}");
        assert_eq!(p[0].0, span, "{text}");
        assert!(
            p[0].1.overlaps(&Interval::exact(pp)),
            "{text}: {:?}",
            p[0].1
        );
        assert!(!p[0].1.overlaps(&Interval::exact(pp * 100.0)), "{text}");
        assert_eq!(p[0].2.as_deref(), Some("percentage points"), "{text}");
    }
    // A quarter of something that is no point stays a share.
    let p = percents("A quarter of the points came late.");
    assert!(
        p.iter().all(|x| x.1.overlaps(&Interval::exact(25.0))),
        "{p:?}"
    );
}

#[test]
fn a_qualifier_before_a_fraction_bends_the_share() {
    let p = percents("Net profit rose by more than a fifth to €2.7 billion.");
    assert_eq!(p[0].0, "more than a fifth");
    assert!(p[0].1.overlaps(&Interval::exact(22.0)) && !p[0].1.overlaps(&Interval::exact(18.0)));
    let p = percents("Grants paid nearly a third of the bill.");
    assert_eq!(p[0].0, "nearly a third");
    assert!(p[0].1.overlaps(&Interval::exact(32.0)) && !p[0].1.overlaps(&Interval::exact(34.0)));
    // 31% is still nearly a third; 29% is not.
    assert!(p[0].1.overlaps(&Interval::exact(31.0)) && !p[0].1.overlaps(&Interval::exact(29.0)));
}

#[test]
fn a_fraction_of_a_point_is_rounded_and_qualified_like_any_fraction() {
    // 31 basis points is "almost a third of a percentage point".
    let p = percents("Yields climbed almost a third of a percentage point.");
    assert_eq!(p[0].0, "almost a third of a percentage point");
    assert!(p[0].1.overlaps(&Interval::exact(0.31)) && !p[0].1.overlaps(&Interval::exact(0.34)));
    // Unqualified, it allows a fraction's rounding either side, no more.
    let p = percents("The bank cut by a quarter of a percentage point.");
    assert!(p[0].1.overlaps(&Interval::exact(0.255)) && !p[0].1.overlaps(&Interval::exact(0.2)));
}

#[test]
fn fraction_look_alikes_are_not_shares() {
    for text in [
        "a quarter of an hour",
        "for the third time",
        "a second vehicle",
        "half an hour later",
        "one in 2019",
        "two in three minutes",
        "the first quarter of the year",
    ] {
        assert!(percents(text).is_empty(), "{text}: {:?}", percents(text));
    }
}

#[test]
fn a_share_of_a_scale_word_is_a_round_number_not_a_fraction() {
    let cases = [
        (
            "Half a million people fled.",
            "Half a million people",
            500_000.0,
        ),
        (
            "The storm left nearly a third of a million homes dark.",
            "nearly a third of a million homes",
            333_333.0,
        ),
        (
            "It hit two-thirds of a million homes.",
            "two-thirds of a million homes",
            666_667.0,
        ),
    ];
    for (text, span, v) in cases {
        let all = extract(text, &DocInfo::default());
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        assert_eq!(&text[all[0].span.clone()], span);
        let Value::Count { amount, .. } = &all[0].value else {
            panic!("{text}: {all:?}")
        };
        // A round figure: a tenth either way, short of it after "nearly".
        assert!(
            amount.lo <= v * 0.91 && amount.hi >= v,
            "{text}: {amount:?}"
        );
        assert!(
            amount.overlaps(&Interval::exact(v * 0.95)),
            "{text}: {amount:?}"
        );
    }
    // Not a share of voters: "a third" here is part of the number.
    assert!(percents("nearly a third of a million homes").is_empty());
}

#[test]
fn a_whole_after_out_of_is_counted_but_a_ratio_s_denominator_is_not() {
    let all = extract(
        "Some 43,800 customers were affected, out of 1.2 million registered users.",
        &DocInfo::default(),
    );
    let cues: Vec<_> = all.iter().map(|e| e.cue.as_deref()).collect();
    assert_eq!(cues, [Some("customers"), Some("users")], "{all:?}");
    // "Seven out of 10 adults" is a share, and "10 adults" no count.
    let all = extract("Seven out of 10 adults agreed.", &DocInfo::default());
    assert!(all.iter().all(|e| e.kind == Kind::Percent), "{all:?}");
}
