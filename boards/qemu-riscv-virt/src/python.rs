//! Second milestone: run the Python program embedded in the image
//! (`py/main.py`) on hart 0 with the UART as stdout/stderr. An uncaught
//! exception prints its traceback and gives a non-zero status (CPython's:
//! 1, or `SystemExit`'s code).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;

use gilt_core::api::Interpreter;
use gilt_core::vm::Config;

use crate::platform::VirtPlatform;
use crate::{clint, println};

/// The program, baked into the image (`py/main.py` unless the build set
/// `GILT_BOARD_PY`; see build.rs).
const MAIN_PY: &str = include_str!(env!("GILT_BOARD_MAIN_PY"));
/// Its file name, for tracebacks and `sys.argv[0]`.
const MAIN_NAME: &str = env!("GILT_BOARD_MAIN_PY_NAME");

/// Runs `py/main.py`; returns the exit status.
pub fn run() -> i32 {
    println!("python: running {MAIN_NAME} ({} bytes)", MAIN_PY.len());
    let start = clint::ticks();
    let config = Config {
        argv: vec![String::from(MAIN_NAME)],
        ..Config::default()
    };
    let mut interp = Interpreter::new(Box::new(VirtPlatform), config);
    let code = match interp.run_source(MAIN_PY, MAIN_NAME) {
        Ok(()) => 0,
        Err(err) => interp.exit_code_for(&err),
    };
    interp.flush();
    let us = (clint::ticks() - start) / (clint::TICKS_PER_SEC / 1_000_000);
    let (used, _) = crate::heap::stats();
    println!(
        "python: exit status {code}, {us} us, heap in use {} KiB",
        used >> 10
    );
    code
}
