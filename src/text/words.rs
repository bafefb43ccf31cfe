//! Word lists packed into one string each: `words!["an", "the"]` is the
//! string "an\nthe\n". A `&[&str]` costs 8 more bytes per word (pointer and
//! length) in the wasm download; a packed list is only its letters.
//!
//! Every list must be sorted (byte order) without duplicates: lookups are a
//! binary search, and `words!` refuses an unsorted list at compile time.

use std::cmp::Ordering;

/// A sorted word list, each word followed by a newline (built by `words!`).
#[derive(Clone, Copy, Debug)]
pub struct WordList(&'static str);

/// `words!["a", "b"]`: a `WordList`, checked sorted at compile time.
macro_rules! words {
    ($($word:literal),* $(,)?) => {{
        const PACKED: &str = concat!($($word, "\n"),*);
        const _: () = assert!($crate::text::words::is_sorted(PACKED), "a words! list is not sorted");
        $crate::text::words::WordList::from_packed(PACKED)
    }};
}
pub(crate) use words;

impl WordList {
    /// Use `words!`, which checks the order.
    #[doc(hidden)]
    pub const fn from_packed(packed: &'static str) -> WordList {
        WordList(packed)
    }

    pub fn contains(self, word: &str) -> bool {
        let list = self.0.as_bytes();
        // `low` and `high` are always at the start of a word (or the end).
        let (mut low, mut high) = (0, list.len());
        while low < high {
            let middle = low + (high - low) / 2;
            // The word holding byte `middle`: after the newline before it, up to the next.
            let start = list[low..middle].iter().rposition(|&b| b == b'\n').map_or(low, |at| low + at + 1);
            let end = list[start..].iter().position(|&b| b == b'\n').map_or(list.len(), |at| start + at);
            match list[start..end].cmp(word.as_bytes()) {
                Ordering::Equal => return true,
                Ordering::Less => low = end + 1,
                Ordering::Greater => high = start,
            }
        }
        false
    }

    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.lines()
    }
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
        for list in
            [words![], words!["one"], words!["a", "an", "and", "ant", "b", "ba", "zz"], words!["é", "ü"]]
        {
            let all: Vec<&str> = list.iter().collect();
            for word in &all {
                assert!(list.contains(word), "{word} not found");
                for near in [format!("{word}x"), format!(" {word}"), word.chars().skip(1).collect()] {
                    assert_eq!(list.contains(&near), all.contains(&near.as_str()), "{near:?}");
                }
            }
            for absent in ["", "\n", "zzzz", "a\nb", "Kaczyński"] {
                assert!(!list.contains(absent), "{absent:?} found");
            }
        }
    }

    #[test]
    fn sortedness_is_checked() {
        assert!(is_sorted("a\nan\nb\n") && is_sorted("") && is_sorted("x\n"));
        assert!(!is_sorted("b\na\n"), "out of order");
        assert!(!is_sorted("an\na\n"), "a prefix sorts first");
        assert!(!is_sorted("a\na\n"), "duplicates");
    }
}
