//! Tokens: the non-space UAX #29 word-boundary segments of a passage.
//!
//! News text is mostly ASCII with a few typographic marks (curly quotes,
//! dashes, `£`), and the general UAX #29 machinery (a table lookup per
//! character) was a fifth of the whole analysis. So each run of text between
//! ASCII spaces is segmented here when every character in it is one whose
//! word-break class we know ([`class`]); any other run (accented letters, CJK,
//! emoji, combining marks) goes to `unicode-segmentation` whole.
//!
//! The result is UAX #29's, with one difference: a combining mark or joiner
//! right after an ASCII space starts the next token, where UAX #29 would
//! attach it to the space. Both are valid spans on character boundaries.

use super::Span;
use unicode_segmentation::UnicodeSegmentation;

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
    let mut classes: Vec<(usize, Class)> = Vec::new();
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
            // vertical tab or another space that is not ASCII whitespace).
            if !char::from(bytes[offset - span.start()]).is_whitespace() {
                out.push(Span::new(offset, offset + 1));
            }
            continue;
        }
        classes.clear();
        classes.extend(run.char_indices().map(|(i, c)| (i, class(c))));
        if classes.iter().any(|&(_, c)| c == Class::Unknown) {
            for (i, segment) in run.split_word_bound_indices() {
                if !segment.chars().all(char::is_whitespace) {
                    out.push(Span::new(offset + i, offset + i + segment.len()));
                }
            }
        } else {
            push_known_run(run, &classes, offset, out);
        }
    }
}

/// Word-break classes (UAX #29) of the characters the fast path handles.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Letter,
    Numeric,
    ExtendNumLet,
    MidLetter,
    MidNum,
    /// MidNumLet and Single_Quote: join letters to letters and digits to digits.
    MidNumLetQ,
    /// Breaks on both sides.
    Other,
    /// Anything else: the run goes to the general segmenter.
    Unknown,
}

fn class(c: char) -> Class {
    match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Numeric,
        '_' => Class::ExtendNumLet,
        ':' => Class::MidLetter,
        ',' | ';' => Class::MidNum,
        '.' | '\'' | '‘' | '’' => Class::MidNumLetQ,
        // ASCII controls would need care (CR, LF, vertical tab are breaks of their own kind).
        '\0'..='\x1f' | '\x7f' => Class::Unknown,
        c if c.is_ascii() => Class::Other,
        '“' | '”' | '£' | '€' | '—' | '–' | '…' | '«' | '»' | '„' | '′' | '″' | '•' | '°' => {
            Class::Other
        }
        _ => Class::Unknown,
    }
}

/// Segments a run with no whitespace whose every class is known.
fn push_known_run(run: &str, classes: &[(usize, Class)], offset: usize, out: &mut Vec<Span>) {
    use Class::*;
    let class_at = |i: usize| classes.get(i).map(|&(_, c)| c);
    let mut start = 0;
    for i in 1..classes.len() {
        let (before, here) = (classes[i - 1].1, classes[i].1);
        let joined = match (before, here) {
            (Letter | Numeric | ExtendNumLet, Letter | Numeric | ExtendNumLet) => true,
            // "don't", "U.S": a middle mark between two letters.
            (Letter, MidLetter | MidNumLetQ) => class_at(i + 1) == Some(Letter),
            (MidLetter | MidNumLetQ, Letter) => i >= 2 && class_at(i - 2) == Some(Letter),
            // "1,991", "5.5": a middle mark between two digits.
            (Numeric, MidNum | MidNumLetQ) => class_at(i + 1) == Some(Numeric),
            (MidNum | MidNumLetQ, Numeric) => i >= 2 && class_at(i - 2) == Some(Numeric),
            _ => false,
        };
        if !joined {
            out.push(Span::new(offset + classes[start].0, offset + classes[i].0));
            start = i;
        }
    }
    if let Some(&(first, _)) = classes.get(start) {
        out.push(Span::new(offset + first, offset + run.len()));
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
    fn out_of_range_spans_give_no_tokens() {
        assert!(token_spans("abc", Span::new(2, 10)).is_empty());
        assert!(token_spans("é", Span::new(1, 2)).is_empty());
    }
}
