//! Native medians for the in-browser comparison (scripts/bench-browser.mjs):
//! `cargo run --release --example bench_native -- NAME=FILE:ITERATIONS ...`
//! prints one JSON line per input: {"name", "bytes", "medianMs", "runs"}.

// The allocator of the `factlint` command (src/bin/factlint.rs), so the figures are its figures.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

fn main() {
    // The allocator set as the command sets it (src/bin/factlint.rs).
    factlint::bindings::allocator::return_freed_segments_at_once();
    // `--builtin-register` first: analyse as the page and the command do by default, with the
    // built-in register loaded (the register check then runs against 1,766 people).
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let with_register = args.first().is_some_and(|a| a == "--builtin-register");
    if with_register {
        args.remove(0);
    }
    let register = with_register.then(|| factlint::register::Register::builtin().expect("built-in register"));
    let today = with_register.then(factlint::register::Date::today);
    let knowledge = factlint::Knowledge { register: register.as_ref(), today };
    for arg in args {
        let (name, rest) = arg.split_once('=').expect("NAME=FILE:ITERATIONS");
        let (path, iterations) = rest.rsplit_once(':').expect("NAME=FILE:ITERATIONS");
        let iterations: usize = iterations.parse().expect("a number of iterations");
        let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
        let options = factlint::Options::default();
        factlint::analyze_with(&text, &options, &knowledge).expect("report"); // warm-up, as in the browser
        let mut times: Vec<f64> = (0..iterations)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(factlint::analyze_with(&text, &options, &knowledge).expect("report"));
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let mid = times.len() / 2;
        let median = if times.len() % 2 == 1 { times[mid] } else { (times[mid - 1] + times[mid]) / 2.0 };
        println!(r#"{{"name":"{name}","bytes":{},"medianMs":{median:.4},"runs":{iterations}}}"#, text.len());
    }
}
