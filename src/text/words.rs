//! Word lists packed into one string each: `words!["an", "the"]` is the
//! string "an\nthe\n". A `&[&str]` costs 8 more bytes per word (pointer and
//! length) in the wasm download; a packed list is only its letters.
//!
//! Every list must be sorted (byte order) without duplicates: lookups are a
//! binary search, and `words!` refuses an unsorted list at compile time.
//! Beside the letters, `words!` stores where each word starts (two bytes a
//! word, computed while compiling), so a lookup compares O(log n) words and
//! never scans for newlines: lookups run for every token of every sentence.
//! It also stores where the words of each first letter `a`–`z` begin (54
//! bytes a list), so a lookup searches only the words sharing its first
//! letter: three or four comparisons instead of eight. Natively, where a
//! download's size does not count, each list also keeps a 1,024-bit sketch of
//! its words (length, first and last byte), which turns most tokens away
//! before any comparison.

/// A sorted word list, each word followed by a newline, and the byte offset
/// where each word starts (built by `words!`).
#[derive(Clone, Copy, Debug)]
pub struct WordList {
    packed: &'static str,
    starts: &'static [u16],
    /// `letters[k]`: the index of the first word whose first byte is at least
    /// `b'a' + k` (`letters[26]`: after every word starting with `z`).
    letters: &'static [u16; 27],
    /// Natively, the list's [`Sketch`]: most tokens are turned away by one
    /// bit before the search. Not in the wasm, where it would cost 128 bytes
    /// a list.
    #[cfg(not(target_arch = "wasm32"))]
    sketch: Sketch,
}

/// `words!["a", "b"]`: a `WordList`, checked sorted at compile time.
macro_rules! words {
    ($($word:literal),* $(,)?) => {{
        const PACKED: &str = concat!($($word, "\n"),*);
        const _: () = assert!($crate::text::words::is_sorted(PACKED), "a words! list is not sorted");
        const _: () = assert!(PACKED.len() <= u16::MAX as usize, "a words! list is too long");
        const COUNT: usize = $crate::text::words::count(PACKED);
        const STARTS: [u16; COUNT] = $crate::text::words::starts::<COUNT>(PACKED);
        const LETTERS: [u16; 27] = $crate::text::words::letters(PACKED);
        $crate::text::words::WordList::from_packed(PACKED, &STARTS, &LETTERS)
    }};
}
pub(crate) use words;

impl WordList {
    /// Use `words!`, which checks the order and computes `starts`.
    #[doc(hidden)]
    pub const fn from_packed(
        packed: &'static str,
        starts: &'static [u16],
        letters: &'static [u16; 27],
    ) -> WordList {
        WordList {
            packed,
            starts,
            letters,
            #[cfg(not(target_arch = "wasm32"))]
            sketch: Sketch::of_words(packed),
        }
    }

    pub fn contains(self, word: &str) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        if !self.sketch.may_hold(word) {
            return false;
        }
        let word = word.as_bytes();
        let at = |k: usize| usize::from(self.letters[k]);
        // Only the words with the same first byte can match: in sorted order,
        // those before `a`, those of one letter, or those after `z`.
        let (mut low, mut high) = match word.first() {
            Some(&first @ b'a'..=b'z') => {
                let k = usize::from(first - b'a');
                (at(k), at(k + 1))
            }
            Some(&first) if first > b'z' => (at(26), self.starts.len()),
            _ => (0, at(0)),
        };
        while high - low > 4 {
            let middle = low + (high - low) / 2;
            match compare(self.word(middle), word) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
            }
        }
        // A few words left: most differ in length, which one subtraction shows.
        (low..high).any(|i| {
            let listed = self.word(i);
            listed.len() == word.len() && compare(listed, word).is_eq()
        })
    }

    /// Word `i`, without its newline: it ends where word `i + 1` starts.
    fn word(self, i: usize) -> &'static [u8] {
        let start = usize::from(self.starts[i]);
        let end = self.starts.get(i + 1).map_or(self.packed.len(), |&next| usize::from(next)) - 1;
        &self.packed.as_bytes()[start..end]
    }

    /// The first two letters of every word that starts with two, for a
    /// quick test before `contains` where a list is searched for every token
    /// (see [`LetterPairs::rule_out`]). Built while compiling, by the list's user:
    /// 104 bytes, which most lists do not need.
    pub const fn first_pairs(self) -> LetterPairs {
        LetterPairs::of_words(self.packed)
    }

    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.packed.lines()
    }
}

/// Sets the bit of the pair of lowercase ASCII letters `a`, `b` in `LetterPairs` rows.
const fn add_pair(rows: &mut [u32; 26], a: u8, b: u8) {
    rows[(a - b'a') as usize] |= 1 << (b - b'a');
}

/// A set of two-letter prefixes (`LetterPairs::new(b"apau")`: "ap" and "au"):
/// the quick test before a list scan. One bit per pair, so the test costs the
/// same however many pairs the set holds.
#[derive(Clone, Copy, Debug)]
pub struct LetterPairs {
    /// `rows[a]`: bit `b` set when the pair of letters `a`, `b` (from `a` = 0) is in the set.
    rows: [u32; 26],
}

impl LetterPairs {
    /// The pairs packed in `pairs`, two lowercase ASCII letters each (checked when compiled).
    pub const fn new(pairs: &[u8]) -> LetterPairs {
        assert!(pairs.len().is_multiple_of(2), "letter pairs come two bytes at a time");
        let mut rows = [0u32; 26];
        let mut at = 0;
        while at < pairs.len() {
            let (a, b) = (pairs[at], pairs[at + 1]);
            assert!(
                a.is_ascii_lowercase() && b.is_ascii_lowercase(),
                "letter pairs are lowercase ASCII letters"
            );
            add_pair(&mut rows, a, b);
            at += 2;
        }
        LetterPairs { rows }
    }

    /// The first two letters of every word of a packed list that starts with two.
    const fn of_words(packed: &str) -> LetterPairs {
        let bytes = packed.as_bytes();
        let mut rows = [0u32; 26];
        let mut at = 0; // the start of a word
        while at < bytes.len() {
            if at + 1 < bytes.len() && bytes[at].is_ascii_lowercase() && bytes[at + 1].is_ascii_lowercase() {
                add_pair(&mut rows, bytes[at], bytes[at + 1]);
            }
            while bytes[at] != b'\n' {
                at += 1;
            }
            at += 1;
        }
        LetterPairs { rows }
    }

    /// Whether `word` starts with two lowercase letters that are not a pair
    /// of the set: then it is none of the words the set was made from.
    pub fn rule_out(&self, word: &str) -> bool {
        matches!(word.as_bytes(), [b'a'..=b'z', b'a'..=b'z', ..]) && !self.start(word)
    }

    /// Every pair of `self` and of `other`.
    pub const fn union(self, other: LetterPairs) -> LetterPairs {
        let mut rows = self.rows;
        let mut a = 0;
        while a < 26 {
            rows[a] |= other.rows[a];
            a += 1;
        }
        LetterPairs { rows }
    }

    /// Whether `word` starts with one of the pairs.
    pub fn start(&self, word: &str) -> bool {
        match word.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => self.rows[usize::from(a - b'a')] & 1 << (b - b'a') != 0,
            _ => false,
        }
    }
}

/// A set of words kept as 1,024 bits, one for each word's length and first
/// and last byte: a word whose bit is clear is none of them. The quick test
/// before a search, where every token is looked up.
#[derive(Clone, Copy, Debug)]
pub struct Sketch {
    bits: [u64; 16],
}

impl Sketch {
    pub const EMPTY: Sketch = Sketch { bits: [0; 16] };

    /// Ten bits from a word's length and first and last bytes.
    const fn bit(word: &[u8]) -> usize {
        let (first, last) = match word {
            [] => (0, 0),
            [first, .., last] => (*first as usize, *last as usize),
            [only] => (*only as usize, *only as usize),
        };
        (first * 31 + last * 7 + word.len()) & 1023
    }

    pub const fn add(&mut self, word: &[u8]) {
        let bit = Sketch::bit(word);
        self.bits[bit / 64] |= 1 << (bit % 64);
    }

    /// False when `word` is none of the words added.
    pub fn may_hold(&self, word: &str) -> bool {
        let bit = Sketch::bit(word.as_bytes());
        self.bits[bit / 64] & 1 << (bit % 64) != 0
    }

    /// The words of a packed list.
    #[cfg(not(target_arch = "wasm32"))]
    const fn of_words(packed: &str) -> Sketch {
        let bytes = packed.as_bytes();
        let mut sketch = Sketch::EMPTY;
        let (mut start, mut at) = (0, 0);
        while at < bytes.len() {
            if bytes[at] == b'\n' {
                // `bytes[start..at]`, which a `const fn` cannot index.
                let (word, _) = bytes.split_at(at);
                sketch.add(word.split_at(start).1);
                start = at + 1;
            }
            at += 1;
        }
        sketch
    }
}

/// Byte order, compared inline: list words are short, and a call to
/// `memcmp` per step costs more than the comparison.
fn compare(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// How many words `packed` holds (one newline each).
pub const fn count(packed: &str) -> usize {
    let bytes = packed.as_bytes();
    let (mut n, mut at) = (0, 0);
    while at < bytes.len() {
        if bytes[at] == b'\n' {
            n += 1;
        }
        at += 1;
    }
    n
}

/// Where each of the `N` words of `packed` starts.
pub const fn starts<const N: usize>(packed: &str) -> [u16; N] {
    let bytes = packed.as_bytes();
    let mut starts = [0u16; N];
    let (mut word, mut at) = (1, 0);
    while at < bytes.len() {
        if bytes[at] == b'\n' && word < N {
            starts[word] = (at + 1) as u16;
            word += 1;
        }
        at += 1;
    }
    starts
}

/// For each `k` in 0..27, how many words of `packed` start with a byte
/// below `b'a' + k` (for a sorted list: where the words of that letter begin).
pub const fn letters(packed: &str) -> [u16; 27] {
    let bytes = packed.as_bytes();
    let mut letters = [0u16; 27];
    let mut k = 0;
    while k < 27 {
        let (mut count, mut at, mut word_start) = (0u16, 0, true);
        while at < bytes.len() {
            // An empty word (a newline at a word's start) sorts first, as a byte below any.
            if word_start && (bytes[at] == b'\n' || bytes[at] < b'a' + k as u8) {
                count += 1;
            }
            word_start = bytes[at] == b'\n';
            at += 1;
        }
        letters[k] = count;
        k += 1;
    }
    letters
}

/// Whether the newline-terminated words of `packed` are in strictly
/// increasing byte order (a `const fn`, so `words!` checks it while compiling).
pub const fn is_sorted(packed: &str) -> bool {
    let bytes = packed.as_bytes();
    let mut previous = 0; // start of the previous word
    let mut start = 0; // start of the current word
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'\n' {
            if start > 0 && !less(bytes, previous, start) {
                return false;
            }
            previous = start;
            start = at + 1;
        }
        at += 1;
    }
    true
}

/// Whether the word at `a` sorts strictly before the word at `b` (both end at a newline).
const fn less(bytes: &[u8], a: usize, b: usize) -> bool {
    let mut k = 0;
    loop {
        let (x, y) = (bytes[a + k], bytes[b + k]);
        if x == y {
            if x == b'\n' {
                return false; // equal words
            }
            k += 1;
            continue;
        }
        // A newline ends the shorter word, which sorts first.
        return x == b'\n' || (y != b'\n' && x < y);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_its_words() {
        for list in [
            words![],
            words!["one"],
            words!["a", "an", "and", "ant", "b", "ba", "zz"],
            words!["é", "ü"],
            words!["&", "'s", "1st", "Mr", "a", "m", "yes", "z", "zz", "{", "£", "é"],
        ] {
            let all: Vec<&str> = list.iter().collect();
            for word in &all {
                assert!(list.contains(word), "{word} not found");
                for near in [format!("{word}x"), format!(" {word}"), word.chars().skip(1).collect()] {
                    assert_eq!(list.contains(&near), all.contains(&near.as_str()), "{near:?}");
                }
            }
            for absent in ["", "\n", "zzzz", "a\nb", "Kaczyński", "0", "A", "mr", "~", "zzz"] {
                assert!(!list.contains(absent), "{absent:?} found");
            }
        }
    }

    #[test]
    fn pairs_are_read_two_bytes_at_a_time() {
        const PAIRS: LetterPairs = LetterPairs::new(b"apma");
        assert!(PAIRS.start("march") && PAIRS.start("ap"));
        assert!(!PAIRS.start("pm"), "not across pairs");
        assert!(!PAIRS.start("mp") && !PAIRS.start("aa") && !PAIRS.start("zz"));
        assert!(!PAIRS.start("a") && !PAIRS.start(""));
        assert!(!PAIRS.start("ébc") && !PAIRS.start("Ap") && !PAIRS.start("a{"));
        // A list's pairs never rule out one of its words, whatever their shape.
        const LIST: WordList = words!["'s", "a", "march", "mp", "zoo", "über"];
        const LIST_PAIRS: LetterPairs = LIST.first_pairs();
        assert!(LIST.iter().all(|word| !LIST_PAIRS.rule_out(word)));
        assert!(LIST_PAIRS.rule_out("the") && LIST_PAIRS.rule_out("zebra"));
        assert!(!LIST_PAIRS.rule_out("zoology") && !LIST_PAIRS.rule_out("The") && !LIST_PAIRS.rule_out("x"));
        let both = PAIRS.union(LetterPairs::new(b"zz"));
        assert!(both.start("zzz") && both.start("apt") && !PAIRS.start("zzz"));
    }

    #[test]
    fn sortedness_is_checked() {
        assert!(is_sorted("a\nan\nb\n") && is_sorted("") && is_sorted("x\n"));
        assert!(!is_sorted("b\na\n"), "out of order");
        assert!(!is_sorted("an\na\n"), "a prefix sorts first");
        assert!(!is_sorted("a\na\n"), "duplicates");
    }
}
