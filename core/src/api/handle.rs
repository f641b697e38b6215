//! [`PyObject`]: a Python object held from Rust, and the queue that lets a
//! handle be dropped on a thread that does not hold the GIL.
//!
//! Reference counts are plain memory guarded by the GIL, so a handle cannot
//! decrement one when it is dropped just anywhere. Instead its drop moves the
//! reference into its interpreter's [`PendingQueue`] (a spin-locked vector:
//! no refcount is touched), and the next thread to take that interpreter's
//! GIL through the API drains the queue and releases the references. When
//! the interpreter is dropped it closes the queue and drains it for the last
//! time; a handle dropped after that leaks its object instead of touching
//! freed memory. The loom model is `sync::loom_handles`.

use alloc::string::String;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::fmt;
use core::mem::ManuallyDrop;

use super::spin::SpinLock;
use super::{Error, FromPy, IntoArgs, IntoPy, PyClass, Python};
use crate::object::{ObjRef, Value};
use crate::sync::{AtomicBool, Ordering};

struct QueueState<T> {
    items: Vec<T>,
    closed: bool,
}

/// References released without the GIL, waiting for the next GIL holder.
pub(crate) struct PendingQueue<T> {
    state: SpinLock<QueueState<T>>,
    /// Set by `push`, cleared by `take`: lets the GIL holder skip the lock
    /// when nothing is queued. A stale `false` only delays the release to
    /// the next drain (or `close`, which never skips).
    nonempty: AtomicBool,
}

impl<T> Default for PendingQueue<T> {
    fn default() -> Self {
        PendingQueue {
            state: SpinLock::new(QueueState {
                items: Vec::new(),
                closed: false,
            }),
            nonempty: AtomicBool::new(false),
        }
    }
}

impl<T> PendingQueue<T> {
    /// Queues `item`; gives it back when the queue is closed (the
    /// interpreter is gone: the caller must leak it).
    pub(crate) fn push(&self, item: T) -> Result<(), T> {
        self.state.with(|s| {
            if s.closed {
                return Err(item);
            }
            s.items.push(item);
            // Relaxed: a hint; the lock orders the item itself.
            self.nonempty.store(true, Ordering::Relaxed);
            Ok(())
        })
    }

    /// Takes everything queued (called by the GIL holder).
    pub(crate) fn take(&self) -> Vec<T> {
        // Relaxed: see `nonempty`.
        if !self.nonempty.load(Ordering::Relaxed) {
            return Vec::new();
        }
        self.state.with(|s| {
            self.nonempty.store(false, Ordering::Relaxed);
            core::mem::take(&mut s.items)
        })
    }

    /// Refuses further pushes and takes everything queued.
    pub(crate) fn close(&self) -> Vec<T> {
        self.state.with(|s| {
            s.closed = true;
            self.nonempty.store(false, Ordering::Relaxed);
            core::mem::take(&mut s.items)
        })
    }
}

/// The part of an interpreter that its handles keep alive: the queue their
/// drops go to. Its address identifies the interpreter.
#[derive(Default)]
pub(crate) struct Home {
    pub(crate) pending: PendingQueue<ObjRef>,
}

/// Releases the references queued by handles dropped without the GIL.
/// The caller holds the interpreter's GIL.
pub(crate) fn drain(interp: &crate::vm::Interp) {
    for o in interp.api.home.pending.take() {
        drop(o);
    }
}

/// Closes an interpreter's queue at teardown (GIL held) and releases what
/// was queued; later handle drops leak instead.
pub(crate) fn close(interp: &crate::vm::Interp) {
    // Releasing an object may release a Rust value holding more handles,
    // which queue again: drain until quiet, then close.
    loop {
        let items = interp.api.home.pending.take();
        if items.is_empty() {
            break;
        }
        drop(items);
    }
    for o in interp.api.home.pending.close() {
        drop(o);
    }
}

/// A reference to a Python object, owned by Rust.
///
/// Using the object needs the GIL token ([`Python`]) of the interpreter it
/// came from; a token of another interpreter gives
/// [`ErrorKind::WrongInterpreter`](super::ErrorKind::WrongInterpreter).
/// A handle is `Send`: it may be moved to and dropped on any thread, with or
/// without the GIL; the reference is released the next time the
/// interpreter's GIL is taken (or at once with [`PyObject::release`]).
/// It is deliberately not `Clone` (that would touch the reference count
/// without the GIL): use [`PyObject::clone_ref`].
///
/// ```
/// use gilt_core::api::{Interpreter, PyObject, testing::TestPlatform};
/// use gilt_core::vm::Config;
///
/// let mut py = Interpreter::new(Box::new(TestPlatform::new()), Config::default());
/// py.run("def greet(name):\n    return 'hello ' + name\n", "<s>").unwrap();
/// let greet: PyObject = py.get("greet").unwrap();
/// let s: String = py.with_gil(|p| greet.call(p, ("gilt",))?.extract(p)).unwrap();
/// assert_eq!(s, "hello gilt");
/// // Dropped on another thread: released when the GIL is next taken.
/// std::thread::spawn(move || drop(greet)).join().unwrap();
/// py.run("pass", "<s>").unwrap();
/// ```
pub struct PyObject {
    value: ManuallyDrop<Value>,
    home: Arc<Home>,
}

// SAFETY: the value is only touched (cloned, converted, called) through a
// GIL token of its own interpreter (checked by `get`), and dropping it off
// the GIL only moves the reference into the spin-locked queue.
unsafe impl Send for PyObject {}
// SAFETY: `&PyObject` offers nothing that touches the object without a token.
unsafe impl Sync for PyObject {}

impl Drop for PyObject {
    fn drop(&mut self) {
        // SAFETY: dropped once, here; the value is not used afterwards.
        let v = unsafe { ManuallyDrop::take(&mut self.value) };
        if let Value::Obj(o) = v {
            if let Err(o) = self.home.pending.push(o) {
                // The interpreter is gone: its types are freed, so releasing
                // the object now would touch freed memory. Leak it.
                core::mem::forget(o);
            }
        }
    }
}

impl fmt::Debug for PyObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only the tag and address: reading the object needs the GIL.
        match &*self.value {
            Value::Obj(o) => write!(f, "PyObject({:p})", o.as_ptr()),
            v => write!(f, "PyObject({v:?})"),
        }
    }
}

impl PyObject {
    /// Wraps a value (a new reference) of `py`'s interpreter.
    pub(crate) fn from_value(py: Python<'_>, v: Value) -> PyObject {
        PyObject {
            value: ManuallyDrop::new(v),
            home: py.interp().api.home.clone(),
        }
    }

    /// The value, if `py` is a token of this handle's interpreter.
    pub(crate) fn get(&self, py: Python<'_>) -> Result<&Value, Error> {
        if Arc::ptr_eq(&self.home, &py.interp().api.home) {
            Ok(&self.value)
        } else {
            Err(Error::wrong_interpreter())
        }
    }

    /// True if the handle belongs to `py`'s interpreter.
    pub fn belongs_to(&self, py: Python<'_>) -> bool {
        self.get(py).is_ok()
    }

    /// True if the object is `None` (no GIL needed: `None` is not a heap
    /// object).
    pub fn is_none(&self) -> bool {
        matches!(*self.value, Value::None)
    }

    /// A second handle to the same object.
    pub fn clone_ref(&self, py: Python<'_>) -> Result<PyObject, Error> {
        let v = self.get(py)?.clone();
        Ok(PyObject::from_value(py, v))
    }

    /// Releases the reference now (the GIL is held), instead of at the next
    /// GIL acquisition. A handle of another interpreter is dropped normally.
    pub fn release(self, py: Python<'_>) {
        if self.get(py).is_ok() {
            let mut me = ManuallyDrop::new(self);
            // SAFETY: `me` is never dropped, so the value is taken once; the
            // GIL of its interpreter is held (the token was checked).
            let v = unsafe { ManuallyDrop::take(&mut me.value) };
            // SAFETY: read out of the never-dropped `me` exactly once.
            let home = unsafe { core::ptr::read(&me.home) };
            drop(v);
            drop(home);
        }
    }

    /// Converts the object to a Rust value.
    pub fn extract<T: FromPy>(&self, py: Python<'_>) -> Result<T, Error> {
        let v = self.get(py)?;
        T::from_py(py, v).map_err(|e| e.into_error("extract() value"))
    }

    /// Calls the object with positional arguments.
    pub fn call(&self, py: Python<'_>, args: impl IntoArgs) -> Result<PyObject, Error> {
        let f = self.get(py)?.clone();
        py.call_value(&f, args).map(|v| PyObject::from_value(py, v))
    }

    /// Calls a method: `obj.name(*args)`.
    pub fn call_method(
        &self,
        py: Python<'_>,
        name: &str,
        args: impl IntoArgs,
    ) -> Result<PyObject, Error> {
        let m = self.getattr(py, name)?;
        m.call(py, args)
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&self, py: Python<'_>, name: &str) -> Result<PyObject, Error> {
        let v = self.get(py)?.clone();
        let r = py.vm().getattr_str(&v, name);
        py.result(r).map(|v| PyObject::from_value(py, v))
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&self, py: Python<'_>, name: &str, value: impl IntoPy) -> Result<(), Error> {
        let o = self.get(py)?.clone();
        let v = value.into_py(py)?;
        let n = py.interp().intern(name);
        let r = py.vm().setattr(&o, &n, v);
        py.result(r)
    }

    /// `repr(obj)`.
    pub fn repr(&self, py: Python<'_>) -> Result<String, Error> {
        let v = self.get(py)?.clone();
        let r = py.vm().repr(&v);
        py.result(r)
    }

    /// `str(obj)`.
    pub fn str(&self, py: Python<'_>) -> Result<String, Error> {
        let v = self.get(py)?.clone();
        let r = py.vm().str(&v);
        py.result(r)
    }

    /// `type(obj).__name__`.
    pub fn type_name(&self, py: Python<'_>) -> Result<String, Error> {
        let v = self.get(py)?;
        Ok(py.vm().type_name(v))
    }

    /// Runs `f` with a shared borrow of the Rust value inside an instance of
    /// a Rust class. A `TypeError` if the object is not a `T`; a
    /// `RuntimeError` if it is mutably borrowed (by a method running now).
    pub fn borrow<T: PyClass, R>(
        &self,
        py: Python<'_>,
        f: impl FnOnce(&T) -> R,
    ) -> Result<R, Error> {
        let v = self.get(py)?;
        super::class::with_ref::<T, R>(py, v, f).map_err(|e| e.into_error("borrow() object"))
    }

    /// Runs `f` with an exclusive borrow of the Rust value inside an
    /// instance of a Rust class (errors as [`PyObject::borrow`]).
    pub fn borrow_mut<T: PyClass, R>(
        &self,
        py: Python<'_>,
        f: impl FnOnce(&mut T) -> R,
    ) -> Result<R, Error> {
        let v = self.get(py)?;
        super::class::with_mut::<T, R>(py, v, f).map_err(|e| e.into_error("borrow_mut() object"))
    }
}
