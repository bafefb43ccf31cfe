//! Paragraph and sentence segmentation tuned for news prose.
//!
//! A full stop ends a sentence unless the word before it says otherwise: a
//! title ("Mr.", "Sen."), an initial ("J. R. R. Tolkien"), a dotted acronym
//! ("U.K."), or a number that goes on ("3.14"). The word after it gets a say
//! too: a sentence never starts with a lower-case letter.

use super::case::lowercase;
use super::span::Span;
use crate::text::words::{words, WordList};

/// Titles and abbreviations that are never the end of a sentence: a name or
/// a number always follows them.
const NEVER_FINAL: WordList = words![
    "adm", "approx", "apr", "art", "aug", "ca", "capt", "cf", "ch", "cllr", "cmdr", "col", "cpt", "dec",
    "dept", "det", "dr", "est", "feb", "fig", "fr", "gen", "gov", "hon", "insp", "jan", "jul", "jun", "lord",
    "lt", "maj", "mar", "messrs", "mlle", "mme", "mr", "mrs", "ms", "mt", "mx", "no", "nos", "nov", "oct",
    "pp", "pres", "prof", "rep", "rev", "sec", "sen", "sep", "sept", "sgt", "sir", "st", "supt", "v", "vol",
    "vs",
];

/// Abbreviations that often end a sentence too ("… Apple Inc. The firm …"):
/// they end one only when a typical sentence opener follows.
const SOMETIMES_FINAL: WordList =
    words!["a.m", "al", "bros", "co", "corp", "etc", "inc", "jr", "llc", "ltd", "p.m", "plc", "sr",];

/// Words that open sentences and seldom follow an abbreviation inside one.
const SENTENCE_OPENERS: WordList = words![
    "a",
    "after",
    "an",
    "and",
    "as",
    "at",
    "before",
    "but",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "many",
    "meanwhile",
    "most",
    "my",
    "no",
    "officials",
    "on",
    "or",
    "our",
    "police",
    "she",
    "so",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "we",
    "when",
    "while",
    "yes",
    "you",
];

const TERMINATORS: &[char] = &['.', '!', '?', '…', '‽'];
/// Full-width terminators end a sentence without a following space.
const CJK_TERMINATORS: &[char] = &['。', '！', '？'];
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '}', '›'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '«', '(', '[', '{', '‹', '¿', '¡'];

/// Splits `text` into paragraphs: blocks separated by blank lines, and lines
/// within a block that end a sentence or stand alone as headings.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut paragraphs = Vec::new();
    let mut current: Option<Span> = None;
    let mut previous_line: Option<&str> = None;
    for line in lines(text) {
        let content = line.slice(text);
        if content.trim().is_empty() || is_decoration(content) {
            paragraphs.extend(current.take());
            previous_line = None;
            continue;
        }
        let body = trim_span(text, line);
        match (current, previous_line) {
            (Some(open), Some(before)) if !line_ends_paragraph(before, content) => {
                current = Some(open.cover(body));
            }
            _ => {
                paragraphs.extend(current.take());
                current = Some(body);
            }
        }
        previous_line = Some(content);
    }
    paragraphs.extend(current);
    paragraphs
}

/// Whether the line `before` closes its paragraph even though `next` follows
/// on the very next line.
fn line_ends_paragraph(before: &str, next: &str) -> bool {
    let before = before.trim();
    let next = next.trim_start();
    if before.starts_with('#') || next.starts_with('#') {
        return true; // Markdown headings stand alone.
    }
    if ends_sentence(before) {
        return true;
    }
    // A short line without final punctuation followed by a capitalised line
    // is a headline or a label. Hard-wrapped prose lines are long.
    let next_starts_upper = next.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric());
    before.chars().count() < 40 && next_starts_upper
}

/// Lines that are only rules or ornaments ("* * *", "-----") separate paragraphs.
fn is_decoration(line: &str) -> bool {
    let trimmed = line.trim();
    !trimmed.is_empty() && trimmed.chars().all(|c| matches!(c, '*' | '-' | '_' | '=' | '~' | ' ' | '•'))
}

fn ends_sentence(line: &str) -> bool {
    let core = line.trim_end().trim_end_matches(CLOSERS);
    core.ends_with(TERMINATORS) || core.ends_with(CJK_TERMINATORS) || core.ends_with(':')
}

/// Splits one paragraph into sentences, trimmed of surrounding whitespace.
pub fn sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let body = paragraph.slice(text);
    let base = paragraph.start();
    let mut sentences = Vec::new();
    let mut start = 0usize;
    // A quotation of several sentences stays one sentence when it closes
    // within the paragraph: the speaker owns all of it.
    let last_curly_close = body.rfind('”');
    let last_straight = body.rfind('"');
    let mut open_quote: Option<char> = None;
    // Only quotation marks and terminators matter here, and each starts with
    // one of these bytes: the rest of the text is passed over undecoded.
    let bytes = body.as_bytes();
    let may_matter = |b: &u8| matches!(b, b'.' | b'!' | b'?' | b'"' | 0xE2 | 0xE3 | 0xEF);
    let mut next = 0; // Where the next character to read starts.
    while let Some(at) = bytes[next..].iter().position(may_matter).map(|i| next + i) {
        let Some(ch) = body[at..].chars().next() else { break };
        next = at + ch.len_utf8();
        match ch {
            '“' => open_quote = Some('“'),
            '”' => open_quote = None,
            '"' if open_quote == Some('"') => open_quote = None,
            '"' if open_quote.is_none() => open_quote = Some('"'),
            _ => {}
        }
        let cjk = CJK_TERMINATORS.contains(&ch);
        if !cjk && !TERMINATORS.contains(&ch) {
            continue;
        }
        // Take the whole run of terminators ("?!", "...") and closing quotes.
        let mut end = next;
        let mut run = String::from(ch);
        while let Some(following) = body[next..].chars().next() {
            if TERMINATORS.contains(&following) || CJK_TERMINATORS.contains(&following) {
                run.push(following);
            } else if !CLOSERS.contains(&following) {
                break;
            }
            next += following.len_utf8();
            end = next;
        }
        let closes_later = match open_quote {
            Some('“') => last_curly_close.is_some_and(|close| close > at),
            Some(_) => last_straight.is_some_and(|close| close > at),
            None => false,
        };
        if closes_later && !body[..end].ends_with(['”', '"']) {
            continue;
        }
        if body[..end].ends_with(['”', '"']) {
            open_quote = None;
        }
        let rest = &body[end..];
        let after_space = rest.trim_start();
        let had_space = after_space.len() < rest.len();
        if after_space.is_empty() {
            break; // The paragraph ends here anyway.
        }
        if !cjk && !had_space {
            continue; // "3.14", "U.K.", "e.g.," and "?!" inside words.
        }
        if !sentence_ends_here(&body[start..at], &run, after_space) {
            continue;
        }
        push_trimmed(&mut sentences, base + start, &body[start..end]);
        start = end + (rest.len() - after_space.len());
    }
    push_trimmed(&mut sentences, base + start, &body[start..]);
    sentences
}

/// Decides whether a terminator run ends the sentence, given the sentence
/// so far and the text after the following whitespace.
fn sentence_ends_here(before: &str, run: &str, after: &str) -> bool {
    let next_word = first_word(after);
    let next_letter = next_word.chars().next();
    if next_letter.is_some_and(char::is_lowercase) {
        return false; // `"Why?" he asked.` and `Apple Inc. said`
    }
    if run != "." {
        return true; // "?", "!", "...", "?!"
    }
    let word = last_word(before);
    let lower = lowercase(word);
    let next_is_opener = SENTENCE_OPENERS.contains(lowercase(next_word).as_str());
    if NEVER_FINAL.contains(lower.as_ref()) {
        // "No. 10" never ends; "… said no. The …" can.
        return lower == "no" && next_is_opener;
    }
    let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if is_initial {
        return false;
    }
    if SOMETIMES_FINAL.contains(lower.as_ref()) || word.contains('.') {
        return next_is_opener; // "Smith Jr. The …", "U.S. President …"
    }
    true
}

/// The word (letters, digits and inner dots) that ends `text`.
fn last_word(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    text[start..].trim_start_matches('.')
}

/// The first word of `text`, skipping opening quotes and brackets.
fn first_word(text: &str) -> &str {
    let text = text.trim_start_matches(OPENERS);
    let end = text.find(|c: char| !c.is_alphanumeric()).unwrap_or(text.len());
    &text[..end]
}

fn push_trimmed(out: &mut Vec<Span>, offset: usize, piece: &str) {
    let trimmed_start = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let start = offset + trimmed_start;
        out.push(Span::new(start, start + trimmed.len()));
    }
}

fn trim_span(text: &str, span: Span) -> Span {
    let piece = span.slice(text);
    let lead = piece.len() - piece.trim_start().len();
    Span::new(span.start() + lead, span.start() + lead + piece.trim().len())
}

/// Line spans without their terminators ("\n", "\r\n" or a lone "\r").
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0usize;
    let mut at = 0usize;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let byte = bytes[at];
            if byte == b'\n' || byte == b'\r' {
                let line = Span::new(start, at);
                at += if byte == b'\r' && bytes.get(at + 1) == Some(&b'\n') { 2 } else { 1 };
                start = at;
                return Some(line);
            }
            at += 1;
        }
        if start < bytes.len() {
            let line = Span::new(start, bytes.len());
            start = bytes.len();
            return Some(line);
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().flat_map(|p| sentences(text, p)).map(|s| s.slice(text)).collect()
    }

    fn paras(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().map(|p| p.slice(text)).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("One thing. Another thing! A third? Yes."),
            ["One thing.", "Another thing!", "A third?", "Yes."]
        );
    }

    #[test]
    fn honorifics_and_titles_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Dr. Jones and Sen. Warren. Gov. Newsom was absent."),
            ["Mr. Smith met Dr. Jones and Sen. Warren.", "Gov. Newsom was absent."]
        );
        assert_eq!(
            split("Rep. Ocasio-Cortez and St. Paul's. Lord. Sir. Mrs. Bennet spoke."),
            ["Rep. Ocasio-Cortez and St. Paul's.", "Lord. Sir. Mrs. Bennet spoke."]
        );
    }

    #[test]
    fn jr_ends_a_sentence_only_before_an_opener() {
        assert_eq!(
            split("Martin Luther King Jr. Day is here. He met Bob Smith Jr. The rest left."),
            ["Martin Luther King Jr. Day is here.", "He met Bob Smith Jr.", "The rest left."]
        );
    }

    #[test]
    fn initials() {
        assert_eq!(
            split("J. R. R. Tolkien wrote it. George W. Bush read it."),
            ["J. R. R. Tolkien wrote it.", "George W. Bush read it."]
        );
    }

    #[test]
    fn dotted_acronyms() {
        assert_eq!(
            split("The U.K. and the U.S. agreed. It was late."),
            ["The U.K. and the U.S. agreed.", "It was late."]
        );
        assert_eq!(
            split("He flew to the U.S. The trip was short."),
            ["He flew to the U.S.", "The trip was short."]
        );
        assert_eq!(split("U.S. President Biden spoke."), ["U.S. President Biden spoke."]);
    }

    #[test]
    fn decimals_and_money() {
        assert_eq!(
            split("It cost £5.5m in 2023. Pi is 3.14 roughly. No. 10 said so."),
            ["It cost £5.5m in 2023.", "Pi is 3.14 roughly.", "No. 10 said so."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("Well... we suppose so. Wait… Then he left."),
            ["Well... we suppose so.", "Wait…", "Then he left."]
        );
        assert_eq!(split("He said ... and then stopped."), ["He said ... and then stopped."]);
    }

    #[test]
    fn quotes_and_brackets_after_the_stop() {
        assert_eq!(
            split("“It is over. We lost,” he said. “We lost.” She nodded. (It was.) Next."),
            ["“It is over. We lost,” he said.", "“We lost.”", "She nodded.", "(It was.)", "Next."]
        );
        assert_eq!(
            split("\"Why?\" he asked. \"Because!\" She left."),
            ["\"Why?\" he asked.", "\"Because!\"", "She left."]
        );
    }

    #[test]
    fn headlines_without_punctuation() {
        let text = "China accused of cyber-attacks\nMPs and peers were targeted on Monday.";
        assert_eq!(paras(text), ["China accused of cyber-attacks", "MPs and peers were targeted on Monday."]);
        assert_eq!(
            split("# Title line\ndate: 2020-10-08\n\nBody text here."),
            ["# Title line", "date: 2020-10-08", "Body text here."]
        );
    }

    #[test]
    fn hard_wrapped_prose_stays_one_paragraph() {
        let text = "It is a truth universally acknowledged, that a single man in possession\nof a good fortune, must be in want of a wife.\n\nHowever little known the feelings";
        assert_eq!(paras(text), [
            "It is a truth universally acknowledged, that a single man in possession\nof a good fortune, must be in want of a wife.",
            "However little known the feelings"
        ]);
    }

    #[test]
    fn single_newline_after_a_sentence_starts_a_paragraph() {
        assert_eq!(
            paras("First line ends.\nSecond line ends.\r\n\r\nThird."),
            ["First line ends.", "Second line ends.", "Third."]
        );
    }

    #[test]
    fn cjk_terminators_need_no_space() {
        assert_eq!(split("東京は晴れ。大阪は雨。"), ["東京は晴れ。", "大阪は雨。"]);
    }

    #[test]
    fn empty_and_blank_input() {
        assert!(split("").is_empty());
        assert!(split(" \n\r\n\t ").is_empty());
        assert_eq!(split("* * *\nText"), ["Text"]);
    }

    #[test]
    fn every_terminator_and_quotation_mark_is_seen_among_other_scripts() {
        // The scan reads only the bytes that can start a mark: these cover each lead byte.
        assert_eq!(
            split("Vraiment‽ Oui. 本当？はい！ Он сказал: “Стоп. Сейчас.” Потом ушёл. Ελα \"Έλα. Τώρα.\" Τέλος."),
            [
                "Vraiment‽",
                "Oui.",
                "本当？",
                "はい！",
                "Он сказал: “Стоп. Сейчас.”",
                "Потом ушёл.",
                "Ελα \"Έλα. Τώρα.\"",
                "Τέλος."
            ]
        );
    }
}
