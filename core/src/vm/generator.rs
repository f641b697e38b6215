//! Generator objects (placeholder; the VM defines them).

use crate::object::Value;

/// The payload of a generator.
pub struct GeneratorObj {}

impl GeneratorObj {
    pub(crate) fn drain(&mut self, _sink: &mut dyn FnMut(Value)) {}
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
