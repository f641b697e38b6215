//! The `sys` module: `argv`, `exit`, `modules`, `path`, the standard
//! streams (written through the platform), recursion limit, version
//! information, `exc_info`, `displayhook`/`excepthook`, `getrefcount`.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::{
    check_pos, dict_get_str, index_i64, new_helper_class, new_helper_instance, no_kwargs, one_arg,
    sys_attr, type_name,
};
use crate::object::exception::ExcKind;
use crate::object::function::{Args, NativeFn};
use crate::object::{ObjRef, Payload, Value};
use crate::platform::PlatformError;
use crate::vm::{PyErr, PyResult, Vm};

/// `sys.version`.
pub const VERSION: &str = "3.11.7 (gilt 0.1.0)";
/// `sys.version_info` as numbers.
pub const VERSION_INFO: (i64, i64, i64, &str, i64) = (3, 11, 7, "final", 0);
/// `sys.hexversion`.
pub const HEXVERSION: i64 = 0x030B_07F0;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", sys_exit),
    ("getrefcount", sys_getrefcount),
    ("getrecursionlimit", sys_getrecursionlimit),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("get_int_max_str_digits", sys_get_int_max_str_digits),
    ("set_int_max_str_digits", sys_set_int_max_str_digits),
    ("exc_info", sys_exc_info),
    ("exception", sys_exception),
    ("displayhook", sys_displayhook),
    ("excepthook", sys_excepthook),
    ("unraisablehook", sys_unraisablehook),
    ("intern", sys_intern),
    ("getsizeof", sys_getsizeof),
    ("getdefaultencoding", sys_getdefaultencoding),
    ("setswitchinterval", super::thread::sys_setswitchinterval),
    ("getswitchinterval", super::thread::sys_getswitchinterval),
    ("_getframe", sys_getframe),
    ("getfilesystemencoding", sys_getdefaultencoding),
    ("is_finalizing", sys_is_finalizing),
];

/// Builds the `sys` module.
pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("sys");
    let Some(d) = super::dict_of(&Value::Obj(m.clone())) else {
        return Ok(m);
    };
    let set = |vm: &Vm, name: &str, v: Value| vm.dict_set_str(&d, name, v);
    for &(name, f) in FUNCTIONS {
        let v = vm.new_native(name, f);
        set(vm, name, v);
    }
    for name in ["displayhook", "excepthook", "unraisablehook"] {
        if let Some(v) = dict_get_str(&d, name) {
            set(vm, &format!("__{name}__"), v);
        }
    }
    let config = &vm.interp().config;
    let argv: Vec<Value> = config.argv.iter().map(|a| vm.new_str(a.as_str())).collect();
    set(vm, "argv", vm.new_list(argv));
    set(vm, "orig_argv", vm.new_list(Vec::new()));
    set(vm, "path", vm.new_list(vec![vm.new_str("")]));
    set(vm, "modules", Value::Obj(vm.interp().modules.clone()));
    set(vm, "version", vm.new_str(VERSION));
    set(vm, "hexversion", Value::Int(HEXVERSION));
    set(vm, "api_version", Value::Int(1013));
    let (ma, mi, mc, rl, se) = VERSION_INFO;
    let vi_values = vec![
        Value::Int(ma),
        Value::Int(mi),
        Value::Int(mc),
        vm.new_str(rl),
        Value::Int(se),
    ];
    let version_info = struct_seq(
        vm,
        "version_info",
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vi_values,
    );
    set(vm, "version_info", version_info.clone());
    let imp = implementation(vm, version_info);
    set(vm, "implementation", imp);
    set(vm, "maxsize", Value::Int(i64::MAX));
    set(vm, "maxunicode", Value::Int(0x10FFFF));
    set(
        vm,
        "byteorder",
        vm.new_str(if cfg!(target_endian = "big") {
            "big"
        } else {
            "little"
        }),
    );
    set(vm, "platform", vm.new_str(platform_name()));
    set(vm, "executable", vm.new_str(""));
    set(vm, "builtin_module_names", {
        let names = super::BUILTIN_MODULES
            .iter()
            .map(|(n, _)| vm.new_str(*n))
            .collect();
        vm.new_tuple(names)
    });
    set(vm, "dont_write_bytecode", Value::Bool(true));
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let mut flag_values: Vec<Value> = flag_names.iter().map(|_| Value::Int(0)).collect();
    if let Some(v) = flag_values.get_mut(4) {
        *v = Value::Int(1);
    }
    if let Some(v) = flag_values.get_mut(13) {
        *v = Value::Bool(false);
    }
    if let Some(v) = flag_values.get_mut(16) {
        *v = Value::Bool(false);
    }
    if let Some(v) = flag_values.get_mut(17) {
        *v = Value::Int(-1);
    }
    let flags = struct_seq(vm, "flags", "sys.flags", &flag_names, flag_values);
    set(vm, "flags", flags);
    set_numeric_info(vm, &d);
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        set(vm, name, vm.new_str(""));
    }
    set(vm, "platlibdir", vm.new_str("lib"));
    set(vm, "pycache_prefix", Value::None);
    set(vm, "warnoptions", vm.new_list(Vec::new()));
    set(vm, "_xoptions", vm.new_dict());
    set(vm, "meta_path", vm.new_list(Vec::new()));
    set(vm, "path_hooks", vm.new_list(Vec::new()));
    set(vm, "path_importer_cache", vm.new_dict());
    set(vm, "copyright", vm.new_str("Copyright (c) Gilt authors."));
    let stdio = stdio_class(vm);
    for (name, fd, mode) in [("stdin", 0, "r"), ("stdout", 1, "w"), ("stderr", 2, "w")] {
        let s = new_stream(vm, &stdio, fd, &format!("<{name}>"), mode);
        set(vm, name, s.clone());
        set(vm, &format!("__{name}__"), s);
    }
    Ok(m)
}

/// `float_info`, `int_info`, `hash_info` and `float_repr_style`, with
/// CPython's values on a 64-bit host.
fn set_numeric_info(vm: &mut Vm, d: &ObjRef) {
    let fi = vec![
        Value::Float(f64::MAX),
        Value::Int(1024),
        Value::Int(308),
        Value::Float(f64::MIN_POSITIVE),
        Value::Int(-1021),
        Value::Int(-307),
        Value::Int(15),
        Value::Int(53),
        Value::Float(f64::EPSILON),
        Value::Int(2),
        Value::Int(1),
    ];
    let float_info = struct_seq(
        vm,
        "float_info",
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        fi,
    );
    vm.dict_set_str(d, "float_info", float_info);
    let ii = vec![
        Value::Int(30),
        Value::Int(4),
        Value::Int(crate::object::int::MAX_STR_DIGITS as i64),
        Value::Int(640),
    ];
    let int_info = struct_seq(
        vm,
        "int_info",
        "sys.int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        ii,
    );
    vm.dict_set_str(d, "int_info", int_info);
    let hi = vec![
        Value::Int(64),
        Value::Int((1 << 61) - 1),
        Value::Int(314_159),
        Value::Int(0),
        Value::Int(1_000_003),
        vm.new_str("siphash13"),
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    let hash_info = struct_seq(
        vm,
        "hash_info",
        "sys.hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        hi,
    );
    vm.dict_set_str(d, "hash_info", hash_info);
    vm.dict_set_str(d, "float_repr_style", vm.new_str("short"));
}

fn platform_name() -> &'static str {
    if cfg!(target_os = "linux") {
        "linux"
    } else if cfg!(target_os = "macos") {
        "darwin"
    } else if cfg!(target_os = "windows") {
        "win32"
    } else {
        "gilt"
    }
}

/// Sets `sys.path[0]` (the script's directory; `""` for the current one).
pub fn set_path0(vm: &mut Vm, dir: &str) {
    if let Some(Value::Obj(path)) = sys_attr(vm, "path") {
        if let Payload::List(l) = path.payload() {
            let new = vm.new_str(dir);
            let old = {
                let mut items = l.items.get_mut();
                match items.first_mut() {
                    Some(first) => Some(core::mem::replace(first, new)),
                    None => {
                        items.push(new);
                        None
                    }
                }
            };
            drop(old);
        }
    }
}

/// Converts a platform error to `OSError` (or the subclass for its errno),
/// with `args == (errno, strerror)`.
pub fn os_error(vm: &Vm, e: &PlatformError) -> PyErr {
    let kind = match e.errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        3 => ExcKind::ProcessLookupError,
        4 => ExcKind::InterruptedError,
        10 => ExcKind::ChildProcessError,
        11 => ExcKind::BlockingIOError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        32 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        111 => ExcKind::ConnectionRefusedError,
        _ => ExcKind::OSError,
    };
    let args = vm.new_tuple(vec![
        Value::Int(i64::from(e.errno)),
        vm.new_str(e.message.as_str()),
    ]);
    let err = vm.new_exc_args(kind, args);
    if let Payload::Exception(x) = err.0.payload() {
        let d = vm.new_dict();
        if let Some(dobj) = d.as_obj() {
            vm.dict_set_str(dobj, "errno", Value::Int(i64::from(e.errno)));
            vm.dict_set_str(dobj, "strerror", vm.new_str(e.message.as_str()));
            vm.dict_set_str(dobj, "filename", Value::None);
        }
        let old = x.dict.replace(d);
        drop(old);
    }
    err
}

// ----- struct sequences (version_info) -----

const TUPLE_KEY: &str = "__gilt_tuple__";

/// A read-only named tuple-like object (CPython's struct sequence): fields
/// as attributes, plus indexing, iteration, `len`, comparison and hashing
/// through the underlying tuple. `qualname` is what `repr` shows.
pub fn struct_seq(
    vm: &mut Vm,
    name: &str,
    qualname: &str,
    fields: &[&str],
    values: Vec<Value>,
) -> Value {
    let cls = new_helper_class(vm, name, "sys");
    vm.add_methods(&cls, "struct_sequence", STRUCT_SEQ_METHODS);
    if let Payload::Type(t) = cls.payload() {
        // Fields are read-only: route assignments to `seq_setattr`.
        t.flags
            .set(t.flags.get() | crate::object::class::flags::HAS_SETATTR);
    }
    vm.dict_set_str(&cls_dict(&cls), "__gilt_qualname__", vm.new_str(qualname));
    let field_names = fields.iter().map(|f| vm.new_str(*f)).collect();
    vm.dict_set_str(&cls_dict(&cls), "_fields", vm.new_tuple(field_names));
    vm.dict_set_str(&cls_dict(&cls), "n_fields", Value::Int(fields.len() as i64));
    let inst = new_helper_instance(vm, &cls);
    if let Some(d) = super::dict_of(&inst) {
        for (f, v) in fields.iter().zip(values.iter()) {
            vm.dict_set_str(&d, f, v.clone());
        }
        vm.dict_set_str(&d, TUPLE_KEY, vm.new_tuple(values));
    }
    inst
}

fn cls_dict(cls: &ObjRef) -> ObjRef {
    match cls.payload() {
        Payload::Type(t) => t.dict.clone(),
        _ => cls.clone(),
    }
}

const STRUCT_SEQ_METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", seq_repr),
    ("__len__", seq_len),
    ("__getitem__", seq_getitem),
    ("__iter__", seq_iter),
    ("__contains__", seq_contains),
    ("__hash__", seq_hash),
    ("__eq__", seq_eq),
    ("__ne__", seq_ne),
    ("__lt__", seq_lt),
    ("__le__", seq_le),
    ("__gt__", seq_gt),
    ("__ge__", seq_ge),
    ("__setattr__", seq_setattr),
];

fn seq_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    self_arg(vm, &args, 3)?;
    Err(vm.new_exc(ExcKind::AttributeError, "readonly attribute"))
}

/// The tuple behind a struct sequence (or the value itself otherwise).
fn seq_tuple(v: &Value) -> Value {
    super::dict_of(v)
        .and_then(|d| dict_get_str(&d, TUPLE_KEY))
        .unwrap_or_else(|| v.clone())
}

fn self_arg<'a>(vm: &Vm, args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, "method")?;
    if args.pos.len() != n {
        return Err(vm.type_error(format!(
            "expected {} arguments, got {}",
            n - 1,
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(args.pos)
}

fn seq_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = self_arg(vm, &args, 1)?;
    let me = &a[0];
    let cls = vm.type_of(me);
    let qual = match cls.payload() {
        Payload::Type(t) => t.dict().get_str("__gilt_qualname__"),
        _ => None,
    };
    let fields = match cls.payload() {
        Payload::Type(t) => t.dict().get_str("_fields"),
        _ => None,
    };
    let mut out = String::from(
        qual.as_ref()
            .and_then(|q| q.as_str())
            .unwrap_or("struct_sequence"),
    );
    out.push('(');
    let t = seq_tuple(me);
    let values: Vec<Value> = match t.payload() {
        Some(Payload::Tuple(t)) => t.items().to_vec(),
        _ => Vec::new(),
    };
    let names: Vec<Value> = match fields.as_ref().and_then(|f| f.payload()) {
        Some(Payload::Tuple(t)) => t.items().to_vec(),
        _ => Vec::new(),
    };
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(names.get(i).and_then(|n| n.as_str()).unwrap_or("?"));
        out.push('=');
        out.push_str(&vm.repr(v)?);
    }
    out.push(')');
    Ok(vm.new_str(out))
}

fn seq_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = self_arg(vm, &args, 1)?;
    let n = vm.len(&seq_tuple(&a[0]))?;
    Ok(Value::Int(n as i64))
}

fn seq_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = self_arg(vm, &args, 2)?;
    vm.getitem(&seq_tuple(&a[0]), &a[1])
}

fn seq_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = self_arg(vm, &args, 1)?;
    vm.iter(&seq_tuple(&a[0]))
}

fn seq_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = self_arg(vm, &args, 2)?;
    Ok(Value::Bool(vm.contains(&seq_tuple(&a[0]), &a[1])?))
}

fn seq_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = self_arg(vm, &args, 1)?;
    Ok(Value::Int(vm.hash(&seq_tuple(&a[0]))?))
}

fn seq_cmp(vm: &mut Vm, args: Args<'_>, op: crate::compile::ast::CmpOp) -> PyResult<Value> {
    let a = self_arg(vm, &args, 2)?;
    let other = &a[1];
    let other_t = seq_tuple(other);
    if !matches!(other_t.payload(), Some(Payload::Tuple(_))) {
        return Ok(vm.not_implemented());
    }
    vm.compare(&seq_tuple(&a[0]), &other_t, op)
}

fn seq_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_cmp(vm, args, crate::compile::ast::CmpOp::Eq)
}
fn seq_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_cmp(vm, args, crate::compile::ast::CmpOp::NotEq)
}
fn seq_lt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_cmp(vm, args, crate::compile::ast::CmpOp::Lt)
}
fn seq_le(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_cmp(vm, args, crate::compile::ast::CmpOp::LtE)
}
fn seq_gt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_cmp(vm, args, crate::compile::ast::CmpOp::Gt)
}
fn seq_ge(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    seq_cmp(vm, args, crate::compile::ast::CmpOp::GtE)
}

fn implementation(vm: &mut Vm, version_info: Value) -> Value {
    let cls = new_helper_class(vm, "SimpleNamespace", "types");
    let inst = new_helper_instance(vm, &cls);
    if let Some(d) = super::dict_of(&inst) {
        vm.dict_set_str(&d, "name", vm.new_str("gilt"));
        vm.dict_set_str(&d, "cache_tag", Value::None);
        vm.dict_set_str(&d, "version", version_info);
        vm.dict_set_str(&d, "hexversion", Value::Int(HEXVERSION));
    }
    inst
}

// ----- standard streams -----

const STDIO_MARK: &str = "__gilt_stdio__";

fn stdio_class(vm: &mut Vm) -> ObjRef {
    let cls = new_helper_class(vm, "TextIOWrapper", "_io");
    vm.add_methods(&cls, "TextIOWrapper", STDIO_METHODS);
    vm.dict_set_str(&cls_dict(&cls), STDIO_MARK, Value::Bool(true));
    cls
}

/// True for the class of `sys.stdin`/`stdout`/`stderr` as set up at start.
pub fn is_stdio_class(cls: &ObjRef) -> bool {
    match cls.payload() {
        Payload::Type(t) => t.dict().get_str(STDIO_MARK).is_some(),
        _ => false,
    }
}

fn new_stream(vm: &Vm, cls: &ObjRef, fd: i64, name: &str, mode: &str) -> Value {
    let inst = new_helper_instance(vm, cls);
    if let Some(d) = super::dict_of(&inst) {
        vm.dict_set_str(&d, "_fd", Value::Int(fd));
        vm.dict_set_str(&d, "name", vm.new_str(name));
        vm.dict_set_str(&d, "mode", vm.new_str(mode));
        vm.dict_set_str(&d, "encoding", vm.new_str("utf-8"));
        vm.dict_set_str(&d, "errors", vm.new_str("strict"));
    }
    inst
}

const STDIO_METHODS: &[(&str, NativeFn)] = &[
    ("write", stream_write),
    ("flush", stream_flush),
    ("readline", stream_readline),
    ("read", stream_read),
    ("readlines", stream_readlines),
    ("fileno", stream_fileno),
    ("isatty", stream_isatty),
    ("readable", stream_readable),
    ("writable", stream_writable),
    ("__iter__", stream_iter),
    ("__next__", stream_next),
    ("__repr__", stream_repr),
];

/// The file descriptor number of a built-in standard stream object.
pub fn stream_fd(v: &Value) -> i64 {
    match super::dict_of(v).and_then(|d| dict_get_str(&d, "_fd")) {
        Some(Value::Int(fd)) => fd,
        _ => 1,
    }
}

fn stream_self<'a>(vm: &Vm, args: &Args<'a>, fname: &str, max_extra: usize) -> PyResult<&'a Value> {
    no_kwargs(vm, args, fname)?;
    match args.pos.first() {
        Some(me) if args.pos.len() <= 1 + max_extra => Ok(me),
        Some(_) => Err(vm.type_error(format!(
            "{fname}() takes at most {max_extra} argument{} ({} given)",
            if max_extra == 1 { "" } else { "s" },
            args.pos.len() - 1
        ))),
        None => Err(vm.type_error(format!("descriptor '{fname}' needs an argument"))),
    }
}

fn stream_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, &args, "write")?;
    let [me, s] = args.pos else {
        return Err(vm.type_error(format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    };
    let Some(text) = s.as_str() else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            type_name(vm, s)
        )));
    };
    match stream_fd(me) {
        2 => console_write(vm, true, text.as_bytes()),
        0 => return Err(vm.new_exc(ExcKind::OSError, "not writable")),
        _ => console_write(vm, false, text.as_bytes()),
    }
    let n = match s.payload() {
        Some(Payload::Str(st)) => st.char_len(),
        _ => text.len(),
    };
    Ok(Value::Int(n as i64))
}

/// Writes to the console (standard error if `stderr`), releasing the GIL
/// around the write when the platform says it may block (a flush to a pipe
/// or terminal), as CPython's buffered streams do.
pub fn console_write(vm: &mut Vm, stderr: bool, bytes: &[u8]) {
    let p = &*vm.interp().platform;
    let write = |b: &[u8]| {
        if stderr {
            p.write_stderr(b)
        } else {
            p.write_stdout(b)
        }
    };
    if p.console_write_blocks(stderr, bytes) {
        // A copy: the closure runs without the GIL and must not read the
        // Python object the bytes came from.
        let owned = bytes.to_vec();
        vm.without_gil(|| write(&owned));
    } else {
        write(bytes);
    }
}

/// Flushes the console, with the GIL released if the flush may block.
pub fn console_flush(vm: &mut Vm) {
    let p = &*vm.interp().platform;
    if p.console_flush_blocks() {
        vm.without_gil(|| p.flush());
    } else {
        p.flush();
    }
}

/// Reads a line from the console's standard input with the GIL released
/// (`input()`, `sys.stdin`): other threads run while this one waits.
pub fn console_read_line(vm: &mut Vm) -> Result<Vec<u8>, PlatformError> {
    let p = &*vm.interp().platform;
    vm.without_gil(|| p.read_line())
}

fn stream_flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stream_self(vm, &args, "flush", 0)?;
    console_flush(vm);
    Ok(Value::None)
}

fn read_line_str(vm: &mut Vm) -> PyResult<String> {
    let bytes = console_read_line(vm).map_err(|e| os_error(vm, &e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn stream_readline(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stream_self(vm, &args, "readline", 1)?;
    let line = read_line_str(vm)?;
    Ok(vm.new_str(line))
}

fn stream_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stream_self(vm, &args, "read", 1)?;
    let mut all = String::new();
    loop {
        let line = read_line_str(vm)?;
        if line.is_empty() {
            break;
        }
        all.push_str(&line);
    }
    Ok(vm.new_str(all))
}

fn stream_readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stream_self(vm, &args, "readlines", 1)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line_str(vm)?;
        if line.is_empty() {
            break;
        }
        lines.push(vm.new_str(line));
    }
    Ok(vm.new_list(lines))
}

fn stream_fileno(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = stream_self(vm, &args, "fileno", 0)?;
    Ok(Value::Int(stream_fd(me)))
}

fn stream_isatty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stream_self(vm, &args, "isatty", 0)?;
    Ok(Value::Bool(false))
}

fn stream_readable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = stream_self(vm, &args, "readable", 0)?;
    Ok(Value::Bool(stream_fd(me) == 0))
}

fn stream_writable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = stream_self(vm, &args, "writable", 0)?;
    Ok(Value::Bool(stream_fd(me) != 0))
}

fn stream_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = stream_self(vm, &args, "__iter__", 0)?;
    Ok(me.clone())
}

fn stream_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    stream_self(vm, &args, "__next__", 0)?;
    let line = read_line_str(vm)?;
    if line.is_empty() {
        return Err(vm.new_exc_args(ExcKind::StopIteration, vm.new_tuple(Vec::new())));
    }
    Ok(vm.new_str(line))
}

fn stream_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = stream_self(vm, &args, "__repr__", 0)?;
    let d = super::dict_of(me);
    let get = |k: &str| {
        d.as_ref()
            .and_then(|d| dict_get_str(d, k))
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    };
    let s = format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='{}'>",
        get("name"),
        get("mode"),
        get("encoding")
    );
    Ok(vm.new_str(s))
}

// ----- functions -----

fn sys_exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "exit", 0, 1)?;
    let a = match args.pos.first() {
        Some(c) => vm.new_tuple(vec![c.clone()]),
        None => vm.new_tuple(Vec::new()),
    };
    Err(vm.new_exc_args(ExcKind::SystemExit, a))
}

/// What `getrefcount` reports for immortal objects and immediates.
pub const IMMORTAL_REFCOUNT: i64 = u32::MAX as i64;

fn sys_getrefcount(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "getrefcount")?;
    Ok(Value::Int(match v {
        Value::Obj(o) if !o.is_immortal() => o.refcount() as i64,
        _ => IMMORTAL_REFCOUNT,
    }))
}

fn sys_getrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "getrecursionlimit", 0, 0)?;
    Ok(Value::Int(i64::from(vm.interp().recursion_limit.get())))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "setrecursionlimit")?;
    let n = index_i64(vm, v, "Python int too large to convert to C int")?;
    if n > i64::from(i32::MAX) || n < i64::from(i32::MIN) {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.depth;
    if n <= i64::from(depth) {
        return Err(vm.new_exc(
            ExcKind::RecursionError,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.interp().recursion_limit.set(n as u32);
    Ok(Value::None)
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(vm.interp().int_max_str_digits.get() as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let given = args.pos.len() + args.kw.len();
    if given > 1 {
        return Err(vm.type_error(format!(
            "set_int_max_str_digits() takes at most 1 argument ({given} given)"
        )));
    }
    let v = match (args.pos, args.kw) {
        ([v], []) => v,
        ([], [(k, v)]) if k.payload_str() == Some("maxdigits") => v,
        _ => {
            return Err(vm.type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ))
        }
    };
    let n = index_i64(vm, v, "Python int too large to convert to C int")?;
    if n > i64::from(i32::MAX) || n < i64::from(i32::MIN) {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.interp().int_max_str_digits.set(n as usize);
    Ok(Value::None)
}

/// The exception being handled (innermost), or None.
pub fn current_exception(vm: &Vm) -> Value {
    vm.handled.last().cloned().unwrap_or(Value::None)
}

fn sys_exc_info(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "exc_info", 0, 0)?;
    let e = current_exception(vm);
    let items = match e.payload() {
        Some(Payload::Exception(x)) => {
            let tb = x.traceback.get().clone();
            vec![Value::Obj(vm.type_of(&e)), e.clone(), tb]
        }
        _ => vec![Value::None, Value::None, Value::None],
    };
    Ok(vm.new_tuple(items))
}

fn sys_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "exception", 0, 0)?;
    Ok(current_exception(vm))
}

fn sys_displayhook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "displayhook")?;
    if matches!(v, Value::None) {
        return Ok(Value::None);
    }
    let b = vm.interp().builtins.clone();
    vm.dict_set_str(&b, "_", Value::None);
    let mut text = vm.repr(v)?;
    text.push('\n');
    let Some(out) = sys_attr(vm, "stdout").filter(|o| !matches!(o, Value::None)) else {
        return Err(vm.new_exc(ExcKind::RuntimeError, "lost sys.stdout"));
    };
    super::builtins::write_to(vm, &out, text)?;
    vm.dict_set_str(&b, "_", v.clone());
    Ok(Value::None)
}

fn sys_excepthook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "excepthook", 3, 3)?;
    print_exception(vm, &args.pos[1]);
    Ok(Value::None)
}

/// `sys.unraisablehook(unraisable)`, the default: [`write_unraisable`] of
/// the argument's `err_msg`, `object` and `exc_value`.
fn sys_unraisablehook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let u = one_arg(vm, &args, "unraisablehook")?.clone();
    let mut get = |name: &str| vm.getattr_str(&u, name).unwrap_or(Value::None);
    let (err_msg, obj, exc) = (get("err_msg"), get("object"), get("exc_value"));
    let err_msg = err_msg.as_str().map(String::from);
    write_unraisable(vm, err_msg.as_deref(), &obj, &exc);
    Ok(Value::None)
}

/// What CPython's default `sys.unraisablehook` writes to `sys.stderr`:
/// `err_msg: repr(object)` (`Exception ignored in` without a message), then
/// the exception's own traceback and message, without its chain.
pub fn write_unraisable(vm: &mut Vm, err_msg: Option<&str>, obj: &Value, exc: &Value) {
    let mut s = String::new();
    if !matches!(obj, Value::None) {
        s.push_str(err_msg.unwrap_or("Exception ignored in"));
        s.push_str(": ");
        match vm.repr(obj) {
            Ok(r) => s.push_str(&r),
            Err(_) => s.push_str("<object repr() failed>"),
        }
        s.push('\n');
    } else if let Some(m) = err_msg {
        s.push_str(m);
        s.push_str(":\n");
    }
    if let Value::Obj(o) = exc {
        if matches!(o.payload(), Payload::Exception(_)) {
            vm.format_one(o, &mut s);
        }
    }
    write_stderr(vm, &s);
}

/// Prints an exception with its traceback to `sys.stderr` (the platform's
/// stderr when `sys.stderr` is the built-in stream).
pub fn print_exception(vm: &mut Vm, exc: &Value) {
    let text = match exc {
        Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => {
            vm.format_exception(&PyErr(o.clone()))
        }
        _ => {
            let t = type_name(vm, exc);
            format!("TypeError: print_exception(): Exception expected for value, {t} found\n")
        }
    };
    write_stderr(vm, &text);
}

/// Writes text to `sys.stderr` (falling back to the platform's stderr).
pub fn write_stderr(vm: &mut Vm, text: &str) {
    if let Some(err) = sys_attr(vm, "stderr") {
        let builtin = match err.payload() {
            Some(Payload::Instance(i)) => is_stdio_class(&i.class.get()),
            _ => false,
        };
        if !builtin && !matches!(err, Value::None) {
            let s = vm.new_str(text);
            if super::call_method(vm, &err, "write", &[s]).is_ok() {
                return;
            }
        }
    }
    console_write(vm, true, text.as_bytes());
}

fn sys_intern(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(vm, &args, "intern")?;
    if v.as_str().is_none() || !matches!(v.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            type_name(vm, v)
        )));
    }
    // Equal strings interned here come back as one object (the
    // interpreter's intern table, which also holds identifiers).
    match v.as_str() {
        Some(s) => Ok(Value::Obj(vm.intern(s))),
        None => Ok(v.clone()),
    }
}

/// A rough `sys.getsizeof`, shaped like CPython's 64-bit numbers.
pub fn approx_sizeof(v: &Value) -> i64 {
    match v {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => {
            if *i == 0 {
                24
            } else if i.unsigned_abs() < (1 << 30) {
                28
            } else if i.unsigned_abs() < (1 << 60) {
                32
            } else {
                36
            }
        }
        Value::Float(_) => 24,
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => {
                let n = s.char_len() as i64;
                if s.is_ascii() {
                    49 + n
                } else {
                    let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
                    if max < 0x100 {
                        73 + n
                    } else if max < 0x10000 {
                        74 + 2 * n
                    } else {
                        76 + 4 * n
                    }
                }
            }
            Payload::Bytes(b) => 33 + b.data.len() as i64,
            Payload::Int(b) => 24 + 4 * ((b.bit_length() as i64 + 29) / 30),
            Payload::Tuple(t) => 40 + 8 * t.items().len() as i64,
            Payload::List(l) => 56 + 8 * l.items.get().len() as i64,
            Payload::Dict(d) => {
                if d.is_empty() {
                    64
                } else {
                    184 + 48 * (d.len() as i64 / 5)
                }
            }
            Payload::Set(_) | Payload::FrozenSet(_) => 216,
            Payload::Function(_) => 152,
            Payload::Type(_) => 1072,
            _ => 56,
        },
    }
}

fn sys_getsizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "getsizeof", 1, 2)?;
    Ok(Value::Int(approx_sizeof(&args.pos[0])))
}

fn sys_is_finalizing(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "is_finalizing", 0, 0)?;
    Ok(Value::Bool(false))
}

/// `sys._getframe(depth=0)`: a snapshot of a running frame (`f_code` with
/// `co_name`, `co_filename`, `co_firstlineno`, `co_qualname`; `f_lineno`,
/// `f_globals`, `f_locals` for module and class bodies, `f_back`). The
/// snapshot does not follow the frame as it runs on.
fn sys_getframe(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "_getframe", 0, 1)?;
    let depth = match args.pos.first() {
        Some(v) => index_i64(vm, v, "Python int too large to convert to C int")?,
        None => 0,
    };
    let n = vm.eval.frames.len() as i64;
    if depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let target = (n - 1 - depth.max(0)) as usize;
    let code_cls = new_helper_class(vm, "code", "builtins");
    let frame_cls = new_helper_class(vm, "frame", "builtins");
    let mut back = Value::None;
    for i in 0..=target {
        let Some(f) = vm.eval.frames.get(i) else {
            break;
        };
        let fast: Vec<Option<Value>> = if f.locals.is_none() {
            f.fast.clone()
        } else {
            Vec::new()
        };
        let (code, globals, locals, pc) = (
            f.code.clone(),
            f.globals.clone(),
            f.locals.clone(),
            f.pc as usize,
        );
        let code_snap = new_helper_instance(vm, &code_cls);
        let mut line = 0;
        if let (Payload::Code(c), Some(cd)) = (code.payload(), super::dict_of(&code_snap)) {
            vm.dict_set_str(&cd, "co_name", vm.new_str(c.name.as_str()));
            vm.dict_set_str(&cd, "co_qualname", vm.new_str(c.qualname.as_str()));
            vm.dict_set_str(&cd, "co_filename", vm.new_str(c.filename.as_str()));
            vm.dict_set_str(&cd, "co_firstlineno", Value::Int(i64::from(c.first_line)));
            line = c.line_of(pc.saturating_sub(1));
        }
        let snap = new_helper_instance(vm, &frame_cls);
        if let Some(fd) = super::dict_of(&snap) {
            vm.dict_set_str(&fd, "f_code", code_snap);
            vm.dict_set_str(&fd, "f_lineno", Value::Int(i64::from(line)));
            vm.dict_set_str(&fd, "f_globals", Value::Obj(globals.clone()));
            let locals = match locals {
                Some(l) => Value::Obj(l),
                None => {
                    let ld = vm.new_dict();
                    if let (Payload::Code(c), Some(ldo)) = (code.payload(), ld.as_obj()) {
                        for (name, v) in c.varnames.iter().zip(fast.iter()) {
                            if let (Some(v), Some(k)) = (v, name.payload_str()) {
                                vm.dict_set_str(ldo, k, v.clone());
                            }
                        }
                    }
                    ld
                }
            };
            vm.dict_set_str(&fd, "f_locals", locals);
            vm.dict_set_str(&fd, "f_builtins", Value::Obj(vm.interp().builtins.clone()));
            vm.dict_set_str(&fd, "f_back", back);
        }
        back = snap;
    }
    Ok(back)
}

fn sys_getdefaultencoding(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "getdefaultencoding", 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_cpython_shaped() {
        assert_eq!(approx_sizeof(&Value::Int(1)), 28);
        assert_eq!(approx_sizeof(&Value::Float(1.0)), 24);
        assert_eq!(approx_sizeof(&Value::None), 16);
    }
}
