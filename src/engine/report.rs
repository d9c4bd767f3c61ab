//! The `facts --json` schema (version 2: entities apart from facts) and
//! the readable table.

use serde::Serialize;
use serde_json::{Value as Json, json};

use super::article::Format;
use super::describe;
use super::link::currency::{Converted, RATE_SOURCE};
use super::link::{Explanation, Fact, FactSet, Mention, Status};
use super::load::Corpus;
use super::model::{Interval, Value};

/// The JSON document described in the eval README, with entities moved to
/// their own list (schema version 2).
/// Offsets are bytes of the file on disk, or of the article's `body` for
/// inputs whose text was extracted (pages, JSON lines, standard input).
pub fn to_json(corpus: &Corpus, facts: &FactSet) -> String {
    let articles: Vec<ArticleDoc> = corpus
        .articles
        .iter()
        .map(|a| ArticleDoc {
            // Spans into a page's markup or a JSON line would be useless:
            // they point into the extracted text, given here.
            body: (!a.meta.format.is_file_bytes()).then_some(a.text.as_str()),
            byline: a.meta.byline.as_deref(),
            format: &a.meta.format,
            id: &a.id,
            outlet: a.meta.outlet.as_deref(),
            path: &a.path,
            published: a.meta.published.map(|d| d.to_string()),
            title: &a.meta.title,
            url: a.meta.url.as_deref(),
        })
        .collect();
    // People, organisations and places name who and where; they are not
    // statements outlets can disagree on, so they stand apart from facts.
    let (entities, fact_list): (Vec<_>, Vec<_>) =
        facts.facts.iter().partition(|f| f.kind.is_entity());
    let doc = Doc {
        articles,
        entities: entities
            .into_iter()
            .map(|f| fact_doc(corpus, facts, f))
            .collect(),
        facts: fact_list
            .into_iter()
            .map(|f| fact_doc(corpus, facts, f))
            .collect(),
        version: 2,
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

// The document, written field by field rather than built as a tree of
// maps first: a large corpus has hundreds of thousands of mentions. Fields
// are in alphabetical order, the order the schema has always listed them
// in (serde_json's maps sort their keys).

#[derive(Serialize)]
struct Doc<'a> {
    articles: Vec<ArticleDoc<'a>>,
    entities: Vec<FactDoc<'a>>,
    facts: Vec<FactDoc<'a>>,
    version: u32,
}

#[derive(Serialize)]
struct ArticleDoc<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<&'a str>,
    byline: Option<&'a str>,
    format: &'a Format,
    id: &'a str,
    outlet: Option<&'a str>,
    path: &'a str,
    published: Option<String>,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct FactDoc<'a> {
    id: &'a str,
    kind: &'static str,
    label: &'a str,
    mentions: Vec<MentionDoc<'a>>,
    status: &'static str,
}

#[derive(Serialize)]
struct MentionDoc<'a> {
    article: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    converted: Option<Json>,
    display: String,
    end: usize,
    start: usize,
    text: &'a str,
    value: Json,
}

/// A text offset as the JSON gives it: into the file when the text is the
/// file's bytes, else into the article's `body`.
fn offset(a: &crate::engine::article::Article, text_offset: usize) -> usize {
    if a.meta.format.is_file_bytes() {
        a.offsets.to_file(text_offset)
    } else {
        text_offset
    }
}

fn fact_doc<'a>(corpus: &'a Corpus, facts: &'a FactSet, f: &'a Fact) -> FactDoc<'a> {
    FactDoc {
        id: &f.id,
        kind: f.kind.as_str(),
        label: &f.label,
        mentions: f
            .mentions
            .iter()
            .map(|&m| mention_doc(corpus, &facts.mentions[m], facts.converted(m)))
            .collect(),
        status: f.status.as_str(),
    }
}

fn mention_doc<'a>(
    corpus: &'a Corpus,
    m: &Mention,
    converted: Option<&Converted>,
) -> MentionDoc<'a> {
    let a = &corpus.articles[m.article];
    MentionDoc {
        article: &a.id,
        converted: converted.map(converted_json),
        display: describe::value(&m.value),
        end: offset(a, m.span.end),
        start: offset(a, m.span.start),
        text: &a.text[m.span.clone()],
        value: value_json(&m.value),
    }
}

/// A sum of a fact that mixes currencies, in the fact's first currency,
/// with the year whose average rate was used and why that year.
fn converted_json(c: &Converted) -> Json {
    json!({
        "currency": c.currency,
        "amount": bound(c.amount.point()),
        "range": interval_json(&c.amount),
        "display": describe::value(&c.value()),
        "year": c.year,
        "requested_year": c.requested_year,
        "year_basis": c.basis.as_str(),
        "rate_source": RATE_SOURCE,
    })
}

fn bound(x: f64) -> Json {
    if x.is_finite() { json!(x) } else { Json::Null }
}

fn interval_json(i: &Interval) -> Json {
    json!({"min": bound(i.lo), "max": bound(i.hi), "min_open": i.lo_open, "max_open": i.hi_open})
}

/// The normalised value, by kind: seconds, an ISO interval with its
/// granularity, a number with its unit or currency, a quote's words.
pub fn value_json(v: &Value) -> Json {
    let point = |i: &Interval| {
        let p = i.point();
        bound(p)
    };
    match v {
        Value::Duration {
            seconds, approx, ..
        } => json!({
            "seconds": point(seconds), "approx": approx, "range": interval_json(seconds)
        }),
        Value::Date(d) => serde_json::to_value(d).unwrap_or(Json::Null),
        Value::Time { minutes, zone } => json!({"minutes": point(minutes), "zone": zone}),
        Value::Quantity { amount, unit } => json!({
            "amount": point(amount), "unit": unit, "range": interval_json(amount)
        }),
        Value::Money { amount, currency } => json!({
            "amount": point(amount), "currency": currency, "range": interval_json(amount)
        }),
        Value::Count { amount, noun } => json!({
            "count": point(amount), "noun": noun, "range": interval_json(amount)
        }),
        Value::Percent { amount } => {
            json!({"percent": point(amount), "range": interval_json(amount)})
        }
        Value::Quote {
            normalized,
            speaker,
            ..
        } => json!({"normalized": normalized, "speaker": speaker}),
        Value::Entity { canonical } => json!({"name": canonical}),
    }
}

fn status_mark(s: Status) -> &'static str {
    match s {
        Status::Conflict => "✗ conflict",
        Status::Variant => "≈ variant",
        Status::Agree => "✓ agree",
        Status::Single => "· single",
        Status::Unsure => "? possibly different",
    }
}

/// `s` on one line in exactly `width` columns: cut with `…` when longer,
/// padded with spaces when shorter. Line breaks and tabs become spaces;
/// other control characters are left for the caller to show safely (the
/// binary shows them as `^[`, like `less`).
pub fn fit(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let clean: String = s
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let w = |c: char| c.width().unwrap_or(0);
    let total: usize = clean.chars().map(w).sum();
    let mut out = String::new();
    let mut used = 0;
    if total <= width {
        out.push_str(&clean);
        used = total;
    } else {
        for c in clean.chars() {
            if used + w(c) + 1 > width {
                break;
            }
            out.push(c);
            used += w(c);
        }
        out.push('…');
        used += 1;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

const ID_W: usize = 24;
const META_W: usize = 28;
const TITLE_W: usize = 70;
const WRITTEN_W: usize = 60;

/// A readable listing: the articles read, then one block per fact stated
/// more than once (conflicts first), then a count of the rest. With
/// `conflicts_only`, only the facts the articles disagree on.
pub fn to_table(corpus: &Corpus, facts: &FactSet, conflicts_only: bool) -> String {
    let mut order: Vec<usize> = (0..facts.facts.len()).collect();
    order.sort_by_key(|&f| {
        let fact = &facts.facts[f];
        (
            fact.status,
            std::cmp::Reverse(fact.articles(facts).len()),
            f,
        )
    });
    let row = |a: &str, b: &str, c: &str, cw: usize| {
        format!(
            "    {} {} {}\n",
            fit(a, ID_W),
            fit(b, META_W),
            fit(c, cw).trim_end()
        )
    };
    let mut out = String::from("articles:\n");
    out.push_str(&row("ID", "OUTLET · PUBLISHED", "TITLE", TITLE_W));
    for a in &corpus.articles {
        let meta = [
            a.meta.outlet.clone(),
            a.meta.published.map(|d| d.to_string()),
        ];
        let meta: Vec<String> = meta.into_iter().flatten().collect();
        out.push_str(&row(&a.id, &meta.join(" · "), &a.meta.title, TITLE_W));
    }
    out.push('\n');
    let mut singles = 0;
    let mut shown = 0;
    for f in order {
        let fact = &facts.facts[f];
        if fact.status == Status::Single {
            singles += 1;
            continue;
        }
        if conflicts_only && fact.status != Status::Conflict {
            continue;
        }
        if shown == 0 {
            out.push_str("FACT  LABEL  [KIND]  STATUS\n");
            out.push_str(&row("ARTICLE", "VALUE", "AS WRITTEN", WRITTEN_W));
            out.push('\n');
        }
        shown += 1;
        out.push_str(&format!(
            "{}  {}  [{}]  {}\n",
            fact.id,
            fact.label,
            fact.kind.as_str(),
            status_mark(fact.status)
        ));
        for &m in &fact.mentions {
            let mention = &facts.mentions[m];
            let a = &corpus.articles[mention.article];
            out.push_str(&row(
                &a.id,
                &describe::value(&mention.value),
                &a.text[mention.span.clone()]
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect::<String>(),
                WRITTEN_W,
            ));
            if let Some(c) = facts.converted(m) {
                out.push_str(&format!(
                    "    {} {}\n",
                    " ".repeat(ID_W),
                    describe::conversion(c)
                ));
            }
        }
        let stating = fact.articles(facts);
        let silent: Vec<&str> = (0..corpus.articles.len())
            .filter(|a| !stating.contains(a))
            .map(|a| corpus.articles[a].id.as_str())
            .collect();
        if !silent.is_empty() {
            out.push_str(&format!("    silent: {}\n", silent.join(", ")));
        }
        out.push('\n');
    }
    if conflicts_only {
        let conflicts = facts
            .facts
            .iter()
            .filter(|f| f.status == Status::Conflict)
            .count();
        out.push_str(&format!(
            "{conflicts} conflicting facts across {} articles (of {} facts).\n",
            corpus.articles.len(),
            facts.facts.len()
        ));
        return out;
    }
    out.push_str(&format!(
        "{} facts across {} articles; {} stated by one article only (see --json).\n",
        facts.facts.len(),
        corpus.articles.len(),
        singles
    ));
    out
}

/// The evidence behind the links: every mention with its context words,
/// then every scored pair (strongest first) and whether it was linked.
pub fn to_explanation(corpus: &Corpus, facts: &FactSet, why: &Explanation) -> String {
    let mut out = String::new();
    let shown = |m: usize| {
        let mention = &facts.mentions[m];
        let a = &corpus.articles[mention.article];
        let text: String = a.text[mention.span.clone()]
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .take(40)
            .collect();
        format!("#{m} {} {:?}", a.id, text)
    };
    out.push_str("mentions:\n");
    for (m, t) in why.contexts.iter().enumerate() {
        let words: Vec<String> = t.words.iter().map(|(w, x)| format!("{w}:{x:.2}")).collect();
        out.push_str(&format!(
            "  {} [{}] {} about={} event={} time={} people={} | {}\n",
            shown(m),
            facts.mentions[m].kind.as_str(),
            facts.facts[facts.fact_of[m]].id,
            t.about.as_deref().unwrap_or("-"),
            t.event.as_deref().unwrap_or("-"),
            t.anchor.as_deref().unwrap_or("-"),
            t.people.join(","),
            words.join(" ")
        ));
    }
    let mut pairs = why.pairs.clone();
    pairs.sort_by(|a, b| b.2.partial_cmp(&a.2).unwrap_or(std::cmp::Ordering::Equal));
    out.push_str("pairs:\n");
    for (a, b, s) in pairs.into_iter().filter(|p| p.2 >= 0.05) {
        let linked = facts.fact_of[a] == facts.fact_of[b];
        out.push_str(&format!(
            "  {s:.3} {} {} <-> {}\n",
            if linked { "linked" } else { "apart " },
            shown(a),
            shown(b)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn fit_cuts_with_an_ellipsis_and_pads() {
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(fit("abcd", 4), "abcd");
        assert_eq!(fit("日本語です", 5), "日本…");
        assert_eq!(fit("a\nb", 3), "a b");
    }
}
