//! `range`.

/// The payload of a `range` object.
pub struct RangeObj {
    /// First value.
    pub start: i64,
    /// Bound (exclusive).
    pub stop: i64,
    /// Step (never zero).
    pub step: i64,
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
