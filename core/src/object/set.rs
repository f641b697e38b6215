//! `set` and `frozenset`.

use super::dict::DictTable;
use super::{drain_value, PyCell, Value};

/// The payload of a `set` or `frozenset` object.
#[derive(Default)]
pub struct SetObj {
    /// The elements (keys of the table; values unused).
    pub table: PyCell<DictTable>,
}

impl SetObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        for mut e in self.table.get_mut().take_all() {
            drain_value(&mut e.key, sink);
        }
    }
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
