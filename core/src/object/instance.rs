//! Instances of Python classes: those whose nearest built-in base is
//! `object`, and those of subclasses of built-in types such as `int`,
//! `str`, `list` or `dict`, which carry the built-in value they extend in
//! [`InstanceObj::base`] (native methods of the built-in type receive that
//! value as `self`).

use core::cell::Cell;
use core::ptr::NonNull;

use super::{drain_value, DelQueue, ObjRef, Payload, PyCell, Value};

/// The payload of an instance.
pub struct InstanceObj {
    /// `__class__` (a `Payload::Type` object).
    pub class: PyCell<ObjRef>,
    /// `__dict__` (a `Payload::Dict` object), or None for classes with `__slots__`.
    pub dict: Value,
    /// Set once `__del__` has been called, so it runs at most once.
    pub finalized: Cell<bool>,
    /// For an instance of a subclass of a built-in type (`class L(list)`):
    /// the built-in value it extends; `None` otherwise.
    pub base: Value,
}

impl InstanceObj {
    /// A plain instance of `class` with `dict` as its `__dict__`.
    pub fn new(class: ObjRef, dict: Value) -> Self {
        InstanceObj {
            class: PyCell::new(class),
            dict,
            finalized: Cell::new(false),
            base: Value::None,
        }
    }

    /// The interpreter's finaliser queue when this instance still needs its
    /// `__del__` to run.
    pub fn needs_finalizer(&self) -> Option<NonNull<DelQueue>> {
        if self.finalized.get() {
            return None;
        }
        let class = self.class.try_get()?;
        match class.payload() {
            Payload::Type(t) => t.del_queue.get(),
            _ => None,
        }
    }

    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        drain_value(&mut self.dict, sink);
        drain_value(&mut self.base, sink);
    }
}

fn getitem_iter_next(
    vm: &mut crate::vm::Vm,
    args: super::function::Args<'_>,
) -> crate::vm::PyResult<Value> {
    use crate::object::exception::ExcKind;
    let Some(Payload::Instance(i)) = args.pos.first().and_then(|v| v.payload()) else {
        return Err(vm.type_error("descriptor '__next__' requires an 'iterator' object"));
    };
    let Some(Payload::Dict(d)) = i.dict.payload() else {
        return Err(vm.type_error("bad iterator"));
    };
    let (Some(seq), Some(Value::Int(n))) = (d.get_str("seq"), d.get_str("index")) else {
        return Err(vm.new_exc_args(ExcKind::StopIteration, vm.new_tuple(alloc::vec::Vec::new())));
    };
    match vm.getitem(&seq, &Value::Int(n)) {
        Ok(x) => {
            d.set_str(vm.intern("index"), Value::Int(n + 1));
            Ok(x)
        }
        Err(e)
            if vm.err_matches(&e, ExcKind::IndexError)
                || vm.err_matches(&e, ExcKind::StopIteration) =>
        {
            let old = d.table.get_mut().remove_str("seq");
            drop(old);
            Err(vm.new_exc_args(ExcKind::StopIteration, vm.new_tuple(alloc::vec::Vec::new())))
        }
        Err(e) => Err(e),
    }
}

fn getitem_iter_iter(
    _vm: &mut crate::vm::Vm,
    args: super::function::Args<'_>,
) -> crate::vm::PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

/// An `iterator` over `seq` by `seq[0]`, `seq[1]`, ... until `IndexError`
/// (the sequence protocol behind `iter()` for classes with only
/// `__getitem__`).
pub fn new_getitem_iter(vm: &crate::vm::Vm, seq: Value) -> Value {
    use super::class::{flags, BaseKind, TypeObj};
    let obj = vm.types().object.clone();
    let t = TypeObj::new(
        "iterator",
        alloc::vec![obj.clone()],
        alloc::vec![obj],
        BaseKind::Object,
        flags::BUILTIN,
    );
    let ty = ObjRef::new(Payload::Type(t));
    vm.add_methods(
        &ty,
        "iterator",
        &[
            ("__next__", getitem_iter_next),
            ("__iter__", getitem_iter_iter),
        ],
    );
    let d = vm.new_dict();
    if let Some(Payload::Dict(dd)) = d.payload() {
        dd.set_str(vm.intern("seq"), seq);
        dd.set_str(vm.intern("index"), Value::Int(0));
    }
    Value::from_payload(Payload::Instance(InstanceObj::new(ty, d)))
}
