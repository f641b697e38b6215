//! [`Error`]: the embedding API's one error type.

use alloc::format;
use alloc::string::String;
use core::fmt;

use crate::object::exception::ExcKind;
use crate::object::function::Args;
use crate::object::Payload;
use crate::vm::{PyErr, Vm};

/// What kind of failure an [`Error`] is.
///
/// New kinds are added as the API grows (the enum is `#[non_exhaustive]`);
/// each kind maps to the Python exception type that Python code sees when
/// the error crosses into Python (see [`Error::type_name`]).
/// `Error::from_pyerr` is the one place where a raised exception becomes an
/// `Error` (and where a limit stop becomes [`ErrorKind::LimitExceeded`]).
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A Python exception: raised by Python code, by a failed conversion
    /// (`TypeError`, `OverflowError`), or by Rust code returning an
    /// [`Error`]. [`Error::type_name`] names its class.
    Exception,
    /// A handle or value of one interpreter was used with another
    /// interpreter's GIL token (`RuntimeError` in Python).
    WrongInterpreter,
    /// A [`Channel`](super::Channel) was closed (`EOFError` in Python).
    ChannelClosed,
    /// A hard limit from the configuration (instructions, time, memory) or
    /// a host cancel stopped the script; Python code could not catch it.
    LimitExceeded(crate::vm::limits::LimitKind),
}

/// An error from the embedding API: the Python exception's type name, its
/// message (`str(exc)`) and the traceback CPython would print.
///
/// Host functions may return `Result<T, Error>`: the error is raised in
/// Python as an exception of [`Error::type_name`] (the original exception
/// object when the error came from Python). `From<&str>` and `From<String>`
/// make a `RuntimeError`; [`Error::new`] picks the type.
///
/// ```
/// use gilt_core::api::{Error, Interpreter, testing::TestPlatform};
/// use gilt_core::vm::Config;
///
/// let mut py = Interpreter::new(Box::new(TestPlatform::new()), Config::default());
/// py.register_fn("half", |n: i64| {
///     if n % 2 != 0 {
///         return Err(Error::new("ValueError", "odd number"));
///     }
///     Ok(n / 2)
/// })
/// .unwrap();
/// let err = py.run("x = half(3)", "main.py").unwrap_err();
/// assert_eq!(err.type_name(), "ValueError");
/// assert_eq!(err.message(), "odd number");
/// assert_eq!(err.to_string(), "ValueError: odd number");
/// assert_eq!(
///     err.traceback(),
///     "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    \
///      x = half(3)\n        ^^^^^^^\nValueError: odd number\n"
/// );
/// ```
pub struct Error {
    kind: ErrorKind,
    type_name: String,
    message: String,
    traceback: String,
    /// The exception object itself, when the error came from Python (so
    /// that raising it again keeps its identity, class and attributes).
    #[cfg(target_has_atomic = "ptr")]
    exception: Option<super::PyObject>,
}

impl Error {
    /// An exception of the built-in class named `type_name` (`"ValueError"`,
    /// `"KeyError"`, ...; an unknown name raises `RuntimeError` in Python).
    pub fn new(type_name: impl Into<String>, message: impl Into<String>) -> Error {
        Error::with_kind(ErrorKind::Exception, type_name.into(), message.into())
    }

    fn with_kind(kind: ErrorKind, type_name: String, message: String) -> Error {
        let traceback = last_line(&type_name, &message);
        Error {
            kind,
            type_name,
            message,
            traceback,
            #[cfg(target_has_atomic = "ptr")]
            exception: None,
        }
    }

    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> Error {
        Error::new("TypeError", message)
    }

    /// A `ValueError`.
    pub fn value_error(message: impl Into<String>) -> Error {
        Error::new("ValueError", message)
    }

    /// A `RuntimeError`.
    pub fn runtime_error(message: impl Into<String>) -> Error {
        Error::new("RuntimeError", message)
    }

    pub(crate) fn wrong_interpreter() -> Error {
        Error::with_kind(
            ErrorKind::WrongInterpreter,
            String::from("RuntimeError"),
            String::from("object belongs to a different interpreter"),
        )
    }

    pub(crate) fn channel_closed() -> Error {
        Error::with_kind(
            ErrorKind::ChannelClosed,
            String::from("EOFError"),
            String::from("channel closed"),
        )
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The Python exception class name (`"ZeroDivisionError"`).
    pub fn type_name(&self) -> &str {
        &self.type_name
    }

    /// The message: `str()` of the exception (`"division by zero"`).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The report CPython prints for this exception: the traceback (with
    /// chained exceptions) and the last line `Type: message`. Just the last
    /// line when the error never passed through Python code.
    pub fn traceback(&self) -> &str {
        &self.traceback
    }

    /// True for a Python exception of this class name (exactly; no
    /// subclass check).
    pub fn is(&self, type_name: &str) -> bool {
        self.type_name == type_name
    }

    /// The exception object, when the error came from Python.
    #[cfg(target_has_atomic = "ptr")]
    pub fn exception(&self) -> Option<&super::PyObject> {
        self.exception.as_ref()
    }

    /// Captures a raised exception: its class name, `str()` and traceback.
    pub(crate) fn from_pyerr(vm: &mut Vm, e: PyErr) -> Error {
        let kind = match e.limit_kind() {
            Some(k) => ErrorKind::LimitExceeded(k),
            None => ErrorKind::Exception,
        };
        let exc = e.value();
        let type_name = vm.type_name(&exc);
        let message = match vm.str(&exc) {
            Ok(s) => s,
            Err(_) => String::from("<exception str() failed>"),
        };
        let traceback = vm.format_exception(&e);
        Error {
            kind,
            type_name,
            message,
            traceback,
            #[cfg(target_has_atomic = "ptr")]
            exception: Some(super::PyObject::from_value(super::Python::from_vm(vm), exc)),
        }
    }

    /// The Python exception to raise for this error.
    pub(crate) fn into_pyerr(self, vm: &mut Vm) -> PyErr {
        #[cfg(target_has_atomic = "ptr")]
        if let Some(h) = &self.exception {
            if let Ok(v @ crate::object::Value::Obj(o)) = h.get(super::Python::from_vm(vm)) {
                if matches!(o.payload(), Payload::Exception(_)) {
                    let _ = v;
                    return PyErr(o.clone());
                }
            }
        }
        let builtins = vm.interp().builtins.clone();
        let cls = crate::builtins::dict_get_str(&builtins, &self.type_name);
        if let Some(cls) = cls {
            let is_exc = match &cls {
                crate::object::Value::Obj(c) if matches!(c.payload(), Payload::Type(_)) => {
                    crate::vm::ops::is_subtype(c, vm.interp().exc_type(ExcKind::BaseException))
                }
                _ => false,
            };
            if is_exc {
                let msg = vm.new_str(self.message.as_str());
                let r = vm.call(&cls, Args::new(core::slice::from_ref(&msg)));
                match r {
                    Ok(crate::object::Value::Obj(o))
                        if matches!(o.payload(), Payload::Exception(_)) =>
                    {
                        return PyErr(o);
                    }
                    Err(e) => return e,
                    Ok(_) => {}
                }
            }
        }
        vm.new_exc(
            ExcKind::RuntimeError,
            format!("{}: {}", self.type_name, self.message),
        )
    }
}

fn last_line(type_name: &str, message: &str) -> String {
    if message.is_empty() {
        format!("{type_name}\n")
    } else {
        format!("{type_name}: {message}\n")
    }
}

impl fmt::Display for Error {
    /// `Type: message` (or just `Type` when the message is empty), the last
    /// line of CPython's report.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(&self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.kind)
            .field("type_name", &self.type_name)
            .field("message", &self.message)
            .finish_non_exhaustive()
    }
}

impl core::error::Error for Error {}

impl From<&str> for Error {
    /// A `RuntimeError` with this message.
    fn from(s: &str) -> Error {
        Error::runtime_error(s)
    }
}

impl From<String> for Error {
    /// A `RuntimeError` with this message.
    fn from(s: String) -> Error {
        Error::runtime_error(s)
    }
}

impl From<core::convert::Infallible> for Error {
    fn from(e: core::convert::Infallible) -> Error {
        match e {}
    }
}
