//! Lookup in a byte-sorted text table of `key<TAB>rest` lines, searched in
//! place. Opening a table costs nothing beyond skipping its `#` header, so
//! the embedded lexicon needs no parse into maps at startup.

/// A table body: `key<TAB>rest` lines sorted by key bytes, keys unique.
#[derive(Clone, Copy, Debug)]
pub(super) struct SortedLines {
    body: &'static str,
}

impl SortedLines {
    /// Takes the whole file; leading lines starting with `#` are comments.
    pub(super) fn new(text: &'static str) -> Self {
        let mut body = text;
        while body.starts_with('#') {
            body = body.split_once('\n').map_or("", |(_, rest)| rest);
        }
        SortedLines { body }
    }

    /// The line whose key is `key`, as `(key, rest)`, both borrowed from the
    /// table.
    pub(super) fn find(&self, key: &str) -> Option<(&'static str, &'static str)> {
        let body = self.body;
        let bytes = body.as_bytes();
        // `lo` is always a line start; `hi` a line start or the end.
        let (mut lo, mut hi) = (0, bytes.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = bytes[lo..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |i| lo + i + 1);
            let end = bytes[start..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |i| start + i);
            let line = &body[start..end];
            let (line_key, rest) = line.split_once('\t').unwrap_or((line, ""));
            match line_key.as_bytes().cmp(key.as_bytes()) {
                std::cmp::Ordering::Equal => return Some((line_key, rest)),
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        None
    }

    /// Every line, in table order (for checks, not for lookups).
    #[cfg(test)]
    pub(super) fn lines(&self) -> impl Iterator<Item = &'static str> {
        self.body.lines()
    }
}

#[cfg(test)]
mod tests {
    use super::SortedLines;

    const TABLE: &str = "# comment\n# another\na\t1\nab\t2\nb-c\t3\nbc\t\nz\t5";

    #[test]
    fn finds_every_key_and_its_rest() {
        let table = SortedLines::new(TABLE);
        assert_eq!(table.find("a"), Some(("a", "1")));
        assert_eq!(table.find("ab"), Some(("ab", "2")));
        assert_eq!(table.find("b-c"), Some(("b-c", "3")));
        assert_eq!(table.find("bc"), Some(("bc", "")));
        assert_eq!(
            table.find("z"),
            Some(("z", "5")),
            "last line has no newline"
        );
    }

    #[test]
    fn misses_absent_keys_and_prefixes() {
        let table = SortedLines::new(TABLE);
        for key in ["", "#", "aa", "b", "c", "zz", "# comment"] {
            assert_eq!(table.find(key), None, "{key:?}");
        }
        assert_eq!(SortedLines::new("# only a header\n").find("a"), None);
    }
}
