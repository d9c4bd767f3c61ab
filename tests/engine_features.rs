//! The evidence the pair model weighs, read off small corpora written for
//! these tests: each test states what one feature measures.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::corpus;
use crossread::engine::link::features;
use crossread::engine::link::training_pairs;

/// The value of feature `name` for the pair of mentions with these texts
/// (in articles 0 and 1), or `None` when the pair is never scored.
fn feature(texts: &[&str], a: &str, b: &str, name: &str) -> Option<f32> {
    let c = corpus(texts);
    let (p, pairs) = training_pairs(&c);
    let find = |art: usize, text: &str| {
        (0..p.mentions.len())
            .find(|&m| {
                p.mentions[m].article == art
                    && c.articles[art].text[p.mentions[m].span.clone()] == *text
            })
            .unwrap_or_else(|| panic!("no mention {text:?} in article {art}"))
    };
    let (i, j) = (find(0, a), find(1, b));
    let slot = features::NAMES.iter().position(|n| *n == name)?;
    pairs
        .iter()
        .find(|(x, y, _)| (*x, *y) == (i.min(j), i.max(j)))
        .map(|(_, _, v)| v[slot])
}

#[test]
fn a_measured_thing_counted_seldom_in_the_corpus_weighs_more_than_a_common_one() {
    let texts = [
        "Officials said 12 people were hurt in the blast. The army carried out 16 tests in the desert.\n\
         Medics said 40 people were treated. Another 7 people were missing.\n",
        "Doctors said 9 people were hurt in the blast. The army staged 20 tests over the year.\n\
         Rescuers said 30 people were saved. About 5 people fled.\n",
    ];
    let rare = feature(&texts, "16 tests", "20 tests", "same_cue_rarity").expect("scored");
    let common = feature(&texts, "12 people", "9 people", "same_cue_rarity").expect("scored");
    assert!(rare > common, "tests {rare} against people {common}");
    assert!(rare > 0.0);
}

#[test]
fn different_measured_things_carry_no_cue_rarity() {
    let texts = [
        "The army carried out 16 tests in the desert, and 12 soldiers watched.\n",
        "The army staged 20 launches over the year as 9 soldiers watched.\n",
    ];
    assert_eq!(
        feature(&texts, "16 tests", "20 launches", "same_cue_rarity"),
        Some(0.0)
    );
}

#[test]
fn counts_of_nouns_alike_in_a_rarer_sense_measure_one_thing() {
    // "Apprehensions" is an arrest only in a rarer WordNet sense: the two
    // counts are scored, and measure one thing in the sense they share
    // (whether or not "arrests" is read as a synonym group), where counts
    // of wholly different sorts of thing are never scored.
    let texts = [
        "Border agents made 1,600 arrests at the crossing last month.\n",
        "Border agents reported 1,600 apprehensions at the crossing last month.\n",
    ];
    assert_eq!(
        feature(&texts, "1,600 arrests", "1,600 apprehensions", "cue_same"),
        Some(1.0)
    );
    let reworded = [
        "There were roughly 520,000 arrests at the border.\n",
        "Apprehensions have fallen to 400,000 at the border.\n",
    ];
    assert_eq!(
        feature(&reworded, "roughly 520,000 arrests", "400,000", "cue_same"),
        Some(1.0)
    );
    let apart = [
        "Border agents seized 1,600 trucks at the crossing last month.\n",
        "Border agents counted 1,600 people at the crossing last month.\n",
    ];
    assert_eq!(
        feature(&apart, "1,600 trucks", "1,600 people", "cue_differ"),
        None
    );
}

#[test]
fn clashing_lengths_of_things_named_differently_are_never_scored() {
    // "Weeks of tension" and "an hour-long call" are two spans; a clash
    // between them is no dispute between outlets.
    let texts = [
        "Leaders Talk After Weeks of Tension\n\nThe two leaders held an hour-long call on Monday.\n",
        "The presidents spoke in a 15-minute call on Monday about trade.\n",
    ];
    assert_eq!(feature(&texts, "Weeks", "15-minute", "cosine"), None);
    // The same clash on one thing is scored: outlets disagree there.
    assert!(feature(&texts, "hour-long", "15-minute", "cosine").is_some());
}

#[test]
fn a_year_right_after_another_value_dates_that_value_only() {
    let texts = [
        "Arrests fell to 400,000 from a peak of 1.6 million arrests in 2000.\n",
        "Officials counted 400,000 arrests at the border.\n",
    ];
    assert_eq!(
        feature(&texts, "400,000", "400,000 arrests", "anchor_differs_value"),
        Some(0.0)
    );
    // The year set before both values dates the whole clause.
    let clause = [
        "In 2000, arrests fell to 400,000 from a peak of 1.6 million arrests.\n",
        "Officials counted 400,000 arrests at the border.\n",
    ];
    assert_eq!(
        feature(
            &clause,
            "400,000",
            "400,000 arrests",
            "anchor_differs_value"
        ),
        Some(1.0)
    );
}

#[test]
fn a_possessive_time_dates_the_figure_after_it_not_the_one_before() {
    let texts = [
        "Spending rose 9.4% from last year's budget of 351 billion crowns.\n",
        "Spending rose 9.4% this time, and the budget of 351 billion crowns passed.\n",
    ];
    let before = feature(&texts, "9.4%", "9.4%", "anchor_differs_value");
    assert_eq!(before, Some(0.0), "the rise is this year's");
    let after = feature(
        &texts,
        "351 billion crowns",
        "351 billion crowns",
        "anchor_differs_value",
    );
    assert_eq!(after, Some(1.0), "the budget of 351 billion is last year's");
}

#[test]
fn a_decade_sets_its_clause_at_another_time() {
    let texts = [
        "At their peak in the 1980s the mills employed 1,900 people.\n",
        "The mills employed 1,900 people, the owner said.\n",
    ];
    assert_eq!(
        feature(
            &texts,
            "1,900 people",
            "1,900 people",
            "anchor_differs_value"
        ),
        Some(1.0)
    );
}

#[test]
fn a_sentence_opening_on_that_and_a_noun_keeps_the_time_before_it() {
    let back = [
        "He dug for survivors in 1999, when an avalanche killed 11 people. That slide was about 350 metres wide.\n",
        "The slide was about 350 metres wide, rescuers said.\n",
    ];
    let same = [
        "He dug for survivors in 1999, when an avalanche killed 11 people. The slide was about 350 metres wide.\n",
        "The slide was about 350 metres wide, rescuers said.\n",
    ];
    let width = |t: &[&str]| {
        feature(
            t,
            "about 350 metres",
            "about 350 metres",
            "anchor_differs_value",
        )
    };
    assert_eq!(width(&back), Some(1.0), "that slide is the 1999 one");
    assert_eq!(width(&same), Some(0.0), "the slide is the story's own");
    // A date the earlier sentence states, not its words, sets it too.
    let dated = [
        "Published 13 September 2027

The walkout follows a 48-hour strike last October. That strike cancelled about two-thirds of trains.
",
        "Published 13 September 2027

The strike cancelled about two-thirds of trains, the operator said.
",
    ];
    assert_eq!(
        feature(
            &dated,
            "about two-thirds",
            "about two-thirds",
            "anchor_differs_value"
        ),
        Some(1.0),
        "that strike is last October's"
    );
}

#[test]
fn a_stated_year_repeated_weighs_as_a_repeated_number_and_a_weekday_does_not() {
    let texts = [
        "In 1970, the senator joined the reserve after his last deferment ran out. \
         The vote came on Tuesday.\n",
        "The senator enlisted in the reserve in 1970 and served six months. \
         Aides spoke on Tuesday.\n",
    ];
    let year = feature(&texts, "1970", "1970", "same_value_rarity").expect("scored");
    assert!(year > 0.0, "a repeated stated year carries value rarity");
    assert_eq!(
        feature(&texts, "1970", "1970", "same_date_rarity"),
        Some(0.0),
        "a stated year is not a day named alike"
    );
    let weekday = feature(&texts, "Tuesday", "Tuesday", "same_value_rarity");
    assert_eq!(
        weekday,
        Some(0.0),
        "an unresolved weekday stays a named day"
    );
}

#[test]
fn a_year_strictly_inside_a_stretch_of_years_is_never_scored_against_it() {
    let texts = [
        "She was the state's governor from 1996 to 2007 and wrote two books.\n",
        "As governor, in 2002 she cut taxes. She left the governor's office in 2007.\n",
    ];
    assert_eq!(feature(&texts, "1996 to 2007", "2002", "cosine"), None);
    // Its end year is what the stretch states: scored.
    assert!(feature(&texts, "1996 to 2007", "2007", "cosine").is_some());
}

#[test]
fn an_exact_number_with_more_significant_digits_is_more_telling_when_repeated() {
    let texts = [
        "The storm destroyed 4,180 homes, and two people were hurt.\n",
        "Officials said 4,180 homes were destroyed and two people were hurt.\n",
    ];
    let precise = feature(&texts, "4,180 homes", "4,180 homes", "agree_specific").expect("scored");
    let round = feature(&texts, "two people", "two people", "agree_specific").expect("scored");
    assert!(precise > round, "4,180 {precise} against two {round}");
    assert_eq!(precise, 1.0);
}

#[test]
fn the_words_between_a_number_and_its_noun_say_which_sort_is_counted() {
    let texts = [
        "The navy tested three long-range cruise missiles and 12,000 reserve troops drilled.\n",
        "The navy tested several long-range cruise missiles while 15,000 border troops waited.\n",
    ];
    let missiles = "three long-range cruise missiles";
    let several = "several long-range cruise missiles";
    assert_eq!(
        feature(&texts, missiles, several, "modifier_same"),
        Some(1.0)
    );
    assert_eq!(
        feature(&texts, missiles, several, "modifier_differ"),
        Some(0.0)
    );
    let troops = ("12,000 reserve troops", "15,000 border troops");
    assert_eq!(
        feature(&texts, troops.0, troops.1, "modifier_differ"),
        Some(1.0)
    );
    assert_eq!(
        feature(&texts, troops.0, troops.1, "modifier_same"),
        Some(0.0)
    );
}

#[test]
fn a_vague_quantity_word_is_not_a_sort_of_the_counted_thing() {
    let texts = [
        "A handful of senators backed the bill, and a handful of mayors spoke.\n",
        "Only a handful of farm senators backed the bill.\n",
    ];
    let (a, b) = ("A handful of senators", "a handful of farm senators");
    assert_eq!(feature(&texts, a, b, "modifier_same"), Some(0.0));
    assert_eq!(feature(&texts, a, b, "modifier_differ"), Some(0.0));
}

#[test]
fn values_set_beside_one_rare_other_value_share_their_sentence_s_fact() {
    let texts = [
        "There were 52,000 crossings, a third of the 1.7 million crossings seen in 2001. \
         Only 9 farms closed.\n",
        "Officials counted 40,000 crossings, down from a peak of 1.7 million crossings. \
         Officials counted 12 farms.\n",
    ];
    let beside = feature(
        &texts,
        "52,000 crossings",
        "40,000 crossings",
        "mate_value_rarity",
    );
    assert!(beside.expect("scored") > 0.0, "{beside:?}");
    // Sentences with no value in common carry none.
    assert_eq!(
        feature(&texts, "9 farms", "12 farms", "mate_value_rarity"),
        Some(0.0)
    );
}

#[test]
fn values_beside_other_values_carry_no_mate_evidence() {
    let texts = [
        "There were 52,000 crossings, a third of the 1.7 million crossings seen in 2001.\n",
        "Officials counted 40,000 crossings, down from a peak of 1.2 million crossings.\n",
    ];
    assert_eq!(
        feature(
            &texts,
            "52,000 crossings",
            "40,000 crossings",
            "mate_value_rarity"
        ),
        Some(0.0)
    );
}

#[test]
fn a_second_other_value_shared_adds_to_the_rarest() {
    // "300 farms" is common in this corpus, "1.7 million" is not: sharing
    // both tells more than sharing the rarer alone.
    let first =
        "There were 52,000 crossings, a third of the 1.7 million crossings, as 300 farms closed.\n";
    let peak_only = "Officials counted 40,000 crossings, down from 1.7 million crossings, as 90 farms closed.\n";
    let both = "Officials counted 40,000 crossings, down from 1.7 million crossings, as 300 farms closed.\n";
    let common = "The co-op lists 300 farms. A survey found 300 farms. Lenders name 300 farms.\n";
    let score = |second: &str| {
        feature(
            &[first, second, common],
            "52,000 crossings",
            "40,000 crossings",
            "mate_value_rarity",
        )
        .expect("scored")
    };
    let (one, two) = (score(peak_only), score(both));
    assert!(one > 0.0, "{one}");
    assert!(two > one, "{two} {one}");
}

#[test]
fn the_only_day_named_alike_elsewhere_is_no_best_partner_without_shared_words() {
    // One "Friday" in each article, in sentences about different things:
    // each is the other's only candidate, which says nothing.
    let apart = [
        "The ferry company said its boats stopped sailing on Friday as the storm damaged the harbour wall, the cranes and the old customs sheds.\n",
        "Parliament debated the budget on Friday while ministers argued over taxes, schools, hospitals and the harbour.\n",
    ];
    assert_eq!(
        feature(&apart, "Friday", "Friday", "mutual_best"),
        Some(0.0)
    );
    let alike = [
        "The ferry company said its boats stopped sailing on Friday as the storm damaged the harbour wall.\n",
        "Ferry boats stopped sailing on Friday after the storm hit the harbour wall, the company said.\n",
    ];
    assert_eq!(
        feature(&alike, "Friday", "Friday", "mutual_best"),
        Some(1.0)
    );
}

#[test]
fn a_day_dating_a_statement_against_a_day_dating_an_event_is_marked() {
    let statement = [
        "Postal inspectors intercepted two more parcels on Friday in Florida.\n",
        "The former director said on Friday that he was not surprised by the parcels.\n",
    ];
    assert_eq!(
        feature(&statement, "Friday", "Friday", "statement_one_side"),
        Some(1.0),
        "an interception against a statement"
    );
    let events = [
        "Postal inspectors intercepted two more parcels on Friday in Florida.\n",
        "Postal inspectors found another parcel on Friday in New York.\n",
    ];
    assert_eq!(
        feature(&events, "Friday", "Friday", "statement_one_side"),
        Some(0.0),
        "two finds of parcels"
    );
}

#[test]
fn an_open_ended_amount_ten_times_short_of_another_is_never_scored_against_it() {
    let texts = [
        "Engineers say it will be at least ten days before the water drains from the town.\n",
        "The clean-up of the town will take at least six months, engineers say.\n",
    ];
    let far = feature(&texts, "at least ten days", "at least six months", "bias");
    assert_eq!(
        far, None,
        "ten days and six months meet only at the open end"
    );
    // The control: an open end a little short of the other still meets it.
    let texts = [
        "Engineers say it will be at least five months before the water drains from the town.\n",
        "The clean-up of the town will take at least six months, engineers say.\n",
    ];
    assert!(
        feature(
            &texts,
            "at least five months",
            "at least six months",
            "bias"
        )
        .is_some()
    );
}
