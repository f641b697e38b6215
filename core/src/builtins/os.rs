//! The `_os` module: the platform's files, directories and environment as
//! small functions on `str` paths and integer file handles. `os`,
//! `os.path` and the file objects of `io` (`open()`) are Python on top of
//! it (`py/os.py`, `py/posixpath.py`, `py/io.py`). A platform error becomes
//! the `OSError` subclass for its errno, with `errno`, `strerror` and
//! `filename` set, as CPython's `posix` module raises it.

use alloc::string::String;
use alloc::vec::Vec;

use super::sys::os_error;
use super::{check_pos, expect_str, index_i64, type_name};
use crate::object::bytes::{bytes_of, new_bytes};
use crate::object::function::{Args, NativeFn};
use crate::object::{ObjRef, Payload, Value};
use crate::platform::{OpenFlags, PlatformError};
use crate::vm::{PyErr, PyResult, Vm};

/// `os.O_*` values (Linux's), which `_os.open` takes.
pub const O_FLAGS: &[(&str, i64)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
];

const FUNCS: &[(&str, NativeFn)] = &[
    ("open", os_open),
    ("read", os_read),
    ("write", os_write),
    ("lseek", os_lseek),
    ("close", os_close),
    ("stat", os_stat),
    ("listdir", os_listdir),
    ("remove", os_remove),
    ("mkdir", os_mkdir),
    ("rmdir", os_rmdir),
    ("rename", os_rename),
    ("getcwd", os_getcwd),
    ("environ", os_environ),
    ("getpid", os_getpid),
    ("strerror", os_strerror),
];

/// Builds the `_os` module.
pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_os");
    if let Some(d) = super::dict_of(&Value::Obj(m.clone())) {
        crate::builtins::add_functions(vm, &d, FUNCS);
        for &(name, v) in O_FLAGS {
            vm.dict_set_str(&d, name, Value::Int(v));
        }
    }
    Ok(m)
}

/// `OSError` (or its errno's subclass) for `e`, naming the path(s) involved.
pub fn path_error(vm: &Vm, e: &PlatformError, path: &Value, path2: Option<&Value>) -> PyErr {
    let err = os_error(vm, e);
    if let Payload::Exception(x) = err.0.payload() {
        if let Some(d) = x.dict.get().as_obj() {
            vm.dict_set_str(d, "filename", path.clone());
            if let Some(p2) = path2 {
                vm.dict_set_str(d, "filename2", p2.clone());
            }
        }
    }
    err
}

fn path_arg<'a>(vm: &Vm, v: &'a Value, fname: &str) -> PyResult<&'a str> {
    let s = expect_str(vm, v, |t| {
        alloc::format!("{fname}: path should be string, bytes or os.PathLike, not {t}")
    })?;
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(s)
}

fn handle_arg(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let fd = index_i64(vm, v, "fd is greater than maximum")?;
    u64::try_from(fd).map_err(|_| os_error(vm, &PlatformError::bad_handle()))
}

fn os_open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "open", 2, 3)?;
    let path = path_arg(vm, &args.pos[0], "open")?;
    let bits = index_i64(vm, &args.pos[1], "Python int too large to convert to C int")?;
    let acc = bits & 3;
    let flags = OpenFlags {
        read: acc == 0 || acc == 2,
        write: acc == 1 || acc == 2,
        append: bits & 0o2000 != 0,
        create: bits & 0o100 != 0,
        exclusive: bits & 0o200 != 0,
        truncate: bits & 0o1000 != 0,
    };
    let p = &*vm.interp().platform;
    let owned = String::from(path);
    match vm.without_gil(|| p.file_open(&owned, flags)) {
        Ok(h) => Ok(Value::Int(i64::try_from(h).unwrap_or(i64::MAX))),
        Err(e) => Err(path_error(vm, &e, &args.pos[0], None)),
    }
}

fn os_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "read", 2, 2)?;
    let h = handle_arg(vm, &args.pos[0])?;
    let n = index_i64(
        vm,
        &args.pos[1],
        "Python int too large to convert to C ssize_t",
    )?;
    let n = usize::try_from(n).map_err(|_| vm.value_error("negative buffersize in read"))?;
    let p = &*vm.interp().platform;
    match vm.without_gil(|| p.file_read(h, n)) {
        Ok(data) => Ok(new_bytes(data)),
        Err(e) => Err(os_error(vm, &e)),
    }
}

fn os_write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "write", 2, 2)?;
    let h = handle_arg(vm, &args.pos[0])?;
    let Some(data) = bytes_of(&args.pos[1]) else {
        return Err(vm.type_error(alloc::format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, &args.pos[1])
        )));
    };
    let p = &*vm.interp().platform;
    match vm.without_gil(|| p.file_write(h, &data)) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => Err(os_error(vm, &e)),
    }
}

fn os_lseek(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "lseek", 3, 3)?;
    let h = handle_arg(vm, &args.pos[0])?;
    let off = index_i64(
        vm,
        &args.pos[1],
        "Python int too large to convert to C long",
    )?;
    let how = index_i64(vm, &args.pos[2], "Python int too large to convert to C int")?;
    let how = u8::try_from(how).unwrap_or(u8::MAX);
    let p = &*vm.interp().platform;
    match vm.without_gil(|| p.file_seek(h, off, how)) {
        Ok(pos) => Ok(Value::Int(i64::try_from(pos).unwrap_or(i64::MAX))),
        Err(e) => Err(os_error(vm, &e)),
    }
}

fn os_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "close", 1, 1)?;
    let h = handle_arg(vm, &args.pos[0])?;
    let p = &*vm.interp().platform;
    match vm.without_gil(|| p.file_close(h)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, &e)),
    }
}

/// A one-path platform call with the GIL released, errors naming the path.
fn with_path<T>(
    vm: &mut Vm,
    args: &Args<'_>,
    fname: &str,
    f: impl FnOnce(&dyn crate::platform::Platform, &str) -> Result<T, PlatformError>,
) -> PyResult<T> {
    check_pos(vm, args, fname, 1, 1)?;
    let path = String::from(path_arg(vm, &args.pos[0], fname)?);
    let p = &*vm.interp().platform;
    vm.without_gil(|| f(p, &path))
        .map_err(|e| path_error(vm, &e, &args.pos[0], None))
}

fn os_stat(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = with_path(vm, &args, "stat", |p, path| p.stat(path))?;
    let items = alloc::vec![
        Value::Int(i64::from(s.mode)),
        Value::Int(s.ino as i64),
        Value::Int(s.dev as i64),
        Value::Int(s.nlink as i64),
        Value::Int(i64::from(s.uid)),
        Value::Int(i64::from(s.gid)),
        Value::Int(s.size as i64),
        Value::Int(s.atime_ns),
        Value::Int(s.mtime_ns),
        Value::Int(s.ctime_ns),
    ];
    Ok(vm.new_tuple(items))
}

fn os_listdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let names = with_path(vm, &args, "listdir", |p, path| p.list_dir(path))?;
    let items: Vec<Value> = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn os_remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_path(vm, &args, "remove", |p, path| p.remove_file(path))?;
    Ok(Value::None)
}

fn os_mkdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_path(vm, &args, "mkdir", |p, path| p.make_dir(path))?;
    Ok(Value::None)
}

fn os_rmdir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    with_path(vm, &args, "rmdir", |p, path| p.remove_dir(path))?;
    Ok(Value::None)
}

fn os_rename(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "rename", 2, 2)?;
    let from = String::from(path_arg(vm, &args.pos[0], "rename")?);
    let to = String::from(path_arg(vm, &args.pos[1], "rename")?);
    let p = &*vm.interp().platform;
    match vm.without_gil(|| p.rename(&from, &to)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_error(vm, &e, &args.pos[0], Some(&args.pos[1]))),
    }
}

fn os_getcwd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "getcwd", 0, 0)?;
    match vm.interp().platform.current_dir() {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(os_error(vm, &e)),
    }
}

/// The environment as a list of `(name, value)` tuples.
fn os_environ(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "environ", 0, 0)?;
    match vm.interp().platform.env_vars() {
        Ok(pairs) => {
            let items = pairs
                .into_iter()
                .map(|(k, v)| {
                    let pair = alloc::vec![vm.new_str(k), vm.new_str(v)];
                    vm.new_tuple(pair)
                })
                .collect();
            Ok(vm.new_list(items))
        }
        Err(e) => Err(os_error(vm, &e)),
    }
}

fn os_getpid(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "getpid", 0, 0)?;
    match vm.interp().platform.process_id() {
        Some(id) => Ok(Value::Int(id as i64)),
        None => Err(os_error(vm, &PlatformError::unsupported())),
    }
}

fn os_strerror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "strerror", 1, 1)?;
    let code = index_i64(vm, &args.pos[0], "Python int too large to convert to C int")?;
    let e = PlatformError::from_errno(i32::try_from(code).unwrap_or(-1));
    if e.message == "Unknown error" {
        return Ok(vm.new_str(alloc::format!("Unknown error {code}")));
    }
    Ok(vm.new_str(e.message))
}
