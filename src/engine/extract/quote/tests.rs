use proptest::prelude::*;

use super::*;

fn quotes(text: &str) -> Vec<(String, Option<String>)> {
    extract(text, &DocInfo::default())
        .into_iter()
        .map(|e| match e.value {
            Value::Quote { speaker, .. } => (text[e.span].to_string(), speaker),
            v => panic!("not a quote: {v:?}"),
        })
        .collect()
}

fn one(text: &str) -> (String, Option<String>) {
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    q.into_iter().next().unwrap()
}

fn spoken(text: &str, quote: &str, speaker: Option<&str>) {
    let (q, s) = one(text);
    assert_eq!(q, quote);
    assert_eq!(s.as_deref(), speaker, "speaker of {q:?}");
}

#[test]
fn trailing_punctuation_inside_the_mark_is_not_part_of_the_span() {
    spoken(
        "He replied: “It sounds good to me.”",
        "It sounds good to me",
        None,
    );
    spoken("“Why now?!” she asked nobody.", "Why now", None);
}

#[test]
fn speaker_after_the_quote_with_title_stripped() {
    let t = "\"We will rebuild every home,\" Governor Ana Ruiz told reporters on Tuesday.";
    spoken(t, "We will rebuild every home", Some("Ana Ruiz"));
    let t = "“The talks were frank,” Foreign Minister Penny Wong said after the meeting.";
    spoken(t, "The talks were frank", Some("Penny Wong"));
}

#[test]
fn said_before_the_name() {
    let t = "\"The dam held overnight,\" said Kofi Mensah, a regional engineer.";
    spoken(t, "The dam held overnight", Some("Kofi Mensah"));
    let t = "“Water is rising,” said Secretary of Defense Lloyd Austin.";
    spoken(t, "Water is rising", Some("Lloyd Austin"));
}

#[test]
fn colon_and_possessive_introductions() {
    let t = "Judge Maria Hernández: “The defendant will remain in custody.”";
    spoken(
        t,
        "The defendant will remain in custody",
        Some("Maria Hernández"),
    );
    let t = "Okonkwo's reply was short: \"No comment.\"";
    spoken(t, "No comment", Some("Okonkwo"));
}

#[test]
fn according_to_and_added_that() {
    let t = "According to Chief Inspector Lars Eriksen, \"the fire started in the kitchen.\"";
    spoken(t, "the fire started in the kitchen", Some("Lars Eriksen"));
    let t = "Prosecutor Aisha Bello added that “the evidence is overwhelming.”";
    spoken(t, "the evidence is overwhelming", Some("Aisha Bello"));
    let t = "Dr. Priya Natarajan wrote that the findings were “preliminary.”";
    spoken(t, "preliminary", Some("Priya Natarajan"));
}

#[test]
fn pronoun_speaker_resolves_to_the_last_person_named() {
    let t = "Angela Merkel arrived late. “We have work to do,” she said.";
    spoken(t, "We have work to do", Some("Angela Merkel"));
    // A name in the possessive modifies a noun; "she" is the subject.
    let t = "Angela Merkel praised Olaf Scholz's plan when she said it was “a good start.”";
    spoken(t, "a good start", Some("Angela Merkel"));
    let t = "Ms. Merkel praised Mr. Scholz’s plan when she said it was “a good start.”";
    spoken(t, "a good start", Some("Merkel"));
    let t = "Olaf Scholz spoke first. Angela Merkel’s reply suggested she agreed: “a good start.”";
    spoken(t, "a good start", Some("Angela Merkel"));
}

#[test]
fn a_pronoun_opening_its_sentence_continues_the_subject_before() {
    let t = "Rosa Imhof has said she would meet Piet Valk. She said in May she was “keen to talk.”";
    spoken(t, "keen to talk", Some("Rosa Imhof"));
    let t = "Governor Rosa Imhof thanked Piet Valk. He said he was “keen to talk.”";
    spoken(t, "keen to talk", Some("Rosa Imhof"));
    // Within one sentence, and after an object that opens no sentence,
    // the last name named is still the one meant.
    let t = "Rosa Imhof thanked Piet Valk, and he said he was “keen to talk.”";
    spoken(t, "keen to talk", Some("Piet Valk"));
    let t = "Aides of Rosa Imhof met Piet Valk. He said he was “keen to talk.”";
    spoken(t, "keen to talk", Some("Piet Valk"));
    // A quote opening its sentence makes "he" its subject too, and a
    // sentence that itself opens with "He" hands on its own subject.
    let t = "Rosa Imhof said she expected Piet Valk to call. \
             She also doubted that Piet Valk would sign. “We are far apart,” she said.";
    spoken(t, "We are far apart", Some("Rosa Imhof"));
    // A name after an opening "But" is no sentence subject to prefer.
    let t = "But Ms. Imhof, who had met Mr. Valk, was tired. “We are far apart,” he said.";
    spoken(t, "We are far apart", Some("Valk"));
    // "U.S." inside a sentence ends nothing: the possessive still yields.
    let t =
        "Rosa Imhof praised the U.S. envoy Piet Valk's plan when she said it was “a good start.”";
    spoken(t, "a good start", Some("Rosa Imhof"));
    // A name between the pronoun and the quote is no sentence before it.
    let t = "Rosa Imhof spoke. He told Piet Valk: “keen to talk.”";
    spoken(t, "keen to talk", Some("Piet Valk"));
}

#[test]
fn unnamed_speakers_stay_unnamed() {
    let t = "Rescuers reached the village. “We are monitoring the situation,” a spokesperson said.";
    spoken(t, "We are monitoring the situation", None);
    let t = "Anna Berg left. The ministry said, “No decision was taken.” She later returned.";
    spoken(t, "No decision was taken", None);
}

#[test]
fn a_quote_that_ends_its_sentence_is_not_given_the_next_sentence_subject() {
    let t = "Mr. Lopez said, “It is settled.” Ms. Grant responded with a lawsuit.";
    spoken(t, "It is settled", Some("Lopez"));
}

#[test]
fn single_word_scare_quotes_count() {
    let t = "Lawmakers called the plan a \"catastrophe\" and a ‘farce’ on Friday.";
    let q: Vec<String> = quotes(t).into_iter().map(|q| q.0).collect();
    assert_eq!(q, ["catastrophe", "farce"]);
}

#[test]
fn apostrophes_are_not_quote_marks() {
    for t in [
        "Colombia’s leaders don’t agree, and the leaders’ first meeting failed.",
        "The farmers' union and O'Brien's group won't sign; it's the '90s again.",
        "Rock 'n' roll is back, says the 12\" vinyl crowd.",
    ] {
        assert!(quotes(t).is_empty(), "{t}: {:?}", quotes(t));
    }
}

#[test]
fn british_single_quotes_survive_a_plural_possessive_inside() {
    let t = "‘The farmers’ union will not back down,’ said Tom Hale.";
    spoken(t, "The farmers’ union will not back down", Some("Tom Hale"));
    spoken("He said 'it's over' and left.", "it's over", None);
}

#[test]
fn nested_quotes_belong_to_the_outer_quote() {
    let t = "“He told me ‘run’ and I ran,” said Lina Park.";
    spoken(t, "He told me ‘run’ and I ran", Some("Lina Park"));
}

#[test]
fn unbalanced_marks_do_not_swallow_text() {
    assert!(quotes("“This never closes and the article goes on.").is_empty());
    let q = quotes("A stray “ mark, then “a real quote” here.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "a real quote");
    let q = quotes("He said \"hello and \"bye\" to all.");
    assert_eq!(q.iter().map(|q| q.0.as_str()).collect::<Vec<_>>(), ["bye"]);
}

#[test]
fn quotes_never_cross_a_blank_line() {
    assert!(quotes("“First paragraph\n\nsecond paragraph” ends.").is_empty());
}

#[test]
fn multi_paragraph_quote_continues_when_the_next_paragraph_reopens() {
    let t = "Sandra Obi said: “The first part of it.\n“And the second part,” she added.";
    let q = quotes(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "The first part of it");
    assert_eq!(q[0].1.as_deref(), Some("Sandra Obi"));
    assert_eq!(q[1].0, "And the second part");
    assert_eq!(q[1].1.as_deref(), Some("Sandra Obi"));
    // Without a reopening mark the open quote is a stray and is dropped.
    assert!(quotes("She said: “The first part.\nThe reporter moved on.").is_empty());
}

#[test]
fn european_quote_marks() {
    spoken(
        "Er sagte „Wir schaffen das“ gestern.",
        "Wir schaffen das",
        None,
    );
    spoken("Il a dit « Nous verrons » hier.", "Nous verrons", None);
}

#[test]
fn normalized_form_ignores_case_punctuation_and_apostrophe_style() {
    assert_eq!(normalize("Don’t STOP—now!"), "don't stop now");
    assert_eq!(normalize("don't  stop,\nnow"), "don't stop now");
    assert_eq!(normalize("“Hi” — ‘there’"), "hi there");
    // A possessive, kept or lost with a closing mark, is the word it marks.
    assert_eq!(normalize("partner in Ana Ruiz's"), "partner in ana ruiz");
    assert_eq!(normalize("partner in Ana Ruiz'"), "partner in ana ruiz");
    assert_eq!(normalize("the farmers' union"), "the farmers union");
    let e = extract("She said, “We’ll be back.”", &DocInfo::default());
    assert!(
        matches!(&e[0].value, Value::Quote { normalized, .. } if normalized == "we'll be back")
    );
}

fn check(text: &str) {
    let a = extract(text, &DocInfo::default());
    for e in &a {
        assert!(e.span.start < e.span.end && e.span.end <= text.len());
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        assert_eq!(e.kind, Kind::Quote);
        match &e.value {
            Value::Quote { normalized, .. } => {
                assert_eq!(normalized, &normalize(&text[e.span.clone()]))
            }
            v => panic!("{v:?}"),
        }
    }
    assert_eq!(a, extract(text, &DocInfo::default()), "not deterministic");
}

proptest! {
    #[test]
    fn never_panics_on_any_text(s in "\\PC*") {
        check(&s);
    }

    #[test]
    fn never_panics_on_quote_soup(
        s in proptest::collection::vec(
            prop_oneof![
                Just("\""), Just("'"), Just("“"), Just("”"), Just("‘"), Just("’"), Just("„"),
                Just("«"), Just("»"), Just(" "), Just("\n"), Just("\n\n"), Just("s"), Just("Ana"),
                Just("said"), Just("é\u{301}"), Just("中文"), Just("🙂"), Just("שלום"), Just("."),
                Just(","), Just(":"), Just("Mr."), Just("he"),
            ],
            0..60,
        )
    ) {
        check(&s.concat());
    }
}

#[test]
fn mixed_curly_and_straight_marks_pair_up() {
    let t = "“We will reopen the bridge by spring,\" the mayor said on Monday.";
    assert_eq!(one(t).0, "We will reopen the bridge by spring");
    let t = "The mayor said: \"We will reopen the bridge. Then we rest.” Nobody clapped.";
    assert_eq!(one(t).0, "We will reopen the bridge. Then we rest");
}

#[test]
fn a_doubled_opening_mark_still_opens_one_quote() {
    let t = "\"\"The river has crested,\" the engineer said.";
    assert_eq!(one(t).0, "The river has crested");
}

#[test]
fn a_paragraph_that_lost_its_opening_mark_is_quoted_from_its_start() {
    let t = "Nothing was left of the pier,” the harbour master said.\n";
    assert_eq!(one(t).0, "Nothing was left of the pier");
    // Without an attribution a closing mark is only a stray mark.
    let t = "Nothing was left of the pier,” and the boats moved on.\n";
    assert!(quotes(t).is_empty());
    // A straight mark after a word is an opener's partner only after
    // punctuation.
    let t = "The 12\" pipe burst, workers said.\n";
    assert!(quotes(t).is_empty());
}

#[test]
fn a_name_inside_an_aside_before_the_verb_is_not_the_speaker() {
    let t = "Roger Lane, a former adviser to Mayor Ada Kim who is named in the suit, dismissed it as \"a stunt.\"";
    spoken(t, "a stunt", Some("Roger Lane"));
}

#[test]
fn the_titled_description_is_the_one_person_with_that_title() {
    let t = "Governor Tom Hale toured the dam. The governor, standing next to Mayor Ada Kim, said he believed \"the worst is over.\"";
    spoken(t, "the worst is over", Some("Tom Hale"));
    // Two presidents named: "the president" stays unresolved.
    let t = "President Ana Ruiz met President Luis Ortega. In a post, the president said, \"It was an honour.\"";
    spoken(t, "It was an honour", None);
}

#[test]
fn an_unattributed_quote_goes_on_in_the_voice_of_the_one_before_it() {
    let t = "\"We are not leaving,\" Ana Ruiz said. She paused. \"The town needs us.\"";
    let q = quotes(t);
    assert_eq!(q[1].0, "The town needs us");
    assert_eq!(q[1].1.as_deref(), Some("Ana Ruiz"), "{q:?}");
}

#[test]
fn nested_marks_that_overlap_the_next_quote_do_not_panic() {
    // Found by `never_panics_on_quote_soup`: a quote closing past the
    // start of the next one left nothing between them to read.
    let t = "‘s ”’\"\nsaid\"";
    let _ = quotes(t);
}

#[test]
fn a_document_speaking_for_itself_is_the_speaker() {
    spoken(
        "\"The board ignored every warning,\" the lawsuit states.",
        "The board ignored every warning",
        Some("the lawsuit"),
    );
    spoken(
        "The 40-page indictment says the pair \"planned the fraud for years.\"",
        "planned the fraud for years",
        Some("the indictment"),
    );
    // A letter is its writer's words, and a source a person unnamed.
    spoken(
        "\"We will not return,\" the letter said.",
        "We will not return",
        None,
    );
    spoken(
        "\"He will resign,\" the source said.",
        "He will resign",
        None,
    );
}

#[test]
fn disclosing_and_revealing_attribute_a_quote() {
    spoken(
        "Mayor Ana Ruiz disclosed that the city had \"no money left for repairs.\" Aides said the budget would be cut.",
        "no money left for repairs",
        Some("Ana Ruiz"),
    );
}

#[test]
fn an_ellipsis_for_words_left_out_splits_a_quote_into_its_stretches() {
    let q = quotes(
        "“We will rebuild every school in the valley... and no family will be left without a roof,” Ana Ruiz said.",
    );
    let texts: Vec<&str> = q.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "We will rebuild every school in the valley",
            "and no family will be left without a roof"
        ]
    );
    assert!(
        q.iter().all(|(_, s)| s.as_deref() == Some("Ana Ruiz")),
        "{q:?}"
    );
    let marks: Vec<bool> = extract(
        "“We will rebuild every school in the valley... and no family will be left \
         without a roof,” Ana Ruiz said. “Then we rest,” she added.",
        &DocInfo::default(),
    )
    .into_iter()
    .map(|e| {
        matches!(
            e.value,
            Value::Quote {
                after_omission: true,
                ..
            }
        )
    })
    .collect();
    assert_eq!(
        marks,
        [false, true, false],
        "only the stretch after the dots"
    );
    let spaced = quotes("“The river rose all night . . . the levee held until dawn,” she said.");
    assert_eq!(spaced.len(), 2, "{spaced:?}");
    assert_eq!(spaced[1].0, "the levee held until dawn");
}

#[test]
fn a_pause_or_a_short_stretch_beside_an_ellipsis_keeps_the_quote_whole() {
    let (q, _) = one("“Well… I think the bridge will hold for now,” he said.");
    assert_eq!(q, "Well… I think the bridge will hold for now");
    let (q, _) = one("“The vote is done. We move on to the budget now,” she said.");
    assert_eq!(q, "The vote is done. We move on to the budget now");
}
