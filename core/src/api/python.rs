//! [`Python`]: the GIL token.

use alloc::string::String;
use alloc::vec::Vec;
use core::marker::PhantomData;
use core::ptr::NonNull;

use super::{Error, FromPy, IntoArgs, IntoHostFn, IntoPy, Module};
use crate::builtins::{dict_get_str, dict_of};
use crate::compile::parser::Mode;
use crate::object::exception::ExcKind;
use crate::object::function::Args;
use crate::object::{ObjRef, Payload, Value};
use crate::vm::{import, Interp, PyResult, Vm};

/// Proof that the current thread holds an interpreter's GIL, for the
/// lifetime `'py` (PyO3's pattern).
///
/// Everything that touches Python objects takes one. A token is `Copy` but
/// neither `Send` nor `Sync`, and it cannot outlive the closure or host call
/// that received it, so the compiler rejects any use of Python objects
/// without the GIL: moving a token into another thread or into
/// [`Python::allow_threads`] does not compile.
///
/// Tokens come from [`Interpreter::with_gil`](super::Interpreter::with_gil)
/// and, for host functions that ask for one, from the call itself:
///
/// ```
/// use gilt_core::api::{Interpreter, Python, testing::TestPlatform};
/// use gilt_core::vm::Config;
///
/// let mut interp = Interpreter::new(Box::new(TestPlatform::new()), Config::default());
/// // A host function that takes the token first can call back into Python.
/// interp
///     .register_fn("apply_twice", |py: Python<'_>, f: gilt_core::api::PyObject, x: i64| {
///         let once: i64 = f.call(py, (x,))?.extract(py)?;
///         f.call(py, (once,))?.extract::<i64>(py)
///     })
///     .unwrap();
/// let n: i64 = interp.eval("apply_twice(lambda v: v * 3, 2)").unwrap();
/// assert_eq!(n, 18);
/// let m: i64 = interp.with_gil(|py| py.eval("1 + 1")).unwrap();
/// assert_eq!(m, 2);
/// ```
///
/// ```compile_fail
/// # use gilt_core::api::{Interpreter, testing::TestPlatform};
/// # let mut interp = Interpreter::new(Box::new(TestPlatform::new()), Default::default());
/// interp.with_gil(|py| {
///     // error: `Python<'_>` cannot be sent to another thread
///     py.allow_threads(move || py.eval::<i64>("1"))
/// });
/// ```
///
/// Nor can a token escape the closure that received it:
///
/// ```compile_fail
/// # use gilt_core::api::{Interpreter, testing::TestPlatform};
/// # let mut interp = Interpreter::new(Box::new(TestPlatform::new()), Default::default());
/// let token = interp.with_gil(|py| py); // error: lifetime may not live long enough
/// ```
#[derive(Clone, Copy)]
pub struct Python<'py> {
    vm: NonNull<Vm>,
    /// Borrows the VM for `'py`; the raw pointer makes the token `!Send`
    /// and `!Sync`.
    _marker: PhantomData<(&'py mut Vm, *mut ())>,
}

impl<'py> Python<'py> {
    /// The token of a thread that holds the GIL and runs `vm`.
    pub(crate) fn from_vm(vm: &'py mut Vm) -> Python<'py> {
        Python {
            vm: NonNull::from(vm),
            _marker: PhantomData,
        }
    }

    /// The running thread's VM. Callers keep the borrow short and never hold
    /// it across a call that takes the token (a second `&mut` to the VM).
    #[allow(clippy::mut_from_ref)]
    #[inline]
    pub(crate) fn vm(&self) -> &mut Vm {
        // SAFETY: the token was made from a `&'py mut Vm` of a thread holding
        // the GIL and cannot outlive it or leave the thread; the API's
        // functions take the VM for the duration of one step and never keep
        // two of these borrows alive at once.
        unsafe { &mut *self.vm.as_ptr() }
    }

    /// The interpreter state (shared; everything mutable in it is behind
    /// cells guarded by the GIL we hold).
    #[inline]
    pub(crate) fn interp(&self) -> &'py Interp {
        // SAFETY: as in `vm`; the interpreter outlives its VMs.
        unsafe { self.vm.as_ref() }.interp()
    }

    /// Turns a Python exception into an [`Error`].
    #[inline]
    pub(crate) fn result<T>(self, r: PyResult<T>) -> Result<T, Error> {
        r.map_err(|e| Error::from_pyerr(self.vm(), e))
    }

    /// Calls a callable value with converted arguments.
    pub(crate) fn call_value(self, f: &Value, args: impl IntoArgs) -> Result<Value, Error> {
        let args = args.into_args(self)?;
        let r = self.vm().call(f, Args::new(&args));
        self.result(r)
    }

    /// The `__main__` module (created if missing).
    pub(crate) fn main_module(self) -> ObjRef {
        if let Some(Value::Obj(m)) = dict_get_str(&self.interp().modules, "__main__") {
            if matches!(m.payload(), Payload::Module(_)) {
                return m;
            }
        }
        let vm = self.vm();
        let m = vm.new_module("__main__");
        if let Some(d) = dict_of(&Value::Obj(m.clone())) {
            let b = dict_get_str(&vm.interp().modules, "builtins").unwrap_or(Value::None);
            vm.dict_set_str(&d, "__builtins__", b);
            vm.dict_set_str(&d, "__package__", Value::None);
            vm.dict_set_str(&d, "__spec__", Value::None);
            vm.dict_set_str(&d, "__loader__", Value::None);
        }
        if let Payload::Dict(d) = vm.interp().modules.payload() {
            d.set_str(vm.intern("__main__"), Value::Obj(m.clone()));
        }
        m
    }

    /// `__main__`'s namespace (a dict object).
    pub(crate) fn main_dict(self) -> ObjRef {
        let m = self.main_module();
        match dict_of(&Value::Obj(m.clone())) {
            Some(d) => d,
            None => m,
        }
    }

    /// Runs source text in `__main__`'s namespace; `filename` is what
    /// tracebacks show.
    pub fn run(self, source: &str, filename: &str) -> Result<(), Error> {
        let d = self.main_dict();
        let r = import::run_source_in(self.vm(), source, filename, &d);
        self.interp().platform.flush();
        self.result(r).map(drop)
    }

    /// Evaluates an expression in `__main__`'s namespace and converts the
    /// result.
    pub fn eval<T: FromPy>(self, expr: &str) -> Result<T, Error> {
        let d = self.main_dict();
        let r = import::run_mode_in(self.vm(), expr, "<string>", Mode::Expression, &d);
        let v = self.result(r)?;
        T::from_py(self, &v).map_err(|e| e.into_error("eval() result"))
    }

    /// Looks a callable up by name (a global of `__main__`, then a
    /// built-in) and calls it with positional arguments.
    pub fn call<T: FromPy>(self, function_name: &str, args: impl IntoArgs) -> Result<T, Error> {
        let f = self.lookup(function_name)?;
        let v = self.call_value(&f, args)?;
        T::from_py(self, &v).map_err(|e| e.into_error(alloc::format!("{function_name}() result")))
    }

    fn lookup(self, name: &str) -> Result<Value, Error> {
        let d = self.main_dict();
        if let Some(v) = dict_get_str(&d, name) {
            return Ok(v);
        }
        if let Some(v) = dict_get_str(&self.interp().builtins, name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    fn name_error(self, name: &str) -> Error {
        let e = self.vm().new_exc(
            ExcKind::NameError,
            alloc::format!("name '{name}' is not defined"),
        );
        Error::from_pyerr(self.vm(), e)
    }

    /// Reads a global variable of `__main__` (a `NameError` if unset).
    pub fn get<T: FromPy>(self, name: &str) -> Result<T, Error> {
        let d = self.main_dict();
        let Some(v) = dict_get_str(&d, name) else {
            return Err(self.name_error(name));
        };
        T::from_py(self, &v).map_err(|e| e.into_error(alloc::format!("global '{name}'")))
    }

    /// Sets a global variable of `__main__`.
    pub fn set(self, name: &str, value: impl IntoPy) -> Result<(), Error> {
        let v = value.into_py(self)?;
        let d = self.main_dict();
        self.vm().dict_set_str(&d, name, v);
        Ok(())
    }

    /// Imports a module (a `.py` file on `sys.path`, a built-in module, or
    /// a [`Module`] added to this interpreter) and returns it; a dotted name
    /// returns the last component, as `importlib.import_module` does.
    #[cfg(target_has_atomic = "ptr")]
    pub fn import(self, name: &str) -> Result<super::PyObject, Error> {
        let r = self.vm().import_module(name, &Value::None, 0);
        self.result(r)?;
        match dict_get_str(&self.interp().modules, name) {
            Some(m) => Ok(super::PyObject::from_value(self, m)),
            None => {
                let e = self.vm().new_exc(
                    ExcKind::ModuleNotFoundError,
                    alloc::format!("No module named '{name}'"),
                );
                Err(Error::from_pyerr(self.vm(), e))
            }
        }
    }

    /// Makes a Rust closure callable from Python as a built-in function
    /// `name` (visible from every module, like `len`). See
    /// [`Interpreter::register_fn`](super::Interpreter::register_fn).
    pub fn register_fn<M>(self, name: &str, f: impl IntoHostFn<M>) -> Result<(), Error> {
        let v = super::function::new_host_fn(self, name, None, f);
        let builtins = self.interp().builtins.clone();
        self.vm().dict_set_str(&builtins, name, v);
        Ok(())
    }

    /// Adds a native module: `import name` then finds it.
    pub fn add_module(self, module: Module) -> Result<(), Error> {
        module.install(self)
    }

    /// Registers a Rust class and binds it as a built-in name (visible from
    /// every module).
    pub fn add_class<T: super::PyClass>(self, class: super::Class<T>) -> Result<(), Error> {
        let ty = class.install(self, "builtins")?;
        let builtins = self.interp().builtins.clone();
        self.vm().dict_set_str(&builtins, T::NAME, Value::Obj(ty));
        Ok(())
    }

    /// Converts a Rust value to a Python object.
    #[cfg(target_has_atomic = "ptr")]
    pub fn to_object(self, value: impl IntoPy) -> Result<super::PyObject, Error> {
        let v = value.into_py(self)?;
        Ok(super::PyObject::from_value(self, v))
    }

    /// Runs `f` with the GIL released, so that other Python threads of this
    /// interpreter run meanwhile (CPython's `Py_BEGIN_ALLOW_THREADS`). `f`
    /// cannot capture the token (it is not `Send`), so it cannot touch
    /// Python objects; the GIL is taken back before this returns.
    pub fn allow_threads<T, F>(self, f: F) -> T
    where
        F: FnOnce() -> T + Send,
        T: Send,
    {
        self.vm().without_gil(f)
    }

    /// The type name of a value (`type(v).__name__`), for error messages.
    pub(crate) fn type_name(self, v: &Value) -> String {
        self.vm().type_name(v)
    }

    /// Builds a list of values.
    pub(crate) fn list(self, items: Vec<Value>) -> Value {
        self.vm().new_list(items)
    }
}
