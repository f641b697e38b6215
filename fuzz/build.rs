//! Sets `cfg(gilt_api)` when gilt-core has its embedding entry point
//! (`gilt_core::api::Interpreter`), so the `exec` target runs programs as
//! soon as that lands on the branch being fuzzed and only compiles before.
use std::path::Path;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(gilt_api)");
    let api = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src/api/mod.rs");
    println!("cargo::rerun-if-changed={}", api.display());
    let has_interpreter = std::fs::read_to_string(&api)
        .map(|s| s.contains("pub struct Interpreter"))
        .unwrap_or(false);
    if has_interpreter {
        println!("cargo::rustc-cfg=gilt_api");
    }
}
