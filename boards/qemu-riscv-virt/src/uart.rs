//! The NS16550A UART at 0x1000_0000: the board's console.

use core::fmt::{self, Write};

const BASE: usize = 0x1000_0000;
const RBR_THR: usize = 0; // receive buffer / transmit holding
const IER: usize = 1;
const FCR: usize = 2;
const LCR: usize = 3;
const LSR: usize = 5;
const LSR_DATA_READY: u8 = 1 << 0;
const LSR_THR_EMPTY: u8 = 1 << 5;

/// Serialises whole writes so lines from different harts do not interleave.
static LOCK: spin::Mutex<()> = spin::Mutex::new(());

fn reg(off: usize) -> *mut u8 {
    (BASE + off) as *mut u8
}

/// Programs 8N1, interrupts off, FIFOs left off. Turning the FIFOs on
/// clears the receiver, and QEMU starts delivering piped input (the REPL's)
/// before the board boots, so that would drop whatever had already arrived;
/// polled byte-at-a-time I/O needs no FIFO.
pub fn init() {
    // SAFETY: BASE is the virt machine's UART MMIO block; byte accesses to
    // its registers have no memory-safety effect.
    unsafe {
        core::ptr::write_volatile(reg(IER), 0);
        core::ptr::write_volatile(reg(LCR), 0x03);
        core::ptr::write_volatile(reg(FCR), 0x00);
    }
}

fn put_byte(b: u8) {
    // SAFETY: see `init`.
    unsafe {
        while core::ptr::read_volatile(reg(LSR)) & LSR_THR_EMPTY == 0 {
            core::hint::spin_loop();
        }
        core::ptr::write_volatile(reg(RBR_THR), b);
    }
}

fn put_bytes(bytes: &[u8]) {
    for &b in bytes {
        if b == b'\n' {
            put_byte(b'\r');
        }
        put_byte(b);
    }
}

/// Writes bytes (`\n` becomes `\r\n`) as one unit.
pub fn write_bytes(bytes: &[u8]) {
    let _guard = LOCK.lock();
    put_bytes(bytes);
}

/// Reads one byte if one has arrived.
pub fn try_read_byte() -> Option<u8> {
    // SAFETY: see `init`.
    unsafe {
        if core::ptr::read_volatile(reg(LSR)) & LSR_DATA_READY != 0 {
            Some(core::ptr::read_volatile(reg(RBR_THR)))
        } else {
            None
        }
    }
}

struct Raw;

impl Write for Raw {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        put_bytes(s.as_bytes());
        Ok(())
    }
}

/// Prints formatted text as one unit.
pub fn print(args: fmt::Arguments<'_>) {
    let _guard = LOCK.lock();
    let _ = Raw.write_fmt(args);
}

/// Prints without taking the console lock (panics and traps: the lock may be
/// held by the failing hart itself). Tries the lock briefly first.
pub fn force_print(args: fmt::Arguments<'_>) {
    for _ in 0..100_000 {
        if let Some(_guard) = LOCK.try_lock() {
            let _ = Raw.write_fmt(args);
            return;
        }
        core::hint::spin_loop();
    }
    let _ = Raw.write_fmt(args);
}

/// `print!` to the UART.
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => { $crate::uart::print(format_args!($($arg)*)) };
}

/// `println!` to the UART.
#[macro_export]
macro_rules! println {
    () => { $crate::uart::print(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::uart::print(format_args!("{}\n", format_args!($($arg)*))) };
}
