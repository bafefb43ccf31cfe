//! Property tests for the repetition family: on any text built from
//! repeated and edited sentences, no finding points at itself or at a
//! passage overlapping it, spans stay inside the text, similarity is 0..1.
#![cfg(not(target_arch = "wasm32"))]

use factlint::{analyze, Options};
use proptest::prelude::*;

/// Sentences that repeat, nearly repeat and restate each other, with
/// non-ASCII, quotes and hyphens, so every rule of the family can fire.
const SENTENCES: &[&str] = &[
    "China has launched a series of cyber-attacks against a group of MPs and peers.",
    "China has launched a series of cyberattacks against a group of MPs and peers.",
    "It has been reported that China conducted a series of cyber-attacks targeting MPs and peers.",
    "At least 1,991 delegates are needed to secure the party's nomination outright.",
    "For a candidate to win the nomination outright, at least 1,991 delegates are needed.",
    "He denied it.",
    "“We are very happy,” she said.",
    "Der Bürgermeister von Köln sprach über die neue Brücke am Rhein.",
    "مرحبا بالعالم هذا نص تجريبي طويل بما يكفي للاختبار هنا",
    "Emoji 🎉 parties 🎉 happen in the main square on Friday with many guests 🎉.",
    "the subject of a heavily publicized custody battle was settled in court on Monday",
    "Her mother was the subject of a heavily publicized custody battle in the 1930s.",
];

fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        (0..SENTENCES.len()).prop_map(|i| SENTENCES[i].to_string()),
        "[a-zA-Z ,.'\"-]{0,60}",
        any::<String>().prop_map(|s| s.chars().take(30).collect()),
    ];
    let separator = prop_oneof![Just(" "), Just("\n\n"), Just("\r\n\r\n"), Just("\n")];
    prop::collection::vec((piece, separator), 0..24)
        .prop_map(|parts| parts.into_iter().map(|(p, s)| p + s).collect::<String>())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn findings_never_point_at_themselves(text in text_strategy()) {
        let report = analyze(&text, &Options::default()).unwrap();
        let length = text.encode_utf16().count() as u32;
        for finding in report.findings.iter().filter(|f| f.rule.starts_with("repetition/")) {
            prop_assert!(finding.span.start < finding.span.end && finding.span.end <= length);
            let similarity = finding.similarity.unwrap_or(0.0);
            prop_assert!((0.0..=1.0).contains(&similarity), "similarity {similarity}");
            prop_assert!(!finding.related.is_empty());
            for related in &finding.related {
                let span = related.span.expect("repetition evidence is in the text");
                prop_assert!(span.start < span.end && span.end <= length);
                let overlaps = span.start < finding.span.end && finding.span.start < span.end;
                prop_assert!(!overlaps, "{} points at an overlapping passage: {:?} / {:?}", finding.rule, finding.span, span);
            }
        }
    }
}

/// The worst case for grouping: one sentence many times over is one group
/// whose findings each list a bounded number of copies.
#[test]
fn many_identical_sentences_are_one_group_with_bounded_evidence() {
    let copies = 3_000;
    let text = "The primary elections were held across the state on Tuesday. ".repeat(copies);
    let report = analyze(&text, &Options::default()).unwrap();
    assert_eq!(report.findings.len(), copies - 1);
    let group = report.findings[0].group;
    assert!(report.findings.iter().all(|f| f.group == group && f.rule == "repetition/duplicate-sentence"));
    assert!(report.findings.iter().all(|f| (1..=5).contains(&f.related.len())));
    assert!(report.findings.iter().all(|f| f.related[0].note == "first occurrence"));
}

/// Repeated paragraphs are one finding per copy, their sentences none.
#[test]
fn many_identical_paragraphs_are_one_group_of_paragraph_findings() {
    let copies = 2_000;
    let paragraph = "The minister resigned on Monday. Her deputy takes over the brief.\n\n";
    let report = analyze(&paragraph.repeat(copies), &Options::default()).unwrap();
    assert_eq!(report.findings.len(), copies - 1);
    assert!(report.findings.iter().all(|f| f.rule == "repetition/duplicate-paragraph"));
    assert!(report.findings.iter().all(|f| f.group == report.findings[0].group));
}
