//! The `_struct` module behind `struct` (whose `Struct` class is in
//! `py/struct.py`): packing values into bytes and back with CPython 3.11's
//! format language, sizes, native alignment and error messages.
//!
//! Native mode (`@`, the default) uses this target's C sizes, alignment and
//! byte order; `=`, `<`, `>` and `!` use the standard sizes without padding.
//! Errors are raised as `struct.error`, a class made when the module is built.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::builtins::{dict_get_str, dict_of, index_value, type_name};
use crate::num::bigint::BigInt;
use crate::object::bytes::new_bytes;
use crate::object::exception::ExcKind;
use crate::object::function::{Args, NativeFn};
use crate::object::int::int_of;
use crate::object::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

const FUNCS: &[(&str, NativeFn)] = &[
    ("pack", s_pack),
    ("unpack", s_unpack),
    ("calcsize", s_calcsize),
    ("iter_unpack", s_iter_unpack),
    ("pack_into", s_pack_into),
    ("unpack_from", s_unpack_from),
    ("_clearcache", s_clearcache),
];

/// Builds the `_struct` module (with its `error` class).
pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_struct");
    let Some(d) = dict_of(&Value::Obj(m.clone())) else {
        return Ok(m);
    };
    for &(name, f) in FUNCS {
        vm.dict_set_str(&d, name, vm.new_native(name, f));
    }
    // error = type('error', (Exception,), {'__module__': 'struct'})
    let ns = vm.new_dict();
    if let Some(Payload::Dict(nd)) = ns.payload() {
        nd.set_str(vm.intern("__module__"), vm.new_str("struct"));
    }
    let exc = Value::Obj(vm.interp().exc_type(ExcKind::Exception).clone());
    let bases = vm.new_tuple(alloc::vec![exc]);
    let ty = Value::Obj(vm.types().type_.clone());
    let err = vm.call(&ty, Args::new(&[vm.new_str("error"), bases, ns]))?;
    vm.dict_set_str(&d, "error", err);
    Ok(m)
}

/// A `struct.error` with `msg`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    let cls = dict_get_str(&vm.interp().modules, "_struct")
        .and_then(|m| dict_of(&m))
        .and_then(|d| dict_get_str(&d, "error"));
    if let Some(cls) = cls {
        let arg = vm.new_str(msg.clone());
        if let Ok(Value::Obj(e)) = vm.call(&cls, Args::new(&[arg])) {
            if matches!(e.payload(), Payload::Exception(_) | Payload::Instance(_)) {
                return PyErr(e);
            }
        }
    }
    vm.value_error(msg)
}

/// Byte order and sizing mode of a format.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Native,
    Little,
    Big,
}

/// One format code with its repeat count.
struct Code {
    c: u8,
    count: usize,
    size: usize,
    offset: usize,
}

/// A parsed format: codes, total size, number of values.
struct Layout {
    mode: Mode,
    codes: Vec<Code>,
    size: usize,
    nitems: usize,
}

const NATIVE_LITTLE: bool = cfg!(target_endian = "little");

/// Size and alignment of a code, or `None` for a bad char.
fn code_size(c: u8, mode: Mode) -> Option<(usize, usize)> {
    let long = core::mem::size_of::<core::ffi::c_long>();
    let ptr = core::mem::size_of::<usize>();
    let native = mode == Mode::Native;
    let s = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                long
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => ptr,
        _ => return None,
    };
    let align = if native { s } else { 1 };
    Some((s, align))
}

fn format_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(String::from(s));
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(b.data.iter().map(|&c| c as char).collect());
    }
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        type_name(vm, v)
    )))
}

fn parse(vm: &mut Vm, fmt: &Value) -> PyResult<Layout> {
    let text = format_text(vm, fmt)?;
    let bytes = text.as_bytes();
    let (mode, rest) = match bytes.first() {
        Some(b'@') => (Mode::Native, &bytes[1..]),
        Some(b'=') => (native_std(), &bytes[1..]),
        Some(b'<') => (Mode::Little, &bytes[1..]),
        Some(b'>') | Some(b'!') => (Mode::Big, &bytes[1..]),
        _ => (Mode::Native, bytes),
    };
    let too_long = |vm: &mut Vm| error(vm, "total struct size too long");
    let mut codes = Vec::new();
    let mut size: usize = 0;
    let mut nitems = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let mut c = rest[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut num: usize = usize::from(c - b'0');
            loop {
                match rest.get(i) {
                    Some(d) if d.is_ascii_digit() => {
                        num = match num
                            .checked_mul(10)
                            .and_then(|n| n.checked_add(usize::from(d - b'0')))
                            .filter(|n| *n <= isize::MAX as usize)
                        {
                            Some(n) => n,
                            None => return Err(too_long(vm)),
                        };
                        i += 1;
                    }
                    Some(&d) => {
                        c = d;
                        i += 1;
                        break;
                    }
                    None => return Err(error(vm, "repeat count given without format specifier")),
                }
            }
            count = num;
        }
        let Some((csize, align)) = code_size(c, mode) else {
            return Err(error(vm, "bad char in struct format"));
        };
        if align > 1 && size > 0 {
            let extra = (align - 1) - (size - 1) % align;
            size = match size.checked_add(extra) {
                Some(s) => s,
                None => return Err(too_long(vm)),
            };
        }
        match c {
            b's' | b'p' => nitems += 1,
            b'x' => {}
            _ => nitems += count,
        }
        let offset = size;
        let total = match count
            .checked_mul(csize)
            .and_then(|t| t.checked_add(size))
            .filter(|t| *t <= isize::MAX as usize)
        {
            Some(t) => t,
            None => return Err(too_long(vm)),
        };
        size = total;
        codes.push(Code {
            c,
            count,
            size: csize,
            offset,
        });
    }
    Ok(Layout {
        mode,
        codes,
        size,
        nitems,
    })
}

fn native_std() -> Mode {
    if NATIVE_LITTLE {
        Mode::Little
    } else {
        Mode::Big
    }
}

fn little(mode: Mode) -> bool {
    match mode {
        Mode::Native => NATIVE_LITTLE,
        Mode::Little => true,
        Mode::Big => false,
    }
}

// ----- packing -----

/// The integer of a value to pack (`__index__`), or struct.error.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let is_int = int_of(v).is_some()
        || (!matches!(v, Value::Float(_)) && vm.lookup_special(v, "__index__").is_some());
    if !is_int {
        return Err(error(vm, "required argument is not an integer"));
    }
    let iv = index_value(vm, v)?;
    Ok(match int_of(&iv) {
        Some(i) => i.to_big(),
        None => BigInt::zero(),
    })
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(f64::from(u8::from(*b))),
        _ => {}
    }
    let ok = int_of(v).is_some()
        || vm.lookup_special(v, "__float__").is_some()
        || vm.lookup_special(v, "__index__").is_some();
    if !ok {
        return Err(error(vm, "required argument is not a float"));
    }
    vm.to_f64(v)
}

fn put_int(out: &mut [u8], value: u64, size: usize, le: bool) {
    let b = value.to_le_bytes();
    for (k, byte) in b.iter().take(size).enumerate() {
        let idx = if le { k } else { size - 1 - k };
        out[idx] = *byte;
    }
}

fn pack_int(
    vm: &mut Vm,
    c: u8,
    mode: Mode,
    size: usize,
    v: &Value,
    out: &mut [u8],
) -> PyResult<()> {
    let big = int_arg(vm, v)?;
    let le = little(mode);
    let out_of_range = |vm: &mut Vm| error(vm, "argument out of range");
    let signed = matches!(c, b'b' | b'h' | b'i' | b'l' | b'q' | b'n' | b'P');
    // On this host, native mode and the standard mode of the host's byte
    // order share CPython's native routines for b/B/h/H/q/Q; the other
    // byte order uses the portable ones, whose messages differ.
    let portable = mode != Mode::Native && le != NATIVE_LITTLE && !matches!(c, b'b' | b'B');
    let word: u64 = if c == b'P' || (portable && size == 8) {
        let r = if signed {
            big.to_i64().map(|i| i as u64)
        } else {
            big.to_u64()
        };
        match r {
            Some(u) if c == b'P' || !signed || big.to_i64().is_some() => u,
            _ if c == b'P' => match big.to_u64() {
                Some(u) => u,
                None => return Err(error(vm, "int too large to convert")),
            },
            _ => return Err(error(vm, "int too large to convert")),
        }
    } else if signed {
        let Some(x) = big.to_i64() else {
            return Err(out_of_range(vm));
        };
        if size < 8 {
            let bits = size * 8;
            let lo = -(1i64 << (bits - 1));
            let hi = (1i64 << (bits - 1)) - 1;
            if x < lo || x > hi {
                let msg = match c {
                    b'b' => String::from("byte format requires -128 <= number <= 127"),
                    b'h' if !portable => {
                        String::from("short format requires -32768 <= number <= 32767")
                    }
                    _ => format!("'{}' format requires {lo} <= number <= {hi}", c as char),
                };
                return Err(error(vm, msg));
            }
        }
        x as u64
    } else if (c == b'B' || c == b'H') && !portable {
        let x = match big.to_i64() {
            Some(x) => x,
            None => return Err(out_of_range(vm)),
        };
        let hi = if c == b'B' { 255 } else { 65535 };
        if !(0..=hi).contains(&x) {
            let name = if c == b'B' { "ubyte" } else { "ushort" };
            return Err(error(
                vm,
                format!("{name} format requires 0 <= number <= {hi}"),
            ));
        }
        x as u64
    } else {
        let Some(x) = big.to_u64() else {
            return Err(out_of_range(vm));
        };
        if size < 8 {
            let hi = (1u64 << (size * 8)) - 1;
            if x > hi {
                return Err(error(
                    vm,
                    format!("'{}' format requires 0 <= number <= {hi}", c as char),
                ));
            }
        }
        x
    };
    put_int(out, word, size, le);
    Ok(())
}

/// CPython's `PyFloat_Pack2`: an IEEE half float, rounding half to even.
fn pack_half(x: f64) -> Option<u16> {
    let sign: u16 = u16::from(x.is_sign_negative());
    let (e, bits): (i32, u16);
    if x.is_nan() {
        return Some((sign << 15) | 0x7e00);
    }
    if x.is_infinite() {
        return Some((sign << 15) | 0x7c00);
    }
    if x == 0.0 {
        return Some(sign << 15);
    }
    let (mut f, mut ex) = libm::frexp(x.abs());
    f *= 2.0;
    ex -= 1;
    if ex >= 16 {
        return None;
    } else if ex < -25 {
        f = 0.0;
        ex = 0;
    } else if ex < -14 {
        f = libm::ldexp(f, 14 + ex);
        ex = 0;
    } else {
        ex += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut b = f as u16;
    let frac = f - f64::from(b);
    if frac > 0.5 || (frac == 0.5 && b % 2 == 1) {
        b += 1;
        if b == 1024 {
            b = 0;
            ex += 1;
            if ex == 31 {
                return None;
            }
        }
    }
    e = ex;
    bits = b;
    Some(bits | ((e as u16) << 10) | (sign << 15))
}

fn unpack_half(h: u16) -> f64 {
    let sign = (h >> 15) & 1;
    let e = i32::from((h >> 10) & 0x1f);
    let f = h & 0x3ff;
    if e == 0x1f {
        let v = if f == 0 { f64::INFINITY } else { f64::NAN };
        return if sign == 1 { -v } else { v };
    }
    let mut x = f64::from(f) / 1024.0;
    let exp = if e == 0 {
        -14
    } else {
        x += 1.0;
        e - 15
    };
    x = libm::ldexp(x, exp);
    if sign == 1 {
        -x
    } else {
        x
    }
}

fn bytes_arg(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.data.clone()),
        Some(Payload::ByteArray(b)) => Some(b.data.get().clone()),
        _ => None,
    }
}

fn pack_one(vm: &mut Vm, code: &Code, mode: Mode, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let le = little(mode);
    match code.c {
        b'c' => match bytes_arg(v) {
            Some(b) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = u8::from(vm.truthy(v)?),
        b'e' => {
            let x = float_arg(vm, v)?;
            let Some(h) = pack_half(x) else {
                return Err(vm.overflow_error("float too large to pack with e format"));
            };
            put_int(out, u64::from(h), 2, le);
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            if mode != Mode::Native && y.is_infinite() && !x.is_infinite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put_int(out, u64::from(y.to_bits()), 4, le);
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put_int(out, x.to_bits(), 8, le);
        }
        c => pack_int(vm, c, mode, code.size, v, out)?,
    }
    Ok(())
}

/// Packs `vals` per `layout` into `out` (already zeroed, `layout.size` long).
fn pack_all(
    vm: &mut Vm,
    layout: &Layout,
    vals: &[Value],
    out: &mut [u8],
    who: &str,
) -> PyResult<()> {
    if vals.len() != layout.nitems {
        return Err(error(
            vm,
            format!(
                "{who} expected {} items for packing (got {})",
                layout.nitems,
                vals.len()
            ),
        ));
    }
    let mut vi = 0;
    for code in &layout.codes {
        let at = code.offset;
        match code.c {
            b'x' => {}
            b's' | b'p' => {
                let v = &vals[vi];
                vi += 1;
                let Some(data) = bytes_arg(v) else {
                    return Err(error(
                        vm,
                        format!("argument for '{}' must be a bytes object", code.c as char),
                    ));
                };
                let n = code.count;
                if code.c == b's' {
                    let k = data.len().min(n);
                    out[at..at + k].copy_from_slice(&data[..k]);
                } else if n > 0 {
                    let k = data.len().min(n - 1);
                    out[at + 1..at + 1 + k].copy_from_slice(&data[..k]);
                    out[at] = k.min(255) as u8;
                }
            }
            _ => {
                for k in 0..code.count {
                    let off = at + k * code.size;
                    let v = vals[vi].clone();
                    vi += 1;
                    pack_one(vm, code, layout.mode, &v, &mut out[off..off + code.size])?;
                }
            }
        }
    }
    Ok(())
}

// ----- unpacking -----

fn get_int(data: &[u8], le: bool) -> u64 {
    let mut v: u64 = 0;
    for k in 0..data.len() {
        let b = if le {
            data[data.len() - 1 - k]
        } else {
            data[k]
        };
        v = (v << 8) | u64::from(b);
    }
    v
}

fn unpack_all(vm: &Vm, layout: &Layout, data: &[u8]) -> Vec<Value> {
    let le = little(layout.mode);
    let mut out = Vec::with_capacity(layout.nitems);
    for code in &layout.codes {
        let at = code.offset;
        match code.c {
            b'x' => {}
            b's' => out.push(new_bytes(data[at..at + code.count].to_vec())),
            b'p' => {
                if code.count == 0 {
                    out.push(new_bytes(Vec::new()));
                } else {
                    let n = usize::from(data[at]).min(code.count - 1);
                    out.push(new_bytes(data[at + 1..at + 1 + n].to_vec()));
                }
            }
            c => {
                for k in 0..code.count {
                    let off = at + k * code.size;
                    let raw = &data[off..off + code.size];
                    out.push(unpack_one(vm, c, raw, le));
                }
            }
        }
    }
    out
}

fn unpack_one(_vm: &Vm, c: u8, raw: &[u8], le: bool) -> Value {
    let u = get_int(raw, le);
    let bits = raw.len() * 8;
    match c {
        b'c' => new_bytes(raw.to_vec()),
        b'?' => Value::Bool(u != 0),
        b'e' => Value::Float(unpack_half(u as u16)),
        b'f' => Value::Float(f64::from(f32::from_bits(u as u32))),
        b'd' => Value::Float(f64::from_bits(u)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let x = if bits < 64 {
                let shift = 64 - bits;
                ((u << shift) as i64) >> shift
            } else {
                u as i64
            };
            Value::Int(x)
        }
        _ => match i64::try_from(u) {
            Ok(x) => Value::Int(x),
            Err(_) => Value::from_bigint(BigInt::from_u64(u)),
        },
    }
}

/// The bytes of a readable buffer argument.
fn read_buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match bytes_arg(v) {
        Some(b) => Ok(b),
        None => {
            if vm.lookup_special(v, "tobytes").is_some() {
                let b = crate::builtins::call_method(vm, v, "tobytes", &[])?;
                if let Some(b) = bytes_arg(&b) {
                    return Ok(b);
                }
            }
            Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, v)
            )))
        }
    }
}

// ----- module functions -----

/// `n` zero bytes, or `MemoryError` when they exceed the interpreter's
/// size or memory limits (checked before allocating, so a huge format
/// size never reaches the allocator under limits) or cannot be allocated.
fn zeroed(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    vm.check_size(crate::vm::limits::SizeKind::Bytes, n as u64)?;
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(vm.new_exc(ExcKind::MemoryError, ""));
    }
    v.resize(n, 0);
    Ok(v)
}

fn split_format<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a Value, &'a [Value])> {
    match args.pos.split_first() {
        Some((f, rest)) => Ok((f, rest)),
        None => Err(vm.type_error("missing format argument")),
    }
}

fn s_pack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "pack")?;
    let (fmt, vals) = split_format(vm, &args)?;
    let layout = parse(vm, fmt)?;
    let mut out = zeroed(vm, layout.size)?;
    pack_all(vm, &layout, vals, &mut out, "pack")?;
    Ok(new_bytes(out))
}

fn s_calcsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fmt = crate::builtins::one_arg(vm, &args, "_struct.calcsize")?;
    let layout = parse(vm, fmt)?;
    Ok(Value::Int(layout.size as i64))
}

fn s_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_pos(vm, &args, "unpack", 2, 2)?;
    let layout = parse(vm, &args.pos[0])?;
    let data = read_buffer(vm, &args.pos[1])?;
    if data.len() != layout.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    let items = unpack_all(vm, &layout, &data);
    Ok(vm.new_tuple(items))
}

fn s_iter_unpack(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_pos(vm, &args, "iter_unpack", 2, 2)?;
    let layout = parse(vm, &args.pos[0])?;
    let data = read_buffer(vm, &args.pos[1])?;
    if layout.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % layout.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            ),
        ));
    }
    let mut tuples = Vec::new();
    for chunk in data.chunks_exact(layout.size) {
        let items = unpack_all(vm, &layout, chunk);
        tuples.push(vm.new_tuple(items));
    }
    let list = vm.new_list(tuples);
    vm.iter(&list)
}

fn offset_arg(vm: &mut Vm, v: &Value, overflow: bool) -> PyResult<i64> {
    match index_value(vm, v)? {
        Value::Int(i) => Ok(i),
        // unpack_from's offset is an argument-clinic Py_ssize_t; pack_into
        // converts with IndexError.
        _ if overflow => Err(vm.new_exc(
            ExcKind::OverflowError,
            String::from("Python int too large to convert to C ssize_t"),
        )),
        _ => Err(vm.new_exc(
            ExcKind::IndexError,
            format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(vm, v)
            ),
        )),
    }
}

fn s_unpack_from(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, &args, "unpack_from", &["buffer", "offset"])?;
    let (fmt, rest) = split_format(vm, &args)?;
    let buffer = rest.first().or_else(|| args.kwarg("buffer"));
    let Some(buffer) = buffer else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let offset = match rest.get(1).or_else(|| args.kwarg("offset")) {
        Some(v) => offset_arg(vm, v, true)?,
        None => 0,
    };
    if rest.len() > 2 {
        return Err(vm.type_error(format!(
            "unpack_from() takes at most 3 arguments ({} given)",
            args.pos.len()
        )));
    }
    let layout = parse(vm, fmt)?;
    let data = read_buffer(vm, buffer)?;
    let len = data.len() as i64;
    let size = layout.size as i64;
    let mut off = offset;
    if off < 0 {
        if off + len < 0 {
            return Err(error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        if off + size > 0 {
            return Err(error(
                vm,
                format!("not enough data to unpack {size} bytes at offset {off}"),
            ));
        }
        off += len;
    }
    if len - off < size {
        return Err(error(vm, format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {off} (actual buffer size is {len})",
            size + off
        )));
    }
    let off = off as usize;
    let items = unpack_all(vm, &layout, &data[off..off + layout.size]);
    Ok(vm.new_tuple(items))
}

fn s_pack_into(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "pack_into")?;
    let (fmt, rest) = split_format(vm, &args)?;
    let layout = parse(vm, fmt)?;
    let Some(buffer) = rest.first() else {
        return Err(error(vm, "pack_into expected buffer argument"));
    };
    let Some(offset) = rest.get(1) else {
        return Err(error(vm, "pack_into expected offset argument"));
    };
    let vals = &rest[2..];
    if vals.len() != layout.nitems {
        return Err(error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {})",
                layout.nitems,
                vals.len()
            ),
        ));
    }
    let Some(Payload::ByteArray(ba)) = buffer.payload() else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            type_name(vm, buffer)
        )));
    };
    let off = offset_arg(vm, offset, false)?;
    let len = ba.data.get().len() as i64;
    let size = layout.size as i64;
    let mut off = off;
    if off < 0 {
        if off + size > 0 {
            return Err(error(
                vm,
                format!("no space to pack {size} bytes at offset {off}"),
            ));
        }
        if off + len < 0 {
            return Err(error(
                vm,
                format!("offset {off} out of range for {len}-byte buffer"),
            ));
        }
        off += len;
    }
    if len - off < size {
        return Err(error(vm, format!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {len})",
            size + off
        )));
    }
    let mut out = zeroed(vm, layout.size)?;
    pack_all(vm, &layout, vals, &mut out, "pack_into")?;
    let off = off as usize;
    let Some(mut data) = ba.data.try_mut() else {
        return Err(vm.new_exc(ExcKind::BufferError, "bytearray is in use"));
    };
    if let Some(dst) = data.get_mut(off..off + out.len()) {
        dst.copy_from_slice(&out);
    }
    Ok(Value::None)
}

fn s_clearcache(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::check_pos(vm, &args, "_clearcache", 0, 0)?;
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_round_trip() {
        for x in [0.0, 1.0, -2.5, 65504.0, 6.1e-5, 5.96e-8, 0.1] {
            let h = pack_half(x).unwrap_or(0);
            let y = unpack_half(h);
            assert!((x - y).abs() <= x.abs() * 1e-3 + 1e-7);
        }
        assert_eq!(pack_half(1.0), Some(0x3c00));
        assert_eq!(pack_half(65520.0), None);
    }
}
