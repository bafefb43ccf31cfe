//! Runs the who's-who extractor and the consistency checks over a folder of
//! articles (by default the 255 Wikinews articles in
//! `../shared/data/corpus/wikinews-en/`) and prints what a reviewer reads:
//! every person/role pair, every `consistency/` finding, a fixed-seed sample
//! of 50 pairs with their sentence for judging, and the totals.
//!
//! `cargo run --release --example entities_corpus [DIR] [--sample N] [--seed S] [--quiet]`

use factlint::extract::entities::{extract, EntityKind};
use factlint::text::Document;
use factlint::{analyze, Options};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

struct Pair {
    file: String,
    person: String,
    role: String,
    sentence: String,
}

fn main() {
    let mut dir = format!("{}/../shared/data/corpus/wikinews-en", env!("CARGO_MANIFEST_DIR"));
    let mut sample_size = 50usize;
    let mut seed = 4u64;
    let mut quiet = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--sample" => sample_size = args.next().and_then(|n| n.parse().ok()).unwrap_or(sample_size),
            "--seed" => seed = args.next().and_then(|n| n.parse().ok()).unwrap_or(seed),
            "--quiet" => quiet = true,
            other => dir = other.to_string(),
        }
    }
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();

    let (mut words, mut people, mut organisations) = (0usize, 0usize, 0usize);
    let mut pairs: Vec<Pair> = Vec::new();
    let mut by_rule: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut extract_time = Duration::ZERO;
    let mut check_time = Duration::ZERO;
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let doc = Document::new(&text);
        words += doc.words.len();
        let started = Instant::now();
        let found = extract(&doc);
        extract_time += started.elapsed();
        let started = Instant::now();
        let report = analyze(&text, &Options::default()).unwrap_or_else(|e| panic!("{file}: {e}"));
        check_time += started.elapsed();
        if !quiet {
            println!("== {file}");
        }
        for entity in &found.entities {
            match entity.kind {
                EntityKind::Person => people += 1,
                EntityKind::Organisation => organisations += 1,
            }
            for role in &entity.roles {
                let sentence = doc
                    .sentences
                    .iter()
                    .find(|s| s.span.contains(role.span))
                    .map(|s| doc.slice(s.span).replace('\n', " "))
                    .unwrap_or_default();
                let role_text = doc.slice(role.span).to_string();
                if !quiet {
                    println!("  ROLE {} = {} [{:?}]", entity.name, role_text, role.pattern);
                }
                pairs.push(Pair {
                    file: file.clone(),
                    person: entity.name.clone(),
                    role: role_text,
                    sentence,
                });
            }
        }
        for finding in report.findings.iter().filter(|f| f.rule.starts_with("consistency/")) {
            *by_rule.entry(finding.rule).or_default() += 1;
            if !quiet {
                println!(
                    "  FINDING {} line {}: {} | {}",
                    finding.rule, finding.line, finding.text, finding.message
                );
            }
        }
    }

    println!("\n== sample of {sample_size} person/role pairs (seed {seed})");
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut indices: Vec<usize> = (0..pairs.len()).collect();
    // Fisher–Yates with xorshift64*: the same sample on every machine.
    for i in (1..indices.len()).rev() {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let r = state.wrapping_mul(0x2545_F491_4F6C_DD1D);
        indices.swap(i, (r % (i as u64 + 1)) as usize);
    }
    for (n, &i) in indices.iter().take(sample_size).enumerate() {
        let pair = &pairs[i];
        println!("{:2}. {} = «{}»\n    {}: {}", n + 1, pair.person, pair.role, pair.file, pair.sentence);
    }

    let total: usize = by_rule.values().sum();
    println!("\n== totals");
    println!("articles: {}, words: {words}", files.len());
    println!("people: {people}, organisations: {organisations}, person/role pairs: {}", pairs.len());
    println!("consistency findings: {total}");
    for (rule, count) in &by_rule {
        println!("  {rule}: {count}");
    }
    let per_kword = |d: Duration| d.as_secs_f64() * 1e6 / (words.max(1) as f64 / 1000.0);
    println!(
        "time per 1,000 words: extraction {:.0} µs, whole analysis {:.0} µs (build with --release for real figures)",
        per_kword(extract_time),
        per_kword(check_time)
    );
}
