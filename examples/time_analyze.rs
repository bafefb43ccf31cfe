//! Times one analysis of a file: `cargo run --release --example time_analyze FILE`.
//! For quick looks only; benchmarks live in benches/.

// The allocator of the `factlint` command (src/bin/factlint.rs), so the figures are its figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // The allocator set as the command sets it (src/bin/factlint.rs).
    factlint::bindings::allocator::return_freed_segments_at_once();
    let path = std::env::args().nth(1).expect("usage: time_analyze FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let start = std::time::Instant::now();
    let report = factlint::analyze(&text, &factlint::Options::default()).expect("report");
    println!(
        "{} bytes, {} sentences, {} findings in {:?}",
        text.len(),
        report.stats.sentences,
        report.findings.len(),
        start.elapsed()
    );
}
