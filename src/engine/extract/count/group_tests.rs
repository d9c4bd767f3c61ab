//! Tests of numbers that count the members of a group named before them.
use super::*;

#[test]
fn a_number_after_a_group_counts_its_members() {
    let (s, a, n) = one("A crowd of 61,384 watched the final.");
    assert_eq!((s.as_str(), n.as_str()), ("61,384", "crowd"));
    assert!(a.overlaps(&Interval::exact(61_384.0)));
    let (_, _, n) = one("It drew a record audience of 2.1 million on Saturday.");
    assert_eq!(n, "audience");
}

#[test]
fn a_number_after_a_person_or_a_thing_counts_nothing() {
    none(&[
        "He was a man of 61 when he died.",
        "It was the start of 2,000 days of waiting.",
        "She was one of 12.",
    ]);
}
