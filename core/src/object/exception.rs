//! Exception instances, traceback entries, and the built-in exception
//! hierarchy.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cell::Cell;

use super::function::Args;
use super::{drain_value, ObjRef, Payload, PyCell, Value};
use crate::vm::ops::{is_subtype, type_name_of};
use crate::vm::{PyResult, Vm};

/// The payload of an exception instance (any subclass of `BaseException`).
pub struct ExceptionObj {
    /// `__class__`.
    pub class: PyCell<ObjRef>,
    /// `args` (a tuple).
    pub args: PyCell<Value>,
    /// `__dict__` (a dict object) for extra attributes, or None until needed.
    pub dict: PyCell<Value>,
    /// `__traceback__`: None or a traceback object (innermost last).
    pub traceback: PyCell<Value>,
    /// `__cause__`.
    pub cause: PyCell<Value>,
    /// `__context__`.
    pub context: PyCell<Value>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
}

impl ExceptionObj {
    /// A new exception payload (boxed, as `Payload::Exception` holds it).
    pub fn new(class: ObjRef, args: Value) -> Box<Self> {
        Box::new(ExceptionObj {
            class: PyCell::new(class),
            args: PyCell::new(args),
            dict: PyCell::new(Value::None),
            traceback: PyCell::new(Value::None),
            cause: PyCell::new(Value::None),
            context: PyCell::new(Value::None),
            suppress_context: Cell::new(false),
        })
    }

    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        drain_value(self.args.0.get_mut(), sink);
        drain_value(self.dict.0.get_mut(), sink);
        drain_value(self.traceback.0.get_mut(), sink);
        drain_value(self.cause.0.get_mut(), sink);
        drain_value(self.context.0.get_mut(), sink);
    }
}

/// The payload of a traceback entry (`tb_next` chains outward-in, as CPython).
pub struct TracebackObj {
    /// The next (inner) entry or None.
    pub next: PyCell<Value>,
    /// The code object that was running.
    pub code: ObjRef,
    /// The instruction index that was running (for line and column).
    pub lasti: u32,
    /// The local variables of a frame the exception left: as CPython's
    /// `tb_frame` does, the traceback keeps them alive until it is freed.
    pub locals: PyCell<Vec<Value>>,
}

impl TracebackObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        drain_value(self.next.0.get_mut(), sink);
        for v in self.locals.0.get_mut().drain(..) {
            sink(v);
        }
    }
}

macro_rules! exc_kinds {
    ($( $name:ident : $parent:tt ),* $(,)?) => {
        /// Every built-in exception type.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum ExcKind { $($name),* }

        impl ExcKind {
            /// All kinds, parents before children.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name),*];
            /// The Python name.
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name)),* }
            }
            /// The base exception kind (None for BaseException).
            pub fn parent(self) -> Option<ExcKind> {
                match self { $(ExcKind::$name => exc_kinds!(@parent $parent)),* }
            }
        }
    };
    (@parent root) => { None };
    (@parent $p:ident) => { Some(ExcKind::$p) };
}

exc_kinds! {
    BaseException: root,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

fn is_none(v: &Value) -> bool {
    matches!(v, Value::None)
}

/// Is the exception class `cls` a subclass of the built-in `kind`?
pub fn class_is(vm: &Vm, cls: &ObjRef, kind: ExcKind) -> bool {
    is_subtype(cls, vm.interp().exc_type(kind))
}

fn exc_obj(v: &Value) -> Option<&ExceptionObj> {
    match v.payload() {
        Some(Payload::Exception(e)) => Some(e),
        _ => None,
    }
}

fn exc_dict_get(e: &ExceptionObj, n: &str) -> Option<Value> {
    match e.dict.get().payload() {
        Some(Payload::Dict(d)) => d.get_str(n),
        _ => None,
    }
}

fn exc_dict_set(vm: &Vm, e: &ExceptionObj, n: &str, v: Value) {
    if is_none(&e.dict.get()) {
        *e.dict.get_mut() = vm.new_dict();
    }
    if let Some(Payload::Dict(d)) = e.dict.get().payload() {
        d.set_str(vm.intern(n), v);
    }
}

fn args_vec(e: &ExceptionObj) -> Vec<Value> {
    match e.args.get().payload() {
        Some(Payload::Tuple(t)) => t.items().to_vec(),
        _ => Vec::new(),
    }
}

/// Attribute defaults of the built-in exception kinds when `__init__` has
/// not stored them (exceptions made natively by `vm.new_exc`).
fn exc_default_attr(vm: &Vm, e: &ExceptionObj, n: &str) -> Option<Value> {
    let cls = e.class.get().clone();
    let args = args_vec(e);
    let first = || args.first().cloned().unwrap_or(Value::None);
    if class_is(vm, &cls, ExcKind::StopIteration) && n == "value" {
        return Some(first());
    }
    if class_is(vm, &cls, ExcKind::SystemExit) && n == "code" {
        return Some(match args.len() {
            0 => Value::None,
            1 => first(),
            _ => e.args.get().clone(),
        });
    }
    if class_is(vm, &cls, ExcKind::OSError)
        && matches!(n, "errno" | "strerror" | "filename" | "filename2")
    {
        return Some(Value::None);
    }
    if class_is(vm, &cls, ExcKind::SyntaxError)
        && matches!(
            n,
            "msg"
                | "filename"
                | "lineno"
                | "offset"
                | "text"
                | "end_lineno"
                | "end_offset"
                | "print_file_and_line"
        )
    {
        return Some(if n == "msg" { first() } else { Value::None });
    }
    if (class_is(vm, &cls, ExcKind::NameError) && n == "name")
        || (class_is(vm, &cls, ExcKind::AttributeError) && matches!(n, "name" | "obj"))
        || (class_is(vm, &cls, ExcKind::ImportError) && matches!(n, "name" | "path" | "msg"))
    {
        return Some(if n == "msg" && class_is(vm, &cls, ExcKind::ImportError) {
            first()
        } else {
            Value::None
        });
    }
    None
}

/// The per-instance attributes of an exception.
pub fn exc_getattr(vm: &mut Vm, v: &Value, n: &str) -> PyResult<Option<Value>> {
    let Some(e) = exc_obj(v) else { return Ok(None) };
    Ok(match n {
        "args" => Some(e.args.get().clone()),
        "__traceback__" => Some(e.traceback.get().clone()),
        "__cause__" => Some(e.cause.get().clone()),
        "__context__" => Some(e.context.get().clone()),
        "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
        "__dict__" => {
            if is_none(&e.dict.get()) {
                *e.dict.get_mut() = vm.new_dict();
            }
            Some(e.dict.get().clone())
        }
        _ => match exc_dict_get(e, n) {
            Some(x) => Some(x),
            None => exc_default_attr(vm, e, n),
        },
    })
}

/// Sets (or deletes, with `None`) an exception attribute.
pub fn exc_setattr(vm: &mut Vm, v: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let Some(e) = exc_obj(v) else { return Ok(()) };
    let n = name.payload_str().unwrap_or("");
    let Some(value) = value else {
        let old = match e.dict.get().payload() {
            Some(Payload::Dict(d)) => d.table.get_mut().remove_str(n),
            _ => None,
        };
        return match old {
            Some(o) => {
                drop(o);
                Ok(())
            }
            None if n == "__traceback__" || n == "args" => {
                Err(vm.type_error(format!("{n} may not be deleted")))
            }
            None => Err(vm.no_attribute(v, name)),
        };
    };
    match n {
        "args" => {
            let items = vm.collect(&value)?;
            *e.args.get_mut() = vm.new_tuple(items);
        }
        "__traceback__" => {
            if !is_none(&value) && !matches!(value.payload(), Some(Payload::Traceback(_))) {
                return Err(vm.type_error("__traceback__ must be a traceback or None"));
            }
            *e.traceback.get_mut() = value;
        }
        "__cause__" | "__context__" => {
            if !is_none(&value) && !matches!(value.payload(), Some(Payload::Exception(_))) {
                return Err(vm.type_error(format!(
                    "exception {} must be None or derive from BaseException",
                    &n[2..n.len() - 2]
                )));
            }
            if n == "__cause__" {
                *e.cause.get_mut() = value;
                e.suppress_context.set(true);
            } else {
                *e.context.get_mut() = value;
            }
        }
        "__suppress_context__" => {
            let b = vm.truthy(&value)?;
            e.suppress_context.set(b);
        }
        _ => exc_dict_set(vm, e, n, value),
    }
    Ok(())
}

fn self_exc<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    crate::builtins::descriptor_self(vm, args, "BaseException", name, |v| exc_obj(v).map(|_| v))
}

fn exc_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    if !matches!(cls.payload(), Payload::Type(_)) {
        return Err(vm.type_error(format!(
            "BaseException.__new__(X): X is not a type object ({})",
            vm.type_name(&args.pos[0])
        )));
    }
    if !class_is(vm, cls, ExcKind::BaseException) {
        let n = type_name_of(cls);
        return Err(vm.type_error(format!(
            "BaseException.__new__({n}): {n} is not a subtype of BaseException"
        )));
    }
    let mut cls = cls.clone();
    // OSError(errno, ...) picks the subclass for the errno.
    if cls.ptr_eq(vm.interp().exc_type(ExcKind::OSError)) && args.pos.len() >= 3 {
        if let Value::Int(errno) = args.pos[1] {
            if let Some(k) = errno_kind(errno) {
                cls = vm.interp().exc_type(k).clone();
            }
        }
    }
    let a = vm.new_tuple(args.pos[1..].to_vec());
    Ok(Value::from_payload(Payload::Exception(ExceptionObj::new(
        cls, a,
    ))))
}

/// The `OSError` subclass CPython picks for an errno value.
pub fn errno_kind(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => return None,
    })
}

fn kw_allowed(vm: &Vm, cls: &ObjRef) -> &'static [&'static str] {
    if class_is(vm, cls, ExcKind::NameError) {
        &["name"]
    } else if class_is(vm, cls, ExcKind::AttributeError) {
        &["name", "obj"]
    } else if class_is(vm, cls, ExcKind::ImportError) {
        &["name", "path"]
    } else {
        &[]
    }
}

fn exc_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_exc(vm, &args, "__init__")?.clone();
    let Some(e) = exc_obj(&s) else {
        return Ok(Value::None);
    };
    let cls = e.class.get().clone();
    let allowed = kw_allowed(vm, &cls);
    for (k, v) in args.kw {
        let kn = k.payload_str().unwrap_or("");
        if !allowed.contains(&kn) {
            if allowed.is_empty() {
                return Err(vm.type_error(format!(
                    "{}() takes no keyword arguments",
                    type_name_of(&cls)
                )));
            }
            return Err(vm.type_error(format!(
                "'{kn}' is an invalid keyword argument for {}()",
                type_name_of(&cls)
            )));
        }
        exc_dict_set(vm, e, kn, v.clone());
    }
    let rest = args.pos[1..].to_vec();
    *e.args.get_mut() = vm.new_tuple(rest.clone());
    let first = rest.first().cloned().unwrap_or(Value::None);
    if class_is(vm, &cls, ExcKind::StopIteration) {
        exc_dict_set(vm, e, "value", first.clone());
    }
    if class_is(vm, &cls, ExcKind::SystemExit) {
        let code = match rest.len() {
            0 => Value::None,
            1 => first.clone(),
            _ => e.args.get().clone(),
        };
        exc_dict_set(vm, e, "code", code);
    }
    if class_is(vm, &cls, ExcKind::ImportError) {
        exc_dict_set(
            vm,
            e,
            "msg",
            if rest.len() == 1 {
                first.clone()
            } else {
                Value::None
            },
        );
    }
    if class_is(vm, &cls, ExcKind::OSError) && (2..=5).contains(&rest.len()) {
        exc_dict_set(vm, e, "errno", rest[0].clone());
        exc_dict_set(vm, e, "strerror", rest[1].clone());
        if let Some(f) = rest.get(2) {
            exc_dict_set(vm, e, "filename", f.clone());
            *e.args.get_mut() = vm.new_tuple(vec![rest[0].clone(), rest[1].clone()]);
        }
        if let Some(f) = rest.get(4) {
            exc_dict_set(vm, e, "filename2", f.clone());
        }
    }
    if class_is(vm, &cls, ExcKind::SyntaxError) {
        exc_dict_set(vm, e, "msg", first.clone());
        if let Some(Some(Payload::Tuple(t))) = rest.get(1).map(|d| d.payload()) {
            let items = t.items().to_vec();
            let names = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ];
            if !(4..=6).contains(&items.len()) {
                return Err(vm.index_error("tuple index out of range"));
            }
            for (i, nm) in names.iter().enumerate() {
                exc_dict_set(vm, e, nm, items.get(i).cloned().unwrap_or(Value::None));
            }
        }
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_exc(vm, &args, "__str__")?.clone();
    let Some(e) = exc_obj(&s) else {
        return Ok(vm.new_str(""));
    };
    let cls = e.class.get().clone();
    let items = args_vec(e);
    if class_is(vm, &cls, ExcKind::KeyError) && items.len() == 1 {
        let r = vm.repr(&items[0])?;
        return Ok(vm.new_str(r));
    }
    if class_is(vm, &cls, ExcKind::OSError) {
        let errno = exc_dict_get(e, "errno");
        let strerror = exc_dict_get(e, "strerror");
        let filename = exc_dict_get(e, "filename");
        if let (Some(en), Some(se)) = (errno, strerror) {
            let ens = vm.str(&en)?;
            let ses = vm.str(&se)?;
            let out = match filename.filter(|f| !is_none(f)) {
                Some(f) => {
                    let fr = vm.repr(&f)?;
                    match exc_dict_get(e, "filename2").filter(|f| !is_none(f)) {
                        Some(f2) => {
                            let f2r = vm.repr(&f2)?;
                            format!("[Errno {ens}] {ses}: {fr} -> {f2r}")
                        }
                        None => format!("[Errno {ens}] {ses}: {fr}"),
                    }
                }
                None => format!("[Errno {ens}] {ses}"),
            };
            return Ok(vm.new_str(out));
        }
    }
    if class_is(vm, &cls, ExcKind::SyntaxError) {
        let msg =
            exc_dict_get(e, "msg").unwrap_or_else(|| items.first().cloned().unwrap_or(Value::None));
        let ms = vm.str(&msg)?;
        let filename = exc_dict_get(e, "filename").filter(|f| f.as_str().is_some());
        let lineno = exc_dict_get(e, "lineno").filter(|l| matches!(l, Value::Int(_)));
        let base = |f: &str| String::from(f.rsplit('/').next().unwrap_or(f));
        let out = match (filename, lineno) {
            (Some(f), Some(Value::Int(l))) => {
                format!("{ms} ({}, line {l})", base(f.as_str().unwrap_or("")))
            }
            (Some(f), _) => format!("{ms} ({})", base(f.as_str().unwrap_or(""))),
            (None, Some(Value::Int(l))) => format!("{ms} (line {l})"),
            _ => ms,
        };
        return Ok(vm.new_str(out));
    }
    if class_is(vm, &cls, ExcKind::ImportError) {
        if let Some(m) = exc_dict_get(e, "msg").filter(|m| !is_none(m)) {
            return vm.str_value(&m);
        }
    }
    match items.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.str_value(&items[0]),
        _ => {
            let t = e.args.get().clone();
            let r = vm.repr(&t)?;
            Ok(vm.new_str(r))
        }
    }
}

fn exc_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_exc(vm, &args, "__repr__")?.clone();
    let Some(e) = exc_obj(&s) else {
        return Ok(vm.new_str(""));
    };
    let name = type_name_of(&e.class.get());
    let items = args_vec(e);
    let inner = match items.len() {
        1 => vm.repr(&items[0])?,
        _ => {
            let t = e.args.get().clone();
            let r = vm.repr(&t)?;
            if items.is_empty() {
                String::new()
            } else {
                String::from(&r[1..r.len() - 1])
            }
        }
    };
    Ok(vm.new_str(format!("{name}({inner})")))
}

fn exc_with_traceback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_exc(vm, &args, "with_traceback")?.clone();
    let tb = args.pos.get(1).cloned().unwrap_or(Value::None);
    let n = vm.intern("__traceback__");
    exc_setattr(vm, &s, &n, Some(tb))?;
    Ok(s)
}

fn exc_add_note(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_exc(vm, &args, "add_note")?.clone();
    let note = args.pos.get(1).cloned().unwrap_or(Value::None);
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let Some(e) = exc_obj(&s) else {
        return Ok(Value::None);
    };
    let notes = match exc_dict_get(e, "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            exc_dict_set(vm, e, "__notes__", l.clone());
            l
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.items.get_mut().push(note),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn exc_reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_exc(vm, &args, "__reduce__")?.clone();
    let Some(e) = exc_obj(&s) else {
        return Ok(Value::None);
    };
    let cls = Value::Obj(e.class.get().clone());
    let a = e.args.get().clone();
    Ok(vm.new_tuple(vec![cls, a]))
}

/// Registers the exception types' methods.
pub(crate) fn init(vm: &mut Vm) {
    let base = vm.interp().exc_type(ExcKind::BaseException).clone();
    vm.add_methods(
        &base,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
            ("__reduce__", exc_reduce),
        ],
    );
    if let Payload::Type(t) = base.payload() {
        let sm = Value::from_payload(Payload::Descriptor(
            super::class::DescriptorObj::StaticMethod(super::class::method_value(
                "BaseException",
                "__new__",
                exc_new,
            )),
        ));
        t.dict().set_str(vm.intern("__new__"), sm);
    }
    for k in ExcKind::ALL {
        let ty = vm.interp().exc_type(*k).clone();
        if let Payload::Type(t) = ty.payload() {
            if t.dict().get_str("__doc__").is_none() {
                t.dict().set_str(vm.intern("__doc__"), Value::None);
            }
        }
    }
}
