//! Start-up: fills the built-in types' namespaces.

use super::Vm;

/// Registers every built-in type's methods (each type file has an `init`).
pub(crate) fn init_types(vm: &mut Vm) {
    use crate::object::*;
    class::init(vm);
    int::init(vm);
    float::init(vm);
    complex::init(vm);
    str::init(vm);
    bytes::init(vm);
    list::init(vm);
    tuple::init(vm);
    dict::init(vm);
    set::init(vm);
    range::init(vm);
    memoryview::init(vm);
    slice::init(vm);
    iter::init(vm);
    exception::init(vm);
    function::init(vm);
    module::init(vm);
    super::generator::init(vm);
    super::coroutine::init(vm);
}
