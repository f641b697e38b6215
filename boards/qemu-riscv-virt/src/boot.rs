//! Reset code. QEMU starts every hart at 0x8000_0000 (`-bios none`) with its
//! id in `mhartid`. Each hart enables the FPU, installs the trap vector and
//! takes its own stack; hart 0 clears `.bss` and enters [`crate::boot_main`];
//! the others wait for hart 0's go-ahead (a word in `.data`, which QEMU loads,
//! so it is valid before `.bss` is cleared) and enter [`crate::hart::secondary_main`].
//! Harts beyond `_max_harts` park forever.

core::arch::global_asm!(
    r#"
    .section .text.init, "ax"
    .global _start
_start:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    csrw    mie, zero
    csrw    mip, zero
    /* mstatus.FS = Initial: the riscv64gc ABI uses the FPU. */
    li      t0, (1 << 13)
    csrs    mstatus, t0
    la      t0, _trap_entry
    csrw    mtvec, t0
    csrr    a0, mhartid
    lui     t1, %hi(_max_harts)
    addi    t1, t1, %lo(_max_harts)
    bgeu    a0, t1, 9f
    /* sp = _stack_top - hartid * _hart_stack_size */
    la      sp, _stack_top
    lui     t1, %hi(_hart_stack_size)
    addi    t1, t1, %lo(_hart_stack_size)
    // Without LTO, global_asm! is assembled for the base ISA; this
    // target has M.
    .option push
    .option arch, +m
    mul     t2, a0, t1
    .option pop
    sub     sp, sp, t2
    bnez    a0, 3f
    /* Hart 0: clear .bss, then Rust. */
    la      t0, _sbss
    la      t1, _ebss
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    addi    t0, t0, 8
    j       1b
2:  call    boot_main
    j       9f
    /* Other harts: wait for hart 0 to finish the heap and statics. */
3:  la      t0, _gilt_boot_go
4:  lw      t1, 0(t0)
    bnez    t1, 5f
    j       4b
5:  fence   rw, rw
    call    secondary_main
9:  wfi
    j       9b

    .align 4
_trap_entry:
    csrr    a0, mcause
    csrr    a1, mepc
    csrr    a2, mtval
    call    trap_handler
    j       9b

    .section .data
    .align 3
    .global _gilt_boot_go
_gilt_boot_go:
    .word 0
    .word 0
"#
);

extern "C" {
    static _heap_start: u8;
    static _heap_end: u8;
    static mut _gilt_boot_go: u32;
}

/// The heap region from the linker script, as (start, size).
pub fn heap_region() -> (usize, usize) {
    // Only the addresses of the linker-defined symbols are taken.
    let start = core::ptr::addr_of!(_heap_start) as usize;
    let end = core::ptr::addr_of!(_heap_end) as usize;
    (start, end - start)
}

/// Lets the other harts leave their boot wait (hart 0, once statics and the
/// heap are ready).
pub fn release_secondaries() {
    // SAFETY: `_gilt_boot_go` is a 4-byte aligned word in `.data`, read by the
    // other harts with a plain load followed by a fence; the release fence
    // orders hart 0's initialisation before the store.
    unsafe {
        core::sync::atomic::fence(core::sync::atomic::Ordering::Release);
        let p = core::ptr::addr_of_mut!(_gilt_boot_go);
        core::ptr::write_volatile(p, 1);
    }
}

/// Reports an unexpected trap (exceptions only: interrupts are never enabled
/// globally, they only wake `wfi`) and fails the QEMU run.
#[no_mangle]
extern "C" fn trap_handler(mcause: usize, mepc: usize, mtval: usize) -> ! {
    crate::uart::force_print(format_args!(
        "\n*** trap on hart {}: mcause={:#x} mepc={:#x} mtval={:#x}\n",
        crate::hart::hart_id(),
        mcause,
        mepc,
        mtval
    ));
    crate::finisher::exit(3)
}
