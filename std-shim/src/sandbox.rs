//! [`SandboxPlatform`]: a capability sandbox over a full platform. The
//! platform decides what exists: by default a sandboxed interpreter has the
//! console (stdout, stderr, stdin) and the monotonic clock, and nothing else
//! — no files (so no imports of `.py` files), no wall clock (`time.time()`
//! counts from an arbitrary point), no host threads. The host grants each
//! capability through [`SandboxBuilder`]. A denied file operation (`open`,
//! `os.listdir`, `os.stat`, `os.remove`, ...), `os.getcwd` and `os.environ`
//! are `PermissionError: [Errno 13] Permission denied`; a denied thread
//! start is CPython's `RuntimeError: can't start new thread`. Granted read
//! directories allow opening files there for reading, `stat` and `listdir`;
//! granted write directories also allow writing, creating and removing.

use std::path::{Path, PathBuf};

use gilt_core::platform::{FileStat, OpenFlags, Platform, PlatformError};
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
    /// Read, write, create and remove files under these directories.
    pub write_dirs: Vec<PathBuf>,
    /// `os.environ`, `os.getenv` and `os.getcwd` see the host's.
    pub env: bool,
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

    /// Grants reading, writing, creating and removing files under `dir`.
    pub fn allow_write_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.caps.write_dirs.push(normalise(dir.as_ref()));
        self
    }

    /// Grants the environment and the current directory (`os.environ`,
    /// `os.getcwd`).
    pub fn allow_env(mut self) -> Self {
        self.caps.env = true;
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
        self.caps
            .read_dirs
            .iter()
            .chain(self.caps.write_dirs.iter())
            .any(|d| p.starts_with(d))
    }

    fn may_write(&self, path: &str) -> bool {
        let p = normalise(Path::new(path));
        self.caps.write_dirs.iter().any(|d| p.starts_with(d))
    }

    fn check(&self, ok: bool) -> Result<(), PlatformError> {
        if ok {
            Ok(())
        } else {
            Err(permission_denied())
        }
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

    fn file_open(&self, path: &str, flags: OpenFlags) -> Result<u64, PlatformError> {
        let writes = flags.write || flags.append || flags.create || flags.truncate;
        self.check(if writes {
            self.may_write(path)
        } else {
            self.may_read(path)
        })?;
        self.inner.file_open(path, flags)
    }

    // Handles exist only for files the sandbox let open.
    fn file_read(&self, handle: u64, max: usize) -> Result<Vec<u8>, PlatformError> {
        self.inner.file_read(handle, max)
    }

    fn file_write(&self, handle: u64, bytes: &[u8]) -> Result<usize, PlatformError> {
        self.inner.file_write(handle, bytes)
    }

    fn file_seek(&self, handle: u64, offset: i64, whence: u8) -> Result<u64, PlatformError> {
        self.inner.file_seek(handle, offset, whence)
    }

    fn file_close(&self, handle: u64) -> Result<(), PlatformError> {
        self.inner.file_close(handle)
    }

    fn stat(&self, path: &str) -> Result<FileStat, PlatformError> {
        self.check(self.may_read(path))?;
        self.inner.stat(path)
    }

    fn list_dir(&self, path: &str) -> Result<Vec<String>, PlatformError> {
        self.check(self.may_read(path))?;
        self.inner.list_dir(path)
    }

    fn remove_file(&self, path: &str) -> Result<(), PlatformError> {
        self.check(self.may_write(path))?;
        self.inner.remove_file(path)
    }

    fn make_dir(&self, path: &str) -> Result<(), PlatformError> {
        self.check(self.may_write(path))?;
        self.inner.make_dir(path)
    }

    fn remove_dir(&self, path: &str) -> Result<(), PlatformError> {
        self.check(self.may_write(path))?;
        self.inner.remove_dir(path)
    }

    fn rename(&self, from: &str, to: &str) -> Result<(), PlatformError> {
        self.check(self.may_write(from) && self.may_write(to))?;
        self.inner.rename(from, to)
    }

    fn current_dir(&self) -> Result<String, PlatformError> {
        self.check(self.caps.env)?;
        self.inner.current_dir()
    }

    fn env_vars(&self) -> Result<Vec<(String, String)>, PlatformError> {
        self.check(self.caps.env)?;
        self.inner.env_vars()
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
    fn file_and_environment_calls_are_denied_by_default() {
        let p = SandboxPlatform::new();
        let rd = OpenFlags {
            read: true,
            ..OpenFlags::default()
        };
        assert_eq!(p.file_open("/etc/hostname", rd).unwrap_err().errno, 13);
        assert_eq!(p.list_dir("/").unwrap_err().errno, 13);
        assert_eq!(p.stat("/").unwrap_err().errno, 13);
        assert_eq!(p.make_dir("/tmp/x").unwrap_err().errno, 13);
        assert_eq!(p.remove_file("/tmp/x").unwrap_err().errno, 13);
        assert_eq!(p.remove_dir("/tmp/x").unwrap_err().errno, 13);
        assert_eq!(p.rename("/tmp/x", "/tmp/y").unwrap_err().errno, 13);
        assert_eq!(p.env_vars().unwrap_err().errno, 13);
        assert_eq!(p.current_dir().unwrap_err().errno, 13);
    }

    #[test]
    fn a_granted_write_directory_allows_files_there_only() {
        let dir = std::env::temp_dir().join(format!("gilt-sandbox-w-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = SandboxPlatform::builder().allow_write_dir(&dir).build();
        let f = dir.join("f.txt");
        let f = f.to_str().unwrap();
        let wr = OpenFlags {
            write: true,
            create: true,
            truncate: true,
            ..OpenFlags::default()
        };
        let h = p.file_open(f, wr).unwrap();
        assert_eq!(p.file_write(h, b"hi").unwrap(), 2);
        p.file_close(h).unwrap();
        assert_eq!(p.stat(f).unwrap().size, 2);
        assert_eq!(p.list_dir(dir.to_str().unwrap()).unwrap(), vec!["f.txt"]);
        let outside = std::env::temp_dir().join("gilt-sandbox-outside.txt");
        assert_eq!(
            p.file_open(outside.to_str().unwrap(), wr)
                .unwrap_err()
                .errno,
            13
        );
        p.remove_file(f).unwrap();
        std::fs::remove_dir_all(&dir).ok();
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
