//! Checks: one module per rule family. Each reads the analysed document
//! (and whatever the extractors found) and appends findings.

pub mod attribution;
pub mod consistency;
pub mod register;
pub mod repetition;
pub mod source;

use crate::extract::Extracted;
use crate::options::Options;
use crate::report::{Category, Finding, Severity};
use crate::text::Document;

/// Everything a check may read.
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    pub options: &'a Options,
    pub extracted: &'a Extracted,
    pub knowledge: &'a crate::Knowledge<'a>,
}

/// A rule as users see it in the README, the page and `--list-rules`.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub summary: &'static str,
}

/// Every rule factlint knows, in report order.
pub fn rules() -> Vec<Rule> {
    [repetition::RULES, consistency::RULES, register::RULES, attribution::RULES, source::RULES].concat()
}

/// What the checks found, and what the report says they checked.
pub struct Outcome {
    pub findings: Vec<Finding>,
    /// Per entity: the register's name for it, when checked against the register.
    pub register_names: Vec<Option<String>>,
}

/// Runs the enabled families that read only the text model (repetition).
/// `analyze` runs them before the extraction, so that on a long text their
/// indexes and the extraction are never in memory at the same time.
pub fn run_on_text(doc: &Document, options: &Options) -> Vec<Finding> {
    let mut findings = Vec::new();
    if options.family_enabled("repetition") {
        repetition::check(doc, &mut findings);
    }
    keep_enabled_rules(options, &mut findings);
    findings
}

/// Runs the enabled families that read the claim pass (attribution),
/// appending to `findings`.
pub fn run_on_claims(cx: &Context, findings: &mut Vec<Finding>) {
    let mut found = Vec::new();
    if cx.options.family_enabled("attribution") {
        attribution::check(cx, &mut found);
    }
    keep_enabled_rules(cx.options, &mut found);
    findings.append(&mut found);
}

/// Runs the enabled families that read the entities and counts but not the
/// claim pass (consistency, register). `analyze` runs them while the claims
/// are converted for the report, so by then it has moved the claims out of
/// `cx.extracted`: a family that reads them belongs in [`run_on_claims`].
pub fn run_on_entities(cx: &Context) -> Outcome {
    let mut register_names = Vec::new();
    let mut found = Vec::new();
    if cx.options.family_enabled("consistency") {
        consistency::check(cx, &mut found);
    }
    if cx.options.family_enabled("register") {
        register_names = register::check(cx, &mut found);
    }
    keep_enabled_rules(cx.options, &mut found);
    Outcome { findings: found, register_names }
}

/// Drops the findings of rules the options disable.
pub fn keep_enabled_rules(options: &Options, findings: &mut Vec<Finding>) {
    findings.retain(|f| options.rule_enabled(f.rule));
}

/// Every family that reads the extraction, in turn, after `findings` (for
/// the benchmarks; `analyze` runs the two halves apart).
pub fn run_all(cx: &Context, mut findings: Vec<Finding>) -> Outcome {
    run_on_claims(cx, &mut findings);
    let mut outcome = run_on_entities(cx);
    findings.append(&mut outcome.findings);
    Outcome { findings, ..outcome }
}

/// For the families' example tests: the rule and flagged text of every
/// finding of one family (`"attribution/"`), so other families' findings on
/// the same example do not get in the way.
#[cfg(test)]
pub(crate) fn family_findings(family: &str, text: &str) -> Vec<(&'static str, String)> {
    crate::analyze(text, &Options::default())
        .unwrap()
        .findings
        .into_iter()
        .filter(|f| f.rule.starts_with(family))
        .map(|f| (f.rule, f.text))
        .collect()
}
