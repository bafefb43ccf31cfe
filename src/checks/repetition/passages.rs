//! Sentences as the repetition checks compare them: word tokens, content
//! stems weighted by rarity, and an inverted index that proposes which
//! earlier sentences are worth comparing with a later one.
//!
//! Folding: case, apostrophes and possessive "'s" go; "cyber-attacks" is one
//! token "cyberattacks", so it meets "cyberattacks"; content words are
//! stemmed with the Snowball English stemmer ("attacks" = "attack").
//! Weights: inverse document frequency over the sentences of the text,
//! raised for numbers and names (strong signals), lowered for the built-in
//! weak words ("said", "year"); function words weigh nothing.

use super::words::{is_stop_word, weak_words};
use crate::text::{Document, Span};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;

/// One sentence that is not an exact copy of an earlier one.
#[derive(Debug)]
pub struct Passage {
    pub span: Span,
    /// Word tokens, hyphenated compounds joined.
    pub tokens: Vec<Span>,
    /// Normalised word id of each token (parallel to `tokens`).
    pub words: Vec<u32>,
    /// Distinct content stems, sorted by id (for merging).
    pub content: Vec<u32>,
    /// Sum of the weights of `content`.
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
#[derive(Debug)]
pub struct Passages {
    pub list: Vec<Passage>,
    /// What is known of each stem id (one array: comparisons touch it all).
    pub stems: Vec<StemInfo>,
    /// Content stem of each word id; `None` for function words.
    pub word_stem: Vec<Option<u32>>,
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

impl Passages {
    /// Passages for every sentence whose `skip` flag is false.
    pub fn build(doc: &Document, skip: &[bool]) -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut vocabulary = Vocabulary::default();
        // A text of n words has roughly 5 * sqrt(n) distinct ones (Heaps' law): avoid rehashing.
        let expected_words = 5 * (doc.words.len() as f64).sqrt() as usize;
        vocabulary.word_ids.reserve(expected_words);
        vocabulary.stem_ids.reserve(expected_words);
        let mut list = Vec::with_capacity(doc.sentences.len());
        for (index, sentence) in doc.sentences.iter().enumerate() {
            if skip.get(index).copied().unwrap_or(false) {
                continue;
            }
            let tokens = joined_tokens(doc.text, &doc.words[sentence.words.clone()]);
            let mut words = Vec::with_capacity(tokens.len());
            let mut content = Vec::new();
            let mut pronouns = 0;
            let mut negated = false;
            for (position, &token) in tokens.iter().enumerate() {
                let raw = token.slice(doc.text);
                let word = vocabulary.word(raw, &stemmer);
                words.push(word);
                pronouns |= pronoun_bit(&vocabulary.buffer);
                negated |= is_negation(&vocabulary.buffer);
                if let Some(stem) = vocabulary.word_stem[word as usize] {
                    content.push(stem);
                    let counts = &mut vocabulary.stem_counts[stem as usize];
                    if position > 0 {
                        counts.inside += 1;
                        if raw.chars().next().is_some_and(char::is_uppercase) {
                            counts.capitalised_inside += 1;
                        }
                    }
                }
            }
            content.sort_unstable();
            content.dedup();
            for &stem in &content {
                vocabulary.stem_counts[stem as usize].sentences += 1;
            }
            let text = doc.slice(sentence.span);
            list.push(Passage {
                span: sentence.span,
                tokens,
                words,
                content,
                weight: 0.0,
                is_full_sentence: ends_like_a_sentence(text),
                has_quotation: text.contains(['"', '“', '”', '«', '»']),
                pronouns,
                negated,
            });
        }

        let weak = vocabulary.weak_stems(&stemmer);
        let n = list.len().max(1) as f32;
        let stems: Vec<StemInfo> = vocabulary
            .stem_counts
            .iter()
            .zip(weak)
            .map(|(counts, weak)| {
                let idf = (1.0 + n / counts.sentences.max(1) as f32).ln();
                let strong = counts.is_strong();
                let weight = if weak {
                    idf * WEAK_FACTOR
                } else if strong {
                    idf * STRONG_BOOST
                } else {
                    idf
                };
                StemInfo { weight, strong, number: counts.is_number, weak }
            })
            .collect();
        for passage in &mut list {
            passage.weight = passage.content.iter().map(|&s| stems[s as usize].weight).sum();
        }
        Passages { list, stems, word_stem: vocabulary.word_stem }
    }

    /// What two passages share, and the names and numbers only one holds.
    pub fn overlap(&self, a: &Passage, b: &Passage) -> Overlap {
        let mut overlap = Overlap::default();
        let (mut i, mut j) = (0, 0);
        let strong_weight = |stem: u32| {
            let info = self.stems[stem as usize];
            if info.strong {
                info.weight
            } else {
                0.0
            }
        };
        let is_number = |stem: u32| self.stems[stem as usize].number;
        while i < a.content.len() || j < b.content.len() {
            let (x, y) = (a.content.get(i), b.content.get(j));
            match (x, y) {
                (Some(&x), Some(&y)) if x == y => {
                    let info = self.stems[x as usize];
                    overlap.shared += info.weight;
                    overlap.shared_count += 1;
                    if !info.strong && !info.weak {
                        overlap.shared_plain_count += 1;
                    }
                    i += 1;
                    j += 1;
                }
                (Some(&x), Some(&y)) if x < y => {
                    overlap.a_only_strong += strong_weight(x);
                    overlap.a_only_number |= is_number(x);
                    i += 1;
                }
                (Some(&x), None) => {
                    overlap.a_only_strong += strong_weight(x);
                    overlap.a_only_number |= is_number(x);
                    i += 1;
                }
                (_, Some(&y)) => {
                    overlap.b_only_strong += strong_weight(y);
                    overlap.b_only_number |= is_number(y);
                    j += 1;
                }
                (None, None) => break,
            }
        }
        overlap
    }

    /// For each passage (by index in `list`), the earlier passages that may
    /// share at least `min_cover` of its content weight.
    ///
    /// Prefix filtering: a passage's stems sorted rarest first; once the
    /// stems taken weigh more than `1 - min_cover` of the whole, any passage
    /// sharing `min_cover` must share one of them. Only those rare stems are
    /// looked up, so common words never produce a flood of candidates. Two
    /// caps bound the worst case (a text made of one template): each lookup
    /// reads at most the latest `MAX_POSTINGS_READ` passages, and at most
    /// `MAX_CANDIDATES` best candidates are kept per passage.
    pub fn candidates(&self, min_cover: f32) -> Vec<Vec<u32>> {
        const MAX_POSTINGS_READ: usize = 32;
        const MAX_CANDIDATES: usize = 8;
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); self.stems.len()];
        let mut score: Vec<f32> = vec![0.0; self.list.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut result = Vec::with_capacity(self.list.len());
        let mut by_rarity: Vec<u32> = Vec::new();
        for (index, passage) in self.list.iter().enumerate() {
            by_rarity.clear();
            by_rarity.extend_from_slice(&passage.content);
            by_rarity.sort_unstable_by(|&a, &b| {
                self.stems[b as usize].weight.total_cmp(&self.stems[a as usize].weight).then(a.cmp(&b))
            });
            let mut taken = 0.0;
            for &stem in &by_rarity {
                let weight = self.stems[stem as usize].weight;
                let list = &postings[stem as usize];
                for &earlier in &list[list.len().saturating_sub(MAX_POSTINGS_READ)..] {
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
            let mut kept: Vec<u32> = touched
                .iter()
                .copied()
                .filter(|&earlier| {
                    let reachable = score[earlier as usize] + slack;
                    reachable >= min_cover * passage.weight
                        && reachable >= min_cover * self.list[earlier as usize].weight
                })
                .collect();
            kept.sort_unstable_by(|&a, &b| score[b as usize].total_cmp(&score[a as usize]).then(b.cmp(&a)));
            kept.truncate(MAX_CANDIDATES);
            result.push(kept);
            for &earlier in &touched {
                score[earlier as usize] = 0.0;
            }
            touched.clear();
            for &stem in &passage.content {
                postings[stem as usize].push(index as u32);
            }
        }
        result
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
    /// Whether the first, or the second, holds a number the other lacks.
    pub a_only_number: bool,
    pub b_only_number: bool,
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
    word_ids: HashMap<String, u32>,
    /// Stem of each word id; `None` for function words.
    word_stem: Vec<Option<u32>>,
    stem_ids: HashMap<String, u32>,
    stem_counts: Vec<StemCounts>,
    /// Reused for folding each token, so known words cost no allocation.
    buffer: String,
}

impl Vocabulary {
    fn word(&mut self, raw: &str, stemmer: &Stemmer) -> u32 {
        fold_word_into(raw, &mut self.buffer);
        if let Some(&id) = self.word_ids.get(self.buffer.as_str()) {
            return id;
        }
        let folded = self.buffer.clone();
        let stem = if is_stop_word(&folded) || folded.is_empty() {
            None
        } else {
            let is_number = is_number(&folded);
            let stemmed = if is_number { folded.clone() } else { stemmer.stem(&folded).into_owned() };
            let next = self.stem_ids.len() as u32;
            let id = *self.stem_ids.entry(stemmed).or_insert(next);
            if id == next {
                self.stem_counts.push(StemCounts { is_number, ..StemCounts::default() });
            }
            Some(id)
        };
        let id = self.word_stem.len() as u32;
        self.word_stem.push(stem);
        self.word_ids.insert(folded, id);
        id
    }

    fn weak_stems(&self, stemmer: &Stemmer) -> Vec<bool> {
        // Only stems the text holds matter; the rest are never looked up.
        let mut weak = vec![false; self.stem_counts.len()];
        for word in weak_words() {
            if let Some(&id) = self.stem_ids.get(stemmer.stem(word).as_ref()) {
                weak[id as usize] = true;
            }
        }
        weak
    }
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

/// Whether a folded token is a number: "1991", "55m", "fourteen",
/// "thirtyfive" (from "thirty-five"), "eighteenyear" (from "eighteen-year").
fn is_number(folded: &str) -> bool {
    use crate::extract::numbers::{TENS, UNITS};
    let units = &UNITS[1..]; // "one" to "nineteen": a zero is not a figure to repeat
    const LARGE: &[&str] = &[
        "hundred", "thousand", "million", "billion", "trillion", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth", "tenth",
    ];
    const UNIT_OF: &[&str] = &["", "year", "years", "yearold", "month", "week", "day", "hour", "percent"];
    if folded.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let number_then = |rest: &str, tails: &[&str]| tails.contains(&rest);
    units.iter().chain(LARGE).any(|n| folded.strip_prefix(n).is_some_and(|rest| number_then(rest, UNIT_OF)))
        || TENS.iter().any(|n| {
            folded.strip_prefix(n).is_some_and(|rest| {
                number_then(rest, UNIT_OF)
                    || UNITS[1..10]
                        .iter()
                        .any(|u| rest.strip_prefix(u).is_some_and(|r| number_then(r, UNIT_OF)))
            })
        })
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
    if raw.is_ascii() {
        // Most words: no Unicode case tables needed.
        folded.extend(raw.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_lowercase() as char));
    } else {
        folded.extend(raw.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase));
    }
}

/// Word spans with hyphenated compounds joined: "cyber-attacks" is one token.
fn joined_tokens(text: &str, words: &[Span]) -> Vec<Span> {
    let mut tokens: Vec<Span> = Vec::with_capacity(words.len());
    for &word in words {
        if let Some(last) = tokens.last_mut() {
            let gap = &text[last.end..word.start];
            if matches!(gap, "-" | "\u{2010}" | "\u{2011}") {
                *last = last.cover(word);
                continue;
            }
        }
        tokens.push(word);
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(p.list[0].tokens.len(), 3);
    }

    #[test]
    fn function_words_carry_no_weight() {
        let (_, p) = passages("It was that they had been there. It was that they had been there too.");
        assert!(p.list.iter().all(|x| x.content.is_empty() && x.weight == 0.0));
    }

    #[test]
    fn candidates_come_from_shared_rare_words_only() {
        let text = "Delegates met in Ohio on Monday. The weather was cold. Ohio delegates met again.";
        let (_, p) = passages(text);
        let candidates = p.candidates(0.4);
        assert!(candidates[0].is_empty());
        assert!(candidates[1].is_empty(), "no shared words: {:?}", candidates[1]);
        assert_eq!(candidates[2], [0]);
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
    fn possessives_and_case_fold() {
        assert_eq!(fold_word("China’s"), "china");
        assert_eq!(fold_word("1,991"), "1991");
        assert_eq!(fold_word("Don't"), "dont");
    }
}
