//! `bytes` and `bytearray`. Both share one set of method implementations
//! over a byte snapshot; results are `bytes` or `bytearray` like `self`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::function::Args;
use super::slice::{
    as_index, as_slice, check_args, clamp_bound, clamp_start, cmp_op_of, index_value, norm_index,
    ord_result, repeat_count, repeat_len, resolve, slice_indices, slice_items, type_name,
};
use super::{Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};

/// The payload of a `bytes` object.
pub struct BytesObj {
    /// The bytes.
    pub data: Vec<u8>,
}

/// The payload of a `bytearray` object.
pub struct ByteArrayObj {
    /// The bytes.
    pub data: PyCell<Vec<u8>>,
}

/// A new `bytes` value.
pub fn new_bytes(data: Vec<u8>) -> Value {
    Value::from_payload(Payload::Bytes(BytesObj { data }))
}

/// A new `bytearray` value.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::from_payload(Payload::ByteArray(ByteArrayObj {
        data: PyCell::new(data),
    }))
}

/// A copy of the bytes of a bytes-like value (bytes, bytearray, or a
/// memoryview that is not released).
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.data.clone()),
        Some(Payload::ByteArray(b)) => Some(b.data.get().clone()),
        Some(Payload::MemoryView(m)) if !m.released.get() => Some(m.data()),
        _ => None,
    }
}

/// The content of any bytes-like object: what [`bytes_of`] reads, also
/// inside an instance of a subclass of `bytes`/`bytearray`.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Instance(i)) => bytes_of(&i.base),
        _ => bytes_of(v),
    }
}

/// `repr` of bytes content with CPython's quoting (`b'...'`).
pub fn repr_bytes(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// The hash of a bytes object (CPython's with `PYTHONHASHSEED=0`).
pub fn hash_bytes(data: &[u8]) -> i64 {
    super::str::hash_bytes_cpython(data)
}

/// Self's bytes and whether it is a bytearray.
fn this(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<(Vec<u8>, bool)> {
    crate::builtins::descriptor_self(vm, args, "bytes", name, |v| match v.payload() {
        Some(Payload::Bytes(b)) => Some((b.data.clone(), false)),
        Some(Payload::ByteArray(b)) => Some((b.data.get().clone(), true)),
        _ => None,
    })
}

fn bytearray_self<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a ByteArrayObj> {
    crate::builtins::descriptor_self(vm, args, "bytearray", name, |v| match v.payload() {
        Some(Payload::ByteArray(b)) => Some(b),
        _ => None,
    })
}

fn make(data: Vec<u8>, ba: bool) -> Value {
    if ba {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = as_index(vm, v)?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

/// Builds byte content from a constructor argument (and optional encoding).
fn from_source(
    vm: &mut Vm,
    src: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    let Some(src) = src else {
        if encoding.is_some() || errors.is_some() {
            return Err(vm.type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_str() {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = enc
            .as_str()
            .ok_or_else(|| vm.type_error("bytes() argument 'encoding' must be str"))?;
        let err = match errors {
            Some(e) => e
                .as_str()
                .ok_or_else(|| vm.type_error("bytes() argument 'errors' must be str"))?,
            None => "strict",
        };
        return super::str::encode(vm, s, enc, err);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if let Some(b) = bytes_of(src) {
        return Ok(b);
    }
    if let Some(n) = index_value(vm, src)? {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.check_size(crate::vm::limits::SizeKind::Bytes, n as u64)?;
        repeat_len(vm, n as usize, 1)?;
        return Ok(alloc::vec![0u8; n as usize]);
    }
    if let Err(e) = vm.iter(src) {
        if vm.err_matches(&e, super::exception::ExcKind::TypeError) {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                type_name(vm, src)
            )));
        }
        return Err(e);
    }
    let items = super::iter::collect(vm, src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let i = as_index(vm, it)?;
        if !(0..256).contains(&i) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(i as u8);
    }
    Ok(out)
}

fn ctor_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<[Option<&'a Value>; 3]> {
    let mut a = [args.pos.get(1), args.pos.get(2), args.pos.get(3)];
    if args.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    for (k, v) in args.kw {
        match k.payload_str() {
            Some("source") => a[0] = Some(v),
            Some("encoding") => a[1] = Some(v),
            Some("errors") => a[2] = Some(v),
            Some(n) => {
                return Err(
                    vm.type_error(format!("'{n}' is an invalid keyword argument for {name}()"))
                )
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    Ok(a)
}

fn bytes_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [src, enc, err] = ctor_args(vm, &args, "bytes")?;
    if let (Some(s), None, None) = (src, enc, err) {
        if matches!(s.payload(), Some(Payload::Bytes(_))) {
            return Ok(s.clone());
        }
    }
    let data = from_source(vm, src, enc, err)?;
    Ok(new_bytes(data))
}

fn bytearray_new(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    let _ = vm;
    Ok(new_bytearray(Vec::new()))
}

fn bytearray_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytearray_self(vm, &args, "__init__")?;
    let [src, enc, err] = ctor_args(vm, &args, "bytearray")?;
    let data = from_source(vm, src, enc, err)?;
    *b.data.get_mut() = data;
    Ok(Value::None)
}

fn b_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // A `bytearray` (or an instance of its subclass) shows its type's name.
    let (d, ba) = this(vm, &args, "__repr__")?;
    let r = repr_bytes(&d);
    Ok(vm.new_str(if ba {
        format!("{}({r})", vm.type_name(&args.pos[0]))
    } else {
        r
    }))
}

fn b_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Bytes(b)) => b.data.len(),
        Some(Payload::ByteArray(b)) => b.data.get().len(),
        _ => this(vm, &args, "__len__")?.0.len(),
    };
    Ok(Value::Int(n as i64))
}

/// `bytes.__bytes__`: the object itself (a plain `bytes` copy for an
/// instance of a subclass).
fn bytes_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b =
        crate::builtins::descriptor_self(vm, &args, "bytes", "__bytes__", |v| match v.payload() {
            Some(Payload::Bytes(b)) => Some(b),
            _ => None,
        })?;
    crate::object::int::check_args(vm, &args, "bytes.__bytes__", 0, 0)?;
    Ok(match args.pos[0].payload() {
        Some(Payload::Bytes(_)) => args.pos[0].clone(),
        _ => new_bytes(b.data.clone()),
    })
}

fn b_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "__hash__")?;
    if ba {
        return Err(vm.type_error("unhashable type: 'bytearray'"));
    }
    Ok(Value::Int(hash_bytes(&d)))
}

fn b_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "__getitem__")?;
    check_args(vm, &args, "__getitem__", 1, 1)?;
    let key = &args.pos[1];
    if let Some(sl) = as_slice(key) {
        let (start, _, step, n) = resolve(vm, sl, d.len())?;
        return Ok(make(slice_items(&d, start, step, n), ba));
    }
    match index_value(vm, key)? {
        Some(i) => match norm_index(i, d.len()) {
            Some(j) => Ok(Value::Int(i64::from(d[j]))),
            None => Err(vm.index_error(if ba {
                "bytearray index out of range"
            } else {
                "index out of range"
            })),
        },
        None => Err(vm.type_error(format!(
            "{} indices must be integers or slices, not {}",
            if ba { "bytearray" } else { "byte" },
            type_name(vm, key)
        ))),
    }
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// A needle argument: bytes-like or an int in range.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    match index_value(vm, v)? {
        Some(i) if (0..256).contains(&i) => Ok(alloc::vec![i as u8]),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(vm, v)
        ))),
    }
}

fn b_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = this(vm, &args, "__contains__")?;
    check_args(vm, &args, "__contains__", 1, 1)?;
    let x = &args.pos[1];
    let n = match bytes_of(x) {
        Some(b) => b,
        None => match index_value(vm, x)? {
            Some(i) if (0..256).contains(&i) => alloc::vec![i as u8],
            Some(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(vm, x)
                )))
            }
        },
    };
    Ok(Value::Bool(find_sub(&d, &n).is_some()))
}

fn b_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    Ok(super::iter::new_seq_iter(vm, args.pos[0].clone()))
}

fn b_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (mut d, ba) = this(vm, &args, "__add__")?;
    check_args(vm, &args, "__add__", 1, 1)?;
    match bytes_of(&args.pos[1]) {
        Some(o) => {
            d.extend_from_slice(&o);
            Ok(make(d, ba))
        }
        None => Err(vm.type_error(format!(
            "can't concat {} to {}",
            type_name(vm, &args.pos[1]),
            if ba { "bytearray" } else { "bytes" }
        ))),
    }
}

fn b_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "__mul__")?;
    check_args(vm, &args, "__mul__", 1, 1)?;
    let Some(n) = repeat_count(vm, &args.pos[1])? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(vm, &args.pos[1])
        )));
    };
    vm.check_size(
        crate::vm::limits::SizeKind::Bytes,
        (d.len() as u64).saturating_mul(n as u64),
    )?;
    repeat_len(vm, d.len(), n)?;
    Ok(make(d.repeat(n), ba))
}

fn b_cmp(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let (d, _) = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    match bytes_of(&args.pos[1]) {
        Some(o) => Ok(Value::Bool(ord_result(d.cmp(&o), cmp_op_of(name)))),
        None => Ok(vm.not_implemented()),
    }
}

macro_rules! named {
    ($f:ident; $($name:ident = $dunder:literal),*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { $f(vm, args, $dunder) })*
    };
}
named!(b_cmp; b_eq = "__eq__", b_ne = "__ne__", b_lt = "__lt__", b_le = "__le__", b_gt = "__gt__", b_ge = "__ge__");

fn b_decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = this(vm, &args, "decode")?;
    let enc = args.pos.get(1).or_else(|| args.kwarg("encoding"));
    let err = args.pos.get(2).or_else(|| args.kwarg("errors"));
    let enc = match enc {
        None => "utf-8",
        Some(v) => v.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "decode() argument 'encoding' must be str, not {}",
                type_name(vm, v)
            ))
        })?,
    };
    let err = match err {
        None => "strict",
        Some(v) => v.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "decode() argument 'errors' must be str, not {}",
                type_name(vm, v)
            ))
        })?,
    };
    let s = super::str::decode(vm, &d, enc, err)?;
    Ok(vm.new_str(s))
}

fn b_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "hex() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let (d, _) = this(vm, &args, "hex")?;
    let sep_v = args.pos.get(1).or_else(|| args.kwarg("sep"));
    let sep = match sep_v {
        None => None,
        Some(v) => {
            let cs: Vec<char> = match (v.as_str(), bytes_of(v)) {
                (Some(t), _) => t.chars().collect(),
                (None, Some(b)) => b.iter().map(|&c| c as char).collect(),
                _ => {
                    return Err(vm.type_error(format!(
                        "object of type '{}' has no len()",
                        type_name(vm, v)
                    )))
                }
            };
            if cs.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !cs[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(cs[0])
        }
    };
    let per = match args.pos.get(2).or_else(|| args.kwarg("bytes_per_sep")) {
        Some(v) => as_index(vm, v)?,
        None => 1,
    };
    let mut s = String::with_capacity(d.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in d.iter().enumerate() {
        if let Some(c) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (d.len() - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    s.push(c);
                }
            }
        }
        let _ = write!(s, "{b:02x}");
    }
    Ok(vm.new_str(s))
}

fn fromhex_impl(vm: &mut Vm, args: &Args<'_>) -> PyResult<Vec<u8>> {
    check_args(vm, args, "fromhex", 1, 1)?;
    let s = args.pos[1].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(vm, &args.pos[1])
        ))
    })?;
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16);
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
        }
        i += 2;
    }
    Ok(out)
}

fn bytes_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fromhex_impl(vm, &args).map(new_bytes)
}

fn bytearray_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fromhex_impl(vm, &args).map(new_bytearray)
}

fn b_join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (sep, ba) = this(vm, &args, "join")?;
    check_args(vm, &args, "join", 1, 1)?;
    let items = super::iter::collect(vm, &args.pos[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = bytes_of(it) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(vm, it)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(make(out, ba))
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn b_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "split")?;
    let sep = args.pos.get(1).or_else(|| args.kwarg("sep"));
    let maxsplit = match args.pos.get(2).or_else(|| args.kwarg("maxsplit")) {
        Some(v) => as_index(vm, v)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None | Some(Value::None) => {
            let mut i = 0;
            while i < d.len() {
                while i < d.len() && is_ws(d[i]) {
                    i += 1;
                }
                if i >= d.len() {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 >= maxsplit {
                    parts.push(d[i..].to_vec());
                    break;
                }
                let st = i;
                while i < d.len() && !is_ws(d[i]) {
                    i += 1;
                }
                parts.push(d[st..i].to_vec());
            }
        }
        Some(s) => {
            let sep = bytes_of(s).ok_or_else(|| {
                vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(vm, s)
                ))
            })?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut rest: &[u8] = &d;
            loop {
                if maxsplit >= 0 && parts.len() as i64 >= maxsplit {
                    parts.push(rest.to_vec());
                    break;
                }
                match find_sub(rest, &sep) {
                    Some(i) => {
                        parts.push(rest[..i].to_vec());
                        rest = &rest[i + sep.len()..];
                    }
                    None => {
                        parts.push(rest.to_vec());
                        break;
                    }
                }
            }
        }
    }
    let items = parts.into_iter().map(|p| make(p, ba)).collect();
    Ok(vm.new_list(items))
}

fn strip_impl(vm: &mut Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, name)?;
    check_args(vm, &args, name, 0, 1)?;
    let chars = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, v)
            ))
        })?),
    };
    let strip = |b: u8| match &chars {
        None => is_ws(b),
        Some(cs) => cs.contains(&b),
    };
    let (mut s, mut e) = (0, d.len());
    if left {
        while s < e && strip(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(d[e - 1]) {
            e -= 1;
        }
    }
    Ok(make(d[s..e].to_vec(), ba))
}
fn b_strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn starts_ends(vm: &mut Vm, args: Args<'_>, name: &str, ends: bool) -> PyResult<Value> {
    let (d, _) = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 3)?;
    let start = clamp_start(vm, args.pos.get(2), d.len())?;
    let end = clamp_bound(vm, args.pos.get(3), d.len(), d.len())?;
    let hay: &[u8] = if start <= end { &d[start..end] } else { &[] };
    let test = |p: &[u8]| if ends { hay.ends_with(p) } else { hay.starts_with(p) } && start <= end;
    let what = &args.pos[1];
    if let Some(p) = bytes_of(what) {
        return Ok(Value::Bool(test(&p)));
    }
    if let Some(Payload::Tuple(t)) = what.payload() {
        for it in t.items() {
            match bytes_of(it) {
                Some(p) if test(&p) => return Ok(Value::Bool(true)),
                Some(_) => {}
                None => {
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        type_name(vm, it)
                    )))
                }
            }
        }
        return Ok(Value::Bool(false));
    }
    Err(vm.type_error(format!(
        "{name} first arg must be bytes or a tuple of bytes, not {}",
        type_name(vm, what)
    )))
}
fn b_startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}
fn b_endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn find_impl(vm: &mut Vm, args: &Args<'_>, name: &str, rev: bool) -> PyResult<i64> {
    check_args(vm, args, name, 1, 3)?;
    let (d, _) = this(vm, args, name)?;
    let n = needle(vm, &args.pos[1])?;
    let start = clamp_start(vm, args.pos.get(2), d.len())?;
    let end = clamp_bound(vm, args.pos.get(3), d.len(), d.len())?;
    if start > end {
        return Ok(-1);
    }
    let hay = &d[start..end];
    let r = if rev {
        rfind_sub(hay, &n)
    } else {
        find_sub(hay, &n)
    };
    Ok(r.map_or(-1, |i| (start + i) as i64))
}
fn b_find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, &args, "find", false).map(Value::Int)
}
fn b_rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, &args, "rfind", true).map(Value::Int)
}
fn b_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn b_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = this(vm, &args, "count")?;
    check_args(vm, &args, "count", 1, 3)?;
    let n = needle(vm, &args.pos[1])?;
    let start = clamp_start(vm, args.pos.get(2), d.len())?;
    let end = clamp_bound(vm, args.pos.get(3), d.len(), d.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = &d[start..end];
    if n.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut c, mut i) = (0, 0);
    while let Some(p) = find_sub(&hay[i..], &n) {
        c += 1;
        i += p + n.len();
    }
    Ok(Value::Int(c))
}

fn b_replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "replace")?;
    check_args(vm, &args, "replace", 2, 3)?;
    let mut ab = [Vec::new(), Vec::new()];
    for (slot, v) in ab.iter_mut().zip(&args.pos[1..3]) {
        *slot = bytes_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, v)
            ))
        })?;
    }
    let [old, new] = ab;
    let mut count = match args.pos.get(3) {
        Some(v) => as_index(vm, v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        for &b in &d {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(b);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(make(out, ba));
    }
    let mut i = 0;
    while i < d.len() {
        if count != 0 && d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            count -= 1;
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    Ok(make(out, ba))
}

fn b_upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "upper")?;
    Ok(make(d.to_ascii_uppercase(), ba))
}
fn b_lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "lower")?;
    Ok(make(d.to_ascii_lowercase(), ba))
}

// ----- bytearray mutation -----

fn ba_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytearray_self(vm, &args, "__setitem__")?;
    check_args(vm, &args, "__setitem__", 2, 2)?;
    let key = &args.pos[1];
    let value = &args.pos[2];
    if let Some(sl) = as_slice(key) {
        let src = match bytes_of(value) {
            Some(s) => s,
            None => {
                if index_value(vm, value)?.is_some() || value.as_str().is_some() {
                    return Err(vm.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ));
                }
                let items = super::iter::collect(vm, value)?;
                let mut out = Vec::with_capacity(items.len());
                for it in &items {
                    out.push(byte_value(vm, it)?);
                }
                out
            }
        };
        let len = b.data.get().len();
        let (start, stop, step, n) = resolve(vm, sl, len)?;
        let mut data = b.data.get_mut();
        if step == 1 {
            let s = (start.max(0) as usize).min(data.len());
            let e = (stop.max(0) as usize).clamp(s, data.len());
            data.splice(s..e, src);
            return Ok(Value::None);
        }
        if src.len() != n {
            drop(data);
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {n}",
                src.len()
            )));
        }
        for (i, v) in slice_indices(start, step, n).zip(src) {
            if let Some(slot) = data.get_mut(i) {
                *slot = v;
            }
        }
        return Ok(Value::None);
    }
    let Some(i) = index_value(vm, key)? else {
        return Err(vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name(vm, key)
        )));
    };
    let v = byte_value(vm, value)?;
    let mut data = b.data.get_mut();
    match norm_index(i, data.len()) {
        Some(j) => {
            data[j] = v;
            Ok(Value::None)
        }
        None => {
            drop(data);
            Err(vm.index_error("bytearray index out of range"))
        }
    }
}

fn ba_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytearray_self(vm, &args, "__delitem__")?;
    check_args(vm, &args, "__delitem__", 1, 1)?;
    let key = &args.pos[1];
    if let Some(sl) = as_slice(key) {
        let len = b.data.get().len();
        let (start, _, step, n) = resolve(vm, sl, len)?;
        let mut mask = alloc::vec![false; len];
        for i in slice_indices(start, step, n) {
            if let Some(m) = mask.get_mut(i) {
                *m = true;
            }
        }
        let mut data = b.data.get_mut();
        let old = core::mem::take(&mut *data);
        *data = old
            .into_iter()
            .zip(mask)
            .filter(|(_, m)| !m)
            .map(|(x, _)| x)
            .collect();
        return Ok(Value::None);
    }
    let i = as_index(vm, key)?;
    let mut data = b.data.get_mut();
    match norm_index(i, data.len()) {
        Some(j) => {
            data.remove(j);
            Ok(Value::None)
        }
        None => {
            drop(data);
            Err(vm.index_error("bytearray index out of range"))
        }
    }
}

fn ba_append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytearray_self(vm, &args, "append")?;
    check_args(vm, &args, "append", 1, 1)?;
    let v = byte_value(vm, &args.pos[1])?;
    b.data.get_mut().push(v);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytearray_self(vm, &args, "extend")?;
    check_args(vm, &args, "extend", 1, 1)?;
    let src = match bytes_of(&args.pos[1]) {
        Some(s) => s,
        None => {
            if args.pos[1].as_str().is_some() {
                return Err(vm.type_error("expected iterable of integers; got: 'str'"));
            }
            if let Err(e) = vm.iter(&args.pos[1]) {
                if vm.err_matches(&e, super::exception::ExcKind::TypeError) {
                    return Err(vm.type_error(format!(
                        "can't extend bytearray with {}",
                        type_name(vm, &args.pos[1])
                    )));
                }
                return Err(e);
            }
            let items = super::iter::collect(vm, &args.pos[1])?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(byte_value(vm, it)?);
            }
            out
        }
    };
    b.data.get_mut().extend(src);
    Ok(Value::None)
}

fn ba_iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytearray_self(vm, &args, "__iadd__")?;
    check_args(vm, &args, "__iadd__", 1, 1)?;
    match bytes_of(&args.pos[1]) {
        Some(s) => {
            b.data.get_mut().extend(s);
            Ok(args.pos[0].clone())
        }
        None => Err(vm.type_error(format!(
            "can't concat {} to bytearray",
            type_name(vm, &args.pos[1])
        ))),
    }
}

fn ba_imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytearray_self(vm, &args, "__imul__")?;
    check_args(vm, &args, "__imul__", 1, 1)?;
    let Some(n) = repeat_count(vm, &args.pos[1])? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(vm, &args.pos[1])
        )));
    };
    let cur = b.data.get().clone();
    repeat_len(vm, cur.len(), n)?;
    vm.check_size(crate::vm::limits::SizeKind::Bytes, (cur.len() * n) as u64)?;
    *b.data.get_mut() = cur.repeat(n);
    Ok(args.pos[0].clone())
}

fn ba_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytearray_self(vm, &args, "pop")?;
    check_args(vm, &args, "pop", 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => as_index(vm, v)?,
        None => -1,
    };
    let mut data = b.data.get_mut();
    if data.is_empty() {
        drop(data);
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match norm_index(i, data.len()) {
        Some(j) => Ok(Value::Int(i64::from(data.remove(j)))),
        None => {
            drop(data);
            Err(vm.index_error("pop index out of range"))
        }
    }
}

fn ba_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytearray_self(vm, &args, "clear")?.data.get_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = bytearray_self(vm, &args, "copy")?.data.get().clone();
    Ok(new_bytearray(d))
}

fn ba_reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bytearray_self(vm, &args, "reverse")?
        .data
        .get_mut()
        .reverse();
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytearray_self(vm, &args, "insert")?;
    check_args(vm, &args, "insert", 2, 2)?;
    let i = as_index(vm, &args.pos[1])?;
    let v = byte_value(vm, &args.pos[2])?;
    let mut data = b.data.get_mut();
    let len = data.len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    data.insert(j as usize, v);
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let b = bytearray_self(vm, &args, "remove")?;
    check_args(vm, &args, "remove", 1, 1)?;
    let v = byte_value(vm, &args.pos[1])?;
    let mut data = b.data.get_mut();
    match data.iter().position(|&x| x == v) {
        Some(p) => {
            data.remove(p);
            Ok(Value::None)
        }
        None => {
            drop(data);
            Err(vm.value_error("value not found in bytearray"))
        }
    }
}

// ----- more bytes methods (ASCII-only case and class tests, padding, ...) -----

fn b_mod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "__mod__")?;
    check_args(vm, &args, "__mod__", 1, 1)?;
    let tpl: String = d.iter().map(|&b| b as char).collect();
    let out = super::str::percent_format_bytes(vm, &tpl, &args.pos[1])?;
    Ok(make(out.chars().map(|c| c as u32 as u8).collect(), ba))
}

fn b_swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "swapcase")?;
    let out = d
        .iter()
        .map(|&b| {
            if b.is_ascii_lowercase() {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(make(out, ba))
}

fn b_title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "title")?;
    let mut prev_cased = false;
    let out = d
        .iter()
        .map(|&b| {
            let r = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect();
    Ok(make(out, ba))
}

fn b_capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "capitalize")?;
    let out = d
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(make(out, ba))
}

fn class_test(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(u8) -> bool) -> PyResult<Value> {
    check_args(vm, args, name, 0, 0)?;
    let (d, _) = this(vm, args, name)?;
    Ok(Value::Bool(!d.is_empty() && d.iter().all(|&b| f(b))))
}
fn b_isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    class_test(vm, &args, "isalpha", |b| b.is_ascii_alphabetic())
}
fn b_isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    class_test(vm, &args, "isalnum", |b| b.is_ascii_alphanumeric())
}
fn b_isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    class_test(vm, &args, "isdigit", |b| b.is_ascii_digit())
}
fn b_isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    class_test(vm, &args, "isspace", is_ws)
}
fn b_isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = this(vm, &args, "isascii")?;
    check_args(vm, &args, "isascii", 0, 0)?;
    Ok(Value::Bool(d.is_ascii()))
}
fn case_test(vm: &mut Vm, args: &Args<'_>, name: &str, upper: bool) -> PyResult<Value> {
    check_args(vm, args, name, 0, 0)?;
    let (d, _) = this(vm, args, name)?;
    let mut cased = false;
    for &b in &d {
        if (upper && b.is_ascii_lowercase()) || (!upper && b.is_ascii_uppercase()) {
            return Ok(Value::Bool(false));
        }
        cased |= b.is_ascii_alphabetic();
    }
    Ok(Value::Bool(cased))
}
fn b_isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    case_test(vm, &args, "isupper", true)
}
fn b_islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    case_test(vm, &args, "islower", false)
}
fn b_istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = this(vm, &args, "istitle")?;
    check_args(vm, &args, "istitle", 0, 0)?;
    Ok(Value::Bool(super::str::is_title(d.iter().map(|b| {
        (b.is_ascii_uppercase(), b.is_ascii_lowercase())
    }))))
}

/// Width and one-byte fill of `center`/`ljust`/`rjust`.
fn pad_args(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(usize, u8)> {
    check_args(vm, args, name, 1, 2)?;
    let w = as_index(vm, &args.pos[1])?.max(0) as usize;
    let fill = match args.pos.get(2) {
        None => b' ',
        Some(v) => match bytes_of(v) {
            Some(f) if f.len() == 1 && !matches!(v.payload(), Some(Payload::MemoryView(_))) => f[0],
            Some(_) if !matches!(v.payload(), Some(Payload::MemoryView(_))) => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(vm, v),
                )))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(vm, v)
                )))
            }
        },
    };
    Ok((w, fill))
}
fn pad(d: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(d.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(d);
    out.resize(out.len() + right, fill);
    out
}
fn b_center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (w, fill) = pad_args(vm, &args, "center")?;
    let (d, ba) = this(vm, &args, "center")?;
    if w <= d.len() {
        return Ok(make(d, ba));
    }
    let marg = w - d.len();
    let left = marg / 2 + (marg & w & 1);
    Ok(make(pad(&d, left, marg - left, fill), ba))
}
fn b_ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (w, fill) = pad_args(vm, &args, "ljust")?;
    let (d, ba) = this(vm, &args, "ljust")?;
    let n = w.saturating_sub(d.len());
    Ok(make(pad(&d, 0, n, fill), ba))
}
fn b_rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (w, fill) = pad_args(vm, &args, "rjust")?;
    let (d, ba) = this(vm, &args, "rjust")?;
    let n = w.saturating_sub(d.len());
    Ok(make(pad(&d, n, 0, fill), ba))
}
fn b_zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "zfill", 1, 1)?;
    let w = as_index(vm, &args.pos[1])?.max(0) as usize;
    let (d, ba) = this(vm, &args, "zfill")?;
    if w <= d.len() {
        return Ok(make(d, ba));
    }
    let n = w - d.len();
    let mut out = pad(&d, n, 0, b'0');
    if let Some(&s @ (b'+' | b'-')) = d.first() {
        out[0] = s;
        out[n] = b'0';
    }
    Ok(make(out, ba))
}
fn b_expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "expandtabs")?;
    let ts = match args.pos.get(1).or_else(|| args.kwarg("tabsize")) {
        Some(v) => as_index(vm, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut col = 0i64;
    for &b in &d {
        match b {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(make(out, ba))
}
fn partition_impl(vm: &mut Vm, args: Args<'_>, name: &str, rev: bool) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    let sep = bytes_of(&args.pos[1]).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, &args.pos[1])
        ))
    })?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev {
        rfind_sub(&d, &sep)
    } else {
        find_sub(&d, &sep)
    };
    let parts = match found {
        Some(i) => [d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), d.clone()],
        None => [d.clone(), Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| make(p, ba)).collect();
    Ok(vm.new_tuple(items))
}
fn b_partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn b_rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}
fn b_splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "splitlines")?;
    let keep = super::slice::keepends_arg(vm, &args)?;
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < d.len() {
        if d[i] == b'\n' || d[i] == b'\r' {
            let mut end = i + 1;
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            parts.push(make(d[start..if keep { end } else { i }].to_vec(), ba));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        parts.push(make(d[start..].to_vec(), ba));
    }
    Ok(vm.new_list(parts))
}
fn affix_impl(vm: &mut Vm, args: Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    let a = bytes_of(&args.pos[1]).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(vm, &args.pos[1])
        ))
    })?;
    let out = if suffix && d.ends_with(&a) {
        d[..d.len() - a.len()].to_vec()
    } else if !suffix && d.starts_with(&a) {
        d[a.len()..].to_vec()
    } else {
        d
    };
    Ok(make(out, ba))
}
fn b_removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(vm, args, "removeprefix", false)
}
fn b_removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(vm, args, "removesuffix", true)
}
fn b_rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn b_rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (mut d, ba) = this(vm, &args, "rsplit")?;
    d.reverse();
    let sep = args.pos.get(1).or_else(|| args.kwarg("sep"));
    let rsep = match sep {
        None | Some(Value::None) => Value::None,
        Some(s) => {
            let mut v = bytes_of(s).ok_or_else(|| {
                vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(vm, s)
                ))
            })?;
            v.reverse();
            new_bytes(v)
        }
    };
    let maxsplit = match args.pos.get(2).or_else(|| args.kwarg("maxsplit")) {
        Some(v) => Value::Int(as_index(vm, v)?),
        None => Value::Int(-1),
    };
    let pos = [new_bytes(d), rsep, maxsplit];
    let r = b_split(vm, Args::new(&pos))?;
    let mut parts: Vec<Value> = match r.payload() {
        Some(Payload::List(l)) => l.items.get().clone(),
        _ => Vec::new(),
    };
    parts.reverse();
    let items = parts
        .iter()
        .map(|p| {
            let mut b = bytes_of(p).unwrap_or_default();
            b.reverse();
            make(b, ba)
        })
        .collect();
    Ok(vm.new_list(items))
}
fn b_translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, ba) = this(vm, &args, "translate")?;
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "translate expected at least 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let table = match &args.pos[1] {
        Value::None => None,
        v => match bytes_of(v) {
            Some(t) if t.len() == 256 => Some(t),
            Some(_) => return Err(vm.value_error("translation table must be 256 characters long")),
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(vm, v)
                )))
            }
        },
    };
    let delete = match args.pos.get(2).or_else(|| args.kwarg("delete")) {
        None => Vec::new(),
        Some(v) => bytes_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, v)
            ))
        })?,
    };
    let out = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(make(out, ba))
}
fn b_maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // Static method: no self.
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let mut ab = [Vec::new(), Vec::new()];
    for (slot, v) in ab.iter_mut().zip(args.pos) {
        *slot = bytes_of(v).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, v)
            ))
        })?;
    }
    if ab[0].len() != ab[1].len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&f, &to) in ab[0].iter().zip(&ab[1]) {
        t[f as usize] = to;
    }
    Ok(new_bytes(t))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types();
    let common: &[(&'static str, super::function::NativeFn)] = &[
        ("__repr__", b_repr),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
        ("__contains__", b_contains),
        ("__iter__", b_iter),
        ("__add__", b_add),
        ("__mul__", b_mul),
        ("__rmul__", b_mul),
        ("__eq__", b_eq),
        ("__ne__", b_ne),
        ("__lt__", b_lt),
        ("__le__", b_le),
        ("__gt__", b_gt),
        ("__ge__", b_ge),
        ("decode", b_decode),
        ("hex", b_hex),
        ("join", b_join),
        ("split", b_split),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("count", b_count),
        ("replace", b_replace),
        ("upper", b_upper),
        ("lower", b_lower),
        ("__mod__", b_mod),
        ("swapcase", b_swapcase),
        ("title", b_title),
        ("capitalize", b_capitalize),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isdigit", b_isdigit),
        ("isspace", b_isspace),
        ("isascii", b_isascii),
        ("isupper", b_isupper),
        ("islower", b_islower),
        ("istitle", b_istitle),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("splitlines", b_splitlines),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("rindex", b_rindex),
        ("rsplit", b_rsplit),
        ("translate", b_translate),
    ];
    vm.add_methods(&t.bytes, "bytes", common);
    vm.add_methods(&t.bytearray, "bytearray", common);
    vm.add_methods(
        &t.bytes,
        "bytes",
        &[
            ("__new__", bytes_new),
            ("__hash__", b_hash),
            ("__bytes__", bytes_bytes),
        ],
    );
    vm.add_methods(
        &t.bytearray,
        "bytearray",
        &[
            ("__new__", bytearray_new),
            ("__init__", bytearray_init),
            ("__setitem__", ba_setitem),
            ("__delitem__", ba_delitem),
            ("__iadd__", ba_iadd),
            ("__imul__", ba_imul),
            ("append", ba_append),
            ("extend", ba_extend),
            ("pop", ba_pop),
            ("clear", ba_clear),
            ("copy", ba_copy),
            ("reverse", ba_reverse),
            ("insert", ba_insert),
            ("remove", ba_remove),
        ],
    );
    super::slice::set_unhashable(vm, &t.bytearray);
    for ty in [&t.bytes, &t.bytearray] {
        if let Payload::Type(tt) = ty.payload() {
            let nf = Value::from_payload(Payload::Native(super::function::NativeFnObj {
                name: "maketrans",
                f: b_maketrans,
                bound: None,
                owner: None,
            }));
            let sm = Value::from_payload(Payload::Descriptor(
                super::class::DescriptorObj::StaticMethod(nf),
            ));
            tt.dict().set_str(vm.intern("maketrans"), sm);
        }
    }
    for (ty, f) in [
        (&t.bytes, bytes_fromhex as super::function::NativeFn),
        (&t.bytearray, bytearray_fromhex),
    ] {
        if let Payload::Type(tt) = ty.payload() {
            let nf = Value::from_payload(Payload::Native(super::function::NativeFnObj {
                name: "fromhex",
                f,
                bound: None,
                owner: None,
            }));
            let cm = Value::from_payload(Payload::Descriptor(
                super::class::DescriptorObj::ClassMethod(nf),
            ));
            tt.dict().set_str(vm.intern("fromhex"), cm);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::slice::testing::setup;
    use super::*;

    #[test]
    fn bytes_behaviour() {
        let mut t = setup();
        assert_eq!(
            repr_bytes(b"a'b\"\x00\x7f\xff\t\\"),
            "b'a\\'b\"\\x00\\x7f\\xff\\t\\\\'"
        );
        assert_eq!(repr_bytes(b"it's"), "b\"it's\"");
        let ty = t.vm.types().bytes.clone();
        let r = t.make(&ty, &[Value::Int(3)]);
        assert_eq!(t.ok(r), "b'\\x00\\x00\\x00'");
        let r = t.make(&ty, &[t.ints(&[256])]);
        assert_eq!(t.err(r), "ValueError: bytes must be in range(0, 256)");
        let r = t.make(&ty, &[t.s("a")]);
        assert_eq!(t.err(r), "TypeError: string argument without an encoding");
        let r = t.make(&ty, &[Value::Int(-1)]);
        assert_eq!(t.err(r), "ValueError: negative count");
        let b = t.make(&ty, &[t.s("héllo"), t.s("utf-8")]).unwrap();
        assert_eq!(t.repr(&b), "b'h\\xc3\\xa9llo'");
        let r = t.m(&b, "__getitem__", &[Value::Int(0)]);
        assert_eq!(t.ok(r), "104");
        let r = t.m(&b, "__getitem__", &[Value::Int(10)]);
        assert_eq!(t.err(r), "IndexError: index out of range");
        let r = t.m(&b, "decode", &[]);
        assert_eq!(t.ok(r), "'héllo'");
        let r = t.m(&b, "hex", &[]);
        assert_eq!(t.ok(r), "'68c3a96c6c6f'");
        let r = t.m(&b, "__add__", &[t.s("a")]);
        assert_eq!(t.err(r), "TypeError: can't concat str to bytes");
        let r = t.m(&b, "__contains__", &[Value::Int(104)]);
        assert_eq!(t.ok(r), "True");
        let r = t.m(&b, "__contains__", &[t.s("h")]);
        assert_eq!(
            t.err(r),
            "TypeError: a bytes-like object is required, not 'str'"
        );
        let r = t.call_on(&ty, "fromhex", &[t.s("61 62")]);
        assert_eq!(t.ok(r), "b'ab'");
        let r = t.call_on(&ty, "fromhex", &[t.s("zz")]);
        assert_eq!(
            t.err(r),
            "ValueError: non-hexadecimal number found in fromhex() arg at position 0"
        );
        let csv = new_bytes(b"a,b".to_vec());
        let comma = new_bytes(b",".to_vec());
        let r = t.m(&csv, "split", &[comma]);
        assert_eq!(t.ok(r), "[b'a', b'b']");
        let ba_ty = t.vm.types().bytearray.clone();
        let ba = t.make(&ba_ty, &[t.ints(&[97, 98])]).unwrap();
        assert_eq!(t.repr(&ba), "bytearray(b'ab')");
        t.m(&ba, "append", &[Value::Int(99)]).unwrap();
        let r = t.m(&ba, "__setitem__", &[Value::Int(0), Value::Int(300)]);
        assert_eq!(t.err(r), "ValueError: byte must be in range(0, 256)");
        t.m(&ba, "__setitem__", &[Value::Int(0), Value::Int(65)])
            .unwrap();
        let r = t.m(&ba, "pop", &[]);
        assert_eq!(t.ok(r), "99");
        assert_eq!(t.repr(&ba), "bytearray(b'Ab')");
        let e = t.make(&ba_ty, &[]).unwrap();
        let r = t.m(&e, "pop", &[]);
        assert_eq!(t.err(r), "IndexError: pop from empty bytearray");
        let r = t.m(&ba, "__eq__", &[new_bytes(b"Ab".to_vec())]);
        assert_eq!(t.ok(r), "True");
        let r = t.m(&ba, "__hash__", &[]);
        assert!(r.is_err());
    }
}
