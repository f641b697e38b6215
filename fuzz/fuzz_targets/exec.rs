//! Most expensive target: run ANY byte string as a program in a fresh
//! interpreter (`gilt_core::api::Interpreter::run_bytes`, output discarded)
//! under tight resource limits ([`limits`]), print an uncaught exception's
//! traceback (`exit_code_for`), then shut down and drop the interpreter.
//!
//! Accepted outcomes: the program finishes, raises a Python exception, or is
//! stopped by a limit (`PyErr::limit_kind`). Anything else (a panic, an
//! abort, a sanitizer report, a libFuzzer timeout or OOM) is a finding.
//!
//! The limits are the interpreter's own (`gilt_core::vm::limits::Limits`):
//! an instruction budget, a wall-time budget on a real monotonic clock, and
//! a memory budget that sees every allocation, because the target installs
//! the std shim's [`gilt_std::CountingAlloc`] as the global allocator and
//! its platform binds the interpreter's meter to the running thread
//! ([`Platform::set_thread_meter`]). libFuzzer's `-timeout=` and
//! `-rss_limit_mb=` (scripts/fuzz.sh) stay as backstops: hitting one means a
//! limit did not fire.
#![no_main]

use std::time::{Duration, Instant};

use gilt_core::api::Interpreter;
use gilt_core::platform::Platform;
use gilt_core::vm::limits::{Limits, Meter};
use gilt_core::vm::Config;
use libfuzzer_sys::fuzz_target;

/// Every allocation is charged to the running interpreter's memory meter.
#[global_allocator]
static ALLOC: gilt_std::CountingAlloc = gilt_std::CountingAlloc;

/// `sys.getrecursionlimit()` at start (the program may raise it; the core's
/// native-depth guard still bounds the host stack).
const RECURSION_LIMIT: u32 = 100;

/// The limits every input runs under: small enough that one run takes
/// milliseconds, large enough that real programs (the seed corpus) mostly
/// finish.
fn limits() -> Limits {
    Limits {
        max_instructions: Some(200_000),
        max_time_ns: Some(1_000_000_000),
        max_memory_bytes: Some(64 << 20),
        soft_memory_bytes: None,
        max_str_len: Some(64 << 10),
        max_bytes_len: Some(64 << 10),
        max_list_len: Some(16 << 10),
        max_int_bits: Some(4096),
    }
}

/// A host that discards all output, has a real monotonic clock (the time
/// limit), sleeps for real (so `time.sleep` costs no CPU), and feeds the
/// counting allocator. No files, no threads (`spawn` is unsupported, which
/// Python sees as an `OSError`/`RuntimeError`).
struct FuzzHost {
    start: Instant,
}

impl Platform for FuzzHost {
    fn monotonic_ns(&self) -> u64 {
        u64::try_from(self.start.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }
    fn sleep_ns(&self, ns: u64) {
        std::thread::sleep(Duration::from_nanos(ns));
    }
    fn write_stdout(&self, _bytes: &[u8]) {}
    fn write_stderr(&self, _bytes: &[u8]) {}
    fn console_write_blocks(&self, _stderr: bool, _bytes: &[u8]) -> bool {
        false
    }
    fn console_flush_blocks(&self) -> bool {
        false
    }
    fn set_thread_meter(&self, meter: *const Meter) -> *const Meter {
        gilt_std::alloc_meter::set_thread_meter(meter)
    }
}

fuzz_target!(|data: &[u8]| {
    let config = Config {
        recursion_limit: RECURSION_LIMIT,
        limits: limits(),
        ..Config::default()
    };
    let host = FuzzHost {
        start: Instant::now(),
    };
    let mut interp = Interpreter::new(Box::new(host), config);
    let r = interp.run_bytes(data, "<fuzz>");
    if let Err(err) = &r {
        // As the `gilt` command does: a limit stop is reported by the host;
        // any other error's traceback is formatted (str/repr of the
        // exception, `sys.excepthook`).
        if err.limit_kind().is_none() {
            let _ = interp.exit_code_for(err);
        }
    }
    // Values (the error too) must not outlive their interpreter.
    drop(r);
    interp.shutdown();
    drop(interp);
});
