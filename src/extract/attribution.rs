//! Attribution: who says what. Reporting verbs ("said", "told", "according
//! to", "denied" …) with the source they name, quoted passages, and vague
//! sourcing ("it has been reported that", "is thought to be", "sources say").
//!
//! The source of a verb is its subject: the words back to the previous clause
//! boundary, skipping auxiliaries and an appositive ("Luke de Pulford, the
//! executive director of Ipac, mentioned"), or the words after the verb in an
//! inverted quote tag (", said the minister") and after "according to" or a
//! passive "by". A source is *named* when it holds a proper noun.

use super::entities::sort_by_position;
use super::tokens::{cover, tokens, PhraseList, Token};
use crate::text::words::{words, LetterPairs, WordList};
use crate::text::Span;
use serde::Serialize;

/// Past and present forms of verbs that attribute a statement.
const REPORTING_VERBS: WordList = words![
    "acknowledged",
    "acknowledges",
    "added",
    "adding",
    "admits",
    "admitted",
    "alleged",
    "alleges",
    "announced",
    "announces",
    "apologised",
    "apologized",
    "argued",
    "argues",
    "asked",
    "asking",
    "asserted",
    "called",
    "calling",
    "claimed",
    "claims",
    "commended",
    "commented",
    "concluded",
    "confirmed",
    "confirms",
    "continued",
    "criticised",
    "criticized",
    "declared",
    "denied",
    "denies",
    "deny",
    "described",
    "describes",
    "describing",
    "elaborated",
    "estimated",
    "estimates",
    "explained",
    "expressed",
    "insisted",
    "insists",
    "mentioned",
    "mentions",
    "noted",
    "notes",
    "noting",
    "posted",
    "praised",
    "quoted",
    "read",
    "reads",
    "recalled",
    "remarked",
    "replied",
    "reported",
    "reports",
    "responded",
    "revealed",
    "reveals",
    "said",
    "say",
    "saying",
    "says",
    "stated",
    "states",
    "stating",
    "stressed",
    "suggested",
    "suggests",
    "telling",
    "tells",
    "testified",
    "told",
    "tweeted",
    "urged",
    "urging",
    "warned",
    "warns",
    "writes",
    "writing",
    "wrote",
];
/// Every token is looked up in `REPORTING_VERBS`: most are turned away by their first two letters.
const REPORTING_VERB_PAIRS: LetterPairs = REPORTING_VERBS.first_pairs();
/// Reporting verbs that are more often nouns: only verbs right after a subject word.
const NOUN_LIKE_VERBS: &[&str] = &[
    "reports",
    "states",
    "claims",
    "notes",
    "estimates",
    "says",
    "say",
    "deny",
    "posted",
    "called",
    "continued",
    "reads",
    "read",
];
/// Words between a subject and its verb: "has been reported", "also said".
const AUXILIARIES: WordList = words![
    "already",
    "also",
    "are",
    "be",
    "been",
    "did",
    "do",
    "does",
    "earlier",
    "firmly",
    "had",
    "has",
    "have",
    "is",
    "later",
    "never",
    "not",
    "once",
    "openly",
    "previously",
    "privately",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "strongly",
    "then",
    "today",
    "was",
    "were",
    "yesterday",
];
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they"];
/// Subjects that name nobody: "officials said", "sources say".
const UNNAMED_SOURCES: &[&str] = &[
    "sources",
    "source",
    "officials",
    "official",
    "insiders",
    "insider",
    "reports",
    "report",
    "experts",
    "critics",
    "observers",
    "people",
    "some",
    "many",
    "others",
    "analysts",
    "witnesses",
    "residents",
    "it",
];
/// Words that end a subject when walking back from the verb.
const BOUNDARIES: &[&str] =
    &[",", ";", ":", "that", "“", "”", "\"", "(", ")", "—", "–", "but", "while", "as"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SourceKind {
    /// Holds a proper noun: "The Sunday Times", "Luke de Pulford", "a study by the ISC".
    Named,
    /// "he", "she", "they".
    Pronoun,
    /// "officials", "a source", "it" (impersonal): a source that names no one.
    Unnamed,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attribution {
    /// The source and the verb together, for highlighting.
    #[serde(skip)]
    pub span: Span,
    #[serde(skip)]
    pub verb: Span,
    #[serde(skip)]
    pub source: Option<Span>,
    pub source_kind: Option<SourceKind>,
}

/// Every reporting verb in `span` with its source, in text order.
pub fn attributions(text: &str, span: Span) -> Vec<Attribution> {
    attributions_in(&tokens(text, span))
}

/// Every reporting verb among `toks` (one sentence's tokens) with its source.
pub fn attributions_in(toks: &[Token]) -> Vec<Attribution> {
    let mut found = Vec::new();
    // "according to": two words, compared in place (no phrase search to compile in).
    for at in 0..toks.len().saturating_sub(1) {
        if !(toks[at].is("according") && toks[at + 1].is("to")) {
            continue;
        }
        let source = noun_phrase_after(toks, at + 2);
        let end = source.map_or(at + 1, |(_, last)| last);
        found.push(attribution(toks, (at, end), cover(toks, at, at + 1), source));
    }
    for v in 0..toks.len() {
        let verb = &toks[v];
        if REPORTING_VERB_PAIRS.rule_out(&verb.lower)
            || !verb.is_in(REPORTING_VERBS)
            || verb.is_capitalised() && v > 0
        {
            continue;
        }
        let after_determiner =
            v > 0 && (is_function_word(&toks[v - 1]) || toks[v - 1].is_any(&["of", "new", "and"]));
        let source = source_of(toks, v);
        if toks[v].is_any(NOUN_LIKE_VERBS) && (source.is_none() || after_determiner) {
            continue;
        }
        let (first, last) = match source {
            Some((first, _)) if first < v => (first, v),
            Some((_, last)) => (v, last),
            None => (v, v),
        };
        found.push(attribution(toks, (first, last), toks[v].span, source));
    }
    // The crate's one shared sort: each sort on a new type adds a sort routine to the wasm build.
    sort_by_position(&mut found, |a| (a.span.start(), a.span.end()));
    found
}

/// The attribution over tokens `first..=last`, its verb at `verb`, its
/// source (first and last token) classified: one copy of the code for the
/// two kinds of attribution.
fn attribution(
    toks: &[Token],
    (first, last): (usize, usize),
    verb: Span,
    source: Option<(usize, usize)>,
) -> Attribution {
    Attribution {
        span: cover(toks, first, last),
        verb,
        source: source.map(|(f, l)| cover(toks, f, l)),
        source_kind: source.map(|(f, l)| classify(toks, f, l)),
    }
}

/// The subject of the verb at `v` (first and last token), before or after it.
fn source_of(toks: &[Token], v: usize) -> Option<(usize, usize)> {
    // Passive with an agent: "was reported by the BBC".
    if v > 0
        && toks[v - 1].is_any(&["was", "were", "been", "is", "are"])
        && toks.get(v + 1).is_some_and(|t| t.is("by"))
    {
        return noun_phrase_after(toks, v + 2);
    }
    // Inverted tag after a quote or comma: "…,” said the minister." / ", says Smith".
    let after_quote = v > 0 && toks[v - 1].is_any(&[",", "”", "\"", "’"]);
    let tag_subject =
        |t: &Token| t.is_capitalised() || t.is_any(&["the", "a", "an", "his", "her", "their", "its"]);
    if after_quote && toks.get(v + 1).is_some_and(|t| t.is_word() && tag_subject(t)) {
        return noun_phrase_after(toks, v + 1);
    }
    // Subject before the verb, past auxiliaries.
    let mut end = v;
    while end > 0 && toks[end - 1].is_in(AUXILIARIES) {
        end -= 1;
    }
    if end == 0 {
        return None;
    }
    let mut last = end - 1;
    // An appositive between subject and verb: "X, the director of Y, said".
    if toks[last].text == "," {
        // The comma that opens it, at most 14 tokens back (a loop: less code than `rev().take().find()`).
        let mut opening = last;
        loop {
            if opening == 0 || last - opening == 14 {
                return None;
            }
            opening -= 1;
            if toks[opening].text == "," {
                break;
            }
        }
        if opening == 0 {
            return None;
        }
        last = opening - 1;
    }
    // "who denies": the subject is the name before ", who".
    if toks[last].is("who") && last >= 2 && toks[last - 1].text == "," {
        last -= 2;
    }
    if toks[last].is_any(BOUNDARIES) || !toks[last].is_word() {
        return None;
    }
    let mut first = last;
    while first > 0 && !toks[first - 1].is_any(BOUNDARIES) && last - first < 10 {
        first -= 1;
    }
    Some((first, last))
}

/// The noun phrase from `from` up to the next punctuation or clause word.
fn noun_phrase_after(toks: &[Token], from: usize) -> Option<(usize, usize)> {
    let mut last = None;
    for (k, t) in toks.iter().enumerate().skip(from).take(10) {
        if !t.is_word()
            || t.is_any(&[
                "that", "who", "which", "and", "on", "in", "at", "when", "to", "as", "after", "before",
                "during",
            ]) && last.is_some()
        {
            break;
        }
        last = Some(k);
    }
    last.map(|l| (from, l))
}

fn classify(toks: &[Token], first: usize, last: usize) -> SourceKind {
    let words = &toks[first..=last];
    if words.len() == 1 && words[0].is_any(SUBJECT_PRONOUNS) {
        return SourceKind::Pronoun;
    }
    // A capital that is not just the sentence's first letter marks a name.
    let has_proper_noun = words.iter().enumerate().any(|(k, t)| {
        t.is_capitalised() && !(first + k == 0 && (t.is_any(UNNAMED_SOURCES) || is_function_word(t)))
    });
    if has_proper_noun && !(words.len() == 1 && words[0].is("it")) {
        SourceKind::Named
    } else {
        SourceKind::Unnamed
    }
}

fn is_function_word(t: &Token) -> bool {
    t.is_any(&[
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "one",
    ])
}

/// Passages between paired quotation marks (“…” or "…") in `span`, marks included.
pub fn quotes(text: &str, span: Span) -> Vec<Span> {
    let Some(passage) = text.get(span.range()) else { return Vec::new() };
    let mut found = Vec::new();
    let mut open: Option<usize> = None;
    let mut straight_open: Option<usize> = None;
    // Every mark is `"` or starts with byte C2 («, ») or E2 (“, ”, „): other
    // bytes are passed over without decoding them.
    for (at, byte) in passage.bytes().enumerate() {
        if !matches!(byte, b'"' | 0xC2 | 0xE2) {
            continue;
        }
        let Some(c) = passage[at..].chars().next() else { continue };
        match c {
            '“' | '«' | '„' => open = Some(at),
            '”' | '»' => {
                if let Some(start) = open.take() {
                    found.push(Span::new(span.start() + start, span.start() + at + c.len_utf8()));
                }
            }
            '"' => match straight_open.take() {
                Some(start) => found.push(Span::new(span.start() + start, span.start() + at + 1)),
                None => straight_open = Some(at),
            },
            _ => {}
        }
    }
    sort_by_position(&mut found, |s| (s.start(), s.end()));
    found
}

/// Phrases that report without saying who reports.
static VAGUE_PHRASES: PhraseList = PhraseList::new(&[&[
    "it has been reported",
    "it was reported",
    "it is reported",
    "it has been claimed",
    "it is claimed",
    "it has been suggested",
    "it is understood",
    "it was understood",
    "it is believed",
    "it was believed",
    "it is thought",
    "it was thought",
    "it is rumoured",
    "it is alleged",
    "is thought to",
    "are thought to",
    "was thought to",
    "were thought to",
    "is believed to",
    "are believed to",
    "was believed to",
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "sources say",
    "sources said",
    "sources told",
    "sources close to",
    "a source said",
    "a source close to",
    "insiders say",
    "insiders said",
    "reportedly",
    "according to sources",
    "according to reports",
    "reports suggest",
    "people familiar with",
]]);

/// Vague sourcing phrases in `span`, whether or not a named source is near.
pub fn vague_phrases(text: &str, span: Span) -> Vec<Span> {
    vague_phrases_in(&tokens(text, span))
}

/// Vague sourcing phrases among `toks` (one sentence's tokens).
pub fn vague_phrases_in(toks: &[Token]) -> Vec<Span> {
    let mut found: Vec<Span> = Vec::new();
    for phrase in VAGUE_PHRASES.matches(toks) {
        let phrase_span = cover(toks, phrase.first, phrase.last);
        if !found.iter().any(|f| f.overlaps(phrase_span)) {
            found.push(phrase_span);
        }
    }
    sort_by_position(&mut found, |s| (s.start(), s.end()));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotation_marks_of_several_languages_pair_up() {
        let text = "Il a dit «non» et „nein“ und “no” and \"nope\" — ‚eh‘ ok.";
        let found: Vec<&str> = quotes(text, Span::new(0, text.len())).iter().map(|q| q.slice(text)).collect();
        // „ opens and the German closing “ opens again: “no” is what pairs.
        assert_eq!(found, ["«non»", "“no”", "\"nope\""]);
    }

    fn sources(text: &str) -> Vec<(String, Option<SourceKind>)> {
        attributions(text, Span::new(0, text.len()))
            .into_iter()
            .map(|a| (a.source.map_or(String::new(), |s| s.slice(text).to_string()), a.source_kind))
            .collect()
    }

    fn named(source: &str) -> (String, Option<SourceKind>) {
        (source.to_string(), Some(SourceKind::Named))
    }

    #[test]
    fn finds_the_named_source_of_a_reporting_verb() {
        assert_eq!(sources("The Sunday Times reported that he will go."), [named("The Sunday Times")]);
        assert_eq!(
            sources("During a meeting, Luke de Pulford, the executive director of Ipac, mentioned that it rained."),
            [named("Luke de Pulford")]
        );
        assert_eq!(
            sources("a study released by the ISC stated that China was active."),
            [named("a study released by the ISC")]
        );
        assert_eq!(sources("Chris Cash, who denies the accusation, was employed."), [named("Chris Cash")]);
        assert_eq!(sources("The plan failed, according to the BBC."), [named("the BBC")]);
        assert_eq!(sources("“We lost,” said Mr Smith."), [named("Mr Smith")]);
        assert_eq!(
            sources("“We lost,” said his lady to him."),
            [("his lady".to_string(), Some(SourceKind::Unnamed))]
        );
    }

    #[test]
    fn pronouns_and_unnamed_sources_are_told_apart() {
        assert_eq!(sources("He said the vote was lost."), [("He".to_string(), Some(SourceKind::Pronoun))]);
        assert_eq!(
            sources("Officials said it was over."),
            [("Officials".to_string(), Some(SourceKind::Unnamed))]
        );
        assert_eq!(
            sources("It has been reported that China acted."),
            [("It".to_string(), Some(SourceKind::Unnamed))]
        );
    }

    #[test]
    fn nouns_that_look_like_verbs_are_not_attributions() {
        assert!(sources("The United States and its claims of success.").is_empty());
        assert!(sources("Allegations of spying were made.").is_empty());
        assert!(sources("").is_empty());
    }

    #[test]
    fn quotes_pair_their_marks() {
        let text = "He said “we lost” and \"they won\" but “unclosed";
        let spans: Vec<&str> = quotes(text, Span::new(0, text.len())).iter().map(|s| s.slice(text)).collect();
        assert_eq!(spans, ["“we lost”", "\"they won\""]);
    }

    #[test]
    fn vague_phrases_are_found_once() {
        let text = "It has been reported that the update is thought to be linked, reportedly.";
        let spans: Vec<&str> =
            vague_phrases(text, Span::new(0, text.len())).iter().map(|s| s.slice(text)).collect();
        assert_eq!(spans, ["It has been reported", "is thought to", "reportedly"]);
        let plain = "The Sunday Times reported that the update is linked.";
        assert!(vague_phrases(plain, Span::new(0, plain.len())).is_empty());
    }
}
