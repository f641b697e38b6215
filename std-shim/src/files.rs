//! [`Files`]: the host file system and environment behind the platform's
//! file operations (`open()`, the `os` module), through `std::fs` and
//! `std::env`. Open files live in a table keyed by small handles, owned by
//! the platform (so each interpreter's files are its own).

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::Mutex;

use gilt_core::platform::{FileStat, OpenFlags, PlatformError};

use crate::{io_error, lock};

/// The open files of one platform, and the file system calls.
#[derive(Default)]
pub struct Files {
    open: Mutex<HashMap<u64, File>>,
    next: Mutex<u64>,
}

impl Files {
    /// Opens `path`; a directory is `EISDIR` as CPython's `FileIO` reports it.
    pub fn open(&self, path: &str, f: OpenFlags) -> Result<u64, PlatformError> {
        let mut o = OpenOptions::new();
        o.read(f.read)
            .write(f.write && !f.append)
            .append(f.append)
            .truncate(f.truncate);
        if f.exclusive {
            o.create_new(true);
        } else {
            o.create(f.create);
        }
        let file = o.open(path).map_err(|e| io_error(&e))?;
        if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(PlatformError::from_errno(21));
        }
        let id = {
            let mut n = lock(&self.next);
            *n += 1;
            *n + 2 // 3 and up, like the first free file descriptors
        };
        lock(&self.open).insert(id, file);
        Ok(id)
    }

    fn with<T>(
        &self,
        h: u64,
        f: impl FnOnce(&mut File) -> std::io::Result<T>,
    ) -> Result<T, PlatformError> {
        let mut open = lock(&self.open);
        let file = open.get_mut(&h).ok_or_else(PlatformError::bad_handle)?;
        f(file).map_err(|e| io_error(&e))
    }

    /// Reads up to `max` bytes.
    pub fn read(&self, h: u64, max: usize) -> Result<Vec<u8>, PlatformError> {
        self.with(h, |f| {
            let mut buf = vec![0; max.min(1 << 20)];
            let n = f.read(&mut buf)?;
            buf.truncate(n);
            Ok(buf)
        })
    }

    /// Writes all of `bytes`.
    pub fn write(&self, h: u64, bytes: &[u8]) -> Result<usize, PlatformError> {
        self.with(h, |f| f.write_all(bytes).map(|()| bytes.len()))
    }

    /// Seeks and returns the new position.
    pub fn seek(&self, h: u64, offset: i64, whence: u8) -> Result<u64, PlatformError> {
        let pos = match whence {
            0 => match u64::try_from(offset) {
                Ok(o) => SeekFrom::Start(o),
                Err(_) => return Err(PlatformError::from_errno(22)),
            },
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err(PlatformError::from_errno(22)),
        };
        self.with(h, |f| f.seek(pos))
    }

    /// Closes the handle.
    pub fn close(&self, h: u64) -> Result<(), PlatformError> {
        match lock(&self.open).remove(&h) {
            Some(_) => Ok(()),
            None => Err(PlatformError::bad_handle()),
        }
    }
}

#[cfg(not(unix))]
fn nanos(t: std::io::Result<std::time::SystemTime>) -> i64 {
    match t {
        Ok(t) => match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_nanos()).unwrap_or(i64::MAX),
            Err(e) => -i64::try_from(e.duration().as_nanos()).unwrap_or(i64::MAX),
        },
        Err(_) => 0,
    }
}

/// `stat(path)`.
pub fn stat(path: &str) -> Result<FileStat, PlatformError> {
    let m = std::fs::metadata(path).map_err(|e| io_error(&e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Ok(FileStat {
            mode: m.mode(),
            size: m.size(),
            ino: m.ino(),
            dev: m.dev(),
            nlink: m.nlink(),
            uid: m.uid(),
            gid: m.gid(),
            atime_ns: m.atime() * 1_000_000_000 + m.atime_nsec(),
            mtime_ns: m.mtime() * 1_000_000_000 + m.mtime_nsec(),
            ctime_ns: m.ctime() * 1_000_000_000 + m.ctime_nsec(),
        })
    }
    #[cfg(not(unix))]
    {
        let kind = if m.is_dir() { 0o040_000 } else { 0o100_000 };
        let perm = if m.permissions().readonly() {
            0o444
        } else {
            0o666
        };
        Ok(FileStat {
            mode: kind | perm,
            size: m.len(),
            nlink: 1,
            atime_ns: nanos(m.accessed()),
            mtime_ns: nanos(m.modified()),
            ctime_ns: nanos(m.modified()),
            ..FileStat::default()
        })
    }
}

/// The entry names of a directory.
pub fn list_dir(path: &str) -> Result<Vec<String>, PlatformError> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|e| io_error(&e))? {
        let entry = entry.map_err(|e| io_error(&e))?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    Ok(names)
}

/// `unlink(path)`.
pub fn remove_file(path: &str) -> Result<(), PlatformError> {
    std::fs::remove_file(path).map_err(|e| io_error(&e))
}

/// `mkdir(path)`.
pub fn make_dir(path: &str) -> Result<(), PlatformError> {
    std::fs::create_dir(path).map_err(|e| io_error(&e))
}

/// `rmdir(path)`.
pub fn remove_dir(path: &str) -> Result<(), PlatformError> {
    std::fs::remove_dir(path).map_err(|e| io_error(&e))
}

/// `rename(from, to)`.
pub fn rename(from: &str, to: &str) -> Result<(), PlatformError> {
    std::fs::rename(from, to).map_err(|e| io_error(&e))
}

/// The current directory.
pub fn current_dir() -> Result<String, PlatformError> {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| io_error(&e))
}

/// The environment (entries that are not valid UTF-8 are converted lossily).
pub fn env_vars() -> Result<Vec<(String, String)>, PlatformError> {
    Ok(std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        })
        .collect())
}

/// Forwards the platform's file and environment calls to a [`Files`]
/// table (`$files`) and the functions above, mapping each path through
/// `$map` (a `fn(&Self, &str) -> String`).
macro_rules! file_methods {
    ($files:ident, $map:expr) => {
        fn file_open(
            &self,
            path: &str,
            flags: gilt_core::platform::OpenFlags,
        ) -> Result<u64, PlatformError> {
            self.$files.open(&$map(self, path), flags)
        }
        fn file_read(&self, handle: u64, max: usize) -> Result<Vec<u8>, PlatformError> {
            self.$files.read(handle, max)
        }
        fn file_write(&self, handle: u64, bytes: &[u8]) -> Result<usize, PlatformError> {
            self.$files.write(handle, bytes)
        }
        fn file_seek(&self, handle: u64, offset: i64, whence: u8) -> Result<u64, PlatformError> {
            self.$files.seek(handle, offset, whence)
        }
        fn file_close(&self, handle: u64) -> Result<(), PlatformError> {
            self.$files.close(handle)
        }
        fn stat(&self, path: &str) -> Result<gilt_core::platform::FileStat, PlatformError> {
            files::stat(&$map(self, path))
        }
        fn list_dir(&self, path: &str) -> Result<Vec<String>, PlatformError> {
            files::list_dir(&$map(self, path))
        }
        fn remove_file(&self, path: &str) -> Result<(), PlatformError> {
            files::remove_file(&$map(self, path))
        }
        fn make_dir(&self, path: &str) -> Result<(), PlatformError> {
            files::make_dir(&$map(self, path))
        }
        fn remove_dir(&self, path: &str) -> Result<(), PlatformError> {
            files::remove_dir(&$map(self, path))
        }
        fn rename(&self, from: &str, to: &str) -> Result<(), PlatformError> {
            files::rename(&$map(self, from), &$map(self, to))
        }
        fn current_dir(&self) -> Result<String, PlatformError> {
            files::current_dir()
        }
        fn env_vars(&self) -> Result<Vec<(String, String)>, PlatformError> {
            files::env_vars()
        }
        fn process_id(&self) -> Option<u64> {
            Some(u64::from(std::process::id()))
        }
    };
}
pub(crate) use file_methods;
