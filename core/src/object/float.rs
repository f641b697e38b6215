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
    match args.pos.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{fname}' requires a 'float' object but received a '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!(
            "descriptor '{fname}' of 'float' object needs an argument"
        ))),
    }
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
    check_args(vm, &args, name, 1, 1)?;
    let a = self_float(vm, &args, name)?;
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
    check_args(vm, &args, "__divmod__", 1, 1)?;
    self_float(vm, &args, "__divmod__")?;
    if operand(vm, &args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    num_divmod(vm, &args.pos[0], &args.pos[1]).unwrap_or_else(|| Ok(vm.not_implemented()))
}

fn float_rdivmod_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__rdivmod__", 1, 1)?;
    self_float(vm, &args, "__rdivmod__")?;
    if operand(vm, &args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    num_divmod(vm, &args.pos[1], &args.pos[0]).unwrap_or_else(|| Ok(vm.not_implemented()))
}

fn float_cmp(vm: &mut Vm, args: Args<'_>, op: CmpOp, name: &str) -> PyResult<Value> {
    check_args(vm, &args, name, 1, 1)?;
    self_float(vm, &args, name)?;
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
    check_args(vm, &args, "__round__", 0, 1)?;
    let f = self_float(vm, &args, "__round__")?;
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
    let f = self_float(vm, &args, "__format__")?;
    let Some(spec) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    if spec.is_empty() {
        return Ok(vm.new_str(crate::num::float::float_repr(f)));
    }
    let sp = numfmt::parse_spec(vm, spec, "float")?;
    let s = numfmt::format_float(vm, f, &sp, "float")?;
    Ok(vm.new_str(s))
}

fn float_hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
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
