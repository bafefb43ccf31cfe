//! Extractors: what the text says, before any judgement. Entities and their
//! roles, numbers, dates, attributions. Checks read these; the report
//! exposes some of them (the entity sheet, the claims).

pub mod attribution;
pub mod checkworthiness;
pub mod claims;
pub mod dates;
pub mod numbers;
pub mod tokens;

use crate::options::Options;
use crate::text::Document;

/// Everything the extractors found in one document.
#[derive(Debug, Default)]
pub struct Extracted {}

pub fn extract(_doc: &Document, _options: &Options) -> Extracted {
    Extracted::default()
}
