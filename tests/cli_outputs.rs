//! Outputs through the built binary: the `report` grid in Markdown, CSV
//! and JSON, the `facts` table's headers, cuts and `--conflicts`, shell
//! completions, the manual page, `--help` and `--version`, and the config
//! command and its errors.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value as Json;

const BIN: &str = env!("CARGO_BIN_EXE_crossread");

const A: &str = "Valley quake kills 24\n\nA strong quake killed 24 people in the valley on Tuesday, officials said. The shaking lasted 40 seconds and damaged 200 homes, and the repair bill is put at $3 million, with the money to come from a national fund set up after the last disaster.\n";
const B: &str = "Quake toll reaches 31\n\nThe quake killed 31 people in the valley on Tuesday, the ministry said. It lasted about 40 seconds. The repair bill is put at $3 million.\n";
const C: &str =
    "Valley mourns\n\nFamilies gathered on Wednesday to mourn the dead in the valley town.\n";

fn corpus(dir: &Path) -> Vec<PathBuf> {
    [("a.txt", A), ("b.txt", B), ("c.txt", C)]
        .iter()
        .map(|(n, t)| {
            let p = dir.join(n);
            std::fs::write(&p, t).unwrap();
            p
        })
        .collect()
}

fn run_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env("CROSSREAD_CONFIG", "/nonexistent/crossread-test.toml");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run crossread")
}

fn run(args: &[&str]) -> Output {
    run_env(args, &[])
}

fn out(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn with_paths<'a>(args: &[&'a str], paths: &'a [PathBuf]) -> Vec<&'a str> {
    let mut v = args.to_vec();
    v.extend(paths.iter().map(|p| p.to_str().unwrap()));
    v
}

#[test]
fn markdown_report_is_a_table_with_a_column_per_article_and_conflicts_first() {
    let dir = tempfile::tempdir().unwrap();
    let paths = corpus(dir.path());
    let md = out(&run(&with_paths(&["report"], &paths)));
    let lines: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(lines[0], "| Fact | Status | a | b | c |", "{md}");
    assert_eq!(lines[1], "|---|---|---|---|---|");
    let statuses: Vec<&str> = lines[2..]
        .iter()
        .map(|l| l.split(" | ").nth(1).unwrap())
        .collect();
    assert_eq!(statuses[0], "conflict", "{md}");
    let rank = |s: &str| {
        ["conflict", "variant", "agree", "unsure", "single"]
            .iter()
            .position(|x| *x == s)
            .unwrap()
    };
    assert!(
        statuses.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
        "{statuses:?}"
    );
    let dead = lines
        .iter()
        .find(|l| l.contains("24 people"))
        .expect("the toll row");
    let cells: Vec<&str> = dead.trim_matches('|').split(" | ").map(str::trim).collect();
    assert_eq!(cells[1], "conflict", "{dead}");
    assert!(cells[2].contains("24 people"), "{dead}");
    assert!(cells[3].contains("31 people"), "{dead}");
    assert_eq!(cells[4], "—", "{dead}");
    for l in lines.iter().filter(|l| !l.starts_with("|---")) {
        assert_eq!(l.matches(" | ").count(), 4, "every row has five cells: {l}");
    }
}

#[test]
fn csv_report_is_quoted_by_the_csv_rules_and_conflicts_filter() {
    let dir = tempfile::tempdir().unwrap();
    let paths = corpus(dir.path());
    let csv = out(&run(&with_paths(&["report", "--format", "csv"], &paths)));
    let mut rows = csv.lines();
    assert_eq!(rows.next(), Some("fact,kind,label,status,a,b,c"));
    let money = csv
        .lines()
        .find(|l| l.contains("$3 million"))
        .expect("the bill row");
    assert!(money.ends_with(",agree,$3 million,$3 million,—"), "{money}");
    let only = out(&run(&with_paths(
        &["report", "--format", "csv", "--conflicts"],
        &paths,
    )));
    let statuses: Vec<&str> = only
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(3).unwrap())
        .collect();
    assert!(!statuses.is_empty());
    assert!(statuses.iter().all(|s| *s == "conflict"), "{only}");
}

#[test]
fn json_report_has_a_cell_per_article_with_null_for_silence() {
    let dir = tempfile::tempdir().unwrap();
    let paths = corpus(dir.path());
    let doc: Json = serde_json::from_str(&out(&run(&with_paths(
        &["report", "--format", "json"],
        &paths,
    ))))
    .unwrap();
    let ids: Vec<&str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
    let rows = doc["rows"].as_array().unwrap();
    assert!(
        rows.iter()
            .all(|r| r["cells"].as_array().unwrap().len() == 3)
    );
    let dead = rows
        .iter()
        .find(|r| {
            r["cells"][0]
                .as_str()
                .is_some_and(|c| c.contains("24 people"))
        })
        .expect("the toll row");
    assert_eq!(dead["status"], "conflict");
    assert!(dead["cells"][1].as_str().unwrap().contains("31 people"));
    assert!(dead["cells"][2].is_null());
}

#[test]
fn facts_table_has_headers_cuts_long_cells_and_filters_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = corpus(dir.path());
    let long = dir.path().join("a-very-long-article-file-name-indeed.txt");
    std::fs::write(&long, B).unwrap();
    paths.push(long);
    let table = out(&run(&with_paths(&["facts"], &paths)));
    assert!(
        table.contains("    ID                       OUTLET · PUBLISHED           TITLE"),
        "{table}"
    );
    assert!(
        table.contains("    ARTICLE                  VALUE                        AS WRITTEN"),
        "{table}"
    );
    assert!(table.contains("a-very-long-article-fil… "), "{table}");
    assert!(table.contains("agree"), "{table}");
    let conflicts = out(&run(&with_paths(&["facts", "--conflicts"], &paths)));
    assert!(conflicts.contains("✗ conflict"), "{conflicts}");
    assert!(!conflicts.contains("✓ agree"), "{conflicts}");
    assert!(
        conflicts.contains("conflicting facts across 4 articles"),
        "{conflicts}"
    );
}

#[test]
fn explain_shows_what_each_mention_is_about_and_the_scored_pairs() {
    let dir = tempfile::tempdir().unwrap();
    let paths = corpus(dir.path());
    let why = out(&run(&with_paths(&["facts", "--explain"], &paths)));
    assert!(why.contains("mentions:") && why.contains("pairs:"), "{why}");
    // "24 people": the count is about people; "40 seconds" has no noun.
    let people = why
        .lines()
        .find(|l| l.contains("\"24 people\""))
        .unwrap_or_else(|| panic!("{why}"));
    assert!(
        people.contains("about=~people") || people.contains("about=people"),
        "{people}"
    );
    let seconds = why
        .lines()
        .find(|l| l.contains("\"40 seconds\""))
        .unwrap_or_else(|| panic!("{why}"));
    assert!(seconds.contains("about=-"), "{seconds}");
}

#[test]
fn completions_are_printed_for_each_shell() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef crossread"),
        ("fish", "complete -c crossread"),
    ] {
        let script = out(&run(&["completions", shell]));
        assert!(script.contains(marker), "{shell}: {script}");
        assert!(script.contains("report"), "{shell} completes subcommands");
    }
    let bad = run(&["completions", "cmd.exe"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn man_page_is_roff_naming_the_commands() {
    let page = out(&run(&["man"]));
    assert!(
        page.starts_with(".ie") || page.contains(".TH crossread"),
        "{page}"
    );
    assert!(
        page.contains("report") && page.contains("completions"),
        "{page}"
    );
}

#[test]
fn every_subcommand_has_help_with_an_example_and_version_is_printed() {
    for sub in ["facts", "report", "completions", "man", "config"] {
        let help = out(&run(&[sub, "--help"]));
        assert!(help.contains("Example"), "{sub}: {help}");
        assert!(help.contains("crossread "), "{sub}: {help}");
    }
    let top = out(&run(&["--help"]));
    assert!(top.contains("Examples:") && top.contains("report"), "{top}");
    let v = out(&run(&["--version"]));
    assert_eq!(v.trim(), format!("crossread {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn config_default_is_a_full_commented_valid_config() {
    let text = out(&run(&["config", "--default"]));
    for section in [
        "[keys]",
        "[filter_keys]",
        "[help_keys]",
        "[theme]",
        "[reader]",
    ] {
        assert!(text.contains(section), "{section} missing");
    }
    assert!(text.contains("quit = [\"q\", \": q\", \"Ctrl-c\"]"));
    assert!(
        text.lines().filter(|l| l.starts_with('#')).count() > 20,
        "commented"
    );
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("config.toml");
    std::fs::write(&p, &text).unwrap();
    let check = out(&run_env(
        &["config"],
        &[("CROSSREAD_CONFIG", p.to_str().unwrap())],
    ));
    assert!(check.contains("(valid)"), "{check}");
}

#[test]
fn config_is_found_by_the_xdg_rules() {
    let dir = tempfile::tempdir().unwrap();
    let xdg = dir.path().join("xdg");
    let home = dir.path().join("home");
    let run_where = |xdg_set: bool| {
        let mut cmd = Command::new(BIN);
        cmd.arg("config")
            .env_remove("CROSSREAD_CONFIG")
            .env("HOME", &home);
        if xdg_set {
            cmd.env("XDG_CONFIG_HOME", &xdg);
        } else {
            cmd.env_remove("XDG_CONFIG_HOME");
        }
        String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned()
    };
    assert!(run_where(true).starts_with(&format!(
        "{}/crossread/config.toml (not there",
        xdg.display()
    )));
    assert!(run_where(false).starts_with(&format!(
        "{}/.config/crossread/config.toml (not there",
        home.display()
    )));
}

#[test]
fn bad_configs_exit_2_naming_file_key_and_line_before_any_terminal_use() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("[keys]\nquit = [\"x\"]\n[colours]\n", "colours", ":3:"),
        ("[keys]\nqiut = [\"x\"]\n", "keys.qiut", ":2:"),
        (
            "[keys]\nquit = [\"Hyper-x\"]\n",
            "unknown key `Hyper-x`",
            ":2:",
        ),
        (
            "[theme]\n\nborder = { fg = \"reddish\" }\n",
            "theme.border.fg",
            ":3:",
        ),
    ];
    for (src, needle, line) in cases {
        let p = dir.path().join("config.toml");
        std::fs::write(&p, src).unwrap();
        let file = p.to_str().unwrap();
        // No terminal here: a config error must come before the check for one.
        let o = run_env(&[], &[("CROSSREAD_CONFIG", file)]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{src}: {err}");
        assert!(err.contains(&format!("{file}{line}")), "{src}: {err}");
        assert!(err.contains(needle), "{src}: {err}");
        assert!(!err.contains("needs a terminal"), "{err}");
        assert!(o.stdout.is_empty(), "the terminal was written to");
    }
    let missing = run_env(&[], &[("CROSSREAD_CONFIG", "/nonexistent/dir/c.toml")]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/dir/c.toml"));
}
