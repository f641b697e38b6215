//! Puts probe.x on the linker's search path.
fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| String::from("."));
    println!("cargo:rustc-link-search={dir}");
    println!("cargo:rerun-if-changed=probe.x");
}
