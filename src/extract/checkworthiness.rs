//! The check-worthiness model: a logistic regression over hashed word
//! unigrams and bigrams, character 3–5-grams inside words, and the sentence's
//! claim types. Trained by `cargo run --release --example train_checkworthiness`
//! on CLEF CheckThat! 2024 task 1 (English); the weights ship in
//! `checkworthiness.bin` beside this file, quantised to one signed byte each.
//!
//! Artifact layout (little-endian): `FLCW`, version byte, hash bits, two zero
//! bytes, then f32 scale, f32 bias, f32 threshold, then 2^bits i8 weights.
//! A weight is `i8 × scale`. The threshold was chosen on the dev split.

use super::claims::ClaimType;
use super::tokens::Token;

static MODEL_BYTES: &[u8] = include_bytes!("checkworthiness.bin");
const MAGIC: &[u8; 4] = b"FLCW";
const HEADER: usize = 20;

/// A model read from the artifact bytes (borrowed, nothing is copied).
#[derive(Debug, Clone, Copy)]
pub struct Model<'b> {
    pub bits: u32,
    pub scale: f32,
    pub bias: f32,
    pub threshold: f32,
    weights: &'b [u8],
}

impl<'b> Model<'b> {
    pub fn from_bytes(bytes: &'b [u8]) -> Option<Model<'b>> {
        let f32_at =
            |at: usize| bytes.get(at..at + 4).and_then(|b| b.try_into().ok()).map(f32::from_le_bytes);
        if bytes.get(..4)? != MAGIC || *bytes.get(4)? != 1 {
            return None;
        }
        let bits = u32::from(*bytes.get(5)?);
        let weights = bytes.get(HEADER..)?;
        if !(8..=24).contains(&bits) || weights.len() != 1 << bits {
            return None;
        }
        Some(Model { bits, scale: f32_at(8)?, bias: f32_at(12)?, threshold: f32_at(16)?, weights })
    }

    pub fn probability(&self, sentence: &str, types: &[ClaimType]) -> f32 {
        let sentence = scored_part(sentence);
        let words = crate::text::word_spans(sentence, crate::text::Span::new(0, sentence.len()));
        self.probability_of_words(words.map(|word| word.slice(sentence)), types)
    }

    /// The probability of the features of these words and types, without
    /// building them. Every n-gram feature has the same value (±1/√n, the sign
    /// from its key), so the n-gram block sums the signed `i8` weights as
    /// integers, exactly and in any order, and scales the sum once: this runs
    /// for every n-gram of every sentence (a float sum in training order
    /// was a third of the claim pass).
    fn probability_of_words<'w>(&self, words: impl Iterator<Item = &'w str>, types: &[ClaimType]) -> f32 {
        let mask = (1u64 << self.bits) - 1;
        // All of them (`from_bytes` checked the length), sliced so that a key
        // masked to `bits` is seen to be in bounds, without a check per key.
        let weights = &self.weights[..=mask as usize];
        let weight = |k: u64| i32::from(weights[(k & mask) as usize] as i8);
        let (mut sum, mut count) = (0i32, 0u32);
        for_each_ngram_key(words, |k| {
            sum += if k >> 63 == 1 { -weight(k) } else { weight(k) };
            count += 1;
        });
        let mut z = self.bias + sum as f32 * self.scale / (count as f32).sqrt();
        for &t in types {
            let k = type_key(t);
            z += sign(k) * weight(k) as f32 * self.scale;
        }
        1.0 / (1.0 + (-z).exp())
    }

    /// The probability of explicit features (what training computes).
    #[cfg(test)]
    fn probability_of(&self, features: &[(usize, f32)]) -> f32 {
        let mut z = self.bias;
        for &(index, value) in features {
            z += value * f32::from(self.weights[index] as i8) * self.scale;
        }
        1.0 / (1.0 + (-z).exp())
    }
}

/// The shipped model; `None` only if the artifact is corrupt (a test guards it).
pub fn model() -> Option<Model<'static>> {
    Model::from_bytes(MODEL_BYTES)
}

/// Check-worthiness of one sentence, in [0, 1].
pub fn score(sentence: &str, types: &[ClaimType]) -> f32 {
    model().map_or(0.0, |m| m.probability(sentence, types))
}

/// `score` for a sentence the document has already split into tokens (the
/// same features: both read the word tokens of `crate::text::tokenize`).
pub fn score_tokens(toks: &[Token], types: &[ClaimType]) -> f32 {
    let Some(model) = model() else { return 0.0 };
    let limit = toks.first().map_or(0, |t| t.span.start()) + MAX_SCORED_BYTES;
    let words = toks.iter().filter(|t| t.is_word() && t.span.end() <= limit).map(|t| t.text);
    model.probability_of_words(words, types)
}

/// The score at or above which a sentence is check-worthy (chosen on dev).
pub fn threshold() -> f32 {
    model().map_or(f32::INFINITY, |m| m.threshold)
}

/// Sentences longer than this are scored on their first part: keeps scoring
/// bounded on pasted junk without a line break.
const MAX_SCORED_BYTES: usize = 2000;

/// The hashed features of a sentence: (index in 0..2^bits, signed value).
///
/// N-gram features share one L2-normalised block (each worth 1/√n); claim
/// types are indicator features of weight 1. Digits are folded to `0`, so
/// "1,991" and "2,024" share features. Signs come from the hash, which
/// halves the bias of collisions.
pub fn features(sentence: &str, types: &[ClaimType], bits: u32) -> Vec<(usize, f32)> {
    let sentence = scored_part(sentence);
    let words = crate::text::word_spans(sentence, crate::text::Span::new(0, sentence.len()));
    features_of_words(words.map(|word| word.slice(sentence)), types, bits)
}

/// The first `MAX_SCORED_BYTES` of a sentence, cut at a character boundary.
fn scored_part(sentence: &str) -> &str {
    &sentence[..crate::text::span::floor_char_boundary(sentence, MAX_SCORED_BYTES)]
}

/// `features` of a sentence given as its words. One buffer per sentence, not
/// one string per word: this runs on every sentence of every keystroke's text.
fn features_of_words<'w>(
    words: impl Iterator<Item = &'w str>,
    types: &[ClaimType],
    bits: u32,
) -> Vec<(usize, f32)> {
    let mut keys = Vec::new();
    for_each_ngram_key(words, |k| keys.push(k));
    let mask = (1u64 << bits) - 1;
    let weight = ngram_weight(&keys);
    let mut out: Vec<(usize, f32)> =
        keys.into_iter().map(|k| ((k & mask) as usize, sign(k) * weight)).collect();
    out.extend(types.iter().map(|&t| {
        let k = type_key(t);
        ((k & mask) as usize, sign(k))
    }));
    out
}

/// Each hashed n-gram of a sentence's words, before it becomes a feature: per
/// word, the word, the bigram it ends, then its character n-grams; last, the
/// bigram that ends the sentence.
fn for_each_ngram_key<'w>(words: impl Iterator<Item = &'w str>, mut emit: impl FnMut(u64)) {
    let mut previous: Vec<u8> = b"<s>".to_vec();
    // " word ", lowercased with digits folded to `0`, and where its characters start.
    let mut padded: Vec<u8> = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    for raw in words {
        padded.clear();
        padded.push(b' ');
        let lowered;
        let letters = if raw.is_ascii() {
            raw
        } else {
            lowered = crate::text::case::lowercase(raw);
            &lowered
        };
        // One copy for both cases (`to_ascii_lowercase` leaves what `lowercase` made as it is).
        // Loops, not `extend` with a `map` or `filter`: less code in the wasm build.
        for b in letters.bytes() {
            padded.push(if b.is_ascii_digit() { b'0' } else { b.to_ascii_lowercase() });
        }
        padded.push(b' ');
        let word = &padded[1..padded.len() - 1];
        emit(hash(&[b"w", word]));
        emit(hash(&[b"b", &previous, b" ", word]));
        // Character n-grams of " word ": windows over the character starts.
        if padded.is_ascii() {
            for_each_ascii_ngram_key(&padded, &mut emit);
        } else {
            starts.clear();
            for (at, &byte) in padded.iter().enumerate() {
                if byte & 0xC0 != 0x80 {
                    starts.push(at);
                }
            }
            starts.push(padded.len());
            for n in 3..=5 {
                for window in starts.windows(n + 1) {
                    emit(hash(&[b"c", &padded[window[0]..window[n]]]));
                }
            }
        }
        previous.clear();
        previous.extend_from_slice(word);
    }
    emit(hash(&[b"b", &previous, b" </s>"]));
}

/// Each n-gram's share of the L2-normalised block.
fn ngram_weight(keys: &[u64]) -> f32 {
    1.0 / (keys.len() as f32).sqrt()
}

fn type_key(t: ClaimType) -> u64 {
    hash(&[b"t", t.name().as_bytes()])
}

/// The character 3-, 4- and 5-gram keys of an ASCII " word " (one byte a
/// character), by start. FNV-1a reads bytes in order, so the three n-grams at
/// one start extend one running hash.
fn for_each_ascii_ngram_key(padded: &[u8], emit: &mut impl FnMut(u64)) {
    let after_c = fnv(FNV_OFFSET, b"c");
    for start in 0..padded.len() {
        let mut h = after_c;
        for (n, &byte) in padded[start..padded.len().min(start + 5)].iter().enumerate() {
            h = fnv_byte(h, byte);
            if n >= 2 {
                emit(mix(h));
            }
        }
    }
}

fn sign(key: u64) -> f32 {
    if key >> 63 == 1 {
        -1.0
    } else {
        1.0
    }
}

/// FNV-1a over the concatenated parts, with a final mix so high bits vary.
fn hash(parts: &[&[u8]]) -> u64 {
    mix(parts.iter().fold(FNV_OFFSET, |h, part| fnv(h, part)))
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a state `h` carried on over `bytes`.
fn fnv(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &byte| fnv_byte(h, byte))
}

/// FNV-1a state `h` carried on over one byte.
fn fnv_byte(h: u64, byte: u8) -> u64 {
    (h ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
}

fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// Writes a model in the artifact layout (used by the trainer).
pub fn to_bytes(bits: u32, scale: f32, bias: f32, threshold: f32, weights: &[i8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + weights.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&[1, bits as u8, 0, 0]);
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&bias.to_le_bytes());
    out.extend_from_slice(&threshold.to_le_bytes());
    out.extend(weights.iter().map(|&w| w as u8));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_loads() {
        let m = model().expect("checkworthiness.bin is a valid model");
        assert!(m.threshold > 0.0 && m.threshold < 1.0);
    }

    #[test]
    fn factual_claims_outscore_chatter() {
        let claim = "We're consuming 50 percent of the world's cocaine.";
        let chatter = "Let me help the governor.";
        let claim_types =
            super::super::claims::analyse(claim, crate::text::Span::new(0, claim.len()), None).types;
        assert!(score(claim, &claim_types) > threshold());
        assert!(score(chatter, &[]) < threshold());
    }

    #[test]
    fn character_ngram_keys_are_the_windows_hashed_one_by_one() {
        // The running hash must give the keys the model was trained on: each
        // n-gram hashed on its own (in any order: the model sums their weights).
        for word in ["a", "ab", "news", "Ünal", "東京都庁", "1,991", "cyber-attacks"] {
            let got = features_of_words([word].into_iter(), &[], 30);
            let padded = format!(
                " {} ",
                crate::text::case::lowercase(word).replace(|c: char| c.is_ascii_digit(), "0")
            );
            let starts: Vec<usize> = padded.char_indices().map(|(at, _)| at).chain([padded.len()]).collect();
            let mut expected = vec![
                hash(&[b"w", padded.trim().as_bytes()]),
                hash(&[b"b", b"<s> ", padded.trim().as_bytes()]),
            ];
            for n in 3..=5 {
                expected.extend(starts.windows(n + 1).map(|w| hash(&[b"c", &padded.as_bytes()[w[0]..w[n]]])));
            }
            expected.push(hash(&[b"b", padded.trim().as_bytes(), b" </s>"]));
            let mask = (1u64 << 30) - 1;
            let mut expected: Vec<usize> = expected.iter().map(|k| (k & mask) as usize).collect();
            let mut got: Vec<usize> = got.iter().map(|&(index, _)| index).collect();
            expected.sort_unstable();
            got.sort_unstable();
            assert_eq!(got, expected, "{word}");
        }
    }

    #[test]
    fn scoring_words_equals_scoring_their_features() {
        // The same sum in another order (integers, then one scaling): equal
        // to a float's rounding, far below the three decimals reported.
        let m = model().expect("the shipped model");
        for text in
            ["We're consuming 50 percent of the world's cocaine.", "Let me help.", "", "Ünal said 東京 “no”."]
        {
            let words: Vec<&str> = text.split(' ').collect();
            for types in [&[][..], &[ClaimType::Quantity, ClaimType::Quote][..]] {
                let by_features = m.probability_of(&features_of_words(words.iter().copied(), types, m.bits));
                let by_words = m.probability_of_words(words.iter().copied(), types);
                assert!((by_features - by_words).abs() < 1e-6, "{text}: {by_features} against {by_words}");
                assert_ne!(by_words, m.probability_of_words(["Let", "me"].into_iter(), types), "{text}");
            }
        }
    }

    #[test]
    fn any_input_scores_in_range() {
        for text in ["", "😀🙃", "\u{202e}مرحبا", "a\r\nb", &"x".repeat(10_000), "é".repeat(3000).as_str()]
        {
            let s = score(text, &[]);
            assert!((0.0..=1.0).contains(&s), "{text:?} → {s}");
        }
    }

    #[test]
    fn scoring_tokens_equals_scoring_the_string() {
        for text in [
            "We're consuming 50 percent of the world’s cocaine, said Ms Ünal on 3 March.",
            "ΣΟΦΟΣ said 1,991 delegates were needed — “a record”.",
            "😀 don’t panic 42% e\u{301}cole",
            "",
        ] {
            let toks = super::super::tokens::tokens(text, crate::text::Span::new(0, text.len()));
            assert_eq!(
                score(text, &[ClaimType::Quantity]),
                score_tokens(&toks, &[ClaimType::Quantity]),
                "{text}"
            );
        }
    }

    #[test]
    fn corrupt_bytes_are_not_a_model() {
        assert!(Model::from_bytes(b"").is_none());
        assert!(Model::from_bytes(b"FLCW\x01\x10\0\0").is_none());
        let tiny = to_bytes(8, 0.1, 0.0, 0.5, &[0; 256]);
        assert!(Model::from_bytes(&tiny).is_some());
        assert!(Model::from_bytes(&tiny[..tiny.len() - 1]).is_none());
    }
}
