//! One outlet's odd percentage for a rate three others agree on ("fell
//! 14%" thrice, "tumbled 11 percent" once) is that rate in dispute when
//! its sentence tells it alike; one far off, one put in words or one
//! told otherwise stays apart;
//! on small corpora written for these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;
use crossread::engine::link::Status;

const DATE: &str = "Published March 4, 2027\n\n";

/// The facts of the first article's figure and the fourth's, and the
/// first's status, for three articles that agree (on `FALL_SAID`) and a
/// fourth that says `y`.
fn odd_one(texts: [&str; 4], y: &str) -> (usize, usize, Status) {
    odd_one_of(texts, FALL_SAID, y)
}

/// As `odd_one`, for three articles that agree on `said`.
fn odd_one_of(texts: [&str; 4], said: [&str; 3], y: &str) -> (usize, usize, Status) {
    let texts: Vec<String> = texts.iter().map(|t| format!("{DATE}{t}\n")).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = corpus(&refs);
    let f = analyze(&c);
    let p = fact_of(&c, &f, 0, said[0]);
    assert_eq!(p, fact_of(&c, &f, 1, said[1]), "the first two agree");
    assert_eq!(p, fact_of(&c, &f, 2, said[2]), "the first three agree");
    (p, fact_of(&c, &f, 3, y), f.facts[p].status)
}

const FALL: [&str; 3] = [
    "Shares in Merrowby Holdings closed down 14% in Kestel on Thursday after the breach was disclosed.",
    "Merrowby's shares closed 14 per cent lower in Kestel on Thursday as investors took fright at the breach.",
    "Shares of Merrowby Holdings closed down 14 percent on Thursday in Kestel, after the company disclosed the breach.",
];
const FALL_SAID: [&str; 3] = ["14%", "14 per cent", "14 percent"];

#[test]
fn a_fourth_outlet_s_odd_fall_in_a_share_price_is_the_fall_in_dispute() {
    let (p, q, status) = odd_one(
        [
            FALL[0],
            FALL[1],
            FALL[2],
            "Merrowby shares tumbled 11 percent in Kestel after the breach.",
        ],
        "11 percent",
    );
    assert_eq!(p, q);
    assert_eq!(status, Status::Conflict);
}

#[test]
fn an_odd_rate_more_than_double_the_others_stays_apart() {
    let (p, q, status) = odd_one(
        [
            FALL[0],
            FALL[1],
            FALL[2],
            "Merrowby shares tumbled 31 percent in Kestel after the breach.",
        ],
        "31 percent",
    );
    assert_ne!(p, q);
    assert_ne!(status, Status::Conflict);
}

#[test]
fn an_odd_rate_put_in_words_stays_apart() {
    let (p, q, _) = odd_one(
        [
            FALL[0],
            FALL[1],
            FALL[2],
            "Merrowby shares tumbled by a tenth in Kestel after the breach.",
        ],
        "a tenth",
    );
    assert_ne!(p, q);
}

#[test]
fn of_two_odd_rates_in_one_article_only_the_one_told_alike_is_disputed() {
    let fourth = [
        FALL[0],
        FALL[1],
        FALL[2],
        "Merrowby shares tumbled 12 percent in Kestel on Thursday after the breach. Merrowby bonds tumbled 11 percent in Kestel after the breach.",
    ];
    let (p, q, status) = odd_one(fourth, "12 percent");
    assert_eq!(p, q);
    assert_eq!(status, Status::Conflict);
    let (p, q, _) = odd_one(fourth, "11 percent");
    assert_ne!(p, q);
}

#[test]
fn a_share_of_the_same_whole_is_no_odd_rate() {
    // Every share of the members names them: "87% of members" backed the
    // strike, "61% of members" are women.
    let (p, q, status) = odd_one_of(
        [
            "The union said 87% of members backed the strike in last month's ballot.",
            "In the ballot, 87 per cent of members voted to walk out, union leaders said.",
            "Some 87 percent of members backed a strike, the union said on Monday.",
            "Rautio pointed out that 61% of members are women, a share that has doubled since 2010.",
        ],
        ["87%", "87 per cent", "Some 87 percent"],
        "61%",
    );
    assert_ne!(p, q);
    assert_ne!(status, Status::Conflict);
}
