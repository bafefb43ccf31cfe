//! Median milliseconds per text for factlint (all checks), Harper (its
//! curated rule set, American dialect, plain English parser) and the floor
//! (splitting into sentences with unicode-segmentation), on the same inputs.
//! Prints a Markdown table with the factlint/Harper ratio.

use harper_core::linting::{LintGroup, Linter};
use harper_core::spell::FstDictionary;
use harper_core::{Dialect, Document};
use std::hint::black_box;
use std::time::Instant;
use unicode_segmentation::UnicodeSegmentation;

fn median_ms(runs: usize, mut work: impl FnMut()) -> f64 {
    work(); // warm-up
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let corpus = format!("{root}/../shared/data/corpus");
    let mut inputs: Vec<(String, String, usize)> = vec![
        ("seed".into(), std::fs::read_to_string(format!("{root}/www/demo/seed-article.txt")).unwrap(), 50),
        ("news-1000-words".into(), std::fs::read_to_string(format!("{root}/benches/data/news-1000.txt")).unwrap(), 30),
    ];
    if let Ok(novel) = std::fs::read_to_string(format!("{corpus}/pride-and-prejudice.txt")) {
        inputs.push(("pride-and-prejudice".into(), novel, 3));
    }

    let dictionary = FstDictionary::curated();
    let mut harper = LintGroup::new_curated(dictionary.clone(), Dialect::American);
    let options = factlint::Options::default();

    println!("| input | bytes | factlint ms | Harper ms | floor (sentences) ms | factlint/Harper |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (name, text, runs) in &inputs {
        let ours = median_ms(*runs, || {
            black_box(factlint::analyze(black_box(text), &options).unwrap());
        });
        let theirs = median_ms(*runs, || {
            let document = Document::new_plain_english(black_box(text), &dictionary);
            black_box(harper.lint(&document));
        });
        let floor = median_ms(*runs, || {
            black_box(black_box(text).unicode_sentences().count());
        });
        println!("| {name} | {} | {ours:.3} | {theirs:.3} | {floor:.3} | {:.4} |", text.len(), ours / theirs);
    }
}
