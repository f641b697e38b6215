//! `float`: methods and operations. Floats are the immediate `Value::Float`.

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
