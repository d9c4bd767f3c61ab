//! Dates that end a stretch still running ("funded until Dec. 31").

/// Whether the date at `start` ends a stretch its sentence tells as still
/// running: "until", "till" or "through" before it, and no verb of the
/// past before that in the sentence ("was closed until Jan. 5" ended). A
/// participle is no past ("keeps it funded until 31 December").
pub(super) fn runs_until(text: &str, start: usize) -> bool {
    // Back to the sentence's start; not past the stop of "Nov. 2".
    let sentence = crate::engine::extract::anchor::sentence_of(text, start..start);
    let mut from = sentence.start;
    while from > 0 && text[..from].trim_end().ends_with('.') {
        let before = text[..from].trim_end();
        let word = before[..before.len() - 1]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if !(word.len() <= 4 && word.starts_with(char::is_uppercase)) {
            break;
        }
        let earlier =
            crate::engine::extract::anchor::sentence_of(text, before.len() - 1..before.len() - 1)
                .start;
        if earlier >= from {
            break;
        }
        from = earlier;
    }
    let words: Vec<String> = text[from..start]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let Some((lead, rest)) = words.split_last() else {
        return false;
    };
    // "from 2 April until 23 August" tells a stretch whole, ended or not.
    matches!(lead.as_str(), "until" | "till" | "through")
        && !rest.iter().any(|w| {
            matches!(
                w.as_str(),
                "was"
                    | "were"
                    | "had"
                    | "remained"
                    | "stayed"
                    | "lasted"
                    | "ran"
                    | "lay"
                    | "kept"
                    | "held"
                    | "from"
            )
        })
}
