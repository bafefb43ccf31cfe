//! Sentence alignment: for each sentence of the text, the source sentence(s)
//! that carry its content.
//!
//! Each source sentence is a bag of content words. A word weighs its rarity
//! across all source sentences (IDF), doubled for anchors (names and
//! numbers), so "Loughton" and "537" pull much harder than "said". An
//! inverted index from word to source sentences gives the candidates: a text
//! sentence only ever visits sentences that share a word with it, and words
//! found in a large share of the sources (menus, repeated headlines, "the
//! government") are not followed at all, since they cannot tell sentences
//! apart anyway. The best candidate is kept, then up to two more that cover
//! words the first lacks (a text sentence merging two source sentences).
//! Order is a weak prior: a candidate just after the previous sentence's
//! source gets a small bonus, which settles ties between repeated passages.

use super::facts::{is_stopword, starts_with_digit};
use crate::extract::entities::{descending, keep_best};
use crate::text::Document;

/// The crate's one fast hash (rustc-hash's Fx): the index hashes tens of thousands of short words
/// per check, and SipHash's protection against crafted keys buys nothing here.
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub type FastSet<K> = rustc_hash::FxHashSet<K>;

/// A source sentence: which source, which sentence of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceSentence {
    pub source: usize,
    pub sentence: usize,
}

/// Words that only say how a figure is written; the figure is the anchor.
const UNIT_WORDS: &[&str] = &[
    "per", "cent", "percent", "pound", "dollar", "euro", "hundred", "thousand", "million", "billion",
    "trillion",
];

/// Content words of one sentence, each once, anchors marked.
pub fn content_words(doc: &Document, sentence: usize, norms: &[String]) -> Vec<(String, bool)> {
    let Some(s) = doc.sentences.get(sentence) else { return Vec::new() };
    let mut out: Vec<(String, bool)> = Vec::new();
    for (k, &span) in doc.words[s.words.clone()].iter().enumerate() {
        let text = doc.slice(span);
        let Some(norm) = norms.get(s.words.start + k) else { continue };
        if is_stopword(norm) || UNIT_WORDS.contains(&norm.as_str()) {
            continue;
        }
        let norm = if starts_with_digit(norm) {
            // "£5.5m" and "5.5 million", "1,200" and "1200" share an anchor.
            // (A loop of pushes: `retain` was a copy of its own in the wasm.)
            let mut figure = String::with_capacity(norm.len());
            for c in norm.chars() {
                if c.is_ascii_digit() || c == '.' {
                    figure.push(c);
                }
            }
            figure
        } else {
            norm.clone()
        };
        let anchor =
            starts_with_digit(text) || (k > 0 && text.chars().next().is_some_and(char::is_uppercase));
        out.push((norm, anchor));
    }
    // Each word once, an anchor if any of its occurrences is one: sorted by
    // word, anchors first, then the first of each word kept.
    sort_by_less(&mut out, |a, b| match a.0.cmp(&b.0) {
        std::cmp::Ordering::Equal => a.1 && !b.1,
        order => order.is_lt(),
    });
    let mut kept = 0;
    for i in 0..out.len() {
        if kept == 0 || out[i].0 != out[kept - 1].0 {
            out.swap(kept, i);
            kept += 1;
        }
    }
    // Popped rather than `truncate`d: one less copy of drop code for this type.
    while out.len() > kept {
        out.pop();
    }
    out
}

/// The order of scored source sentences, (score, id): highest score first,
/// then lowest id. A `u32` id after the score, as the repetition family's
/// candidates are: one copy of the list's insert code in the wasm.
fn better_candidate(a: &(f32, u32), b: &(f32, u32)) -> bool {
    (descending(a.0), a.1) < (descending(b.0), b.1)
}

/// Sorts by `less`, in place, with a few lines of code: the crate's only sort of strings, where
/// the standard library's sort added its own 3 KB instantiation to the wasm. An insertion sort
/// for the usual dozen words (as fast as the standard sort), a heapsort (O(n log n)) beyond.
/// Not stable: equal items must be interchangeable (here they are equal pairs).
fn sort_by_less<T>(items: &mut [T], less: impl Fn(&T, &T) -> bool) {
    if items.len() <= 20 {
        for i in 1..items.len() {
            let mut j = i;
            while j > 0 && less(&items[j], &items[j - 1]) {
                items.swap(j - 1, j);
                j -= 1;
            }
        }
    } else {
        heapsort_by(items, less);
    }
}

fn heapsort_by<T>(items: &mut [T], less: impl Fn(&T, &T) -> bool) {
    // Moves the item at `node` down until it is no less than its children (a max-heap).
    let sift_down = |heap: &mut [T], mut node: usize| loop {
        let mut child = 2 * node + 1;
        if child >= heap.len() {
            break;
        }
        if child + 1 < heap.len() && less(&heap[child], &heap[child + 1]) {
            child += 1;
        }
        if !less(&heap[node], &heap[child]) {
            break;
        }
        heap.swap(node, child);
        node = child;
    };
    for node in (0..items.len() / 2).rev() {
        sift_down(items, node);
    }
    for end in (1..items.len()).rev() {
        items.swap(0, end);
        sift_down(&mut items[..end], 0);
    }
}

pub struct SourceIndex {
    pub sentences: Vec<SourceSentence>,
    /// Word → the ids (indices in `sentences`) of the source sentences with
    /// it, ascending. `usize` ids, not `u32`: this is the map type the
    /// entities' and the register's indexes use, so the wasm has one copy of
    /// its code (on wasm32 the two are the same size).
    postings: FastMap<String, Vec<usize>>,
}

/// Source sentences scored in full for each text sentence (the best by shared words).
const MAX_CANDIDATES: usize = 12;

/// Words in more than this share of source sentences are not followed
/// through the index (they still count when a candidate is scored).
const COMMON_SHARE: f32 = 0.1;
/// ...unless the sources are this small, where every word is followed.
const SMALL_SOURCE: usize = 40;

impl SourceIndex {
    pub fn new(sources: &[Document], norms: &[Vec<String>]) -> SourceIndex {
        let mut sentences = Vec::new();
        let mut postings: FastMap<String, Vec<usize>> = FastMap::default();
        for (source, doc) in sources.iter().enumerate() {
            for sentence in 0..doc.sentences.len() {
                let id = sentences.len();
                let mut content =
                    content_words(doc, sentence, norms.get(source).map_or(&[][..], Vec::as_slice));
                // Taken from the back, a sentence's words being each once (their
                // order does not matter): `for .. in content` was a copy of the
                // standard library's owning iterator for this one type.
                while let Some((word, _)) = content.pop() {
                    postings.entry(word).or_default().push(id);
                }
                sentences.push(SourceSentence { source, sentence });
            }
        }
        SourceIndex { sentences, postings }
    }
}

/// Words are looked up as `&String`, as the crate's other maps of this type
/// are: a `&str` lookup was a second copy of the map's search code in the wasm.
#[allow(clippy::ptr_arg)]
impl SourceIndex {
    /// Does any source sentence have this content word?
    pub fn has(&self, word: &String) -> bool {
        // Every word in the index has at least one sentence.
        self.document_frequency(word) > 0
    }

    fn document_frequency(&self, word: &String) -> usize {
        self.postings.get(word).map_or(0, Vec::len)
    }

    /// Rarity of a word across source sentences; words no source has weigh most.
    pub fn idf(&self, word: &String) -> f32 {
        let n = self.sentences.len().max(1) as f32;
        (1.0 + n / (self.document_frequency(word) as f32 + 0.5)).ln()
    }

    fn contains(&self, id: usize, word: &String) -> bool {
        self.postings.get(word).is_some_and(|p| p.binary_search(&id).is_ok())
    }
}

/// The source sentences aligned with one text sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// Best first; empty when nothing shares a content word.
    pub sources: Vec<SourceSentence>,
    /// Share of the sentence's weighted content words the aligned sources carry.
    pub score: f32,
}

pub fn align(text: &Document, text_norms: &[String], index: &SourceIndex) -> Vec<Alignment> {
    let n = index.sentences.len();
    let common = if n <= SMALL_SOURCE { usize::MAX } else { ((n as f32) * COMMON_SHARE) as usize };
    let mut accumulated = vec![0f32; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut previous: Option<usize> = None;
    let mut out = Vec::with_capacity(text.sentences.len());
    for sentence in 0..text.sentences.len() {
        // The sentence's words, and beside them their weights.
        let words = content_words(text, sentence, text_norms);
        let mut weights: Vec<f32> = Vec::with_capacity(words.len());
        let mut total = 0.0f32;
        for (w, anchor) in &words {
            let weight = index.idf(w) * if *anchor { 2.0 } else { 1.0 };
            total += weight;
            weights.push(weight);
        }
        if total == 0.0 {
            out.push(Alignment { sources: Vec::new(), score: 0.0 });
            continue;
        }
        for ((word, _), weight) in words.iter().zip(&weights) {
            let Some(posting) = index.postings.get(word) else { continue };
            if posting.len() > common {
                continue;
            }
            for &id in posting {
                if accumulated[id] == 0.0 {
                    touched.push(id);
                }
                accumulated[id] += weight;
            }
        }
        // Order prior: the sentence after the previous one's source, slightly preferred.
        let prior = |id: usize| match previous {
            Some(p) if id == p + 1 => 0.15 * total,
            Some(p) if id > p && id <= p + 3 => 0.05 * total,
            _ => 0.0,
        };
        // The best MAX_CANDIDATES, kept by insertion rather than sorting every touched sentence.
        let mut candidates: Vec<(f32, u32)> = Vec::with_capacity(MAX_CANDIDATES + 1);
        for &id in &touched {
            let candidate = (accumulated[id] + prior(id), id as u32);
            keep_best(&mut candidates, candidate, MAX_CANDIDATES, better_candidate);
        }
        for &id in &touched {
            accumulated[id] = 0.0;
        }
        touched.clear();

        // Greedy cover: the best, then sentences that add what it lacks.
        let mut chosen: Vec<usize> = Vec::new();
        let mut covered = vec![false; words.len()];
        let mut covered_weight = 0.0;
        for _ in 0..3 {
            // The weight of the words not yet covered that sentence `id` has.
            let gain = |id: usize| -> f32 {
                let mut sum = 0.0;
                for (((w, _), weight), done) in words.iter().zip(&weights).zip(&covered) {
                    if !*done && index.contains(id, w) {
                        sum += weight;
                    }
                }
                sum
            };
            // The candidate adding most (with the order prior), the lower id of equals.
            let mut best: Option<(usize, f32, f32)> = None;
            for &(_, id) in &candidates {
                let id = id as usize;
                if chosen.contains(&id) {
                    continue;
                }
                let g = gain(id);
                let score = g + prior(id);
                let better = best.is_none_or(|(best_id, _, best_score)| {
                    !best_score.total_cmp(&score).then(id.cmp(&best_id)).is_gt()
                });
                if better {
                    best = Some((id, g, score));
                }
            }
            let Some((id, g, _)) = best else { break };
            let needed = if chosen.is_empty() { 0.0 } else { 0.15 * total };
            if g <= needed || g == 0.0 {
                break;
            }
            for (((w, _), weight), done) in words.iter().zip(&weights).zip(covered.iter_mut()) {
                if !*done && index.contains(id, w) {
                    *done = true;
                    covered_weight += weight;
                }
            }
            chosen.push(id);
        }
        if let Some(&first) = chosen.first() {
            previous = Some(first);
        }
        let mut sources = Vec::with_capacity(chosen.len());
        for &id in &chosen {
            sources.push(index.sentences[id]);
        }
        out.push(Alignment { sources, score: (covered_weight / total).min(1.0) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::facts::normalise_all;
    use super::*;

    #[test]
    fn sorts_as_the_standard_sort_short_lists_and_long() {
        let mut seed = 12345u32;
        for len in 0..70 {
            let items: Vec<(String, bool)> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (format!("w{}", seed >> 27), seed & 0x100 != 0)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            let mut sorted = items;
            sort_by_less(&mut sorted, |a, b| (a.0.as_str(), !a.1) < (b.0.as_str(), !b.1));
            assert_eq!(sorted, expected, "{len} items");
        }
    }

    #[test]
    fn the_best_candidates_are_the_first_of_the_sorted_list() {
        let mut seed = 7u32;
        for len in [0, 1, 11, 12, 13, 40, 300] {
            let scored: Vec<(f32, u32)> = (0..len)
                .map(|id| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 28) as f32 * 0.5, id * 7919 % 1000)
                })
                .collect();
            let mut expected = scored.clone();
            expected.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            expected.truncate(MAX_CANDIDATES);
            let mut best = Vec::new();
            for &candidate in &scored {
                keep_best(&mut best, candidate, MAX_CANDIDATES, better_candidate);
            }
            assert_eq!(best, expected, "{len} candidates");
        }
    }

    #[test]
    fn content_words_are_each_once_in_order_anchors_marked() {
        let doc = Document::new("Sales rose 5 per cent as sales of Ford cars rose.");
        let norms = normalise_all(&doc);
        let words = content_words(&doc, 0, &norms);
        let mut sorted = words.clone();
        sorted.sort();
        sorted.dedup_by(|a, b| a.0 == b.0);
        assert_eq!(words.len(), sorted.len());
        assert!(words.windows(2).all(|w| w[0].0 < w[1].0), "{words:?}");
        assert!(words.contains(&("ford".to_string(), true)), "{words:?}");
        assert!(words.contains(&("5".to_string(), true)), "{words:?}");
        assert!(words.contains(&("rose".to_string(), false)), "{words:?}");
    }

    fn aligned(text: &str, sources: &[&str]) -> Vec<(Vec<(usize, usize)>, f32)> {
        let docs: Vec<Document> = sources.iter().map(|s| Document::new(s)).collect();
        let norms: Vec<Vec<String>> = docs.iter().map(normalise_all).collect();
        let index = SourceIndex::new(&docs, &norms);
        let text = Document::new(text);
        align(&text, &normalise_all(&text), &index)
            .into_iter()
            .map(|a| (a.sources.iter().map(|s| (s.source, s.sentence)).collect(), a.score))
            .collect()
    }

    #[test]
    fn finds_the_paraphrased_sentence_and_merges() {
        let source = "The minister resigned on Tuesday. Home News Sport Weather. \
                      Flooding closed 40 schools in Leeds. The council met in York.";
        let result = aligned("Flooding shut 40 schools in Leeds, and the council met in York.", &[source]);
        assert_eq!(result[0].0, [(0, 2), (0, 3)]);
        assert!(result[0].1 > 0.7, "{result:?}");
        // Negative: a sentence about something else aligns weakly or not at all.
        let result = aligned("Astronomers found a comet near Jupiter.", &[source]);
        assert!(result[0].1 < 0.2, "{result:?}");
    }
}
