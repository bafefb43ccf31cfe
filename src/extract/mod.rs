//! Extractors: what the text says, before any judgement. Entities and their
//! roles, numbers, dates, attributions. Checks read these; the report
//! exposes some of them (the entity sheet, the claims).

pub mod attribution;
pub mod checkworthiness;
pub mod claims;
pub mod counts;
pub mod dates;
pub mod entities;
pub mod numbers;
pub mod tokens;

use crate::options::Options;
use crate::parallel::Threads;
use crate::text::Document;

/// Everything the extractors found in one document.
#[derive(Debug, Default)]
pub struct Extracted {
    /// The claim pass, one entry per sentence (claims or not), in order.
    pub claims: Vec<claims::SentenceClaims>,
    /// Who's who: people, organisations, their roles and acronyms.
    pub entities: entities::Entities,
    /// Numbers and what they count, in text order.
    pub counts: Vec<counts::Count>,
}

pub fn extract(doc: &Document, options: &Options, threads: Threads) -> Extracted {
    // `analyze` has already rejected a malformed date.
    let publication = options.publication_date().ok().flatten();
    // The entity passes read the whole text in order, on a thread of their
    // own, which then helps the claim pass: its sentences are shared out.
    let (claims, (entities, counts)) = claims::claims_beside(doc, publication, threads, || {
        // One set of word tokens for the entity passes and the counts.
        let tokens = entities::Tokens::new(doc);
        let mut counts = Vec::new();
        let entities =
            entities::extract_from(doc, &tokens, &mut |sentence| counts::counts_into(sentence, &mut counts));
        (entities, counts)
    });
    Extracted { claims, entities, counts }
}
