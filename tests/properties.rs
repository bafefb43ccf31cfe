//! Properties over generated text: no panic; every span within bounds, on
//! char boundaries, start ≤ end; UTF-16 spans slice back to exactly the
//! `text` they claim; the same input gives the same report.

use factlint::{analyze, Options};
use proptest::prelude::*;

/// Text built from news-like pieces, odd characters and line breaks, so the
/// generator reaches repeated sentences as well as junk.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("China has launched a series of attacks on MPs. ".to_string()),
        Just("Mr. Smith said “it is over.” ".to_string()),
        Just("Six workers are missing. ".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("👩‍👩‍👧 e\u{301} ".to_string()),
        Just("قال الوزير. ".to_string()),
        Just("東京。".to_string()),
        "[a-zA-Z .,!?\"'()\\-]{0,40}",
        any::<String>().prop_map(|s| s.chars().take(20).collect()),
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_back_to_their_text(text in texty()) {
        let report = analyze(&text, &Options::default()).unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        for finding in &report.findings {
            let (start, end) = (finding.span.start as usize, finding.span.end as usize);
            prop_assert!(start <= end && end <= units.len());
            // On char boundaries: no half of a surrogate pair at either end.
            prop_assert!(String::from_utf16(&units[start..end]).is_ok());
            prop_assert_eq!(String::from_utf16_lossy(&units[start..end]), finding.text.clone());
            prop_assert!(finding.line >= 1 && finding.column >= 1);
            for related in &finding.related {
                if let (Some(span), "text") = (related.span, related.kind) {
                    prop_assert!(span.start <= span.end && (span.end as usize) <= units.len());
                    prop_assert!(span != finding.span, "a passage is never its own evidence");
                }
            }
        }
    }

    #[test]
    fn reports_are_deterministic(text in texty()) {
        let first = analyze(&text, &Options::default()).unwrap();
        let second = analyze(&text, &Options::default()).unwrap();
        let as_rules = |r: &factlint::Report| r.findings.iter().map(|f| (f.rule, f.span.start, f.span.end, f.message.clone())).collect::<Vec<_>>();
        prop_assert_eq!(as_rules(&first), as_rules(&second));
    }
}

fn checked_against(text: &str, source: &str) -> factlint::Report {
    let sources = vec![factlint::SourceInput { label: "s".into(), text: source.into() }];
    analyze(text, &Options { sources, ..Options::default() }).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// With a source: no panic, and source evidence slices back to the source.
    #[test]
    fn source_evidence_slices_back_to_the_source(text in texty(), source in texty()) {
        let report = checked_against(&text, &source);
        let units: Vec<u16> = source.encode_utf16().collect();
        for finding in report.findings.iter().filter(|f| f.rule.starts_with("source/")) {
            for related in finding.related.iter().filter(|r| r.kind == "source") {
                let span = related.span.unwrap();
                prop_assert!(span.start <= span.end && span.end as usize <= units.len());
                prop_assert_eq!(String::from_utf16_lossy(&units[span.start as usize..span.end as usize]), related.text.clone());
            }
        }
        prop_assert_eq!(report.alignment.len(), report.stats.sentences);
    }

    /// A text checked against itself has no `source/` finding.
    #[test]
    fn a_text_is_faithful_to_itself(text in texty()) {
        let report = checked_against(&text, &text);
        let source_rules: Vec<_> = report.findings.iter().map(|f| f.rule).filter(|r| r.starts_with("source/")).collect();
        prop_assert!(source_rules.is_empty(), "{:?}", source_rules);
    }
}

/// Text from the characters of the scripts and symbols the tokenizer classes
/// exactly (see `src/text/tokenize.rs`): ASCII, typographic marks, spaces,
/// accented Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Hangul,
/// kana, ideographs, combining marks, emoji with skin tones and joiners, flags.
/// Joiners come inside emoji sequences only: unicode-segmentation joins a
/// digit, a comma, a joiner and an emoji ("١,\u{200d}😀") into one word,
/// which its own rules do not call for; the tokenizer gives "١" and ",\u{200d}😀".
fn tokenizer_text() -> impl Strategy<Value = String> {
    let emoji_sequences = ["👩\u{200d}👩\u{200d}👧", "👨🏽\u{200d}💻", "🏳\u{fe0f}\u{200d}🌈"];
    let alphabet: Vec<String> = concat!(
        "aZ09_:,;.'‘’\"-%/&()!?“”£€—–…«»„•° \t\n\r\u{b}\u{0}\u{a0}\u{2009}\u{202f}\u{3000}\u{2028}",
        "éñŁøßİ東京。日本語ひらがなカタカナー한국어",
        "ΑθήναΣ·Москва,ёשָׁלוֹם׳\"'مرحبا١٢٫٣،हिन्दीज़्१२ไทย่๑",
        "\u{301}\u{308}\u{200c}\u{200e}\u{ad}\u{fe0f}\u{20e3}😀👩🏽\u{1f3fd}❤🇬🇧🇫🇷©™²½①"
    )
    .chars()
    .map(String::from)
    .chain(emoji_sequences.map(String::from))
    .collect();
    proptest::collection::vec(proptest::sample::select(alphabet), 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5000, ..ProptestConfig::default() })]

    /// On those characters the tokenizer gives exactly UAX #29's non-space segments, with one
    /// deliberate difference: text is split at ASCII whitespace first, so a combining mark or
    /// joiner right after an ASCII space starts the next token instead of joining the space.
    #[test]
    fn tokens_are_uax29_segments(text in tokenizer_text()) {
        use unicode_segmentation::UnicodeSegmentation;
        let expected: Vec<&str> = text
            .split(|c: char| c.is_ascii_whitespace())
            .flat_map(|run| run.split_word_bounds())
            .filter(|s| !s.chars().all(char::is_whitespace))
            .collect();
        let span = factlint::text::Span::new(0, text.len());
        let got: Vec<&str> = factlint::text::token_spans(&text, span).iter().map(|s| s.slice(&text)).collect();
        prop_assert_eq!(got, expected);
    }

    /// The same on printable ASCII and spaces only, where the tokenizer takes its fast path
    /// for runs like "(Ipac)," and its general one for runs like "don't" or "1,991.5".
    #[test]
    fn ascii_tokens_are_uax29_segments(text in "[ -~\t\n]{0,60}") {
        use unicode_segmentation::UnicodeSegmentation;
        let expected: Vec<&str> = text
            .split(|c: char| c.is_ascii_whitespace())
            .flat_map(|run| run.split_word_bounds())
            .collect();
        let span = factlint::text::Span::new(0, text.len());
        let got: Vec<&str> = factlint::text::token_spans(&text, span).iter().map(|s| s.slice(&text)).collect();
        prop_assert_eq!(got, expected);
    }
}

/// Lower-case words built from letters, apostrophes and English suffixes, so
/// that every step of the stemmer has something to remove.
fn english_like_word() -> impl Strategy<Value = String> {
    let pieces: Vec<&str> = vec![
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "v",
        "w", "x", "y", "z", "'", "é", "ñ", "東", "gener", "commun", "arsen", "ed", "eed", "ing", "ly", "ies",
        "sses", "ational", "tional", "ization", "fulness", "ousli", "biliti", "ogi", "li", "ative", "ement",
        "ion", "at", "bl", "iz", "tt", "ll", "ss", "us", "'s", "'s'", "skies", "news", "ying",
    ];
    proptest::collection::vec(proptest::sample::select(pieces), 0..8).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20000, ..ProptestConfig::default() })]

    /// The hand-written Porter2 stemmer gives what the rust-stemmers crate gives.
    #[test]
    fn stems_match_rust_stemmers(word in english_like_word()) {
        let reference = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        prop_assert_eq!(factlint::checks::repetition::stem::stem(&word), reference.stem(&word));
    }
}
