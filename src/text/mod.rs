//! The text model: a document split into paragraphs, sentences and words,
//! all as byte spans into the original text, plus the offset table that
//! converts those spans for JavaScript and for people.

pub mod case;
pub mod normalize;
pub mod segment;
pub mod span;
pub mod tokenize;
pub mod words;

use std::ops::Range;

pub use span::{OffsetTable, Span, Utf16Span, MAX_TEXT_BYTES};

/// A paragraph and the sentences it holds (indices into `Document::sentences`).
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub span: Span,
    pub sentences: Range<usize>,
}

/// A sentence, its paragraph, its tokens and its words (indices into
/// `Document::tokens` and `Document::words`).
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    pub tokens: Range<usize>,
    pub words: Range<usize>,
}

/// One analysed text. Built once; every check reads it.
#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// Every non-space UAX #29 segment, punctuation included (`£`, `%`, `“`):
    /// the cue-based extractors read these. Segmented once per document.
    pub tokens: Vec<Span>,
    /// The tokens holding a letter or a digit.
    pub words: Vec<Span>,
    pub offsets: OffsetTable,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        // Grown, not sized from the text's length: reserving megabytes up front
        // made the 5 MB text model slower (fresh pages to fault in), for no
        // gain on an article.
        let mut tokens = Vec::new();
        let mut words = Vec::new();
        for paragraph_span in segment::paragraphs(text) {
            let first_sentence = sentences.len();
            for sentence_span in segment::sentences(text, paragraph_span) {
                let (first_token, first_word) = (tokens.len(), words.len());
                tokenize::push_tokens(text, sentence_span, &mut tokens);
                words.extend(tokens[first_token..].iter().filter(|t| is_word(t.slice(text))));
                sentences.push(Sentence {
                    span: sentence_span,
                    paragraph: paragraphs.len(),
                    tokens: first_token..tokens.len(),
                    words: first_word..words.len(),
                });
            }
            paragraphs.push(Paragraph { span: paragraph_span, sentences: first_sentence..sentences.len() });
        }
        Document { text, paragraphs, sentences, tokens, words, offsets: OffsetTable::new(text) }
    }

    pub fn slice(&self, span: Span) -> &'t str {
        span.slice(self.text)
    }

    /// About how many distinct words the text holds (Heaps' law: roughly
    /// 5√n of n words), to size the maps that key them.
    pub fn distinct_words_estimate(&self) -> usize {
        5 * (self.words.len() as f64).sqrt() as usize
    }

    /// The words of one sentence, as text.
    pub fn sentence_words(&self, sentence: &Sentence) -> impl Iterator<Item = &'t str> + '_ {
        self.words[sentence.words.clone()].iter().map(|w| w.slice(self.text))
    }
}

pub use tokenize::token_spans;

/// Word tokens inside `span`: UAX #29 word segments that hold a letter or digit.
pub fn word_spans(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    token_spans(text, span).into_iter().filter(|token| is_word(token.slice(text)))
}

/// A token is a word when it holds a letter or a digit.
pub fn is_word(token: &str) -> bool {
    // Most words start with a letter or digit: no need to read further.
    if token.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
        return true;
    }
    if token.is_ascii() {
        token.bytes().any(|b| b.is_ascii_alphanumeric())
    } else {
        token.chars().any(char::is_alphanumeric)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_indexes_agree() {
        let text = "Alpha beta. Gamma £5.5m!\n\nDelta cyber-attacks.";
        let doc = Document::new(text);
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.sentences.len(), 3);
        let words: Vec<&str> = doc.sentence_words(&doc.sentences[1]).collect();
        assert_eq!(words, ["Gamma", "5.5m"]);
        let words: Vec<&str> = doc.sentence_words(&doc.sentences[2]).collect();
        assert_eq!(words, ["Delta", "cyber", "attacks"]);
        assert_eq!(doc.paragraphs[1].sentences, 2..3);
        assert_eq!(doc.sentences[2].paragraph, 1);
    }
}
