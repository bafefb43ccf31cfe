//! Bindings: thin layers that turn outside inputs into core calls and core
//! results into outside outputs. Nothing here analyses text.

#[cfg(not(target_arch = "wasm32"))]
pub mod allocator;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod from_json;
pub mod json;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
