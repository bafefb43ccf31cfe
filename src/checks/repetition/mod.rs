//! Repetition: passages the text says twice.
//!
//! - `repetition/duplicate-sentence`, `repetition/duplicate-paragraph`: word
//!   for word copies ([`exact`]);
//! - `repetition/near-duplicate`: a copy with small edits ([`near`]);
//! - `repetition/restatement`: the same content in other words ([`restatement`]);
//! - `repetition/repeated-phrase`: a long run of words pasted into another
//!   sentence ([`phrases`]).
//!
//! Each finding is the later passage; the earlier one(s) are its evidence,
//! `similarity` says how close they are, and copies of one passage share a
//! `group`. Exact copies are set aside first, so the comparison of the rest
//! never sees a passage twice; candidates for comparison come from an index
//! of rare words ([`passages`]), so the work grows with the text, not its square.

mod exact;
mod near;
mod passages;
mod phrases;
mod restatement;
pub mod stem;
mod words;

use super::Rule;
use crate::extract::entities::descending;
use crate::report::{Category, Evidence, Finding, Severity};
use crate::text::Document;
use passages::{Overlap, Passage, Passages};
// FxHash: these maps hold word ids and spans, not attacker-chosen keys
// that need SipHash's flood resistance, and hashing dominated the profile.
use rustc_hash::FxHashMap as HashMap;

pub const DUPLICATE_SENTENCE: &str = "repetition/duplicate-sentence";
pub const DUPLICATE_PARAGRAPH: &str = "repetition/duplicate-paragraph";
pub const NEAR_DUPLICATE: &str = "repetition/near-duplicate";
pub const RESTATEMENT: &str = "repetition/restatement";
pub const REPEATED_PHRASE: &str = "repetition/repeated-phrase";

pub const RULES: &[Rule] = &[
    Rule {
        id: DUPLICATE_SENTENCE,
        category: Category::Repetition,
        severity: Severity::Error,
        summary: "A sentence repeats an earlier one word for word.",
    },
    Rule {
        id: DUPLICATE_PARAGRAPH,
        category: Category::Repetition,
        severity: Severity::Error,
        summary: "A paragraph repeats an earlier one word for word.",
    },
    Rule {
        id: NEAR_DUPLICATE,
        category: Category::Repetition,
        severity: Severity::Warning,
        summary: "A sentence repeats an earlier one with small edits.",
    },
    Rule {
        id: RESTATEMENT,
        category: Category::Repetition,
        severity: Severity::Warning,
        summary: "A sentence says again, in other words, what an earlier one said.",
    },
    Rule {
        id: REPEATED_PHRASE,
        category: Category::Repetition,
        severity: Severity::Info,
        summary: "A long run of words appears in two different sentences.",
    },
];

/// Earlier passages listed as evidence for one finding, best first.
const MAX_EVIDENCE: usize = 5;

pub fn check(doc: &Document, out: &mut Vec<Finding>) {
    let mut group = next_group(out);
    let is_copy = exact::check(doc, &mut group, out);
    let passages = Passages::build(doc, &is_copy);

    // Near-duplicates and restatements: each later passage against the
    // earlier candidates the index proposes; a near-duplicate wins.
    let candidates = passages.candidates(restatement::MIN_COVER);
    // (later, earlier) near-duplicates, in passage order: looked up by
    // `holds_pair` (a hash set of pairs was one more map type in the wasm).
    let mut near_pairs: Vec<(usize, usize)> = Vec::new();
    let mut restatements: Vec<(usize, Vec<(usize, f32)>)> = Vec::new();
    let mut groups = Groups::default();
    for (later_index, later) in passages.list.iter().enumerate() {
        let mut near_matches = Vec::new();
        let mut restated = Vec::new();
        for &earlier_index in candidates.of(later_index) {
            let earlier = &passages.list[earlier_index as usize];
            // Sharing MIN_COVER of the heavier passage needs the lighter one
            // to weigh at least that much: most candidates stop here.
            let (light, heavy) = (later.weight.min(earlier.weight), later.weight.max(earlier.weight));
            if light < restatement::MIN_COVER * heavy {
                continue;
            }
            let overlap = passages.overlap(later, earlier);
            if let Some(similarity) = near_duplicate(doc, &overlap, later, earlier) {
                near_matches.push((earlier_index as usize, similarity));
            } else if let Some(similarity) = restatement::similarity(&passages, &overlap, later, earlier) {
                restated.push((earlier_index as usize, similarity));
            }
        }
        if !near_matches.is_empty() {
            for &(earlier, _) in &near_matches {
                near_pairs.push((later_index, earlier));
            }
            out.push(pair_finding(
                doc,
                &passages,
                NEAR_DUPLICATE,
                later_index,
                near_matches,
                &mut groups,
                &mut group,
            ));
        } else if !restated.is_empty() {
            restatements.push((later_index, restated));
        }
    }

    // A long verbatim run is copy-paste residue, not a rewording: it is
    // reported as a repeated phrase rather than as a restatement.
    let phrases =
        phrases::find(doc.text, &passages, |later, earlier| holds_pair(&near_pairs, later, earlier));
    // Both lists are in passage order, with at most one phrase per passage:
    // walked side by side.
    let mut phrase_at = 0;
    for (later_index, mut restated) in restatements {
        while phrase_at < phrases.len() && phrases[phrase_at].later < later_index {
            phrase_at += 1;
        }
        let phrase_from = phrases.get(phrase_at).filter(|p| p.later == later_index).map(|p| p.earlier);
        restated.retain(|&(earlier, _)| Some(earlier) != phrase_from);
        if !restated.is_empty() {
            out.push(pair_finding(
                doc,
                &passages,
                RESTATEMENT,
                later_index,
                restated,
                &mut groups,
                &mut group,
            ));
        }
    }

    for found in phrases {
        let later = &passages.list[found.later];
        let earlier = &passages.list[found.earlier];
        let span = token_span(passages.tokens(later), found.later_tokens.clone());
        let earlier_span = token_span(passages.tokens(earlier), found.earlier_tokens.clone());
        let line = doc.offsets.line_column(earlier_span.start(), doc.text).line;
        let words = found.later_tokens.len();
        let message = format!("These {words} words also appear, in another sentence, on line {line}.");
        let mut finding = Finding::new(REPEATED_PHRASE, Category::Repetition, Severity::Info, span, message);
        finding.related = vec![Evidence::in_text(earlier_span, "the same words")];
        let longer = passages.words(later).len().max(passages.words(earlier).len());
        finding.similarity = Some(words as f32 / longer as f32);
        finding.group = Some(groups.phrase(found.first_seen, &mut group));
        out.push(finding);
    }
}

/// Whether `pairs`, sorted by their first index, holds `(later, earlier)`: a
/// binary search, then the few pairs of that later passage (one per candidate
/// at most).
fn holds_pair(pairs: &[(usize, usize)], later: usize, earlier: usize) -> bool {
    let from = pairs.partition_point(|&(first, _)| first < later);
    for &(first, second) in &pairs[from..] {
        if first != later {
            break;
        }
        if second == earlier {
            return true;
        }
    }
    false
}

fn near_duplicate(doc: &Document, overlap: &Overlap, later: &Passage, earlier: &Passage) -> Option<f32> {
    // Headlines and list lines are left to the exact check. Only sentences
    // that share most of their content can be near-copies: a cheap test
    // before the edit distance.
    if !later.is_full_sentence || !earlier.is_full_sentence {
        return None;
    }
    if overlap.shared < 0.6 * later.weight || overlap.shared < 0.6 * earlier.weight {
        return None;
    }
    // "a category 3 hurricane must sustain winds of at least 111 miles per
    // hour" / "a category 1 hurricane … 74 miles per hour": a template
    // filled with other figures states other facts. (One figure changed is
    // still reported: a careless edit of a pasted sentence.)
    if overlap.a_only_numbers >= 2 && overlap.b_only_numbers >= 2 {
        return None;
    }
    near::similarity(doc.slice(later.span), doc.slice(earlier.span))
}

/// A near-duplicate or restatement finding for one later passage and the
/// earlier ones it matches (best first in the evidence).
fn pair_finding(
    doc: &Document,
    passages: &Passages,
    rule: &'static str,
    later_index: usize,
    mut matches: Vec<(usize, f32)>,
    groups: &mut Groups,
    next_group: &mut u32,
) -> Finding {
    // Best first, ties in passage order. One match per candidate (eight at
    // most), so sorted by insertion: a shared sort is one more instantiation
    // in the wasm per element type.
    let key = |&(index, similarity): &(usize, f32)| (descending(similarity), index);
    for sorted in 1..matches.len() {
        let mut at = sorted;
        while at > 0 && key(&matches[at]) < key(&matches[at - 1]) {
            matches.swap(at, at - 1);
            at -= 1;
        }
    }
    matches.truncate(MAX_EVIDENCE);
    let group = groups.join(rule, later_index, matches[0].0, next_group);
    let later = &passages.list[later_index];
    let (best, similarity) = matches[0];
    let best_span = passages.list[best].span;
    let line = doc.offsets.line_column(best_span.start(), doc.text).line;
    // An integer: formatting an f32 would pull float printing (10 KB gzipped) into the wasm.
    let percent = (similarity * 100.0).round() as u32;
    let message = if rule == NEAR_DUPLICATE {
        format!("This sentence repeats the sentence on line {line} with small changes ({percent}% alike).")
    } else {
        let shared = shared_words(doc, passages, later, &passages.list[best]);
        format!("This sentence says again what the sentence on line {line} says (shared: {shared}).")
    };
    let note = if rule == NEAR_DUPLICATE { "nearly the same sentence" } else { "says the same" };
    let mut finding = Finding::new(rule, Category::Repetition, Severity::Warning, later.span, message);
    // A loop, not `collect`: one iterator instantiation less in the wasm.
    finding.related = Vec::with_capacity(matches.len());
    for &(earlier, _) in &matches {
        finding.related.push(Evidence::in_text(passages.list[earlier].span, note));
    }
    finding.similarity = Some(similarity);
    finding.group = Some(group);
    finding
}

/// The later sentence's words whose stems the earlier one shares, as written.
fn shared_words(doc: &Document, passages: &Passages, later: &Passage, earlier: &Passage) -> String {
    const SHOWN: usize = 6;
    // At most six stems: a list, not a hash set of its own type in the wasm.
    let mut seen: Vec<u32> = Vec::with_capacity(SHOWN);
    let mut shown = String::new();
    let earlier_content = passages.content(earlier);
    for (&token, &word) in passages.tokens(later).iter().zip(passages.words(later)) {
        if let Some(stem) = passages.word_stem[word as usize] {
            if earlier_content.binary_search(&stem).is_ok() && !seen.contains(&stem) {
                seen.push(stem);
                if !shown.is_empty() {
                    shown.push_str(", ");
                }
                shown.push_str(doc.slice(token));
            }
        }
        if seen.len() == SHOWN {
            break;
        }
    }
    shown
}

fn token_span(passage_tokens: &[crate::text::Span], tokens: std::ops::Range<usize>) -> crate::text::Span {
    let first = passage_tokens[tokens.start];
    let last = passage_tokens[tokens.end - 1];
    first.cover(last)
}

/// Group numbers: passages linked by one rule share the group of the
/// earliest passage; phrase copies share the group of the first occurrence.
/// Both maps are keyed by two u32 packed into a u64: the map type the
/// passages' interner uses, where a map type of their own costs a kilobyte
/// of wasm.
#[derive(Default)]
struct Groups {
    /// By (0 for near-duplicates or 1 for restatements, passage index).
    pairs: HashMap<u64, u32>,
    /// By where a phrase was first seen.
    phrases: HashMap<u64, u32>,
}

impl Groups {
    fn join(&mut self, rule: &'static str, later: usize, earlier: usize, next: &mut u32) -> u32 {
        let rule = u32::from(rule == RESTATEMENT);
        let group = group_of(&mut self.pairs, pack(rule, earlier as u32), next);
        self.pairs.insert(pack(rule, later as u32), group);
        group
    }

    fn phrase(&mut self, (passage, word): (u32, u32), next: &mut u32) -> u32 {
        group_of(&mut self.phrases, pack(passage, word), next)
    }
}

fn pack(high: u32, low: u32) -> u64 {
    (u64::from(high) << 32) | u64::from(low)
}

/// The group of `key`, the next number if it has none yet.
fn group_of(groups: &mut HashMap<u64, u32>, key: u64, next: &mut u32) -> u32 {
    if let Some(&group) = groups.get(&key) {
        return group;
    }
    groups.insert(key, *next);
    *next += 1;
    *next - 1
}

/// The next unused group number, so families that group findings never clash.
fn next_group(out: &[Finding]) -> u32 {
    let mut next = 1;
    for finding in out {
        if let Some(group) = finding.group {
            next = next.max(group + 1);
        }
    }
    next
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    #[test]
    fn seed_article_has_one_duplicate_and_one_restatement_only() {
        // The page's demo copy of ../shared/examples/seed-article.txt.
        let seed = include_str!("../../../www/demo/seed-article.txt");
        let report = analyze(seed, &Options::default()).unwrap();
        let found: Vec<(&str, &str, &str)> = report
            .findings
            .iter()
            .filter(|f| f.rule.starts_with("repetition/"))
            .map(|f| (f.rule, &f.text[..30], &f.related[0].text[..30]))
            .collect();
        let s1 = "China has launched a series of";
        assert_eq!(
            found,
            [(super::DUPLICATE_SENTENCE, s1, s1), (super::RESTATEMENT, "It has been reported that Chin", s1)]
        );
    }
}
