//! Speed of the source check: a 2,000-word text against three 5,000-word
//! sources (issue #7: under 20 ms natively).
//!
//! Inputs are built at bench time, deterministically: from the Wikinews
//! articles in ../shared/data/corpus/wikinews-en when that folder is there
//! (CC BY 2.5, read at run time, never committed), otherwise from generated
//! news-like sentences. The text is paragraphs taken from across the three
//! sources, every fifth one with a changed figure, so the check aligns and
//! compares for real.
//!
//!     cargo bench --bench sources

// The allocator of the `factlint` command (src/bin/factlint.rs), so the figures are its figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, Criterion};
use factlint::{analyze, Options, SourceInput};
use std::hint::black_box;

const SOURCE_WORDS: usize = 5_000;
const TEXT_WORDS: usize = 2_000;

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Paragraphs of news: Wikinews bodies when present, else generated ones.
fn paragraphs() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/corpus/wikinews-en");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    let from_corpus: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .flat_map(|article| {
            article
                .split("\n\n")
                .filter(|p| !p.starts_with('#') && !p.starts_with("date:") && !p.trim().is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    if word_count(&from_corpus.concat()) >= 3 * SOURCE_WORDS {
        return from_corpus;
    }
    generated_paragraphs(3 * SOURCE_WORDS + 1_000)
}

/// News-like sentences from small word lists, varied by a counter.
fn generated_paragraphs(words: usize) -> Vec<String> {
    const NAMES: &[&str] =
        &["Anna Killeen", "Tom Baker", "Priya Shah", "Luis Ortega", "Mei Chen", "Olu Adeyemi"];
    const ROLES: &[&str] = &["the mayor", "a council spokesperson", "the health minister", "a union leader"];
    const PLACES: &[&str] = &["Leeds", "Cardiff", "Valencia", "Osaka", "Lagos", "Quebec"];
    const THINGS: &[&str] = &["schools", "bridges", "clinics", "bus routes", "flood barriers", "libraries"];
    const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    let mut out = Vec::new();
    let mut total = 0;
    let mut k = 0usize;
    while total < words {
        let pick = |list: &[&'static str], salt: usize| list[(k * 7 + salt * 13 + k / 5) % list.len()];
        let paragraph = format!(
            "{} closed {} {} on {}, {}, {}, said. The council set aside £{}.{}m for repairs in {}. \
             \"We will not cut {} this year,\" {} told reporters.",
            pick(PLACES, 1),
            10 + k % 90,
            pick(THINGS, 2),
            pick(DAYS, 3),
            pick(NAMES, 4),
            pick(ROLES, 5),
            1 + k % 9,
            k % 10,
            2000 + k % 25,
            pick(THINGS, 6),
            pick(NAMES, 7)
        );
        total += word_count(&paragraph);
        out.push(paragraph);
        k += 1;
    }
    out
}

fn inputs() -> (String, Vec<SourceInput>) {
    let paragraphs = paragraphs();
    let mut sources = vec![String::new(), String::new(), String::new()];
    let mut next = 0;
    for source in &mut sources {
        while word_count(source) < SOURCE_WORDS && next < paragraphs.len() {
            source.push_str(&paragraphs[next]);
            source.push_str("\n\n");
            next += 1;
        }
    }
    // The text: every third paragraph of the sources, every fifth of those with a figure changed.
    let used = &paragraphs[..next];
    let mut text = String::new();
    for (k, paragraph) in used.iter().step_by(3).enumerate() {
        if word_count(&text) >= TEXT_WORDS {
            break;
        }
        let paragraph = if k % 5 == 0 {
            paragraph.replacen(|c: char| c.is_ascii_digit(), "7", 1)
        } else {
            paragraph.clone()
        };
        text.push_str(&paragraph);
        text.push_str("\n\n");
    }
    let sources = sources
        .into_iter()
        .enumerate()
        .map(|(i, text)| SourceInput { label: format!("source {}", i + 1), text })
        .collect();
    (text, sources)
}

fn bench(c: &mut Criterion) {
    let (text, sources) = inputs();
    let words: Vec<usize> = sources.iter().map(|s| word_count(&s.text)).collect();
    eprintln!("text: {} words; sources: {words:?} words", word_count(&text));
    let options = Options { sources, ..Options::default() };
    c.bench_function("2,000-word text against three 5,000-word sources", |b| {
        b.iter(|| analyze(black_box(&text), black_box(&options)).map(|r| r.findings.len()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
