//! Source: the text checked against the texts it was written from.
//!
//! Each sentence of the text is aligned with the source sentence(s) that
//! carry its content ([`align`]); the facts of the two sides ([`facts`]) are
//! then compared. A figure, date, name, role, negation or quotation that
//! differs is a finding; the aligned source sentence is its evidence and the
//! message says what the source says.
//!
//! - `source/number-changed`: "source A says 537, the text says 53". Units,
//!   scales and spelled-out numbers are normalised first; a figure the
//!   source states elsewhere is not a change (a derived or repeated figure).
//! - `source/date-changed`: a year, month, weekday or relative date.
//! - `source/name-changed`: a name the aligned source sentence spells or
//!   names differently ("Killen" for "Killeen"), or that no source has.
//! - `source/role-changed`: a role the source gives another person (a swap),
//!   or a title the source never gives this person.
//! - `source/polarity-flipped`: negation added or dropped ("were arrested"
//!   for "have not arrested"), or a different modal ("will" for "may").
//! - `source/quote-changed`: a quotation whose words differ from the
//!   source's quotation, or that no source has.
//! - `source/unsupported`: a sentence with checkable content (a figure, a
//!   date, a name, a quotation) that no source sentence supports.

pub mod align;
pub mod facts;

use super::Rule;
use crate::options::{Options, SourceInput};
use crate::report::{Category, Evidence, Finding, PassageOut, Place, Severity};
use crate::text::normalize::comparison_key;
use crate::text::{Document, Span};
use align::FastSet;
use align::{Alignment, SourceIndex, SourceSentence};
use facts::{DateKind, Quantity, Role, SentenceFacts};
use serde::Serialize;

pub const NUMBER_CHANGED: &str = "source/number-changed";
pub const DATE_CHANGED: &str = "source/date-changed";
pub const NAME_CHANGED: &str = "source/name-changed";
pub const ROLE_CHANGED: &str = "source/role-changed";
pub const POLARITY_FLIPPED: &str = "source/polarity-flipped";
pub const QUOTE_CHANGED: &str = "source/quote-changed";
pub const UNSUPPORTED: &str = "source/unsupported";

const fn rule(id: &'static str, severity: Severity, summary: &'static str) -> Rule {
    Rule { id, category: Category::Source, severity, summary }
}

pub const RULES: &[Rule] = &[
    rule(NUMBER_CHANGED, Severity::Error, "A figure differs from the source's figure for the same thing."),
    rule(DATE_CHANGED, Severity::Error, "A year, month, weekday or relative date differs from the source."),
    rule(NAME_CHANGED, Severity::Error, "A name is spelt differently from the source, or replaced."),
    rule(
        ROLE_CHANGED,
        Severity::Error,
        "A role the source gives another person, or a title it never gives this one.",
    ),
    rule(POLARITY_FLIPPED, Severity::Error, "A negation or a modal (may, will) differs from the source."),
    rule(QUOTE_CHANGED, Severity::Error, "A quotation's words differ from the source's quotation."),
    rule(
        UNSUPPORTED,
        Severity::Warning,
        "A sentence with figures, names or quotations that no source supports.",
    ),
];

/// A sentence is aligned when the sources carry this share of its weighted
/// content words.
const ALIGNED: f32 = 0.5;
/// Below `ALIGNED` but above this, the best source sentence is still
/// compared: a corrupted short sentence loses much of its overlap.
const WEAKLY_ALIGNED: f32 = 0.3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Supported,
    Changed,
    Unsupported,
}

/// One text sentence's alignment as the check found it (byte spans).
#[derive(Debug, Clone)]
pub struct SentenceAlignment {
    pub sentence: usize,
    pub status: Status,
    pub score: f32,
    pub sources: Vec<SourceSentence>,
}

/// The `alignment` section of the report: one entry per text sentence.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AlignmentOut {
    /// Index of the sentence in the text, from 0.
    pub sentence: usize,
    #[serde(flatten)]
    pub passage: PassageOut,
    pub status: Status,
    /// Share of the sentence's weighted content words the sources carry, 0..1.
    pub score: f32,
    /// The supporting source sentences, best first.
    pub sources: Vec<SourcePassageOut>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourcePassageOut {
    /// The source's label.
    pub source: String,
    /// Its index in `options.sources`.
    pub index: usize,
    #[serde(flatten)]
    pub passage: PassageOut,
}

pub fn alignment_out(
    doc: &Document,
    sources: &[Document],
    inputs: &[SourceInput],
    alignment: &[SentenceAlignment],
) -> Vec<AlignmentOut> {
    alignment
        .iter()
        .filter_map(|a| {
            let sentence = doc.sentences.get(a.sentence)?;
            Some(AlignmentOut {
                sentence: a.sentence,
                passage: PassageOut::new(doc, sentence.span),
                status: a.status,
                score: (a.score * 1000.0).round() / 1000.0,
                sources: a
                    .sources
                    .iter()
                    .filter_map(|s| {
                        let source = sources.get(s.source)?;
                        let span = source.sentences.get(s.sentence)?.span;
                        Some(SourcePassageOut {
                            source: inputs.get(s.source).map_or_else(String::new, |i| i.label.clone()),
                            index: s.source,
                            passage: PassageOut::new(source, span),
                        })
                    })
                    .collect(),
            })
        })
        .collect()
}

pub struct SourceCheck {
    pub findings: Vec<Finding>,
    pub alignment: Vec<SentenceAlignment>,
}

/// What the sources say as a whole, for facts the aligned sentence lacks.
struct Sources<'a> {
    docs: &'a [Document<'a>],
    labels: Vec<String>,
    /// Each source's words in comparison form (`facts::normalise_all`).
    norms: Vec<Vec<String>>,
    facts: Vec<Vec<SentenceFacts>>,
    /// The sources' content words, with where they occur.
    index: SourceIndex,
    /// Each source's comparison key, space-padded, for verbatim quotations.
    keys: Vec<String>,
    quotations: Vec<(usize, Span, String)>,
}

impl<'a> Sources<'a> {
    fn new(docs: &'a [Document<'a>], inputs: &[SourceInput], with_quotations: bool) -> Self {
        let norms: Vec<Vec<String>> = docs.iter().map(facts::normalise_all).collect();
        let facts = docs
            .iter()
            .zip(&norms)
            .map(|(d, n)| (0..d.sentences.len()).map(|s| SentenceFacts::read(d, s, n)).collect())
            .collect();
        let index = SourceIndex::new(docs, &norms);
        // Only a text that quotes needs the sources' quotation keys.
        let keys = if with_quotations {
            docs.iter().map(|d| format!(" {} ", comparison_key(d.text))).collect()
        } else {
            Vec::new()
        };
        let quotations = docs
            .iter()
            .enumerate()
            .flat_map(|(i, d)| {
                facts::quotations(d).into_iter().map(move |q| (i, q.span, comparison_key(d.slice(q.span))))
            })
            .collect();
        let labels = (0..docs.len())
            .map(|i| inputs.get(i).map_or_else(|| format!("source {}", i + 1), |s| s.label.clone()))
            .collect();
        Sources { docs, labels, norms, facts, index, keys, quotations }
    }

    fn facts(&self, s: SourceSentence) -> Option<&SentenceFacts> {
        self.facts.get(s.source)?.get(s.sentence)
    }

    fn span(&self, s: SourceSentence) -> Span {
        self.docs.get(s.source).and_then(|d| d.sentences.get(s.sentence)).map_or(Span::default(), |x| x.span)
    }

    fn slice(&self, source: usize, span: Span) -> &str {
        self.docs.get(source).map_or("", |d| d.slice(span))
    }

    fn evidence(&self, s: SourceSentence, note: &str) -> Evidence {
        Evidence {
            place: Place::Source { source: s.source, span: self.span(s) },
            note: note.to_string(),
            text: None,
        }
    }

    fn every_sentence(&self) -> impl Iterator<Item = (SourceSentence, &SentenceFacts)> {
        self.facts.iter().enumerate().flat_map(|(source, list)| {
            list.iter().enumerate().map(move |(sentence, f)| (SourceSentence { source, sentence }, f))
        })
    }
}

pub fn check(doc: &Document, source_docs: &[Document], options: &Options) -> SourceCheck {
    let quotes = facts::quotations(doc);
    let sources = Sources::new(source_docs, &options.sources, !quotes.is_empty());
    let text_norms = facts::normalise_all(doc);
    let alignments = align::align(doc, &text_norms, &sources.index);
    let mut findings = Vec::new();
    let mut alignment = Vec::with_capacity(doc.sentences.len());
    for (sentence, aligned) in alignments.into_iter().enumerate() {
        let before = findings.len();
        let text_facts = SentenceFacts::read(doc, sentence, &text_norms);
        let compared = aligned.score >= WEAKLY_ALIGNED && !aligned.sources.is_empty();
        if compared {
            let mut cx = Pair {
                doc,
                text_norms: &text_norms,
                sentence,
                facts: &text_facts,
                aligned: &aligned,
                sources: &sources,
                out: &mut findings,
            };
            cx.numbers();
            cx.dates();
            cx.roles();
            // Names and negation need the right sentence: a weak alignment
            // may be with an unrelated one, whose names are other names.
            if aligned.score >= ALIGNED {
                cx.names();
                cx.polarity();
            }
        }
        let sentence_span = doc.sentences[sentence].span;
        for quote in
            quotes.iter().filter(|q| sentence_span.contains(Span::new(q.span.start(), q.span.start())))
        {
            check_quotation(doc, quote.span, &aligned, &sources, &mut findings);
        }
        let changed = findings.len() > before;
        let status = if changed {
            Status::Changed
        } else if aligned.score >= ALIGNED {
            Status::Supported
        } else {
            // A sentence of stopwords alone ("It was not."): nothing to look for.
            let has_content = !align::content_words(doc, sentence, &text_norms).is_empty();
            let checkable = checkable_content(&text_facts, sentence_span, doc.text, &quotes, &sources);
            if let (true, Some(what)) = (has_content, checkable) {
                let mut finding = Finding::new(
                    UNSUPPORTED,
                    Category::Source,
                    Severity::Warning,
                    sentence_span,
                    format!("No source sentence supports this sentence, which states {what}."),
                );
                finding.similarity = Some(aligned.score);
                if let Some(&best) = aligned.sources.first() {
                    finding.related.push(sources.evidence(best, "closest source sentence"));
                }
                findings.push(finding);
            }
            Status::Unsupported
        };
        alignment.push(SentenceAlignment {
            sentence,
            status,
            score: aligned.score,
            sources: aligned.sources,
        });
    }
    SourceCheck { findings, alignment }
}

/// What makes an unsupported sentence worth a finding: a figure, a date, a
/// quotation or a name no source has.
fn checkable_content(
    facts: &SentenceFacts,
    span: Span,
    doc_text: &str,
    quotes: &[facts::Quotation],
    sources: &Sources,
) -> Option<&'static str> {
    if !facts.numbers.is_empty() {
        Some("a figure")
    } else if facts.dates.iter().any(|d| matches!(d.kind, DateKind::Year(_))) {
        Some("a date")
    } else if quotes
        .iter()
        .any(|q| span.overlaps(q.span) && !comparison_key(&doc_text[q.span.range()]).is_empty())
    {
        Some("a quotation")
    } else if facts.names.iter().any(|n| !n.sentence_initial && n.words.iter().any(|w| !sources.index.has(w)))
    {
        Some("a name")
    } else {
        None
    }
}

/// One text sentence and its aligned source sentences, being compared.
struct Pair<'c, 'a> {
    doc: &'c Document<'c>,
    text_norms: &'c [String],
    sentence: usize,
    facts: &'c SentenceFacts,
    aligned: &'c Alignment,
    sources: &'c Sources<'a>,
    out: &'c mut Vec<Finding>,
}

impl<'c, 'a> Pair<'c, 'a> {
    fn label(&self, s: SourceSentence) -> &str {
        self.sources.labels.get(s.source).map_or("the source", String::as_str)
    }

    fn text_words(&self) -> FastSet<&'c str> {
        let s = &self.doc.sentences[self.sentence];
        self.text_norms.get(s.words.clone()).unwrap_or(&[]).iter().map(String::as_str).collect()
    }

    fn words_of(&self, sentences: &[SourceSentence]) -> FastSet<&'c str> {
        let mut words = FastSet::default();
        for s in sentences {
            let sentence = self.sources.docs.get(s.source).and_then(|d| d.sentences.get(s.sentence));
            let norms = self.sources.norms.get(s.source);
            if let (Some(sentence), Some(norms)) = (sentence, norms) {
                words.extend(norms.get(sentence.words.clone()).unwrap_or(&[]).iter().map(String::as_str));
            }
        }
        words
    }

    fn report(
        &mut self,
        rule: &'static str,
        span: Span,
        message: String,
        expected: Option<String>,
        evidence: Vec<Evidence>,
    ) {
        let mut finding = Finding::new(rule, Category::Source, Severity::Error, span, message);
        finding.related = evidence;
        finding.expected = expected;
        finding.similarity = Some(self.aligned.score);
        self.out.push(finding);
    }

    fn primary(&self) -> (SourceSentence, Option<&SentenceFacts>) {
        let first = self.aligned.sources[0];
        (first, self.sources.facts(first))
    }

    /// Figures are compared with the primary (best) source sentence first: a
    /// secondary sentence merged in by alignment must not explain away a
    /// figure the primary states differently. Each source figure matches one
    /// text figure ("160,000 votes out of 160,000" is not "92,153 out of 160,000").
    fn numbers(&mut self) {
        let (first, primary_facts) = self.primary();
        let primary: Vec<Quantity> = primary_facts.map_or_else(Vec::new, |f| f.numbers.clone());
        // A year-shaped figure ("1639 injured") reads as a year: the text's
        // figure may have replaced one of the primary's years, and back.
        let primary_years: Vec<Span> = primary_facts
            .map_or(&[][..], |f| &f.dates[..])
            .iter()
            .filter(|d| {
                matches!(d.kind, DateKind::Year(_)) && !self.facts.dates.iter().any(|t| t.kind == d.kind)
            })
            .map(|d| d.span)
            .collect();
        let text = &self.facts.numbers;
        let (text_matched, primary_used) = pair_up(text, &primary, Quantity::same);
        for (q, _) in text.iter().zip(&text_matched).filter(|(_, m)| !**m) {
            let shown = self.doc.slice(q.span).to_string();
            // The source's figure for the same thing: one the text does not state.
            let replaced = primary
                .iter()
                .zip(&primary_used)
                .filter(|(a, used)| !**used && a.percent == q.percent)
                .map(|(a, _)| a)
                .min_by(|a, b| ratio(a.value, q.value).total_cmp(&ratio(b.value, q.value)))
                .map(|a| a.span)
                .or(primary_years.first().copied());
            if let Some(theirs_span) = replaced {
                let theirs = self.sources.slice(first.source, theirs_span).to_string();
                let message = format!("{} says {theirs}; the text says {shown}.", self.label(first));
                let evidence = vec![self.sources.evidence(first, "source sentence")];
                self.report(NUMBER_CHANGED, q.span, message, Some(theirs), evidence);
            } else if !self.sources.every_sentence().any(|(_, f)| f.numbers.iter().any(|a| a.same(q))) {
                let message = format!("No source gives the figure {shown}.");
                let evidence = vec![self.sources.evidence(first, "closest source sentence")];
                self.report(NUMBER_CHANGED, q.span, message, None, evidence);
            }
            // Otherwise a source states it elsewhere: a derived or repeated figure.
        }
    }

    /// Dates as figures: a date of the same class (a weekday for a weekday)
    /// in the primary source sentence that the text lacks is the one changed.
    fn dates(&mut self) {
        let (first, primary_facts) = self.primary();
        let primary: Vec<facts::DateMention> = primary_facts.map_or_else(Vec::new, |f| f.dates.clone());
        // A year may have replaced a plain figure of the primary ("with 25 injured").
        let primary_figures: Vec<Span> = primary_facts
            .map_or(&[][..], |f| &f.numbers[..])
            .iter()
            .filter(|q| !q.percent && !self.facts.numbers.iter().any(|t| t.same(q)))
            .map(|q| q.span)
            .collect();
        let text = &self.facts.dates;
        let same = |a: &facts::DateMention, b: &facts::DateMention| a.kind == b.kind;
        let (text_matched, primary_used) = pair_up(text, &primary, same);
        for (d, _) in text.iter().zip(&text_matched).filter(|(_, m)| !**m) {
            let shown = self.doc.slice(d.span).to_string();
            let replaced = primary
                .iter()
                .zip(&primary_used)
                .find(|(a, used)| !**used && a.kind.class() == d.kind.class())
                .map(|(a, _)| a.span)
                .or_else(|| primary_figures.first().copied().filter(|_| matches!(d.kind, DateKind::Year(_))));
            if let Some(theirs_span) = replaced {
                let theirs = self.sources.slice(first.source, theirs_span).to_string();
                let message = format!("{} says {theirs}; the text says {shown}.", self.label(first));
                let evidence = vec![self.sources.evidence(first, "source sentence")];
                self.report(DATE_CHANGED, d.span, message, Some(theirs), evidence);
            } else if !self.sources.every_sentence().any(|(_, f)| f.dates.iter().any(|a| a.kind == d.kind)) {
                let message = format!("No source gives the date {shown}.");
                let evidence = vec![self.sources.evidence(first, "closest source sentence")];
                self.report(DATE_CHANGED, d.span, message, None, evidence);
            }
        }
    }

    /// Names are compared with the primary source sentence: a name the text
    /// has and the primary lacks, while the primary has a name the text
    /// lacks, is a changed name (misspelt when the two are a letter or two
    /// apart). A name no source has at all is reported too.
    fn names(&mut self) {
        let (first, primary) = self.primary();
        let primary_words = self.words_of(&[first]);
        let aligned_words = self.words_of(&self.aligned.sources);
        let text_words = self.text_words();
        // Names of the primary the text lacks, or has fewer times ("United
        // States ... United States" with one of them replaced).
        let primary_names = primary.map_or(&[][..], |f| &f.names[..]);
        let times =
            |names: &[facts::Name], n: &facts::Name| names.iter().filter(|m| m.words == n.words).count();
        let dropped: Vec<facts::Name> = primary_names
            .iter()
            .filter(|n| !n.sentence_initial || n.words.len() > 1)
            .filter(|n| {
                n.words.iter().any(|w| !text_words.contains(w.as_str()))
                    || times(primary_names, n) > times(&self.facts.names, n)
            })
            .cloned()
            .collect();
        for name in &self.facts.names {
            let missing: Vec<&String> =
                name.words.iter().filter(|w| !primary_words.contains(w.as_str())).collect();
            let Some(first_missing) = missing.first() else { continue };
            let shown = self.doc.slice(name.span).to_string();
            let distance = |n: &facts::Name| {
                n.words.iter().map(|w| edit_distance(w, first_missing)).min().unwrap_or(usize::MAX)
            };
            if let Some(n) = dropped.iter().min_by_key(|n| distance(n)) {
                let theirs = self.sources.slice(first.source, n.span).to_string();
                let misspelt = distance(n) <= 2 && first_missing.chars().count() > 3;
                let message = if misspelt {
                    format!("{} spells this name {theirs}; the text has {shown}.", self.label(first))
                } else {
                    format!("{} names {theirs} here; the text names {shown}.", self.label(first))
                };
                let evidence = vec![self.sources.evidence(first, "source sentence")];
                self.report(NAME_CHANGED, name.span, message, Some(theirs), evidence);
            } else if !name.sentence_initial
                && missing.iter().any(|w| !aligned_words.contains(w.as_str()) && !self.sources.index.has(w))
            {
                let message = format!("No source names {shown}.");
                let evidence = vec![self.sources.evidence(first, "closest source sentence")];
                self.report(NAME_CHANGED, name.span, message, None, evidence);
            }
        }
    }

    /// A role in the text against every role the sources give the same person.
    fn roles(&mut self) {
        let all: Vec<(SourceSentence, &Role)> =
            self.sources.every_sentence().flat_map(|(s, f)| f.roles.iter().map(move |r| (s, r))).collect();
        for role in &self.facts.roles {
            let own: Vec<&(SourceSentence, &Role)> =
                all.iter().filter(|(_, r)| r.person == role.person).collect();
            if own.is_empty() {
                continue; // The sources do not describe this person: nothing to compare.
            }
            let overlap = |other: &Role| role.words.iter().filter(|w| other.words.contains(w)).count();
            let extra: Vec<&String> =
                role.words.iter().filter(|w| !own.iter().any(|(_, r)| r.words.contains(w))).collect();
            if extra.is_empty() {
                continue;
            }
            let own_best = own.iter().map(|(_, r)| overlap(r)).max().unwrap_or(0);
            let (own_sentence, own_role) =
                *own.iter().max_by_key(|(_, r)| overlap(r)).copied().unwrap_or(own[0]);
            let own_text = self.sources.slice(own_sentence.source, own_role.span).to_string();
            let shown = self.doc.slice(role.span).to_string();
            let swapped_with = all
                .iter()
                .filter(|(_, r)| {
                    // Shared words that tell roles apart: a title, two words, or
                    // the other person's whole role ("the mayor of Esperanza").
                    let shared: Vec<&&String> = extra.iter().filter(|w| r.words.contains(w)).collect();
                    let whole = role.words.iter().all(|w| r.words.contains(w));
                    r.person != role.person
                        && (shared.iter().any(|w| facts::is_role_noun(w))
                            || shared.len() >= 2
                            || (whole && !shared.is_empty()))
                })
                .filter(|(_, r)| overlap(r) > own_best)
                .max_by_key(|(_, r)| overlap(r));
            let mut evidence =
                vec![self.sources.evidence(own_sentence, "how the source describes this person")];
            if let Some((other_sentence, other)) = swapped_with {
                let other_text = self.sources.slice(other_sentence.source, other.span).to_string();
                if *other_sentence != own_sentence {
                    evidence.push(self.sources.evidence(*other_sentence, "whom the source gives this role"));
                }
                let message = format!(
                    "{} gives “{other_text}” to {}, not to {}; it calls {} “{own_text}”.",
                    self.label(*other_sentence),
                    other.person_text,
                    role.person_text,
                    role.person_text,
                );
                self.report(ROLE_CHANGED, role.span, message, Some(own_text), evidence);
            } else if extra.iter().any(|w| facts::is_role_noun(w)) {
                let message = format!(
                    "{} never calls {} “{shown}”; it calls {} “{own_text}”.",
                    self.label(own_sentence),
                    role.person_text,
                    role.person_text,
                );
                evidence.truncate(1);
                self.report(ROLE_CHANGED, role.span, message, Some(own_text), evidence);
            }
        }
    }

    /// Negation and modality against the primary source sentence. A marker
    /// counts as missing on the other side only where its head word appears
    /// there in the same clause (after the same content word), so "was not
    /// qualifying" and a later "two qualifying polls" are not a flip.
    fn polarity(&mut self) {
        let sources = self.sources;
        let first = self.aligned.sources[0];
        let Some(primary) = sources.facts(first) else { return };
        let Some(source_doc) = sources.docs.get(first.source) else { return };
        let source_norms = sources.norms.get(first.source).map_or(&[][..], Vec::as_slice);
        let source_tokens = facts::tokens(source_doc, first.sentence, source_norms);
        let text_tokens = facts::tokens(self.doc, self.sentence, self.text_norms);
        let label = self.label(first).to_string();
        let text_facts = self.facts;
        let text_polarity = &text_facts.polarity;
        let source_polarity = &primary.polarity;
        let negations =
            |list: &[facts::Polarity], head: &str| list.iter().any(|p| p.modal.is_none() && p.head == head);

        // Negation the text adds: the source states the same clause plainly.
        for p in text_polarity.iter().filter(|p| p.modal.is_none()) {
            if !negations(source_polarity, &p.head)
                && occurs_after(&source_tokens, &p.head, p.before.as_deref()).is_some()
            {
                let shown = self.doc.slice(p.span).to_string();
                let message =
                    format!("The text says “{shown} … {}”; {label} states it without negation.", p.head);
                let evidence = vec![self.sources.evidence(first, "source sentence")];
                self.report(POLARITY_FLIPPED, p.span, message, None, evidence);
            }
        }
        // Negation the text drops.
        for a in source_polarity.iter().filter(|p| p.modal.is_none()) {
            if negations(text_polarity, &a.head) {
                continue;
            }
            if let Some(span) = occurs_after(&text_tokens, &a.head, a.before.as_deref()) {
                let theirs = self.sources.slice(first.source, a.span).to_string();
                let message = format!("{label} says “{theirs} … {}”; the text drops the negation.", a.head);
                let evidence = vec![self.sources.evidence(first, "source sentence")];
                self.report(POLARITY_FLIPPED, span, message, None, evidence);
            }
        }
        // A different modal before the same word.
        for p in text_polarity.iter().filter(|p| p.modal.is_some()) {
            let same = source_polarity.iter().any(|a| a.modal == p.modal && a.head == p.head);
            let other =
                source_polarity.iter().find(|a| a.modal.is_some() && a.modal != p.modal && a.head == p.head);
            if let (false, Some(a)) = (same, other) {
                let theirs = self.sources.slice(first.source, a.span).to_string();
                let shown = self.doc.slice(p.span).to_string();
                let message = format!("{label} says “{theirs} {}”; the text says “{shown}”.", a.head);
                let evidence = vec![self.sources.evidence(first, "source sentence")];
                self.report(POLARITY_FLIPPED, p.span, message, Some(theirs), evidence);
            }
        }
    }
}

/// Quotations must be verbatim: punctuation and case aside, the words must
/// appear in some source as they stand.
fn check_quotation(
    doc: &Document,
    span: Span,
    aligned: &Alignment,
    sources: &Sources,
    out: &mut Vec<Finding>,
) {
    let key = comparison_key(doc.slice(span));
    let words: Vec<&str> = key.split(' ').collect();
    if words.len() < 3 {
        return;
    }
    let padded = format!(" {key} ");
    if sources.keys.iter().any(|k| k.contains(&padded)) {
        return;
    }
    let overlap = |other: &str| {
        let theirs: FastSet<&str> = other.split(' ').collect();
        words.iter().filter(|w| theirs.contains(*w)).count() as f32 / words.len() as f32
    };
    let best =
        sources.quotations.iter().map(|(i, s, k)| (i, s, overlap(k))).max_by(|a, b| a.2.total_cmp(&b.2));
    let mut finding = match best {
        Some((&source, &quote_span, score)) if score >= 0.5 => {
            let theirs = sources.slice(source, quote_span).to_string();
            let label = sources.labels.get(source).map_or("The source", String::as_str);
            let mut f = Finding::new(
                QUOTE_CHANGED,
                Category::Source,
                Severity::Error,
                span,
                format!("{label} quotes these words differently: “{theirs}”."),
            );
            f.expected = Some(theirs);
            f.related.push(Evidence {
                place: Place::Source { source, span: quote_span },
                note: "the source's quotation".into(),
                text: None,
            });
            f
        }
        _ if aligned.score >= WEAKLY_ALIGNED => {
            let mut f = Finding::new(
                QUOTE_CHANGED,
                Category::Source,
                Severity::Error,
                span,
                "No source has this quotation as it stands.",
            );
            if let Some(&s) = aligned.sources.first() {
                f.related.push(sources.evidence(s, "closest source sentence"));
            }
            f
        }
        // An unaligned sentence is reported as unsupported, quotation and all.
        _ => return,
    };
    finding.similarity = Some(aligned.score);
    out.push(finding);
}

/// Where `head` occurs with `before` among the five words ahead of it (or
/// anywhere, when there is no `before`): the same clause on the other side.
/// Occurrences with a negation among the four words before them ("does
/// not, nevertheless, list") count as negated whatever the parser took for
/// the negation's head.
fn occurs_after(tokens: &[facts::Token], head: &str, before: Option<&str>) -> Option<Span> {
    tokens.iter().enumerate().find_map(|(k, t)| {
        let context_ok = before.is_none_or(|b| tokens[k.saturating_sub(6)..k].iter().any(|c| c.norm == b));
        let negated = tokens[k.saturating_sub(4)..k].iter().any(|c| facts::is_negation(c.norm));
        (t.norm == head && context_ok && !negated).then_some(t.span)
    })
}

/// Matches each text item with one equal source item: (text matched, source used).
fn pair_up<T>(text: &[T], source: &[T], same: impl Fn(&T, &T) -> bool) -> (Vec<bool>, Vec<bool>) {
    let mut used = vec![false; source.len()];
    let matched = text
        .iter()
        .map(|t| match source.iter().zip(&used).position(|(s, u)| !*u && same(s, t)) {
            Some(k) => {
                used[k] = true;
                true
            }
            None => false,
        })
        .collect();
    (matched, used)
}

fn ratio(a: f64, b: f64) -> f64 {
    let (a, b) = (a.abs().max(1e-9), b.abs().max(1e-9));
    (a / b).max(b / a)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests;
