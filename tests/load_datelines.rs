//! A wire dateline's day without a year ("KESSMAR, May 4 (Northgate Wire)
//! —") dates its article from the other articles of the corpus.

use std::path::Path;

use crossread::engine::analyze;
use crossread::engine::load::load_paths;
use tempfile::TempDir;

const WIRE: &str = "Union wins vote\n\nKESSMAR, May 4 (Northgate Wire) — The Union won Sunday's election, final results showed on Monday.\n";
const DATED: &str =
    "Union triumph\n\nPublished 5 May 2026\n\nThe Union stormed to victory in Sunday's election.\n";

fn corpus_of(files: &[(&str, &str)]) -> (TempDir, crossread::engine::load::Corpus) {
    let dir = TempDir::new().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let corpus = load_paths(&[dir.path().to_path_buf()]).unwrap();
    (dir, corpus)
}

fn published(corpus: &crossread::engine::load::Corpus, id: &str) -> Option<String> {
    let a = corpus.articles.iter().find(|a| a.id == id).unwrap();
    a.meta.published.map(|d| d.to_string())
}

#[test]
fn a_yearless_dateline_takes_the_year_of_the_other_reports() {
    let (_dir, corpus) = corpus_of(&[("wire.txt", WIRE), ("daily.txt", DATED)]);
    assert_eq!(published(&corpus, "wire").as_deref(), Some("2026-05-04"));
    // Its weekdays now resolve: "Monday" is May 4, "Sunday" May 3.
    let facts = analyze(&corpus);
    let wire = corpus.articles.iter().position(|a| a.id == "wire").unwrap();
    let sunday = facts
        .mentions
        .iter()
        .find(|m| {
            m.article == wire && corpus.articles[wire].text[m.span.clone()].starts_with("Sunday")
        })
        .expect("Sunday is a mention");
    assert!(
        format!("{:?}", sunday.value).contains("2026-05-03"),
        "{:?}",
        sunday.value
    );
}

#[test]
fn a_yearless_dateline_is_metadata_even_with_no_year_to_give() {
    let (_dir, corpus) = corpus_of(&[("wire.txt", WIRE)]);
    assert_eq!(published(&corpus, "wire"), None);
    let facts = analyze(&corpus);
    let text = &corpus.articles[0].text;
    assert!(
        facts
            .mentions
            .iter()
            .all(|m| &text[m.span.clone()] != "May 4"),
        "the dateline's day is no fact of the story"
    );
    assert!(Path::new(&corpus.articles[0].path).ends_with("wire.txt"));
}

#[test]
fn a_clock_time_stamped_after_the_page_s_date_is_no_fact() {
    let stamped = "Fire claims a life\n\nThe Lusar Herald | Wednesday 11 August 2027, 13:05 CEST\nBy Teodora Vasquel\n\nThe fire service said at 0700 GMT that 312 homes burned.\n";
    let (_dir, corpus) = corpus_of(&[("herald.txt", stamped)]);
    let facts = analyze(&corpus);
    let text = &corpus.articles[0].text;
    let written: Vec<&str> = facts
        .mentions
        .iter()
        .map(|m| &text[m.span.clone()])
        .collect();
    assert!(written.contains(&"0700 GMT"), "{written:?}");
    assert!(!written.iter().any(|w| w.contains("13:05")), "{written:?}");
}

#[test]
fn a_place_and_date_line_in_the_head_dates_the_page_not_a_fact_box_date_below() {
    let body = "Raid nets 14\n\nThe Harbour Observer | National News\nNkarosi, Wednesday 3 February 2027, 09:30\n\nBy Ana Perel\n\nRangers arrested 14 suspects in a raid yesterday, police said. The suspects will appear in court tomorrow.\n\nThe raid at a glance\nDate: Tuesday 2 February 2027\nSuspects: 14\n";
    let (_dir, corpus) = corpus_of(&[("observer.txt", body)]);
    assert_eq!(
        published(&corpus, "observer").as_deref(),
        Some("2027-02-03")
    );
    // A "Date:" line that opens the page still dates it.
    let labelled = "Raid nets 14\n\nDate: 4 February 2027\n\nRangers arrested 14 suspects in a raid on Tuesday, police said.\n";
    let (_dir, corpus) = corpus_of(&[("daily.txt", labelled)]);
    assert_eq!(published(&corpus, "daily").as_deref(), Some("2027-02-04"));
}
