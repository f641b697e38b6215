//! The platform trait: the core's only door to the outside world.
//!
//! A host (the std shim, a board crate, an embedding application) implements
//! [`Platform`]; everything has a default so a minimal board only needs a
//! console and a clock. Python sees a missing capability as an `OSError`.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::sync::{spin_loop, AtomicU32, Ordering};

/// An error from a platform call, surfaced to Python as `OSError` (or a subclass).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlatformError {
    /// The errno value (`ENOENT` = 2, `EACCES` = 13, `ENOSYS` = 38, ...).
    pub errno: i32,
    /// Human-readable text, as `strerror` gives it.
    pub message: String,
}

impl PlatformError {
    /// The capability does not exist on this platform (`ENOSYS`).
    pub fn unsupported() -> Self {
        PlatformError {
            errno: 38,
            message: String::from("Function not implemented"),
        }
    }
}

impl PlatformError {
    /// An errno value with its usual `strerror` text (Linux's).
    pub fn from_errno(errno: i32) -> Self {
        let message = match errno {
            1 => "Operation not permitted",
            2 => "No such file or directory",
            5 => "Input/output error",
            9 => "Bad file descriptor",
            13 => "Permission denied",
            17 => "File exists",
            20 => "Not a directory",
            21 => "Is a directory",
            22 => "Invalid argument",
            28 => "No space left on device",
            38 => "Function not implemented",
            39 => "Directory not empty",
            _ => "Unknown error",
        };
        PlatformError {
            errno,
            message: String::from(message),
        }
    }

    /// A handle that is not open (`EBADF`).
    pub fn bad_handle() -> Self {
        Self::from_errno(9)
    }
}

/// How [`Platform::file_open`] opens a file (the `os.open` flags `open()` uses).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenFlags {
    /// Open for reading.
    pub read: bool,
    /// Open for writing.
    pub write: bool,
    /// Every write goes to the end of the file.
    pub append: bool,
    /// Create the file if it does not exist.
    pub create: bool,
    /// Fail with `EEXIST` if the file exists (with `create`).
    pub exclusive: bool,
    /// Truncate the file to zero length.
    pub truncate: bool,
}

/// What [`Platform::stat`] reports (the fields of `os.stat_result`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileStat {
    /// File type and permission bits, as `st_mode` (`0o040000` directory, `0o100000` file).
    pub mode: u32,
    /// Size in bytes.
    pub size: u64,
    /// Inode number (0 if unknown).
    pub ino: u64,
    /// Device (0 if unknown).
    pub dev: u64,
    /// Number of hard links (1 if unknown).
    pub nlink: u64,
    /// Owner user id.
    pub uid: u32,
    /// Owner group id.
    pub gid: u32,
    /// Last access time, nanoseconds since the Unix epoch.
    pub atime_ns: i64,
    /// Last modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: i64,
    /// Last status change time, nanoseconds since the Unix epoch.
    pub ctime_ns: i64,
}

/// What a host provides to an interpreter.
pub trait Platform: Send + Sync {
    /// Nanoseconds from an arbitrary fixed point; never goes backwards.
    fn monotonic_ns(&self) -> u64;

    /// Wall-clock nanoseconds since the Unix epoch, if the platform has a clock.
    fn time_ns(&self) -> Option<u64> {
        None
    }

    /// Blocks the calling thread for about `ns` nanoseconds. The caller has
    /// released the GIL. The default spins on the monotonic clock.
    fn sleep_ns(&self, ns: u64) {
        let end = self.monotonic_ns().saturating_add(ns);
        while self.monotonic_ns() < end {
            spin_loop();
        }
    }

    /// CPU time used by the calling thread, in nanoseconds
    /// (`time.thread_time`), if the platform can tell; `time` falls back on
    /// the monotonic clock.
    fn thread_time_ns(&self) -> Option<u64> {
        None
    }

    /// CPU time used by the whole process, in nanoseconds
    /// (`time.process_time`), if the platform can tell; `time` falls back
    /// on the monotonic clock.
    fn process_time_ns(&self) -> Option<u64> {
        None
    }

    /// Writes bytes to standard output.
    fn write_stdout(&self, bytes: &[u8]);

    /// Whether writing `bytes` to standard output (`stderr == false`) or
    /// error may block the calling thread, e.g. because it flushes a buffer
    /// to a pipe or a slow UART. The interpreter then releases the GIL
    /// around the write (and the console's `flush` and reads always), so
    /// other Python threads run meanwhile. A platform whose console writes
    /// only append to memory says `false` and saves the GIL round trip.
    fn console_write_blocks(&self, _stderr: bool, _bytes: &[u8]) -> bool {
        true
    }

    /// Whether [`Platform::flush`] may block now (it has buffered output
    /// to write out); the interpreter then releases the GIL around it.
    fn console_flush_blocks(&self) -> bool {
        true
    }

    /// Writes bytes to standard error (defaults to standard output).
    fn write_stderr(&self, bytes: &[u8]) {
        self.write_stdout(bytes)
    }

    /// Flushes standard output and error.
    fn flush(&self) {}

    /// Reads one line from standard input, including its `\n`; an empty
    /// vector means end of input.
    fn read_line(&self) -> Result<Vec<u8>, PlatformError> {
        Ok(Vec::new())
    }

    /// Reads a whole file.
    fn read_file(&self, _path: &str) -> Result<Vec<u8>, PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// Opens a file and returns the host's handle for it (`open()`, `io.FileIO`).
    fn file_open(&self, _path: &str, _flags: OpenFlags) -> Result<u64, PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// Reads up to `max` bytes from an open file; an empty vector means end of file.
    fn file_read(&self, _handle: u64, _max: usize) -> Result<Vec<u8>, PlatformError> {
        Err(PlatformError::bad_handle())
    }

    /// Writes bytes to an open file and returns how many were written.
    fn file_write(&self, _handle: u64, _bytes: &[u8]) -> Result<usize, PlatformError> {
        Err(PlatformError::bad_handle())
    }

    /// Moves an open file's position (`whence`: 0 start, 1 current, 2 end)
    /// and returns the new position.
    fn file_seek(&self, _handle: u64, _offset: i64, _whence: u8) -> Result<u64, PlatformError> {
        Err(PlatformError::bad_handle())
    }

    /// Closes an open file (its handle is then invalid).
    fn file_close(&self, _handle: u64) -> Result<(), PlatformError> {
        Err(PlatformError::bad_handle())
    }

    /// Metadata of a path (following symbolic links).
    fn stat(&self, _path: &str) -> Result<FileStat, PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// The names in a directory (without `.` and `..`), in the host's order.
    fn list_dir(&self, _path: &str) -> Result<Vec<String>, PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// Removes a file.
    fn remove_file(&self, _path: &str) -> Result<(), PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// Creates a directory (its parent must exist).
    fn make_dir(&self, _path: &str) -> Result<(), PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// Removes an empty directory.
    fn remove_dir(&self, _path: &str) -> Result<(), PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// Renames a file or directory (replacing a file at `to`).
    fn rename(&self, _from: &str, _to: &str) -> Result<(), PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// The current working directory.
    fn current_dir(&self) -> Result<String, PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// The process environment as `(name, value)` pairs (`os.environ`).
    fn env_vars(&self) -> Result<Vec<(String, String)>, PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// The process id (`os.getpid`), if the platform has processes.
    fn process_id(&self) -> Option<u64> {
        None
    }

    /// Starts `f` on a new host thread (or core) and returns its native id.
    fn spawn(&self, _f: Box<dyn FnOnce() + Send>) -> Result<u64, PlatformError> {
        Err(PlatformError::unsupported())
    }

    /// The calling thread's native id.
    fn thread_id(&self) -> u64 {
        0
    }

    /// Waits while `word` holds `expected`, until woken, a spurious wake-up, or
    /// `timeout_ns` elapses. The default spins once and returns.
    fn wait(&self, word: &AtomicU32, expected: u32, _timeout_ns: Option<u64>) {
        if word.load(Ordering::Acquire) == expected {
            spin_loop();
        }
    }

    /// Wakes up to `n` threads waiting on `word`.
    fn wake(&self, _word: &AtomicU32, _n: u32) {}

    /// Runs `f` with every other thread and core excluded from the lock
    /// words: the raw lock hook for targets without compare-and-swap.
    ///
    /// Only called on targets lacking 32-bit CAS (`not(target_has_atomic =
    /// "32")`, e.g. Cortex-M0+), where the GIL and `sync::lock` build their
    /// read-modify-write operations out of a load and a store inside this
    /// section. A multicore board implements it with a hardware spinlock (and
    /// interrupts masked); the default just runs `f`, which is sound only on
    /// a single core without preemptive interrupts touching the lock words.
    fn atomic_section(&self, f: &mut dyn FnMut()) {
        f()
    }

    /// Binds an interpreter's memory meter to the calling host thread and
    /// returns the previous binding (null: none). A host whose allocator
    /// counts live bytes (the std shim's `CountingAlloc`) charges every
    /// allocation and free made on this thread to the bound meter, which is
    /// how `Limits::max_memory_bytes` sees the whole heap. The core binds
    /// while a thread holds the interpreter's GIL and restores the previous
    /// binding before the meter can go away. The default does nothing (then
    /// only the checks made before large allocations apply).
    fn set_thread_meter(
        &self,
        _meter: *const crate::vm::limits::Meter,
    ) -> *const crate::vm::limits::Meter {
        core::ptr::null()
    }
}
