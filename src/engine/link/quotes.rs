//! What the linker knows of each quote besides its context: its words,
//! its speaker as a comparable term, its content words, and whether it
//! holds a word the corpus uses nowhere else.

use std::collections::HashMap;

use rust_stemmers::Stemmer;

use super::context::{Vocab, person_key};
use super::facts::Mention;
use super::lexicon::Lexicon;
use crate::engine::extract;
use crate::engine::model::Value;

pub struct Quotes {
    /// The normalised words of each quote as numbers, one per distinct
    /// word (empty for other mentions): quote pairs are compared word by
    /// word millions of times on a large corpus.
    pub words: Vec<Vec<u32>>,
    /// Each quote's words written together, without spaces: "good will"
    /// and "goodwill" are one word spelt two ways.
    pub joined: Vec<String>,
    /// The speaker term of each quote, when known.
    pub speakers: Vec<Option<u32>>,
    /// The speaker term every document's quotes share.
    pub document_voice: u32,
    /// The stemmed content words of each quote, sorted and deduplicated.
    pub terms: Vec<Vec<u32>>,
    /// Whether a quote holds a word found in no sentence of the corpus but
    /// those quoting it ("pre-preliminary"): a few such words repeated by
    /// two outlets are one phrase quoted, not common words said alike.
    pub distinctive: Vec<bool>,
    /// The next and the previous stretch of the same quotation, split at
    /// an ellipsis.
    pub next_piece: Vec<Option<usize>>,
    pub prev_piece: Vec<Option<usize>>,
    /// For each quote, the longer quotes that hold all its words in a row,
    /// sorted (see `containers`).
    pub containers: Vec<Vec<u32>>,
}

/// `canonical` maps names as written to their canonical form; `df` is the
/// number of sentences each term appears in.
pub fn prepare(
    mentions: &[Mention],
    canonical: &HashMap<String, String>,
    lexicon: &Lexicon,
    stemmer: &Stemmer,
    vocab: &mut Vocab,
    df: &[u32],
) -> Quotes {
    let words: Vec<Vec<String>> = mentions
        .iter()
        .map(|m| match &m.value {
            Value::Quote { normalized, .. } => {
                normalized.split_whitespace().map(String::from).collect()
            }
            _ => Vec::new(),
        })
        .collect();
    let speakers: Vec<Option<u32>> = mentions
        .iter()
        .map(|m| match &m.value {
            Value::Quote {
                speaker: Some(s), ..
            } => Some(vocab.id(&speaker_key(canonical.get(s).unwrap_or(s)))),
            _ => None,
        })
        .collect();
    let document_voice = vocab.id(DOCUMENT_VOICE);
    let terms: Vec<Vec<u32>> = words
        .iter()
        .map(|words| {
            let mut t: Vec<u32> = words
                .iter()
                .filter(|w| !lexicon.is_stopword(w))
                .map(|w| vocab.id(&stemmer.stem(w)))
                .collect();
            t.sort_unstable();
            t.dedup();
            t
        })
        .collect();
    let distinctive = distinctive(&terms, df);
    let ids = intern(&words);
    let containers = containers(&ids);
    let joined = words.iter().map(|w| w.concat()).collect();
    let next_piece = next_pieces(mentions);
    let mut prev_piece = vec![None; mentions.len()];
    for (i, n) in next_piece.iter().enumerate() {
        if let Some(n) = *n {
            prev_piece[n] = Some(i);
        }
    }
    Quotes {
        words: ids,
        joined,
        speakers,
        document_voice,
        terms,
        distinctive,
        next_piece,
        prev_piece,
        containers,
    }
}

/// How many quotes holding a word are searched for a quote's containers:
/// a fragment whose rarest word is in more quotes than this is too common
/// a phrase to place.
const CONTAINER_FAN_OUT: usize = 256;

/// For each quote, the longer quotes holding its words in a row: two
/// fragments ("very high levels", "extremely high levels") one longer
/// quote holds both of are two pieces of one statement, however little
/// they share. Candidates come from the quotes holding the fragment's
/// rarest word, so the search stays bounded on large corpora.
fn containers(quotes: &[Vec<u32>]) -> Vec<Vec<u32>> {
    let distinct = quotes.iter().flatten().max().map_or(0, |&m| m as usize + 1);
    let mut holding: Vec<Vec<u32>> = vec![Vec::new(); distinct];
    for (i, q) in quotes.iter().enumerate() {
        let mut seen = q.clone();
        seen.sort_unstable();
        seen.dedup();
        for x in seen {
            holding[x as usize].push(i as u32);
        }
    }
    quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let Some(list) = q
                .iter()
                .map(|&x| &holding[x as usize])
                .min_by_key(|l| l.len())
            else {
                return Vec::new();
            };
            if list.len() > CONTAINER_FAN_OUT {
                return Vec::new();
            }
            list.iter()
                .copied()
                .filter(|&k| {
                    let long = &quotes[k as usize];
                    k as usize != i && long.len() > q.len() && long.windows(q.len()).any(|w| w == q)
                })
                .collect()
        })
        .collect()
}

/// Each quote's words as numbers, one per distinct word.
fn intern(words: &[Vec<String>]) -> Vec<Vec<u32>> {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    words
        .iter()
        .map(|w| {
            w.iter()
                .map(|x| {
                    let n = ids.len() as u32;
                    *ids.entry(x.as_str()).or_insert(n)
                })
                .collect()
        })
        .collect()
}

/// Whether `long` holds all of `short`, word for word, in a row: what
/// `compat::quote_contained` says of the two quotes joined with spaces,
/// without building the strings (millions of quote pairs on a large
/// corpus).
pub fn contains_run<T: PartialEq>(short: &[T], long: &[T]) -> bool {
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

/// Whether some third quote holds both `i` and `j` in full.
pub fn share_container(containers: &[Vec<u32>], i: usize, j: usize) -> bool {
    let (a, b) = (&containers[i], &containers[j]);
    a.iter()
        .any(|k| b.binary_search(k).is_ok() && *k as usize != i && *k as usize != j)
}

/// For each quote mention, the next stretch of the same quotation when an
/// ellipsis split it there (`extract::quote` marks every stretch after the
/// first): the article's next quote, when that one follows an omission.
pub fn next_pieces(mentions: &[Mention]) -> Vec<Option<usize>> {
    let mut quotes: Vec<usize> = (0..mentions.len())
        .filter(|&i| matches!(mentions[i].value, Value::Quote { .. }))
        .collect();
    quotes.sort_by_key(|&i| (mentions[i].article, mentions[i].span.start));
    let mut next = vec![None; mentions.len()];
    for w in quotes.windows(2) {
        let (a, b) = (&mentions[w[0]], &mentions[w[1]]);
        let follows = matches!(
            b.value,
            Value::Quote {
                after_omission: true,
                ..
            }
        );
        if a.article == b.article && follows {
            next[w[0]] = Some(w[1]);
        }
    }
    next
}

/// A quote is distinctive when one of its terms appears in no more
/// sentences than there are quotes holding it. A term the context never
/// counted (a synonym-group word, a word new to the vocabulary) proves
/// nothing.
fn distinctive(terms: &[Vec<u32>], df: &[u32]) -> Vec<bool> {
    let mut quoted: HashMap<u32, u32> = HashMap::new();
    for t in terms.iter().flatten() {
        *quoted.entry(*t).or_default() += 1;
    }
    terms
        .iter()
        .map(|ts| {
            ts.iter().any(|t| {
                df.get(*t as usize)
                    .is_some_and(|&d| d > 0 && d <= quoted[t])
            })
        })
        .collect()
}

/// The term of a quote's speaker: a person as the context knows people
/// (family name, "Jr." aside), so "Trump" and "Donald Trump" meet; every
/// document ("the suit", "the lawsuit") one voice, since a story's outlets
/// name the one filing it is about in different words.
const DOCUMENT_VOICE: &str = "#document";

fn speaker_key(speaker: &str) -> String {
    if extract::is_document_voice(speaker) {
        DOCUMENT_VOICE.to_string()
    } else {
        person_key(speaker)
    }
}

#[cfg(test)]
mod tests {
    use super::distinctive;

    #[test]
    fn a_word_found_outside_its_quotes_is_not_distinctive() {
        // Term 7 is in two sentences, both quoting it; term 3 is in five
        // sentences but only two quotes; term 9 was never counted.
        let mut df = vec![0u32; 10];
        df[7] = 2;
        df[3] = 5;
        let terms = vec![vec![3, 7], vec![7], vec![3], vec![3, 9]];
        assert_eq!(distinctive(&terms, &df), vec![true, true, false, false]);
    }
}
