//! Quantities: numbers in digits or words, money, percentages, ranges and
//! approximations, each with a normalised value.
//!
//! "£5.5m" → money GBP 5,500,000; "1,991 delegates" → 1991; "six workers" → 6;
//! "a dozen" → 12; "between 5% and 10%" → percent 5..10; "approximately 300"
//! → 300, qualified `approximately`. Four-digit years and ordinals are left to
//! the date extractor; a number that begins a name ("the 1922 Committee") is
//! not a quantity.

use super::tokens::{cover, tokens, Token};
use crate::text::words::LetterPairs;
use crate::text::Span;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum QuantityKind {
    Number,
    Money,
    Percent,
}

/// How the text hedges or bounds the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Qualifier {
    /// approximately, about, around, nearly, some, dozens of…
    Approximately,
    /// more than, over, at least, …
    AtLeast,
    /// less than, under, up to, at most, …
    AtMost,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quantity {
    #[serde(skip)]
    pub span: Span,
    pub kind: QuantityKind,
    pub value: f64,
    /// The upper bound of a range ("5 to 10", "between 5 and 10").
    pub upper: Option<f64>,
    pub qualifier: Option<Qualifier>,
    /// ISO 4217 code for money.
    pub currency: Option<&'static str>,
    /// A plain rendering of the value: "GBP 5500000", "about 20%", "5–10".
    pub normalised: String,
}

const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("approximately", Qualifier::Approximately),
    ("about", Qualifier::Approximately),
    ("around", Qualifier::Approximately),
    ("roughly", Qualifier::Approximately),
    ("nearly", Qualifier::Approximately),
    ("almost", Qualifier::Approximately),
    ("some", Qualifier::Approximately),
    ("an estimated", Qualifier::Approximately),
    ("close to", Qualifier::Approximately),
    ("more than", Qualifier::AtLeast),
    ("over", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("upwards of", Qualifier::AtLeast),
    ("in excess of", Qualifier::AtLeast),
    ("less than", Qualifier::AtMost),
    ("fewer than", Qualifier::AtMost),
    ("under", Qualifier::AtMost),
    ("up to", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("as many as", Qualifier::AtMost),
];

const CURRENCY_SYMBOLS: &[(&str, &str)] =
    &[("£", "GBP"), ("$", "USD"), ("€", "EUR"), ("¥", "JPY"), ("₹", "INR")];
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("pounds", "GBP"),
    ("pound", "GBP"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("yen", "JPY"),
    ("pence", "GBP"),
    ("cents", "USD"),
];

/// Number words by value: `UNITS[n]` is the word for n (0–19).
pub const UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// Tens by value: `TENS[i]` is the word for (i + 2) × 10.
pub const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: &[(&str, f64)] =
    &[("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];
const VAGUE_PLURALS: &[(&str, f64)] =
    &[("dozens", 12.0), ("hundreds", 1e2), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9)];
/// Letters glued to digits: "5.5m", "56bn", "10k".
const SUFFIX_SCALES: &[(&str, f64)] =
    &[("", 1.0), ("k", 1e3), ("m", 1e6), ("bn", 1e9), ("b", 1e9), ("tn", 1e12)];

/// Every quantity in `span` of `text`, in text order.
pub fn quantities(text: &str, span: Span) -> Vec<Quantity> {
    quantities_in(&tokens(text, span))
}

/// Every quantity among `toks` (one sentence's tokens), in text order.
pub fn quantities_in(toks: &[Token]) -> Vec<Quantity> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match quantity_at(toks, i) {
            Some((quantity, last)) => {
                found.push(quantity);
                i = last + 1;
            }
            None => i += 1,
        }
    }
    found
}

/// A number (digits or words) starting at token `i`: its value and last token.
pub fn number_at(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    if i >= toks.len() {
        return None;
    }
    if let Some((mut value, mut last)) = digits_at(toks, i) {
        // "5.5 million", "3 thousand".
        while let Some(&(_, scale)) = toks.get(last + 1).and_then(|t| SCALES.iter().find(|(w, _)| t.is(w))) {
            value *= scale;
            last += 1;
        }
        return Some((value, last));
    }
    words_at(toks, i)
}

fn digits_at(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let word = &toks.get(i)?.lower;
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let numeric_end =
        word.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(word.len());
    let (digits, suffix) = word.split_at(numeric_end);
    let &(_, scale) = SUFFIX_SCALES.iter().find(|(s, _)| *s == suffix)?;
    // "5m" is five metres and "18b" a section unless money is meant: "£5m", "$18b".
    let currency_before = i > 0 && CURRENCY_SYMBOLS.iter().any(|(s, _)| toks[i - 1].text == *s);
    if matches!(suffix, "k" | "m" | "b") && !currency_before {
        return None;
    }
    let value = parse_decimal(digits)?;
    Some((value * scale, i))
}

/// "1,991" → 1991, "5.5" → 5.5. By hand: core's float parser costs the wasm
/// build about 10 KB for what is only ever a short decimal here.
pub(crate) fn parse_decimal(digits: &str) -> Option<f64> {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || fraction.contains(['.', ',']) || whole.ends_with(',') {
        return None;
    }
    // Byte by byte: a digit is one ASCII byte, and any other byte fails.
    let digit = |byte: u8| byte.is_ascii_digit().then(|| f64::from(byte - b'0'));
    let mut value = 0f64;
    for byte in whole.bytes() {
        if byte != b',' {
            value = value * 10.0 + digit(byte)?;
        }
    }
    let mut place = 0.1;
    for byte in fraction.bytes() {
        value += digit(byte)? * place;
        place /= 10.0;
    }
    Some(value)
}

/// Spelled-out numbers: "six", "twenty-one", "two hundred and five", "a dozen", "a million".
fn words_at(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    if !may_start_number_words(&toks[i].lower) {
        return None;
    }
    if toks[i].is("dozen") || toks[i].is("a") && toks.get(i + 1).is_some_and(|t| t.is("dozen")) {
        return Some((12.0, if toks[i].is("a") { i + 1 } else { i }));
    }
    // "dozens of", "hundreds of": vague by nature (the caller marks them approximate).
    if let Some(&(_, value)) = VAGUE_PLURALS.iter().find(|(w, _)| toks[i].is(w)) {
        return toks.get(i + 1).is_some_and(|t| t.is("of")).then_some((value, i));
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last = None;
    let mut j = i;
    // "a hundred", "a million": the article stands for one.
    if toks[j].is("a") && toks.get(j + 1).is_some_and(|t| SCALES.iter().any(|(w, _)| t.is(w))) {
        current = 1.0;
        j += 1;
    }
    while let Some(t) = toks.get(j) {
        if let Some(n) = UNITS.iter().position(|w| t.is(w)) {
            current += n as f64;
        } else if let Some(n) = TENS.iter().position(|w| t.is(w)) {
            current += (n as f64 + 2.0) * 10.0;
        } else if let Some(&(_, scale)) = SCALES.iter().find(|(w, _)| t.is(w)) {
            if last.is_none() && current == 0.0 {
                break;
            }
            if scale == 100.0 {
                current *= scale;
            } else {
                total += current.max(1.0) * scale;
                current = 0.0;
            }
        } else if (t.is("-") || t.is("and")) && last.is_some() && toks.get(j + 1).is_some_and(is_number_word)
        {
            j += 1;
            continue;
        } else {
            break;
        }
        last = Some(j);
        j += 1;
    }
    let last = last?;
    // A lone "one" is a pronoun far more often than a count ("one of them").
    if last == i && toks[i].is("one") {
        return None;
    }
    Some((total + current, last))
}

/// How each word `words_at` can read first starts, but "a" (a test checks the lists).
pub const NUMBER_WORD_STARTS: LetterPairs = LetterPairs::new(b"bidoeielfifohuminionsesitethtrtwze");

/// Whether a spelled-out number can start with `word`. Most words cannot, and
/// skip some forty comparisons.
pub fn may_start_number_words(word: &str) -> bool {
    word == "a" || NUMBER_WORD_STARTS.start(word)
}

fn is_number_word(t: &Token) -> bool {
    UNITS.contains(&t.lower.as_ref())
        || TENS.contains(&t.lower.as_ref())
        || SCALES.iter().any(|(w, _)| t.is(w))
}

fn quantity_at(toks: &[Token], i: usize) -> Option<(Quantity, usize)> {
    let (value, mut last) = number_at(toks, i)?;
    if looks_like_year_or_name(toks, i, last) {
        return None;
    }
    let mut first = i;
    let mut kind = QuantityKind::Number;
    let mut currency = None;
    let mut qualifier = None;

    // Currency symbol before: "£5.5m", "US$ 3".
    if first > 0 {
        if let Some(&(_, code)) = CURRENCY_SYMBOLS.iter().find(|(s, _)| toks[first - 1].text == *s) {
            kind = QuantityKind::Money;
            currency = Some(code);
            first -= 1;
            if first > 0 && toks[first - 1].text == "US" {
                first -= 1;
            }
        }
    }
    // Unit after.
    let (upper, range_last) = range_after(toks, last);
    if let Some(l) = range_last {
        last = l;
    }
    match toks.get(last + 1) {
        Some(t) if t.text == "%" || t.is("percent") => {
            kind = QuantityKind::Percent;
            last += 1;
        }
        Some(t) if t.is("per") && toks.get(last + 2).is_some_and(|c| c.is("cent")) => {
            kind = QuantityKind::Percent;
            last += 2;
        }
        Some(t) => {
            if let Some(&(_, code)) = CURRENCY_WORDS.iter().find(|(w, _)| t.is(w)) {
                kind = QuantityKind::Money;
                currency = Some(code);
                last += 1;
            }
        }
        None => {}
    }
    // "dozens of", "hundreds of": approximate by nature.
    if VAGUE_PLURALS.iter().any(|(w, _)| toks[i].is(w)) {
        qualifier = Some(Qualifier::Approximately);
    }
    // Qualifier before: "approximately", "more than", "between".
    let mut is_between = false;
    if first > 0 && toks[first - 1].is("between") && upper.is_some() {
        first -= 1;
        is_between = true;
    } else if first > 0 && toks[first - 1].is("from") && upper.is_some() {
        first -= 1;
    }
    if !is_between {
        for &(phrase, q) in QUALIFIERS {
            let n = phrase.split(' ').count();
            if first >= n && phrase.split(' ').enumerate().all(|(k, w)| toks[first - n + k].is(w)) {
                first -= n;
                qualifier = Some(q);
                break;
            }
        }
    }
    let normalised = normalise(kind, currency, value, upper, qualifier);
    let quantity =
        Quantity { span: cover(toks, first, last), kind, value, upper, qualifier, currency, normalised };
    Some((quantity, last))
}

/// "5 to 10", "5-10", "5–10", "between 5 and 10": the upper bound and the last token.
fn range_after(toks: &[Token], last: usize) -> (Option<f64>, Option<usize>) {
    let Some(joiner) = toks.get(last + 1) else { return (None, None) };
    let joins = joiner.is("to") || joiner.text == "-" || joiner.text == "–" || joiner.is("and");
    if !joins {
        return (None, None);
    }
    match number_at(toks, last + 2) {
        Some((upper, upper_last)) if !joiner.is("and") || preceded_by_between(toks, last) => {
            (Some(upper), Some(upper_last))
        }
        _ => (None, None),
    }
}

fn preceded_by_between(toks: &[Token], last: usize) -> bool {
    // The last four tokens up to `last`, in any order.
    toks[last.saturating_sub(3)..=last].iter().any(|t| t.is("between"))
}

/// "in 2023" is a year, "the 1922 Committee" a name, "21st" an ordinal.
fn looks_like_year_or_name(toks: &[Token], first: usize, last: usize) -> bool {
    let word = &toks[first].text;
    let is_year = first == last
        && word.len() == 4
        && (1800..=2199).contains(&super::dates::digits_value(word).unwrap_or(0));
    let currency_before = first > 0 && CURRENCY_SYMBOLS.iter().any(|(s, _)| toks[first - 1].text == *s);
    let starts_name = toks.get(last + 1).is_some_and(|t| t.is_capitalised() && t.is_word());
    // "COVID-19", "F-16": a number glued to a word by a hyphen names something.
    let ends_name = first >= 2 && toks[first - 1].text == "-" && toks[first - 2].is_capitalised();
    (is_year && !currency_before) || starts_name || ends_name
}

fn normalise(
    kind: QuantityKind,
    currency: Option<&str>,
    value: f64,
    upper: Option<f64>,
    qualifier: Option<Qualifier>,
) -> String {
    let mut out = String::new();
    match qualifier {
        Some(Qualifier::Approximately) => out.push_str("about "),
        Some(Qualifier::AtLeast) => out.push_str("at least "),
        Some(Qualifier::AtMost) => out.push_str("at most "),
        None => {}
    }
    if let Some(code) = currency {
        out.push_str(code);
        out.push(' ');
    }
    out.push_str(&plain(value));
    if let Some(upper) = upper {
        out.push('–');
        out.push_str(&plain(upper));
    }
    if kind == QuantityKind::Percent {
        out.push('%');
    }
    out
}

/// 5500000.0 → "5500000", 5.5 → "5.5" (at most four decimals). Integer
/// formatting only: float formatting would add about 15 KB to the wasm build.
fn plain(value: f64) -> String {
    let ten_thousandths = (value.abs() * 10_000.0).round();
    if !ten_thousandths.is_finite() || ten_thousandths >= 9e18 {
        return "a very large number".to_string();
    }
    let ten_thousandths = ten_thousandths as u64;
    let sign = if value < 0.0 && ten_thousandths > 0 { "-" } else { "" };
    let (whole, fraction) = (ten_thousandths / 10_000, ten_thousandths % 10_000);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:04}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_word_passes_the_quick_test() {
        let firsts = UNITS.iter().chain(TENS).chain(SCALES.iter().chain(VAGUE_PLURALS).map(|(w, _)| w));
        for word in firsts.chain(&["dozen", "a"]) {
            assert!(may_start_number_words(word), "{word}");
        }
        assert!(!may_start_number_words("attack") && !may_start_number_words("an"));
    }

    fn found(text: &str) -> Vec<(String, String)> {
        quantities(text, Span::new(0, text.len()))
            .into_iter()
            .map(|q| (q.span.slice(text).to_string(), q.normalised))
            .collect()
    }

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn money_with_symbols_and_glued_scales() {
        assert_eq!(
            found("The deal was worth £5.5m, or $56bn in total."),
            pairs(&[("£5.5m", "GBP 5500000"), ("$56bn", "USD 56000000000")])
        );
        assert_eq!(found("It cost 300 million euros."), pairs(&[("300 million euros", "EUR 300000000")]));
    }

    #[test]
    fn counts_in_digits_and_words() {
        assert_eq!(found("There were 1,991 delegates."), pairs(&[("1,991", "1991")]));
        assert_eq!(found("Six workers and a dozen guards."), pairs(&[("Six", "6"), ("a dozen", "12")]));
        assert_eq!(found("twenty-one people"), pairs(&[("twenty-one", "21")]));
        assert_eq!(found("two hundred and five seats"), pairs(&[("two hundred and five", "205")]));
    }

    #[test]
    fn percentages_ranges_and_approximations() {
        assert_eq!(found("Turnout rose 20% this time."), pairs(&[("20%", "20%")]));
        assert_eq!(found("It fell 3 per cent."), pairs(&[("3 per cent", "3%")]));
        assert_eq!(found("between 5 and 10 people"), pairs(&[("between 5 and 10", "5–10")]));
        assert_eq!(found("5-10 people"), pairs(&[("5-10", "5–10")]));
        assert_eq!(found("approximately 300 staff"), pairs(&[("approximately 300", "about 300")]));
        assert_eq!(found("more than 40 percent"), pairs(&[("more than 40 percent", "at least 40%")]));
        assert_eq!(found("dozens of homes")[0].1, "about 12");
    }

    #[test]
    fn decimals_are_read_and_written_exactly() {
        assert_eq!(parse_decimal("1,991"), Some(1991.0));
        assert_eq!(parse_decimal("5.25"), Some(5.25));
        assert_eq!(parse_decimal("5.5.5"), None);
        assert_eq!(parse_decimal("1,"), None);
        assert_eq!(plain(5.5), "5.5");
        assert_eq!(plain(0.125), "0.125");
        assert_eq!(plain(56e9), "56000000000");
        assert_eq!(plain(1e300), "a very large number");
    }

    #[test]
    fn years_names_pronouns_and_words_are_not_quantities() {
        assert!(found("In 2023 the law changed.").is_empty());
        assert!(found("a gathering of the 1922 Committee").is_empty());
        assert!(found("One of them left; no one stayed.").is_empty());
        assert!(found("Someone someday, the A4 road.").is_empty());
        assert!(found("COVID-19 spread; an F-16 flew over a 5m wall under Article 18b.").is_empty());
        assert!(found("").is_empty());
        assert!(found("£ $ % - to and between").is_empty());
    }
}
