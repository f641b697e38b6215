//! Module objects.

use super::{ObjRef, Value};

/// The payload of a module.
pub struct ModuleObj {
    /// The module's namespace (`Payload::Dict`): its globals.
    pub dict: ObjRef,
}

impl ModuleObj {
    pub(crate) fn drain(&mut self, _sink: &mut dyn FnMut(Value)) {}
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
