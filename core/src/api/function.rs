//! Host functions: Rust closures with typed parameters, callable from
//! Python ([`IntoHostFn`]), and methods of Rust classes ([`IntoMethod`]).
//!
//! Each closure is wrapped once, at registration, in a trampoline that
//! checks the argument count, converts every argument with [`FromPy`]
//! (raising CPython's `TypeError` on a mismatch), calls the closure and
//! converts its result with [`IntoPyResult`].

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;

use super::class::{with_mut, with_ref};
use super::{Error, FromPy, FromPyError, IntoPyResult, PyClass, Python};
use crate::object::function::Args;
use crate::object::native::{HostFn, HostFunctionObj, HostObj};
use crate::object::{Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// A Rust closure that can become a Python function.
///
/// Implemented for closures (and `fn` items) of up to 8 parameters whose
/// parameter types are [`FromPy`] and whose result is [`IntoPyResult`]
/// (a value, or a `Result` whose error becomes a Python exception). A
/// closure may also take a [`Python`] token first, to call back into Python
/// or release the GIL. Trailing `Option` parameters may be omitted by the
/// caller. The closure must be `Send + 'static` (Python may call it from any
/// of its threads, one at a time under the GIL).
///
/// `M` is inferred; it only tells the impls apart.
///
/// ```
/// use gilt_core::api::{Interpreter, Python, testing::TestPlatform};
///
/// let mut py = Interpreter::new(Box::new(TestPlatform::new()), Default::default());
/// py.register_fn("greet", |name: String, times: Option<u32>| {
///     name.repeat(times.unwrap_or(1) as usize)
/// })
/// .unwrap();
/// assert_eq!(py.eval::<String>("greet('ab')").unwrap(), "ab");
/// assert_eq!(py.eval::<String>("greet('ab', 3)").unwrap(), "ababab");
/// let err = py.eval::<String>("greet()").unwrap_err();
/// assert_eq!(err.message(), "greet expected at least 1 argument, got 0");
/// let err = py.eval::<String>("greet('a', 1, 2)").unwrap_err();
/// assert_eq!(err.message(), "greet() takes from 1 to 2 positional arguments but 3 were given");
/// ```
pub trait IntoHostFn<M>: Send + 'static {
    /// The trampoline.
    #[doc(hidden)]
    fn into_host(self) -> Box<HostFn>;
}

/// A Rust closure that can become a method of the Python class of `T`: its
/// first parameter is `&T` or `&mut T` (optionally after a [`Python`]
/// token), the rest are [`FromPy`] (up to 6), the result [`IntoPyResult`].
pub trait IntoMethod<T, M>: Send + 'static {
    /// The trampoline.
    #[doc(hidden)]
    fn into_method(self) -> Box<HostFn>;
}

/// Marker types that tell the closure impls apart.
#[doc(hidden)]
pub mod markers {
    /// A closure of its parameters only.
    pub struct Plain;
    /// A closure taking a [`Python`](super::Python) token first.
    pub struct WithPy;
    /// A method taking `&T`.
    pub struct Ref;
    /// A method taking `&mut T`.
    pub struct Mut;
    /// A method taking a token, then `&T`.
    pub struct PyRef;
    /// A method taking a token, then `&mut T`.
    pub struct PyMut;
}
use markers::{Mut, Plain, PyMut, PyRef, Ref, WithPy};

/// Wraps a trampoline in a function object.
pub(crate) fn host_value(
    name: &str,
    qualname: String,
    module: Option<&str>,
    method: bool,
    f: Box<HostFn>,
) -> Value {
    Value::from_payload(Payload::Host(HostObj::Function(HostFunctionObj {
        name: name.into(),
        qualname: qualname.into(),
        module: module.map(Into::into),
        method,
        f,
    })))
}

/// A Python function object for a typed closure.
pub(crate) fn new_host_fn<M>(
    _py: Python<'_>,
    name: &str,
    module: Option<&str>,
    f: impl IntoHostFn<M>,
) -> Value {
    host_value(name, String::from(name), module, false, f.into_host())
}

/// How many leading parameters are required (trailing `Option`s are not).
fn required(optional: &[bool]) -> usize {
    optional.len() - optional.iter().rev().take_while(|o| **o).count()
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Checks the argument count: CPython's messages for too many (as for a
/// Python function) and too few (as for a positional-only built-in).
#[cold]
#[inline(never)]
fn count_error(vm: &Vm, name: &str, kw: bool, given: usize, min: usize, max: usize) -> PyErr {
    if kw {
        return vm.type_error(format!("{name}() takes no keyword arguments"));
    }
    if given > max {
        let takes = if min == max {
            plural(max, "positional argument")
        } else {
            format!("from {min} to {max} positional arguments")
        };
        let was = if given == 1 { "was" } else { "were" };
        vm.type_error(format!("{name}() takes {takes} but {given} {was} given"))
    } else {
        let at_least = if min == max { "" } else { "at least " };
        vm.type_error(format!(
            "{name} expected {at_least}{}, got {given}",
            plural(min, "argument")
        ))
    }
}

#[inline(always)]
fn check_count(
    vm: &Vm,
    name: &str,
    args: &Args<'_>,
    skip: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let given = args.pos.len().saturating_sub(skip);
    if !args.kw.is_empty() || given < min || given > max {
        return Err(count_error(vm, name, !args.kw.is_empty(), given, min, max));
    }
    Ok(())
}

/// Converts argument `i` (0-based, after any `self`).
#[inline(always)]
fn arg<A: FromPy>(py: Python<'_>, name: &str, pos: &[Value], i: usize) -> PyResult<A> {
    match pos.get(i) {
        Some(v) => match A::from_py(py, v) {
            Ok(a) => Ok(a),
            Err(e) => Err(arg_error(py, name, i, e)),
        },
        None => match A::missing() {
            Some(a) => Ok(a),
            None => Err(py
                .vm()
                .type_error(format!("{name}() missing argument {}", i + 1))),
        },
    }
}

#[cold]
#[inline(never)]
fn arg_error(py: Python<'_>, name: &str, i: usize, e: FromPyError) -> PyErr {
    e.into_error(format!("{name}() argument {}", i + 1))
        .into_pyerr(py.vm())
}

/// Converts the closure's result; releases references that handles dropped
/// off the GIL left behind.
#[inline(always)]
fn finish(py: Python<'_>, r: Result<Value, Error>) -> PyResult<Value> {
    #[cfg(target_has_atomic = "ptr")]
    super::handle::drain(py.interp());
    match r {
        Ok(v) => Ok(v),
        Err(e) => Err(e.into_pyerr(py.vm())),
    }
}

macro_rules! count {
    () => { 0usize };
    ($x:ident $($rest:ident)*) => { 1usize + count!($($rest)*) };
}

macro_rules! host_fn_impls {
    ($($A:ident $a:ident),*) => {
        impl<F, R, $($A,)*> IntoHostFn<(Plain, R, $($A,)*)> for F
        where
            F: Fn($($A),*) -> R + Send + 'static,
            R: IntoPyResult,
            $($A: FromPy,)*
        {
            #[allow(unused_assignments, unused_variables)]
            fn into_host(self) -> Box<HostFn> {
                let max = count!($($A)*);
                let min = required(&[$($A::missing().is_some()),*]);
                Box::new(move |vm: &mut Vm, name: &str, args: Args<'_>| {
                    check_count(vm, name, &args, 0, min, max)?;
                    let py = Python::from_vm(vm);
                    #[allow(unused_mut, unused_variables, unused_assignments)]
                    let mut i = 0usize;
                    $(
                        let $a = arg::<$A>(py, name, args.pos, i)?;
                        i += 1;
                    )*
                    let r = (self)($($a),*).into_py_result(py);
                    finish(py, r)
                })
            }
        }

        impl<F, R, $($A,)*> IntoHostFn<(WithPy, R, $($A,)*)> for F
        where
            F: Fn(Python<'_>, $($A),*) -> R + Send + 'static,
            R: IntoPyResult,
            $($A: FromPy,)*
        {
            #[allow(unused_assignments, unused_variables)]
            fn into_host(self) -> Box<HostFn> {
                let max = count!($($A)*);
                let min = required(&[$($A::missing().is_some()),*]);
                Box::new(move |vm: &mut Vm, name: &str, args: Args<'_>| {
                    check_count(vm, name, &args, 0, min, max)?;
                    let py = Python::from_vm(vm);
                    #[allow(unused_mut, unused_variables, unused_assignments)]
                    let mut i = 0usize;
                    $(
                        let $a = arg::<$A>(py, name, args.pos, i)?;
                        i += 1;
                    )*
                    let r = (self)(py, $($a),*).into_py_result(py);
                    finish(py, r)
                })
            }
        }
    };
}

host_fn_impls!();
host_fn_impls!(A1 a1);
host_fn_impls!(A1 a1, A2 a2);
host_fn_impls!(A1 a1, A2 a2, A3 a3);
host_fn_impls!(A1 a1, A2 a2, A3 a3, A4 a4);
host_fn_impls!(A1 a1, A2 a2, A3 a3, A4 a4, A5 a5);
host_fn_impls!(A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6);
host_fn_impls!(A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7);
host_fn_impls!(A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6, A7 a7, A8 a8);

/// Raises the error of a failed `self` conversion.
#[cold]
#[inline(never)]
fn self_error(py: Python<'_>, name: &str, e: FromPyError) -> PyErr {
    let err = match e {
        FromPyError::Mismatch { expected, got } => {
            let method = name.rsplit('.').next().unwrap_or(name);
            Error::type_error(format!(
                "descriptor '{method}' for '{expected}' objects doesn't apply to a '{got}' object"
            ))
        }
        FromPyError::Error(e) => e,
    };
    err.into_pyerr(py.vm())
}

macro_rules! method_impls {
    ($($A:ident $a:ident),*) => {
        method_impls!(@one Ref, with_ref, py, [], (&T), $($A $a),*);
        method_impls!(@one Mut, with_mut, py, [], (&mut T), $($A $a),*);
        method_impls!(@one PyRef, with_ref, py, [py,], (Python<'_>, &T), $($A $a),*);
        method_impls!(@one PyMut, with_mut, py, [py,], (Python<'_>, &mut T), $($A $a),*);
    };
    (@one $marker:ident, $borrow:ident, $tok:ident, [$($py:ident,)?], ($($recv:ty),+), $($A:ident $a:ident),*) => {
        impl<T, F, R, $($A,)*> IntoMethod<T, ($marker, R, $($A,)*)> for F
        where
            T: PyClass,
            F: Fn($($recv,)+ $($A),*) -> R + Send + 'static,
            R: IntoPyResult,
            $($A: FromPy,)*
        {
            #[allow(unused_assignments, unused_variables)]
            fn into_method(self) -> Box<HostFn> {
                let max = count!($($A)*);
                let min = required(&[$($A::missing().is_some()),*]);
                Box::new(move |vm: &mut Vm, name: &str, args: Args<'_>| {
                    let Some((this, rest)) = args.pos.split_first() else {
                        let method = name.rsplit('.').next().unwrap_or(name);
                        return Err(vm.type_error(format!(
                            "descriptor '{method}' of '{}' object needs an argument",
                            T::NAME
                        )));
                    };
                    check_count(vm, name, &args, 1, min, max)?;
                    let $tok = Python::from_vm(vm);
                    #[allow(unused_mut, unused_variables, unused_assignments)]
                    let mut i = 0usize;
                    $(
                        let $a = arg::<$A>($tok, name, rest, i)?;
                        i += 1;
                    )*
                    let r = match $borrow::<T, R>($tok, this, |t| (self)($($py,)? t, $($a),*)) {
                        Ok(r) => r.into_py_result($tok),
                        Err(e) => return Err(self_error($tok, name, e)),
                    };
                    finish($tok, r)
                })
            }
        }
    };
}

method_impls!();
method_impls!(A1 a1);
method_impls!(A1 a1, A2 a2);
method_impls!(A1 a1, A2 a2, A3 a3);
method_impls!(A1 a1, A2 a2, A3 a3, A4 a4);
method_impls!(A1 a1, A2 a2, A3 a3, A4 a4, A5 a5);
method_impls!(A1 a1, A2 a2, A3 a3, A4 a4, A5 a5, A6 a6);
