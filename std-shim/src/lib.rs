//! gilt-std: the std platform for Gilt and the `gilt` command.
//!
//! [`StdPlatform`] maps Gilt's [`Platform`] trait onto the host OS (buffered
//! stdout, unbuffered stderr, stdin, files, clocks, threads).
//! [`CapturePlatform`] captures the output in memory and reads stdin from a
//! string; [`run_file_captured`] runs a script with it in a fresh interpreter
//! (the test corpus harness uses it). [`SandboxPlatform`] is the capability
//! sandbox (console and monotonic clock only, unless the host grants more),
//! and [`CountingAlloc`] the global allocator that lets memory limits see
//! the whole heap.

#![warn(missing_docs)]

pub mod alloc_meter;
pub mod cli;
pub mod files;
mod parking;

pub use parking::Parking;
pub mod sandbox;

pub use alloc_meter::CountingAlloc;
pub use sandbox::{SandboxBuilder, SandboxPlatform};

use std::io::{BufRead, IsTerminal, Read, Write};
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use gilt_core::api::Interpreter;
use gilt_core::platform::{Platform, PlatformError};
use gilt_core::sync::AtomicU32;
use gilt_core::vm::Config;

/// The host stack size of every interpreter thread the shim starts (deep
/// native re-entry, e.g. `repr` of deeply nested containers, needs room).
pub const INTERP_STACK_SIZE: usize = 256 << 20;

/// Stack size of Python threads started with `_thread.start_new_thread`.
const PY_THREAD_STACK_SIZE: usize = 64 << 20;

/// Stdout buffer size before a forced flush.
const STDOUT_BUFFER: usize = 8 << 10;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock leaves only bytes behind: keep going.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Converts an `io::Error` to a [`PlatformError`] (errno and strerror text).
pub fn io_error(e: &std::io::Error) -> PlatformError {
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        std::io::ErrorKind::InvalidInput => 22,
        _ => 5,
    });
    let text = e.to_string();
    // std renders OS errors as "No such file or directory (os error 2)".
    let message = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    PlatformError { errno, message }
}

thread_local! {
    /// This thread's id (0 until first asked for or set by `spawn`).
    static THREAD_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1);

fn next_thread_id() -> u64 {
    NEXT_THREAD_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The calling thread's id: a small counter value assigned on first use
/// (or by [`spawn_thread`] before the thread runs anything).
fn thread_id_now() -> u64 {
    THREAD_ID.with(|id| {
        if id.get() == 0 {
            id.set(next_thread_id());
        }
        id.get()
    })
}

/// Reads the file through std::fs.
fn fs_read(path: &str) -> Result<Vec<u8>, PlatformError> {
    std::fs::read(path).map_err(|e| io_error(&e))
}

fn wall_ns() -> Option<u64> {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .ok()
        .map(|d| d.as_nanos() as u64)
}

/// Which CPU-time clock [`cpu_clock_ns`] reads.
#[derive(Clone, Copy)]
enum CpuClock {
    /// The calling thread's CPU time.
    Thread,
    /// The whole process's CPU time.
    Process,
}

/// CPU time in nanoseconds (`CLOCK_THREAD_CPUTIME_ID` /
/// `CLOCK_PROCESS_CPUTIME_ID`); `None` where the host has no such clock.
#[cfg(target_os = "linux")]
fn cpu_clock_ns(which: CpuClock) -> Option<u64> {
    let id = match which {
        CpuClock::Thread => libc::CLOCK_THREAD_CPUTIME_ID,
        CpuClock::Process => libc::CLOCK_PROCESS_CPUTIME_ID,
    };
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the call's duration.
    let r = unsafe { libc::clock_gettime(id, &mut ts) };
    if r != 0 {
        return None;
    }
    Some((ts.tv_sec as u64).saturating_mul(1_000_000_000) + ts.tv_nsec as u64)
}

#[cfg(not(target_os = "linux"))]
fn cpu_clock_ns(_which: CpuClock) -> Option<u64> {
    None
}

fn spawn_thread(f: Box<dyn FnOnce() + Send>) -> Result<u64, PlatformError> {
    let id = next_thread_id();
    std::thread::Builder::new()
        .stack_size(PY_THREAD_STACK_SIZE)
        .spawn(move || {
            THREAD_ID.with(|t| t.set(id));
            f()
        })
        .map_err(|e| io_error(&e))?;
    Ok(id)
}

/// The host platform: stdio, files, clocks and threads from std.
pub struct StdPlatform {
    start: Instant,
    parking: Parking,
    stdout: Mutex<Vec<u8>>,
    line_buffered: bool,
    files: files::Files,
}

impl Default for StdPlatform {
    fn default() -> Self {
        StdPlatform::new()
    }
}

impl StdPlatform {
    /// A platform on the process's stdio. Stdout is line-buffered on a
    /// terminal, block-buffered otherwise.
    pub fn new() -> StdPlatform {
        StdPlatform {
            start: Instant::now(),
            parking: Parking::default(),
            stdout: Mutex::new(Vec::new()),
            line_buffered: std::io::stdout().is_terminal(),
            files: files::Files::default(),
        }
    }

    fn flush_stdout(&self) {
        let mut buf = lock(&self.stdout);
        if !buf.is_empty() {
            let mut out = std::io::stdout().lock();
            // A closed pipe is not an error worth dying for.
            let _ = out.write_all(&buf);
            let _ = out.flush();
            buf.clear();
        }
    }
}

impl Drop for StdPlatform {
    fn drop(&mut self) {
        self.flush_stdout();
    }
}

impl Platform for StdPlatform {
    fn monotonic_ns(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    fn time_ns(&self) -> Option<u64> {
        wall_ns()
    }

    fn thread_time_ns(&self) -> Option<u64> {
        cpu_clock_ns(CpuClock::Thread)
    }

    fn process_time_ns(&self) -> Option<u64> {
        cpu_clock_ns(CpuClock::Process)
    }

    fn console_write_blocks(&self, stderr: bool, bytes: &[u8]) -> bool {
        // Stderr is unbuffered; stdout blocks only when the write flushes.
        stderr
            || lock(&self.stdout).len() + bytes.len() >= STDOUT_BUFFER
            || (self.line_buffered && bytes.contains(&b'\n'))
    }

    fn console_flush_blocks(&self) -> bool {
        !lock(&self.stdout).is_empty()
    }

    fn sleep_ns(&self, ns: u64) {
        std::thread::sleep(Duration::from_nanos(ns));
    }

    fn write_stdout(&self, bytes: &[u8]) {
        let flush = {
            let mut buf = lock(&self.stdout);
            buf.extend_from_slice(bytes);
            buf.len() >= STDOUT_BUFFER || (self.line_buffered && bytes.contains(&b'\n'))
        };
        if flush {
            self.flush_stdout();
        }
    }

    fn write_stderr(&self, bytes: &[u8]) {
        self.flush_stdout();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(bytes);
        let _ = err.flush();
    }

    fn flush(&self) {
        self.flush_stdout();
    }

    fn read_line(&self) -> Result<Vec<u8>, PlatformError> {
        self.flush_stdout();
        let mut line = Vec::new();
        std::io::stdin()
            .lock()
            .read_until(b'\n', &mut line)
            .map_err(|e| io_error(&e))?;
        Ok(line)
    }

    fn read_file(&self, path: &str) -> Result<Vec<u8>, PlatformError> {
        fs_read(path)
    }

    files::file_methods!(files, |_: &Self, p: &str| p.to_string());

    fn spawn(&self, f: Box<dyn FnOnce() + Send>) -> Result<u64, PlatformError> {
        spawn_thread(f)
    }

    fn thread_id(&self) -> u64 {
        thread_id_now()
    }

    fn wait(&self, word: &AtomicU32, expected: u32, timeout_ns: Option<u64>) {
        self.parking.wait(word, expected, timeout_ns)
    }

    fn wake(&self, word: &AtomicU32, n: u32) {
        self.parking.wake(word, n)
    }

    fn set_thread_meter(
        &self,
        meter: *const gilt_core::vm::limits::Meter,
    ) -> *const gilt_core::vm::limits::Meter {
        alloc_meter::set_thread_meter(meter)
    }
}

/// A platform that captures stdout and stderr in memory and reads stdin
/// from a string; files, clocks and threads are the host's.
pub struct CapturePlatform {
    start: Instant,
    parking: Parking,
    /// Everything written to stdout.
    pub stdout: Arc<Mutex<Vec<u8>>>,
    /// Everything written to stderr.
    pub stderr: Arc<Mutex<Vec<u8>>>,
    stdin: Mutex<std::io::Cursor<Vec<u8>>>,
    /// Files under the first directory are read from the second (so a
    /// script shown as `tests/py/x.py` imports `tests/py/m.py` from wherever
    /// the files really are, and tracebacks show the display paths).
    path_map: Option<(String, String)>,
    files: files::Files,
}

impl CapturePlatform {
    /// A capturing platform whose stdin holds `stdin`.
    pub fn new(stdin: &str) -> CapturePlatform {
        CapturePlatform {
            start: Instant::now(),
            parking: Parking::default(),
            stdout: Arc::default(),
            stderr: Arc::default(),
            stdin: Mutex::new(std::io::Cursor::new(stdin.as_bytes().to_vec())),
            path_map: None,
            files: files::Files::default(),
        }
    }

    /// Reads files under `shown` (a directory as Python sees it, `""` for
    /// relative paths) from `real` instead.
    pub fn map_dir(&mut self, shown: &str, real: &str) {
        self.path_map = Some((shown.to_string(), real.to_string()));
    }

    fn real_path(&self, path: &str) -> String {
        if let Some((shown, real)) = &self.path_map {
            if shown.is_empty() {
                if !path.starts_with('/') {
                    return format!("{real}/{path}");
                }
            } else if let Some(rest) = path.strip_prefix(shown.as_str()) {
                if let Some(rest) = rest.strip_prefix('/') {
                    return format!("{real}/{rest}");
                }
            }
        }
        path.to_string()
    }
}

impl Platform for CapturePlatform {
    fn monotonic_ns(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    fn time_ns(&self) -> Option<u64> {
        wall_ns()
    }

    fn thread_time_ns(&self) -> Option<u64> {
        cpu_clock_ns(CpuClock::Thread)
    }

    fn process_time_ns(&self) -> Option<u64> {
        cpu_clock_ns(CpuClock::Process)
    }

    fn console_write_blocks(&self, _stderr: bool, _bytes: &[u8]) -> bool {
        // Captured output only appends to memory.
        false
    }

    fn console_flush_blocks(&self) -> bool {
        false
    }

    fn sleep_ns(&self, ns: u64) {
        std::thread::sleep(Duration::from_nanos(ns));
    }

    fn write_stdout(&self, bytes: &[u8]) {
        lock(&self.stdout).extend_from_slice(bytes);
    }

    fn write_stderr(&self, bytes: &[u8]) {
        lock(&self.stderr).extend_from_slice(bytes);
    }

    fn read_line(&self) -> Result<Vec<u8>, PlatformError> {
        let mut line = Vec::new();
        lock(&self.stdin)
            .read_until(b'\n', &mut line)
            .map_err(|e| io_error(&e))?;
        Ok(line)
    }

    fn read_file(&self, path: &str) -> Result<Vec<u8>, PlatformError> {
        fs_read(&self.real_path(path))
    }

    files::file_methods!(files, CapturePlatform::real_path);

    fn spawn(&self, f: Box<dyn FnOnce() + Send>) -> Result<u64, PlatformError> {
        spawn_thread(f)
    }

    fn thread_id(&self) -> u64 {
        thread_id_now()
    }

    fn wait(&self, word: &AtomicU32, expected: u32, timeout_ns: Option<u64>) {
        self.parking.wait(word, expected, timeout_ns)
    }

    fn wake(&self, word: &AtomicU32, n: u32) {
        self.parking.wake(word, n)
    }

    fn set_thread_meter(
        &self,
        meter: *const gilt_core::vm::limits::Meter,
    ) -> *const gilt_core::vm::limits::Meter {
        alloc_meter::set_thread_meter(meter)
    }
}

/// The outcome of [`run_file_captured`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Captured {
    /// Everything the script wrote to stdout.
    pub stdout: String,
    /// Everything written to stderr (tracebacks included).
    pub stderr: String,
    /// The process exit status CPython would have given.
    pub code: i32,
}

/// The directory part of a path, as `sys.path[0]` wants it (`""` for a
/// bare file name).
pub fn script_dir(path: &std::path::Path) -> String {
    match path.parent() {
        Some(p) => p.to_string_lossy().into_owned(),
        None => String::new(),
    }
}

/// Runs the script at `path` in a fresh interpreter on its own thread (with
/// a [`INTERP_STACK_SIZE`] stack), capturing its output. `display_name` is
/// the file name tracebacks show, `argv` is `sys.argv`, and imports look in
/// the script's directory first. A panic in the interpreter is reported as
/// exit code 101 with the panic message on stderr.
pub fn run_file_captured(
    path: &std::path::Path,
    display_name: &str,
    argv: &[String],
    stdin: &str,
) -> Captured {
    let path = path.to_path_buf();
    let display_name = display_name.to_string();
    let argv = argv.to_vec();
    let stdin = stdin.to_string();
    let out: Arc<Mutex<Vec<u8>>> = Arc::default();
    let err: Arc<Mutex<Vec<u8>>> = Arc::default();
    let (out2, err2) = (out.clone(), err.clone());
    let handle = std::thread::Builder::new()
        .stack_size(INTERP_STACK_SIZE)
        .spawn(move || {
            let mut platform = CapturePlatform::new(&stdin);
            platform.stdout = out2;
            platform.stderr = err2.clone();
            let source = match std::fs::read(&path) {
                Ok(s) => s,
                Err(e) => {
                    let pe = io_error(&e);
                    let msg = format!(
                        "gilt: can't open file '{}': [Errno {}] {}\n",
                        path.display(),
                        pe.errno,
                        pe.message
                    );
                    lock(&err2).extend_from_slice(msg.as_bytes());
                    return 2;
                }
            };
            // Imports look beside the script, under the directory the display
            // name shows (so module paths in tracebacks read like the script's).
            let real_dir = script_dir(&path);
            let shown_dir = script_dir(std::path::Path::new(&display_name));
            if shown_dir != real_dir {
                platform.map_dir(
                    &shown_dir,
                    if real_dir.is_empty() { "." } else { &real_dir },
                );
            }
            let config = Config {
                argv,
                ..Config::default()
            };
            let mut interp = Interpreter::new(Box::new(platform), config);
            interp.set_script_dir(&shown_dir);
            let result = interp.run_bytes(&source, &display_name);
            let code = match result {
                Ok(()) => 0,
                Err(e) => interp.exit_code_for(&e),
            };
            interp.shutdown();
            code
        });
    let code = match handle {
        Ok(h) => match h.join() {
            Ok(code) => code,
            Err(panic) => {
                let msg = if let Some(s) = panic.downcast_ref::<&str>() {
                    s.to_string()
                } else if let Some(s) = panic.downcast_ref::<String>() {
                    s.clone()
                } else {
                    "unknown panic".to_string()
                };
                lock(&err)
                    .extend_from_slice(format!("gilt: internal error (panic): {msg}\n").as_bytes());
                101
            }
        },
        Err(e) => {
            lock(&err).extend_from_slice(
                format!("gilt: cannot start the interpreter thread: {e}\n").as_bytes(),
            );
            1
        }
    };
    let stdout = String::from_utf8_lossy(&lock(&out)).into_owned();
    let stderr = String::from_utf8_lossy(&lock(&err)).into_owned();
    Captured {
        stdout,
        stderr,
        code,
    }
}

/// Reads all of a reader into a string (lossy UTF-8), for `gilt < file`.
pub fn read_all(mut r: impl Read) -> std::io::Result<Vec<u8>> {
    let mut v = Vec::new();
    r.read_to_end(&mut v)?;
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_error_strips_os_error_suffix() {
        let e = std::io::Error::from_raw_os_error(2);
        let pe = io_error(&e);
        assert_eq!(pe.errno, 2);
        assert_eq!(pe.message, "No such file or directory");
    }

    #[test]
    fn missing_file_reads_as_enoent() {
        let p = StdPlatform::new();
        let e = p.read_file("/definitely/not/here.py").unwrap_err();
        assert_eq!(e.errno, 2);
    }

    #[test]
    fn capture_platform_collects_output_and_serves_stdin_lines() {
        let p = CapturePlatform::new("one\ntwo");
        p.write_stdout(b"hi ");
        p.write_stdout(b"there");
        p.write_stderr(b"oops");
        assert_eq!(&*lock(&p.stdout), b"hi there");
        assert_eq!(&*lock(&p.stderr), b"oops");
        assert_eq!(p.read_line().unwrap(), b"one\n");
        assert_eq!(p.read_line().unwrap(), b"two");
        assert_eq!(p.read_line().unwrap(), b"");
    }

    #[test]
    fn monotonic_clock_never_goes_backwards() {
        let p = StdPlatform::new();
        let a = p.monotonic_ns();
        p.sleep_ns(1_000_000);
        let b = p.monotonic_ns();
        assert!(b >= a + 1_000_000);
        assert!(p.time_ns().is_some());
    }

    #[test]
    fn spawned_threads_get_distinct_ids() {
        let p = StdPlatform::new();
        let me = p.thread_id();
        let (tx, rx) = std::sync::mpsc::channel();
        let id = p
            .spawn(Box::new(move || {
                tx.send(thread_id_now()).unwrap();
            }))
            .unwrap();
        let seen = rx.recv().unwrap();
        assert_eq!(seen, id);
        assert_ne!(seen, me);
        assert_eq!(p.thread_id(), me);
    }

    #[test]
    fn wait_returns_when_word_differs() {
        let p = StdPlatform::new();
        let w = AtomicU32::new(1);
        p.wait(&w, 0, None);
        p.wait(&w, 1, Some(1000));
    }

    #[test]
    fn script_dir_of_bare_and_nested_paths() {
        assert_eq!(script_dir(std::path::Path::new("x.py")), "");
        assert_eq!(script_dir(std::path::Path::new("a/b/x.py")), "a/b");
    }

    #[test]
    fn captured_run_reports_syntax_errors_like_cpython() {
        let dir = std::env::temp_dir().join(format!("gilt-cap-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("bad.py");
        std::fs::write(&path, "x = 1\ndef f(x:\n").unwrap();
        let c = run_file_captured(&path, "bad.py", &["bad.py".to_string()], "");
        assert_eq!(c.code, 1);
        assert!(
            c.stderr
                .starts_with("  File \"bad.py\", line 2\n    def f(x:\n"),
            "{}",
            c.stderr
        );
        assert!(c.stderr.contains("SyntaxError: "));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn captured_run_of_missing_file_is_status_2() {
        let c = run_file_captured(std::path::Path::new("/no/such/x.py"), "x.py", &[], "");
        assert_eq!(c.code, 2);
        assert_eq!(
            c.stderr,
            "gilt: can't open file '/no/such/x.py': [Errno 2] No such file or directory\n"
        );
    }

    #[test]
    fn mapped_directories_redirect_reads() {
        let mut p = CapturePlatform::new("");
        p.map_dir("tests/py", "/real/dir");
        assert_eq!(p.real_path("tests/py/mod.py"), "/real/dir/mod.py");
        assert_eq!(p.real_path("tests/pyx/mod.py"), "tests/pyx/mod.py");
        assert_eq!(p.real_path("/abs/mod.py"), "/abs/mod.py");
        p.map_dir("", "/r");
        assert_eq!(p.real_path("m.py"), "/r/m.py");
        assert_eq!(p.real_path("/abs/m.py"), "/abs/m.py");
    }

    #[test]
    fn parked_waiter_is_woken_by_store_then_wake() {
        use gilt_core::sync::Ordering;
        let p = Arc::new(StdPlatform::new());
        let word = Arc::new(AtomicU32::new(0));
        let (p2, w2) = (p.clone(), word.clone());
        let start = Instant::now();
        let waiter = std::thread::spawn(move || {
            while w2.load(Ordering::Acquire) == 0 {
                p2.wait(&w2, 0, Some(10_000_000_000));
            }
        });
        std::thread::sleep(Duration::from_millis(20));
        word.store(1, Ordering::Release);
        p.wake(&word, u32::MAX);
        waiter.join().unwrap();
        // Woken promptly, not by the 50 ms park limit repeating forever.
        assert!(start.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn wait_times_out() {
        let p = StdPlatform::new();
        let w = AtomicU32::new(0);
        let t = Instant::now();
        p.wait(&w, 0, Some(2_000_000));
        assert!(t.elapsed() < Duration::from_secs(1));
    }
}
