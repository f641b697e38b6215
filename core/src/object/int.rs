//! `int` and `bool`: methods and operations. Small ints are the immediate
//! `Value::Int`; larger ones are `Payload::Int` objects holding a
//! [`BigInt`](crate::num::bigint::BigInt). The numeric fast paths that
//! `vm/ops.rs` calls for every arithmetic operator live here too, for all
//! combinations of int, bool, big int and float.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;

use super::function::Args;
use super::{numfmt, Payload, Value};
use crate::compile::ast::{BinOp, CmpOp, UnaryOp};
use crate::num::bigint::{hash_i64, BigInt, TrueDivError};
use crate::object::exception::ExcKind;
use crate::vm::{PyResult, Vm};

/// A borrowed Python int: immediate or big.
#[derive(Clone, Debug)]
pub enum IntVal<'a> {
    /// Fits in i64 (bools included).
    Small(i64),
    /// A big int (never fits in i64).
    Big(&'a BigInt),
}

impl IntVal<'_> {
    /// As an owned BigInt.
    pub fn to_big(&self) -> BigInt {
        match self {
            IntVal::Small(i) => BigInt::from_i64(*i),
            IntVal::Big(b) => (*b).clone(),
        }
    }
    /// As a float (`Err` when too large).
    #[allow(clippy::result_unit_err)]
    pub fn to_f64(&self) -> Result<f64, ()> {
        match self {
            IntVal::Small(i) => Ok(*i as f64),
            IntVal::Big(b) => b.to_f64(),
        }
    }
    /// True when negative.
    pub fn is_negative(&self) -> bool {
        match self {
            IntVal::Small(i) => *i < 0,
            IntVal::Big(b) => b.is_negative(),
        }
    }
    /// True when zero.
    pub fn is_zero(&self) -> bool {
        match self {
            IntVal::Small(i) => *i == 0,
            IntVal::Big(b) => b.is_zero(),
        }
    }
    /// As a Python value.
    pub fn to_value(&self) -> Value {
        match self {
            IntVal::Small(i) => Value::Int(*i),
            IntVal::Big(b) => Value::from_bigint((*b).clone()),
        }
    }
}

/// The int inside a value (int, bool or big int).
#[inline]
pub fn int_of(v: &Value) -> Option<IntVal<'_>> {
    match v {
        Value::Int(i) => Some(IntVal::Small(*i)),
        Value::Bool(b) => Some(IntVal::Small(i64::from(*b))),
        Value::Obj(o) => match o.payload() {
            Payload::Int(b) => Some(IntVal::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

fn cmp_ints(a: &IntVal<'_>, b: &IntVal<'_>) -> Ordering {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

/// Exact comparison of an int with a float (`None` for NaN).
pub fn cmp_int_float(i: &IntVal<'_>, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntVal::Small(x) = i {
        if x.unsigned_abs() < (1u64 << 53) {
            return (*x as f64).partial_cmp(&f);
        }
    }
    let fl = libm::floor(f);
    let bf = BigInt::from_f64(fl).unwrap_or_default();
    match i.to_big().cmp(&bf) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

fn ord_result(o: Option<Ordering>, op: CmpOp) -> bool {
    match o {
        None => op == CmpOp::NotEq,
        Some(o) => match op {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::NotEq => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::LtE => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            _ => o != Ordering::Less,
        },
    }
}

/// Rich comparison of two numbers (int/bool/big int/float), or `None` when
/// either is not a number.
pub fn num_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    let o = match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), _) => cmp_int_float(&int_of(b)?, *x).map(Ordering::reverse),
        (_, Value::Float(y)) => cmp_int_float(&int_of(a)?, *y),
        _ => Some(cmp_ints(&int_of(a)?, &int_of(b)?)),
    };
    Some(ord_result(o, op))
}

#[cold]
fn int_zero_div(vm: &Vm) -> crate::vm::PyErr {
    vm.zero_division("integer division or modulo by zero")
}

fn floor_div_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

fn floor_mod_i64(a: i64, b: i64) -> i64 {
    if b == -1 {
        return 0;
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// `a op b` for two ints (`None` for operators ints do not support).
pub fn int_binop(
    vm: &mut Vm,
    x: &IntVal<'_>,
    y: &IntVal<'_>,
    op: BinOp,
) -> Option<PyResult<Value>> {
    if let (IntVal::Small(a), IntVal::Small(b)) = (x, y) {
        let (a, b) = (*a, *b);
        let r = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mult => a.checked_mul(b),
            BinOp::FloorDiv => {
                if b == 0 {
                    return Some(Err(int_zero_div(vm)));
                }
                floor_div_i64(a, b)
            }
            BinOp::Mod => {
                if b == 0 {
                    return Some(Err(vm.zero_division("integer modulo by zero")));
                }
                Some(floor_mod_i64(a, b))
            }
            BinOp::Div => {
                if b == 0 {
                    return Some(Err(vm.zero_division("division by zero")));
                }
                if a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
                    return Some(Ok(Value::Float(a as f64 / b as f64)));
                }
                None
            }
            BinOp::Pow => {
                if b < 0 {
                    return Some(float_pow(vm, a as f64, b as f64).map(Value::Float));
                }
                u32::try_from(b).ok().and_then(|e| a.checked_pow(e))
            }
            BinOp::LShift => {
                if b < 0 {
                    return Some(Err(vm.value_error("negative shift count")));
                }
                if a == 0 {
                    Some(0)
                } else if b < 63 {
                    let r = a << b;
                    if r >> b == a {
                        Some(r)
                    } else {
                        None
                    }
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if b < 0 {
                    return Some(Err(vm.value_error("negative shift count")));
                }
                Some(if b >= 64 {
                    if a < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    a >> b
                })
            }
            BinOp::BitAnd => Some(a & b),
            BinOp::BitOr => Some(a | b),
            BinOp::BitXor => Some(a ^ b),
            BinOp::MatMult => return None,
        };
        if let Some(r) = r {
            return Some(Ok(Value::Int(r)));
        }
    }
    if op == BinOp::MatMult {
        return None;
    }
    Some(int_binop_big(vm, x, y, op))
}

fn int_binop_big(vm: &mut Vm, x: &IntVal<'_>, y: &IntVal<'_>, op: BinOp) -> PyResult<Value> {
    let a = x.to_big();
    let b = y.to_big();
    let r = match op {
        BinOp::Add => a.add(&b),
        BinOp::Sub => a.sub(&b),
        BinOp::Mult => {
            vm.check_size(
                crate::vm::limits::SizeKind::IntBits,
                a.bit_length() + b.bit_length(),
            )?;
            a.mul(&b)
        }
        BinOp::FloorDiv => a.div_floor(&b).ok_or_else(|| int_zero_div(vm))?,
        BinOp::Mod => a
            .mod_floor(&b)
            .ok_or_else(|| vm.zero_division("integer modulo by zero"))?,
        BinOp::Div => {
            return match BigInt::truediv(&a, &b) {
                Ok(f) => Ok(Value::Float(f)),
                Err(TrueDivError::ZeroDivision) => Err(vm.zero_division("division by zero")),
                Err(TrueDivError::Overflow) => {
                    Err(vm.overflow_error("integer division result too large for a float"))
                }
            };
        }
        BinOp::Pow => {
            if b.is_negative() {
                let fa = a
                    .to_f64()
                    .map_err(|_| vm.overflow_error("int too large to convert to float"))?;
                let fb = b
                    .to_f64()
                    .map_err(|_| vm.overflow_error("int too large to convert to float"))?;
                return float_pow(vm, fa, fb).map(Value::Float);
            }
            let trivial = a.is_zero() || a == BigInt::one() || a == BigInt::from_i64(-1);
            match b.to_u64() {
                Some(e) if !trivial => {
                    vm.check_size(
                        crate::vm::limits::SizeKind::IntBits,
                        a.bit_length().saturating_mul(e),
                    )?;
                    a.checked_pow(e).ok_or_else(|| vm.memory_error())?
                }
                _ if trivial => {
                    if a.is_zero() {
                        if b.is_zero() {
                            BigInt::one()
                        } else {
                            BigInt::zero()
                        }
                    } else if a == BigInt::one() || !b.is_odd() {
                        BigInt::one()
                    } else {
                        a.clone()
                    }
                }
                _ => return Err(vm.memory_error()),
            }
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let n = b
                .to_u64()
                .ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
            vm.check_size(
                crate::vm::limits::SizeKind::IntBits,
                a.bit_length().saturating_add(n),
            )?;
            a.checked_shl(n)
                .ok_or_else(|| vm.overflow_error("too many digits in integer"))?
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match b.to_u64() {
                Some(n) => a.shr(n),
                None => BigInt::from_i64(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => a.bitand(&b),
        BinOp::BitOr => a.bitor(&b),
        BinOp::BitXor => a.bitxor(&b),
        BinOp::MatMult => return Ok(vm.not_implemented()),
    };
    Ok(Value::from_bigint(r))
}

/// CPython's `float_pow` for two floats.
pub fn float_pow(vm: &Vm, iv: f64, iw: f64) -> PyResult<f64> {
    let is_odd_int = |w: f64| libm::fmod(libm::fabs(w), 2.0) == 1.0;
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = libm::fabs(iv);
        if av == 1.0 {
            return Ok(1.0);
        }
        return Ok(if (iw > 0.0) == (av > 1.0) {
            libm::fabs(iw)
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_int(iw);
        if iv > 0.0 {
            return Ok(if iw > 0.0 { iv } else { 0.0 });
        }
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                libm::fabs(iv)
            }
        } else if odd {
            libm::copysign(0.0, iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_int(iw);
        if iw < 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut negate = false;
    let mut v = iv;
    if iv < 0.0 {
        if iw != libm::floor(iw) {
            return Err(vm.value_error("math domain error"));
        }
        negate = is_odd_int(iw);
        v = -iv;
    }
    if v == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = super::fpow::pow_pos(v, iw);
    if r.is_infinite() {
        let args = vm.new_tuple(vec![
            Value::Int(34),
            vm.new_str("Numerical result out of range"),
        ]);
        return Err(vm.new_exc_args(ExcKind::OverflowError, args));
    }
    Ok(if negate { -r } else { r })
}

/// `a op b` for two floats (`None` for operators floats do not support).
pub fn float_binop(vm: &mut Vm, a: f64, b: f64, op: BinOp) -> Option<PyResult<Value>> {
    use crate::num::float::{float_floor_divmod, float_mod};
    Some(match op {
        BinOp::Add => Ok(Value::Float(a + b)),
        BinOp::Sub => Ok(Value::Float(a - b)),
        BinOp::Mult => Ok(Value::Float(a * b)),
        BinOp::Div => {
            if b == 0.0 {
                Err(vm.zero_division("float division by zero"))
            } else {
                Ok(Value::Float(a / b))
            }
        }
        BinOp::FloorDiv => match float_floor_divmod(a, b) {
            Some((q, _)) => Ok(Value::Float(q)),
            None => Err(vm.zero_division("float floor division by zero")),
        },
        BinOp::Mod => match float_mod(a, b) {
            Some(m) => Ok(Value::Float(m)),
            None => Err(vm.zero_division("float modulo")),
        },
        BinOp::Pow => {
            // A negative base to a fractional power is complex (CPython's
            // `float_pow` hands it to `complex_pow`).
            if a.is_finite() && a < 0.0 && b.is_finite() && b != libm::floor(b) {
                return Some(super::complex::pow_value(vm, (a, 0.0), (b, 0.0)));
            }
            float_pow(vm, a, b).map(Value::Float)
        }
        _ => return None,
    })
}

/// The float value of a number operand for mixed arithmetic.
fn num_as_f64(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        _ => int_of(v).map(|i| {
            i.to_f64()
                .map_err(|_| vm.overflow_error("int too large to convert to float"))
        }),
    }
}

/// `a op b` when both are numbers (int/bool/big int/float); `None` when
/// the operands are not both numbers or the operator does not apply.
pub fn num_binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(Ok(Value::Bool(*x & *y))),
            BinOp::BitOr => return Some(Ok(Value::Bool(*x | *y))),
            BinOp::BitXor => return Some(Ok(Value::Bool(*x ^ *y))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (int_of(a), int_of(b)) {
        return int_binop(vm, &x, &y, op);
    }
    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) {
        return None;
    }
    if !matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mult
            | BinOp::Div
            | BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::Pow
    ) {
        return None;
    }
    let x = match num_as_f64(vm, a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match num_as_f64(vm, b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    float_binop(vm, x, y, op)
}

/// `-a`, `+a`, `~a` for numbers (`None` when not applicable).
pub fn num_unary_op(vm: &mut Vm, a: &Value, op: UnaryOp) -> Option<PyResult<Value>> {
    let _ = vm;
    if let Value::Float(f) = a {
        return match op {
            UnaryOp::USub => Some(Ok(Value::Float(-*f))),
            UnaryOp::UAdd => Some(Ok(Value::Float(*f))),
            _ => None,
        };
    }
    let i = int_of(a)?;
    Some(Ok(match (op, &i) {
        (UnaryOp::USub, IntVal::Small(x)) => match x.checked_neg() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from_i64(*x).neg()),
        },
        (UnaryOp::USub, IntVal::Big(b)) => Value::from_bigint(b.neg()),
        (UnaryOp::UAdd, _) => i.to_value(),
        (UnaryOp::Invert, IntVal::Small(x)) => Value::Int(!x),
        (UnaryOp::Invert, IntVal::Big(b)) => Value::from_bigint(b.not()),
        _ => return None,
    }))
}

/// `abs(a)` for numbers.
pub fn num_abs(a: &Value) -> Option<Value> {
    if let Value::Float(f) = a {
        return Some(Value::Float(libm::fabs(*f)));
    }
    Some(match int_of(a)? {
        IntVal::Small(x) => match x.checked_abs() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from_i64(x).abs()),
        },
        IntVal::Big(b) => Value::from_bigint(b.abs()),
    })
}

/// `divmod(a, b)` for numbers.
pub fn num_divmod(vm: &mut Vm, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if let (Some(x), Some(y)) = (int_of(a), int_of(b)) {
        if let (IntVal::Small(p), IntVal::Small(q)) = (&x, &y) {
            if *q == 0 {
                return Some(Err(int_zero_div(vm)));
            }
            if let Some(d) = floor_div_i64(*p, *q) {
                let t = vm.new_tuple(vec![Value::Int(d), Value::Int(floor_mod_i64(*p, *q))]);
                return Some(Ok(t));
            }
        }
        return Some(match x.to_big().divmod_floor(&y.to_big()) {
            Some((d, m)) => Ok(vm.new_tuple(vec![Value::from_bigint(d), Value::from_bigint(m)])),
            None => Err(int_zero_div(vm)),
        });
    }
    if !matches!(a, Value::Float(_)) && !matches!(b, Value::Float(_)) {
        return None;
    }
    let x = match num_as_f64(vm, a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match num_as_f64(vm, b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    Some(match crate::num::float::float_floor_divmod(x, y) {
        Some((d, m)) => Ok(vm.new_tuple(vec![Value::Float(d), Value::Float(m)])),
        None => Err(vm.zero_division("float divmod()")),
    })
}

/// `pow(x, y, z)` for ints.
pub fn int_modpow(vm: &mut Vm, x: &IntVal<'_>, y: &IntVal<'_>, z: &IntVal<'_>) -> PyResult<Value> {
    match x.to_big().modpow(&y.to_big(), &z.to_big()) {
        Ok(r) => Ok(Value::from_bigint(r)),
        Err(msg) => Err(vm.value_error(msg)),
    }
}

/// CPython's default `sys.get_int_max_str_digits()`.
pub const MAX_STR_DIGITS: usize = 4300;

/// Decimal text of a big int, with CPython's 4300-digit conversion limit.
pub fn big_to_decimal(vm: &Vm, b: &BigInt) -> PyResult<String> {
    let lim = vm.interp().int_max_str_digits.get();
    // Decimal digits are at least 0.30103 times the bits.
    if lim > 0 && b.bit_length() > (lim as u64).saturating_mul(4) {
        return Err(digits_error(vm, lim));
    }
    let s = b.to_string_radix(10);
    if lim > 0 && b.bit_length() > (lim as u64).saturating_mul(3) {
        let nd = s.len() - usize::from(b.is_negative());
        if nd > lim {
            return Err(digits_error(vm, lim));
        }
    }
    Ok(s)
}

#[cold]
fn digits_error(vm: &Vm, lim: usize) -> crate::vm::PyErr {
    vm.value_error(format!(
        "Exceeds the limit ({lim} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `int` to decimal text (`ValueError` beyond the digit limit).
pub fn int_to_string(vm: &Vm, i: &IntVal<'_>) -> PyResult<String> {
    match i {
        IntVal::Small(x) => Ok(x.to_string()),
        IntVal::Big(b) => big_to_decimal(vm, b),
    }
}

/// The Python hash of an int.
pub fn int_hash(i: &IntVal<'_>) -> i64 {
    match i {
        IntVal::Small(x) => hash_i64(*x),
        IntVal::Big(b) => b.py_hash(),
    }
}

/// `int(f)` for a float: truncates; errors for NaN and infinities.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = libm::trunc(f);
    if libm::fabs(t) < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(BigInt::from_f64(t).unwrap_or_default()))
}

// ----- argument helpers -----

/// Checks a method got between `min` and `max` arguments besides self.
pub(crate) fn check_args(
    vm: &Vm,
    args: &Args<'_>,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    if n < min || n > max {
        let msg = if min == max {
            if min == 0 {
                format!("{fname}() takes no arguments ({n} given)")
            } else if min == 1 {
                format!("{fname}() takes exactly one argument ({n} given)")
            } else {
                format!("{fname}() takes exactly {min} arguments ({n} given)")
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn self_int<'a>(vm: &Vm, args: &Args<'a>, fname: &str) -> PyResult<IntVal<'a>> {
    crate::builtins::descriptor_self(vm, args, "int", fname, int_of)
}

// ----- int methods -----

fn int_dunder(
    vm: &mut Vm,
    args: Args<'_>,
    op: BinOp,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    self_int(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Value::Bool(*x & *y)),
            BinOp::BitOr => return Ok(Value::Bool(*x | *y)),
            BinOp::BitXor => return Ok(Value::Bool(*x ^ *y)),
            _ => {}
        }
    }
    match (int_of(a), int_of(b)) {
        (Some(x), Some(y)) => match int_binop(vm, &x, &y, op) {
            Some(r) => r,
            None => Ok(vm.not_implemented()),
        },
        _ => Ok(vm.not_implemented()),
    }
}

macro_rules! binop_natives {
    ($disp:ident; $($f:ident, $rf:ident, $op:ident, $n:literal, $rn:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { $disp(vm, args, BinOp::$op, false, $n) }
            fn $rf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { $disp(vm, args, BinOp::$op, true, $rn) }
        )*
    };
}

binop_natives! { int_dunder;
    int_add, int_radd, Add, "__add__", "__radd__";
    int_sub, int_rsub, Sub, "__sub__", "__rsub__";
    int_mul, int_rmul, Mult, "__mul__", "__rmul__";
    int_truediv, int_rtruediv, Div, "__truediv__", "__rtruediv__";
    int_floordiv, int_rfloordiv, FloorDiv, "__floordiv__", "__rfloordiv__";
    int_mod, int_rmod, Mod, "__mod__", "__rmod__";
    int_lshift, int_rlshift, LShift, "__lshift__", "__rlshift__";
    int_rshift, int_rrshift, RShift, "__rshift__", "__rrshift__";
    int_and, int_rand, BitAnd, "__and__", "__rand__";
    int_or, int_ror, BitOr, "__or__", "__ror__";
    int_xor, int_rxor, BitXor, "__xor__", "__rxor__";
}

fn int_pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__pow__", 1, 2)?;
    match args.pos.get(2) {
        Some(m) if !matches!(m, Value::None) => {
            match (int_of(&args.pos[0]), int_of(&args.pos[1]), int_of(m)) {
                (Some(x), Some(y), Some(z)) => int_modpow(vm, &x, &y, &z),
                _ => Ok(vm.not_implemented()),
            }
        }
        _ => int_dunder(vm, Args::new(&args.pos[..2]), BinOp::Pow, false, "__pow__"),
    }
}

fn int_rpow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__rpow__", 1, 2)?;
    match args.pos.get(2) {
        Some(m) if !matches!(m, Value::None) => {
            match (int_of(&args.pos[1]), int_of(&args.pos[0]), int_of(m)) {
                (Some(x), Some(y), Some(z)) => int_modpow(vm, &x, &y, &z),
                _ => Ok(vm.not_implemented()),
            }
        }
        _ => int_dunder(vm, Args::new(&args.pos[..2]), BinOp::Pow, true, "__rpow__"),
    }
}

fn int_divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__divmod__", 1, 1)?;
    if int_of(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    num_divmod(vm, &args.pos[0], &args.pos[1]).unwrap_or_else(|| Ok(vm.not_implemented()))
}

fn int_rdivmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__rdivmod__", 1, 1)?;
    if int_of(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    num_divmod(vm, &args.pos[1], &args.pos[0]).unwrap_or_else(|| Ok(vm.not_implemented()))
}

fn int_cmp(vm: &mut Vm, args: Args<'_>, op: CmpOp, name: &str) -> PyResult<Value> {
    check_args(vm, &args, name, 1, 1)?;
    if int_of(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    match num_compare(&args.pos[0], &args.pos[1], op) {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(vm.not_implemented()),
    }
}

fn int_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_cmp(vm, a, CmpOp::Eq, "__eq__")
}
fn int_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_cmp(vm, a, CmpOp::NotEq, "__ne__")
}
fn int_lt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_cmp(vm, a, CmpOp::Lt, "__lt__")
}
fn int_le(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_cmp(vm, a, CmpOp::LtE, "__le__")
}
fn int_gt(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_cmp(vm, a, CmpOp::Gt, "__gt__")
}
fn int_ge(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_cmp(vm, a, CmpOp::GtE, "__ge__")
}

fn int_unary(vm: &mut Vm, args: Args<'_>, op: UnaryOp, name: &str) -> PyResult<Value> {
    self_int(vm, &args, name)?;
    check_args(vm, &args, name, 0, 0)?;
    num_unary_op(vm, &args.pos[0], op).unwrap_or_else(|| Ok(vm.not_implemented()))
}

fn int_neg(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_unary(vm, a, UnaryOp::USub, "__neg__")
}
fn int_pos(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_unary(vm, a, UnaryOp::UAdd, "__pos__")
}
fn int_invert(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    int_unary(vm, a, UnaryOp::Invert, "__invert__")
}
fn int_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    self_int(vm, &args, "__abs__")?;
    check_args(vm, &args, "__abs__", 0, 0)?;
    Ok(num_abs(&args.pos[0]).unwrap_or(Value::None))
}

/// The int itself as a plain int (bool becomes 0/1).
fn int_int(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(self_int(vm, &args, "__int__")?.to_value())
}

fn int_float(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = self_int(vm, &args, "__float__")?;
    i.to_f64()
        .map(Value::Float)
        .map_err(|_| vm.overflow_error("int too large to convert to float"))
}

fn int_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(!self_int(vm, &args, "__bool__")?.is_zero()))
}

fn int_hash_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(int_hash(&self_int(vm, &args, "__hash__")?)))
}

fn bool_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(Value::Bool(b)) = args.pos.first() {
        return Ok(vm.new_str(if *b { "True" } else { "False" }));
    }
    int_repr(vm, args)
}

fn int_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = self_int(vm, &args, "__repr__")?;
    let s = int_to_string(vm, &i)?;
    Ok(vm.new_str(s))
}

fn int_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__format__", 1, 1)?;
    if let Some(r) = crate::vm::ops::format_subclass(vm, &args, int_format)? {
        return Ok(r);
    }
    let i = self_int(vm, &args, "__format__")?;
    let spec = crate::vm::ops::format_spec(vm, &args)?;
    if spec.is_empty() {
        let s = vm.str(&args.pos[0])?;
        return Ok(vm.new_str(s));
    }
    let tyname = vm.type_name(&args.pos[0]);
    let sp = numfmt::parse_spec(vm, spec, &tyname)?;
    let s = numfmt::format_int(vm, &i.to_big(), &sp, &tyname)?;
    Ok(vm.new_str(s))
}

fn int_round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = self_int(vm, &args, "__round__")?;
    check_args(vm, &args, "__round__", 0, 1)?;
    let nd = match args.pos.get(1) {
        None | Some(Value::None) => return Ok(i.to_value()),
        Some(n) => n.clone(),
    };
    let nd = vm.index_value(&nd)?;
    let ndi = int_of(&nd).map(|x| x.to_big()).unwrap_or_default();
    if !ndi.is_negative() {
        return Ok(i.to_value());
    }
    // Round to a multiple of 10**(-ndigits), half to even.
    let Some(e) = ndi.neg().to_u64() else {
        return Ok(Value::Int(0));
    };
    if e > 100_000 {
        return Ok(Value::Int(0));
    }
    let p = BigInt::from_i64(10).pow(e);
    let v = i.to_big();
    let (q, r) = v.divmod_floor(&p).unwrap_or_default();
    let twice = r.shl(1);
    let q = match twice.cmp(&p) {
        Ordering::Greater => q.add(&BigInt::one()),
        Ordering::Equal if q.is_odd() => q.add(&BigInt::one()),
        _ => q,
    };
    Ok(Value::from_bigint(q.mul(&p)))
}

fn int_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(self_int(vm, &args, "__trunc__")?.to_value())
}

fn int_bit_length(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = self_int(vm, &args, "bit_length")?;
    check_args(vm, &args, "bit_length", 0, 0)?;
    Ok(Value::Int(match i {
        IntVal::Small(x) => i64::from(64 - x.unsigned_abs().leading_zeros()),
        IntVal::Big(b) => b.bit_length() as i64,
    }))
}

fn int_bit_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = self_int(vm, &args, "bit_count")?;
    check_args(vm, &args, "bit_count", 0, 0)?;
    Ok(Value::Int(match i {
        IntVal::Small(x) => i64::from(x.unsigned_abs().count_ones()),
        IntVal::Big(b) => b.count_ones() as i64,
    }))
}

fn int_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(self_int(vm, &args, "conjugate")?.to_value())
}

fn int_imag(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    self_int(vm, &args, "imag")?;
    Ok(Value::Int(0))
}

fn int_denominator(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    self_int(vm, &args, "denominator")?;
    Ok(Value::Int(1))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "as_integer_ratio", 0, 0)?;
    let v = self_int(vm, &args, "as_integer_ratio")?.to_value();
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

fn byteorder_arg(vm: &Vm, v: Option<&Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.as_str() {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn int_to_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let i = self_int(vm, &args, "to_bytes")?.to_big();
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let length = match args.pos.get(1).or(args.kwarg("length")) {
        Some(l) => vm.index(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(vm, args.pos.get(2).or(args.kwarg("byteorder")), "to_bytes")?;
    let signed = match args.kwarg("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    // An input-sized result: checked against the limits first.
    vm.check_size(crate::vm::limits::SizeKind::Bytes, length as u64)?;
    match i.to_bytes(length as usize, little, signed) {
        Ok(b) => Ok(Value::from_payload(Payload::Bytes(
            super::bytes::BytesObj { data: b },
        ))),
        // CPython: a failed allocation is a `MemoryError`.
        Err("out of memory") => Err(vm.memory_error()),
        Err(msg) => Err(vm.overflow_error(msg)),
    }
}

fn int_from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // pos[0] is the class (classmethod).
    let Some(data) = args.pos.get(1).or(args.kwarg("bytes")).cloned() else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let bytes: Vec<u8> = match data.payload() {
        Some(Payload::Bytes(b)) => b.data.clone(),
        Some(Payload::ByteArray(b)) => b.data.get().clone(),
        Some(Payload::MemoryView(_)) => super::bytes::bytes_of(&data).unwrap_or_default(),
        _ => {
            if data.as_str().is_some() || vm.iter(&data).is_err() {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(&data)
                )));
            }
            let items = vm.collect(&data)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                let x = vm.index(it)?;
                if !(0..256).contains(&x) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(x as u8);
            }
            out
        }
    };
    let little = byteorder_arg(
        vm,
        args.pos.get(2).or(args.kwarg("byteorder")),
        "from_bytes",
    )?;
    let signed = match args.kwarg("signed") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    Ok(Value::from_bigint(BigInt::from_bytes(
        &bytes, little, signed,
    )))
}

/// Parses `int(text, base)`; the error names the original text by repr.
pub fn int_from_str(vm: &mut Vm, text: &str, base: u32, orig: &Value) -> PyResult<Value> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let lim = vm.interp().int_max_str_digits.get();
    if !base.is_power_of_two() && lim > 0 {
        let nd = t.bytes().filter(|c| c.is_ascii_alphanumeric()).count();
        if nd > lim && BigInt::parse(t, base).is_some() {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({lim} digits) for integer string conversion: \
                 value has {nd} digits; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    if let Some(b) = BigInt::parse(t, base) {
        return Ok(Value::from_bigint(b));
    }
    let r = vm.repr(orig)?;
    Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
}

/// `int(x)` with no base: the conversion protocol.
pub fn int_convert(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    if let Some(i) = int_of(x) {
        return Ok(i.to_value());
    }
    match x {
        Value::Float(f) => return float_to_int(vm, *f),
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => {
                let s = String::from(s.as_str());
                return int_from_str(vm, &s, 10, x);
            }
            Payload::Bytes(b) => {
                let s = String::from_utf8_lossy_alloc(&b.data);
                return int_from_str(vm, &s, 10, x);
            }
            Payload::ByteArray(b) => {
                let s = String::from_utf8_lossy_alloc(&b.data.get());
                return int_from_str(vm, &s, 10, x);
            }
            _ => {}
        },
        _ => {}
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = vm.call_special(x, name, &[])? {
            if int_of(&r).is_some() {
                return Ok(int_of(&r).map(|i| i.to_value()).unwrap_or(r));
            }
            return Err(vm.type_error(format!(
                "{name} returned non-int (type {})",
                vm.type_name(&r)
            )));
        }
    }
    if let Some(r) = vm.call_special(x, "__trunc__", &[])? {
        if int_of(&r).is_some() {
            return Ok(r);
        }
        return vm.index_value(&r).map_err(|_| {
            vm.type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                vm.type_name(&r)
            ))
        });
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

trait LossyAlloc {
    fn from_utf8_lossy_alloc(b: &[u8]) -> String;
}
impl LossyAlloc for String {
    fn from_utf8_lossy_alloc(b: &[u8]) -> String {
        String::from_utf8_lossy(b).into_owned()
    }
}

fn int_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // pos[0] is the class.
    let x = args.pos.get(1).cloned();
    let base = args.pos.get(2).or(args.kwarg("base")).cloned();
    for (k, _) in args.kw {
        if k.payload_str() != Some("base") {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for int()",
                k.payload_str().unwrap_or("")
            )));
        }
    }
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    match base {
        None => int_convert(vm, &x),
        Some(b) => {
            let bi = vm.index_value(&b)?;
            let bi = match bi {
                Value::Int(i) if i == 0 || (2..=36).contains(&i) => i as u32,
                _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            let text = match x.payload() {
                Some(Payload::Str(s)) => String::from(s.as_str()),
                Some(Payload::Bytes(b)) => String::from_utf8_lossy_alloc(&b.data),
                Some(Payload::ByteArray(b)) => String::from_utf8_lossy_alloc(&b.data.get()),
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            int_from_str(vm, &text, bi, &x)
        }
    }
}

fn bool_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    match args.pos.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

fn prop(vm: &Vm, f: crate::object::function::NativeFn, name: &'static str) -> Value {
    let fget = Value::from_payload(Payload::Native(super::function::NativeFnObj {
        name,
        f,
        bound: None,
        owner: Some("int"),
    }));
    let _ = vm;
    Value::from_payload(Payload::Descriptor(super::class::DescriptorObj::Property {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }))
}

/// A native data attribute (a read-only property backed by a native getter).
pub fn native_property(
    owner: &'static str,
    name: &'static str,
    f: crate::object::function::NativeFn,
) -> Value {
    let fget = Value::from_payload(Payload::Native(super::function::NativeFnObj {
        name,
        f,
        bound: None,
        owner: Some(owner),
    }));
    Value::from_payload(Payload::Descriptor(super::class::DescriptorObj::Property {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types().int.clone();
    vm.add_methods(
        &t,
        "int",
        &[
            ("__add__", int_add),
            ("__radd__", int_radd),
            ("__sub__", int_sub),
            ("__rsub__", int_rsub),
            ("__mul__", int_mul),
            ("__rmul__", int_rmul),
            ("__truediv__", int_truediv),
            ("__rtruediv__", int_rtruediv),
            ("__floordiv__", int_floordiv),
            ("__rfloordiv__", int_rfloordiv),
            ("__mod__", int_mod),
            ("__rmod__", int_rmod),
            ("__pow__", int_pow),
            ("__rpow__", int_rpow),
            ("__lshift__", int_lshift),
            ("__rlshift__", int_rlshift),
            ("__rshift__", int_rshift),
            ("__rrshift__", int_rrshift),
            ("__and__", int_and),
            ("__rand__", int_rand),
            ("__or__", int_or),
            ("__ror__", int_ror),
            ("__xor__", int_xor),
            ("__rxor__", int_rxor),
            ("__divmod__", int_divmod),
            ("__rdivmod__", int_rdivmod),
            ("__eq__", int_eq),
            ("__ne__", int_ne),
            ("__lt__", int_lt),
            ("__le__", int_le),
            ("__gt__", int_gt),
            ("__ge__", int_ge),
            ("__neg__", int_neg),
            ("__pos__", int_pos),
            ("__invert__", int_invert),
            ("__abs__", int_abs),
            ("__int__", int_int),
            ("__index__", int_int),
            ("__float__", int_float),
            ("__bool__", int_bool),
            ("__hash__", int_hash_m),
            ("__repr__", int_repr),
            ("__format__", int_format),
            ("__round__", int_round),
            ("__trunc__", int_trunc),
            ("__floor__", int_trunc),
            ("__ceil__", int_trunc),
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("conjugate", int_conjugate),
            ("as_integer_ratio", int_as_integer_ratio),
            ("to_bytes", int_to_bytes),
            ("__new__", int_new),
        ],
    );
    if let Payload::Type(tt) = t.payload() {
        let d = tt.dict();
        d.set_str(vm.intern("real"), prop(vm, int_int, "real"));
        d.set_str(vm.intern("imag"), prop(vm, int_imag, "imag"));
        d.set_str(vm.intern("numerator"), prop(vm, int_int, "numerator"));
        d.set_str(
            vm.intern("denominator"),
            prop(vm, int_denominator, "denominator"),
        );
        let fb = Value::from_payload(Payload::Native(super::function::NativeFnObj {
            name: "from_bytes",
            f: int_from_bytes,
            bound: None,
            owner: Some("int"),
        }));
        d.set_str(
            vm.intern("from_bytes"),
            Value::from_payload(Payload::Descriptor(
                super::class::DescriptorObj::ClassMethod(fb),
            )),
        );
        d.set_str(vm.intern("__doc__"), Value::None);
    }
    let b = vm.types().bool_.clone();
    vm.add_methods(
        &b,
        "bool",
        &[
            ("__repr__", bool_repr),
            ("__new__", bool_new),
            ("__and__", int_and),
            ("__rand__", int_rand),
            ("__or__", int_or),
            ("__ror__", int_ror),
            ("__xor__", int_xor),
            ("__rxor__", int_rxor),
        ],
    );
}
