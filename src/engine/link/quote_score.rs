//! How alike two quotes are worded: one statement quoted whole, in part,
//! with a word or two changed, or reworded, against two statements that
//! share a phrase.

use super::quotes::contains_run;
use super::score::Scorer;

/// Words a quoted fragment needs to stand for the statement holding it.
const FRAGMENT_MIN_WORDS: usize = 4;

/// Context cosine at which a reworded quote with an unnamed speaker is
/// taken for the same statement.
const PARAPHRASE_CONTEXT: f32 = 0.1;

/// The tie of a few words quoted alike in sentences that share nothing
/// else: too weak to join two quotes on its own (below the quote
/// threshold), yet no evidence against, so a group that already holds a
/// quote worded the same way is not kept apart by it.
const UNCONFIRMED_WORDING: f32 = 0.45;

/// Words in a row two quotes must share to be one statement even when
/// credited to two people.
pub const WHO_SAID_IT_RUN: usize = 8;

impl Scorer<'_> {
    /// A fragment of a statement another quote holds whole is that
    /// statement: it ties with a third quote at least as its container
    /// does ("cannot keep running this country's railways …" quoted alone
    /// by one outlet, the whole statement by another and a rewording of it
    /// by a third). Else a reworded statement could never join a group
    /// holding a fragment, whose own words it does not share.
    pub(super) fn quote_score(&self, i: usize, j: usize) -> Option<f32> {
        let direct = self.quote_score_direct(i, j)?;
        let containers = &self.prepared.quote_containers;
        // A word or two ("disgraceful") is as often a phrase of another
        // statement by the same voice: only a stretch stands for its whole.
        let through = |m: usize, other: usize| {
            if self.quote_words[m].len() < FRAGMENT_MIN_WORDS || containers[m].len() != 1 {
                return 0.0;
            }
            containers[m]
                .iter()
                .map(|&c| c as usize)
                // Credited to someone else, the words are that person's
                // echo of the phrase, not a piece of the statement.
                .filter(|&c| {
                    c != other
                        && (self.speakers[m].is_none()
                            || self.speakers[c].is_none()
                            || self.speakers[m] == self.speakers[c])
                })
                .filter_map(|c| self.quote_score_direct(c, other))
                .fold(0.0f32, f32::max)
        };
        Some(direct.max(through(i, j)).max(through(j, i)))
    }

    fn quote_score_direct(&self, i: usize, j: usize) -> Option<f32> {
        let (wa, wb) = (&self.quote_words[i], &self.quote_words[j]);
        let ((short, short_joined), (long, long_joined)) = if wa.len() <= wb.len() {
            ((wa, &self.quote_joined[i]), (wb, &self.quote_joined[j]))
        } else {
            ((wb, &self.quote_joined[j]), (wa, &self.quote_joined[i]))
        };
        if let (Some(x), Some(y)) = (self.speakers[i], self.speakers[j])
            && x != y
        {
            let document = self.prepared.document_voice;
            if x == document || y == document {
                // A document's words and a person's are two statements,
                // however alike ("the suit states" / "Perez said", the
                // chairman echoing the complaint he filed), unless one
                // quotes a passage of the other word for word: a phrase or
                // two they share is the echo.
                let quoted = short.len() >= WHO_SAID_IT_RUN && contains_run(short, long);
                return Some(if quoted { 0.8 } else { 0.0 });
            }
            // One long run of the same words credited to two people is one
            // statement whose speaker outlets dispute ("who said it");
            // shorter shared wording is two people saying alike.
            let other_outlet = self.ctx[i].article != self.ctx[j].article;
            let run = longest_common_run(wa, wb);
            return Some(if other_outlet && run >= WHO_SAID_IT_RUN {
                0.9
            } else {
                0.0
            });
        }
        if short.is_empty() {
            return Some(0.0);
        }
        let same_speaker = self.speakers[i].is_some() && self.speakers[i] == self.speakers[j];
        // "good will" and "goodwill" are one word spelt two ways.
        if contains_run(short, long)
            || (short.len() >= 4
                && long.len() > short.len()
                && long_joined.contains(short_joined.as_str()))
        {
            // A long shared wording is the same quote wherever it appears,
            // and so is a word or two of the same speaker's longer statement
            // ("So disgraceful that …" / "disgraceful"); a word or two from
            // anyone else ("catastrophe") also needs the sentences to agree.
            if short.len() >= 4 || same_speaker {
                // An article echoing its own quote ties less than another
                // outlet quoting it, so that outlets' quotes meet first; a
                // fragment of a much longer quote may quote another
                // statement with the same phrase, so it ties less than one
                // that is most of it.
                let echo = self.ctx[i].article == self.ctx[j].article;
                let most = same_speaker || short.len() * 3 >= long.len();
                return Some(match (echo, most) {
                    (true, _) => 0.6,
                    (false, true) => 1.0,
                    (false, false) => 0.8,
                });
            }
            // A word the corpus uses only in these quotes makes the phrase
            // itself the evidence ("pre-preliminary stages").
            let shorter = if wa.len() <= wb.len() { i } else { j };
            let ctx = self.ctx[i].bag.cosine(&self.ctx[j].bag);
            return Some(if ctx >= 0.08 || self.distinctive[shorter] {
                0.9
            } else {
                UNCONFIRMED_WORDING
            });
        }
        let run = longest_common_run(short, long);
        if run >= 6 {
            return Some(0.85);
        }
        let unnamed = self.speakers[i].is_none() || self.speakers[j].is_none();
        // A phrase of content words quoted alike by two outlets ("defend
        // our constitutional authorities"), each around it quoting more or
        // less of the statement, is one statement when the phrase is most
        // of the shorter quote; a run of function words ("we are going
        // to") is anyone's.
        if run >= PHRASE_RUN
            && run * 2 >= short.len()
            && (same_speaker || unnamed)
            && self.ctx[i].article != self.ctx[j].article
            && shared_terms(&self.quote_terms[i], &self.quote_terms[j]) >= PHRASE_RUN - 1
        {
            return Some(0.7);
        }
        // The same words in the same order with a word or two changed
        // ("we'll win at the court" / "and we'll win in the court") is a
        // transcription variant of one statement.
        if short.len() >= 4
            && long.len() * 2 <= short.len() * 3
            && common_subsequence(short, long) * 5 >= short.len() * 4
        {
            return Some(0.75);
        }
        // A short quote reworded a little inside a statement at least twice
        // as long, of the same voice ("join international efforts to halt tests" / "...
        // will join international efforts and efforts to halt the test
        // ..."): most of its words, in order, within a stretch not much
        // longer than itself.
        if short.len() >= LOCAL_MIN_WORDS
            && long.len() >= 2 * short.len()
            && (same_speaker || unnamed)
            && local_subsequence(short, long) * 5 >= short.len() * 4
        {
            return Some(0.7);
        }
        // Reworded by one speaker, or by a speaker one outlet leaves
        // unnamed, in sentences about the same thing.
        // One speaker's statement translated twice ("the site has done its
        // job" / "the site has completed its mission") keeps fewer of its
        // words than an unnamed one needs to be taken for the same.
        let share = if same_speaker {
            SAME_VOICE_SHARE
        } else {
            ANY_VOICE_SHARE
        };
        if paraphrase(&self.quote_terms[i], &self.quote_terms[j], share)
            && (same_speaker
                || (unnamed && self.ctx[i].bag.cosine(&self.ctx[j].bag) >= PARAPHRASE_CONTEXT))
        {
            return Some(0.6);
        }
        let (ta, tb) = (trigrams(short), trigrams(long));
        let shared = if ta.is_empty() {
            0.0
        } else {
            count_shared(&ta, &tb) as f32 / ta.len() as f32
        };
        if shared >= 0.6 {
            return Some(0.7);
        }
        // One speaker's words in two quotes a sentence apart in one article
        // may be one statement the outlet broke up ("…,” she said. “…”):
        // no tie on their own, but no evidence against either when another
        // outlet quotes them as one.
        let (a, b) = (&self.ctx[i], &self.ctx[j]);
        if same_speaker && a.article == b.article && a.sentence.abs_diff(b.sentence) <= 1 {
            return Some(UNCONFIRMED_WORDING);
        }
        // Two pieces of a statement another quote holds whole: no tie of
        // their own, and no evidence against.
        if super::quotes::share_container(&self.prepared.quote_containers, i, j) {
            return Some(UNCONFIRMED_WORDING);
        }
        Some(shared * 0.5)
    }
}

impl Scorer<'_> {
    /// Whether quote `m` holds stretch `p` of a quotation split at an
    /// ellipsis and goes on, beside it, in words that reword the
    /// quotation's next (or previous) stretch: "X, and we'll do it one way
    /// or the other" against "X … one way or the other, we have to do it"
    /// is one statement quoted two ways, not X quoted alike. Words beside
    /// `p` that share nothing with the other stretch are what the ellipsis
    /// left out.
    pub fn reworded_beyond(&self, p: usize, m: usize) -> bool {
        let (wp, wm) = (&self.quote_words[p], &self.quote_words[m]);
        let Some(k) = (!wp.is_empty())
            .then(|| wm.windows(wp.len()).position(|w| w == wp.as_slice()))
            .flatten()
        else {
            return false;
        };
        let reworded = |piece: Option<usize>, beside: &[u32]| {
            piece.is_some_and(|q| {
                let wq = &self.quote_words[q];
                !beside.is_empty()
                    && !contains_run(wq, wm)
                    && longest_common_run(beside, wq) >= REWORDED_RUN
            })
        };
        let prepared = self.prepared;
        reworded(prepared.next_piece[p], &wm[k + wp.len()..])
            || reworded(prepared.prev_piece[p], &wm[..k])
    }
}

/// Words in one run that make a quote's words beside a stretch a
/// rewording of the quotation's neighbouring stretch.
const REWORDED_RUN: usize = 3;

/// Whether two quotes by one speaker say the same thing in other words
/// ("We are still hearing voices under the rubble" / "We can still hear
/// voices beneath the rubble"): most content words of the shorter appear in
/// the longer, and the longer is not a much longer statement that merely
/// touches the same subjects.
fn paraphrase(a: &[u32], b: &[u32], share: (usize, usize)) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 3 || long.len() > 2 * short.len() {
        return false;
    }
    let shared = short
        .iter()
        .filter(|t| long.binary_search(t).is_ok())
        .count();
    shared >= 3 && shared * share.1 >= short.len() * share.0
}

/// Content words two sorted term lists share.
fn shared_terms(a: &[u32], b: &[u32]) -> usize {
    a.iter().filter(|t| b.binary_search(t).is_ok()).count()
}

/// Words in a row two outlets' quotes must share, all but one of them
/// content words, to be one statement quoted at different lengths.
const PHRASE_RUN: usize = 4;

/// The share of the shorter quote's content words (numerator,
/// denominator) the longer must hold to reword it: three quarters when
/// the speakers may differ, three fifths for one speaker's words.
const ANY_VOICE_SHARE: (usize, usize) = (3, 4);
const SAME_VOICE_SHARE: (usize, usize) = (3, 5);

/// The distinct runs of three words, sorted.
fn trigrams<T: Ord>(words: &[T]) -> Vec<&[T]> {
    let mut t: Vec<&[T]> = words.windows(3).collect();
    t.sort_unstable();
    t.dedup();
    t
}

/// How many entries two sorted, deduplicated lists share.
fn count_shared<T: Ord>(a: &[&[T]], b: &[&[T]]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Length in words of the longest run the two share. Quotes are capped in
/// length by the caller's tokenisation; this is O(|a|·|b|).
pub fn longest_common_run<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let (a, b) = (&a[..a.len().min(400)], &b[..b.len().min(400)]);
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    let mut best = 0;
    for x in a {
        cur.fill(0);
        for (k, y) in b.iter().enumerate() {
            if x == y {
                cur[k + 1] = prev[k] + 1;
                best = best.max(cur[k + 1]);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// Fewest words a quote needs to be found reworded inside a longer one.
const LOCAL_MIN_WORDS: usize = 5;

/// The most words of `short` found in order within any stretch of `long`
/// at most half as long again as `short`: a common subsequence that may
/// not spread across a long statement.
pub fn local_subsequence<T: PartialEq>(short: &[T], long: &[T]) -> usize {
    let width = short.len() * 3 / 2;
    let present = short.iter().filter(|w| long.contains(w)).count();
    if present * 5 < short.len() * 4 {
        // Too few of its words anywhere in `long` to be found in a part.
        return present;
    }
    (0..long.len())
        .filter(|&s| short.contains(&long[s]))
        .map(|s| common_subsequence(short, &long[s..(s + width).min(long.len())]))
        .max()
        .unwrap_or(0)
}

/// Length in words of the longest common subsequence: the words two
/// quotes share in the same order, gaps allowed. O(|a|·|b|), capped.
pub fn common_subsequence<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let (a, b) = (&a[..a.len().min(400)], &b[..b.len().min(400)]);
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (k, y) in b.iter().enumerate() {
            cur[k + 1] = if x == y {
                prev[k] + 1
            } else {
                cur[k].max(prev[k + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn paraphrase_needs_shared_words_and_similar_length() {
        let any = ANY_VOICE_SHARE;
        assert!(paraphrase(&[1, 2, 3, 4], &[1, 2, 3, 4, 5, 6], any));
        assert!(
            !paraphrase(&[1, 2, 3, 4], &[1, 2, 7, 8], any),
            "half shared"
        );
        assert!(
            !paraphrase(&[1, 2, 3], &[1, 2, 3, 4, 5, 6, 7, 8, 9], any),
            "much longer"
        );
        assert!(!paraphrase(&[1, 2], &[1, 2], any), "too short to tell");
    }

    #[test]
    fn one_voice_rewords_with_fewer_words_kept() {
        // Three of five: a translation of one speaker's words, not yet
        // enough for words that may be two people's.
        let (a, b) = ([1, 2, 3, 4, 5], [1, 2, 3, 6, 7, 8]);
        assert!(paraphrase(&a, &b, SAME_VOICE_SHARE));
        assert!(!paraphrase(&a, &b, ANY_VOICE_SHARE));
        assert!(
            !paraphrase(&[1, 2, 4, 5, 9], &b, SAME_VOICE_SHARE),
            "two of five"
        );
    }

    #[test]
    fn word_containment_agrees_with_the_joined_quotes() {
        let cases = [
            ("sounds good", "it sounds good to me"),
            ("sound good", "it sounds good to me"),
            ("good to", "good good to me"),
            ("a a", "a a a"),
            ("me", "it sounds good to me"),
            ("it sounds good to me", "it sounds good to me"),
            ("to me too", "it sounds good to me"),
        ];
        for (a, b) in cases {
            let (wa, wb) = (words(a), words(b));
            assert_eq!(
                contains_run(&wa, &wb),
                crate::engine::link::compat::quote_contained(a, b),
                "{a:?} in {b:?}"
            );
        }
        assert!(!contains_run(&[], &words("a b")));
    }

    #[test]
    fn shared_trigrams_are_counted_once() {
        let a = words("we will win we will win");
        let b = words("and we will win again");
        let (ta, tb) = (trigrams(&a), trigrams(&b));
        assert_eq!(ta.len(), 3, "{ta:?}");
        assert_eq!(count_shared(&ta, &tb), 1);
    }

    #[test]
    fn common_run_counts_contiguous_words() {
        let a = words("i look forward to having a meeting");
        let b = words("and i look forward to meeting him");
        assert_eq!(longest_common_run(&a, &b), 4);
        assert_eq!(longest_common_run(&a, &[]), 0);
    }

    #[test]
    fn local_subsequence_keeps_to_one_stretch_of_the_longer_quote() {
        let short = words("we will join the talks to end the war");
        let near =
            words("first of all we will join the peace talks and talks to end that war soon");
        assert_eq!(local_subsequence(&short, &near), 8);
        let spread = words(
            "we will see whether to join them and the talks may end but the war goes on and on",
        );
        assert!(local_subsequence(&short, &spread) * 5 < short.len() * 4);
    }

    #[test]
    fn common_subsequence_allows_gaps_but_keeps_order() {
        let a = words("we will win at the court");
        let b = words("and we will win in the court");
        assert_eq!(common_subsequence(&a, &b), 5);
        let reversed = words("court the at win will we");
        assert_eq!(common_subsequence(&a, &reversed), 1);
        assert_eq!(common_subsequence(&a, &[]), 0);
    }
}
