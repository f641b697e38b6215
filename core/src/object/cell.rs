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

fn cell_repr(
    vm: &mut crate::vm::Vm,
    args: super::function::Args<'_>,
) -> crate::vm::PyResult<Value> {
    let Some(v @ Value::Obj(o)) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'cell' object"));
    };
    let super::Payload::Cell(c) = o.payload() else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'cell' object"));
    };
    let _ = v;
    let inner = c.value.get().clone();
    let s = match inner {
        None => alloc::format!("<cell at {:#x}: empty>", o.as_ptr() as usize),
        Some(x) => {
            let addr = match &x {
                Value::Obj(xo) => xo.as_ptr() as usize,
                _ => 0,
            };
            alloc::format!(
                "<cell at {:#x}: {} object at {addr:#x}>",
                o.as_ptr() as usize,
                vm.type_name(&x)
            )
        }
    };
    Ok(vm.new_str(s))
}

/// Registers the cell type's methods.
pub(crate) fn init(vm: &mut crate::vm::Vm) {
    let t = vm.types().cell.clone();
    vm.add_methods(&t, "cell", &[("__repr__", cell_repr)]);
}
