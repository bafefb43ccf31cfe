//! Normalised forms of text used to compare passages: case, quotes,
//! dashes, punctuation and spacing do not make two passages different.

/// Lower-cases, folds typographic quotes, drops punctuation and collapses
/// whitespace, keeping letters and digits. "Cyber-attacks, “now”" and
/// "cyber attacks now" normalise alike.
pub fn comparison_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    push_comparison_key(text, &mut key);
    key
}

/// Appends the comparison key of `text` to `key`, so that callers keying
/// every sentence of a long text can write them all into one buffer.
pub fn push_comparison_key(text: &str, key: &mut String) {
    let start = key.len();
    let mut pending_space = false;
    let mut index = 0;
    while let Some(&byte) = text.as_bytes().get(index) {
        if byte.is_ascii() {
            // Most text is ASCII: one byte, no char decoding or Unicode tables.
            index += 1;
            if byte.is_ascii_alphanumeric() {
                pay_pending_space(key, start, &mut pending_space);
                key.push(byte.to_ascii_lowercase() as char);
            } else if byte != b'\'' {
                pending_space = true;
            }
            continue;
        }
        let ch = text[index..].chars().next().unwrap_or_default();
        index += ch.len_utf8();
        if ch.is_alphanumeric() {
            pay_pending_space(key, start, &mut pending_space);
            key.extend(super::case::lower_chars(ch));
        } else if ch != '’' {
            pending_space = true;
        }
    }
    // Apostrophes (' and ’) are skipped, not separators: "don’t" = "don't" = "dont".
}

/// Writes the one space owed before the next letter or digit, if a
/// separator came since the last one and the key (from `start`) has begun.
fn pay_pending_space(key: &mut String, start: usize, pending_space: &mut bool) {
    if std::mem::take(pending_space) && key.len() > start {
        key.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_quotes_punctuation_and_space() {
        assert_eq!(comparison_key("  China’s  “Cyber-attacks”,\r\n now! "), "chinas cyber attacks now");
        assert_eq!(comparison_key("China's \"cyber attacks\" now"), "chinas cyber attacks now");
        assert_eq!(comparison_key("..."), "");
        assert_eq!(comparison_key("Ärger: ÉCOLE—Straße 3½"), "ärger école straße 3½");
    }

    /// The key built one character at a time, as the definition reads.
    fn reference_key(text: &str) -> String {
        let mut key = String::new();
        let mut pending_space = false;
        for ch in text.chars() {
            if ch.is_alphanumeric() {
                if std::mem::take(&mut pending_space) && !key.is_empty() {
                    key.push(' ');
                }
                key.extend(crate::text::case::lower_chars(ch));
            } else if ch != '\'' && ch != '’' {
                pending_space = true;
            }
        }
        key
    }

    proptest::proptest! {
        #[test]
        fn keys_follow_the_definition_character_by_character(text in "[a-zA-Z0-9 '’,.\\-é東ß\n]{0,40}") {
            proptest::prop_assert_eq!(comparison_key(&text), reference_key(&text));
        }
    }

    #[test]
    fn appends_to_a_shared_buffer() {
        let mut keys = String::from("first key");
        push_comparison_key(" — Second, key!", &mut keys);
        assert_eq!(keys, "first keysecond key");
    }
}
