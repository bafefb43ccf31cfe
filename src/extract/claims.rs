//! Claims: what each sentence asserts that a fact-checker could check, typed
//! by the kind of check it needs, with the words that carry each type.
//!
//! Types come from the quantity, date and attribution extractors and from
//! small cue lists (prediction, causation, comparison, law, legal, role).
//! The role cues are light (titles before names, "the foreign secretary",
//! ", the director of …", "who leads …") until the entity extractor (#4)
//! supplies people and their roles.

use super::attribution::{self, Attribution};
use super::dates::{self, CivilDate, ResolvedDate};
use super::entities::sort_by_position;
use super::numbers;
use super::tokens::{cover, sentence_tokens, tokens, PhraseList, PhraseMatch, Token};
use crate::parallel::Threads;
use crate::text::words::{words, LetterPairs, WordList};
use crate::text::{Document, Sentence, Span};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClaimType {
    Quantity,
    Date,
    Attribution,
    Quote,
    Role,
    Prediction,
    Causation,
    Comparison,
    Law,
    Legal,
}

impl ClaimType {
    pub const ALL: [ClaimType; 10] = [
        ClaimType::Quantity,
        ClaimType::Date,
        ClaimType::Attribution,
        ClaimType::Quote,
        ClaimType::Role,
        ClaimType::Prediction,
        ClaimType::Causation,
        ClaimType::Comparison,
        ClaimType::Law,
        ClaimType::Legal,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ClaimType::Quantity => "quantity",
            ClaimType::Date => "date",
            ClaimType::Attribution => "attribution",
            ClaimType::Quote => "quote",
            ClaimType::Role => "role",
            ClaimType::Prediction => "prediction",
            ClaimType::Causation => "causation",
            ClaimType::Comparison => "comparison",
            ClaimType::Law => "law",
            ClaimType::Legal => "legal",
        }
    }
}

/// As its `name`: what a derived `Serialize` writes for a unit variant (in
/// camelCase, one word each), without a second table of the names.
impl Serialize for ClaimType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// One typed span inside a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimPart {
    pub span: Span,
    pub kind: ClaimType,
    /// The normalised value: "GBP 5500000" for a quantity, the source for an
    /// attribution, the speaker for a quote.
    pub value: Option<String>,
    /// For a date, what it refers to (relative dates need a publication date).
    pub resolved: Option<ResolvedDate>,
}

/// A quoted passage and who says it, if the text tells.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub span: Span,
    pub speaker: Option<Span>,
    /// A reporting verb outside the quote introduces it, here or next door,
    /// even when its subject was not found ("…, saying “…”").
    pub attributed: bool,
}

/// Everything the claim pass found in one sentence.
#[derive(Debug, Clone)]
pub struct SentenceClaims {
    pub sentence: usize,
    pub span: Span,
    pub types: Vec<ClaimType>,
    pub parts: Vec<ClaimPart>,
    pub attributions: Vec<Attribution>,
    pub quotes: Vec<Quote>,
    /// "it has been reported", "is thought to", … (named source or not).
    pub vague_phrases: Vec<Span>,
    /// Check-worthiness in [0, 1].
    pub score: f32,
    pub checkworthy: bool,
}

impl SentenceClaims {
    /// A sentence makes a claim when it has a type or the model finds it check-worthy.
    pub fn is_claim(&self) -> bool {
        !self.types.is_empty() || self.checkworthy
    }
}

/// The claim pass over every sentence of `doc`.
pub fn claims(doc: &Document, publication: Option<CivilDate>, threads: Threads) -> Vec<SentenceClaims> {
    claims_beside(doc, publication, threads, || ()).0
}

/// [`claims`], with `side` run beside it (see `Threads::map_beside`).
pub fn claims_beside<A: Send>(
    doc: &Document,
    publication: Option<CivilDate>,
    threads: Threads,
    side: impl FnOnce() -> A + Send,
) -> (Vec<SentenceClaims>, A) {
    // Sentence by sentence, so on a long text the sentences are shared out
    // between threads; only the quote speakers look across sentences.
    let (mut all, beside) = threads.map_beside(
        &doc.sentences,
        |index, sentence| {
            let toks = sentence_tokens(doc, sentence);
            let analysis = analyse_tokens(doc.text, &toks, publication);
            let score = super::checkworthiness::score_tokens(&toks, &analysis.types);
            // A loop, not `map().collect()`: each collect is its own code in the wasm build.
            let mut quotes = Vec::with_capacity(analysis.quotes.len());
            for &span in &analysis.quotes {
                quotes.push(Quote { span, speaker: None, attributed: false });
            }
            SentenceClaims {
                sentence: index,
                span: sentence.span,
                types: analysis.types,
                parts: analysis.parts,
                attributions: analysis.attributions,
                quotes,
                vague_phrases: analysis.vague_phrases,
                score,
                checkworthy: score >= super::checkworthiness::threshold(),
            }
        },
        side,
    );
    assign_speakers(doc, &mut all);
    for claims in &mut all {
        for quote in &claims.quotes {
            let value = quote.speaker.map(|s| doc.slice(s).to_string());
            claims.parts.push(ClaimPart { span: quote.span, kind: ClaimType::Quote, value, resolved: None });
        }
        sort_parts(&mut claims.parts);
    }
    (all, beside)
}

/// One sentence's types and parts, without the model score or quote speakers.
pub struct SentenceAnalysis {
    pub types: Vec<ClaimType>,
    pub parts: Vec<ClaimPart>,
    pub attributions: Vec<Attribution>,
    pub quotes: Vec<Span>,
    pub vague_phrases: Vec<Span>,
}

/// Types and typed spans of the sentence at `span` (also used to train the model).
pub fn analyse(text: &str, span: Span, publication: Option<CivilDate>) -> SentenceAnalysis {
    analyse_tokens(text, &tokens(text, span), publication)
}

/// `analyse` over a sentence already split into tokens.
pub fn analyse_tokens(text: &str, toks: &[Token], publication: Option<CivilDate>) -> SentenceAnalysis {
    let span = match (toks.first(), toks.last()) {
        (Some(first), Some(last)) => Span::new(first.span.start(), last.span.end()),
        _ => Span::new(0, 0),
    };
    let mut parts = Vec::new();
    let mut dates = dates::dates_in(toks, publication);
    // Their strings are taken by reference, `mem::take`, not by consuming
    // the lists: that is less code in the wasm build.
    for quantity in &mut numbers::quantities_in(toks) {
        if !dates.iter().any(|d| d.span.overlaps(quantity.span)) {
            let normalised = std::mem::take(&mut quantity.normalised);
            push_part(&mut parts, quantity.span, ClaimType::Quantity, Some(normalised));
        }
    }
    for date in &mut dates {
        let resolved = date.resolved.take();
        let value = resolved.as_ref().map(|r| r.label.clone());
        parts.push(ClaimPart { span: date.span, kind: ClaimType::Date, value, resolved });
    }
    let attributions = attribution::attributions_in(toks);
    for a in &attributions {
        let value = match a.source_kind {
            Some(attribution::SourceKind::Unnamed) => Some("no named source".to_string()),
            _ => a.source.map(|s| s.slice(text).to_string()),
        };
        push_part(&mut parts, a.span, ClaimType::Attribution, value);
    }
    let vague_phrases = attribution::vague_phrases_in(toks);
    for &v in &vague_phrases {
        if !attributions.iter().any(|a| a.span.overlaps(v)) {
            push_part(&mut parts, v, ClaimType::Attribution, Some("no named source".into()));
        }
    }
    // Loops, not iterator chains ending in `collect()`: each chain is its own code in the wasm build.
    let mut quotes = Vec::new();
    for quote in attribution::quotes(text, span) {
        if is_statement(toks, quote) {
            quotes.push(quote);
        }
    }
    let cues = CUES.matches(toks);
    for (group, &kind) in CUE_KINDS.iter().enumerate() {
        for cue in cue_spans(toks, &cues, group) {
            push_part(&mut parts, cue, kind, None);
        }
    }
    will_spans(toks, &mut parts);
    superlatives(toks, &mut parts);
    for role in roles(toks) {
        push_part(&mut parts, role, ClaimType::Role, None);
    }
    sort_parts(&mut parts);
    let mut types = Vec::new();
    for t in ClaimType::ALL {
        if parts.iter().any(|p| p.kind == t) || t == ClaimType::Quote && !quotes.is_empty() {
            types.push(t);
        }
    }
    SentenceAnalysis { types, parts, attributions, quotes, vague_phrases }
}

/// In text order, through the crate's one shared sort (see `entities::sort_by_position`).
fn sort_parts(parts: &mut [ClaimPart]) {
    sort_by_position(parts, |p| (p.span.start(), p.span.end()));
}

/// Adds a part without a resolved date. Not inlined: the part is built
/// once here, not at each of the seven places that add one (wasm size).
#[inline(never)]
fn push_part(parts: &mut Vec<ClaimPart>, span: Span, kind: ClaimType, value: Option<String>) {
    parts.push(ClaimPart { span, kind, value, resolved: None });
}

/// A quotation long enough to be a statement, not a scare-quoted word.
/// A quoted title in capitals ("Hero of the Soviet Union", a bill's name) is a name, not a statement.
/// Its words are the sentence's word tokens inside it: quotation marks are tokens of their own.
fn is_statement(toks: &[Token], quote: Span) -> bool {
    let (mut words, mut capitalised) = (0, 0);
    for word in toks.iter().filter(|t| quote.contains(t.span) && t.is_word()) {
        words += 1;
        let first = word.text.chars().next();
        capitalised += usize::from(first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
    }
    words >= 5 && capitalised * 10 < words * 6
}

/// Gives each quote the source of a named (or pronoun) attribution outside it in
/// its own sentence, else in a neighbouring sentence of its paragraph, else in a
/// preceding sentence that introduces it with a colon.
fn assign_speakers(doc: &Document, all: &mut [SentenceClaims]) {
    // Some(speaker) when a reporting verb outside `quote` attributes it; the speaker
    // is its source, any but the impersonal "it".
    let attribution_in = |claims: &SentenceClaims, quote: Span| {
        let mut attributed = false;
        for a in claims.attributions.iter().filter(|a| !quote.contains(a.verb)) {
            attributed = true;
            if let Some(source) = a.source.filter(|&s| !doc.slice(s).eq_ignore_ascii_case("it")) {
                return Some(Some(source));
            }
        }
        attributed.then_some(None)
    };
    for i in 0..all.len() {
        for q in 0..all[i].quotes.len() {
            let quote = all[i].quotes[q].span;
            let paragraph = doc.sentences[i].paragraph;
            let same_paragraph = |k: usize| doc.sentences.get(k).is_some_and(|s| s.paragraph == paragraph);
            let mut found = attribution_in(&all[i], quote);
            if found.is_none() && names_someone_outside(doc, &doc.sentences[i], quote) {
                found = Some(None);
            }
            for k in [i.wrapping_sub(1), i + 1] {
                if found.is_none() && same_paragraph(k) {
                    found = all.get(k).and_then(|c| attribution_in(c, Span::new(0, 0)));
                }
            }
            if found.is_none() && i > 0 && doc.slice(all[i - 1].span).trim_end().ends_with(':') {
                found = attribution_in(&all[i - 1], Span::new(0, 0));
            }
            all[i].quotes[q].attributed = found.is_some();
            all[i].quotes[q].speaker = found.flatten();
        }
    }
}

/// Whether the sentence, outside the quote, names someone who may be speaking:
/// a capitalised word after the first ("… the Prime Minister apologised for “…”")
/// or a subject pronoun ("He also expressed a desire to “…”").
fn names_someone_outside(doc: &Document, sentence: &Sentence, quote: Span) -> bool {
    let toks = sentence_tokens(doc, sentence);
    toks.iter().enumerate().filter(|(_, t)| t.is_word() && !quote.contains(t.span)).any(|(k, t)| {
        t.is_any(&["he", "she", "they"])
            || (k > 0 && t.is_capitalised() && toks[k - 1].text != "“" && t.text != "I")
    })
}

/// The claim types cued by phrases: one group of `CUES` each, in this order.
const CUE_KINDS: [ClaimType; 5] =
    [ClaimType::Prediction, ClaimType::Causation, ClaimType::Comparison, ClaimType::Law, ClaimType::Legal];

/// Cue phrases per type (groups in the order of `CUE_KINDS`): lowercase
/// words, punctuation as its own word.
static CUES: PhraseList = PhraseList::new(&[
    // Prediction
    &[
        "is expected to",
        "are expected to",
        "was expected to",
        "were expected to",
        "is set to",
        "are set to",
        "plans to",
        "plan to",
        "planned to",
        "is planning to",
        "are planning to",
        "intends to",
        "intend to",
        "is likely to",
        "are likely to",
        "is due to",
        "are due to",
        "is poised to",
        "is going to",
        "are going to",
        "is forecast to",
        "are forecast to",
        "is projected to",
        "are projected to",
        "predicted",
        "predicts",
        "forecast",
        "upcoming",
        "shall",
    ],
    // Causation
    &[
        "because",
        "led to",
        "lead to",
        "leads to",
        "leading to",
        "as a result",
        "resulted in",
        "results in",
        "result in",
        "caused",
        "causes",
        "causing",
        "thanks to",
        "owing to",
        "triggered",
        "therefore",
        "consequently",
        "contributed to",
        "driven by",
        "blamed for",
        "blamed on",
        "responsible for the",
    ],
    // Comparison
    &[
        "more than ever",
        "than",
        "compared with",
        "compared to",
        "in all",
        "all of the",
        "every",
        "never before",
        "unprecedented",
        "record",
        "twice as",
        "doubled",
        "tripled",
        "halved",
        "the only",
        "the first",
        "the most",
        "the least",
        "more and more",
        "ever",
    ],
    // Law
    &[
        "illegal",
        "unlawful",
        "is against the law",
        "law",
        "laws",
        "legislation",
        "statute",
        "regulation",
        "regulations",
        "requires",
        "required by",
        "mandatory",
        "is banned",
        "are banned",
        "banned",
        "bans",
        "prohibited",
        "prohibits",
        "constitution",
        "constitutional",
        "under the act",
        "legally",
        "is legal",
        "not allowed to",
        "permitted",
    ],
    // Legal
    &[
        "arrested",
        "charged with",
        "charged",
        "convicted",
        "accused",
        "accusation",
        "accusations",
        "allegation",
        "allegations",
        "alleged",
        "allegedly",
        "denies",
        "denied",
        "sued",
        "lawsuit",
        "indicted",
        "sentenced",
        "jailed",
        "prosecuted",
        "prosecution",
        "investigated",
        "under investigation",
        "pleaded guilty",
        "guilty",
        "acquitted",
        "court",
        "trial",
        "fined",
        "custody",
        "on bail",
    ],
]);

/// The spans of the cue matches of `group`, an overlapping longer cue replacing a shorter one.
fn cue_spans(toks: &[Token], cues: &[PhraseMatch], group: usize) -> Vec<Span> {
    let mut found: Vec<Span> = Vec::new();
    for cue in cues.iter().filter(|m| m.group == group) {
        let span = cover(toks, cue.first, cue.last);
        // Overlapping cues: the longer wins ("more than ever" over "than").
        match found.iter().position(|f| f.overlaps(span)) {
            Some(k) if found[k].len() < span.len() => found[k] = span,
            Some(_) => {}
            None => found.push(span),
        }
    }
    sort_by_position(&mut found, |s| (s.start(), s.end()));
    found
}

/// Prediction parts: "will" the auxiliary, not "the will of the people".
fn will_spans(toks: &[Token], parts: &mut Vec<ClaimPart>) {
    for k in 0..toks.len() {
        if !toks[k].is("will") {
            continue;
        }
        let noun =
            k > 0 && toks[k - 1].is_any(&["the", "a", "free", "political", "his", "her", "their", "good"]);
        if !noun && toks.get(k + 1).is_some_and(|t| t.is_word()) {
            push_part(parts, toks[k].span, ClaimType::Prediction, None);
        }
    }
}

/// Comparison parts: "the largest", "the fastest-growing": "the" + a word in -est.
fn superlatives(toks: &[Token], parts: &mut Vec<ClaimPart>) {
    const NOT_SUPERLATIVE: &[&str] = &[
        "west", "rest", "interest", "request", "forest", "contest", "protest", "guest", "test", "nest",
        "chest", "quest", "arrest", "conquest", "manifest", "harvest", "honest", "modest", "suggest",
    ];
    for k in 1..toks.len() {
        let t = &toks[k];
        let superlative = toks[k - 1].is("the") && t.lower.ends_with("est") && t.lower.len() > 4;
        if superlative && !t.is_any(NOT_SUPERLATIVE) && !t.is_capitalised() {
            push_part(parts, cover(toks, k - 1, k), ClaimType::Comparison, None);
        }
    }
}

/// Offices and affiliations that describe a person.
const ROLE_NOUNS: WordList = words![
    "activist",
    "adviser",
    "advisor",
    "ambassador",
    "analyst",
    "attorney",
    "campaigner",
    "candidate",
    "captain",
    "ceo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "correspondent",
    "councillor",
    "dean",
    "deputy",
    "director",
    "economist",
    "editor",
    "executive",
    "founder",
    "general",
    "governor",
    "head",
    "inspector",
    "judge",
    "lawmaker",
    "leader",
    "manager",
    "mayor",
    "mep",
    "minister",
    "mp",
    "msp",
    "officer",
    "official",
    "peer",
    "premier",
    "president",
    "professor",
    "prosecutor",
    "representative",
    "researcher",
    "scientist",
    "secretary",
    "senator",
    "sheriff",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "treasurer",
    "whip",
];
/// Every token is looked up in `ROLE_NOUNS`: most are turned away by their first two letters.
const ROLE_NOUN_PAIRS: LetterPairs = ROLE_NOUNS.first_pairs();
/// Titles written before a name: "Sir Iain Duncan Smith", "Tory MP Alicia Kearns".
const TITLES: WordList = words![
    "ambassador",
    "baron",
    "baroness",
    "chairman",
    "chancellor",
    "dame",
    "director",
    "dr",
    "general",
    "governor",
    "judge",
    "justice",
    "king",
    "lady",
    "lord",
    "mayor",
    "minister",
    "mp",
    "president",
    "prince",
    "princess",
    "prof",
    "professor",
    "queen",
    "rep",
    "secretary",
    "sen",
    "senator",
    "sir",
];
const DETERMINERS: &[&str] = &["the", "a", "an", "former", "its", "their", "his", "her"];
static AFFILIATION_CUES: PhraseList = PhraseList::new(&[&[
    "member of",
    "members of",
    "who leads",
    "who heads",
    "who chairs",
    "who runs",
    "employed at",
    "employed by",
    "works for",
    "worked for",
    "worked as",
    "works as",
    "served as",
    "serves as",
    "appointed",
    "elected",
]]);

/// Role descriptions: titles before names, "(the|a) … ROLE [of|for …]", and affiliation cues.
fn roles(toks: &[Token]) -> Vec<Span> {
    let mut found: Vec<Span> = cue_spans(toks, &AFFILIATION_CUES.matches(toks), 0);
    let push = |span: Span, found: &mut Vec<Span>| {
        if let Some(existing) = found.iter_mut().find(|f| f.overlaps(span)) {
            *existing = existing.cover(span);
        } else {
            found.push(span);
        }
    };
    for (r, t) in toks.iter().enumerate() {
        // The list lookup last: it is the dearest test, and most tokens fail the others.
        let is_title = t.is_capitalised()
            && toks.get(r + 1).is_some_and(|n| n.is_capitalised() && n.is_word())
            && t.is_in(TITLES);
        if is_title {
            // The title and the name after it.
            let mut last = r + 1;
            while toks
                .get(last + 1)
                .is_some_and(|n| n.is_capitalised() && n.is_word() || n.is_any(&["de", "van", "von"]))
            {
                last += 1;
            }
            let first = if r > 0
                && toks[r - 1].is_capitalised()
                && toks[r - 1].is_any(&["prime", "deputy", "foreign", "home", "tory", "labour"])
            {
                r - 1
            } else {
                r
            };
            push(cover(toks, first, last), &mut found);
            continue;
        }
        if ROLE_NOUN_PAIRS.rule_out(&t.lower) || !t.is_in(ROLE_NOUNS) {
            continue;
        }
        // Back to a determiner over adjectives ("a former education minister").
        let mut first = r;
        let mut determined = false;
        while first > 0 && r - first < 6 && (toks[first - 1].is_word() || toks[first - 1].text == "-") {
            first -= 1;
            if toks[first].is_any(DETERMINERS) {
                determined = true;
                // "a former …": keep going over "a".
                if first > 0 && toks[first].is("former") && toks[first - 1].is_any(&["a", "the"]) {
                    first -= 1;
                }
                break;
            }
        }
        if !determined {
            continue;
        }
        // Forward over "of/for …" up to the next punctuation.
        let mut last = r;
        if toks.get(r + 1).is_some_and(|n| n.is_any(&["of", "for", "at"])) {
            let mut k = r + 2;
            while toks.get(k).is_some_and(|n| {
                n.is_word() && !n.is_any(&["who", "which", "that", "and", "will", "has", "have", "was", "is"])
            }) && k - r < 9
            {
                last = k;
                k += 1;
            }
        }
        push(cover(toks, first, last), &mut found);
    }
    sort_by_position(&mut found, |s| (s.start(), s.end()));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str, kind: ClaimType) -> Vec<String> {
        analyse(text, Span::new(0, text.len()), None)
            .parts
            .into_iter()
            .filter(|p| p.kind == kind)
            .map(|p| p.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn quantity_and_date_parts_do_not_overlap() {
        assert_eq!(typed("Six workers were paid £5.5m in 2023.", ClaimType::Quantity), ["Six", "£5.5m"]);
        assert_eq!(typed("Six workers were paid £5.5m in 2023.", ClaimType::Date), ["2023"]);
        assert!(typed("approximately one year ago", ClaimType::Quantity).is_empty());
        assert!(typed("The committee met.", ClaimType::Quantity).is_empty());
    }

    #[test]
    fn predictions() {
        assert_eq!(
            typed("Parliament is expected to be informed.", ClaimType::Prediction),
            ["is expected to"]
        );
        assert_eq!(typed("He will convene a gathering.", ClaimType::Prediction), ["will"]);
        assert!(typed("It was the will of the people.", ClaimType::Prediction).is_empty());
        assert!(typed("He convened a gathering.", ClaimType::Prediction).is_empty());
    }

    #[test]
    fn causation() {
        assert_eq!(typed("The cuts led to longer waits.", ClaimType::Causation), ["led to"]);
        assert_eq!(typed("Prices rose because of the war.", ClaimType::Causation), ["because"]);
        assert!(typed("Prices rose and the war went on.", ClaimType::Causation).is_empty());
    }

    #[test]
    fn comparisons_and_superlatives() {
        assert_eq!(typed("It is the largest port in Europe.", ClaimType::Comparison), ["the largest"]);
        assert_eq!(
            typed("It reached all industries, more than ever.", ClaimType::Comparison),
            ["more than ever"]
        );
        assert_eq!(typed("It succeeded in all industries.", ClaimType::Comparison), ["in all"]);
        assert!(typed("He went to the west of the city.", ClaimType::Comparison).is_empty());
        assert!(typed("The interest was paid.", ClaimType::Comparison).is_empty());
    }

    #[test]
    fn law_and_legal_claims() {
        assert_eq!(typed("Spying is illegal under the act.", ClaimType::Law), ["illegal", "under the act"]);
        assert!(typed("Spying is common.", ClaimType::Law).is_empty());
        assert_eq!(
            typed("A researcher was arrested over allegations of spying.", ClaimType::Legal),
            ["arrested", "allegations"]
        );
        assert_eq!(
            typed("Chris Cash, who denies the accusation, left.", ClaimType::Legal),
            ["denies", "accusation"]
        );
        assert!(typed("A researcher was hired to study spying.", ClaimType::Legal).is_empty());
    }

    #[test]
    fn roles_from_titles_appositives_and_affiliations() {
        assert_eq!(
            typed(
                "Sir Iain Duncan Smith, a former education minister for the Conservative Party, spoke.",
                ClaimType::Role
            ),
            ["Sir Iain Duncan Smith", "a former education minister for the Conservative Party"]
        );
        assert_eq!(
            typed("David Cameron, the foreign secretary, will go.", ClaimType::Role),
            ["the foreign secretary"]
        );
        assert_eq!(
            typed("Lord Alton, a cross-bench peer, spoke.", ClaimType::Role),
            ["Lord Alton", "a cross-bench peer"]
        );
        assert_eq!(
            typed("He worked for Tory MP Alicia Kearns.", ClaimType::Role),
            ["worked for", "Tory MP Alicia Kearns"]
        );
        assert_eq!(
            typed("She met Alison Giles, the director of security for parliament.", ClaimType::Role),
            ["the director of security for parliament"]
        );
        assert!(typed(
            "China has launched a series of cyber-attacks against a group of MPs.",
            ClaimType::Role
        )
        .is_empty());
        assert!(typed("Heads of state met.", ClaimType::Role).is_empty());
    }

    #[test]
    fn quotes_are_statements_not_scare_quotes() {
        let text = "He called it “fake”, but “we have seen all of the figures” he said.";
        let analysis = analyse(text, Span::new(0, text.len()), None);
        let quotes: Vec<&str> = analysis.quotes.iter().map(|q| q.slice(text)).collect();
        assert_eq!(quotes, ["“we have seen all of the figures”"]);
        let title = "It won the “Storm Area 51 Basecamp Experience” award.";
        assert!(analyse(title, Span::new(0, title.len()), None).quotes.is_empty());
        assert!(analysis.types.contains(&ClaimType::Quote));
    }

    #[test]
    fn a_plain_sentence_has_no_types() {
        let text = "The weather was pleasant and the streets were quiet.";
        assert!(analyse(text, Span::new(0, text.len()), None).types.is_empty());
    }
}
