//! Lists every repetition finding over the shared corpus, to read them and
//! count false positives (see notes/repetition.md).
//!
//! cargo run --release --example repetition_corpus [-- CORPUS_DIR | FILE...]
//!
//! With no argument, reads ../shared/data/corpus beside the repo: the novel,
//! each Wikinews article on its own, then all articles concatenated. With
//! files, runs on each file. Prints one block per finding, then a summary
//! of findings per rule and per 10,000 sentences for each input set.

use factlint::{analyze, Options};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--family") {
        // For a profiler: the repetition family alone, three times per file.
        for path in &args[1..] {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let found: usize = (0..3).map(|_| repetition_family(&text)).sum();
            println!("{path}: {} findings", found / 3);
        }
        return;
    }
    if args.first().is_some_and(|a| a == "--time") {
        args.remove(0);
        for path in &args {
            time_file(path);
        }
        return;
    }
    let default_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/corpus");
    let mut summaries = Vec::new();
    if args.is_empty() || (args.len() == 1 && Path::new(&args[0]).is_dir()) {
        let dir = args.first().map(PathBuf::from).unwrap_or(default_dir);
        let novel = dir.join("pride-and-prejudice.txt");
        let Ok(novel_text) = std::fs::read_to_string(&novel) else {
            eprintln!("no corpus at {}: nothing to do", dir.display());
            return;
        };
        summaries.push(run_set("novel", &[("pride-and-prejudice.txt".into(), novel_text)]));
        let mut articles: Vec<(String, String)> = std::fs::read_dir(dir.join("wikinews-en"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                    .filter_map(|p| {
                        let name = p.file_name()?.to_string_lossy().into_owned();
                        Some((name, std::fs::read_to_string(&p).ok()?))
                    })
                    .collect()
            })
            .unwrap_or_default();
        articles.sort();
        summaries.push(run_set("wikinews, one article at a time", &articles));
        let all: String = articles.iter().map(|(_, text)| text.as_str()).collect::<Vec<_>>().join("\n\n");
        summaries.push(run_set("wikinews, all articles concatenated", &[("all-articles".into(), all)]));
    } else {
        let files: Vec<(String, String)> =
            args.iter().filter_map(|p| Some((p.clone(), std::fs::read_to_string(p).ok()?))).collect();
        summaries.push(run_set("files", &files));
    }
    println!("\n== summary");
    for summary in summaries {
        println!("{summary}");
    }
}

/// Runs every text of a set, prints its findings, returns its summary line.
fn run_set(label: &str, texts: &[(String, String)]) -> String {
    println!("\n== {label}");
    let mut sentences = 0;
    let mut per_rule: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (name, text) in texts {
        let Ok(report) = analyze(text, &Options::default()) else { continue };
        sentences += report.stats.sentences;
        for finding in report.findings.iter().filter(|f| f.rule.starts_with("repetition/")) {
            *per_rule.entry(finding.rule).or_default() += 1;
            println!(
                "\n[{}] {name}:{} sim={:.2} group={:?}\n  LATER: {}",
                finding.rule,
                finding.line,
                finding.similarity.unwrap_or(0.0),
                finding.group,
                one_line(&finding.text)
            );
            for evidence in finding.related.iter().take(2) {
                println!("  EARLIER: {}", one_line(&evidence.text));
            }
        }
    }
    let total: usize = per_rule.values().sum();
    let per_10k = if sentences == 0 { 0.0 } else { total as f64 * 10_000.0 / sentences as f64 };
    format!(
        "{label}: {sentences} sentences, {total} findings ({per_10k:.1} per 10,000 sentences): {per_rule:?}"
    )
}

/// Best of five: the text model and the repetition family (what
/// `benches/repetition.rs` times), and the text model alone, for a file;
/// in wall time and in CPU time of this thread (Linux: the machine may be
/// shared, and CPU time does not count waiting for a core).
fn time_file(path: &str) {
    let Ok(text) = std::fs::read_to_string(path) else { return };
    let best = |f: &dyn Fn()| {
        let runs = (0..5).map(|_| {
            let (wall, cpu) = (std::time::Instant::now(), thread_cpu_nanos());
            f();
            (wall.elapsed(), std::time::Duration::from_nanos(thread_cpu_nanos().saturating_sub(cpu)))
        });
        let runs: Vec<_> = runs.collect();
        (
            runs.iter().map(|r| r.0).min().unwrap_or_default(),
            runs.iter().map(|r| r.1).min().unwrap_or_default(),
        )
    };
    let family = best(&|| {
        repetition_family(&text);
    });
    let document = best(&|| drop(factlint::text::Document::new(&text)));
    println!(
        "{path}: {} bytes; text model + repetition: wall {:?}, cpu {:?}; text model alone: wall {:?}, cpu {:?}",
        text.len(),
        family.0,
        family.1,
        document.0,
        document.1
    );
}

/// The text model and the repetition family alone: what `benches/repetition.rs` times.
fn repetition_family(text: &str) -> usize {
    use factlint::checks::repetition;
    let doc = factlint::text::Document::new(text);
    let mut findings = Vec::new();
    repetition::check(&doc, &mut findings);
    findings.len()
}

/// CPU time of the current thread in nanoseconds, from /proc (0 elsewhere).
fn thread_cpu_nanos() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn one_line(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 300 {
        flat.chars().take(300).collect::<String>() + "…"
    } else {
        flat
    }
}
