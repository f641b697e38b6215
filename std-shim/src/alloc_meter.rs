//! [`CountingAlloc`]: a global allocator that charges every allocation and
//! free to the memory meter of the interpreter the calling thread runs, so
//! that `Limits::max_memory_bytes` sees the interpreter's whole heap.
//!
//! The core binds a meter to a host thread while that thread holds the
//! interpreter's GIL (through `Platform::set_thread_meter`, which
//! [`StdPlatform`](crate::StdPlatform) and the other shim platforms forward
//! to [`set_thread_meter`]); threads with no meter bound pay one
//! thread-local load per allocation. Install it in a binary with
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOC: gilt_std::CountingAlloc = gilt_std::CountingAlloc;
//! ```
//!
//! Without it, memory limits only see the checks the core makes before
//! large allocations.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use gilt_core::vm::limits::Meter;

thread_local! {
    /// The meter bound to this thread (null: none).
    static METER: Cell<*const Meter> = const { Cell::new(std::ptr::null()) };
}

/// Binds `meter` to the calling thread and returns the previous binding
/// (the body of `Platform::set_thread_meter` for the shim's platforms).
pub fn set_thread_meter(meter: *const Meter) -> *const Meter {
    METER
        .try_with(|m| m.replace(meter))
        .unwrap_or(std::ptr::null())
}

#[inline]
fn with_meter(f: impl FnOnce(&Meter)) {
    let m = METER.try_with(|m| m.get()).unwrap_or(std::ptr::null());
    if !m.is_null() {
        // SAFETY: the core keeps the meter alive while it is bound (it
        // unbinds before the interpreter can be dropped).
        f(unsafe { &*m })
    }
}

/// The system allocator, counting live bytes per interpreter.
pub struct CountingAlloc;

// SAFETY: every call is forwarded to `System` unchanged; the counting only
// touches a thread-local cell (no allocation) and the meter's atomics.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            with_meter(|m| m.charge(layout.size()));
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            with_meter(|m| m.charge(layout.size()));
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        with_meter(|m| m.credit(layout.size()));
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            with_meter(|m| {
                if new_size >= layout.size() {
                    m.charge(new_size - layout.size());
                } else {
                    m.credit(layout.size() - new_size);
                }
            });
        }
        p
    }
}
