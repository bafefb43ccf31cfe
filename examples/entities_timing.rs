fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| format!("{}/../shared/examples/seed-article.txt", env!("CARGO_MANIFEST_DIR")));
    let text = std::fs::read_to_string(path).unwrap();
    let doc = factlint::text::Document::new(&text);
    let runs = 2000;
    let start = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..runs {
        n += factlint::extract::entities::extract(&doc).entities.len();
    }
    let per = start.elapsed().as_secs_f64() / runs as f64;
    println!("{} words, {:.1} µs per extraction, {:.1} µs per 1000 words ({n})", doc.words.len(), per * 1e6, per * 1e6 * 1000.0 / doc.words.len() as f64);
}
