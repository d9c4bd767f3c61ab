//! The grid as Markdown, CSV and JSON.

use serde_json::json;

use super::{Grid, SILENT};

fn column_name(c: &super::Column) -> String {
    match &c.outlet {
        Some(o) if !o.is_empty() => format!("{} ({o})", c.id),
        _ => c.id.clone(),
    }
}

/// A GitHub-flavoured Markdown table, after a list of the articles.
pub fn to_markdown(grid: &Grid) -> String {
    let esc = |s: &str| s.replace('\\', "\\\\").replace('|', "\\|");
    let mut out = String::from("Articles:\n\n");
    for c in &grid.columns {
        out.push_str(&format!(
            "- **{}**: {}\n",
            esc(&column_name(c)),
            esc(&c.title)
        ));
    }
    out.push('\n');
    if grid.rows.is_empty() {
        out.push_str("No facts to show.\n");
        return out;
    }
    let mut header = vec!["Fact".to_string(), "Status".to_string()];
    header.extend(grid.columns.iter().map(|c| esc(&c.id)));
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for r in &grid.rows {
        let mut cells = vec![
            format!("{} {}", r.fact, esc(&r.label)),
            r.status.as_str().to_string(),
        ];
        cells.extend(
            r.cells
                .iter()
                .map(|c| c.as_deref().map_or(SILENT.to_string(), esc)),
        );
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// CSV with a header row: fact, kind, label, status, then one column per
/// article id.
pub fn to_csv(grid: &Grid) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["fact", "kind", "label", "status"];
    header.extend(grid.columns.iter().map(|c| c.id.as_str()));
    w.write_record(&header)?;
    for r in &grid.rows {
        let mut rec = vec![r.fact.as_str(), r.kind, r.label.as_str(), r.status.as_str()];
        rec.extend(r.cells.iter().map(|c| c.as_deref().unwrap_or(SILENT)));
        w.write_record(&rec)?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `{"articles": [...], "rows": [{"fact", "kind", "label", "status",
/// "cells": [value or null per article]}]}`.
pub fn to_json(grid: &Grid) -> String {
    let articles: Vec<_> = grid
        .columns
        .iter()
        .map(|c| json!({"id": c.id, "outlet": c.outlet, "title": c.title}))
        .collect();
    let rows: Vec<_> = grid
        .rows
        .iter()
        .map(|r| {
            json!({
                "fact": r.fact, "kind": r.kind, "label": r.label,
                "status": r.status.as_str(), "cells": r.cells,
            })
        })
        .collect();
    let doc = json!({"articles": articles, "rows": rows});
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::super::{Column, Row};
    use super::*;
    use crate::engine::link::Status;

    fn grid() -> Grid {
        Grid {
            columns: vec![
                Column {
                    id: "a".into(),
                    outlet: Some("The A".into()),
                    title: "Quake | 24 dead".into(),
                },
                Column {
                    id: "b".into(),
                    outlet: None,
                    title: "B".into(),
                },
            ],
            rows: vec![Row {
                fact: "f1".into(),
                kind: "count",
                label: "dead".into(),
                status: Status::Conflict,
                cells: vec![Some("24, \"at least\"".into()), None],
            }],
        }
    }

    #[test]
    fn markdown_escapes_pipes_and_marks_silence() {
        let md = to_markdown(&grid());
        assert!(md.contains("Quake \\| 24 dead"), "{md}");
        assert!(
            md.contains("| f1 dead | conflict | 24, \"at least\" | — |"),
            "{md}"
        );
        assert!(md.contains("|---|---|---|---|"), "{md}");
    }

    #[test]
    fn csv_quotes_commas_and_quotes() {
        let csv = to_csv(&grid()).unwrap();
        assert_eq!(csv.lines().next(), Some("fact,kind,label,status,a,b"));
        assert_eq!(
            csv.lines().nth(1),
            Some("f1,count,dead,conflict,\"24, \"\"at least\"\"\",—")
        );
    }
}
