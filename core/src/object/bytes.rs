//! `bytes` and `bytearray`.

use alloc::vec::Vec;

use super::PyCell;

/// The payload of a `bytes` object.
pub struct BytesObj {
    /// The bytes.
    pub data: Vec<u8>,
}

/// The payload of a `bytearray` object.
pub struct ByteArrayObj {
    /// The bytes.
    pub data: PyCell<Vec<u8>>,
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
