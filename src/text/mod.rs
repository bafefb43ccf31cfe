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

use crate::parallel::Threads;

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
        Document::new_on(text, Threads::ONE)
    }

    /// The same document, its paragraphs segmented on up to `threads` threads.
    pub fn new_on(text: &'t str, threads: Threads) -> Self {
        // The offsets table beside the paragraphs: both read the whole text on one thread.
        let (offsets, paragraph_spans) =
            threads.join(|| OffsetTable::new(text), || segment::paragraphs(text));
        // One run needs no merge (and, `is_one` being a constant there, the
        // wasm build gets no merging code).
        let all = match threads.is_one() {
            true => Segmented::of(text, 0, &paragraph_spans),
            false => Segmented::concat(
                threads.map_chunks(&paragraph_spans, |first, spans| Segmented::of(text, first, spans)),
            ),
        };
        let Segmented { paragraphs, sentences, tokens, words } = all;
        Document { text, paragraphs, sentences, tokens, words, offsets }
    }

    /// Frees the tokens and words, keeping the paragraphs, the sentences and
    /// the offsets: all that a report reads. For the end of an analysis, where
    /// a long text's memory peaks; the sentences' token and word ranges point
    /// at nothing afterwards.
    pub fn release_tokens(&mut self) {
        self.tokens = Vec::new();
        self.words = Vec::new();
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

/// A run of paragraphs split into sentences and tokens. Paragraph numbers
/// count from the document's start; sentence, token and word numbers from
/// the run's, until `concat` puts the runs together.
#[derive(Default)]
struct Segmented {
    paragraphs: Vec<Paragraph>,
    sentences: Vec<Sentence>,
    tokens: Vec<Span>,
    words: Vec<Span>,
}

impl Segmented {
    /// The paragraphs at `spans`, the first of them the document's `first`.
    fn of(text: &str, first: usize, spans: &[Span]) -> Segmented {
        let mut run = Segmented::default();
        // Grown, not sized from the text's length: reserving megabytes up front
        // made the 5 MB text model slower (fresh pages to fault in), for no
        // gain on an article.
        for &paragraph_span in spans {
            let first_sentence = run.sentences.len();
            for sentence_span in segment::sentences(text, paragraph_span) {
                let (first_token, first_word) = (run.tokens.len(), run.words.len());
                tokenize::push_tokens(text, sentence_span, &mut run.tokens);
                run.words.extend(run.tokens[first_token..].iter().filter(|t| is_word(t.slice(text))));
                run.sentences.push(Sentence {
                    span: sentence_span,
                    paragraph: first + run.paragraphs.len(),
                    tokens: first_token..run.tokens.len(),
                    words: first_word..run.words.len(),
                });
            }
            run.paragraphs
                .push(Paragraph { span: paragraph_span, sentences: first_sentence..run.sentences.len() });
        }
        run
    }

    /// The runs one after another, renumbered. The lists are sized once and
    /// each run is freed when copied: a 10 MB text's tokens take 20 MB.
    fn concat(runs: Vec<Segmented>) -> Segmented {
        let runs = match <[Segmented; 1]>::try_from(runs) {
            Ok([one]) => return one,
            Err(runs) => runs,
        };
        let total = |count: fn(&Segmented) -> usize| runs.iter().map(count).sum();
        let mut all = Segmented {
            paragraphs: Vec::with_capacity(total(|run| run.paragraphs.len())),
            sentences: Vec::with_capacity(total(|run| run.sentences.len())),
            tokens: Vec::with_capacity(total(|run| run.tokens.len())),
            words: Vec::with_capacity(total(|run| run.words.len())),
        };
        let shift = |range: &Range<usize>, by: usize| range.start + by..range.end + by;
        for run in runs {
            let (sentences, tokens, words) = (all.sentences.len(), all.tokens.len(), all.words.len());
            all.paragraphs.extend(
                run.paragraphs
                    .into_iter()
                    .map(|p| Paragraph { sentences: shift(&p.sentences, sentences), ..p }),
            );
            all.sentences.extend(run.sentences.into_iter().map(|s| Sentence {
                tokens: shift(&s.tokens, tokens),
                words: shift(&s.words, words),
                ..s
            }));
            all.tokens.extend(run.tokens);
            all.words.extend(run.words);
        }
        all
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

    #[test]
    fn a_document_segmented_on_threads_is_the_one_segmented_on_one() {
        // Enough paragraphs for several chunks, with emoji and CRLF between.
        let text = "Ann Smith said “It works.” Then 5 left.\r\n\r\nBob 👩‍👩‍👧 ran. Why?\n\n".repeat(700);
        let one = Document::new(&text);
        let many = Document::new_on(&text, Threads::at_most(3));
        assert_eq!(many.paragraphs.len(), 1_400);
        let spans = |doc: &Document| {
            let paragraphs: Vec<_> = doc.paragraphs.iter().map(|p| (p.span, p.sentences.clone())).collect();
            let sentences: Vec<_> = doc
                .sentences
                .iter()
                .map(|s| (s.span, s.paragraph, s.tokens.clone(), s.words.clone()))
                .collect();
            (paragraphs, sentences, doc.tokens.clone(), doc.words.clone())
        };
        assert_eq!(spans(&many), spans(&one));
    }
}
