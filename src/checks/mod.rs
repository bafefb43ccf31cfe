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
    findings.retain(|f| options.rule_enabled(f.rule));
    findings
}

/// Runs every enabled family that reads the extraction, after `findings`
/// (those of `run_on_text`, already filtered by rule).
pub fn run_all(cx: &Context, mut findings: Vec<Finding>) -> Outcome {
    let mut register_names = Vec::new();
    let mut found = Vec::new();
    if cx.options.family_enabled("attribution") {
        attribution::check(cx, &mut found);
    }
    if cx.options.family_enabled("consistency") {
        consistency::check(cx, &mut found);
    }
    if cx.options.family_enabled("register") {
        register_names = register::check(cx, &mut found);
    }
    found.retain(|f| cx.options.rule_enabled(f.rule));
    findings.append(&mut found);
    Outcome { findings, register_names }
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
