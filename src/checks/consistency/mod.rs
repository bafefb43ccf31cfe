//! Consistency: what one text says about the same person, office, acronym
//! or count in two places that cannot both be true. Every finding points at
//! the later passage and names the earlier one as evidence.
//!
//! - `consistency/incompatible-roles`: one person given two offices at once
//!   ("the foreign secretary" and "the home secretary"), two parties, or a
//!   seat in both houses (MP and peer). "Former"/"then" roles never conflict.
//! - `consistency/office-two-holders`: one singular office ("the foreign
//!   secretary") given to two people.
//! - `consistency/name-variant`: two spellings of one surname (Tugendhat /
//!   Tugenhat) that are not two people the text names in full.
//! - `consistency/acronym-undefined`, `acronym-redefined`,
//!   `acronym-before-definition`: acronyms never spelled out (common ones
//!   like UK or BBC are exempt), spelled out two ways, or used before the
//!   text spells them out.
//! - `consistency/quantity-conflict`: one counted thing given two numbers
//!   ("six workers are missing" … "the seven missing workers").

mod acronyms;
mod names;
mod quantities;
mod roles;

use super::{Context, Rule};
use crate::report::{Category, Finding, Severity};
use crate::text::Span;

pub const INCOMPATIBLE_ROLES: &str = "consistency/incompatible-roles";
pub const OFFICE_TWO_HOLDERS: &str = "consistency/office-two-holders";
pub const NAME_VARIANT: &str = "consistency/name-variant";
pub const ACRONYM_UNDEFINED: &str = "consistency/acronym-undefined";
pub const ACRONYM_REDEFINED: &str = "consistency/acronym-redefined";
pub const ACRONYM_BEFORE_DEFINITION: &str = "consistency/acronym-before-definition";
pub const QUANTITY_CONFLICT: &str = "consistency/quantity-conflict";

const fn rule(id: &'static str, severity: Severity, summary: &'static str) -> Rule {
    Rule { id, category: Category::Consistency, severity, summary }
}

pub const RULES: &[Rule] = &[
    rule(
        INCOMPATIBLE_ROLES,
        Severity::Warning,
        "One person is given two roles that cannot both hold at once.",
    ),
    rule(OFFICE_TWO_HOLDERS, Severity::Warning, "One singular office is given to two different people."),
    rule(NAME_VARIANT, Severity::Warning, "A name is spelt two ways; one is probably a misspelling."),
    rule(ACRONYM_UNDEFINED, Severity::Info, "An acronym is used but never spelled out."),
    rule(ACRONYM_REDEFINED, Severity::Warning, "An acronym is spelled out twice, differently."),
    rule(ACRONYM_BEFORE_DEFINITION, Severity::Info, "An acronym is used before the text spells it out."),
    rule(QUANTITY_CONFLICT, Severity::Warning, "The same counted thing is given two different numbers."),
];

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    roles::check(cx, out);
    names::check(cx, out);
    acronyms::check(cx, out);
    quantities::check(cx, out);
}

fn finding(rule: &'static str, span: Span, message: String) -> Finding {
    let severity = RULES.iter().find(|r| r.id == rule).map_or(Severity::Warning, |r| r.severity);
    Finding::new(rule, Category::Consistency, severity, span, message)
}

/// "line 4" for a byte offset, for messages.
fn line_of(cx: &Context, at: usize) -> u32 {
    cx.doc.offsets.line_column(at, cx.doc.text).line
}

/// Index of the sentence holding a byte offset.
fn sentence_of(cx: &Context, at: usize) -> usize {
    cx.doc.sentences.partition_point(|s| s.span.end() <= at)
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::{analyze, Options};

    /// (rule, flagged text, evidence texts) of every consistency finding.
    pub fn consistency(text: &str) -> Vec<(&'static str, String, Vec<String>)> {
        analyze(text, &Options::default())
            .unwrap()
            .findings
            .into_iter()
            .filter(|f| f.rule.starts_with("consistency/"))
            .map(|f| (f.rule, f.text, f.related.into_iter().map(|r| r.text).collect()))
            .collect()
    }
}
