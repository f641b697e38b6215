//! The `builtins` module: `print`, `len`, `sorted`, `min`/`max`, `isinstance`,
//! the built-in types and exceptions, and the rest of CPython's built-in
//! namespace. Most functions are thin: they delegate to the object
//! protocols in `vm/ops.rs`.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::{
    call_method, check_kwargs, check_pos, check_pos_only, dict_get_str, dict_of, index_i64,
    index_value, one_arg, sys_attr, type_name,
};
use crate::compile::ast::{BinOp, CmpOp};
use crate::num::bigint::BigInt;
use crate::num::float::{float_floor_divmod, round_f64, round_half_even};
use crate::object::exception::ExcKind;
use crate::object::function::{Args, NativeFn};
use crate::object::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Builds the `builtins` module: fills the interpreter's builtins dict and
/// wraps it in a module object.
pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    install(vm);
    Ok(super::module_with_dict(vm.interp().builtins.clone()))
}

/// Every built-in function of the module.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", builtin_print),
    ("len", builtin_len),
    ("sorted", builtin_sorted),
    ("min", builtin_min),
    ("max", builtin_max),
    ("sum", builtin_sum),
    ("abs", builtin_abs),
    ("all", builtin_all),
    ("any", builtin_any),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("id", builtin_id),
    ("hash", builtin_hash),
    ("repr", builtin_repr),
    ("ascii", builtin_ascii),
    ("chr", builtin_chr),
    ("ord", builtin_ord),
    ("hex", builtin_hex),
    ("oct", builtin_oct),
    ("bin", builtin_bin),
    ("divmod", builtin_divmod),
    ("pow", builtin_pow),
    ("round", builtin_round),
    ("iter", builtin_iter),
    ("next", builtin_next),
    ("aiter", crate::vm::coroutine::builtin_aiter),
    ("anext", crate::vm::coroutine::builtin_anext),
    ("getattr", builtin_getattr),
    ("setattr", builtin_setattr),
    ("hasattr", builtin_hasattr),
    ("delattr", builtin_delattr),
    ("callable", builtin_callable),
    ("format", builtin_format),
    ("vars", builtin_vars),
    ("dir", builtin_dir),
    ("input", builtin_input),
    #[cfg(feature = "os")]
    ("open", builtin_open),
    ("__import__", builtin_import),
];

/// Fills `interp.builtins` (idempotent).
pub fn install(vm: &mut Vm) {
    let b = vm.interp().builtins.clone();
    let set = |vm: &Vm, name: &str, v: Value| vm.dict_set_str(&b, name, v);
    for &(name, f) in FUNCTIONS {
        let v = vm.new_native(name, f);
        set(vm, name, v);
    }
    let t = vm.types();
    let types: &[(&str, &ObjRef)] = &[
        ("type", &t.type_),
        ("object", &t.object),
        ("int", &t.int),
        ("float", &t.float),
        ("str", &t.str_),
        ("bool", &t.bool_),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("slice", &t.slice),
        ("range", &t.range),
        ("memoryview", &t.memoryview),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("complex", &t.complex),
    ];
    for (name, ty) in types {
        set(vm, name, Value::Obj((*ty).clone()));
    }
    for (i, ty) in t.exc.iter().enumerate() {
        if let Some(k) = ExcKind::ALL.get(i) {
            set(vm, k.name(), Value::Obj(ty.clone()));
        }
    }
    // `EnvironmentError` and `IOError` are aliases of `OSError`.
    let os_error = Value::Obj(vm.interp().exc_type(ExcKind::OSError).clone());
    set(vm, "EnvironmentError", os_error.clone());
    set(vm, "IOError", os_error);
    set(vm, "NotImplemented", vm.not_implemented());
    set(vm, "Ellipsis", Value::Obj(vm.interp().ellipsis.clone()));
    set(vm, "__debug__", Value::Bool(true));
    set(vm, "__name__", vm.new_str("builtins"));
    set(
        vm,
        "__doc__",
        vm.new_str("Built-in functions, exceptions, and other objects."),
    );
    install_vm_functions(vm);
    install_quitters(vm);
}

/// `exit` and `quit`: callable objects whose repr tells how to leave (as
/// CPython's `_sitebuiltins.Quitter`).
fn install_quitters(vm: &mut Vm) {
    let cls = super::new_helper_class(vm, "Quitter", "_sitebuiltins");
    vm.add_methods(
        &cls,
        "Quitter",
        &[("__call__", quitter_call), ("__repr__", quitter_repr)],
    );
    let b = vm.interp().builtins.clone();
    for name in ["exit", "quit"] {
        let q = super::new_helper_instance(vm, &cls);
        if let Some(d) = dict_of(&q) {
            vm.dict_set_str(&d, "name", vm.new_str(name));
            vm.dict_set_str(&d, "eof", vm.new_str("Ctrl-D (i.e. EOF)"));
        }
        vm.dict_set_str(&b, name, q);
    }
}

fn quitter_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    let get = |k: &str| {
        dict_of(&me)
            .and_then(|d| dict_get_str(&d, k))
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    };
    Ok(vm.new_str(format!("Use {}() or {} to exit", get("name"), get("eof"))))
}

fn quitter_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let rest = args.pos.get(1..).unwrap_or(&[]);
    check_pos(vm, &Args::with_kw(rest, args.kw), "exit", 0, 1)?;
    let a = match rest.first() {
        Some(c) => vm.new_tuple(vec![c.clone()]),
        None => vm.new_tuple(Vec::new()),
    };
    Err(vm.new_exc_args(ExcKind::SystemExit, a))
}

/// Functions that need the compiler and eval loop (`exec`, `eval`,
/// `compile`, `globals`, `locals`, `__build_class__`).
fn install_vm_functions(vm: &mut Vm) {
    let b = vm.interp().builtins.clone();
    let fns: &[(&str, NativeFn)] = &[
        ("compile", builtin_compile),
        ("exec", builtin_exec),
        ("eval", builtin_eval),
        ("globals", builtin_globals),
        ("locals", builtin_locals),
        ("__build_class__", crate::vm::call::build_class),
    ];
    for &(name, f) in fns {
        let v = vm.new_native(name, f);
        vm.dict_set_str(&b, name, v);
    }
}

// ----- compile, exec, eval -----

/// The reason text of a UTF-8 decoding error, as Python's codec words it.
fn utf8_error_reason(bytes: &[u8], e: &core::str::Utf8Error) -> &'static str {
    match e.error_len() {
        None => "unexpected end of data",
        Some(_) => match bytes.get(e.valid_up_to()) {
            Some(0xC2..=0xF4) => "invalid continuation byte",
            _ => "invalid start byte",
        },
    }
}

/// A `SyntaxError` raised before parsing (bad source text), with CPython's
/// location details.
fn source_syntax_error(vm: &Vm, msg: String, filename: Option<&str>) -> PyErr {
    match filename {
        Some(f) => {
            let e = crate::compile::parser::SyntaxError {
                kind: crate::compile::parser::SyntaxErrorKind::Syntax,
                msg,
                line: 1,
                offset: 0,
                end_line: 1,
                end_offset: 0,
                text: None,
                incomplete: false,
            };
            crate::vm::import::syntax_error(vm, &e, f)
        }
        None => vm.new_exc(ExcKind::SyntaxError, msg),
    }
}

/// The source text of `compile`/`exec`/`eval`'s first argument (`None` for
/// a code object), with CPython's checks for NUL bytes and bad UTF-8.
fn source_text(
    vm: &Vm,
    v: &Value,
    fname: &str,
    what: &str,
    filename: &str,
) -> PyResult<Option<String>> {
    let text = match v.payload() {
        Some(Payload::Str(s)) => String::from(s.as_str()),
        Some(Payload::Bytes(b)) => {
            let data = b.data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&b.data);
            match core::str::from_utf8(data) {
                Ok(t) => String::from(t),
                Err(e) => {
                    let bad = data.get(e.valid_up_to()).copied().unwrap_or(0);
                    let msg = format!(
                        "(unicode error) 'utf-8' codec can't decode byte 0x{bad:02x} in position {}: {}",
                        e.valid_up_to(),
                        utf8_error_reason(data, &e)
                    );
                    return Err(source_syntax_error(vm, msg, Some(filename)));
                }
            }
        }
        Some(Payload::Code(_)) => return Ok(None),
        _ => return Err(vm.type_error(format!("{fname}() arg 1 must be a {what}"))),
    };
    if text.contains('\0') {
        return Err(source_syntax_error(
            vm,
            String::from("source code string cannot contain null bytes"),
            None,
        ));
    }
    Ok(Some(text))
}

fn builtin_compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::compile::parser::Mode;
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    check_kwargs(vm, &args, "compile", &names)?;
    if args.pos.len() > 6 {
        return Err(vm.type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            args.pos.len()
        )));
    }
    let get = |i: usize| args.pos.get(i).or_else(|| args.kwarg(names[i])).cloned();
    let Some(source) = get(0) else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let Some(filename) = get(1) else {
        return Err(vm.type_error("compile() missing required argument 'filename' (pos 2)"));
    };
    let Some(mode) = get(2) else {
        return Err(vm.type_error("compile() missing required argument 'mode' (pos 3)"));
    };
    let filename = match filename.as_str() {
        Some(f) => String::from(f),
        None => {
            let t = type_name(vm, &filename);
            return Err(vm.type_error(format!(
                "compile() argument 'filename' must be str, bytes or os.PathLike, not {t}"
            )));
        }
    };
    let Some(mode_s) = mode.as_str() else {
        return Err(vm.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            type_name(vm, &mode)
        )));
    };
    let mode = match mode_s {
        "exec" => Mode::Module,
        "eval" => Mode::Expression,
        "single" => Mode::Interactive,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let Some(text) = source_text(
        vm,
        &source,
        "compile",
        "string, bytes or AST object",
        &filename,
    )?
    else {
        return Ok(source);
    };
    let code = crate::vm::import::compile_source(vm, &text, &filename, mode)?;
    Ok(Value::Obj(code))
}

/// `exec`/`eval`'s namespaces: the globals dict (given `__builtins__` if
/// missing) and the locals mapping.
fn exec_namespaces(vm: &mut Vm, args: &Args<'_>, fname: &str) -> PyResult<(ObjRef, Option<Value>)> {
    let globals = args.pos.get(1).cloned().unwrap_or(Value::None);
    let locals = args.pos.get(2).cloned().unwrap_or(Value::None);
    let g = match &globals {
        Value::None => match crate::vm::import::current_globals(vm) {
            Some(g) => g,
            None => return Err(vm.new_exc(ExcKind::SystemError, format!("{fname}(): no globals"))),
        },
        Value::Obj(o) if matches!(o.payload(), Payload::Dict(_)) => o.clone(),
        other => {
            let msg = if fname == "exec" {
                format!(
                    "exec() globals must be a dict, not {}",
                    type_name(vm, other)
                )
            } else if vm.lookup_special(other, "__getitem__").is_some() {
                String::from("globals must be a real dict; try eval(expr, {}, mapping)")
            } else {
                String::from("globals must be a dict")
            };
            return Err(vm.type_error(msg));
        }
    };
    let l = match &locals {
        // Neither namespace given: run in the caller's globals and locals
        // (a function's variables as a snapshot, as CPython does).
        Value::None if matches!(globals, Value::None) => {
            current_locals(vm).filter(|v| !matches!(v, Value::Obj(o) if o.ptr_eq(&g)))
        }
        Value::None => None,
        v => {
            let mapping = matches!(v.payload(), Some(Payload::Dict(_)))
                || vm.lookup_special(v, "__getitem__").is_some();
            if !mapping {
                let msg = if fname == "exec" {
                    format!("locals must be a mapping or None, not {}", type_name(vm, v))
                } else {
                    String::from("locals must be a mapping")
                };
                return Err(vm.type_error(msg));
            }
            Some(v.clone())
        }
    };
    if dict_get_str(&g, "__builtins__").is_none() {
        let b = dict_get_str(&vm.interp().modules, "builtins").unwrap_or(Value::None);
        vm.dict_set_str(&g, "__builtins__", b);
    }
    Ok((g, l))
}

/// The code object to run for `exec`/`eval`'s first argument.
fn code_for(
    vm: &mut Vm,
    src: &Value,
    fname: &str,
    mode: crate::compile::parser::Mode,
) -> PyResult<ObjRef> {
    match source_text(vm, src, fname, "string, bytes or code object", "<string>")? {
        Some(text) => {
            let text = if fname == "eval" {
                text.trim_start_matches([' ', '\t'])
            } else {
                &text
            };
            crate::vm::import::compile_source(vm, text, "<string>", mode)
        }
        None => match src {
            Value::Obj(o) => Ok(o.clone()),
            _ => Err(vm.type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object"
            ))),
        },
    }
}

fn builtin_exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_kwargs(vm, &args, "exec", &["closure"])?;
    if args.pos.is_empty() {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "exec expected at most 3 arguments, got {}",
            args.pos.len()
        )));
    }
    let (g, l) = exec_namespaces(vm, &args, "exec")?;
    let code = code_for(
        vm,
        &args.pos[0],
        "exec",
        crate::compile::parser::Mode::Module,
    )?;
    crate::vm::import::exec_code(vm, &code, &g, l.as_ref())?;
    Ok(Value::None)
}

fn builtin_eval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "eval", 1, 3)?;
    let (g, l) = exec_namespaces(vm, &args, "eval")?;
    let code = code_for(
        vm,
        &args.pos[0],
        "eval",
        crate::compile::parser::Mode::Expression,
    )?;
    crate::vm::import::exec_code(vm, &code, &g, l.as_ref())
}

/// `locals()`: the innermost frame's locals mapping (module and class
/// bodies), or a fresh dict snapshot of a function's variables.
pub fn current_locals(vm: &Vm) -> Option<Value> {
    let f = vm.eval.frames.last()?;
    if let Some(l) = &f.locals {
        return Some(Value::Obj(l.clone()));
    }
    let Payload::Code(c) = f.code.payload() else {
        return None;
    };
    let d = vm.new_dict();
    let dobj = d.as_obj()?.clone();
    let names = c
        .varnames
        .iter()
        .chain(c.cellvars.iter())
        .chain(c.freevars.iter());
    for (i, name) in names.enumerate() {
        let nv = c.varnames.len();
        let value = match f.fast.get(i) {
            Some(Some(v)) if i >= nv => match v.payload() {
                Some(Payload::Cell(cell)) => cell.value.get().clone(),
                _ => Some(v.clone()),
            },
            Some(Some(v)) => Some(v.clone()),
            _ => None,
        };
        if let (Some(v), Payload::Dict(dd)) = (value, dobj.payload()) {
            dd.set_str(name.clone(), v);
        }
    }
    Some(d)
}

fn builtin_locals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "locals() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    super::no_kwargs(vm, &args, "locals")?;
    Ok(current_locals(vm).unwrap_or(Value::None))
}

fn builtin_globals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "globals() takes no arguments ({} given)",
            args.pos.len()
        )));
    }
    super::no_kwargs(vm, &args, "globals")?;
    match crate::vm::import::current_globals(vm) {
        Some(g) => Ok(Value::Obj(g)),
        None => Ok(Value::None),
    }
}

// ----- output and input -----

fn opt_str_kw<'a>(vm: &Vm, args: &Args<'a>, name: &str, default: &'a str) -> PyResult<&'a str> {
    match args.kwarg(name) {
        None | Some(Value::None) => Ok(default),
        Some(v) => match v.as_str() {
            Some(s) => Ok(s),
            None => Err(vm.type_error(format!(
                "{name} must be None or a string, not {}",
                type_name(vm, v)
            ))),
        },
    }
}

/// Writes a string to a file-like object (`sys.stdout` by default).
pub fn write_to(vm: &mut Vm, file: &Value, text: String) -> PyResult<()> {
    let s = vm.new_str(text);
    call_method(vm, file, "write", &[s])?;
    Ok(())
}

fn builtin_print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_kwargs(vm, &args, "print", &["sep", "end", "file", "flush"])?;
    let sep = opt_str_kw(vm, &args, "sep", " ")?;
    let end = opt_str_kw(vm, &args, "end", "\n")?;
    let file = match args.kwarg("file") {
        None | Some(Value::None) => match sys_attr(vm, "stdout") {
            Some(f) => f,
            None => return Err(vm.new_exc(ExcKind::RuntimeError, "lost sys.stdout")),
        },
        Some(f) => f.clone(),
    };
    if matches!(file, Value::None) {
        return Ok(Value::None);
    }
    if is_builtin_stdio(&file) {
        // The standard streams: one platform write for the whole line.
        let mut out = String::new();
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            match v.as_exact_str() {
                Some(s) => out.push_str(s),
                None => out.push_str(&vm.str(v)?),
            }
        }
        out.push_str(end);
        match super::sys::stream_fd(&file) {
            2 => super::sys::console_write(vm, true, out.as_bytes()),
            1 => super::sys::console_write(vm, false, out.as_bytes()),
            _ => write_to(vm, &file, out)?,
        }
    } else {
        // Any other file: CPython's sequence of write() calls.
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                write_to(vm, &file, String::from(sep))?;
            }
            let text = match v.as_exact_str() {
                Some(s) => String::from(s),
                None => vm.str(v)?,
            };
            write_to(vm, &file, text)?;
        }
        write_to(vm, &file, String::from(end))?;
    }
    if let Some(f) = args.kwarg("flush") {
        if vm.truthy(f)? {
            call_method(vm, &file, "flush", &[])?;
        }
    }
    Ok(Value::None)
}

/// `open()` (also `io.open`): `io._open`, Python file objects over the
/// platform's files.
#[cfg(feature = "os")]
fn builtin_open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let io = vm.import_module("io", &Value::None, 0)?;
    let name = vm.intern("_open");
    let f = vm.getattr(&io, &name)?;
    vm.call(&f, args)
}

fn builtin_input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "input", 0, 1)?;
    let stdout = sys_attr(vm, "stdout").unwrap_or(Value::None);
    if let Some(p) = args.pos.first() {
        let text = vm.str(p)?;
        if !matches!(stdout, Value::None) {
            write_to(vm, &stdout, text)?;
        }
    }
    if !matches!(stdout, Value::None) {
        // Best effort: a stdout without flush() is fine.
        if let Err(e) = call_method(vm, &stdout, "flush", &[]) {
            if !vm.err_matches(&e, ExcKind::AttributeError) {
                return Err(e);
            }
        }
    }
    let line = match sys_attr(vm, "stdin") {
        Some(stdin) if !is_builtin_stdio(&stdin) && !matches!(stdin, Value::None) => {
            let v = call_method(vm, &stdin, "readline", &[])?;
            match v.as_str() {
                Some(s) => String::from(s),
                None => return Err(vm.type_error("object.readline() returned non-string")),
            }
        }
        _ => {
            let bytes =
                super::sys::console_read_line(vm).map_err(|e| super::sys::os_error(vm, &e))?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
    };
    if line.is_empty() {
        return Err(vm.new_exc(ExcKind::EOFError, "EOF when reading a line"));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(vm.new_str(line))
}

fn is_builtin_stdio(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Instance(i)) => super::sys::is_stdio_class(&i.class.get()),
        _ => false,
    }
}

// ----- simple protocol wrappers -----

fn builtin_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "len")?;
    let n = vm.len(v)?;
    Ok(Value::Int(n as i64))
}

fn builtin_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "repr")?;
    let s = vm.repr(v)?;
    Ok(vm.new_str(s))
}

/// `ascii(s)`'s escaping of non-ASCII characters in a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn builtin_ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ascii")?;
    let s = vm.repr(v)?;
    Ok(vm.new_str(ascii_escape(&s)))
}

fn builtin_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "hash")?;
    Ok(Value::Int(vm.hash(v)?))
}

/// `id(v)`: the address of a heap object; immediates get a stable odd
/// number derived from their value (never an address, which is aligned).
pub fn object_id(v: &Value) -> i64 {
    let raw: u64 = match v {
        Value::Obj(o) => o.as_ptr() as usize as u64,
        Value::None => 0x10_0001,
        Value::Bool(b) => 0x10_0011 + 0x10 * u64::from(*b),
        Value::Int(i) => ((*i as u64) << 2) | 1,
        Value::Float(f) => (f.to_bits() << 2) | 3,
    };
    (raw & (i64::MAX as u64)) as i64
}

fn builtin_id(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "id")?;
    Ok(Value::Int(object_id(v)))
}

fn builtin_callable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "callable")?;
    Ok(Value::Bool(is_callable(vm, v)))
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_) | Payload::Native(_) | Payload::BoundMethod(_) | Payload::Type(_),
        ) => true,
        Some(Payload::Host(crate::object::native::HostObj::Function(_))) => true,
        _ => vm.lookup_special(v, "__call__").is_some(),
    }
}

fn builtin_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "abs")?;
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from_i64(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Obj(o) if matches!(o.payload(), Payload::Int(_)) => match o.payload() {
            Payload::Int(b) => Ok(Value::from_bigint(b.abs())),
            _ => Ok(v.clone()),
        },
        _ => match vm.lookup_special(v, "__abs__") {
            Some(m) => vm.call(&m, Args::new(core::slice::from_ref(v))),
            None => Err(vm.type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(vm, v)
            ))),
        },
    }
}

fn builtin_all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "all")?;
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn builtin_any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "any")?;
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

// ----- sorted, min, max, sum -----

fn builtin_sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos_only(vm, args.pos.len(), "sorted", 1, 1)?;
    let items = vm.collect(&args.pos[0])?;
    let list = vm.new_list(items);
    let sort = match vm.lookup_special(&list, "sort") {
        Some(s) => s,
        None => {
            return Err(vm.new_exc(
                ExcKind::NotImplementedError,
                "list.sort is not implemented yet",
            ))
        }
    };
    vm.call(&sort, Args::with_kw(core::slice::from_ref(&list), args.kw))?;
    Ok(list)
}

fn min_max(vm: &mut Vm, args: Args<'_>, fname: &str, op: CmpOp) -> PyResult<Value> {
    check_kwargs(vm, &args, fname, &["key", "default"])?;
    let key = args
        .kwarg("key")
        .filter(|k| !matches!(k, Value::None))
        .cloned();
    let default = args.kwarg("default").cloned();
    let pos = args.pos;
    if pos.is_empty() {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    }
    if pos.len() > 1 && default.is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {fname}() with multiple positional arguments"
        )));
    }
    let mut best: Option<(Value, Value)> = None;
    let consider = |vm: &mut Vm, item: Value, best: &mut Option<(Value, Value)>| -> PyResult<()> {
        let k = match &key {
            Some(f) => vm.call(f, Args::new(core::slice::from_ref(&item)))?,
            None => item.clone(),
        };
        let better = match best {
            None => true,
            Some((_, bk)) => {
                let bk = bk.clone();
                let r = vm.compare(&k, &bk, op)?;
                vm.truthy(&r)?
            }
        };
        if better {
            *best = Some((item, k));
        }
        Ok(())
    };
    if pos.len() == 1 {
        let it = vm.iter(&pos[0])?;
        while let Some(x) = vm.next(&it)? {
            consider(vm, x, &mut best)?;
        }
    } else {
        for x in pos {
            consider(vm, x.clone(), &mut best)?;
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{fname}() arg is an empty sequence"))),
        },
    }
}

fn builtin_min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn builtin_max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn builtin_sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_kwargs(vm, &args, "sum", &["start"])?;
    if args.pos.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let start = match (args.pos.get(1), args.kwarg("start")) {
        (Some(_), Some(_)) => {
            return Err(
                vm.type_error("argument for sum() given by name ('start') and position (2)")
            );
        }
        (Some(s), None) | (None, Some(s)) => s.clone(),
        (None, None) => Value::Int(0),
    };
    match start.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.iter(&args.pos[0])?;
    let mut acc = start;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&acc, &x, BinOp::Add)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::Float(a + *b as f64),
            _ => vm.binary_op(&acc, &x, BinOp::Add)?,
        };
    }
    Ok(acc)
}

// ----- isinstance / issubclass -----

fn builtin_isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "isinstance", 2, 2)?;
    Ok(Value::Bool(
        vm.isinstance_check(&args.pos[0], &args.pos[1])?,
    ))
}

fn builtin_issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "issubclass", 2, 2)?;
    Ok(Value::Bool(
        vm.issubclass_check(&args.pos[0], &args.pos[1])?,
    ))
}

// ----- characters and integer formatting -----

fn builtin_chr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "chr")?;
    let i = index_i64(vm, v, "Python int too large to convert to C int")?;
    if i < i64::from(i32::MIN) || i > i64::from(i32::MAX) {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    // Lone surrogates cannot live in a Rust string: they become U+FFFD.
    let c = char::from_u32(i as u32).unwrap_or('\u{fffd}');
    let mut s = String::new();
    s.push(c);
    Ok(vm.new_str(s))
}

fn builtin_ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ord")?;
    let (n, code) = match v.payload() {
        Some(Payload::Str(s)) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => return Ok(Value::Int(i64::from(c as u32))),
                _ => (s.char_len(), None),
            }
        }
        Some(Payload::Bytes(b)) => (b.data.len(), b.data.first().copied()),
        Some(Payload::ByteArray(b)) => {
            let d = b.data.get();
            (d.len(), d.first().copied())
        }
        _ => {
            return Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                type_name(vm, v)
            )))
        }
    };
    match (n, code) {
        (1, Some(c)) => Ok(Value::Int(i64::from(c))),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {n} found"
        ))),
    }
}

/// Formats an int value in a radix with Python's prefix (`0x`, `0o`, `0b`).
pub fn int_to_radix(v: &Value, radix: u32, prefix: &str) -> String {
    let (neg, digits) = match v {
        Value::Int(i) => {
            let mag = i.unsigned_abs();
            let d = match radix {
                16 => format!("{mag:x}"),
                8 => format!("{mag:o}"),
                2 => format!("{mag:b}"),
                _ => format!("{mag}"),
            };
            (*i < 0, d)
        }
        Value::Obj(o) => match o.payload() {
            Payload::Int(b) => (b.is_negative(), b.abs().to_string_radix(radix)),
            _ => (false, String::from("0")),
        },
        _ => (false, String::from("0")),
    };
    format!("{}{prefix}{digits}", if neg { "-" } else { "" })
}

fn radix_builtin(
    vm: &mut Vm,
    args: Args<'_>,
    fname: &str,
    radix: u32,
    prefix: &str,
) -> PyResult<Value> {
    let v = one_arg(vm, &args, fname)?;
    let i = index_value(vm, v)?;
    Ok(vm.new_str(int_to_radix(&i, radix, prefix)))
}

fn builtin_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix_builtin(vm, args, "hex", 16, "0x")
}

fn builtin_oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix_builtin(vm, args, "oct", 8, "0o")
}

fn builtin_bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix_builtin(vm, args, "bin", 2, "0b")
}

// ----- arithmetic -----

fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from_i64(*i)),
        Value::Bool(b) => Some(BigInt::from_i64(i64::from(*b))),
        Value::Obj(o) => match o.payload() {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

/// Calls `a.__name__(b)`, then `b.__rname__(a)`; `None` when both are
/// missing or return `NotImplemented`.
fn binary_dunder(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    name: &str,
    rname: &str,
) -> PyResult<Option<Value>> {
    if let Some(m) = vm.lookup_special(a, name) {
        let r = vm.call(&m, Args::new(&[a.clone(), b.clone()]))?;
        if !vm.is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    if !vm.type_of(a).ptr_eq(&vm.type_of(b)) {
        if let Some(m) = vm.lookup_special(b, rname) {
            let r = vm.call(&m, Args::new(&[b.clone(), a.clone()]))?;
            if !vm.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

fn builtin_divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "divmod", 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    let is_float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
    if let (false, Some(x), Some(y)) = (is_float, as_bigint(a), as_bigint(b)) {
        return match x.divmod_floor(&y) {
            Some((q, r)) => Ok(vm.new_tuple(vec![Value::from_bigint(q), Value::from_bigint(r)])),
            None => Err(vm.zero_division("integer division or modulo by zero")),
        };
    }
    if let (true, Some(x), Some(y)) = (is_float, as_f64(a), as_f64(b)) {
        return match float_floor_divmod(x, y) {
            Some((q, r)) => Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)])),
            None => Err(vm.zero_division("float divmod()")),
        };
    }
    match binary_dunder(vm, a, b, "__divmod__", "__rdivmod__")? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(vm, a),
            type_name(vm, b)
        ))),
    }
}

fn builtin_pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_kwargs(vm, &args, "pow", &["base", "exp", "mod"])?;
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            args.pos.len()
        )));
    }
    let get = |i: usize, name: &str| args.pos.get(i).or_else(|| args.kwarg(name)).cloned();
    let Some(base) = get(0, "base") else {
        return Err(vm.type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = get(1, "exp") else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    let modulus = get(2, "mod").unwrap_or(Value::None);
    if matches!(modulus, Value::None) {
        return vm.binary_op(&base, &exp, BinOp::Pow);
    }
    if let (Some(b), Some(e), Some(m)) = (as_bigint(&base), as_bigint(&exp), as_bigint(&modulus)) {
        return match b.modpow(&e, &m) {
            Ok(r) => Ok(Value::from_bigint(r)),
            Err(msg) => Err(vm.value_error(msg)),
        };
    }
    if let Some(m) = vm.lookup_special(&base, "__pow__") {
        let r = vm.call(&m, Args::new(&[base.clone(), exp.clone(), modulus.clone()]))?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let num = |v: &Value| matches!(v, Value::Float(_)) || as_bigint(v).is_some();
    if num(&base) && num(&exp) && num(&modulus) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(vm, &base),
        type_name(vm, &exp),
        type_name(vm, &modulus)
    )))
}

/// `int(f)` for a float, with CPython's errors for NaN and infinities.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if (-9.2e18..9.2e18).contains(&f) {
        return Ok(Value::Int(f as i64));
    }
    match BigInt::from_f64(f) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

fn builtin_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_kwargs(vm, &args, "round", &["number", "ndigits"])?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let Some(number) = args.pos.first().or_else(|| args.kwarg("number")).cloned() else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = args
        .pos
        .get(1)
        .or_else(|| args.kwarg("ndigits"))
        .cloned()
        .unwrap_or(Value::None);
    match (&number, &ndigits) {
        (Value::Int(_), Value::None) => return Ok(number.clone()),
        (Value::Bool(b), Value::None) => return Ok(Value::Int(i64::from(*b))),
        (Value::Float(f), Value::None) => return float_to_int(vm, round_half_even(*f)),
        (Value::Float(f), nd) => {
            // CPython clamps ndigits to the ssize_t range.
            let n = match index_value(vm, nd)? {
                Value::Int(i) => i,
                Value::Obj(o) => match o.payload() {
                    Payload::Int(b) if b.is_negative() => i64::MIN,
                    _ => i64::MAX,
                },
                _ => 0,
            };
            return match round_f64(*f, n) {
                Some(r) => Ok(Value::Float(r)),
                None => Err(vm.overflow_error("rounded value too large to represent")),
            };
        }
        _ => {}
    }
    let Some(m) = vm.lookup_special(&number, "__round__") else {
        return Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(vm, &number)
        )));
    };
    if matches!(ndigits, Value::None) {
        vm.call(&m, Args::new(core::slice::from_ref(&number)))
    } else {
        vm.call(&m, Args::new(&[number.clone(), ndigits]))
    }
}

// ----- iteration -----

fn builtin_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "iter", 1, 2)?;
    if args.pos.len() == 1 {
        return vm.iter(&args.pos[0]);
    }
    let (f, sentinel) = (&args.pos[0], &args.pos[1]);
    if !is_callable(vm, f) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    Ok(crate::object::iter::new_callable_iter(
        vm,
        f.clone(),
        sentinel.clone(),
    ))
}

fn builtin_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "next", 1, 2)?;
    let it = &args.pos[0];
    // Without a default, a generator's (or class's) own StopIteration, with
    // its value, propagates unchanged.
    if args.pos.len() == 1
        && matches!(
            it.payload(),
            Some(Payload::Generator(_) | Payload::Instance(_))
        )
    {
        return match vm.lookup_special(it, "__next__") {
            Some(f) if !matches!(f, Value::None) => {
                vm.call(&f, Args::new(core::slice::from_ref(it)))
            }
            _ => Err(vm.type_error(format!("'{}' object is not an iterator", type_name(vm, it)))),
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_exc_args(ExcKind::StopIteration, vm.new_tuple(Vec::new()))),
        },
    }
}

// ----- attributes -----

fn attr_name(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(vm, v)
        ))),
    }
}

fn builtin_getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "getattr", 2, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    match args.pos.get(2) {
        None => vm.getattr(&args.pos[0], &name),
        Some(d) => Ok(vm
            .getattr_opt(&args.pos[0], &name)?
            .unwrap_or_else(|| d.clone())),
    }
}

fn builtin_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "setattr", 3, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn builtin_hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "hasattr", 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    Ok(Value::Bool(vm.getattr_opt(&args.pos[0], &name)?.is_some()))
}

fn builtin_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "delattr", 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn builtin_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "format", 1, 2)?;
    let v = &args.pos[0];
    let spec = match args.pos.get(1) {
        Some(s) if s.as_str().is_some() => s.clone(),
        Some(s) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(vm, s)
            )));
        }
        None => vm.new_str(""),
    };
    let Some(m) = vm.lookup_special(v, "__format__") else {
        return Err(vm.type_error(format!(
            "Type {} doesn't define __format__",
            type_name(vm, v)
        )));
    };
    let r = vm.call(&m, Args::new(&[v.clone(), spec]))?;
    if r.as_str().is_none() {
        return Err(vm.type_error(format!(
            "__format__ must return a str, not {}",
            type_name(vm, &r)
        )));
    }
    Ok(r)
}

fn builtin_vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "vars", 0, 1)?;
    let Some(v) = args.pos.first() else {
        return Ok(current_locals(vm).unwrap_or(Value::None));
    };
    let key = vm.intern("__dict__");
    match vm.getattr_opt(v, &key)? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// The names `dir(v)` lists: the instance's `__dict__` plus its class's
/// MRO namespaces (for a class: its own MRO; for a module: its namespace).
pub fn dir_names(vm: &mut Vm, v: &Value) -> PyResult<Vec<String>> {
    let mut dicts: Vec<ObjRef> = Vec::new();
    match v.payload() {
        Some(Payload::Module(m)) => dicts.push(m.dict.clone()),
        Some(Payload::Type(t)) => {
            dicts.push(t.dict.clone());
            for b in t.mro.get().iter() {
                if let Some(d) = dict_of(&Value::Obj(b.clone())) {
                    dicts.push(d);
                }
            }
        }
        _ => {
            if let Some(d) = dict_of(v) {
                dicts.push(d);
            }
            if let Some(Payload::Exception(e)) = v.payload() {
                if let Some(d) = e.dict.get().as_obj() {
                    dicts.push(d.clone());
                }
            }
            let cls = Value::Obj(vm.type_of(v));
            if let Some(Payload::Type(t)) = cls.payload() {
                dicts.push(t.dict.clone());
                for b in t.mro.get().iter() {
                    if let Some(d) = dict_of(&Value::Obj(b.clone())) {
                        dicts.push(d);
                    }
                }
            }
        }
    }
    let mut names: Vec<String> = Vec::new();
    for d in &dicts {
        if let Payload::Dict(d) = d.payload() {
            for k in d.keys() {
                if let Some(s) = k.as_str() {
                    names.push(String::from(s));
                }
            }
        }
    }
    // The per-class descriptors CPython lists: `__dict__`/`__weakref__`
    // of classes with a dict, slot names, a function's attributes.
    let cls = match v.payload() {
        Some(Payload::Type(_)) => v.as_obj().cloned(),
        Some(Payload::Module(_)) => None,
        _ => Some(vm.type_of(v)),
    };
    if let Some(Payload::Function(f)) = v.payload() {
        if let Some(Payload::Dict(fd)) = f.dict.get().payload() {
            for k in fd.keys() {
                if let Some(s) = k.as_str() {
                    names.push(String::from(s));
                }
            }
        }
        for n in [
            "__annotations__",
            "__builtins__",
            "__call__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__get__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ] {
            names.push(String::from(n));
        }
    }
    if let Some(c) = cls {
        // Variable-size layouts (and those with their own weak-reference
        // slot) get no `__weakref__` descriptor in their subclasses.
        let no_weakref = crate::vm::ops::full_mro(&c).iter().any(|b| {
            crate::vm::ops::type_obj(b).is_some_and(|bt| {
                bt.has_flag(crate::object::class::flags::BUILTIN)
                    && matches!(
                        bt.name.get().as_str(),
                        "int" | "tuple" | "bytes" | "set" | "frozenset" | "type"
                    )
            })
        });
        for b in crate::vm::ops::full_mro(&c) {
            let Some(bt) = crate::vm::ops::type_obj(&b) else {
                continue;
            };
            if bt.has_flag(crate::object::class::flags::BUILTIN) {
                continue;
            }
            match bt.dict().get_str("__slots__") {
                Some(sl) => {
                    let items = match sl.payload() {
                        Some(Payload::Tuple(t)) => t.items().to_vec(),
                        _ => vec![sl.clone()],
                    };
                    for it in items {
                        if let Some(s) = it.as_str() {
                            let cname = bt.name.get().clone();
                            names.push(crate::compile::symtable::mangle(Some(&cname), s));
                        }
                    }
                }
                None => {
                    names.push(String::from("__dict__"));
                    if !no_weakref {
                        names.push(String::from("__weakref__"));
                    }
                }
            }
        }
    }
    if !matches!(v.payload(), Some(Payload::Module(_))) {
        // `object.__class__` is a descriptor in CPython, listed by `dir`.
        names.push(String::from("__class__"));
    }
    names.sort();
    names.dedup();
    Ok(names)
}

fn builtin_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "dir", 0, 1)?;
    let Some(v) = args.pos.first() else {
        let mut names: Vec<String> = match current_locals(vm) {
            Some(Value::Obj(l)) => match l.payload() {
                Payload::Dict(d) => d
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        names.sort();
        let items = names.into_iter().map(|n| vm.new_str(n)).collect();
        return Ok(vm.new_list(items));
    };
    // A user-defined __dir__ wins (anything but object's default).
    let user_type = match v.payload() {
        Some(Payload::Instance(_)) => true,
        // A class whose metaclass defines `__dir__`.
        Some(Payload::Type(t)) => t.meta.get().is_some(),
        _ => false,
    };
    if user_type {
        if let Some(m) = vm.lookup_special(v, "__dir__") {
            if !matches!(m.payload(), Some(Payload::Native(_))) {
                let r = vm.call(&m, Args::new(core::slice::from_ref(v)))?;
                let items = vm.collect(&r)?;
                let list = vm.new_list(items);
                if let Some(sort) = vm.lookup_special(&list, "sort") {
                    vm.call(&sort, Args::new(core::slice::from_ref(&list)))?;
                }
                return Ok(list);
            }
        }
    }
    let names = dir_names(vm, v)?;
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

// ----- import and exit -----

fn builtin_import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_kwargs(
        vm,
        &args,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let get = |i: usize, name: &str| args.pos.get(i).or_else(|| args.kwarg(name)).cloned();
    let Some(name) = get(0, "name") else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(name) = name.as_str().map(String::from) else {
        return Err(vm.type_error(format!(
            "__import__() argument 1 must be str, not {}",
            type_name(vm, &name)
        )));
    };
    let globals = get(1, "globals").unwrap_or(Value::None);
    let fromlist = get(3, "fromlist").unwrap_or(Value::None);
    let level = match get(4, "level") {
        Some(l) => index_i64(vm, &l, "Python int too large to convert to C int")?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if level == 0 && name.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let resolved = if level > 0 {
        crate::vm::import::resolve_relative(vm, &name, &globals, level as u32)?
    } else {
        name
    };
    vm.import_module(&resolved, &fromlist, 0)
}

/// `StopIteration(value)` (for native iterators that return a value).
pub fn stop_iteration(vm: &Vm, value: Value) -> PyErr {
    let args = vm.new_tuple(vec![value]);
    vm.new_exc_args(ExcKind::StopIteration, args)
}

/// Reads `builtins.<name>` (no Python code runs).
pub fn get_builtin(vm: &Vm, name: &str) -> Option<Value> {
    dict_get_str(&vm.interp().builtins, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_escapes_like_cpython() {
        assert_eq!(ascii_escape("'é'"), "'\\xe9'");
        assert_eq!(ascii_escape("ĀЖ"), "\\u0100\\u0416");
        assert_eq!(ascii_escape("😀"), "\\U0001f600");
    }

    #[test]
    fn radix_formatting_keeps_sign_before_prefix() {
        assert_eq!(int_to_radix(&Value::Int(255), 16, "0x"), "0xff");
        assert_eq!(int_to_radix(&Value::Int(-8), 8, "0o"), "-0o10");
        assert_eq!(int_to_radix(&Value::Int(0), 2, "0b"), "0b0");
        assert_eq!(
            int_to_radix(&Value::Int(i64::MIN), 16, "0x"),
            "-0x8000000000000000"
        );
    }

    #[test]
    fn ids_of_immediates_are_stable_and_odd() {
        assert_eq!(object_id(&Value::Int(5)), object_id(&Value::Int(5)));
        assert_ne!(object_id(&Value::Int(5)), object_id(&Value::Int(6)));
        assert_eq!(object_id(&Value::Int(7)) & 1, 1);
        assert!(object_id(&Value::Int(-1)) >= 0);
    }
}
