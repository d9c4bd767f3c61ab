//! Numbers as news text writes them: "1,000", "3.5", "two", "twenty-four",
//! "a hundred", "1.7 million", "2.4bn", "half".
//!
//! Extractors build their regexes from [`NUMBER`] and read the match with
//! [`parse_number`], so every kind reads numbers the same way.

/// A regex fragment (no capture groups) matching one written number,
/// including a trailing scale word ("million", "bn"). Case-insensitive
/// matching is expected (`(?i)`).
pub const NUMBER: &str = concat!(
    r"(?:",
    // digits: 1,000 / 3.5 / 1 000 (thin space) / .5 is too rare to risk
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    // a share of a scale word, before "a" alone can take its first word
    r"|(?:half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|three[- ]quarters)\s+(?:of\s+)?an?\s+(?:million|billion|trillion|thousand)",
    r"|",
    // words, possibly compound: twenty-four, one hundred and five; a
    // unit word only after a tens word ("two five-year terms" is two)
    r"(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)",
    r"(?:[- ](?:hundred|thousand)(?:(?:[- ]and)?[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)?)?(?:[- ]dozen)?)",
    r"|half|a\s+half|a\s+dozen|dozen",
    r")",
    r"(?:\s?(?:million|billion|trillion|thousand|hundred|mn|bn|tn|m|b|k)\b)?",
);

/// Digit groups of three split by a space, a no-break space or a narrow
/// no-break space ("48 000", "1\u{a0}250\u{a0}000"), as European and South
/// African copy writes thousands; [`parse_number`] reads them whole.
pub const SPACED_THOUSANDS: &str = "[0-9]{1,3}(?:(?: |\u{a0}|\u{202f})[0-9]{3})+";

/// [`NUMBER`] without its scale suffix, for contexts where a trailing "m"
/// is metres rather than millions. `NUMBER` is exactly this followed by
/// [`SCALE_SUFFIX`] (a test keeps the two in step).
pub const NUMBER_BARE: &str = concat!(
    r"(?:",
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    r"|(?:half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|three[- ]quarters)\s+(?:of\s+)?an?\s+(?:million|billion|trillion|thousand)",
    r"|",
    r"(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)",
    r"(?:[- ](?:hundred|thousand)(?:(?:[- ]and)?[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)?)?(?:[- ]dozen)?)",
    r"|half|a\s+half|a\s+dozen|dozen",
    r")",
);

/// The optional scale word that [`NUMBER`] allows after the number.
pub const SCALE_SUFFIX: &str =
    r"(?:\s?(?:million|billion|trillion|thousand|hundred|mn|bn|tn|m|b|k)\b)?";

const UNITS: [(&str, f64); 20] = [
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

const TENS: [(&str, f64); 8] = [
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// The value a scale word multiplies by ("million", "bn", "k").
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "mn" | "m" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

fn word_value(w: &str) -> Option<f64> {
    UNITS
        .iter()
        .chain(TENS.iter())
        .find(|(k, _)| *k == w)
        .map(|(_, v)| *v)
        .or(match w {
            "a" => Some(1.0),
            "dozen" => Some(12.0),
            "half" => Some(0.5),
            _ => None,
        })
}

/// Reads a number written in digits, words, or both ("1.7 million").
/// Returns `None` for anything else. Commas are thousands separators.
/// "15 000", "1 250 000": digit groups of three after the first, split by
/// a space, a no-break space or a narrow no-break space.
fn spaced_thousands(t: &str) -> Option<f64> {
    let groups: Vec<&str> = t.split([' ', '\u{a0}', '\u{202f}']).collect();
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let ok = groups.len() > 1
        && groups[0].len() <= 3
        && groups.iter().all(|g| digits(g))
        && groups[1..].iter().all(|g| g.len() == 3);
    ok.then(|| groups.concat().parse().ok()).flatten()
}

pub fn parse_number(s: &str) -> Option<f64> {
    // Plain digits, the common case, as the general path below reads them.
    let t = s.trim();
    if !t.is_empty()
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        let v: f64 = if t.contains(',') {
            t.replace(',', "").parse().ok()?
        } else {
            t.parse().ok()?
        };
        return v.is_finite().then_some(v);
    }
    if let Some(v) = spaced_thousands(t) {
        return Some(v);
    }
    let lower = t.to_ascii_lowercase();
    if lower.is_empty() {
        return None;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    if words.is_empty() {
        return None;
    }
    // A glued scale suffix: "2.4bn", "26m", "5k".
    let first = words[0];
    let digits_end = first
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(first.len());
    if digits_end > 0 {
        let num: f64 = first[..digits_end].replace(',', "").parse().ok()?;
        let mut value = num;
        let suffix = &first[digits_end..];
        if !suffix.is_empty() {
            value *= scale_word(suffix)?;
        }
        for w in &words[1..] {
            value *= scale_word(w)?;
        }
        return value.is_finite().then_some(value);
    }
    if let Some(v) = part_of_scale(&words) {
        return Some(v);
    }
    // Words: "a half" and "a dozen" first, then additive/multiplicative.
    if words == ["a", "half"] {
        return Some(0.5);
    }
    // "a six-year-old", "a seven-mile queue": the article before a number
    // word is no one to add ("a hundred", "a dozen" multiply).
    let words = match words.as_slice() {
        [a, n, ..] if matches!(*a, "a" | "an") && *n != "dozen" && word_value(n).is_some() => {
            &words[1..]
        }
        _ => &words[..],
    };
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen = false;
    for &w in words {
        if let Some(v) = word_value(w) {
            if w == "dozen" {
                current = if current == 0.0 { 12.0 } else { current * 12.0 };
            } else {
                // "twenty-five" adds; "two five" ("two five-year terms")
                // is two numbers, not seven.
                let within = current % 100.0;
                let fits = within == 0.0 || (v < 10.0 && within >= 20.0 && within % 10.0 == 0.0);
                if !fits {
                    return None;
                }
                current += v;
            }
            seen = true;
        } else if let Some(k) = scale_word(w) {
            if !seen {
                return None;
            }
            if k >= 1e3 {
                total += if current == 0.0 { 1.0 } else { current } * k;
                current = 0.0;
            } else {
                current = if current == 0.0 { 1.0 } else { current } * k;
            }
        } else {
            return None;
        }
    }
    seen.then_some(total + current)
}

/// "half a million", "a third of a million", "three-quarters of a
/// billion": a share of one scale word.
fn part_of_scale(words: &[&str]) -> Option<f64> {
    let (scale, rest) = words.split_last()?;
    let scale = match *scale {
        "thousand" | "million" | "billion" | "trillion" => scale_word(scale)?,
        _ => return None,
    };
    let rest: Vec<&str> = rest
        .iter()
        .copied()
        .filter(|w| !matches!(*w, "of" | "a" | "an"))
        .collect();
    let share = match rest.as_slice() {
        ["half"] => 0.5,
        ["third"] | ["one", "third"] => 1.0 / 3.0,
        ["two", "thirds"] => 2.0 / 3.0,
        ["quarter"] | ["one", "quarter"] => 0.25,
        ["three", "quarters"] => 0.75,
        _ => return None,
    };
    // A whole number: "a third of a million" people are 333,333 of them.
    Some((share * scale).round())
}

/// Whether a written number is a share of a scale word ("half a
/// million"): a round figure, so a tenth either way of what it says.
pub fn is_part_of_scale(s: &str) -> bool {
    let lower = s.trim().to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    part_of_scale(&words).is_some()
}

/// True when the text is a number spelled in words rather than digits.
pub fn is_spelled(s: &str) -> bool {
    !s.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn reads_digits_words_and_scales() {
        let cases = [
            ("1,000", 1000.0),
            ("3.5", 3.5),
            ("two", 2.0),
            ("Twenty-four", 24.0),
            ("one hundred and five", 105.0),
            ("a hundred", 100.0),
            ("1.7 million", 1.7e6),
            ("2.4bn", 2.4e9),
            ("two million", 2e6),
            ("half", 0.5),
            ("a dozen", 12.0),
            ("four dozen", 48.0),
            ("three thousand", 3000.0),
            ("26m", 26e6),
            ("half a million", 5e5),
            ("a third of a million", 333_333.0),
            ("three-quarters of a billion", 7.5e8),
            ("a quarter of a million", 2.5e5),
            // The article before a number word counts nothing.
            ("a six", 6.0),
            ("an eight", 8.0),
            ("a twenty-four", 24.0),
        ];
        for (s, v) in cases {
            assert_eq!(parse_number(s), Some(v), "{s}");
        }
    }

    #[test]
    fn rejects_non_numbers() {
        for s in ["", "the", "million", "twenty people", "1.2.3x"] {
            assert_eq!(parse_number(s), None, "{s}");
        }
    }

    #[test]
    fn number_words_side_by_side_are_two_numbers() {
        // "two five-year terms", "one two-hour session": not 7 or 3.
        for s in [
            "two five",
            "one two",
            "twenty thirty",
            "five twenty",
            "eleven two",
        ] {
            assert_eq!(parse_number(s), None, "{s}");
        }
        assert_eq!(parse_number("two hundred and twenty-one"), Some(221.0));
        assert_eq!(parse_number("three thousand four hundred"), Some(3400.0));
    }

    #[test]
    fn bare_fragment_is_number_without_scale() {
        assert_eq!(NUMBER, format!("{NUMBER_BARE}{SCALE_SUFFIX}"));
        let re = Regex::new(&format!(r"(?i)^{NUMBER_BARE}")).unwrap();
        assert_eq!(re.find("10 m").unwrap().as_str(), "10");
    }

    #[test]
    fn fragment_matches_whole_numbers() {
        let re = Regex::new(&format!(r"(?i)\b{NUMBER}\b")).unwrap();
        for s in ["55,000", "twenty-four", "1.7 million", "six"] {
            let m = re.find(s).unwrap();
            assert_eq!(m.as_str(), s);
        }
    }
}
