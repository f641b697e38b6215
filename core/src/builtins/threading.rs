//! Interpreter shutdown for `threading` (its source, like `queue`'s, is an
//! embedded Python module built by [`crate::builtins::pymods`], written on top
//! of `_thread` like CPython's own).

use crate::vm::Vm;

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
