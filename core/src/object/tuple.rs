//! `tuple`: an immutable sequence.

use alloc::boxed::Box;
use alloc::vec::Vec;

use super::{drain_vec, Value};

/// The payload of a `tuple` object.
pub struct TupleObj {
    items: Box<[Value]>,
}

impl TupleObj {
    /// Wraps items.
    pub fn new(items: Vec<Value>) -> Self {
        TupleObj {
            items: items.into_boxed_slice(),
        }
    }
    /// The items.
    #[inline]
    pub fn items(&self) -> &[Value] {
        &self.items
    }
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        let mut v = core::mem::take(&mut self.items).into_vec();
        drain_vec(&mut v, sink);
    }
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
