//! Checks: one module per rule family. Each reads the analysed document
//! (and whatever the extractors found) and appends findings.

pub mod attribution;
pub mod register;
pub mod repetition;

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
    [repetition::RULES, register::RULES, attribution::RULES].concat()
}

/// Runs every enabled check family.
pub fn run_all(cx: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    if cx.options.family_enabled("repetition") {
        repetition::check(cx, &mut findings);
    }
    if cx.options.family_enabled("attribution") {
        attribution::check(cx, &mut findings);
    }
    findings.retain(|f| cx.options.rule_enabled(f.rule));
    findings
}
