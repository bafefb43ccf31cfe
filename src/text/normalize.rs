//! Normalised forms of text used to compare passages: case, quotes,
//! dashes, punctuation and spacing do not make two passages different.

/// Lower-cases, folds typographic quotes, drops punctuation and collapses
/// whitespace, keeping letters and digits. "Cyber-attacks, “now”" and
/// "cyber attacks now" normalise alike.
pub fn comparison_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            if pending_space && !key.is_empty() {
                key.push(' ');
            }
            pending_space = false;
            key.extend(super::case::lower_chars(ch));
        } else if ch == '\'' || ch == '’' {
            // Apostrophes join: "don’t" = "don't" = "dont".
        } else {
            pending_space = true;
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_quotes_punctuation_and_space() {
        assert_eq!(comparison_key("  China’s  “Cyber-attacks”,\r\n now! "), "chinas cyber attacks now");
        assert_eq!(comparison_key("China's \"cyber attacks\" now"), "chinas cyber attacks now");
        assert_eq!(comparison_key("..."), "");
    }
}
