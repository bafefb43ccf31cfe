//! The seed article (issue #4's "done when"): the entity sheet lists every
//! person with the roles the text gives them, Ipac is bound to its
//! expansion, "ISC" is flagged as never defined, and nothing else in
//! `consistency/` fires. The article is the page's demo text
//! (`www/demo/seed-article.txt`), or the file named by `FACTLINT_SEED`.

use factlint::report::entities::EntityOut;
use factlint::{analyze, Options};

fn seed() -> String {
    let path = std::env::var("FACTLINT_SEED")
        .unwrap_or_else(|_| format!("{}/www/demo/seed-article.txt", env!("CARGO_MANIFEST_DIR")));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("seed article at {path}: {e} (set FACTLINT_SEED)"))
}

fn person<'a>(entities: &'a [EntityOut], name: &str) -> &'a EntityOut {
    entities.iter().find(|e| e.name == name).unwrap_or_else(|| {
        panic!("{name} missing from {:?}", entities.iter().map(|e| &e.name).collect::<Vec<_>>())
    })
}

fn role_texts(entity: &EntityOut) -> Vec<&str> {
    entity.roles.iter().map(|r| r.phrase.text.as_str()).collect()
}

#[test]
fn entity_sheet_lists_everyone_with_their_roles() {
    let report = analyze(&seed(), &Options::default()).unwrap();
    let entities = &report.entities;
    let expected: &[(&str, &[&str])] = &[
        ("Oliver Dowden", &["the Deputy Prime Minister"]),
        ("Iain Duncan Smith", &["a former education minister for the Conservative Party"]),
        ("Tim Loughton", &["a member of parliament from the same party"]),
        ("Lord Alton", &["a cross-bench peer"]),
        ("Stewart McDonald", &["a Scottish National Party MP"]),
        ("Alison Giles", &["the director of security for parliament"]),
        ("David Cameron", &["the foreign secretary"]),
        ("Luke de Pulford", &["the executive director of Ipac"]),
        ("Chris Cash", &[]),
        ("Tom Tugendhat", &["the security minister"]),
        ("Alicia Kearns", &["Tory MP", "leads the foreign affairs select committee"]),
    ];
    for (name, roles) in expected {
        let entity = person(entities, name);
        assert_eq!(entity.kind, factlint::extract::entities::EntityKind::Person, "{name}");
        assert_eq!(role_texts(entity), *roles, "roles of {name}");
    }
    let people: Vec<&str> = entities
        .iter()
        .filter(|e| e.kind == factlint::extract::entities::EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(people.len(), expected.len(), "no one else is a person: {people:?}");

    // Short forms joined their person.
    let mentions = |name| person(entities, name).mentions.iter().map(|m| m.text.as_str()).collect::<Vec<_>>();
    assert_eq!(mentions("Iain Duncan Smith"), ["Sir Iain Duncan Smith", "Duncan Smith"]);
    assert_eq!(mentions("Lord Alton"), ["Lord Alton of Liverpool", "Alton"]);
    assert_eq!(mentions("Chris Cash"), ["Chris Cash", "Cash"]);

    // What the roles mean.
    let duncan_smith = &person(entities, "Iain Duncan Smith").roles[0];
    assert!(!duncan_smith.current);
    assert_eq!(duncan_smith.party, Some("Conservative"));
    assert_eq!(duncan_smith.office.as_deref(), Some("education minister"));
    let dowden = &person(entities, "Oliver Dowden").roles[0];
    assert_eq!(dowden.office.as_deref(), Some("deputy prime minister"));
    assert!(dowden.singular_office);
    assert_eq!(person(entities, "Lord Alton").roles[0].party, Some("Crossbench"));
    assert_eq!(person(entities, "Alicia Kearns").roles[0].party, Some("Conservative"));
}

#[test]
fn ipac_is_bound_to_its_expansion() {
    let report = analyze(&seed(), &Options::default()).unwrap();
    let ipac =
        report.entities.iter().find(|e| e.acronym.as_ref().is_some_and(|a| a.acronym == "Ipac")).unwrap();
    assert_eq!(ipac.name, "Inter-Parliamentary Alliance on China");
    assert_eq!(ipac.acronym.as_ref().unwrap().expansion, "Inter-Parliamentary Alliance on China");
    // The definition and both later uses ("members of … (Ipac)", "executive director of Ipac").
    assert_eq!(ipac.mentions.iter().filter(|m| m.text == "Ipac").count(), 2);
}

#[test]
fn only_isc_is_flagged_in_consistency() {
    let report = analyze(&seed(), &Options::default()).unwrap();
    let consistency: Vec<(&str, &str)> = report
        .findings
        .iter()
        .filter(|f| f.rule.starts_with("consistency/"))
        .map(|f| (f.rule, f.text.as_str()))
        .collect();
    assert_eq!(consistency, [("consistency/acronym-undefined", "ISC")]);
}
