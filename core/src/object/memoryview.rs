//! `memoryview`: a one-dimensional, format `'B'` view of a `bytes` or
//! `bytearray` (or of another view). Views of a `bytearray` write through.
//! Multi-dimensional shapes and other formats are not supported.

use alloc::format;
use alloc::vec::Vec;
use core::cell::Cell;

use super::function::Args;
use super::slice::{
    add_properties, as_slice, check_args, index_value, norm_index, resolve, type_name,
};
use super::{Payload, Value};
use crate::vm::{PyResult, Vm};

/// The payload of a `memoryview`.
pub struct MemoryViewObj {
    /// The exporting object (`bytes` or `bytearray`).
    pub obj: Value,
    /// Index of the view's first byte in `obj`.
    pub start: isize,
    /// Distance between consecutive bytes of the view.
    pub step: isize,
    /// Number of bytes in the view.
    pub len: usize,
    /// Set by `release()` (and by leaving a `with` block).
    pub released: Cell<bool>,
}

impl MemoryViewObj {
    /// The bytes the view currently shows (a copy).
    pub fn data(&self) -> Vec<u8> {
        let pick = |d: &[u8]| -> Vec<u8> {
            (0..self.len)
                .filter_map(|k| {
                    d.get((self.start + k as isize * self.step) as usize)
                        .copied()
                })
                .collect()
        };
        match self.obj.payload() {
            Some(Payload::Bytes(b)) => pick(&b.data),
            Some(Payload::ByteArray(b)) => pick(&b.data.get()),
            _ => Vec::new(),
        }
    }
    /// True when the underlying object is immutable.
    pub fn readonly(&self) -> bool {
        !matches!(self.obj.payload(), Some(Payload::ByteArray(_)))
    }
    /// Moves the owned value into `sink` (iterative freeing).
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        super::drain_value(&mut self.obj, sink);
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a MemoryViewObj> {
    let m =
        crate::builtins::descriptor_self(vm, args, "memoryview", name, |v| match v.payload() {
            Some(Payload::MemoryView(m)) => Some(m),
            _ => None,
        })?;
    if m.released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

fn new_view(obj: Value, start: isize, step: isize, len: usize) -> Value {
    Value::from_payload(Payload::MemoryView(MemoryViewObj {
        obj,
        start,
        step,
        len,
        released: Cell::new(false),
    }))
}

fn mv_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = match (args.pos.get(1), args.kw) {
        (Some(o), []) if args.pos.len() == 2 => o.clone(),
        (None, [(k, v)]) if k.payload_str() == Some("object") => v.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "memoryview() takes exactly one argument ({} given)",
                args.pos.len().saturating_sub(1) + args.kw.len()
            )))
        }
    };
    match obj.payload() {
        Some(Payload::Bytes(b)) => {
            let n = b.data.len();
            Ok(new_view(obj.clone(), 0, 1, n))
        }
        Some(Payload::ByteArray(b)) => {
            let n = b.data.get().len();
            Ok(new_view(obj.clone(), 0, 1, n))
        }
        Some(Payload::MemoryView(m)) => {
            if m.released.get() {
                return Err(vm.value_error("operation forbidden on released memoryview object"));
            }
            Ok(new_view(m.obj.clone(), m.start, m.step, m.len))
        }
        _ => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name(vm, &obj)
        ))),
    }
}

fn mv_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.len as i64))
}

fn mv_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args, "__getitem__")?;
    check_args(vm, &args, "__getitem__", 1, 1)?;
    let key = &args.pos[1];
    if let Some(sl) = as_slice(key) {
        let (start, _, step, n) = resolve(vm, sl, m.len)?;
        return Ok(new_view(
            m.obj.clone(),
            m.start + start * m.step,
            m.step * step,
            n,
        ));
    }
    match index_value(vm, key)? {
        Some(i) => match norm_index(i, m.len) {
            Some(j) => Ok(Value::Int(i64::from(
                m.data().get(j).copied().unwrap_or_default(),
            ))),
            None => Err(vm.index_error("index out of bounds on dimension 1")),
        },
        None => Err(vm.type_error("memoryview: invalid slice key")),
    }
}

fn mv_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args, "__setitem__")?;
    check_args(vm, &args, "__setitem__", 2, 2)?;
    let Some(Payload::ByteArray(ba)) = m.obj.payload() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let (key, value) = (&args.pos[1], &args.pos[2]);
    let (start, step, n) = if let Some(sl) = as_slice(key) {
        let (start, _, step, n) = resolve(vm, sl, m.len)?;
        (start, step, n)
    } else {
        let Some(i) = index_value(vm, key)? else {
            return Err(vm.type_error("memoryview: invalid slice key"));
        };
        let Some(j) = norm_index(i, m.len) else {
            return Err(vm.index_error("index out of bounds on dimension 1"));
        };
        let byte = match value {
            Value::Int(v) if (0..256).contains(v) => *v as u8,
            Value::Int(_) => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
            _ => {
                return Err(vm.type_error("memoryview: invalid type for format 'B'"));
            }
        };
        let pos = (m.start + j as isize * m.step) as usize;
        if let Some(slot) = ba.data.get_mut().get_mut(pos) {
            *slot = byte;
        }
        return Ok(Value::None);
    };
    let Some(src) = super::bytes::bytes_of(value) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, value)
        )));
    };
    if src.len() != n {
        return Err(
            vm.value_error("memoryview assignment: lvalue and rvalue have different structures")
        );
    }
    let mut data = ba.data.get_mut();
    for (k, b) in src.into_iter().enumerate() {
        let pos = (m.start + (start + k as isize * step) * m.step) as usize;
        if let Some(slot) = data.get_mut(pos) {
            *slot = b;
        }
    }
    Ok(Value::None)
}

fn mv_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args, "__delitem__")?;
    if m.readonly() {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

fn mv_tobytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args, "tobytes")?;
    Ok(super::bytes::new_bytes(m.data()))
}

fn mv_tolist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args, "tolist")?;
    check_args(vm, &args, "tolist", 0, 0)?;
    let items = m
        .data()
        .into_iter()
        .map(|b| Value::Int(i64::from(b)))
        .collect();
    Ok(vm.new_list(items))
}

fn mv_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args, "__iter__")?;
    let items = m
        .data()
        .into_iter()
        .map(|b| Value::Int(i64::from(b)))
        .collect();
    let l = vm.new_list(items);
    vm.iter(&l)
}

fn mv_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args, "hex")?;
    let b = super::bytes::new_bytes(m.data());
    let f = vm.getattr_str(&b, "hex")?;
    vm.call(&f, Args::with_kw(&args.pos[1..], args.kw))
}

fn mv_cast(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args, "cast")?;
    check_args(vm, &args, "cast", 1, 2)?;
    match args.pos[1].as_str() {
        Some("B") if args.pos.len() == 2 => Ok(new_view(m.obj.clone(), m.start, m.step, m.len)),
        Some(_) => Err(vm.value_error("memoryview: only the format 'B' is supported")),
        None => Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            type_name(vm, &args.pos[1])
        ))),
    }
}

fn mv_release(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::MemoryView(m)) => {
            m.released.set(true);
            Ok(Value::None)
        }
        _ => Err(crate::builtins::descriptor_error(
            vm,
            args.pos.first(),
            "memoryview",
            "release",
        )),
    }
}

fn mv_enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__enter__")?;
    Ok(args.pos[0].clone())
}

fn mv_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__eq__", 1, 1)?;
    let Some(Payload::MemoryView(m)) = args.pos[0].payload() else {
        return Ok(vm.not_implemented());
    };
    if m.released.get() {
        return Ok(Value::Bool(args.pos[0].is(&args.pos[1])));
    }
    match super::bytes::bytes_of(&args.pos[1]) {
        Some(other) => Ok(Value::Bool(m.data() == other)),
        None => Ok(vm.not_implemented()),
    }
}

fn mv_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match mv_eq(vm, args)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn mv_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args, "__hash__")?;
    if !m.readonly() {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    Ok(Value::Int(super::bytes::hash_bytes(&m.data())))
}

fn mv_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Payload::MemoryView(m)) = args.pos.first().and_then(|v| v.payload()) else {
        return Err(crate::builtins::descriptor_error(
            vm,
            args.pos.first(),
            "memoryview",
            "__repr__",
        ));
    };
    let addr = crate::builtins::builtins::object_id(&args.pos[0]);
    let s = if m.released.get() {
        format!("<released memory at {addr:#x}>")
    } else {
        format!("<memory at {addr:#x}>")
    };
    Ok(vm.new_str(s))
}

fn p_obj(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(vm, &args, "obj")?.obj.clone())
}
fn p_readonly(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, &args, "readonly")?.readonly()))
}
fn p_nbytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "nbytes")?.len as i64))
}
fn p_one(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "itemsize")?;
    Ok(Value::Int(1))
}
fn p_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "format")?;
    Ok(vm.new_str("B"))
}
fn p_shape(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = this(vm, &args, "shape")?.len as i64;
    Ok(vm.new_tuple(alloc::vec![Value::Int(n)]))
}
fn p_strides(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "strides")?.step as i64;
    Ok(vm.new_tuple(alloc::vec![Value::Int(s)]))
}
fn p_contiguous(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = this(vm, &args, "contiguous")?;
    Ok(Value::Bool(m.step == 1 || m.len <= 1))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let ty = vm.types().memoryview.clone();
    vm.add_methods(
        &ty,
        "memoryview",
        &[
            ("__new__", mv_new),
            ("__repr__", mv_repr),
            ("__len__", mv_len),
            ("__getitem__", mv_getitem),
            ("__setitem__", mv_setitem),
            ("__delitem__", mv_delitem),
            ("__iter__", mv_iter),
            ("__eq__", mv_eq),
            ("__ne__", mv_ne),
            ("__hash__", mv_hash),
            ("__enter__", mv_enter),
            ("__exit__", mv_release),
            ("tobytes", mv_tobytes),
            ("tolist", mv_tolist),
            ("hex", mv_hex),
            ("cast", mv_cast),
            ("release", mv_release),
        ],
    );
    add_properties(
        vm,
        &ty,
        "memoryview",
        &[
            ("obj", p_obj),
            ("readonly", p_readonly),
            ("nbytes", p_nbytes),
            ("itemsize", p_one),
            ("ndim", p_one),
            ("format", p_format),
            ("shape", p_shape),
            ("strides", p_strides),
            ("contiguous", p_contiguous),
            ("c_contiguous", p_contiguous),
            ("f_contiguous", p_contiguous),
        ],
    );
}
