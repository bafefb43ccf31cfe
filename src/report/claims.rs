//! The claims section of the report: each sentence that makes a claim, its
//! types, its check-worthiness score, and the typed passages inside it.

use super::PassageOut;
use crate::extract::claims::{ClaimType, SentenceClaims};
use crate::extract::dates::ResolvedDate;
use crate::parallel::Threads;
use crate::text::Document;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimOut {
    /// The sentence: span (UTF-16), line, column, text.
    #[serde(flatten)]
    pub sentence: PassageOut,
    /// 1-based sentence number in reading order.
    pub sentence_number: usize,
    pub types: Vec<ClaimType>,
    /// Check-worthiness in [0, 1], rounded to three decimals.
    pub score: f32,
    /// `score` at or above the threshold chosen on the dev split.
    pub checkworthy: bool,
    pub parts: Vec<ClaimPartOut>,
}

/// A typed passage inside a claim: "£5.5m" (quantity), "Monday" (date), …
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimPartOut {
    #[serde(flatten)]
    pub passage: PassageOut,
    #[serde(rename = "type")]
    pub kind: ClaimType,
    /// Normalised quantity, attribution source or quote speaker.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// For dates: the day or range meant (relative ones need `Options::date`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<ResolvedDate>,
}

/// The report's claims: the claim pass's sentences that make one, moved in
/// (their values and dates are not copied) and converted on up to `threads`
/// threads.
pub fn claims_out(doc: &Document, mut claims: Vec<SentenceClaims>, threads: Threads) -> Vec<ClaimOut> {
    claims.retain(SentenceClaims::is_claim);
    threads.map_owned(claims, |c| {
        let mut parts = Vec::with_capacity(c.parts.len());
        for part in c.parts {
            parts.push(ClaimPartOut {
                passage: PassageOut::new(doc, part.span),
                kind: part.kind,
                value: part.value,
                resolved: part.resolved,
            });
        }
        ClaimOut {
            sentence: PassageOut::new(doc, c.span),
            sentence_number: c.sentence + 1,
            types: c.types,
            score: (c.score * 1000.0).round() / 1000.0,
            checkworthy: c.checkworthy,
            parts,
        }
    })
}
