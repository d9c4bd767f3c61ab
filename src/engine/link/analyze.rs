//! The whole pass: extract every article, build contexts, link, judge.

use std::collections::{HashMap, HashSet};

use rust_stemmers::{Algorithm, Stemmer};

use super::cluster::{PairScore, agglomerate};
use super::compat::compatible;
use super::context::{ArticleTerms, Bag, Vocab, Words, article_terms, window};
use super::explain::{Explanation, trace};
use super::facts::{Fact, FactSet, Mention, Status};
use super::label;
use super::lexicon::Lexicon;
use super::score::{MentionCtx, Scorer};
use super::statement::{STATEMENT, dates_a_statement};
use super::tokens::{first_token_at, tokenize};
use crate::engine::chrome;
use crate::engine::extract::{self, entity};
use crate::engine::load::Corpus;
use crate::engine::model::{DocInfo, Kind, Value};

/// A pair must score this much to start a merge, and two groups must
/// average this much to merge. Chosen on the seeds and on the held-out
/// style clusters in `tests/fixtures/clusters/`.
const EDGE_MIN: f32 = 0.25;
const AVG_MIN: f32 = 0.22;
const QUOTE_MIN: f32 = 0.5;
/// How far (in effective tokens) an event noun may be from a value and
/// still be what the value is about.
const EVENT_REACH: f32 = 8.0;

/// Past this many mentions in one block, only pairs that share a strong
/// context word are scored, which keeps linking far from quadratic.
const EXHAUSTIVE_BLOCK: usize = 400;
/// Context words shared by more mentions than this are too common to
/// propose pairs on their own.
const MAX_POSTING: usize = 300;

pub fn analyze(corpus: &Corpus) -> FactSet {
    analyze_explained(corpus, false).0
}

/// Like [`analyze`], and with `explain` also the evidence behind each link.
pub fn analyze_explained(corpus: &Corpus, explain: bool) -> (FactSet, Option<Explanation>) {
    let lexicon = Lexicon::new();
    let stemmer = Stemmer::create(Algorithm::English);
    let mut vocab = Vocab::default();

    let extractor = extract::Extractor::new();
    let mut mentions: Vec<Mention> = Vec::new();
    for (ai, a) in corpus.articles.iter().enumerate() {
        let doc = DocInfo {
            published: a.meta.published,
        };
        let furniture = chrome::furniture(&a.text);
        for e in extractor.extract(&a.text, &doc) {
            // The page's own date line is metadata, not a fact of the story.
            let dates_the_page = a
                .meta
                .published_span
                .as_ref()
                .is_some_and(|p| p.start < e.span.end && e.span.start < p.end);
            if chrome::inside(&furniture, &e.span) || dates_the_page {
                continue;
            }
            mentions.push(Mention {
                article: ai,
                span: e.span,
                kind: e.kind,
                value: e.value,
                cue: e.cue,
            });
        }
    }
    canonicalize_entities(&mut mentions);

    let demonym = |w: &str| entity::demonym_country(w);
    let words = Words {
        lexicon: &lexicon,
        stemmer: &stemmer,
        demonym: &demonym,
    };
    let mut terms: Vec<ArticleTerms> = Vec::with_capacity(corpus.articles.len());
    for (ai, a) in corpus.articles.iter().enumerate() {
        let ents: Vec<_> = mentions
            .iter()
            .filter(|m| m.article == ai && m.kind.is_entity())
            .map(|m| {
                (
                    m.span.clone(),
                    entity_name(&m.value),
                    m.kind == Kind::Person,
                )
            })
            .collect();
        let mut values: Vec<_> = mentions
            .iter()
            .filter(|m| m.article == ai && !m.kind.is_entity() && m.kind != Kind::Quote)
            .map(|m| m.span.clone())
            .collect();
        values.sort_by_key(|r| (r.start, r.end));
        terms.push(article_terms(
            &a.text,
            tokenize(&a.text),
            &ents,
            &values,
            &words,
            &mut vocab,
        ));
    }
    let idf = sentence_idf(&terms, vocab.words.len());

    let ctx: Vec<MentionCtx> = mentions
        .iter()
        .map(|m| mention_ctx(m, &terms[m.article], &idf, &lexicon, &stemmer, &mut vocab))
        .collect();
    let quote_words: Vec<Vec<String>> = mentions
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
            } => Some(vocab.id(&format!("@{}", surname_key(s)))),
            _ => None,
        })
        .collect();
    let quote_terms: Vec<Vec<u32>> = quote_words
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
    let restated = restatements(corpus, &mentions);
    let kinds: Vec<Kind> = mentions.iter().map(|m| m.kind).collect();
    let values: Vec<Value> = mentions.iter().map(|m| m.value.clone()).collect();
    let scorer = Scorer {
        kinds: &kinds,
        values: &values,
        ctx: &ctx,
        quote_words: &quote_words,
        speakers: &speakers,
        quote_terms: &quote_terms,
        restated: &restated,
    };

    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut pairs = Vec::new();
    for (key, block) in blocks(&mentions) {
        let (edge_min, avg_min) = match key.0 {
            Kind::Person | Kind::Org | Kind::Place => {
                groups.push(block);
                continue;
            }
            Kind::Quote => (QUOTE_MIN, 0.0),
            _ => (EDGE_MIN, AVG_MIN),
        };
        let (found, scored) = cluster_block(&block, &scorer, &ctx, edge_min, avg_min);
        groups.extend(found);
        if explain {
            pairs.extend(scored);
        }
    }
    let explanation = explain.then(|| Explanation {
        contexts: ctx.iter().map(|c| trace(c, &vocab)).collect(),
        pairs,
    });
    (build_facts(mentions, groups, &ctx, &vocab), explanation)
}

/// The word a measure is of, when the extractor named none: "two days of
/// deliberations", "three days deliberating", "$5m in aid".
fn following_noun(kind: Kind, at: &ArticleTerms, last: usize) -> Option<String> {
    if !matches!(
        kind,
        Kind::Duration | Kind::Count | Kind::Money | Kind::Quantity
    ) {
        return None;
    }
    let sentence = at.tokens.get(last.checked_sub(1)?)?.sentence;
    let mut j = last;
    if at
        .tokens
        .get(j)
        .is_some_and(|t| matches!(t.lower.as_str(), "of" | "in"))
    {
        j += 1;
    }
    let t = at.tokens.get(j)?;
    (t.sentence == sentence && at.terms[j].is_some() && !t.capitalized).then(|| t.lower.clone())
}

/// Values restated in brackets right after another of the same kind: "18
/// km (11 miles)", "7:37 a.m. local time (0437 GMT)". They are one
/// statement in two units, whatever their contexts say.
fn restatements(corpus: &Corpus, mentions: &[Mention]) -> HashSet<(usize, usize)> {
    let mut out = HashSet::new();
    for (i, w) in mentions.windows(2).enumerate() {
        let (a, b) = (&w[0], &w[1]);
        if a.article != b.article
            || a.kind != b.kind
            || !matches!(a.kind, Kind::Quantity | Kind::Time | Kind::Duration)
            || b.span.start < a.span.end
        {
            continue;
        }
        let between = &corpus.articles[a.article].text[a.span.end..b.span.start];
        let bracket = between
            .trim()
            .trim_end_matches(|c: char| c.is_alphabetic() || c == ' ');
        if between.len() <= 12 && bracket == "(" && compatible(&a.value, &b.value) != Some(false) {
            out.insert((i, i + 1));
        }
    }
    out
}

fn entity_name(v: &Value) -> String {
    match v {
        Value::Entity { canonical } => canonical.clone(),
        _ => String::new(),
    }
}

/// Speakers are compared by last name, so "Trump" and "Donald Trump" meet.
fn surname_key(name: &str) -> String {
    name.split_whitespace()
        .last()
        .unwrap_or(name)
        .to_lowercase()
}

/// Maps every entity to the fullest name the corpus gives it.
fn canonicalize_entities(mentions: &mut [Mention]) {
    let names: Vec<(Kind, String)> = mentions
        .iter()
        .filter(|m| m.kind.is_entity())
        .map(|m| (m.kind, entity_name(&m.value)))
        .collect();
    let map = entity::canonical_names(&names);
    for m in mentions.iter_mut().filter(|m| m.kind.is_entity()) {
        if let Value::Entity { canonical } = &mut m.value
            && let Some(full) = map.get(canonical.as_str())
        {
            *canonical = full.clone();
        }
    }
}

/// Inverse sentence frequency: a word found in most sentences of the
/// corpus tells little about which fact a sentence states.
fn sentence_idf(terms: &[ArticleTerms], n_terms: usize) -> Vec<f32> {
    let mut df = vec![0u32; n_terms];
    let mut sentences = 0u32;
    for at in terms {
        let mut last: Option<u32> = None;
        let mut seen: Vec<u32> = Vec::new();
        for (t, term) in at.tokens.iter().zip(&at.terms) {
            if last != Some(t.sentence) {
                for s in seen.drain(..) {
                    df[s as usize] += 1;
                }
                sentences += 1;
                last = Some(t.sentence);
            }
            if let Some(id) = term
                && !seen.contains(id)
            {
                seen.push(*id);
            }
        }
        for s in seen.drain(..) {
            df[s as usize] += 1;
        }
    }
    // Square-rooted: a rare word next to one mention is as often noise as
    // signal, and must not drown the shared ordinary words ("sanctions").
    df.iter()
        .map(|&d| {
            (1.0 + sentences.max(1) as f32 / d.max(1) as f32)
                .ln()
                .sqrt()
        })
        .collect()
}

fn mention_ctx(
    m: &Mention,
    at: &ArticleTerms,
    idf: &[f32],
    lexicon: &Lexicon,
    stemmer: &Stemmer,
    vocab: &mut Vocab,
) -> MentionCtx {
    let first = first_token_at(&at.tokens, m.span.start);
    let mut last = first;
    while last < at.tokens.len() && at.tokens[last].span.start < m.span.end {
        last += 1;
    }
    let is_event = |t: u32| vocab.words[t as usize].starts_with('~');
    let (raw, event) = if first < at.tokens.len() {
        let w = window(at, first, last.max(first + 1), &is_event);
        (w.bag, w.event)
    } else {
        (HashMap::new(), None)
    };
    // Only an event noun in the value's own phrase names what it is about;
    // a date on a reporting verb ("said on Friday") dates the statement.
    let event = if matches!(m.kind, Kind::Date | Kind::Time) && dates_a_statement(at, first, last) {
        Some(vocab.id(STATEMENT))
    } else {
        event.filter(|(_, d)| *d <= EVENT_REACH).map(|(t, _)| t)
    };
    // Synonym groups are event and measure nouns ("call", "killed"): when
    // one is near a value it names what the value is about.
    let weighted = raw
        .into_iter()
        .map(|(t, w)| {
            let event = if vocab.words[t as usize].starts_with('~') {
                1.5
            } else {
                1.0
            };
            (t, w * event * idf.get(t as usize).copied().unwrap_or(1.0))
        })
        .collect();
    let persons = at
        .tokens
        .get(first)
        .and_then(|t| at.persons.get(&t.sentence))
        .cloned()
        .unwrap_or_default();
    let cue = m
        .cue
        .as_deref()
        .and_then(|c| c.split_whitespace().last().map(str::to_lowercase))
        .or_else(|| following_noun(m.kind, at, last))
        .map(|head| match lexicon.concept(&head) {
            Some(concept) => vocab.id(concept),
            None => vocab.id(&stemmer.stem(&head)),
        });
    let sentence = at.tokens.get(first).map(|t| t.sentence).unwrap_or(u32::MAX);
    MentionCtx {
        article: m.article,
        sentence,
        bag: Bag::from_map(weighted),
        persons,
        cue,
        event,
    }
}

type BlockKey = (Kind, String);
/// Two mention indices and their link score.
type Pair = (usize, usize, f32);

/// Mentions that could possibly be one fact: same kind, and for money and
/// measures the same currency or unit; entities by name.
fn blocks(mentions: &[Mention]) -> Vec<(BlockKey, Vec<usize>)> {
    let mut map: HashMap<BlockKey, Vec<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let sub = match &m.value {
            Value::Money { currency, .. } => currency.clone(),
            Value::Quantity { unit, .. } => unit.clone(),
            Value::Entity { canonical } => canonical.to_lowercase(),
            _ => String::new(),
        };
        map.entry((m.kind, sub)).or_default().push(i);
    }
    let mut out: Vec<_> = map.into_iter().collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Scores candidate pairs of one block and clusters them. Returns the
/// groups and the scored pairs (as mention indices).
fn cluster_block(
    block: &[usize],
    scorer: &Scorer,
    ctx: &[MentionCtx],
    edge_min: f32,
    avg_min: f32,
) -> (Vec<Vec<usize>>, Vec<Pair>) {
    let pairs = candidate_pairs(block, ctx);
    let edges: Vec<(usize, usize, f32)> = pairs
        .into_iter()
        .filter_map(|(a, b)| scorer.score(block[a], block[b]).map(|s| (a, b, s)))
        .collect();
    struct Local<'a> {
        block: &'a [usize],
        scorer: &'a Scorer<'a>,
    }
    impl PairScore for Local<'_> {
        fn score(&self, a: usize, b: usize) -> Option<f32> {
            self.scorer.score(self.block[a], self.block[b])
        }
    }
    let local = Local { block, scorer };
    let scored = edges
        .iter()
        .map(|&(a, b, s)| (block[a], block[b], s))
        .collect();
    let groups = agglomerate(block.len(), edges, &local, edge_min, avg_min)
        .into_iter()
        .map(|g| g.into_iter().map(|i| block[i]).collect())
        .collect();
    (groups, scored)
}

/// All pairs for a small block; for a large one, only pairs that share one
/// of their strongest context words (an inverted index over those words).
fn candidate_pairs(block: &[usize], ctx: &[MentionCtx]) -> Vec<(usize, usize)> {
    let n = block.len();
    if n <= EXHAUSTIVE_BLOCK {
        return (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .collect();
    }
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (local, &m) in block.iter().enumerate() {
        let mut top = ctx[m].bag.terms.clone();
        top.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
        for (t, _) in top.into_iter().take(6) {
            postings.entry(t).or_default().push(local);
        }
        if let Some(c) = ctx[m].cue {
            postings.entry(c).or_default().push(local);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for list in postings.values() {
        if list.len() > MAX_POSTING {
            continue;
        }
        for (i, &a) in list.iter().enumerate() {
            for &b in &list[i + 1..] {
                pairs.push((a.min(b), a.max(b)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

fn judge(members: &[usize], mentions: &[Mention]) -> Status {
    // A fact stated twice by one article is still checked for agreement;
    // `single` means stated once.
    if members.len() == 1 {
        return Status::Single;
    }
    let kind = mentions[members[0]].kind;
    let mut any_conflict = false;
    for (i, &a) in members.iter().enumerate() {
        for &b in &members[i + 1..] {
            if mentions[a].article == mentions[b].article {
                continue;
            }
            if compatible(&mentions[a].value, &mentions[b].value) == Some(false) {
                any_conflict = true;
            }
        }
    }
    match (kind, any_conflict) {
        (Kind::Quote, true) => Status::Variant,
        (_, true) => Status::Conflict,
        _ => Status::Agree,
    }
}

fn build_facts(
    mentions: Vec<Mention>,
    mut groups: Vec<Vec<usize>>,
    ctx: &[MentionCtx],
    vocab: &Vocab,
) -> FactSet {
    for g in &mut groups {
        g.sort_by_key(|&m| (mentions[m].article, mentions[m].span.start));
    }
    groups.sort_by_key(|g| (mentions[g[0]].article, mentions[g[0]].span.start));
    let mut fact_of = vec![0; mentions.len()];
    let mut facts = Vec::with_capacity(groups.len());
    for (fi, g) in groups.into_iter().enumerate() {
        for &m in &g {
            fact_of[m] = fi;
        }
        let first = &mentions[g[0]];
        let label = fact_label(&g, &mentions, ctx, vocab);
        facts.push(Fact {
            id: format!("f{}", fi + 1),
            kind: first.kind,
            label,
            status: judge(&g, &mentions),
            mentions: g,
        });
    }
    FactSet {
        mentions,
        facts,
        fact_of,
    }
}

fn fact_label(g: &[usize], mentions: &[Mention], ctx: &[MentionCtx], vocab: &Vocab) -> String {
    let first = &mentions[g[0]];
    match &first.value {
        Value::Entity { canonical } => return canonical.clone(),
        Value::Quote { speaker, .. } => {
            let who = g.iter().find_map(|&m| match &mentions[m].value {
                Value::Quote {
                    speaker: Some(s), ..
                } => Some(s.clone()),
                _ => None,
            });
            let who = who.or_else(|| speaker.clone());
            return label::compose(who.as_deref(), "quote");
        }
        _ => {}
    }
    let cues: Vec<Option<String>> = g.iter().map(|&m| mentions[m].cue.clone()).collect();
    let bags: Vec<&[(u32, f32)]> = g.iter().map(|&m| ctx[m].bag.terms.as_slice()).collect();
    let surface = |t: u32| vocab.readable(t);
    let subject = label::subject(&cues, &bags, &surface);
    label::compose(
        subject.as_deref(),
        label::attribute(first.kind, &first.value),
    )
}
