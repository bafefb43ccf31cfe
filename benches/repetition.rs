//! Speed of the repetition family at every length: the text model
//! (`Document::new`) and `checks::repetition::check`, without the
//! extractors and the other families (`benches/analyze.rs` times those).
//!
//! cargo bench --bench repetition
//!
//! Inputs: the seed article and the corpus come from ../shared beside the
//! repo and are skipped with a message when absent; the 1,000-word article
//! is built from `benches/data/sample-article.txt` (our own text). Longer
//! texts are the corpus (novel + Wikinews) repeated with every ASCII letter
//! shifted by the copy number (a Caesar shift): the copies keep natural
//! text's statistics but do not repeat each other, so the benchmark
//! measures honest work, not the exact-duplicate shortcut.

// The allocator of the `factlint` command (src/bin/factlint.rs), so the figures are its figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use factlint::checks::repetition;
use factlint::text::Document;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

const SAMPLE: &str = include_str!("data/sample-article.txt");

fn shared(path: &str) -> Option<String> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(path);
    match std::fs::read_to_string(&full) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("skipped: {} not found", full.display());
            None
        }
    }
}

/// Every ASCII letter moved `by` places along the alphabet.
fn shift_letters(text: &str, by: u8) -> String {
    let shift = |c: char, base: u8| (((c as u8 - base + by) % 26) + base) as char;
    text.chars()
        .map(|c| match c {
            'a'..='z' => shift(c, b'a'),
            'A'..='Z' => shift(c, b'A'),
            _ => c,
        })
        .collect()
}

/// About 1,000 words: the sample article five times over, each copy
/// letter-shifted, with its lead repeated and one sentence lightly edited.
fn thousand_word_article() -> String {
    let mut text: String = (0..5).map(|k| shift_letters(SAMPLE, k)).collect::<Vec<_>>().join("\n");
    let lead = SAMPLE.lines().next().unwrap_or_default();
    text.push_str(&format!("\n{lead}\n"));
    text.push_str("The work will cost an estimated 14 million euros and should take around two years, the chair said.\n");
    text
}

/// The corpus (novel and articles) joined, then letter-shifted copies until
/// `bytes` long, cut at a paragraph break.
fn corpus_text(bytes: usize) -> Option<String> {
    let novel = shared("data/corpus/pride-and-prejudice.txt")?;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/corpus/wikinews-en");
    let mut names: Vec<_> = std::fs::read_dir(dir).ok()?.filter_map(Result::ok).map(|e| e.path()).collect();
    names.sort();
    let mut corpus = novel;
    for path in names.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
        corpus.push_str("\n\n");
        corpus.push_str(&std::fs::read_to_string(path).ok()?);
    }
    let mut text = String::with_capacity(bytes + corpus.len());
    let mut copy = 0;
    while text.len() < bytes {
        text.push_str(&shift_letters(&corpus, copy % 26));
        text.push_str("\n\n");
        copy += 1;
    }
    let cut = text[..bytes].rfind("\n\n").unwrap_or(bytes);
    text.truncate(cut);
    Some(text)
}

/// The text model and the repetition check, as `analyze` runs them.
fn repetition_family(text: &str) -> usize {
    let doc = Document::new(text);
    let mut findings = Vec::new();
    repetition::check(&doc, &mut findings);
    findings.len()
}

fn bench_text(c: &mut Criterion, group_name: &str, label: &str, text: &str) {
    let mut group = c.benchmark_group(group_name);
    group.throughput(Throughput::Bytes(text.len() as u64));
    if text.len() > 1_000_000 {
        group.sample_size(10).measurement_time(Duration::from_secs(20));
    }
    group.bench_with_input(BenchmarkId::from_parameter(label), text, |b, text| {
        b.iter(|| repetition_family(black_box(text)))
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    if let Some(seed) = shared("examples/seed-article.txt") {
        bench_text(c, "seed", "seed-article", &seed);
    }
    bench_text(c, "article", "1000-words", &thousand_word_article());
    if let Some(novel) = shared("data/corpus/pride-and-prejudice.txt") {
        bench_text(c, "novel", "pride-and-prejudice", &novel);
    }
    // `cargo test --all-targets` runs benchmarks once, unoptimised, as a
    // smoke test: the megabyte inputs are for `cargo bench` only.
    if !std::env::args().any(|arg| arg == "--bench") {
        eprintln!("skipped: multi-megabyte inputs (run `cargo bench --bench repetition`)");
        return;
    }
    // Doubling: 2.5, 5 and 10 MB of distinct text.
    for megabytes in [2.5, 5.0, 10.0] {
        if let Some(text) = corpus_text((megabytes * 1_000_000.0) as usize) {
            bench_text(c, "corpus", &format!("{megabytes}MB"), &text);
        }
    }
    // The worst case for grouping: 100,000 copies of one sentence.
    let identical = "The primary elections were held across the state on Tuesday.\n".repeat(100_000);
    bench_text(c, "identical", "100000-sentences", &identical);
}

criterion_group!(repetition, benches);
criterion_main!(repetition);
