//! The claims section of the report: each sentence that makes a claim, its
//! types, its check-worthiness score, and the typed passages inside it.

use super::PassageOut;
use crate::extract::claims::{ClaimType, SentenceClaims};
use crate::extract::dates::ResolvedDate;
use crate::parallel::Threads;
use crate::text::Document;
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// Written by hand below (the sentence's fields inline, then the rest, in
/// camelCase): see [`PassageOut::serialize_inline`].
#[derive(Debug, Clone)]
pub struct ClaimOut {
    /// The sentence: span (UTF-16), line, column, text.
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
/// Written by hand below, as [`ClaimOut`] is.
#[derive(Debug, Clone)]
pub struct ClaimPartOut {
    pub passage: PassageOut,
    /// Written as `type`.
    pub kind: ClaimType,
    /// Normalised quantity, attribution source or quote speaker; left out when none.
    pub value: Option<String>,
    /// For dates: the day or range meant (relative ones need `Options::date`); left out when none.
    pub resolved: Option<ResolvedDate>,
}

impl Serialize for ClaimOut {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("ClaimOut", 9)?;
        self.sentence.serialize_inline(&mut out)?;
        out.serialize_field("sentenceNumber", &self.sentence_number)?;
        out.serialize_field("types", &self.types)?;
        out.serialize_field("score", &self.score)?;
        out.serialize_field("checkworthy", &self.checkworthy)?;
        out.serialize_field("parts", &self.parts)?;
        out.end()
    }
}

impl Serialize for ClaimPartOut {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("ClaimPartOut", 7)?;
        self.passage.serialize_inline(&mut out)?;
        out.serialize_field("type", &self.kind)?;
        if let Some(value) = &self.value {
            out.serialize_field("value", value)?;
        }
        if let Some(resolved) = &self.resolved {
            out.serialize_field("resolved", resolved)?;
        }
        out.end()
    }
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
