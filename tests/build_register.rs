//! The register converter on a tiny invented fixture (tests/fixtures/register):
//! the real sources live outside the repository.
#![cfg(not(target_arch = "wasm32"))]

use factlint::register::{Date, Rank, Register};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(part: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/register").join(part)
}

fn build(ifg: &Path, us: &Path, out: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_build-register"))
        .args(["--ifg", &ifg.to_string_lossy(), "--us", &us.to_string_lossy()])
        .args(["--out", &out.to_string_lossy(), "--built", "2026-01-02", "--ifg-revision", "fixture"])
        .output()
        .expect("the converter runs")
}

fn day(text: &str) -> Option<Date> {
    Date::parse(text)
}

#[test]
fn converts_the_fixture_into_a_loadable_register() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fixture-register.json");
    let result = build(&fixture("ifg"), &fixture("us"), &out);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let json = std::fs::read_to_string(&out).unwrap();
    assert!(json.starts_with("{\"format\":\"factlint-register\",\"version\":1,\"built\":\"2026-01-02\""));
    assert_eq!(json.lines().count(), 2 + 4, "a header line, one line per person, the closing line");

    let register = Register::from_json_str(&json).unwrap();
    let ifg = &register.sources[0];
    assert_eq!(ifg.attribution.as_deref(), Some("Institute for Government Ministers Database"));
    assert_eq!((ifg.licence.as_str(), ifg.revision.as_deref()), ("CC BY 4.0", Some("fixture")));
    assert_eq!(register.sources[1].licence, "CC0 1.0");

    // Name history: the current name leads, the earlier one is an alias.
    let ann = register.lookup("Ann Sample");
    assert_eq!(ann.len(), 1);
    let ann = ann[0];
    assert_eq!(ann.name, "Baroness Example of Town");
    let minister = &ann.roles[0];
    assert_eq!(minister.title, "Secretary of State for Widgets");
    assert_eq!(minister.organisation.as_deref(), Some("Department for Widgets"));
    assert_eq!(
        (minister.start, minister.end, minister.rank),
        (day("2010-05-12"), day("2014-07-15"), Some(Rank::SoS))
    );
    // Two Commons spells around a dissolution are one; the Lords is another.
    let houses: Vec<(&str, Option<Date>, Option<Date>)> =
        ann.roles[1..].iter().map(|r| (r.title.as_str(), r.start, r.end)).collect();
    assert_eq!(
        houses,
        [
            ("Member of Parliament", day("2005-05-05"), day("2015-03-30")),
            ("Member of the House of Lords", day("2015-05-20"), None),
        ]
    );
    assert_eq!(ann.parties.len(), 1, "{:?}", ann.parties);
    assert_eq!((ann.parties[0].start, ann.parties[0].end), (day("2005-05-05"), None));

    let bob = register.lookup("Bob Person")[0];
    assert_eq!(bob.roles[0].title, "Minister for Small Widgets, Gadgets and Gizmos");
    assert_eq!(bob.roles[0].end, None);
    let parties: Vec<&str> = bob.parties.iter().map(|p| p.party.as_str()).collect();
    assert_eq!(parties, ["Conservative", "Independent"]);

    // One US person from both files: consecutive Senate terms joined, the
    // leadership role kept, the vice-presidency added; names by every form.
    let carol = register.lookup("Cally Example");
    assert_eq!(carol.len(), 1);
    assert_eq!(carol[0].name, "Carol Q. Example");
    let roles: Vec<(&str, Option<Date>, Option<Date>)> =
        carol[0].roles.iter().map(|r| (r.title.as_str(), r.start, r.end)).collect();
    assert_eq!(
        roles,
        [
            ("Representative", day("2009-01-06"), day("2013-01-03")),
            ("Senator", day("2013-01-03"), day("2025-01-03")),
            ("Senate Majority Whip", day("2021-01-03"), day("2023-01-03")),
            ("Vice President of the United States", day("2025-01-20"), day("2029-01-20")),
        ]
    );
    assert_eq!(carol[0].parties.len(), 1);
    // A president with no bioguide id is still read.
    assert_eq!(register.lookup("Dan Olden")[0].parties[0].party, "Whig");
}

#[test]
fn a_missing_source_folder_is_an_error_not_a_file() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("never-written.json");
    let _ = std::fs::remove_file(&out);
    let result = build(&fixture("missing"), &fixture("us"), &out);
    assert_eq!(result.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&result.stderr).contains("cannot read"));
    assert!(!out.exists());
}
