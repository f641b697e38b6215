//! The embedding API: Gilt as a library inside a Rust program.
//!
//! * [`Interpreter`] owns one isolated interpreter (its own heap, GIL and
//!   built-in types): [`run`](Interpreter::run) source,
//!   [`eval`](Interpreter::eval) an expression,
//!   [`call`](Interpreter::call) a Python function, read and write globals,
//!   [`import`](Interpreter::import) modules.
//! * [`Interpreter::register_fn`] exposes a Rust closure to Python with typed
//!   arguments and result; the conversions are the [`FromPy`] and [`IntoPy`]
//!   traits (integers, floats, `bool`, `String`/`&str`, bytes as `Vec<u8>`,
//!   `Option`, `Vec`, tuples, `BTreeMap`/`HashMap`, `()`, and `Result`, whose
//!   error becomes a Python exception).
//! * [`Module`] builds a native module that Python imports; [`Class`] exposes
//!   a Rust type as a Python class with methods and attributes.
//! * [`Python`] is the GIL token: Python objects can only be touched with
//!   one, which the compiler checks. [`PyObject`] holds a Python object from
//!   Rust; it may be dropped on any thread.
//! * [`Error`] is the one error type: the Python exception's type name,
//!   message and formatted traceback.
//! * [`Channel`] passes plain values between interpreters (which may run in
//!   parallel on different host threads) by copy.
//!
//! ```
//! use gilt_core::api::{Interpreter, testing::TestPlatform};
//! use gilt_core::vm::Config;
//!
//! let mut py = Interpreter::new(Box::new(TestPlatform::new()), Config::default());
//! py.register_fn("add", |a: i64, b: i64| a + b).unwrap();
//! py.run("def twice(x):\n    return add(x, x)\n", "<setup>").unwrap();
//! let n: i64 = py.call("twice", (21,)).unwrap();
//! assert_eq!(n, 42);
//!
//! // Wrong types raise TypeError in Python, with CPython's wording.
//! let err = py.eval::<i64>("add(1, 'x')").unwrap_err();
//! assert_eq!(err.type_name(), "TypeError");
//! assert_eq!(err.message(), "add() argument 2 must be int, not str");
//! ```
//!
//! Everything here is `no_std` + `alloc`. [`PyObject`], [`Channel`] and the
//! parts of [`Error`] that hold an exception object need pointer-sized
//! compare-and-swap (`target_has_atomic = "ptr"`), which every multicore
//! target has; on targets without it (Cortex-M0+) they are left out.

mod class;
mod convert;
mod error;
mod function;
mod interpreter;
mod module;
mod python;
#[cfg(target_has_atomic = "ptr")]
pub mod testing;

#[cfg(target_has_atomic = "ptr")]
pub(crate) mod channel;
#[cfg(target_has_atomic = "ptr")]
pub(crate) mod handle;
#[cfg(target_has_atomic = "ptr")]
pub(crate) mod spin;

pub use class::{Class, PyClass};
pub use convert::{FromPy, FromPyError, IntoArgs, IntoPy, IntoPyResult};
pub use error::{Error, ErrorKind};
pub use function::{IntoHostFn, IntoMethod};
pub use interpreter::{print_exception, report_uncaught, system_exit_code, Interpreter};
pub use module::Module;
pub use python::Python;

/// The hash map the conversions support (`hashbrown`'s, which core uses;
/// `std::collections::HashMap` is not available to a `no_std` crate).
pub use hashbrown::HashMap;

#[cfg(target_has_atomic = "ptr")]
pub use channel::{Channel, Message};
#[cfg(target_has_atomic = "ptr")]
pub use handle::PyObject;

use alloc::vec::Vec;
use core::any::TypeId;

use crate::object::{ObjRef, PyCell};

/// The embedding API's per-interpreter state, kept in
/// [`Interp::api`](crate::vm::Interp::api). Touched only under the GIL,
/// except the handle queue, which has its own lock.
#[derive(Default)]
pub struct ApiState {
    /// The Python class of each registered Rust type.
    pub(crate) classes: PyCell<Vec<(TypeId, ObjRef)>>,
    /// Where handles dropped without the GIL leave their objects.
    #[cfg(target_has_atomic = "ptr")]
    pub(crate) home: alloc::sync::Arc<handle::Home>,
}

impl ApiState {
    /// The Python class registered for a Rust type.
    pub(crate) fn class_of(&self, id: TypeId) -> Option<ObjRef> {
        self.classes
            .get()
            .iter()
            .find(|(t, _)| *t == id)
            .map(|(_, c)| c.clone())
    }
}
