//! Everything the linker knows of each mention before any pair is scored:
//! the mentions themselves, their contexts, and the corpus-wide measures
//! (word rarity, value rarity) those contexts are weighed by.

use std::collections::{HashMap, HashSet};

use rust_stemmers::{Algorithm, Stemmer};

use super::candidates::BestPartners;
use super::context::{ArticleTerms, Vocab, Words, article_terms};
use super::currency::{self, RateYear};
use super::facts::Mention;
use super::features;
use super::lexicon::Lexicon;
use super::mention_context::{add_concepts, idf_of, mention_ctx, sentence_df};
use super::naming::naming_weights;
use super::quotes;
use super::read::read_mentions;
use super::score::{MentionCtx, Scorer};
use super::statement::STATEMENT;
use super::time_anchor::{anchors, story_year};
use super::tokens::tokenize;
use super::weights::Model;
use crate::engine::extract::entity;
use crate::engine::fx::Rates;
use crate::engine::load::Corpus;
use crate::engine::model::{Interval, Kind, Value};
use crate::engine::wordnet::Lexicon as WordNet;

/// The linker's view of a corpus, built once and read by every pair test.
pub struct Prepared {
    pub mentions: Vec<Mention>,
    pub ctx: Vec<MentionCtx>,
    pub vocab: Vocab,
    pub kinds: Vec<Kind>,
    pub values: Vec<Value>,
    pub quote_words: Vec<Vec<u32>>,
    pub quote_joined: Vec<String>,
    pub speakers: Vec<Option<u32>>,
    /// The speaker term every document's quotes share (see `quotes::prepare`).
    pub document_voice: u32,
    /// The event term of a date that dates a statement (`statement.rs`).
    pub statement_event: u32,
    pub quote_terms: Vec<Vec<u32>>,
    /// For quotes: whether one of its words is found nowhere in the corpus
    /// but in quotes of it (see `quotes::prepare`).
    pub distinctive: Vec<bool>,
    /// For quotes split at an ellipsis: the next stretch of the quotation.
    pub next_piece: Vec<Option<usize>>,
    pub prev_piece: Vec<Option<usize>>,
    /// For quotes: the longer quotes holding each in full (see `quotes`).
    pub quote_containers: Vec<Vec<u32>>,
    pub restated: HashSet<(usize, usize)>,
    /// Each value's exact-value key (see `features::value_key`), interned.
    pub value_keys: Vec<Option<u32>>,
    pub rarity: Vec<f32>,
    /// Per context term: how surely it names a fact's measured thing, in
    /// [0, 1], and the word a label shows for it (see `naming_weights`).
    pub naming: Vec<super::naming::Naming>,
    /// The other values of each mention's sentence (see `mates`).
    pub mates: Vec<Vec<u32>>,
    /// How rare each value mention's measured thing (its cue) is among
    /// the corpus's values: "tests" counted twice says more than "people".
    pub cue_rarity: Vec<f32>,
    /// What each value is counted per (`distributive`).
    pub per_units: Vec<Vec<String>>,
    /// Values stated only as possible (`mood`).
    pub hypothetical: Vec<bool>,
    /// Values told as what usually happens ("normally", "on a normal
    /// day"; `mood`).
    pub habitual: Vec<bool>,
    /// Dates stated as bounds ("by Dec 2"; `mood::deadlines`).
    pub deadline: Vec<bool>,
    /// Values of sentences that set something else beside ("By
    /// comparison, …"; `contrast`).
    pub contrast: Vec<bool>,
    /// Counts out of a known set ("three of the stations"; `partitive`),
    /// and for the wholes parts are counted out of, the part ("2,350 of
    /// its 2,610").
    pub parts: Vec<bool>,
    pub wholes: Vec<Option<f64>>,
    /// Written ordinals ("the 36th minute"; `ordinal`).
    pub ordinals: Vec<bool>,
    /// Counts that hold a cardinal number (`ordinal::cardinals`).
    pub cardinals: Vec<bool>,
    /// Places in a stretch of time still running (`ordinal::running`).
    pub running: Vec<bool>,
    /// On whose word each figure is told (`source`).
    pub sources: Vec<Vec<u32>>,
    /// The possessive before each count (`dissent::possessors`).
    pub possessors: Vec<Option<Box<str>>>,
    /// The date mention setting each clock time's day (`time_day`).
    pub time_days: Vec<Option<usize>>,
    /// The day each article was published, when known.
    pub published: Vec<Option<jiff::civil::Date>>,
    /// Whether each percentage is a share or a change (`share_or_change`).
    pub natures: Vec<Option<super::share_or_change::Nature>>,
    /// The extent each length measures (`dimension`).
    pub extents: Vec<Option<super::dimension::Extent>>,
    /// Per mention: a length of time a count or change is told within
    /// ("the second strike in 16 years"), not the length of anything.
    pub windows: Vec<bool>,
    /// Figures told as estimates ("about 2,500"; `estimate`).
    pub estimates: Vec<bool>,
    /// Values written in figures ("90 per cent", "3.8%"), not in words
    /// ("almost half", "two in five").
    pub in_figures: Vec<bool>,
    /// The end of a change each value is told at (`endpoint`).
    pub ends: Vec<Option<super::endpoint::End>>,
    /// The side of a vote each count is on (`vote_side`).
    pub sides: Vec<Option<super::vote_side::Side>>,
    /// The other side of each side's tally (`tally`).
    pub partners: Vec<Option<usize>>,
    /// Whether each value is the figure a comparison starts from
    /// (`baseline`).
    pub baselines: Vec<bool>,
    /// Dates a change is measured from (`baseline::change_starts`).
    pub change_starts: Vec<bool>,
    /// Relative times naming one of a series (`dated_noun::series_dates`).
    pub series_dates: Vec<bool>,
    /// Who each figure is of (see `actor`).
    pub actors: Vec<super::actor::Actor>,
    /// Which of a series each value is of (see `sequence`).
    pub places: Vec<Option<u8>>,
    pub year_anchor: Vec<bool>,
    /// Year-anchored values whose article also tells the story's own one
    /// (see `time_anchor::background`).
    pub background: Vec<bool>,
    /// Dates that date another value of their sentence ("1.5 million in
    /// 2028"; see `time_anchor::dating_values`).
    pub dating: Vec<bool>,
    /// Each sum's amount in euros at its article's year, for comparing
    /// sums in other currencies; `None` for other values and currencies
    /// the rate table does not know.
    pub eur: Vec<Option<Interval>>,
    /// The year each article's sums are converted at.
    pub rate_years: Vec<RateYear>,
    pub rates: Rates,
}

impl Prepared {
    pub fn scorer<'a>(&'a self, model: &'a Model, best: &'a BestPartners) -> Scorer<'a> {
        Scorer {
            kinds: &self.kinds,
            values: &self.values,
            ctx: &self.ctx,
            quote_words: &self.quote_words,
            quote_joined: &self.quote_joined,
            speakers: &self.speakers,
            quote_terms: &self.quote_terms,
            distinctive: &self.distinctive,
            restated: &self.restated,
            value_keys: &self.value_keys,
            rarity: &self.rarity,
            year_anchor: &self.year_anchor,
            eur: &self.eur,
            model,
            best,
            prepared: self,
        }
    }
}

pub fn prepare(corpus: &Corpus) -> Prepared {
    prepare_reporting(corpus, &mut |_, _| {})
}

/// Like [`prepare`], calling `report(done, total)` after each batch of
/// articles is extracted (see `engine::progress` for what that count
/// leaves out).
pub fn prepare_reporting(corpus: &Corpus, report: &mut dyn FnMut(usize, usize)) -> Prepared {
    let lexicon = Lexicon::new();
    let stemmer = Stemmer::create(Algorithm::English);
    let mut vocab = Vocab::default();

    let mut mentions = read_mentions(corpus, report);
    let canonical = canonicalize_entities(&mut mentions);

    let demonym = |w: &str| entity::demonym_country(w);
    let words = Words {
        lexicon: &lexicon,
        stemmer: &stemmer,
        demonym: &demonym,
    };
    let mut terms: Vec<ArticleTerms> = Vec::with_capacity(corpus.articles.len());
    for (ai, a) in corpus.articles.iter().enumerate() {
        // Mentions are in article order: each article's are one run.
        let own = &mentions[mentions.partition_point(|m| m.article < ai)
            ..mentions.partition_point(|m| m.article <= ai)];
        let ents: Vec<_> = own
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
        let mut values: Vec<_> = own
            .iter()
            .filter(|m| m.article == ai && !m.kind.is_entity() && m.kind != Kind::Quote)
            .map(|m| m.span.clone())
            .collect();
        values.sort_by_key(|r| (r.start, r.end));
        terms.push(article_terms(
            &a.text,
            tokenize(&a.text, &lexicon),
            &ents,
            &values,
            &words,
            &mut vocab,
        ));
    }
    let (df, sentences) = sentence_df(&terms, vocab.words.len());
    let idf = idf_of(&df, sentences);

    let wordnet = WordNet::embedded();
    let mut ctx: Vec<MentionCtx> = mentions
        .iter()
        .map(|m| {
            mention_ctx(
                m,
                &terms[m.article],
                &idf,
                (&lexicon, &wordnet),
                &stemmer,
                &mut vocab,
            )
        })
        .collect();
    let story_year = story_year(corpus);
    let found = anchors(corpus, &mentions, &ctx, story_year, &wordnet);
    let year_anchor: Vec<bool> = found
        .iter()
        .map(|a| a.as_deref().is_some_and(|a| a.starts_with("#at")))
        .collect();
    for (c, anchor) in ctx.iter_mut().zip(found) {
        c.anchor = anchor.map(|a| vocab.id(&a));
    }
    add_concepts(&mut ctx, &vocab, &wordnet);
    for (c, owner) in ctx.iter_mut().zip(super::age_owner::owners(
        corpus, &mentions, &terms, &wordnet,
    )) {
        c.owner = owner;
    }
    let background = super::time_anchor::background(&mentions, &ctx, &year_anchor);
    let dating = super::time_anchor::dating_values(corpus, &mentions);
    let naming = naming_weights(&vocab, &wordnet, &terms);
    let quotes = quotes::prepare(&mentions, &canonical, &lexicon, &stemmer, &mut vocab, &df);
    let restated = super::restated::restatements(corpus, &mentions);
    let kinds: Vec<Kind> = mentions.iter().map(|m| m.kind).collect();
    let values: Vec<Value> = mentions.iter().map(|m| m.value.clone()).collect();
    let value_keys: Vec<Option<String>> = mentions
        .iter()
        .map(|m| features::value_key(m.kind, &m.value))
        .collect();
    let prior: Vec<f32> = mentions
        .iter()
        .map(|m| features::count_prior(m.kind, &m.value))
        .collect();
    let rarity = features::rarity_with_prior(&value_keys, &prior);
    // Compared in every candidate pair: as numbers, not strings.
    let value_keys = intern(value_keys);
    let cue_keys: Vec<Option<String>> = ctx
        .iter()
        .zip(&kinds)
        .map(|(c, k)| c.cue.map(|t| format!("{}{t}", k.as_str())))
        .collect();
    let cue_rarity = features::rarity(&cue_keys);
    let per_units = super::distributive::per_units(corpus, &mentions);
    let hypothetical = super::mood::hypothetical(corpus, &mentions);
    let habitual = super::mood::habitual(corpus, &mentions);
    let deadline = super::mood::deadlines(corpus, &mentions);
    let contrast = super::contrast::contrasted(corpus, &mentions);
    let parts = super::partitive::definite_parts(corpus, &mentions);
    let wholes = super::partitive::wholes(corpus, &mentions);
    let ordinals = super::ordinal::ordinals(corpus, &mentions);
    let cardinals = super::ordinal::cardinals(corpus, &mentions);
    let running = super::ordinal::running(corpus, &mentions, &wordnet);
    let possessors = super::dissent::possessors(corpus, &mentions);
    let time_days = super::time_day::days_of_times(&mentions, &ctx);
    let published = corpus.articles.iter().map(|a| a.meta.published).collect();
    let natures = super::share_or_change::natures(corpus, &mentions, &wordnet);
    let extents = super::dimension::extents(corpus, &mentions);
    let windows = super::window::windows(corpus, &mentions, &wordnet);
    let ends = super::endpoint::ends(corpus, &mentions);
    let estimates = super::estimate::estimates(corpus, &mentions);
    let in_figures = mentions
        .iter()
        .map(|m| {
            corpus.articles[m.article].text[m.span.clone()]
                .bytes()
                .any(|b| b.is_ascii_digit())
        })
        .collect();
    let baselines = super::baseline::baselines(corpus, &mentions);
    let sides = super::vote_side::sides(corpus, &mentions, &ends);
    let partners = super::tally::partners(corpus, &mentions, &sides);
    let change_starts = super::baseline::change_starts(corpus, &mentions, &wordnet);
    let series_dates = super::dated_noun::series_dates(corpus, &mentions);
    let mates = super::mates::sentence_mates(&mentions, &ctx);
    let actors = super::actor::actors(corpus, &mentions, &terms, &lexicon, &wordnet);
    let sources = super::source::sources(&mentions, &terms, &lexicon);
    let places = super::sequence::places(corpus, &mentions);
    let rates = Rates::embedded();
    let rate_years = currency::rate_years(&corpus.articles, story_year, &rates);
    let mut eur: Vec<_> = mentions
        .iter()
        .map(|m| currency::in_euros(&m.value, rate_years[m.article], &rates))
        .collect();
    currency::fill_implied(&values, &restated, &mut eur);
    let statement_event = vocab.id(STATEMENT);
    Prepared {
        mentions,
        ctx,
        vocab,
        kinds,
        values,
        quote_words: quotes.words,
        quote_joined: quotes.joined,
        speakers: quotes.speakers,
        document_voice: quotes.document_voice,
        statement_event,
        quote_terms: quotes.terms,
        distinctive: quotes.distinctive,
        next_piece: quotes.next_piece,
        prev_piece: quotes.prev_piece,
        quote_containers: quotes.containers,
        restated,
        value_keys,
        rarity,
        naming,
        mates,
        cue_rarity,
        per_units,
        hypothetical,
        habitual,
        deadline,
        contrast,
        parts,
        wholes,
        ordinals,
        cardinals,
        running,
        sources,
        possessors,
        time_days,
        published,
        natures,
        extents,
        windows,
        estimates,
        in_figures,
        ends,
        sides,
        partners,
        baselines,
        change_starts,
        series_dates,
        actors,
        places,
        year_anchor,
        background,
        dating,
        eur,
        rate_years,
        rates,
    }
}

fn entity_name(v: &Value) -> String {
    match v {
        Value::Entity { canonical } => canonical.clone(),
        _ => String::new(),
    }
}

/// Maps every entity to the fullest name the corpus gives it.
/// Returns the map from each name as written to its canonical name, for
/// the speakers of quotes.
fn canonicalize_entities(mentions: &mut [Mention]) -> HashMap<String, String> {
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
    map
}

/// Equal keys as equal numbers.
fn intern(keys: Vec<Option<String>>) -> Vec<Option<u32>> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    keys.into_iter()
        .map(|k| {
            let n = ids.len() as u32;
            k.map(|k| *ids.entry(k).or_insert(n))
        })
        .collect()
}
