//! Analyses one file N times and prints the median, for profiling:
//! `cargo run --release --example repeat_analyze FILE [N]`. Benchmarks live in benches/.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: repeat_analyze FILE [N]");
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = std::time::Instant::now();
        let report = factlint::analyze(&text, &factlint::Options::default()).expect("report");
        std::hint::black_box(&report);
        times.push(start.elapsed());
    }
    times.sort();
    println!("{} bytes: median {:?} over {runs} runs", text.len(), times[runs / 2]);
}
