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
pub mod parallel;
pub mod register;
pub mod report;
pub mod text;

pub mod bindings;

pub use options::{Options, SourceInput};
pub use report::Report;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Why an analysis could not run. Bad text never gets here: any text has a
/// report, possibly empty. Only malformed options or inputs beside it do,
/// and a text (or source) past 4 GiB, which offsets cannot address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    InvalidOption(String),
    /// Bytes in the text or source, with its label ("the text" or the source's).
    TextTooLong {
        what: String,
        bytes: usize,
    },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::InvalidOption(why) => write!(f, "invalid option: {why}"),
            Error::TextTooLong { what, bytes } => write!(
                f,
                "{what} is {bytes} bytes long; factlint reads at most {} bytes (4 GiB) at a time",
                text::MAX_TEXT_BYTES
            ),
        }
    }
}

impl std::error::Error for Error {}

/// What factlint knows besides the text and the options: loaded once by the
/// host, used by every analysis.
#[derive(Debug, Clone, Copy, Default)]
pub struct Knowledge<'a> {
    /// Who held which office (built-in and newsroom registers, merged).
    pub register: Option<&'a register::Register>,
    /// Today's date, for "former" when the article has no date. The core has
    /// no clock in wasm: hosts pass it.
    pub today: Option<register::Date>,
}

/// Analyses `text` and returns every finding, in text order.
pub fn analyze(text: &str, options: &Options) -> Result<Report, Error> {
    analyze_with(text, options, &Knowledge::default())
}

/// Offsets are `u32` (see `text::Span`): refuse what they cannot address.
fn check_lengths(text: &str, sources: &[SourceInput]) -> Result<(), Error> {
    let too_long = |what: String, bytes: usize| Err(Error::TextTooLong { what, bytes });
    if text.len() > text::MAX_TEXT_BYTES {
        return too_long("the text".into(), text.len());
    }
    match sources.iter().find(|source| source.text.len() > text::MAX_TEXT_BYTES) {
        Some(source) => too_long(format!("source \"{}\"", source.label), source.text.len()),
        None => Ok(()),
    }
}

/// Analyses `text` with a register and today's date (see [`Knowledge`]).
/// Natively, a text of 64 KB or more is analysed on every core
/// ([`parallel::Threads::for_text`]).
pub fn analyze_with(text: &str, options: &Options, knowledge: &Knowledge) -> Result<Report, Error> {
    analyze_on(text, options, knowledge, parallel::Threads::for_text(text.len()))
}

/// [`analyze_with`] on at most `threads` threads (see [`parallel`]); the
/// report is the same on any number.
pub fn analyze_on(
    text: &str,
    options: &Options,
    knowledge: &Knowledge,
    threads: parallel::Threads,
) -> Result<Report, Error> {
    options.publication_date()?;
    check_lengths(text, &options.sources)?;
    let mut doc = text::Document::new_on(text, threads);
    // Repetition needs only the segmented text.
    let (mut findings, mut extracted) =
        threads.join(|| checks::run_on_text(&doc, options), || extract::extract(&doc, options, threads));
    // Attribution reads the claims, which move into the report further down.
    checks::run_on_claims(
        &checks::Context { doc: &doc, options, extracted: &extracted, knowledge },
        &mut findings,
    );

    // Sources: each is a document of its own; the source family aligns the
    // text with them and its evidence points into them.
    let mut sources = Vec::with_capacity(options.sources.len());
    for source in &options.sources {
        sources.push(text::Document::new(&source.text));
    }
    let mut alignment = Vec::new();
    if !sources.is_empty() && options.family_enabled("source") {
        let mut checked = checks::source::check(&doc, &sources, options);
        checks::keep_enabled_rules(options, &mut checked.findings);
        findings.append(&mut checked.findings);
        alignment = checked.alignment;
    }
    let mut source_texts = Vec::with_capacity(sources.len());
    for (input, source) in options.sources.iter().zip(&sources) {
        source_texts.push(report::SourceText {
            label: &input.label,
            text: source.text,
            offsets: &source.offsets,
        });
    }
    // The report reads only the text's sentences and offsets: the tokens
    // (37 MB of a 10 MB text's) are freed before the claims are converted,
    // where a long text's memory peaks (natively on one thread, from 19.5 to
    // 16 times the text; in wasm, 176 to 129 MB).
    let stats = report::Stats::of(&doc);
    doc.release_tokens();
    // The families that read the entities, and the entity sheet, run beside
    // the claims' conversion (on a long text, 30 ms on one thread that the
    // conversion's threads shared with nothing).
    let claims = std::mem::take(&mut extracted.claims);
    let cx = checks::Context { doc: &doc, options, extracted: &extracted, knowledge };
    let ((mut outcome, entities), claims) = threads.join(
        || {
            let outcome = checks::run_on_entities(&cx);
            let entities = report::entities::entity_sheet(&doc, &extracted.entities, &outcome.register_names);
            (outcome, entities)
        },
        || report::claims::claims_out(&doc, claims, threads),
    );
    drop(extracted); // the entities and counts, before the findings are converted
    findings.append(&mut outcome.findings);
    let mut report = Report::build(&doc, stats, findings, &source_texts, threads);
    report.alignment = checks::source::alignment_out(&doc, &sources, &options.sources, &alignment);
    report.claims = claims;
    report.entities = entities;
    Ok(report)
}
