//! Tokens: the non-space word-boundary segments of a passage, by the rules
//! of UAX #29 over character classes worked out here rather than looked up in
//! the Unicode word-break tables (about 14 KB of the gzipped wasm).
//!
//! Text is split at ASCII whitespace first; each run between is cut into
//! clusters (a character with the combining marks, joiners and format
//! characters after it, UAX #29's rule WB4) and the clusters are joined by
//! the rules WB3c–WB16. The classes ([`class`]) are exact for ASCII, the
//! typographic marks of news text, Latin, Greek, Cyrillic, Armenian, Hebrew,
//! Arabic, Indic scripts, Hangul, kana and CJK ideographs, emoji with
//! modifiers and joiners, and flags. Where they are approximate:
//! - combining marks are those of the main combining blocks (and every mark
//!   Unicode counts as alphabetic, which joins letters as a letter would);
//! - decimal digits of any script are `char::is_numeric` characters that are
//!   not letters, less superscripts, fractions and enclosed numbers;
//! - Khmer and Myanmar letters join into one token per run (the tables give
//!   one token per character, since those scripts need a dictionary to find
//!   words; Thai and Lao are classed as the tables do);
//! - a combining mark or joiner right after an ASCII space starts the next
//!   token, where UAX #29 would attach it to the space.
//!
//! `tests/properties.rs` holds this to the `unicode-segmentation` crate on
//! text mixing all of the above.

use super::Span;

/// The tokens of `span` in `text`, in order.
pub fn token_spans(text: &str, span: Span) -> Vec<Span> {
    let mut tokens = Vec::new();
    push_tokens(text, span, &mut tokens);
    tokens
}

/// Appends the tokens of `span` in `text` to `out`.
pub fn push_tokens(text: &str, span: Span, out: &mut Vec<Span>) {
    let Some(passage) = text.get(span.range()) else { return };
    let bytes = passage.as_bytes();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at].is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let end = bytes[at..].iter().position(u8::is_ascii_whitespace).map_or(bytes.len(), |n| at + n);
        // `at` and `end` sit next to ASCII bytes, so both are char boundaries.
        let run = &passage[at..end];
        let offset = span.start() + at;
        at = end;
        if run.len() == 1 {
            // Runs of one byte are punctuation or a one-letter word: one token (unless it is a
            // vertical tab, which is a space that is not ASCII whitespace).
            if bytes[offset - span.start()] != b'\x0b' {
                out.push(Span::new(offset, offset + 1));
            }
            continue;
        }
        if push_plain_ascii_run(run.as_bytes(), offset, out) {
            continue;
        }
        clusters.clear();
        for (i, c) in run.char_indices() {
            let class = class(c);
            match clusters.last_mut() {
                // WB4: marks, joiners and format characters belong to what they follow.
                Some(last) if matches!(class, Class::Extend | Class::Zwj) && last.class != Class::Newline => {
                    last.ends_with_zwj = class == Class::Zwj;
                    last.extended = true;
                }
                _ => clusters.push(Cluster {
                    start: i,
                    class,
                    ends_with_zwj: class == Class::Zwj,
                    extended: false,
                }),
            }
        }
        push_segments(run, &clusters, offset, out);
    }
}

/// Most runs of news text are ASCII punctuation, then letters and digits, then
/// punctuation: "(Ipac),", "2024.", "word". The rules give such a run one token
/// for the letters and digits and one for each mark (no mark sits between two
/// letters or digits, where it could join them); this finds them without
/// classing each character, and says whether it did. `_` joins whatever it
/// touches, and other runs ("don't", "1,991", "U.S.", non-ASCII) take the
/// general path.
fn push_plain_ascii_run(run: &[u8], offset: usize, out: &mut Vec<Span>) -> bool {
    let is_mark = |b: &u8| b.is_ascii_graphic() && !b.is_ascii_alphanumeric() && *b != b'_';
    let lead = run.iter().take_while(|b| is_mark(b)).count();
    let body = run[lead..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let trail = run[lead + body..].iter().take_while(|b| is_mark(b)).count();
    if lead + body + trail != run.len() {
        return false;
    }
    let one_byte = |at: usize| Span::new(offset + at, offset + at + 1);
    out.extend((0..lead).map(one_byte));
    if body > 0 {
        out.push(Span::new(offset + lead, offset + lead + body));
    }
    out.extend((lead + body..run.len()).map(one_byte));
    true
}

/// Word-break classes (UAX #29), with MidNumLet and Single_Quote as one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Letter,
    Hebrew,
    Numeric,
    Katakana,
    ExtendNumLet,
    MidLetter,
    MidNum,
    /// MidNumLet and Single_Quote: join letters to letters and digits to digits.
    MidNumLetQ,
    /// `'` also joins a Hebrew letter to what follows, and `"` two Hebrew letters.
    Apostrophe,
    DoubleQuote,
    RegionalIndicator,
    Pictographic,
    /// Horizontal spaces other than ASCII ones (which never reach here).
    Space,
    Newline,
    /// Combining marks and format characters; a joiner.
    Extend,
    Zwj,
    /// Breaks on both sides: punctuation, symbols, ideographs, hiragana.
    Other,
}

/// A character with the marks after it.
struct Cluster {
    start: usize,
    class: Class,
    ends_with_zwj: bool,
    extended: bool,
}

fn class(c: char) -> Class {
    use Class::*;
    match c {
        'a'..='z' | 'A'..='Z' => Letter,
        '0'..='9' => Numeric,
        '_' => ExtendNumLet,
        ':' => MidLetter,
        ',' | ';' => MidNum,
        '.' | '‘' | '’' => MidNumLetQ,
        '\'' => Apostrophe,
        '"' => DoubleQuote,
        '\x0b' | '\x0c' | '\u{85}' | '\u{2028}' | '\u{2029}' => Newline,
        c if c.is_ascii() => Other,
        _ => non_ascii_class(c),
    }
}

fn non_ascii_class(c: char) -> Class {
    use Class::*;
    match c as u32 {
        0xB7 | 0x387 | 0x55F | 0x5F4 | 0x2027 | 0xFE13 | 0xFE55 | 0xFF1A => MidLetter,
        0x37E | 0x589 | 0x60C | 0x60D | 0x66C | 0x7F8 | 0x2044 | 0xFE10 | 0xFE14 | 0xFE50 | 0xFE54
        | 0xFF0C | 0xFF1B => MidNum,
        0x2024 | 0xFE52 | 0xFF07 | 0xFF0E => MidNumLetQ,
        0x202F | 0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F => ExtendNumLet,
        0x1680 | 0x2000..=0x2006 | 0x2008..=0x200A | 0x205F | 0x3000 => Space,
        0x200D => Zwj,
        // Combining marks (Latin, Cyrillic, Hebrew, Arabic, general and half marks), variation
        // selectors, emoji skin tones and tags, ZWNJ; format characters (soft hyphen, direction
        // marks and embeddings, word joiner, BOM).
        0x300..=0x36F
        | 0x483..=0x489
        | 0x591..=0x5BD
        | 0x5BF
        | 0x5C1..=0x5C2
        | 0x5C4..=0x5C5
        | 0x5C7
        | 0x610..=0x61A
        | 0x64B..=0x65F
        | 0x670
        | 0x6D6..=0x6DC
        | 0x6DF..=0x6E4
        | 0x6E7..=0x6E8
        | 0x6EA..=0x6ED
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200C
        | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF
        | 0xE0020..=0xE007F
        | 0xE0100..=0xE01EF
        | 0xAD
        | 0x600..=0x605
        | 0x61C
        | 0x6DD
        | 0x200E..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x2064
        | 0x2066..=0x206F
        | 0xFEFF => Extend,
        // Indic scripts (Devanagari to Malayalam share one layout): signs, nukta, vowel signs,
        // virama, length marks; Sinhala's own. Thai and Lao: marks here, letters below.
        0x900..=0xD7F if matches!(c as u32 & 0x7F, 0x00..=0x03 | 0x3A..=0x3C | 0x3E..=0x4F | 0x51..=0x57 | 0x62..=0x63) => {
            Extend
        }
        0xD81..=0xD83 | 0xDCA | 0xDCF..=0xDDF | 0xDF2..=0xDF3 => Extend,
        0xE31 | 0xE34..=0xE3A | 0xE47..=0xE4E | 0xEB1 | 0xEB4..=0xEBC | 0xEC8..=0xECE => Extend,
        0x1F1E6..=0x1F1FF => RegionalIndicator,
        0xA9
        | 0xAE
        | 0x203C
        | 0x2049
        | 0x2122
        | 0x2139
        | 0x2194..=0x21FF
        | 0x2300..=0x23FF
        | 0x24C2
        | 0x25AA..=0x25FE
        | 0x2600..=0x27BF
        | 0x2934..=0x2935
        | 0x2B05..=0x2B55
        | 0x3030
        | 0x303D
        | 0x3297
        | 0x3299
        | 0x1F000..=0x1FAFF => Pictographic,
        0x5D0..=0x5EA | 0x5EF..=0x5F2 | 0xFB1D..=0xFB4F => Hebrew,
        0x5F3 => Letter,
        0x66B | 0xE50..=0xE59 | 0xED0..=0xED9 => Numeric,
        // Thai and Lao letters are words of their own to UAX #29 (they need a dictionary).
        0xE00..=0xEFF => Other,
        0x309B..=0x309C | 0x30A0..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9D => Katakana,
        // Hiragana and ideographs are letters to Unicode but words of their own here.
        0x3005..=0x3007
        | 0x3021..=0x3029
        | 0x3038..=0x303B
        | 0x3041..=0x309F
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0x20000..=0x3FFFF => Other,
        // Superscripts, fractions and enclosed numbers are not digits to UAX #29.
        0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE | 0x2070..=0x218F | 0x2460..=0x24FF => Other,
        _ if c.is_alphabetic() => Letter,
        _ if c.is_numeric() => Numeric,
        _ => Other,
    }
}

/// Cuts a run with no ASCII whitespace into segments at the UAX #29 word boundaries between
/// its clusters, and pushes those that are not all spaces.
fn push_segments(run: &str, clusters: &[Cluster], offset: usize, out: &mut Vec<Span>) {
    use Class::*;
    let class_at = |i: usize| clusters.get(i).map(|c| c.class);
    let is_letter = |c: Option<Class>| matches!(c, Some(Letter | Hebrew));
    let mut start = 0;
    let mut regional_indicators = 0;
    for i in 1..=clusters.len() {
        let end = clusters.get(i).map_or(run.len(), |c| c.start);
        let joined = i < clusters.len() && {
            let (previous, here) = (&clusters[i - 1], clusters[i].class);
            regional_indicators =
                if previous.class == RegionalIndicator { regional_indicators + 1 } else { 0 };
            match (previous.class, here) {
                (Newline, _) | (_, Newline) => false,
                _ if previous.ends_with_zwj && here == Pictographic => true,
                (Space, Space) => !previous.extended,
                (Letter | Hebrew, Letter | Hebrew | Numeric) | (Numeric, Numeric | Letter | Hebrew) => true,
                (Katakana, Katakana) => true,
                (Letter | Hebrew | Numeric | Katakana | ExtendNumLet, ExtendNumLet) => true,
                (ExtendNumLet, Letter | Hebrew | Numeric | Katakana) => true,
                (Hebrew, Apostrophe) => true,
                // "don't", "U.S": a middle mark between two letters.
                (Letter | Hebrew, MidLetter | MidNumLetQ | Apostrophe) => is_letter(class_at(i + 1)),
                (MidLetter | MidNumLetQ | Apostrophe, Letter | Hebrew) => {
                    i >= 2 && is_letter(class_at(i - 2))
                }
                (Hebrew, DoubleQuote) => class_at(i + 1) == Some(Hebrew),
                (DoubleQuote, Hebrew) => i >= 2 && class_at(i - 2) == Some(Hebrew),
                // "1,991", "5.5": a middle mark between two digits.
                (Numeric, MidNum | MidNumLetQ | Apostrophe) => class_at(i + 1) == Some(Numeric),
                (MidNum | MidNumLetQ | Apostrophe, Numeric) => i >= 2 && class_at(i - 2) == Some(Numeric),
                (RegionalIndicator, RegionalIndicator) => regional_indicators % 2 == 1,
                _ => false,
            }
        };
        if !joined {
            let segment = &run[clusters[start].start..end];
            if !segment.chars().all(char::is_whitespace) {
                out.push(Span::new(offset + clusters[start].start, offset + end));
            }
            start = i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        token_spans(text, Span::new(0, text.len())).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn splits_like_uax29() {
        assert_eq!(
            texts("It cost £5.5m, “about 20%”."),
            ["It", "cost", "£", "5.5m", ",", "“", "about", "20", "%", "”", "."]
        );
        assert_eq!(
            texts("U.S. don’t 1,991 cyber-attacks a_b x:y 3:4"),
            ["U.S", ".", "don’t", "1,991", "cyber", "-", "attacks", "a_b", "x:y", "3", ":", "4"]
        );
        assert_eq!(
            texts("Kaczyński’s “plan” — 東京。"),
            ["Kaczyński’s", "“", "plan", "”", "—", "東", "京", "。"]
        );
        assert_eq!(texts("end.\r\n\tnext 😀!"), ["end", ".", "next", "😀", "!"]);
    }

    #[test]
    fn splits_other_scripts_like_uax29() {
        assert_eq!(texts("Москва, 12,5 млн; Αθήνα·Σ"), ["Москва", ",", "12,5", "млн", ";", "Αθήνα·Σ"]);
        assert_eq!(texts("צה\"ל ג'ורג' مرحبا ١٢٫٥"), ["צה\"ל", "ג'ורג'", "مرحبا", "١٢٫٥"]);
        assert_eq!(texts("हिन्दी ज़मीन। ไทย่"), ["हिन्दी", "ज़मीन", "।", "ไ", "ท", "ย่"]);
        assert_eq!(texts("東京はカタカナ한국어"), ["東", "京", "は", "カタカナ", "한국어"]);
        assert_eq!(texts("e\u{301}te\u{301} x²"), ["e\u{301}te\u{301}", "x", "²"]);
        assert_eq!(texts("10\u{202f}000"), ["10\u{202f}000"]);
    }

    #[test]
    fn keeps_emoji_sequences_and_flag_pairs_whole() {
        assert_eq!(
            texts("👩\u{200d}👩\u{200d}👧👍🏽 🇬🇧🇫🇷🇺"),
            ["👩\u{200d}👩\u{200d}👧", "👍🏽", "🇬🇧", "🇫🇷", "🇺"]
        );
        assert_eq!(texts("1\u{fe0f}\u{20e3}!"), ["1\u{fe0f}\u{20e3}", "!"]);
    }

    #[test]
    fn breaks_at_line_separators_and_keeps_marks_after_them_apart() {
        assert_eq!(texts("a\u{2028}b\u{b}\u{301}c"), ["a", "b", "\u{301}", "c"]);
    }

    #[test]
    fn out_of_range_spans_give_no_tokens() {
        assert!(token_spans("abc", Span::new(2, 10)).is_empty());
        assert!(token_spans("é", Span::new(1, 2)).is_empty());
    }
}
