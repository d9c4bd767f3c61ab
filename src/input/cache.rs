//! Fetched pages kept on disk, so the same links open again offline.
//!
//! One file per page under `$XDG_CACHE_HOME/crossread/` (else
//! `~/.cache/crossread/`), named by a hash of the URL, written to a
//! temporary file first and renamed into place so a crash or a second
//! crossread never leaves half a page behind.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cache {
    dir: PathBuf,
}

/// What one cache file holds. The URL is kept to tell a hash collision
/// (or a hand-edited file) from the page asked for.
#[derive(Serialize, Deserialize)]
struct Entry {
    url: String,
    fetched: String,
    body: String,
}

impl Cache {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Cache { dir: dir.into() }
    }

    /// The XDG location, if a home or cache directory is known.
    pub fn from_env() -> Option<Self> {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
        Some(Cache::new(base.join("crossread")))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn file(&self, url: &str) -> PathBuf {
        let hash = Sha256::digest(url.as_bytes());
        let hex: String = hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{hex}.json"))
    }

    /// The cached page of `url`, if there is a readable one.
    pub fn get(&self, url: &str) -> Option<Vec<u8>> {
        let bytes = std::fs::read(self.file(url)).ok()?;
        let entry: Entry = serde_json::from_slice(&bytes).ok()?;
        (entry.url == url).then(|| entry.body.into_bytes())
    }

    /// Keeps `body` as the page of `url`, replacing any older copy at once.
    pub fn put(&self, url: &str, body: &[u8]) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let entry = Entry {
            url: url.to_string(),
            fetched: jiff::Timestamp::now().to_string(),
            body: String::from_utf8_lossy(body).into_owned(),
        };
        let json = serde_json::to_vec(&entry).map_err(std::io::Error::other)?;
        let target = self.file(url);
        let tmp = self.dir.join(format!(
            ".{}.{}.tmp",
            target
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("page"),
            std::process::id()
        ));
        let written = std::fs::File::create(&tmp).and_then(|mut f| {
            f.write_all(&json)?;
            f.sync_all()
        });
        match written.and_then(|()| std::fs::rename(&tmp, &target)) {
            Ok(()) => Ok(()),
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_put_is_got_back_and_others_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cache::new(dir.path().join("crossread"));
        assert_eq!(c.get("http://a.example/x"), None);
        c.put("http://a.example/x", b"<html>x</html>").unwrap();
        assert_eq!(
            c.get("http://a.example/x").as_deref(),
            Some(&b"<html>x</html>"[..])
        );
        assert_eq!(c.get("http://a.example/y"), None);
        c.put("http://a.example/x", b"<html>new</html>").unwrap();
        assert_eq!(
            c.get("http://a.example/x").as_deref(),
            Some(&b"<html>new</html>"[..])
        );
        let leftovers = std::fs::read_dir(c.dir()).unwrap().filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        });
        assert_eq!(leftovers.count(), 0);
    }
}
