//! Most expensive target: compile and run a program in a fresh interpreter
//! (`gilt_core::api::Interpreter`, recursion limit 50, output discarded),
//! then print any uncaught exception's traceback and shut down.
//! Accepted outcomes: the program finishes, or raises a Python exception.
//!
//! The VM has no instruction or memory budget yet, so this target keeps
//! programs from running long: libFuzzer's `-timeout=` and `-max_len=512`
//! (set by scripts/fuzz.sh), a low recursion limit, and [`too_slow`], which
//! rejects inputs that can loop forever or build huge numbers. Replace the
//! filter with real limits once the VM has them (see docs/fuzzing.md).
//!
//! Until `gilt_core::api::Interpreter` exists on the fuzzed branch
//! (detected by build.rs as `cfg(gilt_api)`), the target only compiles.
#![no_main]

use gilt_core::compile::parser::decode_source;
use libfuzzer_sys::fuzz_target;

/// Inputs the VM cannot yet stop: unbounded loops (`while`), huge integers
/// (`**`, `<<`, `pow`, literals of 5+ digits) that make loops or bigint
/// arithmetic run for minutes, and raising the recursion limit.
fn too_slow(src: &str) -> bool {
    const BANNED: [&str; 5] = ["while", "**", "<<", "pow", "setrecursionlimit"];
    if BANNED.iter().any(|b| src.contains(b)) {
        return true;
    }
    let mut run = 0;
    for b in src.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run >= 5 {
            return true;
        }
    }
    false
}

#[cfg(gilt_api)]
mod run {
    use gilt_core::api::Interpreter;
    use gilt_core::platform::Platform;
    use gilt_core::vm::Config;

    /// A host that discards all output.
    struct Quiet;

    impl Platform for Quiet {
        fn monotonic_ns(&self) -> u64 {
            0
        }
        fn write_stdout(&self, _bytes: &[u8]) {}
        fn write_stderr(&self, _bytes: &[u8]) {}
    }

    pub fn run(src: &str) {
        let config = Config {
            recursion_limit: 50,
            ..Config::default()
        };
        let mut interp = Interpreter::new(Box::new(Quiet), config);
        if let Err(err) = interp.run_source(src, "<fuzz>") {
            // Formats the traceback (str/repr of the exception), as `gilt` does.
            let _ = interp.exit_code_for(&err);
        }
        interp.shutdown();
    }
}

#[cfg(not(gilt_api))]
mod run {
    use gilt_core::compile::{compile, Mode};

    /// TODO(exec): compile only until `gilt_core::api::Interpreter` lands.
    pub fn run(src: &str) {
        let _ = compile(src, "<fuzz>", Mode::Module);
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = decode_source(data, "<fuzz>") else {
        return;
    };
    if too_slow(src) {
        return;
    }
    run::run(src);
});
