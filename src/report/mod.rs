//! The report model: findings as the checks produce them (byte spans), and
//! the report as it leaves the core (UTF-16 spans, lines and columns).
//!
//! The output shape follows unified/vfile messages where it can: `rule` is
//! vfile's `ruleId`, `span` + `line`/`column` its `place`, `text` its
//! `actual`, `expected` its `expected`.

pub mod claims;
pub mod entities;

use crate::parallel::Threads;
use crate::text::{Document, OffsetTable, Span, Utf16Span};
use serde::Serialize;

/// What a finding is about; the page colours and groups by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Claim,
    Repetition,
    Consistency,
    Attribution,
    Clarity,
    Register,
    Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// Where a piece of evidence lives.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// Another passage of the checked text.
    Text(Span),
    /// A passage of the source text with this index in `Options::sources`.
    Source { source: usize, span: Span },
    /// A record with no place in any text (a register entry).
    Record,
}

/// Evidence for a finding: the other passage, the source sentence, the record.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub place: Place,
    /// What this evidence is, in plain words ("first occurrence").
    pub note: String,
    /// For `Place::Record`, the record as text; otherwise taken from the span.
    pub text: Option<String>,
}

impl Evidence {
    pub fn in_text(span: Span, note: impl Into<String>) -> Self {
        Evidence { place: Place::Text(span), note: note.into(), text: None }
    }
}

/// A finding as a check produces it, with byte spans into the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable id, `family/name`, e.g. `repetition/duplicate-sentence`.
    pub rule: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    pub related: Vec<Evidence>,
    /// How close the passage is to its evidence, 0..1, where that means something.
    pub similarity: Option<f32>,
    /// What the text should probably say, where the check knows.
    pub expected: Option<String>,
    /// Findings about one repeated passage share a group number.
    pub group: Option<u32>,
}

impl Finding {
    pub fn new(
        rule: &'static str,
        category: Category,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            rule,
            category,
            severity,
            message: message.into(),
            span,
            related: Vec::new(),
            similarity: None,
            expected: None,
            group: None,
        }
    }
}

/// A passage of the checked text as it leaves the core: for the entity
/// sheet, claims and anything else that points into the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PassageOut {
    pub span: Utf16Span,
    pub line: u32,
    pub column: u32,
    pub text: String,
}

impl PassageOut {
    /// Writes the passage's four fields into the struct `out` is writing, as
    /// `#[serde(flatten)]` would, but without serde's flatten machinery (a map
    /// serializer of its own, about 1 KB of the wasm download).
    pub fn serialize_inline<S: serde::ser::SerializeStruct>(&self, out: &mut S) -> Result<(), S::Error> {
        out.serialize_field("span", &self.span)?;
        out.serialize_field("line", &self.line)?;
        out.serialize_field("column", &self.column)?;
        out.serialize_field("text", &self.text)
    }

    pub fn new(doc: &Document, span: Span) -> Self {
        let at = doc.offsets.line_column(span.start(), doc.text);
        PassageOut {
            span: doc.offsets.utf16_span(span),
            line: at.line,
            column: at.column,
            text: doc.slice(span).to_string(),
        }
    }
}

/// A labelled text the findings may point into besides the document.
pub struct SourceText<'a> {
    pub label: &'a str,
    pub text: &'a str,
    pub offsets: &'a OffsetTable,
}

/// The analysis result as it leaves the core: every span in UTF-16 code units.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub version: &'static str,
    pub findings: Vec<FindingOut>,
    /// Sentences that make a claim, in text order (filled by `analyze`).
    pub claims: Vec<claims::ClaimOut>,
    pub stats: Stats,
    /// Who's who: people and organisations with their mentions and roles.
    pub entities: Vec<entities::EntityOut>,
    /// Per sentence of the text: what the sources support (only with sources).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alignment: Vec<crate::checks::source::AlignmentOut>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FindingOut {
    pub rule: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub span: Utf16Span,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub text: String,
    pub related: Vec<RelatedOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RelatedOut {
    /// `text` (the checked text), `source` or `record`.
    pub kind: &'static str,
    /// The source's label, for `kind: "source"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Utf16Span>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    pub text: String,
    pub note: String,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    pub paragraphs: usize,
    pub sentences: usize,
    pub words: usize,
    /// Length of the text in UTF-16 code units (JavaScript's `length`).
    pub length: u32,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Stats {
    /// The text's counts, without the findings'.
    pub fn of(doc: &Document) -> Stats {
        Stats {
            paragraphs: doc.paragraphs.len(),
            sentences: doc.sentences.len(),
            words: doc.words.len(),
            length: doc.offsets.utf16(doc.text.len()),
            ..Stats::default()
        }
    }
}

/// Orders findings by (start, end, rule), ties in their original order. Uses the
/// crate's one shared position sort (a `sort_by` here added 5 KB to the wasm
/// build), then orders the findings on one same span by rule: a few per span,
/// so an insertion sort (stable) does it.
fn sort_by_position_and_rule(findings: &mut [Finding]) {
    crate::extract::entities::sort_by_position(findings, |f| (f.span.start(), f.span.end()));
    for i in 1..findings.len() {
        let mut j = i;
        while j > 0 && findings[j - 1].span == findings[j].span && findings[j - 1].rule > findings[j].rule {
            findings.swap(j - 1, j);
            j -= 1;
        }
    }
}

impl Report {
    /// Converts the checks' findings into the output model, sorted by
    /// position, on up to `threads` threads. `stats` are the text's
    /// ([`Stats::of`]); the findings' counts are added here.
    pub fn build(
        doc: &Document,
        stats: Stats,
        mut findings: Vec<Finding>,
        sources: &[SourceText],
        threads: Threads,
    ) -> Report {
        sort_by_position_and_rule(&mut findings);
        let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
        let stats = Stats {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            ..stats
        };
        let findings = threads.map_owned(findings, |finding| finding_out(doc, finding, sources));
        Report {
            version: crate::VERSION,
            findings,
            claims: Vec::new(),
            entities: Vec::new(),
            alignment: Vec::new(),
            stats,
        }
    }
}

fn finding_out(doc: &Document, finding: Finding, sources: &[SourceText]) -> FindingOut {
    let start = doc.offsets.line_column(finding.span.start(), doc.text);
    let end = doc.offsets.line_column(finding.span.end(), doc.text);
    let mut related = Vec::with_capacity(finding.related.len());
    for evidence in finding.related {
        related.push(related_out(doc, evidence, sources));
    }
    FindingOut {
        rule: finding.rule,
        category: finding.category,
        severity: finding.severity,
        message: finding.message,
        span: doc.offsets.utf16_span(finding.span),
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        text: doc.slice(finding.span).to_string(),
        related,
        similarity: finding.similarity.map(|s| (s * 1000.0).round() / 1000.0),
        expected: finding.expected,
        group: finding.group,
    }
}

fn related_out(doc: &Document, evidence: Evidence, sources: &[SourceText]) -> RelatedOut {
    let located = |kind, label: Option<&str>, text: &str, offsets: &OffsetTable, span: Span| {
        let at = offsets.line_column(span.start(), text);
        RelatedOut {
            kind,
            source: label.map(str::to_string),
            span: Some(offsets.utf16_span(span)),
            line: Some(at.line),
            column: Some(at.column),
            text: evidence.text.clone().unwrap_or_else(|| span.slice(text).to_string()),
            note: evidence.note.clone(),
        }
    };
    match evidence.place {
        Place::Text(span) => located("text", None, doc.text, &doc.offsets, span),
        Place::Source { source, span } => match sources.get(source) {
            Some(s) => located("source", Some(s.label), s.text, s.offsets, span),
            None => unreachable_source(evidence),
        },
        Place::Record => RelatedOut {
            kind: "record",
            source: None,
            span: None,
            line: None,
            column: None,
            text: evidence.text.unwrap_or_default(),
            note: evidence.note,
        },
    }
}

/// A source index that names no source is a bug in a check; report the
/// evidence without a place rather than panic in a reader's tab.
fn unreachable_source(evidence: Evidence) -> RelatedOut {
    debug_assert!(false, "evidence points to a missing source");
    RelatedOut {
        kind: "source",
        source: None,
        span: None,
        line: None,
        column: None,
        text: evidence.text.unwrap_or_default(),
        note: evidence.note,
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;

    fn finding(rule: &'static str, start: usize, end: usize, message: &str) -> Finding {
        Finding::new(rule, Category::Consistency, Severity::Warning, Span::new(start, end), message)
    }

    #[test]
    fn findings_are_ordered_by_start_end_and_rule_with_ties_kept_in_order() {
        let mut findings = vec![
            finding("b/rule", 5, 9, "first b"),
            finding("a/rule", 5, 9, "a"),
            finding("c/rule", 0, 3, "c"),
            finding("b/rule", 5, 9, "second b"),
            finding("a/rule", 5, 7, "shorter"),
        ];
        sort_by_position_and_rule(&mut findings);
        let order: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(order, ["c", "shorter", "a", "first b", "second b"]);
    }

    #[test]
    fn an_empty_list_stays_empty() {
        let mut findings = Vec::new();
        sort_by_position_and_rule(&mut findings);
        assert!(findings.is_empty());
    }
}
