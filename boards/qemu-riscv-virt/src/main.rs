//! Gilt on QEMU's RISC-V `virt` machine (riscv64gc, 4 harts, bare metal).
//!
//! Hart 0 boots, sets up the heap and runs the self-test (and, with the
//! `python` feature, the embedded Python program; with `repl`, a `>>>`
//! prompt on the UART); harts 1-3 take work
//! through their mailboxes (see [`hart`]). The run ends through the virt
//! test finisher, so QEMU's exit status is the program's.
#![no_std]
#![no_main]

extern crate alloc;

mod boot;
mod clint;
mod console;
mod finisher;
mod hart;
mod heap;
mod platform;
#[cfg(all(feature = "python", not(feature = "repl")))]
mod python;
#[cfg(feature = "repl")]
mod repl;
mod selftest;
mod uart;

use platform::VirtPlatform;

/// Hart 0's Rust entry (from boot.rs), with `.bss` cleared.
#[no_mangle]
extern "C" fn boot_main() -> ! {
    uart::init();
    let (start, size) = boot::heap_region();
    heap::init(start, size);
    clint::enable_ipi_wakeup();
    boot::release_secondaries();
    println!(
        "gilt board qemu-riscv-virt: hart {} boot, heap {} MiB at {:#x}",
        hart::hart_id(),
        size >> 20,
        start
    );
    let code = selftest::run(&VirtPlatform);
    #[cfg(all(feature = "python", not(feature = "repl")))]
    let code = if code == 0 { python::run() } else { code };
    #[cfg(feature = "repl")]
    let code = if code == 0 { repl::run() } else { code };
    if code == 0 {
        println!("board: PASS");
    } else {
        println!("board: FAIL (status {code})");
    }
    finisher::exit(code)
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    uart::force_print(format_args!(
        "\n*** panic on hart {}: {}\n",
        hart::hart_id(),
        info
    ));
    finisher::exit(101)
}
