use super::{Lexicon, parse_rules};
use proptest::prelude::*;
use std::borrow::Cow;

fn lemmas(lex: &Lexicon, words: &[(&str, &str)]) {
    for &(word, lemma) in words {
        assert_eq!(lex.lemma(word), lemma, "lemma of {word:?}");
    }
}

#[test]
fn irregular_forms_come_from_the_exception_lists() {
    let lex = Lexicon::embedded();
    lemmas(
        &lex,
        &[
            ("paid", "pay"),
            ("men", "man"),
            ("children", "child"),
            ("went", "go"),
            ("dying", "die"),
            ("better", "good"),
            ("was", "be"),
        ],
    );
}

#[test]
fn regular_forms_follow_the_rules_of_detachment() {
    let lex = Lexicon::embedded();
    lemmas(
        &lex,
        &[
            ("wages", "wage"),
            ("settling", "settle"),
            ("died", "die"),
            ("killed", "kill"),
            ("resigned", "resign"),
            ("boxes", "box"),
            ("glasses", "glass"),
            ("larger", "large"),
            ("pays", "pay"),
        ],
    );
}

#[test]
fn a_word_more_frequent_than_its_reduction_is_kept() {
    let lex = Lexicon::embedded();
    // "ga", "specie" and "u" are WordNet lemmas too, but rarer readings.
    lemmas(
        &lex,
        &[("gas", "gas"), ("species", "species"), ("us", "us")],
    );
}

#[test]
fn lemmas_and_unknown_words_come_back_lowercased() {
    let lex = Lexicon::embedded();
    lemmas(
        &lex,
        &[
            ("pay", "pay"),
            ("news", "news"),
            ("Paid", "pay"),
            ("Zelenskyy", "zelenskyy"),
            ("qxzv", "qxzv"),
            ("", ""),
        ],
    );
    assert!(matches!(lex.lemma("qxzv"), Cow::Borrowed(_)));
}

#[test]
fn inflections_synonyms_and_derived_forms_are_related() {
    let lex = Lexicon::embedded();
    for (a, b) in [
        ("paid", "pay"),
        ("paid", "payment"),
        ("died", "death"),
        ("dies", "die"),
        ("settling", "settlement"),
        ("settled", "settlement"),
        ("wages", "salary"),
        ("earnings", "salary"),
        ("wage", "pay"),
        ("killing", "kill"),
        ("killed", "killing"),
        ("resigned", "resignation"),
        ("children", "child"),
        ("Men", "man"),
        ("injured", "wounded"),
        ("deceased", "died"),
        ("long", "length"),
    ] {
        assert!(lex.related(a, b), "{a} ~ {b}");
        assert!(lex.related(b, a), "{b} ~ {a}");
    }
}

#[test]
fn unrelated_words_do_not_meet() {
    let lex = Lexicon::embedded();
    for (a, b) in [
        ("pay", "die"),
        ("paid", "died"),
        ("bank", "river"),
        ("salary", "death"),
        ("settlement", "killing"),
        ("resign", "pay"),
        ("child", "man"),
        ("qxzv", "pay"),
        ("gas", "gallium"),
        ("15", "30"),
        ("injured", "paid"),
    ] {
        assert!(!lex.related(a, b), "{a} ≁ {b}");
    }
}

#[test]
fn concepts_are_ascending_and_empty_for_non_lemmas() {
    let lex = Lexicon::embedded();
    let pay: Vec<u32> = lex.concepts("pay").collect();
    assert!(pay.len() >= 2, "{pay:?}");
    assert!(pay.windows(2).all(|w| w[0] < w[1]), "{pay:?}");
    assert_eq!(lex.concepts("qxzv").count(), 0);
    assert_eq!(lex.concepts("died").count(), 0, "died is not a lemma");
    assert!(lex.is_lemma("pay") && !lex.is_lemma("died"));
}

#[test]
fn word_concepts_cover_the_word_its_lemma_and_its_verb() {
    let lex = Lexicon::embedded();
    let wounded = lex.word_concepts("Wounded");
    assert!(wounded.windows(2).all(|w| w[0] < w[1]), "{wounded:?}");
    for reading in ["wounded", "wound"] {
        assert!(
            lex.concepts(reading).all(|c| wounded.contains(&c)),
            "{reading}"
        );
    }
    let paid = lex.word_concepts("paid");
    assert!(lex.concepts("pay").all(|c| paid.contains(&c)));
    assert!(
        paid.iter()
            .any(|c| lex.word_concepts("payment").contains(c))
    );
    assert!(lex.word_concepts("qxzv").is_empty());
}

#[test]
fn embedded_tables_are_sorted_with_unique_keys() {
    let lex = Lexicon::embedded();
    for (name, table, least) in [
        ("lemmas", lex.lemmas, 5_000),
        ("exceptions", lex.exceptions, 5_000),
        ("documents", lex.documents, 100),
        ("collectives", lex.collectives, 100),
    ] {
        let mut previous: Option<&str> = None;
        let mut count = 0;
        for line in table.lines() {
            let key = line.split('\t').next().unwrap_or(line);
            if let Some(prev) = previous {
                assert!(
                    prev.as_bytes() < key.as_bytes(),
                    "{name}: {prev:?} before {key:?}"
                );
            }
            assert!(table.find(key).is_some(), "{name}: {key:?} not found");
            previous = Some(key);
            count += 1;
        }
        assert!(count > least, "{name} has only {count} lines");
    }
}

#[test]
fn every_embedded_rule_parses() {
    let text = include_str!("../../../assets/lexicon/morphy.txt");
    let lines = text.lines().filter(|l| !l.starts_with('#')).count();
    assert_eq!(Lexicon::embedded().rules.len(), lines);
    assert_eq!(lines, 20, "morphy(7WN) lists 20 rules of detachment");
}

#[test]
fn malformed_rule_lines_are_skipped() {
    let rules = parse_rules("# header\nn\ts\t\nx\ts\t\nv\t\te\nv\ting\ne\na\ter\t\n");
    let parsed: Vec<_> = rules.iter().map(|r| (r.pos, r.suffix, r.ending)).collect();
    assert_eq!(
        parsed,
        vec![(super::NOUN, "s", ""), (super::ADJECTIVE, "er", "")]
    );
}

#[test]
fn nouns_name_broad_classes_of_thing() {
    let lex = Lexicon::embedded();
    let share = |a: &str, b: &str| {
        let (p, q) = (lex.noun_classes(a).unwrap(), lex.noun_classes(b).unwrap());
        p.split(',').any(|c| q.split(',').any(|d| c == d))
    };
    // Plurals are read through their lemma.
    assert!(
        share("troops", "soldiers"),
        "a unit and its members are beings"
    );
    assert!(share("bombs", "devices"));
    assert!(!share("people", "devices"));
    assert!(!share("crimes", "bombs"));
    assert_eq!(lex.noun_classes("quickly"), None, "not a noun");
}

#[test]
fn rarer_senses_add_classes_without_changing_the_first_ones() {
    let lex = Lexicon::embedded();
    // "Apprehension" is first a fear, and an arrest only in a rarer sense.
    assert!(!lex.noun_is("apprehensions", "happening"));
    assert!(lex.noun_may_be("apprehensions", "happening"));
    assert!(lex.noun_may_be("apprehensions", "feeling"));
    for word in ["people", "trucks", "arrests", "votes"] {
        let first = lex.noun_classes(word);
        assert!(
            first
                .unwrap()
                .split(',')
                .all(|c| lex.noun_is(word, c) && lex.noun_may_be(word, c)),
            "{word}: {first:?} within {:?}",
            lex.noun_classes_any(word)
        );
    }
    // "Quarter" is first a place or an amount, a time only in a rarer
    // sense; "minute" is first a time.
    assert!(lex.noun_is("minute", "time"));
    assert!(!lex.noun_is("quarter", "time") && lex.noun_may_be("quarter", "time"));
    assert_eq!(lex.noun_classes_any("quickly"), None, "not a noun");
}

proptest! {
    #[test]
    fn any_text_has_a_lemma_and_is_related_to_itself(word in "\\PC{0,12}") {
        let lex = Lexicon::embedded();
        let lemma = lex.lemma(&word);
        prop_assert!(!lemma.bytes().any(|b| b.is_ascii_uppercase()));
        prop_assert!(lex.related(&word, &word));
    }
}

#[test]
fn documents_are_texts_and_proceedings_not_what_a_person_writes() {
    let lex = Lexicon::embedded();
    for word in [
        "suit",
        "lawsuits",
        "indictment",
        "complaint",
        "report",
        "ruling",
    ] {
        assert!(lex.is_document(word), "{word} is a document");
    }
    // A letter or statement is a person's own words; a source may be an
    // informant; a minister is a person.
    for word in [
        "letter",
        "statement",
        "source",
        "minister",
        "spokesman",
        "ship",
    ] {
        assert!(!lex.is_document(word), "{word} is no document");
    }
}

#[test]
fn noun_forms_are_nouns_and_their_plurals_not_verb_forms() {
    let lx = Lexicon::embedded();
    for noun in ["meeting", "arrests", "apprehensions", "ruling", "toll"] {
        assert!(lx.is_noun_form(noun), "{noun}");
    }
    // Verb forms, a function word, and irregular verb forms that are also
    // a rare noun ("found": board and lodging; "won": a currency).
    for other in ["went", "tweeted", "though", "found", "won", "sent"] {
        assert!(!lx.is_noun_form(other), "{other}");
    }
}

#[test]
fn noun_share_reads_each_form_as_the_corpus_tags_it() {
    let lex = Lexicon::embedded();
    let share = |w: &str| lex.noun_share(w);
    // Verb forms whose noun reading the tagged corpus never or hardly uses.
    for w in ["comes", "helping", "using", "gives", "know"] {
        assert!(share(w).is_some_and(|s| s < 0.02), "{w}: {:?}", share(w));
    }
    // Adjectives only: no noun reading at all in use.
    for w in ["federal", "former", "deep"] {
        assert_eq!(share(w), Some(0.0), "{w}");
    }
    // Nouns that are also verbs keep a real share of noun uses.
    for w in ["meeting", "call", "deal", "report", "charges", "need"] {
        assert!(share(w).is_some_and(|s| s > 0.05), "{w}: {:?}", share(w));
    }
    for w in ["people", "time", "theory", "office"] {
        assert!(share(w).is_some_and(|s| s > 0.9), "{w}: {:?}", share(w));
    }
    // Too few tagged uses to say ("tweet" is newer than the corpus).
    assert_eq!(share("tweet"), None);
    assert_eq!(share("zzzq"), None);
}

#[test]
fn a_verb_is_named_by_the_act_wordnet_derives_from_it() {
    let lex = Lexicon::embedded();
    for (verb, noun) in [
        ("resigned", "resignation"),
        ("testifying", "testimony"),
        ("met", "meeting"),
        ("died", "death"),
        ("announces", "announcement"),
    ] {
        assert_eq!(lex.nominal(verb), Some(noun), "{verb}");
    }
    // Not the agent ("announcer"), and nothing for what is no verb.
    assert_ne!(lex.nominal("announce"), Some("announcer"));
    assert_eq!(lex.nominal("missile"), None);
    assert_eq!(lex.nominal("zzzq"), None);
}
