//! Attribution: claims whose source the reader cannot see.
//!
//! - `attribution/vague-sourcing`: "it has been reported that", "is thought to
//!   be", "sources say", "reportedly" … in a sentence that names no source.
//! - `attribution/unattributed-quote`: a quotation with no speaker in its own
//!   sentence or a neighbouring sentence of its paragraph (a quote standing
//!   alone in its paragraph leaves the reader to guess who said it).
//! - `attribution/pronoun-source`: "he said", "they claimed" with no person
//!   named anywhere before.
//!
//! All three read the claim pass (`extract::claims`), which found the
//! reporting verbs, their sources, the quotes and their speakers.

use super::{Context, Rule};
use crate::extract::attribution::SourceKind;
use crate::extract::tokens::tokens;
use crate::report::{Category, Evidence, Finding, Severity};
use crate::text::words::{words, WordList};
use crate::text::Span;

pub const VAGUE_SOURCING: &str = "attribution/vague-sourcing";
pub const UNATTRIBUTED_QUOTE: &str = "attribution/unattributed-quote";
pub const PRONOUN_SOURCE: &str = "attribution/pronoun-source";

pub const RULES: &[Rule] = &[
    Rule {
        id: VAGUE_SOURCING,
        category: Category::Attribution,
        severity: Severity::Warning,
        summary:
            "A claim is sourced vaguely (\"it has been reported\", \"sources say\") and names no source.",
    },
    Rule {
        id: UNATTRIBUTED_QUOTE,
        category: Category::Attribution,
        severity: Severity::Warning,
        summary: "A quotation has no speaker in its sentence or the sentences beside it.",
    },
    Rule {
        id: PRONOUN_SOURCE,
        category: Category::Attribution,
        severity: Severity::Warning,
        summary: "A statement is attributed to \"he\", \"she\" or \"they\" before anyone is named.",
    },
];

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let doc = cx.doc;
    let mut first_name_end: Option<Option<usize>> = None;
    for (index, claims) in cx.extracted.claims.iter().enumerate() {
        let named_source = claims.attributions.iter().any(|a| a.source_kind == Some(SourceKind::Named));
        if !named_source {
            if let Some(&phrase) = claims.vague_phrases.first() {
                let message = format!(
                    "\"{}\" does not say who: name the source of this claim or say why it cannot be named.",
                    doc.slice(phrase)
                );
                out.push(Finding::new(
                    VAGUE_SOURCING,
                    Category::Attribution,
                    Severity::Warning,
                    phrase,
                    message,
                ));
            }
        }
        for quote in claims.quotes.iter().filter(|q| !q.attributed) {
            let mut finding = Finding::new(
                UNATTRIBUTED_QUOTE,
                Category::Attribution,
                Severity::Warning,
                quote.span,
                "This quotation names no speaker in its sentence or the sentences beside it.",
            );
            if let Some(candidate) = nearest_named_source_before(cx, index) {
                finding.related.push(Evidence::in_text(candidate, "nearest named source before the quote"));
            }
            out.push(finding);
        }
        for a in &claims.attributions {
            let Some(source) = a.source.filter(|_| a.source_kind == Some(SourceKind::Pronoun)) else {
                continue;
            };
            // Where the first name ends, found once per document (sentences
            // before this one, then this sentence up to the pronoun).
            let first_name_end = *first_name_end.get_or_insert_with(|| first_name_end_in(cx));
            if first_name_end.is_none_or(|end| end > source.start()) {
                let message = format!(
                    "\"{}\" is attributed to \"{}\", but no one has been named yet.",
                    doc.slice(a.span),
                    doc.slice(source)
                );
                out.push(Finding::new(
                    PRONOUN_SOURCE,
                    Category::Attribution,
                    Severity::Warning,
                    a.span,
                    message,
                ));
            }
        }
    }
}

/// The named source of the closest attribution in an earlier sentence.
fn nearest_named_source_before(cx: &Context, index: usize) -> Option<Span> {
    // The three sentences before, nearest first (loops, not an iterator
    // chain: less code in the wasm).
    for claims in cx.extracted.claims[index.saturating_sub(3)..index].iter().rev() {
        // The first attribution of a sentence is its main clause's speaker.
        for a in &claims.attributions {
            if a.source_kind == Some(SourceKind::Named) {
                return a.source;
            }
        }
    }
    None
}

/// The end of the first thing in the text like a name: two capitalised words
/// in a row ("Chris Cash", "Mr Smith"), neither a capitalised sentence opener.
fn first_name_end_in(cx: &Context) -> Option<usize> {
    cx.doc.sentences.iter().find_map(|s| first_name_end(cx.doc.text, s.span))
}

fn first_name_end(text: &str, span: Span) -> Option<usize> {
    const OPENERS: WordList = words![
        "a", "after", "an", "and", "as", "at", "before", "but", "during", "for", "he", "i", "if", "in", "it",
        "last", "on", "she", "so", "the", "they", "this", "we", "when", "yet",
    ];
    let toks = tokens(text, span);
    toks.windows(2)
        .find(|pair| {
            pair.iter().all(|t| t.is_word() && t.is_capitalised())
                && !pair[0].is_in(OPENERS)
                && !pair[1].is_in(OPENERS)
        })
        .map(|pair| pair[1].span.end())
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    fn rules_and_texts(text: &str) -> Vec<(&'static str, String)> {
        crate::checks::family_findings("attribution/", text)
    }

    #[test]
    fn vague_sourcing_without_a_named_source() {
        assert_eq!(
            rules_and_texts("It has been reported that China acted."),
            [(super::VAGUE_SOURCING, "It has been reported".to_string())]
        );
        assert_eq!(
            rules_and_texts("The minister reportedly resigned."),
            [(super::VAGUE_SOURCING, "reportedly".to_string())]
        );
        assert_eq!(
            rules_and_texts("Sources say the deal is off."),
            [(super::VAGUE_SOURCING, "Sources say".to_string())]
        );
    }

    #[test]
    fn a_named_source_is_not_vague() {
        assert!(rules_and_texts("The minister reportedly resigned, the BBC said.").is_empty());
        assert!(rules_and_texts("The Sunday Times reported that the minister resigned.").is_empty());
        assert!(rules_and_texts("The minister resigned on Monday.").is_empty());
    }

    #[test]
    fn a_quote_alone_in_its_paragraph_has_no_speaker() {
        let text = "Luke de Pulford mentioned that the ministries acted.\n\n“Similar actions have also been taken by other countries in private.”";
        let report = analyze(text, &Options::default()).unwrap();
        let finding =
            report.findings.iter().find(|f| f.rule == super::UNATTRIBUTED_QUOTE).expect("a finding");
        assert!(finding.text.starts_with("“Similar"));
        assert_eq!(finding.related[0].text, "Luke de Pulford");
    }

    #[test]
    fn a_quote_with_a_speaker_nearby_is_attributed() {
        assert!(rules_and_texts("“We have seen all of the figures,” said Mr Smith.").is_empty());
        let next_sentence =
            "“We have seen all of the figures and they are wrong.” Mr Smith said so on Monday.";
        assert!(rules_and_texts(next_sentence).is_empty());
        assert!(rules_and_texts("Mr Smith said:\n\n“We have seen all of the figures and they are wrong.”")
            .is_empty());
        assert!(rules_and_texts("Critics called it “fake news” today.").is_empty());
        let named_in_sentence = "The Prime Minister apologised for “having an idiot as economy minister.”";
        assert!(rules_and_texts(named_in_sentence).is_empty());
    }

    #[test]
    fn a_pronoun_source_needs_a_person_before() {
        assert_eq!(
            rules_and_texts("He said the vote was lost."),
            [(super::PRONOUN_SOURCE, "He said".to_string())]
        );
        assert!(rules_and_texts("Chris Cash left early. He said the vote was lost.").is_empty());
        let named_after = "He said the vote was lost. Chris Cash left early. She said so too.";
        assert_eq!(rules_and_texts(named_after), [(super::PRONOUN_SOURCE, "He said".to_string())]);
    }

    #[test]
    fn the_family_can_be_disabled() {
        let options = Options { disable: vec!["attribution".into()], ..Options::default() };
        assert!(analyze("It has been reported that China acted.", &options).unwrap().findings.is_empty());
    }
}
