//! Byte spans inside the core, and the one table that turns them into what
//! JavaScript and people count: UTF-16 code units, lines and columns.
//!
//! Every analysis works on byte offsets into the document's `&str`. Nothing
//! converts offsets ad hoc: a [`OffsetTable`] is built once per document and
//! every span that leaves the core goes through it.

use serde::Serialize;
use std::ops::Range;

/// A half-open byte range `[start, end)` into a document's text.
///
/// Stored as two `u32`s: a long text holds millions of spans (every token
/// and word), and half the bytes is half the memory. Texts are limited to
/// `MAX_TEXT_BYTES` at the entry point (`analyze`), so every offset fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

/// The longest text (and source) the core accepts: offsets are `u32`, as
/// they are in JavaScript's UTF-16 strings.
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        debug_assert!(end <= MAX_TEXT_BYTES, "span end {end} past MAX_TEXT_BYTES");
        Span { start: start as u32, end: end as u32 }
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start()..self.end()
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }
}

/// A span as JavaScript sees it: UTF-16 code unit offsets, half-open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Utf16Span {
    pub start: u32,
    pub end: u32,
}

/// A 1-based line and column (the column counts characters, as people do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineColumn {
    pub line: u32,
    pub column: u32,
}

/// Converts byte offsets of one text into UTF-16 offsets and line/columns.
///
/// Built in one pass over the text. Pure-ASCII text stores nothing per
/// character: only the non-ASCII characters are recorded, with the running
/// difference between byte and UTF-16 offsets after each of them.
#[derive(Debug, Clone)]
pub struct OffsetTable {
    /// (byte offset just after a non-ASCII char, bytes minus UTF-16 units so
    /// far, bytes minus chars so far)
    shrink_after: Vec<(u32, u32, u32)>,
    /// Byte offset where each line starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
    /// For block `b` (the bytes from `b * BLOCK_BYTES`), how many line starts
    /// and how many `shrink_after` records come at or before its first byte:
    /// a lookup searches its own block's only. A long text's report looks up
    /// several offsets for each of thousands of findings, and a search over
    /// all of a 10 MB text's lines and characters missed the cache at each step.
    blocks: Vec<(u32, u32)>,
    len: usize,
}

const BLOCK_BYTES: usize = 4096;

impl OffsetTable {
    pub fn new(text: &str) -> Self {
        let mut shrink_after = Vec::new();
        let mut line_starts = vec![0u32];
        let (mut shrink, mut char_shrink) = (0u32, 0u32);
        // By bytes, not by `char_indices`: most of a text is ASCII, and line
        // breaks are. A non-ASCII character's width follows from its first byte.
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            if byte.is_ascii() {
                // "\r\n" is one line break; a lone "\r" (old Mac files) is one too.
                let breaks_line = byte == b'\n' || (byte == b'\r' && bytes.get(at + 1) != Some(&b'\n'));
                if breaks_line {
                    line_starts.push((at + 1) as u32);
                }
                at += 1;
                continue;
            }
            let width = match byte {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            // Four bytes are a surrogate pair in UTF-16, the others one unit.
            shrink += if width == 4 { 2 } else { width - 1 };
            char_shrink += width - 1;
            at += width as usize;
            shrink_after.push((at as u32, shrink, char_shrink));
        }
        // One block past the text's last byte, so every block has a next.
        let count = text.len() / BLOCK_BYTES + 2;
        let mut blocks = Vec::with_capacity(count);
        let (mut lines, mut records) = (0, 0);
        for block in 0..count {
            let first = block * BLOCK_BYTES;
            lines += line_starts[lines..].partition_point(|&start| start as usize <= first);
            records += shrink_after[records..].partition_point(|&(end, ..)| end as usize <= first);
            blocks.push((lines as u32, records as u32));
        }
        OffsetTable { shrink_after, line_starts, blocks, len: text.len() }
    }

    /// How many line starts are at or before `byte` (at most the text's length).
    fn lines_through(&self, byte: usize) -> usize {
        let block = byte / BLOCK_BYTES;
        let (from, to) = (self.blocks[block].0 as usize, self.blocks[block + 1].0 as usize);
        from + self.line_starts[from..to].partition_point(|&s| s as usize <= byte)
    }

    /// How many `shrink_after` records end at or before `byte` (at most the text's length).
    fn records_through(&self, byte: usize) -> usize {
        let block = byte / BLOCK_BYTES;
        let (from, to) = (self.blocks[block].1 as usize, self.blocks[block + 1].1 as usize);
        from + self.shrink_after[from..to].partition_point(|&(end, ..)| end as usize <= byte)
    }

    /// UTF-16 offset of a byte offset (which must be on a char boundary).
    pub fn utf16(&self, byte: usize) -> u32 {
        let byte = byte.min(self.len);
        // Number of recorded characters that end at or before `byte`.
        let seen = self.records_through(byte);
        let shrink = if seen == 0 { 0 } else { self.shrink_after[seen - 1].1 };
        byte as u32 - shrink
    }

    /// Number of chars before a byte offset (on a char boundary).
    fn chars_before(&self, byte: usize) -> u32 {
        let byte = byte.min(self.len);
        let seen = self.records_through(byte);
        let shrink = if seen == 0 { 0 } else { self.shrink_after[seen - 1].2 };
        byte as u32 - shrink
    }

    pub fn utf16_span(&self, span: Span) -> Utf16Span {
        Utf16Span { start: self.utf16(span.start()), end: self.utf16(span.end()) }
    }

    /// Byte offset of a UTF-16 offset; offsets inside a surrogate pair round down.
    pub fn byte(&self, utf16: u32, text: &str) -> usize {
        // Between two recorded characters the text is ASCII, so the last
        // record at or before `utf16` gives the byte offset by addition.
        let seen = self.shrink_after.partition_point(|&(end, shrink, _)| end - shrink <= utf16);
        let shrink = if seen == 0 { 0 } else { self.shrink_after[seen - 1].1 };
        floor_char_boundary(text, (utf16 + shrink) as usize)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, byte: usize, text: &str) -> LineColumn {
        let byte = floor_char_boundary(text, byte.min(self.len));
        let line_index = self.lines_through(byte) - 1;
        let line_start = self.line_starts[line_index] as usize;
        // Through the table, not by counting: a 10 MB single-line text would
        // make every column a scan.
        let column = self.chars_before(byte) - self.chars_before(line_start) + 1;
        LineColumn { line: line_index as u32 + 1, column }
    }

    /// The byte range of the line holding `byte`, without its line break.
    pub fn line_range(&self, byte: usize, text: &str) -> Span {
        let index = self.lines_through(byte.min(self.len)) - 1;
        let start = self.line_starts[index] as usize;
        let end = self.line_starts.get(index + 1).map_or(text.len(), |&s| s as usize);
        let line = &text[start..end];
        let trimmed = line.trim_end_matches(['\n', '\r']);
        Span::new(start, start + trimmed.len())
    }
}

/// The largest char boundary at or below `at`.
pub fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_is_eight_bytes_and_reads_back_its_offsets() {
        // Millions are held for a long text: widening them doubles memory.
        assert_eq!(std::mem::size_of::<Span>(), 8);
        let span = Span::new(3, 4_000_000_000);
        assert_eq!((span.start(), span.end(), span.len()), (3, 4_000_000_000, 3_999_999_997));
        assert_eq!(span.cover(Span::new(1, 2)), Span::new(1, 4_000_000_000));
    }

    /// What JavaScript's `text.slice(start, end)` would return for a UTF-16 span.
    fn js_slice(text: &str, span: Utf16Span) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[span.start as usize..span.end as usize]).unwrap()
    }

    fn check_every_boundary(text: &str) {
        let table = OffsetTable::new(text);
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for &a in &boundaries {
            for &b in boundaries.iter().filter(|&&b| b >= a) {
                let span = Span::new(a, b);
                assert_eq!(js_slice(text, table.utf16_span(span)), &text[a..b], "{text:?} {a}..{b}");
            }
            assert_eq!(table.byte(table.utf16(a), text), a, "round trip of byte {a} in {text:?}");
            // Lines end at "\n", "\r\n" or a lone "\r"; columns count characters.
            // Between the two bytes of "\r\n", the line has not ended yet.
            let mid_crlf = text[..a].ends_with('\r') && text[a..].starts_with('\n');
            let before = &text[..a - usize::from(mid_crlf)];
            let line_start = before.rfind(['\n', '\r']).map_or(0, |at| at + 1);
            let line = 1 + before.matches('\n').count() + before.matches('\r').count()
                - before.matches("\r\n").count();
            let column = text[line_start..a].chars().count() + 1;
            let expected = LineColumn { line: line as u32, column: column as u32 };
            assert_eq!(table.line_column(a, text), expected, "byte {a} in {text:?}");
        }
    }

    #[test]
    fn offsets_across_many_blocks_match_a_walk_over_the_text() {
        // Lookups search one block of the table: lines and characters that
        // straddle blocks, blocks with no line break, a long run of non-ASCII.
        let mut text = String::new();
        for i in 0..400 {
            text.push_str(["a😀b\r\n", "東京é\r", "plain words\n", &"x".repeat(5000), "ب\u{301}"][i % 5]);
        }
        text.push_str(&"é".repeat(3000));
        let table = OffsetTable::new(&text);
        let (mut units, mut line, mut column) = (0u32, 1u32, 1u32);
        let mut previous = None;
        for (at, c) in text.char_indices().chain([(text.len(), '\0')]) {
            // A "\n" after "\r" ends the line the "\r" began to end.
            if previous == Some('\r') && c != '\n' || previous == Some('\n') {
                (line, column) = (line + 1, 1);
            }
            assert_eq!(table.utf16(at), units, "byte {at}");
            assert_eq!(table.line_column(at, &text), LineColumn { line, column }, "byte {at}");
            assert_eq!(table.byte(units, &text), at, "unit {units}");
            units += c.len_utf16() as u32;
            column += u32::from(previous != Some('\r') || c != '\n');
            previous = Some(c);
        }
        assert_eq!(table.line_column(text.len() + 10, &text).line, line);
    }

    #[test]
    fn every_width_of_character_beside_every_line_break() {
        check_every_boundary("a\r\n😀\rب\n東e\u{301}\r\n\r\r\n𝄞é\n");
    }

    #[test]
    fn ascii_offsets_are_identity() {
        let table = OffsetTable::new("plain text");
        assert_eq!(table.utf16(5), 5);
        assert!(table.shrink_after.is_empty());
    }

    #[test]
    fn emoji_take_two_utf16_units() {
        // 😀 is 4 bytes and a surrogate pair; 👩‍👩‍👧 is a ZWJ sequence.
        let text = "a😀b 👩‍👩‍👧 c";
        let table = OffsetTable::new(text);
        assert_eq!(table.utf16(1), 1);
        assert_eq!(table.utf16(5), 3);
        check_every_boundary(text);
    }

    #[test]
    fn combining_marks_cjk_and_rtl() {
        check_every_boundary("Cafe\u{301} noir");
        check_every_boundary("東京都の人口は1400万人です。");
        check_every_boundary("قال الوزير إن 5 أشخاص");
        check_every_boundary("שלום עולם");
    }

    #[test]
    fn bom_counts_as_one_unit() {
        let text = "\u{feff}Title\r\nBody";
        let table = OffsetTable::new(text);
        assert_eq!(table.utf16(3), 1);
        check_every_boundary(text);
    }

    #[test]
    fn lines_and_columns_with_crlf() {
        let text = "one\r\ntwo 😀x\rthree\nfour";
        let table = OffsetTable::new(text);
        assert_eq!(table.line_column(0, text), LineColumn { line: 1, column: 1 });
        let x = text.find('x').unwrap();
        // "two 😀" is five characters before the x.
        assert_eq!(table.line_column(x, text), LineColumn { line: 2, column: 6 });
        let three = text.find("three").unwrap();
        assert_eq!(table.line_column(three, text).line, 3);
        let four = text.find("four").unwrap();
        assert_eq!(table.line_column(four, text), LineColumn { line: 4, column: 1 });
        assert_eq!(table.line_range(x, text).slice(text), "two 😀x");
    }

    #[test]
    fn utf16_inside_a_surrogate_pair_rounds_down() {
        let text = "a😀b";
        let table = OffsetTable::new(text);
        assert_eq!(table.byte(2, text), 1);
        assert_eq!(table.byte(3, text), 5);
    }
}
