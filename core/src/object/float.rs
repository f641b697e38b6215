//! `float`: methods and operations. Floats are the immediate `Value::Float`.

use alloc::format;
use alloc::string::String;
use alloc::vec;

use super::function::Args;
use super::int::{
    check_args, float_binop, float_to_int, int_of, native_property, num_compare, num_divmod,
};
use super::{numfmt, Payload, Value};
use crate::compile::ast::{BinOp, CmpOp};
use crate::num::bigint::{hash_f64, BigInt};
use crate::vm::{PyResult, Vm};

fn self_float(vm: &Vm, args: &Args<'_>, fname: &str) -> PyResult<f64> {
    crate::builtins::descriptor_self(vm, args, "float", fname, |v| match v {
        Value::Float(f) => Some(*f),
        _ => None,
    })
}

/// A number operand as f64 for float methods (`None`: not a number).
fn operand(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        _ => int_of(v).map(|i| {
            i.to_f64()
                .map_err(|_| vm.overflow_error("int too large to convert to float"))
        }),
    }
}

fn float_dunder(
    vm: &mut Vm,
    args: Args<'_>,
    op: BinOp,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    let a = self_float(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    let b = match operand(vm, &args.pos[1]) {
        Some(r) => r?,
        None => return Ok(vm.not_implemented()),
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match float_binop(vm, x, y, op) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

macro_rules! float_binops {
    ($($f:ident, $rf:ident, $op:ident, $n:literal, $rn:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { float_dunder(vm, args, BinOp::$op, false, $n) }
            fn $rf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { float_dunder(vm, args, BinOp::$op, true, $rn) }
        )*
    };
}

float_binops! {
    float_add, float_radd, Add, "__add__", "__radd__";
    float_sub, float_rsub, Sub, "__sub__", "__rsub__";
    float_mul, float_rmul, Mult, "__mul__", "__rmul__";
    float_truediv, float_rtruediv, Div, "__truediv__", "__rtruediv__";
    float_floordiv, float_rfloordiv, FloorDiv, "__floordiv__", "__rfloordiv__";
    float_mod, float_rmod, Mod, "__mod__", "__rmod__";
}

fn float_pow_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.get(2).is_some_and(|m| !matches!(m, Value::None)) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let n = args.pos.len().min(2);
    float_dunder(vm, Args::new(&args.pos[..n]), BinOp::Pow, false, "__pow__")
}

fn float_rpow_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.get(2).is_some_and(|m| !matches!(m, Value::None)) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let n = args.pos.len().min(2);
    float_dunder(vm, Args::new(&args.pos[..n]), BinOp::Pow, true, "__rpow__")
}

fn float_divmod_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    self_float(vm, &args, "__divmod__")?;
    check_args(vm, &args, "__divmod__", 1, 1)?;
    if operand(vm, &args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    num_divmod(vm, &args.pos[0], &args.pos[1]).unwrap_or_else(|| Ok(vm.not_implemented()))
}

fn float_rdivmod_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    self_float(vm, &args, "__rdivmod__")?;
    check_args(vm, &args, "__rdivmod__", 1, 1)?;
    if operand(vm, &args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    num_divmod(vm, &args.pos[1], &args.pos[0]).unwrap_or_else(|| Ok(vm.not_implemented()))
}

fn float_cmp(vm: &mut Vm, args: Args<'_>, op: CmpOp, name: &str) -> PyResult<Value> {
    self_float(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    match num_compare(&args.pos[0], &args.pos[1], op) {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(vm.not_implemented()),
    }
}

fn float_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    float_cmp(vm, a, CmpOp::Eq, "__eq__")
}
fn float_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    float_cmp(vm, a, CmpOp::NotEq, "__ne__")
}
fn float_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    float_cmp(vm, a, CmpOp::Lt, "__lt__")
}
fn float_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    float_cmp(vm, a, CmpOp::LtE, "__le__")
}
fn float_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    float_cmp(vm, a, CmpOp::Gt, "__gt__")
}
fn float_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    float_cmp(vm, a, CmpOp::GtE, "__ge__")
}

fn float_neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(-self_float(vm, &args, "__neg__")?))
}
fn float_pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(self_float(vm, &args, "__pos__")?))
}
fn float_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(libm::fabs(self_float(vm, &args, "__abs__")?)))
}
fn float_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(self_float(vm, &args, "__bool__")? != 0.0))
}
fn float_int(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_float(vm, &args, "__int__")?;
    float_to_int(vm, f)
}
fn float_float(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(self_float(vm, &args, "__float__")?))
}
fn float_floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_float(vm, &args, "__floor__")?;
    float_to_int(vm, libm::floor(f))
}
fn float_ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_float(vm, &args, "__ceil__")?;
    float_to_int(vm, libm::ceil(f))
}
fn float_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_float(vm, &args, "__hash__")?;
    Ok(Value::Int(hash_f64(f)))
}
fn float_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_float(vm, &args, "__repr__")?;
    Ok(vm.new_str(crate::num::float::float_repr(f)))
}
fn float_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(self_float(vm, &args, "conjugate")?))
}
fn float_imag(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    self_float(vm, &args, "imag")?;
    Ok(Value::Float(0.0))
}
fn float_is_integer(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::slice::check_args(vm, &args, "float.is_integer", 0, 0)?;
    let f = self_float(vm, &args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && libm::floor(f) == f))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_float(vm, &args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mut m, e) = libm::frexp(f);
    let mut e = e as i64;
    let mut i = 0;
    while m != libm::floor(m) && i < 300 {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let mut num = BigInt::from_f64(m).unwrap_or_default();
    let mut den = BigInt::one();
    if e > 0 {
        num = num.shl(e as u64);
    } else {
        den = den.shl((-e) as u64);
    }
    Ok(vm.new_tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

fn float_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_float(vm, &args, "__round__")?;
    check_args(vm, &args, "__round__", 0, 1)?;
    match args.pos.get(1) {
        None | Some(Value::None) => {
            let r = crate::num::float::round_half_even(f);
            float_to_int(vm, r)
        }
        Some(n) => {
            let n = n.clone();
            let nd = vm.index_value(&n)?;
            let nd = match nd {
                Value::Int(i) => i,
                _ => {
                    if int_of(&nd).is_some_and(|x| x.is_negative()) {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
            };
            match crate::num::float::round_f64(f, nd) {
                Some(r) => Ok(Value::Float(r)),
                None => Err(vm.overflow_error("rounded value too large to represent")),
            }
        }
    }
}

fn float_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = self_float(vm, &args, "__trunc__")?;
    float_to_int(vm, f)
}

fn float_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__format__", 1, 1)?;
    if let Some(r) = crate::vm::ops::format_subclass(vm, &args, float_format)? {
        return Ok(r);
    }
    let f = self_float(vm, &args, "__format__")?;
    let spec = crate::vm::ops::format_spec(vm, &args)?;
    if spec.is_empty() {
        return Ok(vm.new_str(crate::num::float::float_repr(f)));
    }
    let sp = numfmt::parse_spec(vm, spec, "float")?;
    let s = numfmt::format_float(vm, f, &sp, "float")?;
    Ok(vm.new_str(s))
}

/// Parses `float.fromhex` text; `Err(true)` means overflow, `Err(false)`
/// malformed input.
fn parse_hex_float(text: &str) -> Result<f64, bool> {
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |v: f64| if neg { -v } else { v };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let b = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp_txt) = match b.find('p') {
        Some(i) => (&b[..i], Some(&b[i + 1..])),
        None => (b, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut exp: i64 = match exp_txt {
        None => 0,
        Some(e) => {
            let (en, ed) = match e.as_bytes().first() {
                Some(b'-') => (true, &e[1..]),
                Some(b'+') => (false, &e[1..]),
                _ => (false, e),
            };
            if ed.is_empty() || !ed.bytes().all(|c| c.is_ascii_digit()) {
                return Err(false);
            }
            let mut v: i64 = 0;
            for c in ed.bytes() {
                v = v.saturating_mul(10).saturating_add(i64::from(c - b'0'));
            }
            if en {
                -v
            } else {
                v
            }
        }
    };
    // Mantissa bits kept in `m` (at most ~124 bits), plus a sticky bit.
    let mut m: u128 = 0;
    let mut sticky = false;
    for (k, c) in int_part.chars().chain(frac_part.chars()).enumerate() {
        let d = c.to_digit(16).ok_or(false)?;
        if k >= int_part.len() {
            exp = exp.saturating_sub(4);
        }
        if m >> 120 != 0 {
            // Too many digits: drop this one into the sticky bit.
            sticky |= d != 0;
            exp = exp.saturating_add(4);
        } else {
            m = (m << 4) | u128::from(d);
        }
    }
    if m == 0 {
        return Ok(sign(0.0));
    }
    let nbits = 128 - i64::from(m.leading_zeros());
    let top = exp.saturating_add(nbits - 1);
    if top > 1023 + 1 {
        return Err(true);
    }
    let target = (top - 52).max(-1074);
    let shift = target - exp;
    let mant: u128 = if shift <= 0 {
        m << (-shift) as u32
    } else if shift >= 128 {
        0
    } else {
        let s = shift as u32;
        let q = m >> s;
        let rem = m & ((1u128 << s) - 1);
        let half = 1u128 << (s - 1);
        if rem > half || (rem == half && (sticky || q & 1 == 1)) {
            q + 1
        } else {
            q
        }
    };
    let (mant, target) = if mant >> 53 != 0 {
        (mant >> 1, target + 1)
    } else {
        (mant, target)
    };
    if mant != 0 && target + (128 - i64::from(mant.leading_zeros())) - 1 > 1023 {
        return Err(true);
    }
    Ok(sign(libm::ldexp(mant as f64, target as i32)))
}

fn float_fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // Class method: args are (cls, string).
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.pos.len().saturating_sub(1)
        )));
    }
    let Some(text) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    match parse_hex_float(text) {
        Ok(f) => Ok(Value::Float(f)),
        Err(true) => Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
        Err(false) => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}

fn float_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    super::slice::check_args(vm, &args, "float.hex", 0, 0)?;
    let f = self_float(vm, &args, "hex")?;
    if f.is_nan() {
        return Ok(vm.new_str("nan"));
    }
    if f.is_infinite() {
        return Ok(vm.new_str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(vm.new_str(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let hex = format!("{mant:013x}");
    Ok(vm.new_str(format!(
        "{sign}0x{lead}.{hex}p{}{e}",
        if e >= 0 { "+" } else { "" }
    )))
}

/// `float(x)`: the conversion protocol.
pub fn float_convert(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Float(_) => return Ok(x.clone()),
        Value::Obj(o) => {
            let text = match o.payload() {
                Payload::Str(s) => Some(String::from(s.as_str())),
                Payload::Bytes(b) => Some(String::from_utf8_lossy(&b.data).into_owned()),
                Payload::ByteArray(b) => Some(String::from_utf8_lossy(&b.data.get()).into_owned()),
                _ => None,
            };
            if let Some(t) = text {
                return match crate::num::float::parse_float(&t) {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        let r = vm.repr(x)?;
                        Err(vm.value_error(format!("could not convert string to float: {r}")))
                    }
                };
            }
        }
        _ => {}
    }
    if int_of(x).is_some() {
        return vm.to_f64(x).map(Value::Float);
    }
    if let Some(r) = vm.call_special(x, "__float__", &[])? {
        return match r {
            Value::Float(_) => Ok(r),
            other => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&other)
            ))),
        };
    }
    if vm.lookup_special(x, "__index__").is_some() {
        let i = vm.index_value(x)?;
        return vm.to_f64(&i).map(Value::Float);
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn float_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    match args.pos.get(1) {
        None => Ok(Value::Float(0.0)),
        Some(x) => float_convert(vm, x),
    }
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types().float.clone();
    vm.add_methods(
        &t,
        "float",
        &[
            ("__add__", float_add),
            ("__radd__", float_radd),
            ("__sub__", float_sub),
            ("__rsub__", float_rsub),
            ("__mul__", float_mul),
            ("__rmul__", float_rmul),
            ("__truediv__", float_truediv),
            ("__rtruediv__", float_rtruediv),
            ("__floordiv__", float_floordiv),
            ("__rfloordiv__", float_rfloordiv),
            ("__mod__", float_mod),
            ("__rmod__", float_rmod),
            ("__pow__", float_pow_m),
            ("__rpow__", float_rpow_m),
            ("__divmod__", float_divmod_m),
            ("__rdivmod__", float_rdivmod_m),
            ("__eq__", float_eq),
            ("__ne__", float_ne),
            ("__lt__", float_lt),
            ("__le__", float_le),
            ("__gt__", float_gt),
            ("__ge__", float_ge),
            ("__neg__", float_neg),
            ("__pos__", float_pos),
            ("__abs__", float_abs),
            ("__bool__", float_bool),
            ("__int__", float_int),
            ("__float__", float_float),
            ("__trunc__", float_trunc),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__round__", float_round),
            ("__hash__", float_hash),
            ("__repr__", float_repr),
            ("__format__", float_format),
            ("__new__", float_new),
            ("conjugate", float_conjugate),
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
        ],
    );
    if let Payload::Type(tt) = t.payload() {
        let d = tt.dict();
        let nf = Value::from_payload(Payload::Native(super::function::NativeFnObj {
            name: "fromhex",
            f: float_fromhex,
            bound: None,
            owner: None,
        }));
        d.set_str(
            vm.intern("fromhex"),
            Value::from_payload(Payload::Descriptor(
                super::class::DescriptorObj::ClassMethod(nf),
            )),
        );
        d.set_str(
            vm.intern("real"),
            native_property("float", "real", float_float),
        );
        d.set_str(
            vm.intern("imag"),
            native_property("float", "imag", float_imag),
        );
    }
}
