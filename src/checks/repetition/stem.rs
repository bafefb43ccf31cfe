//! The Porter2 ("Snowball English") stemmer, written out here: the
//! `rust-stemmers` crate's generated code and tables cost about 4 KB of the
//! gzipped wasm, this about a third of that. It follows
//! <https://snowballstem.org/algorithms/english/stemmer.html> (the version
//! `rust-stemmers` 1.2 implements, with the `gener`/`commun`/`arsen` region
//! exceptions); `tests/properties.rs` holds it to that crate, and the
//! restatement check's results are unchanged.
//!
//! Words are handled as characters: letters other than `a e i o u y` (and
//! any non-ASCII character) are consonants. Each character is one byte while
//! stemming (a non-ASCII one becomes the byte [`OTHER`] and is put back at the
//! end), so positions count characters and suffix tests are byte compares:
//! stemming is a tenth of the repetition family's time, not half.

use std::borrow::Cow;

/// The stem of a lower-case word: "connections" → "connect", "generously" → "generous".
pub fn stem(word: &str) -> String {
    stem_in(word, &mut Vec::new()).into_owned()
}

/// [`stem`], working in `scratch` (and borrowing the stem from it when it is
/// ASCII): the repetition family stems every distinct word of a text, and a
/// buffer per word was one allocation each.
pub fn stem_in<'a>(word: &'a str, scratch: &'a mut Vec<u8>) -> Cow<'a, str> {
    if let Some(special) = exception1(word) {
        return Cow::Borrowed(special);
    }
    if word.chars().nth(2).is_none() {
        return Cow::Borrowed(word);
    }
    let word = word.strip_prefix('\'').unwrap_or(word);
    let mut w = std::mem::take(scratch);
    w.clear();
    if word.is_ascii() {
        w.extend_from_slice(word.as_bytes());
    } else {
        for c in word.chars() {
            w.push(if c.is_ascii() { c as u8 } else { OTHER });
        }
    }
    // Prelude: a `y` that starts the word or follows a vowel is a consonant (`Y`).
    for i in 0..w.len() {
        if w[i] == b'y' && (i == 0 || is_vowel(w[i - 1])) {
            w[i] = b'Y';
        }
    }
    let (p1, p2) = regions(&w);
    let mut s = Stemmer { w, p1, p2 };
    s.step_1a();
    if !s.is_exception2() {
        s.step_1b();
        s.step_1c();
        s.step_2();
        s.step_3();
        s.step_4();
        s.step_5();
    }
    for c in &mut s.w {
        if *c == b'Y' {
            *c = b'y';
        }
    }
    *scratch = s.w;
    if scratch.contains(&OTHER) {
        Cow::Owned(restore_others(scratch, word))
    } else {
        // Only ASCII bytes are left, so this never fails.
        Cow::Borrowed(std::str::from_utf8(scratch).unwrap_or_default())
    }
}

/// Stands for a non-ASCII character while stemming: a consonant that no suffix
/// contains. The steps only remove or rewrite ASCII suffixes and `y`, so every
/// `OTHER` survives, in order, and [`restore_others`] puts the characters back.
const OTHER: u8 = 0xFF;

fn restore_others(stemmed: &[u8], word: &str) -> String {
    let mut others = word.chars().filter(|c| !c.is_ascii());
    let mut restored = String::with_capacity(word.len());
    for &b in stemmed {
        restored.push(if b == OTHER {
            others.next().unwrap_or(char::REPLACEMENT_CHARACTER)
        } else {
            b as char
        });
    }
    restored
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Whole words with a fixed stem (some irregular forms, and words that look plural or
/// adverbial but are not).
fn exception1(word: &str) -> Option<&'static str> {
    Some(match word {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" => "sky",
        "news" => "news",
        "howe" => "howe",
        "atlas" => "atlas",
        "cosmos" => "cosmos",
        "bias" => "bias",
        "andes" => "andes",
        _ => return None,
    })
}

/// R1 and R2: where the region after the first (and second) non-vowel following a vowel
/// starts; `gener`, `commun` and `arsen` end R1's prefix early.
fn regions(w: &[u8]) -> (usize, usize) {
    let after_vowel_then_consonant = |from: usize| {
        let vowel = (from..w.len()).find(|&i| is_vowel(w[i]))?;
        (vowel + 1..w.len()).find(|&i| !is_vowel(w[i])).map(|i| i + 1)
    };
    let starts_with = |prefix: &str| w.starts_with(prefix.as_bytes());
    let p1 = ["gener", "commun", "arsen"]
        .iter()
        .find(|prefix| starts_with(prefix))
        .map(|prefix| Some(prefix.len()))
        .unwrap_or_else(|| after_vowel_then_consonant(0));
    match p1 {
        Some(p1) => (p1, after_vowel_then_consonant(p1).unwrap_or(w.len())),
        None => (w.len(), w.len()),
    }
}

struct Stemmer {
    w: Vec<u8>,
    p1: usize,
    p2: usize,
}

impl Stemmer {
    fn ends_with(&self, suffix: &str) -> bool {
        self.w.ends_with(suffix.as_bytes())
    }

    /// The longest suffix in `table` the word ends with: the suffix, its
    /// replacement, and where it starts. (Each step's suffixes are a table
    /// of replacements: a `match` on the suffix found compiled to a string
    /// comparison per suffix in the wasm.)
    fn longest<'s>(&self, table: &[(&'s str, &'s str)]) -> Option<(&'s str, &'s str, usize)> {
        // The last letter turns most suffixes away without a slice comparison
        // (in the wasm, built for size, each `ends_with` is a call).
        let last = self.w.last()?;
        let mut longest: Option<(&'s str, &'s str)> = None;
        for &(suffix, replacement) in table {
            if suffix.as_bytes().last() == Some(last)
                && self.ends_with(suffix)
                && longest.is_none_or(|(l, _)| suffix.len() > l.len())
            {
                longest = Some((suffix, replacement));
            }
        }
        longest.map(|(suffix, replacement)| (suffix, replacement, self.w.len() - suffix.len()))
    }

    fn replace_from(&mut self, at: usize, with: &str) {
        self.w.truncate(at);
        self.w.extend_from_slice(with.as_bytes());
    }

    fn char_before(&self, at: usize) -> Option<u8> {
        at.checked_sub(1).map(|i| self.w[i])
    }

    fn has_vowel_before(&self, end: usize) -> bool {
        self.w[..end].iter().any(|&c| is_vowel(c))
    }

    /// Whether the word up to `end` ends in a short syllable: consonant, vowel, consonant
    /// other than `w`, `x` or `Y`; or, at the very start, vowel then consonant.
    fn ends_short_syllable(&self, end: usize) -> bool {
        let w = &self.w[..end];
        match w {
            [.., a, b, c]
                if !is_vowel(*a) && is_vowel(*b) && !is_vowel(*c) && !matches!(c, b'w' | b'x' | b'Y') =>
            {
                true
            }
            [b, c] => is_vowel(*b) && !is_vowel(*c),
            _ => false,
        }
    }

    fn step_1a(&mut self) {
        if let Some((_, _, at)) = self.longest(&[("'", ""), ("'s", ""), ("'s'", "")]) {
            self.w.truncate(at);
        }
        // "ss" and "us" stay as they are.
        const SUFFIXES: &[(&str, &str)] =
            &[("sses", "ss"), ("ied", "i"), ("ies", "i"), ("s", ""), ("ss", "ss"), ("us", "us")];
        let Some((suffix, replacement, at)) = self.longest(SUFFIXES) else { return };
        match suffix {
            "ied" | "ies" if at < 2 => self.replace_from(at, "ie"),
            "s" if at == 0 || !self.has_vowel_before(at - 1) => {}
            _ => self.replace_from(at, replacement),
        }
    }

    fn is_exception2(&self) -> bool {
        matches!(
            self.w.as_slice(),
            b"inning"
                | b"outing"
                | b"canning"
                | b"herring"
                | b"earring"
                | b"proceed"
                | b"exceed"
                | b"succeed"
        )
    }

    fn step_1b(&mut self) {
        const SUFFIXES: &[(&str, &str)] =
            &[("eed", "ee"), ("eedly", "ee"), ("ed", ""), ("edly", ""), ("ing", ""), ("ingly", "")];
        let Some((suffix, replacement, at)) = self.longest(SUFFIXES) else { return };
        if suffix.starts_with("eed") {
            if at >= self.p1 {
                self.replace_from(at, replacement);
            }
            return;
        }
        if !self.has_vowel_before(at) {
            return;
        }
        self.w.truncate(at);
        let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
        if self.ends_with("at") || self.ends_with("bl") || self.ends_with("iz") {
            self.w.push(b'e');
        } else if doubles.iter().any(|d| self.ends_with(d)) {
            self.w.pop();
        } else if self.w.len() == self.p1 && self.ends_short_syllable(self.w.len()) {
            self.w.push(b'e');
        }
    }

    fn step_1c(&mut self) {
        let n = self.w.len();
        if n >= 3 && matches!(self.w[n - 1], b'y' | b'Y') && !is_vowel(self.w[n - 2]) {
            self.w[n - 1] = b'i';
        }
    }

    fn step_2(&mut self) {
        const SUFFIXES: &[(&str, &str)] = &[
            ("tional", "tion"),
            ("enci", "ence"),
            ("anci", "ance"),
            ("abli", "able"),
            ("entli", "ent"),
            ("izer", "ize"),
            ("ization", "ize"),
            ("ational", "ate"),
            ("ation", "ate"),
            ("ator", "ate"),
            ("alism", "al"),
            ("aliti", "al"),
            ("alli", "al"),
            ("fulness", "ful"),
            ("ousli", "ous"),
            ("ousness", "ous"),
            ("iveness", "ive"),
            ("iviti", "ive"),
            ("biliti", "ble"),
            ("bli", "ble"),
            ("ogi", "og"),
            ("fulli", "ful"),
            ("lessli", "less"),
            ("li", ""),
        ];
        let Some((suffix, replacement, at)) = self.longest(SUFFIXES) else { return };
        let replaced = match suffix {
            "ogi" => self.char_before(at) == Some(b'l'),
            "li" => matches!(
                self.char_before(at),
                Some(b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't')
            ),
            _ => true,
        };
        if at >= self.p1 && replaced {
            self.replace_from(at, replacement);
        }
    }

    fn step_3(&mut self) {
        const SUFFIXES: &[(&str, &str)] = &[
            ("tional", "tion"),
            ("ational", "ate"),
            ("alize", "al"),
            ("icate", "ic"),
            ("iciti", "ic"),
            ("ical", "ic"),
            ("ful", ""),
            ("ness", ""),
            ("ative", ""),
        ];
        let Some((suffix, replacement, at)) = self.longest(SUFFIXES) else { return };
        if at >= self.p1 && (suffix != "ative" || at >= self.p2) {
            self.replace_from(at, replacement);
        }
    }

    fn step_4(&mut self) {
        const SUFFIXES: &[(&str, &str)] = &[
            ("al", ""),
            ("ance", ""),
            ("ence", ""),
            ("er", ""),
            ("ic", ""),
            ("able", ""),
            ("ible", ""),
            ("ant", ""),
            ("ement", ""),
            ("ment", ""),
            ("ent", ""),
            ("ism", ""),
            ("ate", ""),
            ("iti", ""),
            ("ous", ""),
            ("ive", ""),
            ("ize", ""),
            ("ion", ""),
        ];
        let Some((suffix, _, at)) = self.longest(SUFFIXES) else { return };
        if at < self.p2 {
            return;
        }
        if suffix != "ion" || matches!(self.char_before(at), Some(b's' | b't')) {
            self.w.truncate(at);
        }
    }

    fn step_5(&mut self) {
        let n = self.w.len();
        let Some(&last) = self.w.last() else { return };
        let at = n - 1;
        let delete = match last {
            b'e' => at >= self.p2 || (at >= self.p1 && !self.ends_short_syllable(at)),
            b'l' => at >= self.p2 && self.char_before(at) == Some(b'l'),
            _ => false,
        };
        if delete {
            self.w.truncate(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_like_porter2() {
        for (word, expected) in [
            ("connections", "connect"),
            ("generously", "generous"),
            ("attacks", "attack"),
            ("hopping", "hop"),
            ("hoping", "hope"),
            ("cries", "cri"),
            ("ties", "tie"),
            ("skies", "sky"),
            ("succeeded", "succeed"),
            ("relational", "relat"),
            ("communication", "communic"),
            ("youth", "youth"),
            ("says", "say"),
            ("cry", "cri"),
            ("by", "by"),
            ("controlling", "control"),
            ("news", "news"),
            ("kaczyński", "kaczyński"),
        ] {
            assert_eq!(stem(word), expected, "{word}");
        }
    }

    #[test]
    fn short_and_odd_words_pass_through() {
        assert_eq!(stem(""), "");
        assert_eq!(stem("a"), "a");
        assert_eq!(stem("'"), "'");
        assert_eq!(stem("東京都"), "東京都");
    }
}
