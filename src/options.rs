//! What the caller can ask for. The same struct is read from the CLI's flags
//! and from the JavaScript options object (camelCase there).

use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// Rule ids (`repetition/duplicate-sentence`) or families (`repetition`) to skip.
    pub disable: Vec<String>,
    /// The publication date, `YYYY-MM-DD`, against which relative dates
    /// ("last year", "on Monday") are resolved. None: they stay unresolved
    /// (factlint never assumes today's date).
    pub date: Option<String>,
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

    /// The publication date, checked: a malformed date is an error, not ignored.
    pub fn publication_date(&self) -> Result<Option<crate::extract::dates::CivilDate>, crate::Error> {
        let Some(text) = self.date.as_deref() else { return Ok(None) };
        crate::extract::dates::CivilDate::parse(text).map(Some).ok_or_else(|| {
            crate::Error::InvalidOption(format!(
                "date \"{text}\" is not a calendar date written YYYY-MM-DD (for example 2024-03-24)"
            ))
        })
    }

    pub fn family_enabled(&self, family: &str) -> bool {
        !self.disable.iter().any(|d| d == family)
    }
}
