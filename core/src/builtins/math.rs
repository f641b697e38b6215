//! The `math` module over `libm`, with CPython's error rules: a finite
//! argument giving NaN is `ValueError: math domain error`, one giving an
//! infinity is `OverflowError: math range error` (or a domain error where
//! CPython says so). The integer functions (`gcd`, `isqrt`, `factorial`,
//! `comb`, ...) work on big ints; `fsum` is Shewchuk's exact summation and
//! `hypot`/`dist` use CPython's compensated vector norm.

use alloc::format;
use alloc::vec::Vec;

use crate::builtins::{check_pos_only, index_value, no_kwargs, type_name};
use crate::compile::ast::BinOp;
use crate::num::bigint::BigInt;
use crate::object::function::{Args, NativeFn};
use crate::object::int::{float_to_int, int_of, IntVal};
use crate::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

const FUNCS: &[(&str, NativeFn)] = &[
    ("acos", m_acos),
    ("acosh", m_acosh),
    ("asin", m_asin),
    ("asinh", m_asinh),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("ceil", m_ceil),
    ("comb", m_comb),
    ("copysign", m_copysign),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("degrees", m_degrees),
    ("dist", m_dist),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("factorial", m_factorial),
    ("floor", m_floor),
    ("fmod", m_fmod),
    ("frexp", m_frexp),
    ("fsum", m_fsum),
    ("gamma", m_gamma),
    ("gcd", m_gcd),
    ("hypot", m_hypot),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isqrt", m_isqrt),
    ("lcm", m_lcm),
    ("ldexp", m_ldexp),
    ("lgamma", m_lgamma),
    ("log", m_log),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("log2", m_log2),
    ("modf", m_modf),
    ("nextafter", m_nextafter),
    ("perm", m_perm),
    ("pow", m_pow),
    ("prod", m_prod),
    ("radians", m_radians),
    ("remainder", m_remainder),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("trunc", m_trunc),
    ("ulp", m_ulp),
];

/// Builds the `math` module.
pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("math");
    if let Some(d) = crate::builtins::dict_of(&Value::Obj(m.clone())) {
        crate::builtins::add_functions(vm, &d, FUNCS);
        add_constants(vm, &d);
    }
    Ok(m)
}

/// `pi`, `e`, `tau`, `inf` and `nan` (shared with `cmath`).
pub(crate) fn add_constants(vm: &Vm, d: &ObjRef) {
    vm.dict_set_str(d, "pi", Value::Float(core::f64::consts::PI));
    vm.dict_set_str(d, "e", Value::Float(core::f64::consts::E));
    vm.dict_set_str(d, "tau", Value::Float(core::f64::consts::TAU));
    vm.dict_set_str(d, "inf", Value::Float(f64::INFINITY));
    vm.dict_set_str(d, "nan", Value::Float(f64::NAN));
}

// ----- error helpers -----

fn domain(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> crate::vm::PyErr {
    vm.overflow_error("math range error")
}

/// The argument of a one-argument `math.NAME`, with CPython's messages.
fn one<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let full = format!("math.{name}");
    crate::builtins::one_arg(vm, args, &full)
}

/// The arguments of a fixed-count `math.NAME` (`NAME expected 2 arguments, got 1`).
fn fixed<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, &format!("math.{name}"))?;
    check_pos_only(vm, args.pos.len(), name, n, n)?;
    Ok(args.pos)
}

/// CPython's `math_1`: applies `f` and maps NaN/infinity results of finite
/// arguments to the right exception.
fn math_1(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let v = one(vm, args, name)?;
    let x = vm.to_f64(v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! func1 {
    ($fn_name:ident, $py:literal, $f:expr, $ovf:expr) => {
        fn $fn_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            math_1(vm, &args, $py, $f, $ovf)
        }
    };
}

func1!(m_acos, "acos", libm::acos, false);
func1!(m_acosh, "acosh", libm::acosh, false);
func1!(m_asin, "asin", libm::asin, false);
func1!(m_asinh, "asinh", libm::asinh, false);
func1!(m_atan, "atan", libm::atan, false);
func1!(m_atanh, "atanh", libm::atanh, false);
func1!(m_cbrt, "cbrt", libm::cbrt, false);
func1!(m_cos, "cos", libm::cos, false);
func1!(m_cosh, "cosh", libm::cosh, true);
func1!(m_erf, "erf", libm::erf, false);
func1!(m_erfc, "erfc", libm::erfc, false);
func1!(m_exp, "exp", libm::exp, true);
func1!(m_exp2, "exp2", libm::exp2, true);
func1!(m_expm1, "expm1", libm::expm1, true);
func1!(m_fabs, "fabs", libm::fabs, false);
func1!(m_log1p, "log1p", libm::log1p, false);
func1!(m_sin, "sin", libm::sin, false);
func1!(m_sinh, "sinh", libm::sinh, true);
func1!(m_sqrt, "sqrt", libm::sqrt, false);
func1!(m_tan, "tan", libm::tan, false);
func1!(m_tanh, "tanh", libm::tanh, false);
func1!(
    m_degrees,
    "degrees",
    |x| x * (180.0 / core::f64::consts::PI),
    false
);
func1!(
    m_radians,
    "radians",
    |x| x * (core::f64::consts::PI / 180.0),
    false
);

fn is_nonpositive_integer(x: f64) -> bool {
    x <= 0.0 && libm::floor(x) == x
}

fn m_gamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "gamma")?;
    let x = vm.to_f64(v)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x.is_infinite() {
        return if x > 0.0 {
            Ok(Value::Float(x))
        } else {
            Err(domain(vm))
        };
    }
    if is_nonpositive_integer(x) {
        return Err(domain(vm));
    }
    let r = libm::tgamma(x);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn m_lgamma(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "lgamma")?;
    let x = vm.to_f64(v)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if is_nonpositive_integer(x) {
        return Err(domain(vm));
    }
    let r = libm::lgamma(x);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn m_isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "isfinite")?;
    Ok(Value::Bool(vm.to_f64(v)?.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "isinf")?;
    Ok(Value::Bool(vm.to_f64(v)?.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "isnan")?;
    Ok(Value::Bool(vm.to_f64(v)?.is_nan()))
}

fn two_floats(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let a = fixed(vm, args, name, 2)?;
    let x = vm.to_f64(&a[0])?;
    let y = vm.to_f64(&a[1])?;
    Ok((x, y))
}

fn m_atan2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (y, x) = two_floats(vm, &args, "atan2")?;
    Ok(Value::Float(libm::atan2(y, x)))
}

fn m_copysign(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "copysign")?;
    Ok(Value::Float(libm::copysign(x, y)))
}

fn m_nextafter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "nextafter")?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

fn m_fmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn m_remainder(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "remainder")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(libm::remainder(x, y)))
}

fn m_pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "pow")?;
    let r = libm::pow(x, y);
    if x.is_finite() && y.is_finite() && !r.is_finite() {
        if r.is_nan() || x == 0.0 {
            return Err(domain(vm));
        }
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn m_ulp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "ulp")?;
    let x = vm.to_f64(v)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = libm::fabs(x);
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let below = libm::nextafter(x, -f64::INFINITY);
        return Ok(Value::Float(x - below));
    }
    Ok(Value::Float(x2 - x))
}

fn m_frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "frexp")?;
    let x = vm.to_f64(v)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    Ok(vm.new_tuple(alloc::vec![Value::Float(m), Value::Int(i64::from(e))]))
}

fn m_modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "modf")?;
    let x = vm.to_f64(v)?;
    let (f, i) = if x.is_infinite() {
        (libm::copysign(0.0, x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        libm::modf(x)
    };
    Ok(vm.new_tuple(alloc::vec![Value::Float(f), Value::Float(i)]))
}

fn m_ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = fixed(vm, &args, "ldexp", 2)?;
    let x = vm.to_f64(&a[0])?;
    let exp: i64 = match int_of(&a[1]) {
        Some(IntVal::Small(i)) => i,
        Some(IntVal::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => {
            return Err(vm.type_error("Expected an int as second argument to ldexp."));
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = exp.clamp(-100_000, 100_000) as i32;
    let r = libm::ldexp(x, e);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

// ----- rounding to ints -----

fn m_floor(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "floor")?;
    round_to_int(vm, v, "__floor__", libm::floor)
}

fn m_ceil(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "ceil")?;
    round_to_int(vm, v, "__ceil__", libm::ceil)
}

fn round_to_int(vm: &mut Vm, v: &Value, special: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    match v {
        Value::Float(x) => return float_to_int(vm, f(*x)),
        Value::Int(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        _ => {}
    }
    if let Some(i) = int_of(v) {
        return Ok(i.to_value());
    }
    if let Some(m) = vm.lookup_special(v, special) {
        return vm.call(&m, Args::new(core::slice::from_ref(v)));
    }
    let x = vm.to_f64(v)?;
    float_to_int(vm, f(x))
}

fn m_trunc(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "trunc")?;
    match v {
        Value::Float(x) => return float_to_int(vm, libm::trunc(*x)),
        Value::Int(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        _ => {}
    }
    if let Some(i) = int_of(v) {
        return Ok(i.to_value());
    }
    if let Some(m) = vm.lookup_special(v, "__trunc__") {
        return vm.call(&m, Args::new(core::slice::from_ref(v)));
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        type_name(vm, v)
    )))
}

// ----- logarithms -----

/// The log of a positive int or float argument, big ints included (CPython's
/// `loghelper`).
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int_of(v) {
        if i.is_negative() || i.is_zero() {
            return Err(domain(vm));
        }
        return Ok(match i.to_f64() {
            Ok(x) => f(x),
            Err(()) => {
                // x = m * 2**e with m in [0.5, 1): log(m) + e * log(2).
                let b = i.to_big();
                let bits = b.bit_length();
                let shift = bits.saturating_sub(60);
                let top = b.shr(shift).to_f64().unwrap_or(f64::MAX);
                let (m, e) = libm::frexp(top);
                f(m) + f(2.0) * (f64::from(e) + shift as f64)
            }
        });
    }
    let x = vm.to_f64(v)?;
    if x.is_nan() || (x.is_infinite() && x > 0.0) {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn m_log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, &args, "log")?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args.pos[0], libm::log)?;
    if let Some(base) = args.pos.get(1) {
        let den = log_of(vm, base, libm::log)?;
        if den == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn m_log2(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "log2")?;
    Ok(Value::Float(log_of(vm, v, libm::log2)?))
}

fn m_log10(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "log10")?;
    Ok(Value::Float(log_of(vm, v, libm::log10)?))
}

// ----- sums and norms -----

/// `fsum(iterable)`: Shewchuk's exact summation, as CPython's `math_fsum`.
fn m_fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "fsum")?;
    let it = vm.iter(v)?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&it)? {
        let mut x = vm.to_f64(&item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if libm::fabs(x) < libm::fabs(y) {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// Splits `x` into two halves whose product terms are exact (Dekker).
fn dl_split(x: f64) -> (f64, f64) {
    let t = x * 134_217_729.0;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// The exact product `x * y` as `hi + lo`.
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let (xh, xl) = dl_split(x);
    let (yh, yl) = dl_split(y);
    let p = xh * yh;
    let q = xh * yl + xl * yh;
    let z = p + q;
    let zz = p - z + q + xl * yl;
    (z, zz)
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

/// CPython's `vector_norm`: the Euclidean norm of non-negative finite
/// components, correctly rounded in almost all cases.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = libm::ldexp(1.0, -max_e);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    for &x in vec.iter() {
        let x = x * scale;
        let (phi, plo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let mut h = libm::sqrt(csum - 1.0 + (frac1 + frac2));
    let (phi, plo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn norm_of(vm: &mut Vm, items: impl Iterator<Item = PyResult<f64>>) -> PyResult<f64> {
    let _ = vm;
    let mut vec = Vec::new();
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in items {
        let x = libm::fabs(x?);
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(vector_norm(&mut vec, max, found_nan))
}

fn m_hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, &args, "math.hypot")?;
    let mut xs = Vec::with_capacity(args.pos.len());
    for v in args.pos {
        xs.push(vm.to_f64(v)?);
    }
    let r = norm_of(vm, xs.into_iter().map(Ok))?;
    Ok(Value::Float(r))
}

fn m_dist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = fixed(vm, &args, "dist", 2)?;
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        let x = vm.to_f64(x)?;
        let y = vm.to_f64(y)?;
        diffs.push(x - y);
    }
    let r = norm_of(vm, diffs.into_iter().map(Ok))?;
    Ok(Value::Float(r))
}

fn m_isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos.len();
    if n > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({n} given)"
        )));
    }
    let mut a = args.pos.first().cloned();
    let mut b = args.pos.get(1).cloned();
    let mut rel_tol = 1e-9;
    let mut abs_tol = 0.0;
    for (k, v) in args.kw {
        let key = k.payload_str().unwrap_or("");
        match key {
            "a" if a.is_none() => a = Some(v.clone()),
            "b" if b.is_none() => b = Some(v.clone()),
            "rel_tol" => rel_tol = vm.to_f64(v)?,
            "abs_tol" => abs_tol = vm.to_f64(v)?,
            "a" | "b" => {
                let pos = if key == "a" { 1 } else { 2 };
                return Err(vm.type_error(format!(
                    "argument for isclose() given by name ('{key}') and position ({pos})"
                )));
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for isclose()"
                )))
            }
        }
    }
    let Some(a) = a else {
        return Err(vm.type_error("isclose() missing required argument 'a' (pos 1)"));
    };
    let Some(b) = b else {
        return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)"));
    };
    let a = vm.to_f64(&a)?;
    let b = vm.to_f64(&b)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = libm::fabs(b - a);
    Ok(Value::Bool(
        diff <= libm::fabs(rel_tol * b) || diff <= libm::fabs(rel_tol * a) || diff <= abs_tol,
    ))
}

fn m_prod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut acc = Value::Int(1);
    for (k, v) in args.kw {
        let key = k.payload_str().unwrap_or("");
        if key == "start" {
            acc = v.clone();
        } else {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for prod()")));
        }
    }
    let it = vm.iter(&args.pos[0])?;
    while let Some(item) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &item, BinOp::Mult)?;
    }
    Ok(acc)
}

// ----- integer functions -----

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = index_value(vm, v)?;
    Ok(int_of(&i).map(|i| i.to_big()).unwrap_or_default())
}

fn m_gcd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, &args, "math.gcd")?;
    let mut g = BigInt::zero();
    for v in args.pos {
        let x = int_arg(vm, v)?;
        g = g.gcd(&x);
    }
    Ok(Value::from_bigint(g.abs()))
}

fn m_lcm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, &args, "math.lcm")?;
    let mut l = BigInt::one();
    for v in args.pos {
        let x = int_arg(vm, v)?;
        if l.is_zero() || x.is_zero() {
            l = BigInt::zero();
            continue;
        }
        let g = l.gcd(&x);
        let q = l.div_floor(&g).unwrap_or_default();
        l = q.mul(&x).abs();
    }
    Ok(Value::from_bigint(l))
}

fn m_isqrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "isqrt")?;
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.isqrt().unwrap_or_default()))
}

/// The product of the integers in `lo..=hi` (binary splitting keeps the
/// operands balanced, which is much faster for big results).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..=hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    acc = acc.mul(&BigInt::from_u64(small));
                    small = k;
                }
            }
        }
        return acc.mul(&BigInt::from_u64(small));
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid).mul(&range_product(mid + 1, hi))
}

fn m_factorial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(vm, &args, "factorial")?;
    let n = int_arg(vm, v)?;
    factorial_of(vm, &n)
}

fn factorial_of(vm: &mut Vm, n: &BigInt) -> PyResult<Value> {
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(Value::from_bigint(range_product(1, n)))
}

fn comb_perm_args(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    min: usize,
) -> PyResult<(BigInt, Option<BigInt>)> {
    no_kwargs(vm, args, &format!("math.{name}"))?;
    check_pos_only(vm, args.pos.len(), name, min, 2)?;
    let n = int_arg(vm, &args.pos[0])?;
    let k = match args.pos.get(1) {
        Some(Value::None) | None => None,
        Some(k) => Some(int_arg(vm, k)?),
    };
    Ok((n, k))
}

fn check_nk(vm: &Vm, n: &BigInt, k: &BigInt) -> PyResult<()> {
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok(())
}

fn m_perm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (n, k) = comb_perm_args(vm, &args, "perm", 1)?;
    let Some(k) = k else {
        return factorial_of(vm, &n);
    };
    check_nk(vm, &n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(ks) = k.to_u64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let mut acc = BigInt::one();
    let mut f = n;
    for _ in 0..ks {
        acc = acc.mul(&f);
        f = f.sub(&BigInt::one());
    }
    Ok(Value::from_bigint(acc))
}

fn m_comb(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, &args, "math.comb")?;
    check_pos_only(vm, args.pos.len(), "comb", 2, 2)?;
    let n = int_arg(vm, &args.pos[0])?;
    let k = int_arg(vm, &args.pos[1])?;
    check_nk(vm, &n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let nk = n.sub(&k);
    let k = if nk < k { nk } else { k };
    let Some(ks) = k.to_u64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut acc = BigInt::one();
    let mut f = n;
    for i in 0..ks {
        acc = acc.mul(&f);
        acc = acc.div_floor(&BigInt::from_u64(i + 1)).unwrap_or_default();
        f = f.sub(&BigInt::one());
    }
    Ok(Value::from_bigint(acc))
}
