//! `slice` objects.

use super::Value;

/// The payload of a `slice` object.
pub struct SliceObj {
    /// Start (None when omitted).
    pub start: Value,
    /// Stop.
    pub stop: Value,
    /// Step.
    pub step: Value,
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
