//! `list`: a mutable sequence.

use alloc::vec::Vec;

use super::{drain_vec, PyCell, Value};

/// The payload of a `list` object.
pub struct ListObj {
    /// The items. Never call into the VM while borrowed.
    pub items: PyCell<Vec<Value>>,
}

impl ListObj {
    /// Wraps items.
    pub fn new(items: Vec<Value>) -> Self {
        ListObj {
            items: PyCell::new(items),
        }
    }
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        drain_vec(self.items.0.get_mut(), sink);
    }
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
