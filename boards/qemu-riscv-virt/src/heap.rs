//! The global allocator: `linked_list_allocator::Heap` over the linker
//! script's fixed `.heap` region, behind a spin lock (every hart allocates).

use core::alloc::{GlobalAlloc, Layout};
use core::ptr::NonNull;

use linked_list_allocator::Heap;

struct LockedHeap(spin::Mutex<Heap>);

#[global_allocator]
static ALLOCATOR: LockedHeap = LockedHeap(spin::Mutex::new(Heap::empty()));

// SAFETY: every access to the heap goes through the spin lock; the heap hands
// out disjoint blocks of the region given to `init`.
unsafe impl GlobalAlloc for LockedHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.0
            .lock()
            .allocate_first_fit(layout)
            .map_or(core::ptr::null_mut(), |p| p.as_ptr())
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(p) = NonNull::new(ptr) {
            // SAFETY: `ptr` came from `alloc` with this layout (GlobalAlloc contract).
            unsafe { self.0.lock().deallocate(p, layout) }
        }
    }
}

/// Hands the region to the allocator (hart 0, once, before any allocation).
pub fn init(start: usize, size: usize) {
    // SAFETY: the region is the linker's `.heap` section: unused by anything
    // else, inside RAM, and given to the allocator exactly once.
    unsafe { ALLOCATOR.0.lock().init(start as *mut u8, size) }
}

/// (used, free) bytes.
pub fn stats() -> (usize, usize) {
    let h = ALLOCATOR.0.lock();
    (h.used(), h.free())
}
