//! A small line editor on the UART: what a person typing at the board sees.
//!
//! The board is the terminal's line discipline: it echoes what arrives,
//! handles backspace, Ctrl-C and Ctrl-D, and turns `\r`, `\n` or `\r\n` into
//! one line end. Used by the REPL-lite and by `Platform::read_line` (so
//! `input()` echoes too).

use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, Ordering};

use crate::{clint, hart, uart};

/// How long one idle `wfi` lasts while waiting for a key (the UART raises
/// no interrupt here; it is polled).
const POLL_NS: u64 = 100_000;

/// The last line ended with `\r`: a `\n` right after it is the same line end.
static AFTER_CR: AtomicBool = AtomicBool::new(false);

/// What one read produced.
pub enum Input {
    /// A line, without its line end.
    Line(Vec<u8>),
    /// Ctrl-C: the line was abandoned.
    Interrupted,
    /// Ctrl-D on an empty line.
    Eof,
}

fn next_byte(me: usize) -> u8 {
    loop {
        match uart::try_read_byte() {
            Some(b) => return b,
            None => clint::wfi_until(me, clint::ticks() + clint::ns_to_ticks(POLL_NS)),
        }
    }
}

/// Reads one line from the UART, echoing it.
pub fn read_line() -> Input {
    let me = hart::hart_id();
    let mut line = Vec::new();
    loop {
        let b = next_byte(me);
        let after_cr = AFTER_CR.swap(false, Ordering::Relaxed);
        match b {
            b'\n' if after_cr && line.is_empty() => {}
            b'\r' | b'\n' => {
                AFTER_CR.store(b == b'\r', Ordering::Relaxed);
                uart::write_bytes(b"\n");
                return Input::Line(line);
            }
            0x04 if line.is_empty() => return Input::Eof,
            0x03 => {
                uart::write_bytes(b"^C\n");
                return Input::Interrupted;
            }
            0x08 | 0x7f => {
                // Remove one whole UTF-8 character.
                while let Some(last) = line.pop() {
                    if last & 0xC0 != 0x80 {
                        uart::write_bytes(b"\x08 \x08");
                        break;
                    }
                }
            }
            // Other control characters (and a Ctrl-D mid-line) are ignored.
            0..=0x1f => {}
            _ => {
                line.push(b);
                uart::write_bytes(&[b]);
            }
        }
    }
}
