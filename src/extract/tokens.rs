//! Tokens for the cue-based extractors: every non-space UAX #29 segment of a
//! passage (words *and* punctuation such as `£`, `%`, `,`, `“`), with its byte
//! span in the document and a lowercase form for matching.

use super::entities::sort_by_position;
use crate::text::words::{Sketch, WordList};
use crate::text::{token_spans, Document, Sentence, Span};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq)]
pub struct Token<'t> {
    pub span: Span,
    pub text: &'t str,
    /// Lowercase, with the typographic apostrophe folded to `'` (borrowed
    /// when the token already is: most are, and this runs for every token).
    pub lower: Cow<'t, str>,
}

impl Token<'_> {
    /// Holds a letter or a digit (not punctuation).
    pub fn is_word(&self) -> bool {
        crate::text::is_word(self.text)
    }

    pub fn is_capitalised(&self) -> bool {
        crate::text::case::starts_with_capital(self.text)
    }

    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    pub fn is_any(&self, words: &[&str]) -> bool {
        words.contains(&self.lower.as_ref())
    }

    pub fn is_in(&self, words: WordList) -> bool {
        words.contains(&self.lower)
    }
}

/// The tokens of `span` in `text`, spaces dropped.
pub fn tokens(text: &str, span: Span) -> Vec<Token<'_>> {
    // A span off the text or off a char boundary has no tokens (`token_spans` checks).
    tokens_at(text, &token_spans(text, span))
}

/// The tokens of one sentence of `doc`, from the segmentation the document
/// already holds (the extractors share these instead of segmenting again).
pub fn sentence_tokens<'t>(doc: &Document<'t>, sentence: &Sentence) -> Vec<Token<'t>> {
    tokens_at(doc.text, &doc.tokens[sentence.tokens.clone()])
}

/// The tokens at `spans` of `text`: one loop for both callers, where a
/// `map().collect()` each was two copies of the code in the wasm build.
fn tokens_at<'t>(text: &'t str, spans: &[Span]) -> Vec<Token<'t>> {
    let mut tokens = Vec::with_capacity(spans.len());
    for &span in spans {
        tokens.push(token(text, span));
    }
    tokens
}

fn token(text: &str, span: Span) -> Token<'_> {
    let segment = span.slice(text);
    Token { span, text: segment, lower: lowercase(segment) }
}

/// `segment` lowercased with `’` folded to `'`, borrowed when it already is.
fn lowercase(segment: &str) -> Cow<'_, str> {
    // `case::has_capital`, with `’` counted too, in the same single pass (a
    // second pass for `’` cost 0.5% of an analysis).
    let already = match segment.bytes().position(|b| b >= 0x80 || b.is_ascii_uppercase()) {
        None => true,
        // An ASCII capital, or a character to decode.
        Some(at) => segment.as_bytes()[at] >= 0x80 && !segment.chars().any(|c| c.is_uppercase() || c == '’'),
    };
    if already {
        Cow::Borrowed(segment)
    } else {
        let lower = crate::text::case::lowercase(segment);
        Cow::Owned(if lower.contains('’') { lower.replace('’', "'") } else { lower })
    }
}

/// Finds `phrase` (lowercase words separated by single spaces, punctuation
/// as its own word, e.g. `"according to"`) in `tokens` from `from` on;
/// returns the index of its first token. The tests check `PhraseList`
/// against it: the extractors search with `PhraseList`.
#[cfg(test)]
pub fn find_phrase(tokens: &[Token], phrase: &str, from: usize) -> Option<usize> {
    let n = phrase.split(' ').count();
    let first = phrase.split(' ').next()?;
    if tokens.len() < n {
        return None;
    }
    (from..=tokens.len() - n)
        .find(|&i| tokens[i].lower == first && phrase.split(' ').zip(&tokens[i..]).all(|(w, t)| t.lower == w))
}

/// Every start index of `phrase` in `tokens`.
#[cfg(test)]
pub fn find_all(tokens: &[Token], phrase: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = find_phrase(tokens, phrase, from) {
        found.push(at);
        from = at + 1;
    }
    found
}

/// Lists of phrases searched together (lowercase words separated by single
/// spaces, punctuation as its own word), in groups (one per claim type, say).
/// Indexed by first word on first use, so one pass over a sentence finds
/// them all, instead of one pass per phrase: cue lists hold dozens of phrases
/// and run on every sentence.
pub struct PhraseList {
    groups: &'static [&'static [&'static str]],
    /// First word → (group, phrase) of every phrase starting with it.
    by_first_word: OnceLock<FirstWords>,
}

struct FirstWords {
    index: FxHashMap<&'static str, Vec<(usize, usize)>>,
    /// Every first word: a token it turns away starts no phrase, and most
    /// tokens are turned away without hashing the whole word.
    sketch: Sketch,
}

/// One phrase found: its group and index in the group, its first and last token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub group: usize,
    pub phrase: usize,
    pub first: usize,
    pub last: usize,
}

impl PhraseList {
    pub const fn new(groups: &'static [&'static [&'static str]]) -> PhraseList {
        PhraseList { groups, by_first_word: OnceLock::new() }
    }

    /// Every match, ordered as if each phrase were searched in turn: by
    /// group, then phrase, then position.
    pub fn matches(&self, tokens: &[Token]) -> Vec<PhraseMatch> {
        let first_words = self.by_first_word.get_or_init(|| {
            let mut first_words = FirstWords { index: FxHashMap::default(), sketch: Sketch::EMPTY };
            for (group, phrases) in self.groups.iter().enumerate() {
                for (phrase, words) in phrases.iter().enumerate() {
                    let first = words.split(' ').next().unwrap_or_default();
                    first_words.index.entry(first).or_default().push((group, phrase));
                    first_words.sketch.add(first.as_bytes());
                }
            }
            first_words
        });
        let mut found = Vec::new();
        for (at, token) in tokens.iter().enumerate() {
            if !first_words.sketch.may_hold(&token.lower) {
                continue;
            }
            let starting = first_words.index.get(token.lower.as_ref());
            for &(group, phrase) in starting.map_or(&[][..], Vec::as_slice) {
                // The first word matched (it is the key); the rest are read as they are compared.
                let mut rest = self.groups[group][phrase].split(' ').skip(1);
                let mut last = at;
                let matched = rest.all(|w| {
                    last += 1;
                    tokens.get(last).is_some_and(|t| t.lower == w)
                });
                if matched {
                    found.push(PhraseMatch { group, phrase, first: at, last });
                }
            }
        }
        // Groups and phrases are few: one key holds both.
        sort_by_position(&mut found, |m| (m.group << 16 | m.phrase, m.first));
        found
    }
}

/// The span covering tokens `first..=last`.
pub fn cover(tokens: &[Token], first: usize, last: usize) -> Span {
    Span::new(tokens[first].span.start(), tokens[last].span.end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_punctuation_and_money_as_tokens() {
        let text = "It cost £5.5m, “about 20%”.";
        let toks: Vec<&str> = tokens(text, Span::new(0, text.len())).iter().map(|t| t.text).collect();
        assert_eq!(toks, ["It", "cost", "£", "5.5m", ",", "“", "about", "20", "%", "”", "."]);
    }

    #[test]
    fn a_phrase_list_finds_what_each_phrase_finds() {
        static LIST: PhraseList =
            PhraseList::new(&[&["was", "was reported", "according to"], &["to", "was"]]);
        let text = "According to the BBC, it was reported to have been reported. Was it? To be.";
        let toks = tokens(text, Span::new(0, text.len()));
        let mut one_by_one = Vec::new();
        for (group, phrases) in LIST.groups.iter().enumerate() {
            for (phrase, words) in phrases.iter().enumerate() {
                let n = words.split(' ').count();
                one_by_one.extend(find_all(&toks, words).into_iter().map(|at| PhraseMatch {
                    group,
                    phrase,
                    first: at,
                    last: at + n - 1,
                }));
            }
        }
        assert_eq!(LIST.matches(&toks), one_by_one);
        assert_eq!(LIST.matches(&toks).len(), 9);
        assert!(LIST.matches(&[]).is_empty());
    }

    #[test]
    fn finds_phrases_by_lowercase_words() {
        let text = "According to the BBC, it was reported.";
        let toks = tokens(text, Span::new(0, text.len()));
        assert_eq!(find_phrase(&toks, "according to", 0), Some(0));
        assert_eq!(find_phrase(&toks, "was reported", 0), Some(6));
        assert_eq!(find_phrase(&toks, "was said", 0), None);
        assert!(tokens(text, Span::new(3, 1000)).is_empty());
    }
}
