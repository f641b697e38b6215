//! Harts and their mailboxes. Hart 0 runs `main`; every other hart parks in
//! `wfi` until work is posted to its mailbox, runs it, and parks again. This
//! is what `Platform::spawn` uses, so Python threads (`_thread`) land on free
//! harts once the core has them.
//!
//! A mailbox is a state word plus a slot for one boxed closure:
//! `FREE -> CLAIMED` (a spawner won the slot, CAS) `-> POSTED` (closure
//! written, release store, IPI sent) `-> RUNNING` (the hart took it, acquire)
//! `-> FREE` (done). Only the claimant writes the slot and only the owning
//! hart reads it, each in the state that gives it exclusive access.

use alloc::boxed::Box;
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

use crate::clint;

/// Harts with a mailbox (matches `_max_harts` in memory.x).
pub const MAX_HARTS: usize = 4;

const FREE: u32 = 0;
const CLAIMED: u32 = 1;
const POSTED: u32 = 2;
const RUNNING: u32 = 3;

/// A unit of work for a hart.
pub type Job = Box<dyn FnOnce() + Send>;

struct Mailbox {
    state: AtomicU32,
    job: UnsafeCell<Option<Job>>,
}

// SAFETY: `job` is only touched by the hart that owns the state that grants
// access to it (see the module docs); `state` is atomic.
unsafe impl Sync for Mailbox {}

impl Mailbox {
    const fn new() -> Self {
        Mailbox {
            state: AtomicU32::new(FREE),
            job: UnsafeCell::new(None),
        }
    }
}

static MAILBOXES: [Mailbox; MAX_HARTS] = [
    Mailbox::new(),
    Mailbox::new(),
    Mailbox::new(),
    Mailbox::new(),
];

/// Bit `i` set: hart `i` is parked in its mailbox loop and can take work.
static ONLINE: AtomicUsize = AtomicUsize::new(0);

/// The calling hart's id (`mhartid`).
pub fn hart_id() -> usize {
    let id: usize;
    // SAFETY: reading mhartid has no side effects.
    unsafe { core::arch::asm!("csrr {0}, mhartid", out(reg) id) };
    id
}

/// Bitmask of harts that are online and accept work.
pub fn online_mask() -> usize {
    ONLINE.load(Ordering::Acquire)
}

/// Why a job could not be started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpawnError {
    /// Every online hart (other than hart 0) is busy.
    AllBusy,
    /// No other hart is online.
    NoHarts,
}

/// How long `spawn` waits for a hart to come free before giving up. A
/// joined thread's hart is free a few instructions after the thread released
/// the GIL, but its host thread (under QEMU) may be descheduled in between;
/// this keeps `join()` then `start()` from failing spuriously.
const SPAWN_GRACE_NS: u64 = 2_000_000;

/// Posts `job` to a free hart (never hart 0, which runs `main`) and returns
/// that hart's id. When every hart is busy, waits up to [`SPAWN_GRACE_NS`]
/// (in `wfi`; a hart that frees up IPIs everyone) before failing.
pub fn spawn(job: Job) -> Result<usize, SpawnError> {
    let online = online_mask();
    if online & !1 == 0 {
        return Err(SpawnError::NoHarts);
    }
    let me = hart_id();
    let deadline = clint::ticks().saturating_add(clint::ns_to_ticks(SPAWN_GRACE_NS));
    loop {
        // Clear before looking, so a hart freed after the look leaves msip
        // set and the `wfi` below returns at once. (Platform::wait re-checks
        // its word after clearing, so no other wake-up is lost.)
        clint::clear_ipi(me);
        for (hart, mb) in MAILBOXES.iter().enumerate().skip(1) {
            if online & (1 << hart) == 0 || hart == me {
                continue;
            }
            if mb
                .state
                .compare_exchange(FREE, CLAIMED, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
            {
                // SAFETY: CLAIMED gives this spawner exclusive access to the slot.
                unsafe { *mb.job.get() = Some(job) };
                mb.state.store(POSTED, Ordering::Release);
                clint::send_ipi(hart);
                return Ok(hart);
            }
        }
        if clint::ticks() >= deadline {
            return Err(SpawnError::AllBusy);
        }
        clint::wfi_until(me, deadline);
    }
}

/// Wakes every other parked or waiting hart (used by `Platform::wake`).
pub fn wake_others() {
    let me = hart_id();
    let online = online_mask() | 1;
    for hart in 0..MAX_HARTS {
        if hart != me && online & (1 << hart) != 0 {
            clint::send_ipi(hart);
        }
    }
}

/// Entry for harts 1.. once hart 0 has released them (from boot.rs).
#[no_mangle]
extern "C" fn secondary_main(hart: usize) -> ! {
    clint::enable_ipi_wakeup();
    crate::println!("hart {hart}: online, parked in wfi");
    let Some(mb) = MAILBOXES.get(hart) else {
        loop {
            clint::wfi();
        }
    };
    ONLINE.fetch_or(1 << hart, Ordering::AcqRel);
    loop {
        // Clear the IPI before looking, so a post that lands after the look
        // leaves msip pending and the `wfi` below returns at once.
        clint::clear_ipi(hart);
        if mb
            .state
            .compare_exchange(POSTED, RUNNING, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
        {
            // SAFETY: RUNNING gives this hart exclusive access to the slot.
            let job = unsafe { (*mb.job.get()).take() };
            if let Some(job) = job {
                job();
            }
            mb.state.store(FREE, Ordering::Release);
            // Someone may be waiting for this hart or for completions.
            wake_others();
        } else {
            clint::wfi();
        }
    }
}
