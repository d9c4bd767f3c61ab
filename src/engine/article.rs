//! One loaded article: its text exactly as read, and what we could tell
//! about it.

use jiff::civil::Date;
use serde::Serialize;

/// Metadata guessed from the text and the file name.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Meta {
    pub title: String,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    /// The bytes of `Article::text` that `published` was read from, such
    /// as "2026-01-10" in "date 2026-01-10 …". The date there is metadata,
    /// not a fact of the story, so fact extraction skips mentions in it.
    pub published_span: Option<std::ops::Range<usize>>,
    /// For an article with no dated line: the day its wire dateline gives
    /// without a year, which the loader dates from the other articles.
    #[serde(skip)]
    pub dateline_day: Option<DatelineDay>,
    pub byline: Option<String>,
    /// What the text was taken from.
    pub format: Format,
    /// The address a fetched page came from.
    pub url: Option<String>,
}

/// A day a wire dateline gives without its year: "LONDON, Jan 7 (Reuters)
/// —". Its span, like `Meta::published_span`, is metadata, not a fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatelineDay {
    pub span: std::ops::Range<usize>,
    pub month: i8,
    pub day: i8,
}

/// The kind of input an article was read from. For plain text and
/// Markdown the text is the file's bytes; for the others it was extracted
/// (from a page, a JSON line, standard input), so offsets refer to the
/// extracted text, which `facts --json` includes as `body`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Html,
    Jsonl,
    /// Plain text read from standard input: there is no file to point into.
    Stdin,
}

impl Format {
    /// Whether offsets into the text are offsets into a file the user has.
    pub fn is_file_bytes(self) -> bool {
        matches!(self, Format::Text | Format::Markdown)
    }
}

/// Maps byte offsets in `Article::text` back to byte offsets in the file.
///
/// The two differ only when the file was not valid UTF-8 and was decoded
/// lossily: each invalid sequence became one U+FFFD (3 bytes) in the text.
/// `anchors` holds, for every replacement, (text offset just after it,
/// file offset just after the bytes it replaced), in increasing order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OffsetMap {
    anchors: Vec<(usize, usize)>,
}

impl OffsetMap {
    pub fn identity() -> Self {
        OffsetMap::default()
    }

    pub fn from_anchors(anchors: Vec<(usize, usize)>) -> Self {
        OffsetMap { anchors }
    }

    pub fn is_identity(&self) -> bool {
        self.anchors.is_empty()
    }

    /// The file offset of a text offset that lies on a char boundary
    /// outside any replacement character.
    pub fn to_file(&self, text_offset: usize) -> usize {
        let i = self.anchors.partition_point(|&(t, _)| t <= text_offset);
        match i.checked_sub(1).map(|k| self.anchors[k]) {
            Some((t, f)) => f + (text_offset - t),
            None => text_offset,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The file stem: "001_5519969d746b4f91". Unique within a corpus: when
    /// two files share a stem, later ones get "-2", "-3", … (see `path`).
    pub id: String,
    /// The path as the user gave it, or `seeds/<file>` for the built-in corpus.
    pub path: String,
    /// The text, byte for byte as on disk when the file is valid UTF-8,
    /// including any BOM and `\r` so that offsets match the file's.
    pub text: String,
    pub meta: Meta,
    pub offsets: OffsetMap,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_map_shifts_after_each_replacement() {
        // file: b"a\xffb\xfe\xfdc" -> text "a\u{fffd}b\u{fffd}c"? Each invalid byte
        // is one replacement here: "a" + FFFD(3) + "b" + FFFD(3)+FFFD(3) + "c".
        // anchors: after 1st FFFD text 4 / file 2; after 2nd text 8 / file 4;
        // after 3rd text 11 / file 5.
        let m = OffsetMap::from_anchors(vec![(4, 2), (8, 4), (11, 5)]);
        assert_eq!(m.to_file(0), 0);
        assert_eq!(m.to_file(4), 2); // 'b'
        assert_eq!(m.to_file(11), 5); // 'c'
        assert_eq!(m.to_file(12), 6); // end
        assert_eq!(OffsetMap::identity().to_file(7), 7);
    }
}
