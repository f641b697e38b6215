//! A process-wide count of live heap objects, for leak tests: on with the
//! `live-objects` feature (an atomic add per allocation and free, on
//! targets with pointer-sized atomics), a no-op otherwise. It is the one
//! piece of global state in the core, a test instrument only: with several
//! interpreters alive it counts them all.

#[cfg(all(feature = "live-objects", target_has_atomic = "ptr", not(loom)))]
mod imp {
    use core::sync::atomic::{AtomicIsize, Ordering};

    static LIVE: AtomicIsize = AtomicIsize::new(0);

    #[inline(always)]
    pub fn add(n: isize) {
        LIVE.fetch_add(n, Ordering::Relaxed);
    }

    pub fn count() -> isize {
        LIVE.load(Ordering::Relaxed)
    }
}

#[cfg(not(all(feature = "live-objects", target_has_atomic = "ptr", not(loom))))]
mod imp {
    #[inline(always)]
    pub fn add(_n: isize) {}

    pub fn count() -> isize {
        0
    }
}

/// Counts an allocation.
#[inline(always)]
pub fn born() {
    imp::add(1)
}

/// Counts a free.
#[inline(always)]
pub fn died() {
    imp::add(-1)
}

/// Heap objects alive in the process (always 0 without the feature).
pub fn count() -> isize {
    imp::count()
}
