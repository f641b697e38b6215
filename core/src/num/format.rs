//! The format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`,
//! `str.format`): parsing with CPython's error messages, and applying a spec
//! to ints, floats and strings with CPython's padding, alignment, sign and
//! digit-grouping rules (`Python/formatter_unicode.c`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::bigint::BigInt;
use super::float::format_float_ex;

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The explicit fill character, if one was given before an alignment.
    pub fill: Option<char>,
    /// The explicit alignment: one of `<`, `>`, `^`, `=`.
    pub align: Option<char>,
    /// The sign option: `+`, `-` or space.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag (zero padding), only recognised when no fill was given.
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Digit grouping: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision (after `.`).
    pub precision: Option<usize>,
    /// Presentation type, or `None` for the empty type.
    pub ty: Option<char>,
}

/// Why applying a format spec failed, with the exception class to raise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Raise `ValueError` with this message.
    Value(String),
    /// Raise `OverflowError` with this message.
    Overflow(String),
    /// Raise `MemoryError`: the padded result cannot be allocated.
    Memory,
}

fn value_err<T>(msg: String) -> Result<T, FormatError> {
    Err(FormatError::Value(msg))
}

/// CPython's `%c`-style rendering of a presentation type in messages.
fn type_char(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("{}", c)
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// Reads a decimal integer; `Ok(None)` if there were no digits.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut acc: usize = 0;
    while *pos < chars.len() {
        let Some(d) = chars[*pos].to_digit(10) else {
            break;
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(String::from("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

impl FormatSpec {
    /// Parses `spec` as CPython does; `type_name` (e.g. `int`) appears in the
    /// "Invalid format specifier" message. Errors are `ValueError` messages.
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let mut f = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        };
        if end - pos >= 2 && is_align(chars[pos + 1]) {
            f.fill = Some(chars[pos]);
            f.align = Some(chars[pos + 1]);
            pos += 2;
        } else if end - pos >= 1 && is_align(chars[pos]) {
            f.align = Some(chars[pos]);
            pos += 1;
        }
        if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
            f.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < end && chars[pos] == 'z' {
            f.no_neg_0 = true;
            pos += 1;
        }
        if pos < end && chars[pos] == '#' {
            f.alternate = true;
            pos += 1;
        }
        if f.fill.is_none() && pos < end && chars[pos] == '0' {
            f.zero = true;
            pos += 1;
        }
        f.width = get_integer(&chars, &mut pos)?;
        if pos < end && chars[pos] == ',' {
            f.grouping = Some(',');
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if f.grouping.is_some() {
                return Err(String::from("Cannot specify both ',' and '_'."));
            }
            f.grouping = Some('_');
            pos += 1;
        }
        if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
            return Err(String::from("Cannot specify both ',' and '_'."));
        }
        if pos < end && chars[pos] == '.' {
            pos += 1;
            match get_integer(&chars, &mut pos)? {
                Some(p) => f.precision = Some(p),
                None => return Err(String::from("Format specifier missing precision")),
            }
        }
        if end - pos > 1 {
            return Err(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            ));
        }
        if end - pos == 1 {
            f.ty = Some(chars[pos]);
        }
        if let Some(g) = f.grouping {
            match f.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
                Some(t) => return Err(format!("Cannot specify '{}' with '{}'.", g, type_char(t))),
            }
        }
        Ok(f)
    }

    fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }

    fn align_or(&self, default: char) -> char {
        self.align.unwrap_or(if self.zero && default == '>' {
            '='
        } else {
            default
        })
    }

    /// Lays out a number: `sign`, `prefix` (`0x`), `digits` (the leading
    /// integer digits, grouped here), `rest` (decimal point, fraction,
    /// exponent, `%`), padded to the width.
    fn layout_number(
        &self,
        negative: bool,
        prefix: &str,
        digits: &str,
        rest: &str,
        group_size: usize,
    ) -> String {
        let sign = if negative {
            "-"
        } else {
            match self.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        let fill = self.fill_char();
        let align = self.align_or('>');
        let width = self.width.unwrap_or(0);
        let lead = sign.chars().count() + prefix.chars().count();
        let rest_len = rest.chars().count();
        let grouped = match self.grouping {
            Some(sep) if !digits.is_empty() => {
                let min_width = if fill == '0' && align == '=' {
                    width.saturating_sub(lead + rest_len)
                } else {
                    0
                };
                group_digits(digits, sep, group_size, min_width)
            }
            _ => String::from(digits),
        };
        let body = lead + grouped.chars().count() + rest_len;
        let pad = width.saturating_sub(body);
        let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
        match align {
            '<' => rpad = pad,
            '^' => {
                lpad = pad / 2;
                rpad = pad - lpad;
            }
            '=' => spad = pad,
            _ => lpad = pad,
        }
        let mut out = String::with_capacity(body + pad);
        push_n(&mut out, fill, lpad);
        out.push_str(sign);
        out.push_str(prefix);
        push_n(&mut out, fill, spad);
        out.push_str(&grouped);
        out.push_str(rest);
        push_n(&mut out, fill, rpad);
        out
    }

    fn pad_str(&self, s: &str, default_align: char) -> String {
        let width = self.width.unwrap_or(0);
        let n = s.chars().count();
        let pad = width.saturating_sub(n);
        let fill = self.fill_char();
        let (l, r) = match self.align_or(default_align) {
            '>' => (pad, 0),
            '^' => (pad / 2, pad - pad / 2),
            _ => (0, pad),
        };
        let mut out = String::with_capacity(s.len() + pad);
        push_n(&mut out, fill, l);
        out.push_str(s);
        push_n(&mut out, fill, r);
        out
    }

    /// Fails with `MemoryError` up front when the width cannot be allocated.
    fn reserve_width(&self) -> Result<(), FormatError> {
        let w = self.width.unwrap_or(0);
        let mut probe = String::new();
        probe
            .try_reserve(w.saturating_mul(4))
            .map_err(|_| FormatError::Memory)
    }

    /// `format(v, spec)` for an int (`type_name` is `int`, `bool`, ...):
    /// types `b c d o x X n` and the empty type, and the float types via
    /// conversion to float.
    pub fn format_int(&self, v: &BigInt, type_name: &str) -> Result<String, FormatError> {
        self.reserve_width()?;
        let ty = self.ty.unwrap_or('d');
        if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            let f = v.to_f64().map_err(|_| {
                FormatError::Overflow(String::from("int too large to convert to float"))
            })?;
            return self.format_float(f, type_name);
        }
        if !matches!(ty, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
            return value_err(format!(
                "Unknown format code '{}' for object of type '{}'",
                type_char(ty),
                type_name
            ));
        }
        if self.precision.is_some() {
            return value_err(String::from(
                "Precision not allowed in integer format specifier",
            ));
        }
        if self.no_neg_0 {
            return value_err(String::from(
                "Negative zero coercion (z) not allowed in integer format specifier",
            ));
        }
        if ty == 'c' {
            if self.sign.is_some() {
                return value_err(String::from(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if self.alternate {
                return value_err(String::from(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let x = v.to_i64().ok_or_else(|| {
                FormatError::Overflow(String::from("Python int too large to convert to C long"))
            })?;
            let ch = u32::try_from(x)
                .ok()
                .filter(|&x| x <= 0x10ffff)
                .ok_or_else(|| {
                    FormatError::Overflow(String::from("%c arg not in range(0x110000)"))
                })?;
            // Lone surrogates cannot live in a Rust string; show U+FFFD.
            let c = char::from_u32(ch).unwrap_or('\u{fffd}');
            let mut buf = [0u8; 4];
            return Ok(self.layout_number(false, "", "", c.encode_utf8(&mut buf), 3));
        }
        let (radix, prefix) = match ty {
            'b' => (2, "0b"),
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => (10, ""),
        };
        let mut digits = v.abs().to_string_radix(radix);
        if ty == 'X' {
            digits.make_ascii_uppercase();
        }
        let prefix = if self.alternate { prefix } else { "" };
        let group = if radix == 10 { 3 } else { 4 };
        Ok(self.layout_number(v.is_negative(), prefix, &digits, "", group))
    }

    /// `format(f, spec)` for a float: types `e E f F g G n %` and the empty
    /// type.
    pub fn format_float(&self, f: f64, type_name: &str) -> Result<String, FormatError> {
        let ty = self.ty.unwrap_or('\0');
        if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return value_err(format!(
                "Unknown format code '{}' for object of type '{}'",
                type_char(ty),
                type_name
            ));
        }
        if self.precision.is_some_and(|p| p > i32::MAX as usize) {
            return value_err(String::from("precision too big"));
        }
        self.reserve_width()?;
        let s = format_float_ex(f, ty, self.precision, self.alternate, self.no_neg_0);
        let (negative, body) = match s.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, s.as_str()),
        };
        let split = body.bytes().take_while(|c| c.is_ascii_digit()).count();
        let (digits, rest) = body.split_at(split);
        Ok(self.layout_number(negative, "", digits, rest, 3))
    }

    /// `format(s, spec)` for a str: type `s` or empty; precision truncates.
    pub fn format_str(&self, s: &str) -> Result<String, FormatError> {
        match self.ty {
            None | Some('s') => {}
            Some(t) => {
                return value_err(format!(
                    "Unknown format code '{}' for object of type 'str'",
                    type_char(t)
                ))
            }
        }
        // `parse` saw an empty type; CPython parses str specs with 's'.
        if let (Some(g), None) = (self.grouping, self.ty) {
            return value_err(format!("Cannot specify '{}' with 's'.", g));
        }
        match self.sign {
            Some(' ') => {
                return value_err(String::from("Space not allowed in string format specifier"))
            }
            Some(_) => {
                return value_err(String::from("Sign not allowed in string format specifier"))
            }
            None => {}
        }
        if self.no_neg_0 {
            return value_err(String::from(
                "Negative zero coercion (z) not allowed in string format specifier",
            ));
        }
        if self.alternate {
            return value_err(String::from(
                "Alternate form (#) not allowed in string format specifier",
            ));
        }
        if self.align_or('<') == '=' {
            return value_err(String::from(
                "'=' alignment not allowed in string format specifier",
            ));
        }
        self.reserve_width()?;
        let s = match self.precision {
            Some(p) => match s.char_indices().nth(p) {
                Some((i, _)) => &s[..i],
                None => s,
            },
            None => s,
        };
        Ok(self.pad_str(s, '<'))
    }
}

fn push_n(out: &mut String, c: char, n: usize) {
    for _ in 0..n {
        out.push(c);
    }
}

/// Groups ASCII `digits` with `sep` every `size` digits from the right,
/// left-padding with zeros up to `min_width` characters (CPython's
/// `_PyUnicode_InsertThousandsGrouping`).
pub fn group_digits(digits: &str, sep: char, size: usize, min_width: usize) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width as i64;
    let size = size.max(1) as i64;
    let mut pos = d.len();
    let mut pieces: Vec<String> = Vec::new();
    loop {
        let l = size.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let mut piece = String::with_capacity(l as usize);
        push_n(&mut piece, '0', n_zeros as usize);
        let start = pos - n_chars as usize;
        piece.extend(d[start..pos].iter().map(|&c| char::from(c)));
        pos = start;
        pieces.push(piece);
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    let mut out = String::new();
    for (i, p) in pieces.iter().rev().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        out.push_str(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(kind: char, v: &str, spec: &str) -> String {
        let type_name = match kind {
            'i' => "int",
            'f' => "float",
            _ => "str",
        };
        let parsed = match FormatSpec::parse(spec, type_name) {
            Ok(p) => p,
            Err(e) => return alloc::format!("V:{}", e),
        };
        let r = match kind {
            'i' => parsed.format_int(&BigInt::parse(v, 10).unwrap(), type_name),
            'f' => parsed.format_float(
                f64::from_bits(u64::from_str_radix(&v[2..], 16).unwrap()),
                type_name,
            ),
            _ => parsed.format_str(v),
        };
        match r {
            Ok(s) => alloc::format!("ok:{}", s),
            Err(FormatError::Value(m)) => alloc::format!("V:{}", m),
            Err(FormatError::Overflow(m)) => alloc::format!("O:{}", m),
            Err(FormatError::Memory) => String::from("M"),
        }
    }

    #[test]
    fn format_matches_cpython_table() {
        let mut bad = Vec::new();
        for (kind, v, spec, want) in CASES {
            let got = run(*kind, v, spec);
            if got != *want {
                bad.push(alloc::format!(
                    "format({}, {:?}) = {:?}, want {:?}",
                    v,
                    spec,
                    got,
                    want
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{} mismatches:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    #[test]
    fn parse_fields() {
        let s = FormatSpec::parse("*^+z#012_.3f", "float").unwrap();
        assert_eq!(s.fill, Some('*'));
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_0 && s.alternate && !s.zero);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some('_'));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        let e = FormatSpec::parse("", "int").unwrap();
        assert_eq!(e.ty, None);
        assert_eq!(e.width, None);
        assert!(FormatSpec::parse("9999999999999999999999", "int").is_err());
        let huge = alloc::format!("{}", isize::MAX);
        assert_eq!(run('i', "5", &huge), "M");
        assert_eq!(run('s', "x", &huge), "M");
        assert_eq!(
            run(
                'f',
                "0x3ff0000000000000",
                &alloc::format!(".{}", 1u64 << 40)
            ),
            "V:precision too big"
        );
    }

    #[test]
    fn grouping_pads_with_zeros() {
        assert_eq!(group_digits("1234", ',', 3, 10), "00,001,234");
        assert_eq!(group_digits("1234", ',', 3, 0), "1,234");
        assert_eq!(group_digits("1", ',', 3, 0), "1");
        assert_eq!(group_digits("", ',', 3, 0), "0");
        assert_eq!(group_digits("abcdef12", '_', 4, 0), "abcd_ef12");
    }

    const CASES: &[(char, &str, &str, &str)] = &[
    ('i', "1234567", ">05d", "ok:1234567"),
    ('i', "-9999999999999999999999997", "^#010,.6n", "V:Cannot specify ',' with 'n'."),
    ('i', "-42", "<+#05o", "ok:-0o52"),
    ('i', "255", "<01f", "ok:255.000000"),
    ('i', "0", "=-10.0g", "ok:         0"),
    ('i', "-9999999999999999999999997", "x^,n", "V:Cannot specify ',' with 'n'."),
    ('i', "-9999999999999999999999997", "é= z,.6f", "ok:-10,000,000,000,000,000,905,969,664.000000"),
    ('i', "-9999999999999999999999997", " <05.3b", "V:Precision not allowed in integer format specifier"),
    ('i', "1", "08", "ok:00000001"),
    ('i', "1", "*^+05_.3f", "ok:+1.000"),
    ('i', "255", "x=#,n", "V:Cannot specify ',' with 'n'."),
    ('i', "100000000000000000000", "0<0", "ok:100000000000000000000"),
    ('i', "-1234567", ">#.1f", "ok:-1234567.0"),
    ('i', "0", "^-g", "ok:0"),
    ('i', "1114111", "> 5_n", "V:Cannot specify '_' with 'n'."),
    ('i', "-1234567", "#20.6s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "1234567", " #20_b", "ok: 0b1_0010_1101_0110_1000_0111"),
    ('i', "1", "*<5_.3x", "V:Precision not allowed in integer format specifier"),
    ('i', "1114111", "8.6x", "V:Precision not allowed in integer format specifier"),
    ('i', "-9999999999999999999999997", "é<#5X", "ok:-0X845951614014849FFFFFD"),
    ('i', "0", "é^10.2n", "V:Precision not allowed in integer format specifier"),
    ('i', "65", "^#10_x", "ok:   0x41   "),
    ('i', "-42", " ^#_.3s", "V:Cannot specify '_' with 's'."),
    ('i', "1", "*<12", "ok:1***********"),
    ('i', "-42", " >-#.0x", "V:Precision not allowed in integer format specifier"),
    ('i', "18446744073709551616", "#12%", "ok:1844674407370955161600.000000%"),
    ('i', "-9223372036854775808", " ^#1x", "ok:-0x8000000000000000"),
    ('i', "-9223372036854775808", "x>12.1x", "V:Precision not allowed in integer format specifier"),
    ('i', "-1", "z.0o", "V:Precision not allowed in integer format specifier"),
    ('i', "7", "<#0,.0%", "ok:700.%"),
    ('i', "65", "08X", "ok:00000041"),
    ('i', "-9999999999999999999999997", "-x", "ok:-845951614014849fffffd"),
    ('i', "-1", "0=z#,d", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "1", "8,c", "V:Cannot specify ',' with 'c'."),
    ('i', "1", "<+#5_.1x", "V:Precision not allowed in integer format specifier"),
    ('i', "100000000000000000000", "=20e", "ok:        1.000000e+20"),
    ('i', "1", "=+#01%", "ok:+100.000000%"),
    ('i', "-9999999999999999999999997", "-1,.3n", "V:Cannot specify ',' with 'n'."),
    ('i', "-42", "0=0X", "ok:-2A"),
    ('i', "1", "0,b", "V:Cannot specify ',' with 'b'."),
    ('i', "1", "<.2x", "V:Precision not allowed in integer format specifier"),
    ('i', "-1", "*^+,%", "ok:-100.000000%"),
    ('i', "1114111", "é<_.3", "V:Precision not allowed in integer format specifier"),
    ('i', "1234", "zo", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "255", "=+z05o", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "0", "^ #0o", "ok: 0o0"),
    ('i', "7", "<010,f", "ok:7.00000000"),
    ('i', "1234", " >+8", "ok:   +1234"),
    ('i', "-1234567", "<0.0x", "V:Precision not allowed in integer format specifier"),
    ('i', "255", " <z1c", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "1234567", "é=-0,.6b", "V:Cannot specify ',' with 'b'."),
    ('i', "-42", "^ z10,b", "V:Cannot specify ',' with 'b'."),
    ('i', "-9223372036854775808", "^ #0_.1o", "V:Precision not allowed in integer format specifier"),
    ('i', "1234567", "é<+.3c", "V:Precision not allowed in integer format specifier"),
    ('i', "-9999999999999999999999997", "*<z5n", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "-9223372036854775808", "=#5.0f", "ok:-9223372036854775808."),
    ('i', "-1234567", "x=20.1s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "1114111", ">+#012c", "V:Sign not allowed with integer format specifier 'c'"),
    ('i', "-1234567", "+zg", "ok:-1.23457e+06"),
    ('i', "-255", "^1.6o", "V:Precision not allowed in integer format specifier"),
    ('i', "100000000000000000000", " ^08.6d", "V:Precision not allowed in integer format specifier"),
    ('i', "255", "#020c", "V:Alternate form (#) not allowed with integer format specifier 'c'"),
    ('i', "1234", "é^#,.2f", "ok:1,234.00"),
    ('i', "255", "é^-#.3%", "ok:25500.000%"),
    ('i', "65", "<0_.6s", "V:Cannot specify '_' with 's'."),
    ('i', "7", "=d", "ok:7"),
    ('i', "-9999999999999999999999997", "0o", "ok:-4105452130240024411177777775"),
    ('i', "65", "=-z#20_.3X", "V:Precision not allowed in integer format specifier"),
    ('i', "-255", "0>010e", "ok:-2.550000e+02"),
    ('i', "1114111", "+0b", "ok:+100001111111111111111"),
    ('i', "65", "0<z8e", "ok:6.500000e+01"),
    ('i', "-1", "08n", "ok:-0000001"),
    ('i', "0", " .3s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "1114111", "^+#1.3o", "V:Precision not allowed in integer format specifier"),
    ('i', "1234567", "0<0_o", "ok:455_3207"),
    ('i', "0", "^z#,d", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "1234567", "<+,.3X", "V:Cannot specify ',' with 'X'."),
    ('i', "-1234567", ">1b", "ok:-100101101011010000111"),
    ('i', "1234", "^.6o", "V:Precision not allowed in integer format specifier"),
    ('i', "1", "^08.6f", "ok:1.000000"),
    ('i', "65", "*^012x", "ok:*****41*****"),
    ('i', "-9999999999999999999999997", "0^#1,.2x", "V:Cannot specify ',' with 'x'."),
    ('i', "1234567", "^20f", "ok:   1234567.000000   "),
    ('i', "18446744073709551616", "<020%", "ok:1844674407370955161600.000000%"),
    ('i', "1", "z,g", "ok:1"),
    ('i', "-1", " x", "ok:-1"),
    ('i', "7", "^-.1x", "V:Precision not allowed in integer format specifier"),
    ('i', "100000000000000000000", "=5_.6n", "V:Cannot specify '_' with 'n'."),
    ('i', "-9999999999999999999999997", "-5s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "1234567", "> 0d", "ok: 1234567"),
    ('i', "7", " >+z.3X", "V:Precision not allowed in integer format specifier"),
    ('i', "7", " > z0e", "ok: 7.000000e+00"),
    ('i', "1114111", "#1.2d", "V:Precision not allowed in integer format specifier"),
    ('i', "18446744073709551616", "*^z8c", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "1", "<z020.0%", "ok:100%0000000000000000"),
    ('i', "18446744073709551616", "é>#10b", "ok:0b10000000000000000000000000000000000000000000000000000000000000000"),
    ('i', "-255", "^z01.3%", "ok:-25500.000%"),
    ('i', "255", "é^5.6n", "V:Precision not allowed in integer format specifier"),
    ('i', "-9223372036854775808", "=-z#8.1s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "1", "+12.6e", "ok:+1.000000e+00"),
    ('i', "100000000000000000000", "= 8,d", "ok: 100,000,000,000,000,000,000"),
    ('i', "-255", "<20", "ok:-255                "),
    ('i', "-255", "<s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "18446744073709551616", "#5.3n", "V:Precision not allowed in integer format specifier"),
    ('i', "-9223372036854775808", "^ .3e", "ok:-9.223e+18"),
    ('i', "-255", "10_.1g", "ok:    -3e+02"),
    ('i', "65", "^#10.6s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "-255", ">g", "ok:-255"),
    ('i', "18446744073709551616", "é<1b", "ok:10000000000000000000000000000000000000000000000000000000000000000"),
    ('i', "-1234567", "*<8n", "ok:-1234567"),
    ('i', "-42", ">08b", "ok:0-101010"),
    ('i', "65", "^z012.6X", "V:Precision not allowed in integer format specifier"),
    ('i', "7", "d", "ok:7"),
    ('i', "-1", " e", "ok:-1.000000e+00"),
    ('i', "1234", ">z20.2o", "V:Precision not allowed in integer format specifier"),
    ('i', "-9999999999999999999999997", "0f", "ok:-10000000000000000905969664.000000"),
    ('i', "1234", "x>%", "ok:123400.000000%"),
    ('i', "-255", "=z#8d", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "255", "-z#,.2x", "V:Cannot specify ',' with 'x'."),
    ('i', "1114111", "x<-10b", "ok:100001111111111111111"),
    ('i', "-9999999999999999999999997", "^z0d", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "65", "^z8_.3X", "V:Precision not allowed in integer format specifier"),
    ('i', "1234567", "< z010_%", "ok: 123_456_700.000000%"),
    ('i', "0", "1_.3e", "ok:0.000e+00"),
    ('i', "-255", "1,d", "ok:-255"),
    ('i', "-1234567", "8.1s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "1234567", "*> 1e", "ok: 1.234567e+06"),
    ('i', "-255", "^ z#1.1f", "ok:-255.0"),
    ('i', "-9223372036854775808", "8,s", "V:Cannot specify ',' with 's'."),
    ('i', "-1234567", "^5,.1o", "V:Cannot specify ',' with 'o'."),
    ('i', "255", "10d", "ok:       255"),
    ('i', "255", "é=.0e", "ok:3e+02"),
    ('i', "255", "0= 12.0f", "ok: 00000000255"),
    ('i', "0", "é^-#20f", "ok:éééééé0.000000éééééé"),
    ('i', "1234", "_b", "ok:100_1101_0010"),
    ('i', "65", "^ #X", "ok: 0X41"),
    ('i', "1114111", "=s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "1", "> 0%", "ok: 100.000000%"),
    ('i', "1234", " <+z1.3g", "ok:+1.23e+03"),
    ('i', "-42", "#X", "ok:-0X2A"),
    ('i', "1114111", "=012e", "ok:1.114111e+06"),
    ('i', "100000000000000000000", "#12.2o", "V:Precision not allowed in integer format specifier"),
    ('i', "1234", "^8.1o", "V:Precision not allowed in integer format specifier"),
    ('i', "100000000000000000000", ">#0.6%", "ok:10000000000000000000000.000000%"),
    ('i', "1234567", "z0_", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "1114111", "^ 010,.6x", "V:Cannot specify ',' with 'x'."),
    ('i', "1234567", "8.3d", "V:Precision not allowed in integer format specifier"),
    ('i', "7", "é=8,.6c", "V:Cannot specify ',' with 'c'."),
    ('i', "1114111", ",n", "V:Cannot specify ',' with 'n'."),
    ('i', "1234567", "-1.3e", "ok:1.235e+06"),
    ('i', "-42", " < b", "ok:-101010"),
    ('i', "18446744073709551616", "< g", "ok: 1.84467e+19"),
    ('i', "1234", "20.1o", "V:Precision not allowed in integer format specifier"),
    ('i', "65", "é= #0.0d", "V:Precision not allowed in integer format specifier"),
    ('i', "-255", "^5c", "O:%c arg not in range(0x110000)"),
    ('i', "100000000000000000000", "x<-#_.0%", "ok:10_000_000_000_000_000_000_000.%"),
    ('i', "-9223372036854775808", ">+n", "ok:-9223372036854775808"),
    ('i', "1234567", "=+zs", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "0", ",s", "V:Cannot specify ',' with 's'."),
    ('i', "255", "=+0_X", "ok:+FF"),
    ('i', "1234567", "0>1.0f", "ok:1234567"),
    ('i', "1114111", "0=20.6s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "-255", "=020s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "1", "x^1,%", "ok:100.000000%"),
    ('i', "1234", "= #n", "ok: 1234"),
    ('i', "0", "<-z#8n", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "-9223372036854775808", "^-20,.6n", "V:Cannot specify ',' with 'n'."),
    ('i', "-42", " >0,.3c", "V:Cannot specify ',' with 'c'."),
    ('i', "-9999999999999999999999997", "0^+z1f", "ok:-10000000000000000905969664.000000"),
    ('i', "65", "<+#0,s", "V:Cannot specify ',' with 's'."),
    ('i', "1234567", "^12,d", "ok: 1,234,567  "),
    ('i', "7", "^z.0", "V:Precision not allowed in integer format specifier"),
    ('i', "7", "0< #0.6c", "V:Precision not allowed in integer format specifier"),
    ('i', "-9223372036854775808", "012b", "ok:-1000000000000000000000000000000000000000000000000000000000000000"),
    ('i', "-42", "^-020g", "ok:00000000-42000000000"),
    ('i', "-9999999999999999999999997", "<0x", "ok:-845951614014849fffffd"),
    ('i', "-42", "#0.3o", "V:Precision not allowed in integer format specifier"),
    ('i', "-9223372036854775808", "é<-#_X", "ok:-0X8000_0000_0000_0000"),
    ('i', "7", "=12_n", "V:Cannot specify '_' with 'n'."),
    ('i', "-9223372036854775808", "^5", "ok:-9223372036854775808"),
    ('i', "-1", "0>#05.0b", "V:Precision not allowed in integer format specifier"),
    ('i', "-9999999999999999999999997", "é=10_.3c", "V:Cannot specify '_' with 'c'."),
    ('i', "1234", "-#010c", "V:Sign not allowed with integer format specifier 'c'"),
    ('i', "-42", ">-0f", "ok:-42.000000"),
    ('i', "65", "#5_%", "ok:6_500.000000%"),
    ('i', "100000000000000000000", " >.6b", "V:Precision not allowed in integer format specifier"),
    ('i', "1234567", "<+#c", "V:Sign not allowed with integer format specifier 'c'"),
    ('i', "1", "0<z#f", "ok:1.000000"),
    ('i', "0", "<+5,g", "ok:+0   "),
    ('i', "18446744073709551616", "<#0b", "ok:0b10000000000000000000000000000000000000000000000000000000000000000"),
    ('i', "-1", "-0c", "V:Sign not allowed with integer format specifier 'c'"),
    ('i', "-9223372036854775808", " #0.2X", "V:Precision not allowed in integer format specifier"),
    ('i', "-1", "^ z.3c", "V:Precision not allowed in integer format specifier"),
    ('i', "-255", "0<.6c", "V:Precision not allowed in integer format specifier"),
    ('i', "-1234567", "<#c", "V:Alternate form (#) not allowed with integer format specifier 'c'"),
    ('i', "-42", "^#8.3o", "V:Precision not allowed in integer format specifier"),
    ('i', "1234", "x=c", "ok:Ӓ"),
    ('i', "1", "-0_X", "ok:1"),
    ('i', "-42", "=-#01_c", "V:Cannot specify '_' with 'c'."),
    ('i', "18446744073709551616", "=0.1c", "V:Precision not allowed in integer format specifier"),
    ('i', "-9999999999999999999999997", "z020c", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "-1234567", "+z,g", "ok:-1.23457e+06"),
    ('i', "255", "<,f", "ok:255.000000"),
    ('i', "-42", "=+20_n", "V:Cannot specify '_' with 'n'."),
    ('i', "1", ">10b", "ok:         1"),
    ('i', "1234", "<#0.6c", "V:Precision not allowed in integer format specifier"),
    ('i', "255", "^8,b", "V:Cannot specify ',' with 'b'."),
    ('i', "-255", "< 10.2x", "V:Precision not allowed in integer format specifier"),
    ('i', "-1234567", "=-08o", "ok:-4553207"),
    ('i', "-1", "+1.2c", "V:Precision not allowed in integer format specifier"),
    ('i', "-1234567", "-z020c", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "-9999999999999999999999997", "=05.3x", "V:Precision not allowed in integer format specifier"),
    ('i', "100000000000000000000", "é^-5o", "ok:12657072742654304000000"),
    ('i', "65", "< 10e", "ok: 6.500000e+01"),
    ('i', "1114111", "=+8s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "65", "#020_n", "V:Cannot specify '_' with 'n'."),
    ('i', "65", "<#20c", "V:Alternate form (#) not allowed with integer format specifier 'c'"),
    ('i', "100000000000000000000", "#20g", "ok:         1.00000e+20"),
    ('i', "100000000000000000000", "é<+12e", "ok:+1.000000e+20"),
    ('i', "1234", ">z#10,o", "V:Cannot specify ',' with 'o'."),
    ('i', "1234567", "x<12,c", "V:Cannot specify ',' with 'c'."),
    ('i', "1", "*^-g", "ok:1"),
    ('i', "-9223372036854775808", "-z,d", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "1234567", "=0e", "ok:1.234567e+06"),
    ('i', "-1234567", ">020_.3s", "V:Cannot specify '_' with 's'."),
    ('i', "1", "*= 0.2d", "V:Precision not allowed in integer format specifier"),
    ('i', "1", "-8.0%", "ok:    100%"),
    ('i', "1114111", "0<z08,.1g", "ok:1e+06000"),
    ('i', "-1234567", "*^ 12", "ok:**-1234567**"),
    ('i', "255", "<#.1b", "V:Precision not allowed in integer format specifier"),
    ('i', "-9223372036854775808", "é^ 12,e", "ok:-9.223372e+18"),
    ('i', "-1", "+01g", "ok:-1"),
    ('i', "-1", "^zs", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "-1234567", "=+0X", "ok:-12D687"),
    ('i', "-9223372036854775808", ">08,x", "V:Cannot specify ',' with 'x'."),
    ('i', "1", "20,", "ok:                   1"),
    ('i', "-1234567", "=z#10n", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "1114111", "x=+#", "ok:+1114111"),
    ('i', "-1234567", "#1.0f", "ok:-1234567."),
    ('i', "-42", " >08,X", "V:Cannot specify ',' with 'X'."),
    ('i', "100000000000000000000", "x=#20,c", "V:Cannot specify ',' with 'c'."),
    ('i', "18446744073709551616", " ^#.6", "V:Precision not allowed in integer format specifier"),
    ('i', "1", "^s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "-1", "-#0g", "ok:-1.00000"),
    ('i', "1234", " <e", "ok:1.234000e+03"),
    ('i', "-1", ">+#s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "-1234567", "0=-g", "ok:-1.23457e+06"),
    ('i', "0", "^8b", "ok:   0    "),
    ('i', "-9223372036854775808", "z8.6c", "V:Precision not allowed in integer format specifier"),
    ('i', "-1", "=.1", "V:Precision not allowed in integer format specifier"),
    ('i', "18446744073709551616", "x<5n", "ok:18446744073709551616"),
    ('i', "0", ">z1c", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "1234", " <10f", "ok:1234.000000"),
    ('i', "1", ">8_%", "ok:100.000000%"),
    ('i', "1", "<0s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "-9223372036854775808", "^z012x", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "0", "^_s", "V:Cannot specify '_' with 's'."),
    ('i', "-42", "é< 5.2d", "V:Precision not allowed in integer format specifier"),
    ('i', "-42", "-z5.1s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "100000000000000000000", "é=#1.2d", "V:Precision not allowed in integer format specifier"),
    ('i', "1234567", "é=12d", "ok:ééééé1234567"),
    ('i', "-1", "x^_", "ok:-1"),
    ('i', "-1", "*^8f", "ok:-1.000000"),
    ('i', "7", "é>+8_.6s", "V:Cannot specify '_' with 's'."),
    ('i', "-255", "é< 0.6", "V:Precision not allowed in integer format specifier"),
    ('i', "-42", " =-05.0x", "V:Precision not allowed in integer format specifier"),
    ('i', "255", " zx", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "1234567", "0<#n", "ok:1234567"),
    ('i', "0", "é^10_x", "ok:éééé0ééééé"),
    ('i', "-42", ">+0.2b", "V:Precision not allowed in integer format specifier"),
    ('i', "18446744073709551616", "é<e", "ok:1.844674e+19"),
    ('i', "100000000000000000000", "<-#.1c", "V:Precision not allowed in integer format specifier"),
    ('i', "-255", "^0c", "O:%c arg not in range(0x110000)"),
    ('i', "65", "0=_x", "ok:41"),
    ('i', "7", "*=+zg", "ok:+7"),
    ('i', "-1", ">+0", "ok:-1"),
    ('i', "1234567", "*<12", "ok:1234567*****"),
    ('i', "100000000000000000000", "= z08_c", "V:Cannot specify '_' with 'c'."),
    ('i', "65", "#o", "ok:0o101"),
    ('i', "-42", "*>#1.0g", "ok:-4.e+01"),
    ('i', "1114111", ">#20.3o", "V:Precision not allowed in integer format specifier"),
    ('i', "-42", "*<+z1.2n", "V:Precision not allowed in integer format specifier"),
    ('i', "1", "-12X", "ok:           1"),
    ('i', "1234", "^z_x", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "255", "=+12,e", "ok:+2.550000e+02"),
    ('i', "7", ">#.1%", "ok:700.0%"),
    ('i', "-1", "=0f", "ok:-1.000000"),
    ('i', "0", "<-z#1.6", "V:Precision not allowed in integer format specifier"),
    ('i', "-42", "0< 10,g", "ok:-420000000"),
    ('i', "0", "^g", "ok:0"),
    ('i', "-1", ".1%", "ok:-100.0%"),
    ('i', "7", "*<#12,.2d", "V:Precision not allowed in integer format specifier"),
    ('i', "1234567", "+12n", "ok:    +1234567"),
    ('i', "1", "z010X", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "-9999999999999999999999997", " z,.6%", "ok:-1,000,000,000,000,000,150,726,508,544.000000%"),
    ('i', "18446744073709551616", "<#12.6n", "V:Precision not allowed in integer format specifier"),
    ('i', "-1", "=#_%", "ok:-100.000000%"),
    ('i', "1234567", "-e", "ok:1.234567e+06"),
    ('i', "1234567", "=+12o", "ok:+    4553207"),
    ('i', "100000000000000000000", "^ 010_o", "ok: 126_5707_2742_6543_0400_0000"),
    ('i', "-1234567", " <z#,f", "ok:-1,234,567.000000"),
    ('i', "-42", "< X", "ok:-2A"),
    ('i', "-9223372036854775808", "+#08,.2d", "V:Precision not allowed in integer format specifier"),
    ('i', "7", " ^ 20b", "ok:         111        "),
    ('i', "-42", " 1g", "ok:-42"),
    ('i', "1234", "é<z#12e", "ok:1.234000e+03"),
    ('i', "7", "z#1.0b", "V:Precision not allowed in integer format specifier"),
    ('i', "100000000000000000000", "0< 1_c", "V:Cannot specify '_' with 'c'."),
    ('i', "18446744073709551616", ">-20_e", "ok:        1.844674e+19"),
    ('i', "1234", "^-x", "ok:4d2"),
    ('i', "0", "x=+8.2%", "ok:+xx0.00%"),
    ('i', "-42", "z0,.6b", "V:Cannot specify ',' with 'b'."),
    ('i', "100000000000000000000", "^5n", "ok:100000000000000000000"),
    ('i', "18446744073709551616", ">z20X", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "-255", "20_b", "ok:          -1111_1111"),
    ('i', "100000000000000000000", ">#10d", "ok:100000000000000000000"),
    ('i', "18446744073709551616", " >b", "ok:10000000000000000000000000000000000000000000000000000000000000000"),
    ('i', "1234", ">08.6e", "ok:1.234000e+03"),
    ('i', "1114111", "=-12g", "ok: 1.11411e+06"),
    ('i', "-9999999999999999999999997", "<01_.3g", "ok:-1e+25"),
    ('i', "100000000000000000000", "*<5c", "O:Python int too large to convert to C long"),
    ('i', "1234", "=05X", "ok:004D2"),
    ('i', "-9223372036854775808", "<-zc", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "255", "^+#01n", "ok:+255"),
    ('i', "65", "*^+010,f", "ok:+65.000000"),
    ('i', "1234", "0.1b", "V:Precision not allowed in integer format specifier"),
    ('i', "100000000000000000000", "x>z%", "ok:10000000000000000000000.000000%"),
    ('i', "1234", "^20d", "ok:        1234        "),
    ('i', "-1234567", ">0f", "ok:-1234567.000000"),
    ('i', "1114111", ">1.2e", "ok:1.11e+06"),
    ('i', "-1", "20,s", "V:Cannot specify ',' with 's'."),
    ('i', "255", "<05b", "ok:11111111"),
    ('i', "-1234567", ">#08g", "ok:-1.23457e+06"),
    ('i', "-255", "=01,c", "V:Cannot specify ',' with 'c'."),
    ('i', "1", "é=#1%", "ok:100.000000%"),
    ('i', "0", "x<-z20_c", "V:Cannot specify '_' with 'c'."),
    ('i', "1234", "*>.6g", "ok:1234"),
    ('i', "-1234567", "*>z.6o", "V:Precision not allowed in integer format specifier"),
    ('i', "0", "^#12.3b", "V:Precision not allowed in integer format specifier"),
    ('i', "-1234567", ">z01b", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "100000000000000000000", "é= 1o", "ok: 12657072742654304000000"),
    ('i', "-1234567", ">-.0s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "100000000000000000000", "^+#0.0g", "ok:+1.e+20"),
    ('i', "1", "z#,.0b", "V:Cannot specify ',' with 'b'."),
    ('i', "1", "^ .6n", "V:Precision not allowed in integer format specifier"),
    ('i', "1", "0^0.2X", "V:Precision not allowed in integer format specifier"),
    ('i', "-1234567", "^z010,x", "V:Cannot specify ',' with 'x'."),
    ('i', "-1234567", "0b", "ok:-100101101011010000111"),
    ('i', "100000000000000000000", " <+b", "ok:+1010110101111000111010111100010110101100011000100000000000000000000"),
    ('i', "1234", ">#0,X", "V:Cannot specify ',' with 'X'."),
    ('i', "7", " ^,b", "V:Cannot specify ',' with 'b'."),
    ('i', "-9223372036854775808", "z012b", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "100000000000000000000", ">0X", "ok:56BC75E2D63100000"),
    ('i', "1114111", " <#,.3c", "V:Cannot specify ',' with 'c'."),
    ('i', "1114111", "<-zb", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "65", "x>z,x", "V:Cannot specify ',' with 'x'."),
    ('i', "-42", "=0g", "ok:-42"),
    ('i', "-255", "<#0X", "ok:-0XFF"),
    ('i', "-42", "*>-#12,.3o", "V:Cannot specify ',' with 'o'."),
    ('i', "1114111", "20o", "ok:             4177777"),
    ('i', "-255", ">-#010,e", "ok:-2.550000e+02"),
    ('i', "1234567", " =5.6x", "V:Precision not allowed in integer format specifier"),
    ('i', "18446744073709551616", "0^12.1%", "ok:1844674407370955161600.0%"),
    ('i', "-1234567", "<10e", "ok:-1.234567e+06"),
    ('i', "7", "x<#0e", "ok:7.000000e+00"),
    ('i', "1", "^ 5e", "ok: 1.000000e+00"),
    ('i', "-255", "=-_o", "ok:-377"),
    ('i', "18446744073709551616", "0^-X", "ok:10000000000000000"),
    ('i', "1234", "=08_.0f", "ok:0_001_234"),
    ('i', "1114111", ">#5f", "ok:1114111.000000"),
    ('i', "255", "^5", "ok: 255 "),
    ('i', "1", "<5.6s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "-255", ">12.6b", "V:Precision not allowed in integer format specifier"),
    ('i', "1234567", "^%", "ok:123456700.000000%"),
    ('i', "-9999999999999999999999997", "^20.1g", "ok:       -1e+25       "),
    ('i', "1114111", "0= 0", "ok: 1114111"),
    ('i', "65", "=20e", "ok:        6.500000e+01"),
    ('i', "-1234567", "é^z5.3e", "ok:-1.235e+06"),
    ('i', "0", "x>8s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "0", "*=,g", "ok:0"),
    ('i', "100000000000000000000", "^#8n", "ok:100000000000000000000"),
    ('i', "-9999999999999999999999997", "^-5.2c", "V:Precision not allowed in integer format specifier"),
    ('i', "1", "^#0e", "ok:1.000000e+00"),
    ('i', "-1234567", "é>+12.1c", "V:Precision not allowed in integer format specifier"),
    ('i', "-255", "*<#012b", "ok:-0b11111111*"),
    ('i', "1234567", ">10e", "ok:1.234567e+06"),
    ('i', "-1234567", " =8_d", "ok:-1_234_567"),
    ('i', "-1234567", "= 05b", "ok:-100101101011010000111"),
    ('i', "0", "<+#.3g", "ok:+0.00"),
    ('i', "1114111", " .0X", "V:Precision not allowed in integer format specifier"),
    ('i', "7", "<-#0.2X", "V:Precision not allowed in integer format specifier"),
    ('i', "65", "x>20,d", "ok:xxxxxxxxxxxxxxxxxx65"),
    ('i', "-1", "-#8", "ok:      -1"),
    ('i', "1234", "=+z#12.0f", "ok:+      1234."),
    ('i', "255", " =-#020,.0", "V:Precision not allowed in integer format specifier"),
    ('i', "-9999999999999999999999997", "0<z8e", "ok:-1.000000e+25"),
    ('i', "7", "-12c", "V:Sign not allowed with integer format specifier 'c'"),
    ('i', "-1", ">.6X", "V:Precision not allowed in integer format specifier"),
    ('i', "1", "0=+#0.2b", "V:Precision not allowed in integer format specifier"),
    ('i', "1114111", "=8,b", "V:Cannot specify ',' with 'b'."),
    ('i', "1234567", "012_.3n", "V:Cannot specify '_' with 'n'."),
    ('i', "1234", "*^_.1e", "ok:1.2e+03"),
    ('i', "1234", "=1f", "ok:1234.000000"),
    ('i', "-9223372036854775808", "x^ #12_f", "ok:-9_223_372_036_854_775_808.000000"),
    ('i', "1114111", "^-012,.2g", "ok:001.1e+06000"),
    ('i', "1234", "> zd", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "-42", "#n", "ok:-42"),
    ('i', "255", "01g", "ok:255"),
    ('i', "0", "^1f", "ok:0.000000"),
    ('i', "0", "^01e", "ok:0.000000e+00"),
    ('i', "-42", "x>20.1x", "V:Precision not allowed in integer format specifier"),
    ('i', "100000000000000000000", "0.2%", "ok:10000000000000000000000.00%"),
    ('i', "-9223372036854775808", ">20_X", "ok:-8000_0000_0000_0000"),
    ('i', "0", "<z01_s", "V:Cannot specify '_' with 's'."),
    ('i', "7", "^_.0o", "V:Precision not allowed in integer format specifier"),
    ('i', "255", "+1d", "ok:+255"),
    ('i', "-42", "*>.1o", "V:Precision not allowed in integer format specifier"),
    ('i', "-255", "0>08_d", "ok:0000-255"),
    ('i', "-1", "12_.1d", "V:Precision not allowed in integer format specifier"),
    ('i', "-1", "x^z012.2e", "ok:x-1.00e+00xx"),
    ('i', "100000000000000000000", "0= 1e", "ok: 1.000000e+20"),
    ('i', "7", "#5.6n", "V:Precision not allowed in integer format specifier"),
    ('i', "-1234567", "<.1e", "ok:-1.2e+06"),
    ('i', "-9223372036854775808", "x>#12.2", "V:Precision not allowed in integer format specifier"),
    ('i', "-255", ">0_c", "V:Cannot specify '_' with 'c'."),
    ('i', "1", " =#010_f", "ok:  1.000000"),
    ('i', "7", "X", "ok:7"),
    ('i', "7", ">10s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "18446744073709551616", "z_d", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('i', "-9223372036854775808", "0< 20_.3s", "V:Cannot specify '_' with 's'."),
    ('i', "100000000000000000000", ">20.1f", "ok:100000000000000000000.0"),
    ('i', "65", ">8,s", "V:Cannot specify ',' with 's'."),
    ('i', "1234", "^10g", "ok:   1234   "),
    ('i', "1114111", "12d", "ok:     1114111"),
    ('i', "7", "#.0o", "V:Precision not allowed in integer format specifier"),
    ('i', "255", "=f", "ok:255.000000"),
    ('i', "100000000000000000000", "10.0%", "ok:10000000000000000000000%"),
    ('i', "-1234567", "^8,.3d", "V:Precision not allowed in integer format specifier"),
    ('i', "1", "<8c", "ok:       "),
    ('i', "1234567", "#,f", "ok:1,234,567.000000"),
    ('i', "255", "<-_d", "ok:255"),
    ('i', "65", "x>z8,.3%", "ok:6,500.000%"),
    ('i', "18446744073709551616", "10X", "ok:10000000000000000"),
    ('i', "-1", ">10X", "ok:        -1"),
    ('i', "100000000000000000000", ">#20s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "-255", "=0.6d", "V:Precision not allowed in integer format specifier"),
    ('i', "18446744073709551616", "5.1s", "V:Unknown format code 's' for object of type 'int'"),
    ('i', "65", "*>+05,x", "V:Cannot specify ',' with 'x'."),
    ('i', "7", " >020.6X", "V:Precision not allowed in integer format specifier"),
    ('i', "-1234567", ">#,X", "V:Cannot specify ',' with 'X'."),
    ('f', "0x8000000000000000", "#5.1d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x7ff8000000000000", "^012n", "ok:0000nan00000"),
    ('f', "0x419d6f3454000000", "=0G", "ok:1.23457E+08"),
    ('f', "0x7ff0000000000000", "x^ 20,.2G", "ok:xxxxxxxx INFxxxxxxxx"),
    ('f', "0x0000000000000000", "<z20f", "ok:0.000000            "),
    ('f', "0x3fc0000000000000", "+z12g", "ok:      +0.125"),
    ('f', "0x400921f9f01b866e", "< 020.0F", "ok: 3000000000000000000"),
    ('f', "0xbff8000000000000", " E", "ok:-1.500000E+00"),
    ('f', "0x400921f9f01b866e", "= #8.2g", "ok:     3.1"),
    ('f', "0x419d6f3454000000", " ^,f", "ok:123,456,789.000000"),
    ('f', "0x3e7ad7f29abcaf48", "=#0_G", "ok:1.00000E-07"),
    ('f', "0xfff0000000000000", "é^8.0E", "ok:éé-INFéé"),
    ('f', "0x0000000000000000", "20_.6G", "ok:                   0"),
    ('f', "0x0000000000000000", "^#10", "ok:   0.0    "),
    ('f', "0x419d6f3454000000", "0<zE", "ok:1.234568E+08"),
    ('f', "0x8000000000000000", "^#,.1G", "ok:-0."),
    ('f', "0x3fc0000000000000", "*=z5,.1E", "ok:1.2E-01"),
    ('f', "0x400921f9f01b866e", "<-z012_n", "V:Cannot specify '_' with 'n'."),
    ('f', "0x7ff0000000000000", "^+0,f", "ok:+inf"),
    ('f', "0x3e7ad7f29abcaf48", "*=.1G", "ok:1E-07"),
    ('f', "0xc0c34a4587e7c06e", "é>-012n", "ok:éééé-9876.54"),
    ('f', "0x7ff0000000000000", ">1.3E", "ok:INF"),
    ('f', "0x7ff0000000000000", ">#12_.3%", "ok:        inf%"),
    ('f', "0xc0c34a4587e7c06e", ">+.0F", "ok:-9877"),
    ('f', "0xbff8000000000000", "=.1G", "ok:-2"),
    ('f', "0x0000000000000000", "*<10,.1d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x4132d687e4189375", "0>_e", "ok:1.234568e+06"),
    ('f', "0x400921f9f01b866e", "=1.3F", "ok:3.142"),
    ('f', "0xfff0000000000000", "0<z,%", "ok:-inf%"),
    ('f', "0x4005666666666666", "=+10F", "ok:+ 2.675000"),
    ('f', "0xbff8000000000000", "<020_.0e", "ok:-2e+0000000000000000"),
    ('f', "0x7ff8000000000000", "*=#0.3f", "ok:nan"),
    ('f', "0xbf1a36e2eb1c432d", "x= 0", "ok:-0.0001"),
    ('f', "0x3fc0000000000000", "^#g", "ok:0.125000"),
    ('f', "0x0000000000000000", "=+#1%", "ok:+0.000000%"),
    ('f', "0x4415af1d78b58c40", "^+020", "ok:0000000+1e+200000000"),
    ('f', "0x7ff0000000000000", "*>z0", "ok:inf"),
    ('f', "0xbff8000000000000", "<#1.0g", "ok:-2."),
    ('f', "0x7ff0000000000000", "x<_E", "ok:INF"),
    ('f', "0xbf1a36e2eb1c432d", "<z8e", "ok:-1.000000e-04"),
    ('f', "0x3e7ad7f29abcaf48", "=-0E", "ok:1.000000E-07"),
    ('f', "0x4132d687e4189375", "é=z08F", "ok:1234567.891000"),
    ('f', "0xbf1a36e2eb1c432d", ">+#20F", "ok:           -0.000100"),
    ('f', "0xfff0000000000000", "^#0F", "ok:-INF"),
    ('f', "0x8000000000000000", "^-g", "ok:-0"),
    ('f', "0x7ff0000000000000", "-#,g", "ok:inf"),
    ('f', "0x4415af1d78b58c40", "0d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x419d6f3454000000", " >0%", "ok:12345678900.000000%"),
    ('f', "0xbff8000000000000", "é^#10.0g", "ok:ééé-2.éééé"),
    ('f', "0xbff8000000000000", ">8", "ok:    -1.5"),
    ('f', "0x4005666666666666", "<20,.0n", "V:Cannot specify ',' with 'n'."),
    ('f', "0x400921f9f01b866e", "<+#1n", "ok:+3.14159"),
    ('f', "0x8000000000000000", "x<z.2G", "ok:0"),
    ('f', "0x7ff8000000000000", "=z0f", "ok:nan"),
    ('f', "0x400921f9f01b866e", "<+.1F", "ok:+3.1"),
    ('f', "0x7ff0000000000000", "é^#1.6", "ok:inf"),
    ('f', "0x3ff8000000000000", "=-z#", "ok:1.5"),
    ('f', "0x7ff0000000000000", "*^#,%", "ok:inf%"),
    ('f', "0x4415af1d78b58c40", "<-1.6g", "ok:1e+20"),
    ('f', "0x3e7ad7f29abcaf48", ">-#_.6d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x4132d687e4189375", "0= #020", "ok: 000000001234567.891"),
    ('f', "0x8000000000000000", ">+#0e", "ok:-0.000000e+00"),
    ('f', "0x0000000000000000", " 0%", "ok: 0.000000%"),
    ('f', "0x4005666666666666", "é= 08f", "ok: 2.675000"),
    ('f', "0x3fc0000000000000", " 8F", "ok: 0.125000"),
    ('f', "0x8000000000000000", "^#%", "ok:-0.000000%"),
    ('f', "0x4132d687e4189375", "020,E", "ok:0,000,001.234568E+06"),
    ('f', "0xc0c34a4587e7c06e", "é^08F", "ok:-9876.543210"),
    ('f', "0x3fc0000000000000", "=_.2g", "ok:0.12"),
    ('f', "0x7ff0000000000000", " #g", "ok: inf"),
    ('f', "0x7ff8000000000000", "0^+", "ok:+nan"),
    ('f', "0xbff8000000000000", "=1n", "ok:-1.5"),
    ('f', "0xc0c34a4587e7c06e", "é^+n", "ok:-9876.54"),
    ('f', "0x4415af1d78b58c40", "z_e", "ok:1.000000e+20"),
    ('f', "0xbf1a36e2eb1c432d", "=+20,g", "ok:-             0.0001"),
    ('f', "0x419d6f3454000000", ">#.1E", "ok:1.2E+08"),
    ('f', "0x7ff8000000000000", "+10f", "ok:      +nan"),
    ('f', "0x7ff8000000000000", "20.6F", "ok:                 NAN"),
    ('f', "0x3e7ad7f29abcaf48", "+%", "ok:+0.000010%"),
    ('f', "0x3e7ad7f29abcaf48", "<+8,.2G", "ok:+1E-07  "),
    ('f', "0x7ff0000000000000", " =+20.3e", "ok:+                inf"),
    ('f', "0x3e7ad7f29abcaf48", "0.0F", "ok:0"),
    ('f', "0x3ff8000000000000", "*^z08d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3e7ad7f29abcaf48", "x=0E", "ok:1.000000E-07"),
    ('f', "0xc0c34a4587e7c06e", "<#0,n", "V:Cannot specify ',' with 'n'."),
    ('f', "0xbf1a36e2eb1c432d", "10.1d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3ff8000000000000", " >#1g", "ok:1.50000"),
    ('f', "0xbf1a36e2eb1c432d", ">+8_.3n", "V:Cannot specify '_' with 'n'."),
    ('f', "0xc0c34a4587e7c06e", "+#12_E", "ok:-9.876543E+03"),
    ('f', "0x4005666666666666", "0.0E", "ok:3E+00"),
    ('f', "0xbf1a36e2eb1c432d", "é=-.1E", "ok:-1.0E-04"),
    ('f', "0x0000000000000000", "=z#.3", "ok:0.00"),
    ('f', "0x4005666666666666", ">+12.1E", "ok:    +2.7E+00"),
    ('f', "0x3ff8000000000000", "é<#10%", "ok:150.000000%"),
    ('f', "0x4132d687e4189375", " >-z#020e", "ok:        1.234568e+06"),
    ('f', "0x7ff8000000000000", "< 5f", "ok: nan "),
    ('f', "0x3e7ad7f29abcaf48", "^d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3ff8000000000000", "x^-%", "ok:150.000000%"),
    ('f', "0x400921f9f01b866e", "z#", "ok:3.14159"),
    ('f', "0x400921f9f01b866e", "=#F", "ok:3.141590"),
    ('f', "0x3ff8000000000000", "=f", "ok:1.500000"),
    ('f', "0x8000000000000000", "é>.1G", "ok:-0"),
    ('f', "0x400921f9f01b866e", "*^+020.1g", "ok:*********+3*********"),
    ('f', "0x8000000000000000", "^#0e", "ok:-0.000000e+00"),
    ('f', "0x400921f9f01b866e", "x=+012_.1G", "ok:+xxxxxxxxxx3"),
    ('f', "0x7ff0000000000000", "<5_n", "V:Cannot specify '_' with 'n'."),
    ('f', "0xbf1a36e2eb1c432d", "=+z20g", "ok:-             0.0001"),
    ('f', "0x419d6f3454000000", "^12%", "ok:12345678900.000000%"),
    ('f', "0x4132d687e4189375", "*>5F", "ok:1234567.891000"),
    ('f', "0xfff0000000000000", " 08,E", "ok:-0000INF"),
    ('f', "0x4415af1d78b58c40", "> 20f", "ok: 100000000000000000000.000000"),
    ('f', "0x3fc0000000000000", ">#g", "ok:0.125000"),
    ('f', "0x4415af1d78b58c40", "é> 08.6d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0xc0c34a4587e7c06e", ">05.3e", "ok:-9.877e+03"),
    ('f', "0x400921f9f01b866e", "< #12g", "ok: 3.14159    "),
    ('f', "0x4415af1d78b58c40", "^.3d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x419d6f3454000000", "=12", "ok: 123456789.0"),
    ('f', "0x0000000000000000", "-z#05,.2%", "ok:0.00%"),
    ('f', "0xc0c34a4587e7c06e", "0< zE", "ok:-9.876543E+03"),
    ('f', "0x8000000000000000", "^ 1,.3n", "V:Cannot specify ',' with 'n'."),
    ('f', "0x7ff0000000000000", "<,d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x8000000000000000", "0^-#01f", "ok:-0.000000"),
    ('f', "0x4005666666666666", ">+#5G", "ok:+2.67500"),
    ('f', "0x4132d687e4189375", "=20,d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3fc0000000000000", "é=+.2%", "ok:+12.50%"),
    ('f', "0xc0c34a4587e7c06e", "#12.1f", "ok:     -9876.5"),
    ('f', "0xc0c34a4587e7c06e", " = #20,n", "V:Cannot specify ',' with 'n'."),
    ('f', "0x3fc0000000000000", "é<-z#08.3E", "ok:1.250E-01"),
    ('f', "0x8000000000000000", ">+10f", "ok: -0.000000"),
    ('f', "0x3e7ad7f29abcaf48", " ^010.0f", "ok:    0     "),
    ('f', "0xfff0000000000000", "^#12.1E", "ok:    -INF    "),
    ('f', "0x3e7ad7f29abcaf48", "^ 1,.1F", "ok: 0.0"),
    ('f', "0x4132d687e4189375", ">_e", "ok:1.234568e+06"),
    ('f', "0x400921f9f01b866e", "é<+#.1", "ok:+3.e+00"),
    ('f', "0x7ff0000000000000", "^#12,f", "ok:    inf     "),
    ('f', "0x400921f9f01b866e", ">+01,.1e", "ok:+3.1e+00"),
    ('f', "0xbf1a36e2eb1c432d", "+z.3g", "ok:-0.0001"),
    ('f', "0x419d6f3454000000", "^#E", "ok:1.234568E+08"),
    ('f', "0x7ff0000000000000", "8_", "ok:     inf"),
    ('f', "0x0000000000000000", " <8f", "ok:0.000000"),
    ('f', "0x7ff8000000000000", "#10d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3ff8000000000000", "^8%", "ok:150.000000%"),
    ('f', "0x4415af1d78b58c40", "é^#,.1F", "ok:100,000,000,000,000,000,000.0"),
    ('f', "0x0000000000000000", "=012F", "ok:00000.000000"),
    ('f', "0x3fc0000000000000", "= z#8.0", "ok:     0.1"),
    ('f', "0xfff0000000000000", "012E", "ok:-00000000INF"),
    ('f', "0xfff0000000000000", " =%", "ok:-inf%"),
    ('f', "0xbf1a36e2eb1c432d", "é<+0F", "ok:-0.000100"),
    ('f', "0xc0c34a4587e7c06e", "0<20_n", "V:Cannot specify '_' with 'n'."),
    ('f', "0x7ff0000000000000", "> #01", "ok: inf"),
    ('f', "0x3e7ad7f29abcaf48", " =,", "ok:1e-07"),
    ('f', "0x7ff8000000000000", "0>-", "ok:nan"),
    ('f', "0x3e7ad7f29abcaf48", "<5.1E", "ok:1.0E-07"),
    ('f', "0x7ff8000000000000", "<10.2g", "ok:nan       "),
    ('f', "0x4005666666666666", "*^012E", "ok:2.675000E+00"),
    ('f', "0x419d6f3454000000", " #01d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3ff8000000000000", "é< z.6G", "ok: 1.5"),
    ('f', "0xc0c34a4587e7c06e", "é^01.0f", "ok:-9877"),
    ('f', "0x400921f9f01b866e", "^,.6d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x4132d687e4189375", "=-12.1", "ok:       1e+06"),
    ('f', "0x7ff0000000000000", "^#0F", "ok:INF"),
    ('f', "0x8000000000000000", "*>8,.6n", "V:Cannot specify ',' with 'n'."),
    ('f', "0x4415af1d78b58c40", "=#.0F", "ok:100000000000000000000."),
    ('f', "0x400921f9f01b866e", "=#12n", "ok:     3.14159"),
    ('f', "0xfff0000000000000", "#1_n", "V:Cannot specify '_' with 'n'."),
    ('f', "0xbff8000000000000", "0>-1", "ok:-1.5"),
    ('f', "0x3fc0000000000000", "012.0E", "ok:00000001E-01"),
    ('f', "0x3fc0000000000000", "é=+z0", "ok:+0.125"),
    ('f', "0x7ff0000000000000", "0>+#d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x4132d687e4189375", "0>-5f", "ok:1234567.891000"),
    ('f', "0xfff0000000000000", "<z0_%", "ok:-inf%"),
    ('f', "0xbf1a36e2eb1c432d", "*<f", "ok:-0.000100"),
    ('f', "0x8000000000000000", "é^z1,F", "ok:0.000000"),
    ('f', "0x400921f9f01b866e", "é^#.6", "ok:3.14159"),
    ('f', "0x4415af1d78b58c40", "=#.1d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3fc0000000000000", "x<5,g", "ok:0.125"),
    ('f', "0x3e7ad7f29abcaf48", "+08g", "ok:+001e-07"),
    ('f', "0xbff8000000000000", "^#10n", "ok: -1.50000 "),
    ('f', "0x4132d687e4189375", "x^+#%", "ok:+123456789.100000%"),
    ('f', "0x8000000000000000", ">-#01,.6f", "ok:-0.000000"),
    ('f', "0x7ff0000000000000", "+20.1G", "ok:                +INF"),
    ('f', "0xfff0000000000000", "é>-0E", "ok:-INF"),
    ('f', "0x7ff8000000000000", "<+10,e", "ok:+nan      "),
    ('f', "0x4005666666666666", "0=+z10F", "ok:+02.675000"),
    ('f', "0x3ff8000000000000", "*=+#0.6E", "ok:+1.500000E+00"),
    ('f', "0x419d6f3454000000", "5F", "ok:123456789.000000"),
    ('f', "0x4132d687e4189375", "é<-0n", "ok:1.23457e+06"),
    ('f', "0xc0c34a4587e7c06e", "é<-8_.0n", "V:Cannot specify '_' with 'n'."),
    ('f', "0x4005666666666666", ">+10.6g", "ok:    +2.675"),
    ('f', "0x400921f9f01b866e", "= .1n", "ok: 3"),
    ('f', "0xbff8000000000000", "é>012,n", "V:Cannot specify ',' with 'n'."),
    ('f', "0xbf1a36e2eb1c432d", "<-#g", "ok:-0.000100000"),
    ('f', "0xc0c34a4587e7c06e", "0=#05G", "ok:-9876.54"),
    ('f', "0x7ff0000000000000", "=+zg", "ok:+inf"),
    ('f', "0xbf1a36e2eb1c432d", ">#08f", "ok:-0.000100"),
    ('f', "0x3ff8000000000000", "é^05_%", "ok:150.000000%"),
    ('f', "0x8000000000000000", "= 12g", "ok:-          0"),
    ('f', "0x419d6f3454000000", "0.6g", "ok:1.23457e+08"),
    ('f', "0x419d6f3454000000", "*^#5_.3", "ok:1.23e+08"),
    ('f', "0xfff0000000000000", ",.1%", "ok:-inf%"),
    ('f', "0x4415af1d78b58c40", "0<#0.3E", "ok:1.000E+20"),
    ('f', "0x3ff8000000000000", "0^-20E", "ok:00001.500000E+000000"),
    ('f', "0xc0c34a4587e7c06e", "^#012_.0%", "ok:0-987_654.%0"),
    ('f', "0xfff0000000000000", " #0_g", "ok:-inf"),
    ('f', "0x4132d687e4189375", "x^ #1F", "ok: 1234567.891000"),
    ('f', "0x4005666666666666", "^#_.3G", "ok:2.67"),
    ('f', "0x3ff8000000000000", "-10.0%", "ok:      150%"),
    ('f', "0x3fc0000000000000", " 8,f", "ok: 0.125000"),
    ('f', "0xbf1a36e2eb1c432d", "=f", "ok:-0.000100"),
    ('f', "0xbf1a36e2eb1c432d", "é=0.0d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x7ff8000000000000", ">_G", "ok:NAN"),
    ('f', "0x3ff8000000000000", " z#012_", "ok: 0_000_001.5"),
    ('f', "0xbf1a36e2eb1c432d", "^-8,f", "ok:-0.000100"),
    ('f', "0x0000000000000000", "=z#01%", "ok:0.000000%"),
    ('f', "0x3ff8000000000000", "é<-,F", "ok:1.500000"),
    ('f', "0x7ff8000000000000", "x< 20,", "ok: nanxxxxxxxxxxxxxxxx"),
    ('f', "0xbff8000000000000", "#05.2n", "ok:-01.5"),
    ('f', "0x400921f9f01b866e", "x> z08.3F", "ok:xx 3.142"),
    ('f', "0x419d6f3454000000", ">08.0%", "ok:12345678900%"),
    ('f', "0x0000000000000000", "^ ,.1", "ok: 0e+00"),
    ('f', "0x7ff0000000000000", "^1d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3fc0000000000000", "x>z0F", "ok:0.125000"),
    ('f', "0x8000000000000000", "x>,.1e", "ok:-0.0e+00"),
    ('f', "0x8000000000000000", ">z0.0d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0xbf1a36e2eb1c432d", ">+z8_.3d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x419d6f3454000000", "*<,E", "ok:1.234568E+08"),
    ('f', "0x7ff8000000000000", ">#10.6e", "ok:       nan"),
    ('f', "0x4132d687e4189375", "=-0E", "ok:1.234568E+06"),
    ('f', "0x4415af1d78b58c40", "é=z5_G", "ok:1E+20"),
    ('f', "0xbff8000000000000", ">#8,%", "ok:-150.000000%"),
    ('f', "0x3e7ad7f29abcaf48", "=.6E", "ok:1.000000E-07"),
    ('f', "0x7ff0000000000000", "> 10f", "ok:       inf"),
    ('f', "0x4415af1d78b58c40", ">20n", "ok:               1e+20"),
    ('f', "0x3ff8000000000000", "^12,.0%", "ok:    150%    "),
    ('f', "0x4132d687e4189375", "= 0.2g", "ok: 1.2e+06"),
    ('f', "0xfff0000000000000", "é>_g", "ok:-inf"),
    ('f', "0xbf1a36e2eb1c432d", "= 012.6G", "ok:-000000.0001"),
    ('f', "0x4415af1d78b58c40", " ^0.2d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3fc0000000000000", "#5f", "ok:0.125000"),
    ('f', "0x3fc0000000000000", "^8.3E", "ok:1.250E-01"),
    ('f', "0x0000000000000000", "=+,.1G", "ok:+0"),
    ('f', "0x7ff0000000000000", "é^-z0.2g", "ok:inf"),
    ('f', "0xbf1a36e2eb1c432d", "<#01_n", "V:Cannot specify '_' with 'n'."),
    ('f', "0x4005666666666666", "<+z012g", "ok:+2.675000000"),
    ('f', "0x8000000000000000", "<+5.1G", "ok:-0   "),
    ('f', "0x4415af1d78b58c40", "^1.1", "ok:1e+20"),
    ('f', "0x0000000000000000", "^08,E", "ok:0.000000E+00"),
    ('f', "0x3e7ad7f29abcaf48", "<20.3d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x419d6f3454000000", "*=8.3e", "ok:1.235e+08"),
    ('f', "0x3ff8000000000000", "< 20f", "ok: 1.500000           "),
    ('f', "0x3e7ad7f29abcaf48", "=#0.6%", "ok:0.000010%"),
    ('f', "0x4005666666666666", "^-#20.3e", "ok:     2.675e+00      "),
    ('f', "0x7ff0000000000000", "*>-#5E", "ok:**INF"),
    ('f', "0x7ff0000000000000", "0>z5n", "ok:00inf"),
    ('f', "0xbff8000000000000", " <#20,d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x7ff8000000000000", "x^#08g", "ok:xxnanxxx"),
    ('f', "0x0000000000000000", "+.1%", "ok:+0.0%"),
    ('f', "0x7ff0000000000000", "=,.6G", "ok:INF"),
    ('f', "0xfff0000000000000", "<-#8e", "ok:-inf    "),
    ('f', "0x7ff0000000000000", "> z010_", "ok:000000 inf"),
    ('f', "0x7ff0000000000000", "é>#0_.1d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x4132d687e4189375", "*>0e", "ok:1.234568e+06"),
    ('f', "0xbf1a36e2eb1c432d", "^01G", "ok:-0.0001"),
    ('f', "0xc0c34a4587e7c06e", "*^20,E", "ok:***-9.876543E+03****"),
    ('f', "0x8000000000000000", ">-10n", "ok:        -0"),
    ('f', "0x7ff0000000000000", " =_.1g", "ok:inf"),
    ('f', "0x7ff8000000000000", "<+.1n", "ok:+nan"),
    ('f', "0x4132d687e4189375", "<%", "ok:123456789.100000%"),
    ('f', "0x419d6f3454000000", "=020e", "ok:000000001.234568e+08"),
    ('f', "0x0000000000000000", " <+#1", "ok:+0.0"),
    ('f', "0xbf1a36e2eb1c432d", "*<5f", "ok:-0.000100"),
    ('f', "0xfff0000000000000", " .1%", "ok:-inf%"),
    ('f', "0x7ff8000000000000", "-#10_f", "ok:       nan"),
    ('f', "0x419d6f3454000000", "é>5.2d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x8000000000000000", "^10,n", "V:Cannot specify ',' with 'n'."),
    ('f', "0x4415af1d78b58c40", "x<12F", "ok:100000000000000000000.000000"),
    ('f', "0x4005666666666666", "08d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x8000000000000000", ">z1_", "ok:0.0"),
    ('f', "0x3e7ad7f29abcaf48", "é^G", "ok:1E-07"),
    ('f', "0x419d6f3454000000", "-1e", "ok:1.234568e+08"),
    ('f', "0xbff8000000000000", "^ 12,.0f", "ok:     -2     "),
    ('f', "0x419d6f3454000000", ">20_.3e", "ok:           1.235e+08"),
    ('f', "0x0000000000000000", "=-z#n", "ok:0.00000"),
    ('f', "0xbff8000000000000", "#012E", "ok:-1.500000E+00"),
    ('f', "0x3ff8000000000000", " <+#10_n", "V:Cannot specify '_' with 'n'."),
    ('f', "0x7ff0000000000000", "=05.3G", "ok:00INF"),
    ('f', "0x8000000000000000", "#G", "ok:-0.00000"),
    ('f', "0x400921f9f01b866e", " < 12,.1E", "ok: 3.1E+00    "),
    ('f', "0x419d6f3454000000", "x= 0,.1G", "ok: 1E+08"),
    ('f', "0x0000000000000000", "=12,e", "ok:0.000000e+00"),
    ('f', "0x7ff0000000000000", "^08,.2F", "ok:00INF000"),
    ('f', "0x3ff8000000000000", "^-#012.0e", "ok:0002.e+00000"),
    ('f', "0x419d6f3454000000", "*^g", "ok:1.23457e+08"),
    ('f', "0x0000000000000000", "*=12_d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x7ff8000000000000", "z08.0g", "ok:00000nan"),
    ('f', "0x4005666666666666", "x^#12.1f", "ok:xxxx2.7xxxxx"),
    ('f', "0xc0c34a4587e7c06e", "*= z20F", "ok:-********9876.543210"),
    ('f', "0x4005666666666666", ">1E", "ok:2.675000E+00"),
    ('f', "0x419d6f3454000000", "é>0.3f", "ok:123456789.000"),
    ('f', "0x3ff8000000000000", ">#20.0n", "ok:                  2."),
    ('f', "0x3fc0000000000000", "<+#020d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x4415af1d78b58c40", "é^#1,G", "ok:1.00000E+20"),
    ('f', "0xc0c34a4587e7c06e", "_e", "ok:-9.876543e+03"),
    ('f', "0x419d6f3454000000", "0=#012n", "ok:01.23457e+08"),
    ('f', "0x4415af1d78b58c40", "*<", "ok:1e+20"),
    ('f', "0x400921f9f01b866e", "= #20", "ok:             3.14159"),
    ('f', "0x419d6f3454000000", "= 0,", "ok: 123,456,789.0"),
    ('f', "0x4005666666666666", "é^+z20,.2", "ok:éééééééé+2.7éééééééé"),
    ('f', "0xfff0000000000000", "<010_.6f", "ok:-inf000000"),
    ('f', "0xbf1a36e2eb1c432d", "*=20,.6%", "ok:-**********0.010000%"),
    ('f', "0x0000000000000000", "^z08g", "ok:00000000"),
    ('f', "0xc0c34a4587e7c06e", "_.2%", "ok:-987_654.32%"),
    ('f', "0x3ff8000000000000", ">5n", "ok:  1.5"),
    ('f', "0x4005666666666666", "#", "ok:2.675"),
    ('f', "0x4415af1d78b58c40", ">#12,F", "ok:100,000,000,000,000,000,000.000000"),
    ('f', "0xbff8000000000000", "é= 0_e", "ok:-1.500000e+00"),
    ('f', "0xbff8000000000000", "^#,.2n", "V:Cannot specify ',' with 'n'."),
    ('f', "0xbff8000000000000", "*^-#.2f", "ok:-1.50"),
    ('f', "0xc0c34a4587e7c06e", " #5E", "ok:-9.876543E+03"),
    ('f', "0x7ff0000000000000", "é<0.0e", "ok:inf"),
    ('f', "0x3fc0000000000000", "x>-.6", "ok:0.125"),
    ('f', "0xfff0000000000000", "é^ z#_F", "ok:-INF"),
    ('f', "0x7ff0000000000000", "z", "ok:inf"),
    ('f', "0x8000000000000000", "<", "ok:-0.0"),
    ('f', "0x7ff0000000000000", "-05f", "ok:00inf"),
    ('f', "0x7ff8000000000000", ">#5g", "ok:  nan"),
    ('f', "0x400921f9f01b866e", "^0,F", "ok:3.141590"),
    ('f', "0xfff0000000000000", ">+#.2e", "ok:-inf"),
    ('f', "0x7ff8000000000000", "12_f", "ok:         nan"),
    ('f', "0x7ff0000000000000", "*=-#12.2e", "ok:*********inf"),
    ('f', "0x3ff8000000000000", "+,.3f", "ok:+1.500"),
    ('f', "0x3ff8000000000000", " <+", "ok:+1.5"),
    ('f', "0x7ff0000000000000", "x^z10,g", "ok:xxxinfxxxx"),
    ('f', "0x4132d687e4189375", "=+z020E", "ok:+00000001.234568E+06"),
    ('f', "0xbf1a36e2eb1c432d", "0< #8_.2e", "ok:-1.00e-04"),
    ('f', "0x4415af1d78b58c40", "=0_e", "ok:1.000000e+20"),
    ('f', "0x3ff8000000000000", "8g", "ok:     1.5"),
    ('f', "0x4132d687e4189375", ">8e", "ok:1.234568e+06"),
    ('f', "0x7ff0000000000000", " ^ 012f", "ok:     inf    "),
    ('f', "0x400921f9f01b866e", "+12.2e", "ok:   +3.14e+00"),
    ('f', "0x7ff8000000000000", ">+z#8g", "ok:    +nan"),
    ('f', "0xc0c34a4587e7c06e", "^z12F", "ok:-9876.543210"),
    ('f', "0x3e7ad7f29abcaf48", "<0G", "ok:1E-07"),
    ('f', "0xbf1a36e2eb1c432d", "*< 12_.2E", "ok:-1.00E-04***"),
    ('f', "0x8000000000000000", "=8.1g", "ok:-      0"),
    ('f', "0x419d6f3454000000", "0>+.3g", "ok:+1.23e+08"),
    ('f', "0xbf1a36e2eb1c432d", "-.3e", "ok:-1.000e-04"),
    ('f', "0x7ff0000000000000", "=#1F", "ok:INF"),
    ('f', "0x3ff8000000000000", " ^z#01f", "ok:1.500000"),
    ('f', "0x4005666666666666", "0^5g", "ok:2.675"),
    ('f', "0x3e7ad7f29abcaf48", "> #0e", "ok: 1.000000e-07"),
    ('f', "0xc0c34a4587e7c06e", "*< 0,.0F", "ok:-9,877"),
    ('f', "0xfff0000000000000", "0< z#0d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x4415af1d78b58c40", "=#8.0d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3e7ad7f29abcaf48", "0<+08_%", "ok:+0.000010%"),
    ('f', "0x8000000000000000", ">+8%", "ok:-0.000000%"),
    ('f', "0xbff8000000000000", "=#12_E", "ok:-1.500000E+00"),
    ('f', "0x3e7ad7f29abcaf48", "^-#5.0n", "ok:1.e-07"),
    ('f', "0x8000000000000000", "< #", "ok:-0.0"),
    ('f', "0x7ff8000000000000", "-#0,g", "ok:nan"),
    ('f', "0x3ff8000000000000", "*< 12e", "ok: 1.500000e+00"),
    ('f', "0x4132d687e4189375", "=%", "ok:123456789.100000%"),
    ('f', "0xbf1a36e2eb1c432d", "é>z1G", "ok:-0.0001"),
    ('f', "0xc0c34a4587e7c06e", "é=12.2G", "ok:-éééé9.9E+03"),
    ('f', "0x3e7ad7f29abcaf48", " <020f", "ok:0.000000            "),
    ('f', "0x3e7ad7f29abcaf48", ">%", "ok:0.000010%"),
    ('f', "0x7ff0000000000000", "x=E", "ok:INF"),
    ('f', "0x400921f9f01b866e", ">10", "ok:   3.14159"),
    ('f', "0x3fc0000000000000", "*=#0.2g", "ok:0.12"),
    ('f', "0x4132d687e4189375", "^#G", "ok:1.23457E+06"),
    ('f', "0x4132d687e4189375", " #g", "ok: 1.23457e+06"),
    ('f', "0xfff0000000000000", "0^ #08.1e", "ok:00-inf00"),
    ('f', "0x0000000000000000", "^G", "ok:0"),
    ('f', "0x8000000000000000", "= 10,g", "ok:-        0"),
    ('f', "0xfff0000000000000", "10_", "ok:      -inf"),
    ('f', "0xbff8000000000000", ">.2f", "ok:-1.50"),
    ('f', "0xbff8000000000000", "+5.3E", "ok:-1.500E+00"),
    ('f', "0x400921f9f01b866e", "=+8,E", "ok:+3.141590E+00"),
    ('f', "0x4415af1d78b58c40", " ^z8_.2d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x419d6f3454000000", "+12G", "ok:+1.23457E+08"),
    ('f', "0x400921f9f01b866e", "=d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0xfff0000000000000", " =20%", "ok:-               inf%"),
    ('f', "0x0000000000000000", "<z0G", "ok:0"),
    ('f', "0x4415af1d78b58c40", "*>+#10.0n", "ok:***+1.e+20"),
    ('f', "0x8000000000000000", "<#05f", "ok:-0.000000"),
    ('f', "0xfff0000000000000", ">0g", "ok:-inf"),
    ('f', "0xbff8000000000000", "=#5g", "ok:-1.50000"),
    ('f', "0x8000000000000000", "#1E", "ok:-0.000000E+00"),
    ('f', "0x8000000000000000", "^20_%", "ok:     -0.000000%     "),
    ('f', "0xbff8000000000000", "<F", "ok:-1.500000"),
    ('f', "0x4415af1d78b58c40", ">10.2d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3e7ad7f29abcaf48", ">0e", "ok:1.000000e-07"),
    ('f', "0x3e7ad7f29abcaf48", "-#1.6G", "ok:1.00000E-07"),
    ('f', "0x7ff8000000000000", "^ 5_g", "ok: nan "),
    ('f', "0x3e7ad7f29abcaf48", " #012_G", "ok: 1.00000E-07"),
    ('f', "0x4415af1d78b58c40", "^8d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x4132d687e4189375", "#12.2%", "ok:123456789.10%"),
    ('f', "0xfff0000000000000", "0<e", "ok:-inf"),
    ('f', "0x400921f9f01b866e", "x=10n", "ok:xxx3.14159"),
    ('f', "0xc0c34a4587e7c06e", "< z020.2", "ok:-9.9e+03000000000000"),
    ('f', "0x419d6f3454000000", "=,F", "ok:123,456,789.000000"),
    ('f', "0x7ff8000000000000", "é>12,E", "ok:éééééééééNAN"),
    ('f', "0x7ff0000000000000", "*=5.6f", "ok:**inf"),
    ('f', "0x7ff8000000000000", "^ 012_n", "V:Cannot specify '_' with 'n'."),
    ('f', "0x8000000000000000", ">z10n", "ok:         0"),
    ('f', "0x0000000000000000", "é<5E", "ok:0.000000E+00"),
    ('f', "0xbf1a36e2eb1c432d", " _n", "V:Cannot specify '_' with 'n'."),
    ('f', "0x4415af1d78b58c40", "=12e", "ok:1.000000e+20"),
    ('f', "0xc0c34a4587e7c06e", "*<5", "ok:-9876.54321"),
    ('f', "0x3fc0000000000000", "*>+#.1n", "ok:+0.1"),
    ('f', "0xbf1a36e2eb1c432d", ",G", "ok:-0.0001"),
    ('f', "0x4005666666666666", "x<8_.6G", "ok:2.675xxx"),
    ('f', "0x0000000000000000", "^#1.6g", "ok:0.00000"),
    ('f', "0x4415af1d78b58c40", "=12.2E", "ok:    1.00E+20"),
    ('f', "0x419d6f3454000000", ">+z5,.0E", "ok:+1E+08"),
    ('f', "0x419d6f3454000000", "+#1F", "ok:+123456789.000000"),
    ('f', "0x4132d687e4189375", "10E", "ok:1.234568E+06"),
    ('f', "0x0000000000000000", "=-#10_.2", "ok:       0.0"),
    ('f', "0x4132d687e4189375", "x=#0e", "ok:1.234568e+06"),
    ('f', "0x7ff0000000000000", " _", "ok: inf"),
    ('f', "0x4415af1d78b58c40", "< #05d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3ff8000000000000", "-1g", "ok:1.5"),
    ('f', "0x400921f9f01b866e", "05%", "ok:314.159000%"),
    ('f', "0x3fc0000000000000", "-10e", "ok:1.250000e-01"),
    ('f', "0xfff0000000000000", "x^-_.0g", "ok:-inf"),
    ('f', "0x0000000000000000", "<01_", "ok:0.0"),
    ('f', "0x3fc0000000000000", "10%", "ok:12.500000%"),
    ('f', "0xfff0000000000000", "*^+#E", "ok:-INF"),
    ('f', "0x3fc0000000000000", " <z20.6n", "ok:0.125               "),
    ('f', "0x3fc0000000000000", "x<-0.1%", "ok:12.5%"),
    ('f', "0x419d6f3454000000", "0<1.6G", "ok:1.23457E+08"),
    ('f', "0xbff8000000000000", "é<010g", "ok:-1.5éééééé"),
    ('f', "0x3ff8000000000000", "*=#20f", "ok:************1.500000"),
    ('f', "0x4005666666666666", "z#8.3", "ok:    2.67"),
    ('f', "0x7ff0000000000000", "> 05f", "ok:0 inf"),
    ('f', "0x0000000000000000", ">+,n", "V:Cannot specify ',' with 'n'."),
    ('f', "0xc0c34a4587e7c06e", "01_", "ok:-9_876.54321"),
    ('f', "0x400921f9f01b866e", "x=d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x3e7ad7f29abcaf48", "< 10_d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x7ff0000000000000", "*=01_G", "ok:INF"),
    ('f', "0x7ff8000000000000", "z010,g", "ok:0000000nan"),
    ('f', "0x4415af1d78b58c40", "^z08f", "ok:100000000000000000000.000000"),
    ('f', "0x3e7ad7f29abcaf48", "é=-#12", "ok:éééééé1.e-07"),
    ('f', "0xbff8000000000000", " ^z#01_.3d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x0000000000000000", "x<g", "ok:0"),
    ('f', "0x8000000000000000", "<#012f", "ok:-0.000000000"),
    ('f', "0xbff8000000000000", "é<d", "V:Unknown format code 'd' for object of type 'float'"),
    ('f', "0x4415af1d78b58c40", "f", "ok:100000000000000000000.000000"),
    ('f', "0x4005666666666666", "z0.2g", "ok:2.7"),
    ('f', "0x7ff8000000000000", "-#_.0E", "ok:NAN"),
    ('s', "a", "<-#.6s", "V:Sign not allowed in string format specifier"),
    ('s', "a", "#0_.2s", "V:Cannot specify '_' with 's'."),
    ('s', "ünï", "<1s", "ok:ünï"),
    ('s', "ünï", " =-8_d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "ünï", "x>#1_s", "V:Cannot specify '_' with 's'."),
    ('s', "", " #s", "V:Space not allowed in string format specifier"),
    ('s', "ünï", "x<+1s", "V:Sign not allowed in string format specifier"),
    ('s', "", "^-_.0s", "V:Cannot specify '_' with 's'."),
    ('s', "", "z#08", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "hello world", "^-d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "abc", " < 12_d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "hello world", ">#.3d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "ünï", "=z05s", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "", "*^-#010,s", "V:Cannot specify ',' with 's'."),
    ('s', "", "0>z0s", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "a", ">z5s", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "abc", "^12.2s", "ok:     ab     "),
    ('s', "", "=-#08.6d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "a", "^-#01,.0", "V:Cannot specify ',' with 's'."),
    ('s', "hello world", "^ 12d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", "x> z20", "V:Space not allowed in string format specifier"),
    ('s', "ünï", " ^5.1s", "ok:  ü  "),
    ('s', "ünï", " >20.6d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "abc", "z0", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "", "<01", "ok:0"),
    ('s', "abc", "=#d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "a", "+05.6s", "V:Sign not allowed in string format specifier"),
    ('s', "", " ^#020.2d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", "^0,.3d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", ">12.0d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "a", "#.0", "V:Alternate form (#) not allowed in string format specifier"),
    ('s', "", "> s", "V:Space not allowed in string format specifier"),
    ('s', "a", "+05", "V:Sign not allowed in string format specifier"),
    ('s', "abc", " <,d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "hello world", "x>#10d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "hello world", ">z#5s", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "a", "12.3s", "ok:a           "),
    ('s', "hello world", "é> z", "V:Space not allowed in string format specifier"),
    ('s', "", "*>z010_.6d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "abc", ">z5.6d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "abc", "x< d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "ünï", "0=#12.0d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", "+010,.3", "V:Cannot specify ',' with 's'."),
    ('s', "hello world", " >,", "V:Cannot specify ',' with 's'."),
    ('s', "abc", " < s", "V:Space not allowed in string format specifier"),
    ('s', "a", "-.3", "V:Sign not allowed in string format specifier"),
    ('s', "", "<z0.1", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "ünï", "0=8s", "V:'=' alignment not allowed in string format specifier"),
    ('s', "a", "^ z.3d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "a", "*>-#020_d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "ünï", "^+z8_d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "a", ">z.2", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "hello world", " =+s", "V:Sign not allowed in string format specifier"),
    ('s', "hello world", "_.2d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", "é^010d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "a", "^-05", "V:Sign not allowed in string format specifier"),
    ('s', "abc", "0= 0_.2s", "V:Cannot specify '_' with 's'."),
    ('s', "hello world", "^#05,.0d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "hello world", "é=#d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "abc", "x^1.6d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", "<#20", "V:Alternate form (#) not allowed in string format specifier"),
    ('s', "hello world", "x^.3d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", "x^8.6s", "ok:xxxxxxxx"),
    ('s', "abc", "+#10.0", "V:Sign not allowed in string format specifier"),
    ('s', "a", "x=z10d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "ünï", ".3s", "ok:ünï"),
    ('s', "a", "x^ s", "V:Space not allowed in string format specifier"),
    ('s', "ünï", "=20s", "V:'=' alignment not allowed in string format specifier"),
    ('s', "ünï", "> #1,.1", "V:Cannot specify ',' with 's'."),
    ('s', "hello world", "<#12", "V:Alternate form (#) not allowed in string format specifier"),
    ('s', "", ">s", "ok:"),
    ('s', "hello world", "1.1d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "a", "^z1s", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "", "0= 5.0d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", "0<-020,d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "a", "=20,s", "V:Cannot specify ',' with 's'."),
    ('s', "hello world", " 08d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", "<s", "ok:"),
    ('s', "ünï", "010s", "ok:ünï0000000"),
    ('s', "abc", ".3d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", "+.0s", "V:Sign not allowed in string format specifier"),
    ('s', "abc", "x<8s", "ok:abcxxxxx"),
    ('s', "ünï", "d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", ">8,s", "V:Cannot specify ',' with 's'."),
    ('s', "", "é>12_", "V:Cannot specify '_' with 's'."),
    ('s', "a", " = 1_.3s", "V:Cannot specify '_' with 's'."),
    ('s', "abc", "<08", "ok:abc00000"),
    ('s', "hello world", "^20_s", "V:Cannot specify '_' with 's'."),
    ('s', "hello world", "0^01d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "hello world", "-012.0d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "hello world", "=05d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "hello world", "0>z8s", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "a", "<#0s", "V:Alternate form (#) not allowed in string format specifier"),
    ('s', "hello world", "#0,.1d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "abc", "> 08.1d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", ">+10s", "V:Sign not allowed in string format specifier"),
    ('s', "ünï", ">-#,", "V:Cannot specify ',' with 's'."),
    ('s', "a", "=z#8s", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "hello world", "< _.6d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "hello world", "*> 20", "V:Space not allowed in string format specifier"),
    ('s', "abc", "*^#0d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "abc", " < d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "hello world", "x^+10d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "hello world", " > 12.0", "V:Space not allowed in string format specifier"),
    ('s', "hello world", "é<020", "ok:hello worldééééééééé"),
    ('s', "", "0<.6", "ok:"),
    ('s', "ünï", " >10.0", "ok:          "),
    ('s', "ünï", "*<5d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "", "<#8", "V:Alternate form (#) not allowed in string format specifier"),
    ('s', "abc", "é=-12.0d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "abc", "=d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "ünï", ">12s", "ok:         ünï"),
    ('s', "abc", "< #01,d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "ünï", "=#5_s", "V:Cannot specify '_' with 's'."),
    ('s', "a", "#0.3", "V:Alternate form (#) not allowed in string format specifier"),
    ('s', "abc", " =-z#012.6d", "V:Unknown format code 'd' for object of type 'str'"),
    ('s', "abc", "= 10_", "V:Cannot specify '_' with 's'."),
    ('s', "", "=-10.2s", "V:Sign not allowed in string format specifier"),
    ('s', "hello world", "+#1s", "V:Sign not allowed in string format specifier"),
    ('s', "", "x>0_d", "V:Unknown format code 'd' for object of type 'str'"),
    ('i', "1234", "010,", "ok:00,001,234"),
    ('i', "1234", "09,", "ok:0,001,234"),
    ('i', "1234", "07,", "ok:001,234"),
    ('i', "255", "#010x", "ok:0x000000ff"),
    ('i', "2882400018", "#_X", "ok:0XABCD_EF12"),
    ('i', "12345678", "_o", "ok:5706_0516"),
    ('i', "-5", "#010b", "ok:-0b0000101"),
    ('i', "65", "^5c", "ok:  A  "),
    ('i', "-1", "c", "O:%c arg not in range(0x110000)"),
    ('i', "1", "xx", "V:Invalid format specifier 'xx' for object of type 'int'"),
    ('i', "1", "_n", "V:Cannot specify '_' with 'n'."),
    ('i', "1", "\u{1}", "V:Unknown format code '\\x1' for object of type 'int'"),
    ('i', "12", "*^+9,d", "ok:***+12***"),
    ('i', "1", "0<5", "ok:10000"),
    ('i', "1", "x<05", "ok:1xxxx"),
    ('i', "1234567", ",", "ok:1,234,567"),
    ('i', "-42", "08", "ok:-0000042"),
    ('i', "255", "#x", "ok:0xff"),
    ('i', "1000000000000000000000000000000", "_d", "ok:1_000_000_000_000_000_000_000_000_000_000"),
    ('i', "1", ",,", "V:Cannot specify ',' with ','."),
    ('i', "1", ",_", "V:Cannot specify both ',' and '_'."),
    ('i', "1", "_,", "V:Cannot specify both ',' and '_'."),
    ('i', "1", ".", "V:Format specifier missing precision"),
    ('i', "1", "99999999999999999999", "V:Too many decimal digits in format string"),
    ('i', "1", ".99999999999999999999", "V:Too many decimal digits in format string"),
    ('i', "1", "=x", "ok:1"),
    ('i', "1", ",s", "V:Cannot specify ',' with 's'."),
    ('i', "114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376", "f", "O:int too large to convert to float"),
    ('i', "5", "z", "V:Negative zero coercion (z) not allowed in integer format specifier"),
    ('f', "0x400921f9f01b866e", ">10.2f", "ok:      3.14"),
    ('f', "0xc132d687e4189375", "020,.2f", "ok:-0,000,001,234,567.89"),
    ('f', "0x7ff0000000000000", "010", "ok:0000000inf"),
    ('f', "0xfff0000000000000", "010,", "ok:-000000inf"),
    ('f', "0x40934a0000000000", "010.1%", "ok:0123450.0%"),
    ('f', "0x3ff8000000000000", "<010", "ok:1.50000000"),
    ('f', "0x8000000000000000", "z", "ok:0.0"),
    ('f', "0xbf1a36e2eb1c432d", "z.2f", "ok:0.00"),
    ('f', "0x4415af1d78b58c40", ",", "ok:1e+20"),
    ('f', "0x40fe240c9fbe76c9", "_.3f", "ok:123_456.789"),
    ('f', "0x3ff0000000000000", "x", "V:Unknown format code 'x' for object of type 'float'"),
    ('s', "abcdef", ".3", "ok:abc"),
    ('s', "abcdef", ">8.3s", "ok:     abc"),
    ('s', "ab", "05", "ok:ab000"),
    ('s', "s", "+", "V:Sign not allowed in string format specifier"),
    ('s', "s", "#", "V:Alternate form (#) not allowed in string format specifier"),
    ('s', "s", "=", "V:'=' alignment not allowed in string format specifier"),
    ('s', "s", "z", "V:Negative zero coercion (z) not allowed in string format specifier"),
    ('s', "s", "x", "V:Unknown format code 'x' for object of type 'str'"),
    ('s', "s", ",", "V:Cannot specify ',' with 's'."),
];
}
