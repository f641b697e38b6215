//! A [`Platform`] for the sync tests: a real futex model over a mutex and a
//! condition variable (std's in ordinary tests, loom's under loom).
//!
//! `wait` checks the word under the mutex and sleeps on the condvar; `wake`
//! takes the mutex and notifies every sleeper. So a skipped wake-up really
//! leaves a waiter asleep (loom reports the deadlock), and a wake-up racing
//! with a waiter about to sleep is never lost (the mutex orders them).
//!
//! Timed waits under loom: loom has no time, so the model's clock advances
//! by `tick_ns` on each `monotonic_ns` call, and `timeouts_fire` chooses how
//! a timed wait behaves: `true` models an expiring timeout (advance the clock
//! past it and return after a yield), `false` a timeout too long to matter
//! (sleep until woken, like an untimed wait).

extern crate std;

use std::sync::atomic::AtomicU64 as StdAtomicU64;
#[cfg(loom)]
use std::sync::atomic::Ordering as StdOrdering;

#[cfg(loom)]
use loom::sync::{Condvar, Mutex};
#[cfg(not(loom))]
use std::sync::{Condvar, Mutex};

use super::{AtomicU32, Ordering};
use crate::platform::Platform;

pub(crate) struct TestPlatform {
    lock: Mutex<()>,
    cv: Condvar,
    /// Loom's fake clock (not a loom atomic: it is not part of the model).
    clock: StdAtomicU64,
    tick_ns: u64,
    timeouts_fire: bool,
    #[cfg(not(loom))]
    start: std::time::Instant,
}

impl TestPlatform {
    /// Timed waits sleep until woken (no timeouts expire).
    pub(crate) fn new() -> Self {
        Self::with(false, 1_000)
    }

    /// Timed waits expire at once and the clock advances `tick_ns` per read.
    #[cfg_attr(not(loom), allow(dead_code))]
    pub(crate) fn expiring(tick_ns: u64) -> Self {
        Self::with(true, tick_ns)
    }

    fn with(timeouts_fire: bool, tick_ns: u64) -> Self {
        TestPlatform {
            lock: Mutex::new(()),
            cv: Condvar::new(),
            clock: StdAtomicU64::new(0),
            tick_ns,
            timeouts_fire,
            #[cfg(not(loom))]
            start: std::time::Instant::now(),
        }
    }
}

impl Platform for TestPlatform {
    fn monotonic_ns(&self) -> u64 {
        #[cfg(not(loom))]
        {
            let _ = (&self.clock, self.tick_ns);
            self.start.elapsed().as_nanos() as u64
        }
        #[cfg(loom)]
        {
            self.clock.fetch_add(self.tick_ns, StdOrdering::Relaxed) + self.tick_ns
        }
    }

    fn write_stdout(&self, _bytes: &[u8]) {}

    fn wait(&self, word: &AtomicU32, expected: u32, timeout_ns: Option<u64>) {
        #[cfg(loom)]
        if let Some(t) = timeout_ns {
            if self.timeouts_fire {
                self.clock.fetch_add(t, StdOrdering::Relaxed);
                loom::thread::yield_now();
                return;
            }
        }
        let _ = self.timeouts_fire;
        let guard = self.lock.lock().unwrap();
        // Relaxed: the mutex orders this check against `wake`.
        if word.load(Ordering::Relaxed) != expected {
            return;
        }
        #[cfg(not(loom))]
        if let Some(t) = timeout_ns {
            let _ = self
                .cv
                .wait_timeout(guard, std::time::Duration::from_nanos(t))
                .unwrap();
            return;
        }
        let _ = timeout_ns;
        drop(self.cv.wait(guard).unwrap());
    }

    fn wake(&self, _word: &AtomicU32, _n: u32) {
        let _guard = self.lock.lock().unwrap();
        self.cv.notify_all();
    }
}
