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
/// Written by hand below (the passage's fields inline, in camelCase): see
/// [`PassageOut::serialize_inline`].
#[derive(Debug, Clone)]
pub struct AlignmentOut {
    /// Index of the sentence in the text, from 0.
    pub sentence: usize,
    pub passage: PassageOut,
    pub status: Status,
    /// Share of the sentence's weighted content words the sources carry, 0..1.
    pub score: f32,
    /// The supporting source sentences, best first.
    pub sources: Vec<SourcePassageOut>,
}

/// Written by hand below, as [`AlignmentOut`] is.
#[derive(Debug, Clone)]
pub struct SourcePassageOut {
    /// The source's label.
    pub source: String,
    /// Its index in `options.sources`.
    pub index: usize,
    pub passage: PassageOut,
}

impl serde::Serialize for AlignmentOut {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("AlignmentOut", 8)?;
        out.serialize_field("sentence", &self.sentence)?;
        self.passage.serialize_inline(&mut out)?;
        out.serialize_field("status", &self.status)?;
        out.serialize_field("score", &self.score)?;
        out.serialize_field("sources", &self.sources)?;
        out.end()
    }
}

impl serde::Serialize for SourcePassageOut {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("SourcePassageOut", 6)?;
        out.serialize_field("source", &self.source)?;
        out.serialize_field("index", &self.index)?;
        self.passage.serialize_inline(&mut out)?;
        out.end()
    }
}

pub fn alignment_out(
    doc: &Document,
    sources: &[Document],
    inputs: &[SourceInput],
    alignment: &[SentenceAlignment],
) -> Vec<AlignmentOut> {
    // Loops rather than `filter_map(..).collect()`: in this family each such
    // chain was its own copy of the standard library's collecting code.
    let mut out = Vec::with_capacity(alignment.len());
    for a in alignment {
        let Some(sentence) = doc.sentences.get(a.sentence) else { continue };
        let mut passages = Vec::with_capacity(a.sources.len());
        for s in &a.sources {
            let Some(source) = sources.get(s.source) else { continue };
            let Some(source_sentence) = source.sentences.get(s.sentence) else { continue };
            passages.push(SourcePassageOut {
                source: inputs.get(s.source).map_or_else(String::new, |i| i.label.clone()),
                index: s.source,
                passage: PassageOut::new(source, source_sentence.span),
            });
        }
        out.push(AlignmentOut {
            sentence: a.sentence,
            passage: PassageOut::new(doc, sentence.span),
            status: a.status,
            score: (a.score * 1000.0).round() / 1000.0,
            sources: passages,
        });
    }
    out
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
    /// The sources' quotations: where each is (source, span), and beside
    /// that its comparison key. Two lists of plain types rather than one of
    /// triples, whose drop code was a copy of its own in the wasm.
    quotation_places: Vec<(usize, Span)>,
    quotation_keys: Vec<String>,
}

impl<'a> Sources<'a> {
    fn new(docs: &'a [Document<'a>], inputs: &[SourceInput], with_quotations: bool) -> Self {
        // One loop over the sources filling every list (rather than a
        // `map(..).collect()` chain per list, each its own code in the wasm).
        let mut norms = Vec::with_capacity(docs.len());
        let mut facts = Vec::with_capacity(docs.len());
        let mut labels = Vec::with_capacity(docs.len());
        let mut keys = Vec::new();
        let mut quotation_places = Vec::new();
        let mut quotation_keys = Vec::new();
        for (i, doc) in docs.iter().enumerate() {
            let doc_norms = facts::normalise_all(doc);
            let mut doc_facts = Vec::with_capacity(doc.sentences.len());
            for sentence in 0..doc.sentences.len() {
                doc_facts.push(SentenceFacts::read(doc, sentence, &doc_norms));
            }
            facts.push(doc_facts);
            norms.push(doc_norms);
            // Only a text that quotes needs the sources' quotation keys.
            if with_quotations {
                keys.push(format!(" {} ", comparison_key(doc.text)));
            }
            for q in &facts::quotations(doc) {
                quotation_places.push((i, q.span));
                quotation_keys.push(comparison_key(doc.slice(q.span)));
            }
            labels.push(inputs.get(i).map_or_else(|| format!("source {}", i + 1), |s| s.label.clone()));
        }
        let index = SourceIndex::new(docs, &norms);
        Sources { docs, labels, norms, facts, index, keys, quotation_places, quotation_keys }
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
        self.evidence_at(s.source, self.span(s), note)
    }

    fn evidence_at(&self, source: usize, span: Span, note: &str) -> Evidence {
        Evidence { place: Place::Source { source, span }, note: note.to_string(), text: None }
    }

    /// Does any source sentence pass `test`? A `dyn` test: one copy of the
    /// loop in the wasm for all its callers.
    fn any_sentence(&self, test: &dyn Fn(&SentenceFacts) -> bool) -> bool {
        for list in &self.facts {
            for f in list {
                if test(f) {
                    return true;
                }
            }
        }
        false
    }
}

pub fn check(doc: &Document, source_docs: &[Document], options: &Options) -> SourceCheck {
    let quotes = facts::quotations(doc);
    let sources = Sources::new(source_docs, &options.sources, !quotes.is_empty());
    let text_norms = facts::normalise_all(doc);
    let mut alignments = align::align(doc, &text_norms, &sources.index);
    let mut findings = Vec::new();
    let mut alignment = Vec::with_capacity(doc.sentences.len());
    // By reference, each sentence's sources moved out at its end (an owning
    // loop was a copy of its own of the standard library's iterator).
    for (sentence, aligned) in alignments.iter_mut().enumerate() {
        let before = findings.len();
        let text_facts = SentenceFacts::read(doc, sentence, &text_norms);
        let compared = aligned.score >= WEAKLY_ALIGNED && !aligned.sources.is_empty();
        if compared {
            let mut cx = Pair {
                doc,
                text_norms: &text_norms,
                sentence,
                facts: &text_facts,
                aligned,
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
        for quote in &quotes {
            if sentence_span.contains(Span::new(quote.span.start(), quote.span.start())) {
                check_quotation(doc, quote.span, aligned, &sources, &mut findings);
            }
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
            sources: std::mem::take(&mut aligned.sources),
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
    fn label(&self, s: SourceSentence) -> &'c str {
        let sources: &'c Sources = self.sources;
        sources.labels.get(s.source).map_or("the source", String::as_str)
    }

    /// The content words of these sentences of the text (`Text`) or of the sources.
    fn words_of(&self, sentences: Sentences) -> FastSet<&'c str> {
        let mut words = FastSet::default();
        let mut add = |norms: &'c [String], sentence: Option<&crate::text::Sentence>| {
            if let Some(sentence) = sentence {
                // A loop of inserts, not `extend`: one less copy of the set's code.
                for w in norms.get(sentence.words.clone()).unwrap_or(&[]) {
                    words.insert(w.as_str());
                }
            }
        };
        match sentences {
            Sentences::Text => add(self.text_norms, self.doc.sentences.get(self.sentence)),
            Sentences::Source(list) => {
                for s in list {
                    if let Some(norms) = self.sources.norms.get(s.source) {
                        add(norms, self.sources.docs.get(s.source).and_then(|d| d.sentences.get(s.sentence)));
                    }
                }
            }
        }
        words
    }

    /// Reports a finding whose one piece of evidence is source sentence `s`.
    fn report(
        &mut self,
        rule: &'static str,
        span: Span,
        message: String,
        expected: Option<String>,
        s: SourceSentence,
        note: &str,
    ) {
        self.report_with(rule, span, message, expected, vec![self.sources.evidence(s, note)]);
    }

    fn report_with(
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

    fn primary(&self) -> (SourceSentence, Option<&'c SentenceFacts>) {
        let first = self.aligned.sources[0];
        (first, self.sources.facts(first))
    }

    /// A figure or date of the text (`what`, at `span`) the primary source
    /// sentence lacks: a change of the primary's figure at `replaced`, or,
    /// with none replaced, a figure no source states (`stated` in none).
    fn report_changed(
        &mut self,
        rule: &'static str,
        what: &str,
        span: Span,
        replaced: Option<Span>,
        stated: &dyn Fn(&SentenceFacts) -> bool,
    ) {
        let first = self.aligned.sources[0];
        let shown = self.doc.slice(span);
        if let Some(theirs_span) = replaced {
            let theirs = self.sources.slice(first.source, theirs_span).to_string();
            let message = format!("{} says {theirs}; the text says {shown}.", self.label(first));
            self.report(rule, span, message, Some(theirs), first, "source sentence");
        } else if !self.sources.any_sentence(stated) {
            let message = format!("No source gives the {what} {shown}.");
            self.report(rule, span, message, None, first, "closest source sentence");
        }
    }

    /// Figures are compared with the primary (best) source sentence first: a
    /// secondary sentence merged in by alignment must not explain away a
    /// figure the primary states differently. Each source figure matches one
    /// text figure ("160,000 votes out of 160,000" is not "92,153 out of 160,000").
    fn numbers(&mut self) {
        let (_, primary_facts) = self.primary();
        let primary: &[Quantity] = primary_facts.map_or(&[], |f| &f.numbers);
        // A year-shaped figure ("1639 injured") reads as a year: the text's
        // figure may have replaced one of the primary's years (the first the
        // text lacks), and back.
        let mut primary_year = None;
        for d in primary_facts.map_or(&[][..], |f| &f.dates) {
            if matches!(d.kind, DateKind::Year(_)) && !self.facts.dates.iter().any(|t| t.kind == d.kind) {
                primary_year = Some(d.span);
                break;
            }
        }
        let text = &self.facts.numbers;
        let (text_matched, primary_used) =
            pair_up(text.len(), primary.len(), &|t, s| primary[s].same(&text[t]));
        for (q, matched) in text.iter().zip(text_matched) {
            if matched {
                continue;
            }
            // The source's figure for the same thing: one the text does not
            // state, the nearest in ratio (the first of equals).
            let mut nearest: Option<&Quantity> = None;
            for (a, used) in primary.iter().zip(&primary_used) {
                if *used || a.percent != q.percent {
                    continue;
                }
                if nearest.is_none_or(|b| ratio(a.value, q.value).total_cmp(&ratio(b.value, q.value)).is_lt())
                {
                    nearest = Some(a);
                }
            }
            let replaced = nearest.map(|a| a.span).or(primary_year);
            // A figure a source states elsewhere is derived or repeated.
            let stated = |f: &SentenceFacts| f.numbers.iter().any(|a| a.same(q));
            self.report_changed(NUMBER_CHANGED, "figure", q.span, replaced, &stated);
        }
    }

    /// Dates as figures: a date of the same class (a weekday for a weekday)
    /// in the primary source sentence that the text lacks is the one changed.
    fn dates(&mut self) {
        let (_, primary_facts) = self.primary();
        let primary: &[facts::DateMention] = primary_facts.map_or(&[], |f| &f.dates);
        // A year may have replaced a plain figure of the primary ("with 25
        // injured"): the first the text lacks.
        let mut primary_figure = None;
        for q in primary_facts.map_or(&[][..], |f| &f.numbers) {
            if !q.percent && !self.facts.numbers.iter().any(|t| t.same(q)) {
                primary_figure = Some(q.span);
                break;
            }
        }
        let text = &self.facts.dates;
        let (text_matched, primary_used) =
            pair_up(text.len(), primary.len(), &|t, s| primary[s].kind == text[t].kind);
        for (d, matched) in text.iter().zip(text_matched) {
            if matched {
                continue;
            }
            let mut replaced = None;
            for (a, used) in primary.iter().zip(&primary_used) {
                if !*used && a.kind.class() == d.kind.class() {
                    replaced = Some(a.span);
                    break;
                }
            }
            let replaced = replaced.or(primary_figure.filter(|_| matches!(d.kind, DateKind::Year(_))));
            let stated = |f: &SentenceFacts| f.dates.iter().any(|a| a.kind == d.kind);
            self.report_changed(DATE_CHANGED, "date", d.span, replaced, &stated);
        }
    }

    /// Names are compared with the primary source sentence: a name the text
    /// has and the primary lacks, while the primary has a name the text
    /// lacks, is a changed name (misspelt when the two are a letter or two
    /// apart). A name no source has at all is reported too.
    fn names(&mut self) {
        let (first, primary) = self.primary();
        let primary_words = self.words_of(Sentences::Source(&[first]));
        let aligned_words = self.words_of(Sentences::Source(&self.aligned.sources));
        let text_words = self.words_of(Sentences::Text);
        // Names of the primary the text lacks, or has fewer times ("United
        // States ... United States" with one of them replaced).
        let primary_names = primary.map_or(&[][..], |f| &f.names[..]);
        let times =
            |names: &[facts::Name], n: &facts::Name| names.iter().filter(|m| m.words == n.words).count();
        let mut dropped: Vec<&facts::Name> = Vec::new();
        for n in primary_names {
            if (!n.sentence_initial || n.words.len() > 1)
                && (n.words.iter().any(|w| !text_words.contains(w.as_str()))
                    || times(primary_names, n) > times(&self.facts.names, n))
            {
                dropped.push(n);
            }
        }
        for name in &self.facts.names {
            let missing = |w: &&String| !primary_words.contains(w.as_str());
            let Some(first_missing) = name.words.iter().find(missing) else { continue };
            let shown = self.doc.slice(name.span);
            // The dropped name nearest in spelling (the first of equals).
            let mut nearest: Option<(&facts::Name, usize)> = None;
            for &n in &dropped {
                let mut distance = usize::MAX;
                for w in &n.words {
                    distance = distance.min(edit_distance(w, first_missing));
                }
                if nearest.is_none_or(|(_, best)| distance < best) {
                    nearest = Some((n, distance));
                }
            }
            if let Some((n, distance)) = nearest {
                let theirs = self.sources.slice(first.source, n.span).to_string();
                let misspelt = distance <= 2 && first_missing.chars().count() > 3;
                let message = if misspelt {
                    format!("{} spells this name {theirs}; the text has {shown}.", self.label(first))
                } else {
                    format!("{} names {theirs} here; the text names {shown}.", self.label(first))
                };
                self.report(NAME_CHANGED, name.span, message, Some(theirs), first, "source sentence");
            } else if !name.sentence_initial
                && name
                    .words
                    .iter()
                    .any(|w| missing(&w) && !aligned_words.contains(w.as_str()) && !self.sources.index.has(w))
            {
                let message = format!("No source names {shown}.");
                self.report(NAME_CHANGED, name.span, message, None, first, "closest source sentence");
            }
        }
    }

    /// A role in the text against every role the sources give the same person.
    fn roles(&mut self) {
        let mut all: Vec<(SourceSentence, &Role)> = Vec::new();
        for (source, list) in self.sources.facts.iter().enumerate() {
            for (sentence, f) in list.iter().enumerate() {
                for r in &f.roles {
                    all.push((SourceSentence { source, sentence }, r));
                }
            }
        }
        for role in &self.facts.roles {
            let overlap = |other: &Role| role.words.iter().filter(|w| other.words.contains(w)).count();
            // The sources' role for this person that shares most words with
            // the text's (the last of equals).
            let mut own: Option<(SourceSentence, &Role)> = None;
            let mut own_best = 0;
            for &(s, r) in &all {
                if r.person != role.person {
                    continue;
                }
                let shared = overlap(r);
                if own.is_none() || shared >= own_best {
                    own = Some((s, r));
                    own_best = shared;
                }
            }
            let Some((own_sentence, own_role)) = own else {
                continue; // The sources do not describe this person: nothing to compare.
            };
            let mut extra: Vec<&String> = Vec::new();
            for w in &role.words {
                if !all.iter().any(|(_, r)| r.person == role.person && r.words.contains(w)) {
                    extra.push(w);
                }
            }
            if extra.is_empty() {
                continue;
            }
            let own_text = self.sources.slice(own_sentence.source, own_role.span).to_string();
            let shown = self.doc.slice(role.span);
            // Another person's role that fits the text's better than this
            // person's own (the last of the best).
            let mut swapped_with: Option<&(SourceSentence, &Role)> = None;
            let mut swapped_best = 0;
            for candidate in &all {
                let r = candidate.1;
                if r.person == role.person {
                    continue;
                }
                let fit = overlap(r);
                if fit <= own_best {
                    continue;
                }
                // Shared words that tell roles apart: a title, two words, or
                // the other person's whole role ("the mayor of Esperanza").
                let mut shared = 0;
                let mut shares_title = false;
                for w in &extra {
                    if r.words.contains(w) {
                        shared += 1;
                        shares_title |= facts::is_role_noun(w);
                    }
                }
                let whole = role.words.iter().all(|w| r.words.contains(w));
                let tells_apart = shares_title || shared >= 2 || (whole && shared > 0);
                if tells_apart && (swapped_with.is_none() || fit >= swapped_best) {
                    swapped_with = Some(candidate);
                    swapped_best = fit;
                }
            }
            let own_evidence = self.sources.evidence(own_sentence, "how the source describes this person");
            if let Some((other_sentence, other)) = swapped_with {
                let other_text = self.sources.slice(other_sentence.source, other.span);
                let mut evidence = vec![own_evidence];
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
                self.report_with(ROLE_CHANGED, role.span, message, Some(own_text), evidence);
            } else if extra.iter().any(|w| facts::is_role_noun(w)) {
                let message = format!(
                    "{} never calls {} “{shown}”; it calls {} “{own_text}”.",
                    self.label(own_sentence),
                    role.person_text,
                    role.person_text,
                );
                self.report_with(ROLE_CHANGED, role.span, message, Some(own_text), vec![own_evidence]);
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
        let label = self.label(first);
        let text_facts = self.facts;
        let text_polarity = &text_facts.polarity;
        let source_polarity = &primary.polarity;
        let negations =
            |list: &[facts::Polarity], head: &str| list.iter().any(|p| p.modal.is_none() && p.head == head);

        // Negation the text adds: the source states the same clause plainly.
        for p in text_polarity {
            if p.modal.is_none()
                && !negations(source_polarity, &p.head)
                && occurs_after(&source_tokens, &p.head, p.before.as_deref()).is_some()
            {
                let shown = self.doc.slice(p.span);
                let message =
                    format!("The text says “{shown} … {}”; {label} states it without negation.", p.head);
                self.report(POLARITY_FLIPPED, p.span, message, None, first, "source sentence");
            }
        }
        // Negation the text drops.
        for a in source_polarity {
            if a.modal.is_some() || negations(text_polarity, &a.head) {
                continue;
            }
            if let Some(span) = occurs_after(&text_tokens, &a.head, a.before.as_deref()) {
                let theirs = self.sources.slice(first.source, a.span);
                let message = format!("{label} says “{theirs} … {}”; the text drops the negation.", a.head);
                self.report(POLARITY_FLIPPED, span, message, None, first, "source sentence");
            }
        }
        // A different modal before the same word.
        for p in text_polarity {
            if p.modal.is_none() {
                continue;
            }
            let same = source_polarity.iter().any(|a| a.modal == p.modal && a.head == p.head);
            let other =
                source_polarity.iter().find(|a| a.modal.is_some() && a.modal != p.modal && a.head == p.head);
            if let (false, Some(a)) = (same, other) {
                let theirs = self.sources.slice(first.source, a.span).to_string();
                let shown = self.doc.slice(p.span);
                let message = format!("{label} says “{theirs} {}”; the text says “{shown}”.", a.head);
                self.report(POLARITY_FLIPPED, p.span, message, Some(theirs), first, "source sentence");
            }
        }
    }
}

/// Whose content words `Pair::words_of` collects.
enum Sentences<'s> {
    /// The text sentence being compared.
    Text,
    Source(&'s [SourceSentence]),
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
    // Loops of pushes and inserts rather than `collect`: each collect was a
    // copy of its own in the wasm.
    let mut words: Vec<&str> = Vec::new();
    for w in key.split(' ') {
        words.push(w);
    }
    if words.len() < 3 {
        return;
    }
    let padded = format!(" {key} ");
    if sources.keys.iter().any(|k| k.contains(&padded)) {
        return;
    }
    let overlap = |other: &str| {
        let mut theirs: FastSet<&str> = FastSet::default();
        for w in other.split(' ') {
            theirs.insert(w);
        }
        let mut shared = 0;
        for &w in &words {
            if theirs.contains(w) {
                shared += 1;
            }
        }
        shared as f32 / words.len() as f32
    };
    // The source quotation sharing most words (the last of equals).
    let mut best: Option<((usize, Span), f32)> = None;
    for (&place, key) in sources.quotation_places.iter().zip(&sources.quotation_keys) {
        let score = overlap(key);
        if best.is_none_or(|(_, b)| !b.total_cmp(&score).is_gt()) {
            best = Some((place, score));
        }
    }
    let (message, expected, evidence) = match best {
        Some(((source, quote_span), score)) if score >= 0.5 => {
            let theirs = sources.slice(source, quote_span);
            let label = sources.labels.get(source).map_or("The source", String::as_str);
            let message = format!("{label} quotes these words differently: “{theirs}”.");
            let evidence = sources.evidence_at(source, quote_span, "the source's quotation");
            (message, Some(theirs.to_string()), Some(evidence))
        }
        _ if aligned.score >= WEAKLY_ALIGNED => {
            let evidence = aligned.sources.first().map(|&s| sources.evidence(s, "closest source sentence"));
            ("No source has this quotation as it stands.".to_string(), None, evidence)
        }
        // An unaligned sentence is reported as unsupported, quotation and all.
        _ => return,
    };
    let mut finding = Finding::new(QUOTE_CHANGED, Category::Source, Severity::Error, span, message);
    if let Some(evidence) = evidence {
        finding.related.push(evidence);
    }
    finding.expected = expected;
    finding.similarity = Some(aligned.score);
    out.push(finding);
}

/// Where `head` occurs with `before` among the five words ahead of it (or
/// anywhere, when there is no `before`): the same clause on the other side.
/// Occurrences with a negation among the four words before them ("does
/// not, nevertheless, list") count as negated whatever the parser took for
/// the negation's head.
fn occurs_after(tokens: &[facts::Token], head: &str, before: Option<&str>) -> Option<Span> {
    for (k, t) in tokens.iter().enumerate() {
        if t.norm != head {
            continue;
        }
        let context_ok = before.is_none_or(|b| tokens[k.saturating_sub(6)..k].iter().any(|c| c.norm == b));
        let negated = tokens[k.saturating_sub(4)..k].iter().any(|c| facts::is_negation(c.norm));
        if context_ok && !negated {
            return Some(t.span);
        }
    }
    None
}

/// Matches each of `text_len` text items with one equal item of the source's
/// `source_len` (`same(text, source)` by index): (text matched, source used).
/// Indices and a `dyn` test: one copy of this code for figures and dates.
fn pair_up(
    text_len: usize,
    source_len: usize,
    same: &dyn Fn(usize, usize) -> bool,
) -> (Vec<bool>, Vec<bool>) {
    let mut used = vec![false; source_len];
    let mut matched = vec![false; text_len];
    for (t, text_matched) in matched.iter_mut().enumerate() {
        if let Some(s) = (0..source_len).find(|&s| !used[s] && same(t, s)) {
            used[s] = true;
            *text_matched = true;
        }
    }
    (matched, used)
}

fn ratio(a: f64, b: f64) -> f64 {
    let (a, b) = (a.abs().max(1e-9), b.abs().max(1e-9));
    (a / b).max(b / a)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // Filled by a loop: `collect` from a range was a copy of its own in the wasm.
    let mut row: Vec<usize> = Vec::with_capacity(b.len() + 1);
    for j in 0..=b.len() {
        row.push(j);
    }
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
