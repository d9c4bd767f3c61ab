//! One outlet's odd number for a thing the others agree on. When three
//! outlets report "23 private trips" and are linked, and the fourth
//! reports "32 private trips" and nothing else it calls private trips,
//! its number is its account of the same thing, however differently its
//! sentence runs: the words around a slip are a reporter's own, so the
//! pair scorer alone seldom links it, and the dispute was lost.
//!
//! The lone count must name its thing as some outlet of the group does
//! (the same noun, and a shared qualifying word where it has one), be
//! the only count of that thing in its article, lie within a slip of the
//! group's number, and have no other owner ("Harlow County's"). A bare
//! count under ten ("two guards") is left alone: one story tells of many
//! small groups of one noun. A measure ("the 88-metre spire" against
//! "96-metre") or a length of time ("a 16-year term" against "18-year")
//! is read the same way, in its unit and within a narrower slip; a sum
//! or a share of a named whole ("78% of members") only as a typing slip.
//!
//! Two outlets alone in telling a count, each the only count of its thing
//! in its article, are one count in dispute when their digits are swapped,
//! their sentences tell it alike, both name the same sort of the thing by
//! a word of its own ("front winners"), or the counts are lengths of time
//! named by what lasted them ("an 11-day trial", "the trial lasted nine
//! days").

use rustc_hash::{FxHashMap, FxHashSet};

use super::facts::Mention;
use super::features::interval_of;
use super::score::Scorer;
use super::slip::{SLIP_RATIO, near, slip_between, swapped_digits, typing_slip, within};
use crate::engine::extract::numbers::scale_word;
use crate::engine::load::Corpus;
use crate::engine::model::{Kind, Value};

/// Joins each lone count to the one group of other outlets that counts
/// the same thing, and returns which mentions were so joined
/// (`judge` takes such a clash as a dispute).
pub(super) fn join_dissenters(scorer: &Scorer, groups: &mut Vec<Vec<usize>>) -> Vec<bool> {
    let p = scorer.prepared;
    let mut joined = vec![false; p.mentions.len()];
    // A length of time is named by the subject of its verb of lasting
    // ("a contest that lasted 24 minutes") before any word beside it.
    let cue_of = |m: usize| scorer.ctx[m].subject.or(scorer.ctx[m].cue);
    // "3.1 million households": the scale is the number's, not a sort of
    // household.
    let sort_words = |m: usize| {
        scorer.ctx[m]
            .modifiers
            .terms
            .iter()
            .copied()
            .filter(|&t| scale_word(&p.vocab.words[t as usize]).is_none())
    };
    let qualified = |m: usize| {
        let c = &scorer.ctx[m];
        let count = p.kinds[m] == Kind::Count
            && p.cardinals[m]
            && (sort_words(m).next().is_some() || !small(&p.values[m]))
            && !p.ordinals[m]
            && p.sides[m].is_none();
        // A measure's unit says what sort of thing it is: "186 metres"
        // of a span against "204 metres" of it. A bound ("gusts of up to
        // 90 km/h") pins no figure a slip could have changed.
        let figure = interval_of(&p.values[m]).is_some_and(|i| i.is_bounded());
        (count
            || (matches!(
                p.kinds[m],
                Kind::Quantity | Kind::Duration | Kind::Money | Kind::Percent
            ) && figure))
            && cue_of(m).is_some()
            && !c.modifiers.part
            && !p.hypothetical[m]
            && !p.background[m]
    };
    // A count anchored to another time ("412 camera traps in 2025") is
    // the same count only for outlets that anchor it alike.
    let same_time = |a: usize, b: usize| {
        scorer.ctx[a].anchor.is_none() || scorer.ctx[a].anchor == scorer.ctx[b].anchor
    };
    // "Harlow County's 14 school districts" are not "the state's 212".
    let same_owner = |a: usize, b: usize| {
        p.possessors[a].is_none() || p.possessors[b].is_none() || p.possessors[a] == p.possessors[b]
    };
    // "32,000 automobiles" names what "23,000 cars" do.
    let same_concept = |a: usize, b: usize| {
        let (x, y) = (&scorer.ctx[a].cue_concepts, &scorer.ctx[b].cue_concepts);
        x.iter().any(|c| y.contains(c))
    };
    let same_thing = |a: usize, b: usize| {
        measure(&p.values[a]) == measure(&p.values[b])
            && (cue_of(a) == cue_of(b) || same_concept(a, b))
            && (sort_words(a).next().is_none() && sort_words(b).next().is_none()
                || sort_words(a).any(|t| scorer.ctx[b].modifiers.terms.contains(&t)))
    };
    let same_value = |a: &[usize], b: &[usize]| {
        a.iter()
            .chain(b)
            .all(|&o| interval_of(&p.values[o]) == interval_of(&p.values[a[0]]))
    };
    let told_by_one = |members: &[usize]| {
        members
            .iter()
            .all(|&o| p.mentions[o].article == p.mentions[members[0]].article)
    };
    // Groups told by one article only, of one count: each with the
    // mentions that name it, one per way ("13 Velorians" and "the 13
    // prisoners" are one count named twice).
    let lone: Vec<(usize, Vec<usize>)> = groups
        .iter()
        .enumerate()
        .filter_map(|(g, members)| {
            // "978 feet (298 meters)" is one measure.
            let one_count = told_by_one(members)
                && members.iter().all(|&o| {
                    qualified(o)
                        && (interval_of(&p.values[o]) == interval_of(&p.values[members[0]])
                            || scorer.compatible(o, members[0]) == Some(true))
                });
            if !one_count {
                return None;
            }
            let mut names: Vec<usize> = Vec::new();
            for &o in members {
                if !names.iter().any(|&n| same_thing(n, o)) {
                    names.push(o);
                }
            }
            Some((g, names))
        })
        .collect();
    // Each cue's counts, by article and by group of two outlets or more:
    // the lone counts are tested against these alone.
    let mut in_article: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for m in 0..p.mentions.len() {
        if matches!(
            p.kinds[m],
            Kind::Count | Kind::Quantity | Kind::Duration | Kind::Money | Kind::Percent
        ) && cue_of(m).is_some()
        {
            in_article.entry(p.mentions[m].article).or_default().push(m);
        }
    }
    let mut by_cue: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (g, members) in groups.iter().enumerate() {
        // One sum told in two currencies ("€74m (£63m)") is one sum, and
        // one area in two units ("2,300 hectares (5,700 acres)") one area:
        // a lone figure is weighed against the members in its own unit
        // (`same_thing`).
        let kind = p.kinds[members[0]];
        if told_by_one(members) || members.iter().any(|&o| p.kinds[o] != kind) {
            continue;
        }
        let mut cues: Vec<u32> = members
            .iter()
            .filter_map(|&o| cue_of(o))
            .chain(
                members
                    .iter()
                    .flat_map(|&o| scorer.ctx[o].cue_concepts.iter().copied()),
            )
            .collect();
        cues.sort_unstable();
        cues.dedup();
        for cue in cues {
            by_cue.entry(cue).or_default().push(g);
        }
    }
    // Whether no other count in `m`'s article could be another account of
    // its thing: each is one of its own group, of another thing or (unless
    // `by_concept`) named by another cue, of the same value (its fact
    // box's "Aircraft: 118" restates its "118 aircraft"), too far from it
    // when `loose`, or a tally's side ("62 against") unless `sides`.
    let alone = |m: usize, own: usize, by_concept: bool, loose: bool, sides: bool| {
        in_article.get(&p.mentions[m].article).is_none_or(|all| {
            all.iter().all(|&x| {
                groups[own].contains(&x)
                    || (!sides && !qualified(x))
                    || !same_thing(m, x)
                    || (!by_concept && cue_of(x) != cue_of(m))
                    || interval_of(&p.values[x]) == interval_of(&p.values[m])
                    || (loose && !near(&p.values[x], &p.values[m]))
            })
        })
    };
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (own, names) in &lone {
        let own = *own;
        let mut found = None;
        let mut ambiguous = false;
        // A group naming the thing by the lone count's own noun first;
        // one naming it by another word for it ("32,000 automobiles",
        // "23,000 cars") only when none does.
        for (m, by_concept) in names
            .iter()
            .map(|&m| (m, false))
            .chain(names.iter().map(|&m| (m, true)))
        {
            if by_concept && (found.is_some() || ambiguous) {
                break;
            }
            let article = p.mentions[m].article;
            let Some(cue) = cue_of(m) else {
                continue;
            };
            // A count of the thing too far from this one to be another
            // account of it ("interrupted 43 times", "19 times" of the
            // rival) is another actor's: no rival for the group when the
            // digits tell a slip (`swapped` below), though it still says
            // the article counts more than one such thing.
            let alone_in_article = alone(m, own, by_concept, false, true);
            if !alone_in_article && !alone(m, own, by_concept, true, true) {
                continue;
            }
            let keys = if by_concept {
                &scorer.ctx[m].cue_concepts[..]
            } else {
                std::slice::from_ref(&cue)
            };
            let mut candidates: Vec<usize> = keys
                .iter()
                .filter_map(|k| by_cue.get(k))
                .flatten()
                .copied()
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            for g in candidates {
                let members = &groups[g];
                if found == Some(g) {
                    continue;
                }
                // The group holds the article's own account of a thing:
                // the lone figure restates it when it is of the same
                // thing and value (a headline's "3,100 hectares" linked,
                // the body's left out), and is another count otherwise.
                let mut own = members
                    .iter()
                    .filter(|&&o| p.mentions[o].article == article)
                    .peekable();
                if own.peek().is_some() {
                    if own.all(|&o| {
                        same_thing(m, o) && interval_of(&p.values[o]) == interval_of(&p.values[m])
                    }) {
                        match found {
                            None => found = Some(g),
                            Some(_) => ambiguous = true,
                        }
                    }
                    continue;
                }
                let alike = |o: usize| {
                    // "2.4 million of Dalvia's 2.9 million households": the
                    // whole a part is counted out of is no slip for another
                    // outlet's figure nearer the part.
                    !super::block::states_the_part(scorer, m, o)
                        && qualified(o)
                        && same_thing(m, o)
                        && same_time(m, o)
                        && same_owner(m, o)
                        && near(&p.values[m], &p.values[o])
                };
                if !members.iter().any(|&o| alike(o)) {
                    continue;
                }
                // "The Civic Alliance took 68 mayoralties" is no account
                // of the 96 another outlet says the ruling party won. A
                // typing slip ("47 permits" for 37) is told by its digits,
                // whoever the clauses name; figures unalike are not.
                let typed = members
                    .iter()
                    .any(|&o| alike(o) && typing_slip(&p.values[m], &p.values[o]));
                let of_another = |o: usize| super::actor::differ(&p.actors[m], &p.actors[o]);
                // Beside another count of the thing, only digits swapped
                // ("43" for 34) tell a slip: one digit changed ("22
                // ministers", "25") is as often two counts. Unless the
                // sentences tell it alike as surely as the linker needs to
                // join two groups ("led 182 passengers out of the stalled
                // train" against "led 212 passengers out of the train"):
                // the article's other count is then of something else.
                let swapped = members
                    .iter()
                    .any(|&o| alike(o) && swapped_digits(&p.values[m], &p.values[o]));
                let said_alike = || {
                    members.iter().any(|&o| {
                        alike(o)
                            && scorer
                                .context_score(m, o)
                                .is_some_and(|s| s >= scorer.model.avg_min)
                    })
                };
                // A figure that agrees with the group's ("12,400 residents"
                // beside "some 12,000 residents") is its account, not a
                // rival, whatever else the article counts far off.
                // A floor ("at least 640 people") agrees with too much.
                let bounded = |x: usize| interval_of(&p.values[x]).is_some_and(|i| i.is_bounded());
                let agrees = || {
                    bounded(m)
                        && members.iter().any(|&o| {
                            alike(o) && bounded(o) && scorer.compatible(m, o) == Some(true)
                        })
                };
                if !alone_in_article && !swapped && !said_alike() && !agrees() {
                    continue;
                }
                if !typed && members.iter().any(|&o| of_another(o)) {
                    continue;
                }
                // Two groups telling one value alike ("23 hospitals" split
                // by the linker) leave no doubt which count is disputed:
                // the larger takes the lone one.
                match found {
                    Some(f) if same_value(&groups[f], &groups[g]) => {
                        if groups[g].len() > groups[f].len() {
                            found = Some(g);
                        }
                    }
                    Some(_) => ambiguous = true,
                    None => found = Some(g),
                }
            }
        }
        if let (Some(g), false) = (found, ambiguous) {
            moves.push((own, g));
        }
    }
    // "23 front winners" against "31 front winners": the same sort of
    // the thing, named by a word of its own, is one count however the
    // sentences run.
    // (A count's modifiers are sorted, so the same sort words come in
    // the same order.)
    let sorted_alike =
        |m: usize, o: usize| sort_words(m).next().is_some() && sort_words(m).eq(sort_words(o));
    // "An 11-day trial" against "the trial lasted nine days": a length of
    // time is here only when it names what lasted it (`qualified`), and a
    // story seldom tells two lengths of one named thing within half again
    // of each other (`near`).
    let lasting_alike =
        |m: usize, o: usize| p.kinds[m] == Kind::Duration && p.kinds[o] == Kind::Duration;
    // Rival estimates of one crowd or toll ("about 2,500 workers were on
    // the site that day" against "some 3,800 workers were on the site
    // that day") lie further apart than a slip, up to double: they are
    // one count when the sentences alone are as alike as the linker needs
    // to start a fact. So are two sources' sums, measures and lengths
    // ("released about 2,000 litres of TCE", "3,500 litres of TCE
    // escaped"); not shares, whose noun names the whole ("52% of the
    // audience" were women, "38%" under 25).
    let told_closely = |m: usize, o: usize| {
        let estimates = p.estimates[m] && p.estimates[o];
        let bar = if estimates {
            scorer.model.edge_min * ESTIMATE_BAR
        } else {
            scorer.model.edge_min
        };
        matches!(
            p.kinds[m],
            Kind::Count | Kind::Money | Kind::Quantity | Kind::Duration
        ) && within(&p.values[m], &p.values[o], SLIP_RATIO)
            && (estimates || slip_between(&p.values[m], &p.values[o]).is_none())
            && scorer.context_score(m, o).is_some_and(|s| s >= bar)
    };
    // Two sources' accounts of one thing ("about 6,000 people marched,
    // police said"; "the organisers said 11,000 took part"): each outlet
    // words its source's account its own way, so their sentences need not
    // run alike at all, only be scorable as one fact (no hard block), up
    // to double apart (`source`).
    let told_by_rivals = |m: usize, o: usize| {
        matches!(
            p.kinds[m],
            Kind::Count | Kind::Money | Kind::Quantity | Kind::Duration
        ) && within(&p.values[m], &p.values[o], SLIP_RATIO)
            && super::source::differ(&p.sources[m], &p.sources[o])
            && scorer.context_score(m, o).is_some()
    };
    // Two outlets' figures far from any slip ("184 complaints were
    // lodged", "260 complaints were lodged") are one count in dispute
    // when their sentences alone say so as surely as the linker needs to
    // join two groups: a story tells of many counts of one noun ("1,204
    // adults" polled by one firm, "1,010 adults" by another), and those
    // are told in sentences unalike. One digit changed ("181 countries"
    // signed, "191" attended) is as often two counts, told alike or not.
    // Sums stay with slips alone (`near`).
    let told_alike = |m: usize, o: usize| {
        (near(&p.values[m], &p.values[o])
            && ((slip_between(&p.values[m], &p.values[o]).is_none()
                && scorer
                    .context_score(m, o)
                    .is_some_and(|s| s >= scorer.model.avg_min))
                || sorted_alike(m, o)
                || lasting_alike(m, o)))
            || told_closely(m, o)
            || told_by_rivals(m, o)
    };
    moves.extend(lone_pairs(
        &lone,
        &moves,
        |own: usize, m: usize, other: usize, o: usize| {
            p.mentions[m].article != p.mentions[o].article
                && same_thing(m, o)
                && same_time(m, o)
                && same_time(o, m)
                && same_owner(m, o)
                && ((swapped_digits(&p.values[m], &p.values[o]) && near(&p.values[m], &p.values[o]))
                    || told_alike(m, o))
                && !super::actor::differ(&p.actors[m], &p.actors[o])
                // Not told as two facts: "ten other European countries"
                // is the rest, not all 11.
                && !super::distributive::differ(&p.per_units[m], &p.per_units[o])
                // Each the only count of the thing in its article that
                // could be another account of it.
                && alone(m, own, false, true, false)
                && alone(o, other, false, true, false)
        },
        cue_of,
    ));
    for (own, g) in moves {
        let members = std::mem::take(&mut groups[own]);
        for &m in &members {
            joined[m] = true;
        }
        groups[g].extend(members);
    }
    // Only the groups just moved are empty.
    groups.retain(|g| !g.is_empty());
    joined
}

/// How much less alike two estimates' sentences need be than two
/// figures' (`told_closely`).
pub(super) const ESTIMATE_BAR: f32 = 0.5;

/// Most lone counts of one cue searched for pairs: a cue more common
/// than this ("people") names too many things to pair on.
const LONE_PAIR_FAN_OUT: usize = 16;

/// Two outlets alone in telling a count, with its digits swapped between
/// them ("signed by 87 deputies", "backed by 78 deputies' signatures") or
/// told alike: the moves that put each such pair in one group, when each
/// lone count has exactly one such partner. `pairs(ga, m, gb, o)` says
/// whether mention `m` of lone group `ga` and mention `o` of lone group
/// `gb` are one count told two ways; `cue` names what a mention counts.
fn lone_pairs(
    lone: &[(usize, Vec<usize>)],
    moves: &[(usize, usize)],
    pairs: impl Fn(usize, usize, usize, usize) -> bool,
    cue: impl Fn(usize) -> Option<u32>,
) -> Vec<(usize, usize)> {
    let moved: FxHashSet<usize> = moves.iter().map(|&(own, _)| own).collect();
    let mut by_cue: FxHashMap<u32, Vec<(usize, usize)>> = FxHashMap::default();
    for (own, names) in lone {
        if moved.contains(own) {
            continue;
        }
        for &m in names {
            if let Some(c) = cue(m) {
                by_cue.entry(c).or_default().push((*own, m));
            }
        }
    }
    let mut partners: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for list in by_cue.values().filter(|l| l.len() <= LONE_PAIR_FAN_OUT) {
        for (a, &(ga, m)) in list.iter().enumerate() {
            for &(gb, o) in &list[a + 1..] {
                if ga != gb && pairs(ga, m, gb, o) {
                    partners.entry(ga).or_default().push(gb);
                    partners.entry(gb).or_default().push(ga);
                }
            }
        }
    }
    let mut out: Vec<(usize, usize)> = super::camps::one_to_one(partners)
        .into_iter()
        .map(|(ga, gb)| (gb, ga))
        .collect();
    out.sort_unstable();
    out
}

/// For each count, the possessive right before it, lowercased: "the
/// state's" in "the state's 212 school districts".
pub(super) fn possessors(corpus: &Corpus, mentions: &[Mention]) -> Vec<Option<Box<str>>> {
    mentions
        .iter()
        .map(|m| {
            if m.kind != Kind::Count {
                return None;
            }
            let before = corpus.articles[m.article].text[..m.span.start].trim_end();
            let word = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            let owner = word
                .strip_suffix("'s")
                .or_else(|| word.strip_suffix("’s"))
                .or_else(|| word.strip_suffix("s'"))?;
            (!owner.is_empty()).then(|| owner.to_lowercase().into_boxed_str())
        })
        .collect()
}

/// What a value counts or measures in: counts alike, a quantity by its
/// unit ("m", "kg"); `None` for every other kind.
pub(super) fn measure(v: &Value) -> Option<Option<&str>> {
    match v {
        Value::Count { .. } => Some(None),
        Value::Quantity { unit, .. } => Some(Some(unit.as_str())),
        Value::Duration { .. } => Some(Some("s")),
        Value::Money { currency, .. } => Some(Some(currency.as_str())),
        Value::Percent { .. } => Some(Some("%")),
        _ => None,
    }
}

/// A count under ten ("two guards", "four elephants") is said of many
/// things in one story: without a word that qualifies its noun, another
/// outlet's other small number is as likely another group as a slip.
fn small(v: &Value) -> bool {
    interval_of(v).is_some_and(|i| i.hi < 10.0)
}
