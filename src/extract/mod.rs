//! Extractors: what the text says, before any judgement. Entities and their
//! roles, numbers, dates, attributions. Checks read these; the report
//! exposes some of them (the entity sheet, the claims).

pub mod entities;

use crate::options::Options;
use crate::text::Document;

/// Everything the extractors found in one document.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Who's who: people, organisations, their roles and acronyms.
    pub entities: entities::Entities,
}

pub fn extract(doc: &Document, _options: &Options) -> Extracted {
    Extracted { entities: entities::extract(doc) }
}
