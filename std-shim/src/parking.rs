//! `Platform::wait`/`wake` on std: park a thread while a 32-bit word holds
//! a value.
//!
//! On Linux this is the futex itself (`FUTEX_WAIT`/`FUTEX_WAKE`, private to
//! the process): a waiter sleeps in the kernel on the word's address and a
//! wake reaches exactly the threads parked on that word. Elsewhere it is
//! emulated with condition variables in buckets hashed by address.

use std::time::Duration;

use gilt_core::sync::{AtomicU32, Ordering};

/// The longest single park: waiters re-check their condition at least this
/// often even without a wake-up (a safety net; the core's waits loop).
const MAX_PARK: Duration = Duration::from_millis(50);

/// How long a waiter keeps re-reading the word before it parks. Waking a
/// parked thread costs tens of microseconds (more in a VM, where the idle
/// CPU must be woken too), while the hand-offs between Python threads (a
/// lock released, the GIL passed on) often come within a few: polling that
/// long first turns most of them into a plain memory read. Between rounds
/// of polling the waiter yields its CPU, so a thread that would change the
/// word and shares the waiter's CPU gets to run instead of being starved
/// by the spin.
const SPIN: Duration = Duration::from_micros(20);

/// Parks threads on words (see the module docs).
pub struct Parking {
    #[cfg(not(target_os = "linux"))]
    buckets: Vec<(std::sync::Mutex<u64>, std::sync::Condvar)>,
}

#[cfg(not(target_os = "linux"))]
const PARKING_BUCKETS: usize = 64;

// Derivable on Linux only (no buckets there).
#[allow(clippy::derivable_impls)]
impl Default for Parking {
    fn default() -> Self {
        Parking {
            #[cfg(not(target_os = "linux"))]
            buckets: (0..PARKING_BUCKETS)
                .map(|_| (std::sync::Mutex::new(0), std::sync::Condvar::new()))
                .collect(),
        }
    }
}

fn park_limit(timeout_ns: Option<u64>) -> Duration {
    timeout_ns
        .map(Duration::from_nanos)
        .unwrap_or(MAX_PARK)
        .min(MAX_PARK)
}

impl Parking {
    /// Waits while `word == expected`, until woken, a spurious wake-up, or
    /// the timeout; spins briefly first.
    pub fn wait(&self, word: &AtomicU32, expected: u32, timeout_ns: Option<u64>) {
        let start = std::time::Instant::now();
        loop {
            for _ in 0..32 {
                if word.load(Ordering::Acquire) != expected {
                    return;
                }
                std::hint::spin_loop();
            }
            if start.elapsed() >= SPIN {
                break;
            }
            std::thread::yield_now();
        }
        self.park(word, expected, park_limit(timeout_ns));
    }

    /// Wakes up to `n` threads parked on `word`.
    pub fn wake(&self, word: &AtomicU32, n: u32) {
        self.unpark(word, n);
    }

    #[cfg(target_os = "linux")]
    fn park(&self, word: &AtomicU32, expected: u32, limit: Duration) {
        let ts = libc::timespec {
            tv_sec: limit.as_secs() as libc::time_t,
            tv_nsec: limit.subsec_nanos() as libc::c_long,
        };
        // SAFETY: FUTEX_WAIT reads the aligned 32-bit word at `word`'s
        // address (an `AtomicU32` has `u32`'s layout), which stays valid for
        // the call because we borrow it; `ts` outlives the call. The kernel
        // compares the word with `expected` atomically with going to sleep,
        // so a wake after a store to the word is never lost. Errors (EAGAIN:
        // the word changed; EINTR; ETIMEDOUT) all mean "re-check".
        unsafe {
            libc::syscall(
                libc::SYS_futex,
                word.as_ptr(),
                libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG,
                expected,
                &ts as *const libc::timespec,
            );
        }
    }

    #[cfg(target_os = "linux")]
    fn unpark(&self, word: &AtomicU32, n: u32) {
        let n = n.min(i32::MAX as u32) as libc::c_int;
        // SAFETY: FUTEX_WAKE only uses the word's address as a key (valid:
        // borrowed for the call); it touches no memory.
        unsafe {
            libc::syscall(
                libc::SYS_futex,
                word.as_ptr(),
                libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG,
                n,
            );
        }
    }

    #[cfg(not(target_os = "linux"))]
    fn bucket(&self, word: &AtomicU32) -> &(std::sync::Mutex<u64>, std::sync::Condvar) {
        let addr = word as *const AtomicU32 as usize;
        &self.buckets[(addr >> 2) % self.buckets.len()]
    }

    // The word is re-checked under the bucket's mutex and wakers take that
    // mutex, so a wake-up that follows a store to the word is never lost.
    #[cfg(not(target_os = "linux"))]
    fn park(&self, word: &AtomicU32, expected: u32, limit: Duration) {
        let (m, cv) = self.bucket(word);
        let guard = m.lock().unwrap_or_else(|e| e.into_inner());
        if word.load(Ordering::Acquire) != expected {
            return;
        }
        let _ = cv.wait_timeout(guard, limit);
    }

    // Wakes every thread of the bucket: it may be shared, and waiters
    // re-check their own condition.
    #[cfg(not(target_os = "linux"))]
    fn unpark(&self, word: &AtomicU32, _n: u32) {
        let (m, cv) = self.bucket(word);
        let mut generation = m.lock().unwrap_or_else(|e| e.into_inner());
        *generation = generation.wrapping_add(1);
        drop(generation);
        cv.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn a_wake_after_a_store_releases_the_waiter() {
        let p = Arc::new(Parking::default());
        let w = Arc::new(AtomicU32::new(0));
        let (p2, w2) = (p.clone(), w.clone());
        let h = std::thread::spawn(move || {
            while w2.load(Ordering::Acquire) == 0 {
                p2.wait(&w2, 0, None);
            }
        });
        std::thread::sleep(Duration::from_millis(5));
        w.store(1, Ordering::Release);
        p.wake(&w, 1);
        h.join().unwrap();
    }

    #[test]
    fn a_timed_wait_returns_after_its_timeout() {
        let p = Parking::default();
        let w = AtomicU32::new(7);
        let t0 = std::time::Instant::now();
        p.wait(&w, 7, Some(2_000_000));
        assert!(t0.elapsed() >= Duration::from_millis(1));
        // A word that does not hold the expected value: no wait at all.
        p.wait(&w, 8, None);
    }
}
