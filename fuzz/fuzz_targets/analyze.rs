//! Fuzzes the whole analysis: the text, a source text, a newsroom register
//! (CSV) and the date option. The input bytes are split at 0xFF bytes (never
//! valid UTF-8, so they cannot occur inside decoded text) into those parts;
//! each is decoded lossily, as a browser would.
#![no_main]

use factlint::register::Register;
use factlint::{analyze_with, Knowledge, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|&b| b == 0xFF).map(String::from_utf8_lossy);
    let text = parts.next().unwrap_or_default();
    let mut options = Options::default();
    if let Some(source) = parts.next() {
        options.sources.push(factlint::options::SourceInput { label: "source".into(), text: source.into_owned() });
    }
    let register = parts.next().and_then(|csv| Register::from_csv_str(&csv).ok());
    if let Some(date) = parts.next() {
        options.date = Some(date.into_owned());
    }
    let knowledge = Knowledge { register: register.as_ref(), today: None };
    let Ok(report) = analyze_with(&text, &options, &knowledge) else { return };
    let units: Vec<u16> = text.encode_utf16().collect();
    for finding in &report.findings {
        let (start, end) = (finding.span.start as usize, finding.span.end as usize);
        assert!(start <= end && end <= units.len());
        assert_eq!(String::from_utf16_lossy(&units[start..end]), finding.text);
    }
});
