//! A port of `../shared/eval/score.py`, so `cargo test` can hold the fact
//! engine to the quality bar without Python. Same definitions: mentions
//! match gold spans by byte overlap; pairs, traps and statuses as there.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crossread::engine::link::FactSet;
use crossread::engine::load::Corpus;
use serde_json::Value as Json;

#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub mention_recall: f64,
    pub link_precision: f64,
    pub link_recall: f64,
    pub link_f1: f64,
    pub status_ok: usize,
    pub status_n: usize,
    pub traps: usize,
    pub trap_total: usize,
    /// Lines like score.py's verbose output, for failure messages.
    pub notes: Vec<String>,
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "mention_recall={:.2} link_precision={:.2} link_recall={:.2} link_f1={:.2} status={}/{} traps={}/{}",
            self.mention_recall,
            self.link_precision,
            self.link_recall,
            self.link_f1,
            self.status_ok,
            self.status_n,
            self.traps,
            self.trap_total
        )?;
        for n in &self.notes {
            write!(f, "\n  {n}")?;
        }
        Ok(())
    }
}

type Span = (String, usize, usize);

fn gold_span(dir: &Path, m: &Json) -> Span {
    let article = m["article"].as_str().unwrap().to_string();
    let file = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.file_stem().and_then(|s| s.to_str()) == Some(article.as_str()))
        .unwrap_or_else(|| panic!("gold article {article} not in {}", dir.display()));
    let data = std::fs::read(file).unwrap();
    let ctx = m["context"].as_str().unwrap().as_bytes();
    let text = m["text"].as_str().unwrap().as_bytes();
    let at = data
        .windows(ctx.len())
        .position(|w| w == ctx)
        .unwrap_or_else(|| panic!("context not found: {}", m["context"]));
    let off = ctx.windows(text.len()).position(|w| w == text).unwrap();
    (article, at + off, at + off + text.len())
}

/// Scores the engine's facts for `corpus` against a gold file whose
/// articles live in `dir`.
pub fn score(gold_path: &Path, dir: &Path, corpus: &Corpus, facts: &FactSet) -> Score {
    let gold: Json = serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
    // (fact id, article id, file start, file end, status)
    // Entities are no facts: `facts --json` lists them apart, and the
    // scorer reads `facts` only.
    let sys: Vec<(String, String, usize, usize, String)> = facts
        .facts
        .iter()
        .filter(|f| {
            f.mentions
                .iter()
                .all(|&m| !facts.mentions[m].kind.is_entity())
        })
        .flat_map(|f| {
            f.mentions.iter().map(move |&m| {
                let mention = &facts.mentions[m];
                let a = &corpus.articles[mention.article];
                (
                    f.id.clone(),
                    a.id.clone(),
                    a.offsets.to_file(mention.span.start),
                    a.offsets.to_file(mention.span.end),
                    f.status.as_str().to_string(),
                )
            })
        })
        .collect();
    let statuses: BTreeMap<&str, &str> = sys.iter().map(|s| (s.0.as_str(), s.4.as_str())).collect();

    // (span, gold fact id or trap id, required)
    let mut gm: Vec<(Span, String, bool)> = Vec::new();
    let entity = |f: &&Json| matches!(f["kind"].as_str(), Some("person" | "org" | "place"));
    for f in gold["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !entity(f))
    {
        let fid = f["id"].as_str().unwrap();
        for m in f["mentions"].as_array().unwrap() {
            let optional = m["optional"].as_bool().unwrap_or(false);
            gm.push((gold_span(dir, m), fid.to_string(), !optional));
        }
        for (i, m) in f["must_not_link"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            gm.push((gold_span(dir, m), format!("trap:{fid}:{i}"), false));
        }
    }
    let facts_of = |span: &Span| -> BTreeSet<String> {
        sys.iter()
            .filter(|(_, art, s, e, _)| *art == span.0 && span.1 < *e && *s < span.2)
            .map(|x| x.0.clone())
            .collect()
    };
    let found: Vec<BTreeSet<String>> = gm.iter().map(|g| facts_of(&g.0)).collect();

    let required: Vec<usize> = (0..gm.len()).filter(|&i| gm[i].2).collect();
    let recalled = required.iter().filter(|&&i| !found[i].is_empty()).count();
    let (mut tp, mut fp, mut gold_pairs, mut linked_gold) = (0, 0, 0, 0);
    let mut notes = Vec::new();
    for a in 0..gm.len() {
        for b in a + 1..gm.len() {
            let same = gm[a].1 == gm[b].1;
            let linked = !found[a].is_disjoint(&found[b]);
            if same && gm[a].2 && gm[b].2 {
                gold_pairs += 1;
                linked_gold += usize::from(linked);
            }
            if linked {
                if same {
                    tp += 1;
                } else {
                    fp += 1;
                    notes.push(format!("wrong pair: {} / {}", gm[a].1, gm[b].1));
                }
            }
        }
    }
    let (mut traps, mut trap_total, mut status_ok, mut status_n) = (0, 0, 0, 0);
    for f in gold["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !entity(f))
    {
        let fid = f["id"].as_str().unwrap();
        let mine: Vec<usize> = (0..gm.len()).filter(|&i| gm[i].1 == fid).collect();
        let mine_facts: BTreeSet<String> = mine.iter().flat_map(|&i| found[i].clone()).collect();
        for (i, _) in f["must_not_link"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            trap_total += 1;
            let t = (0..gm.len())
                .find(|&k| gm[k].1 == format!("trap:{fid}:{i}"))
                .unwrap();
            if !found[t].is_disjoint(&mine_facts) {
                traps += 1;
                notes.push(format!("trap sprung: {fid} #{i}"));
            }
        }
        let Some(expect) = f["expect"].as_str() else {
            continue;
        };
        status_n += 1;
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for &g in mine.iter().filter(|&&g| gm[g].2) {
            for fact in &found[g] {
                *counts.entry(fact.as_str()).or_default() += 1;
            }
        }
        // score.py takes the first maximum in sorted order; `max_by_key`
        // keeps the last of equals, so the keys are walked backwards.
        let best = counts
            .iter()
            .rev()
            .max_by_key(|(_, c)| **c)
            .map(|(k, _)| *k);
        let got = best.and_then(|b| statuses.get(b).copied());
        if got == Some(expect) {
            status_ok += 1;
        } else {
            notes.push(format!("status {fid}: expected {expect}, got {got:?}"));
        }
    }
    let precision = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let recall = if gold_pairs > 0 {
        linked_gold as f64 / gold_pairs as f64
    } else {
        0.0
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Score {
        mention_recall: if required.is_empty() {
            0.0
        } else {
            recalled as f64 / required.len() as f64
        },
        link_precision: precision,
        link_recall: recall,
        link_f1: f1,
        status_ok,
        status_n,
        traps,
        trap_total,
        notes,
    }
}
