//! `NoneType`, `NotImplementedType` and `ellipsis`: the singletons' types.

use super::function::Args;
use super::{Payload, Value};
use crate::vm::{PyResult, Vm};

fn none_repr(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_str("None"))
}

fn none_bool(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn none_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn marker_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Marker(super::Marker::NotImplemented)) => "NotImplemented",
        _ => "Ellipsis",
    };
    Ok(vm.new_str(s))
}

fn not_implemented_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error("NotImplementedType takes no arguments"));
    }
    Ok(vm.not_implemented())
}

fn ellipsis_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error("ellipsis takes no arguments"));
    }
    Ok(Value::Obj(vm.interp().ellipsis.clone()))
}

/// Registers the singletons' types' methods.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types();
    vm.add_methods(
        &t.none,
        "NoneType",
        &[
            ("__repr__", none_repr),
            ("__bool__", none_bool),
            ("__new__", none_new),
        ],
    );
    vm.add_methods(
        &t.not_implemented,
        "NotImplementedType",
        &[("__repr__", marker_repr), ("__new__", not_implemented_new)],
    );
    vm.add_methods(
        &t.ellipsis,
        "ellipsis",
        &[("__repr__", marker_repr), ("__new__", ellipsis_new)],
    );
}
