//! Tests of the year a yearless day is set in: what the sentence says of
//! its time, beyond the nearest such day to publication.
use jiff::civil::date;

use super::tests::{days, found, one};

#[test]
fn a_stretch_still_running_ends_on_the_next_such_day() {
    let pubd = Some(date(2027, 2, 6));
    let (_, v) = one("The budget funds the government until Dec. 31.", pubd);
    assert_eq!(days(&v).0, date(2027, 12, 31));
    let (_, v) = one("It keeps the state funded until 31 December.", pubd);
    assert_eq!(days(&v).0, date(2027, 12, 31));
    // Told in the past, the stretch has ended: the nearest day.
    let (_, v) = one("The road was closed until Dec. 31.", pubd);
    assert_eq!(days(&v).0, date(2026, 12, 31));
    let all = found("Data lay open from Nov. 2 until Dec. 31.", pubd);
    assert_eq!(days(&all.last().expect("a day").1).0, date(2026, 12, 31));
}

#[test]
fn a_possessive_with_its_noun_dropped_sets_no_year() {
    // Dec. 10 lies nearer after publication than before it.
    let pubd = Some(date(2027, 11, 20));
    let day_after = |text: &str| {
        let all = found(text, pubd);
        days(&all.last().expect("a day").1).0
    };
    assert_eq!(
        day_after("It is bigger than last year's and runs out on Dec. 10."),
        date(2027, 12, 10)
    );
    assert_eq!(
        day_after("Sales fell, and last year's results came out on Dec. 10."),
        date(2026, 12, 10)
    );
}

#[test]
fn what_someone_would_do_lies_ahead() {
    // Published on a Wednesday.
    let pubd = Some(date(2027, 10, 13));
    let (_, v) = one("The mayor said schools would stay closed on Friday.", pubd);
    assert_eq!(days(&v).0, date(2027, 10, 15));
    let (_, v) = one("The mayor said schools stayed closed on Friday.", pubd);
    assert_eq!(days(&v).0, date(2027, 10, 8));
    // "would have" looks back.
    let (_, v) = one("He would have turned 80 on Friday.", pubd);
    assert_eq!(days(&v).0, date(2027, 10, 8));
    let pubd = Some(date(2027, 9, 20));
    let (_, v) = one(
        "He said he would stay on as leader until a special congress in the spring.",
        pubd,
    );
    assert_eq!(days(&v).0, date(2028, 3, 1));
}

#[test]
fn a_fact_box_s_year_is_a_year() {
    let (s, v) = one(
        "- Last president impeached: Oskar Lind, 1994 (acquitted)\n",
        None,
    );
    assert_eq!(s, "1994");
    assert_eq!(days(&v), (date(1994, 1, 1), date(1994, 12, 31)));
    let (s, _) = one("Commissioned: 1986\n", None);
    assert_eq!(s, "1986");
    // In prose, and with a noun after it, a bare four-digit number is
    // not a year.
    assert!(found("The plant employs 1986 workers in all.\n", None).is_empty());
    assert!(found("- Deaths: 1994 people\n", None).is_empty());
}
