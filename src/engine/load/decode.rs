//! Telling text from binary data, and decoding text that is not quite
//! UTF-8 while remembering where each replacement went.

use super::SNIFF_BYTES;
use crate::engine::article::OffsetMap;

/// Why `bytes` look like something other than text, if they do.
///
/// Text has NUL bytes never and control bytes almost never; a file in some
/// legacy 8-bit encoding has a few invalid UTF-8 bytes. Compressed or
/// random data has both in bulk, so a high share of them in the first
/// few KiB marks a file as binary even without a NUL.
pub(super) fn binary_reason(bytes: &[u8]) -> Option<&'static str> {
    if bytes.contains(&0) {
        return Some("contains NUL bytes");
    }
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let is_control = |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)) || b == 0x7F;
    let mut controls = 0;
    let mut invalid = 0;
    for chunk in sample.utf8_chunks() {
        controls += chunk.valid().bytes().filter(|&b| is_control(b)).count();
        invalid += chunk.invalid().len();
    }
    let share = |n: usize| n as f64 / sample.len() as f64;
    if share(controls) > 0.10 || share(controls + invalid) > 0.30 {
        return Some("mostly control or invalid bytes");
    }
    None
}

/// Lossy UTF-8 decoding that remembers where each replacement went.
/// Matches `String::from_utf8_lossy`: one U+FFFD per invalid sequence.
pub(super) fn decode_lossy(bytes: &[u8]) -> (String, OffsetMap, usize) {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut anchors = Vec::new();
    let mut file_pos = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        file_pos += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
            file_pos += chunk.invalid().len();
            anchors.push((text.len(), file_pos));
        }
    }
    let replaced = anchors.len();
    (text, OffsetMap::from_anchors(anchors), replaced)
}
