//! How quotes join: one statement quoted whole, in part, reworded or
//! broken up by outlets, in corpora written for these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

#[test]
fn partial_quote_agrees_reworded_quote_is_a_variant() {
    let c = corpus(&[
        "Judge Mara Lind told the court: \"You made a choice, again and again, to deceive the people who trusted you.\"\n",
        "\"You made a choice, again and again, to deceive the people who trusted you,\" Lind said.\n",
        "Lind said he had made \"a choice, again and again\" to deceive investors.\n",
        "\"You chose, over and over, to deceive the people who trusted you,\" Judge Lind said.\n",
    ]);
    let f = analyze(&c);
    let full = fact_of(
        &c,
        &f,
        0,
        "You made a choice, again and again, to deceive the people who trusted you",
    );
    assert_eq!(
        full,
        fact_of(
            &c,
            &f,
            1,
            "You made a choice, again and again, to deceive the people who trusted you"
        )
    );
    assert_eq!(full, fact_of(&c, &f, 2, "a choice, again and again"));
    let reworded = fact_of(
        &c,
        &f,
        3,
        "You chose, over and over, to deceive the people who trusted you",
    );
    assert_eq!(full, reworded, "the reworded version is the same statement");
    assert_eq!(f.facts[full].status, Status::Variant);
}

#[test]
fn identical_partial_quotes_agree() {
    let c = corpus(&[
        "The minister warned of a \"catastrophe\" for the whole region.\n",
        "The minister said the strikes risked a \"catastrophe\" across the region.\n",
    ]);
    let f = analyze(&c);
    let q = fact_of(&c, &f, 0, "catastrophe");
    assert_eq!(q, fact_of(&c, &f, 1, "catastrophe"));
    assert_eq!(f.facts[q].status, Status::Agree);
}

#[test]
fn a_quote_standing_alone_is_read_with_the_sentence_that_led_into_it() {
    // The full quote is its own sentence, so only the sentence before it
    // tells what it is about; the other outlet quotes two words of it.
    let c = corpus(&[
        "Crews finished the new flood barrier on the Tamsin river on Friday.\n\n\"The barrier held through the night, and that is good news for every family on the river.\"\n",
        "Officials called the finished flood barrier \"good news\" for families along the river.\n",
    ]);
    let f = analyze(&c);
    let full = fact_of(
        &c,
        &f,
        0,
        "The barrier held through the night, and that is good news for every family on the river",
    );
    assert_eq!(full, fact_of(&c, &f, 1, "good news"));
}

#[test]
fn a_phrase_quoted_alike_joins_the_group_through_the_outlet_it_shares_context_with() {
    // The first and third outlets share no word around the phrase, but
    // each shares its story with the second: one phrase, one fact.
    let c = corpus(&[
        "The lawsuit accuses the company of running a \"racketeering scheme\" with its suppliers.\n",
        "The company ran \"a racketeering scheme,\" the lawsuit says, according to the filing in federal court.\n",
        "Prosecutors described a \"racketeering scheme\" in the federal court filing.\n",
    ]);
    let f = analyze(&c);
    let q = fact_of(&c, &f, 1, "a racketeering scheme");
    assert_eq!(q, fact_of(&c, &f, 0, "racketeering scheme"));
    assert_eq!(q, fact_of(&c, &f, 2, "racketeering scheme"));
}

#[test]
fn a_word_quoted_from_a_speakers_longer_statement_joins_it() {
    let c = corpus(&[
        "The mayor wrote on Tuesday: \"Shameful that the flood maps were leaked to the press before the council saw them.\"\n",
        "Mayor Ruth Okafor called the leak \"shameful\" in a post on Tuesday, saying the flood maps reached the press early.\n",
    ]);
    let f = analyze(&c);
    let long = fact_of(
        &c,
        &f,
        0,
        "Shameful that the flood maps were leaked to the press before the council saw them",
    );
    assert_eq!(long, fact_of(&c, &f, 1, "shameful"));
}

#[test]
fn a_fragment_fitting_two_different_questions_does_not_merge_them() {
    let c = corpus(&[
        "\"Who approved the transfer of the harbour land to the private operator?\" one question reads.\n",
        "\"After the audit was published, who met the operator to discuss a transfer of the harbour land at a lower price?\" asks another.\n",
        "Investigators also asked about a \"transfer of the harbour land\" in several questions.\n",
    ]);
    let f = analyze(&c);
    let first = fact_of(
        &c,
        &f,
        0,
        "Who approved the transfer of the harbour land to the private operator",
    );
    let second = fact_of(
        &c,
        &f,
        1,
        "After the audit was published, who met the operator to discuss a transfer of the harbour land at a lower price",
    );
    assert_ne!(first, second, "two questions are two statements");
}

#[test]
fn a_statement_one_outlet_breaks_in_two_agrees_with_the_outlet_quoting_it_whole() {
    // The first outlet quotes the mayor's words in two pieces a sentence
    // apart; the second quotes them as one, and the pieces overlap its
    // quote word for word, so nothing was reworded.
    let c = corpus(&[
        "\"We rebuilt the pier over two summers, and we did not have to hurry,\" Mayor Ilse Varga said at the harbour on Monday, where she opened the new ferry terminal. \"But the fishermen could not wait another season.\"\n",
        "Mayor Ilse Varga defended the pace of the work. \"We did not have to hurry. But the fishermen could not wait another season,\" Varga said.\n",
    ]);
    let f = analyze(&c);
    let whole = fact_of(
        &c,
        &f,
        1,
        "We did not have to hurry. But the fishermen could not wait another season",
    );
    assert_eq!(
        whole,
        fact_of(
            &c,
            &f,
            0,
            "We rebuilt the pier over two summers, and we did not have to hurry"
        )
    );
    assert_eq!(
        whole,
        fact_of(&c, &f, 0, "But the fishermen could not wait another season")
    );
    assert_eq!(f.facts[whole].status, Status::Agree);
}

#[test]
fn a_fragment_worded_a_little_differently_inside_a_long_statement_is_its_variant() {
    // Two translations of one statement: the first outlet quotes a few
    // words of it, the second the whole paragraph, worded a little
    // differently where the fragment falls.
    let c = corpus(&[
        "The council said it would \"open the western dam gates to relieve the flooded valley\" by the weekend, the agency reported.\n",
        "\"The rains have not stopped for nine days and the reservoir is full, so the council will open the western and eastern dam gates so as to relieve the badly flooded valley before the weekend,\" the council said in its statement.\n",
    ]);
    let f = analyze(&c);
    let short = fact_of(
        &c,
        &f,
        0,
        "open the western dam gates to relieve the flooded valley",
    );
    let long = fact_of(
        &c,
        &f,
        1,
        "The rains have not stopped for nine days and the reservoir is full, so the council will open the western and eastern dam gates so as to relieve the badly flooded valley before the weekend",
    );
    assert_eq!(short, long);
    assert_eq!(f.facts[short].status, Status::Variant);
}

#[test]
fn a_documents_words_and_a_person_echoing_them_are_two_statements() {
    // The chairman repeats most of the complaint's sentence in his own
    // statement; the two outlets quoting the complaint quote one text.
    let c = corpus(&[
        "\"The company hid the losses from its own board for three years,\" the complaint states.\n",
        "The lawsuit alleges that \"the company hid the losses from its own board for three years.\"\n",
        "Chairman Ravi Anand said: \"The company hid the losses from its own board, and that was a betrayal of every shareholder.\"\n",
    ]);
    let f = analyze(&c);
    let text = "The company hid the losses from its own board for three years";
    let complaint = fact_of(&c, &f, 0, text);
    assert_eq!(
        complaint,
        fact_of(
            &c,
            &f,
            1,
            "the company hid the losses from its own board for three years"
        )
    );
    let chairman = fact_of(
        &c,
        &f,
        2,
        "The company hid the losses from its own board, and that was a betrayal of every shareholder",
    );
    assert_ne!(complaint, chairman);
    assert_eq!(f.facts[complaint].status, Status::Agree);
}

#[test]
fn one_speaker_named_family_name_first_keeps_his_reworded_quote() {
    // "Mr. Kim" is the Kim of "Kim Jong Un": the family name comes first,
    // so the speaker is one man and his reworded words one statement.
    let c = corpus(&[
        "Leader Kim Jong Un said: \"The northern test site has done its job and will now close.\"\n",
        "\"The northern test site has finished its job and will now be closed,\" Mr. Kim said.\n",
    ]);
    let f = analyze(&c);
    let first = fact_of(
        &c,
        &f,
        0,
        "The northern test site has done its job and will now close",
    );
    assert_eq!(
        first,
        fact_of(
            &c,
            &f,
            1,
            "The northern test site has finished its job and will now be closed"
        )
    );
    assert_eq!(f.facts[first].status, Status::Variant);
}

#[test]
fn a_short_phrase_with_a_word_found_nowhere_else_joins_across_unlike_sentences() {
    // The sentences around the phrase share nothing, and three words are
    // too few to tie on their own; but "ultra-provisional" appears in no
    // other sentence, so the phrase itself is the evidence.
    let c = corpus(&[
        "Asked about rejoining the pact, the adviser said talks were in \"ultra-provisional phases\" at best.\n",
        "Marta Quill told reporters on the plane home: \"We are in ultra-provisional phases of any discussion.\"\n",
    ]);
    let f = analyze(&c);
    let short = fact_of(&c, &f, 0, "ultra-provisional phases");
    assert_eq!(
        short,
        fact_of(
            &c,
            &f,
            1,
            "We are in ultra-provisional phases of any discussion"
        )
    );
}

#[test]
fn a_quote_going_on_in_other_words_than_the_stretch_after_an_ellipsis_is_a_variant() {
    let c = corpus(&[
        "“We will rebuild the harbor before the winter storms … whatever it costs, we have to finish it,” Mayor Ana Ruiz said on Monday.\n",
        "“We will rebuild the harbor before the winter storms, and we are going to finish it whatever it costs,” Mayor Ana Ruiz said.\n",
    ]);
    let f = analyze(&c);
    let piece = fact_of(
        &c,
        &f,
        0,
        "We will rebuild the harbor before the winter storms",
    );
    let whole = fact_of(
        &c,
        &f,
        1,
        "We will rebuild the harbor before the winter storms, and we are going to finish it whatever it costs",
    );
    assert_eq!(piece, whole);
    assert_eq!(f.facts[piece].status, Status::Variant);
}

#[test]
fn words_beside_a_stretch_that_the_ellipsis_left_out_keep_the_quote_agreeing() {
    let c = corpus(&[
        "“We learned a great deal in the long flood years … whatever the river does next, we owe our neighbors a dry home,” Mayor Ana Ruiz said.\n",
        "“And you all know it. Whatever the river does next, we owe our neighbors a dry home,” Mayor Ana Ruiz told residents.\n",
    ]);
    let f = analyze(&c);
    let piece = fact_of(
        &c,
        &f,
        0,
        "whatever the river does next, we owe our neighbors a dry home",
    );
    let other = fact_of(
        &c,
        &f,
        1,
        "And you all know it. Whatever the river does next, we owe our neighbors a dry home",
    );
    assert_eq!(piece, other);
    assert_eq!(f.facts[piece].status, Status::Agree);
}

#[test]
fn two_pieces_of_a_statement_a_third_outlet_quotes_whole_are_one_quote() {
    // Two outlets each quote a different piece of what the minister said;
    // the pieces share no words, but the third outlet's quote holds both.
    let c = corpus(&[
        "The minister said the harbour talks had reached \"the last few open questions\" before the summer.\n",
        "Officials described the harbour talks as moving at \"a steady and careful pace\" this week.\n",
        "At the port, Minister Oskar Lind said: \"we have reached the last few open questions, at a steady and careful pace, with the city.\"\n",
    ]);
    let f = analyze(&c);
    let first = fact_of(&c, &f, 0, "the last few open questions");
    let second = fact_of(&c, &f, 1, "a steady and careful pace");
    assert_eq!(first, second, "both pieces join the whole statement");
    assert_eq!(
        first,
        fact_of(
            &c,
            &f,
            2,
            "we have reached the last few open questions, at a steady and careful pace, with the city"
        )
    );
    assert_eq!(f.facts[first].status, Status::Agree);
}

#[test]
fn two_quotes_sharing_no_words_and_no_whole_statement_stay_apart() {
    let c = corpus(&[
        "The minister said the harbour talks had reached \"the last few open questions\" before the summer.\n",
        "Officials described the harbour talks as moving at \"a steady and careful pace\" this week.\n",
    ]);
    let f = analyze(&c);
    assert_ne!(
        fact_of(&c, &f, 0, "the last few open questions"),
        fact_of(&c, &f, 1, "a steady and careful pace")
    );
}

#[test]
fn one_speakers_statement_translated_two_ways_is_one_quote() {
    let c = corpus(&[
        "Premier Oduya said: \"The harbour power plant has done its job.\"\n",
        "\"The western harbour power plant has completed its mission,\" Oduya said.\n",
    ]);
    let f = analyze(&c);
    let q = fact_of(&c, &f, 0, "The harbour power plant has done its job");
    assert_eq!(
        q,
        fact_of(
            &c,
            &f,
            1,
            "The western harbour power plant has completed its mission"
        )
    );
    assert_eq!(f.facts[q].status, Status::Variant);
}

#[test]
fn a_rewording_joins_a_statement_one_outlet_quotes_only_in_part() {
    let c = corpus(&[
        "Union leader Mara Voss spoke at the rally in Harlow. \"Nobody walks off the job lightly, but our nurses cannot keep the wards open on pay that shrinks every year,\" Voss said.\n",
        "At the rally in Harlow, union leader Mara Voss said nurses \"cannot keep the wards open on pay that shrinks every year\".\n",
        "Union leader Mara Voss addressed the rally in Harlow. \"Nobody walks off the job lightly. Our nurses can no longer run the wards on wages that fall each year,\" Voss said.\n",
    ]);
    let f = analyze(&c);
    let whole = fact_of(
        &c,
        &f,
        0,
        "Nobody walks off the job lightly, but our nurses cannot keep the wards open on pay that shrinks every year",
    );
    assert_eq!(
        whole,
        fact_of(
            &c,
            &f,
            1,
            "cannot keep the wards open on pay that shrinks every year"
        ),
        "the piece is of the whole"
    );
    assert_eq!(
        whole,
        fact_of(
            &c,
            &f,
            2,
            "Nobody walks off the job lightly. Our nurses can no longer run the wards on wages that fall each year"
        ),
        "the rewording is of the same statement"
    );
    assert_eq!(f.facts[whole].status, Status::Variant);
}

#[test]
fn a_phrase_of_content_words_quoted_by_two_outlets_is_one_statement() {
    let c = corpus(&[
        "The council said it would \"protect our historic harbour walls in the courts, in the chamber, in the press and on the quayside, with every legal tool and every vote we have left\" after the vote.\n",
        "After the vote the council said \"councillors say the town will protect our historic harbour walls\" against the plan.\n",
    ]);
    let f = analyze(&c);
    assert_eq!(
        fact_of(
            &c,
            &f,
            0,
            "protect our historic harbour walls in the courts, in the chamber, in the press and on the quayside, with every legal tool and every vote we have left"
        ),
        fact_of(
            &c,
            &f,
            1,
            "councillors say the town will protect our historic harbour walls"
        ),
    );
}

#[test]
fn a_phrase_of_function_words_or_a_small_share_of_the_quote_is_no_tie() {
    let c = corpus(&[
        "The mayor said \"we are going to do this the hard way, and the harbour will pay\" on Monday.\n",
        "The bishop said \"we are going to pray for the fishermen lost at sea this winter\" on Monday.\n",
    ]);
    let f = analyze(&c);
    assert_ne!(
        fact_of(
            &c,
            &f,
            0,
            "we are going to do this the hard way, and the harbour will pay"
        ),
        fact_of(
            &c,
            &f,
            1,
            "we are going to pray for the fishermen lost at sea this winter"
        ),
    );
}
