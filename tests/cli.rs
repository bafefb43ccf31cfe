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
fn the_seed_role_error_is_found_against_the_built_in_register() {
    for date in [None, Some("2024-03-24")] {
        let mut args = vec!["check", "--format", "json"];
        if let Some(date) = date {
            args.extend(["--date", date]);
        }
        args.push(SEED);
        let report: serde_json::Value = serde_json::from_slice(&factlint(&args).stdout).unwrap();
        let register: Vec<&serde_json::Value> =
            report["findings"].as_array().unwrap().iter().filter(|f| f["category"] == "register").collect();
        assert_eq!(register.len(), 1, "exactly one register finding (date {date:?}): {register:#?}");
        let finding = register[0];
        assert_eq!(finding["rule"], "register/role-held-by-other");
        assert!(finding["text"].as_str().unwrap().starts_with("a former education minister"));
        let message = finding["message"].as_str().unwrap();
        assert!(message.contains("Iain Duncan Smith") && message.contains("Tim Loughton"), "{message}");
        let evidence: Vec<String> = finding["related"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| format!("{} | {}", r["text"].as_str().unwrap(), r["note"].as_str().unwrap()))
            .collect();
        assert!(evidence.iter().any(|e| e.contains("Minister for Children and Families")), "{evidence:?}");
        assert!(
            evidence.iter().any(|e| e.contains("Secretary of State for Work and Pensions")),
            "{evidence:?}"
        );
        // People the register covers are listed as checked.
        let checked: Vec<&str> = report["entities"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["registerName"].as_str())
            .collect();
        for name in ["Oliver Dowden", "Tim Loughton", "Tom Tugendhat"] {
            assert!(checked.iter().any(|c| c.contains(name)), "{name} not checked: {checked:?}");
        }
    }
}

#[test]
fn without_the_register_the_seed_has_no_register_finding() {
    let report: serde_json::Value = serde_json::from_slice(
        &factlint(&["check", "--format", "json", "--no-builtin-register", SEED]).stdout,
    )
    .unwrap();
    assert!(report["findings"].as_array().unwrap().iter().all(|f| f["category"] != "register"));
}

#[test]
fn a_malformed_newsroom_register_names_the_line() {
    let path = std::env::temp_dir().join(format!("factlint-bad-register-{}.csv", std::process::id()));
    std::fs::write(&path, "person,role,start,end\nAnn Example,Mayor,2020-01-01,2021-02-30\n").unwrap();
    let output = factlint(&["check", "--register", path.to_str().unwrap(), SEED]);
    std::fs::remove_file(&path).ok();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("line 2") && stderr.contains("end"), "{stderr}");
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

#[test]
fn threads_flag_gives_the_same_report_and_refuses_nonsense() {
    // Over 64 KB, so the default analysis is shared between threads.
    let long = std::fs::read_to_string(SEED).unwrap().repeat(40);
    let path = std::env::temp_dir().join(format!("factlint-threads-{}.txt", std::process::id()));
    std::fs::write(&path, &long).unwrap();
    let path = path.to_str().unwrap();
    let default = factlint(&["check", "--format", "json", "--date", "2024-05-01", path]);
    let one = factlint(&["check", "--format", "json", "--date", "2024-05-01", "--threads", "1", path]);
    let three = factlint(&["check", "--format", "json", "--date", "2024-05-01", "-j", "3", path]);
    std::fs::remove_file(path).ok();
    assert_eq!(default.status.code(), Some(1), "the seed's errors, forty times");
    assert!(default.stdout.len() > long.len());
    assert!(one.stdout == default.stdout, "--threads 1 gave another report");
    assert!(three.stdout == default.stdout, "-j 3 gave another report");
    for bad in ["0", "-2", "many"] {
        let output = factlint(&["check", "--threads", bad, SEED]);
        assert_eq!(output.status.code(), Some(2), "--threads {bad}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("--threads wants a number of threads"), "{stderr}");
    }
}
