//! Whole-pipeline benchmarks over fixed inputs: `cargo bench --bench analyze`.
//! Inputs beyond the committed ones come from `../shared/data/corpus/` and are
//! skipped, with a message, where that folder is missing.

// The allocator of the `factlint` command (src/bin/factlint.rs), so the figures are its figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use factlint::register::{Date, Register};
use factlint::{analyze, analyze_with, Knowledge, Options};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/corpus");

fn seed() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/demo/seed-article.txt")).unwrap()
}

fn news_1000() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/news-1000.txt")).unwrap()
}

fn politics() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/benches/data/politics-cabinet.txt"))
        .unwrap()
}

/// Every Wikinews article, in file-name order, or none without the corpus.
fn wikinews() -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(Path::new(CORPUS).join("wikinews-en")) else { return Vec::new() };
    let mut paths: Vec<_> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

fn novel() -> Option<String> {
    std::fs::read_to_string(Path::new(CORPUS).join("pride-and-prejudice.txt")).ok()
}

/// The corpus concatenated and repeated up to `bytes`.
fn corpus_of_size(bytes: usize) -> Option<String> {
    let mut pieces = wikinews();
    pieces.extend(novel());
    if pieces.is_empty() {
        return None;
    }
    let mut text = String::with_capacity(bytes + 1_000_000);
    'fill: loop {
        for piece in &pieces {
            if text.len() >= bytes {
                break 'fill;
            }
            text.push_str(piece);
            text.push_str("\n\n");
        }
    }
    Some(text)
}

fn bench_analyze(c: &mut Criterion) {
    // The allocator set as the command sets it (src/bin/factlint.rs).
    factlint::bindings::allocator::return_freed_segments_at_once();
    let options = Options::default();
    let mut group = c.benchmark_group("analyze");
    for (name, text) in [("seed", seed()), ("news-1000-words", news_1000())] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| analyze(black_box(text), &options).unwrap())
        });
    }
    let articles = wikinews();
    if articles.is_empty() {
        eprintln!("skipping corpus benchmarks: {CORPUS} not found");
        return;
    }
    group.bench_function("wikinews-255-one-by-one", |b| {
        b.iter(|| {
            articles.iter().map(|a| analyze(black_box(a), &options).unwrap().findings.len()).sum::<usize>()
        })
    });
    if let Some(novel) = novel() {
        group.throughput(Throughput::Bytes(novel.len() as u64));
        group.bench_function("pride-and-prejudice", |b| {
            b.iter(|| analyze(black_box(&novel), &options).unwrap())
        });
    }
    group.finish();

    // Scaling: 5 MB and 10 MB, to check that doubling the input at most
    // doubles the time (target: ≤ 2.2×). `cargo test --all-targets` runs
    // benchmarks once, unoptimised, as a smoke test: these are for `cargo bench`.
    if !std::env::args().any(|arg| arg == "--bench") {
        eprintln!("skipped: multi-megabyte inputs (run `cargo bench --bench analyze`)");
        return;
    }
    let mut large = c.benchmark_group("analyze-large");
    large.sample_size(10).measurement_time(Duration::from_secs(20));
    for megabytes in [5usize, 10] {
        let Some(text) = corpus_of_size(megabytes << 20) else { continue };
        large.throughput(Throughput::Bytes(text.len() as u64));
        large.bench_with_input(BenchmarkId::new("corpus-mb", megabytes), &text, |b, text| {
            b.iter(|| analyze(black_box(text), &options).unwrap())
        });
    }
    large.finish();
}

/// As the page and the command run by default: with the built-in register, so the register check
/// compares every role the text gives a person it knows with that person's records.
fn bench_with_register(c: &mut Criterion) {
    let options = Options::default();
    let register = Register::builtin().unwrap();
    let knowledge = Knowledge { register: Some(&register), today: Date::parse("2026-11-26") };
    let mut group = c.benchmark_group("analyze-with-register");
    for (name, text) in [("seed", seed()), ("news-1000-words", news_1000()), ("politics-cabinet", politics())]
    {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| analyze_with(black_box(text), &options, &knowledge).unwrap())
        });
    }
    group.finish();
}

/// The floor: splitting the same text into sentences with unicode-segmentation.
fn bench_floor(c: &mut Criterion) {
    use unicode_segmentation::UnicodeSegmentation;
    let text = news_1000();
    c.bench_function("floor/unicode-sentences-news-1000-words", |b| {
        b.iter(|| black_box(&text).unicode_sentences().count())
    });
}

criterion_group!(benches, bench_analyze, bench_with_register, bench_floor);
criterion_main!(benches);
