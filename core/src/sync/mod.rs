//! The sync facade: every atomic, `UnsafeCell` and spin hint in the core comes
//! from here, so that `cfg(all(test, loom))` can swap in loom's model-checked
//! versions. No other module names `core::sync::atomic` or
//! `core::cell::UnsafeCell` directly.

#[cfg(not(all(test, loom)))]
mod imp {
    pub use core::hint::spin_loop;
    // 32-bit targets (thumbv7em, riscv32imac) have no 64-bit atomics.
    #[cfg(target_has_atomic = "64")]
    pub use core::sync::atomic::AtomicU64;
    pub use core::sync::atomic::{fence, AtomicBool, AtomicU32, AtomicUsize, Ordering};

    /// An `UnsafeCell` with loom's closure-based access API.
    #[derive(Debug)]
    pub struct UnsafeCell<T>(core::cell::UnsafeCell<T>);

    impl<T> UnsafeCell<T> {
        /// Wraps a value.
        pub const fn new(v: T) -> Self {
            UnsafeCell(core::cell::UnsafeCell::new(v))
        }
        /// Reads through a shared pointer.
        #[inline(always)]
        pub fn with<R>(&self, f: impl FnOnce(*const T) -> R) -> R {
            f(self.0.get())
        }
        /// Writes through a mutable pointer.
        #[inline(always)]
        pub fn with_mut<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
            f(self.0.get())
        }
        /// Consumes the cell.
        pub fn into_inner(self) -> T {
            self.0.into_inner()
        }
    }
}

#[cfg(all(test, loom))]
mod imp {
    pub use loom::cell::UnsafeCell;
    pub use loom::hint::spin_loop;
    pub use loom::sync::atomic::{fence, AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
}

pub use imp::*;

mod gil;
pub mod live_count;
mod lock;
mod mutants;
pub(crate) mod rmw;

pub use gil::{Gil, ThreadToken, DEFAULT_SWITCH_INTERVAL_NS};
pub use lock::{Completion, Condvar, Event, LockError, RLock, RawLock};

#[cfg(test)]
mod test_platform;

#[cfg(all(test, not(loom)))]
mod tests;

#[cfg(all(test, loom))]
mod loom_channel;
#[cfg(all(test, loom))]
mod loom_handles;
#[cfg(all(test, loom))]
mod loom_tests;
