//! Two outlets' figures for one thing on the word of two different
//! sources (police and organisers, a ministry and a hospital) are one
//! thing in dispute, however unlike the outlets' sentences run; on small
//! corpora written for these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::pair_facts;
use crossread::engine::link::Status;

const POLICE: &str = "Published March 10, 2027\n\nPolice said about 1,200 people took to the streets of Velm against the pension cuts on Monday, blocking the ring road for an hour.\n";

#[test]
fn police_and_organisers_figures_for_one_march_are_in_dispute() {
    let organisers = "Published March 10, 2027\n\nOrganisers said 2,300 people joined the protest against the pension cuts in Velm, which filled Cathedral Square by noon.\n";
    let (a, b, status) = pair_facts(&[POLICE, organisers], "about 1,200 people", "2,300 people");
    assert_eq!(a, b);
    assert_eq!(status, Status::Conflict);
}
