//! Quantities: one counted thing given two numbers in one text.
//!
//! The counts are the extractor's ([`crate::extract::counts`]: a number and
//! what it counts). Two counts conflict when they count the same thing (the
//! same first noun and at least one more word in common, "six workers are
//! missing" / "the seven missing workers"; for money the same noun, "£5m
//! donation" / "£5.5m donation") in different sentences with different
//! values, one of them referring back with "the" ("the seven missing workers").

use super::{finding, line_of, QUANTITY_CONFLICT};
use crate::checks::Context;
use crate::extract::counts::Count;
use crate::report::{Evidence, Finding};

/// The same counted thing: same currency, and for counts the same words
/// beyond the head too ("six workers are missing" / "seven missing workers").
fn same_thing(a: &Count, b: &Count) -> bool {
    // Only a definite reference ("the seven missing workers", "the £5.5m
    // donation") says the second count is about the set the first one counted.
    if a.currency != b.currency || !(a.definite || b.definite) {
        return false;
    }
    let shared = a.things.iter().filter(|w| b.things.contains(w)).count();
    let heads_agree =
        a.things.iter().any(|w| *w == b.things[0]) || b.things.iter().any(|w| *w == a.things[0]);
    heads_agree && (shared >= 2 || (a.currency != '\0' && shared >= 1))
}

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let all = &cx.extracted.counts;
    let text = cx.doc.text;
    for (later, earlier) in conflicts(all, text) {
        let (later, earlier) = (&all[later], &all[earlier]);
        let message = format!(
            "“{}” here, but “{}” on line {}: the same count differs.",
            later.span.slice(text),
            earlier.span.slice(text),
            line_of(cx, earlier.span.start())
        );
        let mut f = finding(QUANTITY_CONFLICT, later.span, message);
        f.related.push(Evidence::in_text(earlier.span, "earlier figure"));
        out.push(f);
    }
}

/// (later, earlier) index pairs: each count with the first earlier count, in
/// another sentence, of the same thing with a different value. `all` is in
/// text order; `text` is what the spans index.
///
/// Each count is compared with few earlier ones, so that a text repeating "the
/// 5 missing workers" 100,000 times, or counting workers 100,000 ways, takes
/// linear time:
/// - two counts of the same thing share a word, so only earlier counts sharing
///   one of its words are compared, each word's in text order up to the first
///   that conflicts or lies in the same sentence (all after it do too);
/// - of counts alike in all but their sentence (the same words, read the same
///   way) only the first is a candidate at all: if it shares a later count's
///   sentence, so do all the others before that count.
#[inline(never)]
fn conflicts(all: &[Count], text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    // Candidates as (index, sentence), by each of their words and by their text.
    let mut by_word: rustc_hash::FxHashMap<&str, Vec<(usize, usize)>> = Default::default();
    let mut by_text: rustc_hash::FxHashMap<&str, Vec<(usize, usize)>> = Default::default();
    for (j, later) in all.iter().enumerate() {
        // Plain loops, not iterator chains: less code in the wasm.
        let mut earliest: Option<usize> = None;
        for word in &later.things {
            let Some(list) = by_word.get(word.as_str()) else { continue };
            for &(i, sentence) in list {
                if sentence == later.sentence {
                    break;
                }
                if same_thing(&all[i], later) && all[i].value != later.value {
                    if earliest.is_none_or(|e| i < e) {
                        earliest = Some(i);
                    }
                    break;
                }
            }
        }
        if let Some(earlier) = earliest {
            found.push((j, earlier));
        }
        let written = later.span.slice(text);
        let known = by_text
            .get(written)
            .is_some_and(|list| list.iter().any(|&(i, _)| alike_but_sentence(&all[i], later)));
        if !known {
            let candidate = (j, later.sentence);
            by_text.entry(written).or_default().push(candidate);
            for word in &later.things {
                let list = by_word.entry(word.as_str()).or_default();
                if list.last() != Some(&candidate) {
                    list.push(candidate);
                }
            }
        }
    }
    found
}

/// Equal for [`conflicts`]: the same value, currency and words, either sentence.
fn alike_but_sentence(a: &Count, b: &Count) -> bool {
    a.value == b.value && a.currency == b.currency && a.definite == b.definite && a.things == b.things
}

#[cfg(test)]
mod tests {
    use super::super::test_support::consistency;
    use super::*;

    /// The definition [`conflicts`] stands for: every earlier count compared.
    fn conflicts_by_comparing_all(all: &[Count]) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        for (j, later) in all.iter().enumerate() {
            let earlier = all[..j]
                .iter()
                .position(|e| e.sentence != later.sentence && same_thing(e, later) && e.value != later.value);
            found.extend(earlier.map(|i| (j, i)));
        }
        found
    }

    #[test]
    fn conflicts_are_those_found_by_comparing_every_pair() {
        let words = ["worker", "missing", "donation"];
        // A deterministic spread of counts in text order: few words, values and
        // sentences, so many are alike, many share a sentence and many conflict.
        let mut seed = 7u32;
        let mut next = |n: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) % n
        };
        for _ in 0..50 {
            let mut sentence = 0;
            let all: Vec<Count> = (0..60)
                .map(|_| Count {
                    value: f64::from(next(3)),
                    currency: if next(4) == 0 { '£' } else { '\0' },
                    things: (0..1 + next(2)).map(|_| words[next(3) as usize].to_string()).collect(),
                    span: crate::text::Span::new(0, 0),
                    sentence: {
                        sentence += next(3) as usize / 2;
                        sentence
                    },
                    definite: next(2) == 0,
                })
                .collect();
            let expected = conflicts_by_comparing_all(&all);
            assert!(!expected.is_empty());
            assert_eq!(conflicts(&all, ""), expected);
        }
    }

    #[test]
    fn spelled_and_digit_counts_conflict() {
        let text = "Six workers are missing after the blast.\n\nRescuers searched for the 7 missing workers.";
        let found = consistency(text);
        assert_eq!(
            found,
            [(
                QUANTITY_CONFLICT,
                "7 missing workers".to_string(),
                vec!["Six workers are missing".to_string()]
            )]
        );
    }

    #[test]
    fn money_for_the_same_donation() {
        let text = "He gave a £5m donation to the party. The £5.5m donation was returned.";
        let found = consistency(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "£5.5m donation was returned");
    }

    #[test]
    fn different_things_and_approximations_do_not_conflict() {
        assert!(consistency("Six workers are missing. Seven workers were injured.").is_empty());
        assert!(consistency("Six workers are missing. More than seven workers are missing.").is_empty());
        assert!(consistency("Six workers are missing. Two of the workers are missing.").is_empty());
        assert!(consistency("He served six years. He served seven years.").is_empty());
        assert!(consistency("Six workers are missing. Six workers are missing, police said.").is_empty());
        // Two different sets of small children: nothing refers back.
        assert!(
            consistency("It killed 54 small children. Two small children died from a vaccine.").is_empty()
        );
    }
}
