use super::*;

/// The first anchor, with word lists built for this one call.
fn time_anchor(text: &str, clause: Range<usize>) -> Option<Anchor> {
    super::time_anchor(text, clause, &WordClasses::new())
}

fn kinds(text: &str) -> Vec<(String, AnchorKind)> {
    time_anchors(text, 0..text.len(), &WordClasses::new())
        .into_iter()
        .map(|a| (text[a.span].to_string(), a.kind))
        .collect()
}

fn first(text: &str) -> Option<(String, AnchorKind)> {
    time_anchor(text, 0..text.len()).map(|a| (text[a.span].to_string(), a.kind))
}

#[test]
fn years_placed_by_a_preposition_or_an_article() {
    let cases = [
        (
            "A similar flood in 2011 drowned 40 cattle.",
            "in 2011",
            2011,
        ),
        ("the 2008 election was closer", "the 2008", 2008),
        ("2011's floods were worse", "2011's", 2011),
        (
            "At their peak in the 1980s they employed 1,900.",
            "the 1980s",
            1989,
        ),
        ("by mid-2019 the plant had closed", "mid 2019", 2019),
        (
            "the worst since 1987, when a collision killed 31",
            "1987",
            1987,
        ),
    ];
    for (text, span, y) in cases {
        let all = kinds(text);
        assert!(
            all.iter()
                .any(|(s, k)| *k == AnchorKind::Year(y) && s.replace('-', " ") == span),
            "{text}: {all:?}"
        );
    }
}

#[test]
fn a_year_sets_only_a_when_clause_it_opens() {
    assert_eq!(first("the deadliest since 1987 for the line"), None);
    assert_eq!(first("since 1987 when prices rose"), None);
}

#[test]
fn relative_past_and_future() {
    use AnchorKind::{RelativeFuture, RelativePast};
    let cases = [
        (
            "The mine closed two weeks ago.",
            "two weeks ago",
            RelativePast,
        ),
        (
            "It had previously paid $2 million.",
            "previously",
            RelativePast,
        ),
        ("a similar storm killed 40", "a similar", RelativePast),
        (
            "Sales fell in recent years.",
            "in recent years",
            RelativePast,
        ),
        (
            "Earlier this month the port shut.",
            "Earlier this month",
            RelativePast,
        ),
        ("They will vote next year.", "next year", RelativeFuture),
        (
            "Talks resume later this year.",
            "later this year",
            RelativeFuture,
        ),
        (
            "in the coming months 500 jobs go",
            "in the coming months",
            RelativeFuture,
        ),
        (
            "The fund runs out in five years.",
            "in five years",
            RelativeFuture,
        ),
        ("It had happened once before.", "once before", RelativePast),
    ];
    for (text, span, kind) in cases {
        assert_eq!(first(text), Some((span.to_string(), kind)), "{text}");
    }
}

#[test]
fn years_counted_back_name_how_many() {
    let cases = [
        ("Last year's strike lasted three weeks.", "Last year's", 1),
        ("It fired 20 rockets last year.", "last year", 1),
        (
            "Arrests fell to 400 in the last fiscal year.",
            "last fiscal year",
            1,
        ),
        ("The plant closed two years ago.", "two years ago", 2),
        ("It opened a year ago.", "a year ago", 1),
        ("A flood 12 years ago killed 40.", "12 years ago", 12),
        ("It began twenty years ago.", "twenty years ago", 20),
    ];
    for (text, span, n) in cases {
        assert_eq!(
            first(text),
            Some((span.to_string(), AnchorKind::YearsBack(n))),
            "{text}"
        );
    }
    // Not a calendar year counted back: a span of the last twelve months,
    // and weeks, stay plain past anchors.
    for (text, span) in [
        ("Sales fell in the past year.", "in the past"),
        ("It closed two weeks ago.", "two weeks ago"),
        ("The previous year was calm.", "previous year"),
    ] {
        assert_eq!(
            first(text),
            Some((span.to_string(), AnchorKind::RelativePast)),
            "{text}"
        );
    }
}

#[test]
fn the_story_s_own_time_is_no_anchor() {
    for text in [
        "The storm killed 40 people on Monday.",
        "Officials said 12 were hurt yesterday.",
        "Rescuers worked through the night.",
        "The 2000 people who fled returned.",
        "He spoke for two hours.",
        "the last minute of the game",
        "a 15-year sentence",
        // From then to now: the story's own time.
        "Turnout was the highest since 2009.",
        // A decade needs its article: "1980s" alone may be a model name.
        "The 1980s-era plant employs 900.",
    ] {
        assert_eq!(first(text), None, "{text}");
    }
}

#[test]
fn only_the_clause_is_read() {
    let text = "In 2011 a dam broke. This year 40 people died.";
    let second = 21..text.len();
    assert_eq!(time_anchor(text, second.clone()), None);
    assert_eq!(
        time_anchor(text, 0..20).map(|a| a.kind),
        Some(AnchorKind::Year(2011))
    );
    let s = sentence_of(text, 35..37);
    assert_eq!(&text[s], " This year 40 people died");
    // Out-of-range or split clauses never panic.
    assert_eq!(time_anchor(text, 40..400), None);
    assert_eq!(time_anchor("é in 2011", 1..9), None);
}

#[test]
fn sentences_do_not_end_inside_decimals() {
    let text = "It cost $1.5 million in 2011. Then more.";
    let s = sentence_of(text, 8..12);
    assert_eq!(&text[s.clone()], "It cost $1.5 million in 2011");
    assert_eq!(
        time_anchor(text, s).map(|a| a.kind),
        Some(AnchorKind::Year(2011))
    );
}

#[test]
fn sentences_do_not_end_at_the_periods_of_initialisms() {
    let text = "The firm will hold a call at 4:30 a.m. ET on Thursday. Then more.";
    let at = text.find("Thursday").unwrap();
    let s = sentence_of(text, at..at + 8);
    assert_eq!(
        &text[s],
        "The firm will hold a call at 4:30 a.m. ET on Thursday"
    );
    let text = "Officials in the U.S. said so. Then more.";
    let s = sentence_of(text, 0..9);
    assert_eq!(&text[s], "Officials in the U.S. said so");
    // A sentence that ends on a single capital still ends there.
    let text = "He backed Plan B. Then he left.";
    let s = sentence_of(text, 20..24);
    assert_eq!(&text[s], " Then he left");
}

#[test]
fn only_runs_of_single_letters_and_periods_are_initialisms() {
    let text = "at 9 a.m. ET, Mr. Smith, Plan B. Then U.S. aid.";
    let dots: Vec<usize> = text.match_indices('.').map(|(i, _)| i).collect();
    let found: Vec<bool> = dots.iter().map(|&d| closes_initialism(text, d)).collect();
    // a. m. | Mr. | B. | U. S. | aid.
    assert_eq!(found, [true, true, false, false, true, true, false]);
}
