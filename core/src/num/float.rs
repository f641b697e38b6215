//! Float formatting, parsing and rounding with CPython's exact output.
//!
//! The digit strings come from `core::fmt` (shortest round-trip for `{:e}`,
//! correctly rounded half-even on the exact binary value for `{:.N}` and
//! `{:.Ne}`); the layout is a port of CPython's `format_float_short`
//! (`Python/pystrtod.c`), so `repr`, `str`, `format` and `%` agree with
//! CPython character for character.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::bigint::BigInt;

/// Digits (no leading or trailing zeros, except the single digit `0`) and the
/// decimal point position: the value is `0.DIGITS * 10^decpt`.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

fn strip_trailing_zeros(d: &mut Vec<u8>) {
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
}

/// Splits `{:e}` output (`d.ddde[-]x`) of a non-negative finite value.
fn digits_from_exp(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let mut digits: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    let exp: i64 = exp.parse().unwrap_or(0);
    strip_trailing_zeros(&mut digits);
    if digits.iter().all(|&c| c == b'0') {
        return Digits {
            digits: alloc::vec![b'0'],
            decpt: 1,
        };
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// dtoa mode 0: the shortest digit string that round-trips.
///
/// When two shortest strings round-trip (a tie, which needs 16+ digits),
/// `core::fmt` may pick either; dtoa picks the one nearest the exact value,
/// ties to even, which is the correctly rounded string of that length.
fn digits_shortest(x: f64) -> Digits {
    let d = digits_from_exp(&format!("{:e}", x));
    if d.digits.len() >= 15 {
        let s = format!("{:.*e}", d.digits.len() - 1, x);
        if s.parse::<f64>().ok() == Some(x) {
            return digits_from_exp(&s);
        }
    }
    d
}

/// dtoa mode 2: `n >= 1` significant digits, correctly rounded.
fn digits_significant(x: f64, n: usize) -> Digits {
    digits_from_exp(&format!("{:.*e}", n - 1, x))
}

/// dtoa mode 3: `p` digits after the decimal point, correctly rounded.
fn digits_fixed(x: f64, p: usize) -> Digits {
    let s = format!("{:.*}", p, x);
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let mut decpt = int.len() as i64;
    let lead = digits.iter().take_while(|&&c| c == b'0').count();
    if lead == digits.len() {
        return Digits {
            digits: alloc::vec![b'0'],
            decpt: 1,
        };
    }
    digits.drain(..lead);
    decpt -= lead as i64;
    strip_trailing_zeros(&mut digits);
    Digits { digits, decpt }
}

/// Port of CPython's `format_float_short` for a finite value. `code` is one
/// of `e f g r`; `precision` is already adjusted as `PyOS_double_to_string`
/// does (`e`: digits + 1; `g`: at least 1).
#[allow(clippy::too_many_arguments)]
fn layout(
    neg: bool,
    d: &Digits,
    code: char,
    precision: i64,
    add_dot_0: bool,
    alt: bool,
    upper: bool,
    no_neg_0: bool,
) -> String {
    let digits = &d.digits;
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let mut out = String::new();
    let is_zero = digits.iter().all(|&c| c == b'0');
    if neg && !(no_neg_0 && is_zero) {
        out.push('-');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, s: &[u8]| {
        for &c in s {
            out.push(char::from(c));
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&format!("{}", a));
    }
    out
}

fn non_finite(f: f64, upper: bool) -> String {
    let s = if f.is_nan() {
        "nan"
    } else if f > 0.0 {
        "inf"
    } else {
        "-inf"
    };
    if upper {
        s.to_uppercase()
    } else {
        String::from(s)
    }
}

/// CPython's `repr(float)` (and `str(float)`): shortest round-trip digits,
/// positional for decimal exponents in `-4..16`, else exponent notation.
pub fn float_repr(f: f64) -> String {
    if !f.is_finite() {
        return non_finite(f, false);
    }
    let d = digits_shortest(f.abs());
    layout(f.is_sign_negative(), &d, 'r', 0, true, false, false, false)
}

/// CPython's `format(f, spec)` for the number part of a float format spec:
/// `spec_type` is one of `e E f F g G n %` or `'\0'`/`' '` for the empty
/// type; `precision` is the spec's precision. The result carries a `-` for
/// negative values (including `-0.0`) and no other sign; padding, `+`/space
/// signs and grouping are [`super::format`]'s job. Unknown types format as
/// the empty type does. The output holds about `precision` characters, so
/// callers bound it first ([`super::format::FormatSpec`] rejects more than
/// `i32::MAX`, as CPython does).
pub fn format_float(f: f64, spec_type: char, precision: Option<usize>, alternate: bool) -> String {
    format_float_ex(f, spec_type, precision, alternate, false)
}

/// [`format_float`] with the 3.11 `z` option (`no_neg_0`): a value that
/// rounds to zero loses its minus sign.
pub fn format_float_ex(
    f: f64,
    spec_type: char,
    precision: Option<usize>,
    alternate: bool,
    no_neg_0: bool,
) -> String {
    let mut f = f;
    let mut add_pct = false;
    let mut add_dot_0 = false;
    let mut ty = spec_type;
    let upper = matches!(ty, 'E' | 'F' | 'G');
    let default_precision = match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => 6,
        _ => {
            add_dot_0 = true;
            ty = 'r';
            0
        }
    };
    if ty == 'n' {
        ty = 'g';
    }
    if ty == '%' {
        ty = 'f';
        f *= 100.0;
        add_pct = true;
    }
    // CPython rejects precisions above INT_MAX ("precision too big");
    // clamping keeps the index arithmetic below in range.
    let precision = precision.map(|p| p.min(i32::MAX as usize));
    let precision = match precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let code = ty.to_ascii_lowercase();
    let mut out = if !f.is_finite() {
        non_finite(f, upper)
    } else {
        let a = f.abs();
        let neg = f.is_sign_negative();
        // Precision beyond what any double needs only pads zeros; keep the
        // digit generation bounded (CPython's dtoa caps the same way).
        match code {
            'e' => {
                let p = precision.saturating_add(1);
                let d = digits_significant(a, p.min(800));
                layout(neg, &d, 'e', p as i64, false, alternate, upper, no_neg_0)
            }
            'f' => {
                let d = digits_fixed(a, precision.min(1100));
                layout(
                    neg,
                    &d,
                    'f',
                    precision as i64,
                    false,
                    alternate,
                    upper,
                    no_neg_0,
                )
            }
            'g' => {
                let p = precision.max(1);
                let d = digits_significant(a, p.min(800));
                layout(
                    neg, &d, 'g', p as i64, add_dot_0, alternate, upper, no_neg_0,
                )
            }
            _ => {
                let d = digits_shortest(a);
                layout(neg, &d, 'r', 0, add_dot_0, alternate, upper, no_neg_0)
            }
        }
    };
    if add_pct {
        out.push('%');
    }
    out
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace()
}

/// Python's `float(s)` for a string: surrounding whitespace, an optional
/// sign, `inf`/`infinity`/`nan` in any case, or a decimal with optional
/// fraction and exponent, with single underscores allowed between digits.
/// Correctly rounded. `None` when `s` is not a valid float literal.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(is_py_space);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let v = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        parse_decimal(body)?
    };
    Some(if neg { -v } else { v })
}

/// Validates `digits [. digits] [e [sign] digits]` with Python's underscore
/// rule and parses it.
fn parse_decimal(body: &str) -> Option<f64> {
    let b = body.as_bytes();
    let mut clean: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    // Consumes a run of digits with single interior underscores.
    let digit_run = |i: &mut usize, clean: &mut Vec<u8>| -> Option<usize> {
        let mut n = 0;
        while *i < b.len() {
            let c = b[*i];
            if c.is_ascii_digit() {
                clean.push(c);
                n += 1;
                *i += 1;
            } else if c == b'_' {
                if n == 0 || *i + 1 >= b.len() || !b[*i + 1].is_ascii_digit() {
                    return None;
                }
                *i += 1;
            } else {
                break;
            }
        }
        Some(n)
    };
    let int_digits = digit_run(&mut i, &mut clean)?;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        clean.push(b'.');
        i += 1;
        frac_digits = digit_run(&mut i, &mut clean)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        clean.push(b'e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            clean.push(b[i]);
            i += 1;
        }
        if digit_run(&mut i, &mut clean)? == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    core::str::from_utf8(&clean).ok()?.parse::<f64>().ok()
}

/// Python's `round(x, ndigits)` for a float: the exact binary value rounded
/// half-even to `ndigits` decimal places (negative: tens, hundreds, ...).
/// `None` when the rounded value overflows (`OverflowError: rounded value
/// too large to represent`).
pub fn round_f64(x: f64, ndigits: i64) -> Option<f64> {
    // CPython's NDIGITS_MAX / NDIGITS_MIN.
    if ndigits > 323 {
        return Some(x);
    }
    if ndigits < -308 {
        return Some(0.0 * x);
    }
    if !x.is_finite() || x == 0.0 {
        return Some(x);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let ten = BigInt::from_u64(10);
    let mut num = BigInt::from_u64(mant);
    let mut den = BigInt::one();
    if e >= 0 {
        num = num.shl(e as u64);
    } else {
        den = den.shl((-e) as u64);
    }
    if ndigits >= 0 {
        num = num.mul(&ten.pow(ndigits as u64));
    } else {
        den = den.mul(&ten.pow(ndigits.unsigned_abs()));
    }
    let (mut q, r) = num.divmod_floor(&den)?;
    match r.shl(1).cmp(&den) {
        core::cmp::Ordering::Greater => q = q.add(&BigInt::one()),
        core::cmp::Ordering::Equal if q.is_odd() => q = q.add(&BigInt::one()),
        _ => {}
    }
    let s = format!("{}e{}", q, -ndigits);
    let v: f64 = s.parse().ok()?;
    if v.is_infinite() {
        return None;
    }
    Some(if x < 0.0 { -v } else { v })
}

/// Python's `round(x)` without `ndigits`, as a float: half-even to an
/// integer (the caller converts to int and raises for inf/nan).
pub fn round_half_even(x: f64) -> f64 {
    libm::rint(x)
}

/// Python's `(a // b, a % b)` for floats (CPython's `float_divmod`): the
/// remainder has the divisor's sign, zero results carry CPython's signs.
/// `None` when `b` is zero (`ZeroDivisionError: float divmod()`, or
/// `float floor division by zero` / `float modulo` for the operators).
pub fn float_floor_divmod(a: f64, b: f64) -> Option<(f64, f64)> {
    if b == 0.0 {
        return None;
    }
    let mut m = libm::fmod(a, b);
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = libm::copysign(0.0, b);
    }
    let floordiv = if div != 0.0 {
        let mut fd = libm::floor(div);
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        libm::copysign(0.0, a / b)
    };
    Some((floordiv, m))
}

/// Python's `a % b` for floats; `None` when `b` is zero.
pub fn float_mod(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let m = libm::fmod(a, b);
    Some(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        libm::copysign(0.0, b)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(bits: u64) -> f64 {
        f64::from_bits(bits)
    }

    /// Compares a float with CPython's repr of the expected value, bit for
    /// bit (and nan with nan).
    fn same(got: f64, want: &str) -> bool {
        let w = parse_float(want).unwrap();
        (got.is_nan() && w.is_nan()) || got.to_bits() == w.to_bits()
    }

    #[test]
    fn repr_matches_cpython_table() {
        for (bits, want) in REPR {
            assert_eq!(float_repr(f(*bits)), *want, "bits {:#x}", bits);
            assert_eq!(format_float(f(*bits), '\0', None, false), *want);
            // And it round-trips through the parser.
            assert!(same(parse_float(want).unwrap(), want));
        }
    }

    #[test]
    fn format_matches_cpython_table() {
        for (bits, ty, prec, alt, want) in FORMAT {
            let p = if *prec < 0 {
                None
            } else {
                Some(*prec as usize)
            };
            assert_eq!(
                format_float(f(*bits), *ty, p, *alt),
                *want,
                "format({:?}, '{}{}{}')",
                f(*bits),
                if *alt { "#" } else { "" },
                p.map(|p| alloc::format!(".{}", p)).unwrap_or_default(),
                ty
            );
        }
    }

    #[test]
    fn format_examples_from_the_docs() {
        assert_eq!(format_float(2.675, 'f', Some(2), false), "2.67");
        assert_eq!(format_float(0.125, 'f', Some(2), false), "0.12");
        assert_eq!(format_float(0.375, 'f', Some(2), false), "0.38");
        assert_eq!(format_float(1.0, '\0', Some(3), false), "1.0");
        assert_eq!(format_float(1234567.0, '\0', Some(3), false), "1.23e+06");
        assert_eq!(format_float(100.0, '\0', Some(3), false), "1e+02");
        assert_eq!(format_float(1.0, 'f', Some(0), true), "1.");
        assert_eq!(format_float(1.0, 'g', None, true), "1.00000");
        assert_eq!(format_float(0.5, '%', Some(1), false), "50.0%");
        assert_eq!(format_float(f64::INFINITY, 'F', None, false), "INF");
        assert_eq!(format_float(-f64::NAN, 'e', None, false), "nan");
        assert_eq!(format_float(1e300, 'f', Some(0), false).len(), 301);
        assert_eq!(format_float(5e-324, 'f', Some(1100), false).len(), 1102);
        assert_eq!(format_float(1.0, 'e', Some(1000), false).len(), 1006);
        assert_eq!(
            format_float(0.1, 'g', Some(60), false),
            "0.1000000000000000055511151231257827021181583404541015625"
        );
        assert_eq!(format_float(0.1, 'g', Some(60), true).len(), 62);
        assert_eq!(
            format_float(1e22, 'f', None, false),
            "10000000000000000000000.000000"
        );
        assert_eq!(format_float_ex(-0.0001, 'f', Some(2), false, true), "0.00");
        assert_eq!(format_float_ex(-0.0, 'g', None, false, true), "0");
        assert_eq!(format_float_ex(-0.5, 'f', Some(0), false, true), "0");
        assert_eq!(format_float_ex(-0.6, 'f', Some(0), false, true), "-1");
    }

    #[test]
    fn parse_float_follows_python_grammar() {
        let ok = [
            ("1_0.5", 10.5),
            (" 1e5 ", 100000.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("+inf", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("1.5e-3_0", 1.5e-30),
            ("1e1_0", 1e10),
            ("\t\n 3.25\x0c", 3.25),
            ("1.5E+3", 1500.0),
            ("00.00e0001", 0.0),
            ("-0", -0.0),
            ("1e999", f64::INFINITY),
            ("-1e-999", -0.0),
            ("0.1", 0.1),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
            ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", 1.7976931348623157e308),
        ];
        for (s, want) in ok {
            let got = parse_float(s).unwrap_or_else(|| panic!("{:?}", s));
            assert_eq!(got.to_bits(), want.to_bits(), "{:?}", s);
        }
        assert!(parse_float("nAn").unwrap().is_nan());
        assert!(parse_float("-nan").unwrap().is_nan());
        for bad in [
            "1_e5",
            "1._5",
            "_1",
            "1__0",
            ".",
            "e5",
            "1e",
            "1e+",
            "infinit",
            "0x10",
            "1 2",
            "+-1",
            "",
            " ",
            "1_",
            "1e5_",
            "\x1c5\x1f",
            "in f",
            "nan1",
            "1.5.2",
            "1e5e5",
            "--1",
            "١٢",
        ] {
            assert_eq!(parse_float(bad), None, "{:?}", bad);
        }
    }

    #[test]
    fn round_matches_cpython_table() {
        for (bits, n, want) in ROUND {
            let got = round_f64(f(*bits), *n);
            if *want == "overflow" {
                assert_eq!(got, None, "round({:?}, {})", f(*bits), n);
            } else {
                let g = got.unwrap();
                assert!(
                    same(g, want),
                    "round({:?}, {}) = {:?} want {}",
                    f(*bits),
                    n,
                    g,
                    want
                );
            }
        }
        assert_eq!(round_f64(f64::INFINITY, 2), Some(f64::INFINITY));
        assert!(round_f64(f64::NAN, 2).unwrap().is_nan());
        assert_eq!(round_half_even(0.5), 0.0);
        assert_eq!(round_half_even(1.5), 2.0);
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-2.5), -2.0);
        assert_eq!(round_half_even(2.6), 3.0);
    }

    #[test]
    fn divmod_matches_cpython_table() {
        for (a, b, wq, wr) in DIVMOD {
            let (q, r) = float_floor_divmod(f(*a), f(*b)).unwrap();
            assert!(
                same(q, wq),
                "divmod({:?}, {:?}) q={:?} want {}",
                f(*a),
                f(*b),
                q,
                wq
            );
            assert!(
                same(r, wr),
                "divmod({:?}, {:?}) r={:?} want {}",
                f(*a),
                f(*b),
                r,
                wr
            );
            let m = float_mod(f(*a), f(*b)).unwrap();
            assert!(same(m, wr), "{:?} % {:?}", f(*a), f(*b));
        }
        assert_eq!(float_floor_divmod(1.0, 0.0), None);
        assert_eq!(float_floor_divmod(1.0, -0.0), None);
        assert_eq!(float_mod(1.0, 0.0), None);
    }

    const REPR: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x3fb999999999999a, "0.1"),
        (0x3fc999999999999a, "0.2"),
        (0x3fd3333333333333, "0.3"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x3fe5555555555555, "0.6666666666666666"),
        (0x4341c37937e08000, "1e+16"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x4376345785d8a000, "1e+17"),
        (0x3eef75104d551d69, "1.5e-05"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3f202e4b6ce5dc68, "0.00012345"),
        (0x42dc12218377de66, "123456789012345.6"),
        (0x43118b54f22aeb03, "1234567890123456.8"),
        (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        (0x0000000000000001, "5e-324"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x4340000000000000, "9007199254740992.0"),
        (0x4340000000000001, "9007199254740994.0"),
        (0x4005666666666666, "2.675"),
        (0x3fc0000000000000, "0.125"),
        (0x3fd8000000000000, "0.375"),
        (0x4004000000000000, "2.5"),
        (0x400c000000000000, "3.5"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x54b249ad2594c37d, "1e+100"),
        (0x2b2bff2ee48e0530, "1e-100"),
        (0x405edd2f1a9fbe77, "123.456"),
        (0xc05edd2f1a9fbe77, "-123.456"),
        (0x4059000000000000, "100.0"),
        (0x408f400000000000, "1000.0"),
        (0x4132d68700000000, "1234567.0"),
        (0x3fe0000000000000, "0.5"),
        (0x3ff8000000000000, "1.5"),
        (0x4023000000000000, "9.5"),
        (0x4058e00000000000, "99.5"),
        (0x3fa999999999999a, "0.05"),
        (0x3f747ae147ae147b, "0.005"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x40c81cd6e631f8a1, "12345.6789"),
        (0x400921f9f01b866e, "3.14159"),
        (0x4005bf0a8b145769, "2.718281828459045"),
        (0x44dfe185ca57c517, "6.02214076e+23"),
        (0x3c07a4da290c1653, "1.602176634e-19"),
        (0x412e847f00000000, "999999.5"),
        (0x416312cfe0000000, "9999999.0"),
        (0x3f1a36d1bd105b06, "9.9999e-05"),
        (0x3f1a36e2eb1c432c, "9.999999999999999e-05"),
        (0x4011666666666666, "4.35"),
        (0x3ff0147ae147ae14, "1.005"),
        (0x3ff0000000000001, "1.0000000000000002"),
        (0x3fefffffffffffff, "0.9999999999999999"),
        (0x3bf1b454ecbd8d12, "5.998491108501091e-20"),
        (0x2025b757162a01de, "8.098330726096619e-154"),
        (0x3aa8d1b981ff1d96, "4.0097639767272966e-26"),
        (0xc1a2aec2128ca41d, "-156721417.27468958"),
        (0x4082050ec28b2a6b, "576.632207"),
        (0x42643d7bc0f8f4ee, "695446931399.654"),
        (0xc307b4a68c5add03, "-834068984585120.4"),
        (0x404ef604189374bc, "61.922"),
        (0xbe500fd8148fa6df, "-1.4958801561945068e-08"),
        (0x454f5c751e67b22f, "7.582663716889959e+25"),
        (0x3b5b1f05515b15dc, "8.973644024502499e-23"),
        (0xc0853302374794ea, "-678.376082"),
        (0xc08425fe28240b78, "-644.7491"),
        (0x15e9768e05f73dba, "4.060731642313985e-203"),
        (0xc08a2d70a3d70a3d, "-837.68"),
        (0x00b9ba2f9e0d5425, "3.663687576988803e-305"),
        (0x19b3a19a67c3b9fe, "7.218897852443898e-185"),
        (0xc0718ddf3b645a1d, "-280.867"),
        (0x3e36a8e96f1d9fd1, "5.2758985946105266e-09"),
        (0xc373b9c4ac469ce7, "-8.883646260063806e+16"),
        (0x418793ad2b56ef44, "49444261.41744855"),
        (0x926387a41e641766, "-4.32227148316386e-220"),
        (0xc06689999999999a, "-180.3"),
        (0xe623bca27fc73719, "-1.0482993304892852e+184"),
        (0x6942b6e5db9d1cca, "1.1191391791635193e+199"),
        (0x39299ae9ef64333f, "2.4656845288615337e-33"),
        (0x3040b1613760e399, "2.8832521743590176e-76"),
        (0xc06925c28f5c28f6, "-201.18"),
        (0xba143469af24b75f, "-6.375491041009373e-29"),
        (0x40695ae147ae147b, "202.84"),
        (0xc0811f444284dfce, "-547.90833"),
        (0x407b980000000000, "441.5"),
        (0xc07a73b645a1cac1, "-423.232"),
        (0xc08a3df7ced91687, "-839.746"),
        (0xc08ae53333333333, "-860.65"),
        (0xc082034432ca57a8, "-576.4083"),
        (0xc061451eb851eb85, "-138.16"),
        (0x3d4f3ea7b5efc4bc, "2.2200727700322598e-13"),
        (0x41c59e774d7014a5, "725413530.87563"),
        (0x4533e1a110ebf85f, "2.4035094176460703e+25"),
        (0xd8e00d0c5af43b97, "-1.2952379609123004e+120"),
        (0xc08875436b8f9b13, "-782.65792"),
        (0x435beb1be5b3073a, "3.143331768618929e+16"),
        (0xc066f044113c6866, "-183.508309"),
        (0x4036459c1cc1ccd6, "22.271913335146415"),
        (0x799667bf4f7f3536, "4.964620589705058e+277"),
        (0xc084ca3ed3953dea, "-665.280677"),
        (0xc07d82fda72a7bd5, "-472.186927"),
        (0x418d97f0e73aeef1, "62062108.90377606"),
        (0xc06a7c28f5c28f5c, "-211.88"),
        (0x673759ea1aeb35af, "1.625649917210266e+189"),
        (0xbf182d49ce69345e, "-9.222758272038739e-05"),
        (0x406f99941c8216c6, "252.79933"),
        (0x0cd07412c1b4b1b9, "5.883009042813675e-247"),
        (0x4069633333333333, "203.1"),
        (0x10b995f2e0bc4567, "4.2189194278464585e-228"),
        (0x40785476c8b43958, "389.279"),
        (0x408412a3d70a3d71, "642.33"),
        (0x42cf516de26a9c50, "68869192734008.625"),
        (0x408b4f2b020c49ba, "873.896"),
        (0xc26836d5d4a2570c, "-831993586962.7202"),
        (0x7fa3be9b3d54a854, "6.932549463614168e+306"),
        (0x65ebfdd0546a4231, "9.292079961658111e+182"),
        (0x00811fb8bbd5928a, "3.048157615940393e-306"),
        (0x41445f2359797f93, "2670150.699020335"),
        (0x4b48445d22dae265, "4.6486425008814637e+54"),
        (0x2bd36d4f0c39c2a1, "1.4211073072085821e-97"),
        (0xc4a19ae8235ea979, "-4.15688780568291e+22"),
        (0x4421d79c86530e8c, "1.645655448794341e+20"),
        (0xc25a730b765bc950, "-454397122927.1455"),
        (0x40ed7800757848c3, "60352.01433958255"),
        (0x68588dc3f5bfeda7, "4.48100495105568e+194"),
        (0xc088273333333333, "-772.9"),
        (0x043c1adb16256c2b, "2.8839404725125394e-288"),
        (0xc51610a0c4063547, "-6.668722874833853e+24"),
        (0x6159d4e59bb740bf, "9.079239843163043e+160"),
        (0x06c2874ec5eec892, "4.180953318828955e-276"),
        (0x405feeb851eb851f, "127.73"),
        (0x524a92c27f1e6318, "2.6431019503680577e+88"),
        (0xc08e776666666666, "-974.925"),
        (0x4081ac0000000000, "565.5"),
        (0x4069a00000000000, "205.0"),
        (0xeb567d37e3ea9d91, "-1.1552334131570923e+209"),
        (0x4152d82d14800f48, "4939956.320316143"),
        (0xf96b64c84cf696b5, "-7.587460306609694e+276"),
        (0x4087cf4bbb1f255f, "761.911978"),
        (0x36b834007e10c4cf, "4.239476552980463e-45"),
        (0x4da120ab29f8ecd6, "9.01874022347204e+65"),
        (0x40747fb4dcebfec1, "327.981656"),
        (0x22a57407d05b0ac1, "8.796401174669774e-142"),
        (0x39d3a2f53208a11a, "3.872627418396348e-30"),
        (0x407dde5e353f7cee, "477.898"),
        (0xc08102bac710cb29, "-544.3412"),
        (0xd2eb4eb53de4530e, "-2.7813132121949146e+91"),
        (0xc089600000000000, "-812.0"),
        (0x10dd5b2033b8a38b, "1.9362417292198516e-227"),
        (0x07d7bfa14cebb0f1, "7.023944977723989e-271"),
        (0x61d14b96946ac53b, "1.5561982530684302e+163"),
        (0x048e8ddea4c114ba, "1.0032860013925617e-286"),
        (0xc08dc80000000000, "-953.0"),
        (0x10e8448a6f46454e, "3.2012719420010384e-227"),
        (0x3ba8a2f7537a8540, "2.6085000482257725e-21"),
        (0x44dedfdf60d1426c, "5.832028580387121e+23"),
        (0xbbf7fac16a022ef6, "-8.124575287199862e-20"),
        (0xc07f728fb762d83c, "-503.160087"),
        (0x560c5b75840d2b55, "3.251867045954117e+106"),
        (0xc085e80000000000, "-701.0"),
        (0x3f039e5cc26130f9, "3.741951540856161e-05"),
        (0xbdcc68b2c1be05ae, "-5.167562924251352e-11"),
        (0x0c6bbe3e30681ebf, "7.749776041474848e-249"),
        (0xb7e7ae1909ca1871, "-2.174670936475919e-39"),
        (0xd4de85850ccaff3c, "-6.675830736248099e+100"),
        (0xd5ff8eabec520cb4, "-1.809416218324866e+106"),
        (0xc32d15c3f2266d3b, "-4093352825009821.5"),
        (0x1236a3f363a51dbc, "6.263367748134535e-221"),
        (0xba47eafaad7f1d2a, "-6.037723652661762e-28"),
        (0x1210c1633b4a2053, "1.1588267960130716e-221"),
        (0xc06e1a3d70a3d70a, "-240.82"),
        (0xc07fe1999999999a, "-510.1"),
        (0x9b1ecfe12d0a8f25, "-4.7522894314938194e-178"),
        (0x3a79cd70566e62e4, "5.210772446008501e-27"),
        (0x3aa37efb6ba04c0a, "3.149752532817036e-26"),
        (0xc07047810624dd2f, "-260.469"),
        (0x73c05de18f289084, "3.661914123097746e+249"),
        (0xe779a30b58498d4e, "-2.8556346857214685e+190"),
        (0x3a1b9ba0e826f6ea, "8.711524765145586e-29"),
        (0x22af82b11a3b61aa, "1.292014983990526e-141"),
        (0xbf750b7f3105c3a1, "-0.005137917367719875"),
        (0xbce25c640c9fffe7, "-2.0384695744074312e-15"),
        (0x824403e8bcda6672, "-9.563915954208077e-298"),
        (0x40892193a92a3055, "804.1971"),
        (0x407fd32c3c9eecc0, "509.1983"),
        (0x44e24f2aa38f86c5, "6.917036954452517e+23"),
        (0x4069666666666666, "203.2"),
        (0xc0571d4fdf3b645a, "-92.458"),
        (0x3a3f23fcccea17f9, "3.930493298148732e-28"),
        (0x3c2abe81b18e4345, "7.249020846191042e-19"),
        (0xb9c181cd4e67e06a, "-1.7263273267051835e-30"),
        (0xc0819eea161e4f76, "-563.8643"),
        (0x3700e822ff4ea7c4, "9.476580191499547e-44"),
        (0xc083cd999999999a, "-633.7"),
        (0x430c5370de7d89a2, "996630447763764.2"),
        (0x603992a52f4a8b98, "3.4287563334284445e+155"),
        (0xc6255241ad9ccf98, "-8.446242918226143e+29"),
        (0xdd156421fc97df82, "-2.547369823825722e+140"),
        (0x047f04e21fa6eae6, "5.0927574564184994e-287"),
        (0x407f260000000000, "498.375"),
        (0x1bd73ea77bfe4119, "1.4684774249531703e-174"),
        (0x4009c2b4959e6256, "3.220071"),
        (0xbf9b8ca3eb1eabda, "-0.026903687692236257"),
        (0x107aedb782a92e71, "2.7752159828539556e-229"),
        (0x4d0a152c5ae54842, "1.3412254678435114e+63"),
        (0xe403759e6f5dade1, "-6.016141597951879e+173"),
        (0x64882b09b9943c21, "1.9128032368648222e+176"),
        (0x3f4b5f05ba481892, "0.0008353021590330625"),
        (0xbc2eb8751116876a, "-8.326818048239706e-19"),
        (0xa63c6bf43ddff19e, "-1.6794682086076853e-124"),
        (0x5aa22aa6420027f0, "3.9351546548439834e+128"),
        (0xc076133333333333, "-353.2"),
        (0x7b9c6b97066fb68f, "2.704731315711857e+287"),
        (0xc080f4f355b4042a, "-542.6188158096095"),
        (0xc0b385d2c4d53291, "-4997.823315930219"),
        (0x058191a92176b7eb, "3.780774651270052e-282"),
        (0x426f083b5c384e93, "1066256753090.4554"),
        (0x40836f753a3ec02f, "621.93224"),
        (0xbb81faa4f015c61d, "-4.759022652310452e-22"),
        (0x44d83132240d790f, "4.569771963043916e+23"),
        (0x4d8ddab80433cc1d, "3.9300401996759766e+65"),
        (0x85dc84326fa52e79, "-1.9637159401352542e-280"),
        (0xc76eb3a5ac71d8b9, "-1.2753006647277367e+36"),
        (0x2a198bb98db686c0, "6.961471410595729e-106"),
        (0x4088f7af4f0d844d, "798.9606"),
        (0xbc17251ffee5e485, "-3.136735048348347e-19"),
        (0x0bd628c2a0f47491, "1.2089771673556365e-251"),
        (0x3e77ae727869f87f, "8.82202170013775e-08"),
        (0xbd0303cf544bcdaf, "-8.444304075439153e-15"),
        (0xad05d7a6c73fbb55, "-8.377056802331307e-92"),
        (0xf5a3c877193e1b85, "-4.752694741878166e+258"),
        (0x1e52832297eaddce, "1.285883065976627e-162"),
        (0xc5f340cc97469bab, "-9.533684147791362e+28"),
        (0x4086d1cf0f9d2bf5, "730.226104"),
        (0x40742fa131a8ef78, "322.976854"),
        (0xc47c4f9d820270d0, "-8.355931496179225e+21"),
        (0xc6b546a7860ca379, "-4.315284191050675e+32"),
        (0xb1238911be1e072d, "-5.528329919074899e-72"),
        (0x408d69db22d0e560, "941.232"),
        (0x3cf3238c2cb9c971, "4.249680084795759e-15"),
        (0xbfb7a990ebfcf19f, "-0.09243112336566249"),
        (0x47dff0775ae494a9, "1.6981855969360205e+38"),
        (0x408aafd70a3d70a4, "853.98"),
        (0xb9b2a726d99598fa, "-9.196607758904983e-31"),
        (0xc08b02872b020c4a, "-864.316"),
        (0xc1c8f0452f5f2332, "-836799070.7432616"),
        (0xcdb6ba470b6f5676, "-2.393500543002949e+66"),
        (0xc061266666666666, "-137.2"),
        (0x4058a851eb851eb8, "98.63"),
        (0x5c750ae7d4f7ff6b, "2.4471322433776013e+137"),
        (0x042b9869a00d29a6, "1.4158272211843839e-288"),
        (0x462197b55c55ef7b, "6.969151254209066e+29"),
        (0xc07af87ae147ae14, "-431.53"),
        (0x041588f5ebbef595, "5.524450630754822e-289"),
        (0x4495884be986f8ec, "2.5420980846478284e+22"),
        (0x3be4dafd40cf91d8, "3.533046731940284e-20"),
        (0xc307e8fae025e754, "-841261083049194.5"),
        (0x408ca06666666666, "916.05"),
        (0x39db6a80054c6b08, "5.40685578815639e-30"),
        (0x565093eae77e1226, "6.083386956273451e+107"),
        (0xc08e2365c91d14e4, "-964.4247"),
        (0x325b82ac5265df98, "4.081676015559628e-66"),
        (0x2ff0e7c543e0298d, "9.124842793934739e-78"),
        (0x3b592de48c048dcf, "8.331121129547301e-23"),
        (0xc042a8f5c28f5c29, "-37.32"),
        (0x120eb1239119258b, "1.0613476718152e-221"),
        (0x4701bc1066210c7e, "1.151042985732542e+34"),
        (0xbbc9a395f503e452, "-1.0858541795356107e-20"),
        (0x32c94a4eb0098287, "4.802908146329778e-64"),
        (0x404ff851eb851eb8, "63.94"),
        (0xc089a81a9003eea2, "-821.01297"),
        (0xc06c533333333333, "-226.6"),
        (0x4080e00000000000, "540.0"),
        (0xc089dd7ced916873, "-827.686"),
        (0xc07dc5c28f5c28f6, "-476.36"),
        (0x40730d22c669057d, "304.82099"),
        (0xc0605c7ae147ae14, "-130.89"),
        (0x125a4f6dec970aa9, "2.9114444285433604e-220"),
        (0x11623d41d79eb863, "6.159437874217593e-225"),
        (0xc051f5a1cac08312, "-71.838"),
        (0x409deefc22e775ac, "1915.7462268987247"),
        (0xba1978c82181a889, "-8.037484067098059e-29"),
        (0xc056c00000000000, "-91.0"),
        (0x71c0cdd36f9bb8fe, "8.753856608280907e+239"),
        (0x407ca33333333333, "458.2"),
        (0x461e5549e8df1a6b, "6.00810113138032e+29"),
        (0xc510d9596c364560, "-5.092304049583856e+24"),
        (0x982ac414bea6c611, "-2.9332920450637422e-192"),
        (0xa07dff41c4deb9e4, "-3.5796571624409103e-152"),
        (0xc08b800000000000, "-880.0"),
        (0x7841e03b383f6e18, "1.8887484244358697e+271"),
        (0xe06de313845e75de, "-3.2057550207405573e+156"),
        (0xc47014c0dd40c571, "-4.7462934964144e+21"),
        (0x40744b3333333333, "324.7"),
        (0xba151456dbe5ec69, "-6.651501717907014e-29"),
        (0xc081e804007570c5, "-573.001954"),
        (0x4080fa1c74fb54a0, "543.263895"),
        (0x3c442bd7ad2ec1a4, "2.1869723601669685e-18"),
        (0x3d73dd01a502e1a7, "1.1290982424854031e-12"),
        (0x20a382200757aef7, "1.86239433699109e-151"),
        (0x7d8f71111baba837, "6.4258608121587776e+296"),
        (0x407a77851eb851ec, "423.47"),
        (0xc08f0770a3d70a3d, "-992.93"),
        (0x3dc324c7e7a2fb2c, "3.48221425258878e-11"),
        (0x408b31999999999a, "870.2"),
        (0xbd97ae4c43b7ddc8, "-5.38440217594363e-12"),
        (0xc08a53af8df7a4e8, "-842.46072"),
        (0x4076a00000000000, "362.0"),
        (0xc08dcecf8df7a4e8, "-953.851345"),
        (0x405aa7ee17a02fb6, "106.623907"),
        (0x00ed2391a6ac1bb9, "3.3196183730384046e-304"),
        (0x226085fb6085f413, "4.234387669081548e-143"),
        (0xc084a87e90ff9724, "-661.0618"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x7ff8000000000000, "nan"),
    ];
    const FORMAT: &[(u64, char, i64, bool, &str)] = &[
    (0x0000000000000000, 'e', 1, true, "0.0e+00"),
    (0x0000000000000000, 'e', 17, true, "0.00000000000000000e+00"),
    (0x0000000000000000, 'f', 0, true, "0."),
    (0x0000000000000000, 'e', 3, false, "0.000e+00"),
    (0x8000000000000000, 'g', 2, false, "-0"),
    (0x8000000000000000, 'G', -1, false, "-0"),
    (0x8000000000000000, '%', 10, false, "-0.0000000000%"),
    (0x8000000000000000, 'f', -1, true, "-0.000000"),
    (0x3ff0000000000000, 'e', 17, true, "1.00000000000000000e+00"),
    (0x3ff0000000000000, 'E', 25, true, "1.0000000000000000000000000E+00"),
    (0x3ff0000000000000, 'g', -1, true, "1.00000"),
    (0x3ff0000000000000, 'G', -1, false, "1"),
    (0xbff0000000000000, 'n', 1, false, "-1"),
    (0xbff0000000000000, 'F', 10, false, "-1.0000000000"),
    (0xbff0000000000000, 'F', 3, true, "-1.000"),
    (0xbff0000000000000, 'g', 3, false, "-1"),
    (0x3fb999999999999a, 'F', 2, true, "0.10"),
    (0x3fb999999999999a, 'e', 17, true, "1.00000000000000006e-01"),
    (0x3fb999999999999a, 'F', 3, true, "0.100"),
    (0x3fb999999999999a, 'F', 5, false, "0.10000"),
    (0x3fc999999999999a, '%', 0, false, "20%"),
    (0x3fc999999999999a, 'E', 5, false, "2.00000E-01"),
    (0x3fc999999999999a, 'n', 3, true, "0.200"),
    (0x3fc999999999999a, 'E', 0, true, "2.E-01"),
    (0x3fd3333333333333, '\0', 25, true, "0.2999999999999999888977698"),
    (0x3fd3333333333333, 'f', 3, true, "0.300"),
    (0x3fd3333333333333, 'e', -1, false, "3.000000e-01"),
    (0x3fd3333333333333, 'n', 2, true, "0.30"),
    (0x3fd5555555555555, 'f', 10, true, "0.3333333333"),
    (0x3fd5555555555555, 'g', 3, true, "0.333"),
    (0x3fd5555555555555, '%', 25, true, "33.3333333333333285963817616%"),
    (0x3fd5555555555555, 'G', 3, false, "0.333"),
    (0x3fe5555555555555, 'G', 0, false, "0.7"),
    (0x3fe5555555555555, 'E', 25, true, "6.6666666666666662965923251E-01"),
    (0x3fe5555555555555, 'n', 10, true, "0.6666666667"),
    (0x3fe5555555555555, 'F', 1, true, "0.7"),
    (0x4341c37937e08000, 'F', -1, false, "10000000000000000.000000"),
    (0x4341c37937e08000, '%', -1, true, "1000000000000000000.000000%"),
    (0x4341c37937e08000, '\0', 1, false, "1e+16"),
    (0x4341c37937e08000, '%', 3, false, "1000000000000000000.000%"),
    (0x430c6bf526340000, 'F', 25, true, "1000000000000000.0000000000000000000000000"),
    (0x430c6bf526340000, 'G', 25, false, "1000000000000000"),
    (0x430c6bf526340000, 'f', 17, false, "1000000000000000.00000000000000000"),
    (0x430c6bf526340000, '%', 2, false, "100000000000000000.00%"),
    (0x4341c37937e07fff, 'F', 1, false, "9999999999999998.0"),
    (0x4341c37937e07fff, 'g', -1, false, "1e+16"),
    (0x4341c37937e07fff, '\0', 2, false, "1e+16"),
    (0x4341c37937e07fff, 'e', 3, true, "1.000e+16"),
    (0x4376345785d8a000, 'F', -1, true, "100000000000000000.000000"),
    (0x4376345785d8a000, 'g', 17, true, "1.0000000000000000e+17"),
    (0x4376345785d8a000, '%', 5, true, "10000000000000000000.00000%"),
    (0x4376345785d8a000, 'f', 25, false, "100000000000000000.0000000000000000000000000"),
    (0x3eef75104d551d69, 'E', 2, true, "1.50E-05"),
    (0x3eef75104d551d69, '\0', 17, true, "1.5000000000000000e-05"),
    (0x3eef75104d551d69, 'e', 3, true, "1.500e-05"),
    (0x3eef75104d551d69, 'f', 3, false, "0.000"),
    (0x3ee4f8b588e368f1, 'e', 3, false, "1.000e-05"),
    (0x3ee4f8b588e368f1, 'f', 17, false, "0.00001000000000000"),
    (0x3ee4f8b588e368f1, 'F', 17, true, "0.00001000000000000"),
    (0x3ee4f8b588e368f1, '%', 0, true, "0.%"),
    (0x3f1a36e2eb1c432d, 'e', 0, true, "1.e-04"),
    (0x3f1a36e2eb1c432d, 'E', -1, false, "1.000000E-04"),
    (0x3f1a36e2eb1c432d, 'E', 1, false, "1.0E-04"),
    (0x3f1a36e2eb1c432d, 'f', 2, true, "0.00"),
    (0x3f202e4b6ce5dc68, 'e', 1, false, "1.2e-04"),
    (0x3f202e4b6ce5dc68, 'F', 3, true, "0.000"),
    (0x3f202e4b6ce5dc68, 'E', 1, false, "1.2E-04"),
    (0x3f202e4b6ce5dc68, 'E', 10, true, "1.2345000000E-04"),
    (0x42dc12218377de66, 'E', -1, true, "1.234568E+14"),
    (0x42dc12218377de66, 'e', 25, true, "1.2345678901234559375000000e+14"),
    (0x42dc12218377de66, 'E', 0, false, "1E+14"),
    (0x42dc12218377de66, 'e', 1, false, "1.2e+14"),
    (0x43118b54f22aeb03, 'F', 17, false, "1234567890123456.75000000000000000"),
    (0x43118b54f22aeb03, 'G', 1, true, "1.E+15"),
    (0x43118b54f22aeb03, 'f', 3, false, "1234567890123456.750"),
    (0x43118b54f22aeb03, '%', 1, true, "123456789012345680.0%"),
    (0x4345ee2a2eb5a5c4, 'G', 3, false, "1.23E+16"),
    (0x4345ee2a2eb5a5c4, 'n', 3, true, "1.23e+16"),
    (0x4345ee2a2eb5a5c4, 'e', 10, false, "1.2345678901e+16"),
    (0x4345ee2a2eb5a5c4, '%', -1, true, "1234567890123456768.000000%"),
    (0x0000000000000001, 'f', 5, false, "0.00000"),
    (0x0000000000000001, '%', 10, false, "0.0000000000%"),
    (0x0000000000000001, 'f', 17, false, "0.00000000000000000"),
    (0x0000000000000001, '\0', 1, true, "5.e-324"),
    (0x0010000000000000, '%', 5, false, "0.00000%"),
    (0x0010000000000000, 'g', 5, false, "2.2251e-308"),
    (0x0010000000000000, 'E', -1, true, "2.225074E-308"),
    (0x0010000000000000, 'G', -1, false, "2.22507E-308"),
    (0x7fefffffffffffff, 'f', 3, false, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"),
    (0x7fefffffffffffff, 'g', 2, true, "1.8e+308"),
    (0x7fefffffffffffff, 'g', 2, false, "1.8e+308"),
    (0x7fefffffffffffff, 'n', 3, true, "1.80e+308"),
    (0x4340000000000000, 'e', 5, false, "9.00720e+15"),
    (0x4340000000000000, 'F', -1, true, "9007199254740992.000000"),
    (0x4340000000000000, 'f', 17, true, "9007199254740992.00000000000000000"),
    (0x4340000000000000, 'e', 5, true, "9.00720e+15"),
    (0x4340000000000001, '\0', 1, true, "9.e+15"),
    (0x4340000000000001, '\0', 17, true, "9007199254740994.0"),
    (0x4340000000000001, 'g', 3, false, "9.01e+15"),
    (0x4340000000000001, 'F', 2, false, "9007199254740994.00"),
    (0x4005666666666666, 'n', 10, false, "2.675"),
    (0x4005666666666666, '%', 5, true, "267.50000%"),
    (0x4005666666666666, 'E', 5, false, "2.67500E+00"),
    (0x4005666666666666, 'F', 17, true, "2.67499999999999982"),
    (0x3fc0000000000000, '\0', 17, true, "0.12500000000000000"),
    (0x3fc0000000000000, 'G', 25, false, "0.125"),
    (0x3fc0000000000000, 'F', -1, false, "0.125000"),
    (0x3fc0000000000000, 'E', 10, true, "1.2500000000E-01"),
    (0x3fd8000000000000, 'e', 3, false, "3.750e-01"),
    (0x3fd8000000000000, 'f', 1, true, "0.4"),
    (0x3fd8000000000000, '%', 17, true, "37.50000000000000000%"),
    (0x3fd8000000000000, 'E', 10, false, "3.7500000000E-01"),
    (0x4004000000000000, 'f', 5, false, "2.50000"),
    (0x4004000000000000, 'f', 17, true, "2.50000000000000000"),
    (0x4004000000000000, 'E', 17, true, "2.50000000000000000E+00"),
    (0x4004000000000000, 'f', 2, true, "2.50"),
    (0x400c000000000000, 'n', 25, false, "3.5"),
    (0x400c000000000000, '%', -1, true, "350.000000%"),
    (0x400c000000000000, 'E', -1, true, "3.500000E+00"),
    (0x400c000000000000, 'n', 2, false, "3.5"),
    (0x4480f0cf064dd592, 'F', 10, true, "10000000000000000000000.0000000000"),
    (0x4480f0cf064dd592, 'E', 0, false, "1E+22"),
    (0x4480f0cf064dd592, 'F', 2, true, "10000000000000000000000.00"),
    (0x4480f0cf064dd592, 'f', 25, true, "10000000000000000000000.0000000000000000000000000"),
    (0x44b52d02c7e14af6, '\0', 2, false, "1e+23"),
    (0x44b52d02c7e14af6, '\0', 5, true, "1.0000e+23"),
    (0x44b52d02c7e14af6, 'e', 1, false, "1.0e+23"),
    (0x44b52d02c7e14af6, 'n', 10, true, "1.000000000e+23"),
    (0x54b249ad2594c37d, '%', 1, false, "999999999999999977049513265245336628446842719924150006129995974731993452180789911303261294481511546880.0%"),
    (0x54b249ad2594c37d, 'n', 5, true, "1.0000e+100"),
    (0x54b249ad2594c37d, '%', 3, false, "999999999999999977049513265245336628446842719924150006129995974731993452180789911303261294481511546880.000%"),
    (0x54b249ad2594c37d, 'n', 17, false, "1e+100"),
    (0x2b2bff2ee48e0530, 'F', 17, true, "0.00000000000000000"),
    (0x2b2bff2ee48e0530, 'n', 0, true, "1.e-100"),
    (0x2b2bff2ee48e0530, 'F', 5, false, "0.00000"),
    (0x2b2bff2ee48e0530, '\0', 2, false, "1e-100"),
    (0x405edd2f1a9fbe77, '%', 1, false, "12345.6%"),
    (0x405edd2f1a9fbe77, 'E', 17, true, "1.23456000000000003E+02"),
    (0x405edd2f1a9fbe77, '\0', 25, true, "123.4560000000000030695446"),
    (0x405edd2f1a9fbe77, '%', 5, false, "12345.60000%"),
    (0xc05edd2f1a9fbe77, '\0', 5, true, "-123.46"),
    (0xc05edd2f1a9fbe77, 'g', 25, false, "-123.4560000000000030695446"),
    (0xc05edd2f1a9fbe77, '%', 17, false, "-12345.60000000000036380%"),
    (0xc05edd2f1a9fbe77, 'F', 3, false, "-123.456"),
    (0x4059000000000000, '\0', 1, true, "1.e+02"),
    (0x4059000000000000, 'n', 5, true, "100.00"),
    (0x4059000000000000, 'E', 3, true, "1.000E+02"),
    (0x4059000000000000, 'E', 25, false, "1.0000000000000000000000000E+02"),
    (0x408f400000000000, 'e', 25, true, "1.0000000000000000000000000e+03"),
    (0x408f400000000000, 'f', 2, true, "1000.00"),
    (0x408f400000000000, 'n', 5, false, "1000"),
    (0x408f400000000000, 'F', 2, false, "1000.00"),
    (0x4132d68700000000, '\0', 3, true, "1.23e+06"),
    (0x4132d68700000000, 'E', 17, false, "1.23456700000000000E+06"),
    (0x4132d68700000000, '\0', 3, false, "1.23e+06"),
    (0x4132d68700000000, 'n', 1, true, "1.e+06"),
    (0x3fe0000000000000, 'G', 25, true, "0.5000000000000000000000000"),
    (0x3fe0000000000000, 'g', 0, false, "0.5"),
    (0x3fe0000000000000, 'e', 1, false, "5.0e-01"),
    (0x3fe0000000000000, 'g', -1, false, "0.5"),
    (0x3ff8000000000000, 'G', 3, false, "1.5"),
    (0x3ff8000000000000, 'f', 5, true, "1.50000"),
    (0x3ff8000000000000, 'G', 0, false, "2"),
    (0x3ff8000000000000, 'n', 3, true, "1.50"),
    (0x4023000000000000, 'e', 10, true, "9.5000000000e+00"),
    (0x4023000000000000, 'E', -1, false, "9.500000E+00"),
    (0x4023000000000000, 'n', 3, true, "9.50"),
    (0x4023000000000000, 'f', 17, false, "9.50000000000000000"),
    (0x4058e00000000000, '\0', 1, false, "1e+02"),
    (0x4058e00000000000, 'F', 5, false, "99.50000"),
    (0x4058e00000000000, 'G', 0, false, "1E+02"),
    (0x4058e00000000000, 'E', 17, true, "9.95000000000000000E+01"),
    (0x3fa999999999999a, 'f', 0, true, "0."),
    (0x3fa999999999999a, 'n', 25, true, "0.05000000000000000277555756"),
    (0x3fa999999999999a, '%', 17, true, "5.00000000000000000%"),
    (0x3fa999999999999a, 'g', 25, true, "0.05000000000000000277555756"),
    (0x3f747ae147ae147b, 'n', -1, true, "0.00500000"),
    (0x3f747ae147ae147b, '%', 5, false, "0.50000%"),
    (0x3f747ae147ae147b, 'f', 2, true, "0.01"),
    (0x3f747ae147ae147b, 'g', 17, true, "0.0050000000000000001"),
    (0x3e7ad7f29abcaf48, 'G', 1, true, "1.E-07"),
    (0x3e7ad7f29abcaf48, 'F', 3, false, "0.000"),
    (0x3e7ad7f29abcaf48, 'f', 25, true, "0.0000000999999999999999955"),
    (0x3e7ad7f29abcaf48, 'F', 25, true, "0.0000000999999999999999955"),
    (0x40c81cd6e631f8a1, 'F', 25, true, "12345.6789000000007945345714688"),
    (0x40c81cd6e631f8a1, 'F', 0, false, "12346"),
    (0x40c81cd6e631f8a1, 'n', 10, false, "12345.6789"),
    (0x40c81cd6e631f8a1, '\0', 0, true, "1.e+04"),
    (0x400921f9f01b866e, 'n', 2, true, "3.1"),
    (0x400921f9f01b866e, 'E', 3, false, "3.142E+00"),
    (0x400921f9f01b866e, '%', 17, true, "314.15899999999999181%"),
    (0x400921f9f01b866e, 'n', 0, false, "3"),
    (0x4005bf0a8b145769, 'E', 17, false, "2.71828182845904509E+00"),
    (0x4005bf0a8b145769, '%', 10, true, "271.8281828459%"),
    (0x4005bf0a8b145769, 'F', 25, true, "2.7182818284590450907955983"),
    (0x4005bf0a8b145769, 'F', 5, true, "2.71828"),
    (0x44dfe185ca57c517, '%', 3, true, "60221407599999998970822656.000%"),
    (0x44dfe185ca57c517, 'f', 3, false, "602214075999999987023872.000"),
    (0x44dfe185ca57c517, 'F', -1, true, "602214075999999987023872.000000"),
    (0x44dfe185ca57c517, 'n', 17, true, "6.0221407599999999e+23"),
    (0x3c07a4da290c1653, 'g', 1, true, "2.e-19"),
    (0x3c07a4da290c1653, 'e', 2, true, "1.60e-19"),
    (0x3c07a4da290c1653, '\0', 2, true, "1.6e-19"),
    (0x3c07a4da290c1653, '%', 3, true, "0.000%"),
    (0x412e847f00000000, 'F', 25, true, "999999.5000000000000000000000000"),
    (0x412e847f00000000, 'e', 1, false, "1.0e+06"),
    (0x412e847f00000000, 'G', 0, true, "1.E+06"),
    (0x412e847f00000000, 'e', 0, true, "1.e+06"),
    (0x416312cfe0000000, 'G', 2, false, "1E+07"),
    (0x416312cfe0000000, 'E', 17, false, "9.99999900000000000E+06"),
    (0x416312cfe0000000, 'n', 17, true, "9999999.0000000000"),
    (0x416312cfe0000000, '\0', 5, true, "1.0000e+07"),
    (0x3f1a36d1bd105b06, 'F', 17, true, "0.00009999900000000"),
    (0x3f1a36d1bd105b06, '\0', 25, true, "9.999900000000000259946231e-05"),
    (0x3f1a36d1bd105b06, 'E', 1, true, "1.0E-04"),
    (0x3f1a36d1bd105b06, 'E', 25, true, "9.9999000000000002599462312E-05"),
    (0x3f1a36e2eb1c432c, 'G', 3, true, "0.000100"),
    (0x3f1a36e2eb1c432c, '\0', 1, true, "0.0001"),
    (0x3f1a36e2eb1c432c, 'n', 0, false, "0.0001"),
    (0x3f1a36e2eb1c432c, 'n', 5, true, "0.00010000"),
    (0x4011666666666666, 'f', 5, false, "4.35000"),
    (0x4011666666666666, '\0', 5, true, "4.3500"),
    (0x4011666666666666, 'G', 1, true, "4."),
    (0x4011666666666666, 'f', 10, true, "4.3500000000"),
    (0x3ff0147ae147ae14, 'f', 0, true, "1."),
    (0x3ff0147ae147ae14, 'e', 2, false, "1.00e+00"),
    (0x3ff0147ae147ae14, '\0', 1, true, "1.e+00"),
    (0x3ff0147ae147ae14, 'E', 3, false, "1.005E+00"),
    (0x3ff0000000000001, '%', 17, true, "100.00000000000002842%"),
    (0x3ff0000000000001, 'E', 3, false, "1.000E+00"),
    (0x3ff0000000000001, 'n', 5, true, "1.0000"),
    (0x3ff0000000000001, '%', 0, true, "100.%"),
    (0x3fefffffffffffff, 'g', 2, false, "1"),
    (0x3fefffffffffffff, '\0', 0, true, "1.e+00"),
    (0x3fefffffffffffff, 'G', 10, false, "1"),
    (0x3fefffffffffffff, 'n', 1, true, "1."),
    (0x3bf1b454ecbd8d12, '\0', 2, true, "6.0e-20"),
    (0x3bf1b454ecbd8d12, '%', 25, false, "0.0000000000000000059984911%"),
    (0x3bf1b454ecbd8d12, 'e', -1, false, "5.998491e-20"),
    (0x3bf1b454ecbd8d12, 'n', 10, false, "5.998491109e-20"),
    (0x2025b757162a01de, 'E', 0, true, "8.E-154"),
    (0x2025b757162a01de, '%', 3, false, "0.000%"),
    (0x2025b757162a01de, 'n', 1, false, "8e-154"),
    (0x2025b757162a01de, 'n', 2, false, "8.1e-154"),
    (0x3aa8d1b981ff1d96, 'n', 3, false, "4.01e-26"),
    (0x3aa8d1b981ff1d96, 'G', 1, false, "4E-26"),
    (0x3aa8d1b981ff1d96, 'F', 3, false, "0.000"),
    (0x3aa8d1b981ff1d96, 'g', 25, false, "4.009763976727296592550943e-26"),
    (0xc1a2aec2128ca41d, 'g', 5, false, "-1.5672e+08"),
    (0xc1a2aec2128ca41d, 'E', 3, false, "-1.567E+08"),
    (0xc1a2aec2128ca41d, 'e', 2, false, "-1.57e+08"),
    (0xc1a2aec2128ca41d, 'E', 10, false, "-1.5672141727E+08"),
    (0x4082050ec28b2a6b, 'f', 1, true, "576.6"),
    (0x4082050ec28b2a6b, 'F', 3, false, "576.632"),
    (0x4082050ec28b2a6b, 'g', -1, false, "576.632"),
    (0x4082050ec28b2a6b, 'n', -1, false, "576.632"),
    (0x42643d7bc0f8f4ee, 'f', 25, true, "695446931399.6540527343750000000000000"),
    (0x42643d7bc0f8f4ee, 'F', 1, false, "695446931399.7"),
    (0x42643d7bc0f8f4ee, 'n', -1, false, "6.95447e+11"),
    (0x42643d7bc0f8f4ee, '%', 17, false, "69544693139965.40625000000000000%"),
    (0xc307b4a68c5add03, 'e', 5, true, "-8.34069e+14"),
    (0xc307b4a68c5add03, 'g', 2, true, "-8.3e+14"),
    (0xc307b4a68c5add03, 'F', -1, true, "-834068984585120.375000"),
    (0xc307b4a68c5add03, 'G', 2, true, "-8.3E+14"),
    (0x404ef604189374bc, '%', 5, false, "6192.20000%"),
    (0x404ef604189374bc, 'F', 5, true, "61.92200"),
    (0x404ef604189374bc, 'e', 17, false, "6.19219999999999970e+01"),
    (0x404ef604189374bc, 'f', 3, true, "61.922"),
    (0xbe500fd8148fa6df, 'f', 25, false, "-0.0000000149588015619450676"),
    (0xbe500fd8148fa6df, 'n', 2, false, "-1.5e-08"),
    (0xbe500fd8148fa6df, 'E', 1, false, "-1.5E-08"),
    (0xbe500fd8148fa6df, 'E', 0, true, "-1.E-08"),
    (0x454f5c751e67b22f, 'G', 2, true, "7.6E+25"),
    (0x454f5c751e67b22f, 'f', 5, true, "75826637168899588930666496.00000"),
    (0x454f5c751e67b22f, '\0', 5, false, "7.5827e+25"),
    (0x454f5c751e67b22f, '%', 0, true, "7582663716889959202304294912.%"),
    (0x3b5b1f05515b15dc, 'n', 17, true, "8.9736440245024994e-23"),
    (0x3b5b1f05515b15dc, 'f', -1, true, "0.000000"),
    (0x3b5b1f05515b15dc, 'f', 25, true, "0.0000000000000000000000897"),
    (0x3b5b1f05515b15dc, 'n', -1, true, "8.97364e-23"),
    (0xc0853302374794ea, '%', -1, true, "-67837.608200%"),
    (0xc0853302374794ea, 'g', 1, false, "-7e+02"),
    (0xc0853302374794ea, 'E', 3, true, "-6.784E+02"),
    (0xc0853302374794ea, 'E', 0, true, "-7.E+02"),
    (0xc08425fe28240b78, 'e', 25, true, "-6.4474909999999999854480848e+02"),
    (0xc08425fe28240b78, 'g', 10, false, "-644.7491"),
    (0xc08425fe28240b78, '%', 25, false, "-64474.9100000000034924596548080%"),
    (0xc08425fe28240b78, 'f', -1, false, "-644.749100"),
    (0x15e9768e05f73dba, 'F', 1, true, "0.0"),
    (0x15e9768e05f73dba, '\0', 0, true, "4.e-203"),
    (0x15e9768e05f73dba, 'E', -1, true, "4.060732E-203"),
    (0x15e9768e05f73dba, 'e', 25, true, "4.0607316423139850502461099e-203"),
    (0xc08a2d70a3d70a3d, 'G', 10, false, "-837.68"),
    (0xc08a2d70a3d70a3d, 'F', 3, true, "-837.680"),
    (0xc08a2d70a3d70a3d, '\0', 1, true, "-8.e+02"),
    (0xc08a2d70a3d70a3d, 'g', 0, false, "-8e+02"),
    (0x00b9ba2f9e0d5425, '%', 10, true, "0.0000000000%"),
    (0x00b9ba2f9e0d5425, 'f', 17, false, "0.00000000000000000"),
    (0x00b9ba2f9e0d5425, '\0', 25, true, "3.663687576988803031086890e-305"),
    (0x00b9ba2f9e0d5425, 'g', 10, false, "3.663687577e-305"),
    (0x19b3a19a67c3b9fe, 'n', 2, false, "7.2e-185"),
    (0x19b3a19a67c3b9fe, '%', 0, false, "0%"),
    (0x19b3a19a67c3b9fe, 'n', 5, false, "7.2189e-185"),
    (0x19b3a19a67c3b9fe, 'g', 5, true, "7.2189e-185"),
    (0xc0718ddf3b645a1d, 'f', 2, true, "-280.87"),
    (0xc0718ddf3b645a1d, '%', 2, false, "-28086.70%"),
    (0xc0718ddf3b645a1d, 'E', 25, false, "-2.8086700000000001864464139E+02"),
    (0xc0718ddf3b645a1d, 'F', 1, true, "-280.9"),
    (0x3e36a8e96f1d9fd1, 'f', -1, false, "0.000000"),
    (0x3e36a8e96f1d9fd1, 'G', 17, false, "5.2758985946105266E-09"),
    (0x3e36a8e96f1d9fd1, '%', 5, false, "0.00000%"),
    (0x3e36a8e96f1d9fd1, '%', 17, true, "0.00000052758985946%"),
    (0xc373b9c4ac469ce7, 'F', 5, false, "-88836462600638064.00000"),
    (0xc373b9c4ac469ce7, 'G', 1, true, "-9.E+16"),
    (0xc373b9c4ac469ce7, 'G', 2, true, "-8.9E+16"),
    (0xc373b9c4ac469ce7, 'g', 25, true, "-88836462600638064.00000000"),
    (0x418793ad2b56ef44, 'E', -1, true, "4.944426E+07"),
    (0x418793ad2b56ef44, 'n', 17, false, "49444261.41744855"),
    (0x418793ad2b56ef44, '\0', 1, true, "5.e+07"),
    (0x418793ad2b56ef44, 'e', 5, true, "4.94443e+07"),
    (0x926387a41e641766, 'F', -1, false, "-0.000000"),
    (0x926387a41e641766, '%', 25, true, "-0.0000000000000000000000000%"),
    (0x926387a41e641766, '\0', 2, true, "-4.3e-220"),
    (0x926387a41e641766, '\0', 5, false, "-4.3223e-220"),
    (0xc06689999999999a, 'e', 1, true, "-1.8e+02"),
    (0xc06689999999999a, '%', 1, true, "-18030.0%"),
    (0xc06689999999999a, '%', -1, true, "-18030.000000%"),
    (0xc06689999999999a, '\0', 5, false, "-180.3"),
    (0xe623bca27fc73719, 'e', 17, false, "-1.04829933048928516e+184"),
    (0xe623bca27fc73719, 'F', -1, true, "-10482993304892851628242882327170160199437413100404037879716654326329998557058164587561080921838075069821837127515507614286928820609666549586925216136704632928911341386357094804294205440.000000"),
    (0xe623bca27fc73719, 'E', 1, true, "-1.0E+184"),
    (0xe623bca27fc73719, '%', 1, true, "-1048299330489285155276363383073933315460632148063866006137822991800118998953403858264859767399509802809930262396233226345756131999438965159151352353820878027768265635770317393130629890048.0%"),
    (0x6942b6e5db9d1cca, 'n', 2, true, "1.1e+199"),
    (0x6942b6e5db9d1cca, 'n', 25, false, "1.119139179163519262049261e+199"),
    (0x6942b6e5db9d1cca, 'G', 17, true, "1.1191391791635193E+199"),
    (0x6942b6e5db9d1cca, '%', 17, false, "1119139179163519313038508079625328463057996262542712660688735934746020492186598041152725242539807187413728749268778908296684687542009150019310861463484600305510628677770252139324855692342008281235980288.00000000000000000%"),
    (0x39299ae9ef64333f, 'e', 1, false, "2.5e-33"),
    (0x39299ae9ef64333f, 'f', 10, false, "0.0000000000"),
    (0x39299ae9ef64333f, 'F', 0, true, "0."),
    (0x39299ae9ef64333f, 'E', -1, true, "2.465685E-33"),
    (0x3040b1613760e399, 'F', 3, true, "0.000"),
    (0x3040b1613760e399, '\0', 5, false, "2.8833e-76"),
    (0x3040b1613760e399, 'G', 3, true, "2.88E-76"),
    (0x3040b1613760e399, 'f', 2, true, "0.00"),
    (0xc06925c28f5c28f6, 'E', 25, true, "-2.0118000000000000682121026E+02"),
    (0xc06925c28f5c28f6, 'F', 0, true, "-201."),
    (0xc06925c28f5c28f6, 'g', 3, false, "-201"),
    (0xc06925c28f5c28f6, 'G', 3, false, "-201"),
    (0xba143469af24b75f, 'G', -1, true, "-6.37549E-29"),
    (0xba143469af24b75f, 'e', 25, false, "-6.3754910410093728166987678e-29"),
    (0xba143469af24b75f, 'n', 1, true, "-6.e-29"),
    (0xba143469af24b75f, 'n', 0, false, "-6e-29"),
    (0x40695ae147ae147b, '%', 17, false, "20284.00000000000000000%"),
    (0x40695ae147ae147b, 'e', 3, false, "2.028e+02"),
    (0x40695ae147ae147b, 'f', 17, false, "202.84000000000000341"),
    (0x40695ae147ae147b, 'G', 17, true, "202.84000000000000"),
    (0xc0811f444284dfce, '\0', 25, false, "-547.9083299999999780993676"),
    (0xc0811f444284dfce, 'G', 10, true, "-547.9083300"),
    (0xc0811f444284dfce, 'E', 25, false, "-5.4790832999999997809936758E+02"),
    (0xc0811f444284dfce, 'e', 0, false, "-5e+02"),
    (0x407b980000000000, 'g', 3, false, "442"),
    (0x407b980000000000, '\0', 5, true, "441.50"),
    (0x407b980000000000, 'g', 5, false, "441.5"),
    (0x407b980000000000, 'f', 10, true, "441.5000000000"),
    (0xc07a73b645a1cac1, 'F', 17, true, "-423.23200000000002774"),
    (0xc07a73b645a1cac1, 'G', 0, true, "-4.E+02"),
    (0xc07a73b645a1cac1, 'E', 10, true, "-4.2323200000E+02"),
    (0xc07a73b645a1cac1, 'F', 3, true, "-423.232"),
    (0xc08a3df7ced91687, '%', 10, false, "-83974.6000000000%"),
    (0xc08a3df7ced91687, 'g', 0, true, "-8.e+02"),
    (0xc08a3df7ced91687, '%', 3, true, "-83974.600%"),
    (0xc08a3df7ced91687, 'G', 1, false, "-8E+02"),
    (0xc08ae53333333333, 'n', 17, true, "-860.64999999999998"),
    (0xc08ae53333333333, 'G', 5, false, "-860.65"),
    (0xc08ae53333333333, 'f', 1, false, "-860.6"),
    (0xc08ae53333333333, 'e', 2, true, "-8.61e+02"),
    (0xc082034432ca57a8, 'E', -1, false, "-5.764083E+02"),
    (0xc082034432ca57a8, 'n', 1, true, "-6.e+02"),
    (0xc082034432ca57a8, '\0', 1, true, "-6.e+02"),
    (0xc082034432ca57a8, 'e', 5, true, "-5.76408e+02"),
    (0xc061451eb851eb85, '\0', 2, true, "-1.4e+02"),
    (0xc061451eb851eb85, 'g', 3, true, "-138."),
    (0xc061451eb851eb85, '\0', 0, false, "-1e+02"),
    (0xc061451eb851eb85, 'g', 0, false, "-1e+02"),
    (0x3d4f3ea7b5efc4bc, '%', 5, false, "0.00000%"),
    (0x3d4f3ea7b5efc4bc, 'e', 3, true, "2.220e-13"),
    (0x3d4f3ea7b5efc4bc, 'e', 5, true, "2.22007e-13"),
    (0x3d4f3ea7b5efc4bc, '%', 10, false, "0.0000000000%"),
    (0x41c59e774d7014a5, 'f', 5, true, "725413530.87563"),
    (0x41c59e774d7014a5, 'f', 1, false, "725413530.9"),
    (0x41c59e774d7014a5, 'g', -1, true, "7.25414e+08"),
    (0x41c59e774d7014a5, 'G', 2, false, "7.3E+08"),
    (0x4533e1a110ebf85f, 'g', 10, false, "2.403509418e+25"),
    (0x4533e1a110ebf85f, 'e', 3, true, "2.404e+25"),
    (0x4533e1a110ebf85f, 'f', 10, true, "24035094176460702769741824.0000000000"),
    (0x4533e1a110ebf85f, 'F', 17, false, "24035094176460702769741824.00000000000000000"),
    (0xd8e00d0c5af43b97, 'n', 0, false, "-1e+120"),
    (0xd8e00d0c5af43b97, '%', 17, false, "-129523796091230037368406338380534859414797850106977249150840094969212854087201028031468863146137491289415126541663115149312.00000000000000000%"),
    (0xd8e00d0c5af43b97, 'n', -1, true, "-1.29524e+120"),
    (0xd8e00d0c5af43b97, 'n', 1, false, "-1e+120"),
    (0xc08875436b8f9b13, 'n', 2, true, "-7.8e+02"),
    (0xc08875436b8f9b13, 'G', 5, true, "-782.66"),
    (0xc08875436b8f9b13, 'e', 3, false, "-7.827e+02"),
    (0xc08875436b8f9b13, 'f', 17, true, "-782.65791999999999007"),
    (0x435beb1be5b3073a, 'n', 3, true, "3.14e+16"),
    (0x435beb1be5b3073a, 'E', 1, false, "3.1E+16"),
    (0x435beb1be5b3073a, '\0', -1, true, "3.143331768618929e+16"),
    (0x435beb1be5b3073a, '\0', 3, true, "3.14e+16"),
    (0xc066f044113c6866, 'f', 0, true, "-184."),
    (0xc066f044113c6866, 'F', -1, true, "-183.508309"),
    (0xc066f044113c6866, 'f', 1, true, "-183.5"),
    (0xc066f044113c6866, '%', 10, true, "-18350.8309000000%"),
    (0x4036459c1cc1ccd6, 'g', 10, false, "22.27191334"),
    (0x4036459c1cc1ccd6, 'E', 10, false, "2.2271913335E+01"),
    (0x4036459c1cc1ccd6, '%', 10, true, "2227.1913335146%"),
    (0x4036459c1cc1ccd6, '\0', 0, false, "2e+01"),
    (0x799667bf4f7f3536, 'E', 5, false, "4.96462E+277"),
    (0x799667bf4f7f3536, '%', 2, true, "4964620589705057974852988861836415558480062161772627275068753963753555220351581638639228018086796470315384862585827527611675885508201247224111680872152012964724695235657210505570316320800673840970053172914365640561234862785713559463760528296990629552229831776840871657989602279424.00%"),
    (0x799667bf4f7f3536, 'n', 3, true, "4.96e+277"),
    (0x799667bf4f7f3536, 'n', 17, true, "4.9646205897050582e+277"),
    (0xc084ca3ed3953dea, 'f', -1, true, "-665.280677"),
    (0xc084ca3ed3953dea, 'e', 17, false, "-6.65280676999999969e+02"),
    (0xc084ca3ed3953dea, '\0', 3, true, "-6.65e+02"),
    (0xc084ca3ed3953dea, 'f', 0, true, "-665."),
    (0xc07d82fda72a7bd5, 'G', 5, false, "-472.19"),
    (0xc07d82fda72a7bd5, 'F', 1, false, "-472.2"),
    (0xc07d82fda72a7bd5, 'F', 0, true, "-472."),
    (0xc07d82fda72a7bd5, 'F', 5, true, "-472.18693"),
    (0x418d97f0e73aeef1, 'E', 25, false, "6.2062108903776057064533234E+07"),
    (0x418d97f0e73aeef1, 'f', -1, false, "62062108.903776"),
    (0x418d97f0e73aeef1, 'e', 1, true, "6.2e+07"),
    (0x418d97f0e73aeef1, 'F', 5, true, "62062108.90378"),
    (0xc06a7c28f5c28f5c, 'F', 25, true, "-211.8799999999999954525264911"),
    (0xc06a7c28f5c28f5c, 'g', 25, false, "-211.8799999999999954525265"),
    (0xc06a7c28f5c28f5c, '%', 10, false, "-21188.0000000000%"),
    (0xc06a7c28f5c28f5c, 'f', 17, false, "-211.87999999999999545"),
    (0x673759ea1aeb35af, 'G', 2, true, "1.6E+189"),
    (0x673759ea1aeb35af, '%', 1, true, "162564991721026608634586343922575541793888311125488455441629560691905004640165599725375769459290234513903360251484621835827064583692053460162375367488060867036295844143161084122321263469264896.0%"),
    (0x673759ea1aeb35af, 'n', -1, true, "1.62565e+189"),
    (0x673759ea1aeb35af, 'g', 2, true, "1.6e+189"),
    (0xbf182d49ce69345e, 'E', 2, false, "-9.22E-05"),
    (0xbf182d49ce69345e, '\0', 2, false, "-9.2e-05"),
    (0xbf182d49ce69345e, '\0', -1, true, "-9.222758272038739e-05"),
    (0xbf182d49ce69345e, 'e', 10, true, "-9.2227582720e-05"),
    (0x406f99941c8216c6, 'G', 1, false, "3E+02"),
    (0x406f99941c8216c6, 'F', 1, false, "252.8"),
    (0x406f99941c8216c6, 'E', 17, false, "2.52799329999999998E+02"),
    (0x406f99941c8216c6, 'g', 3, true, "253."),
    (0x0cd07412c1b4b1b9, 'e', 0, false, "6e-247"),
    (0x0cd07412c1b4b1b9, 'e', -1, false, "5.883009e-247"),
    (0x0cd07412c1b4b1b9, 'E', 17, true, "5.88300904281367459E-247"),
    (0x0cd07412c1b4b1b9, '%', 0, false, "0%"),
    (0x4069633333333333, '\0', 1, true, "2.e+02"),
    (0x4069633333333333, 'e', 0, false, "2e+02"),
    (0x4069633333333333, 'g', 17, true, "203.09999999999999"),
    (0x4069633333333333, '\0', 2, true, "2.0e+02"),
    (0x10b995f2e0bc4567, '%', 0, true, "0.%"),
    (0x10b995f2e0bc4567, 'G', 2, true, "4.2E-228"),
    (0x10b995f2e0bc4567, 'G', 1, true, "4.E-228"),
    (0x10b995f2e0bc4567, 'F', 1, false, "0.0"),
    (0x40785476c8b43958, 'e', 25, true, "3.8927899999999999636202119e+02"),
    (0x40785476c8b43958, 'g', 25, false, "389.2789999999999963620212"),
    (0x40785476c8b43958, 'n', 0, true, "4.e+02"),
    (0x40785476c8b43958, 'f', 2, false, "389.28"),
    (0x408412a3d70a3d71, 'n', 10, true, "642.3300000"),
    (0x408412a3d70a3d71, 'f', -1, false, "642.330000"),
    (0x408412a3d70a3d71, 'E', 3, true, "6.423E+02"),
    (0x408412a3d70a3d71, 'e', 3, true, "6.423e+02"),
    (0x42cf516de26a9c50, '\0', 10, true, "6.886919273e+13"),
    (0x42cf516de26a9c50, 'G', -1, false, "6.88692E+13"),
    (0x42cf516de26a9c50, 'G', 10, false, "6.886919273E+13"),
    (0x42cf516de26a9c50, 'e', 3, true, "6.887e+13"),
    (0x408b4f2b020c49ba, 'g', 5, true, "873.90"),
    (0x408b4f2b020c49ba, 'g', 0, false, "9e+02"),
    (0x408b4f2b020c49ba, 'F', 5, true, "873.89600"),
    (0x408b4f2b020c49ba, 'f', -1, true, "873.896000"),
    (0xc26836d5d4a2570c, 'E', -1, true, "-8.319936E+11"),
    (0xc26836d5d4a2570c, 'F', 3, false, "-831993586962.720"),
    (0xc26836d5d4a2570c, 'e', 10, true, "-8.3199358696e+11"),
    (0xc26836d5d4a2570c, 'g', -1, true, "-8.31994e+11"),
    (0x7fa3be9b3d54a854, 'E', 2, false, "6.93E+306"),
    (0x7fa3be9b3d54a854, '\0', 5, false, "6.9325e+306"),
    (0x7fa3be9b3d54a854, 'E', 0, true, "7.E+306"),
    (0x7fa3be9b3d54a854, 'n', 10, true, "6.932549464e+306"),
    (0x65ebfdd0546a4231, '%', 0, true, "92920799616581108196785321264546075891969839332340618580082215671427574428172463818698552560455336899132855023179235060244138622423171819239013664091047140457733312587964027772235415552.%"),
    (0x65ebfdd0546a4231, '\0', 2, true, "9.3e+182"),
    (0x65ebfdd0546a4231, 'E', 3, true, "9.292E+182"),
    (0x65ebfdd0546a4231, 'g', 1, true, "9.e+182"),
    (0x00811fb8bbd5928a, '\0', 0, true, "3.e-306"),
    (0x00811fb8bbd5928a, 'E', 2, true, "3.05E-306"),
    (0x00811fb8bbd5928a, '%', 5, false, "0.00000%"),
    (0x00811fb8bbd5928a, 'F', 0, true, "0."),
    (0x41445f2359797f93, 'f', 0, true, "2670151."),
    (0x41445f2359797f93, 'E', 25, false, "2.6701506990203349851071835E+06"),
    (0x41445f2359797f93, 'G', 0, false, "3E+06"),
    (0x41445f2359797f93, 'E', 3, false, "2.670E+06"),
    (0x4b48445d22dae265, 'g', 5, true, "4.6486e+54"),
    (0x4b48445d22dae265, '\0', 1, false, "5e+54"),
    (0x4b48445d22dae265, 'F', 10, false, "4648642500881463651877719456582913350493423010597306368.0000000000"),
    (0x4b48445d22dae265, '%', 0, false, "464864250088146373354548751760814458170332879422167711744%"),
    (0x2bd36d4f0c39c2a1, 'E', -1, false, "1.421107E-97"),
    (0x2bd36d4f0c39c2a1, 'F', -1, false, "0.000000"),
    (0x2bd36d4f0c39c2a1, 'n', 2, false, "1.4e-97"),
    (0x2bd36d4f0c39c2a1, '%', 25, true, "0.0000000000000000000000000%"),
    (0xc4a19ae8235ea979, 'f', 5, true, "-41568878056829098131456.00000"),
    (0xc4a19ae8235ea979, 'g', 25, false, "-41568878056829098131456"),
    (0xc4a19ae8235ea979, '\0', 10, false, "-4.156887806e+22"),
    (0xc4a19ae8235ea979, 'n', 1, true, "-4.e+22"),
    (0x4421d79c86530e8c, 'F', 17, false, "164565544879434104832.00000000000000000"),
    (0x4421d79c86530e8c, '%', 25, false, "16456554487943411007488.0000000000000000000000000%"),
    (0x4421d79c86530e8c, 'n', 25, true, "164565544879434104832.0000"),
    (0x4421d79c86530e8c, 'E', 10, true, "1.6456554488E+20"),
    (0xc25a730b765bc950, 'n', 3, true, "-4.54e+11"),
    (0xc25a730b765bc950, 'e', 0, true, "-5.e+11"),
    (0xc25a730b765bc950, 'f', 1, true, "-454397122927.1"),
    (0xc25a730b765bc950, 'n', 5, true, "-4.5440e+11"),
    (0x40ed7800757848c3, 'e', 5, false, "6.03520e+04"),
    (0x40ed7800757848c3, 'e', 25, true, "6.0352014339582550746854395e+04"),
    (0x40ed7800757848c3, 'F', 1, false, "60352.0"),
    (0x40ed7800757848c3, 'g', 25, false, "60352.01433958255074685439"),
    (0x68588dc3f5bfeda7, '\0', 1, false, "4e+194"),
    (0x68588dc3f5bfeda7, '%', 2, false, "44810049510556799194726350706308682703993930865202604259549731503612867368751091995047116309633382817101915592467925628055142738312794578504192485269958627932837538933822652014660699245603937320960.00%"),
    (0x68588dc3f5bfeda7, '\0', 3, false, "4.48e+194"),
    (0x68588dc3f5bfeda7, 'F', -1, true, "448100495105568030848971965322395813093763030756661833337180742308974611146798385800341270092347700668272739803777327732406614364072844369996466184684979790767826959156636086345186399345191157760.000000"),
    (0xc088273333333333, 'n', 2, false, "-7.7e+02"),
    (0xc088273333333333, 'G', 3, false, "-773"),
    (0xc088273333333333, '%', 2, false, "-77290.00%"),
    (0xc088273333333333, 'f', 3, true, "-772.900"),
    (0x043c1adb16256c2b, 'f', 17, false, "0.00000000000000000"),
    (0x043c1adb16256c2b, '\0', -1, true, "2.8839404725125394e-288"),
    (0x043c1adb16256c2b, 'n', 5, false, "2.8839e-288"),
    (0x043c1adb16256c2b, 'g', 17, false, "2.8839404725125394e-288"),
    (0xc51610a0c4063547, 'g', 2, true, "-6.7e+24"),
    (0xc51610a0c4063547, '%', 2, false, "-666872287483385186783068160.00%"),
    (0xc51610a0c4063547, 'E', 10, true, "-6.6687228748E+24"),
    (0xc51610a0c4063547, 'e', -1, false, "-6.668723e+24"),
    (0x6159d4e59bb740bf, 'n', 2, false, "9.1e+160"),
    (0x6159d4e59bb740bf, 'e', 10, false, "9.0792398432e+160"),
    (0x6159d4e59bb740bf, 'g', 17, false, "9.0792398431630433e+160"),
    (0x6159d4e59bb740bf, 'G', 5, false, "9.0792E+160"),
    (0x06c2874ec5eec892, 'F', 5, false, "0.00000"),
    (0x06c2874ec5eec892, 'F', 2, true, "0.00"),
    (0x06c2874ec5eec892, 'g', 1, false, "4e-276"),
    (0x06c2874ec5eec892, 'g', 1, true, "4.e-276"),
    (0x405feeb851eb851f, 'E', 1, true, "1.3E+02"),
    (0x405feeb851eb851f, 'E', 17, true, "1.27730000000000004E+02"),
    (0x405feeb851eb851f, 'n', 1, false, "1e+02"),
    (0x405feeb851eb851f, 'e', 10, true, "1.2773000000e+02"),
    (0x524a92c27f1e6318, 'E', -1, false, "2.643102E+88"),
    (0x524a92c27f1e6318, 'g', 5, true, "2.6431e+88"),
    (0x524a92c27f1e6318, 'n', 0, false, "3e+88"),
    (0x524a92c27f1e6318, 'g', 17, false, "2.6431019503680577e+88"),
    (0xc08e776666666666, 'n', 0, true, "-1.e+03"),
    (0xc08e776666666666, 'f', 10, true, "-974.9250000000"),
    (0xc08e776666666666, 'f', 5, false, "-974.92500"),
    (0xc08e776666666666, 'F', 1, false, "-974.9"),
    (0x4081ac0000000000, '%', 0, false, "56550%"),
    (0x4081ac0000000000, 'f', 3, false, "565.500"),
    (0x4081ac0000000000, 'f', 25, true, "565.5000000000000000000000000"),
    (0x4081ac0000000000, 'e', 10, false, "5.6550000000e+02"),
    (0x4069a00000000000, 'n', 1, true, "2.e+02"),
    (0x4069a00000000000, 'e', 5, true, "2.05000e+02"),
    (0x4069a00000000000, 'e', -1, false, "2.050000e+02"),
    (0x4069a00000000000, 'g', 5, true, "205.00"),
    (0xeb567d37e3ea9d91, 'e', 2, true, "-1.16e+209"),
    (0xeb567d37e3ea9d91, '%', 0, false, "-11552334131570922429282883825921768973871088905642066478669254785267323801479065759561203537689097669165020800589015472277055293819916189915296053664250699163595718721622450892477583383529529656271087613306208256%"),
    (0xeb567d37e3ea9d91, '%', 2, false, "-11552334131570922429282883825921768973871088905642066478669254785267323801479065759561203537689097669165020800589015472277055293819916189915296053664250699163595718721622450892477583383529529656271087613306208256.00%"),
    (0xeb567d37e3ea9d91, 'F', 10, false, "-115523341315709230862743327635178804581998001264840172632941598290599538048827883370568276157386413260164656302904970404015478724175108426544695335423137709119789487616212940007648164914076824682049712968171520.0000000000"),
    (0x4152d82d14800f48, 'G', 1, false, "5E+06"),
    (0x4152d82d14800f48, 'f', 10, true, "4939956.3203161433"),
    (0x4152d82d14800f48, '\0', 5, true, "4.9400e+06"),
    (0x4152d82d14800f48, 'F', 0, true, "4939956."),
    (0xf96b64c84cf696b5, 'G', 25, true, "-7.587460306609693583320079E+276"),
    (0xf96b64c84cf696b5, 'F', 3, true, "-7587460306609693583320079217416617217637628981519172440275780783263748062984901056771041612578823282344027496969871634542932162395686392456160953684127276552734916260286651820217326195238637027651765661579811337499773967712826576501912118823881038805648080765501738675045662720.000"),
    (0xf96b64c84cf696b5, 'n', 1, false, "-8e+276"),
    (0xf96b64c84cf696b5, 'F', 25, false, "-7587460306609693583320079217416617217637628981519172440275780783263748062984901056771041612578823282344027496969871634542932162395686392456160953684127276552734916260286651820217326195238637027651765661579811337499773967712826576501912118823881038805648080765501738675045662720.0000000000000000000000000"),
    (0x4087cf4bbb1f255f, 'F', 1, true, "761.9"),
    (0x4087cf4bbb1f255f, 'E', 3, true, "7.619E+02"),
    (0x4087cf4bbb1f255f, 'g', 17, false, "761.91197799999998"),
    (0x4087cf4bbb1f255f, 'e', 10, true, "7.6191197800e+02"),
    (0x36b834007e10c4cf, 'e', -1, false, "4.239477e-45"),
    (0x36b834007e10c4cf, 'E', 0, true, "4.E-45"),
    (0x36b834007e10c4cf, 'E', -1, true, "4.239477E-45"),
    (0x36b834007e10c4cf, 'n', 5, true, "4.2395e-45"),
    (0x4da120ab29f8ecd6, 'n', 5, true, "9.0187e+65"),
    (0x4da120ab29f8ecd6, 'e', 10, false, "9.0187402235e+65"),
    (0x4da120ab29f8ecd6, 'G', 5, true, "9.0187E+65"),
    (0x4da120ab29f8ecd6, 'f', 5, false, "901874022347203971341096801840095168416601147774697840157751508992.00000"),
    (0x40747fb4dcebfec1, 'F', 0, true, "328."),
    (0x40747fb4dcebfec1, '\0', 10, false, "327.981656"),
    (0x40747fb4dcebfec1, 'n', -1, false, "327.982"),
    (0x40747fb4dcebfec1, 'E', 1, false, "3.3E+02"),
    (0x22a57407d05b0ac1, 'n', 3, false, "8.8e-142"),
    (0x22a57407d05b0ac1, 'F', 3, true, "0.000"),
    (0x22a57407d05b0ac1, 'g', 25, true, "8.796401174669773813800933e-142"),
    (0x22a57407d05b0ac1, '%', 1, true, "0.0%"),
    (0x39d3a2f53208a11a, 'n', 1, false, "4e-30"),
    (0x39d3a2f53208a11a, 'G', 17, false, "3.8726274183963483E-30"),
    (0x39d3a2f53208a11a, 'E', 17, false, "3.87262741839634827E-30"),
    (0x39d3a2f53208a11a, 'F', 5, true, "0.00000"),
    (0x407dde5e353f7cee, 'G', 10, true, "477.8980000"),
    (0x407dde5e353f7cee, 'f', 17, true, "477.89800000000002456"),
    (0x407dde5e353f7cee, '%', 2, false, "47789.80%"),
    (0x407dde5e353f7cee, 'g', 2, false, "4.8e+02"),
    (0xc08102bac710cb29, 'G', 3, false, "-544"),
    (0xc08102bac710cb29, '%', 3, false, "-54434.120%"),
    (0xc08102bac710cb29, 'F', 10, false, "-544.3412000000"),
    (0xc08102bac710cb29, 'g', 25, true, "-544.3411999999999579813448"),
    (0xd2eb4eb53de4530e, '%', 25, true, "-2781313212194914590292192406618672924530318098290999522876258634971304637524134338059078467584.0000000000000000000000000%"),
    (0xd2eb4eb53de4530e, 'n', 5, false, "-2.7813e+91"),
    (0xd2eb4eb53de4530e, 'n', 5, true, "-2.7813e+91"),
    (0xd2eb4eb53de4530e, '\0', 2, true, "-2.8e+91"),
    (0xc089600000000000, 'F', 0, false, "-812"),
    (0xc089600000000000, '%', 25, false, "-81200.0000000000000000000000000%"),
    (0xc089600000000000, '\0', 17, true, "-812.00000000000000"),
    (0xc089600000000000, 'E', 25, true, "-8.1200000000000000000000000E+02"),
    (0x10dd5b2033b8a38b, 'G', 1, true, "2.E-227"),
    (0x10dd5b2033b8a38b, 'F', -1, true, "0.000000"),
    (0x10dd5b2033b8a38b, 'n', 1, false, "2e-227"),
    (0x10dd5b2033b8a38b, '\0', 25, true, "1.936241729219851608502660e-227"),
    (0x07d7bfa14cebb0f1, 'G', 25, true, "7.023944977723988743050636E-271"),
    (0x07d7bfa14cebb0f1, 'F', 10, true, "0.0000000000"),
    (0x07d7bfa14cebb0f1, '%', 1, false, "0.0%"),
    (0x07d7bfa14cebb0f1, '\0', 2, true, "7.0e-271"),
    (0x61d14b96946ac53b, 'g', 0, true, "2.e+163"),
    (0x61d14b96946ac53b, 'g', 1, false, "2e+163"),
    (0x61d14b96946ac53b, 'g', 2, false, "1.6e+163"),
    (0x61d14b96946ac53b, 'G', -1, true, "1.55620E+163"),
    (0x048e8ddea4c114ba, 'f', 17, true, "0.00000000000000000"),
    (0x048e8ddea4c114ba, 'F', 10, false, "0.0000000000"),
    (0x048e8ddea4c114ba, 'f', 3, false, "0.000"),
    (0x048e8ddea4c114ba, 'g', -1, true, "1.00329e-286"),
    (0xc08dc80000000000, 'E', 2, false, "-9.53E+02"),
    (0xc08dc80000000000, 'g', 1, false, "-1e+03"),
    (0xc08dc80000000000, 'e', 10, false, "-9.5300000000e+02"),
    (0xc08dc80000000000, 'g', 0, true, "-1.e+03"),
    (0x10e8448a6f46454e, '%', -1, true, "0.000000%"),
    (0x10e8448a6f46454e, 'n', 1, true, "3.e-227"),
    (0x10e8448a6f46454e, 'f', 10, true, "0.0000000000"),
    (0x10e8448a6f46454e, '%', 2, false, "0.00%"),
    (0x3ba8a2f7537a8540, 'E', 10, true, "2.6085000482E-21"),
    (0x3ba8a2f7537a8540, 'G', 10, false, "2.608500048E-21"),
    (0x3ba8a2f7537a8540, 'f', 3, true, "0.000"),
    (0x3ba8a2f7537a8540, 'G', 5, false, "2.6085E-21"),
    (0x44dedfdf60d1426c, 'E', 2, false, "5.83E+23"),
    (0x44dedfdf60d1426c, '%', 5, false, "58320285803871204202774528.00000%"),
    (0x44dedfdf60d1426c, 'n', 3, false, "5.83e+23"),
    (0x44dedfdf60d1426c, '%', 3, true, "58320285803871204202774528.000%"),
    (0xbbf7fac16a022ef6, 'F', 1, true, "-0.0"),
    (0xbbf7fac16a022ef6, 'e', 10, true, "-8.1245752872e-20"),
    (0xbbf7fac16a022ef6, 'e', 2, true, "-8.12e-20"),
    (0xbbf7fac16a022ef6, '\0', 25, true, "-8.124575287199861823911421e-20"),
    (0xc07f728fb762d83c, '\0', -1, false, "-503.160087"),
    (0xc07f728fb762d83c, 'n', 1, true, "-5.e+02"),
    (0xc07f728fb762d83c, '\0', 10, true, "-503.1600870"),
    (0xc07f728fb762d83c, 'n', 5, true, "-503.16"),
    (0x560c5b75840d2b55, 'F', -1, true, "32518670459541170771500783520150804992124724627374343155631269758204237567577432276239490234593439150768128.000000"),
    (0x560c5b75840d2b55, 'e', 3, false, "3.252e+106"),
    (0x560c5b75840d2b55, 'E', 3, true, "3.252E+106"),
    (0x560c5b75840d2b55, 'e', 17, false, "3.25186704595411708e+106"),
    (0xc085e80000000000, 'g', 3, false, "-701"),
    (0xc085e80000000000, '%', 25, true, "-70100.0000000000000000000000000%"),
    (0xc085e80000000000, '\0', 2, true, "-7.0e+02"),
    (0xc085e80000000000, 'F', 1, true, "-701.0"),
    (0x3f039e5cc26130f9, 'n', 2, true, "3.7e-05"),
    (0x3f039e5cc26130f9, 'g', 2, false, "3.7e-05"),
    (0x3f039e5cc26130f9, 'F', 2, true, "0.00"),
    (0x3f039e5cc26130f9, 'F', 10, false, "0.0000374195"),
    (0xbdcc68b2c1be05ae, 'g', 10, false, "-5.167562924e-11"),
    (0xbdcc68b2c1be05ae, 'n', 1, false, "-5e-11"),
    (0xbdcc68b2c1be05ae, 'G', 5, false, "-5.1676E-11"),
    (0xbdcc68b2c1be05ae, 'E', 10, false, "-5.1675629243E-11"),
    (0x0c6bbe3e30681ebf, 'E', 2, false, "7.75E-249"),
    (0x0c6bbe3e30681ebf, 'E', 10, false, "7.7497760415E-249"),
    (0x0c6bbe3e30681ebf, '%', 3, true, "0.000%"),
    (0x0c6bbe3e30681ebf, 'f', 3, false, "0.000"),
    (0xb7e7ae1909ca1871, 'f', 25, false, "-0.0000000000000000000000000"),
    (0xb7e7ae1909ca1871, '\0', 17, true, "-2.1746709364759190e-39"),
    (0xb7e7ae1909ca1871, 'f', 10, true, "-0.0000000000"),
    (0xb7e7ae1909ca1871, 'n', 25, false, "-2.174670936475918987346475e-39"),
    (0xd4de85850ccaff3c, 'e', -1, true, "-6.675831e+100"),
    (0xd4de85850ccaff3c, 'f', -1, true, "-66758307362480987607723173676392282813095300200092574452445978854456597908434670243232954913222819840.000000"),
    (0xd4de85850ccaff3c, '\0', 17, true, "-6.6758307362480988e+100"),
    (0xd4de85850ccaff3c, '\0', 5, false, "-6.6758e+100"),
    (0xd5ff8eabec520cb4, '\0', 0, true, "-2.e+106"),
    (0xd5ff8eabec520cb4, 'F', -1, true, "-18094162183248659630485464578584235057407000519483106371243533575375063248776653580229543350202155426381824.000000"),
    (0xd5ff8eabec520cb4, 'g', 25, false, "-1.809416218324865963048546e+106"),
    (0xd5ff8eabec520cb4, 'f', 0, false, "-18094162183248659630485464578584235057407000519483106371243533575375063248776653580229543350202155426381824"),
    (0xc32d15c3f2266d3b, 'g', 0, true, "-4.e+15"),
    (0xc32d15c3f2266d3b, 'f', 5, true, "-4093352825009821.50000"),
    (0xc32d15c3f2266d3b, 'e', 2, false, "-4.09e+15"),
    (0xc32d15c3f2266d3b, 'G', 0, true, "-4.E+15"),
    (0x1236a3f363a51dbc, 'g', 17, false, "6.2633677481345347e-221"),
    (0x1236a3f363a51dbc, 'F', 10, true, "0.0000000000"),
    (0x1236a3f363a51dbc, 'E', 5, true, "6.26337E-221"),
    (0x1236a3f363a51dbc, 'e', 25, false, "6.2633677481345346822833531e-221"),
    (0xba47eafaad7f1d2a, 'f', 10, true, "-0.0000000000"),
    (0xba47eafaad7f1d2a, '\0', 3, true, "-6.04e-28"),
    (0xba47eafaad7f1d2a, 'G', 0, true, "-6.E-28"),
    (0xba47eafaad7f1d2a, 'g', 0, true, "-6.e-28"),
    (0x1210c1633b4a2053, 'G', 10, true, "1.158826796E-221"),
    (0x1210c1633b4a2053, 'n', 25, false, "1.15882679601307157593891e-221"),
    (0x1210c1633b4a2053, 'f', 10, false, "0.0000000000"),
    (0x1210c1633b4a2053, 'g', 5, false, "1.1588e-221"),
    (0xc06e1a3d70a3d70a, 'g', -1, true, "-240.820"),
    (0xc06e1a3d70a3d70a, 'G', 3, false, "-241"),
    (0xc06e1a3d70a3d70a, 'F', 17, true, "-240.81999999999999318"),
    (0xc06e1a3d70a3d70a, '\0', 5, false, "-240.82"),
    (0xc07fe1999999999a, 'E', 1, false, "-5.1E+02"),
    (0xc07fe1999999999a, 'n', 0, false, "-5e+02"),
    (0xc07fe1999999999a, 'G', 10, true, "-510.1000000"),
    (0xc07fe1999999999a, 'E', 2, false, "-5.10E+02"),
    (0x9b1ecfe12d0a8f25, 'g', 10, true, "-4.752289431e-178"),
    (0x9b1ecfe12d0a8f25, 'n', 10, true, "-4.752289431e-178"),
    (0x9b1ecfe12d0a8f25, 'e', -1, false, "-4.752289e-178"),
    (0x9b1ecfe12d0a8f25, '\0', -1, true, "-4.7522894314938194e-178"),
    (0x3a79cd70566e62e4, '\0', 25, false, "5.210772446008500758391169e-27"),
    (0x3a79cd70566e62e4, 'E', 3, false, "5.211E-27"),
    (0x3a79cd70566e62e4, 'G', -1, false, "5.21077E-27"),
    (0x3a79cd70566e62e4, 'E', 25, true, "5.2107724460085007583911686E-27"),
    (0x3aa37efb6ba04c0a, 'f', 5, true, "0.00000"),
    (0x3aa37efb6ba04c0a, '%', 0, false, "0%"),
    (0x3aa37efb6ba04c0a, '%', 5, true, "0.00000%"),
    (0x3aa37efb6ba04c0a, 'g', 25, true, "3.149752532817036117771105e-26"),
    (0xc07047810624dd2f, 'e', 25, false, "-2.6046899999999999408828444e+02"),
    (0xc07047810624dd2f, 'G', 10, false, "-260.469"),
    (0xc07047810624dd2f, 'f', 5, true, "-260.46900"),
    (0xc07047810624dd2f, '%', 17, true, "-26046.89999999999781721%"),
    (0x73c05de18f289084, '%', 10, true, "366191412309774564780454238811864659931843737198452440927445678081236399063014657898652437367770557058381266884022420936578300270749253356489018904796990555996779026102529485778701398007509061485248212743656492487826066974587363957964128956486147637248.0000000000%"),
    (0x73c05de18f289084, 'G', 3, false, "3.66E+249"),
    (0x73c05de18f289084, 'g', 5, false, "3.6619e+249"),
    (0x73c05de18f289084, '%', 2, true, "366191412309774564780454238811864659931843737198452440927445678081236399063014657898652437367770557058381266884022420936578300270749253356489018904796990555996779026102529485778701398007509061485248212743656492487826066974587363957964128956486147637248.00%"),
    (0xe779a30b58498d4e, 'n', 10, false, "-2.855634686e+190"),
    (0xe779a30b58498d4e, '%', 0, true, "-2855634685721468516873397245150206922950817380059716366888010419040009370616482278832365054189408485164227284508305081074077413672619950622356598855526232767644121865168673671879673486988279808.%"),
    (0xe779a30b58498d4e, 'f', 10, false, "-28556346857214684852151058565928265632064946895448760423911977340848938616164110989415202405533294873637279486691953224055754711425541151853818744642620778917982140121263481785540066519547904.0000000000"),
    (0xe779a30b58498d4e, 'n', 2, false, "-2.9e+190"),
    (0x3a1b9ba0e826f6ea, '%', 17, true, "0.00000000000000000%"),
    (0x3a1b9ba0e826f6ea, 'F', 10, false, "0.0000000000"),
    (0x3a1b9ba0e826f6ea, 'E', 10, false, "8.7115247651E-29"),
    (0x3a1b9ba0e826f6ea, 'n', 1, true, "9.e-29"),
    (0x22af82b11a3b61aa, 'f', 0, true, "0."),
    (0x22af82b11a3b61aa, '\0', -1, false, "1.292014983990526e-141"),
    (0x22af82b11a3b61aa, 'g', 0, true, "1.e-141"),
    (0x22af82b11a3b61aa, 'f', 2, true, "0.00"),
    (0xbf750b7f3105c3a1, '%', 1, true, "-0.5%"),
    (0xbf750b7f3105c3a1, '\0', 5, true, "-0.0051379"),
    (0xbf750b7f3105c3a1, 'G', 3, true, "-0.00514"),
    (0xbf750b7f3105c3a1, 'E', 10, false, "-5.1379173677E-03"),
    (0xbce25c640c9fffe7, 'e', 0, true, "-2.e-15"),
    (0xbce25c640c9fffe7, 'n', 3, false, "-2.04e-15"),
    (0xbce25c640c9fffe7, 'g', 2, true, "-2.0e-15"),
    (0xbce25c640c9fffe7, 'e', 5, false, "-2.03847e-15"),
    (0x824403e8bcda6672, 'e', -1, false, "-9.563916e-298"),
    (0x824403e8bcda6672, 'e', 25, true, "-9.5639159542080770570996145e-298"),
    (0x824403e8bcda6672, 'n', 1, false, "-1e-297"),
    (0x824403e8bcda6672, 'e', -1, true, "-9.563916e-298"),
    (0x40892193a92a3055, 'e', 10, true, "8.0419710000e+02"),
    (0x40892193a92a3055, '%', -1, false, "80419.710000%"),
    (0x40892193a92a3055, 'G', 2, false, "8E+02"),
    (0x40892193a92a3055, 'g', 2, true, "8.0e+02"),
    (0x407fd32c3c9eecc0, 'n', 3, false, "509"),
    (0x407fd32c3c9eecc0, 'g', 5, true, "509.20"),
    (0x407fd32c3c9eecc0, 'G', 3, false, "509"),
    (0x407fd32c3c9eecc0, 'E', 10, true, "5.0919830000E+02"),
    (0x44e24f2aa38f86c5, '\0', 5, true, "6.9170e+23"),
    (0x44e24f2aa38f86c5, 'n', 25, true, "691703695445251669884928.0"),
    (0x44e24f2aa38f86c5, 'f', -1, true, "691703695445251669884928.000000"),
    (0x44e24f2aa38f86c5, '%', 1, false, "69170369544525168599105536.0%"),
    (0x4069666666666666, 'E', 10, true, "2.0320000000E+02"),
    (0x4069666666666666, '%', -1, true, "20320.000000%"),
    (0x4069666666666666, '%', 2, true, "20320.00%"),
    (0x4069666666666666, 'F', -1, false, "203.200000"),
    (0xc0571d4fdf3b645a, 'E', 17, true, "-9.24579999999999984E+01"),
    (0xc0571d4fdf3b645a, 'e', 17, true, "-9.24579999999999984e+01"),
    (0xc0571d4fdf3b645a, '%', 17, true, "-9245.79999999999927240%"),
    (0xc0571d4fdf3b645a, 'e', -1, false, "-9.245800e+01"),
    (0x3a3f23fcccea17f9, 'F', 10, false, "0.0000000000"),
    (0x3a3f23fcccea17f9, 'e', 3, true, "3.930e-28"),
    (0x3a3f23fcccea17f9, 'E', -1, true, "3.930493E-28"),
    (0x3a3f23fcccea17f9, 'e', 10, false, "3.9304932981e-28"),
    (0x3c2abe81b18e4345, 'G', 5, false, "7.249E-19"),
    (0x3c2abe81b18e4345, 'f', 3, false, "0.000"),
    (0x3c2abe81b18e4345, 'e', 3, false, "7.249e-19"),
    (0x3c2abe81b18e4345, 'G', 10, false, "7.249020846E-19"),
    (0xb9c181cd4e67e06a, 'n', 0, false, "-2e-30"),
    (0xb9c181cd4e67e06a, 'e', 25, false, "-1.7263273267051835357051254e-30"),
    (0xb9c181cd4e67e06a, 'g', 5, false, "-1.7263e-30"),
    (0xb9c181cd4e67e06a, 'F', -1, true, "-0.000000"),
    (0xc0819eea161e4f76, 'F', 0, true, "-564."),
    (0xc0819eea161e4f76, 'G', -1, true, "-563.864"),
    (0xc0819eea161e4f76, '\0', 1, false, "-6e+02"),
    (0xc0819eea161e4f76, 'F', 25, true, "-563.8642999999999574356479570"),
    (0x3700e822ff4ea7c4, 'n', 2, false, "9.5e-44"),
    (0x3700e822ff4ea7c4, 'E', 10, false, "9.4765801915E-44"),
    (0x3700e822ff4ea7c4, '\0', 2, false, "9.5e-44"),
    (0x3700e822ff4ea7c4, 'F', 5, true, "0.00000"),
    (0xc083cd999999999a, 'e', 1, false, "-6.3e+02"),
    (0xc083cd999999999a, 'e', 17, true, "-6.33700000000000045e+02"),
    (0xc083cd999999999a, 'g', 10, true, "-633.7000000"),
    (0xc083cd999999999a, 'E', 25, true, "-6.3370000000000004547473509E+02"),
    (0x430c5370de7d89a2, 'G', -1, true, "9.96630E+14"),
    (0x430c5370de7d89a2, 'n', 5, false, "9.9663e+14"),
    (0x430c5370de7d89a2, 'e', -1, true, "9.966304e+14"),
    (0x430c5370de7d89a2, '%', 2, false, "99663044776376432.00%"),
    (0x603992a52f4a8b98, '%', 10, true, "34287563334284446152083071636575203136644144445131949127146882162758940771640203038196738690527327882370792413527455662420963149091574609093259794097228480512.0000000000%"),
    (0x603992a52f4a8b98, 'n', 2, false, "3.4e+155"),
    (0x603992a52f4a8b98, '\0', 10, true, "3.428756333e+155"),
    (0x603992a52f4a8b98, 'f', 5, false, "342875633342844446277917873025946214073486220851874638983391953146284960161924688461206943449386461830025780270567666195367194374672470234253029194447454208.00000"),
    (0xc6255241ad9ccf98, '%', 3, false, "-84462429182261437208891328823296.000%"),
    (0xc6255241ad9ccf98, 'E', 2, false, "-8.45E+29"),
    (0xc6255241ad9ccf98, 'E', 5, false, "-8.44624E+29"),
    (0xc6255241ad9ccf98, 'e', 10, true, "-8.4462429182e+29"),
    (0xdd156421fc97df82, 'G', 5, false, "-2.5474E+140"),
    (0xdd156421fc97df82, 'F', 17, false, "-254736982382572198207599904285502250575425720658318218264507119248029787251911152804656716912849087981628627441407802210562845799579197112320.00000000000000000"),
    (0xdd156421fc97df82, 'f', 2, true, "-254736982382572198207599904285502250575425720658318218264507119248029787251911152804656716912849087981628627441407802210562845799579197112320.00"),
    (0xdd156421fc97df82, 'E', -1, true, "-2.547370E+140"),
    (0x047f04e21fa6eae6, '%', 3, true, "0.000%"),
    (0x047f04e21fa6eae6, 'G', 5, false, "5.0928E-287"),
    (0x047f04e21fa6eae6, 'f', 10, false, "0.0000000000"),
    (0x047f04e21fa6eae6, 'g', 25, true, "5.092757456418499363815946e-287"),
    (0x407f260000000000, 'g', 5, true, "498.38"),
    (0x407f260000000000, 'e', 2, false, "4.98e+02"),
    (0x407f260000000000, 'f', 2, true, "498.38"),
    (0x407f260000000000, 'g', 1, true, "5.e+02"),
    (0x1bd73ea77bfe4119, 'F', 3, true, "0.000"),
    (0x1bd73ea77bfe4119, 'n', -1, true, "1.46848e-174"),
    (0x1bd73ea77bfe4119, 'G', 3, true, "1.47E-174"),
    (0x1bd73ea77bfe4119, 'e', 17, false, "1.46847742495317032e-174"),
    (0x4009c2b4959e6256, 'e', 17, false, "3.22007099999999991e+00"),
    (0x4009c2b4959e6256, 'n', 5, true, "3.2201"),
    (0x4009c2b4959e6256, '\0', 17, true, "3.2200709999999999"),
    (0x4009c2b4959e6256, 'E', 5, true, "3.22007E+00"),
    (0xbf9b8ca3eb1eabda, '\0', 3, true, "-0.0269"),
    (0xbf9b8ca3eb1eabda, 'n', 17, true, "-0.026903687692236257"),
    (0xbf9b8ca3eb1eabda, 'g', 3, false, "-0.0269"),
    (0xbf9b8ca3eb1eabda, 'n', 3, false, "-0.0269"),
    (0x107aedb782a92e71, 'n', 2, true, "2.8e-229"),
    (0x107aedb782a92e71, 'e', 0, false, "3e-229"),
    (0x107aedb782a92e71, 'e', 5, false, "2.77522e-229"),
    (0x107aedb782a92e71, 'f', 0, true, "0."),
    (0x4d0a152c5ae54842, 'G', 1, true, "1.E+63"),
    (0x4d0a152c5ae54842, 'g', 1, true, "1.e+63"),
    (0x4d0a152c5ae54842, 'g', -1, true, "1.34123e+63"),
    (0x4d0a152c5ae54842, 'f', 3, false, "1341225467843511402069703378593882064866583537244049906205720576.000"),
    (0xe403759e6f5dade1, 'G', 1, true, "-6.E+173"),
    (0xe403759e6f5dade1, 'E', -1, false, "-6.016142E+173"),
    (0xe403759e6f5dade1, 'E', 2, true, "-6.02E+173"),
    (0xe403759e6f5dade1, 'E', 25, false, "-6.0161415979518789828129602E+173"),
    (0x64882b09b9943c21, 'G', 2, false, "1.9E+176"),
    (0x64882b09b9943c21, 'F', 25, false, "191280323686482218612584824017323514705613827200642426626111256151987088368576878239770660185876593650088379801333018325913286023231557512502869054435061178274872377028110188544.0000000000000000000000000"),
    (0x64882b09b9943c21, 'f', 17, true, "191280323686482218612584824017323514705613827200642426626111256151987088368576878239770660185876593650088379801333018325913286023231557512502869054435061178274872377028110188544.00000000000000000"),
    (0x64882b09b9943c21, '\0', 17, false, "1.9128032368648222e+176"),
    (0x3f4b5f05ba481892, 'f', 17, false, "0.00083530215903306"),
    (0x3f4b5f05ba481892, 'F', 25, true, "0.0008353021590330625498894"),
    (0x3f4b5f05ba481892, '%', 25, false, "0.0835302159033062541215742%"),
    (0x3f4b5f05ba481892, '\0', 0, true, "0.0008"),
    (0xbc2eb8751116876a, 'e', 0, true, "-8.e-19"),
    (0xbc2eb8751116876a, 'E', 17, false, "-8.32681804823970595E-19"),
    (0xbc2eb8751116876a, '\0', 25, true, "-8.326818048239705952893925e-19"),
    (0xbc2eb8751116876a, 'f', 0, true, "-0."),
    (0xa63c6bf43ddff19e, 'G', 25, false, "-1.679468208607685295072085E-124"),
    (0xa63c6bf43ddff19e, 'g', 1, true, "-2.e-124"),
    (0xa63c6bf43ddff19e, 'g', 5, true, "-1.6795e-124"),
    (0xa63c6bf43ddff19e, 'e', 2, false, "-1.68e-124"),
    (0x5aa22aa6420027f0, 'G', 5, false, "3.9352E+128"),
    (0x5aa22aa6420027f0, '\0', 25, false, "3.935154654843983424091107e+128"),
    (0x5aa22aa6420027f0, 'f', 3, false, "393515465484398342409110711213774916083563820557487566467356619097243460949812685189240116460878370783754310011899012254781145088.000"),
    (0x5aa22aa6420027f0, '\0', 5, true, "3.9352e+128"),
    (0xc076133333333333, 'G', 2, false, "-3.5E+02"),
    (0xc076133333333333, 'G', 5, true, "-353.20"),
    (0xc076133333333333, 'G', 3, true, "-353."),
    (0xc076133333333333, 'f', 10, false, "-353.2000000000"),
    (0x7b9c6b97066fb68f, 'E', 5, true, "2.70473E+287"),
    (0x7b9c6b97066fb68f, 'E', 25, false, "2.7047313157118568703301520E+287"),
    (0x7b9c6b97066fb68f, 'g', 0, true, "3.e+287"),
    (0x7b9c6b97066fb68f, '%', 0, true, "27047313157118569920492120187619328708646840225388638035369588455014638240618395739802398482488491093031777424995617979867519226807556481020326566663639335710675508073774090898059189117317861969922931277041533811080564005384829741831900052192235344595827933679654152072183799746595959865344.%"),
    (0xc080f4f355b4042a, '\0', 3, true, "-5.43e+02"),
    (0xc080f4f355b4042a, 'G', 17, true, "-542.61881580960949"),
    (0xc080f4f355b4042a, '\0', 2, false, "-5.4e+02"),
    (0xc080f4f355b4042a, 'n', 0, false, "-5e+02"),
    (0xc0b385d2c4d53291, 'E', 2, false, "-5.00E+03"),
    (0xc0b385d2c4d53291, 'F', 3, false, "-4997.823"),
    (0xc0b385d2c4d53291, 'g', 25, true, "-4997.823315930218996072654"),
    (0xc0b385d2c4d53291, 'G', 10, false, "-4997.823316"),
    (0x058191a92176b7eb, 'e', -1, true, "3.780775e-282"),
    (0x058191a92176b7eb, 'E', 3, true, "3.781E-282"),
    (0x058191a92176b7eb, 'g', 0, false, "4e-282"),
    (0x058191a92176b7eb, 'F', 1, false, "0.0"),
    (0x426f083b5c384e93, 'F', 2, true, "1066256753090.46"),
    (0x426f083b5c384e93, 'n', 3, true, "1.07e+12"),
    (0x426f083b5c384e93, 'G', 5, false, "1.0663E+12"),
    (0x426f083b5c384e93, 'n', 5, false, "1.0663e+12"),
    (0x40836f753a3ec02f, 'n', 10, false, "621.93224"),
    (0x40836f753a3ec02f, '%', 17, false, "62193.22399999999470310%"),
    (0x40836f753a3ec02f, '\0', 0, true, "6.e+02"),
    (0x40836f753a3ec02f, 'G', 25, true, "621.9322399999999788633431"),
    (0xbb81faa4f015c61d, 'e', 1, false, "-4.8e-22"),
    (0xbb81faa4f015c61d, '\0', 0, true, "-5.e-22"),
    (0xbb81faa4f015c61d, '\0', 3, false, "-4.76e-22"),
    (0xbb81faa4f015c61d, 'g', 2, false, "-4.8e-22"),
    (0x44d83132240d790f, 'f', 25, true, "456977196304391620001792.0000000000000000000000000"),
    (0x44d83132240d790f, 'e', 5, false, "4.56977e+23"),
    (0x44d83132240d790f, 'E', 5, true, "4.56977E+23"),
    (0x44d83132240d790f, 'f', 5, false, "456977196304391620001792.00000"),
    (0x4d8ddab80433cc1d, 'e', 3, false, "3.930e+65"),
    (0x4d8ddab80433cc1d, '\0', 0, true, "4.e+65"),
    (0x4d8ddab80433cc1d, 'g', 3, true, "3.93e+65"),
    (0x4d8ddab80433cc1d, 'e', 0, false, "4e+65"),
    (0x85dc84326fa52e79, 'g', 3, true, "-1.96e-280"),
    (0x85dc84326fa52e79, 'f', 25, false, "-0.0000000000000000000000000"),
    (0x85dc84326fa52e79, 'F', 5, false, "-0.00000"),
    (0x85dc84326fa52e79, 'G', 17, false, "-1.9637159401352542E-280"),
    (0xc76eb3a5ac71d8b9, 'f', 10, false, "-1275300664727736657386102237167616000.0000000000"),
    (0xc76eb3a5ac71d8b9, '%', 3, false, "-127530066472773674593047379097346375680.000%"),
    (0xc76eb3a5ac71d8b9, 'F', -1, true, "-1275300664727736657386102237167616000.000000"),
    (0xc76eb3a5ac71d8b9, 'e', 17, false, "-1.27530066472773666e+36"),
    (0x2a198bb98db686c0, 'f', 5, false, "0.00000"),
    (0x2a198bb98db686c0, '%', -1, true, "0.000000%"),
    (0x2a198bb98db686c0, 'E', 2, false, "6.96E-106"),
    (0x2a198bb98db686c0, 'f', 10, false, "0.0000000000"),
    (0x4088f7af4f0d844d, '%', 25, false, "79896.0599999999976716935634613%"),
    (0x4088f7af4f0d844d, 'g', 25, false, "798.9605999999999994543032"),
    (0x4088f7af4f0d844d, 'F', 3, false, "798.961"),
    (0x4088f7af4f0d844d, '%', 0, false, "79896%"),
    (0xbc17251ffee5e485, 'G', 0, true, "-3.E-19"),
    (0xbc17251ffee5e485, '\0', 0, false, "-3e-19"),
    (0xbc17251ffee5e485, 'G', 25, false, "-3.136735048348346945143667E-19"),
    (0xbc17251ffee5e485, 'F', 2, false, "-0.00"),
    (0x0bd628c2a0f47491, 'f', 0, false, "0"),
    (0x0bd628c2a0f47491, 'E', 25, false, "1.2089771673556365268455593E-251"),
    (0x0bd628c2a0f47491, 'e', 1, true, "1.2e-251"),
    (0x0bd628c2a0f47491, 'g', -1, false, "1.20898e-251"),
    (0x3e77ae727869f87f, '%', 25, true, "0.0000088220217001377495067%"),
    (0x3e77ae727869f87f, 'F', 5, true, "0.00000"),
    (0x3e77ae727869f87f, 'E', 2, false, "8.82E-08"),
    (0x3e77ae727869f87f, 'n', 1, true, "9.e-08"),
    (0xbd0303cf544bcdaf, 'F', 2, true, "-0.00"),
    (0xbd0303cf544bcdaf, 'F', 10, true, "-0.0000000000"),
    (0xbd0303cf544bcdaf, 'e', 1, true, "-8.4e-15"),
    (0xbd0303cf544bcdaf, '\0', 17, false, "-8.444304075439153e-15"),
    (0xad05d7a6c73fbb55, 'F', 2, true, "-0.00"),
    (0xad05d7a6c73fbb55, 'G', 5, true, "-8.3771E-92"),
    (0xad05d7a6c73fbb55, 'F', 3, true, "-0.000"),
    (0xad05d7a6c73fbb55, 'E', 0, true, "-8.E-92"),
    (0xf5a3c877193e1b85, '%', 3, true, "-475269474187816575961134634318137951327147741066515451851785476338485148317329000729155743370870192945976155753640010023624372576151118398171958098385038156409478167703782647110535944634403341101570805581076367602278249744956950191112396882294742846653423681536.000%"),
    (0xf5a3c877193e1b85, 'f', 17, true, "-4752694741878165657190644654146817863404953905186634754374366932612502139486770018595945460829873310890562952149326194424840299046376610732867587576576933929713632713236276963083739025008769793022825584205300256185879849602351295472354078967308983034257080320.00000000000000000"),
    (0xf5a3c877193e1b85, '\0', 3, true, "-4.75e+258"),
    (0xf5a3c877193e1b85, '%', 5, false, "-475269474187816575961134634318137951327147741066515451851785476338485148317329000729155743370870192945976155753640010023624372576151118398171958098385038156409478167703782647110535944634403341101570805581076367602278249744956950191112396882294742846653423681536.00000%"),
    (0x1e52832297eaddce, 'f', -1, false, "0.000000"),
    (0x1e52832297eaddce, 'E', 5, false, "1.28588E-162"),
    (0x1e52832297eaddce, 'F', 1, false, "0.0"),
    (0x1e52832297eaddce, '\0', 5, true, "1.2859e-162"),
    (0xc5f340cc97469bab, '%', 1, false, "-9533684147791361918895975825408.0%"),
    (0xc5f340cc97469bab, 'e', 25, true, "-9.5336841477913621300022084e+28"),
    (0xc5f340cc97469bab, 'G', 2, false, "-9.5E+28"),
    (0xc5f340cc97469bab, 'f', 25, false, "-95336841477913621300022083584.0000000000000000000000000"),
    (0x4086d1cf0f9d2bf5, 'n', -1, false, "730.226"),
    (0x4086d1cf0f9d2bf5, 'G', 1, true, "7.E+02"),
    (0x4086d1cf0f9d2bf5, 'G', -1, true, "730.226"),
    (0x4086d1cf0f9d2bf5, '%', 3, false, "73022.610%"),
    (0x40742fa131a8ef78, 'E', 5, false, "3.22977E+02"),
    (0x40742fa131a8ef78, 'E', 1, false, "3.2E+02"),
    (0x40742fa131a8ef78, 'f', 2, true, "322.98"),
    (0x40742fa131a8ef78, 'g', 10, false, "322.976854"),
    (0xc47c4f9d820270d0, 'g', 5, false, "-8.3559e+21"),
    (0xc47c4f9d820270d0, 'e', 1, true, "-8.4e+21"),
    (0xc47c4f9d820270d0, '%', 2, false, "-835593149617922413428736.00%"),
    (0xc47c4f9d820270d0, 'g', 17, true, "-8.3559314961792248e+21"),
    (0xc6b546a7860ca379, 'F', 1, true, "-431528419105067511568555791351808.0"),
    (0xc6b546a7860ca379, 'G', 25, false, "-4.315284191050675115685558E+32"),
    (0xc6b546a7860ca379, 'F', 3, true, "-431528419105067511568555791351808.000"),
    (0xc6b546a7860ca379, '%', 1, false, "-43152841910506755480311221410856960.0%"),
    (0xb1238911be1e072d, 'G', 25, true, "-5.528329919074898695735104E-72"),
    (0xb1238911be1e072d, 'G', 3, false, "-5.53E-72"),
    (0xb1238911be1e072d, 'E', 5, false, "-5.52833E-72"),
    (0xb1238911be1e072d, 'F', 25, false, "-0.0000000000000000000000000"),
    (0x408d69db22d0e560, '\0', 5, true, "941.23"),
    (0x408d69db22d0e560, 'e', 25, true, "9.4123199999999997089616954e+02"),
    (0x408d69db22d0e560, 'E', 17, true, "9.41231999999999971E+02"),
    (0x408d69db22d0e560, 'E', -1, false, "9.412320E+02"),
    (0x3cf3238c2cb9c971, 'e', 25, false, "4.2496800847957592239490952e-15"),
    (0x3cf3238c2cb9c971, 'n', 3, true, "4.25e-15"),
    (0x3cf3238c2cb9c971, 'f', -1, false, "0.000000"),
    (0x3cf3238c2cb9c971, 'g', 5, false, "4.2497e-15"),
    (0xbfb7a990ebfcf19f, 'g', 3, true, "-0.0924"),
    (0xbfb7a990ebfcf19f, 'n', 10, false, "-0.09243112337"),
    (0xbfb7a990ebfcf19f, 'g', 25, false, "-0.09243112336566249032099307"),
    (0xbfb7a990ebfcf19f, 'e', 17, true, "-9.24311233656624903e-02"),
    (0x47dff0775ae494a9, 'g', 17, true, "1.6981855969360205e+38"),
    (0x47dff0775ae494a9, 'E', -1, true, "1.698186E+38"),
    (0x47dff0775ae494a9, 'f', 0, true, "169818559693602051455765667546839121920."),
    (0x47dff0775ae494a9, '\0', 2, false, "1.7e+38"),
    (0x408aafd70a3d70a4, 'F', 3, false, "853.980"),
    (0x408aafd70a3d70a4, 'F', 2, true, "853.98"),
    (0x408aafd70a3d70a4, 'e', 0, true, "9.e+02"),
    (0x408aafd70a3d70a4, 'e', 5, false, "8.53980e+02"),
    (0xb9b2a726d99598fa, 'F', 17, false, "-0.00000000000000000"),
    (0xb9b2a726d99598fa, '%', 17, false, "-0.00000000000000000%"),
    (0xb9b2a726d99598fa, 'n', 3, true, "-9.20e-31"),
    (0xb9b2a726d99598fa, 'G', 17, true, "-9.1966077589049826E-31"),
    (0xc08b02872b020c4a, 'f', 2, false, "-864.32"),
    (0xc08b02872b020c4a, '%', -1, false, "-86431.600000%"),
    (0xc08b02872b020c4a, '%', 10, false, "-86431.6000000000%"),
    (0xc08b02872b020c4a, 'n', 0, false, "-9e+02"),
    (0xc1c8f0452f5f2332, 'f', 10, false, "-836799070.7432615757"),
    (0xc1c8f0452f5f2332, 'g', 1, true, "-8.e+08"),
    (0xc1c8f0452f5f2332, 'g', -1, true, "-8.36799e+08"),
    (0xc1c8f0452f5f2332, 'E', -1, false, "-8.367991E+08"),
    (0xcdb6ba470b6f5676, 'e', 10, true, "-2.3935005430e+66"),
    (0xcdb6ba470b6f5676, 'E', 2, true, "-2.39E+66"),
    (0xcdb6ba470b6f5676, 'F', -1, false, "-2393500543002949059028887814505359719727807685548799548826310410240.000000"),
    (0xcdb6ba470b6f5676, '%', 1, true, "-239350054300294896923422721689468442529341156346037082116581496979456.0%"),
    (0xc061266666666666, '%', 2, false, "-13720.00%"),
    (0xc061266666666666, 'n', 0, true, "-1.e+02"),
    (0xc061266666666666, 'n', 2, false, "-1.4e+02"),
    (0xc061266666666666, 'g', 3, false, "-137"),
    (0x4058a851eb851eb8, 'e', 1, false, "9.9e+01"),
    (0x4058a851eb851eb8, 'G', 3, false, "98.6"),
    (0x4058a851eb851eb8, 'G', 3, true, "98.6"),
    (0x4058a851eb851eb8, 'e', 2, false, "9.86e+01"),
    (0x5c750ae7d4f7ff6b, 'g', 1, true, "2.e+137"),
    (0x5c750ae7d4f7ff6b, 'G', 1, true, "2.E+137"),
    (0x5c750ae7d4f7ff6b, 'e', 5, false, "2.44713e+137"),
    (0x5c750ae7d4f7ff6b, '%', -1, true, "24471322433776014700673216705869856875779694976901828962990511097410584138679993950548038915748857109828533834172493474993864709837665861632.000000%"),
    (0x042b9869a00d29a6, '%', 3, true, "0.000%"),
    (0x042b9869a00d29a6, 'f', 25, true, "0.0000000000000000000000000"),
    (0x042b9869a00d29a6, 'F', 10, true, "0.0000000000"),
    (0x042b9869a00d29a6, 'G', 25, true, "1.415827221184383895909416E-288"),
    (0x462197b55c55ef7b, 'g', 10, false, "6.969151254e+29"),
    (0x462197b55c55ef7b, 'e', 0, true, "7.e+29"),
    (0x462197b55c55ef7b, 'f', 5, true, "696915125420906574509091323904.00000"),
    (0x462197b55c55ef7b, 'g', 2, true, "7.0e+29"),
    (0xc07af87ae147ae14, 'G', 1, true, "-4.E+02"),
    (0xc07af87ae147ae14, 'n', 17, false, "-431.52999999999997"),
    (0xc07af87ae147ae14, 'G', 10, false, "-431.53"),
    (0xc07af87ae147ae14, 'G', 5, false, "-431.53"),
    (0x041588f5ebbef595, 'E', 25, false, "5.5244506307548221953852792E-289"),
    (0x041588f5ebbef595, 'f', 17, false, "0.00000000000000000"),
    (0x041588f5ebbef595, 'G', 17, true, "5.5244506307548222E-289"),
    (0x041588f5ebbef595, 'n', 25, true, "5.524450630754822195385279e-289"),
    (0x4495884be986f8ec, '%', 17, true, "2542098084647828201668608.00000000000000000%"),
    (0x4495884be986f8ec, 'e', 25, false, "2.5420980846478284029952000e+22"),
    (0x4495884be986f8ec, 'g', 3, false, "2.54e+22"),
    (0x4495884be986f8ec, '%', 0, true, "2542098084647828201668608.%"),
    (0x3be4dafd40cf91d8, '%', 1, false, "0.0%"),
    (0x3be4dafd40cf91d8, 'f', 2, true, "0.00"),
    (0x3be4dafd40cf91d8, '\0', 5, true, "3.5330e-20"),
    (0x3be4dafd40cf91d8, 'g', 25, false, "3.53304673194028383399279e-20"),
    (0xc307e8fae025e754, 'G', 0, true, "-8.E+14"),
    (0xc307e8fae025e754, '%', 10, false, "-84126108304919456.0000000000%"),
    (0xc307e8fae025e754, 'f', 5, true, "-841261083049194.50000"),
    (0xc307e8fae025e754, 'e', 3, true, "-8.413e+14"),
    (0x408ca06666666666, 'f', 0, false, "916"),
    (0x408ca06666666666, 'e', 3, false, "9.160e+02"),
    (0x408ca06666666666, 'n', -1, true, "916.050"),
    (0x408ca06666666666, 'g', 5, false, "916.05"),
    (0x39db6a80054c6b08, 'F', 2, true, "0.00"),
    (0x39db6a80054c6b08, 'G', 10, true, "5.406855788E-30"),
    (0x39db6a80054c6b08, 'E', 5, false, "5.40686E-30"),
    (0x39db6a80054c6b08, 'g', 2, true, "5.4e-30"),
    (0x565093eae77e1226, 'E', -1, false, "6.083387E+107"),
    (0x565093eae77e1226, 'G', -1, false, "6.08339E+107"),
    (0x565093eae77e1226, 'F', 10, true, "608338695627345081936852589552276243397523254808473080916825504262154195614493490457850757818928024770314240.0000000000"),
    (0x565093eae77e1226, 'e', 25, true, "6.0833869562734508193685259e+107"),
    (0xc08e2365c91d14e4, 'e', 3, true, "-9.644e+02"),
    (0xc08e2365c91d14e4, 'F', 10, true, "-964.4247000000"),
    (0xc08e2365c91d14e4, 'f', -1, true, "-964.424700"),
    (0xc08e2365c91d14e4, 'F', 17, false, "-964.42470000000002983"),
    (0x325b82ac5265df98, 'n', 17, true, "4.0816760155596280e-66"),
    (0x325b82ac5265df98, 'F', 10, false, "0.0000000000"),
    (0x325b82ac5265df98, '%', 3, false, "0.000%"),
    (0x325b82ac5265df98, 'E', 10, false, "4.0816760156E-66"),
    (0x2ff0e7c543e0298d, '%', 2, false, "0.00%"),
    (0x2ff0e7c543e0298d, 'n', 1, false, "9e-78"),
    (0x2ff0e7c543e0298d, 'n', 10, false, "9.124842794e-78"),
    (0x2ff0e7c543e0298d, 'g', 1, false, "9e-78"),
    (0x3b592de48c048dcf, 'F', -1, false, "0.000000"),
    (0x3b592de48c048dcf, 'G', 5, true, "8.3311E-23"),
    (0x3b592de48c048dcf, '\0', 10, false, "8.33112113e-23"),
    (0x3b592de48c048dcf, 'e', 0, false, "8e-23"),
    (0xc042a8f5c28f5c29, 'E', 17, true, "-3.73200000000000003E+01"),
    (0xc042a8f5c28f5c29, 'e', 10, false, "-3.7320000000e+01"),
    (0xc042a8f5c28f5c29, 'g', 25, false, "-37.32000000000000028421709"),
    (0xc042a8f5c28f5c29, '%', 25, true, "-3732.0000000000000000000000000%"),
    (0x120eb1239119258b, 'f', 1, true, "0.0"),
    (0x120eb1239119258b, 'E', 5, false, "1.06135E-221"),
    (0x120eb1239119258b, 'F', 3, true, "0.000"),
    (0x120eb1239119258b, 'e', 10, true, "1.0613476718e-221"),
    (0x4701bc1066210c7e, '%', 17, true, "1151042985732541999273612990969020416.00000000000000000%"),
    (0x4701bc1066210c7e, 'e', 0, false, "1e+34"),
    (0x4701bc1066210c7e, '\0', 2, false, "1.2e+34"),
    (0x4701bc1066210c7e, 'f', 5, false, "11510429857325419808268689172594688.00000"),
    (0xbbc9a395f503e452, 'n', 2, false, "-1.1e-20"),
    (0xbbc9a395f503e452, 'F', 25, true, "-0.0000000000000000000108585"),
    (0xbbc9a395f503e452, '\0', 17, false, "-1.0858541795356107e-20"),
    (0xbbc9a395f503e452, 'E', 1, true, "-1.1E-20"),
    (0x32c94a4eb0098287, 'e', 10, true, "4.8029081463e-64"),
    (0x32c94a4eb0098287, 'E', 2, false, "4.80E-64"),
    (0x32c94a4eb0098287, 'g', 3, false, "4.8e-64"),
    (0x32c94a4eb0098287, '\0', 25, false, "4.802908146329777836715092e-64"),
    (0x404ff851eb851eb8, 'f', 2, true, "63.94"),
    (0x404ff851eb851eb8, 'F', -1, true, "63.940000"),
    (0x404ff851eb851eb8, 'g', 0, true, "6.e+01"),
    (0x404ff851eb851eb8, 'f', 3, false, "63.940"),
    (0xc089a81a9003eea2, 'n', 2, true, "-8.2e+02"),
    (0xc089a81a9003eea2, 'E', 2, false, "-8.21E+02"),
    (0xc089a81a9003eea2, 'F', 10, true, "-821.0129700000"),
    (0xc089a81a9003eea2, '%', 2, true, "-82101.30%"),
    (0xc06c533333333333, 'n', 0, true, "-2.e+02"),
    (0xc06c533333333333, 'e', 2, true, "-2.27e+02"),
    (0xc06c533333333333, 'f', 10, true, "-226.6000000000"),
    (0xc06c533333333333, '\0', 0, false, "-2e+02"),
    (0x4080e00000000000, 'e', 10, true, "5.4000000000e+02"),
    (0x4080e00000000000, '\0', 3, false, "5.4e+02"),
    (0x4080e00000000000, 'f', -1, true, "540.000000"),
    (0x4080e00000000000, 'E', 0, true, "5.E+02"),
    (0xc089dd7ced916873, 'G', 0, false, "-8E+02"),
    (0xc089dd7ced916873, 'e', 5, true, "-8.27686e+02"),
    (0xc089dd7ced916873, 'F', 3, false, "-827.686"),
    (0xc089dd7ced916873, 'E', 1, true, "-8.3E+02"),
    (0xc07dc5c28f5c28f6, 'G', 25, true, "-476.3600000000000136424205"),
    (0xc07dc5c28f5c28f6, 'e', 2, true, "-4.76e+02"),
    (0xc07dc5c28f5c28f6, '\0', 5, true, "-476.36"),
    (0xc07dc5c28f5c28f6, 'E', 5, true, "-4.76360E+02"),
    (0x40730d22c669057d, 'g', 17, true, "304.82098999999999"),
    (0x40730d22c669057d, 'G', 3, true, "305."),
    (0x40730d22c669057d, 'e', 2, false, "3.05e+02"),
    (0x40730d22c669057d, '%', 17, false, "30482.09899999999834108%"),
    (0xc0605c7ae147ae14, 'E', 0, true, "-1.E+02"),
    (0xc0605c7ae147ae14, 'g', 1, false, "-1e+02"),
    (0xc0605c7ae147ae14, 'E', 2, false, "-1.31E+02"),
    (0xc0605c7ae147ae14, 'e', 10, false, "-1.3089000000e+02"),
    (0x125a4f6dec970aa9, '%', 5, false, "0.00000%"),
    (0x125a4f6dec970aa9, 'E', 3, false, "2.911E-220"),
    (0x125a4f6dec970aa9, '%', 25, false, "0.0000000000000000000000000%"),
    (0x125a4f6dec970aa9, 'F', 2, false, "0.00"),
    (0x11623d41d79eb863, 'F', 0, false, "0"),
    (0x11623d41d79eb863, 'g', 25, false, "6.159437874217593214177425e-225"),
    (0x11623d41d79eb863, 'f', 10, false, "0.0000000000"),
    (0x11623d41d79eb863, 'f', 0, true, "0."),
    (0xc051f5a1cac08312, '\0', 10, true, "-71.83800000"),
    (0xc051f5a1cac08312, 'e', 0, false, "-7e+01"),
    (0xc051f5a1cac08312, 'g', 0, true, "-7.e+01"),
    (0xc051f5a1cac08312, '\0', 2, true, "-7.2e+01"),
    (0x409deefc22e775ac, 'F', 0, true, "1916."),
    (0x409deefc22e775ac, 'f', 3, true, "1915.746"),
    (0x409deefc22e775ac, '%', 17, true, "191574.62268987245624885%"),
    (0x409deefc22e775ac, 'n', 17, false, "1915.7462268987247"),
    (0xba1978c82181a889, '%', 10, false, "-0.0000000000%"),
    (0xba1978c82181a889, '\0', 0, true, "-8.e-29"),
    (0xba1978c82181a889, 'e', 2, false, "-8.04e-29"),
    (0xba1978c82181a889, 'E', 10, false, "-8.0374840671E-29"),
    (0xc056c00000000000, 'n', -1, true, "-91.0000"),
    (0xc056c00000000000, 'g', 25, true, "-91.00000000000000000000000"),
    (0xc056c00000000000, '\0', 25, false, "-91.0"),
    (0xc056c00000000000, 'f', 25, false, "-91.0000000000000000000000000"),
    (0x71c0cdd36f9bb8fe, 'f', 17, false, "875385660828090741420456491414534536160156094621735974489426088713712873362450204608303528414491941045938932932476278682689031123503439491036649703606788369097189636720577072469231988393149910415694018698958965258559628061519237182308483072.00000000000000000"),
    (0x71c0cdd36f9bb8fe, 'g', 25, false, "8.753856608280907414204565e+239"),
    (0x71c0cdd36f9bb8fe, 'G', 25, false, "8.753856608280907414204565E+239"),
    (0x71c0cdd36f9bb8fe, '%', 0, false, "87538566082809075622642279524667388656469986123953530669697248608211164597456451988970375773861233223244719583994772520147003218714663947054772037578328670058949229328701707495312420050605260464353525892950443669089261292591121974621273849856%"),
    (0x407ca33333333333, 'f', 10, false, "458.2000000000"),
    (0x407ca33333333333, 'E', 5, false, "4.58200E+02"),
    (0x407ca33333333333, 'e', -1, false, "4.582000e+02"),
    (0x407ca33333333333, '\0', 1, true, "5.e+02"),
    (0x461e5549e8df1a6b, 'G', 1, false, "6E+29"),
    (0x461e5549e8df1a6b, 'E', 1, true, "6.0E+29"),
    (0x461e5549e8df1a6b, 'g', 10, true, "6.008101131e+29"),
    (0x461e5549e8df1a6b, 'f', 3, true, "600810113138031974010023051264.000"),
    (0xc510d9596c364560, '\0', 2, true, "-5.1e+24"),
    (0xc510d9596c364560, 'G', 1, true, "-5.E+24"),
    (0xc510d9596c364560, '\0', 5, true, "-5.0923e+24"),
    (0xc510d9596c364560, 'G', 0, true, "-5.E+24"),
    (0x982ac414bea6c611, 'g', 1, false, "-3e-192"),
    (0x982ac414bea6c611, 'n', 1, false, "-3e-192"),
    (0x982ac414bea6c611, 'n', 3, false, "-2.93e-192"),
    (0x982ac414bea6c611, 'e', -1, true, "-2.933292e-192"),
    (0xa07dff41c4deb9e4, 'f', 1, false, "-0.0"),
    (0xa07dff41c4deb9e4, 'F', 0, false, "-0"),
    (0xa07dff41c4deb9e4, 'e', 10, true, "-3.5796571624e-152"),
    (0xa07dff41c4deb9e4, 'f', 10, true, "-0.0000000000"),
    (0xc08b800000000000, 'n', 2, true, "-8.8e+02"),
    (0xc08b800000000000, 'g', 25, false, "-880"),
    (0xc08b800000000000, 'F', 2, false, "-880.00"),
    (0xc08b800000000000, '\0', 25, true, "-880.0000000000000000000000"),
    (0x7841e03b383f6e18, 'n', 5, false, "1.8887e+271"),
    (0x7841e03b383f6e18, '\0', 17, false, "1.8887484244358697e+271"),
    (0x7841e03b383f6e18, 'E', 2, true, "1.89E+271"),
    (0x7841e03b383f6e18, 'f', 10, true, "18887484244358696630762832372416122012805391827373196424921652537130754236022030087207963723632415590295057272511353390850609780384474724725896162189384409495569125888472246041410686576819087842176083018807281726552727355311322212718360110359929830211668594235865621856256.0000000000"),
    (0xe06de313845e75de, 'G', 5, true, "-3.2058E+156"),
    (0xe06de313845e75de, '%', 10, true, "-320575502074055712458833776125232221357538228337476884078495491758173975697943203881549169105474477599334229332883599617051241095144349130543679255426505900032.0000000000%"),
    (0xe06de313845e75de, 'g', -1, true, "-3.20576e+156"),
    (0xe06de313845e75de, '\0', 0, true, "-3.e+156"),
    (0xc47014c0dd40c571, 'g', 10, true, "-4.746293496e+21"),
    (0xc47014c0dd40c571, 'g', -1, true, "-4.74629e+21"),
    (0xc47014c0dd40c571, '\0', -1, false, "-4.7462934964144e+21"),
    (0xc47014c0dd40c571, 'F', 10, false, "-4746293496414399889408.0000000000"),
    (0x40744b3333333333, 'G', 25, false, "324.6999999999999886313162"),
    (0x40744b3333333333, '%', 1, false, "32470.0%"),
    (0x40744b3333333333, '\0', 10, true, "324.7000000"),
    (0x40744b3333333333, 'g', 17, false, "324.69999999999999"),
    (0xba151456dbe5ec69, 'F', 5, true, "-0.00000"),
    (0xba151456dbe5ec69, 'n', 2, true, "-6.7e-29"),
    (0xba151456dbe5ec69, 'F', -1, false, "-0.000000"),
    (0xba151456dbe5ec69, 'F', 0, true, "-0."),
    (0xc081e804007570c5, 'F', 5, false, "-573.00195"),
    (0xc081e804007570c5, 'n', 10, false, "-573.001954"),
    (0xc081e804007570c5, '%', 0, false, "-57300%"),
    (0xc081e804007570c5, 'e', 10, false, "-5.7300195400e+02"),
    (0x4080fa1c74fb54a0, '%', 25, true, "54326.3895000000047730281949043%"),
    (0x4080fa1c74fb54a0, 'F', 17, true, "543.26389500000004773"),
    (0x4080fa1c74fb54a0, 'G', 10, false, "543.263895"),
    (0x4080fa1c74fb54a0, '%', 1, false, "54326.4%"),
    (0x3c442bd7ad2ec1a4, 'e', 0, false, "2e-18"),
    (0x3c442bd7ad2ec1a4, 'E', 17, false, "2.18697236016696847E-18"),
    (0x3c442bd7ad2ec1a4, '%', 10, false, "0.0000000000%"),
    (0x3c442bd7ad2ec1a4, 'F', 1, true, "0.0"),
    (0x3d73dd01a502e1a7, 'G', 25, false, "1.129098242485403110199748E-12"),
    (0x3d73dd01a502e1a7, '\0', 17, true, "1.1290982424854031e-12"),
    (0x3d73dd01a502e1a7, 'F', 1, true, "0.0"),
    (0x3d73dd01a502e1a7, '%', 25, false, "0.0000000001129098242485403%"),
    (0x20a382200757aef7, '\0', 1, false, "2e-151"),
    (0x20a382200757aef7, 'F', 5, true, "0.00000"),
    (0x20a382200757aef7, 'G', 0, true, "2.E-151"),
    (0x20a382200757aef7, 'G', 10, true, "1.862394337E-151"),
    (0x7d8f71111baba837, '%', 0, true, "64258608121587776482017013755898210793898242922233266766270246547732595235303939346133914466117053528067422943640338699809229929593608315263085160502517356928162662302460523247793458162484364711314901838914107146713723324456538551518899853687274768441296504077836023566827823436614602423364923424768.%"),
    (0x7d8f71111baba837, 'F', 5, true, "642586081215877761915840238188312063411516612523308136156334884111321149509734980734892548644755743200267365186098014752391666893215432663461739797320279608752660644308990728995569658875898580818839624181528304142451303982160234722087926843751888137231131172909887417285377637776021194499732537344.00000"),
    (0x7d8f71111baba837, 'G', -1, true, "6.42586E+296"),
    (0x7d8f71111baba837, 'E', 25, true, "6.4258608121587776191584024E+296"),
    (0x407a77851eb851ec, 'f', 10, true, "423.4700000000"),
    (0x407a77851eb851ec, 'f', -1, true, "423.470000"),
    (0x407a77851eb851ec, '\0', 5, true, "423.47"),
    (0x407a77851eb851ec, 'G', 2, true, "4.2E+02"),
    (0xc08f0770a3d70a3d, '\0', 17, false, "-992.92999999999995"),
    (0xc08f0770a3d70a3d, '%', 5, true, "-99293.00000%"),
    (0xc08f0770a3d70a3d, 'n', 17, true, "-992.92999999999995"),
    (0xc08f0770a3d70a3d, '\0', 2, true, "-9.9e+02"),
    (0x3dc324c7e7a2fb2c, 'f', 0, true, "0."),
    (0x3dc324c7e7a2fb2c, '%', 2, true, "0.00%"),
    (0x3dc324c7e7a2fb2c, 'E', 5, true, "3.48221E-11"),
    (0x3dc324c7e7a2fb2c, 'f', 3, false, "0.000"),
    (0x408b31999999999a, '\0', 25, false, "870.2000000000000454747351"),
    (0x408b31999999999a, '%', 1, true, "87020.0%"),
    (0x408b31999999999a, 'g', 0, true, "9.e+02"),
    (0x408b31999999999a, 'E', 3, true, "8.702E+02"),
    (0xbd97ae4c43b7ddc8, 'n', 5, false, "-5.3844e-12"),
    (0xbd97ae4c43b7ddc8, 'e', 17, true, "-5.38440217594362971e-12"),
    (0xbd97ae4c43b7ddc8, 'G', 17, true, "-5.3844021759436297E-12"),
    (0xbd97ae4c43b7ddc8, 'n', 3, true, "-5.38e-12"),
    (0xc08a53af8df7a4e8, 'G', 10, true, "-842.4607200"),
    (0xc08a53af8df7a4e8, '\0', 17, true, "-842.46072000000004"),
    (0xc08a53af8df7a4e8, '%', 1, false, "-84246.1%"),
    (0xc08a53af8df7a4e8, '\0', 3, false, "-8.42e+02"),
    (0x4076a00000000000, 'n', 0, false, "4e+02"),
    (0x4076a00000000000, 'n', 25, false, "362"),
    (0x4076a00000000000, '%', 25, false, "36200.0000000000000000000000000%"),
    (0x4076a00000000000, 'E', 10, false, "3.6200000000E+02"),
    (0xc08dcecf8df7a4e8, 'n', -1, false, "-953.851"),
    (0xc08dcecf8df7a4e8, 'f', 3, false, "-953.851"),
    (0xc08dcecf8df7a4e8, 'F', 17, true, "-953.85134500000003754"),
    (0xc08dcecf8df7a4e8, 'e', 25, true, "-9.5385134500000003754394129e+02"),
    (0x405aa7ee17a02fb6, 'n', 2, true, "1.1e+02"),
    (0x405aa7ee17a02fb6, '\0', 17, true, "106.62390700000000"),
    (0x405aa7ee17a02fb6, 'f', -1, false, "106.623907"),
    (0x405aa7ee17a02fb6, 'g', 5, true, "106.62"),
    (0x00ed2391a6ac1bb9, 'F', 5, false, "0.00000"),
    (0x00ed2391a6ac1bb9, 'g', 25, true, "3.319618373038404583210165e-304"),
    (0x00ed2391a6ac1bb9, 'F', 2, false, "0.00"),
    (0x00ed2391a6ac1bb9, 'e', 1, true, "3.3e-304"),
    (0x226085fb6085f413, 'F', -1, false, "0.000000"),
    (0x226085fb6085f413, 'f', -1, true, "0.000000"),
    (0x226085fb6085f413, 'G', 17, true, "4.2343876690815482E-143"),
    (0x226085fb6085f413, 'F', 3, true, "0.000"),
    (0xc084a87e90ff9724, 'n', 0, true, "-7.e+02"),
    (0xc084a87e90ff9724, 'g', 25, false, "-661.0617999999999483407009"),
    (0xc084a87e90ff9724, 'g', 3, true, "-661."),
    (0xc084a87e90ff9724, '%', 1, true, "-66106.2%"),
    (0x7ff0000000000000, 'n', 0, false, "inf"),
    (0x7ff0000000000000, '\0', 2, true, "inf"),
    (0x7ff0000000000000, 'f', 5, true, "inf"),
    (0x7ff0000000000000, 'n', 10, false, "inf"),
    (0xfff0000000000000, 'E', 10, true, "-INF"),
    (0xfff0000000000000, 'E', -1, false, "-INF"),
    (0xfff0000000000000, 'G', 17, true, "-INF"),
    (0xfff0000000000000, 'G', 10, true, "-INF"),
    (0x7ff8000000000000, 'g', 3, true, "nan"),
    (0x7ff8000000000000, 'g', -1, true, "nan"),
    (0x7ff8000000000000, 'E', 25, false, "NAN"),
    (0x7ff8000000000000, 'e', -1, false, "nan"),
];
    // 1288 format rows
    const ROUND: &[(u64, i64, &str)] = &[
        (0x4005666666666666, 0, "3.0"),
        (0x4005666666666666, 1, "2.7"),
        (0x4005666666666666, 2, "2.67"),
        (0x4005666666666666, 3, "2.675"),
        (0x4005666666666666, -1, "0.0"),
        (0x4005666666666666, -2, "0.0"),
        (0x4005666666666666, -3, "0.0"),
        (0x4005666666666666, 5, "2.675"),
        (0x4005666666666666, 10, "2.675"),
        (0x4005666666666666, 300, "2.675"),
        (0x4005666666666666, -308, "0.0"),
        (0x4005666666666666, -309, "0.0"),
        (0x4005666666666666, 324, "2.675"),
        (0x4005666666666666, 323, "2.675"),
        (0x4005666666666666, -300, "0.0"),
        (0x3fe0000000000000, 0, "0.0"),
        (0x3fe0000000000000, 1, "0.5"),
        (0x3fe0000000000000, 2, "0.5"),
        (0x3fe0000000000000, 3, "0.5"),
        (0x3fe0000000000000, -1, "0.0"),
        (0x3fe0000000000000, -2, "0.0"),
        (0x3fe0000000000000, -3, "0.0"),
        (0x3fe0000000000000, 5, "0.5"),
        (0x3fe0000000000000, 10, "0.5"),
        (0x3fe0000000000000, 300, "0.5"),
        (0x3fe0000000000000, -308, "0.0"),
        (0x3fe0000000000000, -309, "0.0"),
        (0x3fe0000000000000, 324, "0.5"),
        (0x3fe0000000000000, 323, "0.5"),
        (0x3fe0000000000000, -300, "0.0"),
        (0x3ff8000000000000, 0, "2.0"),
        (0x3ff8000000000000, 1, "1.5"),
        (0x3ff8000000000000, 2, "1.5"),
        (0x3ff8000000000000, 3, "1.5"),
        (0x3ff8000000000000, -1, "0.0"),
        (0x3ff8000000000000, -2, "0.0"),
        (0x3ff8000000000000, -3, "0.0"),
        (0x3ff8000000000000, 5, "1.5"),
        (0x3ff8000000000000, 10, "1.5"),
        (0x3ff8000000000000, 300, "1.5"),
        (0x3ff8000000000000, -308, "0.0"),
        (0x3ff8000000000000, -309, "0.0"),
        (0x3ff8000000000000, 324, "1.5"),
        (0x3ff8000000000000, 323, "1.5"),
        (0x3ff8000000000000, -300, "0.0"),
        (0x4004000000000000, 0, "2.0"),
        (0x4004000000000000, 1, "2.5"),
        (0x4004000000000000, 2, "2.5"),
        (0x4004000000000000, 3, "2.5"),
        (0x4004000000000000, -1, "0.0"),
        (0x4004000000000000, -2, "0.0"),
        (0x4004000000000000, -3, "0.0"),
        (0x4004000000000000, 5, "2.5"),
        (0x4004000000000000, 10, "2.5"),
        (0x4004000000000000, 300, "2.5"),
        (0x4004000000000000, -308, "0.0"),
        (0x4004000000000000, -309, "0.0"),
        (0x4004000000000000, 324, "2.5"),
        (0x4004000000000000, 323, "2.5"),
        (0x4004000000000000, -300, "0.0"),
        (0xbfe0000000000000, 0, "-0.0"),
        (0xbfe0000000000000, 1, "-0.5"),
        (0xbfe0000000000000, 2, "-0.5"),
        (0xbfe0000000000000, 3, "-0.5"),
        (0xbfe0000000000000, -1, "-0.0"),
        (0xbfe0000000000000, -2, "-0.0"),
        (0xbfe0000000000000, -3, "-0.0"),
        (0xbfe0000000000000, 5, "-0.5"),
        (0xbfe0000000000000, 10, "-0.5"),
        (0xbfe0000000000000, 300, "-0.5"),
        (0xbfe0000000000000, -308, "-0.0"),
        (0xbfe0000000000000, -309, "-0.0"),
        (0xbfe0000000000000, 324, "-0.5"),
        (0xbfe0000000000000, 323, "-0.5"),
        (0xbfe0000000000000, -300, "-0.0"),
        (0xbfd999999999999a, 0, "-0.0"),
        (0xbfd999999999999a, 1, "-0.4"),
        (0xbfd999999999999a, 2, "-0.4"),
        (0xbfd999999999999a, 3, "-0.4"),
        (0xbfd999999999999a, -1, "-0.0"),
        (0xbfd999999999999a, -2, "-0.0"),
        (0xbfd999999999999a, -3, "-0.0"),
        (0xbfd999999999999a, 5, "-0.4"),
        (0xbfd999999999999a, 10, "-0.4"),
        (0xbfd999999999999a, 300, "-0.4"),
        (0xbfd999999999999a, -308, "-0.0"),
        (0xbfd999999999999a, -309, "-0.0"),
        (0xbfd999999999999a, 324, "-0.4"),
        (0xbfd999999999999a, 323, "-0.4"),
        (0xbfd999999999999a, -300, "-0.0"),
        (0x3fc0000000000000, 0, "0.0"),
        (0x3fc0000000000000, 1, "0.1"),
        (0x3fc0000000000000, 2, "0.12"),
        (0x3fc0000000000000, 3, "0.125"),
        (0x3fc0000000000000, -1, "0.0"),
        (0x3fc0000000000000, -2, "0.0"),
        (0x3fc0000000000000, -3, "0.0"),
        (0x3fc0000000000000, 5, "0.125"),
        (0x3fc0000000000000, 10, "0.125"),
        (0x3fc0000000000000, 300, "0.125"),
        (0x3fc0000000000000, -308, "0.0"),
        (0x3fc0000000000000, -309, "0.0"),
        (0x3fc0000000000000, 324, "0.125"),
        (0x3fc0000000000000, 323, "0.125"),
        (0x3fc0000000000000, -300, "0.0"),
        (0x3fd8000000000000, 0, "0.0"),
        (0x3fd8000000000000, 1, "0.4"),
        (0x3fd8000000000000, 2, "0.38"),
        (0x3fd8000000000000, 3, "0.375"),
        (0x3fd8000000000000, -1, "0.0"),
        (0x3fd8000000000000, -2, "0.0"),
        (0x3fd8000000000000, -3, "0.0"),
        (0x3fd8000000000000, 5, "0.375"),
        (0x3fd8000000000000, 10, "0.375"),
        (0x3fd8000000000000, 300, "0.375"),
        (0x3fd8000000000000, -308, "0.0"),
        (0x3fd8000000000000, -309, "0.0"),
        (0x3fd8000000000000, 324, "0.375"),
        (0x3fd8000000000000, 323, "0.375"),
        (0x3fd8000000000000, -300, "0.0"),
        (0x40c81c8000000000, 0, "12345.0"),
        (0x40c81c8000000000, 1, "12345.0"),
        (0x40c81c8000000000, 2, "12345.0"),
        (0x40c81c8000000000, 3, "12345.0"),
        (0x40c81c8000000000, -1, "12340.0"),
        (0x40c81c8000000000, -2, "12300.0"),
        (0x40c81c8000000000, -3, "12000.0"),
        (0x40c81c8000000000, 5, "12345.0"),
        (0x40c81c8000000000, 10, "12345.0"),
        (0x40c81c8000000000, 300, "12345.0"),
        (0x40c81c8000000000, -308, "0.0"),
        (0x40c81c8000000000, -309, "0.0"),
        (0x40c81c8000000000, 324, "12345.0"),
        (0x40c81c8000000000, 323, "12345.0"),
        (0x40c81c8000000000, -300, "0.0"),
        (0x40c8218000000000, 0, "12355.0"),
        (0x40c8218000000000, 1, "12355.0"),
        (0x40c8218000000000, 2, "12355.0"),
        (0x40c8218000000000, 3, "12355.0"),
        (0x40c8218000000000, -1, "12360.0"),
        (0x40c8218000000000, -2, "12400.0"),
        (0x40c8218000000000, -3, "12000.0"),
        (0x40c8218000000000, 5, "12355.0"),
        (0x40c8218000000000, 10, "12355.0"),
        (0x40c8218000000000, 300, "12355.0"),
        (0x40c8218000000000, -308, "0.0"),
        (0x40c8218000000000, -309, "0.0"),
        (0x40c8218000000000, 324, "12355.0"),
        (0x40c8218000000000, 323, "12355.0"),
        (0x40c8218000000000, -300, "0.0"),
        (0x7fefffffffffffff, 0, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, 1, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, 2, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, 3, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, -1, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, -2, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, -3, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, 5, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, 10, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, 300, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, -308, "overflow"),
        (0x7fefffffffffffff, -309, "0.0"),
        (0x7fefffffffffffff, 324, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, 323, "1.7976931348623157e+308"),
        (0x7fefffffffffffff, -300, "1.79769313e+308"),
        (0x0000000000000001, 0, "0.0"),
        (0x0000000000000001, 1, "0.0"),
        (0x0000000000000001, 2, "0.0"),
        (0x0000000000000001, 3, "0.0"),
        (0x0000000000000001, -1, "0.0"),
        (0x0000000000000001, -2, "0.0"),
        (0x0000000000000001, -3, "0.0"),
        (0x0000000000000001, 5, "0.0"),
        (0x0000000000000001, 10, "0.0"),
        (0x0000000000000001, 300, "0.0"),
        (0x0000000000000001, -308, "0.0"),
        (0x0000000000000001, -309, "0.0"),
        (0x0000000000000001, 324, "5e-324"),
        (0x0000000000000001, 323, "0.0"),
        (0x0000000000000001, -300, "0.0"),
        (0x01a56e1fc2f8f359, 0, "0.0"),
        (0x01a56e1fc2f8f359, 1, "0.0"),
        (0x01a56e1fc2f8f359, 2, "0.0"),
        (0x01a56e1fc2f8f359, 3, "0.0"),
        (0x01a56e1fc2f8f359, -1, "0.0"),
        (0x01a56e1fc2f8f359, -2, "0.0"),
        (0x01a56e1fc2f8f359, -3, "0.0"),
        (0x01a56e1fc2f8f359, 5, "0.0"),
        (0x01a56e1fc2f8f359, 10, "0.0"),
        (0x01a56e1fc2f8f359, 300, "1e-300"),
        (0x01a56e1fc2f8f359, -308, "0.0"),
        (0x01a56e1fc2f8f359, -309, "0.0"),
        (0x01a56e1fc2f8f359, 324, "1e-300"),
        (0x01a56e1fc2f8f359, 323, "1e-300"),
        (0x01a56e1fc2f8f359, -300, "0.0"),
        (0x405edd2f1a9fbe77, 0, "123.0"),
        (0x405edd2f1a9fbe77, 1, "123.5"),
        (0x405edd2f1a9fbe77, 2, "123.46"),
        (0x405edd2f1a9fbe77, 3, "123.456"),
        (0x405edd2f1a9fbe77, -1, "120.0"),
        (0x405edd2f1a9fbe77, -2, "100.0"),
        (0x405edd2f1a9fbe77, -3, "0.0"),
        (0x405edd2f1a9fbe77, 5, "123.456"),
        (0x405edd2f1a9fbe77, 10, "123.456"),
        (0x405edd2f1a9fbe77, 300, "123.456"),
        (0x405edd2f1a9fbe77, -308, "0.0"),
        (0x405edd2f1a9fbe77, -309, "0.0"),
        (0x405edd2f1a9fbe77, 324, "123.456"),
        (0x405edd2f1a9fbe77, 323, "123.456"),
        (0x405edd2f1a9fbe77, -300, "0.0"),
        (0xc05edd2f1a9fbe77, 0, "-123.0"),
        (0xc05edd2f1a9fbe77, 1, "-123.5"),
        (0xc05edd2f1a9fbe77, 2, "-123.46"),
        (0xc05edd2f1a9fbe77, 3, "-123.456"),
        (0xc05edd2f1a9fbe77, -1, "-120.0"),
        (0xc05edd2f1a9fbe77, -2, "-100.0"),
        (0xc05edd2f1a9fbe77, -3, "-0.0"),
        (0xc05edd2f1a9fbe77, 5, "-123.456"),
        (0xc05edd2f1a9fbe77, 10, "-123.456"),
        (0xc05edd2f1a9fbe77, 300, "-123.456"),
        (0xc05edd2f1a9fbe77, -308, "-0.0"),
        (0xc05edd2f1a9fbe77, -309, "-0.0"),
        (0xc05edd2f1a9fbe77, 324, "-123.456"),
        (0xc05edd2f1a9fbe77, 323, "-123.456"),
        (0xc05edd2f1a9fbe77, -300, "-0.0"),
        (0x3fd23d70a3d70a3d, 0, "0.0"),
        (0x3fd23d70a3d70a3d, 1, "0.3"),
        (0x3fd23d70a3d70a3d, 2, "0.28"),
        (0x3fd23d70a3d70a3d, 3, "0.285"),
        (0x3fd23d70a3d70a3d, -1, "0.0"),
        (0x3fd23d70a3d70a3d, -2, "0.0"),
        (0x3fd23d70a3d70a3d, -3, "0.0"),
        (0x3fd23d70a3d70a3d, 5, "0.285"),
        (0x3fd23d70a3d70a3d, 10, "0.285"),
        (0x3fd23d70a3d70a3d, 300, "0.285"),
        (0x3fd23d70a3d70a3d, -308, "0.0"),
        (0x3fd23d70a3d70a3d, -309, "0.0"),
        (0x3fd23d70a3d70a3d, 324, "0.285"),
        (0x3fd23d70a3d70a3d, 323, "0.285"),
        (0x3fd23d70a3d70a3d, -300, "0.0"),
        (0x3ff0147ae147ae14, 0, "1.0"),
        (0x3ff0147ae147ae14, 1, "1.0"),
        (0x3ff0147ae147ae14, 2, "1.0"),
        (0x3ff0147ae147ae14, 3, "1.005"),
        (0x3ff0147ae147ae14, -1, "0.0"),
        (0x3ff0147ae147ae14, -2, "0.0"),
        (0x3ff0147ae147ae14, -3, "0.0"),
        (0x3ff0147ae147ae14, 5, "1.005"),
        (0x3ff0147ae147ae14, 10, "1.005"),
        (0x3ff0147ae147ae14, 300, "1.005"),
        (0x3ff0147ae147ae14, -308, "0.0"),
        (0x3ff0147ae147ae14, -309, "0.0"),
        (0x3ff0147ae147ae14, 324, "1.005"),
        (0x3ff0147ae147ae14, 323, "1.005"),
        (0x3ff0147ae147ae14, -300, "0.0"),
        (0x3df12e0be826d695, 0, "0.0"),
        (0x3df12e0be826d695, 1, "0.0"),
        (0x3df12e0be826d695, 2, "0.0"),
        (0x3df12e0be826d695, 3, "0.0"),
        (0x3df12e0be826d695, -1, "0.0"),
        (0x3df12e0be826d695, -2, "0.0"),
        (0x3df12e0be826d695, -3, "0.0"),
        (0x3df12e0be826d695, 5, "0.0"),
        (0x3df12e0be826d695, 10, "3e-10"),
        (0x3df12e0be826d695, 300, "2.5e-10"),
        (0x3df12e0be826d695, -308, "0.0"),
        (0x3df12e0be826d695, -309, "0.0"),
        (0x3df12e0be826d695, 324, "2.5e-10"),
        (0x3df12e0be826d695, 323, "2.5e-10"),
        (0x3df12e0be826d695, -300, "0.0"),
        (0x401c000000000000, 0, "7.0"),
        (0x401c000000000000, 1, "7.0"),
        (0x401c000000000000, 2, "7.0"),
        (0x401c000000000000, 3, "7.0"),
        (0x401c000000000000, -1, "10.0"),
        (0x401c000000000000, -2, "0.0"),
        (0x401c000000000000, -3, "0.0"),
        (0x401c000000000000, 5, "7.0"),
        (0x401c000000000000, 10, "7.0"),
        (0x401c000000000000, 300, "7.0"),
        (0x401c000000000000, -308, "0.0"),
        (0x401c000000000000, -309, "0.0"),
        (0x401c000000000000, 324, "7.0"),
        (0x401c000000000000, 323, "7.0"),
        (0x401c000000000000, -300, "0.0"),
        (0x4480f0cf064dd592, 0, "1e+22"),
        (0x4480f0cf064dd592, 1, "1e+22"),
        (0x4480f0cf064dd592, 2, "1e+22"),
        (0x4480f0cf064dd592, 3, "1e+22"),
        (0x4480f0cf064dd592, -1, "1e+22"),
        (0x4480f0cf064dd592, -2, "1e+22"),
        (0x4480f0cf064dd592, -3, "1e+22"),
        (0x4480f0cf064dd592, 5, "1e+22"),
        (0x4480f0cf064dd592, 10, "1e+22"),
        (0x4480f0cf064dd592, 300, "1e+22"),
        (0x4480f0cf064dd592, -308, "0.0"),
        (0x4480f0cf064dd592, -309, "0.0"),
        (0x4480f0cf064dd592, 324, "1e+22"),
        (0x4480f0cf064dd592, 323, "1e+22"),
        (0x4480f0cf064dd592, -300, "0.0"),
        (0x2025b757162a01de, 5, "0.0"),
        (0x2025b757162a01de, -2, "0.0"),
        (0x2025b757162a01de, 3, "0.0"),
        (0x2025b757162a01de, 0, "0.0"),
        (0x3aa8d1b981ff1d96, -1, "0.0"),
        (0x3aa8d1b981ff1d96, -2, "0.0"),
        (0x3aa8d1b981ff1d96, 3, "0.0"),
        (0x3aa8d1b981ff1d96, 0, "0.0"),
        (0xc1a2aec2128ca41d, -1, "-156721420.0"),
        (0xc1a2aec2128ca41d, 2, "-156721417.27"),
        (0xc1a2aec2128ca41d, 10, "-156721417.27468958"),
        (0xc1a2aec2128ca41d, -10, "-0.0"),
        (0x4082050ec28b2a6b, -2, "600.0"),
        (0x4082050ec28b2a6b, 2, "576.63"),
        (0x4082050ec28b2a6b, 1, "576.6"),
        (0x4082050ec28b2a6b, 3, "576.632"),
        (0x42643d7bc0f8f4ee, 2, "695446931399.65"),
        (0x42643d7bc0f8f4ee, 15, "695446931399.654"),
        (0x42643d7bc0f8f4ee, -10, "700000000000.0"),
        (0x42643d7bc0f8f4ee, 0, "695446931400.0"),
        (0xc307b4a68c5add03, 5, "-834068984585120.4"),
        (0xc307b4a68c5add03, -10, "-834070000000000.0"),
        (0xc307b4a68c5add03, 1, "-834068984585120.4"),
        (0xc307b4a68c5add03, 10, "-834068984585120.4"),
        (0x404ef604189374bc, 1, "61.9"),
        (0x404ef604189374bc, 10, "61.922"),
        (0x404ef604189374bc, -10, "0.0"),
        (0x404ef604189374bc, 15, "61.922"),
        (0xbe500fd8148fa6df, 10, "-1.5e-08"),
        (0xbe500fd8148fa6df, 15, "-1.4958802e-08"),
        (0xbe500fd8148fa6df, -1, "-0.0"),
        (0xbe500fd8148fa6df, -10, "-0.0"),
        (0x454f5c751e67b22f, -1, "7.582663716889959e+25"),
        (0x454f5c751e67b22f, 15, "7.582663716889959e+25"),
        (0x454f5c751e67b22f, 5, "7.582663716889959e+25"),
        (0x454f5c751e67b22f, 3, "7.582663716889959e+25"),
        (0x3b5b1f05515b15dc, -2, "0.0"),
        (0x3b5b1f05515b15dc, 5, "0.0"),
        (0x3b5b1f05515b15dc, 3, "0.0"),
        (0x3b5b1f05515b15dc, 0, "0.0"),
        (0xc0853302374794ea, 2, "-678.38"),
        (0xc0853302374794ea, 10, "-678.376082"),
        (0xc0853302374794ea, 1, "-678.4"),
        (0xc0853302374794ea, 15, "-678.376082"),
        (0xc08425fe28240b78, 15, "-644.7491"),
        (0xc08425fe28240b78, 3, "-644.749"),
        (0xc08425fe28240b78, -2, "-600.0"),
        (0xc08425fe28240b78, 2, "-644.75"),
        (0x15e9768e05f73dba, 10, "0.0"),
        (0x15e9768e05f73dba, 2, "0.0"),
        (0x15e9768e05f73dba, -1, "0.0"),
        (0x15e9768e05f73dba, 1, "0.0"),
        (0xc08a2d70a3d70a3d, 15, "-837.68"),
        (0xc08a2d70a3d70a3d, 10, "-837.68"),
        (0xc08a2d70a3d70a3d, -10, "-0.0"),
        (0xc08a2d70a3d70a3d, 2, "-837.68"),
        (0x00b9ba2f9e0d5425, 0, "0.0"),
        (0x00b9ba2f9e0d5425, -1, "0.0"),
        (0x00b9ba2f9e0d5425, 3, "0.0"),
        (0x00b9ba2f9e0d5425, -10, "0.0"),
        (0x19b3a19a67c3b9fe, 5, "0.0"),
        (0x19b3a19a67c3b9fe, 1, "0.0"),
        (0x19b3a19a67c3b9fe, 2, "0.0"),
        (0x19b3a19a67c3b9fe, 3, "0.0"),
        (0xc0718ddf3b645a1d, 1, "-280.9"),
        (0xc0718ddf3b645a1d, 3, "-280.867"),
        (0xc0718ddf3b645a1d, 10, "-280.867"),
        (0xc0718ddf3b645a1d, 15, "-280.867"),
        (0x3e36a8e96f1d9fd1, 15, "5.275899e-09"),
        (0x3e36a8e96f1d9fd1, -1, "0.0"),
        (0x3e36a8e96f1d9fd1, 0, "0.0"),
        (0x3e36a8e96f1d9fd1, -10, "0.0"),
        (0xc373b9c4ac469ce7, 3, "-8.883646260063806e+16"),
        (0xc373b9c4ac469ce7, 10, "-8.883646260063806e+16"),
        (0xc373b9c4ac469ce7, 1, "-8.883646260063806e+16"),
        (0xc373b9c4ac469ce7, 5, "-8.883646260063806e+16"),
        (0x418793ad2b56ef44, 2, "49444261.42"),
        (0x418793ad2b56ef44, -10, "0.0"),
        (0x418793ad2b56ef44, 1, "49444261.4"),
        (0x418793ad2b56ef44, -1, "49444260.0"),
        (0x926387a41e641766, -10, "-0.0"),
        (0x926387a41e641766, 3, "-0.0"),
        (0x926387a41e641766, 2, "-0.0"),
        (0x926387a41e641766, 10, "-0.0"),
        (0xc06689999999999a, -1, "-180.0"),
        (0xc06689999999999a, -2, "-200.0"),
        (0xc06689999999999a, 0, "-180.0"),
        (0xc06689999999999a, 3, "-180.3"),
        (0xe623bca27fc73719, 15, "-1.0482993304892852e+184"),
        (0xe623bca27fc73719, -1, "-1.0482993304892852e+184"),
        (0xe623bca27fc73719, -2, "-1.0482993304892852e+184"),
        (0xe623bca27fc73719, 3, "-1.0482993304892852e+184"),
        (0x6942b6e5db9d1cca, 2, "1.1191391791635193e+199"),
        (0x6942b6e5db9d1cca, 10, "1.1191391791635193e+199"),
        (0x6942b6e5db9d1cca, -10, "1.1191391791635193e+199"),
        (0x6942b6e5db9d1cca, -1, "1.1191391791635193e+199"),
        (0x39299ae9ef64333f, 2, "0.0"),
        (0x39299ae9ef64333f, -1, "0.0"),
        (0x39299ae9ef64333f, 5, "0.0"),
        (0x39299ae9ef64333f, 10, "0.0"),
        (0x3040b1613760e399, 1, "0.0"),
        (0x3040b1613760e399, 10, "0.0"),
        (0x3040b1613760e399, -10, "0.0"),
        (0x3040b1613760e399, -2, "0.0"),
        (0xc06925c28f5c28f6, 2, "-201.18"),
        (0xc06925c28f5c28f6, 3, "-201.18"),
        (0xc06925c28f5c28f6, 10, "-201.18"),
        (0xc06925c28f5c28f6, -10, "-0.0"),
        (0xba143469af24b75f, 15, "-0.0"),
        (0xba143469af24b75f, -10, "-0.0"),
        (0xba143469af24b75f, -1, "-0.0"),
        (0xba143469af24b75f, 10, "-0.0"),
        (0x40695ae147ae147b, 3, "202.84"),
        (0x40695ae147ae147b, 5, "202.84"),
        (0x40695ae147ae147b, 0, "203.0"),
        (0x40695ae147ae147b, -10, "0.0"),
        (0xc0811f444284dfce, 3, "-547.908"),
        (0xc0811f444284dfce, 0, "-548.0"),
        (0xc0811f444284dfce, -10, "-0.0"),
        (0xc0811f444284dfce, 15, "-547.90833"),
        (0x407b980000000000, 0, "442.0"),
        (0x407b980000000000, -10, "0.0"),
        (0x407b980000000000, 1, "441.5"),
        (0x407b980000000000, 3, "441.5"),
        (0xc07a73b645a1cac1, 3, "-423.232"),
        (0xc07a73b645a1cac1, 5, "-423.232"),
        (0xc07a73b645a1cac1, 10, "-423.232"),
        (0xc07a73b645a1cac1, -2, "-400.0"),
        (0xc08a3df7ced91687, 1, "-839.7"),
        (0xc08a3df7ced91687, -10, "-0.0"),
        (0xc08a3df7ced91687, 15, "-839.746"),
        (0xc08a3df7ced91687, 0, "-840.0"),
        (0xc08ae53333333333, 1, "-860.6"),
        (0xc08ae53333333333, 10, "-860.65"),
        (0xc08ae53333333333, -1, "-860.0"),
        (0xc08ae53333333333, 2, "-860.65"),
        (0xc082034432ca57a8, 10, "-576.4083"),
        (0xc082034432ca57a8, -1, "-580.0"),
        (0xc082034432ca57a8, -2, "-600.0"),
        (0xc082034432ca57a8, 3, "-576.408"),
        (0xc061451eb851eb85, 15, "-138.16"),
        (0xc061451eb851eb85, -1, "-140.0"),
        (0xc061451eb851eb85, 5, "-138.16"),
        (0xc061451eb851eb85, 3, "-138.16"),
        (0x3d4f3ea7b5efc4bc, -1, "0.0"),
        (0x3d4f3ea7b5efc4bc, 0, "0.0"),
        (0x3d4f3ea7b5efc4bc, 15, "2.22e-13"),
        (0x3d4f3ea7b5efc4bc, 10, "0.0"),
        (0x41c59e774d7014a5, 15, "725413530.87563"),
        (0x41c59e774d7014a5, -1, "725413530.0"),
        (0x41c59e774d7014a5, 5, "725413530.87563"),
        (0x41c59e774d7014a5, -10, "0.0"),
        (0x4533e1a110ebf85f, 1, "2.4035094176460703e+25"),
        (0x4533e1a110ebf85f, 10, "2.4035094176460703e+25"),
        (0x4533e1a110ebf85f, 2, "2.4035094176460703e+25"),
        (0x4533e1a110ebf85f, -10, "2.40350941764607e+25"),
        (0xd8e00d0c5af43b97, 0, "-1.2952379609123004e+120"),
        (0xd8e00d0c5af43b97, 15, "-1.2952379609123004e+120"),
        (0xd8e00d0c5af43b97, 1, "-1.2952379609123004e+120"),
        (0xd8e00d0c5af43b97, 10, "-1.2952379609123004e+120"),
    ];
    const DIVMOD: &[(u64, u64, &str, &str)] = &[
        (0x401e000000000000, 0x4000000000000000, "3.0", "1.5"),
        (0x401e000000000000, 0xc000000000000000, "-4.0", "-0.5"),
        (0x401e000000000000, 0x3fe0000000000000, "15.0", "0.0"),
        (0x401e000000000000, 0xbfe0000000000000, "-15.0", "-0.0"),
        (0x401e000000000000, 0x4008000000000000, "2.0", "1.5"),
        (
            0x401e000000000000,
            0x01a56e1fc2f8f359,
            "7.5e+300",
            "7.223898960297836e-301",
        ),
        (0x401e000000000000, 0xfe37e43c8800759c, "-1.0", "-1e+300"),
        (0x401e000000000000, 0x7ff0000000000000, "0.0", "7.5"),
        (0x401e000000000000, 0xfff0000000000000, "-1.0", "-inf"),
        (
            0x401e000000000000,
            0x3fb999999999999a,
            "74.0",
            "0.09999999999999959",
        ),
        (
            0x401e000000000000,
            0xbfb999999999999a,
            "-75.0",
            "-4.163336342344337e-16",
        ),
        (0xc01e000000000000, 0x4000000000000000, "-4.0", "0.5"),
        (0xc01e000000000000, 0xc000000000000000, "3.0", "-1.5"),
        (0xc01e000000000000, 0x3fe0000000000000, "-15.0", "0.0"),
        (0xc01e000000000000, 0xbfe0000000000000, "15.0", "-0.0"),
        (0xc01e000000000000, 0x4008000000000000, "-3.0", "1.5"),
        (
            0xc01e000000000000,
            0x01a56e1fc2f8f359,
            "-7.5e+300",
            "2.776101039702164e-301",
        ),
        (0xc01e000000000000, 0xfe37e43c8800759c, "0.0", "-7.5"),
        (0xc01e000000000000, 0x7ff0000000000000, "-1.0", "inf"),
        (0xc01e000000000000, 0xfff0000000000000, "0.0", "-7.5"),
        (
            0xc01e000000000000,
            0x3fb999999999999a,
            "-75.0",
            "4.163336342344337e-16",
        ),
        (
            0xc01e000000000000,
            0xbfb999999999999a,
            "74.0",
            "-0.09999999999999959",
        ),
        (0x401c000000000000, 0x4000000000000000, "3.0", "1.0"),
        (0x401c000000000000, 0xc000000000000000, "-4.0", "-1.0"),
        (0x401c000000000000, 0x3fe0000000000000, "14.0", "0.0"),
        (0x401c000000000000, 0xbfe0000000000000, "-14.0", "-0.0"),
        (0x401c000000000000, 0x4008000000000000, "2.0", "1.0"),
        (
            0x401c000000000000,
            0x01a56e1fc2f8f359,
            "7e+300",
            "2.7423056962779803e-301",
        ),
        (0x401c000000000000, 0xfe37e43c8800759c, "-1.0", "-1e+300"),
        (0x401c000000000000, 0x7ff0000000000000, "0.0", "7.0"),
        (0x401c000000000000, 0xfff0000000000000, "-1.0", "-inf"),
        (
            0x401c000000000000,
            0x3fb999999999999a,
            "69.0",
            "0.09999999999999962",
        ),
        (
            0x401c000000000000,
            0xbfb999999999999a,
            "-70.0",
            "-3.885780586188048e-16",
        ),
        (0xc01c000000000000, 0x4000000000000000, "-4.0", "1.0"),
        (0xc01c000000000000, 0xc000000000000000, "3.0", "-1.0"),
        (0xc01c000000000000, 0x3fe0000000000000, "-14.0", "0.0"),
        (0xc01c000000000000, 0xbfe0000000000000, "14.0", "-0.0"),
        (0xc01c000000000000, 0x4008000000000000, "-3.0", "2.0"),
        (
            0xc01c000000000000,
            0x01a56e1fc2f8f359,
            "-7e+300",
            "7.25769430372202e-301",
        ),
        (0xc01c000000000000, 0xfe37e43c8800759c, "0.0", "-7.0"),
        (0xc01c000000000000, 0x7ff0000000000000, "-1.0", "inf"),
        (0xc01c000000000000, 0xfff0000000000000, "0.0", "-7.0"),
        (
            0xc01c000000000000,
            0x3fb999999999999a,
            "-70.0",
            "3.885780586188048e-16",
        ),
        (
            0xc01c000000000000,
            0xbfb999999999999a,
            "69.0",
            "-0.09999999999999962",
        ),
        (0x0000000000000000, 0x4000000000000000, "0.0", "0.0"),
        (0x0000000000000000, 0xc000000000000000, "-0.0", "-0.0"),
        (0x0000000000000000, 0x3fe0000000000000, "0.0", "0.0"),
        (0x0000000000000000, 0xbfe0000000000000, "-0.0", "-0.0"),
        (0x0000000000000000, 0x4008000000000000, "0.0", "0.0"),
        (0x0000000000000000, 0x01a56e1fc2f8f359, "0.0", "0.0"),
        (0x0000000000000000, 0xfe37e43c8800759c, "-0.0", "-0.0"),
        (0x0000000000000000, 0x7ff0000000000000, "0.0", "0.0"),
        (0x0000000000000000, 0xfff0000000000000, "-0.0", "-0.0"),
        (0x0000000000000000, 0x3fb999999999999a, "0.0", "0.0"),
        (0x0000000000000000, 0xbfb999999999999a, "-0.0", "-0.0"),
        (0x8000000000000000, 0x4000000000000000, "-0.0", "0.0"),
        (0x8000000000000000, 0xc000000000000000, "0.0", "-0.0"),
        (0x8000000000000000, 0x3fe0000000000000, "-0.0", "0.0"),
        (0x8000000000000000, 0xbfe0000000000000, "0.0", "-0.0"),
        (0x8000000000000000, 0x4008000000000000, "-0.0", "0.0"),
        (0x8000000000000000, 0x01a56e1fc2f8f359, "-0.0", "0.0"),
        (0x8000000000000000, 0xfe37e43c8800759c, "0.0", "-0.0"),
        (0x8000000000000000, 0x7ff0000000000000, "-0.0", "0.0"),
        (0x8000000000000000, 0xfff0000000000000, "0.0", "-0.0"),
        (0x8000000000000000, 0x3fb999999999999a, "-0.0", "0.0"),
        (0x8000000000000000, 0xbfb999999999999a, "0.0", "-0.0"),
        (0x7e37e43c8800759c, 0x4000000000000000, "5e+299", "0.0"),
        (0x7e37e43c8800759c, 0xc000000000000000, "-5e+299", "-0.0"),
        (0x7e37e43c8800759c, 0x3fe0000000000000, "2e+300", "0.0"),
        (0x7e37e43c8800759c, 0xbfe0000000000000, "-2e+300", "-0.0"),
        (
            0x7e37e43c8800759c,
            0x4008000000000000,
            "3.3333333333333335e+299",
            "0.0",
        ),
        (
            0x7e37e43c8800759c,
            0x01a56e1fc2f8f359,
            "inf",
            "4.891554850853602e-301",
        ),
        (0x7e37e43c8800759c, 0xfe37e43c8800759c, "-1.0", "-0.0"),
        (0x7e37e43c8800759c, 0x7ff0000000000000, "0.0", "1e+300"),
        (0x7e37e43c8800759c, 0xfff0000000000000, "-1.0", "-inf"),
        (
            0x7e37e43c8800759c,
            0x3fb999999999999a,
            "1e+301",
            "0.00011215964963492975",
        ),
        (
            0x7e37e43c8800759c,
            0xbfb999999999999a,
            "-1e+301",
            "-0.09988784035036508",
        ),
        (0x81a56e1fc2f8f359, 0x4000000000000000, "-1.0", "2.0"),
        (0x81a56e1fc2f8f359, 0xc000000000000000, "0.0", "-1e-300"),
        (0x81a56e1fc2f8f359, 0x3fe0000000000000, "-1.0", "0.5"),
        (0x81a56e1fc2f8f359, 0xbfe0000000000000, "0.0", "-1e-300"),
        (0x81a56e1fc2f8f359, 0x4008000000000000, "-1.0", "3.0"),
        (0x81a56e1fc2f8f359, 0x01a56e1fc2f8f359, "-1.0", "0.0"),
        (0x81a56e1fc2f8f359, 0xfe37e43c8800759c, "0.0", "-1e-300"),
        (0x81a56e1fc2f8f359, 0x7ff0000000000000, "-1.0", "inf"),
        (0x81a56e1fc2f8f359, 0xfff0000000000000, "0.0", "-1e-300"),
        (0x81a56e1fc2f8f359, 0x3fb999999999999a, "-1.0", "0.1"),
        (0x81a56e1fc2f8f359, 0xbfb999999999999a, "0.0", "-1e-300"),
        (0x4016000000000000, 0x4000000000000000, "2.0", "1.5"),
        (0x4016000000000000, 0xc000000000000000, "-3.0", "-0.5"),
        (0x4016000000000000, 0x3fe0000000000000, "11.0", "0.0"),
        (0x4016000000000000, 0xbfe0000000000000, "-11.0", "-0.0"),
        (0x4016000000000000, 0x4008000000000000, "1.0", "2.5"),
        (
            0x4016000000000000,
            0x01a56e1fc2f8f359,
            "5.5e+300",
            "9.297525904218413e-301",
        ),
        (0x4016000000000000, 0xfe37e43c8800759c, "-1.0", "-1e+300"),
        (0x4016000000000000, 0x7ff0000000000000, "0.0", "5.5"),
        (0x4016000000000000, 0xfff0000000000000, "-1.0", "-inf"),
        (
            0x4016000000000000,
            0x3fb999999999999a,
            "54.0",
            "0.0999999999999997",
        ),
        (
            0x4016000000000000,
            0xbfb999999999999a,
            "-55.0",
            "-3.0531133177191805e-16",
        ),
        (0x4008000000000000, 0x4000000000000000, "1.0", "1.0"),
        (0x4008000000000000, 0xc000000000000000, "-2.0", "-1.0"),
        (0x4008000000000000, 0x3fe0000000000000, "6.0", "0.0"),
        (0x4008000000000000, 0xbfe0000000000000, "-6.0", "-0.0"),
        (0x4008000000000000, 0x4008000000000000, "1.0", "0.0"),
        (
            0x4008000000000000,
            0x01a56e1fc2f8f359,
            "3e+300",
            "6.8895595841191346e-301",
        ),
        (0x4008000000000000, 0xfe37e43c8800759c, "-1.0", "-1e+300"),
        (0x4008000000000000, 0x7ff0000000000000, "0.0", "3.0"),
        (0x4008000000000000, 0xfff0000000000000, "-1.0", "-inf"),
        (
            0x4008000000000000,
            0x3fb999999999999a,
            "29.0",
            "0.09999999999999984",
        ),
        (
            0x4008000000000000,
            0xbfb999999999999a,
            "-30.0",
            "-1.6653345369377348e-16",
        ),
        (0x7ff0000000000000, 0x4000000000000000, "nan", "nan"),
        (0x7ff0000000000000, 0xc000000000000000, "nan", "nan"),
        (0x7ff0000000000000, 0x3fe0000000000000, "nan", "nan"),
        (0x7ff0000000000000, 0xbfe0000000000000, "nan", "nan"),
        (0x7ff0000000000000, 0x4008000000000000, "nan", "nan"),
        (0x7ff0000000000000, 0x01a56e1fc2f8f359, "nan", "nan"),
        (0x7ff0000000000000, 0xfe37e43c8800759c, "nan", "nan"),
        (0x7ff0000000000000, 0x7ff0000000000000, "nan", "nan"),
        (0x7ff0000000000000, 0xfff0000000000000, "nan", "nan"),
        (0x7ff0000000000000, 0x3fb999999999999a, "nan", "nan"),
        (0x7ff0000000000000, 0xbfb999999999999a, "nan", "nan"),
        (0x7ff8000000000000, 0x4000000000000000, "nan", "nan"),
        (0x7ff8000000000000, 0xc000000000000000, "nan", "nan"),
        (0x7ff8000000000000, 0x3fe0000000000000, "nan", "nan"),
        (0x7ff8000000000000, 0xbfe0000000000000, "nan", "nan"),
        (0x7ff8000000000000, 0x4008000000000000, "nan", "nan"),
        (0x7ff8000000000000, 0x01a56e1fc2f8f359, "nan", "nan"),
        (0x7ff8000000000000, 0xfe37e43c8800759c, "nan", "nan"),
        (0x7ff8000000000000, 0x7ff0000000000000, "nan", "nan"),
        (0x7ff8000000000000, 0xfff0000000000000, "nan", "nan"),
        (0x7ff8000000000000, 0x3fb999999999999a, "nan", "nan"),
        (0x7ff8000000000000, 0xbfb999999999999a, "nan", "nan"),
        (0x3fb999999999999a, 0x4000000000000000, "0.0", "0.1"),
        (0x3fb999999999999a, 0xc000000000000000, "-1.0", "-1.9"),
        (0x3fb999999999999a, 0x3fe0000000000000, "0.0", "0.1"),
        (0x3fb999999999999a, 0xbfe0000000000000, "-1.0", "-0.4"),
        (0x3fb999999999999a, 0x4008000000000000, "0.0", "0.1"),
        (
            0x3fb999999999999a,
            0x01a56e1fc2f8f359,
            "1e+299",
            "1.353654169526866e-301",
        ),
        (0x3fb999999999999a, 0xfe37e43c8800759c, "-1.0", "-1e+300"),
        (0x3fb999999999999a, 0x7ff0000000000000, "0.0", "0.1"),
        (0x3fb999999999999a, 0xfff0000000000000, "-1.0", "-inf"),
        (0x3fb999999999999a, 0x3fb999999999999a, "1.0", "0.0"),
        (0x3fb999999999999a, 0xbfb999999999999a, "-1.0", "-0.0"),
        (0xbfb999999999999a, 0x4000000000000000, "-1.0", "1.9"),
        (0xbfb999999999999a, 0xc000000000000000, "0.0", "-0.1"),
        (0xbfb999999999999a, 0x3fe0000000000000, "-1.0", "0.4"),
        (0xbfb999999999999a, 0xbfe0000000000000, "0.0", "-0.1"),
        (0xbfb999999999999a, 0x4008000000000000, "-1.0", "2.9"),
        (
            0xbfb999999999999a,
            0x01a56e1fc2f8f359,
            "-1e+299",
            "8.646345830473134e-301",
        ),
        (0xbfb999999999999a, 0xfe37e43c8800759c, "0.0", "-0.1"),
        (0xbfb999999999999a, 0x7ff0000000000000, "-1.0", "inf"),
        (0xbfb999999999999a, 0xfff0000000000000, "0.0", "-0.1"),
        (0xbfb999999999999a, 0x3fb999999999999a, "-1.0", "0.0"),
        (0xbfb999999999999a, 0xbfb999999999999a, "1.0", "-0.0"),
    ];
}
