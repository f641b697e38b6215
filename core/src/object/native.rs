//! Objects made by the embedding API (`crate::api`): functions backed by
//! Rust closures (registered with `register_fn`, in native modules, methods
//! of Rust classes) and instances of Rust types exposed as Python classes.
//!
//! Built-in functions of the core are plain `fn` pointers
//! ([`super::function::NativeFnObj`]); a host function owns a boxed closure
//! instead, so it can capture state. Both are `builtin_function_or_method`
//! objects to Python.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use core::any::Any;

use super::function::Args;
use super::{ObjRef, PyCell, Value};
use crate::vm::{PyResult, Vm};

/// The closure behind a host function: gets the running thread's VM, the
/// function's name (for error messages) and the arguments.
pub type HostFn = dyn Fn(&mut Vm, &str, Args<'_>) -> PyResult<Value> + Send;

/// A heap object created by the embedding API.
pub enum HostObj {
    /// A function implemented by a Rust closure.
    Function(HostFunctionObj),
    /// An instance of a Rust type exposed as a Python class.
    Data(HostDataObj),
}

/// The payload of a host function.
pub struct HostFunctionObj {
    /// `__name__`.
    pub name: Box<str>,
    /// `__qualname__` (`Class.method` for methods).
    pub qualname: Box<str>,
    /// `__module__`, if the function belongs to a module.
    pub module: Option<Box<str>>,
    /// True for a method of a Rust class: found on an instance's class, it
    /// binds the instance as the first argument.
    pub method: bool,
    /// The closure.
    pub f: Box<HostFn>,
}

/// The payload of an instance of a Rust class: the Rust value, behind a
/// dynamic borrow (a method that re-enters Python and reaches the same
/// object gets a `RuntimeError`, never two `&mut`).
pub struct HostDataObj {
    /// The Python class (a `Payload::Type`).
    pub class: ObjRef,
    /// The Rust value.
    pub value: PyCell<Box<dyn Any + Send>>,
}

/// Calls a host function (its closure gets the qualified name, for messages).
#[inline]
pub fn call(vm: &mut Vm, f: &HostFunctionObj, args: Args<'_>) -> PyResult<Value> {
    (f.f)(vm, &f.qualname, args)
}

/// `repr()` of a host function: `<built-in function add>`.
pub fn repr(f: &HostFunctionObj) -> String {
    if f.method {
        format!("<method '{}' of host objects>", f.qualname)
    } else {
        format!("<built-in function {}>", f.name)
    }
}

/// The per-object attributes of a host function.
pub fn getattr(vm: &Vm, f: &HostFunctionObj, n: &str) -> Option<Value> {
    match n {
        "__name__" => Some(vm.new_str(&*f.name)),
        "__qualname__" => Some(vm.new_str(&*f.qualname)),
        "__module__" => Some(match &f.module {
            Some(m) => vm.new_str(&**m),
            None => Value::None,
        }),
        "__doc__" | "__text_signature__" | "__self__" => Some(Value::None),
        _ => None,
    }
}

/// `type(obj)` for a host object: `builtin_function_or_method` for a
/// function, the Rust class for an instance.
#[inline]
pub fn type_of(h: &HostObj, types: &crate::vm::Types) -> ObjRef {
    match h {
        HostObj::Function(_) => types.native.clone(),
        HostObj::Data(d) => d.class.clone(),
    }
}
