//! Running a script you did not write: hard limits on instructions, time
//! and memory, a catchable soft size limit, and cancelling a running script
//! from another thread. A hard limit stops the script even inside
//! `try: ... except BaseException:`; the host gets a typed error saying
//! which limit fired.
//!
//! Run with `cargo run --example limits`.

use std::time::Duration;

use gilt_core::api::{ErrorKind, Interpreter};
use gilt_core::vm::limits::{LimitKind, Limits};
use gilt_core::vm::Config;
use gilt_std::StdPlatform;

fn interpreter(limits: Limits) -> Interpreter {
    let config = Config {
        limits,
        ..Config::default()
    };
    Interpreter::new(Box::new(StdPlatform::new()), config)
}

const SWALLOWER: &str = "
while True:
    try:
        while True:
            pass
    except BaseException:
        print('swallowed')   # never printed: a hard stop cannot be caught
";

fn main() {
    // An instruction budget stops an endless loop that tries to catch it.
    let mut py = interpreter(Limits {
        max_instructions: Some(1_000_000),
        ..Limits::default()
    });
    let err = py.run(SWALLOWER, "<untrusted>").unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::LimitExceeded(LimitKind::Instructions)
    );
    println!("instruction budget: {:?}", err.kind());

    // A wall-time budget.
    let mut py = interpreter(Limits {
        max_time_ns: Some(50_000_000),
        ..Limits::default()
    });
    let err = py.run(SWALLOWER, "<untrusted>").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::LimitExceeded(LimitKind::Time));
    println!("time budget: {:?}", err.kind());

    // A size limit is soft: Python sees a MemoryError it can handle.
    let mut py = interpreter(Limits {
        max_list_len: Some(1_000_000),
        ..Limits::default()
    });
    let caught: String = {
        py.run(
            "try:\n    big = [0] * 10**7\n    r = 'made it'\nexcept MemoryError:\n    r = 'MemoryError caught'\n",
            "<untrusted>",
        )
        .unwrap();
        py.eval("r").unwrap()
    };
    println!("size limit: {caught}");

    // Cancelling from another host thread.
    let mut py = interpreter(Limits::default());
    let cancel = py.cancel_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        cancel.cancel();
    });
    let err = py.run(SWALLOWER, "<untrusted>").unwrap_err();
    t.join().unwrap();
    assert_eq!(err.kind(), ErrorKind::LimitExceeded(LimitKind::Cancelled));
    println!("cancel: {:?}", err.kind());
}
