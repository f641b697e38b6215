//! The CLINT at 0x0200_0000: `mtime` (10 MHz on virt), per-hart `mtimecmp`
//! (timer wake-ups for `wfi`) and per-hart `msip` (inter-hart interrupts).
//!
//! Interrupts are never enabled globally (`mstatus.MIE` stays 0): `mie` only
//! selects which pending interrupts end a `wfi`, so no trap handler runs.

const BASE: usize = 0x0200_0000;
const MSIP: usize = BASE;
const MTIMECMP: usize = BASE + 0x4000;
const MTIME: usize = BASE + 0xBFF8;

/// `mtime` ticks per second on QEMU's virt machine.
pub const TICKS_PER_SEC: u64 = 10_000_000;
const NS_PER_TICK: u64 = 1_000_000_000 / TICKS_PER_SEC;

const MIE_MSIE: usize = 1 << 3;
const MIE_MTIE: usize = 1 << 7;

/// The current `mtime`.
pub fn ticks() -> u64 {
    // SAFETY: MTIME is the CLINT's 64-bit time register; an aligned volatile
    // read has no memory-safety effect.
    unsafe { core::ptr::read_volatile(MTIME as *const u64) }
}

/// Nanoseconds since reset.
pub fn now_ns() -> u64 {
    ticks().saturating_mul(NS_PER_TICK)
}

/// Converts nanoseconds to ticks, rounding up.
pub fn ns_to_ticks(ns: u64) -> u64 {
    ns.div_ceil(NS_PER_TICK)
}

/// Enables software-interrupt wake-ups for the calling hart (call once per hart).
pub fn enable_ipi_wakeup() {
    // SAFETY: setting mie.MSIE only lets a pending software interrupt end
    // `wfi`; with mstatus.MIE clear no trap is taken.
    unsafe { core::arch::asm!("csrs mie, {0}", in(reg) MIE_MSIE) };
}

/// Raises `hart`'s software interrupt (wakes it from `wfi`).
pub fn send_ipi(hart: usize) {
    // SAFETY: MSIP + 4*hart is that hart's msip word in the CLINT.
    unsafe { core::ptr::write_volatile((MSIP + 4 * hart) as *mut u32, 1) };
}

/// Clears the calling hart's pending software interrupt.
pub fn clear_ipi(hart: usize) {
    // SAFETY: as in `send_ipi`.
    unsafe { core::ptr::write_volatile((MSIP + 4 * hart) as *mut u32, 0) };
}

fn set_timecmp(hart: usize, t: u64) {
    // SAFETY: MTIMECMP + 8*hart is that hart's 64-bit compare register.
    unsafe { core::ptr::write_volatile((MTIMECMP + 8 * hart) as *mut u64, t) };
}

/// Waits in `wfi` until `mtime` reaches `deadline`, an IPI arrives, or the
/// hart wakes for another reason. Returns at once if the deadline is past.
pub fn wfi_until(hart: usize, deadline: u64) {
    if ticks() >= deadline {
        return;
    }
    set_timecmp(hart, deadline);
    // SAFETY: mie.MTIE lets the timer end `wfi` (no trap: mstatus.MIE is
    // clear); `wfi` is a hint that may return early.
    unsafe {
        core::arch::asm!("csrs mie, {0}", in(reg) MIE_MTIE);
        core::arch::asm!("wfi");
        core::arch::asm!("csrc mie, {0}", in(reg) MIE_MTIE);
    }
    set_timecmp(hart, u64::MAX);
}

/// Waits in `wfi` until an IPI (or any enabled interrupt) is pending.
pub fn wfi() {
    // SAFETY: `wfi` is a hint that pauses the hart until an interrupt is pending.
    unsafe { core::arch::asm!("wfi") };
}

/// Busy-free sleep on the calling hart for about `ns` nanoseconds.
pub fn sleep_ns(hart: usize, ns: u64) {
    let deadline = ticks().saturating_add(ns_to_ticks(ns));
    while ticks() < deadline {
        wfi_until(hart, deadline);
    }
}
