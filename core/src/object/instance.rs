//! Instances of Python classes whose nearest built-in base is `object`.

use core::cell::Cell;
use core::ptr::NonNull;

use super::{drain_value, DelQueue, ObjRef, Payload, PyCell, Value};

/// The payload of an instance.
pub struct InstanceObj {
    /// `__class__` (a `Payload::Type` object).
    pub class: PyCell<ObjRef>,
    /// `__dict__` (a `Payload::Dict` object), or None for classes with `__slots__`.
    pub dict: Value,
    /// Set once `__del__` has been called, so it runs at most once.
    pub finalized: Cell<bool>,
}

impl InstanceObj {
    /// The interpreter's finaliser queue when this instance still needs its
    /// `__del__` to run.
    pub fn needs_finalizer(&self) -> Option<NonNull<DelQueue>> {
        if self.finalized.get() {
            return None;
        }
        let class = self.class.try_get()?;
        match class.payload() {
            Payload::Type(t) => t.del_queue.get(),
            _ => None,
        }
    }

    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        drain_value(&mut self.dict, sink);
    }
}
