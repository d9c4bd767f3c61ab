//! Fetching pages over HTTP(S) with a blocking client, within limits: a
//! time budget, a size cap, a few redirects, http and https only.
//!
//! [`fetch_all`] reports each step to a callback, so it can run on a
//! worker thread and feed a progress line.

use std::time::Duration;

use super::cache::Cache;
use crate::engine::load::human_size;

/// The budget for one page, from the DNS lookup to the last byte.
pub const TIMEOUT: Duration = Duration::from_secs(15);
/// Pages larger than this are refused: an article page is a few hundred KiB.
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;
pub const MAX_REDIRECTS: u32 = 5;
/// Some sites refuse clients that do not look like a browser.
pub const USER_AGENT: &str =
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 crossread/0.1";

/// How pages are fetched and kept.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    pub timeout: Duration,
    pub max_bytes: u64,
    pub max_redirects: u32,
    /// Where fetched pages are kept; `None` keeps nothing.
    pub cache: Option<Cache>,
    /// Fetch again even when a page is cached.
    pub refresh: bool,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: TIMEOUT,
            max_bytes: MAX_BYTES,
            max_redirects: MAX_REDIRECTS,
            cache: Cache::from_env(),
            refresh: false,
        }
    }
}

/// Why a page could not be fetched, worded for the user.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    #[error("only http:// and https:// links can be fetched")]
    Scheme,
    #[error("not a valid web address ({0})")]
    BadUrl(String),
    #[error("cannot find the server (DNS lookup failed)")]
    HostNotFound,
    #[error("cannot connect to the server (refused or unreachable)")]
    Connect,
    #[error("the server answered {0}")]
    Status(String),
    #[error("no complete answer within {} s, gave up", .0.as_secs_f32())]
    Timeout(Duration),
    #[error("the page is larger than the {} limit, skipped", human_size(*.0))]
    TooLarge(u64),
    #[error("more than {0} redirects, gave up")]
    TooManyRedirects(u32),
    #[error("not a web page (content type {0}), skipped")]
    NotHtml(String),
    #[error("fetch failed: {0}")]
    Other(String),
}

/// One step of [`fetch_all`], for a progress line.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// 1-based position of the page among those asked for.
    pub index: usize,
    pub total: usize,
    pub url: String,
    pub step: Step,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Fetching,
    Fetched { bytes: usize },
    FromCache,
    Failed(String),
}

impl std::fmt::Display for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (i, n, url) = (self.index, self.total, &self.url);
        match &self.step {
            Step::Fetching => write!(f, "fetching {i}/{n}: {url}"),
            Step::Fetched { bytes } => write!(f, "fetched {i}/{n}: {url} ({bytes} bytes)"),
            Step::FromCache => write!(f, "cached {i}/{n}: {url}"),
            Step::Failed(why) => write!(f, "failed {i}/{n}: {url}: {why}"),
        }
    }
}

/// A page's bytes or why there are none, with anything else worth saying
/// (a refresh that failed, a cache that could not be written).
#[derive(Debug)]
pub struct Page {
    pub result: Result<Vec<u8>, FetchError>,
    pub notes: Vec<String>,
}

/// Fetches each page in order (or takes it from the cache), calling
/// `progress` before and after each.
pub fn fetch_all(
    urls: &[String],
    opts: &FetchOptions,
    progress: &mut dyn FnMut(Progress),
) -> Vec<Page> {
    let total = urls.len();
    if total == 0 {
        return Vec::new();
    }
    let agent = agent(opts);
    let mut out = Vec::with_capacity(total);
    for (i, url) in urls.iter().enumerate() {
        let report = |step| Progress {
            index: i + 1,
            total,
            url: url.clone(),
            step,
        };
        let cached = opts.cache.as_ref().and_then(|c| c.get(url));
        if let (Some(body), false) = (&cached, opts.refresh) {
            progress(report(Step::FromCache));
            out.push(Page {
                result: Ok(body.clone()),
                notes: Vec::new(),
            });
            continue;
        }
        progress(report(Step::Fetching));
        let mut notes = Vec::new();
        let result = match fetch_with(&agent, url, opts) {
            Ok(body) => {
                progress(report(Step::Fetched { bytes: body.len() }));
                if let Some(Err(e)) = opts.cache.as_ref().map(|c| c.put(url, &body)) {
                    notes.push(format!("could not save the page in the cache: {e}"));
                }
                Ok(body)
            }
            Err(e) => {
                progress(report(Step::Failed(e.to_string())));
                match cached {
                    Some(body) => {
                        notes.push(format!(
                            "could not fetch it again ({e}); using the cached copy"
                        ));
                        Ok(body)
                    }
                    None => Err(e),
                }
            }
        };
        out.push(Page { result, notes });
    }
    out
}

fn agent(opts: &FetchOptions) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(opts.timeout))
        .max_redirects(opts.max_redirects)
        .http_status_as_error(false)
        .user_agent(USER_AGENT)
        .accept("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
        .build()
        .into()
}

/// Fetches one page with fresh settings (no cache).
pub fn fetch(url: &str, opts: &FetchOptions) -> Result<Vec<u8>, FetchError> {
    fetch_with(&agent(opts), url, opts)
}

fn fetch_with(agent: &ureq::Agent, url: &str, opts: &FetchOptions) -> Result<Vec<u8>, FetchError> {
    let scheme = url.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    if !matches!(scheme.as_deref(), Some("http" | "https")) {
        return Err(FetchError::Scheme);
    }
    let why = |e: ureq::Error| classify(e, opts);
    let mut resp = agent.get(url).call().map_err(why)?;
    let status = resp.status();
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("");
        return Err(FetchError::Status(
            format!("{} {reason}", status.as_u16()).trim().to_string(),
        ));
    }
    let ctype = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let mime = ctype
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if !(mime.is_empty() || mime == "text/html" || mime == "application/xhtml+xml") {
        return Err(FetchError::NotHtml(mime));
    }
    if let Some(len) = resp.body().content_length()
        && len > opts.max_bytes
    {
        return Err(FetchError::TooLarge(opts.max_bytes));
    }
    resp.body_mut()
        .with_config()
        .limit(opts.max_bytes)
        .read_to_vec()
        .map_err(why)
}

fn classify(e: ureq::Error, opts: &FetchOptions) -> FetchError {
    use ureq::Error as E;
    match e {
        E::Timeout(_) => FetchError::Timeout(opts.timeout),
        E::HostNotFound => FetchError::HostNotFound,
        E::ConnectionFailed => FetchError::Connect,
        E::BodyExceedsLimit(_) => FetchError::TooLarge(opts.max_bytes),
        E::TooManyRedirects => FetchError::TooManyRedirects(opts.max_redirects),
        E::BadUri(u) => FetchError::BadUrl(u),
        E::Http(h) => FetchError::BadUrl(h.to_string()),
        E::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => FetchError::Connect,
        E::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => FetchError::Timeout(opts.timeout),
        other => FetchError::Other(other.to_string()),
    }
}

/// A short, file-name-safe id for a page: its host and the last part of
/// its path ("example.org-quake-kills-24").
pub fn id_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let mut parts = rest.split('/').filter(|p| !p.is_empty());
    let host = parts.next().unwrap_or("page");
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.trim_start_matches("www.");
    let last = parts
        .next_back()
        .map(|p| p.trim_end_matches(".html").trim_end_matches(".htm"));
    let raw = match last {
        Some(l) if !l.is_empty() => format!("{host}-{l}"),
        _ => host.to_string(),
    };
    let slug: String = raw
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .take(60)
        .collect();
    slug.trim_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_name_the_host_and_the_page() {
        assert_eq!(
            id_of("https://www.example.org/world/quake-kills-24.html?x=1"),
            "example.org-quake-kills-24"
        );
        assert_eq!(id_of("http://127.0.0.1:8080/"), "127.0.0.1-8080");
        assert_eq!(id_of("https://news.example/a b/"), "news.example-a-b");
    }

    #[test]
    fn other_schemes_are_refused_before_any_connection() {
        let e = fetch(
            "ftp://example.org/a",
            &FetchOptions {
                cache: None,
                ..FetchOptions::default()
            },
        );
        assert_eq!(e, Err(FetchError::Scheme));
    }
}
