//! A Cortex-M image that links gilt-core and calls its entry points with
//! inputs the optimiser cannot see, so the measured `.text` is what a real
//! firmware embedding the interpreter would carry. Never run.
#![no_std]
#![no_main]

extern crate alloc;

use core::alloc::{GlobalAlloc, Layout};
use core::ptr::NonNull;

use linked_list_allocator::Heap;

struct LockedHeap(spin::Mutex<Heap>);

#[global_allocator]
static ALLOCATOR: LockedHeap = LockedHeap(spin::Mutex::new(Heap::empty()));

// SAFETY: all heap access is under the spin lock; blocks are disjoint.
unsafe impl GlobalAlloc for LockedHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.0
            .lock()
            .allocate_first_fit(layout)
            .map_or(core::ptr::null_mut(), |p| p.as_ptr())
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(p) = NonNull::new(ptr) {
            // SAFETY: `ptr` came from `alloc` with this layout.
            unsafe { self.0.lock().deallocate(p, layout) }
        }
    }
}

static SOURCE: &str = "print(sum(i * i for i in range(10)))\n";

/// The source as the optimiser cannot know it.
fn source() -> &'static str {
    // SAFETY: reads a valid `&'static str` through a volatile load.
    unsafe { core::ptr::read_volatile(&SOURCE) }
}

#[cfg(feature = "api")]
fn run(src: &str) -> i32 {
    use alloc::boxed::Box;
    use gilt_core::api::Interpreter;
    use gilt_core::platform::Platform;
    use gilt_core::vm::Config;

    struct Probe;
    impl Platform for Probe {
        fn monotonic_ns(&self) -> u64 {
            0
        }
        fn write_stdout(&self, bytes: &[u8]) {
            for b in bytes {
                // SAFETY: a volatile store to a dummy MMIO-like address keeps
                // the output path alive; the image is never run.
                unsafe { core::ptr::write_volatile(0x4000_0000 as *mut u8, *b) };
            }
        }
    }
    let mut interp = Interpreter::new(Box::new(Probe), Config::default());
    match interp.run_source(src, "<probe>") {
        Ok(()) => 0,
        Err(e) => interp.exit_code_for(&e),
    }
}

#[cfg(not(feature = "api"))]
fn run(src: &str) -> i32 {
    use gilt_core::compile::parser::{parse, Mode};
    match parse(src, Mode::Module, "<probe>") {
        Ok(m) => core::hint::black_box(&m) as *const _ as usize as i32,
        Err(_) => 1,
    }
}

/// Entry point (the probe is linked, not run).
#[no_mangle]
pub extern "C" fn _start() -> ! {
    static mut ARENA: [u8; 64 * 1024] = [0; 64 * 1024];
    // SAFETY: the arena is used only as this heap, initialised once here.
    unsafe { ALLOCATOR.0.lock().init(core::ptr::addr_of_mut!(ARENA).cast(), 64 * 1024) };
    let code = run(source());
    core::hint::black_box(code);
    loop {
        core::hint::spin_loop();
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {
        core::hint::spin_loop();
    }
}
