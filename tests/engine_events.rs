//! The event a value is about, as the linker reads it from its sentence:
//! on small corpora written for these tests.

#[path = "common/corpus.rs"]
mod corpus;

use corpus::{corpus, fact_of};
use crossread::engine::analyze;

#[test]
fn what_a_participle_clause_led_to_is_not_the_value_s_event() {
    // "Prompting protests" names what the strikes led to: the schools are
    // still the strikes' schools, as in the other outlet.
    let c = corpus(&[
        "Rolling strikes since October have disrupted lessons for 1.2 million pupils at the country's 5,300 state schools, prompting protests from parents.\n",
        "Across the country, the strikes hit 1.2m pupils in the country's 5,300 state schools.\n",
    ]);
    let f = analyze(&c);
    assert_eq!(
        fact_of(&c, &f, 0, "5,300 state schools"),
        fact_of(&c, &f, 1, "5,300 state schools")
    );
}
