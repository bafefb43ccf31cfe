//! What the caller can ask for. The same struct is read from the CLI's flags
//! and from the JavaScript options object (camelCase there).

use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// Rule ids (`repetition/duplicate-sentence`) or families (`repetition`) to skip.
    pub disable: Vec<String>,
    /// Texts the checked text was written from (wire copy, press release,
    /// an earlier report); the `source` family compares the text against them.
    pub sources: Vec<SourceInput>,
}

/// One source text and the label findings name it by (a file name, a tab title).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct SourceInput {
    pub label: String,
    pub text: String,
}

impl Options {
    pub fn rule_enabled(&self, rule: &str) -> bool {
        let family = rule.split('/').next().unwrap_or(rule);
        !self.disable.iter().any(|d| d == rule || d == family)
    }

    pub fn family_enabled(&self, family: &str) -> bool {
        !self.disable.iter().any(|d| d == family)
    }
}
