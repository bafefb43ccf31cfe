//! Done-when case for issue #7: the seed article checked against a source
//! report (written for the tests, tests/fixtures/seed-source.txt) that gives
//! Duncan Smith as a former Conservative leader and Loughton as a former
//! education minister. The one `source/` finding is the role swap.

use factlint::{analyze, Options, SourceInput};

const SEED: &str = include_str!("../www/demo/seed-article.txt");
const SOURCE: &str = include_str!("fixtures/seed-source.txt");

fn report() -> factlint::Report {
    let options = Options {
        sources: vec![SourceInput { label: "seed-source.txt".into(), text: SOURCE.into() }],
        ..Options::default()
    };
    analyze(SEED, &options).unwrap()
}

#[test]
fn the_seed_yields_the_role_swap_on_duncan_smith_and_nothing_else() {
    let report = report();
    let source_findings: Vec<_> = report.findings.iter().filter(|f| f.rule.starts_with("source/")).collect();
    assert_eq!(source_findings.len(), 1, "{source_findings:#?}");
    let swap = source_findings[0];
    assert_eq!(swap.rule, "source/role-changed");
    assert_eq!(swap.text, "a former education minister for the Conservative Party");
    assert!(swap.message.contains("to Tim Loughton, not to Iain Duncan Smith"), "{}", swap.message);
    assert!(swap.message.contains("“a former Conservative leader”"), "{}", swap.message);
    // Evidence: the source sentence that describes both men, in the source.
    let evidence = &swap.related[0];
    assert_eq!(evidence.kind, "source");
    assert_eq!(evidence.source.as_deref(), Some("seed-source.txt"));
    assert!(evidence
        .text
        .starts_with("Sir Iain Duncan Smith, a former Conservative leader, and Tim Loughton"));
    let at = evidence.span.unwrap();
    let utf16: Vec<u16> = SOURCE.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&utf16[at.start as usize..at.end as usize]), evidence.text);
}

#[test]
fn every_seed_sentence_is_aligned_and_only_the_swap_sentence_changed() {
    let report = report();
    assert_eq!(report.alignment.len(), 15);
    for entry in &report.alignment {
        let expected = if entry.sentence == 4 { "Changed" } else { "Supported" };
        assert_eq!(
            format!("{:?}", entry.status),
            expected,
            "sentence {}: {}",
            entry.sentence,
            entry.passage.text
        );
        assert!(!entry.sources.is_empty());
    }
    // The quotation (S10) aligns with the source sentence quoting it.
    assert!(report.alignment[9].sources[0].passage.text.contains("Similar actions have also been taken"));
}
