//! The facts the source check compares, read from one sentence.
//!
//! **Stand-in.** This is a deliberately small, local reader so that the
//! source check could be built before the shared extractors (#4 entities
//! and roles, #6 numbers, dates, attributions) existed. Everything the
//! source check knows about a sentence comes through [`SentenceFacts::read`]
//! and [`quotations`]; to re-point the check at the shared extractors, fill
//! these same structs from `Extracted` and delete the readers below.
//!
//! What it reads, per sentence:
//! - quantities: digits and spelled-out numbers, with `%`/per cent, currency
//!   and scale words (`£5.5m` = `5.5 million pounds` = 5,500,000);
//! - dates: years, months, weekdays and relative words ("last year");
//! - names: capitalised words, grouped into runs ("Iain Duncan Smith");
//! - polarity: negation and modal words with the word they govern
//!   ("not arrested", "may resign");
//! - roles: a role phrase attached to a name, after it ("Loughton, a former
//!   education minister,") or before it ("security minister Tom Tugendhat");
//! - quotations, over the whole document (quotes cross sentences).

use crate::text::words::{words, WordList};
use crate::text::{Document, Span};

/// A word of a sentence with what the readers need to know about it.
#[derive(Debug, Clone)]
pub struct Token<'t> {
    pub span: Span,
    pub text: &'t str,
    /// Lower-cased, possessive and plural `s` removed: the comparison form.
    pub norm: &'t str,
    pub capitalised: bool,
    /// The text between the previous word (or the sentence start) and this one.
    pub gap_before: &'t str,
}

/// Every word of the document in comparison form, in `doc.words` order:
/// computed once per document, read by every reader below.
pub fn normalise_all(doc: &Document) -> Vec<String> {
    let mut out = Vec::with_capacity(doc.words.len());
    for &w in &doc.words {
        out.push(normalise_word(doc.slice(w)));
    }
    out
}

pub fn tokens<'t>(doc: &Document<'t>, sentence: usize, norms: &'t [String]) -> Vec<Token<'t>> {
    let Some(s) = doc.sentences.get(sentence) else { return Vec::new() };
    let mut previous_end = s.span.start();
    let mut out = Vec::with_capacity(s.words.len());
    for (k, &span) in doc.words[s.words.clone()].iter().enumerate() {
        let text = doc.slice(span);
        let gap_before = doc.text.get(previous_end..span.start()).unwrap_or("");
        previous_end = span.end();
        let capitalised = crate::text::case::starts_with_capital(text);
        let norm = norms.get(s.words.start + k).map_or("", String::as_str);
        out.push(Token { span, text, norm, capitalised, gap_before });
    }
    out
}

/// "Ministers’" → "minister", "Smith's" → "smith", "crisis" stays.
pub fn normalise_word(word: &str) -> String {
    let mut w = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        crate::text::case::lowercase(word).replace('’', "'")
    };
    if let Some(stem) = w.strip_suffix("'s").or_else(|| w.strip_suffix('\'')) {
        w = stem.to_string();
    }
    let plural = w.len() > 4
        && w.ends_with('s')
        && !["ss", "us", "is", "ous"].iter().any(|e| w.ends_with(e))
        && !w.bytes().any(|b| b.is_ascii_digit());
    if plural {
        w.pop();
    }
    w
}

/// A quantity the text states.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub percent: bool,
    pub span: Span,
}

impl Quantity {
    pub fn same(&self, other: &Quantity) -> bool {
        self.percent == other.percent && (self.value - other.value).abs() <= 1e-9 * self.value.abs().max(1.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    Year(i32),
    Month(u8),
    Weekday(u8),
    /// "yesterday", "last year": compared as words.
    Relative(&'static str),
}

impl DateKind {
    /// Dates of one class replace each other (a month for a month).
    pub fn class(&self) -> u8 {
        match self {
            DateKind::Year(_) => 0,
            DateKind::Month(_) => 1,
            DateKind::Weekday(_) => 2,
            DateKind::Relative(_) => 3,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DateMention {
    pub kind: DateKind,
    pub span: Span,
}

/// A run of capitalised words: "Iain Duncan Smith", "Conservative Party".
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    pub span: Span,
    /// Normalised words of the run, honorifics and leading titles removed.
    pub words: Vec<String>,
    /// Starts the sentence: "Reportedly" is capitalised but no name.
    pub sentence_initial: bool,
}

impl Name {
    /// The word a person is referred to by on second mention: the last.
    pub fn key(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }
}

/// A negation or modal word and the content word it governs.
#[derive(Debug, Clone, PartialEq)]
pub struct Polarity {
    /// `None` for a negation; the modal ("may", "will") otherwise.
    pub modal: Option<String>,
    pub head: String,
    /// The content word just before, if any within four words: the subject
    /// or the auxiliary's context ("police" in "police have not arrested").
    /// It ties the marker to one clause when the head word recurs.
    pub before: Option<String>,
    pub span: Span,
}

/// A role phrase attached to a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// The person's key (last word of the name, normalised).
    pub person: String,
    pub person_text: String,
    pub span: Span,
    /// Content words of the phrase ("education", "minister").
    pub words: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct SentenceFacts {
    pub numbers: Vec<Quantity>,
    pub dates: Vec<DateMention>,
    pub names: Vec<Name>,
    pub polarity: Vec<Polarity>,
    pub roles: Vec<Role>,
}

impl SentenceFacts {
    pub fn read(doc: &Document, sentence: usize, norms: &[String]) -> SentenceFacts {
        let tokens = tokens(doc, sentence, norms);
        let mut facts = SentenceFacts::default();
        read_numbers_and_dates(doc.text, &tokens, &mut facts);
        facts.names = names(&tokens);
        facts.polarity = polarity(&tokens);
        facts.roles = roles(&tokens, &facts.names);
        facts
    }
}

pub fn is_stopword(norm: &str) -> bool {
    // No stopword is longer than eight letters; most words are.
    norm.len() <= 8 && STOPWORDS.contains(norm)
}

// Sorted (`words!` checks): binary search.
const STOPWORDS: WordList = words![
    "a", "about", "after", "again", "against", "all", "also", "although", "among", "an", "and", "another",
    "any", "are", "around", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but",
    "by", "can", "could", "did", "do", "doe", "does", "during", "each", "either", "for", "from", "ha", "had",
    "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if", "in",
    "into", "is", "it", "its", "just", "may", "me", "might", "more", "most", "much", "must", "my", "neither",
    "no", "nor", "not", "of", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own",
    "same", "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "though", "through", "to", "too", "under", "until",
    "up", "upon", "us", "very", "wa", "was", "we", "were", "what", "when", "where", "whether", "which",
    "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
    "your",
];

const HONORIFICS: &[&str] = &["dame", "dr", "lady", "lord", "miss", "mr", "mrs", "ms", "sir"];

/// Words that make a phrase a role (a title or an office). Sorted.
const ROLE_NOUNS: WordList = words![
    "actor",
    "actress",
    "adviser",
    "advisor",
    "ambassador",
    "analyst",
    "attorney",
    "bishop",
    "boss",
    "candidate",
    "captain",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "councillor",
    "deputy",
    "director",
    "economist",
    "editor",
    "executive",
    "founder",
    "general",
    "governor",
    "head",
    "judge",
    "justice",
    "king",
    "lawmaker",
    "lawyer",
    "leader",
    "manager",
    "mayor",
    "member",
    "minister",
    "mp",
    "officer",
    "peer",
    "player",
    "premier",
    "president",
    "prime",
    "prince",
    "princess",
    "professor",
    "prosecutor",
    "queen",
    "representative",
    "researcher",
    "scientist",
    "secretary",
    "senator",
    "singer",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "treasurer",
    "writer",
];

pub fn is_role_noun(norm: &str) -> bool {
    ROLE_NOUNS.contains(norm)
}

/// Role words too generic to tell two roles apart.
fn is_generic_role_word(norm: &str) -> bool {
    is_stopword(norm) || matches!(norm, "former" | "current" | "then" | "party" | "ex" | "also" | "now")
}

const MONTH_ABBREVIATIONS: &[&str] =
    &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
use crate::extract::dates::{MONTHS, WEEKDAYS};

pub fn month(token: &Token) -> Option<u8> {
    if !token.capitalised {
        return None;
    }
    // The comparison form is lower-case already ("Jan" → "jan").
    let lower = token.norm;
    let found = MONTHS.iter().position(|m| *m == lower).or_else(|| {
        let short = lower.trim_end_matches('.');
        if short == "sept" {
            return Some(8);
        }
        MONTH_ABBREVIATIONS.iter().position(|m| *m == short)
    })?;
    Some(found as u8 + 1)
}

pub fn weekday(token: &Token) -> Option<u8> {
    // "Monday" and the plural "Mondays" (normalised to "monday" already).
    WEEKDAYS.iter().position(|d| *d == token.norm).map(|d| d as u8)
}

fn number_word(norm: &str) -> Option<(f64, bool)> {
    // (value, is_scale). "one" is left out: it is far more often a pronoun
    // ("one of the ...") than a count a rewrite would change.
    use crate::extract::numbers::{TENS, UNITS};
    if let Some(v) = UNITS.iter().skip(2).position(|u| *u == norm) {
        return Some(((v + 2) as f64, false));
    }
    if let Some(v) = TENS.iter().position(|t| *t == norm) {
        return Some(((v + 2) as f64 * 10.0, false));
    }
    match norm {
        "dozen" => Some((12.0, false)),
        // The scale words written out ("million", not "mn").
        _ if norm.len() > 2 => scale_word(norm).map(|s| (s, true)),
        _ => None,
    }
}

fn scale_word(norm: &str) -> Option<f64> {
    match norm {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mn" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

/// "1,234.5" → 1234.5; `None` for anything but digits, commas and one point.
/// Hand-rolled: `str::parse::<f64>` costs the wasm build some 20 KB, and
/// news figures need no exponents or rounding-exact parsing.
fn decimal(digits: &str) -> Option<f64> {
    let mut value = 0.0f64;
    let mut scale: Option<f64> = None;
    let mut any = false;
    for b in digits.bytes() {
        match b {
            b'0'..=b'9' => {
                any = true;
                let d = f64::from(b - b'0');
                match scale.as_mut() {
                    None => value = value * 10.0 + d,
                    Some(s) => {
                        *s /= 10.0;
                        value += d * *s;
                    }
                }
            }
            b',' if scale.is_none() => {}
            b'.' if scale.is_none() => scale = Some(1.0),
            _ => return None,
        }
    }
    any.then_some(value)
}

/// Does `text` start with an ASCII digit?
pub fn starts_with_digit(text: &str) -> bool {
    text.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// "1,234.5" → 1234.5 plus what follows the digits ("m", "th", "%").
fn split_numeral(word: &str) -> Option<(f64, &str, bool)> {
    // Byte loops, the characters looked for being ASCII: the `str` pattern
    // searches they replace were each a copy of their own in the wasm.
    let bytes = word.as_bytes();
    let mut digits_end = 0;
    while digits_end < bytes.len() && matches!(bytes[digits_end], b'0'..=b'9' | b',' | b'.') {
        digits_end += 1;
    }
    let suffix = &word[digits_end..];
    // Without the trailing points and commas ("1,200." ends a sentence).
    let mut end = digits_end;
    while end > 0 && matches!(bytes[end - 1], b',' | b'.') {
        end -= 1;
    }
    let digits = &word[..end];
    if !starts_with_digit(digits) {
        return None;
    }
    let has_comma = digits.contains(',');
    let value = decimal(digits)?;
    Some((value, suffix, has_comma))
}

fn read_numbers_and_dates(text: &str, tokens: &[Token], facts: &mut SentenceFacts) {
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let next = tokens.get(i + 1);
        let next_norm = next.map_or("", |t| t.norm);
        if let Some((value, suffix, has_comma)) = split_numeral(token.text) {
            let currency =
                matches!(token.gap_before.trim_end().chars().next_back(), Some('£' | '$' | '€' | '¥'));
            let mut value = value;
            let mut span = token.span;
            let mut scaled = false;
            let suffix_lower = crate::text::case::lowercase(suffix);
            // A scale word on the figure ("5bn"); after a currency sign, a
            // letter too ("£5.5m").
            let letter_scale = match suffix_lower.as_str() {
                "m" if currency => Some(1e6),
                "b" if currency => Some(1e9),
                "k" if currency => Some(1e3),
                _ => None,
            };
            if let Some(s) = scale_word(&suffix_lower).or(letter_scale) {
                value *= s;
                scaled = true;
            }
            if let Some(s) =
                scale_word(next_norm).filter(|_| next.is_some_and(|n| n.gap_before.trim().is_empty()))
            {
                value *= s;
                scaled = true;
                span = span.cover(next.map_or(span, |n| n.span));
                i += 1;
            }
            let after = text.get(span.end()..).unwrap_or("");
            // "22:00" is one figure, a time; "1200 UTC" is a time, no year.
            let mut time = false;
            if after.starts_with(':')
                && next.is_some_and(|n| n.gap_before == ":" && n.text.bytes().all(|b| b.is_ascii_digit()))
            {
                let minutes = next.and_then(|n| decimal(n.text)).unwrap_or(0.0);
                value = value * 100.0 + minutes;
                span = span.cover(next.map_or(span, |n| n.span));
                time = true;
                i += 1;
            }
            time |=
                matches!(tokens.get(i + 1).map(|t| t.norm), Some("utc" | "gmt" | "hour" | "hrs" | "local"));
            let percent = after.trim_start().starts_with('%')
                || matches!(tokens.get(i + 1).map(|t| t.norm), Some("percent"))
                || (tokens.get(i + 1).is_some_and(|t| t.norm == "per")
                    && tokens.get(i + 2).is_some_and(|t| t.norm == "cent"));
            let plain_integer = suffix.is_empty() && !has_comma && !scaled && !currency && !percent && !time;
            let year = plain_integer && value.fract() == 0.0 && (1000.0..=2100.0).contains(&value);
            if year && !token.text.contains('.') {
                facts.dates.push(DateMention { kind: DateKind::Year(value as i32), span });
            } else {
                facts.numbers.push(Quantity { value, percent, span });
            }
            i += 1;
            continue;
        }
        if let Some((first, _)) = number_word(token.norm).filter(|(_, scale)| !scale) {
            // A spelled-out number: "twenty five", "three hundred", "two million".
            let (mut total, mut current) = (0.0, first);
            let mut span = token.span;
            let mut j = i + 1;
            while let Some(t) = tokens.get(j) {
                if !t.gap_before.trim().chars().all(|c| c == '-') {
                    break;
                }
                match number_word(t.norm) {
                    Some((100.0, true)) => current *= 100.0,
                    Some((scale, true)) => {
                        total += current * scale;
                        current = 0.0;
                    }
                    Some((v, false)) => current += v,
                    None => break,
                }
                span = span.cover(t.span);
                j += 1;
            }
            let after = tokens.get(j);
            let percent = after.is_some_and(|t| t.norm == "percent")
                || (after.is_some_and(|t| t.norm == "per")
                    && tokens.get(j + 1).is_some_and(|t| t.norm == "cent"));
            facts.numbers.push(Quantity { value: total + current, percent, span });
            i = j;
            continue;
        }
        if let Some(m) = month(token) {
            // "May" opening a sentence is the modal more often than the month.
            let initial_may = token.norm == "may" && token.gap_before.trim().is_empty() && i == 0;
            if !initial_may || next.is_some_and(|n| starts_with_digit(n.text)) {
                facts.dates.push(DateMention { kind: DateKind::Month(m), span: token.span });
            }
        } else if let Some(d) = weekday(token) {
            facts.dates.push(DateMention { kind: DateKind::Weekday(d), span: token.span });
        } else if let Some(word) = relative_date(token, next) {
            let span = if word.contains(' ') {
                token.span.cover(next.map_or(token.span, |n| n.span))
            } else {
                token.span
            };
            facts.dates.push(DateMention { kind: DateKind::Relative(word), span });
            if word.contains(' ') {
                i += 1;
            }
        }
        i += 1;
    }
}

fn relative_date(token: &Token, next: Option<&Token>) -> Option<&'static str> {
    const SINGLE: &[&str] = &["yesterday", "today", "tomorrow", "tonight"];
    if let Some(w) = SINGLE.iter().find(|w| **w == token.norm) {
        return Some(w);
    }
    const PAIRS: &[&str] = &[
        "last week",
        "last month",
        "last year",
        "next week",
        "next month",
        "next year",
        "this week",
        "this month",
        "this year",
    ];
    if !matches!(token.norm, "last" | "next" | "this") {
        return None;
    }
    let next = next?;
    PAIRS.iter().find(|p| p.split_once(' ') == Some((token.norm, next.norm))).copied()
}

/// Is this capitalised word a name word (not a date, not "The")?
fn is_name_word(token: &Token) -> bool {
    token.capitalised
        && !is_stopword(token.norm)
        && month(token).is_none()
        && weekday(token).is_none()
        && !starts_with_digit(token.text)
}

/// Runs of capitalised words. "de"/"van"/"von" join a run ("Luke de Pulford");
/// honorifics and leading titles ("Sir", "Senator") are left out of the words.
fn names(tokens: &[Token]) -> Vec<Name> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_word(&tokens[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while end < tokens.len() && tokens[end].gap_before == " " {
            if is_name_word(&tokens[end]) {
                end += 1;
            } else if matches!(tokens[end].text, "de" | "van" | "von" | "der" | "da" | "di" | "al" | "bin")
                && tokens.get(end + 1).is_some_and(|t| t.gap_before == " " && is_name_word(t))
            {
                end += 2;
            } else {
                break;
            }
        }
        // The run's words without leading honorifics, then without leading
        // titles, which belong to the role, not the name: "Senator Amy
        // Klobuchar", "Senate Majority Leader Mitch McConnell" (up to the
        // last title, then modifiers and titles while a word is left).
        // Counted on the tokens, then copied once.
        let run = &tokens[start..end];
        let mut from = 0;
        while from < run.len() && HONORIFICS.contains(&run[from].norm) {
            from += 1;
        }
        if let Some(last_title) =
            (from..run.len().saturating_sub(1)).rev().find(|&k| is_role_noun(run[k].norm))
        {
            from = last_title + 1;
        }
        while run.len() - from > 1 && is_role_noun_or_modifier(run[from].norm) {
            from += 1;
        }
        let mut words: Vec<String> = Vec::with_capacity(run.len() - from);
        for t in &run[from..] {
            words.push(t.norm.to_string());
        }
        if !words.is_empty() {
            let sentence_initial = start == 0;
            out.push(Name { span: tokens[start].span.cover(tokens[end - 1].span), words, sentence_initial });
        }
        i = end;
    }
    out
}

fn is_role_noun_or_modifier(norm: &str) -> bool {
    is_role_noun(norm)
        || matches!(norm, "vice" | "foreign" | "home" | "defence" | "defense" | "state" | "acting")
}

const NEGATIONS: &[&str] = &["not", "never", "no", "cannot", "neither", "nor", "nobody", "nothing", "none"];

/// "not", "never", "didn't", "won’t".
/// `word` in comparison form (lower-case, ’ as ').
pub fn is_negation(word: &str) -> bool {
    NEGATIONS.contains(&word) || word.ends_with("n't")
}

/// Negation and modal words with the content word they govern, within three words.
fn polarity(tokens: &[Token]) -> Vec<Polarity> {
    const MODALS: &[&str] = &["may", "might", "could", "can", "will", "would", "shall", "should", "must"];
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let lower = token.norm;
        let contracted = lower.strip_suffix("n't");
        let (negation, modal) = if NEGATIONS.contains(&lower) {
            (true, None)
        } else if let Some(aux) = contracted {
            // "won't" → will + not; "can't" → can + not; "didn't" → not.
            let aux = match aux {
                "wo" => "will",
                "ca" => "can",
                "sha" => "shall",
                other => other,
            };
            (true, MODALS.contains(&aux).then(|| aux.to_string()))
        } else if MODALS.contains(&lower) && !(token.capitalised && month(token).is_some() && i > 0) {
            (false, Some(lower.to_string()))
        } else {
            continue;
        };
        let head = tokens[i + 1..]
            .iter()
            .take(4)
            .find(|t| !is_stopword(t.norm) && !t.norm.ends_with("n't") && t.norm != "been" && t.norm != "be")
            .map(|t| t.norm.to_string());
        let Some(head) = head else { continue };
        let before = tokens[i.saturating_sub(4)..i]
            .iter()
            .rev()
            .find(|t| !is_stopword(t.norm))
            .map(|t| t.norm.to_string());
        if negation {
            out.push(Polarity { modal: None, head: head.clone(), before: before.clone(), span: token.span });
        }
        if let Some(modal) = modal {
            out.push(Polarity { modal: Some(modal), head, before, span: token.span });
        }
    }
    out
}

/// Role phrases attached to names: an appositive after the name ("Tim
/// Loughton, a former education minister,"), the words right before it
/// ("security minister Tom Tugendhat", "the foreign secretary, David
/// Cameron"), or titles inside the capitalised run ("Senator Amy Klobuchar").
fn roles(tokens: &[Token], names: &[Name]) -> Vec<Role> {
    let mut out = Vec::new();
    for name in names {
        let Some(first) = tokens.iter().position(|t| t.span.start() == name.span.start()) else { continue };
        let Some(last) = tokens.iter().position(|t| t.span.end() == name.span.end()) else { continue };
        let person = name.key().to_string();
        if person.is_empty() || is_role_noun(&person) {
            continue;
        }
        // Titles inside the run: the tokens before the first name word.
        let title_words = (last + 1 - first).saturating_sub(name_length_in_tokens(name));
        let mut person_text = String::new();
        for t in &tokens[first + title_words..=last] {
            if !person_text.is_empty() {
                person_text.push(' ');
            }
            person_text.push_str(t.text);
        }
        let mut push = |from: usize, to: usize| {
            if from >= to {
                return;
            }
            let mut words: Vec<String> = Vec::new();
            for t in &tokens[from..to] {
                if !is_generic_role_word(t.norm) {
                    words.push(t.norm.to_string());
                }
            }
            if words.iter().any(|w| is_role_noun(w)) {
                let span = tokens[from].span.cover(tokens[to - 1].span);
                out.push(Role { person: person.clone(), person_text: person_text.clone(), span, words });
            }
        };
        // The first and last title words inside the run (honorifics aside).
        let mut inner_titles: Option<(usize, usize)> = None;
        for (offset, t) in tokens[first..first + title_words].iter().enumerate() {
            if !HONORIFICS.contains(&t.norm) {
                let k = first + offset;
                inner_titles = Some((inner_titles.map_or(k, |(a, _)| a), k));
            }
        }
        if let Some((a, b)) = inner_titles {
            push(a, b + 1);
        }
        // After the name: ", a former education minister," up to the next clause break.
        if let Some(next) = tokens.get(last + 1) {
            if next.gap_before.trim() == "," {
                let mut end = last + 1;
                while end < tokens.len() && end - (last + 1) < 12 {
                    let t = &tokens[end];
                    if end > last + 1 && t.gap_before.trim().chars().any(|c| ",;:.()–—\"“”".contains(c))
                    {
                        break;
                    }
                    if matches!(t.norm, "who" | "which" | "along" | "said" | "says" | "told") {
                        break;
                    }
                    // "a former minister and Conservative MP" goes on; "... and Tim Loughton" is the next person.
                    let next_is_name = |k: usize| tokens.get(k).is_some_and(|t| is_name_word(t));
                    if t.norm == "and" && next_is_name(end + 1) && next_is_name(end + 2) {
                        break;
                    }
                    end += 1;
                }
                push(last + 1, end);
            }
        }
        // Before the name: "Tory MP Alicia Kearns", "the Deputy Prime Minister, Oliver Dowden".
        if inner_titles.is_none() && first > 0 && matches!(tokens[first].gap_before.trim(), "" | ",") {
            // Walk back over titles, capitalised words (the organisation:
            // "Humane Society executive director") and one plain modifier
            // right before a title ("security minister"); a verb stops it.
            let mut start = first;
            while start > 0 && first - start < 6 {
                let t = &tokens[start - 1];
                let joined = start == first || tokens[start].gap_before.trim().is_empty();
                let before_title = start < first && is_role_noun(tokens[start].norm);
                let fits = is_role_noun_or_modifier(t.norm)
                    || (t.capitalised && !is_stopword(t.norm))
                    || (before_title && !is_stopword(t.norm));
                if !joined || !fits {
                    break;
                }
                start -= 1;
            }
            if start < first && is_role_noun(tokens[first - 1].norm) {
                push(start, first);
            }
        }
    }
    out
}

/// How many tokens the name's own words span (the run minus titles and honorifics).
fn name_length_in_tokens(name: &Name) -> usize {
    name.words.len()
}

/// A quotation of the document: the words inside a pair of quotation marks
/// within one paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Quotation {
    /// The quoted words, without the marks.
    pub span: Span,
}

pub fn quotations(doc: &Document) -> Vec<Quotation> {
    let mut out = Vec::new();
    for paragraph in &doc.paragraphs {
        let text = doc.slice(paragraph.span);
        let mut open: Option<(usize, char)> = None;
        for (at, ch) in text.char_indices() {
            let absolute = paragraph.span.start() + at;
            match (open, ch) {
                (None, '“' | '"' | '«') => open = Some((absolute + ch.len_utf8(), ch)),
                (Some((start, opener)), '”' | '"' | '»') if opener != '«' || ch == '»' => {
                    out.push(Quotation { span: Span::new(start, absolute) });
                    open = None;
                }
                (Some(_), '“') => open = Some((absolute + ch.len_utf8(), ch)),
                _ => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(text: &str) -> SentenceFacts {
        let doc = Document::new(text);
        SentenceFacts::read(&doc, 0, &normalise_all(&doc))
    }

    fn values(text: &str) -> Vec<(f64, bool)> {
        facts(text).numbers.iter().map(|q| (q.value, q.percent)).collect()
    }

    #[test]
    fn numbers_are_normalised_across_spellings() {
        assert_eq!(values("The council spent £5.5m on roads."), [(5_500_000.0, false)]);
        assert_eq!(values("The council spent 5.5 million pounds on roads."), [(5_500_000.0, false)]);
        assert_eq!(values("Turnout was 25.7% and 9 per cent voted early."), [(25.7, true), (9.0, true)]);
        assert_eq!(values("Twenty-five people and 1,200 sheep."), [(25.0, false), (1200.0, false)]);
        assert_eq!(values("three hundred and two million"), [(300.0, false), (2e6, false)]);
        // Negative: "one" as a pronoun and ordinary words are not numbers; years are dates.
        assert_eq!(values("One of them said so in 2016."), []);
        assert_eq!(values("At 22:00 local time (2100 UTC)."), [(2200.0, false), (2100.0, false)]);
    }

    #[test]
    fn decimals_parse_without_the_float_parser() {
        assert_eq!(decimal("1,234.5"), Some(1234.5));
        assert_eq!(decimal("007"), Some(7.0));
        assert_eq!(decimal("25.75"), Some(25.75));
        assert_eq!(decimal("1.2.3"), None);
        assert_eq!(decimal(""), None);
    }

    #[test]
    fn dates_by_class() {
        let kinds: Vec<DateKind> =
            facts("On Monday, in June 2023, as last year.").dates.iter().map(|d| d.kind).collect();
        assert_eq!(
            kinds,
            [DateKind::Weekday(0), DateKind::Month(6), DateKind::Year(2023), DateKind::Relative("last year")]
        );
        // Negative: the modal "may" and a lower-case "march" are no dates.
        assert!(facts("They may march on the capital.").dates.is_empty());
    }

    #[test]
    fn names_drop_honorifics_and_titles() {
        let names: Vec<Vec<String>> =
            facts("Sir Iain Duncan Smith met Senator Amy Klobuchar and Luke de Pulford.")
                .names
                .into_iter()
                .map(|n| n.words)
                .collect();
        assert_eq!(
            names,
            [vec!["iain", "duncan", "smith"], vec!["amy", "klobuchar"], vec!["luke", "de", "pulford"]]
        );
    }

    #[test]
    fn polarity_finds_the_governed_word() {
        let p = facts("Police have not arrested anyone and won't comment.").polarity;
        assert_eq!(
            p[0],
            Polarity { modal: None, head: "arrested".into(), before: Some("police".into()), span: p[0].span }
        );
        assert_eq!(p.iter().filter(|p| p.modal.as_deref() == Some("will")).count(), 1);
        assert!(facts("Police arrested a man.").polarity.is_empty());
    }

    #[test]
    fn roles_after_before_and_inside_names() {
        let f = facts(
            "Sir Iain Duncan Smith, a former Conservative leader, and Tim Loughton, a former education minister, \
             met security minister Tom Tugendhat and the Deputy Prime Minister, Oliver Dowden.",
        );
        let roles: Vec<(String, Vec<String>)> = f.roles.into_iter().map(|r| (r.person, r.words)).collect();
        assert_eq!(
            roles,
            [
                ("smith".to_string(), vec!["conservative".to_string(), "leader".to_string()]),
                ("loughton".into(), vec!["education".into(), "minister".into()]),
                ("tugendhat".into(), vec!["security".into(), "minister".into()]),
                ("dowden".into(), vec!["deputy".into(), "prime".into(), "minister".into()]),
            ]
        );
        // Negative: an appositive with no role noun is no role.
        assert!(facts("Ipac, which monitors Beijing, met Smith, a man of few words.").roles.is_empty());
    }

    #[test]
    fn quotations_pair_marks_within_a_paragraph() {
        let doc = Document::new("He said \"we will win\" and “so will they”.\n\nAn \"unclosed quote.");
        let quotes: Vec<&str> = quotations(&doc).iter().map(|q| doc.slice(q.span)).collect();
        assert_eq!(quotes, ["we will win", "so will they"]);
    }
}
