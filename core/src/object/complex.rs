//! `complex`: a heap object holding two floats. Arithmetic follows
//! CPython's `Objects/complexobject.c`: int and float operands are widened
//! to complex first (`TO_COMPLEX`), division is Smith's algorithm, small
//! integer powers use repeated squaring, `repr` formats each part with the
//! float `repr` rules, and the hash combines the parts' hashes with
//! `_PyHASH_IMAG`.

use alloc::format;
use alloc::string::String;
use alloc::vec;

use super::function::Args;
use super::int::{check_args, int_of, native_property, num_compare};
use super::{numfmt, Payload, Value};
use crate::compile::ast::CmpOp;
use crate::num::bigint::hash_f64;
use crate::vm::{PyErr, PyResult, Vm};

/// The payload of a `complex` object.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComplexObj {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

/// CPython's `_PyHASH_IMAG`.
const HASH_IMAG: u64 = 1_000_003;

/// A new `complex` value.
pub fn new_complex(re: f64, im: f64) -> Value {
    Value::from_payload(Payload::Complex(ComplexObj { re, im }))
}

/// The parts of a `complex` (or of an instance of a `complex` subclass).
pub fn complex_of(v: &Value) -> Option<(f64, f64)> {
    match v.payload()? {
        Payload::Complex(c) => Some((c.re, c.im)),
        Payload::Instance(i) => match i.base.payload()? {
            Payload::Complex(c) => Some((c.re, c.im)),
            _ => None,
        },
        _ => None,
    }
}

/// A float operand (float, or a float subclass instance).
fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match o.payload() {
            Payload::Instance(i) => match i.base {
                Value::Float(f) => Some(f),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// CPython's `TO_COMPLEX`: an int, float or complex operand as a complex
/// (`None`: not a number, so the operator returns `NotImplemented`).
pub fn operand(vm: &Vm, v: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(c) = complex_of(v) {
        return Some(Ok(c));
    }
    if let Some(f) = float_of(v) {
        return Some(Ok((f, 0.0)));
    }
    let i = match v.payload() {
        Some(Payload::Instance(inst)) => int_of(&inst.base),
        _ => int_of(v),
    }?;
    Some(
        i.to_f64()
            .map(|f| (f, 0.0))
            .map_err(|_| vm.overflow_error("int too large to convert to float")),
    )
}

// ----- the arithmetic (CPython's _Py_c_* functions) -----

/// A complex number as a pair (real, imaginary).
pub type C = (f64, f64);

/// `a + b`.
pub fn c_sum(a: C, b: C) -> C {
    (a.0 + b.0, a.1 + b.1)
}

/// `a - b`.
pub fn c_diff(a: C, b: C) -> C {
    (a.0 - b.0, a.1 - b.1)
}

/// `a * b`.
pub fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` by Smith's algorithm; `None` when `b` is zero.
pub fn c_quot(a: C, b: C) -> Option<C> {
    let abs_br = libm::fabs(b.0);
    let abs_bi = libm::fabs(b.1);
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// Why a complex power failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PowError {
    /// `0` to a negative or complex power.
    Domain,
    /// The result overflowed.
    Range,
}

/// CPython's `_Py_c_pow` (`Err(Domain)` for zero to a negative or complex power).
fn c_pow_general(a: C, b: C) -> Result<C, PowError> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowError::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = hypot(a.0, a.1);
    let mut len = libm::pow(vabs, b.0);
    let at = libm::atan2(a.1, a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= libm::exp(at * b.1);
        phase += b.1 * libm::log(vabs);
    }
    Ok((len * libm::cos(phase), len * libm::sin(phase)))
}

/// Repeated squaring for a non-negative integer power.
fn c_powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// CPython's `complex_pow` on two complex values (with its error checks).
pub fn c_pow(a: C, b: C) -> Result<C, PowError> {
    let n = b.0 as i64;
    let p = if b.1 == 0.0 && b.0 == n as f64 && (-100..=100).contains(&n) {
        if n > 0 {
            c_powu(a, n)
        } else {
            c_quot((1.0, 0.0), c_powu(a, -n)).ok_or(PowError::Domain)?
        }
    } else {
        c_pow_general(a, b)?
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(PowError::Range);
    }
    Ok(p)
}

/// `a ** b` as a Python value, with CPython's exceptions.
pub fn pow_value(vm: &Vm, a: C, b: C) -> PyResult<Value> {
    match c_pow(a, b) {
        Ok((re, im)) => Ok(new_complex(re, im)),
        Err(PowError::Domain) => Err(vm.zero_division("0.0 to a negative or complex power")),
        Err(PowError::Range) => Err(vm.overflow_error("complex exponentiation")),
    }
}

/// `hypot(x, y)` as CPython gets it from the C library: Borges' algorithm
/// with one correction step ("An Improved Algorithm for hypot(a,b)",
/// 2019, the variant without fused multiply-add), which glibc uses. It is
/// within one ulp and agrees with glibc bit for bit, where `libm`'s own
/// `hypot` differs in the last bit now and then.
pub fn hypot(x: f64, y: f64) -> f64 {
    if !x.is_finite() || !y.is_finite() {
        if x.is_infinite() || y.is_infinite() {
            return f64::INFINITY;
        }
        return x + y;
    }
    let (x, y) = (libm::fabs(x), libm::fabs(y));
    let (ax, ay) = if x < y { (y, x) } else { (x, y) };
    const SCALE: f64 = 2.409919865102884e-181; // 2**-600
    const LARGE: f64 = 6.703903964971299e153; // 2**511
    const TINY: f64 = 1.4916681462400413e-154; // 2**-511
    const EPS: f64 = 5.551115123125783e-17; // 2**-54
    if ax > LARGE {
        if ay <= ax * EPS {
            return ax + ay;
        }
        return hypot_kernel(ax * SCALE, ay * SCALE) / SCALE;
    }
    if ay < TINY {
        if ax >= ay / EPS {
            return ax + ay;
        }
        return hypot_kernel(ax / SCALE, ay / SCALE) * SCALE;
    }
    if ay <= ax * EPS {
        return ax + ay;
    }
    hypot_kernel(ax, ay)
}

/// The core of [`hypot`] for `ax >= ay`, both scaled into a safe range.
fn hypot_kernel(ax: f64, ay: f64) -> f64 {
    let h = libm::sqrt(ax * ax + ay * ay);
    let (t1, t2) = if h <= 2.0 * ay {
        let delta = h - ay;
        (ax * (2.0 * delta - ax), (delta - 2.0 * (ax - ay)) * delta)
    } else {
        let delta = h - ax;
        (
            2.0 * delta * (ax - 2.0 * ay),
            (4.0 * delta - ay) * ay + delta * delta,
        )
    };
    h - (t1 + t2) / (2.0 * h)
}

/// `abs(z)` with C99's rules for infinities and NaNs (`None`: overflow).
pub fn c_abs(z: C) -> Option<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return Some(libm::fabs(z.0));
        }
        if z.1.is_infinite() {
            return Some(libm::fabs(z.1));
        }
        return Some(f64::NAN);
    }
    let r = hypot(z.0, z.1);
    if r.is_infinite() {
        None
    } else {
        Some(r)
    }
}

/// CPython's hash of a complex number.
pub fn complex_hash(re: f64, im: f64) -> i64 {
    let hr = hash_f64(re) as u64;
    let hi = hash_f64(im) as u64;
    let combined = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi));
    if combined == u64::MAX {
        -2
    } else {
        combined as i64
    }
}

/// The VM's fast path for `a op b` when one operand is an exact `complex`
/// and the other an int, float or exact `complex` (no subclass instances:
/// they may override the operator). `None`: take the general path.
pub fn fast_binop(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: crate::compile::ast::BinOp,
) -> Option<PyResult<Value>> {
    use crate::compile::ast::BinOp;
    let exact = |v: &Value| match v.payload() {
        Some(Payload::Complex(c)) => Some((c.re, c.im)),
        _ => None,
    };
    let plain = |v: &Value| match v {
        Value::Float(f) => Some((*f, 0.0)),
        Value::Int(i) => Some((*i as f64, 0.0)),
        Value::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
        _ => exact(v),
    };
    let (x, y) = match (exact(a), exact(b)) {
        (Some(x), _) => (x, plain(b)?),
        (None, Some(y)) => (plain(a)?, y),
        (None, None) => return None,
    };
    let r = match op {
        BinOp::Add => c_sum(x, y),
        BinOp::Sub => c_diff(x, y),
        BinOp::Mult => c_prod(x, y),
        BinOp::Div => match c_quot(x, y) {
            Some(r) => r,
            None => return Some(Err(vm.zero_division("complex division by zero"))),
        },
        BinOp::Pow => return Some(pow_value(vm, x, y)),
        _ => return None,
    };
    Some(Ok(new_complex(r.0, r.1)))
}

/// `abs(z)` for an exact `complex` (`None`: not one).
pub fn fast_abs(vm: &Vm, v: &Value) -> Option<PyResult<Value>> {
    match v.payload() {
        Some(Payload::Complex(c)) => Some(match c_abs((c.re, c.im)) {
            Some(r) => Ok(Value::Float(r)),
            None => Err(vm.overflow_error("absolute value too large")),
        }),
        _ => None,
    }
}

// ----- text -----

/// A float in `repr` style without the `.0` an integral value gets
/// (`PyOS_double_to_string(x, 'r', 0, 0)`), optionally with a sign.
fn part_repr(f: f64, sign: bool) -> String {
    let mut s = crate::num::float::float_repr(f);
    if s.ends_with(".0") {
        s.truncate(s.len() - 2);
    }
    if sign && !s.starts_with('-') {
        s.insert(0, '+');
    }
    s
}

/// `repr(complex)`, exactly as CPython: `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part_repr(im, false))
    } else {
        format!("({}{}j)", part_repr(re, false), part_repr(im, true))
    }
}

/// `format(complex, spec)` (CPython's `format_complex_internal`).
fn complex_format_spec(vm: &Vm, re: f64, im: f64, spec: &str) -> PyResult<String> {
    let sp = numfmt::parse_spec(vm, spec, "complex")?;
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )))
        }
    }
    if sp.fill == Some('0') {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let mut skip_re = false;
    let mut add_parens = false;
    let mut part = sp.clone();
    part.fill = None;
    part.align = Some('<');
    part.width = 0;
    let bare = sp.ty.is_none() && sp.precision.is_none();
    if sp.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
        if sp.precision.is_some() {
            part.ty = Some('g');
        }
    } else if sp.ty == Some('n') {
        part.ty = Some('g');
    }
    let fmt_part = |vm: &Vm, f: f64, p: &numfmt::Spec| -> PyResult<String> {
        let mut s = numfmt::format_float(vm, f, p, "complex")?;
        if bare && f.is_finite() {
            // `repr` style without the `.0` of an integral value; `#`
            // keeps a bare decimal point (`1.`, `1.e+20`).
            if s.ends_with(".0") {
                s.truncate(s.len() - 2);
            }
            if p.alt && !s.contains('.') {
                match s.find(['e', 'E']) {
                    Some(k) => s.insert(k, '.'),
                    None => s.push('.'),
                }
            }
        }
        Ok(s)
    };
    let re_s = if skip_re {
        String::new()
    } else {
        fmt_part(vm, re, &part)?
    };
    let mut im_part = part.clone();
    if !skip_re {
        im_part.sign = Some('+');
    }
    let im_s = fmt_part(vm, im, &im_part)?;
    let body = if add_parens {
        format!("({re_s}{im_s}j)")
    } else {
        format!("{re_s}{im_s}j")
    };
    let n = body.chars().count();
    let pad = sp.width.saturating_sub(n);
    let fill = sp.fill.unwrap_or(' ');
    let fills = |k: usize| core::iter::repeat_n(fill, k).collect::<String>();
    Ok(match sp.align.unwrap_or('>') {
        '<' => format!("{body}{}", fills(pad)),
        '^' => format!("{}{body}{}", fills(pad / 2), fills(pad - pad / 2)),
        _ => format!("{}{body}", fills(pad)),
    })
}

// ----- parsing `complex('1+2j')` -----

fn malformed(vm: &Vm) -> PyErr {
    vm.value_error("complex() arg is a malformed string")
}

/// The longest prefix of `b[i..]` that `PyOS_string_to_double` accepts:
/// an optional sign, then `inf`/`infinity`/`nan` or a decimal literal.
/// Returns the value and the index after it (`None`: no number there).
fn float_prefix(b: &[u8], i: usize) -> Option<(f64, usize)> {
    let start = i;
    let mut j = i;
    if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
        j += 1;
    }
    let rest = &b[j..];
    let lower_starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    let end = if lower_starts(b"infinity") {
        j + 8
    } else if lower_starts(b"inf") || lower_starts(b"nan") {
        j + 3
    } else {
        let mut k = j;
        let mut nd = 0;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
            nd += 1;
        }
        if k < b.len() && b[k] == b'.' {
            k += 1;
            while k < b.len() && b[k].is_ascii_digit() {
                k += 1;
                nd += 1;
            }
        }
        if nd == 0 {
            return None;
        }
        if k < b.len() && (b[k] == b'e' || b[k] == b'E') {
            let mut e = k + 1;
            if e < b.len() && (b[e] == b'+' || b[e] == b'-') {
                e += 1;
            }
            if e < b.len() && b[e].is_ascii_digit() {
                while e < b.len() && b[e].is_ascii_digit() {
                    e += 1;
                }
                k = e;
            }
        }
        k
    };
    let text = core::str::from_utf8(&b[start..end]).ok()?;
    let v = crate::num::float::parse_float(text)?;
    Some((v, end))
}

/// CPython's `complex_from_string_inner` over ASCII bytes.
fn parse_complex_bytes(b: &[u8]) -> Option<C> {
    let sp = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let mut i = 0;
    while i < b.len() && sp(b[i]) {
        i += 1;
    }
    let mut bracket = false;
    if i < b.len() && b[i] == b'(' {
        bracket = true;
        i += 1;
        while i < b.len() && sp(b[i]) {
            i += 1;
        }
    }
    let is_j = |i: usize| i < b.len() && (b[i] == b'j' || b[i] == b'J');
    let is_sign = |i: usize| i < b.len() && (b[i] == b'+' || b[i] == b'-');
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, end)) = float_prefix(b, i) {
        i = end;
        if is_sign(i) {
            x = z;
            if let Some((w, end2)) = float_prefix(b, i) {
                y = w;
                i = end2;
            } else {
                y = if b[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(i) {
                return None;
            }
            i += 1;
        } else if is_j(i) {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if is_sign(i) {
            y = if b[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(i) {
            return None;
        }
        i += 1;
    }
    while i < b.len() && sp(b[i]) {
        i += 1;
    }
    if bracket {
        if i >= b.len() || b[i] != b')' {
            return None;
        }
        i += 1;
        while i < b.len() && sp(b[i]) {
            i += 1;
        }
    }
    if i != b.len() {
        return None;
    }
    Some((x, y))
}

/// `complex(s)` for a string, with CPython's two error messages.
pub fn parse_complex(vm: &mut Vm, s: &str, orig: &Value) -> PyResult<C> {
    // Unicode white space counts as a space; other non-ASCII characters
    // can never be part of a number.
    let mut b: vec::Vec<u8> = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if c.is_whitespace() {
                b' '
            } else {
                b'?'
            }
        })
        .collect();
    if b.contains(&b'_') {
        // `_Py_string_to_number_with_underscores`: only between digits.
        let mut out = vec::Vec::with_capacity(b.len());
        let mut prev = 0u8;
        let mut ok = true;
        for &c in &b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    ok = false;
                    break;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    ok = false;
                    break;
                }
                out.push(c);
            }
            prev = c;
        }
        if !ok || prev == b'_' {
            let r = vm.repr(orig)?;
            return Err(vm.value_error(format!("could not convert string to complex: {r}")));
        }
        b = out;
    }
    parse_complex_bytes(&b).ok_or_else(|| malformed(vm))
}

// ----- methods -----

fn self_complex(vm: &Vm, args: &Args<'_>, fname: &str) -> PyResult<C> {
    crate::builtins::descriptor_self(vm, args, "complex", fname, complex_of)
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

fn complex_binop(
    vm: &mut Vm,
    args: Args<'_>,
    op: Op,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    // Slot wrappers' arity messages.
    let n = args.pos.len().saturating_sub(1);
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match (op, n) {
        (Op::Pow, 1 | 2) | (Op::Add | Op::Sub | Op::Mul | Op::Div, 1) => {}
        (Op::Pow, 0) => return Err(vm.type_error(" expected at least 1 argument, got 0")),
        (Op::Pow, _) => {
            return Err(vm.type_error(format!(" expected at most 2 arguments, got {n}")))
        }
        _ => return Err(vm.type_error(format!("expected 1 argument, got {n}"))),
    }
    let a = self_complex(vm, &args, name)?;
    if args.pos.get(2).is_some_and(|m| !matches!(m, Value::None)) {
        return Err(vm.value_error("complex modulo"));
    }
    let b = match operand(vm, &args.pos[1]) {
        Some(r) => r?,
        None => return Ok(vm.not_implemented()),
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = match op {
        Op::Add => c_sum(x, y),
        Op::Sub => c_diff(x, y),
        Op::Mul => c_prod(x, y),
        Op::Div => match c_quot(x, y) {
            Some(r) => r,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        Op::Pow => return pow_value(vm, x, y),
    };
    Ok(new_complex(r.0, r.1))
}

macro_rules! complex_binops {
    ($($f:ident, $rf:ident, $op:ident, $n:literal, $rn:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { complex_binop(vm, args, Op::$op, false, $n) }
            fn $rf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { complex_binop(vm, args, Op::$op, true, $rn) }
        )*
    };
}

complex_binops! {
    complex_add, complex_radd, Add, "__add__", "__radd__";
    complex_sub, complex_rsub, Sub, "__sub__", "__rsub__";
    complex_mul, complex_rmul, Mul, "__mul__", "__rmul__";
    complex_truediv, complex_rtruediv, Div, "__truediv__", "__rtruediv__";
    complex_pow, complex_rpow, Pow, "__pow__", "__rpow__";
}

fn complex_cmp(vm: &mut Vm, args: Args<'_>, ne: bool, name: &str) -> PyResult<Value> {
    let (re, im) = self_complex(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    let other = &args.pos[1];
    let equal = if let Some((r2, i2)) = complex_of(other) {
        re == r2 && im == i2
    } else if let Some(f) = float_of(other) {
        re == f && im == 0.0
    } else if int_of(other).is_some() {
        if im != 0.0 {
            false
        } else {
            let op = if ne { CmpOp::NotEq } else { CmpOp::Eq };
            return match num_compare(&Value::Float(re), other, op) {
                Some(r) => Ok(Value::Bool(r)),
                None => Ok(vm.not_implemented()),
            };
        }
    } else {
        return Ok(vm.not_implemented());
    };
    Ok(Value::Bool(equal != ne))
}

fn complex_eq(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    complex_cmp(vm, a, false, "__eq__")
}
fn complex_ne(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    complex_cmp(vm, a, true, "__ne__")
}

fn complex_neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(vm, &args, "__neg__")?;
    Ok(new_complex(-re, -im))
}
fn complex_pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(vm, &args, "__pos__")?;
    Ok(new_complex(re, im))
}
fn complex_abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = self_complex(vm, &args, "__abs__")?;
    match c_abs(z) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(vm.overflow_error("absolute value too large")),
    }
}
fn complex_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(vm, &args, "__bool__")?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}
fn complex_hash_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(vm, &args, "__hash__")?;
    Ok(Value::Int(complex_hash(re, im)))
}
fn complex_repr_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(vm, &args, "__repr__")?;
    Ok(vm.new_str(complex_repr(re, im)))
}
fn complex_conjugate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(vm, &args, "conjugate")?;
    check_args(vm, &args, "complex.conjugate", 0, 0)?;
    Ok(new_complex(re, -im))
}
fn complex_complex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(vm, &args, "__complex__")?;
    check_args(vm, &args, "__complex__", 0, 0)?;
    match args.pos.first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload(), Payload::Complex(_)) => Ok(v.clone()),
        _ => Ok(new_complex(re, im)),
    }
}
fn complex_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self_complex(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(re), Value::Float(im)]))
}
fn complex_real(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(self_complex(vm, &args, "real")?.0))
}
fn complex_imag(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(self_complex(vm, &args, "imag")?.1))
}

fn complex_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__format__", 1, 1)?;
    if let Some(r) = crate::vm::ops::format_subclass(vm, &args, complex_format)? {
        return Ok(r);
    }
    let (re, im) = self_complex(vm, &args, "__format__")?;
    let spec = crate::vm::ops::format_spec(vm, &args)?;
    if spec.is_empty() {
        let s = vm.str(&args.pos[0])?;
        return Ok(vm.new_str(s));
    }
    let s = complex_format_spec(vm, re, im, spec)?;
    Ok(vm.new_str(s))
}

/// The text of a `str` (or `str` subclass instance) argument.
fn str_arg(v: &Value) -> Option<String> {
    match v.payload()? {
        Payload::Str(s) => Some(String::from(s.as_str())),
        Payload::Instance(i) => i.base.as_str().map(String::from),
        _ => None,
    }
}

/// Does `complex()` accept `v` as a number (`nb_float`, `nb_index` or a complex)?
fn is_number(vm: &Vm, v: &Value) -> bool {
    operand(vm, v).is_some()
        || vm.lookup_special(v, "__float__").is_some()
        || vm.lookup_special(v, "__index__").is_some()
}

/// `float(v)` for a real-number argument of `complex()`.
fn real_part(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match super::float::float_convert(vm, v)? {
        Value::Float(f) => Ok(f),
        _ => Ok(f64::NAN),
    }
}

/// `complex(real=0, imag=0)` (CPython's `complex_new_impl`).
fn complex_new_parts(vm: &mut Vm, r: Option<&Value>, i: Option<&Value>) -> PyResult<Value> {
    let r = r.cloned().unwrap_or(Value::Int(0));
    if i.is_none() {
        if let Value::Obj(o) = &r {
            if matches!(o.payload(), Payload::Complex(_)) {
                return Ok(r.clone());
            }
        }
    }
    if let Some(s) = str_arg(&r) {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let (x, y) = parse_complex(vm, &s, &r)?;
        return Ok(new_complex(x, y));
    }
    if i.is_some_and(|v| str_arg(v).is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let mut r = r;
    if let Some(t) = vm.call_special(&r, "__complex__", &[])? {
        if complex_of(&t).is_none() {
            return Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&t)
            )));
        }
        r = t;
    }
    if !is_number(vm, &r) {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(&r)
        )));
    }
    if let Some(iv) = i {
        if !is_number(vm, iv) {
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                vm.type_name(iv)
            )));
        }
    }
    let (cr, cr_is_complex) = match complex_of(&r) {
        Some(c) => (c, true),
        None => ((real_part(vm, &r)?, 0.0), false),
    };
    let (ci, ci_is_complex) = match i {
        None => ((cr.1, 0.0), false),
        Some(iv) => match complex_of(iv) {
            Some(c) => (c, true),
            None => ((real_part(vm, iv)?, 0.0), false),
        },
    };
    let mut re = cr.0;
    let mut im = ci.0;
    if ci_is_complex {
        re -= ci.1;
    }
    if cr_is_complex && i.is_some() {
        im += cr.1;
    }
    Ok(new_complex(re, im))
}

fn complex_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(first) = args.pos.first() else {
        return Err(vm.type_error("complex.__new__(): not enough arguments"));
    };
    let cls = match first {
        Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => o.clone(),
        other => {
            return Err(vm.type_error(format!(
                "complex.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
    };
    let base = vm.types().complex.clone();
    if !crate::vm::ops::is_subtype(&cls, &base) {
        let n = crate::vm::ops::type_name_of(&cls);
        return Err(vm.type_error(format!(
            "complex.__new__({n}): {n} is not a subtype of complex"
        )));
    }
    let rest = &args.pos[1..];
    if rest.len() + args.kw.len() > 2 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            rest.len() + args.kw.len()
        )));
    }
    let mut real = rest.first();
    let mut imag = rest.get(1);
    for (k, v) in args.kw {
        let name = k.payload_str().unwrap_or("");
        let (slot, pos) = match name {
            "real" => (&mut real, 1),
            "imag" => (&mut imag, 2),
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for complex()"
                )))
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for complex() given by name ('{name}') and position ({pos})"
            )));
        }
        *slot = Some(v);
    }
    let r = complex_new_parts(vm, real, imag)?;
    if cls.ptr_eq(&base) {
        return Ok(r);
    }
    // `complex.__new__(Sub, ...)`: a fresh value wrapped in the subclass.
    let r = match complex_of(&r) {
        Some((re, im)) => new_complex(re, im),
        None => r,
    };
    Ok(super::class::wrap_builtin(vm, &cls, &base, r))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types().complex.clone();
    vm.add_methods(
        &t,
        "complex",
        &[
            ("__add__", complex_add),
            ("__radd__", complex_radd),
            ("__sub__", complex_sub),
            ("__rsub__", complex_rsub),
            ("__mul__", complex_mul),
            ("__rmul__", complex_rmul),
            ("__truediv__", complex_truediv),
            ("__rtruediv__", complex_rtruediv),
            ("__pow__", complex_pow),
            ("__rpow__", complex_rpow),
            ("__eq__", complex_eq),
            ("__ne__", complex_ne),
            ("__neg__", complex_neg),
            ("__pos__", complex_pos),
            ("__abs__", complex_abs),
            ("__bool__", complex_bool),
            ("__hash__", complex_hash_m),
            ("__repr__", complex_repr_m),
            ("__format__", complex_format),
            ("__complex__", complex_complex),
            ("__getnewargs__", complex_getnewargs),
            ("__new__", complex_new),
            ("conjugate", complex_conjugate),
        ],
    );
    if let Payload::Type(tt) = t.payload() {
        let d = tt.dict();
        d.set_str(
            vm.intern("real"),
            native_property("complex", "real", complex_real),
        );
        d.set_str(
            vm.intern("imag"),
            native_property("complex", "imag", complex_imag),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complex_payload_is_two_floats() {
        assert_eq!(core::mem::size_of::<ComplexObj>(), 16);
        assert!(core::mem::size_of::<Payload>() <= 96);
    }

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(complex_repr(1.5, -0.0), "(1.5-0j)");
    }

    #[test]
    fn parses_cpython_forms() {
        let p = |s: &str| parse_complex_bytes(s.as_bytes());
        assert_eq!(p("1+2j"), Some((1.0, 2.0)));
        assert_eq!(p(" ( -j ) "), Some((0.0, -1.0)));
        assert_eq!(p("1e5"), Some((1e5, 0.0)));
        assert_eq!(p("1-J"), Some((1.0, -1.0)));
        assert_eq!(p("1+2"), None);
        assert_eq!(p("(1+2j"), None);
        assert_eq!(p(""), None);
    }

    #[test]
    fn hypot_rounds_as_glibc_does() {
        assert_eq!(hypot(3.0, -4.0), 5.0);
        assert_eq!(
            hypot(-6459314142838.947, 4878675159585.684),
            8094702620148.417
        );
        assert_eq!(hypot(1e308, 1e308), 1.4142135623730951e308);
        assert_eq!(hypot(f64::NAN, f64::INFINITY), f64::INFINITY);
        assert!(hypot(1e-320, 0.0) == 1e-320);
    }

    #[test]
    fn division_by_zero_is_none() {
        assert_eq!(c_quot((1.0, 1.0), (0.0, 0.0)), None);
        assert_eq!(c_quot((1.0, 0.0), (0.0, 2.0)), Some((0.0, -0.5)));
    }
}
