//! [`VirtPlatform`]: Gilt's platform trait on QEMU's RISC-V virt machine.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use gilt_core::platform::{Platform, PlatformError};
use gilt_core::sync::{AtomicU32, Ordering};

use crate::{clint, console, hart, uart};

/// Longest single `wfi` in `wait`, so a lost wake-up costs at most this.
const WAIT_SLICE_NS: u64 = 1_000_000;

/// The virt machine as a Gilt platform: UART console, CLINT clock and timer
/// wake-ups, harts as threads, IPIs for wait/wake.
#[derive(Clone, Copy, Debug, Default)]
pub struct VirtPlatform;

impl Platform for VirtPlatform {
    fn monotonic_ns(&self) -> u64 {
        clint::now_ns()
    }

    fn sleep_ns(&self, ns: u64) {
        clint::sleep_ns(hart::hart_id(), ns);
    }

    fn write_stdout(&self, bytes: &[u8]) {
        uart::write_bytes(bytes);
    }

    fn read_line(&self) -> Result<Vec<u8>, PlatformError> {
        loop {
            match console::read_line() {
                console::Input::Line(mut line) => {
                    line.push(b'\n');
                    return Ok(line);
                }
                console::Input::Eof => return Ok(Vec::new()),
                // No signals here: Ctrl-C starts the line again.
                console::Input::Interrupted => {}
            }
        }
    }

    fn spawn(&self, f: Box<dyn FnOnce() + Send>) -> Result<u64, PlatformError> {
        match hart::spawn(f) {
            Ok(h) => Ok(h as u64),
            Err(hart::SpawnError::AllBusy) => Err(PlatformError {
                errno: 11,
                message: String::from("Resource temporarily unavailable"),
            }),
            Err(hart::SpawnError::NoHarts) => Err(PlatformError::unsupported()),
        }
    }

    fn thread_id(&self) -> u64 {
        hart::hart_id() as u64
    }

    fn wait(&self, word: &AtomicU32, expected: u32, timeout_ns: Option<u64>) {
        let me = hart::hart_id();
        // Clear first: a wake after this point leaves msip set and `wfi`
        // returns at once.
        clint::clear_ipi(me);
        if word.load(Ordering::Acquire) != expected {
            return;
        }
        let slice = timeout_ns.map_or(WAIT_SLICE_NS, |t| t.min(WAIT_SLICE_NS));
        clint::wfi_until(me, clint::ticks().saturating_add(clint::ns_to_ticks(slice)));
    }

    fn wake(&self, _word: &AtomicU32, _n: u32) {
        hart::wake_others();
    }
}
