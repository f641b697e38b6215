//! Read-modify-write operations on lock words, with a fallback for targets
//! without compare-and-swap.
//!
//! On every target with 32-bit CAS (`target_has_atomic = "32"`: x86, ARMv7+,
//! RISC-V with the A extension, and loom) these are the plain atomic
//! operations. On targets with only atomic loads and stores (Cortex-M0+ such as
//! the RP2040, RISC-V without A) they become a load and a store inside
//! [`Platform::atomic_section`], which the board implements with a hardware
//! spinlock or by masking interrupts; SeqCst fences around the section give
//! the orderings the callers ask for (and more).

use super::{AtomicBool, AtomicU32, Ordering};
use crate::platform::Platform;

#[cfg(not(target_has_atomic = "32"))]
use super::fence;

/// `a.fetch_add(v, ord)`, returning the previous value (wrapping).
#[inline]
pub(crate) fn fetch_add(_p: &dyn Platform, a: &AtomicU32, v: u32, ord: Ordering) -> u32 {
    #[cfg(target_has_atomic = "32")]
    {
        a.fetch_add(v, ord)
    }
    #[cfg(not(target_has_atomic = "32"))]
    {
        let _ = ord;
        let mut old = 0;
        section(_p, &mut || {
            old = a.load(Ordering::Relaxed);
            a.store(old.wrapping_add(v), Ordering::Relaxed);
        });
        old
    }
}

/// `a.swap(v, ord)`, returning the previous value.
#[inline]
pub(crate) fn swap(_p: &dyn Platform, a: &AtomicU32, v: u32, ord: Ordering) -> u32 {
    #[cfg(target_has_atomic = "32")]
    {
        a.swap(v, ord)
    }
    #[cfg(not(target_has_atomic = "32"))]
    {
        let _ = ord;
        let mut old = 0;
        section(_p, &mut || {
            old = a.load(Ordering::Relaxed);
            a.store(v, Ordering::Relaxed);
        });
        old
    }
}

/// `a.compare_exchange(current, new, success, failure)`.
#[inline]
pub(crate) fn compare_exchange(
    _p: &dyn Platform,
    a: &AtomicU32,
    current: u32,
    new: u32,
    success: Ordering,
    failure: Ordering,
) -> Result<u32, u32> {
    #[cfg(target_has_atomic = "32")]
    {
        a.compare_exchange(current, new, success, failure)
    }
    #[cfg(not(target_has_atomic = "32"))]
    {
        let _ = (success, failure);
        let mut r = Ok(current);
        section(_p, &mut || {
            let old = a.load(Ordering::Relaxed);
            r = if old == current {
                a.store(new, Ordering::Relaxed);
                Ok(old)
            } else {
                Err(old)
            };
        });
        r
    }
}

/// `a.swap(v, ord)` on a flag.
#[inline]
pub(crate) fn swap_bool(_p: &dyn Platform, a: &AtomicBool, v: bool, ord: Ordering) -> bool {
    #[cfg(target_has_atomic = "8")]
    {
        a.swap(v, ord)
    }
    #[cfg(not(target_has_atomic = "8"))]
    {
        let _ = ord;
        let mut old = false;
        section(_p, &mut || {
            old = a.load(Ordering::Relaxed);
            a.store(v, Ordering::Relaxed);
        });
        old
    }
}

#[cfg(not(target_has_atomic = "32"))]
fn section(p: &dyn Platform, f: &mut dyn FnMut()) {
    fence(Ordering::SeqCst);
    p.atomic_section(f);
    fence(Ordering::SeqCst);
}
