//! Lower case without the standard library's Unicode case tables.
//!
//! `str::to_lowercase` and `char::to_lowercase` carry a table of every cased
//! character (about 10 KB of the gzipped wasm). News text needs far fewer:
//! these functions give exactly the standard result for Latin (Basic, Latin-1,
//! Extended-A, the Romanian, Pinyin and Vietnamese letters of Extended-B and
//! Extended Additional, Ə), Greek (without the polytonic capitals with iota
//! subscript), Cyrillic, Armenian, Georgian, Roman numerals, circled and
//! full-width letters; upper-case letters of other scripts (Cherokee,
//! Glagolitic, Coptic, Deseret, …) are left as they are. The test
//! `agrees_with_std_on_the_covered_blocks` holds them to the standard library
//! over every character of those blocks.

/// `c` in lower case (its simple mapping: `İ` gives `i`; see [`lower_chars`]).
pub fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let u = c as u32;
    // Blocks where capitals and small letters alternate, capital first (even)
    // or small first (capital odd).
    let even_capital = |u: u32| if u & 1 == 0 { u + 1 } else { u };
    let odd_capital = |u: u32| if u & 1 == 1 { u + 1 } else { u };
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => even_capital(u),
        0x139..=0x148 | 0x179..=0x17E => odd_capital(u),
        0x130 => 0x69,
        0x178 => 0xFF,
        0x18F => 0x259,
        0x1CD..=0x1DC => odd_capital(u),
        0x1DE..=0x1EF | 0x1F8..=0x21F | 0x222..=0x233 => even_capital(u),
        // Greek: capitals with tonos, then the alphabet (0x3A2 is unassigned).
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x3D8..=0x3EF => even_capital(u),
        // Cyrillic.
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => even_capital(u),
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE => odd_capital(u),
        // Armenian, Georgian (Asomtavruli and Mtavruli capitals).
        0x531..=0x556 => u + 48,
        0x10A0..=0x10C5 | 0x10C7 | 0x10CD => u + 0x1C60,
        0x1C90..=0x1CBA | 0x1CBD..=0x1CBF => u - 0xBC0,
        // Latin Extended Additional (Vietnamese among others); capital sharp s.
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => even_capital(u),
        0x1E9E => 0xDF,
        // Polytonic Greek capitals: the second half of each row of sixteen.
        0x1F08..=0x1F6F if u & 0xF >= 8 => u - 8,
        // Ohm, Kelvin and Ångström signs; Roman numerals; circled and full-width letters.
        0x2126 => 0x3C9,
        0x212A => 0x6B,
        0x212B => 0xE5,
        0x2160..=0x216F => u + 16,
        0x24B6..=0x24CF => u + 26,
        0xFF21..=0xFF3A => u + 32,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `c` in lower case as `char::to_lowercase` gives it: one character, or two
/// for `İ` (`i` and a combining dot above).
pub fn lower_chars(c: char) -> impl Iterator<Item = char> {
    std::iter::once(lower(c)).chain((c == 'İ').then_some('\u{307}'))
}

/// Whether `text` holds an upper-case letter: one pass over the bytes,
/// characters decoded only past a non-ASCII byte.
pub fn has_capital(text: &str) -> bool {
    for &b in text.as_bytes() {
        if b >= 0x80 {
            return text.chars().any(char::is_uppercase);
        }
        if b.is_ascii_uppercase() {
            return true;
        }
    }
    false
}

/// Whether `text` starts with a capital letter: `char::is_uppercase` of its
/// first character, with ASCII answered from the byte (most words; the
/// size-built wasm decoded each first character through a call).
pub fn starts_with_capital(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(byte) if byte.is_ascii() => byte.is_ascii_uppercase(),
        _ => text.chars().next().is_some_and(char::is_uppercase),
    }
}

/// `text` in lower case, as `str::to_lowercase` gives it for the blocks above
/// (including a word-final `Σ` becoming `ς`).
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        match c {
            'Σ' => out.push(if is_word_final(text, at) { 'ς' } else { 'σ' }),
            c => out.extend(lower_chars(c)),
        }
    }
    out
}

/// Whether the character at byte `at` (a two-byte `Σ`) ends a word: a letter
/// before it and none after. The standard library also looks through
/// case-ignorable marks (apostrophes, combining accents); this does not.
fn is_word_final(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back().is_some_and(char::is_alphabetic);
    let after = text[at + 'Σ'.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
    before && !after
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every block whose capitals `lower` maps.
    const COVERED: &[std::ops::RangeInclusive<u32>] = &[
        0x0..=0x24F,
        0x370..=0x3FF,
        0x400..=0x52F,
        0x530..=0x58F,
        0x10A0..=0x10FF,
        0x1C90..=0x1CBF,
        0x1E00..=0x1EFF,
        0x2100..=0x218F,
        0x24B0..=0x24FF,
        0xFF00..=0xFFEF,
    ];

    /// Characters inside the covered blocks that `lower` leaves alone though
    /// the standard library maps them (rare letters of African and
    /// Americanist orthographies, archaic Greek, Latin digraph capitals).
    fn known_gap(u: u32) -> bool {
        matches!(
            u,
            0x181..=0x18E | 0x190..=0x1CC | 0x1F1..=0x1F7 | 0x220 | 0x23A..=0x24E | 0x370..=0x37F | 0x3CF | 0x3F4..=0x3FF | 0x2132 | 0x2183
        )
    }

    #[test]
    fn starts_with_capital_is_the_first_character_upper_case() {
        for text in ["Ann", "ann", "", "1st", "Éva", "éva", "Σ", "ß", "’Tis", "Ⅻ", "ǅ"] {
            assert_eq!(
                starts_with_capital(text),
                text.chars().next().is_some_and(char::is_uppercase),
                "{text}"
            );
        }
    }

    #[test]
    fn agrees_with_std_on_the_covered_blocks() {
        for range in COVERED {
            for u in range.clone().filter(|&u| !known_gap(u)) {
                let Some(c) = char::from_u32(u) else { continue };
                let expected: String = c.to_lowercase().collect();
                let ours: String = lower_chars(c).collect();
                assert_eq!(ours, expected, "U+{u:04X} {c}");
            }
        }
        // Inside the gaps: the letters news text does use are still covered.
        for c in ['Ǎ', 'ǜ', 'Ș', 'ț', 'Ə', 'Ϊ', 'Ϋ'] {
            assert_eq!(lower_chars(c).collect::<String>(), c.to_lowercase().collect::<String>());
        }
    }

    #[test]
    fn polytonic_greek_capitals_agree_with_std() {
        for u in 0x1F00..=0x1F6F {
            let Some(c) = char::from_u32(u) else { continue };
            if c.is_uppercase() {
                assert_eq!(lower(c).to_string(), c.to_lowercase().to_string(), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn lowercases_text_in_many_scripts_as_std_does() {
        for text in [
            "The Prime Minister said £5.5M “was spent”.",
            "Kaczyński, Đoković, ŁÓDŹ, Øresund, ÆSIR, Ärger, ÉCOLE, Şişli, Nguyễn Tấn Dũng",
            "İSTANBUL İzmir",
            "ΟΔΥΣΣΕΥΣ ΚΑΙ ΣΟΦΙΑ: Ὀδυσσεύς",
            "МОСКВА Київ ЁЛКА Ґанок",
            "ՀԱՅԱՍՏԱՆ ႠႡ",
            "東京 ١٢٣ שלום مرحبا 😀 👨‍👩‍👧 🇬🇧",
            "ＡＢＣ Ⅻ Ⓐ K Å Ω",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    #[test]
    fn leaves_uncovered_scripts_and_small_letters_alone() {
        assert_eq!(lower('Ꭰ'), 'Ꭰ'); // Cherokee: not mapped (std gives 'ꭰ')
        assert_eq!(lowercase("abc ß ς 東"), "abc ß ς 東");
        assert_eq!(lower('\u{10FFFF}'), '\u{10FFFF}');
    }
}
