//! One test per kind of change, each with a faithful rewrite that must stay silent.

use crate::options::{Options, SourceInput};
use crate::report::FindingOut;
use crate::{analyze, Report};

fn check(text: &str, source: &str) -> Report {
    let options = Options {
        sources: vec![SourceInput { label: "A".into(), text: source.into() }],
        ..Options::default()
    };
    analyze(text, &options).unwrap()
}

fn source_findings(text: &str, source: &str) -> Vec<FindingOut> {
    check(text, source).findings.into_iter().filter(|f| f.rule.starts_with("source/")).collect()
}

fn rules(text: &str, source: &str) -> Vec<(&'static str, String)> {
    source_findings(text, source).into_iter().map(|f| (f.rule, f.text)).collect()
}

const FLOOD: &str = "Flooding in the Leeds area killed 537 people on Monday, officials said. \
    The council has set aside £5.5m for repairs, about 12% of its budget. \
    Mayor Anna Killeen said the city would rebuild.";

#[test]
fn a_changed_number_names_the_source_figure() {
    let findings =
        source_findings("Flooding in the Leeds area killed 53 people on Monday, officials said.", FLOOD);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].rule, super::NUMBER_CHANGED);
    assert_eq!(findings[0].message, "A says 537; the text says 53.");
    assert_eq!(findings[0].related[0].source.as_deref(), Some("A"));
    assert!(findings[0].related[0].text.starts_with("Flooding in the Leeds area killed 537"));
}

#[test]
fn numbers_in_other_units_or_words_are_the_same_number() {
    let text = "The council has set aside 5.5 million pounds for repairs, about 12 per cent of its budget.";
    assert_eq!(rules(text, FLOOD), []);
    assert_eq!(rules("The council set aside £5.5m, some twelve per cent of its budget.", FLOOD), []);
    // A figure the source states elsewhere is not a change.
    let derived = "The council has set aside £5.5m for repairs after 537 deaths.";
    assert_eq!(rules(derived, FLOOD), []);
    // But a percentage changed is.
    let changed = "The council has set aside £5.5m for repairs, about 21% of its budget.";
    assert_eq!(rules(changed, FLOOD), [(super::NUMBER_CHANGED, "21".to_string())]);
}

#[test]
fn a_changed_weekday_or_year_is_a_date_change() {
    let findings =
        source_findings("Flooding in the Leeds area killed 537 people on Tuesday, officials said.", FLOOD);
    assert_eq!(
        findings.iter().map(|f| (f.rule, f.text.as_str())).collect::<Vec<_>>(),
        [(super::DATE_CHANGED, "Tuesday")]
    );
    assert_eq!(findings[0].expected.as_deref(), Some("Monday"));
    let source = "The bridge opened in June 2022 after years of delay.";
    assert_eq!(
        rules("The bridge opened in June 2023 after years of delay.", source),
        [(super::DATE_CHANGED, "2023".into())]
    );
    assert_eq!(rules("After years of delay, the bridge opened in June 2022.", source), []);
}

#[test]
fn a_misspelt_or_replaced_name_is_flagged() {
    let findings = source_findings("Mayor Anna Killen said the city would rebuild.", FLOOD);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].rule, super::NAME_CHANGED);
    assert!(findings[0].message.contains("spells this name"), "{}", findings[0].message);
    let findings = source_findings("Mayor Anna Brown said the city would rebuild.", FLOOD);
    assert_eq!(findings.iter().map(|f| f.rule).collect::<Vec<_>>(), [super::NAME_CHANGED]);
    // The same name in a rewritten sentence is fine.
    assert_eq!(rules("The city would rebuild, Mayor Anna Killeen said.", FLOOD), []);
}

const MEETING: &str = "Sir Iain Duncan Smith, a former Conservative leader, and Tim Loughton, \
    a former education minister, met Alison Giles, the director of security.";

#[test]
fn a_role_moved_to_another_person_is_a_swap() {
    let text = "Sir Iain Duncan Smith, a former education minister, and Tim Loughton met Alison Giles.";
    let findings = source_findings(text, MEETING);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].rule, super::ROLE_CHANGED);
    assert_eq!(findings[0].text, "a former education minister");
    assert!(
        findings[0].message.contains("to Tim Loughton, not to Iain Duncan Smith"),
        "{}",
        findings[0].message
    );
    // The roles as the source gives them, in another order: silent.
    let faithful = "Alison Giles, the director of security, met the former education minister Tim Loughton \
                    and Sir Iain Duncan Smith, a former Conservative leader.";
    assert_eq!(rules(faithful, MEETING), []);
}

#[test]
fn a_title_the_source_never_gives_is_flagged() {
    let text = "Alison Giles, the chairman of security, met Tim Loughton and Iain Duncan Smith.";
    assert_eq!(rules(text, MEETING), [(super::ROLE_CHANGED, "the chairman of security".into())]);
    // A person the source does not describe is not judged.
    assert_eq!(rules("Tim Loughton met Bob Crow, a union leader.", "Tim Loughton met Bob Crow."), []);
}

const ARREST: &str = "Police have not arrested anyone over the fire. The mayor may resign next week.";

#[test]
fn negation_and_modality_flips() {
    assert_eq!(
        rules("Police arrested a man over the fire.", ARREST),
        [(super::POLARITY_FLIPPED, "arrested".into())]
    );
    assert_eq!(rules("The mayor will resign next week.", ARREST), [(super::POLARITY_FLIPPED, "will".into())]);
    assert_eq!(
        rules("Nobody has been arrested over the fire; the police have not arrested anyone.", ARREST),
        []
    );
    assert_eq!(rules("Next week the mayor may resign.", ARREST), []);
}

const SPEECH: &str = "The minister said: \"We will not raise taxes on working people.\" Critics disagreed.";

#[test]
fn quotations_must_be_verbatim() {
    let findings = source_findings("The minister said: \"We will not raise taxes on families.\"", SPEECH);
    assert_eq!(findings.iter().map(|f| f.rule).collect::<Vec<_>>(), [super::QUOTE_CHANGED], "{findings:?}");
    assert!(findings[0].message.contains("We will not raise taxes on working people."));
    // Typographic quotes and punctuation are not a change.
    assert_eq!(rules("“We will not raise taxes on working people,” the minister said.", SPEECH), []);
}

#[test]
fn an_invented_detail_is_unsupported() {
    let text = "Flooding in the Leeds area killed 537 people on Monday, officials said. \
                Insurers in Frankfurt expect claims of 800 million euros.";
    let report = check(text, FLOOD);
    let rules: Vec<_> = report.findings.iter().map(|f| (f.rule, f.text.as_str())).collect();
    assert_eq!(rules, [(super::UNSUPPORTED, "Insurers in Frankfurt expect claims of 800 million euros.")]);
    let statuses: Vec<_> = report.alignment.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [super::Status::Supported, super::Status::Unsupported]);
    // A sentence with nothing checkable is unsupported without a finding.
    assert!(source_findings("It was a sad day for everyone.", FLOOD).is_empty());
}

#[test]
fn alignment_reports_each_sentence_with_its_source_passage() {
    let report =
        check("Officials said 537 people died in Leeds on Monday. The council set aside £5.5m.", FLOOD);
    assert_eq!(report.alignment.len(), 2);
    let first = &report.alignment[0];
    assert_eq!(first.status, super::Status::Supported);
    assert_eq!(first.sources[0].source, "A");
    assert_eq!(first.sources[0].passage.span.start, 0);
    assert!(first.score > 0.5);
    // Without sources there is no alignment section.
    assert!(analyze("Officials said 537 people died.", &Options::default()).unwrap().alignment.is_empty());
}

#[test]
fn hostile_sources_do_not_panic() {
    let junk = "\u{0}\u{feff}“”\"\"\" 💥 مرحبا 1,2,3,,, £m %% 99999999999999999999999999 \r\n\r\n".repeat(50);
    for (text, source) in
        [("", ""), (junk.as_str(), junk.as_str()), ("Plain text 5.", junk.as_str()), (junk.as_str(), "")]
    {
        let _ = check(text, source);
    }
}

#[test]
fn a_messy_scraped_source_still_aligns() {
    let menu = "Home | News | Sport | Weather | Sign in\n\nFlooding in Leeds: 537 dead\n\n";
    let source = format!(
        "{menu}{menu}Advertisement\n\n{FLOOD}\n\nMost read: Flooding in Leeds: 537 dead\n\nCookies policy | Contact us"
    );
    let report = check("Officials said flooding killed 537 people in the Leeds area on Monday.", &source);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    let aligned = &report.alignment[0];
    assert_eq!(aligned.status, super::Status::Supported);
    assert!(aligned.sources[0].passage.text.starts_with("Flooding in the Leeds area killed 537 people"));
}
