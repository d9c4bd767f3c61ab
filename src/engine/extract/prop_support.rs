//! What every extractor's property test asks of a reading.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use crate::engine::model::Extracted;

/// Reads `text` twice with `read`: every span must be a non-empty run of
/// the text on character boundaries, and the second reading must find the
/// same. Returns the reading for any further check.
pub(crate) fn check_reading(
    text: &str,
    read: impl Fn(&str) -> Vec<Extracted>,
) -> Result<Vec<Extracted>, TestCaseError> {
    let found = read(text);
    for e in &found {
        prop_assert!(e.span.start < e.span.end && e.span.end <= text.len());
        prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
    }
    prop_assert_eq!(&found, &read(text));
    Ok(found)
}
