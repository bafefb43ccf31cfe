//! Quantities: one counted thing given two numbers in one text.
//!
//! A count is a number (digits or spelled out, "six" = 6; money with its
//! currency and "m"/"bn"/"million") followed by what it counts. Two counts
//! conflict when they count the same thing (the same first noun and at
//! least one more word in common, "six workers are missing" / "the seven
//! missing workers"; for money the same noun, "£5m donation" / "£5.5m
//! donation") in different sentences with different values, one of them
//! referring back with "the" ("the seven missing workers"). Approximate
//! counts ("more than 50", "about 20"), dates, ages, durations and
//! partitives ("two of the workers") are left out.

use super::{finding, line_of, QUANTITY_CONFLICT};
use crate::checks::Context;
use crate::extract::entities::lexicon::{is_function_word, is_month, is_weekday};
use crate::extract::entities::{is_plain_gap, sentence_tokens, Token};
use crate::report::{Evidence, Finding};
use crate::text::Span;

#[derive(Debug, Clone)]
struct Count {
    value: f64,
    /// The currency symbol for money, else empty.
    currency: char,
    /// Counted words, lower case, plural "s" removed; the first is the head.
    things: Vec<String>,
    span: Span,
    sentence: usize,
    /// "the seven missing workers": refers back to a set already introduced.
    definite: bool,
}

fn spelled_number(word: &str) -> Option<f64> {
    let n = match word {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "dozen" => 12,
        _ => return None,
    };
    Some(f64::from(n))
}

fn multiplier(word: &str) -> Option<f64> {
    Some(match word {
        "k" | "thousand" => 1e3,
        "m" | "mn" | "million" | "millions" => 1e6,
        "bn" | "b" | "billion" | "billions" => 1e9,
        "tn" | "trillion" => 1e12,
        _ => return None,
    })
}

/// "1,200.5" as a number, by hand: the standard float parser adds kilobytes to the wasm.
fn decimal(digits: &str) -> Option<f64> {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if fraction.contains('.') || whole.chars().all(|c| c == ',') {
        return None;
    }
    let mut value = 0f64;
    for c in whole.chars().filter(|&c| c != ',') {
        value = value * 10.0 + f64::from(c.to_digit(10)?);
    }
    let mut scale = 0.1;
    for c in fraction.chars() {
        value += f64::from(c.to_digit(10)?) * scale;
        scale /= 10.0;
    }
    Some(value)
}

/// "5.5m" = 5 500 000, "1,200" = 1200, "six" = 6.
fn number_value(word: &str) -> Option<(f64, bool)> {
    if let Some(n) = spelled_number(word) {
        return Some((n, false));
    }
    let digits_end = word.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(word.len());
    if digits_end == 0 {
        return None;
    }
    let value = decimal(&word[..digits_end])?;
    let suffix = &word[digits_end..];
    if suffix.is_empty() {
        return Some((value, true));
    }
    multiplier(suffix).map(|m| (value * m, true))
}

/// Words after which a number is not an exact count.
fn is_approximator(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "around"
            | "nearly"
            | "almost"
            | "over"
            | "than"
            | "least"
            | "up"
            | "some"
            | "approximately"
            | "roughly"
            | "estimated"
            | "aged"
            | "age"
            | "no"
            | "number"
            | "under"
            | "below"
            | "above"
            | "top"
            | "last"
            | "past"
            | "first"
            | "next"
            | "every"
            | "per"
            | "page"
            | "chapter"
            | "room"
            | "route"
            | "flight"
            | "by"
            | "from"
            | "to"
            | "between"
            | "and"
            | "or"
            | "of"
            | "only"
            | "including"
            | "included"
            | "includes"
            | "among"
            | "additional"
            | "another"
            | "further"
    )
}

/// Counted things that are usually measures or repeated units, not one set.
fn is_unit(word: &str) -> bool {
    matches!(
        word,
        "year"
            | "month"
            | "week"
            | "day"
            | "hour"
            | "minute"
            | "second"
            | "decade"
            | "century"
            | "time"
            | "am"
            | "pm"
            | "percent"
            | "per"
            | "point"
            | "km"
            | "mile"
            | "metre"
            | "meter"
            | "kg"
            | "tonne"
            | "ton"
            | "foot"
            | "feet"
            | "inch"
            | "degree"
            | "st"
            | "nd"
            | "rd"
            | "th"
            | "kilometre"
            | "kilometer"
            | "gram"
            | "litre"
            | "liter"
            | "acre"
            | "hectare"
            | "pound"
            | "dollar"
            | "euro"
            | "o"
            | "clock"
            | "round"
            | "term"
            | "game"
            | "goal"
            | "run"
            | "vote"
            | "seat"
            | "yard"
            | "magnitude"
            | "richter"
            | "mph"
            | "kph"
            | "mw"
            | "gw"
            | "kw"
            | "storey"
            | "story"
            | "floor"
    )
}

fn is_filler(word: &str) -> bool {
    is_function_word(word)
        || matches!(
            word,
            "are"
                | "were"
                | "is"
                | "was"
                | "been"
                | "being"
                | "still"
                | "now"
                | "reportedly"
                | "remain"
                | "remained"
        )
}

fn singular(word: &str) -> String {
    let lower = crate::text::case::lowercase(word);
    if lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") {
        lower[..lower.len() - 1].to_string()
    } else {
        lower
    }
}

fn counts(sentence: &[Token]) -> Vec<Count> {
    let mut out = Vec::new();
    for (i, token) in sentence.iter().enumerate() {
        let word: &str = &token.lower;
        let Some((mut value, digits)) = number_value(word) else { continue };
        let currency =
            token.gap_before.chars().last().filter(|c| matches!(c, '£' | '$' | '€' | '¥')).unwrap_or('\0');
        // Years, dates and ages are not counts.
        if digits && currency == '\0' && (1900.0..=2100.0).contains(&value) && word.len() == 4 {
            continue;
        }
        let previous = i.checked_sub(1).map(|p| sentence[p].lower.to_string());
        if previous.as_deref().is_some_and(|p| is_approximator(p) || is_month(p)) {
            continue;
        }
        if token.gap_after.starts_with('%') || token.gap_after.starts_with('-') {
            continue;
        }
        let mut next = i + 1;
        if let Some(m) = sentence.get(next).filter(|_| token.joins_next()).and_then(|t| multiplier(&t.lower))
        {
            value *= m;
            next += 1;
        }
        // What it counts: up to four words of the same clause.
        let mut things = Vec::new();
        let mut end = sentence[next - 1].span.end();
        while next < sentence.len()
            && things.len() < 3
            && next <= i + 5
            && is_plain_gap(sentence[next - 1].gap_after)
        {
            let w = sentence[next].lower.to_string();
            if w.chars().any(|c| c.is_ascii_digit()) || is_month(&w) || is_weekday(&w) {
                break;
            }
            if things.is_empty() && (w == "of" || is_filler(&w)) {
                break;
            }
            if !is_filler(&w) {
                things.push(singular(&w));
                end = sentence[next].span.end();
            }
            next += 1;
        }
        if things.first().is_none_or(|head| is_unit(head)) || things.iter().any(|w| is_unit(w)) {
            continue;
        }
        let start =
            if currency != '\0' { token.span.start() - currency.len_utf8() } else { token.span.start() };
        let definite = previous.as_deref().is_some_and(|p| {
            matches!(p, "the" | "these" | "those" | "all" | "its" | "their" | "his" | "her")
        });
        out.push(Count {
            value,
            currency,
            things,
            span: Span::new(start, end),
            sentence: token.sentence,
            definite,
        });
    }
    out
}

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
    // Counts read only the words: the entity pass's lower-case word set is not built again here.
    let all: Vec<Count> = (0..cx.doc.sentences.len())
        .filter_map(|index| sentence_tokens(cx.doc, index))
        .flat_map(|s| counts(&s))
        .collect();
    let text = cx.doc.text;
    for (later, earlier) in conflicts(&all, text) {
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
        let first_conflict = |list: &Vec<(usize, usize)>| {
            (list.iter())
                .take_while(|&&(_, sentence)| sentence != later.sentence)
                .map(|&(i, _)| i)
                .find(|&i| same_thing(&all[i], later) && all[i].value != later.value)
        };
        let earliest = later
            .things
            .iter()
            .filter_map(|word| by_word.get(word.as_str()))
            .filter_map(first_conflict)
            .min();
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
                    span: Span::new(0, 0),
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
    fn numbers() {
        assert_eq!(number_value("six"), Some((6.0, false)));
        assert_eq!(number_value("5.5m"), Some((5_500_000.0, true)));
        assert_eq!(number_value("1,200"), Some((1200.0, true)));
        assert_eq!(number_value("m5"), None);
        assert_eq!(number_value("1.2.3"), None);
        assert_eq!(number_value(",,"), None);
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
