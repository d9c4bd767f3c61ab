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
    // "of Dravonian adults", "of SDU members": a name standing as an
    // adjective before a plain noun qualifies it; the noun is the cue.
    let mut words: Vec<&str> = words.take(4).collect();
    let proper = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphanumeric)
    };
    let lower = |w: &str| w.chars().all(|c| c.is_lowercase() || c == '-');
    if let Some(k) = words.iter().position(|w| !proper(w))
        && (1..=2).contains(&k)
        && lower(words[k])
    {
        words.drain(..k);
    }
    let mut cue: Option<String> = None;
    let cleaned: Vec<&str> = words
        .iter()
        .map(|raw| raw.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    for (k, (raw, &clean)) in words.iter().zip(&cleaned).take(2).enumerate() {
        let trailing_punct = clean.len() < raw.len();
        // "rose 12% last year": a word before a time word tells when.
        if !trailing_punct
            && cleaned
                .get(k + 1)
                .is_some_and(|next| classes.is_time_word(next))
        {
            break;
        }
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
