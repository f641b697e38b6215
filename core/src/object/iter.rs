//! Built-in iterator objects.

use super::{drain_value, ObjRef, PyCell, Value};

/// The payload of a built-in iterator: its type and its state.
pub struct IterObj {
    /// The iterator's type (`list_iterator`, `enumerate`, `zip`, ...).
    pub ty: ObjRef,
    /// The iterator's state; `None` once exhausted.
    pub state: PyCell<Option<IterState>>,
}

/// The state of a built-in iterator.
pub enum IterState {
    /// Over a list, tuple or str by index.
    Seq {
        /// The sequence.
        seq: Value,
        /// Next index.
        index: usize,
    },
    /// Over a range.
    Range {
        /// Next value.
        next: i64,
        /// Remaining count.
        remaining: u64,
        /// Step.
        step: i64,
    },
    /// Any other iterator kind: generic state values.
    Other {
        /// What it is (`"enumerate"`, `"zip"`, ...).
        kind: &'static str,
        /// Its values.
        values: alloc::vec::Vec<Value>,
        /// A counter.
        n: i64,
    },
}

impl IterObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        match self.state.get_mut().take() {
            Some(IterState::Seq { mut seq, .. }) => drain_value(&mut seq, sink),
            Some(IterState::Other { values, .. }) => {
                for v in values {
                    sink(v);
                }
            }
            _ => {}
        }
    }
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
