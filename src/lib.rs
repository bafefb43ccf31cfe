//! factlint reads a news text and marks what a sub-editor or fact-checker
//! must look at: repeated passages, check-worthy claims, inconsistencies.
//!
//! The pipeline, one folder each:
//! 1. [`text`]: the text model, paragraphs, sentences and words as byte spans;
//! 2. [`extract`]: what the text says (entities, roles, numbers, dates, attributions);
//! 3. [`checks`]: one module per rule family, each producing [`report::Finding`]s;
//! 4. [`report`]: the findings converted once into the output model, with
//!    UTF-16 spans for JavaScript and lines/columns for people;
//! 5. [`bindings`]: the thin wasm layer (the CLI is `src/bin/factlint.rs`).
//!
//! ```
//! let text = "The lead sentence repeats itself.\n\nThe lead sentence repeats itself.";
//! let report = factlint::analyze(text, &factlint::Options::default()).unwrap();
//! assert_eq!(report.findings[0].rule, "repetition/duplicate-sentence");
//! ```

pub mod checks;
pub mod extract;
pub mod options;
pub mod report;
pub mod text;

pub mod bindings;

pub use options::Options;
pub use report::Report;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Why an analysis could not run. Bad text never gets here: any text has a
/// report, possibly empty. Only malformed options or inputs beside it do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    InvalidOption(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::InvalidOption(why) => write!(f, "invalid option: {why}"),
        }
    }
}

impl std::error::Error for Error {}

/// Analyses `text` and returns every finding, in text order.
pub fn analyze(text: &str, options: &Options) -> Result<Report, Error> {
    let doc = text::Document::new(text);
    let extracted = extract::extract(&doc, options);
    let cx = checks::Context { doc: &doc, options, extracted: &extracted };
    let findings = checks::run_all(&cx);
    let mut report = Report::build(&doc, findings, &[]);
    report.entities = report::entities::entity_sheet(&doc, &extracted.entities);
    Ok(report)
}
