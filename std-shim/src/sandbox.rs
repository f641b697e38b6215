//! [`SandboxPlatform`]: a capability sandbox over a full platform. The
//! platform decides what exists: by default a sandboxed interpreter has the
//! console (stdout, stderr, stdin) and the monotonic clock, and nothing else
//! — no files (so no imports of `.py` files), no wall clock (`time.time()`
//! counts from an arbitrary point), no host threads. The host grants each
//! capability through [`SandboxBuilder`]. A denied file read is
//! `PermissionError: [Errno 13] Permission denied`; a denied thread start is
//! CPython's `RuntimeError: can't start new thread`.

use std::path::{Path, PathBuf};

use gilt_core::platform::{Platform, PlatformError};
use gilt_core::sync::AtomicU32;
use gilt_core::vm::limits::Meter;

use crate::StdPlatform;

/// `EACCES`, as the sandbox reports a capability it was not granted.
pub fn permission_denied() -> PlatformError {
    PlatformError {
        errno: 13,
        message: String::from("Permission denied"),
    }
}

/// What a [`SandboxPlatform`] lets through (all off by default).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Capabilities {
    /// Read any file.
    pub read_all_files: bool,
    /// Read files under these directories (absolute, normalised).
    pub read_dirs: Vec<PathBuf>,
    /// `time.time()` sees the real wall clock.
    pub wall_clock: bool,
    /// `_thread.start_new_thread` may start host threads.
    pub threads: bool,
}

/// Builds a [`SandboxPlatform`]: each method grants one capability.
#[derive(Clone, Debug, Default)]
pub struct SandboxBuilder {
    caps: Capabilities,
}

impl SandboxBuilder {
    /// Grants reading every file the host process can read.
    pub fn allow_all_files(mut self) -> Self {
        self.caps.read_all_files = true;
        self
    }

    /// Grants reading files under `dir` (and its subdirectories).
    pub fn allow_read_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.caps.read_dirs.push(normalise(dir.as_ref()));
        self
    }

    /// Grants the wall clock (`time.time()`).
    pub fn allow_wall_clock(mut self) -> Self {
        self.caps.wall_clock = true;
        self
    }

    /// Grants starting host threads (Python threads).
    pub fn allow_threads(mut self) -> Self {
        self.caps.threads = true;
        self
    }

    /// The sandbox over the process's stdio ([`StdPlatform`]).
    pub fn build(self) -> SandboxPlatform {
        self.build_over(Box::new(StdPlatform::new()))
    }

    /// The sandbox over any full platform (for example a capturing one).
    pub fn build_over(self, inner: Box<dyn Platform>) -> SandboxPlatform {
        SandboxPlatform {
            inner,
            caps: self.caps,
        }
    }
}

/// A platform that forwards the console, the monotonic clock and the
/// synchronisation hooks to a full platform, and everything else only when
/// granted (see the module docs).
pub struct SandboxPlatform {
    inner: Box<dyn Platform>,
    caps: Capabilities,
}

impl SandboxPlatform {
    /// A builder with nothing granted.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    /// The sandbox with nothing granted, over the process's stdio.
    pub fn new() -> SandboxPlatform {
        SandboxBuilder::default().build()
    }

    /// What this sandbox grants.
    pub fn capabilities(&self) -> &Capabilities {
        &self.caps
    }

    fn may_read(&self, path: &str) -> bool {
        if self.caps.read_all_files {
            return true;
        }
        let p = normalise(Path::new(path));
        self.caps.read_dirs.iter().any(|d| p.starts_with(d))
    }
}

impl Default for SandboxPlatform {
    fn default() -> Self {
        SandboxPlatform::new()
    }
}

/// An absolute path with `.` and `..` resolved lexically, then through the
/// file system when it exists (so a symlink cannot lead out of a granted
/// directory).
fn normalise(p: &Path) -> PathBuf {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    if let Ok(real) = std::fs::canonicalize(&abs) {
        return real;
    }
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

impl Platform for SandboxPlatform {
    fn monotonic_ns(&self) -> u64 {
        self.inner.monotonic_ns()
    }

    fn time_ns(&self) -> Option<u64> {
        if self.caps.wall_clock {
            self.inner.time_ns()
        } else {
            None
        }
    }

    fn sleep_ns(&self, ns: u64) {
        self.inner.sleep_ns(ns)
    }

    fn write_stdout(&self, bytes: &[u8]) {
        self.inner.write_stdout(bytes)
    }

    fn write_stderr(&self, bytes: &[u8]) {
        self.inner.write_stderr(bytes)
    }

    fn flush(&self) {
        self.inner.flush()
    }

    fn read_line(&self) -> Result<Vec<u8>, PlatformError> {
        self.inner.read_line()
    }

    fn read_file(&self, path: &str) -> Result<Vec<u8>, PlatformError> {
        if self.may_read(path) {
            self.inner.read_file(path)
        } else {
            Err(permission_denied())
        }
    }

    fn spawn(&self, f: Box<dyn FnOnce() + Send>) -> Result<u64, PlatformError> {
        if self.caps.threads {
            self.inner.spawn(f)
        } else {
            Err(permission_denied())
        }
    }

    fn thread_id(&self) -> u64 {
        self.inner.thread_id()
    }

    fn wait(&self, word: &AtomicU32, expected: u32, timeout_ns: Option<u64>) {
        self.inner.wait(word, expected, timeout_ns)
    }

    fn wake(&self, word: &AtomicU32, n: u32) {
        self.inner.wake(word, n)
    }

    fn atomic_section(&self, f: &mut dyn FnMut()) {
        self.inner.atomic_section(f)
    }

    fn set_thread_meter(&self, meter: *const Meter) -> *const Meter {
        self.inner.set_thread_meter(meter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_granted_by_default() {
        let p = SandboxPlatform::new();
        assert_eq!(p.read_file("/etc/hostname").unwrap_err().errno, 13);
        assert_eq!(p.time_ns(), None);
        assert_eq!(p.spawn(Box::new(|| {})).unwrap_err().errno, 13);
        assert!(p.monotonic_ns() <= p.monotonic_ns());
    }

    #[test]
    fn granted_directories_are_readable_and_nothing_outside() {
        let dir = std::env::temp_dir().join(format!("gilt-sandbox-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("in")).unwrap();
        std::fs::write(dir.join("in/a.py"), "x = 1\n").unwrap();
        std::fs::write(dir.join("b.py"), "y = 2\n").unwrap();
        let p = SandboxPlatform::builder()
            .allow_read_dir(dir.join("in"))
            .allow_wall_clock()
            .build();
        let inside = dir.join("in/a.py");
        assert_eq!(p.read_file(inside.to_str().unwrap()).unwrap(), b"x = 1\n");
        let escape = dir.join("in/../b.py");
        assert_eq!(p.read_file(escape.to_str().unwrap()).unwrap_err().errno, 13);
        assert!(p.time_ns().is_some());
        std::fs::remove_dir_all(&dir).ok();
    }
}
