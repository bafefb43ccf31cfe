//! Counts: a number and what it counts ("six workers", "the £5.5m donation"),
//! for the quantity check (`checks::consistency::quantities`).
//!
//! A count is a number (digits or spelled out, "six" = 6; money with its
//! currency and "m"/"bn"/"million") followed by up to three words of what it
//! counts. Approximate counts ("more than 50", "about 20"), dates, ages,
//! durations and partitives ("two of the workers") are left out.

use super::entities::lexicon::{is_function_word, is_month, is_weekday};
use super::entities::{is_plain_gap, Token, Tokens};
use super::numbers::parse_decimal;
use crate::text::words::{words, WordList};
use crate::text::Span;

/// Every count in the text, in order. `extract` gathers the same with
/// [`counts_into`] during the entity pass's first sweep, so each sentence's
/// tokens are built once for both.
pub fn counts(tokens: &Tokens) -> Vec<Count> {
    let mut out = Vec::new();
    for sentence in tokens.sentences() {
        counts_into(&sentence, &mut out);
    }
    out
}

#[derive(Debug, Clone)]
pub struct Count {
    pub value: f64,
    /// The currency symbol for money, else empty.
    pub currency: char,
    /// Counted words, lower case, plural "s" removed; the first is the head.
    pub things: Vec<String>,
    pub span: Span,
    pub sentence: usize,
    /// "the seven missing workers": refers back to a set already introduced.
    pub definite: bool,
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

/// "5.5m" = 5 500 000, "1,200" = 1200, "six" = 6.
fn number_value(word: &str) -> Option<(f64, bool)> {
    if let Some(n) = spelled_number(word) {
        return Some((n, false));
    }
    let digits_end = word.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(word.len());
    if digits_end == 0 {
        return None;
    }
    let value = parse_decimal(&word[..digits_end])?;
    let suffix = &word[digits_end..];
    if suffix.is_empty() {
        return Some((value, true));
    }
    multiplier(suffix).map(|m| (value * m, true))
}

// The word lists are packed lists (`words!`), not `matches!`: a `matches!`
// of strings is compiled into code for every word in the wasm build.

/// Words after which a number is not an exact count.
const APPROXIMATORS: WordList = words![
    "about",
    "above",
    "additional",
    "age",
    "aged",
    "almost",
    "among",
    "and",
    "another",
    "approximately",
    "around",
    "below",
    "between",
    "by",
    "chapter",
    "estimated",
    "every",
    "first",
    "flight",
    "from",
    "further",
    "included",
    "includes",
    "including",
    "last",
    "least",
    "nearly",
    "next",
    "no",
    "number",
    "of",
    "only",
    "or",
    "over",
    "page",
    "past",
    "per",
    "room",
    "roughly",
    "route",
    "some",
    "than",
    "to",
    "top",
    "under",
    "up",
];

fn is_approximator(word: &str) -> bool {
    APPROXIMATORS.contains(word)
}

/// Counted things that are usually measures or repeated units, not one set.
const UNITS: WordList = words![
    "acre",
    "am",
    "century",
    "clock",
    "day",
    "decade",
    "degree",
    "dollar",
    "euro",
    "feet",
    "floor",
    "foot",
    "game",
    "goal",
    "gram",
    "gw",
    "hectare",
    "hour",
    "inch",
    "kg",
    "kilometer",
    "kilometre",
    "km",
    "kph",
    "kw",
    "liter",
    "litre",
    "magnitude",
    "meter",
    "metre",
    "mile",
    "minute",
    "month",
    "mph",
    "mw",
    "nd",
    "o",
    "per",
    "percent",
    "pm",
    "point",
    "pound",
    "rd",
    "richter",
    "round",
    "run",
    "seat",
    "second",
    "st",
    "storey",
    "story",
    "term",
    "th",
    "time",
    "ton",
    "tonne",
    "vote",
    "week",
    "yard",
    "year",
];

fn is_unit(word: &str) -> bool {
    UNITS.contains(word)
}

/// Verbs and adverbs passed over between a number and what it counts.
const FILLERS: WordList =
    words!["are", "been", "being", "is", "now", "remain", "remained", "reportedly", "still", "was", "were",];

fn is_filler(word: &str) -> bool {
    is_function_word(word) || FILLERS.contains(word)
}

/// `lower` (a token's lower case, [`Token::lower`]) without a plural "s".
fn singular(lower: &str) -> String {
    let singular = if lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") {
        &lower[..lower.len() - 1]
    } else {
        lower
    };
    singular.to_string()
}

/// The counts in one sentence (its entity tokens), in order.
pub fn counts_in(sentence: &[Token]) -> Vec<Count> {
    let mut out = Vec::new();
    counts_into(sentence, &mut out);
    out
}

/// [`counts_in`], added to `out`: no list per sentence to move over, and no
/// code in the wasm build to move one.
pub fn counts_into(sentence: &[Token], out: &mut Vec<Count>) {
    for (i, token) in sentence.iter().enumerate() {
        let word: &str = &token.lower;
        let Some((mut value, digits)) = number_value(word) else { continue };
        let currency =
            token.gap_before.chars().last().filter(|c| matches!(c, '£' | '$' | '€' | '¥')).unwrap_or('\0');
        // Years, dates and ages are not counts.
        if digits && currency == '\0' && (1900.0..=2100.0).contains(&value) && word.len() == 4 {
            continue;
        }
        let previous: Option<&str> = i.checked_sub(1).map(|p| &*sentence[p].lower);
        if previous.is_some_and(|p| is_approximator(p) || is_month(p)) {
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
            let w: &str = &sentence[next].lower;
            if w.chars().any(|c| c.is_ascii_digit()) || is_month(w) || is_weekday(w) {
                break;
            }
            if things.is_empty() && (w == "of" || is_filler(w)) {
                break;
            }
            if !is_filler(w) {
                things.push(singular(w));
                end = sentence[next].span.end();
            }
            next += 1;
        }
        if things.first().is_none_or(|head| is_unit(head)) || things.iter().any(|w| is_unit(w)) {
            continue;
        }
        let start =
            if currency != '\0' { token.span.start() - currency.len_utf8() } else { token.span.start() };
        let definite = previous.is_some_and(|p| {
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn counts_read_the_number_and_what_it_counts() {
        let doc = crate::text::Document::new(
            "The 7 missing workers, she said, were found. She gave a £5.5m donation. He was aged 40 in 2024.",
        );
        let found = counts(&Tokens::new(&doc));
        let read: Vec<(f64, char, Vec<&str>, bool, &str)> = found
            .iter()
            .map(|c| {
                (
                    c.value,
                    c.currency,
                    c.things.iter().map(String::as_str).collect(),
                    c.definite,
                    c.span.slice(doc.text),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                (7.0, '\0', vec!["missing", "worker"], true, "7 missing workers"),
                (5_500_000.0, '£', vec!["donation"], false, "£5.5m donation"),
            ]
        );
    }
}
