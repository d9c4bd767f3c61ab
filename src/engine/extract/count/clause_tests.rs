//! Tests of counts read from their clause.
use super::super::test_support::{found, pairs};

#[test]
fn an_estimate_counts_its_object() {
    assert_eq!(
        found("Police put the crowd at 48,000 on Saturday."),
        pairs(&[("48,000", "crowd")])
    );
    assert_eq!(
        found("Organisers estimated turnout at about 150,000."),
        pairs(&[("about 150,000", "turnout")])
    );
    assert_eq!(
        found("Officials put the number of dead at 38."),
        pairs(&[("38", "dead")])
    );
}

#[test]
fn an_estimate_s_object_is_read_past_its_modifiers_and_places() {
    for (text, value, noun) in [
        (
            "The union puts the number of vacant paramedic posts at 740.",
            "740",
            "posts",
        ),
        (
            "The annex puts the number of jobs at risk at 23,400.",
            "23,400",
            "jobs",
        ),
        (
            "Police put the crowd on Assembly Square at about 20,000.",
            "about 20,000",
            "crowd",
        ),
        (
            "The crowd, which organizers put at 20,000, marched on.",
            "20,000",
            "crowd",
        ),
        (
            "Outside, a crowd that police estimated at 2,000 booed.",
            "2,000",
            "crowd",
        ),
    ] {
        assert_eq!(found(text), pairs(&[(value, noun)]), "{text}");
    }
    // A pronoun names no thing: "put it at 300".
    assert!(found("Officials put it at 300.").is_empty());
}

#[test]
fn at_without_a_verb_of_estimating_is_no_count() {
    assert!(found("The index closed at 4,210 on Friday.").is_empty());
    assert!(found("They put the meeting off and met at 10.").is_empty());
    assert!(found("Police put the crowd in a square, and at 48,000 it was full.").is_empty());
}

#[test]
fn a_number_opening_its_clause_counts_the_subject_of_a_past_verb() {
    assert_eq!(
        found("The motion passed, and 12 abstained."),
        pairs(&[("12", "abstained")])
    );
    assert_eq!(
        found("Of the starters, 38,412 finished before dark."),
        pairs(&[("38,412", "finished")])
    );
    assert_eq!(
        found("As the water rose, 14,000 fled their homes."),
        pairs(&[("14,000", "fled")])
    );
}

#[test]
fn a_number_opening_its_clause_counts_the_subject_of_a_participle() {
    assert_eq!(
        found("Of the 400 flights, 159 were cancelled."),
        pairs(&[("400 flights", "flights"), ("159", "cancelled")])
    );
    assert_eq!(
        found("Of these patients, 312 have been treated in hospital."),
        pairs(&[("312", "treated")])
    );
    assert_eq!(
        found("It beat the 5.3 million who watched last year."),
        pairs(&[("5.3 million", "watched")])
    );
    assert_eq!(
        found("Of the injured, 38 were later admitted."),
        pairs(&[("38", "admitted")])
    );
}

#[test]
fn an_auxiliary_without_a_participle_or_a_spelled_number_is_no_subject() {
    assert!(found("Of the recalled cars, 96,500 are in the United States.").is_empty());
    assert!(found("A boy of 12 who was rescued spoke.").is_empty());
    assert!(found("The 12 were cancelled.").is_empty());
}

#[test]
fn a_verb_of_saying_or_a_number_inside_its_clause_is_no_subject() {
    assert!(found("Of those polled, 620 said they would vote.").is_empty());
    assert!(found("The firm repaid 4,210 owed to its staff.").is_empty());
    assert!(found("The 12 abstained.").is_empty());
    assert!(found("Shares, 12 says the firm, fell.").is_empty());
}

#[test]
fn a_toll_named_at_length_still_counts_its_dead() {
    let text = "The death toll from the magnitude 7.1 earthquake that struck Karsenia's Drevan mountains early on Thursday has risen to 412, officials said.";
    assert_eq!(found(text), pairs(&[("412", "dead")]));
    // The toll of another sentence counts nothing here.
    assert!(
        found("He spoke of the toll from floods. Bids rose to 412.")
            .iter()
            .all(|(_, n)| n != "dead")
    );
}

#[test]
fn a_spelled_number_opening_its_sentence_counts_the_subject_of_a_past_verb() {
    assert_eq!(
        found("The slope gave way at noon. Seven were rescued alive."),
        pairs(&[("Seven", "rescued")])
    );
    assert_eq!(
        found("The boat sank.\nFive were taken to hospital."),
        pairs(&[("Five", "taken")])
    );
    // Inside a sentence a spelled number before a verb is as often a
    // pronoun's, and at its opening a verb of saying counts speakers.
    assert!(found("The fleet is late, and seven have crashed in training.").is_empty());
    assert!(found("Seven said they would stay.").is_empty());
}

#[test]
fn a_spelled_number_inside_its_sentence_counts_the_subject_of_a_passive() {
    assert_eq!(
        found("Of the crew, four were flown to hospital."),
        pairs(&[("four", "flown")])
    );
    assert_eq!(
        found("Police detained them all, and nine were charged on Friday."),
        pairs(&[("nine", "charged")])
    );
    // An active verb after it may be a pronoun's: "and seven have crashed".
    assert!(found("Police detained them all, and nine have left.").is_empty());
}

#[test]
fn a_participle_like_its_plain_form_counts_when_the_clause_ends_on_it() {
    assert_eq!(
        found("The bus overturned. Four were seriously hurt."),
        pairs(&[("Four", "hurt")])
    );
    assert_eq!(
        found("Of the 900 posts, 520 will be shed by March."),
        pairs(&[("900 posts", "posts"), ("520", "shed")])
    );
    // "were cabin crew": the word after it goes on into a noun phrase.
    assert!(found("The plane landed. Four were cabin crew members.").is_empty());
}

#[test]
fn a_modal_takes_the_plain_verb_after_it() {
    assert_eq!(
        found("The museum returns most of them; the remaining 37 will stay in the capital."),
        pairs(&[("37", "stay")])
    );
    // "the 16" refers to things named before, whatever its verb.
    assert!(found("The museum keeps the 16 will stay.").is_empty());
    assert!(found("The 16 will stay in the capital.").is_empty());
}

#[test]
fn a_part_of_a_whole_opens_its_clause() {
    assert_eq!(
        found("The agreement calls for monitors, yet only 64 have arrived."),
        pairs(&[("64", "arrived")])
    );
    assert_eq!(
        found("Rescuers found the dead; another 59 were listed as missing."),
        pairs(&[("59", "listed")])
    );
    assert_eq!(
        found("Only 28 were accepted, and the other 212 were voted down."),
        pairs(&[("28", "accepted"), ("212", "voted")])
    );
    // Without such a word the number is inside a clause of its own.
    assert!(found("The agreement calls for 64 arrived soon.").is_empty());
}

#[test]
fn a_plain_verb_in_the_present_counts_its_subject_when_the_clause_ends_on_it() {
    assert_eq!(
        found("Of the crew, 12 stay on board."),
        pairs(&[("12", "stay")])
    );
    assert_eq!(
        found("The ship ran aground. Two stay on board."),
        pairs(&[("Two", "stay")])
    );
    // "have" before it is a perfect, whose participle differs.
    assert!(found("Of the crew, 12 have stay on board.").is_empty());
}
