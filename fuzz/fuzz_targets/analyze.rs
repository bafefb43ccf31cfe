//! Fuzzes the whole analysis. The input bytes are split at 0xFF bytes (never
//! valid UTF-8, so they cannot occur inside the decoded text) into the text
//! and, when present, option pieces; each is decoded lossily as a browser would.
#![no_main]

use factlint::{analyze, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|&b| b == 0xFF).map(String::from_utf8_lossy);
    let text = parts.next().unwrap_or_default();
    let options = Options::default();
    let Ok(report) = analyze(&text, &options) else { return };
    let units: Vec<u16> = text.encode_utf16().collect();
    for finding in &report.findings {
        let (start, end) = (finding.span.start as usize, finding.span.end as usize);
        assert!(start <= end && end <= units.len());
        assert_eq!(String::from_utf16_lossy(&units[start..end]), finding.text);
    }
});
