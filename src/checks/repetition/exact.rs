//! Exact duplicates.
//!
//! - `repetition/duplicate-sentence`: a sentence that repeats an earlier one
//!   once case, quotes, punctuation and spacing are set aside.
//! - `repetition/duplicate-paragraph`: a paragraph of several sentences that
//!   repeats an earlier one; its sentences are then not reported one by one.
//!
//! Every copy after the first is a finding; all copies of one passage share a
//! `group` and each finding lists the other copies as evidence.

use super::passages::Interner;
use super::{DUPLICATE_PARAGRAPH, DUPLICATE_SENTENCE};
use crate::extract::entities::order_by_group;
use crate::report::{Category, Evidence, Finding, Severity};
use crate::text::normalize::push_comparison_key;
use crate::text::Document;
use crate::text::Span;

/// Sentences with fewer words than this ("He denied it.") repeat
/// innocently; so do lines of figures ("date: 2020-03-06"), so only words
/// with a letter count.
const MIN_WORDS: usize = 4;

/// Reports exact copies and returns, for each sentence, whether it is a
/// later copy of an earlier sentence (or inside a copied paragraph): the
/// other repetition checks need not look at it again.
pub fn check(doc: &Document, group: &mut u32, out: &mut Vec<Finding>) -> Vec<bool> {
    // One id per distinct sentence key, numbered in order of arrival by the
    // interner the passages use for words (one hash map type in the wasm,
    // not another): sentences compare by id, and a paragraph by the ids of
    // its sentences, so no text is keyed twice.
    let mut keys = Interner::default();
    keys.reserve(doc.sentences.len());
    let mut key = String::new();
    let mut sentence_ids: Vec<u32> = Vec::with_capacity(doc.sentences.len());
    for sentence in &doc.sentences {
        key.clear();
        push_comparison_key(doc.slice(sentence.span), &mut key);
        sentence_ids.push(if key.is_empty() { NO_ID } else { keys.id(&key) });
    }
    let sentence_id_count = keys.len();
    drop(keys);

    // Paragraphs of two or more sentences first: a repeated paragraph is one
    // finding, not one per sentence. Their ids come from the same kind of
    // interner, keyed by their sentence ids written out.
    let mut keys = Interner::default();
    let mut paragraph_ids: Vec<u32> = Vec::with_capacity(doc.paragraphs.len());
    for paragraph in &doc.paragraphs {
        if paragraph.sentences.len() < 2 {
            paragraph_ids.push(NO_ID);
            continue;
        }
        key.clear();
        for &id in &sentence_ids[paragraph.sentences.clone()] {
            push_id(id, &mut key);
        }
        paragraph_ids.push(keys.id(&key));
    }
    let paragraph_groups = groups_by_id(&paragraph_ids, keys.len());
    drop(keys);
    let mut in_copied_paragraph = vec![false; doc.sentences.len()];
    let mut spans: Vec<Span> = Vec::new();
    for copies in paragraph_groups {
        for &paragraph in &copies[1..] {
            in_copied_paragraph[doc.paragraphs[paragraph].sentences.clone()].fill(true);
        }
        spans.clear();
        for &paragraph in &copies {
            spans.push(doc.paragraphs[paragraph].span);
        }
        report_copies(&spans, DUPLICATE_PARAGRAPH, "paragraph", *group, |_| false, doc, out);
        *group += 1;
    }

    // Every sentence, short ones too, so later checks can skip any copy;
    // only sentences of MIN_WORDS or more are reported.
    let mut is_copy = in_copied_paragraph.clone();
    for copies in groups_by_id(&sentence_ids, sentence_id_count) {
        for &index in &copies[1..] {
            is_copy[index] = true;
        }
        let first = &doc.sentences[copies[0]];
        let words_with_letters =
            doc.sentence_words(first).filter(|w| w.chars().any(char::is_alphabetic)).count();
        // Copies inside a reported paragraph copy are already accounted for.
        if words_with_letters < MIN_WORDS || copies[1..].iter().all(|&i| in_copied_paragraph[i]) {
            continue;
        }
        spans.clear();
        for &index in &copies {
            spans.push(doc.sentences[index].span);
        }
        let inside_paragraph_copy = |copy: usize| in_copied_paragraph[copies[copy]];
        report_copies(&spans, DUPLICATE_SENTENCE, "sentence", *group, inside_paragraph_copy, doc, out);
        *group += 1;
    }
    is_copy
}

/// No key: an empty sentence, or a paragraph of one sentence.
const NO_ID: u32 = u32::MAX;

/// Writes a sentence id into a paragraph's key: its digits (lowest first,
/// which keeps keys distinct as well as any order), then a space.
fn push_id(mut id: u32, key: &mut String) {
    loop {
        key.push(char::from(b'0' + (id % 10) as u8));
        id /= 10;
        if id == 0 {
            break;
        }
    }
    key.push(' ');
}

/// Items (indices into `ids`) grouped by identical id, groups of two or more
/// only, in order of first occurrence; ids run from 0 to `id_count`, and
/// `NO_ID` items belong to no group. The interners number ids in order of
/// first occurrence, so the shared counting sort gives the groups in order,
/// with no map and no sort of their own.
fn groups_by_id(ids: &[u32], id_count: usize) -> Vec<Vec<usize>> {
    // `NO_ID` items go to one group past the last, never reported.
    let mut group_of = Vec::with_capacity(ids.len());
    for &id in ids {
        group_of.push(if id == NO_ID { id_count } else { id as usize });
    }
    let (starts, order) = order_by_group(&group_of, id_count + 1);
    let mut groups = Vec::new();
    for id in 0..id_count {
        let copies = &order[starts[id]..starts[id + 1]];
        if copies.len() >= 2 {
            groups.push(copies.to_vec());
        }
    }
    groups
}

/// One finding per copy after the first, except copies `skip` names.
fn report_copies(
    copies: &[Span],
    rule: &'static str,
    unit: &str,
    group: u32,
    skip: impl Fn(usize) -> bool,
    doc: &Document,
    out: &mut Vec<Finding>,
) {
    let first = copies[0];
    let first_line = doc.offsets.line_column(first.start(), doc.text).line;
    for (index, &copy) in copies.iter().enumerate().skip(1) {
        if skip(index) {
            continue;
        }
        let message = if copies.len() == 2 {
            format!("This {unit} repeats the {unit} on line {first_line} word for word.")
        } else {
            format!(
                "This {unit} is one of {} identical copies; the first is on line {first_line}.",
                copies.len()
            )
        };
        let mut finding = Finding::new(rule, Category::Repetition, Severity::Error, copy, message);
        // A loop, not an iterator chain collected: less code in the wasm.
        let (low, high) = evidence_copies(copies.len(), index);
        let mut related = Vec::with_capacity(high - low + 1);
        if low > 0 {
            related.push(Evidence::in_text(first, "first occurrence"));
        }
        for (offset, &other_copy) in copies[low..high].iter().enumerate() {
            let other = low + offset;
            if other != index {
                let note = if other == 0 { "first occurrence" } else { "another copy" };
                related.push(Evidence::in_text(other_copy, note));
            }
        }
        finding.related = related;
        finding.similarity = Some(1.0);
        finding.group = Some(group);
        out.push(finding);
    }
}

/// Copies listed as evidence for copy `index`: all the others in a small
/// group; in a large one the first and the nearest few, so a text of
/// 100,000 identical sentences gives 100,000 findings of at most five
/// links each, not 10^10 links. Those are the copies `low..high` other than
/// `index` itself, after the first (copy 0) when `low` is past it.
fn evidence_copies(count: usize, index: usize) -> (usize, usize) {
    const MAX_EVIDENCE: usize = 4;
    if count <= MAX_EVIDENCE + 1 {
        (0, count)
    } else {
        let low = index.saturating_sub(MAX_EVIDENCE / 2).max(1);
        (low, (low + MAX_EVIDENCE).min(count))
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    fn rules_and_texts(text: &str) -> Vec<(&'static str, String)> {
        crate::checks::family_findings("repetition/", text)
    }

    #[test]
    fn flags_a_repeated_sentence_with_the_first_as_evidence() {
        let text = "China has launched a series of attacks.\n\nChina has launched a series of attacks.";
        let report = analyze(text, &Options::default()).unwrap();
        assert_eq!(report.findings.len(), 1);
        let finding = &report.findings[0];
        assert_eq!(finding.rule, super::super::DUPLICATE_SENTENCE);
        assert_eq!(finding.span.start, 41);
        assert_eq!(finding.related.len(), 1);
        assert_eq!(finding.related[0].span.unwrap().start, 0);
        assert_eq!(finding.related[0].note, "first occurrence");
    }

    #[test]
    fn case_quotes_and_punctuation_do_not_hide_a_duplicate() {
        let text =
            "He said “the vote is lost” today. Other words here now.\n\nhe said \"The vote is lost\", today!";
        assert_eq!(
            rules_and_texts(text),
            [(super::super::DUPLICATE_SENTENCE, "he said \"The vote is lost\", today!".into())]
        );
    }

    #[test]
    fn short_sentences_and_different_sentences_are_not_duplicates() {
        assert!(rules_and_texts("He denied it. She left. He denied it.").is_empty());
        assert!(rules_and_texts("date: 2020-03-06\n\nText.\n\ndate: 2020-03-06").is_empty());
        assert!(rules_and_texts("The vote was lost on Monday. The vote was won on Monday.").is_empty());
    }

    #[test]
    fn three_copies_are_one_group() {
        let text =
            "The report was published today. The report was published today. The report was published today.";
        let report = analyze(text, &Options::default()).unwrap();
        assert_eq!(report.findings.len(), 2);
        assert_eq!(report.findings[0].group, report.findings[1].group);
        assert!(report.findings.iter().all(|f| f.related.len() == 2));
    }

    #[test]
    fn a_repeated_paragraph_is_one_finding() {
        let para = "The minister resigned on Monday. Her deputy takes over the brief.";
        let text = format!("{para}\n\nSomething else happened in between.\n\n{para}");
        assert_eq!(rules_and_texts(&text), [(super::super::DUPLICATE_PARAGRAPH, para.to_string())]);
    }

    #[test]
    fn disabled_rules_are_silent() {
        let text = "The report was published today. The report was published today.";
        let options = Options { disable: vec!["repetition".into()], ..Options::default() };
        assert!(analyze(text, &options).unwrap().findings.is_empty());
    }
}
