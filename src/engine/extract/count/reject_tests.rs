//! Tests of what the count extractor must not read as a count.
use super::*;

#[test]
fn rejects_years() {
    none(&[
        "It happened in 2026 elections.",
        "since 1998 officials",
        "2025's results were in.",
    ]);
}

#[test]
fn an_unseparated_number_below_the_years_news_tells_of_counts_the_word_after_it() {
    let all = extract(
        "There are 1250 fixed cameras nationwide.",
        &DocInfo::default(),
    );
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].cue.as_deref(), Some("cameras"));
    // Among the years news tells of, the same shape is a year.
    none(&[
        "The 1998 floods were worse.",
        "By 2030 cameras will cover it.",
    ]);
}

#[test]
fn labels_set_apart_by_bars_on_one_line_each_name_their_number() {
    let text = "\u{2022} Voting countries: 41 | Finalists: 26\n";
    let all = extract(text, &DocInfo::default());
    let cues: Vec<_> = all.iter().map(|e| e.cue.as_deref()).collect();
    assert_eq!(cues, [Some("countries"), Some("finalists")], "{all:?}");
}

#[test]
fn rejects_phone_numbers() {
    none(&[
        "Call +1 555 123 4567 lines today",
        "or dial 555-1234 operators",
    ]);
}

#[test]
fn rejects_one_that_counts_nothing() {
    // "one day later" is a duration; "one reason" counts no one.
    none(&[
        "one of the men",
        "no one was hurt",
        "someone said",
        "the one officials chose",
        "one day later",
        "one reason",
    ]);
}

#[test]
fn rejects_ordinals() {
    none(&[
        "the first officers",
        "a second attempt",
        "the 21st victims",
        "the 3rd soldiers",
    ]);
}

#[test]
fn rejects_clock_times_and_dates() {
    none(&[
        "at 7:37 officials",
        "at 4:00 p.m. residents",
        "4 pm",
        "on January 7 protesters",
        "7 January protesters",
        "Jan. 7, 2026 protesters",
    ]);
}

#[test]
fn rejects_durations() {
    none(&[
        "a 15-minute call",
        "two hours",
        "3 min read",
        "five days of talks",
        "two-day summit",
    ]);
}

#[test]
fn money_and_percent_are_not_counts() {
    assert!(counts("$5 million payments, 5 million dollars, 12% voters").is_empty());
}

#[test]
fn rejects_numbers_inside_codes_and_labels() {
    none(&[
        "COVID-19 cases",
        "G7 leaders",
        "F-16 jets",
        "A320 planes",
        "Article 5 members",
        "No. 10 staff",
        "Section 230 protections",
        "Kurdistan24 reporters",
        "Boeing 737 jets",
        "flight 370 passengers",
    ]);
}

#[test]
fn rejects_ages() {
    none(&[
        "aged 45 women",
        "a 45-year-old man",
        "John Smith, 45, said",
        "ages 18 voters",
    ]);
}

#[test]
fn rejects_referring_back_with_small_number_words() {
    none(&[
        "The two leaders met.",
        "both sides agreed",
        "the three countries signed",
        "all five suspects",
    ]);
    assert_eq!(one("the 24 miners").0, "24 miners");
    // "of" and a part before "the" make it a part's whole, a figure.
    none(&[
        "most of the three countries",
        "one of the gang, and of the five suspects",
    ]);
}

#[test]
fn a_part_s_whole_after_a_determiner_is_a_figure() {
    let found = counts("The crash killed four of its six crew members.");
    assert!(found.iter().any(|(t, _, _)| t == "six crew"), "{found:?}");
    let found = counts("Two of the five lifeboats were launched.");
    assert!(
        found.iter().any(|(t, _, _)| t == "five lifeboats"),
        "{found:?}"
    );
}

#[test]
fn rejects_list_numbering_and_bare_numbers() {
    none(&[
        "1. Officials",
        "2) Troops",
        "He said 24 of them.",
        "It rose to 300.",
    ]);
    assert_eq!(one("intro\n1. Three soldiers died").0, "Three soldiers");
}

#[test]
fn a_curly_quote_before_a_bare_number_is_read_past_whole() {
    // The quote mark is three bytes; the sentence after it starts past all
    // of them.
    for text in ["“They found 24.", "He said: “the 24.", "🙂 “ 7."] {
        let _ = counts(text);
    }
}
