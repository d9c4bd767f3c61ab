//! The whole pass over a corpus: prepare every mention, link them into
//! facts block by block, and judge each fact.

use super::candidates::{self, BestPartners, BlockKey, blocks, candidate_pairs, cosines};
use super::cluster::{PairScore, agglomerate};
use super::dispute;
use super::explain::{Explanation, trace};
use super::facts::FactSet;
use super::features::{self, Vector};
use super::judge::build_facts;
use super::parallel;
use super::prepare::{Prepared, prepare, prepare_reporting};
use super::score::Scorer;
use super::weights::Model;
use crate::engine::load::Corpus;
use crate::engine::model::Kind;
use crate::engine::progress::Progress;

/// Quotes link on their wording, which the learned model does not weigh.
const QUOTE_MIN: f32 = 0.5;

pub fn analyze(corpus: &Corpus) -> FactSet {
    analyze_with(corpus, &Model::embedded())
}

/// Like [`analyze`], calling `report` as articles are read and as their
/// facts are linked.
pub fn analyze_reporting(corpus: &Corpus, report: &mut dyn FnMut(Progress)) -> FactSet {
    let prepared = prepare_reporting(corpus, &mut |done, total| {
        report(Progress::Read { done, total })
    });
    link(&prepared, &Model::embedded(), false, report).0
}

pub fn analyze_with(corpus: &Corpus, model: &Model) -> FactSet {
    link(&prepare(corpus), model, false, &mut |_| {}).0
}

/// Links an already prepared corpus with `model`: the trainer prepares
/// each corpus once and links it under many candidate models.
pub fn link_prepared(p: &Prepared, model: &Model) -> FactSet {
    link(p, model, false, &mut |_| {}).0
}

/// Like [`analyze`], and with `explain` also the evidence behind each link.
pub fn analyze_explained(corpus: &Corpus, explain: bool) -> (FactSet, Option<Explanation>) {
    link(&prepare(corpus), &Model::embedded(), explain, &mut |_| {})
}

/// Every candidate pair of value mentions with its evidence, for training
/// the pair model. Pairs that can never link are left out.
pub fn training_pairs(corpus: &Corpus) -> (Prepared, Vec<(usize, usize, Vector)>) {
    let p = prepare(corpus);
    let model = Model::embedded();
    let plan = Plan::new(&p);
    let scorer = p.scorer(&model, &plan.best);
    let out = value_pairs(&plan.blocks)
        .filter_map(|((i, j), _)| features::pair(&scorer, i, j).map(|x| (i, j, x)))
        .collect();
    (p, out)
}

/// Mentions that could be one fact, the pairs among them to score (as
/// positions in the block: half the memory of mention indices, which
/// counts at tens of millions of pairs) and, for values, each pair's
/// context and concept cosines, which the best partners and the pair
/// score both weigh.
type Block = (BlockKey, Vec<usize>, Vec<(u32, u32)>, Vec<(f32, f32)>);
/// A block's candidate pairs and their cosines (none for quotes).
type Candidates<'a> = (&'a [(u32, u32)], &'a [(f32, f32)]);
/// Two mention indices and their link score.
type Scored = (usize, usize, f32);

/// The blocks of a corpus with their candidate pairs, and the best
/// partners those pairs give.
struct Plan {
    blocks: Vec<Block>,
    best: BestPartners,
}

impl Plan {
    fn new(p: &Prepared) -> Plan {
        let blocks: Vec<_> = blocks(&p.mentions, &p.eur)
            .into_iter()
            .map(|(key, block)| {
                let pairs = if key.0.is_entity() {
                    Vec::new()
                } else {
                    candidate_pairs(&block, &p.ctx)
                };
                let cosines = if is_value(key.0) {
                    parallel::map(&pairs, |_, &(a, b)| {
                        cosines(&p.ctx, block[a as usize], block[b as usize])
                    })
                } else {
                    Vec::new()
                };
                (key, block, pairs, cosines)
            })
            .collect();
        let best = BestPartners::build(p, value_pairs(&blocks));
        Plan { blocks, best }
    }
}

fn is_value(kind: Kind) -> bool {
    kind != Kind::Quote && !kind.is_entity()
}

/// The candidate pairs of value mentions, as mention indices, with their
/// cosines, block by block in order.
fn value_pairs(blocks: &[Block]) -> impl Iterator<Item = ((usize, usize), (f32, f32))> {
    blocks
        .iter()
        .filter(|(k, ..)| is_value(k.0))
        .flat_map(|(_, block, pairs, cosines)| {
            pairs
                .iter()
                .zip(cosines)
                .map(|(&(a, b), &c)| ((block[a as usize], block[b as usize]), c))
        })
}

fn link(
    p: &Prepared,
    model: &Model,
    explain: bool,
    report: &mut dyn FnMut(Progress),
) -> (FactSet, Option<Explanation>) {
    let mut work = Work {
        done: 0,
        total: 0,
        report,
    };
    work.tell();
    let plan = Plan::new(p);
    work.total = 2 * plan.blocks.iter().map(|b| b.2.len()).sum::<usize>();
    work.tell();
    let scorer = p.scorer(model, &plan.best);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut scored_pairs = Vec::new();
    for (key, block, pairs, cosines) in &plan.blocks {
        let (edge_min, avg_min) = match key.0 {
            Kind::Person | Kind::Org | Kind::Place => {
                groups.push(block.clone());
                continue;
            }
            Kind::Quote => (QUOTE_MIN, 0.5),
            _ => (model.edge_min, model.avg_min),
        };
        let candidates = (pairs.as_slice(), cosines.as_slice());
        let (found, scored) = cluster_block(
            block,
            candidates,
            &scorer,
            (edge_min, avg_min),
            explain,
            &mut work,
        );
        groups.extend(found);
        scored_pairs.extend(scored);
    }
    let explanation = explain.then(|| Explanation {
        contexts: p.ctx.iter().map(|c| trace(c, &p.vocab)).collect(),
        pairs: scored_pairs,
    });
    super::tally::join_other_sides(&scorer, &mut groups);
    let mut dissenters = super::dissent::join_dissenters(&scorer, &mut groups);
    super::camps::join_camps(&scorer, &mut groups, &mut dissenters);
    super::odd_rate::join_odd_rates(&scorer, &mut groups, &mut dissenters);
    super::odd_count::join_odd_counts(&scorer, &mut groups, &mut dissenters);
    (build_facts(p, groups, &scorer, &dissenters), explanation)
}

/// How much of the linking is done, told to the caller as it moves.
struct Work<'a> {
    done: usize,
    total: usize,
    report: &'a mut dyn FnMut(Progress),
}

impl Work<'_> {
    fn tell(&mut self) {
        (self.report)(Progress::Linked {
            done: self.done,
            total: self.total,
        });
    }

    fn add(&mut self, n: usize) {
        self.done += n;
        self.tell();
    }
}

/// Candidate pairs scored between two progress reports: small enough that
/// the two large blocks of a big corpus report some twenty times each,
/// large enough that every core gets a share.
const SCORED_PER_REPORT: usize = 1 << 18;

/// Scores candidate pairs of one block (with their cosines, when known)
/// and clusters them. Returns the groups and, with `explain`, the scored
/// pairs (as mention indices).
fn cluster_block(
    block: &[usize],
    (pairs, cosines): Candidates,
    scorer: &Scorer,
    (edge_min, avg_min): (f32, f32),
    explain: bool,
    work: &mut Work,
) -> (Vec<Vec<usize>>, Vec<Scored>) {
    let mut edges: Vec<(usize, usize, Option<f32>)> = Vec::with_capacity(pairs.len());
    for (piece, chunk) in pairs.chunks(SCORED_PER_REPORT).enumerate() {
        let offset = piece * SCORED_PER_REPORT;
        edges.extend(parallel::map(chunk, |k, &(a, b)| {
            let (a, b) = (a as usize, b as usize);
            let cos = cosines.get(offset + k).copied();
            (a, b, scorer.score_with(block[a], block[b], cos))
        }));
        work.add(chunk.len());
    }
    struct Local<'a> {
        block: &'a [usize],
        scorer: &'a Scorer<'a>,
    }
    impl PairScore for Local<'_> {
        fn score(&self, a: usize, b: usize) -> Option<f32> {
            self.scorer.score(self.block[a], self.block[b])
        }
        fn forbidden(&self, a: usize, b: usize) -> bool {
            self.scorer.forbidden(self.block[a], self.block[b])
        }
        fn partition(&self, a: usize) -> usize {
            self.scorer.ctx[self.block[a]].article
        }
        fn across_partitions_only(&self) -> bool {
            self.scorer.kinds[self.block[0]] == Kind::Quote
        }
        fn compared_in_full(&self) -> bool {
            candidates::compared_in_full(self.block.len())
        }
    }
    let local = Local { block, scorer };
    let scored = if explain {
        edges
            .iter()
            .filter_map(|&(a, b, s)| s.map(|s| (block[a], block[b], s)))
            .collect()
    } else {
        Vec::new()
    };
    let disputes = if scorer.kinds[block[0]] == Kind::Quote {
        Vec::new()
    } else {
        dispute::seeds(block, &edges, scorer)
    };
    let groups = agglomerate(block.len(), edges, &local, edge_min, avg_min);
    let mut groups = dispute::join_disputes(block, groups, &disputes, scorer);
    if scorer.kinds[block[0]] != Kind::Quote {
        groups = dispute::split_lone_disputes(block, groups, &disputes, scorer);
    }
    let groups = groups
        .into_iter()
        .map(|g| g.into_iter().map(|i| block[i]).collect())
        .collect();
    work.add(pairs.len());
    (groups, scored)
}
