//! The command line as a user runs it.

use std::process::Command;

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/www/demo/seed-article.txt");

fn factlint(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_factlint")).args(args).output().expect("factlint runs")
}

#[test]
fn json_report_on_the_seed_flags_the_repeated_lead() {
    let output = factlint(&["check", "--format", "json", SEED]);
    assert_eq!(output.status.code(), Some(1), "an error-severity finding exits 1");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    let lead = "China has launched a series of cyber-attacks against a group of MPs and peers in an attempt to disrupt their activities.";
    let duplicate = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "repetition/duplicate-sentence")
        .expect("a duplicate-sentence finding");
    assert_eq!(duplicate["category"], "repetition");
    assert_eq!(duplicate["text"], lead);
    assert_eq!(duplicate["line"], 3, "the second copy, not the first");
    assert_eq!(duplicate["related"][0]["text"], lead);
    assert_eq!(duplicate["related"][0]["line"], 1);
}

#[test]
fn text_report_reads_like_compiler_diagnostics() {
    let output = factlint(&["check", SEED]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("seed-article.txt:3:1: error[repetition/duplicate-sentence]:"), "{stdout}");
    assert!(stdout.contains("3 | China has launched"), "{stdout}");
    assert!(stdout.contains("  | ^^^^^"), "{stdout}");
}

#[test]
fn standard_input_works() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["check", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"A short clean text with nothing wrong.").unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["stats"]["sentences"], 1);
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let output = factlint(&["check", "/no/such/file.txt"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("cannot read /no/such/file.txt"), "{stderr}");
}

#[test]
fn text_that_is_not_utf8_is_a_clear_error() {
    let path = std::env::temp_dir().join(format!("factlint-latin1-{}.txt", std::process::id()));
    std::fs::write(&path, b"Caf\xe9 au lait.").unwrap();
    let output = factlint(&["check", path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("is not UTF-8") && stderr.contains("offset 3"), "{stderr}");
}

#[test]
fn unknown_flags_and_formats_are_usage_errors() {
    assert_eq!(factlint(&["check", "--format", "xml", SEED]).status.code(), Some(2));
    assert_eq!(factlint(&["check", "--frobnicate", SEED]).status.code(), Some(2));
    assert_eq!(factlint(&[]).status.code(), Some(2));
}

#[test]
fn source_flag_checks_against_a_source_file_labelled_by_its_name() {
    let source = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seed-source.txt");
    let output = factlint(&["check", "--format", "json", "--source", source, SEED]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    let swap = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "source/role-changed")
        .expect("the role swap");
    assert_eq!(swap["related"][0]["source"], "seed-source.txt");
    assert_eq!(report["alignment"].as_array().map(Vec::len), Some(15));
    let missing = factlint(&["check", "--source", "/nonexistent/source.txt", SEED]);
    assert_eq!(missing.status.code(), Some(2));
}
