//! The claim pass on the seed article (www/demo/seed-article.txt, a copy of ../shared/examples/),
//! against what ../shared/examples/seed-findings.md says a good tool reports.
#![cfg(not(target_arch = "wasm32"))]

use factlint::report::claims::ClaimOut;
use factlint::{analyze, Error, Options};

fn seed() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/demo/seed-article.txt");
    std::fs::read_to_string(path).expect("the shared seed article beside the repository")
}

fn with_date(date: &str) -> Options {
    Options { date: Some(date.to_string()), ..Options::default() }
}

fn types_of(claim: &ClaimOut) -> Vec<String> {
    let json = serde_json::to_value(&claim.types).unwrap();
    json.as_array().unwrap().iter().map(|t| t.as_str().unwrap().to_string()).collect()
}

#[test]
fn every_sentence_from_s4_on_is_typed_as_the_seed_findings_say() {
    let report = analyze(&seed(), &with_date("2024-03-24")).unwrap();
    assert_eq!(report.stats.sentences, 15);
    let expected: &[(usize, &[&str])] = &[
        (4, &["prediction", "date", "role"]),
        (5, &["role"]),
        (6, &["role"]),
        (7, &["attribution", "role", "prediction"]),
        (8, &["attribution"]),
        (9, &["attribution", "role", "date"]),
        (10, &["quote"]),
        (11, &["date", "legal"]),
        (12, &["legal", "role"]),
        (13, &["role"]),
        (14, &["role"]),
        (15, &["date", "attribution", "comparison"]),
    ];
    for (number, types) in expected {
        let claim = report.claims.iter().find(|c| c.sentence_number == *number);
        let claim = claim.unwrap_or_else(|| panic!("S{number} is a claim"));
        let found = types_of(claim);
        for t in *types {
            assert!(found.iter().any(|f| f == t), "S{number} should be typed {t}; found {found:?}");
        }
    }
    // S7's attribution names The Sunday Times, which is not a date.
    let s7 = report.claims.iter().find(|c| c.sentence_number == 7).unwrap();
    let source = s7.parts.iter().find(|p| types_of_part(p) == "attribution").and_then(|p| p.value.clone());
    assert_eq!(source.as_deref(), Some("The Sunday Times"));
    assert!(!s7.parts.iter().any(|p| types_of_part(p) == "date"));
}

fn types_of_part(part: &factlint::report::claims::ClaimPartOut) -> String {
    serde_json::to_value(part.kind).unwrap().as_str().unwrap().to_string()
}

#[test]
fn relative_dates_resolve_against_the_publication_date() {
    let report = analyze(&seed(), &with_date("2024-03-24")).unwrap();
    let resolved: Vec<(String, String)> = report
        .claims
        .iter()
        .flat_map(|c| &c.parts)
        .filter_map(|p| p.resolved.as_ref().map(|r| (p.passage.text.clone(), r.label.clone())))
        .collect();
    let label_of = |text: &str| resolved.iter().find(|(t, _)| t == text).map(|(_, l)| l.as_str());
    assert_eq!(label_of("Monday"), Some("2024-03-25"));
    assert_eq!(label_of("Friday"), Some("2024-03-22"));
    assert_eq!(label_of("Last year"), Some("2023"));
    assert_eq!(label_of("the previous summer"), Some("summer 2023"));
    assert_eq!(label_of("approximately one year ago"), Some("about 2023-03-24"));

    // Without a publication date nothing relative is resolved.
    let undated = analyze(&seed(), &Options::default()).unwrap();
    assert!(undated.claims.iter().flat_map(|c| &c.parts).all(|p| p.resolved.is_none()));
}

#[test]
fn vague_sourcing_and_the_unattributed_quote_are_flagged() {
    let text = seed();
    let report = analyze(&text, &Options::default()).unwrap();
    let sentence_of = |utf16_start: u32| {
        report
            .claims
            .iter()
            .find(|c| c.sentence.span.start <= utf16_start && utf16_start < c.sentence.span.end)
            .map(|c| c.sentence_number)
    };
    let flagged = |rule: &str| -> Vec<Option<usize>> {
        report.findings.iter().filter(|f| f.rule == rule).map(|f| sentence_of(f.span.start)).collect()
    };
    assert_eq!(flagged("attribution/vague-sourcing"), [Some(3), Some(8)]);
    assert_eq!(flagged("attribution/unattributed-quote"), [Some(10)]);
    assert!(flagged("attribution/pronoun-source").is_empty());
    let quote = report.findings.iter().find(|f| f.rule == "attribution/unattributed-quote").unwrap();
    assert_eq!(quote.related[0].text, "Luke de Pulford");
}

#[test]
fn a_malformed_publication_date_is_an_invalid_option() {
    for bad in ["2024-3-24", "24/03/2024", "2024-02-30", "yesterday", ""] {
        match analyze("Text.", &with_date(bad)) {
            Err(Error::InvalidOption(message)) => assert!(message.contains("YYYY-MM-DD"), "{message}"),
            other => panic!("{bad:?} gave {other:?}"),
        }
    }
}

/// Odd inputs and random strings of the extractors' own cue words: a report, never a panic.
#[test]
fn any_input_yields_a_report() {
    let junk = String::from_utf8_lossy(&[0xff, 0xfe, 0, 1, 2, 0xe2, 0x80, 0x9c, b'a', 0xc3]).into_owned();
    let fixed = [
        "",
        " ",
        "\r\n\r\n",
        "😀 “",
        "”",
        "\"",
        "مرحبا بالعالم. قال الوزير",
        "£",
        "$ bn",
        "1,",
        "-",
        "a dozen",
        &junk,
    ];
    let vocabulary = [
        "said",
        "he",
        "she",
        "It",
        "has",
        "been",
        "reported",
        "that",
        "according",
        "to",
        "“",
        "”",
        "\"",
        ",",
        ".",
        ":",
        "-",
        "–",
        "£",
        "$",
        "%",
        "5.5m",
        "1,991",
        "2024",
        "1990s",
        "-03",
        "24",
        "March",
        "May",
        "Monday",
        "last",
        "next",
        "the",
        "previous",
        "summer",
        "winter",
        "year",
        "years",
        "ago",
        "one",
        "twenty",
        "hundred",
        "between",
        "and",
        "approximately",
        "more",
        "than",
        "Sir",
        "Lord",
        "minister",
        "who",
        "denies",
        "will",
        "is",
        "expected",
        "by",
        "The",
        "Sunday",
        "Times",
        "per",
        "cent",
        "a",
        "of",
        "\n\n",
        "😀",
        "é",
        "\u{202e}",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut texts: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..(state % 40) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(vocabulary[(state % vocabulary.len() as u64) as usize]);
            text.push(if state & 64 == 0 { ' ' } else { '\u{a0}' });
        }
        texts.push(text);
    }
    for text in &texts {
        for options in
            [Options::default(), with_date("2024-02-29"), with_date("0001-01-01"), with_date("9999-12-31")]
        {
            let report = analyze(text, &options).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            assert!(report.claims.iter().all(|c| (0.0..=1.0).contains(&c.score)));
        }
    }
}
