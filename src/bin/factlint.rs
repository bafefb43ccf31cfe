//! The `factlint` command; see `factlint::bindings::cli`.

/// mimalloc, not glibc's malloc: an analysis makes thousands of small
/// allocations, and this takes the 1,000-word article from 1.06 to 0.96 ms
/// (BENCHMARKS.md). The benchmarks declare the same allocator, and set it as
/// `main` does (`factlint::bindings::allocator`).
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    factlint::bindings::allocator::return_freed_segments_at_once();
    factlint::bindings::cli::main()
}

// The wasm build has no command line; this keeps `cargo test --target wasm32` building.
#[cfg(target_arch = "wasm32")]
fn main() {}
