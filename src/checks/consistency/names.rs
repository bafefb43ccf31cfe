//! Name variants: one surname spelt two ways (Tugendhat / Tugenhat).
//!
//! Two people's surnames, or a lone capitalised word and a surname, within a
//! small edit distance are one name misspelt, unless the text names two
//! people in full with different first names (Jane Smith and John Smyth).

use super::{finding, line_of, NAME_VARIANT};
use crate::checks::Context;
use crate::extract::entities::lexicon::{fold, is_function_word, party};
use crate::extract::entities::Entity;
use crate::report::{Evidence, Finding};
use crate::text::Span;

/// Damerau–Levenshtein distance (adjacent transpositions count one), capped:
/// anything above `cap` returns `cap + 1`.
pub fn edit_distance(a: &str, b: &str, cap: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in rows.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = best;
        }
    }
    rows[a.len() * width + b.len()].min(cap + 1)
}

/// Close enough to be one name misspelt: one edit for names of 5 to 7
/// letters, two for longer ones; the first letter agrees; shorter names differ too easily.
/// (The check folds each name once and calls [`folded_look_misspelt`].)
#[cfg(test)]
fn looks_misspelt(a: &str, b: &str) -> bool {
    folded_look_misspelt(&fold(a), &fold(b))
}

/// Whether two folded names (see [`fold`]) look like one name misspelt.
fn folded_look_misspelt(a: &str, b: &str) -> bool {
    let shorter = a.chars().count().min(b.chars().count());
    if a == b || shorter < 5 || a.chars().next() != b.chars().next() {
        return false;
    }
    // "Libya"/"Libyan", "Trump"/"Trumps": an ending added is grammar, not a typo.
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if long.starts_with(short) && long.len() - short.len() <= 3 {
        return false;
    }
    let allowed = if shorter >= 8 { 2 } else { 1 };
    edit_distance(a, b, allowed) <= allowed
}

/// A person's surname and first name as the fullest mention gives them.
fn surname_and_first<'t>(text: &'t str, person: &Entity) -> Option<(Span, Option<&'t str>)> {
    let fullest = person.mentions.iter().max_by_key(|m| m.core.len())?;
    let surname = *fullest.core.last()?;
    let first = (fullest.core.len() >= 2).then(|| fullest.core[0].slice(text));
    Some((surname, first))
}

/// The first mention of `person` whose last name word is spelt like `surname`.
fn first_mention_with(text: &str, person: &Entity, surname: &str) -> Option<Span> {
    person.mentions.iter().find(|m| m.core.last().is_some_and(|s| s.slice(text) == surname)).map(|m| m.span)
}

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let text = cx.doc.text;
    // Each person's names, and surname folded once (filled by a loop: three
    // collected iterator chains were three instantiations in the wasm).
    // Surnames are indexed by their deletion variants, so only people whose
    // surnames are within reach of each other are compared (a long text
    // names thousands of people).
    let mut people: Vec<&Entity> = Vec::new();
    let mut names: Vec<Option<(Span, Option<&str>)>> = Vec::new();
    let mut folded: Vec<Option<String>> = Vec::new();
    for person in cx.extracted.entities.people() {
        let name = surname_and_first(text, person);
        people.push(person);
        names.push(name);
        folded.push(name.map(|(surname, _)| fold(surname.slice(text))));
    }
    let index = SurnameIndex::new(&folded);
    // (later passage, earlier passage, later form, earlier form)
    let mut pairs: Vec<(Span, Span, &str, &str)> = Vec::new();
    for (i, j) in index.pairs() {
        let (Some((surname_i, first_i)), Some((surname_j, first_j))) = (names[i], names[j]) else {
            continue;
        };
        let (Some(folded_i), Some(folded_j)) = (&folded[i], &folded[j]) else { continue };
        if !folded_look_misspelt(folded_i, folded_j) {
            continue;
        }
        let (a, b) = (surname_i.slice(text), surname_j.slice(text));
        let distinct_people = matches!((first_i, first_j), (Some(x), Some(y)) if x != y);
        if distinct_people {
            continue;
        }
        let (Some(at_i), Some(at_j)) =
            (first_mention_with(text, people[i], a), first_mention_with(text, people[j], b))
        else {
            continue;
        };
        pairs.push(if at_i.start() < at_j.start() { (at_j, at_i, b, a) } else { (at_i, at_j, a, b) });
    }
    // A lone word that matches no one exactly but spells a surname almost.
    for single in &cx.extracted.entities.unresolved {
        let word = single.span.slice(text);
        let lower = crate::text::case::lowercase(word);
        if is_function_word(&lower) || party(&lower).is_some() || single.core.len() != 1 {
            continue;
        }
        let folded_word = fold(word);
        // The first candidate that looks misspelt and is mentioned so (a loop:
        // a `find_map` over the list was one more instantiation in the wasm).
        let mut close = None;
        for index in index.candidates(&folded_word) {
            let (Some((surname, _)), Some(folded_surname)) = (names[index], folded[index].as_deref()) else {
                continue;
            };
            if !folded_look_misspelt(&folded_word, folded_surname) {
                continue;
            }
            let surname = surname.slice(text);
            if let Some(at) = first_mention_with(text, people[index], surname) {
                close = Some((at, surname));
                break;
            }
        }
        if let Some((at, surname)) = close {
            pairs.push(if at.start() < single.span.start() {
                (single.span, at, word, surname)
            } else {
                (at, single.span, surname, word)
            });
        }
    }
    crate::extract::entities::sort_by_position(&mut pairs, |p| (p.0.start(), p.0.end()));
    // One finding per spelling, at the first place it meets a look-alike
    // spelt earlier; the next few look-alikes join it as evidence. A finding
    // per pair of spellings flooded a list of names one letter apart: 100,000
    // such names (8,000 spellings) gave 235,600 findings.
    // Pairs of spellings met, each as one string (the first's length, a
    // space, then both): a set of string pairs was one more map type in the wasm.
    let mut seen: rustc_hash::FxHashSet<String> = Default::default();
    let mut finding_of: rustc_hash::FxHashMap<String, usize> = Default::default();
    for (later, earlier, later_form, earlier_form) in pairs {
        let (a, b) = (fold(later_form), fold(earlier_form));
        let (first, second) = if a <= b { (&a, &b) } else { (&b, &a) };
        if !seen.insert(format!("{} {first}{second}", first.len())) {
            continue; // this pair of spellings met earlier
        }
        let evidence = Evidence::in_text(earlier, format!("spelt “{earlier_form}”"));
        if let Some(&at) = finding_of.get(&a) {
            let related = &mut out[at].related;
            if related.len() < LOOK_ALIKES_SHOWN {
                related.push(evidence);
            }
            continue;
        }
        finding_of.insert(a, out.len());
        let message = format!(
            "“{later_form}” here and “{earlier_form}” on line {} look like one name spelt two ways.",
            line_of(cx, earlier.start())
        );
        let mut f = finding(NAME_VARIANT, later, message);
        f.related.push(evidence);
        f.similarity = Some(similarity(later_form, earlier_form));
        out.push(f);
    }
}

/// Earlier look-alikes given as evidence with a spelling's finding: the first
/// is in its message, the others say the name has several spellings.
const LOOK_ALIKES_SHOWN: usize = 3;

/// People indexed by their folded surname and its deletion variants
/// (symmetric-delete candidates): each surname of five letters or more, the
/// shortest [`folded_look_misspelt`] compares, is filed under itself and every
/// spelling with one letter deleted, or two for eight letters or more. Two
/// spellings within that many edits share a key, so candidates come from the
/// index instead of comparing every pair of people.
struct SurnameIndex {
    /// The last entry filed under each key.
    last_of_key: rustc_hash::FxHashMap<u64, u32>,
    /// Every (person, key) filing as the person and the previous entry under
    /// the same key: one list for all keys, not a `Vec` per key (a surname
    /// has up to 56 keys, nearly all held by that one person).
    entries: Vec<(usize, u32)>,
}

const NO_ENTRY: u32 = u32::MAX;

impl SurnameIndex {
    fn new(folded: &[Option<String>]) -> SurnameIndex {
        // Sized for about 16 keys a surname (a seven-letter one has 8, a ten-letter one 56): the
        // map is rebuilt a time or two as it grows, not eight times.
        let mut index = SurnameIndex { last_of_key: Default::default(), entries: Vec::new() };
        index.last_of_key.reserve(folded.len() * 16);
        for (person, surname) in folded.iter().enumerate() {
            for key in surname.as_deref().map(deletion_keys).unwrap_or_default() {
                let previous = index.last_of_key.get(&key).copied().unwrap_or(NO_ENTRY);
                index.last_of_key.insert(key, index.entries.len() as u32);
                index.entries.push((person, previous));
            }
        }
        index
    }

    /// The people filed under the key whose last entry is `last` (latest first).
    fn people_from(&self, last: u32) -> impl Iterator<Item = usize> + '_ {
        let mut at = last;
        std::iter::from_fn(move || {
            let &(person, previous) = self.entries.get(at as usize)?;
            at = previous;
            Some(person)
        })
    }

    /// Every pair of people (lower index first) sharing a key, in order, once.
    fn pairs(&self) -> Vec<(usize, usize)> {
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let mut people: Vec<usize> = Vec::new();
        for &last in self.last_of_key.values() {
            people.clear();
            people.extend(self.people_from(last));
            for (k, &i) in people.iter().enumerate() {
                for &j in &people[k + 1..] {
                    if j != i {
                        pairs.push((i.min(j), i.max(j)));
                    }
                }
            }
        }
        crate::extract::entities::sort_by_position(&mut pairs, |&p| p);
        pairs.dedup();
        pairs
    }

    /// The people sharing a key with `spelling`, in order, once.
    fn candidates(&self, spelling: &str) -> Vec<usize> {
        let mut found: Vec<usize> = Vec::new();
        for key in deletion_keys(spelling) {
            if let Some(&last) = self.last_of_key.get(&key) {
                found.extend(self.people_from(last));
            }
        }
        crate::extract::entities::sort_by_position(&mut found, |&i| (i, 0));
        found.dedup();
        found
    }
}

/// Longer "surnames" are pasted junk (a run of letters with no space), not
/// names to spell-check; their deletion variants would grow with the cube of
/// their length.
const LONGEST_SURNAME: usize = 40;

/// Hashes of `word` and of its spellings with one letter deleted (two from
/// eight letters on); nothing for words under five letters or over
/// [`LONGEST_SURNAME`]. Hashes, not strings: a ten-letter name has 56 keys, and
/// a collision only costs one more comparison.
fn deletion_keys(word: &str) -> Vec<u64> {
    // A polynomial hash, Σ cₜ·Bᵗ: the hash of the word less letters i and j
    // comes from its prefix hashes in three multiplications, instead of
    // hashing the n - 2 letters left (the keys of a ten-letter name read 560
    // letters before). Any hash serves: the keys only bring candidates, which
    // are then compared as spellings.
    let mut prefix = [0u64; LONGEST_SURNAME + 1];
    let mut power = 1u64;
    let mut n = 0;
    for c in word.chars() {
        if n == LONGEST_SURNAME {
            return Vec::new();
        }
        prefix[n + 1] = prefix[n].wrapping_add((u64::from(c) + 1).wrapping_mul(power));
        power = power.wrapping_mul(HASH_BASE);
        n += 1;
    }
    if n < 5 {
        return Vec::new();
    }
    // Letters after a deletion move one place down: their part is divided by B.
    let part = |from: usize, to: usize| prefix[to].wrapping_sub(prefix[from]);
    let less_one = |i: usize| prefix[i].wrapping_add(part(i + 1, n).wrapping_mul(HASH_BASE_INVERSE));
    let less_two = |i: usize, j: usize| {
        prefix[i]
            .wrapping_add(part(i + 1, j).wrapping_mul(HASH_BASE_INVERSE))
            .wrapping_add(part(j + 1, n).wrapping_mul(HASH_BASE_INVERSE.wrapping_mul(HASH_BASE_INVERSE)))
    };
    let mut keys = Vec::with_capacity(1 + n + if n >= 8 { n * (n - 1) / 2 } else { 0 });
    keys.push(prefix[n]);
    for i in 0..n {
        keys.push(less_one(i));
        if n >= 8 {
            for j in i + 1..n {
                keys.push(less_two(i, j));
            }
        }
    }
    keys // repeats ("anna" less either "n") are harmless: pairs and candidates drop them
}

/// The polynomial hash's base (odd, so it has an inverse modulo 2⁶⁴).
const HASH_BASE: u64 = 0x9E37_79B9_7F4A_7C15;
const HASH_BASE_INVERSE: u64 = inverse(HASH_BASE);

/// The inverse of an odd number modulo 2⁶⁴, by Newton's iteration (each step
/// doubles the correct low bits: 3, 6, 12, 24, 48, 96).
const fn inverse(odd: u64) -> u64 {
    let mut x = odd;
    let mut step = 0;
    while step < 5 {
        x = x.wrapping_mul(2u64.wrapping_sub(odd.wrapping_mul(x)));
        step += 1;
    }
    x
}

fn similarity(a: &str, b: &str) -> f32 {
    let longest = a.chars().count().max(b.chars().count()).max(1);
    1.0 - edit_distance(a, b, longest) as f32 / longest as f32
}

#[cfg(test)]
mod tests {
    use super::super::test_support::consistency;
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("tugendhat", "tugenhat", 3), 1);
        assert_eq!(edit_distance("mokhber", "mokhbar", 3), 1);
        assert_eq!(edit_distance("abcd", "abdc", 3), 1);
        assert_eq!(edit_distance("smith", "jones", 2), 3);
        assert!(looks_misspelt("Tugendhat", "Tugenhat"));
        assert!(!looks_misspelt("Cash", "Case"));
        assert!(!looks_misspelt("Kearns", "Kearns"));
        assert!(!looks_misspelt("Johnson", "Thompson"));
        assert!(!looks_misspelt("Libya", "Libyan"));
        assert!(!looks_misspelt("Trumps", "Trump"));
        assert!(!looks_misspelt("Erdoğan", "Erdogan"));
        assert!(!looks_misspelt("O’Rourke", "O'Rourke"));
    }

    #[test]
    fn the_surname_index_finds_every_close_pair() {
        let surnames = [
            "tugendhat",
            "tugenhat",
            "tugendaht",
            "smith",
            "smyth",
            "smiths",
            "mokhber",
            "mokhbar",
            "jones",
            "abcd",
            "kearns",
            "kearnes",
            "johnson",
            "jonsson",
            "thompson",
            "erdogan",
            "erdoğan",
            "libya",
            "libyan",
        ];
        let folded: Vec<Option<String>> = surnames.iter().map(|s| Some(s.to_string())).collect();
        let index = SurnameIndex::new(&folded);
        let found: Vec<(usize, usize)> = index
            .pairs()
            .into_iter()
            .filter(|&(i, j)| folded_look_misspelt(surnames[i], surnames[j]))
            .collect();
        let mut every: Vec<(usize, usize)> = Vec::new();
        for i in 0..surnames.len() {
            for j in i + 1..surnames.len() {
                if folded_look_misspelt(surnames[i], surnames[j]) {
                    every.push((i, j));
                }
            }
        }
        assert_eq!(found, every);
        assert!(every.len() >= 5, "{every:?}");
        assert!(deletion_keys(&"s".repeat(400)).is_empty(), "junk words are not indexed");
        let candidates = index.candidates("tugendhta");
        assert!(
            candidates.contains(&0) && candidates.contains(&2) && !candidates.contains(&3),
            "{candidates:?}"
        );
    }

    #[test]
    fn a_spelling_less_letters_has_the_key_of_the_shorter_spelling() {
        assert_eq!(HASH_BASE.wrapping_mul(HASH_BASE_INVERSE), 1);
        let whole = |word: &str| deletion_keys(word)[0];
        let keys = deletion_keys("tugendhat");
        for shorter in ["ugendhat", "tugenhat", "tugendha", "tgendht", "tugenat", "gendhat"] {
            assert!(keys.contains(&whole(shorter)), "{shorter}");
        }
        assert!(!keys.contains(&whole("tugendhta")) && !keys.contains(&whole("tugxndhat")));
        assert_eq!(keys.len(), 1 + 9 + 36);
        assert!(
            deletion_keys("Łukaszewski").contains(&whole("Łukaszewsk")),
            "non-ASCII letters count as one"
        );
    }

    #[test]
    fn a_misspelt_surname_alone() {
        let text = "Security minister Tom Tugendhat spoke.\n\nTugenhat said more.";
        let found = consistency(text);
        assert_eq!(found, [(NAME_VARIANT, "Tugenhat".to_string(), vec!["Tom Tugendhat".to_string()])]);
    }

    #[test]
    fn a_misspelt_full_name() {
        let text = "Vice-President Mohammad Mokhber spoke. Mohammad Mokhbar replied.";
        let found = consistency(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "Mohammad Mokhbar");
    }

    #[test]
    fn a_spelling_with_several_look_alikes_is_one_finding() {
        // "Mokhbor" looks like both earlier spellings: one finding, both as evidence.
        let text =
            "Vice-President Mohammad Mokhber spoke.\n\nMohammad Mokhbar replied.\n\nMohammad Mokhbor left.";
        let found = consistency(text);
        let mokhbor: Vec<_> = found.iter().filter(|f| f.1 == "Mohammad Mokhbor").collect();
        assert_eq!(mokhbor.len(), 1, "{found:?}");
        assert_eq!(mokhbor[0].2, ["Mohammad Mokhber", "Mohammad Mokhbar"]);
        assert_eq!(found.len(), 2, "Mokhbar against Mokhber, Mokhbor against both: {found:?}");
    }

    #[test]
    fn a_list_of_names_one_letter_apart_gives_a_finding_per_spelling() {
        // Every name has dozens of look-alikes; each spelling is reported once.
        let consonants = "bcdfghjklmnpqrstvwxz".as_bytes();
        let names: Vec<String> = (0..400)
            .map(|i: usize| {
                let letter = |k: usize| consonants[(i / 20usize.pow(k as u32)) % 20] as char;
                format!("Ann Zu{}{}{}", letter(0), letter(1), letter(2))
            })
            .collect();
        let text: String = names.iter().map(|name| format!("{name} spoke.\n\n")).collect();
        let variants: Vec<_> = consistency(&text).into_iter().filter(|f| f.0 == NAME_VARIANT).collect();
        assert!(variants.len() < names.len(), "{} findings", variants.len());
        assert!(variants.len() > names.len() / 2, "look-alikes are still reported: {}", variants.len());
        assert!(variants.iter().all(|f| (1..=LOOK_ALIKES_SHOWN).contains(&f.2.len())));
        assert!(variants.iter().any(|f| f.2.len() == LOOK_ALIKES_SHOWN));
    }

    #[test]
    fn two_people_named_in_full_are_two_people() {
        assert!(consistency("Jane Harrison spoke. John Harriso replied.").is_empty());
        assert!(consistency("Boris Johnson spoke. Johnson left.").is_empty());
    }
}
