//! `threading` and `queue`: Python source modules embedded in the core
//! (written on top of `_thread`, like CPython's own), compiled at import.

use crate::builtins::dict_of;
use crate::object::{ObjRef, Value};
use crate::vm::{import, PyResult, Vm};

/// Source of the `threading` module.
pub const THREADING_SRC: &str = include_str!("py/threading.py");
/// Source of the `queue` module.
pub const QUEUE_SRC: &str = include_str!("py/queue.py");

fn make_py_module(vm: &mut Vm, name: &str, src: &str) -> PyResult<ObjRef> {
    let m = vm.new_module(name);
    if let Some(d) = dict_of(&Value::Obj(m.clone())) {
        // Registered first so that imports inside the module see it.
        if let crate::object::Payload::Dict(mods) = vm.interp().modules.payload() {
            mods.set_str(vm.intern(name), Value::Obj(m.clone()));
        }
        let file = alloc::format!("<frozen {name}>");
        vm.dict_set_str(&d, "__file__", vm.new_str(file.clone()));
        if let Err(e) = import::run_source_in(vm, src, &file, &d) {
            if let crate::object::Payload::Dict(mods) = vm.interp().modules.payload() {
                let old = mods.table.get_mut().remove_str(name);
                drop(old);
            }
            return Err(e);
        }
    }
    Ok(m)
}

/// Builds the `threading` module.
pub fn make_threading(vm: &mut Vm) -> PyResult<ObjRef> {
    make_py_module(vm, "threading", THREADING_SRC)
}

/// Builds the `queue` module.
pub fn make_queue(vm: &mut Vm) -> PyResult<ObjRef> {
    make_py_module(vm, "queue", QUEUE_SRC)
}

/// CPython's `threading._shutdown`: waits for every non-daemon thread, if
/// `threading` was imported.
pub fn shutdown(vm: &mut Vm) {
    if vm.is_stopped() {
        // No Python runs after a limit stop: let the threads unwind.
        vm.drain_stopped_threads();
        return;
    }
    let Some(m) = crate::builtins::dict_get_str(&vm.interp().modules, "threading") else {
        return;
    };
    if let Err(e) = crate::builtins::call_method(vm, &m, "_shutdown", &[]) {
        crate::builtins::sys::print_exception(vm, &e.value());
    }
}
