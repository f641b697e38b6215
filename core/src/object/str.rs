//! `str`: immutable Unicode text stored as UTF-8, with its length in code
//! points, a cached hash, and (for non-ASCII text) a lazily built table of
//! byte offsets so indexing by code point stays cheap.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, OnceCell};
use core::fmt::Write;

use super::exception::ExcKind;
use super::function::Args;
use super::slice::{
    arg, as_slice, check_args, clamp_bound, clamp_start, cmp_op_of, norm_index, ord_result,
    repeat_count, repeat_len, resolve, type_name,
};
use super::{Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Code points between two entries of the offset table.
const STRIDE: usize = 32;

/// The payload of a `str` object.
pub struct StrObj {
    s: String,
    nchars: usize,
    hash: Cell<Option<i64>>,
    /// Byte offset of every `STRIDE`-th code point (non-ASCII text only).
    offsets: OnceCell<Box<[usize]>>,
}

impl StrObj {
    /// Wraps a Rust string.
    pub fn new(s: String) -> Self {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            nchars,
            hash: Cell::new(None),
            offsets: OnceCell::new(),
        }
    }
    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }
    /// True when every character is ASCII (byte index == char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }
    /// The cached hash, computing it on first use.
    #[inline]
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(Some(h));
        h
    }

    fn offsets(&self) -> &[usize] {
        self.offsets.get_or_init(|| {
            let mut v = Vec::with_capacity(self.nchars / STRIDE + 1);
            for (k, (b, _)) in self.s.char_indices().enumerate() {
                if k % STRIDE == 0 {
                    v.push(b);
                }
            }
            v.into_boxed_slice()
        })
    }

    /// Byte offset of code point `i` (`i <= char_len()`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() || i >= self.nchars {
            return if i >= self.nchars { self.s.len() } else { i };
        }
        let offs = self.offsets();
        let base = offs.get(i / STRIDE).copied().unwrap_or(0);
        let rest = i % STRIDE;
        match self.s.get(base..).and_then(|t| t.char_indices().nth(rest)) {
            Some((b, _)) => base + b,
            None => self.s.len(),
        }
    }

    /// The code point at index `i` (`i < char_len()`).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.s.as_bytes().get(i).map(|&b| b as char);
        }
        let b = self.byte_offset(i);
        self.s.get(b..).and_then(|t| t.chars().next())
    }

    /// The substring of code points `start..end`.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        if end <= start {
            return "";
        }
        let (a, b) = (self.byte_offset(start), self.byte_offset(end));
        self.s.get(a..b).unwrap_or("")
    }

    /// Converts a byte offset to a code-point index.
    pub fn char_index_of(&self, byte: usize) -> usize {
        if self.is_ascii() {
            byte
        } else {
            self.s.get(..byte).map_or(0, |t| t.chars().count())
        }
    }
}

/// SipHash-1-3 with a zero key, fed incrementally (CPython 3.11's string
/// and bytes hash with `PYTHONHASHSEED=0`).
struct Sip13 {
    v: [u64; 4],
    buf: u64,
    nbuf: u32,
    len: u64,
}

impl Sip13 {
    fn new() -> Self {
        Sip13 {
            v: [
                0x736f6d6570736575,
                0x646f72616e646f6d,
                0x6c7967656e657261,
                0x7465646279746573,
            ],
            buf: 0,
            nbuf: 0,
            len: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        let [mut v0, mut v1, mut v2, mut v3] = self.v;
        v0 = v0.wrapping_add(v1);
        v2 = v2.wrapping_add(v3);
        v1 = v1.rotate_left(13) ^ v0;
        v3 = v3.rotate_left(16) ^ v2;
        v0 = v0.rotate_left(32);
        v2 = v2.wrapping_add(v1);
        v0 = v0.wrapping_add(v3);
        v1 = v1.rotate_left(17) ^ v2;
        v3 = v3.rotate_left(21) ^ v0;
        v2 = v2.rotate_left(32);
        self.v = [v0, v1, v2, v3];
    }

    #[inline]
    fn word(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }

    #[inline]
    fn byte(&mut self, b: u8) {
        self.buf |= u64::from(b) << (8 * self.nbuf);
        self.nbuf += 1;
        self.len += 1;
        if self.nbuf == 8 {
            let m = self.buf;
            self.word(m);
            self.buf = 0;
            self.nbuf = 0;
        }
    }

    fn bytes(&mut self, data: &[u8]) {
        let mut rest = data;
        if self.nbuf == 0 {
            while rest.len() >= 8 {
                let mut w = [0u8; 8];
                w.copy_from_slice(&rest[..8]);
                self.word(u64::from_le_bytes(w));
                self.len += 8;
                rest = &rest[8..];
            }
        }
        for &b in rest {
            self.byte(b);
        }
    }

    fn finish(mut self) -> i64 {
        let b = (self.len << 56) | self.buf;
        self.word(b);
        self.v[2] ^= 0xff;
        self.round();
        self.round();
        self.round();
        let t = (self.v[0] ^ self.v[1]) ^ (self.v[2] ^ self.v[3]);
        let h = t as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

/// CPython 3.11's hash of raw bytes (SipHash-1-3, zero key: the values
/// CPython gives with `PYTHONHASHSEED=0`); 0 for empty input.
pub fn hash_bytes_cpython(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h = Sip13::new();
    h.bytes(data);
    h.finish()
}

/// The hash of a string: CPython 3.11's with `PYTHONHASHSEED=0` (SipHash-1-3
/// over the PEP 393 representation: 1, 2 or 4 bytes per code point), so sets
/// and dicts of strings iterate as CPython's do under that setting.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes_cpython(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut h = Sip13::new();
    if max < 0x100 {
        for c in s.chars() {
            h.byte(c as u32 as u8);
        }
    } else if max < 0x10000 {
        for c in s.chars() {
            h.bytes(&(c as u32 as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            h.bytes(&(c as u32).to_le_bytes());
        }
    }
    h.finish()
}

// ----- public helpers -----

/// Concatenates two strings into a new `str` value (no VM needed).
pub fn str_concat(a: &StrObj, b: &StrObj) -> Value {
    let mut s = String::with_capacity(a.s.len() + b.s.len());
    s.push_str(&a.s);
    s.push_str(&b.s);
    let nchars = a.nchars + b.nchars;
    Value::from_payload(Payload::Str(StrObj {
        s,
        nchars,
        hash: Cell::new(None),
        offsets: OnceCell::new(),
    }))
}

/// `s[i]` for an integer index (negative counts from the end).
pub fn str_getitem_index(vm: &mut Vm, s: &StrObj, i: i64) -> PyResult<Value> {
    match norm_index(i, s.nchars).and_then(|j| s.char_at(j)) {
        Some(c) => Ok(char_value(vm, c)),
        None => Err(vm.index_error("string index out of range")),
    }
}

/// A one-character string (interned for ASCII).
pub fn char_value(vm: &Vm, c: char) -> Value {
    if c.is_ascii() {
        let mut buf = [0u8; 4];
        return Value::Obj(vm.intern(c.encode_utf8(&mut buf)));
    }
    let mut s = String::new();
    s.push(c);
    vm.new_str(s)
}

/// Is this code point printable in CPython's sense (`str.isprintable`)?
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x7f {
        return u >= 0x20;
    }
    if c.is_control() || (c.is_whitespace() && c != ' ') {
        return false;
    }
    !matches!(u,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f | 0x2028..=0x202e
        | 0x2060..=0x206f | 0xd800..=0xf8ff | 0xfeff | 0xfff0..=0xfffb | 0xfffe | 0xffff
        | 0xe0000..=0xe0fff | 0xf0000..=0x10ffff)
}

/// CPython's `str.isspace` for one code point.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c as u32, 0x1c..=0x1f)
}

/// `repr()` of a string: CPython's quoting and escaping.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                let _ = if u < 0x100 {
                    write!(out, "\\x{u:02x}")
                } else if u < 0x10000 {
                    write!(out, "\\u{u:04x}")
                } else {
                    write!(out, "\\U{u:08x}")
                };
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(v)` with fast paths for str, int, bool and None.
pub fn repr_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::None => Ok(String::from("None")),
        Value::Bool(true) => Ok(String::from("True")),
        Value::Bool(false) => Ok(String::from("False")),
        Value::Int(i) => Ok(format!("{i}")),
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Ok(repr_str(s.as_str())),
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Slice(_)
            | Payload::DictView(_) => {
                // Built-in containers: call their `__repr__` directly.
                match vm.lookup_special(v, "__repr__") {
                    Some(f) => {
                        let r = vm.call(&f, Args::new(core::slice::from_ref(v)))?;
                        match r.as_str() {
                            Some(s) => Ok(String::from(s)),
                            None => vm.repr(v),
                        }
                    }
                    None => vm.repr(v),
                }
            }
            _ => vm.repr(v),
        },
        _ => vm.repr(v),
    }
}

fn norm_encoding(e: &str) -> String {
    e.trim()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

fn codec_of(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    match norm_encoding(encoding).as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => {
            Ok(Codec::Latin1)
        }
        _ => Err(vm.new_exc(
            ExcKind::LookupError,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
    }
}

fn check_errors(vm: &Vm, errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace" => Ok(()),
        _ => Err(vm.new_exc(
            ExcKind::LookupError,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// Encodes text (`str.encode`): utf-8, ascii and latin-1, with `strict`,
/// `ignore` or `replace` error handling.
pub fn encode(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec_of(vm, encoding)?;
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let limit: u32 = if codec == Codec::Ascii { 0x80 } else { 0x100 };
    let mut out = Vec::with_capacity(s.len());
    for (pos, c) in s.chars().enumerate() {
        let u = c as u32;
        if u < limit {
            out.push(u as u8);
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let esc = if u < 0x100 {
                    format!("\\x{u:02x}")
                } else if u < 0x10000 {
                    format!("\\u{u:04x}")
                } else {
                    format!("\\U{u:08x}")
                };
                out.extend_from_slice(esc.as_bytes());
            }
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{u};").as_bytes()),
            "strict" => {
                let r = if u < 0x100 {
                    format!("'\\x{u:02x}'")
                } else if u < 0x10000 {
                    format!("'\\u{u:04x}'")
                } else {
                    format!("'\\U{u:08x}'")
                };
                return Err(vm.new_exc(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode character {} in position {pos}: ordinal not in range({limit})",
                        codec_name(codec),
                        r
                    ),
                ));
            }
            _ => {
                check_errors(vm, errors)?;
            }
        }
    }
    Ok(out)
}

/// Decodes bytes (`bytes.decode`): utf-8, ascii and latin-1, with `strict`,
/// `ignore` or `replace` error handling and CPython's messages.
pub fn decode(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = codec_of(vm, encoding)?;
    if !matches!(errors, "strict" | "ignore" | "replace" | "backslashreplace") {
        // CPython looks the handler up only when it is needed.
        let bad = match codec {
            Codec::Latin1 => false,
            Codec::Ascii => !b.is_ascii(),
            Codec::Utf8 => core::str::from_utf8(b).is_err(),
        };
        if bad {
            check_errors(vm, errors)?;
            return Err(
                vm.type_error("don't know how to handle UnicodeDecodeError in error callback")
            );
        }
    }
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (pos, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        "backslashreplace" => {
                            let _ = write!(out, "\\x{x:02x}");
                        }
                        _ => {
                            return Err(vm.new_exc(
                                ExcKind::UnicodeDecodeError,
                                format!(
                                    "'ascii' codec can't decode byte 0x{x:02x} in position {pos}: ordinal not in range(128)"
                                ),
                            ))
                        }
                    }
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut base = 0usize;
            loop {
                match core::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // SAFETY-free: from_utf8 validated this prefix.
                        out.push_str(core::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let bad_len = e.error_len().unwrap_or(rest.len() - good);
                        if errors == "strict" {
                            let first = rest[good];
                            let reason = if e.error_len().is_none() {
                                "unexpected end of data"
                            } else if matches!(first, 0x80..=0xc1 | 0xf5..=0xff) {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            };
                            let pos = base + good;
                            let msg = if bad_len == 1 {
                                format!("'utf-8' codec can't decode byte 0x{first:02x} in position {pos}: {reason}")
                            } else {
                                format!(
                                    "'utf-8' codec can't decode bytes in position {pos}-{}: {reason}",
                                    pos + bad_len - 1
                                )
                            };
                            return Err(vm.new_exc(ExcKind::UnicodeDecodeError, msg));
                        }
                        if errors == "replace" {
                            out.push('\u{fffd}');
                        } else if errors == "backslashreplace" {
                            for x in &rest[good..good + bad_len] {
                                let _ = write!(out, "\\x{x:02x}");
                            }
                        }
                        base += good + bad_len;
                        rest = &rest[good + bad_len..];
                    }
                }
            }
        }
    }
}

// ----- format spec -----

/// A parsed standard format specifier (the parts strings use).
#[derive(Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: bool,
    space: bool,
    no_neg_zero: bool,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(vm: &Vm, spec: &str) -> PyResult<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut sp = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        sp.fill = Some(cs[0]);
        sp.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        sp.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        sp.sign = true;
        sp.space = cs[i] == ' ';
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        sp.no_neg_zero = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let num = |i: &mut usize| -> Option<usize> {
        let st = *i;
        let mut n: usize = 0;
        while *i < cs.len() && cs[*i].is_ascii_digit() {
            n = n
                .saturating_mul(10)
                .saturating_add(cs[*i] as usize - '0' as usize);
            *i += 1;
        }
        if *i > st {
            Some(n)
        } else {
            None
        }
    };
    if let Some(w) = num(&mut i) {
        sp.width = w;
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        sp.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        match num(&mut i) {
            Some(p) => sp.precision = Some(p),
            None => return Err(vm.value_error("Format specifier missing precision")),
        }
    }
    if i < cs.len() {
        sp.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        return Err(vm.value_error("Invalid format specifier"));
    }
    Ok(sp)
}

/// Appends `n` copies of `c`.
fn push_n(out: &mut String, c: char, n: usize) {
    for _ in 0..n {
        out.push(c);
    }
}

/// Pads `body` (of `len` code points) to `width` with `fill` and `align`.
pub fn pad(body: &str, len: usize, width: usize, fill: char, align: char) -> String {
    if width <= len {
        return String::from(body);
    }
    let total = width - len;
    let (left, right) = match align {
        '>' => (total, 0),
        '^' => (total / 2, total - total / 2),
        _ => (0, total),
    };
    let mut out = String::with_capacity(body.len() + total * fill.len_utf8());
    push_n(&mut out, fill, left);
    out.push_str(body);
    push_n(&mut out, fill, right);
    out
}

/// `format(s, spec)` for a string.
pub fn format_str(vm: &Vm, s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(String::from(s));
    }
    let sp = parse_spec(vm, spec)?;
    match sp.ty {
        None | Some('s') => {}
        Some(t) => {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'str'"
            )))
        }
    }
    if sp.sign {
        return Err(vm.value_error(if sp.space {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if sp.no_neg_zero {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if sp.alt {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if let Some(g) = sp.grouping {
        return Err(vm.value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let (body, len) = match sp.precision {
        Some(p) => {
            let end = s.char_indices().nth(p).map_or(s.len(), |(b, _)| b);
            let t = &s[..end];
            (t, t.chars().count())
        }
        None => (s, s.chars().count()),
    };
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    Ok(pad(body, len, sp.width, fill, sp.align.unwrap_or('<')))
}

// ----- methods -----

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a StrObj> {
    crate::builtins::descriptor_self(vm, args, "str", name, |v| match v.payload() {
        Some(Payload::Str(s)) => Some(s),
        _ => None,
    })
}

/// The `str` payload of `v`, looking through an instance of a `str` subclass.
fn str_obj_of(v: &Value) -> Option<&StrObj> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s),
        Some(Payload::Instance(i)) => match i.base.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, what: impl FnOnce(&str) -> String) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => Err(vm.type_error(what(&type_name(vm, v)))),
    }
}

fn ret(vm: &Vm, s: String) -> PyResult<Value> {
    Ok(vm.new_str(s))
}

fn str_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut object = args.pos.get(1).cloned();
    let mut encoding = args.pos.get(2).cloned();
    let mut errors = args.pos.get(3).cloned();
    if args.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    for (k, v) in args.kw {
        match k.payload_str() {
            Some("object") => object = Some(v.clone()),
            Some("encoding") => encoding = Some(v.clone()),
            Some("errors") => errors = Some(v.clone()),
            Some(n) => {
                return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for str()")))
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let Some(obj) = object else {
        return Ok(Value::Obj(vm.intern("")));
    };
    if encoding.is_none() && errors.is_none() {
        if let Some(Payload::Str(_)) = obj.payload() {
            return Ok(obj);
        }
        let s = vm.str(&obj)?;
        return ret(vm, s);
    }
    let enc = match &encoding {
        None => "utf-8",
        Some(e) => str_arg(vm, e, |t| {
            format!("str() argument 'encoding' must be str, not {t}")
        })?,
    };
    let err = match &errors {
        None => "strict",
        Some(e) => str_arg(vm, e, |t| {
            format!("str() argument 'errors' must be str, not {t}")
        })?,
    };
    let data: Vec<u8> = match obj.payload() {
        Some(Payload::Bytes(b)) => b.data.clone(),
        Some(Payload::ByteArray(b)) => b.data.get().clone(),
        Some(Payload::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
        _ => {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(vm, &obj)
            )))
        }
    };
    let s = decode(vm, &data, enc, err)?;
    ret(vm, s)
}

fn str_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "__repr__")?;
    ret(vm, repr_str(s.as_str()))
}

fn str_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__str__")?;
    Ok(args.pos[0].clone())
}

fn str_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.nchars as i64))
}

fn str_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__hash__")?.hash()))
}

fn str_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "__getitem__")?;
    check_args(vm, &args, "__getitem__", 1, 1)?;
    let key = &args.pos[1];
    if let Some(sl) = as_slice(key) {
        let (start, _stop, step, n) = resolve(vm, sl, s.nchars)?;
        if step == 1 {
            let start = start.max(0) as usize;
            if start == 0 && n == s.nchars {
                return Ok(args.pos[0].clone());
            }
            return ret(vm, String::from(s.substr(start, start + n)));
        }
        let out: String = if s.is_ascii() {
            let b = s.as_str().as_bytes();
            super::slice::slice_indices(start, step, n)
                .filter_map(|i| b.get(i).map(|&c| c as char))
                .collect()
        } else {
            let chars: Vec<char> = s.as_str().chars().collect();
            super::slice::slice_indices(start, step, n)
                .filter_map(|i| chars.get(i).copied())
                .collect()
        };
        return ret(vm, out);
    }
    match super::slice::index_value(vm, key)? {
        Some(i) => str_getitem_index(vm, s, i),
        None => Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            type_name(vm, key)
        ))),
    }
}

fn str_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "__contains__")?;
    check_args(vm, &args, "__contains__", 1, 1)?;
    let sub = str_arg(vm, &args.pos[1], |t| {
        format!("'in <string>' requires string as left operand, not {t}")
    })?;
    Ok(Value::Bool(s.as_str().contains(sub)))
}

fn str_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    Ok(super::iter::new_seq_iter(vm, args.pos[0].clone()))
}

fn str_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "__add__")?;
    check_args(vm, &args, "__add__", 1, 1)?;
    match str_obj_of(&args.pos[1]) {
        Some(t) => {
            vm.check_size(
                crate::vm::limits::SizeKind::Str,
                (s.s.len() + t.s.len()) as u64,
            )?;
            Ok(str_concat(s, t))
        }
        _ if vm.concat_defers(&args.pos[1]) => Ok(vm.not_implemented()),
        _ => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(vm, &args.pos[1])
        ))),
    }
}

fn str_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "__mul__")?;
    check_args(vm, &args, "__mul__", 1, 1)?;
    let Some(n) = repeat_count(vm, &args.pos[1])? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(vm, &args.pos[1])
        )));
    };
    if n == 1 {
        return Ok(args.pos[0].clone());
    }
    vm.check_size(
        crate::vm::limits::SizeKind::Str,
        (s.s.len() as u64).saturating_mul(n as u64),
    )?;
    repeat_len(vm, s.s.len(), n)?;
    ret(vm, s.as_str().repeat(n))
}

fn str_cmp(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    match str_obj_of(&args.pos[1]) {
        Some(t) => Ok(Value::Bool(ord_result(
            s.as_str().cmp(t.as_str()),
            cmp_op_of(name),
        ))),
        _ => Ok(vm.not_implemented()),
    }
}

macro_rules! cmp_fns {
    ($f:ident; $($name:ident = $dunder:literal),*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { $f(vm, args, $dunder) })*
    };
}
cmp_fns!(str_cmp; str_eq = "__eq__", str_ne = "__ne__", str_lt = "__lt__", str_le = "__le__", str_gt = "__gt__", str_ge = "__ge__");

fn str_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__format__", 1, 1)?;
    if let Some(r) = crate::vm::ops::format_subclass(vm, &args, str_format)? {
        return Ok(r);
    }
    let s = this(vm, &args, "__format__")?;
    let spec = crate::vm::ops::format_spec(vm, &args)?;
    let r = format_str(vm, s.as_str(), spec)?;
    ret(vm, r)
}

fn str_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "__getnewargs__")?;
    let v = vm.new_str(String::from(s.as_str()));
    Ok(vm.new_tuple(alloc::vec![v]))
}

/// `sep.join(iterable)`.
pub fn str_join(vm: &mut Vm, sep: &str, iterable: &Value) -> PyResult<Value> {
    if let Err(e) = vm.iter(iterable) {
        if vm.err_matches(&e, ExcKind::TypeError) {
            return Err(vm.type_error("can only join an iterable"));
        }
        return Err(e);
    }
    let mut items = super::iter::collect(vm, iterable)?;
    // str subclass instances join as their str values.
    for it in items.iter_mut() {
        if let Some(Payload::Instance(inst)) = it.payload() {
            if matches!(inst.base.payload(), Some(Payload::Str(_))) {
                let b = inst.base.clone();
                *it = b;
            }
        }
    }
    let mut total = 0;
    for (i, it) in items.iter().enumerate() {
        match it.as_str() {
            Some(s) => total += s.len() + sep.len(),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(vm, it)
                )))
            }
        }
    }
    if items.len() == 1 && matches!(items[0].payload(), Some(Payload::Str(_))) {
        return Ok(items[0].clone());
    }
    vm.check_size(crate::vm::limits::SizeKind::Str, total as u64)?;
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(it.as_str().unwrap_or(""));
    }
    ret(vm, out)
}

fn m_join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "join")?;
    check_args(vm, &args, "join", 1, 1)?;
    str_join(vm, s.as_str(), &args.pos[1])
}

/// Reads `sep` and `maxsplit` (positional or keyword).
fn split_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(Option<&'a str>, i64)> {
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let mut sep = args.pos.get(1);
    let mut maxsplit = args.pos.get(2);
    for (k, v) in args.kw {
        match k.payload_str() {
            Some("sep") => sep = Some(v),
            Some("maxsplit") => maxsplit = Some(v),
            Some(n) => {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{n}'"))
                )
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(vm, v, |t| format!("must be str or None, not {t}"))?),
    };
    if sep == Some("") {
        return Err(vm.value_error("empty separator"));
    }
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => super::slice::as_index(vm, v)?,
    };
    Ok((sep, maxsplit))
}

/// Splits on runs of whitespace (left to right).
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            return out;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
            }
            None => {
                out.push(rest);
                rest = "";
            }
        }
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let c = rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[i + c..]);
                rest = rest[..i].trim_end_matches(is_space);
            }
            None => {
                out.push(rest);
                rest = "";
            }
        }
    }
    out.reverse();
    out
}

fn str_list(vm: &Vm, parts: Vec<&str>) -> Value {
    let items = parts
        .into_iter()
        .map(|p| vm.new_str(String::from(p)))
        .collect();
    vm.new_list(items)
}

fn m_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "split")?.as_str();
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let parts = match sep {
        None => split_whitespace(s, maxsplit),
        Some(sep) if maxsplit < 0 => s.split(sep).collect(),
        Some(sep) => s.splitn(maxsplit as usize + 1, sep).collect(),
    };
    Ok(str_list(vm, parts))
}

fn m_rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "rsplit")?.as_str();
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let mut parts: Vec<&str> = match sep {
        None => return Ok(str_list(vm, rsplit_whitespace(s, maxsplit))),
        Some(sep) if maxsplit < 0 => s.rsplit(sep).collect(),
        Some(sep) => s.rsplitn(maxsplit as usize + 1, sep).collect(),
    };
    parts.reverse();
    Ok(str_list(vm, parts))
}

fn strip_chars<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<Option<&'a str>> {
    check_args(vm, args, name, 0, 1)?;
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(str_arg(vm, v, |_| {
            format!("{name} arg must be None or str")
        })?)),
    }
}

fn do_strip(vm: &mut Vm, args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?.as_str();
    let chars = strip_chars(vm, &args, name)?;
    let mut t = s;
    match chars {
        None => {
            if left {
                t = t.trim_start_matches(is_space);
            }
            if right {
                t = t.trim_end_matches(is_space);
            }
        }
        Some(cs) => {
            let f = |c: char| cs.contains(c);
            if left {
                t = t.trim_start_matches(f);
            }
            if right {
                t = t.trim_end_matches(f);
            }
        }
    }
    if t.len() == s.len() {
        return Ok(args.pos[0].clone());
    }
    ret(vm, String::from(t))
}

fn m_strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    do_strip(vm, args, "strip", true, true)
}
fn m_lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    do_strip(vm, args, "lstrip", true, false)
}
fn m_rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    do_strip(vm, args, "rstrip", false, true)
}

fn no_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a str> {
    let s = this(vm, args, name)?;
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "str.{name}() takes no arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    Ok(s.as_str())
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase()
}

fn upper_into(out: &mut String, c: char) {
    out.extend(c.to_uppercase());
}

/// Appends the title case of `c` (upper case except for the digraphs that
/// have a distinct title-case form).
fn title_into(out: &mut String, c: char) {
    match c {
        '\u{1c4}'..='\u{1c6}' => out.push('\u{1c5}'),
        '\u{1c7}'..='\u{1c9}' => out.push('\u{1c8}'),
        '\u{1ca}'..='\u{1cc}' => out.push('\u{1cb}'),
        '\u{1f1}'..='\u{1f3}' => out.push('\u{1f2}'),
        _ => upper_into(out, c),
    }
}

fn m_upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "upper")?;
    ret(vm, s.to_uppercase())
}
fn m_lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "lower")?;
    ret(vm, s.to_lowercase())
}
fn m_casefold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "casefold")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ς' => out.push('σ'),
            c => out.extend(c.to_lowercase()),
        }
    }
    ret(vm, out)
}
fn m_swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "swapcase")?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            upper_into(&mut out, c);
        } else {
            out.push(c);
        }
    }
    ret(vm, out)
}
fn m_title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "title")?;
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            title_into(&mut out, c);
        }
        prev_cased = is_cased(c) || matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}');
    }
    ret(vm, out)
}
fn m_capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "capitalize")?;
    let mut out = String::with_capacity(s.len());
    let mut cs = s.chars();
    if let Some(c) = cs.next() {
        title_into(&mut out, c);
    }
    for c in cs {
        out.extend(c.to_lowercase());
    }
    ret(vm, out)
}

fn m_replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "replace")?.as_str();
    let n = args.pos.len() - 1;
    if !args.kw.is_empty() {
        return Err(vm.type_error("replace() takes no keyword arguments"));
    }
    if !(2..=3).contains(&n) {
        return Err(super::slice::arg_count_error(vm, "replace", n, 2, 3));
    }
    let old = str_arg(vm, &args.pos[1], |t| {
        format!("replace() argument 1 must be str, not {t}")
    })?;
    let new = str_arg(vm, &args.pos[2], |t| {
        format!("replace() argument 2 must be str, not {t}")
    })?;
    let count = match args.pos.get(3) {
        Some(v) => super::slice::as_index(vm, v)?,
        None => -1,
    };
    let r = if count < 0 {
        if old.is_empty() {
            // Insert `new` between every character and at both ends.
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            out
        } else {
            s.replace(old, new)
        }
    } else if old.is_empty() {
        let mut out = String::new();
        let mut left = count;
        for c in s.chars() {
            if left > 0 {
                out.push_str(new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.push_str(new);
        }
        out
    } else {
        s.replacen(old, new, count as usize)
    };
    ret(vm, r)
}

/// `(prefix or tuple of prefixes, start, end)` handling for startswith/endswith.
fn starts_ends(vm: &mut Vm, args: Args<'_>, name: &str, ends: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 3)?;
    let len = s.nchars;
    let start = clamp_start(vm, args.pos.get(2), len)?;
    let end = clamp_bound(vm, args.pos.get(3), len, len)?;
    let hay = if start > end {
        None
    } else {
        Some(s.substr(start, end))
    };
    let test = |p: &str| -> bool {
        match hay {
            Some(h) => {
                if ends {
                    h.ends_with(p)
                } else {
                    h.starts_with(p)
                }
            }
            // CPython: an empty prefix matches when start <= len even if start > end... only when start <= len.
            None => false,
        }
    };
    let what = &args.pos[1];
    if let Some(p) = what.as_str() {
        return Ok(Value::Bool(test(p)));
    }
    if let Some(Payload::Tuple(t)) = what.payload() {
        for it in t.items() {
            match it.as_str() {
                Some(p) => {
                    if test(p) {
                        return Ok(Value::Bool(true));
                    }
                }
                None => {
                    return Err(vm.type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        type_name(vm, it)
                    )))
                }
            }
        }
        return Ok(Value::Bool(false));
    }
    Err(vm.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        type_name(vm, what)
    )))
}
fn m_startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}
fn m_endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

/// Parses `(sub[, start[, end]])`; returns the text, the char window and the needle.
fn find_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a StrObj, usize, usize, &'a str)> {
    let s = this(vm, args, name)?;
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len() - 1;
    if !(1..=3).contains(&n) {
        return Err(vm.type_error(if n == 0 {
            format!("{name}() takes at least 1 argument (0 given)")
        } else {
            format!("{name}() takes at most 3 arguments ({n} given)")
        }));
    }
    let sub = str_arg(vm, &args.pos[1], |t| format!("must be str, not {t}"))?;
    let len = s.nchars;
    let start = clamp_start(vm, args.pos.get(2), len)?;
    let end = clamp_bound(vm, args.pos.get(3), len, len)?;
    Ok((s, start, end, sub))
}

fn find_impl(vm: &mut Vm, args: &Args<'_>, name: &str, rev: bool) -> PyResult<i64> {
    let (s, start, end, sub) = find_args(vm, args, name)?;
    if start > end || (start == s.nchars && !sub.is_empty()) {
        return Ok(-1);
    }
    let hay = s.substr(start, end);
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match found {
        Some(b) => {
            (start
                + if s.is_ascii() {
                    b
                } else {
                    hay[..b].chars().count()
                }) as i64
        }
        None => -1,
    })
}

fn m_find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, &args, "find", false).map(Value::Int)
}
fn m_rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, &args, "rfind", true).map(Value::Int)
}
fn m_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn m_rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn m_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, start, end, sub) = find_args(vm, &args, "count")?;
    if start > end || start > s.nchars {
        return Ok(Value::Int(0));
    }
    let hay = s.substr(start, end);
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn is_decimal(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c as u32, 0x660..=0x669 | 0x6f0..=0x6f9 | 0x7c0..=0x7c9 | 0x966..=0x96f | 0x9e6..=0x9ef
            | 0xa66..=0xa6f | 0xae6..=0xaef | 0xb66..=0xb6f | 0xbe6..=0xbef | 0xc66..=0xc6f | 0xce6..=0xcef
            | 0xd66..=0xd6f | 0xe50..=0xe59 | 0xed0..=0xed9 | 0xf20..=0xf29 | 0x1040..=0x1049 | 0xff10..=0xff19
            | 0x1d7ce..=0x1d7ff)
}
fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24f5..=0x24fd | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792)
}
fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

fn pred(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let s = no_args(vm, &args, name)?;
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}
fn m_isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isdigit", is_digit)
}
fn m_isdecimal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isdecimal", is_decimal)
}
fn m_isnumeric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isnumeric", |c| c.is_numeric() || is_digit(c))
}
fn m_isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isalpha", is_alpha)
}
fn m_isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isalnum", |c| c.is_alphanumeric() || is_digit(c))
}
fn m_isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pred(vm, args, "isspace", is_space)
}
fn m_isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}
fn m_isprintable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "isprintable")?;
    Ok(Value::Bool(s.chars().all(is_printable)))
}
fn m_isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "isupper")?;
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(Value::Bool(cased))
}
fn m_islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "islower")?;
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(Value::Bool(cased))
}
fn m_istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "istitle")?;
    Ok(Value::Bool(is_title(
        s.chars().map(|c| (c.is_uppercase(), c.is_lowercase())),
    )))
}

/// `istitle` over (is upper, is lower) per character (or byte): every
/// uppercase letter follows an uncased one, every lowercase one a cased
/// one, and there is at least one cased letter.
pub fn is_title(cases: impl Iterator<Item = (bool, bool)>) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for (upper, lower) in cases {
        if upper || lower {
            if upper == prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// Is `s` a valid Python identifier?
pub fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}
fn m_isidentifier(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(vm, &args, "isidentifier")?;
    Ok(Value::Bool(is_identifier(s)))
}

fn justify(vm: &mut Vm, args: Args<'_>, name: &str, align: char) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 2)?;
    let width = super::slice::as_index(vm, &args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => ' ',
        Some(v) => {
            let f = str_arg(vm, v, |t| {
                format!("{name}() argument 2 must be str, not {t}")
            })?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
    };
    if width <= s.nchars as i64 {
        return Ok(args.pos[0].clone());
    }
    // Checked against the limits before `repeat_len` probes the allocator.
    vm.check_size(
        crate::vm::limits::SizeKind::Str,
        (width as u64)
            .saturating_mul(fill.len_utf8() as u64)
            .saturating_add(s.as_str().len() as u64),
    )?;
    let width = repeat_len(vm, width as usize, 1)?;
    if align == '^' {
        // CPython's centering puts the odd pad on the left when the length is odd.
        let total = width - s.nchars;
        let left = total / 2 + (total & width & 1);
        let mut out = String::new();
        push_n(&mut out, fill, left);
        out.push_str(s.as_str());
        push_n(&mut out, fill, total - left);
        return ret(vm, out);
    }
    ret(vm, pad(s.as_str(), s.nchars, width, fill, align))
}
fn m_center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    justify(vm, args, "center", '^')
}
fn m_ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    justify(vm, args, "ljust", '<')
}
fn m_rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    justify(vm, args, "rjust", '>')
}
fn m_zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "zfill")?;
    check_args(vm, &args, "zfill", 1, 1)?;
    let width = super::slice::as_index(vm, &args.pos[1])?;
    if width <= s.nchars as i64 {
        return Ok(args.pos[0].clone());
    }
    let fill = width as usize - s.nchars;
    // Checked against the limits before `repeat_len` probes the allocator.
    vm.check_size(
        crate::vm::limits::SizeKind::Str,
        (fill as u64).saturating_add(s.as_str().len() as u64),
    )?;
    repeat_len(vm, fill, 1)?;
    let t = s.as_str();
    let mut out = String::with_capacity(t.len() + fill);
    let body = if t.starts_with('+') || t.starts_with('-') {
        out.push_str(&t[..1]);
        &t[1..]
    } else {
        t
    };
    push_n(&mut out, '0', fill);
    out.push_str(body);
    ret(vm, out)
}
fn m_expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?.as_str();
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "expandtabs() takes at most 1 argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let ts = match args.pos.get(1).or_else(|| args.kwarg("tabsize")) {
        Some(v) => super::slice::as_index(vm, v)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    repeat_len(vm, out.len(), 1)?;
                    push_n(&mut out, ' ', n as usize);
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    ret(vm, out)
}

fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn m_splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "splitlines")?.as_str();
    let keep = super::slice::keepends_arg(vm, &args)?;
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            parts.push(if keep { &s[start..end] } else { &s[start..i] });
            start = end;
        }
    }
    if start < s.len() {
        parts.push(&s[start..]);
    }
    Ok(str_list(vm, parts))
}

fn do_partition(vm: &mut Vm, args: Args<'_>, name: &str, rev: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?.as_str();
    check_args(vm, &args, name, 1, 1)?;
    let sep = str_arg(vm, &args.pos[1], |t| format!("must be str, not {t}"))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts: [&str; 3] = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if rev => ["", "", s],
        None => [s, "", ""],
    };
    let items = parts.iter().map(|p| vm.new_str(String::from(*p))).collect();
    Ok(vm.new_tuple(items))
}
fn m_partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    do_partition(vm, args, "partition", false)
}
fn m_rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    do_partition(vm, args, "rpartition", true)
}

fn m_encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "encode")?.as_str();
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "encode() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let enc = args.pos.get(1).or_else(|| args.kwarg("encoding"));
    let err = args.pos.get(2).or_else(|| args.kwarg("errors"));
    let enc = match enc {
        None => "utf-8",
        Some(v) => str_arg(vm, v, |t| {
            format!("encode() argument 'encoding' must be str, not {t}")
        })?,
    };
    let err = match err {
        None => "strict",
        Some(v) => str_arg(vm, v, |t| {
            format!("encode() argument 'errors' must be str, not {t}")
        })?,
    };
    let data = encode(vm, s, enc, err)?;
    Ok(Value::from_payload(Payload::Bytes(
        super::bytes::BytesObj { data },
    )))
}

fn m_removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "removeprefix")?.as_str();
    check_args(vm, &args, "removeprefix", 1, 1)?;
    let is_none = matches!(args.pos[1], Value::None);
    let p = str_arg(vm, &args.pos[1], |t| {
        let t = if is_none { "None" } else { t };
        format!("removeprefix() argument must be str, not {t}")
    })?;
    match s.strip_prefix(p) {
        Some(t) if !p.is_empty() => ret(vm, String::from(t)),
        _ => Ok(args.pos[0].clone()),
    }
}
fn m_removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "removesuffix")?.as_str();
    check_args(vm, &args, "removesuffix", 1, 1)?;
    let is_none = matches!(args.pos[1], Value::None);
    let p = str_arg(vm, &args.pos[1], |t| {
        let t = if is_none { "None" } else { t };
        format!("removesuffix() argument must be str, not {t}")
    })?;
    match s.strip_suffix(p) {
        Some(t) if !p.is_empty() => ret(vm, String::from(t)),
        _ => Ok(args.pos[0].clone()),
    }
}

/// An error for calling a str method with a non-str argument; exported for tests.
#[cold]
pub fn concat_error(vm: &Vm, other: &Value) -> PyErr {
    vm.type_error(format!(
        "can only concatenate str (not \"{}\") to str",
        type_name(vm, other)
    ))
}

// ----- str.format -----

/// `format(v, spec)`: strs directly, everything else through `__format__`.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if let Some(s) = v.as_exact_str() {
        return format_str(vm, s, spec);
    }
    if spec.is_empty() {
        if let Value::Int(i) = v {
            return Ok(format!("{i}"));
        }
    }
    let Some(f) = vm.lookup_special(v, "__format__") else {
        return Err(vm.type_error(format!(
            "Type {} doesn't define __format__",
            type_name(vm, v)
        )));
    };
    let spec_v = vm.new_str(spec);
    let r = vm.call(&f, Args::new(&[v.clone(), spec_v]))?;
    match r.as_str() {
        Some(s) => Ok(String::from(s)),
        None => Err(vm.type_error(format!(
            "__format__ must return a str, not {}",
            type_name(vm, &r)
        ))),
    }
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = repr_of(vm, v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            let _ = write!(out, "\\x{u:02x}");
        } else if u < 0x10000 {
            let _ = write!(out, "\\u{u:04x}");
        } else {
            let _ = write!(out, "\\U{u:08x}");
        }
    }
    Ok(out)
}

/// Auto/manual field numbering state of one `str.format` call.
struct Numbering {
    auto: Option<usize>,
    manual: bool,
}

fn format_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kwargs: &[(super::ObjRef, Value)],
    mapping: Option<&Value>,
    num: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    // Split off the conversion and the spec (the spec may hold nested fields).
    let mut name_end = field.len();
    let mut depth_b = 0i32;
    for (i, c) in field.char_indices() {
        match c {
            '[' => depth_b += 1,
            ']' => depth_b -= 1,
            '!' | ':' if depth_b == 0 => {
                name_end = i;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let mut rest = &field[name_end..];
    let mut conv = None;
    if let Some(r) = rest.strip_prefix('!') {
        let mut cs = r.chars();
        let c = cs.next();
        let after = cs.as_str();
        if !(after.is_empty() || after.starts_with(':')) {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
        match c {
            Some(c @ ('r' | 's' | 'a')) => conv = Some(c),
            Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
            None => {
                return Err(vm.value_error("end of string while looking for conversion specifier"))
            }
        }
        rest = after;
    }
    let spec_raw = rest.strip_prefix(':').unwrap_or("");
    // The first part of the name: "", digits, or an identifier.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if num.manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let i = num.auto.unwrap_or(0);
        num.auto = Some(i + 1);
        match args.get(i) {
            Some(v) => v.clone(),
            None if mapping.is_some() => {
                return Err(vm.value_error("Format string contains positional fields"))
            }
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                )))
            }
        }
    } else if let Ok(i) = first.parse::<usize>() {
        if num.auto.is_some() {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        num.manual = true;
        match args.get(i) {
            Some(v) => v.clone(),
            None if mapping.is_some() => {
                return Err(vm.value_error("Format string contains positional fields"))
            }
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                )))
            }
        }
    } else {
        let found = kwargs
            .iter()
            .find(|(k, _)| k.payload_str() == Some(first))
            .map(|(_, v)| v.clone());
        match (found, mapping) {
            (Some(v), _) => v,
            (None, Some(m)) => {
                let key = vm.new_str(first);
                vm.getitem(m, &key)?
            }
            (None, None) => return Err(vm.key_error(vm.new_str(first))),
        }
    };
    // Attribute and index accessors.
    let mut acc = &name[first_end..];
    while !acc.is_empty() {
        if let Some(r) = acc.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let n = vm.intern(attr);
            value = vm.getattr(&value, &n)?;
            acc = &r[end..];
        } else if let Some(r) = acc.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = match key.parse::<i64>() {
                Ok(i) if !key.starts_with(['-', '+']) => Value::Int(i),
                _ => vm.new_str(key),
            };
            value = match (&value, &k) {
                (Value::Obj(o), Value::Int(i)) if matches!(o.payload(), Payload::List(_)) => {
                    super::list::list_getitem_value(
                        vm,
                        super::list::as_list(&value).ok_or_else(|| vm.type_error("list"))?,
                        &Value::Int(*i),
                    )?
                }
                _ => vm.getitem(&value, &k)?,
            };
            acc = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let value = match conv {
        Some('r') => {
            let r = repr_of(vm, &value)?;
            vm.new_str(r)
        }
        Some('s') => {
            let r = if let Some(s) = value.as_exact_str() {
                String::from(s)
            } else {
                vm.str(&value)?
            };
            vm.new_str(r)
        }
        Some('a') => {
            let r = ascii_of(vm, &value)?;
            vm.new_str(r)
        }
        _ => value,
    };
    let spec = if spec_raw.contains('{') {
        if depth >= 2 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        format_template(vm, spec_raw, args, kwargs, mapping, num, depth + 1)?
    } else {
        String::from(spec_raw)
    };
    format_value(vm, &value, &spec)
}

fn format_template(
    vm: &mut Vm,
    tpl: &str,
    args: &[Value],
    kwargs: &[(super::ObjRef, Value)],
    mapping: Option<&Value>,
    num: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    let mut out = String::with_capacity(tpl.len());
    let b = tpl.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        match b[i] {
            b'{' => {
                out.push_str(&tpl[lit_start..i]);
                if b.get(i + 1) == Some(&b'{') {
                    out.push('{');
                    i += 2;
                    lit_start = i;
                    continue;
                }
                // Find the matching '}' (nested braces allowed in the spec).
                let mut level = 1;
                let mut j = i + 1;
                let mut in_bracket = false;
                while j < b.len() {
                    match b[j] {
                        b'[' if level == 1 => in_bracket = true,
                        b']' if level == 1 => in_bracket = false,
                        b'{' if !in_bracket => level += 1,
                        b'}' if !in_bracket => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= b.len() {
                    return Err(vm.value_error(if i + 1 >= b.len() {
                        "Single '{' encountered in format string"
                    } else {
                        "expected '}' before end of string"
                    }));
                }
                let field = &tpl[i + 1..j];
                let r = format_field(vm, field, args, kwargs, mapping, num, depth)?;
                out.push_str(&r);
                i = j + 1;
                lit_start = i;
            }
            b'}' => {
                out.push_str(&tpl[lit_start..i]);
                if b.get(i + 1) == Some(&b'}') {
                    out.push('}');
                    i += 2;
                    lit_start = i;
                    continue;
                }
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            _ => i += 1,
        }
    }
    out.push_str(&tpl[lit_start..]);
    Ok(out)
}

/// `template.format(*args, **kwargs)`.
pub fn str_format_call(
    vm: &mut Vm,
    tpl: &str,
    args: &[Value],
    kwargs: &[(super::ObjRef, Value)],
) -> PyResult<String> {
    let mut num = Numbering {
        auto: None,
        manual: false,
    };
    format_template(vm, tpl, args, kwargs, None, &mut num, 0)
}

fn m_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "format")?;
    let r = str_format_call(vm, s.as_str(), &args.pos[1..], args.kw)?;
    ret(vm, r)
}

fn m_format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "format_map")?;
    check_args(vm, &args, "format_map", 1, 1)?;
    let mut num = Numbering {
        auto: None,
        manual: false,
    };
    let r = format_template(vm, s.as_str(), &[], &[], Some(&args.pos[1]), &mut num, 0)?;
    ret(vm, r)
}

// ----- printf-style formatting -----

fn is_int_like(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

/// `template % args` for str.
pub fn percent_format(vm: &mut Vm, tpl: &str, arg: &Value) -> PyResult<String> {
    percent_format_impl(vm, tpl, arg, false)
}

/// `template % args` for bytes: `tpl` holds the template's bytes as Latin-1
/// text, and so does the result.
pub fn percent_format_bytes(vm: &mut Vm, tpl: &str, arg: &Value) -> PyResult<String> {
    percent_format_impl(vm, tpl, arg, true)
}

/// The bytes of a `%s`/`%b` argument of bytes formatting, as Latin-1 text.
fn percent_bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let data = match super::bytes::bytes_like(v) {
        Some(d) => d,
        None => match vm.lookup_special(v, "__bytes__") {
            Some(f) => {
                let r = vm.call(&f, Args::new(core::slice::from_ref(v)))?;
                match super::bytes::bytes_of(&r) {
                    Some(d) => d,
                    None => {
                        return Err(vm.type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            type_name(vm, &r)
                        )))
                    }
                }
            }
            None => {
                return Err(vm.type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                type_name(vm, v)
            )))
            }
        },
    };
    Ok(data.iter().map(|&b| b as char).collect())
}

fn percent_format_impl(vm: &mut Vm, tpl: &str, arg: &Value, bytes: bool) -> PyResult<String> {
    let tuple_of = |v: &Value| -> Option<Vec<Value>> {
        match v.payload() {
            Some(Payload::Tuple(t)) => Some(t.items().to_vec()),
            Some(Payload::Instance(i)) => match i.base.payload() {
                Some(Payload::Tuple(t)) => Some(t.items().to_vec()),
                _ => None,
            },
            _ => None,
        }
    };
    let (items, is_tuple): (Vec<Value>, bool) = match tuple_of(arg) {
        Some(t) => (t, true),
        None => (alloc::vec![arg.clone()], false),
    };
    let is_mapping = !is_tuple
        && arg.as_str().is_none()
        && super::bytes::bytes_of(arg).is_none()
        && (matches!(arg.payload(), Some(Payload::Dict(_)))
            || (matches!(arg.payload(), Some(Payload::Instance(_)))
                && vm.lookup_special(arg, "__getitem__").is_some()));
    let cs: Vec<char> = tpl.chars().collect();
    let mut out = String::with_capacity(tpl.len() + 8);
    let mut next = 0usize;
    let mut used_mapping = false;
    let mut i = 0;
    let take = |vm: &Vm, next: &mut usize| -> PyResult<Value> {
        match items.get(*next) {
            Some(v) => {
                *next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    };
    while i < cs.len() {
        let c = cs[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= cs.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut value: Option<Value> = None;
        if cs[i] == '(' {
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let ks = i + 1;
            i += 1;
            while i < cs.len() && depth > 0 {
                match cs[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = cs[ks..i - 1].iter().collect();
            let k = if bytes {
                super::bytes::new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                vm.new_str(key)
            };
            value = Some(vm.getitem(arg, &k)?);
            used_mapping = true;
        }
        let (mut left, mut plus, mut space, mut alt, mut zero) =
            (false, false, false, false, false);
        while i < cs.len() {
            match cs[i] {
                '-' => left = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alt = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        if i < cs.len() && cs[i] == '*' {
            let w = take(vm, &mut next)?;
            let Value::Int(w) = w else {
                return Err(vm.type_error("* wants int"));
            };
            if w < 0 {
                left = true;
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = None;
            while i < cs.len() && cs[i].is_ascii_digit() {
                w = Some(
                    w.unwrap_or(0usize)
                        .saturating_mul(10)
                        .saturating_add(cs[i] as usize - '0' as usize),
                );
                i += 1;
            }
            width = width.or(w);
        }
        let mut prec: Option<usize> = None;
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            if i < cs.len() && cs[i] == '*' {
                let p = take(vm, &mut next)?;
                let Value::Int(p) = p else {
                    return Err(vm.type_error("* wants int"));
                };
                prec = Some(p.max(0) as usize);
                i += 1;
            } else {
                let mut p = 0usize;
                while i < cs.len() && cs[i].is_ascii_digit() {
                    p = p
                        .saturating_mul(10)
                        .saturating_add(cs[i] as usize - '0' as usize);
                    i += 1;
                }
                if p > i32::MAX as usize {
                    return Err(vm.value_error("precision too big"));
                }
                prec = Some(p);
            }
        }
        while i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= cs.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let ty = cs[i];
        i += 1;
        if ty == '%' {
            out.push('%');
            continue;
        }
        let v = match value.take() {
            Some(v) => v,
            None => {
                if is_mapping && !is_tuple {
                    arg.clone()
                } else {
                    take(vm, &mut next)?
                }
            }
        };
        let width = width.unwrap_or(0);
        // (sign/prefix, body) for numbers; body only for text.
        let (prefix, body, numeric): (String, String, bool) = match ty {
            's' | 'b' | 'r' | 'a' if bytes => {
                let mut t = match ty {
                    's' | 'b' => percent_bytes_arg(vm, &v)?,
                    _ => {
                        let a = ascii_of(vm, &v)?;
                        a.chars()
                            .map(|c| if (c as u32) < 256 { c } else { '?' })
                            .collect()
                    }
                };
                if let Some(p) = prec {
                    if let Some((b, _)) = t.char_indices().nth(p) {
                        t.truncate(b);
                    }
                }
                (String::new(), t, false)
            }
            'c' if bytes => {
                let ch = if is_int_like(&v) {
                    match &v {
                        Value::Int(n) if (0..256).contains(n) => char::from(*n as u8),
                        Value::Bool(b) => char::from(u8::from(*b)),
                        _ => return Err(vm.overflow_error("%c arg not in range(256)")),
                    }
                } else {
                    match super::bytes::bytes_like(&v) {
                        Some(d) if d.len() == 1 && v.as_str().is_none() => char::from(d[0]),
                        _ => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    }
                };
                (String::new(), String::from(ch), false)
            }
            's' | 'r' | 'a' => {
                let mut t = match ty {
                    's' => match v.as_exact_str() {
                        Some(s) => String::from(s),
                        None => vm.str(&v)?,
                    },
                    'r' => repr_of(vm, &v)?,
                    _ => ascii_of(vm, &v)?,
                };
                if let Some(p) = prec {
                    if let Some((b, _)) = t.char_indices().nth(p) {
                        t.truncate(b);
                    }
                }
                (String::new(), t, false)
            }
            'c' => {
                let ch = match &v {
                    Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                        Some(c) => c,
                        None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    },
                    _ => match v.as_str() {
                        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                        _ => return Err(vm.type_error("%c requires int or char")),
                    },
                };
                (String::new(), String::from(ch), false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let iv = if is_int_like(&v) {
                    v.clone()
                } else if matches!(ty, 'd' | 'i' | 'u') {
                    match &v {
                        Value::Float(f) => {
                            if !f.is_finite() {
                                return Err(
                                    vm.overflow_error("cannot convert float infinity to integer")
                                );
                            }
                            let t = libm::trunc(*f);
                            if t.abs() < 9.0e18 {
                                Value::Int(t as i64)
                            } else {
                                return Err(vm.overflow_error("float too large for %d"));
                            }
                        }
                        _ => match vm.lookup_special(&v, "__int__") {
                            Some(f) if !matches!(v.payload(), Some(Payload::Str(_))) => {
                                vm.call(&f, Args::new(core::slice::from_ref(&v)))?
                            }
                            _ => {
                                return Err(vm.type_error(format!(
                                    "%{ty} format: a real number is required, not {}",
                                    type_name(vm, &v)
                                )))
                            }
                        },
                    }
                } else {
                    match vm.lookup_special(&v, "__index__") {
                        Some(f) if !matches!(v, Value::Float(_)) => {
                            vm.call(&f, Args::new(core::slice::from_ref(&v)))?
                        }
                        _ => {
                            return Err(vm.type_error(format!(
                                "%{ty} format: an integer is required, not {}",
                                type_name(vm, &v)
                            )))
                        }
                    }
                };
                let code = match ty {
                    'o' => "o",
                    'x' => "x",
                    'X' => "X",
                    _ => "d",
                };
                let iv = if let Value::Bool(b) = iv {
                    Value::Int(i64::from(b))
                } else {
                    iv
                };
                let text = format_value(vm, &iv, code)?;
                let (neg, mut digits) = match text.strip_prefix('-') {
                    Some(d) => (true, String::from(d)),
                    None => (false, text),
                };
                if let Some(p) = prec {
                    if digits.len() < p {
                        // Input-sized: check the limits and reserve before
                        // padding (one copy, not one insert per digit).
                        let zeros = p - digits.len();
                        vm.check_size(crate::vm::limits::SizeKind::Str, p as u64)?;
                        let mut d = String::new();
                        if d.try_reserve(p).is_err() {
                            return Err(vm.memory_error());
                        }
                        d.extend(core::iter::repeat_n('0', zeros));
                        d.push_str(&digits);
                        digits = d;
                    }
                }
                let mut pre = String::new();
                if neg {
                    pre.push('-');
                } else if plus {
                    pre.push('+');
                } else if space {
                    pre.push(' ');
                }
                if alt {
                    match ty {
                        'o' => pre.push_str("0o"),
                        'x' => pre.push_str("0x"),
                        'X' => pre.push_str("0X"),
                        _ => {}
                    }
                }
                (pre, digits, true)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let fv = match &v {
                    Value::Float(_) => v.clone(),
                    Value::Int(n) => Value::Float(*n as f64),
                    Value::Bool(b) => Value::Float(f64::from(u8::from(*b))),
                    _ => match vm.lookup_special(&v, "__float__") {
                        Some(f) if !matches!(v.payload(), Some(Payload::Str(_))) => {
                            vm.call(&f, Args::new(core::slice::from_ref(&v)))?
                        }
                        _ => {
                            return Err(vm.type_error(format!(
                                "must be real number, not {}",
                                type_name(vm, &v)
                            )));
                        }
                    },
                };
                let mut spec = String::new();
                if plus {
                    spec.push('+');
                } else if space {
                    spec.push(' ');
                }
                if alt {
                    spec.push('#');
                }
                let _ = write!(spec, ".{}{ty}", prec.unwrap_or(6));
                let text = format_value(vm, &fv, &spec)?;
                let (pre, rest) = match text.chars().next() {
                    Some(c @ ('-' | '+' | ' ')) => (String::from(c), String::from(&text[1..])),
                    _ => (String::new(), text),
                };
                (pre, rest, true)
            }
            _ => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{ty}' (0x{:x}) at index {}",
                    ty as u32,
                    i - 1
                )))
            }
        };
        let len = prefix.chars().count() + body.chars().count();
        if len < width {
            // The width comes from the input: check the limits and reserve
            // fallibly (a `MemoryError`, not an abort) before padding.
            let need = (width - len).saturating_add(prefix.len() + body.len());
            vm.check_size(
                crate::vm::limits::SizeKind::Str,
                out.len().saturating_add(need) as u64,
            )?;
            if out.try_reserve(need).is_err() {
                return Err(vm.memory_error());
            }
        }
        if len >= width {
            out.push_str(&prefix);
            out.push_str(&body);
        } else if left {
            out.push_str(&prefix);
            out.push_str(&body);
            push_n(&mut out, ' ', width - len);
        } else if zero && numeric {
            out.push_str(&prefix);
            push_n(&mut out, '0', width - len);
            out.push_str(&body);
        } else {
            push_n(&mut out, ' ', width - len);
            out.push_str(&prefix);
            out.push_str(&body);
        }
        let _ = start;
    }
    if next < items.len() && !used_mapping && (!is_mapping || is_tuple) {
        return Err(vm.type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn str_mod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "__mod__")?;
    check_args(vm, &args, "__mod__", 1, 1)?;
    let r = percent_format(vm, s.as_str(), &args.pos[1])?;
    ret(vm, r)
}

// ----- translate / maketrans -----

fn m_translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "translate")?;
    check_args(vm, &args, "translate", 1, 1)?;
    let text = String::from(s.as_str());
    let table = args.pos[1].clone();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let r = match vm.getitem(&table, &Value::Int(i64::from(c as u32))) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &r {
            Value::None => {}
            Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            _ => match r.as_str() {
                Some(t) => out.push_str(t),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        }
    }
    ret(vm, out)
}

fn m_maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos.len();
    if n == 0 {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    let out = vm.new_dict();
    let Some(Payload::Dict(od)) = out.payload() else {
        return Err(vm.type_error("maketrans: internal error"));
    };
    if n == 1 {
        let Some(Payload::Dict(src)) = args.pos[0].payload() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = match (&k, k.as_str()) {
                (_, Some(t)) => {
                    let mut it = t.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(i64::from(c as u32)),
                        _ => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                }
                (Value::Int(_), None) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            od.set(vm, key, v)?;
        }
        return Ok(out);
    }
    for (i, v) in args.pos.iter().enumerate().skip(1) {
        if v.as_str().is_none() {
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                type_name(vm, v)
            )));
        }
    }
    let Some(x) = args.pos[0].as_str() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = args.pos[1].as_str().unwrap_or("");
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        od.set(
            vm,
            Value::Int(i64::from(a as u32)),
            Value::Int(i64::from(b as u32)),
        )?;
    }
    if let Some(z) = args.pos.get(2).and_then(|v| v.as_str()) {
        for c in z.chars() {
            od.set(vm, Value::Int(i64::from(c as u32)), Value::None)?;
        }
    }
    Ok(out)
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let ty = vm.types().str_.clone();
    vm.add_methods(
        &ty,
        "str",
        &[
            ("__new__", str_new),
            ("__repr__", str_repr),
            ("__str__", str_str),
            ("__len__", str_len),
            ("__hash__", str_hash),
            ("__getitem__", str_getitem),
            ("__contains__", str_contains),
            ("__iter__", str_iter),
            ("__add__", str_add),
            ("__mul__", str_mul),
            ("__rmul__", str_mul),
            ("__eq__", str_eq),
            ("__ne__", str_ne),
            ("__lt__", str_lt),
            ("__le__", str_le),
            ("__gt__", str_gt),
            ("__ge__", str_ge),
            ("__format__", str_format),
            ("__getnewargs__", str_getnewargs),
            ("join", m_join),
            ("split", m_split),
            ("rsplit", m_rsplit),
            ("strip", m_strip),
            ("lstrip", m_lstrip),
            ("rstrip", m_rstrip),
            ("upper", m_upper),
            ("lower", m_lower),
            ("casefold", m_casefold),
            ("swapcase", m_swapcase),
            ("title", m_title),
            ("capitalize", m_capitalize),
            ("replace", m_replace),
            ("startswith", m_startswith),
            ("endswith", m_endswith),
            ("find", m_find),
            ("rfind", m_rfind),
            ("index", m_index),
            ("rindex", m_rindex),
            ("count", m_count),
            ("isdigit", m_isdigit),
            ("isdecimal", m_isdecimal),
            ("isnumeric", m_isnumeric),
            ("isalpha", m_isalpha),
            ("isalnum", m_isalnum),
            ("isspace", m_isspace),
            ("isupper", m_isupper),
            ("islower", m_islower),
            ("istitle", m_istitle),
            ("isidentifier", m_isidentifier),
            ("isprintable", m_isprintable),
            ("isascii", m_isascii),
            ("center", m_center),
            ("ljust", m_ljust),
            ("rjust", m_rjust),
            ("zfill", m_zfill),
            ("expandtabs", m_expandtabs),
            ("splitlines", m_splitlines),
            ("partition", m_partition),
            ("rpartition", m_rpartition),
            ("encode", m_encode),
            ("removeprefix", m_removeprefix),
            ("removesuffix", m_removesuffix),
            ("format", m_format),
            ("format_map", m_format_map),
            ("translate", m_translate),
            ("__mod__", str_mod),
        ],
    );
    if let Payload::Type(tt) = ty.payload() {
        let nf = Value::from_payload(Payload::Native(super::function::NativeFnObj {
            name: "maketrans",
            f: m_maketrans,
            bound: None,
            owner: None,
        }));
        let sm = Value::from_payload(Payload::Descriptor(
            super::class::DescriptorObj::StaticMethod(nf),
        ));
        tt.dict().set_str(vm.intern("maketrans"), sm);
    }
    let _ = arg;
}

#[cfg(test)]
mod tests {
    use super::super::slice::testing::setup;
    use super::*;

    #[test]
    fn str_hash_matches_cpython_hashseed_0() {
        let cases: [(&str, i64); 7] = [
            ("a", 4644417185603328019),
            ("hello", -2096571579003691106),
            ("\u{e9}", 6047309291227476195),
            ("\u{20ac}uro", 7542247858446192590),
            ("\u{1f600}x", -8926728262118538918),
            ("abcdefghijkl", -8996131201539021375),
            ("", 0),
        ];
        for (s, h) in cases {
            assert_eq!(hash_str(s), h, "{s}");
        }
        assert_eq!(hash_bytes_cpython(b"abc"), -4594863902769663758);
    }

    #[test]
    fn str_repr_quoting_and_escapes() {
        assert_eq!(repr_str("a'b"), "\"a'b\"");
        assert_eq!(repr_str("a\"b'"), "'a\"b\\''");
        assert_eq!(
            repr_str("\x00\x7f\u{80}\u{a0}\u{ad}\u{200b}\u{2028}\u{1f600}\u{e9}\t\\"),
            "'\\x00\\x7f\\x80\\xa0\\xad\\u200b\\u2028\u{1f600}\u{e9}\\t\\\\'"
        );
    }

    #[test]
    fn str_indexing_by_code_point() {
        let mut t = setup();
        let long: String = "é".repeat(40) + "xyz" + &"ü".repeat(50);
        let s = t.s(&long);
        let r = t.m(&s, "__getitem__", &[Value::Int(41)]);
        assert_eq!(t.ok(r), "'y'");
        let r = t.m(&s, "__getitem__", &[Value::Int(-1)]);
        assert_eq!(t.ok(r), "'ü'");
        let r = t.m(&s, "__getitem__", &[Value::Int(93)]);
        assert_eq!(t.err(r), "IndexError: string index out of range");
        let r = t.m(&s, "__len__", &[]);
        assert_eq!(t.ok(r), "93");
        let sl = Value::from_payload(Payload::Slice(super::super::slice::SliceObj {
            start: Value::Int(39),
            stop: Value::Int(44),
            step: Value::None,
        }));
        let r = t.m(&s, "__getitem__", &[sl]);
        assert_eq!(t.ok(r), "'éxyzü'");
        let abc = t.s("abcdef");
        let sl = Value::from_payload(Payload::Slice(super::super::slice::SliceObj {
            start: Value::None,
            stop: Value::None,
            step: Value::Int(-2),
        }));
        let r = t.m(&abc, "__getitem__", &[sl]);
        assert_eq!(t.ok(r), "'fdb'");
        let k = t.s("x");
        let r = t.m(&abc, "__getitem__", &[k]);
        assert_eq!(
            t.err(r),
            "TypeError: string indices must be integers, not 'str'"
        );
    }

    #[test]
    fn str_operators_and_format() {
        let mut t = setup();
        let a = t.s("ab");
        let r = t.m(&a, "__add__", &[Value::Int(1)]);
        assert_eq!(
            t.err(r),
            "TypeError: can only concatenate str (not \"int\") to str"
        );
        let r = t.m(&a, "__mul__", &[Value::Int(3)]);
        assert_eq!(t.ok(r), "'ababab'");
        let r = t.m(&a, "__mul__", core::slice::from_ref(&a));
        assert_eq!(
            t.err(r),
            "TypeError: can't multiply sequence by non-int of type 'str'"
        );
        let cases = [
            (">5", "'   ab'"),
            ("^7", "'  ab   '"),
            ("05", "'ab000'"),
            ("*<4", "'ab**'"),
            (".1", "'a'"),
        ];
        for (spec, want) in cases {
            let sp = t.s(spec);
            let r = t.m(&a, "__format__", &[sp]);
            assert_eq!(t.ok(r), want, "{spec}");
        }
        let errs = [
            (
                "d",
                "ValueError: Unknown format code 'd' for object of type 'str'",
            ),
            (
                "+",
                "ValueError: Sign not allowed in string format specifier",
            ),
            (
                "=5",
                "ValueError: '=' alignment not allowed in string format specifier",
            ),
            (",", "ValueError: Cannot specify ',' with 's'."),
        ];
        for (spec, want) in errs {
            let sp = t.s(spec);
            let r = t.m(&a, "__format__", &[sp]);
            assert_eq!(t.err(r), want, "{spec}");
        }
        let b = t.s("b");
        let r = t.m(&a, "__lt__", &[b]);
        assert_eq!(t.ok(r), "True");
    }

    #[test]
    fn str_methods() {
        let mut t = setup();
        let mut run = |recv: &str, name: &str, args: &[&str]| -> String {
            let r = t.s(recv);
            let a: Vec<Value> = args.iter().map(|x| t.s(x)).collect();
            let res = t.m(&r, name, &a);
            t.ok(res)
        };
        assert_eq!(run("  a b  c ", "split", &[]), "['a', 'b', 'c']");
        assert_eq!(run("a,b,,c", "split", &[","]), "['a', 'b', '', 'c']");
        assert_eq!(run("a,b,c", "rsplit", &[","]), "['a', 'b', 'c']");
        assert_eq!(run("xxhixx", "strip", &["x"]), "'hi'");
        assert_eq!(run("  hi ", "lstrip", &[]), "'hi '");
        assert_eq!(run("Hello World", "swapcase", &[]), "'hELLO wORLD'");
        assert_eq!(run("hello world", "title", &[]), "'Hello World'");
        assert_eq!(run("hELLO", "capitalize", &[]), "'Hello'");
        assert_eq!(run("straße", "upper", &[]), "'STRASSE'");
        assert_eq!(run("aaa", "replace", &["a", "b"]), "'bbb'");
        assert_eq!(run("ab", "replace", &["", "-"]), "'-a-b-'");
        assert_eq!(run("hello", "find", &["l"]), "2");
        assert_eq!(run("hello", "rfind", &["l"]), "3");
        assert_eq!(run("héllo", "index", &["l"]), "2");
        assert_eq!(
            run("hello", "index", &["z"]),
            "error: ValueError: substring not found"
        );
        assert_eq!(run("hello", "count", &["l"]), "2");
        assert_eq!(run("a\nb\r\nc", "splitlines", &[]), "['a', 'b', 'c']");
        assert_eq!(run("a.b.c", "partition", &["."]), "('a', '.', 'b.c')");
        assert_eq!(run("a.b.c", "rpartition", &["."]), "('a.b', '.', 'c')");
        assert_eq!(run("abc", "rpartition", &["."]), "('', '', 'abc')");
        assert_eq!(
            run("-42", "zfill", &[]),
            "error: TypeError: zfill() takes exactly one argument (0 given)"
        );
        assert_eq!(run("abc", "removeprefix", &["ab"]), "'c'");
        assert_eq!(run("abc", "removesuffix", &["bc"]), "'a'");
        assert_eq!(run("abc", "startswith", &["ab"]), "True");
        assert_eq!(run("a1_", "isidentifier", &[]), "True");
        assert_eq!(run("123", "isdigit", &[]), "True");
        assert_eq!(run("", "isdigit", &[]), "False");
        assert_eq!(run("Ab Cd", "istitle", &[]), "True");
        assert_eq!(run("a\tb", "expandtabs", &[]), "'a       b'");
        assert_eq!(run("é", "encode", &["ascii"]), "error: UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
        assert_eq!(run("€", "encode", &["latin-1"]), "error: UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)");
        assert_eq!(
            run("a", "encode", &["foo"]),
            "error: LookupError: unknown encoding: foo"
        );
        assert_eq!(run("é", "encode", &[]), "b'\\xc3\\xa9'");
        let mut t = setup();
        let s = t.s("-42");
        let r = t.m(&s, "zfill", &[Value::Int(6)]);
        assert_eq!(t.ok(r), "'-00042'");
        let s = t.s("ab");
        let r = t.m(&s, "center", &[Value::Int(5), t.s("*")]);
        assert_eq!(t.ok(r), "'**ab*'");
        let r = t.m(&s, "center", &[Value::Int(5), t.s("**")]);
        assert_eq!(
            t.err(r),
            "TypeError: The fill character must be exactly one character long"
        );
        let sep = t.s(", ");
        let items = t.vm.new_list(alloc::vec![t.s("a"), t.s("b")]);
        let r = t.m(&sep, "join", &[items]);
        assert_eq!(t.ok(r), "'a, b'");
        let bad = t.vm.new_list(alloc::vec![t.s("a"), Value::Int(1)]);
        let r = t.m(&sep, "join", &[bad]);
        assert_eq!(
            t.err(r),
            "TypeError: sequence item 1: expected str instance, int found"
        );
        let r = t.m(&s, "startswith", &[Value::Int(1)]);
        assert_eq!(
            t.err(r),
            "TypeError: startswith first arg must be str or a tuple of str, not int"
        );
        let pre = t.tup(&[t.s("x"), t.s("a")]);
        let r = t.m(&s, "startswith", &[pre]);
        assert_eq!(t.ok(r), "True");
        let r = t.mk(&s, "split", &[], &[("maxsplit", Value::Int(0))]);
        assert_eq!(t.ok(r), "['ab']");
        let str_ty = t.vm.types().str_.clone();
        let b = super::super::bytes::new_bytes(alloc::vec![0x68, 0xc3, 0xa9]);
        let r = t.make(&str_ty, &[b, t.s("utf-8")]);
        assert_eq!(t.ok(r), "'hé'");
        let bad = super::super::bytes::new_bytes(alloc::vec![0xff]);
        let r = t.make(&str_ty, &[bad, t.s("utf-8")]);
        assert_eq!(t.err(r), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    }

    #[test]
    fn utf8_decode_errors_match_cpython() {
        let mut t = setup();
        let cases: [(&[u8], &str); 3] = [
            (
                b"\xe2\x82",
                "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
            ),
            (
                b"a\xe2\x28\xa1",
                "'utf-8' codec can't decode byte 0xe2 in position 1: invalid continuation byte",
            ),
            (
                b"\x80",
                "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte",
            ),
        ];
        for (b, want) in cases {
            let e = decode(&t.vm, b, "utf-8", "strict").unwrap_err();
            assert_eq!(t.msg(&e), alloc::format!("UnicodeDecodeError: {want}"));
        }
        assert_eq!(
            decode(&t.vm, b"a\xffb", "utf-8", "replace").unwrap(),
            "a\u{fffd}b"
        );
    }
}

#[cfg(test)]
mod format_tests {
    use super::super::slice::testing::setup;
    use super::*;

    #[test]
    fn str_format_fields_and_errors() {
        let mut t = setup();
        let run = |t: &mut super::super::slice::testing::T, tpl: &str, args: &[Value]| {
            let s = t.s(tpl);
            let r = t.mk(&s, "format", args, &[("x", Value::Int(1))]);
            match r {
                Ok(v) => t.repr(&v),
                Err(e) => t.msg(&e),
            }
        };
        let ab = t.s("ab");
        assert_eq!(
            run(&mut t, "{0}-{x}-{{}}", core::slice::from_ref(&ab)),
            "'ab-1-{}'"
        );
        assert_eq!(
            run(&mut t, "{!r:>5}", core::slice::from_ref(&ab)),
            "\" 'ab'\""
        );
        assert_eq!(
            run(&mut t, "{:^{}}", &[ab.clone(), Value::Int(6)]),
            "'  ab  '"
        );
        assert_eq!(
            run(&mut t, "}", &[]),
            "ValueError: Single '}' encountered in format string"
        );
        assert_eq!(
            run(&mut t, "{", &[]),
            "ValueError: Single '{' encountered in format string"
        );
        assert_eq!(
            run(&mut t, "{0", &[]),
            "ValueError: expected '}' before end of string"
        );
        assert_eq!(
            run(&mut t, "{0}{}", core::slice::from_ref(&ab)),
            "ValueError: cannot switch from manual field specification to automatic field numbering"
        );
        assert_eq!(
            run(&mut t, "{1}", core::slice::from_ref(&ab)),
            "IndexError: Replacement index 1 out of range for positional args tuple"
        );
        assert_eq!(run(&mut t, "{y}", &[]), "KeyError: 'y'");
        assert_eq!(
            run(&mut t, "{0!x}", &[ab]),
            "ValueError: Unknown conversion specifier x"
        );
    }

    #[test]
    fn percent_formatting() {
        let mut t = setup();
        let run = |t: &mut super::super::slice::testing::T, tpl: &str, arg: Value| {
            let s = t.s(tpl);
            let r = t.m(&s, "__mod__", &[arg]);
            match r {
                Ok(v) => t.repr(&v),
                Err(e) => t.msg(&e),
            }
        };
        let args = t.tup(&[t.s("a"), Value::Int(42), Value::Int(255)]);
        assert_eq!(run(&mut t, "%s|%-5d|%#x", args), "'a|42   |0xff'");
        assert_eq!(
            {
                let a = t.tup(&[Value::Int(7), Value::Int(-7)]);
                run(&mut t, "%.3d|%05d", a)
            },
            "'007|-0007'"
        );
        assert_eq!(
            {
                let a = t.tup(&[Value::Int(1)]);
                run(&mut t, "%d %d", a)
            },
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            {
                let a = t.tup(&[Value::Int(1), Value::Int(2)]);
                run(&mut t, "%d", a)
            },
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(
            run(&mut t, "%y", Value::Int(1)),
            "ValueError: unsupported format character 'y' (0x79) at index 1"
        );
        assert_eq!(
            {
                let a = t.s("x");
                run(&mut t, "%d", a)
            },
            "TypeError: %d format: a real number is required, not str"
        );
        assert_eq!(run(&mut t, "%c%%", Value::Int(65)), "'A%'");
        assert_eq!(
            {
                let a = t.s("q");
                run(&mut t, "%r", a)
            },
            "\"'q'\""
        );
    }
}
