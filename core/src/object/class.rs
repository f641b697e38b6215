//! Type objects (classes), and the descriptor objects `property`,
//! `staticmethod`, `classmethod` and `super`.

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;
use core::ptr::NonNull;

use super::{dict::DictObj, drain_value, DelQueue, ObjRef, Payload, PyCell, Value};

/// Which built-in layout instances of a class use (the payload `__new__`
/// creates), inherited from the nearest built-in base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    /// Instances are `Payload::Instance` (base `object`).
    Object,
    /// Instances are `Payload::Exception` (base `BaseException`).
    Exception,
    /// A built-in type that cannot be subclassed yet, or whose instances are
    /// made only by its own constructor (int, str, list, ...).
    Builtin,
}

/// Flags on a type object.
pub mod flags {
    /// A built-in type: attributes cannot be set on it.
    pub const BUILTIN: u32 = 1;
    /// May be used as a base class.
    pub const BASETYPE: u32 = 2;
    /// The class (or a base) defines `__getattr__`.
    pub const HAS_GETATTR: u32 = 4;
    /// The class (or a base) defines `__getattribute__`.
    pub const HAS_GETATTRIBUTE: u32 = 8;
    /// The class (or a base) defines `__setattr__`/`__delattr__`.
    pub const HAS_SETATTR: u32 = 16;
}

/// The payload of a type object.
pub struct TypeObj {
    /// `__name__`.
    pub name: PyCell<String>,
    /// `__qualname__`.
    pub qualname: PyCell<String>,
    /// `__bases__` (type objects).
    pub bases: PyCell<Vec<ObjRef>>,
    /// `__mro__`, starting with the type itself... stored without it to
    /// avoid a self-reference: the full MRO is `[self] + mro`.
    pub mro: PyCell<Vec<ObjRef>>,
    /// The namespace (`Payload::Dict`).
    pub dict: ObjRef,
    /// The instance layout.
    pub base_kind: BaseKind,
    /// See [`flags`].
    pub flags: Cell<u32>,
    /// Set when the class (or a base) defines `__del__`: where to queue
    /// instances for finalisation.
    pub del_queue: Cell<Option<NonNull<DelQueue>>>,
}

impl TypeObj {
    /// A new type payload with an empty namespace.
    pub fn new(
        name: &str,
        bases: Vec<ObjRef>,
        mro: Vec<ObjRef>,
        base_kind: BaseKind,
        flags: u32,
    ) -> Self {
        TypeObj {
            name: PyCell::new(String::from(name)),
            qualname: PyCell::new(String::from(name)),
            bases: PyCell::new(bases),
            mro: PyCell::new(mro),
            dict: ObjRef::new(Payload::Dict(DictObj::new())),
            base_kind,
            flags: Cell::new(flags),
            del_queue: Cell::new(None),
        }
    }

    /// The namespace dict payload.
    pub fn dict(&self) -> &DictObj {
        match self.dict.payload() {
            Payload::Dict(d) => d,
            _ => unreachable_dict(),
        }
    }

    /// Looks a name up along the MRO (self first). Runs no Python code.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict().get_str(name) {
            return Some(v);
        }
        for t in self.mro.get().iter() {
            if let Payload::Type(t) = t.payload() {
                if let Some(v) = t.dict().get_str(name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// True if this has the flag.
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    pub(crate) fn drain(&mut self, _sink: &mut dyn FnMut(Value)) {}
}

#[cold]
fn unreachable_dict() -> ! {
    // A type's namespace is created as a dict and never replaced.
    unreachable!("type namespace is not a dict")
}

/// The payload of a descriptor-like built-in object.
pub enum DescriptorObj {
    /// `property(fget, fset, fdel, doc)`.
    Property {
        /// Getter.
        fget: Value,
        /// Setter.
        fset: Value,
        /// Deleter.
        fdel: Value,
        /// Docstring.
        doc: Value,
    },
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `super(type, obj)`.
    Super {
        /// The class where the search starts after.
        ty: Value,
        /// The instance or class bound.
        obj: Value,
    },
}

impl DescriptorObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        match self {
            DescriptorObj::Property {
                fget,
                fset,
                fdel,
                doc,
            } => {
                drain_value(fget, sink);
                drain_value(fset, sink);
                drain_value(fdel, sink);
                drain_value(doc, sink);
            }
            DescriptorObj::StaticMethod(v) | DescriptorObj::ClassMethod(v) => drain_value(v, sink),
            DescriptorObj::Super { ty, obj } => {
                drain_value(ty, sink);
                drain_value(obj, sink);
            }
        }
    }
}

/// `ty(*args, **kwargs)`: calls `__new__` then `__init__` (or the built-in
/// constructor).
pub fn type_call(
    vm: &mut crate::vm::Vm,
    _ty: &ObjRef,
    _args: super::function::Args<'_>,
) -> crate::vm::PyResult<Value> {
    Err(vm.new_exc(
        super::exception::ExcKind::NotImplementedError,
        "calling a type is not implemented yet",
    ))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
