//! Inline caches for the eval loop's name and attribute instructions.
//!
//! Each instruction has one [`InlineCache`] in its code object. Every cached
//! fact is guarded, so a stale entry only costs the slow lookup:
//!
//! - `LOAD_GLOBAL` remembers the entry position of the name in the globals
//!   (or builtins) dict under the dicts' layout versions. A version is
//!   unique within the interpreter and is dropped when a key is added or
//!   removed, so while it matches the entry still holds the name; the value
//!   is read afresh (rebinding a global needs no invalidation).
//! - Attribute instructions on instances of Python classes remember the
//!   class's tag (unique per type, never reused) and the interpreter's type
//!   epoch (bumped by every mutation of any class namespace), under which
//!   the class-side facts (no `__getattribute__`/`__setattr__` hook, no
//!   data descriptor of that name, the method found on the class) hold. The
//!   instance dict position is only a hint, checked by key identity.

use core::cell::Cell;

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::bytecode::code::{CodeObject, InlineCache};
use crate::object::class::{flags, DescriptorObj, TypeObj};
use crate::object::{ObjRef, Payload, Value};

/// Dunder names keep the uncached paths (`__class__`, `__dict__`, ... are
/// special-cased there).
#[inline]
fn is_dunder(name: &ObjRef) -> bool {
    name.payload_str().is_some_and(|s| s.starts_with("__"))
}

impl Vm {
    /// `LOAD_GLOBAL names[arg]` for the frame `f` (instruction `ic`):
    /// globals, then builtins; `None` when the name is in neither.
    #[inline]
    pub(crate) fn load_global_cached(
        &self,
        f: &Frame,
        code: &CodeObject,
        ic: &Cell<InlineCache>,
        arg: u32,
    ) -> Option<Value> {
        let Payload::Dict(g) = f.globals.payload() else {
            return None;
        };
        let gt = g.table.get();
        let c = ic.get();
        if c.a != 0 && c.a == gt.cur_version() {
            if c.b == 0 {
                if let Some(v) = gt.value_at(c.c) {
                    return Some(v.clone());
                }
            } else if let Payload::Dict(b) = f.builtins.payload() {
                let bt = b.table.get();
                if bt.cur_version() == c.b {
                    if let Some(v) = bt.value_at(c.c) {
                        return Some(v.clone());
                    }
                }
            }
        }
        let name = code.names.get(arg as usize)?;
        let counter = &self.interp().dict_versions;
        if let Some(i) = gt.index_by_name(name) {
            ic.set(InlineCache {
                a: gt.version(counter),
                b: 0,
                c: i,
            });
            return gt.value_at(i).cloned();
        }
        let Payload::Dict(b) = f.builtins.payload() else {
            return None;
        };
        let bt = b.table.get();
        let i = bt.index_by_name(name)?;
        ic.set(InlineCache {
            a: gt.version(counter),
            b: bt.version(counter),
            c: i,
        });
        bt.value_at(i).cloned()
    }

    /// The cache stamp (tag, epoch) when `t`'s class-side facts for
    /// `name` make it cacheable by `ok`.
    #[inline]
    fn stamp_if(
        &self,
        t: &TypeObj,
        ok: impl FnOnce(&Self, &TypeObj) -> bool,
    ) -> Option<(usize, usize)> {
        let tag = t.tag();
        if tag == 0 || !ok(self, t) {
            return None;
        }
        Some((tag, self.interp().type_epoch()))
    }

    /// `LOAD_ATTR`: `o.name`, cached for attributes in an instance dict.
    #[inline]
    pub(crate) fn load_attr_cached(
        &mut self,
        o: &Value,
        name: &ObjRef,
        ic: &Cell<InlineCache>,
    ) -> PyResult<Value> {
        if let Some(v) = self.load_attr_fast(o, name, ic) {
            return Ok(v);
        }
        self.getattr(o, name)
    }

    #[inline]
    fn load_attr_fast(&self, o: &Value, name: &ObjRef, ic: &Cell<InlineCache>) -> Option<Value> {
        let Some(Payload::Instance(inst)) = o.payload() else {
            return None;
        };
        let Some(Payload::Dict(d)) = inst.dict.payload() else {
            return None;
        };
        let mut c = ic.get();
        {
            let cls = inst.class.get();
            let Payload::Type(t) = cls.payload() else {
                return None;
            };
            let epoch = self.interp().type_epoch();
            if c.a == 0 || c.a != t.tag() || c.b != epoch {
                let (a, b) = self.stamp_if(t, |vm, t| {
                    !t.has_flag(flags::HAS_GETATTRIBUTE)
                        && !is_dunder(name)
                        && match t.lookup_name(name) {
                            None => true,
                            Some(d) => !vm.is_data_descriptor(&d),
                        }
                })?;
                c = InlineCache { a, b, c: c.c };
                ic.set(c);
            }
        }
        let tb = d.table.get();
        if let Some(v) = tb.value_at_if_key(c.c, name) {
            return Some(v.clone());
        }
        let i = tb.index_by_name(name)?;
        ic.set(InlineCache { c: i, ..c });
        tb.value_at(i).cloned()
    }

    /// `STORE_ATTR`: `o.name = v`, cached for instance-dict stores.
    #[inline]
    pub(crate) fn store_attr_cached(
        &mut self,
        o: &Value,
        name: &ObjRef,
        v: Value,
        ic: &Cell<InlineCache>,
    ) -> PyResult<()> {
        let v = match self.store_attr_fast(o, name, v, ic) {
            Ok(()) => return Ok(()),
            Err(v) => v,
        };
        self.setattr(o, name, v)
    }

    #[inline]
    fn store_attr_fast(
        &self,
        o: &Value,
        name: &ObjRef,
        v: Value,
        ic: &Cell<InlineCache>,
    ) -> Result<(), Value> {
        let Some(Payload::Instance(inst)) = o.payload() else {
            return Err(v);
        };
        let Some(Payload::Dict(d)) = inst.dict.payload() else {
            return Err(v);
        };
        let mut c = ic.get();
        {
            let cls = inst.class.get();
            let Payload::Type(t) = cls.payload() else {
                return Err(v);
            };
            let epoch = self.interp().type_epoch();
            if c.a == 0 || c.a != t.tag() || c.b != epoch {
                let stamp = self.stamp_if(t, |_, t| {
                    !t.has_flag(flags::HAS_SETATTR)
                        && !t.has_flag(flags::NO_DICT)
                        && !is_dunder(name)
                        && !matches!(
                            t.lookup_name(name).as_ref().and_then(|d| d.payload()),
                            Some(Payload::Descriptor(DescriptorObj::Property { .. }))
                                | Some(Payload::Instance(_))
                        )
                });
                let Some((a, b)) = stamp else {
                    return Err(v);
                };
                c = InlineCache { a, b, c: c.c };
                ic.set(c);
            }
        }
        let r = d.table.get_mut().replace_at_if_key(c.c, name, v);
        match r {
            Ok(old) => drop(old),
            Err(v) => {
                d.set_str(name.clone(), v);
                if let Some(i) = d.table.get().index_by_name(name) {
                    ic.set(InlineCache { c: i, ..c });
                }
            }
        }
        Ok(())
    }

    /// `LOAD_METHOD`: the unbound function `obj.name` would bind, for
    /// instances of Python classes (a plain function on the class, not
    /// shadowed by the instance dict) and for the common built-in
    /// containers (a native method of the type); `None`: use the general
    /// path.
    #[inline]
    pub(crate) fn load_method_cached(
        &self,
        o: &Value,
        name: &ObjRef,
        ic: &Cell<InlineCache>,
    ) -> Option<Value> {
        let types = self.types();
        let builtin = match o.payload()? {
            Payload::Instance(inst) => return self.load_method_instance(inst, name, ic),
            Payload::Str(_) => &types.str_,
            Payload::List(_) => &types.list,
            Payload::Dict(_) => &types.dict,
            Payload::Set(_) => &types.set,
            Payload::FrozenSet(_) => &types.frozenset,
            Payload::Tuple(_) => &types.tuple,
            Payload::Bytes(_) => &types.bytes,
            _ => return None,
        };
        let Payload::Type(t) = builtin.payload() else {
            return None;
        };
        let epoch = self.interp().type_epoch();
        let mut c = ic.get();
        if c.a == 0 || c.a != t.tag() || c.b != epoch || c.c == 0 {
            let tag = t.tag();
            if tag == 0 || t.has_flag(flags::HAS_GETATTRIBUTE) {
                return None;
            }
            let f = t.lookup_name(name)?;
            let Value::Obj(fo) = &f else {
                return None;
            };
            match fo.payload() {
                Payload::Native(n)
                    if n.bound.is_none() && n.owner.is_some() && n.name != "__new__" => {}
                _ => return None,
            }
            c = InlineCache {
                a: tag,
                b: epoch,
                c: fo.as_ptr() as usize,
            };
            ic.set(c);
        }
        // SAFETY: found on the type under the current type epoch and tag:
        // the type's namespace still holds it (see `load_method_instance`).
        Some(Value::Obj(unsafe {
            ObjRef::from_live_ptr(c.c as *const crate::object::Obj)
        }))
    }

    #[inline]
    fn load_method_instance(
        &self,
        inst: &crate::object::instance::InstanceObj,
        name: &ObjRef,
        ic: &Cell<InlineCache>,
    ) -> Option<Value> {
        let mut c = ic.get();
        {
            let cls = inst.class.get();
            let Payload::Type(t) = cls.payload() else {
                return None;
            };
            let epoch = self.interp().type_epoch();
            if c.a == 0 || c.a != t.tag() || c.b != epoch || c.c == 0 {
                let tag = t.tag();
                if tag == 0 || t.has_flag(flags::HAS_GETATTRIBUTE) {
                    return None;
                }
                let f = t.lookup_name(name)?;
                let Value::Obj(fo) = &f else {
                    return None;
                };
                if !matches!(fo.payload(), Payload::Function(_)) {
                    return None;
                }
                c = InlineCache {
                    a: tag,
                    b: epoch,
                    c: fo.as_ptr() as usize,
                };
                ic.set(c);
            }
        }
        if let Some(Payload::Dict(d)) = inst.dict.payload() {
            if d.table.get().index_by_name(name).is_some() {
                return None;
            }
        }
        // SAFETY: the function was found on the class under the current
        // type epoch and class tag: no class namespace changed since, so
        // the namespace that held it still does, keeping it alive.
        Some(Value::Obj(unsafe {
            ObjRef::from_live_ptr(c.c as *const crate::object::Obj)
        }))
    }
}

impl Vm {
    /// `LOAD_NAME names[arg]` when the frame's locals are a dict: the
    /// locals, or (module level: locals are the globals) the builtins.
    /// `None`: use the general path (which also raises `NameError`).
    #[inline]
    pub(crate) fn load_name_cached(
        &self,
        f: &Frame,
        code: &CodeObject,
        ic: &Cell<InlineCache>,
        arg: u32,
    ) -> Option<Value> {
        let l = f.locals.as_ref()?;
        let Payload::Dict(ld) = l.payload() else {
            return None;
        };
        let lt = ld.table.get();
        let c = ic.get();
        if c.a != 0 && c.a == lt.cur_version() {
            if c.b == 0 {
                if let Some(v) = lt.value_at(c.c) {
                    return Some(v.clone());
                }
            } else if l.ptr_eq(&f.globals) {
                if let Payload::Dict(b) = f.builtins.payload() {
                    let bt = b.table.get();
                    if bt.cur_version() == c.b {
                        if let Some(v) = bt.value_at(c.c) {
                            return Some(v.clone());
                        }
                    }
                }
            }
        }
        let name = code.names.get(arg as usize)?;
        let counter = &self.interp().dict_versions;
        if let Some(i) = lt.index_by_name(name) {
            ic.set(InlineCache {
                a: lt.version(counter),
                b: 0,
                c: i,
            });
            return lt.value_at(i).cloned();
        }
        if !l.ptr_eq(&f.globals) {
            return None;
        }
        let Payload::Dict(b) = f.builtins.payload() else {
            return None;
        };
        let bt = b.table.get();
        let i = bt.index_by_name(name)?;
        ic.set(InlineCache {
            a: lt.version(counter),
            b: bt.version(counter),
            c: i,
        });
        bt.value_at(i).cloned()
    }

    /// `STORE_NAME names[arg]` into a locals dict where the name already
    /// is (a value replacement: the layout version stays). Gives the value
    /// back when the cache does not apply.
    #[inline]
    pub(crate) fn store_name_cached(
        &self,
        f: &Frame,
        code: &CodeObject,
        ic: &Cell<InlineCache>,
        arg: u32,
        v: Value,
    ) -> Result<(), Value> {
        let Some(l) = f.locals.as_ref() else {
            return Err(v);
        };
        let (Payload::Dict(ld), Some(name)) = (l.payload(), code.names.get(arg as usize)) else {
            return Err(v);
        };
        let c = ic.get();
        if c.a == 0 || c.b != 0 || c.a != ld.table.get().cur_version() {
            return Err(v);
        }
        let r = ld.table.get_mut().replace_at_if_key(c.c, name, v);
        r.map(drop)
    }

    /// After a `STORE_NAME` by the general path: remembers where the name
    /// now is in the locals dict.
    pub(crate) fn store_name_fill(
        &self,
        f: &Frame,
        code: &CodeObject,
        ic: &Cell<InlineCache>,
        arg: u32,
    ) {
        let (Some(l), Some(name)) = (f.locals.as_ref(), code.names.get(arg as usize)) else {
            return;
        };
        let Payload::Dict(ld) = l.payload() else {
            return;
        };
        let lt = ld.table.get();
        if let Some(i) = lt.index_by_name(name) {
            ic.set(InlineCache {
                a: lt.version(&self.interp().dict_versions),
                b: 0,
                c: i,
            });
        }
    }
}
