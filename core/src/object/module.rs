//! Module objects.

use alloc::format;

use super::function::Args;
use super::{ObjRef, Payload, Value};
use crate::vm::{PyResult, Vm};

/// The payload of a module.
pub struct ModuleObj {
    /// The module's namespace (`Payload::Dict`): its globals.
    pub dict: ObjRef,
}

impl ModuleObj {
    pub(crate) fn drain(&mut self, _sink: &mut dyn FnMut(Value)) {}
}

fn module_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Payload::Module(m)) = args.pos.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'module' object"));
    };
    let (name, file) = match m.dict.payload() {
        Payload::Dict(d) => (d.get_str("__name__"), d.get_str("__file__")),
        _ => (None, None),
    };
    let n = match &name {
        Some(n) if n.as_str().is_some() => vm.repr(n)?,
        _ => alloc::string::String::from("'?'"),
    };
    let s = match file.as_ref().and_then(|f| f.as_str()) {
        Some(f) => format!("<module {n} from '{f}'>"),
        None => format!("<module {n} (built-in)>"),
    };
    Ok(vm.new_str(s))
}

fn module_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let name = args.pos.get(1).or(args.kwarg("name")).cloned();
    let Some(n) = name.as_ref().and_then(|n| n.as_str()) else {
        return Err(vm.type_error("module.__init__() missing required argument 'name' (pos 1)"));
    };
    let m = vm.new_module(n);
    if let Some(doc) = args.pos.get(2).or(args.kwarg("doc")) {
        if let Payload::Module(mo) = m.payload() {
            vm.dict_set_str(&mo.dict, "__doc__", doc.clone());
        }
    }
    Ok(Value::Obj(m))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types().module.clone();
    vm.add_methods(
        &t,
        "module",
        &[("__repr__", module_repr), ("__new__", module_new)],
    );
    super::cell::init(vm);
}
