//! Acronyms: where the text spells one out, and where it uses one.
//!
//! Definitions: "Inter-Parliamentary Alliance on China (Ipac)" (the initials
//! of the words before the bracket, small words skipped, spell the acronym)
//! and "ISC, the Intelligence and Security Committee" / "ISC (the
//! Intelligence and Security Committee)". Uses: every all-capitals word of
//! two to six letters ("ISC", "MPs" as MP), and every defined mixed-case
//! acronym ("Ipac").

use super::{is_plain_gap, Token, Tokens};
use crate::text::case::{lower, lower_chars, lowercase};
use crate::text::{Document, Span};

/// "Expansion (ACR)" or "ACR, the Expansion".
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    pub acronym: String,
    pub expansion: String,
    pub acronym_span: Span,
    pub expansion_span: Span,
    /// Both together: the passage to show.
    pub span: Span,
}

/// One occurrence of an acronym in the text (definitions included).
#[derive(Debug, Clone, PartialEq)]
pub struct Use {
    pub acronym: String,
    pub span: Span,
}

/// Small words an acronym skips: "Alliance *on* China", "Intelligence *and* Security".
fn is_minor_word(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "and" | "on" | "the" | "for" | "in" | "to" | "&" | "de" | "la" | "du" | "des" | "a" | "at"
    )
}

fn is_roman_numeral(word: &str) -> bool {
    word.len() <= 4 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// The acronym a token spells, if it looks like one: all capitals, 2 to 6
/// letters, with a plural or possessive "s" set aside ("MPs", "ISC's").
pub fn acronym_form(token: &str) -> Option<&str> {
    let base = token.strip_suffix("'s").or_else(|| token.strip_suffix("’s")).unwrap_or(token);
    // Bytes, not characters: only ASCII capitals pass, so a word of them
    // has as many letters as bytes.
    let base = match base.strip_suffix('s') {
        Some(rest) if rest.len() >= 2 && all_ascii_capitals(rest) => rest,
        _ => base,
    };
    let shaped = (2..=6).contains(&base.len()) && all_ascii_capitals(base);
    (shaped && !is_roman_numeral(base)).then_some(base)
}

fn all_ascii_capitals(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_uppercase())
}

/// A token that may be an acronym being defined: all capitals, or a
/// capitalised word of 2 to 8 letters ("Ipac").
fn definable(token: &Token) -> bool {
    let len = token.text.chars().count();
    token.is_capitalised() && (2..=8).contains(&len) && token.text.chars().all(|c| c.is_alphanumeric())
}

fn initials(acronym: &str) -> Vec<char> {
    // A loop, not a `flat_map` collected: smaller in the wasm download.
    let mut letters = Vec::with_capacity(acronym.len());
    for c in acronym.chars().filter(|c| c.is_alphabetic()) {
        for letter in lower_chars(c) {
            letters.push(letter);
        }
    }
    letters
}

fn first_letter(token: &Token) -> Option<char> {
    token.text.chars().next().map(lower)
}

/// Every definition, in text order.
pub fn definitions(doc: &Document, tokens: &Tokens) -> Vec<Definition> {
    let mut out = Vec::new();
    for sentence in tokens.sentences() {
        definitions_in(doc, &sentence, &mut out);
    }
    out
}

/// Appends the definitions in one sentence (its tokens) to `out`.
pub fn definitions_in(doc: &Document, sentence: &[Token], out: &mut Vec<Definition>) {
    for (i, token) in sentence.iter().enumerate() {
        if !definable(token) {
            continue;
        }
        // Only a word in brackets or before a comma or dash can be defined: most
        // capitalised words are neither, and their initials are not needed.
        let letters = || initials(token.text);
        let opens = token.gap_before.trim_start_matches(' ').ends_with('(')
            && token.gap_before.trim_end_matches('(').trim().is_empty();
        let closes = token.gap_after.starts_with(')');
        if opens && closes && i > 0 {
            if let Some(start) = match_backwards(sentence, i, &letters()) {
                let expansion_span = Span::new(sentence[start].span.start(), sentence[i - 1].span.end());
                out.push(definition(doc, token, expansion_span));
                continue;
            }
        }
        let introduces = matches!(token.gap_after, ", " | " (" | " – " | " — ");
        if introduces && token.is_all_caps() {
            if let Some(end) = match_forwards(sentence, i, &letters()) {
                let expansion_span = Span::new(sentence[i + 1].span.start(), sentence[end].span.end());
                let expansion_span = strip_article(doc, expansion_span);
                out.push(definition(doc, token, expansion_span));
            }
        }
    }
}

fn definition(doc: &Document, acronym: &Token, expansion_span: Span) -> Definition {
    let expansion_span = strip_article(doc, expansion_span);
    Definition {
        acronym: acronym.text.to_string(),
        expansion: super::collapse_spaces(doc.slice(expansion_span)),
        acronym_span: acronym.span,
        expansion_span,
        // "Alliance on China (Ipac)": the closing bracket belongs to the passage.
        span: expansion_span.cover(Span::new(
            acronym.span.start(),
            acronym.span.end()
                + usize::from(
                    acronym.gap_after.starts_with(')') && expansion_span.start() < acronym.span.start(),
                ),
        )),
    }
}

fn strip_article(doc: &Document, span: Span) -> Span {
    let text = doc.slice(span);
    for article in ["the ", "The "] {
        if text.starts_with(article) {
            return Span::new(span.start() + article.len(), span.end());
        }
    }
    span
}

/// Index of the first expansion word before token `at` whose initials spell `letters`.
fn match_backwards(sentence: &[Token], at: usize, letters: &[char]) -> Option<usize> {
    let mut remaining = letters.len();
    let mut start = None;
    let mut j = at;
    while remaining > 0 {
        j = j.checked_sub(1)?;
        let token = &sentence[j];
        if j + 1 < at && !is_plain_gap(token.gap_after) {
            return None;
        }
        if first_letter(token) == Some(letters[remaining - 1]) {
            remaining -= 1;
            start = Some(j);
        } else if !is_minor_word(&token.lower) {
            return None;
        }
    }
    start
}

/// Index of the last capitalised expansion word after token `at` whose initials spell `letters`.
fn match_forwards(sentence: &[Token], at: usize, letters: &[char]) -> Option<usize> {
    let mut matched = 0;
    let mut j = at + 1;
    if sentence.get(j)?.text.eq_ignore_ascii_case("the") {
        j += 1;
    }
    let mut end = None;
    while matched < letters.len() {
        let token = sentence.get(j)?;
        if j > at + 1 && !is_plain_gap(sentence[j - 1].gap_after) {
            return None;
        }
        if token.is_capitalised() && first_letter(token) == Some(letters[matched]) {
            matched += 1;
            end = Some(j);
        } else if !is_minor_word(&token.lower) || matched == 0 {
            return None;
        }
        j += 1;
    }
    end
}

/// Every use of an acronym-looking word or of a defined acronym, in text
/// order. Sentences written mostly in capitals (headlines) are skipped.
pub fn uses(tokens: &Tokens, definitions: &[Definition]) -> Vec<Use> {
    let finder = UseFinder::new(tokens, definitions);
    let mut out = Vec::new();
    for sentence in tokens.sentences() {
        finder.find_in(&sentence, &mut out);
    }
    out
}

/// Finds acronym uses one sentence at a time, once every definition is known
/// (a text may use an acronym before it defines it).
pub struct UseFinder<'a> {
    /// "THE", "ONE", "GREAT": a word the text also writes in lower case is
    /// shouted, not an acronym.
    lower_case_words: &'a rustc_hash::FxHashSet<&'a str>,
    /// Every defined acronym, found by hash: a text can define hundreds.
    defined: rustc_hash::FxHashSet<&'a str>,
}

/// The acronyms `definitions` define. A set, not a map to the definitions:
/// a use needs only the acronym, which is its own key, and the set's type
/// is in the wasm already (a map of a new type would add a kilobyte).
pub fn defined_acronyms(definitions: &[Definition]) -> rustc_hash::FxHashSet<&str> {
    let mut defined = rustc_hash::FxHashSet::default();
    for definition in definitions {
        defined.insert(definition.acronym.as_str());
    }
    defined
}

impl<'a> UseFinder<'a> {
    pub fn new(tokens: &'a Tokens, definitions: &'a [Definition]) -> Self {
        UseFinder { lower_case_words: &tokens.lower_case_words, defined: defined_acronyms(definitions) }
    }

    /// Appends the uses in one sentence (its tokens) to `out`.
    pub fn find_in(&self, sentence: &[Token], out: &mut Vec<Use>) {
        let caps = sentence.iter().filter(|t| t.is_all_caps()).count();
        if sentence.len() >= 3 && caps * 2 > sentence.len() {
            return;
        }
        // Defined acronyms and acronym forms all start with a capital.
        for token in sentence.iter().filter(|t| t.is_capitalised()) {
            // "AR-15", "PG&E", "C-MORE": capitals inside a compound name are not an acronym to spell out.
            let compound = token.gap_before.ends_with(['-', '&']) || token.gap_after.starts_with(['-', '&']);
            let possessive = token.text.strip_suffix("'s").or_else(|| token.text.strip_suffix("’s"));
            let defined = match self.defined.contains(token.text) {
                true => Some(token.text),
                false => possessive.filter(|a| self.defined.contains(*a)),
            };
            let acronym = match defined {
                Some(a) => a,
                None => match acronym_form(token.text) {
                    Some(a) if !compound && !self.lower_case_words.contains(lowercase(a).as_str()) => a,
                    _ => continue,
                },
            };
            out.push(Use {
                acronym: acronym.to_string(),
                span: Span::new(token.span.start(), token.span.start() + acronym.len()),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defined(text: &str) -> Vec<(String, String)> {
        let doc = Document::new(text);
        definitions(&doc, &Tokens::new(&doc)).into_iter().map(|d| (d.acronym, d.expansion)).collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn expansion_then_bracket() {
        assert_eq!(
            defined("They are in the Inter-Parliamentary Alliance on China (Ipac), a group."),
            [pair("Ipac", "Inter-Parliamentary Alliance on China")]
        );
        assert_eq!(
            defined("A report by the Intelligence and Security Committee (ISC) said so."),
            [pair("ISC", "Intelligence and Security Committee")]
        );
        assert_eq!(defined("Many non-governmental organisations (NGOs) agree."), []);
        assert_eq!(
            defined("A non-governmental organisation (NGO) agrees."),
            [pair("NGO", "non-governmental organisation")]
        );
    }

    #[test]
    fn acronym_then_expansion() {
        assert_eq!(
            defined("ISC, the Intelligence and Security Committee, said so."),
            [pair("ISC", "Intelligence and Security Committee")]
        );
    }

    #[test]
    fn brackets_that_are_not_definitions() {
        assert!(defined("Ted Cruz (R) spoke to the Senate (twice).").is_empty());
        assert!(defined("The company (Acme) grew.").is_empty());
        assert!(defined("ISC, the report said, was late.").is_empty());
    }

    #[test]
    fn uses_skip_numerals_and_headlines_and_fold_plurals() {
        let text = "King Charles III met MPs and the ISC's chair. BREAKING NEWS FROM THE UK TODAY.";
        let doc = Document::new(text);
        let found: Vec<String> = uses(&Tokens::new(&doc), &[]).into_iter().map(|u| u.acronym).collect();
        assert_eq!(found, ["MP", "ISC"]);
        let text = "He bought an AR-15 from PG&E staff at C-MORE.";
        let doc = Document::new(text);
        assert!(uses(&Tokens::new(&doc), &[]).is_empty());
    }
}
