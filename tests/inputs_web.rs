//! Links: fetching against a server on 127.0.0.1 started by the test (no
//! outside network), every failure a clear per-link note, and the cache
//! that lets the same links open again offline.

#[path = "common/http.rs"]
mod http;

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use crossread::input::cache::Cache;
use crossread::input::fetch::{self, FetchError, FetchOptions};
use http::{Route, Server};
use serde_json::Value as Json;

const BIN: &str = env!("CARGO_BIN_EXE_crossread");
const QUAKE: &str = include_str!("fixtures/pages/quake.html");
const QUAKE2: &str = include_str!("fixtures/pages/quake2.html");

fn server() -> Server {
    let mut routes = HashMap::new();
    routes.insert("/quake".to_string(), Route::html(QUAKE));
    routes.insert("/toll".to_string(), Route::html(QUAKE2));
    routes.insert("/moved".to_string(), Route::redirect("/quake"));
    routes.insert("/loop".to_string(), Route::redirect("/loop"));
    routes.insert("/gone".to_string(), Route::status(404));
    routes.insert("/broken".to_string(), Route::status(500));
    routes.insert(
        "/slow".to_string(),
        Route::html(QUAKE).after(Duration::from_secs(3)),
    );
    let huge = vec![b'a'; 5 * 1024 * 1024 + 1024];
    routes.insert(
        "/huge".to_string(),
        Route::typed("text/html", &huge).without_length(),
    );
    routes.insert("/huge-sized".to_string(), Route::typed("text/html", &huge));
    routes.insert(
        "/paper.pdf".to_string(),
        Route::typed("application/pdf", b"%PDF-1.4 not a page"),
    );
    Server::start(routes)
}

fn opts() -> FetchOptions {
    FetchOptions {
        timeout: Duration::from_millis(800),
        cache: None,
        ..FetchOptions::default()
    }
}

#[test]
fn a_page_is_fetched_whole() {
    let s = server();
    let body = fetch::fetch(&s.url("/quake"), &opts()).unwrap();
    assert_eq!(body, QUAKE.as_bytes());
}

#[test]
fn a_redirect_is_followed_to_the_page() {
    let s = server();
    let body = fetch::fetch(&s.url("/moved"), &opts()).unwrap();
    assert_eq!(body, QUAKE.as_bytes());
}

#[test]
fn endless_redirects_stop_after_the_limit() {
    let s = server();
    let e = fetch::fetch(&s.url("/loop"), &opts()).unwrap_err();
    assert_eq!(e, FetchError::TooManyRedirects(5));
    assert_eq!(e.to_string(), "more than 5 redirects, gave up");
}

#[test]
fn error_statuses_are_named() {
    let s = server();
    let e = fetch::fetch(&s.url("/gone"), &opts()).unwrap_err();
    assert_eq!(e.to_string(), "the server answered 404 Not Found");
    let e = fetch::fetch(&s.url("/broken"), &opts()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the server answered 500 Internal Server Error"
    );
}

#[test]
fn a_slow_server_times_out() {
    let s = server();
    let started = std::time::Instant::now();
    let e = fetch::fetch(&s.url("/slow"), &opts()).unwrap_err();
    assert!(matches!(e, FetchError::Timeout(_)), "{e:?}");
    assert!(
        e.to_string().contains("no complete answer within 0.8 s"),
        "{e}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "waited for the slow answer"
    );
}

#[test]
fn oversized_bodies_are_refused_with_or_without_a_length() {
    let s = server();
    for path in ["/huge", "/huge-sized"] {
        let e = fetch::fetch(&s.url(path), &opts()).unwrap_err();
        assert_eq!(e, FetchError::TooLarge(5 * 1024 * 1024), "{path}");
        assert_eq!(
            e.to_string(),
            "the page is larger than the 5 MiB limit, skipped"
        );
    }
}

#[test]
fn other_content_types_are_not_pages() {
    let s = server();
    let e = fetch::fetch(&s.url("/paper.pdf"), &opts()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "not a web page (content type application/pdf), skipped"
    );
}

#[test]
fn a_refused_connection_is_named() {
    let s = server();
    let url = s.url("/quake");
    s.stop();
    let e = fetch::fetch(&url, &opts()).unwrap_err();
    assert_eq!(e, FetchError::Connect, "{e}");
}

fn run(args: &[&str], cache: &Path) -> Output {
    Command::new(BIN)
        .args(args)
        .env("XDG_CACHE_HOME", cache)
        .env("CROSSREAD_CONFIG", cache.join("none.toml"))
        .output()
        .expect("run crossread")
}

fn articles(out: &Output) -> Vec<Json> {
    let doc: Json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    doc["articles"].as_array().unwrap().clone()
}

#[test]
fn links_mix_with_files_and_each_failure_is_a_note_naming_its_link() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("local.txt");
    std::fs::write(
        &file,
        "Quake kills 30\n\nThe quake killed 30 people on Tuesday and lasted 40 seconds, officials said.\n",
    )
    .unwrap();
    let (ok, gone, pdf, bad) = (
        s.url("/quake"),
        s.url("/gone"),
        s.url("/paper.pdf"),
        "ftp://127.0.0.1/x".to_string(),
    );
    let out = run(
        &[
            "facts",
            "--json",
            &ok,
            file.to_str().unwrap(),
            &gone,
            &pdf,
            &bad,
            &s.url("/toll"),
        ],
        &dir.path().join("cache"),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!("{gone}: the server answered 404 Not Found")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{pdf}: not a web page (content type application/pdf)"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{bad}: only http:// and https:// links can be fetched"
        )),
        "{err}"
    );
    let arts = articles(&out);
    let paths: Vec<&str> = arts.iter().map(|a| a["path"].as_str().unwrap()).collect();
    assert_eq!(
        paths,
        [ok.as_str(), file.to_str().unwrap(), s.url("/toll").as_str()]
    );
    let page = &arts[0];
    assert_eq!(page["title"], "Valley quake leaves 31 dead");
    assert_eq!(page["outlet"], "The Northern Ledger");
    assert_eq!(page["published"], "2031-03-04");
    assert_eq!(page["byline"], "Ana Rivera");
    assert_eq!(page["format"], "html");
    assert_eq!(page["url"], ok.as_str());
    let body = page["body"].as_str().unwrap();
    for chrome in [
        "cookies",
        "Storm kills",
        "Harbour Road",
        "Markets",
        "Share on",
    ] {
        assert!(
            !body.contains(chrome),
            "{chrome:?} reached the body:\n{body}"
        );
    }
    assert!(body.contains("killed 31 people"), "{body}");
    assert!(
        arts[1].get("body").is_none(),
        "a text file's spans are its bytes"
    );
}

#[test]
fn cached_links_open_again_with_the_server_stopped_and_refresh_falls_back() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let (a, b) = (s.url("/quake"), s.url("/toll"));
    let first = run(&["facts", "--json", &a, &b], &cache);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let c = Cache::new(cache.join("crossread"));
    assert_eq!(c.get(&a).as_deref(), Some(QUAKE.as_bytes()));
    s.stop();

    let again = run(&["facts", "--json", &a, &b], &cache);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(again.stdout, first.stdout, "the cached reopen differs");
    assert!(
        again.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );

    let refreshed = run(&["facts", "--json", "--refresh", &a, &b], &cache);
    let err = String::from_utf8_lossy(&refreshed.stderr);
    assert!(refreshed.status.success(), "{err}");
    assert!(
        err.contains(&format!("{a}: could not fetch it again (cannot connect")),
        "{err}"
    );
    assert!(err.contains("using the cached copy"), "{err}");
    assert_eq!(articles(&refreshed).len(), 2);
}

#[test]
fn the_same_link_twice_is_fetched_and_loaded_once() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let url = s.url("/quake");
    let out = run(
        &["facts", "--json", &url, &s.url("/toll"), &url],
        &dir.path().join("cache"),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!("{url}: already loaded, skipped")),
        "{err}"
    );
    assert_eq!(articles(&out).len(), 2);
    assert_eq!(s.hits(), 2);
}

#[test]
fn refresh_fetches_again_while_the_server_is_up() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let url = s.url("/quake");
    assert!(run(&["facts", &url], &cache).status.success());
    let hits = s.hits();
    assert!(run(&["facts", &url], &cache).status.success());
    assert_eq!(s.hits(), hits, "a cached page was fetched again");
    assert!(run(&["facts", "--refresh", &url], &cache).status.success());
    assert_eq!(s.hits(), hits + 1, "--refresh did not fetch");
}

#[test]
fn only_failed_links_is_exit_2_listing_each() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let (gone, pdf) = (s.url("/gone"), s.url("/paper.pdf"));
    let out = run(&["facts", &gone, &pdf], &dir.path().join("cache"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("404 Not Found") && err.contains("application/pdf"),
        "{err}"
    );
}
