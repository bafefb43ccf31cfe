//! Exact duplicates.
//!
//! - `repetition/duplicate-sentence`: a sentence that repeats an earlier one
//!   once case, quotes, punctuation and spacing are set aside.
//! - `repetition/duplicate-paragraph`: a paragraph of several sentences that
//!   repeats an earlier one; its sentences are then not reported one by one.
//!
//! Every copy after the first is a finding; all copies of one passage share a
//! `group` and each finding lists the other copies as evidence.

use super::{DUPLICATE_PARAGRAPH, DUPLICATE_SENTENCE};
use crate::report::{Category, Evidence, Finding, Severity};
use crate::text::normalize::push_comparison_key;
use crate::text::Document;
use crate::text::Span;
use rustc_hash::FxHashMap as HashMap;

/// Sentences with fewer words than this ("He denied it.") repeat
/// innocently; so do lines of figures ("date: 2020-03-06"), so only words
/// with a letter count.
const MIN_WORDS: usize = 4;

/// Reports exact copies and returns, for each sentence, whether it is a
/// later copy of an earlier sentence (or inside a copied paragraph): the
/// other repetition checks need not look at it again.
pub fn check(doc: &Document, group: &mut u32, out: &mut Vec<Finding>) -> Vec<bool> {
    // One id per distinct sentence key: sentences compare by id, and a
    // paragraph by the ids of its sentences, so no text is keyed twice. All
    // keys are written into one buffer rather than a `String` each.
    const NO_KEY: u32 = u32::MAX;
    let mut keys = String::with_capacity(doc.text.len());
    let key_ends: Vec<usize> = doc
        .sentences
        .iter()
        .map(|sentence| {
            push_comparison_key(doc.slice(sentence.span), &mut keys);
            keys.len()
        })
        .collect();
    let mut id_of_key: HashMap<&str, u32> =
        HashMap::with_capacity_and_hasher(doc.sentences.len(), Default::default());
    let mut key_start = 0;
    let sentence_ids: Vec<u32> = key_ends
        .iter()
        .map(|&key_end| {
            let key = &keys[std::mem::replace(&mut key_start, key_end)..key_end];
            if key.is_empty() {
                return NO_KEY;
            }
            let next = id_of_key.len() as u32;
            *id_of_key.entry(key).or_insert(next)
        })
        .collect();
    drop(id_of_key);

    // Paragraphs of two or more sentences first: a repeated paragraph is one
    // finding, not one per sentence.
    let paragraph_groups = groups_by_key(
        doc.paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.sentences.len() >= 2)
            .map(|(index, p)| (index, &sentence_ids[p.sentences.clone()])),
    );
    let mut in_copied_paragraph = vec![false; doc.sentences.len()];
    for copies in paragraph_groups {
        for &paragraph in &copies[1..] {
            in_copied_paragraph[doc.paragraphs[paragraph].sentences.clone()].fill(true);
        }
        let spans: Vec<Span> = copies.iter().map(|&p| doc.paragraphs[p].span).collect();
        report_copies(&spans, DUPLICATE_PARAGRAPH, "paragraph", *group, |_| false, doc, out);
        *group += 1;
    }

    // Every sentence, short ones too, so later checks can skip any copy;
    // only sentences of MIN_WORDS or more are reported.
    let mut is_copy = in_copied_paragraph.clone();
    let sentence_groups = groups_by_key(
        (0..doc.sentences.len()).filter(|&i| sentence_ids[i] != NO_KEY).map(|i| (i, sentence_ids[i])),
    );
    for copies in sentence_groups {
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
        let spans: Vec<Span> = copies.iter().map(|&i| doc.sentences[i].span).collect();
        let inside_paragraph_copy = |copy: usize| in_copied_paragraph[copies[copy]];
        report_copies(&spans, DUPLICATE_SENTENCE, "sentence", *group, inside_paragraph_copy, doc, out);
        *group += 1;
    }
    is_copy
}

/// Items grouped by identical key, groups of two or more only, in order of
/// first occurrence. Only keys seen twice get a `Vec`: most sentences are
/// unique, and a vector per distinct sentence was a good part of the time.
fn groups_by_key<T: Copy + Into<usize>, K: std::hash::Hash + Eq>(
    items: impl Iterator<Item = (T, K)>,
) -> Vec<Vec<T>> {
    // For each distinct key: its first item, and its group once it has a second.
    let mut seen: HashMap<K, (T, Option<usize>)> =
        HashMap::with_capacity_and_hasher(items.size_hint().1.unwrap_or(0), Default::default());
    let mut groups: Vec<Vec<T>> = Vec::new();
    for (item, key) in items {
        match seen.get_mut(&key) {
            Some((_, Some(group))) => groups[*group].push(item),
            Some((first, group @ None)) => {
                *group = Some(groups.len());
                groups.push(vec![*first, item]);
            }
            None => {
                seen.insert(key, (item, None));
            }
        }
    }
    // Made in order of second occurrence; reported in order of the first.
    crate::extract::entities::sort_by_position(&mut groups, |copies| (copies[0].into(), 0));
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
        finding.related = evidence_copies(copies.len(), index)
            .map(|other| {
                Evidence::in_text(copies[other], if other == 0 { "first occurrence" } else { "another copy" })
            })
            .collect();
        finding.similarity = Some(1.0);
        finding.group = Some(group);
        out.push(finding);
    }
}

/// Copies listed as evidence for copy `index`: all the others in a small
/// group; in a large one the first and the nearest few, so a text of
/// 100,000 identical sentences gives 100,000 findings of at most five
/// links each, not 10^10 links.
fn evidence_copies(count: usize, index: usize) -> impl Iterator<Item = usize> {
    const MAX_EVIDENCE: usize = 4;
    let (low, high) = if count <= MAX_EVIDENCE + 1 {
        (0, count)
    } else {
        let low = index.saturating_sub(MAX_EVIDENCE / 2).max(1);
        (low, (low + MAX_EVIDENCE).min(count))
    };
    let first = (low > 0).then_some(0);
    first.into_iter().chain((low..high).filter(move |&other| other != index))
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
