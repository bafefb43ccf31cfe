//! The `factlint` command; see `factlint::bindings::cli`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    factlint::bindings::cli::main()
}

// The wasm build has no command line; this keeps `cargo test --target wasm32` building.
#[cfg(target_arch = "wasm32")]
fn main() {}
