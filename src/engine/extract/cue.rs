//! What a value is about, read from the words after it.

use super::quantity::units::WordClasses;

/// The noun a value is about, read from the words right after it: "in
/// humanitarian aid" → "aid", "of drugs" → "drugs", "fine" → "fine".
/// Takes at most two content words and keeps the last when the first may
/// describe it ("federal lawsuit") or it is in use a noun ("police
/// officers"); "the lawsuit comes" is about the lawsuit. Stops at function
/// words, verbs in -ed and adverbs in -ly.
pub(crate) fn cue_after(after: &str, classes: &WordClasses) -> Option<String> {
    // "for 14 months in a row": consecutive, not about a row.
    let rest = after.trim_start();
    if rest.starts_with("in a row") && !rest["in a row".len()..].starts_with(char::is_alphanumeric)
    {
        return None;
    }
    let mut words = after
        .split(|c: char| c.is_whitespace())
        .skip_while(|w| w.is_empty())
        .peekable();
    if words
        .peek()
        .is_some_and(|w| matches!(*w, "in" | "of" | "for" | "worth"))
    {
        words.next();
        if words.peek() == Some(&"of") {
            words.next();
        }
        if words
            .peek()
            .is_some_and(|w| matches!(*w, "the" | "a" | "an"))
        {
            words.next();
        }
    }
    let mut cue: Option<String> = None;
    for raw in words.take(2) {
        let clean = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
        let trailing_punct = clean.len() < raw.len();
        if clean.is_empty() || !clean.chars().all(|c| c.is_lowercase() || c == '-') {
            break;
        }
        if classes.is_function_word(clean)
            || clean.ends_with("ed")
            || clean.ends_with("ly")
            || classes.is_time_word(clean)
        {
            break;
        }
        if let Some(first) = &cue {
            let wn = classes.wordnet();
            // A verb WordNet's tagged corpus never used as a noun, or an
            // irregular verb form ("patients given the drug", "shares
            // held by staff"): the regular ones end in -ed above.
            let verb = wn.can_be_verb(clean)
                && (wn.noun_classes(clean).is_none() || !wn.is_noun_form(clean));
            if !wn.can_be_adjective(first) && verb {
                break;
            }
        }
        cue = Some(clean.to_string());
        if trailing_punct {
            break;
        }
    }
    cue
}
