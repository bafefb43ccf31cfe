//! The Porter2 ("Snowball English") stemmer, written out here: the
//! `rust-stemmers` crate's generated code and tables cost about 4 KB of the
//! gzipped wasm, this about a third of that. It follows
//! <https://snowballstem.org/algorithms/english/stemmer.html> (the version
//! `rust-stemmers` 1.2 implements, with the `gener`/`commun`/`arsen` region
//! exceptions); `tests/properties.rs` holds it to that crate, and the
//! restatement check's results are unchanged.
//!
//! Words are handled as characters: letters other than `a e i o u y` (and
//! any non-ASCII character) are consonants.

use std::borrow::Cow;

/// The stem of a lower-case word: "connections" → "connect", "generously" → "generous".
pub fn stem(word: &str) -> Cow<'_, str> {
    if let Some(special) = exception1(word) {
        return Cow::Borrowed(special);
    }
    if word.chars().nth(2).is_none() {
        return Cow::Borrowed(word);
    }
    let mut w: Vec<char> = word.strip_prefix('\'').unwrap_or(word).chars().collect();
    // Prelude: a `y` that starts the word or follows a vowel is a consonant (`Y`).
    for i in 0..w.len() {
        if w[i] == 'y' && (i == 0 || is_vowel(w[i - 1])) {
            w[i] = 'Y';
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
    Cow::Owned(s.w.iter().map(|&c| if c == 'Y' { 'y' } else { c }).collect())
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
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
fn regions(w: &[char]) -> (usize, usize) {
    let after_vowel_then_consonant = |from: usize| {
        let vowel = (from..w.len()).find(|&i| is_vowel(w[i]))?;
        (vowel + 1..w.len()).find(|&i| !is_vowel(w[i])).map(|i| i + 1)
    };
    let starts_with = |prefix: &str| w.iter().copied().take(prefix.len()).eq(prefix.chars());
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
    w: Vec<char>,
    p1: usize,
    p2: usize,
}

impl Stemmer {
    fn ends_with(&self, suffix: &str) -> bool {
        let n = suffix.len();
        self.w.len() >= n && self.w[self.w.len() - n..].iter().copied().eq(suffix.chars())
    }

    /// The longest of `suffixes` the word ends with, and where it starts.
    fn longest<'s>(&self, suffixes: &[&'s str]) -> Option<(&'s str, usize)> {
        suffixes
            .iter()
            .filter(|s| self.ends_with(s))
            .max_by_key(|s| s.len())
            .map(|&s| (s, self.w.len() - s.len()))
    }

    fn replace_from(&mut self, at: usize, with: &str) {
        self.w.truncate(at);
        self.w.extend(with.chars());
    }

    fn char_before(&self, at: usize) -> Option<char> {
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
                if !is_vowel(*a) && is_vowel(*b) && !is_vowel(*c) && !matches!(c, 'w' | 'x' | 'Y') =>
            {
                true
            }
            [b, c] => is_vowel(*b) && !is_vowel(*c),
            _ => false,
        }
    }

    fn step_1a(&mut self) {
        if let Some((_, at)) = self.longest(&["'", "'s", "'s'"]) {
            self.w.truncate(at);
        }
        let Some((suffix, at)) = self.longest(&["sses", "ied", "ies", "s", "ss", "us"]) else { return };
        match suffix {
            "sses" => self.replace_from(at, "ss"),
            "ied" | "ies" => self.replace_from(at, if at >= 2 { "i" } else { "ie" }),
            "s" if at >= 1 && self.has_vowel_before(at - 1) => self.w.truncate(at),
            _ => {}
        }
    }

    fn is_exception2(&self) -> bool {
        let word: String = self.w.iter().collect();
        matches!(
            word.as_str(),
            "inning" | "outing" | "canning" | "herring" | "earring" | "proceed" | "exceed" | "succeed"
        )
    }

    fn step_1b(&mut self) {
        let Some((suffix, at)) = self.longest(&["eed", "eedly", "ed", "edly", "ing", "ingly"]) else {
            return;
        };
        if suffix.starts_with("eed") {
            if at >= self.p1 {
                self.replace_from(at, "ee");
            }
            return;
        }
        if !self.has_vowel_before(at) {
            return;
        }
        self.w.truncate(at);
        let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
        if self.ends_with("at") || self.ends_with("bl") || self.ends_with("iz") {
            self.w.push('e');
        } else if doubles.iter().any(|d| self.ends_with(d)) {
            self.w.pop();
        } else if self.w.len() == self.p1 && self.ends_short_syllable(self.w.len()) {
            self.w.push('e');
        }
    }

    fn step_1c(&mut self) {
        let n = self.w.len();
        if n >= 3 && matches!(self.w[n - 1], 'y' | 'Y') && !is_vowel(self.w[n - 2]) {
            self.w[n - 1] = 'i';
        }
    }

    fn step_2(&mut self) {
        const SUFFIXES: &[&str] = &[
            "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ational", "ation", "ator",
            "alism", "aliti", "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli",
            "ogi", "fulli", "lessli", "li",
        ];
        let Some((suffix, at)) = self.longest(SUFFIXES) else { return };
        if at < self.p1 {
            return;
        }
        let replacement = match suffix {
            "tional" => "tion",
            "enci" => "ence",
            "anci" => "ance",
            "abli" => "able",
            "entli" => "ent",
            "izer" | "ization" => "ize",
            "ational" | "ation" | "ator" => "ate",
            "alism" | "aliti" | "alli" => "al",
            "fulness" | "fulli" => "ful",
            "ousli" | "ousness" => "ous",
            "iveness" | "iviti" => "ive",
            "biliti" | "bli" => "ble",
            "lessli" => "less",
            "ogi" if self.char_before(at) == Some('l') => "og",
            "li" if matches!(
                self.char_before(at),
                Some('c' | 'd' | 'e' | 'g' | 'h' | 'k' | 'm' | 'n' | 'r' | 't')
            ) =>
            {
                ""
            }
            _ => return,
        };
        self.replace_from(at, replacement);
    }

    fn step_3(&mut self) {
        const SUFFIXES: &[&str] =
            &["tional", "ational", "alize", "icate", "iciti", "ical", "ful", "ness", "ative"];
        let Some((suffix, at)) = self.longest(SUFFIXES) else { return };
        if at < self.p1 {
            return;
        }
        let replacement = match suffix {
            "tional" => "tion",
            "ational" => "ate",
            "alize" => "al",
            "icate" | "iciti" | "ical" => "ic",
            "ful" | "ness" => "",
            "ative" if at >= self.p2 => "",
            _ => return,
        };
        self.replace_from(at, replacement);
    }

    fn step_4(&mut self) {
        const SUFFIXES: &[&str] = &[
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate",
            "iti", "ous", "ive", "ize", "ion",
        ];
        let Some((suffix, at)) = self.longest(SUFFIXES) else { return };
        if at < self.p2 {
            return;
        }
        if suffix != "ion" || matches!(self.char_before(at), Some('s' | 't')) {
            self.w.truncate(at);
        }
    }

    fn step_5(&mut self) {
        let n = self.w.len();
        let Some(&last) = self.w.last() else { return };
        let at = n - 1;
        let delete = match last {
            'e' => at >= self.p2 || (at >= self.p1 && !self.ends_short_syllable(at)),
            'l' => at >= self.p2 && self.char_before(at) == Some('l'),
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
