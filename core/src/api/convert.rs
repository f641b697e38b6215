//! Conversions between Rust and Python values: [`FromPy`] (Python to Rust,
//! checked, with CPython's style of `TypeError`) and [`IntoPy`] (Rust to
//! Python), plus [`IntoPyResult`] for host function results and
//! [`IntoArgs`] for call arguments.
//!
//! | Rust | Python (into) | Python accepted (from) |
//! | --- | --- | --- |
//! | `i8`..`i128`, `u8`..`u128`, `isize`, `usize` | `int` | `int`, `bool` (`OverflowError` when out of range) |
//! | `f32`, `f64` | `float` | `float`, `int`, `bool` |
//! | `bool` | `bool` | `bool` |
//! | `String` (from), `&str`/`String`/`Box<str>` (into) | `str` | `str` |
//! | `Vec<u8>`, `&[u8]` (into) | `bytes` | `bytes`, `bytearray` |
//! | `Option<T>` | `None` or `T` | `None` or `T` |
//! | `Vec<T>` | `list` | `list`, `tuple` |
//! | tuples of up to 8 | `tuple` | `tuple`, `list` of that length |
//! | `BTreeMap<K, V>`, `hashbrown::HashMap<K, V>` | `dict` | `dict` |
//! | `()` | `None` | `None` |
//! | [`PyObject`](super::PyObject) | the object | anything |
//! | a [`PyClass`](super::PyClass) type | a new instance | an instance (cloned out) |

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use core::hash::{BuildHasher, Hash};

use super::{Error, Python};
use crate::num::bigint::BigInt;
use crate::object::{Payload, Value};

/// Why a Python value could not be converted to a Rust type.
#[derive(Debug)]
pub enum FromPyError {
    /// The value has the wrong type: the caller turns this into a
    /// `TypeError` such as `add() argument 1 must be int, not str`.
    Mismatch {
        /// What was expected (`"int"`, `"list of str"`, `"float or None"`).
        expected: String,
        /// What was given (`"str"`, `"list containing int"`).
        got: String,
    },
    /// Any other failure (an `OverflowError`, an exception raised by
    /// Python code while converting).
    Error(Error),
}

impl FromPyError {
    /// A type mismatch.
    pub fn mismatch(expected: impl Into<String>, got: impl Into<String>) -> FromPyError {
        FromPyError::Mismatch {
            expected: expected.into(),
            got: got.into(),
        }
    }

    /// The error to report, with `context` naming what was converted
    /// (`"add() argument 1"` gives `add() argument 1 must be int, not str`).
    pub fn into_error(self, context: impl fmt::Display) -> Error {
        match self {
            FromPyError::Mismatch { expected, got } => {
                Error::type_error(format!("{context} must be {expected}, not {got}"))
            }
            FromPyError::Error(e) => e,
        }
    }

    /// An element of a container failed: the container's expectation, and
    /// what it contained.
    fn nested(self, expected: String, container: &str) -> FromPyError {
        match self {
            FromPyError::Mismatch { got, .. } => FromPyError::Mismatch {
                expected,
                got: format!("{container} containing {got}"),
            },
            e => e,
        }
    }
}

impl From<Error> for FromPyError {
    fn from(e: Error) -> Self {
        FromPyError::Error(e)
    }
}

/// A Rust type that can be made from a Python value (checked).
///
/// Implement it for your own types by converting through the provided
/// impls (a tuple, a dict) or through [`PyObject`](super::PyObject):
///
/// ```
/// use gilt_core::api::{FromPy, FromPyError, Interpreter, Python, testing::TestPlatform};
/// use gilt_core::object::Value;
///
/// struct Point { x: f64, y: f64 }
///
/// impl FromPy for Point {
///     fn expected() -> String { "a point (x, y)".into() }
///     fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
///         let (x, y) = <(f64, f64)>::from_py(py, v)?;
///         Ok(Point { x, y })
///     }
/// }
///
/// let mut py = Interpreter::new(Box::new(TestPlatform::new()), Default::default());
/// py.register_fn("norm", |p: Point| (p.x * p.x + p.y * p.y).sqrt()).unwrap();
/// assert_eq!(py.eval::<f64>("norm((3, 4))").unwrap(), 5.0);
/// ```
pub trait FromPy: Sized {
    /// How the expected Python type is named in error messages.
    fn expected() -> String;

    /// Converts a Python value.
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError>;

    /// The value of a missing trailing argument (`Some(None)` for `Option`,
    /// which makes trailing `Option` parameters optional).
    #[doc(hidden)]
    fn missing() -> Option<Self> {
        None
    }

    /// A special conversion of a whole `Vec<Self>` (bytes for `Vec<u8>`).
    #[doc(hidden)]
    fn vec_from_py(_py: Python<'_>, _v: &Value) -> Option<Result<Vec<Self>, FromPyError>> {
        None
    }

    /// How `Vec<Self>` is named in error messages.
    #[doc(hidden)]
    fn vec_expected() -> String {
        format!("list of {}", Self::expected())
    }
}

/// A Rust value that can be turned into a Python value.
///
/// ```
/// use gilt_core::api::{Error, IntoPy, Interpreter, Python, testing::TestPlatform};
/// use gilt_core::object::Value;
///
/// struct Rgb(u8, u8, u8);
///
/// impl IntoPy for Rgb {
///     fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
///         (self.0, self.1, self.2).into_py(py)
///     }
/// }
///
/// let mut py = Interpreter::new(Box::new(TestPlatform::new()), Default::default());
/// py.register_fn("orange", || Rgb(255, 165, 0)).unwrap();
/// assert_eq!(py.eval::<String>("repr(orange())").unwrap(), "(255, 165, 0)");
/// ```
pub trait IntoPy {
    /// Converts to a Python value.
    fn into_py(self, py: Python<'_>) -> Result<Value, Error>;

    /// A special conversion of a whole `Vec<Self>` (bytes for `Vec<u8>`).
    #[doc(hidden)]
    fn vec_into_py(v: Vec<Self>, py: Python<'_>) -> Result<Value, Error>
    where
        Self: Sized,
    {
        let mut items = Vec::with_capacity(v.len());
        for x in v {
            items.push(x.into_py(py)?);
        }
        Ok(py.list(items))
    }
}

/// The result of a host function: a value ([`IntoPy`]) or a `Result` whose
/// error (anything `Into<Error>`) is raised as a Python exception.
pub trait IntoPyResult {
    /// Converts, or gives the error to raise.
    fn into_py_result(self, py: Python<'_>) -> Result<Value, Error>;
}

impl<T: IntoPy> IntoPyResult for T {
    #[inline]
    fn into_py_result(self, py: Python<'_>) -> Result<Value, Error> {
        self.into_py(py)
    }
}

impl<T: IntoPy, E: Into<Error>> IntoPyResult for Result<T, E> {
    #[inline]
    fn into_py_result(self, py: Python<'_>) -> Result<Value, Error> {
        match self {
            Ok(v) => v.into_py(py),
            Err(e) => Err(e.into()),
        }
    }
}

/// Positional arguments for a call from Rust: `()`, a tuple of up to 8
/// [`IntoPy`] values, or a `Vec` of them.
pub trait IntoArgs {
    /// Converts every argument.
    fn into_args(self, py: Python<'_>) -> Result<Vec<Value>, Error>;
}

impl<T: IntoPy> IntoArgs for Vec<T> {
    fn into_args(self, py: Python<'_>) -> Result<Vec<Value>, Error> {
        let mut out = Vec::with_capacity(self.len());
        for x in self {
            out.push(x.into_py(py)?);
        }
        Ok(out)
    }
}

fn got(py: Python<'_>, v: &Value) -> String {
    py.type_name(v)
}

// ---------------------------------------------------------------- integers

/// The value of an `int` (or `bool`) as an i128, or a mismatch.
fn int_value(py: Python<'_>, v: &Value, rust: &str) -> Result<i128, FromPyError> {
    match v {
        Value::Int(i) => Ok(i128::from(*i)),
        Value::Bool(b) => Ok(i128::from(*b)),
        Value::Obj(o) => match o.payload() {
            Payload::Int(b) => b.to_i128().ok_or_else(|| too_large(rust, b.is_negative())),
            _ => Err(FromPyError::mismatch("int", got(py, v))),
        },
        _ => Err(FromPyError::mismatch("int", got(py, v))),
    }
}

fn too_large(rust: &str, negative: bool) -> FromPyError {
    let unsigned = rust.starts_with('u');
    let msg = if negative && unsigned {
        String::from("can't convert negative int to unsigned")
    } else if negative {
        format!("Python int too small to convert to Rust {rust}")
    } else {
        format!("Python int too large to convert to Rust {rust}")
    };
    FromPyError::Error(Error::new("OverflowError", msg))
}

macro_rules! int_impls {
    ($($t:ident)*) => {$(
        impl FromPy for $t {
            fn expected() -> String {
                String::from("int")
            }
            #[inline]
            #[allow(irrefutable_let_patterns)]
            fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
                if let Value::Int(i) = v {
                    if let Ok(x) = $t::try_from(*i) {
                        return Ok(x);
                    }
                }
                let i = int_value(py, v, stringify!($t))?;
                $t::try_from(i).map_err(|_| too_large(stringify!($t), i < 0))
            }
        }

        impl IntoPy for $t {
            #[inline]
            fn into_py(self, _py: Python<'_>) -> Result<Value, Error> {
                #[allow(irrefutable_let_patterns)]
                if let Ok(i) = i64::try_from(self) {
                    return Ok(Value::Int(i));
                }
                Ok(big_int_value(self.to_string()))
            }
        }
    )*};
}

int_impls!(i8 i16 i32 i64 i128 isize u16 u32 u64 u128 usize);

/// An int beyond i64, from its decimal digits.
fn big_int_value(digits: String) -> Value {
    match BigInt::parse(&digits, 10) {
        Some(b) => Value::from_bigint(b),
        None => Value::None,
    }
}

impl FromPy for u8 {
    fn expected() -> String {
        String::from("int")
    }
    #[inline]
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        let i = int_value(py, v, "u8")?;
        u8::try_from(i).map_err(|_| too_large("u8", i < 0))
    }
    fn vec_from_py(py: Python<'_>, v: &Value) -> Option<Result<Vec<u8>, FromPyError>> {
        Some(match v.payload() {
            Some(Payload::Bytes(b)) => Ok(b.data.clone()),
            Some(Payload::ByteArray(b)) => Ok(b.data.get().clone()),
            _ => Err(FromPyError::mismatch("bytes", got(py, v))),
        })
    }
    fn vec_expected() -> String {
        String::from("bytes")
    }
}

impl IntoPy for u8 {
    #[inline]
    fn into_py(self, _py: Python<'_>) -> Result<Value, Error> {
        Ok(Value::Int(i64::from(self)))
    }
    fn vec_into_py(v: Vec<u8>, _py: Python<'_>) -> Result<Value, Error> {
        Ok(crate::object::bytes::new_bytes(v))
    }
}

impl IntoPy for &[u8] {
    fn into_py(self, _py: Python<'_>) -> Result<Value, Error> {
        Ok(crate::object::bytes::new_bytes(self.to_vec()))
    }
}

// ---------------------------------------------------------------- floats, bool

impl FromPy for f64 {
    fn expected() -> String {
        String::from("real number")
    }
    #[inline]
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        match v {
            Value::Float(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(f64::from(u8::from(*b))),
            Value::Obj(o) => match o.payload() {
                Payload::Int(b) => b.to_f64().map_err(|_| {
                    FromPyError::Error(Error::new(
                        "OverflowError",
                        "int too large to convert to float",
                    ))
                }),
                _ => Err(FromPyError::mismatch("real number", got(py, v))),
            },
            Value::None => Err(FromPyError::mismatch("real number", got(py, v))),
        }
    }
}

impl FromPy for f32 {
    fn expected() -> String {
        String::from("real number")
    }
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        f64::from_py(py, v).map(|f| f as f32)
    }
}

impl IntoPy for f64 {
    #[inline]
    fn into_py(self, _py: Python<'_>) -> Result<Value, Error> {
        Ok(Value::Float(self))
    }
}

impl IntoPy for f32 {
    fn into_py(self, _py: Python<'_>) -> Result<Value, Error> {
        Ok(Value::Float(f64::from(self)))
    }
}

impl FromPy for bool {
    fn expected() -> String {
        String::from("bool")
    }
    #[inline]
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => Err(FromPyError::mismatch("bool", got(py, v))),
        }
    }
}

impl IntoPy for bool {
    #[inline]
    fn into_py(self, _py: Python<'_>) -> Result<Value, Error> {
        Ok(Value::Bool(self))
    }
}

// ---------------------------------------------------------------- strings

impl FromPy for String {
    fn expected() -> String {
        String::from("str")
    }
    #[inline]
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        match v.as_str() {
            Some(s) => Ok(String::from(s)),
            None => Err(FromPyError::mismatch("str", got(py, v))),
        }
    }
}

impl IntoPy for String {
    #[inline]
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        Ok(py.vm().new_str(self))
    }
}

impl IntoPy for &str {
    #[inline]
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        Ok(py.vm().new_str(self))
    }
}

impl IntoPy for Box<str> {
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        Ok(py.vm().new_str(String::from(self)))
    }
}

impl IntoPy for char {
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        Ok(py.vm().new_str(self.to_string()))
    }
}

// ---------------------------------------------------------------- (), Option

impl FromPy for () {
    fn expected() -> String {
        String::from("None")
    }
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        match v {
            Value::None => Ok(()),
            _ => Err(FromPyError::mismatch("None", got(py, v))),
        }
    }
}

impl IntoPy for () {
    #[inline]
    fn into_py(self, _py: Python<'_>) -> Result<Value, Error> {
        Ok(Value::None)
    }
}

impl<T: FromPy> FromPy for Option<T> {
    fn expected() -> String {
        format!("{} or None", T::expected())
    }
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        match v {
            Value::None => Ok(None),
            _ => T::from_py(py, v).map(Some).map_err(|e| match e {
                FromPyError::Mismatch { got, .. } => FromPyError::Mismatch {
                    expected: Self::expected(),
                    got,
                },
                e => e,
            }),
        }
    }
    fn missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        match self {
            Some(x) => x.into_py(py),
            None => Ok(Value::None),
        }
    }
}

// ---------------------------------------------------------------- sequences

/// The items of a list or tuple (copied out: converting them may run code
/// that changes the list), with the container's type name.
fn seq_items(v: &Value) -> Option<(Vec<Value>, &'static str)> {
    match v.payload() {
        Some(Payload::List(l)) => Some((l.items.get().clone(), "list")),
        Some(Payload::Tuple(t)) => Some((t.items().to_vec(), "tuple")),
        _ => None,
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    fn expected() -> String {
        T::vec_expected()
    }
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        if let Some(r) = T::vec_from_py(py, v) {
            return r;
        }
        let Some((items, kind)) = seq_items(v) else {
            return Err(FromPyError::mismatch(Self::expected(), got(py, v)));
        };
        let mut out = Vec::with_capacity(items.len());
        for x in &items {
            out.push(T::from_py(py, x).map_err(|e| e.nested(Self::expected(), kind))?);
        }
        Ok(out)
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        T::vec_into_py(self, py)
    }
}

macro_rules! tuple_impls {
    ($n:literal; $($T:ident $v:ident),+) => {
        impl<$($T: FromPy),+> FromPy for ($($T,)+) {
            fn expected() -> String {
                let names: Vec<String> = alloc::vec![$($T::expected()),+];
                format!("tuple of ({})", names.join(", "))
            }
            fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
                let Some((items, kind)) = seq_items(v) else {
                    return Err(FromPyError::mismatch(Self::expected(), got(py, v)));
                };
                if items.len() != $n {
                    return Err(FromPyError::mismatch(
                        Self::expected(),
                        format!("{kind} of length {}", items.len()),
                    ));
                }
                let mut it = items.iter();
                Ok(($(
                    match it.next() {
                        Some(x) => $T::from_py(py, x).map_err(|e| e.nested(Self::expected(), kind))?,
                        None => return Err(FromPyError::mismatch(Self::expected(), kind)),
                    },
                )+))
            }
        }

        impl<$($T: IntoPy),+> IntoPy for ($($T,)+) {
            fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
                let ($($v,)+) = self;
                let items = alloc::vec![$($v.into_py(py)?),+];
                Ok(py.vm().new_tuple(items))
            }
        }

        impl<$($T: IntoPy),+> IntoArgs for ($($T,)+) {
            fn into_args(self, py: Python<'_>) -> Result<Vec<Value>, Error> {
                let ($($v,)+) = self;
                Ok(alloc::vec![$($v.into_py(py)?),+])
            }
        }
    };
}

tuple_impls!(1; A a);
tuple_impls!(2; A a, B b);
tuple_impls!(3; A a, B b, C c);
tuple_impls!(4; A a, B b, C c, D d);
tuple_impls!(5; A a, B b, C c, D d, E e);
tuple_impls!(6; A a, B b, C c, D d, E e, F f);
tuple_impls!(7; A a, B b, C c, D d, E e, F f, G g);
tuple_impls!(8; A a, B b, C c, D d, E e, F f, G g, H h);

impl IntoArgs for () {
    fn into_args(self, _py: Python<'_>) -> Result<Vec<Value>, Error> {
        Ok(Vec::new())
    }
}

// ---------------------------------------------------------------- maps

fn dict_items(
    py: Python<'_>,
    v: &Value,
    expected: &dyn Fn() -> String,
) -> Result<Vec<(Value, Value)>, FromPyError> {
    match v.payload() {
        Some(Payload::Dict(d)) => Ok(d.items()),
        _ => Err(FromPyError::mismatch(expected(), got(py, v))),
    }
}

fn new_dict(py: Python<'_>, pairs: Vec<(Value, Value)>) -> Result<Value, Error> {
    let d = py.vm().new_dict();
    if let Some(Payload::Dict(dict)) = d.payload() {
        for (k, v) in pairs {
            let r = dict.set(py.vm(), k, v);
            py.result(r)?;
        }
    }
    Ok(d)
}

impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
    fn expected() -> String {
        format!("dict of {} to {}", K::expected(), V::expected())
    }
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        let mut out = BTreeMap::new();
        for (k, x) in dict_items(py, v, &Self::expected)? {
            let k = K::from_py(py, &k).map_err(|e| e.nested(Self::expected(), "dict"))?;
            let x = V::from_py(py, &x).map_err(|e| e.nested(Self::expected(), "dict"))?;
            out.insert(k, x);
        }
        Ok(out)
    }
}

impl<K: IntoPy, V: IntoPy> IntoPy for BTreeMap<K, V> {
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        let mut pairs = Vec::with_capacity(self.len());
        for (k, v) in self {
            pairs.push((k.into_py(py)?, v.into_py(py)?));
        }
        new_dict(py, pairs)
    }
}

impl<K, V, S> FromPy for hashbrown::HashMap<K, V, S>
where
    K: FromPy + Hash + Eq,
    V: FromPy,
    S: BuildHasher + Default,
{
    fn expected() -> String {
        format!("dict of {} to {}", K::expected(), V::expected())
    }
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        let mut out = hashbrown::HashMap::with_hasher(S::default());
        for (k, x) in dict_items(py, v, &Self::expected)? {
            let k = K::from_py(py, &k).map_err(|e| e.nested(Self::expected(), "dict"))?;
            let x = V::from_py(py, &x).map_err(|e| e.nested(Self::expected(), "dict"))?;
            out.insert(k, x);
        }
        Ok(out)
    }
}

impl<K: IntoPy, V: IntoPy, S> IntoPy for hashbrown::HashMap<K, V, S> {
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        let mut pairs = Vec::with_capacity(self.len());
        for (k, v) in self {
            pairs.push((k.into_py(py)?, v.into_py(py)?));
        }
        new_dict(py, pairs)
    }
}

// ---------------------------------------------------------------- handles

#[cfg(target_has_atomic = "ptr")]
impl FromPy for super::PyObject {
    fn expected() -> String {
        String::from("object")
    }
    #[inline]
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        Ok(super::PyObject::from_value(py, v.clone()))
    }
}

#[cfg(target_has_atomic = "ptr")]
impl IntoPy for super::PyObject {
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        self.get(py).cloned()
    }
}

#[cfg(target_has_atomic = "ptr")]
impl IntoPy for &super::PyObject {
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        self.get(py).cloned()
    }
}
