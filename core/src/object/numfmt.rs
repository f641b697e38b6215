//! The format-spec mini-language (`format(x, spec)`) for `int` and `float`:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::num::bigint::BigInt;
use crate::vm::{PyResult, Vm};

/// A parsed format spec.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    /// Fill character (default space).
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<char>,
    /// `+`, `-` or ` `.
    pub sign: Option<char>,
    /// `z`: coerce negative zero.
    pub z: bool,
    /// `#`.
    pub alt: bool,
    /// Minimum width.
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// `.precision`.
    pub precision: Option<usize>,
    /// The presentation type.
    pub ty: Option<char>,
}

/// Parses a spec; `tyname` is the object's type name for error messages.
pub fn parse_spec(vm: &Vm, spec: &str, tyname: &str) -> PyResult<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        s.fill = Some(cs[0]);
        s.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        s.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        s.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        if s.fill.is_none() {
            s.fill = Some('0');
        }
        if s.align.is_none() {
            s.align = Some('=');
        }
        i += 1;
    }
    let mut w: usize = 0;
    while i < cs.len() && cs[i].is_ascii_digit() {
        w = w
            .saturating_mul(10)
            .saturating_add(cs[i] as usize - '0' as usize);
        i += 1;
    }
    if w > isize::MAX as usize / 2 {
        return Err(vm.value_error("Too many decimal digits in format string"));
    }
    s.width = w;
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        s.grouping = Some(cs[i]);
        i += 1;
        if i < cs.len() && matches!(cs[i], ',' | '_') {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let start = i;
        let mut p: usize = 0;
        while i < cs.len() && cs[i].is_ascii_digit() {
            p = p
                .saturating_mul(10)
                .saturating_add(cs[i] as usize - '0' as usize);
            i += 1;
        }
        if i == start {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        if p > isize::MAX as usize / 2 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        s.precision = Some(p);
    }
    if cs.len() - i > 1 {
        return Err(vm.value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{tyname}'"
        )));
    }
    if i < cs.len() {
        s.ty = Some(cs[i]);
    }
    if let (Some(g), Some(t)) = (s.grouping, s.ty) {
        let ok = match t {
            'd' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%' => true,
            'b' | 'o' | 'x' | 'X' => g == '_',
            _ => false,
        };
        if !ok {
            return Err(vm.value_error(format!("Cannot specify '{g}' with '{t}'.")));
        }
    }
    Ok(s)
}

/// Inserts a separator every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.chars().count();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Lays out `sign + prefix + body` (body already grouped, `int_part_len`
/// digits of it before any fraction) in the spec's width.
///
/// The width comes from the input: the result's size is checked against
/// the interpreter's limits and reserved fallibly before it is built (a
/// `MemoryError`, as CPython's failing `malloc`), and the zero padding of a
/// grouped number is computed, not grown one digit at a time.
#[allow(clippy::too_many_arguments)]
fn layout(
    vm: &Vm,
    spec: &Spec,
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    every: usize,
    default_align: char,
) -> PyResult<String> {
    let fill = spec.fill.unwrap_or(' ');
    let align = spec.align.unwrap_or(default_align);
    let fixed = sign.chars().count() + prefix.chars().count() + rest.chars().count();
    let ndigits = digits.chars().count();
    let width = spec.width;
    let zero_grouped = align == '=' && fill == '0' && spec.grouping.is_some();
    // Upper bound of the result in bytes: the padding (or the zero digits
    // with their separators), the text, and one separator per digit.
    let bound = width
        .saturating_mul(fill.len_utf8())
        .saturating_add(sign.len() + prefix.len() + rest.len() + digits.len())
        .saturating_add(if spec.grouping.is_some() { ndigits } else { 0 });
    vm.check_size(crate::vm::limits::SizeKind::Str, bound as u64)?;
    let mut digits = String::from(digits);
    if zero_grouped {
        // Fewest digits `n` whose grouped length reaches the width.
        let body_len = |n: usize| n + n.saturating_sub(1) / every;
        let target = width.saturating_sub(fixed);
        if body_len(ndigits) < target {
            let mut n = (target - target / (every + 1)).max(ndigits);
            while n > ndigits && body_len(n - 1) >= target {
                n -= 1;
            }
            while body_len(n) < target {
                n += 1;
            }
            let mut zeros = String::new();
            if zeros.try_reserve(n - ndigits + digits.len()).is_err() {
                return Err(vm.memory_error());
            }
            zeros.extend(core::iter::repeat_n('0', n - ndigits));
            zeros.push_str(&digits);
            digits = zeros;
        }
    }
    let body = match spec.grouping {
        Some(g) => group(&digits, g, every),
        None => digits,
    };
    let total = fixed + body.chars().count();
    let pad = width.saturating_sub(total);
    let mut out = String::new();
    let size = pad
        .saturating_mul(fill.len_utf8())
        .saturating_add(sign.len() + prefix.len() + body.len() + rest.len());
    if out.try_reserve(size).is_err() {
        return Err(vm.memory_error());
    }
    let fills = |out: &mut String, n: usize| out.extend(core::iter::repeat_n(fill, n));
    let (before, after) = match align {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    if align == '=' {
        out.push_str(sign);
        out.push_str(prefix);
        fills(&mut out, pad);
    } else {
        fills(&mut out, before);
        out.push_str(sign);
        out.push_str(prefix);
    }
    out.push_str(&body);
    out.push_str(rest);
    fills(&mut out, after);
    Ok(out)
}

fn sign_str(spec: &Spec, neg: bool) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(int, spec)` (`v` is the integer as a BigInt).
pub fn format_int(vm: &Vm, v: &BigInt, spec: &Spec, tyname: &str) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v
                .to_f64()
                .map_err(|_| vm.overflow_error("int too large to convert to float"))?;
            return format_float(vm, f, spec, tyname);
        }
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        _ => {
            return Err(vm.value_error(format!(
                "Unknown format code '{ty}' for object of type '{tyname}'"
            )))
        }
    }
    if spec.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if spec.z {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    if ty == 'n' {
        if let Some(g) = spec.grouping {
            return Err(vm.value_error(format!("Cannot specify '{g}' with 'n'.")));
        }
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alt {
            return Err(
                vm.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
            );
        }
        let Some(x) = v.to_i64() else {
            return Err(vm.overflow_error("Python int too large to convert to C long"));
        };
        let c = u32::try_from(x)
            .ok()
            .filter(|x| *x < 0x110000)
            .and_then(char::from_u32)
            .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
        let mut s2 = spec.clone();
        s2.grouping = None;
        let mut cs = String::new();
        cs.push(c);
        return layout(vm, &s2, "", "", &cs, "", 3, '<');
    }
    let neg = v.is_negative();
    let mag = v.abs();
    let (radix, prefix, every) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let mut digits = if radix == 10 {
        crate::object::int::big_to_decimal(vm, &mag)?
    } else {
        mag.to_string_radix(radix)
    };
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if spec.alt { prefix } else { "" };
    layout(
        vm,
        spec,
        sign_str(spec, neg),
        prefix,
        &digits,
        "",
        every,
        '>',
    )
}

/// `format(float, spec)`.
pub fn format_float(vm: &Vm, f: f64, spec: &Spec, tyname: &str) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('\0');
    if !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' | '\0') {
        return Err(vm.value_error(format!(
            "Unknown format code '{ty}' for object of type '{tyname}'"
        )));
    }
    let t = if ty == 'n' { 'g' } else { ty };
    let s = crate::num::float::format_float_ex(f, t, spec.precision, spec.alt, spec.z);
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, String::from(r)),
        None => (false, s),
    };
    // Split the integer digits from the rest (fraction, exponent, %).
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, rest) = if f.is_finite() {
        s.split_at(split)
    } else {
        ("", s.as_str())
    };
    let mut sp = spec.clone();
    if !f.is_finite() {
        sp.grouping = None;
    }
    layout(vm, &sp, sign_str(spec, neg), "", digits, rest, 3, '>')
}

/// `format(str, spec)` layout for strings (used by `object.__format__`
/// callers that format text): fill, align, width, precision truncation.
pub fn format_text(vm: &Vm, text: &str, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'str'"
            )));
        }
    }
    if spec.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if spec.alt {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let t: String = match spec.precision {
        Some(p) => text.chars().take(p).collect(),
        None => String::from(text),
    };
    let mut sp = spec.clone();
    sp.grouping = None;
    layout(vm, &sp, "", "", &t, "", 3, '<')
}
