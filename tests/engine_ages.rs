//! Whose age a stated age is, on small corpora written for these tests:
//! the same number said of two people is two facts.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

#[test]
fn the_age_of_a_noun_after_the_is_the_person_named_before_not_after() {
    let c = corpus(&[
        "On Saturday, Luka Ferrand scored the winner. The 23-year-old striker swept Ilan Mestre's cross in at the far post.\n",
        "Luka Ferrand, 23, scored the winner on Saturday, his ninth goal of the cup.\n",
        "Ilan Mestre, 23, has been at the club for a decade and set up Saturday's goal.\n",
    ]);
    let f = analyze(&c);
    let striker = fact_of(&c, &f, 0, "23-year-old");
    assert_eq!(striker, fact_of(&c, &f, 1, "23"), "Ferrand's age");
    assert_ne!(striker, fact_of(&c, &f, 2, "23"), "Mestre's age");
}

#[test]
fn a_name_right_after_the_age_s_noun_or_in_its_place_owns_it() {
    let c = corpus(&[
        "The 54-year-old driver, Anton Rask, was treated in hospital after the derailment on Thursday.\n",
        "Anton Rask, 54, the driver, was treated in hospital after the derailment on Thursday.\n",
        "Rescuers said the 54-year-old Vera Holm, a passenger, was freed after the derailment on Thursday.\n",
    ]);
    let f = analyze(&c);
    let driver = fact_of(&c, &f, 0, "54-year-old");
    assert_eq!(driver, fact_of(&c, &f, 1, "54"), "Rask's age");
    assert_ne!(driver, fact_of(&c, &f, 2, "54-year-old"), "Holm's age");
}

#[test]
fn an_age_in_a_sentence_set_at_another_time_is_still_the_person_s_age_now() {
    let c = corpus(&[
        "In 2019 the board hired chief executive Margit Solberg, 58. She said on Wednesday 28 July 2027 that sales were strong.\n",
        "Margit Solberg, 56, the chief executive, said on Wednesday that sales were strong. The results for 2027 were good.\n",
    ]);
    let f = analyze(&c);
    let age = fact_of(&c, &f, 0, "58");
    assert_eq!(age, fact_of(&c, &f, 1, "56"));
    assert_eq!(f.facts[age].status, Status::Conflict);
}

#[test]
fn two_people_of_one_family_name_have_their_own_ages() {
    let c = corpus(&[
        "Convoy leader Maren Holt, 47, was freed on Thursday with the other aid workers.\n",
        "The convoy's leader, Maren Holt, 44, a nurse, was freed on Thursday.\n",
        "Her father, Derek Holt, 78, said he had waited by the phone since the convoy was seized.\n",
    ]);
    let f = analyze(&c);
    let leader = fact_of(&c, &f, 0, "47");
    assert_eq!(leader, fact_of(&c, &f, 1, "44"), "Maren Holt's age");
    assert_eq!(f.facts[leader].status, Status::Conflict);
    assert_ne!(leader, fact_of(&c, &f, 2, "78"), "Derek Holt's age");
}

#[test]
fn a_list_of_people_and_their_ages_is_no_set_of_counterparts() {
    let c = corpus(&[
        "Among the freed were convoy leader Maren Holt, 47, and the pharmacist Lina Sarraf, 23, both unhurt.\n",
        "The convoy's leader, Maren Holt, 44, a nurse, was freed with the driver Omar Dassin on Thursday.\n",
    ]);
    let f = analyze(&c);
    let leader = fact_of(&c, &f, 0, "47");
    assert_eq!(leader, fact_of(&c, &f, 1, "44"));
    assert_eq!(f.facts[leader].status, Status::Conflict);
}

#[test]
fn a_title_before_a_name_is_no_given_name() {
    let c = corpus(&[
        "Pilot Tomas Reinholt (38) trained abroad for four years before the launch.\n",
        "The crew includes pilot Tomas Reinholt, 38, who trained abroad before the launch.\n",
    ]);
    let f = analyze(&c);
    assert_eq!(fact_of(&c, &f, 0, "38"), fact_of(&c, &f, 1, "38"));
}

#[test]
fn the_age_of_a_demonym_after_the_refers_back_not_to_a_name_after() {
    let c = corpus(&[
        "Ilka Marovec won the final on Tuesday. The 19-year-old Estranian beat Sadie Calloway of Brennland by a second.\n",
        "Ilka Marovec, 19, won the final on Tuesday in a world record.\n",
        "Sadie Calloway, 19, finished second in the final on Tuesday.\n",
    ]);
    let f = analyze(&c);
    let winner = fact_of(&c, &f, 0, "19-year-old");
    assert_eq!(winner, fact_of(&c, &f, 1, "19"), "Marovec's age");
    assert_ne!(winner, fact_of(&c, &f, 2, "19"), "Calloway's age");
}

#[test]
fn one_person_s_age_told_twice_in_an_article_is_one_fact() {
    let c = corpus(&[
        "Ilka Marovec won the final on Tuesday. The 19-year-old lowered the mark set by Sadie Calloway of Brennland.\n\nMarovec, 19, said she had not dared look at the board.\n",
        "Ilka Marovec, 19, won the final on Tuesday in a world record.\n",
    ]);
    let f = analyze(&c);
    let lowered = fact_of(&c, &f, 0, "19-year-old");
    assert_eq!(lowered, fact_of(&c, &f, 0, "19"), "told twice");
    assert_eq!(lowered, fact_of(&c, &f, 1, "19"), "the other outlet");
}

#[test]
fn an_age_in_a_sentence_naming_no_one_is_a_person_s_only_through_he_or_she() {
    let c = corpus(&[
        "Dr Liv Aalstad, 46, examined the whales. The oldest, a female, was about 46 years old, judging by her teeth.\n",
        "Liv Aalstad, 46, a marine biologist, examined the stranded whales on Monday.\n",
    ]);
    let f = analyze(&c);
    let biologist = fact_of(&c, &f, 1, "46");
    assert_eq!(biologist, fact_of(&c, &f, 0, "46"), "Aalstad's age");
    assert_ne!(
        biologist,
        fact_of(&c, &f, 0, "about 46 years old"),
        "the whale's"
    );
}

#[test]
fn a_thing_s_age_is_no_person_s_whoever_the_sentence_before_named() {
    let c = corpus(&[
        "Governor Ilona Marek, 59, promised an inquiry on Monday. The nearly 60-year-old dam had been flagged as a risk in 2019.\n",
        "The 59-year-old dam, opened in 1968, gave way on Monday after days of rain.\n",
        "Governor Ilona Marek, 59, a former hydrologist, visited the valley on Monday.\n",
    ]);
    let f = analyze(&c);
    let dam = fact_of(&c, &f, 1, "59-year-old");
    assert_eq!(
        dam,
        fact_of(&c, &f, 0, "nearly 60-year-old"),
        "the dam's age"
    );
    assert_ne!(dam, fact_of(&c, &f, 0, "59"), "the governor's age");
    assert_eq!(fact_of(&c, &f, 0, "59"), fact_of(&c, &f, 2, "59"));
}

#[test]
fn a_thing_s_age_may_follow_a_place_s_name() {
    let c = corpus(&[
        "Plant manager Erik Lindqvist, 54, spoke on Monday. The 10-year-old Dornholm plant, which builds vans, will close.\n",
        "The ten-year-old factory in Dornholm, which builds vans, will close, the company said on Monday.\n",
        "Plant manager Erik Lindqvist, 54, said on Monday that the workers had been told.\n",
    ]);
    let f = analyze(&c);
    let plant = fact_of(&c, &f, 0, "10-year-old");
    assert_eq!(plant, fact_of(&c, &f, 1, "ten-year-old"), "the plant's age");
    assert_ne!(plant, fact_of(&c, &f, 0, "54"), "the manager's age");
}

const NAMED: &str = "Within hours the prime minister named Lena Sarovic, 51, a former air force colonel, as defence minister.\n";

#[test]
fn two_outlets_giving_one_named_person_near_ages_disagree() {
    let c = corpus(&[
        NAMED,
        "The prime minister wasted no time in naming Lena Sarovic as the new defence minister. The 49-year-old spent 22 years in the air force.\n",
    ]);
    let f = analyze(&c);
    let age = fact_of(&c, &f, 0, "51");
    assert_eq!(age, fact_of(&c, &f, 1, "49-year-old"));
    assert_eq!(f.facts[age].status, Status::Conflict);
}

#[test]
fn one_named_person_s_near_ages_in_unlike_sentences_still_disagree() {
    // A person has one age in a story: the sentences around it need not
    // tell the same thing for two ages of her to be at odds.
    let c = corpus(&[
        "\"We found colours nobody had seen since the altar was painted,\" chief conservator Ilse Marrant, 58, told reporters on Tuesday.\n",
        "The work was led by chief conservator Ilse Marrant. The 61-year-old grew up three streets from the cathedral and trained in Florence.\n",
    ]);
    let f = analyze(&c);
    let age = fact_of(&c, &f, 0, "58");
    assert_eq!(age, fact_of(&c, &f, 1, "61-year-old"));
    assert_eq!(f.facts[age].status, Status::Conflict);
}

#[test]
fn ages_of_one_named_person_far_apart_are_not_joined_as_a_dispute() {
    // Eight years apart and no swapped digits: another person's age, or
    // the person's at another time, more likely than one misreport.
    let c = corpus(&[
        NAMED,
        "The prime minister wasted no time in naming Lena Sarovic as the new defence minister. The 59-year-old spent 22 years in the air force.\n",
    ]);
    let f = analyze(&c);
    assert_ne!(fact_of(&c, &f, 0, "51"), fact_of(&c, &f, 1, "59-year-old"));
    assert!(f.facts.iter().all(|x| x.status != Status::Conflict));
}
