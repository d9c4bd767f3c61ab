//! What the CLI tests share: the built binary, two small stories, and
//! runs of `crossread facts` with a time limit.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value as Json;

pub const BIN: &str = env!("CARGO_BIN_EXE_crossread");

/// Far past anything these inputs need even in a debug build on a busy
/// machine: only a hang or a pathological slowdown reaches it. The real
/// speed checks are in `benches/` and the README.
pub const HANG: Duration = Duration::from_secs(120);

/// The bound for a 1 MB line: a hang guard, not a speed check. It takes
/// about 3 s in release and took 67 s in a debug build on a 2-core CI
/// machine that was also building (2026-12-05), so only something badly
/// wrong (a quadratic pass) gets near this.
pub const ONE_MB_LIMIT: Duration = Duration::from_secs(180);

pub const STORY: &str = "Quake Strikes Coastal Town\n\nA strong earthquake struck the coastal town on Monday, officials said. At least 12 people died.\n";
pub const STORY2: &str = "Deadly Quake Hits Coast\n\nThe quake hit the coastal town on Monday and killed 14 people, the mayor said.\n";

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

pub struct Run {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub took: Duration,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn json(&self) -> Json {
        serde_json::from_slice(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}); stderr: {}\n{}",
                self.stderr,
                self.stdout()
            )
        })
    }
}

/// Runs the binary with `args`, killing it and failing past `limit`.
pub fn run_with_limit(args: &[&std::ffi::OsStr], limit: Duration) -> Run {
    let child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the binary");
    let pid = child.id();
    let start = Instant::now();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(limit) {
        Ok(out) => out.expect("wait for the binary"),
        Err(_) => {
            // SAFETY: plain kill(2) on the child's pid, which we have not
            // reaped (the waiting thread is still blocked on it).
            unsafe { libc::kill(pid as libc::pid_t, libc::SIGKILL) };
            panic!("crossread {args:?} still running after {limit:?}");
        }
    };
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        took: start.elapsed(),
    }
}

pub fn facts(paths: &[&Path]) -> Run {
    let mut args: Vec<&std::ffi::OsStr> = vec!["facts".as_ref()];
    args.extend(paths.iter().map(|p| p.as_os_str()));
    run_with_limit(&args, HANG)
}

pub fn facts_json(paths: &[&Path]) -> Run {
    let mut args: Vec<&std::ffi::OsStr> = vec!["facts".as_ref(), "--json".as_ref()];
    args.extend(paths.iter().map(|p| p.as_os_str()));
    run_with_limit(&args, HANG)
}

pub fn article_ids(doc: &Json) -> Vec<String> {
    doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

/// Every mention in a `facts --json` document, as (article id, start, end, text).
pub fn mentions(doc: &Json) -> Vec<(String, usize, usize, String)> {
    let mut out = Vec::new();
    for f in doc["facts"].as_array().unwrap() {
        for m in f["mentions"].as_array().unwrap() {
            out.push((
                m["article"].as_str().unwrap().to_string(),
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
                m["text"].as_str().unwrap().to_string(),
            ));
        }
    }
    out
}

/// Checks that every mention of `id` names bytes of `file` that decode
/// (lossily) to its text; returns how many there were.
pub fn assert_spans_point_at_file_bytes(doc: &Json, id: &str, file: &[u8]) -> usize {
    let ms: Vec<_> = mentions(doc).into_iter().filter(|m| m.0 == id).collect();
    for (_, start, end, text) in &ms {
        assert!(
            start < end && *end <= file.len(),
            "span {start}..{end} outside a file of {} bytes",
            file.len()
        );
        assert_eq!(
            &String::from_utf8_lossy(&file[*start..*end]),
            text,
            "bytes {start}..{end} of the file"
        );
    }
    ms.len()
}

/// Pseudo-random bytes with no NUL, like compressed data.
pub fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x as u8).max(1)
        })
        .collect()
}

/// A megabyte of prose in one line, with facts scattered through it.
pub fn megabyte_line() -> String {
    let mut s = String::from("Flood Report ");
    let mut i = 0;
    while s.len() < 1_050_000 {
        i += 1;
        s.push_str(&format!(
            "the river rose again and residents of district {i} waited for news while crews worked through the night; on Monday officials said {} people were moved and $3 million was set aside; ",
            i % 50 + 2
        ));
    }
    assert!(!s.contains('\n'));
    s
}
