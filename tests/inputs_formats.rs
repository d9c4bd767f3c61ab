//! Input formats through the built binary: JSON Lines, HTML files (whole,
//! broken and empty), Markdown and standard input. Fixtures are written
//! for these tests in a temporary directory.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value as Json;

const BIN: &str = env!("CARGO_BIN_EXE_crossread");
const QUAKE: &str = include_str!("fixtures/pages/quake.html");

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("CROSSREAD_CONFIG", "/nonexistent/crossread-test.toml")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run crossread");
    let mut input = child.stdin.take().unwrap();
    if let Some(s) = stdin {
        input.write_all(s.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> Json {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}; stderr: {}", String::from_utf8_lossy(&out.stderr)))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every mention's `text` is the bytes its `start..end` cut from the
/// article's body (or, without a body, from `file`).
fn assert_spans_cut_the_body(doc: &Json, files: &[(&str, &[u8])]) -> usize {
    let mut n = 0;
    for a in doc["articles"].as_array().unwrap() {
        let id = a["id"].as_str().unwrap();
        let owned;
        let source: &[u8] = match a["body"].as_str() {
            Some(b) => b.as_bytes(),
            None => {
                owned = files.iter().find(|(p, _)| *p == a["path"]).map(|(_, b)| *b);
                owned.unwrap_or_else(|| panic!("no body and no file for {id}"))
            }
        };
        for f in doc["facts"].as_array().unwrap() {
            for m in f["mentions"].as_array().unwrap() {
                if m["article"] != id {
                    continue;
                }
                let (s, e) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(
                    &source[s..e],
                    m["text"].as_str().unwrap().as_bytes(),
                    "{id} {s}..{e}"
                );
                n += 1;
            }
        }
    }
    n
}

const LINE1: &str = r#"{"title":"Quake kills 24","outlet":"Daily Ledger","published":"2031-03-04","url":"https://news.example/quake","text":"A quake killed 24 people in the valley on Tuesday, officials said.\nThe shaking lasted 40 seconds."}"#;
const LINE4: &str = r#"{"text":"Valley quake toll rises\n\nThe quake killed 31 people, the ministry said on Wednesday. It lasted about 40 seconds.","extra":{"ignored":true}}"#;

#[test]
fn jsonl_loads_each_good_line_and_names_each_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let src = format!(
        "{LINE1}\n{{\"title\": \"no text\"}}\nthis is not json\n\n{LINE4}\n{{\"text\": 12}}\n"
    );
    let p = write(dir.path(), "export.jsonl", &src);
    let path = p.to_str().unwrap();
    let out = run(&["facts", "--json", path], None);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!("{path}:2: no \"text\" field")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{path}:3: line is not a JSON object")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{path}:6: line is not a JSON object")),
        "{err}"
    );
    assert!(
        !err.contains(&format!("{path}:4")),
        "a blank line is not an error: {err}"
    );
    let doc = json(&out);
    let arts = doc["articles"].as_array().unwrap();
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0]["id"], "export-1");
    assert_eq!(arts[0]["path"], format!("{path}:1"));
    assert_eq!(arts[0]["title"], "Quake kills 24");
    assert_eq!(arts[0]["outlet"], "Daily Ledger");
    assert_eq!(arts[0]["published"], "2031-03-04");
    assert_eq!(arts[0]["url"], "https://news.example/quake");
    assert_eq!(arts[0]["format"], "jsonl");
    assert_eq!(arts[1]["id"], "export-5");
    assert_eq!(arts[1]["title"], "Valley quake toll rises");
    assert!(assert_spans_cut_the_body(&doc, &[]) > 0);
    let conflict = doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["status"] == "conflict" && f["kind"] == "count");
    assert!(conflict, "24 against 31 dead is a conflict");
}

#[test]
fn jsonl_with_only_bad_lines_exits_2_naming_them() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "bad.jsonl", "[1, 2]\n{\"title\": \"x\"}\n");
    let out = run(&["facts", p.to_str().unwrap()], None);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("bad.jsonl:1") && err.contains("bad.jsonl:2"),
        "{err}"
    );
}

#[test]
fn an_html_file_gives_its_article_and_metadata_without_the_page_around_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "quake.html", QUAKE);
    let out = run(&["facts", "--json", p.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = json(&out);
    let a = &doc["articles"][0];
    assert_eq!(a["title"], "Valley quake leaves 31 dead");
    assert_eq!(a["outlet"], "The Northern Ledger");
    assert_eq!(a["published"], "2031-03-04");
    assert_eq!(a["byline"], "Ana Rivera");
    assert_eq!(a["format"], "html");
    let body = a["body"].as_str().unwrap();
    assert!(body.starts_with("Valley quake leaves 31 dead\n"), "{body}");
    for chrome in [
        "cookies",
        "Accept",
        "Storm kills",
        "Floods hit",
        "Harbour",
        "Sport",
        "Share on",
    ] {
        assert!(
            !body.contains(chrome),
            "{chrome:?} reached the body:\n{body}"
        );
    }
    assert!(assert_spans_cut_the_body(&doc, &[]) > 0);
    let values: Vec<&str> = doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["mentions"].as_array().unwrap())
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    for never in ["12", "3 settings", "9", "14 towns", "88", "7 sites"] {
        assert!(
            !values.iter().any(|v| v.contains(never)),
            "{never:?} from page chrome became a fact: {values:?}"
        );
    }
}

#[test]
fn json_ld_gives_metadata_when_meta_tags_are_missing() {
    let dir = tempfile::tempdir().unwrap();
    let page = r#"<!doctype html><html><head><title>x</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge reopens after 9 months","author":{"@type":"Person","name":"Lena Park"},"datePublished":"2031-05-02T10:00:00+02:00","publisher":{"@type":"Organization","name":"Harbour Post"}}</script>
</head><body><article><p>The bridge over the river reopened on Friday after nine months of repairs that cost 4 million euros, the city said in a statement.</p><p>Engineers replaced 120 cables and the deck, and traffic is expected to return to normal within two weeks, officials told reporters.</p></article></body></html>"#;
    let p = write(dir.path(), "bridge.htm", page);
    let out = run(&["facts", "--json", p.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let a = &json(&out)["articles"][0];
    assert_eq!(a["title"], "Bridge reopens after 9 months");
    assert_eq!(a["byline"], "Lena Park");
    assert_eq!(a["published"], "2031-05-02");
}

#[test]
fn broken_and_empty_pages_are_notes_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(
        dir.path(),
        "broken.html",
        "<html><body><div><p>The ferry sank near the harbour on Monday and 17 people were rescued by fishermen, the coast guard said in a short statement <b><i>to the press</div></span></html",
    );
    let empty = write(
        dir.path(),
        "empty.html",
        "<html><head></head><body></body></html>",
    );
    let blank = write(dir.path(), "blank.html", "   \n");
    let garbage = dir.path().join("garbage.html");
    std::fs::write(&garbage, [0u8, 159, 146, 150, 0, 1, 2, 3, 255].repeat(200)).unwrap();
    let txt = write(
        dir.path(),
        "ok.txt",
        "Ferry sinks\n\nThe ferry sank on Monday; 17 people were rescued.\n",
    );
    let paths: Vec<&str> = [&broken, &empty, &blank, &garbage, &txt]
        .iter()
        .map(|p| p.to_str().unwrap())
        .collect();
    let mut args = vec!["facts", "--json"];
    args.extend(&paths);
    let out = run(&args, None);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains(&format!("{}: ", paths[1])),
        "the empty page gets a note: {err}"
    );
    assert!(err.contains(&format!("{}: empty page", paths[2])), "{err}");
    assert!(err.contains(&format!("{}: binary file", paths[3])), "{err}");
    let doc = json(&out);
    let ids: Vec<&str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"ok"), "{ids:?}");
    if ids.contains(&"broken") {
        let body = doc["articles"][0]["body"].as_str().unwrap();
        assert!(body.contains("17 people were rescued"), "{body}");
    } else {
        assert!(err.contains(&format!("{}: ", paths[0])), "{err}");
    }
    let alone = run(&["facts", paths[1]], None);
    assert_eq!(alone.status.code(), Some(2), "{}", stderr(&alone));
}

#[test]
fn stdin_is_one_article_and_its_spans_refer_to_its_body() {
    let text =
        "Quake kills 24\n\nA quake killed 24 people in the valley on Tuesday, officials said.\n";
    let dir = tempfile::tempdir().unwrap();
    let other = write(
        dir.path(),
        "other.txt",
        "Quake toll 31\n\nThe quake killed 31 people on Tuesday, the ministry said.\n",
    );
    let out = run(
        &["facts", "--json", "-", other.to_str().unwrap()],
        Some(text),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = json(&out);
    let a = &doc["articles"][0];
    assert_eq!(a["id"], "stdin");
    assert_eq!(a["path"], "-");
    assert_eq!(a["format"], "stdin");
    assert_eq!(a["body"], text);
    let bytes = std::fs::read(&other).unwrap();
    let other_path = other.to_str().unwrap();
    assert!(assert_spans_cut_the_body(&doc, &[(other_path, &bytes)]) >= 2);
    let plain = run(&["facts", "-"], Some(text));
    assert!(plain.status.success(), "{}", stderr(&plain));
    assert!(String::from_utf8_lossy(&plain.stdout).contains("stdin"));
}

#[test]
fn a_page_piped_in_is_read_as_html() {
    let out = run(&["facts", "--json", "-"], Some(QUAKE));
    assert!(out.status.success(), "{}", stderr(&out));
    let a = &json(&out)["articles"][0];
    assert_eq!(a["format"], "html");
    assert_eq!(a["title"], "Valley quake leaves 31 dead");
}

#[test]
fn empty_stdin_is_a_clear_error() {
    let out = run(&["facts", "-"], Some(""));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("-: empty file"), "{err}");
}

#[test]
fn markdown_spans_stay_on_the_file_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let md = "# Quake *kills* 24\n\nA quake **killed 24 people** in the [valley](https://example.org/v) on Tuesday.\n\n## Later\n\nThe shaking lasted `40 seconds`, officials said.\n";
    let p = write(dir.path(), "note.md", md);
    let path = p.to_str().unwrap();
    let out = run(&["facts", "--json", path], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = json(&out);
    assert_eq!(doc["articles"][0]["format"], "markdown");
    assert!(doc["articles"][0].get("body").is_none());
    assert!(assert_spans_cut_the_body(&doc, &[(path, md.as_bytes())]) >= 2);
}
