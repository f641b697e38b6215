//! The `cmath` module over `libm`, following CPython's
//! `Modules/cmathmodule.c`: the branch cuts and the C99 Annex G values for
//! infinite and NaN arguments, the rescalings that avoid spurious overflow
//! and underflow, and its error rules (a result C99 flags as invalid or
//! divide-by-zero is `ValueError: math domain error`, an overflow is
//! `OverflowError: math range error`).

use alloc::format;
use alloc::vec;

use crate::builtins::{check_pos_only, no_kwargs};
use crate::object::complex::{c_abs, c_diff, c_quot, complex_of, hypot, new_complex, C};
use crate::object::function::{Args, NativeFn};
use crate::object::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

const FUNCS: &[(&str, NativeFn)] = &[
    ("acos", cm_acos),
    ("acosh", cm_acosh),
    ("asin", cm_asin),
    ("asinh", cm_asinh),
    ("atan", cm_atan),
    ("atanh", cm_atanh),
    ("cos", cm_cos),
    ("cosh", cm_cosh),
    ("exp", cm_exp),
    ("isclose", cm_isclose),
    ("isfinite", cm_isfinite),
    ("isinf", cm_isinf),
    ("isnan", cm_isnan),
    ("log", cm_log),
    ("log10", cm_log10),
    ("phase", cm_phase),
    ("polar", cm_polar),
    ("rect", cm_rect),
    ("sin", cm_sin),
    ("sinh", cm_sinh),
    ("sqrt", cm_sqrt),
    ("tan", cm_tan),
    ("tanh", cm_tanh),
];

/// Builds the `cmath` module.
pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("cmath");
    if let Some(d) = crate::builtins::dict_of(&Value::Obj(m.clone())) {
        crate::builtins::add_functions(vm, &d, FUNCS);
        super::math::add_constants(vm, &d);
        vm.dict_set_str(&d, "infj", new_complex(0.0, f64::INFINITY));
        vm.dict_set_str(&d, "nanj", new_complex(0.0, f64::NAN));
    }
    Ok(m)
}

// ----- errors and argument conversion -----

/// The C `errno` a computation leaves behind.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Errno {
    Ok,
    /// Invalid or divide-by-zero: `ValueError`.
    Dom,
    /// Overflow: `OverflowError`.
    Range,
}

fn math_error(vm: &Vm, e: Errno) -> PyErr {
    match e {
        Errno::Range => vm.overflow_error("math range error"),
        _ => vm.value_error("math domain error"),
    }
}

/// `PyComplex_AsCComplex`: a complex, `__complex__`, or a real number.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(c) = complex_of(v) {
        return Ok(c);
    }
    if let Some(r) = vm.call_special(v, "__complex__", &[])? {
        return complex_of(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))
        });
    }
    Ok((vm.to_f64(v)?, 0.0))
}

/// The single argument of `cmath.NAME(z)` as a complex.
fn one(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<C> {
    let v = crate::builtins::one_arg(vm, args, &format!("cmath.{name}"))?;
    to_complex(vm, v)
}

fn result(vm: &Vm, r: (C, Errno)) -> PyResult<Value> {
    match r.1 {
        Errno::Ok => Ok(new_complex(r.0 .0, r.0 .1)),
        e => Err(math_error(vm, e)),
    }
}

// ----- special values (C99 Annex G), indexed by the class of each part -----

/// The class of a double: -inf, negative, -0, +0, positive, +inf, nan.
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        let pos = d.is_sign_positive();
        match (d != 0.0, pos) {
            (true, true) => 4,
            (true, false) => 1,
            (false, true) => 3,
            (false, false) => 2,
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

const PI: f64 = core::f64::consts::PI;
const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// Entries for finite arguments, never read.
const U: f64 = -9.542_631_940_771_103e33;

type Table = [[C; 7]; 7];

fn special(z: C, t: &Table) -> C {
    t[special_type(z.0)][special_type(z.1)]
}

fn nonfinite(z: C) -> bool {
    !z.0.is_finite() || !z.1.is_finite()
}

// Rows: real part -inf, neg, -0, +0, pos, +inf, nan; columns: the same
// classes of the imaginary part. These are the 3.11 tables: `acosh` and
// `tanh` of (+-0, nan) are (nan, nan) there.
#[rustfmt::skip]
const ACOS_SV: Table = [
    [(P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N)],
    [(P12, INF), (U, U), (P12, 0.), (P12, -0.), (U, U), (P12, -INF), (P12, N)],
    [(P12, INF), (U, U), (P12, 0.), (P12, -0.), (U, U), (P12, -INF), (P12, N)],
    [(P12, INF), (U, U), (U, U), (U, U), (U, U), (P12, -INF), (N, N)],
    [(P14, INF), (0., INF), (0., INF), (0., -INF), (0., -INF), (P14, -INF), (N, INF)],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];

#[rustfmt::skip]
const ACOSH_SV: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0., -P12), (0., P12), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0., -P12), (0., P12), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
const ASINH_SV: Table = [
    [(-INF, -P14), (-INF, -0.), (-INF, -0.), (-INF, 0.), (-INF, 0.), (-INF, P14), (-INF, N)],
    [(-INF, -P12), (U, U), (U, U), (U, U), (U, U), (-INF, P12), (N, N)],
    [(-INF, -P12), (U, U), (-0., -0.), (-0., 0.), (U, U), (-INF, P12), (N, N)],
    [(INF, -P12), (U, U), (0., -0.), (0., 0.), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, -0.), (N, 0.), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
const ATANH_SV: Table = [
    [(-0., -P12), (-0., -P12), (-0., -P12), (-0., P12), (-0., P12), (-0., P12), (-0., N)],
    [(-0., -P12), (U, U), (U, U), (U, U), (U, U), (-0., P12), (N, N)],
    [(-0., -P12), (U, U), (-0., -0.), (-0., 0.), (U, U), (-0., P12), (-0., N)],
    [(0., -P12), (U, U), (0., -0.), (0., 0.), (U, U), (0., P12), (0., N)],
    [(0., -P12), (U, U), (U, U), (U, U), (U, U), (0., P12), (N, N)],
    [(0., -P12), (0., -P12), (0., -P12), (0., P12), (0., P12), (0., P12), (0., N)],
    [(0., -P12), (N, N), (N, N), (N, N), (N, N), (0., P12), (N, N)],
];

#[rustfmt::skip]
const COSH_SV: Table = [
    [(INF, N), (U, U), (INF, 0.), (INF, -0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, 0.), (U, U), (1., 0.), (1., -0.), (U, U), (N, 0.), (N, 0.)],
    [(N, 0.), (U, U), (1., -0.), (1., 0.), (U, U), (N, 0.), (N, 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const EXP_SV: Table = [
    [(0., 0.), (U, U), (0., -0.), (0., 0.), (U, U), (0., 0.), (0., 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1., -0.), (1., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1., -0.), (1., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const LOG_SV: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (-INF, -P), (-INF, P), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (-INF, -0.), (-INF, 0.), (U, U), (INF, P12), (N, N)],
    [(INF, -P12), (U, U), (U, U), (U, U), (U, U), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

#[rustfmt::skip]
const SINH_SV: Table = [
    [(INF, N), (U, U), (-INF, -0.), (-INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(0., N), (U, U), (-0., -0.), (-0., 0.), (U, U), (0., N), (0., N)],
    [(0., N), (U, U), (0., -0.), (0., 0.), (U, U), (0., N), (0., N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const SQRT_SV: Table = [
    [(INF, -INF), (0., -INF), (0., -INF), (0., INF), (0., INF), (INF, INF), (N, INF)],
    [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (0., -0.), (0., 0.), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (0., -0.), (0., 0.), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (U, U), (U, U), (U, U), (U, U), (INF, INF), (N, N)],
    [(INF, -INF), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];

#[rustfmt::skip]
const TANH_SV: Table = [
    [(-1., 0.), (U, U), (-1., -0.), (-1., 0.), (U, U), (-1., 0.), (-1., 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(-0., N), (U, U), (-0., -0.), (-0., 0.), (U, U), (-0., N), (N, N)],
    [(0., N), (U, U), (0., -0.), (0., 0.), (U, U), (0., N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(1., 0.), (U, U), (1., -0.), (1., 0.), (U, U), (1., 0.), (1., 0.)],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

#[rustfmt::skip]
const RECT_SV: Table = [
    [(INF, N), (U, U), (-INF, 0.), (-INF, -0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(0., 0.), (U, U), (-0., 0.), (-0., -0.), (U, U), (0., 0.), (0., 0.)],
    [(0., 0.), (U, U), (0., -0.), (0., 0.), (U, U), (0., 0.), (0., 0.)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(INF, N), (U, U), (INF, -0.), (INF, 0.), (U, U), (INF, N), (INF, N)],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

// ----- the functions (each returns the value and the errno) -----

const LARGE: f64 = f64::MAX / 4.0;
const LN2: f64 = core::f64::consts::LN_2;
const LN10: f64 = core::f64::consts::LN_10;
/// `2**CM_SCALE_UP` turns a subnormal into a normal.
const SCALE_UP: i32 = 2 * (53 / 2) + 1;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large() -> f64 {
    libm::sqrt(LARGE)
}
fn log_large() -> f64 {
    libm::log(LARGE)
}

fn c_sqrt(z: C) -> (C, Errno) {
    if nonfinite(z) {
        return (special(z, &SQRT_SV), Errno::Ok);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::Ok);
    }
    let mut ax = libm::fabs(z.0);
    let ay = libm::fabs(z.1);
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = libm::ldexp(ax, SCALE_UP);
        libm::ldexp(
            libm::sqrt(ax + hypot(ax, libm::ldexp(ay, SCALE_UP))),
            SCALE_DOWN,
        )
    } else {
        ax /= 8.0;
        2.0 * libm::sqrt(ax + hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    let r = if z.0 >= 0.0 {
        (s, libm::copysign(d, z.1))
    } else {
        (d, libm::copysign(s, z.1))
    };
    (r, Errno::Ok)
}

fn c_acos(z: C) -> (C, Errno) {
    if nonfinite(z) {
        return (special(z, &ACOS_SV), Errno::Ok);
    }
    let r = if libm::fabs(z.0) > LARGE || libm::fabs(z.1) > LARGE {
        (
            libm::atan2(libm::fabs(z.1), z.0),
            -libm::copysign(libm::log(hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0, z.1),
        )
    } else {
        let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
        let s2 = c_sqrt((1.0 + z.0, z.1)).0;
        (
            2.0 * libm::atan2(s1.0, s2.0),
            libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
        )
    };
    (r, Errno::Ok)
}

fn c_acosh(z: C) -> (C, Errno) {
    if nonfinite(z) {
        return (special(z, &ACOSH_SV), Errno::Ok);
    }
    let r = if libm::fabs(z.0) > LARGE || libm::fabs(z.1) > LARGE {
        (
            libm::log(hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0,
            libm::atan2(z.1, z.0),
        )
    } else {
        let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
        let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
        (
            libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
            2.0 * libm::atan2(s1.1, s2.0),
        )
    };
    (r, Errno::Ok)
}

fn c_asinh(z: C) -> (C, Errno) {
    if nonfinite(z) {
        return (special(z, &ASINH_SV), Errno::Ok);
    }
    let r = if libm::fabs(z.0) > LARGE || libm::fabs(z.1) > LARGE {
        let l = libm::log(hypot(z.0 / 2.0, z.1 / 2.0)) + LN2 * 2.0;
        let re = if z.1 >= 0.0 {
            libm::copysign(l, z.0)
        } else {
            -libm::copysign(l, -z.0)
        };
        (re, libm::atan2(z.1, libm::fabs(z.0)))
    } else {
        let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
        let s2 = c_sqrt((1.0 - z.1, z.0)).0;
        (
            libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
            libm::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1),
        )
    };
    (r, Errno::Ok)
}

fn c_asin(z: C) -> (C, Errno) {
    // asin(z) = -i asinh(iz)
    let (s, e) = c_asinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_atanh(z: C) -> (C, Errno) {
    if nonfinite(z) {
        return (special(z, &ATANH_SV), Errno::Ok);
    }
    if z.0 < 0.0 {
        let (r, e) = c_atanh((-z.0, -z.1));
        return ((-r.0, -r.1), e);
    }
    let ay = libm::fabs(z.1);
    if z.0 > sqrt_large() || ay > sqrt_large() {
        let h = hypot(z.0 / 2.0, z.1 / 2.0);
        return (
            (z.0 / 4.0 / h / h, libm::copysign(PI / 2.0, z.1)),
            Errno::Ok,
        );
    }
    let sqrt_min = libm::sqrt(f64::MIN_POSITIVE);
    if z.0 == 1.0 && ay < sqrt_min {
        if ay == 0.0 {
            return ((INF, z.1), Errno::Dom);
        }
        return (
            (
                -libm::log(libm::sqrt(ay) / libm::sqrt(hypot(ay, 2.0))),
                libm::copysign(libm::atan2(2.0, -ay) / 2.0, z.1),
            ),
            Errno::Ok,
        );
    }
    (
        (
            libm::log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0,
            -libm::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
        ),
        Errno::Ok,
    )
}

fn c_atan(z: C) -> (C, Errno) {
    // atan(z) = -i atanh(iz)
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

/// `cosh`, `sinh` and `exp` of an infinite real part and a finite nonzero
/// imaginary part: infinities (or zeros) signed by `cos(y)` and `sin(y)`.
fn inf_signs(y: f64, re_mag: f64, re_neg: bool, im_neg: bool) -> C {
    let re = libm::copysign(re_mag, libm::cos(y));
    let im = libm::copysign(re_mag, libm::sin(y));
    (if re_neg { -re } else { re }, if im_neg { -im } else { im })
}

fn overflow_check(r: C) -> (C, Errno) {
    let e = if r.0.is_infinite() || r.1.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    };
    (r, e)
}

fn c_cosh(z: C) -> (C, Errno) {
    cosh_or_sinh(z, false)
}

fn c_sinh(z: C) -> (C, Errno) {
    cosh_or_sinh(z, true)
}

/// A real function of one variable.
type RealFn = fn(f64) -> f64;

/// `cosh(z)` or (`sinh`) `sinh(z)`: the two share CPython's algorithm with
/// the real functions swapped, different special-value tables and signs.
fn cosh_or_sinh(z: C, sinh: bool) -> (C, Errno) {
    if nonfinite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let neg = z.0 < 0.0;
            inf_signs(z.1, INF, sinh && neg, !sinh && neg)
        } else {
            special(z, if sinh { &SINH_SV } else { &COSH_SV })
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let (f, g): (RealFn, RealFn) = if sinh {
        (libm::sinh, libm::cosh)
    } else {
        (libm::cosh, libm::sinh)
    };
    let r = if libm::fabs(z.0) > log_large() {
        let x1 = z.0 - libm::copysign(1.0, z.0);
        (
            libm::cos(z.1) * f(x1) * core::f64::consts::E,
            libm::sin(z.1) * g(x1) * core::f64::consts::E,
        )
    } else {
        (libm::cos(z.1) * f(z.0), libm::sin(z.1) * g(z.0))
    };
    overflow_check(r)
}

fn c_cos(z: C) -> (C, Errno) {
    // cos(z) = cosh(iz)
    c_cosh((-z.1, z.0))
}

fn c_sin(z: C) -> (C, Errno) {
    // sin(z) = -i sinh(iz)
    let (s, e) = c_sinh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_exp(z: C) -> (C, Errno) {
    if nonfinite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                inf_signs(z.1, INF, false, false)
            } else {
                inf_signs(z.1, 0.0, false, false)
            }
        } else {
            special(z, &EXP_SV)
        };
        let e = if z.1.is_infinite() && (z.0.is_finite() || (z.0.is_infinite() && z.0 > 0.0)) {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0 > log_large() {
        let l = libm::exp(z.0 - 1.0);
        (
            l * libm::cos(z.1) * core::f64::consts::E,
            l * libm::sin(z.1) * core::f64::consts::E,
        )
    } else {
        let l = libm::exp(z.0);
        (l * libm::cos(z.1), l * libm::sin(z.1))
    };
    overflow_check(r)
}

fn c_tanh(z: C) -> (C, Errno) {
    if nonfinite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = libm::copysign(0.0, 2.0 * libm::sin(z.1) * libm::cos(z.1));
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            special(z, &TANH_SV)
        };
        let e = if z.1.is_infinite() && z.0.is_finite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if libm::fabs(z.0) > log_large() {
        (
            libm::copysign(1.0, z.0),
            4.0 * libm::sin(z.1) * libm::cos(z.1) * libm::exp(-2.0 * libm::fabs(z.0)),
        )
    } else {
        let tx = libm::tanh(z.0);
        let ty = libm::tan(z.1);
        let cx = 1.0 / libm::cosh(z.0);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

fn c_tan(z: C) -> (C, Errno) {
    // tan(z) = -i tanh(iz)
    let (s, e) = c_tanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_log(z: C) -> (C, Errno) {
    if nonfinite(z) {
        return (special(z, &LOG_SV), Errno::Ok);
    }
    let ax = libm::fabs(z.0);
    let ay = libm::fabs(z.1);
    let re = if ax > LARGE || ay > LARGE {
        libm::log(hypot(ax / 2.0, ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::log(hypot(libm::ldexp(ax, 53), libm::ldexp(ay, 53))) - 53.0 * LN2
        } else {
            return ((-INF, libm::atan2(z.1, z.0)), Errno::Dom);
        }
    } else {
        let h = hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    ((re, libm::atan2(z.1, z.0)), Errno::Ok)
}

macro_rules! cfunc1 {
    ($($name:ident, $py:literal, $f:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                let z = one(vm, &args, $py)?;
                result(vm, $f(z))
            }
        )*
    };
}

cfunc1! {
    cm_acos, "acos", c_acos;
    cm_acosh, "acosh", c_acosh;
    cm_asin, "asin", c_asin;
    cm_asinh, "asinh", c_asinh;
    cm_atan, "atan", c_atan;
    cm_atanh, "atanh", c_atanh;
    cm_cos, "cos", c_cos;
    cm_cosh, "cosh", c_cosh;
    cm_exp, "exp", c_exp;
    cm_sin, "sin", c_sin;
    cm_sinh, "sinh", c_sinh;
    cm_sqrt, "sqrt", c_sqrt;
    cm_tan, "tan", c_tan;
    cm_tanh, "tanh", c_tanh;
}

fn cm_log10(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args, "log10")?;
    let (r, e) = c_log(z);
    result(vm, ((r.0 / LN10, r.1 / LN10), e))
}

fn cm_log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, &args, "log")?;
    check_pos_only(vm, args.pos.len(), "log", 1, 2)?;
    let x = to_complex(vm, &args.pos[0])?;
    let (mut r, mut e) = c_log(x);
    if let Some(b) = args.pos.get(1) {
        let y = to_complex(vm, b)?;
        let (ly, ey) = c_log(y);
        // Each C call resets errno: only the last one counts.
        e = ey;
        r = match c_quot(r, ly) {
            Some(q) => q,
            None => {
                e = Errno::Dom;
                (0.0, 0.0)
            }
        };
    }
    result(vm, (r, e))
}

fn cm_phase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args, "phase")?;
    Ok(Value::Float(libm::atan2(z.1, z.0)))
}

fn cm_polar(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args, "polar")?;
    let phi = libm::atan2(z.1, z.0);
    let Some(r) = c_abs(z) else {
        return Err(math_error(vm, Errno::Range));
    };
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(phi)]))
}

fn cm_rect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_kwargs(vm, &args, "rect")?;
    check_pos_only(vm, args.pos.len(), "rect", 2, 2)?;
    let r = vm.to_f64(&args.pos[0])?;
    let phi = vm.to_f64(&args.pos[1])?;
    let (z, e) = if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            inf_signs(phi, INF, r < 0.0, r < 0.0)
        } else {
            special((r, phi), &RECT_SV)
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Errno::Dom
        } else {
            Errno::Ok
        };
        (z, e)
    } else if phi == 0.0 {
        ((r, r * phi), Errno::Ok)
    } else {
        ((r * libm::cos(phi), r * libm::sin(phi)), Errno::Ok)
    };
    result(vm, (z, e))
}

fn cm_isfinite(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args, "isfinite")?;
    Ok(Value::Bool(z.0.is_finite() && z.1.is_finite()))
}

fn cm_isinf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args, "isinf")?;
    Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn cm_isnan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = one(vm, &args, "isnan")?;
    Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
}

fn cm_isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    crate::builtins::check_kwargs(vm, &args, "isclose", &["a", "b", "rel_tol", "abs_tol"])?;
    let mut ab = [None, None];
    for (i, (name, slot)) in ["a", "b"].iter().zip(ab.iter_mut()).enumerate() {
        *slot = args.pos.get(i).or(args.kwarg(name)).cloned();
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    for (i, name) in ["a", "b"].iter().enumerate() {
        if i < args.pos.len() && args.kwarg(name).is_some() {
            return Err(vm.type_error(format!(
                "argument for isclose() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
    }
    let [Some(av), Some(bv)] = ab else {
        return Err(vm.type_error("isclose() missing required argument 'a' (pos 1)"));
    };
    let a = to_complex(vm, &av)?;
    let b = to_complex(vm, &bv)?;
    let rel_tol = match args.kwarg("rel_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 1e-9,
    };
    let abs_tol = match args.kwarg("abs_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let abs = |z: C| c_abs(z).unwrap_or(INF);
    let diff = abs(c_diff(a, b));
    Ok(Value::Bool(
        diff <= rel_tol * abs(b) || diff <= rel_tol * abs(a) || diff <= abs_tol,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqrt_of_minus_one_is_i() {
        assert_eq!(c_sqrt((-1.0, 0.0)).0, (0.0, 1.0));
        assert_eq!(c_sqrt((-1.0, -0.0)).0, (0.0, -1.0));
    }

    #[test]
    fn log_of_zero_is_a_domain_error() {
        assert_eq!(c_log((0.0, 0.0)).1, Errno::Dom);
    }

    #[test]
    fn special_types_classify_every_double() {
        let v = [-INF, -1.0, -0.0, 0.0, 1.0, INF, N];
        for (i, d) in v.iter().enumerate() {
            assert_eq!(special_type(*d), i);
        }
    }
}
