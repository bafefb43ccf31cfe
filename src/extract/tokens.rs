//! Tokens for the cue-based extractors: every non-space UAX #29 segment of a
//! passage (words *and* punctuation such as `£`, `%`, `,`, `“`), with its byte
//! span in the document and a lowercase form for matching.

use crate::text::words::WordList;
use crate::text::{token_spans, Document, Sentence, Span};
use super::entities::sort_by_position;
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
        self.text.chars().next().is_some_and(char::is_uppercase)
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
    if text.get(span.range()).is_none() {
        return Vec::new();
    }
    token_spans(text, span).into_iter().map(|span| token(text, span)).collect()
}

/// The tokens of one sentence of `doc`, from the segmentation the document
/// already holds (the extractors share these instead of segmenting again).
pub fn sentence_tokens<'t>(doc: &Document<'t>, sentence: &Sentence) -> Vec<Token<'t>> {
    doc.tokens[sentence.tokens.clone()].iter().map(|&span| token(doc.text, span)).collect()
}

fn token(text: &str, span: Span) -> Token<'_> {
    let segment = span.slice(text);
    Token { span, text: segment, lower: lowercase(segment) }
}

/// `segment` lowercased with `’` folded to `'`, borrowed when it already is.
fn lowercase(segment: &str) -> Cow<'_, str> {
    let already = if segment.is_ascii() {
        !segment.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        !segment.chars().any(|c| c.is_uppercase() || c == '’')
    };
    if already {
        Cow::Borrowed(segment)
    } else {
        Cow::Owned(segment.to_lowercase().replace('’', "'"))
    }
}

/// Finds `phrase` (lowercase words separated by single spaces, punctuation
/// as its own word, e.g. `"according to"`) in `tokens` from `from` on;
/// returns the index of its first token.
pub fn find_phrase(tokens: &[Token], phrase: &str, from: usize) -> Option<usize> {
    // No allocation: this runs for every cue phrase on every sentence.
    let n = phrase.split(' ').count();
    let first = phrase.split(' ').next()?;
    if tokens.len() < n {
        return None;
    }
    (from..=tokens.len() - n)
        .find(|&i| tokens[i].lower == first && phrase.split(' ').zip(&tokens[i..]).all(|(w, t)| t.lower == w))
}

/// Every start index of `phrase` in `tokens`.
pub fn find_all(tokens: &[Token], phrase: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = find_phrase(tokens, phrase, from) {
        found.push(at);
        from = at + 1;
    }
    found
}

/// A list of phrases searched together (lowercase words separated by single
/// spaces, punctuation as its own word). Indexed by first word on first use,
/// so one pass over a sentence finds them all, instead of one pass per phrase:
/// cue lists hold dozens of phrases and run on every sentence.
pub struct PhraseList {
    phrases: &'static [&'static str],
    by_first_word: OnceLock<FxHashMap<&'static str, Vec<usize>>>,
}

impl PhraseList {
    pub const fn new(phrases: &'static [&'static str]) -> PhraseList {
        PhraseList { phrases, by_first_word: OnceLock::new() }
    }

    /// Every match as (phrase index, first token, last token), ordered as if
    /// each phrase were searched in turn: by phrase, then by position.
    pub fn matches(&self, tokens: &[Token]) -> Vec<(usize, usize, usize)> {
        let index = self.by_first_word.get_or_init(|| {
            let mut index: FxHashMap<&'static str, Vec<usize>> = FxHashMap::default();
            for (p, phrase) in self.phrases.iter().enumerate() {
                let first = phrase.split(' ').next().unwrap_or_default();
                index.entry(first).or_default().push(p);
            }
            index
        });
        let mut found = Vec::new();
        for (at, token) in tokens.iter().enumerate() {
            for &p in index.get(token.lower.as_ref()).map_or(&[][..], Vec::as_slice) {
                let words = self.phrases[p].split(' ');
                let n = words.clone().count();
                if at + n <= tokens.len() && words.zip(&tokens[at..]).all(|(w, t)| t.lower == w) {
                    found.push((p, at, at + n - 1));
                }
            }
        }
        sort_by_position(&mut found, |&(p, at, _)| (p, at));
        found
    }
}

/// The span covering tokens `first..=last`.
pub fn cover(tokens: &[Token], first: usize, last: usize) -> Span {
    Span::new(tokens[first].span.start, tokens[last].span.end)
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
        static LIST: PhraseList = PhraseList::new(&["was", "was reported", "according to", "to"]);
        let text = "According to the BBC, it was reported to have been reported. Was it? To be.";
        let toks = tokens(text, Span::new(0, text.len()));
        let mut one_by_one = Vec::new();
        for (p, phrase) in LIST.phrases.iter().enumerate() {
            let n = phrase.split(' ').count();
            one_by_one.extend(find_all(&toks, phrase).into_iter().map(|at| (p, at, at + n - 1)));
        }
        assert_eq!(LIST.matches(&toks), one_by_one);
        assert_eq!(LIST.matches(&toks).len(), 7);
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
