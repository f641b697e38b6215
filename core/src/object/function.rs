//! Function objects: Python functions, native (Rust) functions, bound methods.

use alloc::string::String;
use alloc::vec::Vec;

use super::{drain_value, drain_vec, ObjRef, PyCell, Value};
use crate::vm::{PyResult, Vm};

/// The arguments of a call: positional values and `(name, value)` keyword
/// pairs (names are `str` objects). For methods, `pos[0]` is `self`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional arguments.
    pub pos: &'a [Value],
    /// Keyword arguments, in call order.
    pub kw: &'a [(ObjRef, Value)],
}

impl<'a> Args<'a> {
    /// Positional-only arguments.
    pub fn new(pos: &'a [Value]) -> Self {
        Args { pos, kw: &[] }
    }
    /// Positional and keyword arguments.
    pub fn with_kw(pos: &'a [Value], kw: &'a [(ObjRef, Value)]) -> Self {
        Args { pos, kw }
    }
    /// The keyword argument with this name, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw
            .iter()
            .find(|(k, _)| k.payload_str() == Some(name))
            .map(|(_, v)| v)
    }
}

/// A function implemented in Rust.
pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// The payload of a Python function.
pub struct FunctionObj {
    /// The code object (`Payload::Code`).
    pub code: ObjRef,
    /// The module globals (`Payload::Dict`).
    pub globals: ObjRef,
    /// `__name__`.
    pub name: PyCell<String>,
    /// `__qualname__`.
    pub qualname: PyCell<String>,
    /// Positional defaults (`__defaults__`), aligned to the last parameters.
    pub defaults: PyCell<Vec<Value>>,
    /// Keyword-only defaults (`__kwdefaults__`): a dict or None.
    pub kwdefaults: PyCell<Value>,
    /// Closure cells (`Payload::Cell`), one per free variable.
    pub closure: Vec<Value>,
    /// `__dict__` (a dict object) or None until first set.
    pub dict: PyCell<Value>,
    /// `__doc__`.
    pub doc: PyCell<Value>,
    /// `__module__`.
    pub module: PyCell<Value>,
}

impl FunctionObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        drain_vec(self.defaults.0.get_mut(), sink);
        drain_value(self.kwdefaults.0.get_mut(), sink);
        drain_vec(&mut self.closure, sink);
        drain_value(self.dict.0.get_mut(), sink);
        drain_value(self.doc.0.get_mut(), sink);
        drain_value(self.module.0.get_mut(), sink);
    }
}

/// The payload of a function implemented in Rust.
pub struct NativeFnObj {
    /// `__name__`.
    pub name: &'static str,
    /// The function.
    pub f: NativeFn,
    /// For a method bound to its object (`[].append`): the object, passed as
    /// the first positional argument.
    pub bound: Option<Value>,
    /// `__qualname__` prefix: the owning class or module name, if any.
    pub owner: Option<&'static str>,
}

/// The payload of a bound method: a callable and the instance it is bound to.
pub struct BoundMethodObj {
    /// The function.
    pub func: Value,
    /// `__self__`.
    pub self_: Value,
}

impl BoundMethodObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        drain_value(&mut self.func, sink);
        drain_value(&mut self.self_, sink);
    }
}

impl ObjRef {
    /// The text of a `str` object.
    #[inline]
    pub fn payload_str(&self) -> Option<&str> {
        match self.payload() {
            super::Payload::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
