//! Built-in modules: `builtins`, `sys`, and friends (one file per module).
//!
//! [`BUILTIN_MODULES`] is the registry the import system consults before
//! looking for `.py` files: a module name and the function that builds the
//! module. To add a module (`time`, `math`, ...), write `builtins/<name>.rs`
//! with a `pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef>` and add a
//! line to the table.
//!
//! The small helpers at the bottom (argument checking, type names, calling
//! methods) are shared by the module files.

#[allow(clippy::module_inception)]
pub mod builtins;
#[cfg(feature = "math")]
pub mod cmath;
pub mod gc;
#[cfg(feature = "math")]
pub mod math;
#[cfg(feature = "os")]
pub mod os;
pub mod pymods;
#[cfg(feature = "random")]
pub mod random;
pub mod r#struct;
pub mod sys;
pub mod thread;
pub mod threading;
pub mod time;

use alloc::format;
use alloc::string::String;

use crate::object::class::{flags, BaseKind, TypeObj};
use crate::object::function::Args;
use crate::object::instance::InstanceObj;
use crate::object::module::ModuleObj;
use crate::object::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Builds a built-in module (called once; the result is cached in `sys.modules`).
pub type ModuleInit = fn(&mut Vm) -> PyResult<ObjRef>;

/// Every built-in module: name and constructor.
pub static BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("builtins", builtins::make_module),
    ("sys", sys::make_module),
    ("time", time::make_module),
    ("_thread", thread::make_module),
    ("threading", pymods::make_threading),
    #[cfg(feature = "pylib")]
    ("queue", pymods::make_queue),
    #[cfg(feature = "math")]
    ("math", math::make_module),
    #[cfg(feature = "pylib")]
    ("operator", pymods::make_operator),
    #[cfg(feature = "pylib")]
    ("functools", pymods::make_functools),
    #[cfg(feature = "pylib")]
    ("collections", pymods::make_collections),
    #[cfg(feature = "pylib")]
    ("itertools", pymods::make_itertools),
    #[cfg(feature = "pylib")]
    ("heapq", pymods::make_heapq),
    #[cfg(feature = "pylib")]
    ("bisect", pymods::make_bisect),
    #[cfg(feature = "pylib")]
    ("copy", pymods::make_copy),
    #[cfg(feature = "pylib")]
    ("string", pymods::make_string),
    #[cfg(feature = "pylib")]
    ("errno", pymods::make_errno),
    #[cfg(feature = "pylib")]
    ("enum", pymods::make_enum),
    #[cfg(feature = "random")]
    ("_random", random::make_module),
    #[cfg(feature = "random")]
    ("random", pymods::make_random),
    #[cfg(feature = "pylib")]
    ("json", pymods::make_json),
    #[cfg(feature = "os")]
    ("io", pymods::make_io),
    #[cfg(feature = "struct")]
    ("_struct", r#struct::make_module),
    #[cfg(feature = "struct")]
    ("struct", pymods::make_struct),
    #[cfg(feature = "struct")]
    ("array", pymods::make_array),
    ("__future__", pymods::make_future),
    #[cfg(feature = "pylib")]
    ("asyncio", pymods::make_asyncio),
    #[cfg(feature = "pylib")]
    ("dataclasses", pymods::make_dataclasses),
    #[cfg(feature = "pylib")]
    ("typing", pymods::make_typing),
    #[cfg(feature = "pylib")]
    ("abc", pymods::make_abc),
    #[cfg(feature = "pylib")]
    ("_collections_abc", pymods::make_collections_abc),
    #[cfg(feature = "pylib")]
    ("collections.abc", pymods::make_collections_abc_public),
    #[cfg(feature = "pylib")]
    ("contextlib", pymods::make_contextlib),
    #[cfg(feature = "pylib")]
    ("re", pymods::make_re),
    #[cfg(feature = "pylib")]
    ("textwrap", pymods::make_textwrap),
    #[cfg(feature = "pylib")]
    ("warnings", pymods::make_warnings),
    #[cfg(all(feature = "pylib", feature = "math"))]
    ("fractions", pymods::make_fractions),
    #[cfg(all(feature = "pylib", feature = "math"))]
    ("statistics", pymods::make_statistics),
    #[cfg(feature = "os")]
    ("_os", os::make_module),
    #[cfg(feature = "os")]
    ("os", pymods::make_os),
    #[cfg(feature = "os")]
    ("posixpath", pymods::make_posixpath),
    #[cfg(feature = "math")]
    ("cmath", cmath::make_module),
    ("types", pymods::make_types),
    ("gc", gc::make_module),
];

/// The constructor of a built-in module, if there is one by that name.
pub fn find_builtin_module(name: &str) -> Option<ModuleInit> {
    BUILTIN_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

// ----- helpers shared by the module files -----

/// Stores the native functions `funcs` in a module's namespace `d`.
pub fn add_functions(
    vm: &mut Vm,
    d: &ObjRef,
    funcs: &[(&'static str, crate::object::function::NativeFn)],
) {
    for &(name, f) in funcs {
        vm.dict_set_str(d, name, vm.new_native(name, f));
    }
}

/// `type(v).__name__`.
pub fn type_name(vm: &Vm, v: &Value) -> String {
    let t = vm.type_of(v);
    match t.payload() {
        Payload::Type(t) => t.name.get().clone(),
        _ => String::from("?"),
    }
}

/// The `__name__` of a type object.
pub fn class_name(ty: &ObjRef) -> String {
    match ty.payload() {
        Payload::Type(t) => t.name.get().clone(),
        _ => String::from("?"),
    }
}

/// `TypeError: f() takes no keyword arguments` unless `args.kw` is empty.
pub fn no_kwargs(vm: &Vm, args: &Args<'_>, fname: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
    }
}

/// The `self` of a built-in method called through its class (`float.hex(x)`):
/// `read(self)`, or `read` of the built-in value inside an instance of a
/// subclass (`class S(set)`), or [`descriptor_error`] when there is no such
/// argument or `read` refuses it.
pub fn descriptor_self<'a, T>(
    vm: &Vm,
    args: &Args<'a>,
    type_name: &str,
    method: &str,
    read: impl Fn(&'a Value) -> Option<T>,
) -> PyResult<T> {
    let first = args.pos.first();
    let found = first.and_then(|v| match v.payload() {
        Some(Payload::Instance(i)) => read(&i.base),
        _ => read(v),
    });
    match found {
        Some(t) => Ok(t),
        None => Err(descriptor_error(vm, first, type_name, method)),
    }
}

/// CPython's `TypeError` for a built-in method of `type_name` called
/// through its class on the wrong object (`got`) or on nothing. Slot
/// wrappers (`__add__`, `__len__`, ...) and plain methods word it
/// differently, as CPython's two descriptor types do.
#[cold]
pub fn descriptor_error(vm: &Vm, got: Option<&Value>, type_name: &str, method: &str) -> PyErr {
    let slot = is_slot_wrapper(type_name, method);
    vm.type_error(match (got, slot) {
        (Some(v), true) => format!(
            "descriptor '{method}' requires a '{type_name}' object but received a '{}'",
            vm.type_name(v)
        ),
        (Some(v), false) => format!(
            "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ),
        (None, true) => format!("descriptor '{method}' of '{type_name}' object needs an argument"),
        (None, false) => format!("unbound method {type_name}.{method}() needs an argument"),
    })
}

/// Is `name` a method CPython implements as a type slot (a
/// `wrapper_descriptor`), rather than a `method_descriptor`? (A few types
/// define a slot's method directly too, for speed: those are methods.)
fn is_slot_wrapper(type_name: &str, name: &str) -> bool {
    if matches!(
        (type_name, name),
        ("list" | "dict", "__getitem__") | ("dict" | "set" | "frozenset", "__contains__")
    ) {
        return false;
    }
    let Some(core) = name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) else {
        return false;
    };
    // The binary operators, with their reflected and in-place forms.
    const BINARY: &[&str] = &[
        "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift",
        "rshift", "and", "xor", "or",
    ];
    let reflected = core
        .strip_prefix('r')
        .is_some_and(|op| BINARY.contains(&op));
    let inplace = core
        .strip_prefix('i')
        .is_some_and(|op| BINARY.contains(&op) && op != "divmod");
    if BINARY.contains(&core) || reflected || inplace {
        return true;
    }
    matches!(
        core,
        "repr"
            | "str"
            | "hash"
            | "call"
            | "getattribute"
            | "getattr"
            | "setattr"
            | "delattr"
            | "lt"
            | "le"
            | "eq"
            | "ne"
            | "gt"
            | "ge"
            | "iter"
            | "next"
            | "get"
            | "set"
            | "delete"
            | "init"
            | "del"
            | "await"
            | "aiter"
            | "anext"
            | "neg"
            | "pos"
            | "abs"
            | "bool"
            | "invert"
            | "int"
            | "float"
            | "index"
            | "len"
            | "getitem"
            | "setitem"
            | "delitem"
            | "contains"
    )
}

/// The single argument of a one-argument function, with CPython's
/// `f() takes exactly one argument (N given)` message otherwise.
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a Value> {
    no_kwargs(vm, args, fname)?;
    match args.pos {
        [v] => Ok(v),
        _ => Err(vm.type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

/// Checks a positional count with the `f expected ... got N` messages
/// (CPython's `_PyArg_CheckPositional`), and that no keywords were given.
pub fn check_pos(vm: &Vm, args: &Args<'_>, fname: &str, min: usize, max: usize) -> PyResult<()> {
    no_kwargs(vm, args, fname)?;
    check_pos_only(vm, args.pos.len(), fname, min, max)
}

/// Like [`check_pos`] for a count alone (keywords handled by the caller).
pub fn check_pos_only(vm: &Vm, n: usize, fname: &str, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let msg = if min == max {
            format!("{fname} expected {min} argument{}, got {n}", plural(min))
        } else {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        };
        return Err(vm.type_error(msg));
    }
    if n > max {
        let msg = if min == max {
            format!("{fname} expected {max} argument{}, got {n}", plural(max))
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Rejects keyword arguments other than `allowed`, with CPython's
/// `'x' is an invalid keyword argument for f()` message.
pub fn check_kwargs(vm: &Vm, args: &Args<'_>, fname: &str, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in args.kw {
        let name = k.payload_str().unwrap_or("");
        if !allowed.contains(&name) {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

/// Calls `obj.name(*args)`: a native method found on the type is called
/// directly with `obj` first (no bound-method object); anything else goes
/// through `getattr` and `call`.
pub fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let plain_builtin = !matches!(
        obj.payload(),
        Some(Payload::Instance(_) | Payload::Type(_) | Payload::Module(_))
    );
    if plain_builtin {
        if let Some(m) = vm.lookup_special(obj, name) {
            if matches!(m.payload(), Some(Payload::Native(n)) if n.bound.is_none()) {
                let mut pos = alloc::vec::Vec::with_capacity(args.len() + 1);
                pos.push(obj.clone());
                pos.extend_from_slice(args);
                return vm.call(&m, Args::new(&pos));
            }
        }
    }
    let key = vm.intern(name);
    let m = vm.getattr(obj, &key)?;
    vm.call(&m, Args::new(args))
}

/// A new built-in helper class (e.g. `sys.version_info`'s type) whose
/// instances are `Payload::Instance` objects with a `__dict__`.
pub fn new_helper_class(vm: &Vm, name: &str, module: &str) -> ObjRef {
    let object = vm.types().object.clone();
    let ty = ObjRef::new(Payload::Type(TypeObj::new(
        name,
        alloc::vec![object.clone()],
        alloc::vec![object],
        BaseKind::Object,
        flags::BUILTIN,
    )));
    if let Payload::Type(t) = ty.payload() {
        t.dict()
            .set_str(vm.intern("__module__"), vm.new_str(module));
        t.qualname.replace(String::from(name));
    }
    ty
}

/// A new instance of a helper class, with an empty `__dict__`.
pub fn new_helper_instance(vm: &Vm, class: &ObjRef) -> Value {
    Value::from_payload(Payload::Instance(InstanceObj::new(
        class.clone(),
        vm.new_dict(),
    )))
}

/// The `__dict__` of an instance, a module or a type (no Python code runs).
pub fn dict_of(v: &Value) -> Option<ObjRef> {
    match v.payload()? {
        Payload::Instance(i) => i.dict.as_obj().cloned(),
        Payload::Module(m) => Some(m.dict.clone()),
        Payload::Type(t) => Some(t.dict.clone()),
        _ => None,
    }
}

/// Reads a `str`-keyed item from a dict object without running Python code.
pub fn dict_get_str(dict: &ObjRef, key: &str) -> Option<Value> {
    match dict.payload() {
        Payload::Dict(d) => d.get_str(key),
        _ => None,
    }
}

/// A module object around an existing namespace dict.
pub fn module_with_dict(dict: ObjRef) -> ObjRef {
    ObjRef::new(Payload::Module(ModuleObj { dict }))
}

/// The `sys` module's namespace, if `sys` has been set up.
pub fn sys_dict(vm: &Vm) -> Option<ObjRef> {
    let m = dict_get_str(&vm.interp().modules, "sys")?;
    dict_of(&m)
}

/// `sys.<name>`, if set (no Python code runs).
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    dict_get_str(&sys_dict(vm)?, name)
}

/// Converts through `__index__` to a Python int value (an immediate or a
/// big int), with CPython's "cannot be interpreted as an integer" message.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Obj(o) if matches!(o.payload(), Payload::Int(_)) => Ok(v.clone()),
        _ => {
            if !matches!(v, Value::Float(_)) {
                if let Some(m) = vm.lookup_special(v, "__index__") {
                    let r = vm.call(&m, Args::new(core::slice::from_ref(v)))?;
                    return match &r {
                        Value::Int(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
                        Value::Obj(o) if matches!(o.payload(), Payload::Int(_)) => Ok(r),
                        _ => Err(vm.type_error(format!(
                            "__index__ returned non-int (type {})",
                            type_name(vm, &r)
                        ))),
                    };
                }
            }
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            )))
        }
    }
}

/// `__index__` to an i64; big ints raise `OverflowError` with `msg`.
pub fn index_i64(vm: &mut Vm, v: &Value, overflow_msg: &str) -> PyResult<i64> {
    match index_value(vm, v)? {
        Value::Int(i) => Ok(i),
        _ => Err(vm.overflow_error(overflow_msg)),
    }
}

/// The text of a `str` argument, or a `TypeError` with `msg`.
pub fn expect_str<'a>(
    vm: &Vm,
    v: &'a Value,
    msg: impl FnOnce(String) -> String,
) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => Err(vm.type_error(msg(type_name(vm, v)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_knows_sys_and_builtins() {
        assert!(find_builtin_module("sys").is_some());
        assert!(find_builtin_module("builtins").is_some());
        assert!(find_builtin_module("nope").is_none());
    }
}
