//! Puts memory.x and link.x on the linker's search path, and picks the
//! Python program embedded with the `python` feature: `py/main.py`, or the
//! file named by `GILT_BOARD_PY` (relative to this crate, or absolute).
use std::path::PathBuf;

fn main() {
    let dir =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| String::from(".")));
    println!("cargo:rustc-link-search={}", dir.display());
    println!("cargo:rerun-if-changed=memory.x");
    println!("cargo:rerun-if-changed=link.x");
    println!("cargo:rerun-if-env-changed=GILT_BOARD_PY");
    let py = match std::env::var("GILT_BOARD_PY") {
        Ok(p) if !p.is_empty() => dir.join(p),
        _ => dir.join("py/main.py"),
    };
    println!("cargo:rerun-if-changed={}", py.display());
    println!("cargo:rustc-env=GILT_BOARD_MAIN_PY={}", py.display());
    let name = py.file_name().and_then(|n| n.to_str()).unwrap_or("main.py");
    println!("cargo:rustc-env=GILT_BOARD_MAIN_PY_NAME={name}");
}
