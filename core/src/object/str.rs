//! `str`: immutable Unicode text stored as UTF-8, with its length in code
//! points and a cached hash.

use alloc::string::String;
use core::cell::Cell;

/// The payload of a `str` object.
pub struct StrObj {
    s: String,
    nchars: usize,
    hash: Cell<Option<i64>>,
}

impl StrObj {
    /// Wraps a Rust string.
    pub fn new(s: String) -> Self {
        let nchars = s.chars().count();
        StrObj {
            s,
            nchars,
            hash: Cell::new(None),
        }
    }
    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }
    /// True when every character is ASCII (byte index == char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    /// The cached hash, computing it on first use.
    #[inline]
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(Some(h));
        h
    }
}

/// The hash of a string (FNV-1a over the UTF-8 bytes, mapped away from -1).
/// Deterministic across runs, unlike CPython's randomised SipHash.
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
