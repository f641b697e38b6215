//! Function objects: Python functions, native (Rust) functions, bound methods.

use alloc::string::String;
use alloc::vec::Vec;

use alloc::format;

use super::{drain_value, drain_vec, ObjRef, Payload, PyCell, Value};
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

fn is_none(v: &Value) -> bool {
    matches!(v, Value::None)
}

fn fobj(v: &Value) -> Option<&FunctionObj> {
    match v.payload() {
        Some(Payload::Function(f)) => Some(f),
        _ => None,
    }
}

/// The per-object attributes of a Python function.
pub fn function_getattr(vm: &mut Vm, v: &Value, n: &str) -> PyResult<Option<Value>> {
    let Some(f) = fobj(v) else { return Ok(None) };
    Ok(match n {
        "__name__" => Some(vm.new_str(f.name.get().clone())),
        "__qualname__" => Some(vm.new_str(f.qualname.get().clone())),
        "__doc__" => Some(f.doc.get().clone()),
        "__module__" => Some(f.module.get().clone()),
        "__defaults__" => {
            let d = f.defaults.get().clone();
            Some(if d.is_empty() {
                Value::None
            } else {
                vm.new_tuple(d)
            })
        }
        "__kwdefaults__" => Some(f.kwdefaults.get().clone()),
        "__code__" => Some(Value::Obj(f.code.clone())),
        "__globals__" => Some(Value::Obj(f.globals.clone())),
        "__builtins__" => Some(Value::Obj(vm.interp().builtins.clone())),
        "__closure__" => Some(if f.closure.is_empty() {
            Value::None
        } else {
            vm.new_tuple(f.closure.clone())
        }),
        "__dict__" => {
            if is_none(&f.dict.get()) {
                *f.dict.get_mut() = vm.new_dict();
            }
            Some(f.dict.get().clone())
        }
        "__annotations__" => {
            let existing = match f.dict.get().payload() {
                Some(Payload::Dict(d)) => d.get_str("__annotations__"),
                _ => None,
            };
            match existing {
                Some(a) => Some(a),
                None => {
                    let d = vm.new_dict();
                    set_in_dict(vm, f, "__annotations__", d.clone());
                    Some(d)
                }
            }
        }
        _ => match f.dict.get().payload() {
            Some(Payload::Dict(d)) => d.get_str(n),
            _ => None,
        },
    })
}

fn set_in_dict(vm: &Vm, f: &FunctionObj, n: &str, v: Value) {
    if is_none(&f.dict.get()) {
        *f.dict.get_mut() = vm.new_dict();
    }
    if let Some(Payload::Dict(d)) = f.dict.get().payload() {
        d.set_str(vm.intern(n), v);
    }
}

/// Sets (or deletes, with `None`) an attribute of a Python function.
pub fn function_setattr(
    vm: &mut Vm,
    v: &Value,
    name: &ObjRef,
    value: Option<Value>,
) -> PyResult<()> {
    let Some(f) = fobj(v) else { return Ok(()) };
    let n = name.payload_str().unwrap_or("");
    match (n, value) {
        ("__name__" | "__qualname__", Some(x)) => {
            let Some(s) = x.as_str() else {
                return Err(vm.type_error(format!("{n} must be set to a string object")));
            };
            if n == "__name__" {
                *f.name.get_mut() = String::from(s);
            } else {
                *f.qualname.get_mut() = String::from(s);
            }
        }
        ("__doc__", x) => *f.doc.get_mut() = x.unwrap_or(Value::None),
        ("__module__", x) => *f.module.get_mut() = x.unwrap_or(Value::None),
        ("__defaults__", x) => {
            let items = match x {
                None | Some(Value::None) => Vec::new(),
                Some(t) => match t.payload() {
                    Some(Payload::Tuple(t)) => t.items().to_vec(),
                    _ => return Err(vm.type_error("__defaults__ must be set to a tuple object")),
                },
            };
            *f.defaults.get_mut() = items;
        }
        ("__kwdefaults__", x) => {
            let x = x.unwrap_or(Value::None);
            if !is_none(&x) && !matches!(x.payload(), Some(Payload::Dict(_))) {
                return Err(vm.type_error("__kwdefaults__ must be set to a dict object"));
            }
            *f.kwdefaults.get_mut() = x;
        }
        ("__dict__", Some(x)) => {
            if !matches!(x.payload(), Some(Payload::Dict(_))) {
                return Err(vm.type_error("__dict__ must be set to a dictionary"));
            }
            *f.dict.get_mut() = x;
        }
        (
            "__name__" | "__qualname__" | "__dict__" | "__code__" | "__globals__" | "__closure__",
            None,
        ) => {
            return Err(vm.type_error(format!("cannot delete {n}")));
        }
        ("__code__" | "__globals__" | "__closure__" | "__builtins__", Some(_)) => {
            return Err(vm.attribute_error("readonly attribute"));
        }
        (_, Some(x)) => set_in_dict(vm, f, n, x),
        (_, None) => {
            let old = match f.dict.get().payload() {
                Some(Payload::Dict(d)) => d.table.get_mut().remove_str(n),
                _ => None,
            };
            match old {
                Some(o) => drop(o),
                None => return Err(vm.no_attribute(v, name)),
            }
        }
    }
    Ok(())
}

fn function_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.first() {
        Some(v @ Value::Obj(o)) if fobj(v).is_some() => {
            let qn = fobj(v)
                .map(|f| f.qualname.get().clone())
                .unwrap_or_default();
            Ok(vm.new_str(format!("<function {qn} at {:#x}>", o.as_ptr() as usize)))
        }
        _ => Err(vm.type_error("descriptor '__repr__' requires a 'function' object")),
    }
}

fn function_get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = args.pos.first().cloned().unwrap_or(Value::None);
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if is_none(&obj) {
        return Ok(f);
    }
    Ok(Value::from_payload(Payload::BoundMethod(BoundMethodObj {
        func: f,
        self_: obj,
    })))
}

fn native_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(Payload::Host(super::native::HostObj::Function(h))) =
        args.pos.first().and_then(|v| v.payload())
    {
        return Ok(vm.new_str(super::native::repr(h)));
    }
    let Some(Payload::Native(n)) = args.pos.first().and_then(|v| v.payload()) else {
        return Err(
            vm.type_error("descriptor '__repr__' requires a 'builtin_function_or_method' object")
        );
    };
    let (name, owner, bound) = (n.name, n.owner, n.bound.clone());
    let s = match (bound, owner) {
        (Some(b), _) => {
            if let Some(Payload::Module(_)) = b.payload() {
                format!("<built-in function {name}>")
            } else {
                let tn = if let Some(Payload::Type(_)) = b.payload() {
                    String::from("type")
                } else {
                    vm.type_name(&b)
                };
                let addr = match &b {
                    Value::Obj(o) => o.as_ptr() as usize,
                    _ => 0,
                };
                format!("<built-in method {name} of {tn} object at {addr:#x}>")
            }
        }
        (None, Some(o)) => format!("<method '{name}' of '{o}' objects>"),
        (None, None) => format!("<built-in function {name}>"),
    };
    Ok(vm.new_str(s))
}

/// `types.MethodType(function, instance)`: a bound method, as CPython
/// builds one by hand.
fn method_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let (func, self_) = (&args.pos[1], &args.pos[2]);
    if !crate::builtins::builtins::is_callable(vm, func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if matches!(self_, Value::None) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::from_payload(Payload::BoundMethod(BoundMethodObj {
        func: func.clone(),
        self_: self_.clone(),
    })))
}

fn method_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Payload::BoundMethod(m)) = args.pos.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'method' object"));
    };
    let (func, self_) = (m.func.clone(), m.self_.clone());
    let qn = vm.intern("__qualname__");
    let name = match vm.getattr_opt(&func, &qn)? {
        Some(q) => vm.str(&q)?,
        None => {
            let nn = vm.intern("__name__");
            match vm.getattr_opt(&func, &nn)? {
                Some(q) => vm.str(&q)?,
                None => String::from("?"),
            }
        }
    };
    let sr = vm.repr(&self_)?;
    Ok(vm.new_str(format!("<bound method {name} of {sr}>")))
}

fn method_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (Some(Payload::BoundMethod(a)), Some(Payload::BoundMethod(b))) = (
        args.pos.first().and_then(|v| v.payload()),
        args.pos.get(1).and_then(|v| v.payload()),
    ) else {
        return Ok(vm.not_implemented());
    };
    Ok(Value::Bool(a.func.is(&b.func) && a.self_.is(&b.self_)))
}

fn method_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Payload::BoundMethod(m)) = args.pos.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("descriptor '__hash__' requires a 'method' object"));
    };
    let (f, s) = (m.func.clone(), m.self_.clone());
    let hf = vm.hash(&f)?;
    let hs = crate::vm::ops::identity_hash(&s);
    let h = hf ^ hs;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn method_get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn native_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (Some(Payload::Native(a)), Some(Payload::Native(b))) = (
        args.pos.first().and_then(|v| v.payload()),
        args.pos.get(1).and_then(|v| v.payload()),
    ) else {
        return Ok(vm.not_implemented());
    };
    let same_self = match (&a.bound, &b.bound) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => true,
        _ => false,
    };
    Ok(Value::Bool(
        a.name == b.name && a.owner == b.owner && same_self,
    ))
}

/// Registers the function types' methods.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types();
    vm.add_methods(
        &t.function,
        "function",
        &[("__repr__", function_repr), ("__get__", function_get)],
    );
    vm.add_methods(
        &t.native,
        "builtin_function_or_method",
        &[("__repr__", native_repr), ("__eq__", native_eq)],
    );
    vm.add_methods(
        &t.method,
        "method",
        &[
            ("__new__", method_new),
            ("__repr__", method_repr),
            ("__eq__", method_eq),
            ("__hash__", method_hash),
            ("__get__", method_get),
        ],
    );
}
