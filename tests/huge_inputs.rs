//! Huge inputs beside the text (issue #9): a register of a million rows and
//! sources of 50 MB. Each gets a result or a clear error, never a panic or a
//! hang. Speed is not asserted (benchmarks do that); a hang would time out CI.
//!
//! The inputs are generated here, not committed.
//!
//! Unoptimised, these take 10–70 s each (a million rows through a debug
//! build), so the debug `cargo test` skips them and `scripts/test.sh` runs
//! them in an optimised build without LTO, where each takes seconds:
//! `cargo test --profile huge-tests --test huge_inputs`.

use factlint::parallel::Threads;
use factlint::register::Register;
use factlint::{analyze_on, analyze_with, Knowledge, Options, SourceInput};

const ROWS: usize = 1_000_000;
const ARTICLE: &str = "Ann Person 17, the mayor of Town 17, opened the bridge on Monday. \
    Officials said 40 workers built it. Ann Person 17, the mayor of Town 17, opened the bridge on Monday.";

/// One CSV row per person: a million different people, each with one office.
fn million_row_csv() -> String {
    let mut csv = String::with_capacity(ROWS * 60);
    csv.push_str("person,aliases,role,organisation,start,end,party\n");
    for i in 0..ROWS {
        csv.push_str(&format!("Ann Person {i},,Mayor of Town {i},Town {i} Council,2020-01-01,,\n"));
    }
    csv
}

fn million_row_json() -> String {
    let mut json = String::with_capacity(ROWS * 110);
    json.push_str("{\"format\": \"factlint-register\", \"version\": 1, \"people\": [\n");
    for i in 0..ROWS {
        if i > 0 {
            json.push_str(",\n");
        }
        json.push_str(&format!(
            "{{\"name\": \"Ann Person {i}\", \"roles\": [{{\"title\": \"Mayor of Town {i}\", \"start\": \"2020-01-01\"}}]}}"
        ));
    }
    json.push_str("\n]}\n");
    json
}

/// The article is analysed against the register: a report comes back and the
/// register's people are recognised (Ann Person 17 is in the who's who with
/// her register name).
fn analyse_with_register(register: &Register) {
    let knowledge = Knowledge { register: Some(register), today: None };
    let report = analyze_with(ARTICLE, &Options::default(), &knowledge).expect("a report");
    assert!(report.findings.iter().any(|f| f.rule == "repetition/duplicate-sentence"));
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn a_register_of_a_million_csv_rows_loads() {
    let register = Register::from_csv_str(&million_row_csv()).expect("a million valid rows load");
    assert_eq!(register.people().len(), ROWS);
    assert_eq!(register.lookup("Ann Person 999999")[0].roles[0].title, "Mayor of Town 999999");
    analyse_with_register(&register);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn a_register_of_a_million_json_people_loads() {
    let register = Register::from_json_str(&million_row_json()).expect("a million valid people load");
    assert_eq!(register.people().len(), ROWS);
    assert_eq!(register.lookup("Ann Person 123456").len(), 1);
    analyse_with_register(&register);
}

/// The worst case for merging rows: every row adds to the same person (a
/// register of one person's million appointments, most of them repeated).
/// Rows add up without comparing each new record with every earlier one.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn a_million_rows_about_one_person_merge_in_linear_time() {
    let mut csv = String::from("person,aliases,role,start\n");
    for i in 0..ROWS {
        let year = 1900 + i % 100;
        csv.push_str(&format!(
            "Ann Person,Ann P. Person|A. Person,Mayor of Town {},{year}-01-01\n",
            i % 1000
        ));
    }
    let register = Register::from_csv_str(&csv).expect("the rows load");
    assert_eq!(register.people().len(), 1);
    let ann = &register.people()[0];
    // 1,000 towns × 100 years, but a row repeats every lcm(1000, 100) = 1,000 rows.
    assert_eq!(ann.roles.len(), 1000);
    assert_eq!(ann.aliases, ["Ann P. Person", "A. Person"]);
    assert_eq!(register.lookup("A. Person").len(), 1);
}

/// A million rows naming the same person in different people (two people
/// may share a name within one file): the name index must not compare each
/// new entry with every earlier one either.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn a_million_namesakes_load() {
    let mut json = String::from("{\"format\": \"factlint-register\", \"version\": 1, \"people\": [");
    for i in 0..ROWS {
        json.push_str(if i == 0 { "" } else { "," });
        json.push_str("{\"name\": \"John Smith\"}");
    }
    json.push_str("]}");
    let register = Register::from_json_str(&json).expect("namesakes load");
    assert_eq!(register.lookup("John Smith").len(), ROWS);
}

/// A malformed row at the very end of a million: the error names its line.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn an_error_after_a_million_rows_names_its_line() {
    let mut csv = million_row_csv();
    csv.push_str("Bad Date,,Mayor,,2020-02-30,,\n");
    let error = Register::from_csv_str(&csv).expect_err("the last row is wrong");
    assert_eq!((error.line, error.field.as_deref()), (Some(ROWS + 2), Some("start")));
}

/// 50 MB of source text: wire copy that contains the article's sentences
/// once, somewhere in the middle, among 50 MB of other reporting.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn sources_of_fifty_megabytes_give_a_result() {
    let filler = "The committee met again on Tuesday to discuss the budget for the coming year. ";
    let half = filler.repeat(25_000_000 / filler.len() + 1);
    let source = format!(
        "{half}\n\nAnn Person 17, the mayor of Town 17, opened the bridge on Monday. Officials said 40 workers built it.\n\n{half}"
    );
    assert!(source.len() >= 50_000_000);
    let text = "Ann Person 17, the mayor of Town 17, opened the bridge on Monday. Officials said 45 workers built it.";
    let options =
        Options { sources: vec![SourceInput { label: "wire".into(), text: source }], ..Options::default() };
    let report = analyze_with(text, &options, &Knowledge::default()).expect("a report or a clear error");
    let changed: Vec<_> = report.findings.iter().filter(|f| f.rule == "source/number-changed").collect();
    assert_eq!(changed.len(), 1, "{:?}", report.findings);
    assert_eq!(changed[0].text, "45");
}

/// A surname of letters only, different for each `i` up to 208,000: a
/// capital and three consonants ("Bbbb", "Cbbb", …), so never an English word
/// ("Club", "Road" would be places), and of four letters, too short for the
/// name-variant check to pair them up. Names with digits are not people.
fn letters_name(i: usize) -> String {
    let mut name = String::from(char::from(b'A' + (i % 26) as u8));
    push_consonants(&mut name, i / 26);
    name
}

/// Appends three consonants numbered by `i` (8,000 different runs).
fn push_consonants(name: &mut String, mut i: usize) {
    const CONSONANTS: &[u8] = b"bcdfghjklmnpqrstvwxz";
    for _ in 0..3 {
        name.push(char::from(CONSONANTS[i % CONSONANTS.len()]));
        i /= CONSONANTS.len();
    }
}

/// 100,000 copies of a sentence that gives every check work: a person with
/// a role and a title, a count referred back to with "the", an acronym
/// defined, a date. Each later copy was compared with every earlier one by
/// several checks (quadratic: 187 s in a release build until 2026-11-26); each is now
/// compared with the first.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn a_hundred_thousand_copies_of_a_sentence_naming_people_roles_and_counts() {
    let sentence = "The 5 missing workers were found by Mayor Ann Smith, the mayor of Town, on Monday, \
        the BBC (British Broadcasting Corporation) said. ";
    let report = analyze_with(&sentence.repeat(100_000), &Options::default(), &Knowledge::default())
        .expect("a report");
    let rules: std::collections::BTreeSet<&str> = report.findings.iter().map(|f| f.rule).collect();
    assert_eq!(rules.into_iter().collect::<Vec<_>>(), ["repetition/duplicate-sentence"]);
    assert_eq!(report.findings.len(), 99_999);
}

/// 100,000 different people each called "the foreign secretary": one office,
/// many holders. Each later holder is reported once, against the first.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn a_hundred_thousand_people_given_one_office() {
    let text: String = (0..100_000)
        .map(|i| format!("Ann {}, the foreign secretary, spoke on Monday. ", letters_name(i)))
        .collect();
    let report = analyze_with(&text, &Options::default(), &Knowledge::default()).expect("a report");
    let holders: Vec<_> =
        report.findings.iter().filter(|f| f.rule == "consistency/office-two-holders").collect();
    assert_eq!(holders.len(), 99_999);
    assert!(holders
        .iter()
        .all(|f| f.message.ends_with("but to Ann Abbb on line 1: one office, two holders.")));
}

/// One person given 100,000 different portfolios. Each later role was
/// compared with every earlier one (20,000 took 14 s); now with the first of
/// its head, party and house.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn one_person_in_a_hundred_thousand_roles() {
    let incompatible = |role: &str, name: fn(usize) -> String| {
        let text: String = (0..100_000).map(|i| role.replace("{}", &name(i)) + " ").collect();
        let report = analyze_with(&text, &Options::default(), &Knowledge::default()).expect("a report");
        report.findings.iter().filter(|f| f.rule == "consistency/incompatible-roles").count()
    };
    // Portfolios in lower case conflict: each later one with the first.
    let lower = |i| letters_name(i).to_lowercase();
    assert_eq!(incompatible("Ann Smith, the minister for {}, spoke on Monday.", lower), 99_999);
    // Capitalised ones name places ("the Bccc minister"), which are not compared.
    assert_eq!(incompatible("Ann Smith, the {} minister, spoke.", letters_name), 0);
}

/// 100,000 people whose surnames are one letter apart ("Ann Zubbb", "Ann
/// Zucbb", … 8,000 spellings, each used about twelve times): every spelling has
/// dozens of look-alikes. Each spelling is reported once, against its first
/// look-alike; a finding per pair of spellings gave 235,600 findings here, and
/// 4 million with longer names.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn a_hundred_thousand_names_one_letter_apart() {
    let surname = |i: usize| {
        let mut name = String::from("Zu");
        push_consonants(&mut name, i);
        name
    };
    let text: String = (0..100_000).map(|i| format!("Ann {} spoke. ", surname(i))).collect();
    let report = analyze_with(&text, &Options::default(), &Knowledge::default()).expect("a report");
    let variants: Vec<_> = report.findings.iter().filter(|f| f.rule == "consistency/name-variant").collect();
    assert_eq!(variants.len(), 8_000 - 1, "every spelling but the first, once");
    assert!(variants.iter().all(|f| (1..=3).contains(&f.related.len())));
}

/// Ten megabytes of varied news text (the demo article, the benchmark
/// articles, each copy numbered so names and figures differ), with emoji,
/// combining marks, right-to-left text and CRLF line breaks between copies.
fn ten_megabytes_of_news() -> String {
    let pieces = [
        include_str!("../www/demo/seed-article.txt"),
        include_str!("../benches/data/news-1000.txt"),
        include_str!("../benches/data/politics-cabinet.txt"),
    ];
    let mut text = String::with_capacity(10 << 20);
    let mut copy = 0;
    while text.len() < 10 << 20 {
        for piece in pieces {
            text.push_str(&piece.replace("2024", &(1990 + copy % 40).to_string()));
            text.push_str(&format!(
                "\r\n\r\nCopy {copy}: Ann Smith{copy} 👩‍👩‍👧 said “Café{} is open”, مرحبا, on Monday.\r\n\r\n",
                "\u{301}"
            ));
            copy += 1;
        }
    }
    text
}

/// A long text is analysed on several threads (`factlint::parallel`); the
/// report, with the built-in register, must be the one a single thread
/// gives, byte for byte.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "huge: scripts/test.sh runs it optimised (cargo test --profile huge-tests --test huge_inputs)"
)]
fn ten_megabytes_on_four_threads_give_the_report_of_one() {
    let text = ten_megabytes_of_news();
    let register = Register::builtin().expect("the built-in register");
    let knowledge = Knowledge { register: Some(&register), today: None };
    let options = Options { date: Some("2024-05-01".into()), ..Options::default() };
    let report_on = |threads| {
        let report = analyze_on(&text, &options, &knowledge, threads).expect("a report");
        serde_json::to_string(&report).expect("JSON")
    };
    let one = report_on(Threads::ONE);
    assert!(one.len() > text.len(), "a report of every finding and claim");
    assert!(one == report_on(Threads::at_most(4)), "four threads gave another report");
}
