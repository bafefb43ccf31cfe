//! Sentences as the repetition checks compare them: word tokens, content
//! stems weighted by rarity, and an inverted index that proposes which
//! earlier sentences are worth comparing with a later one.
//!
//! Folding: case, apostrophes and possessive "'s" go; "cyber-attacks" is one
//! token "cyberattacks", so it meets "cyberattacks"; content words are
//! stemmed with the Snowball English (Porter2) stemmer ("attacks" = "attack").
//! Weights: inverse document frequency over the sentences of the text,
//! raised for numbers and names (strong signals), lowered for the built-in
//! weak words ("said", "year"); function words weigh nothing.

use super::stem::stem_in;
use super::words::{is_stop_word, weak_stems};
use crate::extract::entities::{descending, keep_best, order_by_group, sort_by_position};
use crate::text::{Document, Span};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// One sentence that is not an exact copy of an earlier one. Its tokens,
/// word ids and content stems live in the flat arrays of [`Passages`]
/// (one allocation for all sentences, not three per sentence).
#[derive(Debug)]
pub struct Passage {
    pub span: Span,
    /// Where its tokens and their word ids are in `Passages::tokens`/`words`.
    token_range: Range<usize>,
    /// Where its distinct content stems are in `Passages::content`.
    content_range: Range<usize>,
    /// Sum of the weights of its content stems.
    pub weight: f32,
    /// Ends like a sentence (". ! ?"), unlike a headline, title or list line.
    pub is_full_sentence: bool,
    /// Holds a quotation: speakers echo each other in their own words.
    pub has_quotation: bool,
    /// Which personal pronouns it uses: `HE` and/or `SHE` bits.
    pub pronouns: u8,
    /// Holds a negation ("not", "never", "without", "didn't").
    pub negated: bool,
}

pub const HE: u8 = 1;
pub const SHE: u8 = 2;

/// All passages of a document with the weights of their stems.
///
/// Stem ids are numbered from the heaviest (rarest) stem down, so a
/// passage's content, sorted by id for merging, is also sorted rarest first
/// for the candidate index.
#[derive(Debug)]
pub struct Passages {
    pub list: Vec<Passage>,
    /// What is known of each stem id (one array: comparisons touch it all).
    pub stems: Vec<StemInfo>,
    /// Content stem of each word id; `None` for function words.
    pub word_stem: Vec<Option<u32>>,
    /// Word tokens of all passages, hyphenated compounds joined.
    all_tokens: Vec<Span>,
    /// Normalised word id of each token (parallel to `all_tokens`).
    all_words: Vec<u32>,
    /// Distinct content stems of each passage, sorted by id.
    all_content: Vec<u32>,
}

#[derive(Debug, Clone, Copy)]
pub struct StemInfo {
    pub weight: f32,
    /// A number or a name.
    pub strong: bool,
    pub number: bool,
    /// On the built-in weak list.
    pub weak: bool,
}

/// Numbers and names identify a fact: "1,991 delegates", "Westminster".
const STRONG_BOOST: f32 = 1.5;
/// Weak words count a little: sharing "said" and "year" is not repetition.
const WEAK_FACTOR: f32 = 0.3;
/// No passage yet (for `last_passage`).
const NONE: u32 = u32::MAX;

impl Passages {
    /// Passages for every sentence whose `skip` flag is false.
    pub fn build(doc: &Document, skip: &[bool]) -> Self {
        let mut vocabulary = Vocabulary::default();
        // Sized for the distinct words: the maps are not rebuilt as they grow.
        let expected_words = doc.distinct_words_estimate();
        vocabulary.word_ids.reserve(expected_words);
        vocabulary.stem_ids.reserve(expected_words);
        let mut list = Vec::with_capacity(doc.sentences.len());
        let mut all_tokens: Vec<Span> = Vec::with_capacity(doc.words.len());
        let mut all_words: Vec<u32> = Vec::with_capacity(doc.words.len());
        let mut all_content: Vec<u32> = Vec::with_capacity(doc.words.len());
        // The last passage each stem was seen in: counts each stem once per passage.
        let mut last_passage: Vec<u32> = Vec::new();
        for (index, sentence) in doc.sentences.iter().enumerate() {
            if skip.get(index).copied().unwrap_or(false) {
                continue;
            }
            let passage_id = list.len() as u32;
            let token_start = all_tokens.len();
            let content_start = all_content.len();
            push_joined_tokens(doc.text, &doc.words[sentence.words.clone()], &mut all_tokens);
            let mut pronouns = 0;
            let mut negated = false;
            for position in 0..all_tokens.len() - token_start {
                let raw = all_tokens[token_start + position].slice(doc.text);
                let word = vocabulary.word(raw);
                all_words.push(word);
                pronouns |= pronoun_bit(&vocabulary.buffer);
                negated |= is_negation(&vocabulary.buffer);
                let Some(stem) = vocabulary.word_stem[word as usize] else { continue };
                let counts = &mut vocabulary.stem_counts[stem as usize];
                if position > 0 {
                    counts.inside += 1;
                    if crate::text::case::starts_with_capital(raw) {
                        counts.capitalised_inside += 1;
                    }
                }
                if last_passage.len() <= stem as usize {
                    last_passage.resize(stem as usize + 1, NONE);
                }
                if last_passage[stem as usize] != passage_id {
                    last_passage[stem as usize] = passage_id;
                    counts.sentences += 1;
                    all_content.push(stem);
                }
            }
            let text = doc.slice(sentence.span);
            list.push(Passage {
                span: sentence.span,
                token_range: token_start..all_tokens.len(),
                content_range: content_start..all_content.len(),
                weight: 0.0,
                is_full_sentence: ends_like_a_sentence(text),
                has_quotation: has_quotation_mark(text),
                pronouns,
                negated,
            });
        }

        // The loops below push into vectors sized in advance: iterator
        // chains collected cost more code in the wasm, once per element type.
        let weak = vocabulary.weak_stems();
        let n = list.len().max(1) as f32;
        let mut stems: Vec<StemInfo> = Vec::with_capacity(weak.len());
        for (counts, &weak) in vocabulary.stem_counts.iter().zip(&weak) {
            let idf = (1.0 + n / counts.sentences.max(1) as f32).ln();
            let strong = counts.is_strong();
            let weight = if weak {
                idf * WEAK_FACTOR
            } else if strong {
                idf * STRONG_BOOST
            } else {
                idf
            };
            stems.push(StemInfo { weight, strong, number: counts.is_number, weak });
        }

        // Renumber the stems heaviest first (ties in order of first use).
        let by_weight = heaviest_first(&stems);
        let mut new_id = vec![0u32; stems.len()];
        let mut heaviest_stems = Vec::with_capacity(stems.len());
        for (rank, &old) in by_weight.iter().enumerate() {
            new_id[old] = rank as u32;
            heaviest_stems.push(stems[old]);
        }
        let stems = heaviest_stems;
        let mut word_stem = vocabulary.word_stem;
        for stem in word_stem.iter_mut().flatten() {
            *stem = new_id[*stem as usize];
        }
        for stem in &mut all_content {
            *stem = new_id[*stem as usize];
        }
        for passage in &mut list {
            let content = &mut all_content[passage.content_range.clone()];
            sort_by_position(content, |&stem| (stem as usize, 0));
            let mut weight = -0.0; // where `Iterator::sum` starts: an empty passage weighs -0.0
            for &stem in content.iter() {
                weight += stems[stem as usize].weight;
            }
            passage.weight = weight;
        }
        Passages { list, stems, word_stem, all_tokens, all_words, all_content }
    }

    /// The passage's word tokens, hyphenated compounds joined.
    pub fn tokens(&self, passage: &Passage) -> &[Span] {
        &self.all_tokens[passage.token_range.clone()]
    }

    /// The normalised word id of each of the passage's tokens.
    pub fn words(&self, passage: &Passage) -> &[u32] {
        &self.all_words[passage.token_range.clone()]
    }

    /// The passage's distinct content stems, sorted by id (rarest first).
    pub fn content(&self, passage: &Passage) -> &[u32] {
        &self.all_content[passage.content_range.clone()]
    }

    /// What two passages share, and the names and numbers only one holds.
    pub fn overlap(&self, a: &Passage, b: &Passage) -> Overlap {
        let (a, b) = (self.content(a), self.content(b));
        let mut overlap = Overlap::default();
        let only = |stem: u32, strong: &mut f32, numbers: &mut u32| {
            let info = self.stems[stem as usize];
            if info.strong {
                *strong += info.weight;
            }
            *numbers += u32::from(info.number);
        };
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            let (x, y) = (a[i], b[j]);
            if x == y {
                let info = self.stems[x as usize];
                overlap.shared += info.weight;
                overlap.shared_count += 1;
                if !info.strong && !info.weak {
                    overlap.shared_plain_count += 1;
                }
                i += 1;
                j += 1;
            } else if x < y {
                only(x, &mut overlap.a_only_strong, &mut overlap.a_only_numbers);
                i += 1;
            } else {
                only(y, &mut overlap.b_only_strong, &mut overlap.b_only_numbers);
                j += 1;
            }
        }
        for &x in &a[i..] {
            only(x, &mut overlap.a_only_strong, &mut overlap.a_only_numbers);
        }
        for &y in &b[j..] {
            only(y, &mut overlap.b_only_strong, &mut overlap.b_only_numbers);
        }
        overlap
    }

    /// For each passage (by index in `list`), the earlier passages that may
    /// share at least `min_cover` of its content weight.
    ///
    /// Prefix filtering: a passage's stems are taken rarest first; once the
    /// stems taken weigh more than `1 - min_cover` of the whole, any passage
    /// sharing `min_cover` must share one of them. Only those rare stems are
    /// looked up, so common words never produce a flood of candidates. Two
    /// caps bound the worst case (a text made of one template): each lookup
    /// reads at most the latest `MAX_POSTINGS_READ` passages, and at most
    /// `MAX_CANDIDATES` best candidates are kept per passage.
    pub fn candidates(&self, min_cover: f32) -> Candidates {
        const MAX_POSTINGS_READ: usize = 32;
        const MAX_CANDIDATES: usize = 8;
        // Postings in one array: each stem's slice holds the passages that
        // hold it, filled in text order, so the filled part is always the
        // passages before the current one.
        let mut start = vec![0usize; self.stems.len() + 1];
        for &stem in &self.all_content {
            start[stem as usize + 1] += 1;
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let mut filled = start[..self.stems.len()].to_vec();
        let mut postings = vec![0u32; self.all_content.len()];

        let mut score: Vec<f32> = vec![0.0; self.list.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut best: Vec<(f32, u32)> = Vec::with_capacity(MAX_CANDIDATES + 1);
        let mut result = Candidates { start: Vec::with_capacity(self.list.len() + 1), list: Vec::new() };
        result.start.push(0);
        for (index, passage) in self.list.iter().enumerate() {
            let content = self.content(passage);
            let mut taken = 0.0;
            for &stem in content {
                let weight = self.stems[stem as usize].weight;
                let earlier = &postings[start[stem as usize]..filled[stem as usize]];
                for &earlier in &earlier[earlier.len().saturating_sub(MAX_POSTINGS_READ)..] {
                    if score[earlier as usize] == 0.0 {
                        touched.push(earlier);
                    }
                    score[earlier as usize] += weight;
                }
                taken += weight;
                if taken > (1.0 - min_cover) * passage.weight {
                    break;
                }
            }
            // The stems not looked up weigh `untaken`, so a candidate shares
            // at most its score plus that: drop those that cannot reach
            // `min_cover` of this passage or of themselves.
            let untaken = passage.weight - taken;
            let slack = untaken + 1e-4;
            // Keep the best MAX_CANDIDATES, best first (ties to the later
            // passage), by insertion into that short list: no sort needed.
            let better = |a: &(f32, u32), b: &(f32, u32)| a.0 > b.0 || (a.0 == b.0 && a.1 > b.1);
            for &earlier in &touched {
                let shared = std::mem::take(&mut score[earlier as usize]);
                let reachable = shared + slack;
                if reachable < min_cover * passage.weight
                    || reachable < min_cover * self.list[earlier as usize].weight
                {
                    continue;
                }
                keep_best(&mut best, (shared, earlier), MAX_CANDIDATES, better);
            }
            touched.clear();
            for &(_, earlier) in &best {
                result.list.push(earlier);
            }
            best.clear();
            result.start.push(result.list.len());
            for &stem in content {
                postings[filled[stem as usize]] = index as u32;
                filled[stem as usize] += 1;
            }
        }
        result
    }
}

/// The earlier passages worth comparing with each passage, in one array.
pub struct Candidates {
    start: Vec<usize>,
    list: Vec<u32>,
}

impl Candidates {
    /// Candidates for the passage at `index` in `Passages::list`, best first.
    pub fn of(&self, index: usize) -> &[u32] {
        &self.list[self.start[index]..self.start[index + 1]]
    }
}

/// The comparison of two passages' content stems.
#[derive(Debug, Default, Clone, Copy)]
pub struct Overlap {
    /// Weight and number of the stems both hold.
    pub shared: f32,
    pub shared_count: usize,
    /// Shared stems that are neither names, numbers nor weak words.
    pub shared_plain_count: usize,
    /// Weight of the names and numbers only the first, or only the second, holds.
    pub a_only_strong: f32,
    pub b_only_strong: f32,
    /// How many numbers the first, or the second, holds that the other lacks.
    pub a_only_numbers: u32,
    pub b_only_numbers: u32,
}

/// How often each stem occurs, to weigh it.
#[derive(Debug, Default, Clone)]
struct StemCounts {
    /// Sentences that hold it.
    sentences: u32,
    /// Occurrences not at the start of a sentence, and of those the capitalised ones.
    inside: u32,
    capitalised_inside: u32,
    is_number: bool,
}

#[derive(Debug, Default)]
struct Vocabulary {
    word_ids: Interner,
    /// Stem of each word id; `None` for function words.
    word_stem: Vec<Option<u32>>,
    stem_ids: Interner,
    stem_counts: Vec<StemCounts>,
    /// Reused for folding each token, so known words cost no allocation.
    buffer: String,
    /// Reused for stemming each new word.
    stem_scratch: Vec<u8>,
}

impl Vocabulary {
    fn word(&mut self, raw: &str) -> u32 {
        fold_word_into(raw, &mut self.buffer);
        let folded = self.buffer.as_str();
        if let Some(id) = self.word_ids.get(folded) {
            return id;
        }
        // A new word: stemmed once, whatever its number of occurrences.
        let stem = if is_stop_word(folded) || folded.is_empty() {
            None
        } else {
            let is_number = is_number(folded);
            let stemmed = if is_number { folded.into() } else { stem_in(folded, &mut self.stem_scratch) };
            let id = self.stem_ids.get(&stemmed).unwrap_or_else(|| {
                self.stem_counts.push(StemCounts { is_number, ..StemCounts::default() });
                self.stem_ids.insert(&stemmed)
            });
            Some(id)
        };
        self.word_stem.push(stem);
        self.word_ids.insert(folded)
    }

    fn weak_stems(&self) -> Vec<bool> {
        // Only stems the text holds matter; the rest are never looked up.
        let mut weak = vec![false; self.stem_counts.len()];
        for stemmed in weak_stems().iter() {
            if let Some(id) = self.stem_ids.get(stemmed) {
                weak[id as usize] = true;
            }
        }
        weak
    }
}

/// Stem ids ordered by weight, heaviest first, ties in id order. Weights
/// take few values (one per sentence count and class), so each stem is placed
/// by counting the stems of each weight: a sort of every stem was an eighth of
/// this family's time.
fn heaviest_first(stems: &[StemInfo]) -> Vec<usize> {
    // The distinct keys, in order.
    let mut distinct: Vec<usize> = Vec::new();
    for stem in stems {
        let key = descending(stem.weight);
        let at = distinct.partition_point(|&d| d < key);
        if distinct.get(at) != Some(&key) {
            distinct.insert(at, key);
        }
    }
    // The stems of each key, keys in order, each key's stems in id order.
    let mut ranks: Vec<usize> = Vec::with_capacity(stems.len());
    for stem in stems {
        let key = descending(stem.weight);
        ranks.push(distinct.partition_point(|&d| d < key));
    }
    let (_, order) = order_by_group(&ranks, distinct.len());
    order
}

/// Distinct strings numbered 0, 1, 2… in order of arrival, all in one
/// buffer: a text's 50,000 distinct words are not 50,000 allocations.
/// (The exact check numbers its sentence keys with it too.)
#[derive(Debug, Default)]
pub(super) struct Interner {
    text: String,
    /// Byte range in `text` of each id.
    ranges: Vec<(u32, u32)>,
    /// Id by hash of the string; the rare second string with the same hash
    /// goes to `collisions`, a list since 64-bit hashes next to never collide.
    by_hash: HashMap<u64, u32>,
    collisions: Vec<(String, u32)>,
}

impl Interner {
    pub(super) fn get(&self, word: &str) -> Option<u32> {
        let id = *self.by_hash.get(&hash_str(word))?;
        if self.string(id) == word {
            Some(id)
        } else {
            self.collisions.iter().find(|(other, _)| other == word).map(|&(_, id)| id)
        }
    }

    /// Adds a string that `get` did not find and returns its id.
    pub(super) fn insert(&mut self, word: &str) -> u32 {
        let id = self.ranges.len() as u32;
        let start = self.text.len() as u32;
        self.text.push_str(word);
        self.ranges.push((start, self.text.len() as u32));
        if let Some(taken) = self.by_hash.insert(hash_str(word), id) {
            // Keep the first owner of the hash; the newcomer is a collision.
            self.by_hash.insert(hash_str(word), taken);
            self.collisions.push((word.to_string(), id));
        }
        id
    }

    fn string(&self, id: u32) -> &str {
        let (start, end) = self.ranges[id as usize];
        &self.text[start as usize..end as usize]
    }

    /// The id of `word`, added if new.
    pub(super) fn id(&mut self, word: &str) -> u32 {
        self.get(word).unwrap_or_else(|| self.insert(word))
    }

    /// How many strings it holds: ids run from 0 to this.
    pub(super) fn len(&self) -> usize {
        self.ranges.len()
    }

    pub(super) fn reserve(&mut self, strings: usize) {
        self.by_hash.reserve(strings);
        self.ranges.reserve(strings);
        self.text.reserve(strings * 8);
    }
}

fn hash_str(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(word.as_bytes());
    hasher.finish()
}

impl StemCounts {
    /// Numbers, and words written capitalised inside sentences (names).
    fn is_strong(&self) -> bool {
        self.is_number || (self.inside > 0 && self.capitalised_inside * 5 >= self.inside * 3)
    }
}

/// `HE` for "he, him, his, himself", `SHE` for "she, her, hers, herself",
/// else 0; `folded` is lower-case.
fn pronoun_bit(folded: &str) -> u8 {
    match folded {
        "he" | "him" | "his" | "himself" => HE,
        "she" | "her" | "hers" | "herself" => SHE,
        _ => 0,
    }
}

/// Whether a folded word negates what its sentence says.
fn is_negation(folded: &str) -> bool {
    matches!(
        folded,
        "not" | "no" | "never" | "nor" | "neither" | "none" | "nobody" | "nothing" | "without" | "cannot"
    ) || (folded.len() > 3 && folded.ends_with("nt") && is_stop_word(folded)) // "didnt", "wont", "cant"
}

/// Whether a passage ends like a sentence, closing quotes and brackets aside.
fn ends_like_a_sentence(text: &str) -> bool {
    let trimmed = text.trim_end().trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    trimmed.ends_with(['.', '!', '?', '…'])
}

/// Number words besides the units and tens of `extract::numbers`.
const LARGE: &[&str] = &[
    "hundred", "thousand", "million", "billion", "trillion", "third", "fourth", "fifth", "sixth", "seventh",
    "eighth", "ninth", "tenth",
];

/// Whether a folded token is a number: "1991", "55m", "fourteen",
/// "thirtyfive" (from "thirty-five"), "eighteenyear" (from "eighteen-year").
fn is_number(folded: &str) -> bool {
    use crate::extract::numbers::{TENS, UNITS};
    let units = &UNITS[1..]; // "one" to "nineteen": a zero is not a figure to repeat
    const UNIT_OF: &[&str] = &["", "year", "years", "yearold", "month", "week", "day", "hour", "percent"];
    if folded.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    // Most words stop here, before thirty-odd prefix tests.
    if !crate::extract::numbers::may_start_number_words(folded) {
        return false;
    }
    // A number word then a unit (or nothing), or a tens word then a unit
    // word then a unit; loops, where iterator chains cost more wasm.
    let number_then_unit = |word: &str, numbers: &[&str]| {
        for number in numbers {
            if word.strip_prefix(number).is_some_and(|rest| UNIT_OF.contains(&rest)) {
                return true;
            }
        }
        false
    };
    if number_then_unit(folded, units) || number_then_unit(folded, LARGE) {
        return true;
    }
    for tens in TENS {
        if let Some(rest) = folded.strip_prefix(tens) {
            if UNIT_OF.contains(&rest) || number_then_unit(rest, &UNITS[1..10]) {
                return true;
            }
        }
    }
    false
}

/// Lower-case letters and digits only, possessive "'s" dropped: "China’s" = "china".
#[cfg(test)]
fn fold_word(raw: &str) -> String {
    let mut folded = String::new();
    fold_word_into(raw, &mut folded);
    folded
}

fn fold_word_into(raw: &str, folded: &mut String) {
    let raw = raw.strip_suffix("'s").or_else(|| raw.strip_suffix("’s")).unwrap_or(raw);
    folded.clear();
    if raw.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // Most words: copied whole, then lowered in place.
        folded.push_str(raw);
        folded.make_ascii_lowercase();
    } else if raw.is_ascii() {
        // No Unicode case tables needed.
        for byte in raw.bytes() {
            if byte.is_ascii_alphanumeric() {
                folded.push(byte.to_ascii_lowercase() as char);
            }
        }
    } else {
        for c in raw.chars() {
            if c.is_alphanumeric() {
                for lower in crate::text::case::lower_chars(c) {
                    folded.push(lower);
                }
            }
        }
    }
}

/// Holds `"`, `“`, `”`, `«` or `»`. Read as bytes (`“` and `”` are E2 80 9C
/// and E2 80 9D in UTF-8, `«` and `»` C2 AB and C2 BB): the size-built wasm
/// tested each character against the list of five with a call.
fn has_quotation_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|at| match bytes[at] {
        b'"' => true,
        0xC2 => matches!(bytes.get(at + 1), Some(0xAB | 0xBB)),
        0xE2 => bytes.get(at + 1) == Some(&0x80) && matches!(bytes.get(at + 2), Some(0x9C | 0x9D)),
        _ => false,
    })
}

/// Appends the word spans with hyphenated compounds joined: "cyber-attacks" is one token.
fn push_joined_tokens(text: &str, words: &[Span], tokens: &mut Vec<Span>) {
    let first = tokens.len();
    for &word in words {
        if tokens.len() > first {
            if let Some(last) = tokens.last_mut() {
                let gap = &text[last.end()..word.start()];
                if matches!(gap, "-" | "\u{2010}" | "\u{2011}") {
                    *last = last.cover(word);
                    continue;
                }
            }
        }
        tokens.push(word);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotation_marks_are_found_by_their_bytes() {
        for text in ["He said \"no\".", "“No”", "no”", "«non»", "non»", "«"] {
            assert!(has_quotation_mark(text), "{text}");
        }
        for text in ["It’s done.", "Wave 〜 dash", "½ and ¼", "—", "", "‘single’"] {
            assert!(!has_quotation_mark(text), "{text}");
            assert_eq!(has_quotation_mark(text), text.contains(['"', '“', '”', '«', '»']));
        }
    }

    #[test]
    fn heaviest_first_is_the_sort_by_weight_then_id() {
        let weights = [1.5, 0.2, 1.5, 3.0, 0.2, 0.0, 3.0, 1.5, -1.0, 0.2];
        let stems: Vec<StemInfo> = weights
            .iter()
            .map(|&weight| StemInfo { weight, strong: false, number: false, weak: false })
            .collect();
        let mut expected: Vec<usize> = (0..stems.len()).collect();
        expected.sort_by(|&a, &b| stems[b].weight.total_cmp(&stems[a].weight).then(a.cmp(&b)));
        assert_eq!(heaviest_first(&stems), expected);
        assert!(heaviest_first(&[]).is_empty());
    }

    #[test]
    fn every_number_word_has_a_listed_start() {
        use crate::extract::numbers::{TENS, UNITS};
        for word in UNITS[1..].iter().chain(TENS).chain(LARGE) {
            assert!(crate::extract::numbers::may_start_number_words(word), "{word}");
        }
        assert!(is_number("thirtyfive") && is_number("eighteenyear") && is_number("1991"));
        assert!(!is_number("attack") && !is_number("zero") && !is_number("often"));
    }

    fn passages(text: &str) -> (Document<'_>, Passages) {
        let doc = Document::new(text);
        let skip = vec![false; doc.sentences.len()];
        let passages = Passages::build(&doc, &skip);
        (doc, passages)
    }

    #[test]
    fn hyphenated_and_closed_compounds_fold_to_one_stem() {
        let (_, p) = passages("Cyber-attacks rose sharply. The cyberattacks rose.");
        let overlap = p.overlap(&p.list[0], &p.list[1]);
        assert_eq!(overlap.shared_count, 2, "cyberattack and rose are shared");
        assert_eq!(p.tokens(&p.list[0]).len(), 3);
    }

    #[test]
    fn function_words_carry_no_weight() {
        let (_, p) = passages("It was that they had been there. It was that they had been there too.");
        assert!(p.list.iter().all(|x| p.content(x).is_empty() && x.weight == 0.0));
    }

    #[test]
    fn candidates_come_from_shared_rare_words_only() {
        let text = "Delegates met in Ohio on Monday. The weather was cold. Ohio delegates met again.";
        let (_, p) = passages(text);
        let candidates = p.candidates(0.4);
        assert!(candidates.of(0).is_empty());
        assert!(candidates.of(1).is_empty(), "no shared words: {:?}", candidates.of(1));
        assert_eq!(candidates.of(2), [0]);
    }

    #[test]
    fn numbers_in_words_are_numbers() {
        for number in ["1991", "fourteen", "thirtyfive", "eighteenyear", "million", "eighty"] {
            assert!(is_number(number), "{number}");
        }
        for word in ["tenant", "often", "someone", "seventeenth", "eightfold"] {
            assert!(!is_number(word), "{word}");
        }
    }

    #[test]
    fn the_interner_numbers_strings_in_order_and_finds_them_again() {
        let mut interner = Interner::default();
        assert_eq!(interner.get("china"), None);
        assert_eq!(interner.insert("china"), 0);
        assert_eq!(interner.insert("attack"), 1);
        assert_eq!(
            (interner.get("china"), interner.get("attack"), interner.get("chin")),
            (Some(0), Some(1), None)
        );
        assert_eq!(interner.string(1), "attack");
    }

    #[test]
    fn possessives_and_case_fold() {
        assert_eq!(fold_word("China’s"), "china");
        assert_eq!(fold_word("1,991"), "1991");
        assert_eq!(fold_word("Don't"), "dont");
    }
}
