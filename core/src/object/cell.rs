//! Closure cells.

use super::{drain_value, PyCell, Value};

/// The payload of a cell: a variable captured by a closure. `None` inside
/// means unbound.
pub struct CellObj {
    /// The contents (`Option::None` when unbound).
    pub value: PyCell<Option<Value>>,
}

impl CellObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        if let Some(mut v) = self.value.0.get_mut().take() {
            drain_value(&mut v, sink);
        }
    }
}
