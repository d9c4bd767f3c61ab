//! The noun of a count told in a casualty pattern: "the death toll rose
//! to 24", "killed 24", "24 were killed".

use super::Patterns;

/// The noun of a casualty pattern around a number that has no noun of its
/// own: "the death toll rose to 24", "killed 24", "24 were killed".
pub(super) fn tight_noun(
    p: &Patterns,
    text: &str,
    start: usize,
    end: usize,
    one: bool,
) -> Option<String> {
    let after = &text[end..];
    if let Some(c) = p.state_after.captures(after) {
        if c.name("inhospital").is_some() {
            return Some("hospitalised".to_string());
        }
        let w = c.name("state").or(c.name("died"))?;
        return Some(w.as_str().to_lowercase());
    }
    if one {
        return None;
    }
    // A toll's clause may name its event at length: "the death toll from
    // the magnitude 7.1 earthquake that struck … on Thursday has risen to".
    let mut a = start.saturating_sub(160);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let before = &text[a..start];
    if let Some(c) = p.toll_before.captures(before) {
        let what = c
            .name("what")
            .or(c.name("state"))
            .map(|m| m.as_str().to_lowercase());
        return Some(
            match what.as_deref() {
                Some("casualty") => "casualties",
                Some("injury" | "injured" | "wounded") => "injured",
                Some("missing") => "missing",
                _ => "dead",
            }
            .to_string(),
        );
    }
    let c = p.verb_before.captures(before)?;
    let v = c.name("verb")?.as_str().to_lowercase();
    let stem = v
        .trim_end_matches("ing")
        .trim_end_matches("ed")
        .trim_end_matches('s');
    Some(match stem {
        "kill" => "killed".to_string(),
        "injur" | "injure" => "injured".to_string(),
        "wound" => "wounded".to_string(),
        "arrest" => "arrested".to_string(),
        "detain" => "detained".to_string(),
        _ => v,
    })
}
