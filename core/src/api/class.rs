//! Rust types exposed as Python classes: [`PyClass`] and the [`Class`]
//! builder.
//!
//! An instance is a heap object holding the Rust value behind a dynamic
//! borrow; methods borrow it (`&T` shared, `&mut T` exclusive), so a
//! method that re-enters Python and reaches its own object mutably gets a
//! `RuntimeError` instead of aliasing. The class is a built-in-like type:
//! it cannot be subclassed or changed from Python, and its instances have
//! no `__dict__` (attributes are the getters and setters).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::any::TypeId;
use core::marker::PhantomData;

use super::function::host_value;
use super::{Error, FromPy, FromPyError, IntoHostFn, IntoMethod, IntoPy, Python};
use crate::object::class::{flags, BaseKind, DescriptorObj, TypeObj};
use crate::object::function::Args;
use crate::object::native::{HostDataObj, HostFn, HostObj};
use crate::object::{ObjRef, Payload, PyCell, Value};
use crate::vm::Vm;

/// A Rust type that can be exposed to Python as a class (see [`Class`]).
///
/// `NAME` is the Python class name. Values of a registered `PyClass` convert
/// into new Python instances ([`IntoPy`]), and instances convert back by
/// cloning when the type is `Clone` ([`FromPy`]).
pub trait PyClass: Send + Sized + 'static {
    /// The class name Python sees.
    const NAME: &'static str;

    /// A class registered on first use (for API types such as channels).
    #[doc(hidden)]
    fn auto_class() -> Option<Class<Self>> {
        None
    }
}

type ConstFn = Box<dyn FnOnce(Python<'_>) -> Result<Value, Error> + Send>;

/// Describes the Python class of a Rust type: constructor, methods,
/// attributes (getters and setters), static functions and constants.
///
/// ```
/// use gilt_core::api::{Class, Interpreter, PyClass, testing::TestPlatform};
///
/// #[derive(Clone)]
/// struct Counter {
///     count: i64,
/// }
///
/// impl PyClass for Counter {
///     const NAME: &'static str = "Counter";
/// }
///
/// let mut py = Interpreter::new(Box::new(TestPlatform::new()), Default::default());
/// py.add_class(
///     Class::<Counter>::new()
///         .constructor(|start: Option<i64>| Counter { count: start.unwrap_or(0) })
///         .method("incr", |c: &mut Counter, by: i64| {
///             c.count += by;
///             c.count
///         })
///         .getter("count", |c: &Counter| c.count)
///         .setter("count", |c: &mut Counter, v: i64| c.count = v)
///         .constant("LIMIT", 100),
/// )
/// .unwrap();
/// py.run("c = Counter(5)\nc.incr(2)\nc.count += 10\n", "<s>").unwrap();
/// assert_eq!(py.eval::<i64>("c.count").unwrap(), 17);
/// assert_eq!(py.eval::<i64>("Counter.LIMIT").unwrap(), 100);
/// // Instances come back to Rust by clone.
/// let c: Counter = py.get("c").unwrap();
/// assert_eq!(c.count, 17);
/// let err = py.run("c.incr('x')", "<s>").unwrap_err();
/// assert_eq!(err.message(), "Counter.incr() argument 1 must be int, not str");
/// ```
pub struct Class<T: PyClass> {
    ctor: Option<Box<HostFn>>,
    methods: Vec<(String, Box<HostFn>)>,
    getters: Vec<(String, Box<HostFn>)>,
    setters: Vec<(String, Box<HostFn>)>,
    functions: Vec<(String, Box<HostFn>)>,
    constants: Vec<(String, ConstFn)>,
    _t: PhantomData<fn() -> T>,
}

impl<T: PyClass> Default for Class<T> {
    fn default() -> Self {
        Class::new()
    }
}

impl<T: PyClass> Class<T> {
    /// A class with nothing in it yet (and no constructor: calling it raises
    /// `TypeError: cannot create 'NAME' instances`).
    pub fn new() -> Self {
        Class {
            ctor: None,
            methods: Vec::new(),
            getters: Vec::new(),
            setters: Vec::new(),
            functions: Vec::new(),
            constants: Vec::new(),
            _t: PhantomData,
        }
    }

    /// The constructor: `NAME(args)` calls `f`, which returns a `T` (or a
    /// `Result` of one).
    pub fn constructor<M>(mut self, f: impl IntoHostFn<M>) -> Self {
        self.ctor = Some(f.into_host());
        self
    }

    /// A method: `f` takes `&T` or `&mut T` (optionally after a
    /// [`Python`] token), then the Python arguments.
    pub fn method<M>(mut self, name: &str, f: impl IntoMethod<T, M>) -> Self {
        self.methods.push((String::from(name), f.into_method()));
        self
    }

    /// A readable attribute: `f(&T)` gives its value.
    pub fn getter<M>(mut self, name: &str, f: impl IntoMethod<T, M>) -> Self {
        self.getters.push((String::from(name), f.into_method()));
        self
    }

    /// A writable attribute: `f(&mut T, value)` stores it (combined with the
    /// getter of the same name, if any).
    pub fn setter<M>(mut self, name: &str, f: impl IntoMethod<T, M>) -> Self {
        self.setters.push((String::from(name), f.into_method()));
        self
    }

    /// A static function of the class (`NAME.f(args)`).
    pub fn function<M>(mut self, name: &str, f: impl IntoHostFn<M>) -> Self {
        self.functions.push((String::from(name), f.into_host()));
        self
    }

    /// A class attribute.
    pub fn constant(mut self, name: &str, value: impl IntoPy + Send + 'static) -> Self {
        self.constants
            .push((String::from(name), Box::new(move |py| value.into_py(py))));
        self
    }

    /// Creates the type object (with `__module__` set to `module`) and
    /// registers it as `T`'s class in this interpreter.
    pub(crate) fn install(self, py: Python<'_>, module: &str) -> Result<ObjRef, Error> {
        let vm = py.vm();
        let object = vm.types().object.clone();
        let t = TypeObj::new(
            T::NAME,
            alloc::vec![object.clone()],
            alloc::vec![object],
            BaseKind::Builtin,
            flags::BUILTIN,
        );
        t.attach_epoch(vm.interp().type_epoch_ptr());
        let ty = ObjRef::new(Payload::Type(t));
        let Payload::Type(t) = ty.payload() else {
            return Err(Error::runtime_error("class creation failed"));
        };
        let dict = t.dict();
        let set = |vm: &Vm, name: &str, v: Value| dict.set_str(vm.intern(name), v);
        set(vm, "__module__", vm.new_str(module));
        set(vm, "__doc__", Value::None);
        let name = T::NAME;
        let qual = |n: &str| format!("{name}.{n}");
        let ctor: Box<HostFn> = match self.ctor {
            Some(f) => Box::new(move |vm: &mut Vm, _: &str, args: Args<'_>| {
                let rest = args.pos.get(1..).unwrap_or(&[]);
                f(vm, name, Args::with_kw(rest, args.kw))
            }),
            None => Box::new(move |vm: &mut Vm, _: &str, _: Args<'_>| {
                Err(vm.type_error(format!("cannot create '{name}' instances")))
            }),
        };
        set(
            vm,
            "__new__",
            host_value("__new__", qual("__new__"), Some(module), false, ctor),
        );
        for (n, f) in self.methods {
            set(vm, &n, host_value(&n, qual(&n), Some(module), true, f));
        }
        for (n, f) in self.functions {
            let f = host_value(&n, qual(&n), Some(module), false, f);
            let sm = Value::from_payload(Payload::Descriptor(DescriptorObj::StaticMethod(f)));
            set(vm, &n, sm);
        }
        let mut props: Vec<(String, Value, Value)> = Vec::new();
        for (n, f) in self.getters {
            let g = host_value(&n, qual(&n), Some(module), false, f);
            props.push((n, g, Value::None));
        }
        for (n, f) in self.setters {
            let s = host_value(&n, qual(&n), Some(module), false, f);
            match props.iter_mut().find(|(pn, _, _)| *pn == n) {
                Some(p) => p.2 = s,
                None => props.push((n, Value::None, s)),
            }
        }
        for (n, fget, fset) in props {
            let p = DescriptorObj::Property {
                fget,
                fset,
                fdel: Value::None,
                doc: Value::None,
            };
            set(vm, &n, Value::from_payload(Payload::Descriptor(p)));
        }
        for (n, c) in self.constants {
            let v = c(py)?;
            set(py.vm(), &n, v);
        }
        let api = &py.interp().api;
        let mut classes = api.classes.get_mut();
        let id = TypeId::of::<T>();
        classes.retain(|(t, _)| *t != id);
        classes.push((id, ty.clone()));
        Ok(ty)
    }
}

/// `T`'s class in `py`'s interpreter, registering an automatic one.
fn class_for<T: PyClass>(py: Python<'_>) -> Result<ObjRef, Error> {
    if let Some(c) = py.interp().api.class_of(TypeId::of::<T>()) {
        return Ok(c);
    }
    match T::auto_class() {
        Some(c) => c.install(py, "builtins"),
        None => Err(Error::type_error(format!(
            "Rust class '{}' is not registered with this interpreter",
            T::NAME
        ))),
    }
}

/// A new Python instance of `T`'s class holding `value`.
pub(crate) fn new_instance<T: PyClass>(py: Python<'_>, value: T) -> Result<Value, Error> {
    let class = class_for::<T>(py)?;
    Ok(Value::from_payload(Payload::Host(HostObj::Data(
        HostDataObj {
            class,
            value: PyCell::new(Box::new(value)),
        },
    ))))
}

fn mismatch<T: PyClass>(py: Python<'_>, v: &Value) -> FromPyError {
    FromPyError::mismatch(T::NAME, py.type_name(v))
}

fn already_borrowed() -> FromPyError {
    FromPyError::Error(Error::runtime_error("Already borrowed"))
}

/// Runs `f` on a shared borrow of the `T` inside `v`.
pub(crate) fn with_ref<T: PyClass, R>(
    py: Python<'_>,
    v: &Value,
    f: impl FnOnce(&T) -> R,
) -> Result<R, FromPyError> {
    let Some(Payload::Host(HostObj::Data(d))) = v.payload() else {
        return Err(mismatch::<T>(py, v));
    };
    let Some(b) = d.value.try_get() else {
        return Err(already_borrowed());
    };
    match (**b).downcast_ref::<T>() {
        Some(t) => Ok(f(t)),
        None => Err(mismatch::<T>(py, v)),
    }
}

/// Runs `f` on an exclusive borrow of the `T` inside `v`.
pub(crate) fn with_mut<T: PyClass, R>(
    py: Python<'_>,
    v: &Value,
    f: impl FnOnce(&mut T) -> R,
) -> Result<R, FromPyError> {
    let Some(Payload::Host(HostObj::Data(d))) = v.payload() else {
        return Err(mismatch::<T>(py, v));
    };
    let Some(mut b) = d.value.try_mut() else {
        return Err(already_borrowed());
    };
    match (**b).downcast_mut::<T>() {
        Some(t) => Ok(f(t)),
        None => Err(mismatch::<T>(py, v)),
    }
}

impl<T: PyClass> IntoPy for T {
    /// A new instance of the class registered for `T` (a `TypeError` if
    /// none is).
    fn into_py(self, py: Python<'_>) -> Result<Value, Error> {
        new_instance(py, self)
    }
}

impl<T: PyClass + Clone> FromPy for T {
    fn expected() -> String {
        String::from(T::NAME)
    }
    fn from_py(py: Python<'_>, v: &Value) -> Result<Self, FromPyError> {
        with_ref::<T, T>(py, v, T::clone)
    }
}
