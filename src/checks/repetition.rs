//! Repetition: passages the text says twice.
//!
//! - `repetition/duplicate-sentence`: a sentence that repeats an earlier one
//!   once case, quotes, punctuation and spacing are set aside.
//! - `repetition/duplicate-paragraph`: a paragraph of several sentences that
//!   repeats an earlier one; its sentences are then not reported one by one.
//!
//! Every copy after the first is a finding; all copies of one passage share a
//! `group` and each finding lists the other copies as evidence.

use super::{Context, Rule};
use crate::report::{Category, Evidence, Finding, Severity};
use crate::text::normalize::comparison_key;
use crate::text::Span;
use std::collections::HashMap;

pub const DUPLICATE_SENTENCE: &str = "repetition/duplicate-sentence";
pub const DUPLICATE_PARAGRAPH: &str = "repetition/duplicate-paragraph";

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
];

/// Sentences shorter than this ("He denied it.") repeat innocently.
const MIN_WORDS: usize = 4;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let doc = cx.doc;
    let mut group = next_group(out);

    // Paragraphs of two or more sentences first: a repeated paragraph is one
    // finding, not one per sentence.
    let paragraph_groups = groups_by_key(
        doc.paragraphs
            .iter()
            .filter(|p| p.sentences.len() >= 2)
            .map(|p| (p.span, comparison_key(doc.slice(p.span)))),
    );
    let mut covered: Vec<Span> = Vec::new();
    for copies in paragraph_groups {
        covered.extend(copies.iter().skip(1));
        report_copies(&copies, DUPLICATE_PARAGRAPH, "paragraph", group, cx, out);
        group += 1;
    }

    let sentence_groups = groups_by_key(
        doc.sentences
            .iter()
            .filter(|s| s.words.len() >= MIN_WORDS)
            .map(|s| (s.span, comparison_key(doc.slice(s.span)))),
    );
    for copies in sentence_groups {
        // Copies inside a reported paragraph copy are already accounted for.
        let inside_paragraph_copy = |span: Span| covered.iter().any(|p| p.contains(span));
        if copies.iter().skip(1).all(|&s| inside_paragraph_copy(s)) {
            continue;
        }
        let before = out.len();
        report_copies(&copies, DUPLICATE_SENTENCE, "sentence", group, cx, out);
        let mut kept = out.split_off(before);
        kept.retain(|f| !inside_paragraph_copy(f.span));
        out.extend(kept);
        group += 1;
    }
}

/// Spans grouped by identical key, groups of two or more only, in text order.
fn groups_by_key(items: impl Iterator<Item = (Span, String)>) -> Vec<Vec<Span>> {
    let mut by_key: HashMap<String, Vec<Span>> = HashMap::new();
    let mut order = Vec::new();
    for (span, key) in items {
        if key.is_empty() {
            continue;
        }
        let copies = by_key.entry(key.clone()).or_default();
        if copies.is_empty() {
            order.push(key);
        }
        copies.push(span);
    }
    order.into_iter().filter_map(|key| by_key.remove(&key)).filter(|copies| copies.len() >= 2).collect()
}

fn report_copies(
    copies: &[Span],
    rule: &'static str,
    unit: &str,
    group: u32,
    cx: &Context,
    out: &mut Vec<Finding>,
) {
    let first = copies[0];
    let first_line = cx.doc.offsets.line_column(first.start, cx.doc.text).line;
    for (index, &copy) in copies.iter().enumerate().skip(1) {
        let message = if copies.len() == 2 {
            format!("This {unit} repeats the {unit} on line {first_line} word for word.")
        } else {
            format!(
                "This {unit} is one of {} identical copies; the first is on line {first_line}.",
                copies.len()
            )
        };
        let mut finding = Finding::new(rule, Category::Repetition, Severity::Error, copy, message);
        // Evidence: the first occurrence and the copy just before this one.
        // Not every copy: a text pasted 100,000 times must not cost n² evidence.
        let mut evidence = vec![Evidence::in_text(first, "first occurrence")];
        if index >= 2 {
            evidence.push(Evidence::in_text(copies[index - 1], "previous copy"));
        }
        if let Some(&next) = copies.get(index + 1) {
            evidence.push(Evidence::in_text(next, "next copy"));
        }
        finding.related = evidence;
        finding.similarity = Some(1.0);
        finding.group = Some(group);
        out.push(finding);
    }
}

/// The next unused group number, so families that group findings never clash.
fn next_group(out: &[Finding]) -> u32 {
    out.iter().filter_map(|f| f.group).max().map_or(1, |g| g + 1)
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    fn rules_and_texts(text: &str) -> Vec<(&'static str, String)> {
        analyze(text, &Options::default()).unwrap().findings.into_iter().map(|f| (f.rule, f.text)).collect()
    }

    #[test]
    fn flags_a_repeated_sentence_with_the_first_as_evidence() {
        let text = "China has launched a series of attacks.\n\nChina has launched a series of attacks.";
        let report = analyze(text, &Options::default()).unwrap();
        assert_eq!(report.findings.len(), 1);
        let finding = &report.findings[0];
        assert_eq!(finding.rule, super::DUPLICATE_SENTENCE);
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
            [(super::DUPLICATE_SENTENCE, "he said \"The vote is lost\", today!".into())]
        );
    }

    #[test]
    fn short_sentences_and_different_sentences_are_not_duplicates() {
        assert!(rules_and_texts("He denied it. She left. He denied it.").is_empty());
        assert!(rules_and_texts("The vote was lost on Monday. The vote was won on Monday.").is_empty());
    }

    #[test]
    fn three_copies_are_one_group() {
        let text =
            "The report was published today. The report was published today. The report was published today.";
        let report = analyze(text, &Options::default()).unwrap();
        assert_eq!(report.findings.len(), 2);
        assert_eq!(report.findings[0].group, report.findings[1].group);
        // Each copy points at the others: the first, and its neighbouring copy.
        assert_eq!(report.findings[0].related.len(), 2);
        assert_eq!(report.findings[1].related.len(), 2);
    }

    #[test]
    fn a_repeated_paragraph_is_one_finding() {
        let para = "The minister resigned on Monday. Her deputy takes over the brief.";
        let text = format!("{para}\n\nSomething else happened in between.\n\n{para}");
        assert_eq!(rules_and_texts(&text), [(super::DUPLICATE_PARAGRAPH, para.to_string())]);
    }

    #[test]
    fn disabled_rules_are_silent() {
        let text = "The report was published today. The report was published today.";
        let options = Options { disable: vec!["repetition".into()], ..Options::default() };
        assert!(analyze(text, &options).unwrap().findings.is_empty());
    }
}
