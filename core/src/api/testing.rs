//! [`TestPlatform`]: a minimal [`Platform`] for tests and doc examples that
//! keeps what Python prints in memory.

use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;

use crate::platform::Platform;

/// A platform with a fake clock (advancing a microsecond per reading) and
/// in-memory stdout/stderr; no files, no threads.
///
/// ```
/// use gilt_core::api::{Interpreter, testing::TestPlatform};
///
/// let platform = TestPlatform::new();
/// let out = platform.output();
/// let mut py = Interpreter::new(Box::new(platform), Default::default());
/// py.run("print('hi')", "<s>").unwrap();
/// assert_eq!(out.stdout(), "hi\n");
/// ```
#[derive(Default)]
pub struct TestPlatform {
    out: Output,
    clock: spin::Mutex<u64>,
}

/// A shared view of what a [`TestPlatform`] captured.
#[derive(Clone, Default)]
pub struct Output {
    stdout: Arc<spin::Mutex<Vec<u8>>>,
    stderr: Arc<spin::Mutex<Vec<u8>>>,
}

impl Output {
    /// Everything written to stdout so far (lossy UTF-8).
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout.lock()).into_owned()
    }

    /// Everything written to stderr so far (lossy UTF-8).
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock()).into_owned()
    }
}

impl TestPlatform {
    /// A fresh platform.
    pub fn new() -> TestPlatform {
        TestPlatform::default()
    }

    /// A handle on the captured output (keep it before moving the platform
    /// into an interpreter).
    pub fn output(&self) -> Output {
        self.out.clone()
    }
}

impl Platform for TestPlatform {
    fn monotonic_ns(&self) -> u64 {
        let mut t = self.clock.lock();
        *t += 1000;
        *t
    }

    fn write_stdout(&self, bytes: &[u8]) {
        self.out.stdout.lock().extend_from_slice(bytes);
    }

    fn write_stderr(&self, bytes: &[u8]) {
        self.out.stderr.lock().extend_from_slice(bytes);
    }
}
