//! Odd and hostile input: every case gets a report (possibly empty), never a
//! panic, and every span in it points at exactly the text it claims.
//! Speed is not asserted here (benchmarks do that); a hang would time out CI.

use factlint::{analyze, Options, Report};

fn check(text: &str) -> Report {
    let report = analyze(text, &Options::default()).expect("any text gets a report");
    let units: Vec<u16> = text.encode_utf16().collect();
    for finding in &report.findings {
        let (start, end) = (finding.span.start as usize, finding.span.end as usize);
        assert!(start <= end && end <= units.len(), "span {start}..{end} out of bounds");
        assert_eq!(String::from_utf16_lossy(&units[start..end]), finding.text, "{}", finding.rule);
        for related in &finding.related {
            if let (Some(span), "text") = (related.span, related.kind) {
                let slice = &units[span.start as usize..span.end as usize];
                assert_eq!(String::from_utf16_lossy(slice), related.text);
            }
        }
    }
    assert_eq!(report.stats.length as usize, units.len());
    report
}

#[test]
fn empty_and_whitespace() {
    assert!(check("").findings.is_empty());
    assert!(check(" \t\r\n\n\u{a0}\u{2028}").findings.is_empty());
}

#[test]
fn a_megabyte_line_without_punctuation() {
    let line = "word ".repeat(200_000);
    let report = check(&line);
    assert_eq!(report.stats.sentences, 1);
}

#[test]
fn binary_junk_decoded_lossily_and_nul_bytes() {
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    check(&String::from_utf8_lossy(&bytes));
    check("Nul\0 bytes\0 inside. Nul\0 bytes\0 inside.\0");
}

#[test]
fn replacement_characters_from_lone_surrogates() {
    // JavaScript hands wasm-bindgen lone surrogates as U+FFFD, one UTF-16 unit each.
    check("Lone \u{fffd} surrogate here. Lone \u{fffd} surrogate here.");
}

#[test]
fn emoji_zwj_combining_rtl_and_cjk() {
    let sentence = "The 👩‍👩‍👧‍👦 family met Zoe\u{308} in Tōkyō today. ";
    let report = check(&format!("{sentence}\r\n\r\n{sentence}"));
    assert_eq!(report.findings.len(), 1, "the repeated sentence is found behind emoji and CRLF");
    check("قال الوزير إن خمسة أشخاص قتلوا. قال الوزير إن خمسة أشخاص قتلوا.");
    check("\u{202e}evil override\u{202c} text. שלום עולם, מה שלומך היום?");
    check("東京都の人口は約1400万人です。大阪府の人口は約880万人です。東京都の人口は約1400万人です。");
}

#[test]
fn html_and_markdown_pasted_as_text() {
    let html = "<p>Hello <b>world</b>.</p><script>alert('x')</script><img src=x onerror=alert(1)>";
    check(html);
    check("# Heading\n\n* item one\n* item two\n\n```\ncode block.\n```\n\n> quoted text. [link](http://x)");
}

#[test]
fn many_identical_sentences() {
    let text = "The same sentence is here again. ".repeat(100_000);
    let report = check(&text);
    assert!(!report.findings.is_empty());
}

/// The XSS corpus the page tests use (tests/fixtures/xss-payloads.json): to
/// the core each payload is text like any other, reported back character for
/// character (the page then shows it as text; tests/e2e/xss.test.mjs).
#[test]
fn xss_payloads_come_back_as_the_same_characters() {
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/xss-payloads.json")).expect("the fixture is JSON");
    let payloads: Vec<&str> =
        fixture["payloads"].as_array().expect("a payload list").iter().filter_map(|p| p.as_str()).collect();
    assert!(payloads.len() >= 20);
    for payload in payloads {
        let sentence = format!("Reporters saw {payload} at noon.");
        let report = check(&format!("{sentence}\n\n{sentence}"));
        let duplicate = report.findings.iter().find(|f| f.rule == "repetition/duplicate-sentence");
        let duplicate = duplicate.unwrap_or_else(|| panic!("the repeated sentence with {payload} is found"));
        assert_eq!(duplicate.text, sentence);
    }
}

/// Inputs the fuzzer found (`fuzz/`), replayed the way its target reads them
/// (`fuzz/fuzz_targets/analyze.rs`): split at 0xFF bytes into the text, a
/// source, a newsroom register in CSV and the date option, each decoded lossily.
/// - `slow-long-surname.bin`: a 400-letter "surname" took a second per analysis
///   (its deletion variants for the name-variant check grew with the cube of its length).
/// - `crash-csv-register-keys.bin`: a CSV register built row by row had no
///   record keys (only registers read from JSON made them), and the register
///   check indexed past them: a panic.
#[test]
fn fuzzer_findings_stay_fixed() {
    use factlint::register::Register;
    use factlint::{analyze_with, Knowledge};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fuzz");
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir).expect("tests/fixtures/fuzz exists").flatten() {
        let bytes = std::fs::read(entry.path()).expect("readable fixture");
        let mut parts = bytes.split(|&b| b == 0xFF).map(String::from_utf8_lossy);
        let text = parts.next().unwrap_or_default();
        let mut options = Options::default();
        if let Some(source) = parts.next() {
            options
                .sources
                .push(factlint::options::SourceInput { label: "source".into(), text: source.into_owned() });
        }
        let register = parts.next().and_then(|csv| Register::from_csv_str(&csv).ok());
        if let Some(date) = parts.next() {
            options.date = Some(date.into_owned());
        }
        let knowledge = Knowledge { register: register.as_ref(), today: None };
        // A malformed date is an error, not a panic; anything else gets a report.
        if let Ok(report) = analyze_with(&text, &options, &knowledge) {
            let units: Vec<u16> = text.encode_utf16().collect();
            for finding in &report.findings {
                let (start, end) = (finding.span.start as usize, finding.span.end as usize);
                assert_eq!(String::from_utf16_lossy(&units[start..end]), finding.text, "{:?}", entry.path());
            }
        }
        check(&text);
        replayed += 1;
    }
    assert!(replayed >= 2);
}
