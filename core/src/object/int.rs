//! `int` and `bool`: methods and operations. Small ints are the immediate
//! `Value::Int`; larger ones are `Payload::Int` objects holding a
//! [`BigInt`](crate::num::bigint::BigInt).

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
