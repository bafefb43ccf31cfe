//! Acronyms never spelled out, spelled out twice differently, or used first
//! and spelled out later.

use super::{finding, line_of, ACRONYM_BEFORE_DEFINITION, ACRONYM_REDEFINED, ACRONYM_UNDEFINED};
use crate::checks::Context;
use crate::extract::entities::lexicon::is_common_acronym;
use crate::report::{Evidence, Finding};
use crate::text::normalize::comparison_key;

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let text = cx.doc.text;
    let entities = &cx.extracted.entities;
    let definitions = &entities.acronyms;
    let mut seen: Vec<&str> = Vec::new();
    for used in &entities.acronym_uses {
        let acronym = used.acronym.as_str();
        if seen.contains(&acronym) {
            continue;
        }
        seen.push(acronym);
        let mut defined = Vec::new();
        for definition in definitions {
            if definition.acronym == acronym {
                defined.push(definition);
            }
        }
        let Some(first_definition) = defined.first() else {
            if !is_common_acronym(acronym) {
                let message =
                    format!("“{acronym}” is never spelled out: say what it stands for on first use.");
                out.push(finding(ACRONYM_UNDEFINED, used.span, message));
            }
            continue;
        };
        let used_first =
            used.span.start() < first_definition.span.start() && !first_definition.span.contains(used.span);
        if used_first && !is_common_acronym(acronym) {
            let message = format!(
                "“{acronym}” is spelled out here, but already used on line {} before the reader knows what it means.",
                line_of(cx, used.span.start())
            );
            let mut f = finding(ACRONYM_BEFORE_DEFINITION, first_definition.span, message);
            f.related.push(Evidence::in_text(used.span, "first use"));
            out.push(f);
        }
        for later in defined.iter().skip(1) {
            if comparison_key(&later.expansion) != comparison_key(&first_definition.expansion) {
                let message = format!(
                    "“{acronym}” stands for “{}” here, but for “{}” on line {}.",
                    later.span.slice(text).trim(),
                    first_definition.expansion,
                    line_of(cx, first_definition.span.start())
                );
                let mut f = finding(ACRONYM_REDEFINED, later.span, message);
                f.related.push(Evidence::in_text(first_definition.span, "first definition"));
                out.push(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::consistency;
    use super::*;

    #[test]
    fn undefined_but_common_ones_are_exempt() {
        let found = consistency("A report by the ISC said the UK and the BBC agreed.");
        assert_eq!(found, [(ACRONYM_UNDEFINED, "ISC".to_string(), vec![])]);
    }

    #[test]
    fn defined_acronyms_are_fine() {
        assert!(consistency("The Intelligence and Security Committee (ISC) met. The ISC said no.").is_empty());
        assert!(consistency("They joined the Inter-Parliamentary Alliance on China (Ipac). Ipac grew.")
            .is_empty());
    }

    #[test]
    fn used_before_definition() {
        let found = consistency("The ISC met. Later the Intelligence and Security Committee (ISC) said no.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, ACRONYM_BEFORE_DEFINITION);
        assert_eq!(found[0].1, "Intelligence and Security Committee (ISC)");
        assert_eq!(found[0].2, ["ISC"]);
    }

    #[test]
    fn defined_twice_differently() {
        let text = "The Intelligence and Security Committee (ISC) met.\n\nThe Internal Standards Council (ISC) said no.";
        let found = consistency(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, ACRONYM_REDEFINED);
        assert_eq!(found[0].2, ["Intelligence and Security Committee (ISC)"]);
    }
}
