//! A small spin lock on the sync facade, for state that threads touch
//! without holding any GIL (the handle queue, channels). Critical sections
//! are a few instructions (a `Vec` push or take), so spinning is cheaper
//! than parking; loom sees every access (`scripts/loom.sh api::`).

use crate::sync::{spin_loop, AtomicBool, Ordering, UnsafeCell};

/// A value guarded by a spin lock.
pub(crate) struct SpinLock<T> {
    locked: AtomicBool,
    data: UnsafeCell<T>,
}

// SAFETY: the data is only reached through `with`, which holds the lock, so
// at most one thread touches it at a time; `T: Send` lets it move between
// the threads that take turns.
unsafe impl<T: Send> Sync for SpinLock<T> {}
// SAFETY: as above.
unsafe impl<T: Send> Send for SpinLock<T> {}

/// Releases the lock when dropped (also if the critical section unwinds).
struct Unlock<'a>(&'a AtomicBool);

impl Drop for Unlock<'_> {
    fn drop(&mut self) {
        // Release: publishes the critical section's writes to the next
        // thread whose Acquire exchange takes the lock.
        self.0.store(false, Ordering::Release);
    }
}

impl<T> SpinLock<T> {
    /// An unlocked lock around `v`.
    pub(crate) fn new(v: T) -> Self {
        SpinLock {
            locked: AtomicBool::new(false),
            data: UnsafeCell::new(v),
        }
    }

    /// Runs `f` with the lock held.
    pub(crate) fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // Acquire: pairs with the Release store in `Unlock::drop`, so the
        // previous holder's writes are visible.
        while self
            .locked
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            // Relaxed: only a hint to stop spinning; the exchange decides.
            while self.locked.load(Ordering::Relaxed) {
                spin_loop();
            }
        }
        let _unlock = Unlock(&self.locked);
        // SAFETY: the lock is held, so this is the only access to the data
        // until `_unlock` drops (after `f` returns).
        self.data.with_mut(|p| f(unsafe { &mut *p }))
    }
}
