//! Who said a quote: the person the sentence names as its speaker.

use std::cell::RefCell;
use std::ops::Range;

use super::Span;
use crate::engine::extract::entity::gazetteer::Gazetteer;
use crate::engine::extract::entity::names::{Lexicon, Tok, is_capitalised, tokenize};
use crate::engine::wordnet::Lexicon as WordNet;

pub(super) struct Attributor<'a> {
    text: &'a str,
    lex: &'a Lexicon,
    gaz: &'a Gazetteer,
    wordnet: WordNet,
    /// Person mentions outside quotes, in text order.
    persons: Vec<Range<usize>>,
    /// Persons introduced with a title, with the title lowercased
    /// ("Secretary of State Marco Rubio": "secretary of state"), in text
    /// order.
    titled: Vec<(Range<usize>, String)>,
    /// The previous quote's end and speaker: "he added" after a quote
    /// usually means whoever said that quote.
    last_said: RefCell<Option<(usize, Option<String>)>>,
}

impl<'a> Attributor<'a> {
    pub(super) fn new(
        text: &'a str,
        lex: &'a Lexicon,
        gaz: &'a Gazetteer,
        persons: Vec<Range<usize>>,
        titled: Vec<(Range<usize>, String)>,
    ) -> Self {
        Attributor {
            text,
            lex,
            gaz,
            wordnet: WordNet::embedded(),
            persons,
            titled,
            last_said: RefCell::new(None),
        }
    }

    /// Records the speaker of the quote that ended at `end`.
    pub(super) fn said(&self, end: usize, speaker: Option<String>) {
        *self.last_said.borrow_mut() = Some((end, speaker));
    }

    fn toks(&self, r: Range<usize>) -> Vec<Tok> {
        tokenize(&self.text[r.clone()], self.lex)
            .into_iter()
            .map(|t| Tok {
                start: t.start + r.start,
                end: t.end + r.start,
                ..t
            })
            .collect()
    }

    fn w(&self, t: &Tok) -> &str {
        t.text(self.text)
    }

    fn is_verb(&self, toks: &[Tok], i: usize) -> bool {
        let w = self.w(&toks[i]).to_lowercase();
        if w == "according" {
            return toks.get(i + 1).is_some_and(|t| self.w(t) == "to");
        }
        self.lex.is_speech_verb(&w)
    }

    fn is_pronoun(&self, t: &Tok) -> bool {
        matches!(self.w(t), "he" | "she" | "He" | "She")
    }

    fn name(&self, r: &Range<usize>) -> String {
        self.text[r.clone()].to_string()
    }

    /// The most recent person named shortly before `pos`, for "he said";
    /// `pronoun` is where the pronoun itself stands, when known.
    fn resolve(&self, pos: usize, pronoun: Option<usize>) -> Option<String> {
        self.resolve_within(pos, pronoun, 2)
    }

    fn resolve_within(&self, pos: usize, pronoun: Option<usize>, hops: u8) -> Option<String> {
        let recent = self.persons.iter().rev().find(|p| p.end <= pos);
        if let Some((end, who)) = self.last_said.borrow().as_ref()
            && pos.saturating_sub(*end) <= 600
            && recent.is_none_or(|p| p.end <= *end)
        {
            // An unnamed previous speaker stays unnamed, rather than
            // passing the quote to someone merely mentioned nearby.
            return who.clone();
        }
        let mut near = self
            .persons
            .iter()
            .rev()
            .filter(|p| p.end <= pos)
            .take_while(|p| pos - p.end <= 600);
        let last = near.next()?;
        let earlier: Vec<&Range<usize>> = near
            .take_while(|p| self.one_sentence(&self.text[p.end..last.start]))
            .collect();
        // "Trump alluded to Pompeo's mission when he said": a name in the
        // possessive modifies a noun, and "he" is the subject named before
        // it in that sentence; alone in its sentence ("Trump's comments
        // suggested he …") it is the one meant.
        if let Some(subject) = earlier.first().filter(|_| self.possessive(last)) {
            return Some(self.name(subject));
        }
        // "Trump said he would talk with Mueller. He said …", and "“…,” he
        // said" after such a sentence: a pronoun that is its sentence's
        // subject continues the subject of the sentence before (subject
        // preference in pronoun resolution), not its object named last;
        // where that subject is itself "He", it is followed one more step.
        let subject_pronoun = pronoun.is_some_and(|at| {
            at >= last.end
                && !self.one_sentence(&self.text[last.end..at])
                && self.pronoun_is_subject(at)
        });
        if subject_pronoun {
            let first = earlier.last().copied().unwrap_or(last);
            if self.opens_sentence(first.start) {
                return Some(self.name(first));
            }
            let start = self.sentence_start(last.start);
            if hops > 0 && self.pronoun_opens(start) {
                return self.resolve_within(start, Some(start), hops - 1);
            }
        }
        Some(self.name(last))
    }

    /// Whether "He" or "She" starts a sentence at `at`.
    fn pronoun_opens(&self, at: usize) -> bool {
        let rest = &self.text[at..];
        (rest.starts_with("He ") || rest.starts_with("She ")) && self.sentence_start(at) == at
    }

    /// Whether the pronoun at `at` is its sentence's subject: it opens the
    /// sentence, or follows a quote that does ("“…,” he said").
    fn pronoun_is_subject(&self, at: usize) -> bool {
        let start = self.sentence_start(at);
        self.pronoun_opens(at) || (start < at && self.text[start..].starts_with(['"', '\u{201c}']))
    }

    /// Where the sentence holding `at` starts: after the last sentence end
    /// or line break before it.
    fn sentence_start(&self, at: usize) -> usize {
        let line = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let mut start = at;
        for (i, w) in self.text[line..at].split_whitespace().rev().enumerate() {
            if i >= 80 || !self.one_sentence(w) {
                break;
            }
            // `w` is a slice of the text, so its offset is exact.
            start = w.as_ptr() as usize - self.text.as_ptr() as usize;
        }
        start
    }

    /// Whether a name starting at `at` is its sentence's subject: nothing
    /// but capitalised title words ("Defense Secretary", "Ohio Rep.") stands
    /// between it and the sentence start.
    fn opens_sentence(&self, at: usize) -> bool {
        let lead: Vec<&str> = self.text[self.sentence_start(at)..at]
            .split_whitespace()
            .collect();
        lead.len() <= 4
            && lead.iter().all(|w| {
                let w = w.trim_start_matches(['"', '\u{201c}']);
                // "But Ms. Coulter …": a capitalised function word opens
                // the sentence, and the name is not its first word.
                is_capitalised(w) && !self.lex.is_stop(&w.to_lowercase())
            })
    }

    /// Whether `between` holds no sentence end ("Mr." and "Dr." are none).
    fn one_sentence(&self, between: &str) -> bool {
        !between.contains('\n')
            && between
                .split_whitespace()
                .all(|w| match w.strip_suffix('.') {
                    Some(word) => {
                        self.lex.is_honorific(word) || self.lex.is_abbrev(word) || initialism(word)
                    }
                    None => !w.ends_with(['!', '?']),
                })
    }

    /// Whether the name at `r` is followed by "'s".
    fn possessive(&self, r: &Range<usize>) -> bool {
        let rest = &self.text[r.end..];
        rest.starts_with("'s") || rest.starts_with("\u{2019}s")
    }

    /// A lone capitalised word that can only be a surname ("Okafor said").
    fn bare_name(&self, t: &Tok) -> Option<String> {
        let w = self.w(t);
        let plausible = is_capitalised(w)
            && !self.lex.is_stop(w)
            && !self.lex.is_common(w)
            && !self.lex.is_title(w)
            && !self.gaz.is_place(w)
            && !self.gaz.is_demonym(w)
            && !self.lex.is_known_org(w)
            && w.chars().all(char::is_alphabetic);
        plausible.then(|| w.to_string())
    }

    /// Where the subject of speech verb `vi` ends: before a clause set off
    /// by commas right before the verb ("Stone, an adviser to Mr. Trump,
    /// said"; "The president, sitting next to Mr. Abe, said"), whose names
    /// are not the speaker; else at the verb.
    fn subject_end(&self, toks: &[Tok], from: usize, vi: usize) -> usize {
        let gap = |i: usize| &self.text[toks[i - 1].end..toks[i].start];
        if vi == 0 || vi <= from || !gap(vi).contains(',') {
            return vi;
        }
        (from + 1..vi)
            .rev()
            .find(|&i| gap(i).contains(','))
            .unwrap_or(vi)
    }

    /// "the president said": the one person the article introduced with
    /// that title before `pos`. With two presidents named, the description
    /// is left unresolved rather than guessed.
    fn described(&self, toks: &[Tok], from: usize, end: usize, pos: usize) -> Option<String> {
        let head = toks[from..end]
            .iter()
            .rposition(|t| self.w(t).eq_ignore_ascii_case("the"))?;
        let title = toks[from + head + 1..end].last()?;
        let title = self.w(title).to_lowercase();
        let mut holders = self
            .titled
            .iter()
            .filter(|(r, cue)| r.end <= pos && cue.split_whitespace().any(|w| w == title))
            .map(|(r, _)| self.name(r));
        let first = holders.next()?;
        let key = |n: &str| n.split_whitespace().last().map(str::to_owned);
        holders.all(|n| key(&n) == key(&first)).then_some(first)
    }

    /// "the suit states", "the 40-page indictment says": a document
    /// speaking for itself, named by "the" and its noun.
    fn document(&self, toks: &[Tok]) -> Option<String> {
        let (last, before) = toks.split_last()?;
        let noun = self.w(last).to_lowercase();
        let determined = before.iter().any(|t| {
            matches!(
                self.w(t).to_lowercase().as_str(),
                "the" | "its" | "their" | "this"
            )
        });
        (determined && self.wordnet.is_document(&noun))
            .then(|| format!("{}{noun}", super::DOCUMENT_ARTICLE))
    }

    /// Person between `from` and `to`, the last one, or a lone surname
    /// right before `to`, or a pronoun resolved backwards.
    fn subject(&self, toks: &[Tok], from: usize, vi: usize, anchor: usize) -> Option<String> {
        let end = self.subject_end(toks, from, vi);
        if end < vi && !(from..end).any(|i| self.is_pronoun(&toks[i])) {
            let lo = toks.get(from).map_or(toks[end].start, |t| t.start);
            let first = self
                .persons
                .iter()
                .rev()
                .find(|p| p.start >= lo && p.end <= toks[end].start);
            return match first {
                Some(p) => Some(self.name(p)),
                None => self.described(toks, from, end, anchor),
            };
        }
        let vstart = toks[vi].start;
        let lo = toks.get(from).map_or(vstart, |t| t.start);
        let last = self
            .persons
            .iter()
            .rev()
            .find(|p| p.start >= lo && p.end <= vstart);
        let pronoun = toks[from..vi]
            .iter()
            .rposition(|t| self.is_pronoun(t))
            .map(|i| toks[from + i]);
        match (last, pronoun) {
            (Some(p), Some(pr)) if pr.start > p.end => self.resolve(anchor, Some(pr.start)),
            (Some(p), _) => Some(self.name(p)),
            (None, Some(pr)) => self.resolve(anchor, Some(pr.start)),
            (None, None) => {
                let prev = vi.checked_sub(1).filter(|&i| i >= from)?;
                self.bare_name(&toks[prev])
                    .or_else(|| self.described(toks, vi.saturating_sub(4).max(from), vi, anchor))
                    .or_else(|| self.document(&toks[vi.saturating_sub(4).max(from)..vi]))
            }
        }
    }

    /// "said Marco Rubio", "said Secretary of State Marco Rubio".
    fn object(&self, toks: &[Tok], vi: usize, limit: usize) -> Option<String> {
        let v = toks[vi];
        let window_end = toks.get(vi + 6).map_or(limit, |t| t.end.min(limit));
        if let Some(p) = self
            .persons
            .iter()
            .find(|p| p.start >= v.end && p.end <= window_end)
        {
            return Some(self.name(p));
        }
        let next = toks.get(vi + 1).filter(|t| t.end <= limit)?;
        let gap = &self.text[v.end..next.start];
        if gap.trim().is_empty() {
            self.bare_name(next)
        } else {
            None
        }
    }

    pub(super) fn speaker(&self, q: &Span, lo: usize, hi: usize) -> Option<String> {
        // After the quote: “…,” Smith said / said Smith / he said.
        let mut after = self.toks(q.outer.end..hi.max(q.outer.end));
        if let Some(cut) = after
            .iter()
            .enumerate()
            .skip(1)
            .position(|(i, t)| self.text[after[i - 1].end..t.start].contains(['.', '!', '?']))
        {
            after.truncate(cut + 1);
        }
        let vi_after = (0..after.len()).find(|&i| self.is_verb(&after, i));
        // “It sounds good to me.” Mr. Petro responded ... — a quote that
        // ends its own sentence is attributed by what precedes it first.
        let closed_sentence = self.text[q.inner.end..q.outer.end].contains(['.', '!', '?']);
        if let Some(vi) = vi_after.filter(|&i| i < 6 && !closed_sentence) {
            return self
                .subject(&after, 0, vi, q.outer.start)
                .or_else(|| self.object(&after, vi, hi));
        }
        // Before it: Smith said: “…” / according to Smith, “…” / Smith: “…”.
        let mut before = self.toks(lo..q.outer.start);
        if let Some(s) = (1..before.len())
            .rev()
            .find(|&i| self.text[before[i - 1].end..before[i].start].contains(['.', '!', '?']))
        {
            before.drain(..s);
        }
        if let Some(vi) = (0..before.len()).rev().find(|&i| self.is_verb(&before, i)) {
            let subj = if self.w(&before[vi]).eq_ignore_ascii_case("according") {
                None
            } else {
                self.subject(&before, 0, vi, q.outer.start)
            };
            // "the U.S. president said, “…”" names no one; a later
            // sentence must not lend this quote its subject.
            return subj.or_else(|| self.object(&before, vi, q.outer.start));
        }
        if self.text[lo..q.outer.start].trim_end().ends_with(':') {
            let from = before.first().map_or(q.outer.start, |t| t.start);
            if let Some(p) = self
                .persons
                .iter()
                .find(|p| p.start >= from && p.end <= q.outer.start)
            {
                return Some(self.name(p));
            }
            if let Some(t) = before.first() {
                return if self.is_pronoun(t) {
                    self.resolve(q.outer.start, Some(t.start))
                } else {
                    self.bare_name(t)
                };
            }
        }
        let vi = vi_after?;
        self.subject(&after, 0, vi, q.outer.start)
            .or_else(|| self.object(&after, vi, hi))
    }
}

/// "U.S", "D.C" (the final period cut): letters each followed by a period,
/// an initialism rather than a sentence end.
fn initialism(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}
