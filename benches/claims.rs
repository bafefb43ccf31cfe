//! Claim pass speed: scoring one sentence with the check-worthiness model
//! (target: microseconds), typing one sentence, and the whole seed article.
//! `cargo bench --bench claims`

// The allocator of the `factlint` command (src/bin/factlint.rs), so the figures are its figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, Criterion};
use factlint::extract::{checkworthiness, claims};
use factlint::text::Span;
use std::hint::black_box;

const SENTENCE: &str = "During a meeting on Friday, Luke de Pulford, the executive director of Ipac, mentioned that approximately one year ago, the Belgian and French foreign ministries publicly acknowledged cyber-attacks against members funded by the Chinese government.";

fn bench(c: &mut Criterion) {
    let types = claims::analyse(SENTENCE, Span::new(0, SENTENCE.len()), None).types;
    c.bench_function("checkworthiness score, one 35-word sentence", |b| {
        b.iter(|| checkworthiness::score(black_box(SENTENCE), black_box(&types)))
    });
    c.bench_function("claim types and parts, one 35-word sentence", |b| {
        b.iter(|| claims::analyse(black_box(SENTENCE), Span::new(0, SENTENCE.len()), None))
    });
    let seed_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/examples/seed-article.txt");
    if let Ok(seed) = std::fs::read_to_string(seed_path) {
        let options = factlint::Options { date: Some("2024-03-24".into()), ..Default::default() };
        c.bench_function("analyze the seed article with a date", |b| {
            b.iter(|| factlint::analyze(black_box(&seed), &options))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
