//! Repeated long phrases (`repetition/repeated-phrase`): a run of
//! `MIN_RUN` or more identical words inside two otherwise different
//! sentences, the residue of copy and paste.
//!
//! Every run of `MIN_RUN` words is hashed once; a later sentence looks its
//! runs up and extends a hit to the longest common run. Linear in the text.

use super::passages::Passages;
use crate::text::Span;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// Shortest repeated run of words worth reporting.
pub const MIN_RUN: usize = 8;
/// Runs of function and weak words ("I think I have heard you say that")
/// are idiom, and runs of names ("former Vice President of the United
/// States Joe Biden", "the Federal Aviation Administration") are titles,
/// not residue: a run needs this many words that are neither. A word is a
/// name here when both copies write it capitalised inside the sentence,
/// whatever the word does elsewhere ("Administration" / "the administration").
const MIN_CONTENT_WORDS: usize = 3;

/// A later run of words that repeats an earlier one.
#[derive(Debug, Clone, PartialEq)]
pub struct PhraseMatch {
    /// Passage indices (into `Passages::list`) and token ranges.
    pub later: usize,
    pub later_tokens: Range<usize>,
    pub earlier: usize,
    pub earlier_tokens: Range<usize>,
    /// Where the earlier run was first seen: copies of one phrase share it.
    pub first_seen: (u32, u32),
}

/// The longest repeated run in each passage, if any; `skip(later, earlier)`
/// says a pair is already reported as a whole (near-duplicate, restatement).
pub fn find(text: &str, passages: &Passages, skip: impl Fn(usize, usize) -> bool) -> Vec<PhraseMatch> {
    let filter = RunFilter::new(passages);
    // Keyed by a hash of the run's word ids (a hit is checked word by word):
    // hashing one u64 is cheaper than hashing and comparing eight ids.
    // Only runs the filter says may occur twice are indexed. The map gives
    // an index into `places`, (passage, word) of the run: a map of that value
    // type would be one more map type in the wasm, while this one is shared.
    let mut first_seen: HashMap<u64, u32> = HashMap::default();
    let mut places: Vec<(u32, u32)> = Vec::new();
    let mut found = Vec::new();
    // The key of the run starting at each word of the passage: looked up, then indexed.
    let mut run_keys: Vec<u64> = Vec::new();
    for (index, passage) in passages.list.iter().enumerate() {
        let words = passages.words(passage);
        run_keys.clear();
        for run in words.windows(MIN_RUN) {
            run_keys.push(run_key(run));
        }
        let mut best: Option<PhraseMatch> = None;
        let mut position = 0;
        while let Some(&key) = run_keys.get(position) {
            let run_words = &words[position..position + MIN_RUN];
            let Some(&place) = filter.may_repeat(key).then(|| first_seen.get(&key)).flatten() else {
                position += 1;
                continue;
            };
            let (earlier, at) = places[place as usize];
            let (earlier_index, at) = (earlier as usize, at as usize);
            let earlier_passage = &passages.list[earlier_index];
            let other = passages.words(earlier_passage);
            if earlier_index == index || other[at..at + MIN_RUN] != *run_words || skip(index, earlier_index) {
                position += 1;
                continue;
            }
            let mut length = MIN_RUN;
            while position + length < words.len()
                && at + length < other.len()
                && words[position + length] == other[at + length]
            {
                length += 1;
            }
            let run = position..position + length;
            // Counted by a loop: a filtered range counted is one more
            // iterator instantiation in the wasm.
            let mut content = 0;
            for k in 0..length {
                let Some(stem) = passages.word_stem[words[position + k] as usize] else { continue };
                let info = passages.stems[stem as usize];
                let name_in_both = || {
                    written_as_name(text, passages.tokens(passage), position + k, info.strong)
                        && written_as_name(text, passages.tokens(earlier_passage), at + k, info.strong)
                };
                if !info.weak && !info.number && !name_in_both() {
                    content += 1;
                }
            }
            if content >= MIN_CONTENT_WORDS && best.as_ref().is_none_or(|b| b.later_tokens.len() < length) {
                best = Some(PhraseMatch {
                    later: index,
                    later_tokens: run,
                    earlier: earlier_index,
                    earlier_tokens: at..at + length,
                    first_seen: (earlier, at as u32),
                });
            }
            position += length.max(1);
        }
        if let Some(best) = best {
            found.push(best);
        }
        for (start, &key) in run_keys.iter().enumerate() {
            if filter.may_repeat(key) && !first_seen.contains_key(&key) {
                first_seen.insert(key, places.len() as u32);
                places.push((index as u32, start as u32));
            }
        }
    }
    found
}

/// Two bit sets indexed by a run's hash: runs seen at least once, and runs
/// seen again. A run whose "again" bit is clear occurs once in the whole
/// text, so it can neither repeat an earlier run nor be repeated: it stays
/// out of the index. Almost every run is like that, and the two filters (two
/// bytes per run) stay in cache where an index of every run (16 bytes and
/// more per run, 36 MB on 10 MB of text) made the phrase check grow faster
/// than the text. A hash collision only lets a unique run into the index.
struct RunFilter {
    seen: Vec<u64>,
    again: Vec<u64>,
    /// How far to shift a run's hash to get its bit (the high bits mix best).
    shift: u32,
}

impl RunFilter {
    fn new(passages: &Passages) -> Self {
        let mut runs = 0;
        for passage in &passages.list {
            runs += passages.words(passage).len().saturating_sub(MIN_RUN - 1);
        }
        // Eight bits per run: few unique runs share a bit with another.
        let bits = (runs.max(1) * 8).next_power_of_two().max(64);
        let mut filter = RunFilter {
            seen: vec![0; bits / 64],
            again: vec![0; bits / 64],
            shift: 64 - bits.trailing_zeros(),
        };
        for passage in &passages.list {
            for run in passages.words(passage).windows(MIN_RUN) {
                let (word, bit) = filter.position(run_key(run));
                if filter.seen[word] & bit != 0 {
                    filter.again[word] |= bit;
                }
                filter.seen[word] |= bit;
            }
        }
        filter
    }

    fn position(&self, key: u64) -> (usize, u64) {
        let index = (key >> self.shift) as usize;
        (index / 64, 1 << (index % 64))
    }

    /// False only for a run that occurs once in the text.
    fn may_repeat(&self, key: u64) -> bool {
        let (word, bit) = self.position(key);
        self.again[word] & bit != 0
    }
}

/// A 64-bit hash of a run of word ids.
fn run_key(words: &[u32]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    for &word in words {
        hasher.write_u32(word);
    }
    hasher.finish()
}

/// Whether the token is written as a name: capitalised with lower-case
/// letters after ("Aviation"), not first in its sentence. For a first word
/// or one in capitals ("PRIDE", "NHC") the spelling says nothing; the
/// word's use in the whole text (`usually_a_name`) decides.
fn written_as_name(text: &str, tokens: &[Span], token: usize, usually_a_name: bool) -> bool {
    let word = tokens[token].slice(text);
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let capitalised = letters.next().is_some_and(char::is_uppercase);
    let then_lower = letters.any(char::is_lowercase);
    if token == 0 || (capitalised && !then_lower) {
        usually_a_name
    } else {
        capitalised
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::repetition::REPEATED_PHRASE;
    use crate::{analyze, Options};

    fn phrases(text: &str) -> Vec<(String, String)> {
        let report = analyze(text, &Options::default()).unwrap();
        report
            .findings
            .into_iter()
            .filter(|f| f.rule == REPEATED_PHRASE)
            .map(|f| (f.text, f.related[0].text.clone()))
            .collect()
    }

    #[test]
    fn flags_a_long_run_shared_by_two_different_sentences() {
        let text = "Voters in Ohio said the candidate needs 1,991 pledged delegates to win the nomination outright.\n\n\
                    Sanders, who trails, still needs 1,991 pledged delegates to win the nomination outright, aides said.";
        assert_eq!(
            phrases(text),
            [(
                "needs 1,991 pledged delegates to win the nomination outright".to_string(),
                "needs 1,991 pledged delegates to win the nomination outright".to_string()
            )]
        );
    }

    #[test]
    fn the_run_filter_keeps_every_repeated_run_and_few_unique_ones() {
        use super::{run_key, RunFilter, MIN_RUN};
        use crate::checks::repetition::passages::Passages;
        // 60 sentences of distinct words, the last repeating a run of the first.
        let mut text: String = (0..60)
            .map(|i| {
                format!("Word{i}a word{i}b word{i}c word{i}d word{i}e word{i}f word{i}g word{i}h word{i}i. ")
            })
            .collect();
        text.push_str("Then word0b word0c word0d word0e word0f word0g word0h word0i again.");
        let doc = crate::text::Document::new(&text);
        let passages = Passages::build(&doc, &vec![false; doc.sentences.len()]);
        let filter = RunFilter::new(&passages);
        let runs: Vec<&[u32]> =
            passages.list.iter().flat_map(|p| passages.words(p).windows(MIN_RUN)).collect();
        let repeated = &passages.words(&passages.list[0])[1..1 + MIN_RUN];
        assert!(filter.may_repeat(run_key(repeated)));
        let passed = runs.iter().filter(|run| filter.may_repeat(run_key(run))).count();
        assert!(passed < runs.len() / 4, "{passed} of {} runs passed the filter", runs.len());
    }

    #[test]
    fn seven_words_or_function_words_are_not_enough() {
        let text = "Officials said the pledged delegates win the nomination today in Ohio.\n\n\
                    Sanders hopes the pledged delegates win the nomination today, aides said.";
        assert!(phrases(text).is_empty());
        let text = "She said that it was not what she had been told by anyone.\n\n\
                    Later he said that it was not what she had been told at all.";
        assert!(phrases(text).is_empty());
    }

    #[test]
    fn a_run_of_names_is_a_title_even_if_its_words_are_common() {
        // "administration", "safety" and "board" are lower case elsewhere;
        // here both copies write them as a name.
        let text = "The new administration set up a safety board for the national parks last year.\n\n\
                    Inspectors from the Federal Aviation Administration and the National Transportation Safety Board arrived.\n\n\
                    Later, the Federal Aviation Administration and the National Transportation Safety Board issued a report.";
        assert!(phrases(text).is_empty());
        let lower = "Later, the federal aviation administration and the national transportation safety board issued a report.";
        let text = text.rsplit_once("\n\n").unwrap().0.to_string() + "\n\n" + lower;
        assert_eq!(phrases(&text).len(), 1, "written in lower case once: ordinary words");
    }

    #[test]
    fn a_phrase_repeated_inside_one_sentence_is_not_reported() {
        let text = "the big red barn by the old mill road and the big red barn by the old mill road again";
        assert!(phrases(text).is_empty());
    }
}
