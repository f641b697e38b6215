//! Type objects (classes), and the descriptor objects `property`,
//! `staticmethod`, `classmethod` and `super`.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cell::Cell;
use core::ptr::NonNull;

use super::function::{Args, NativeFn, NativeFnObj};
use super::instance::InstanceObj;
use super::{dict::DictObj, drain_value, DelQueue, ObjRef, Payload, PyCell, Value};
use crate::object::exception::{ExcKind, ExceptionObj};
use crate::vm::ops::{
    full_mro, identity_hash, is_subtype, lookup_type, lookup_type_owner, type_name_of, type_obj,
};
use crate::vm::{PyResult, Vm};

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
    /// Instances have no `__dict__`: only the names in `__slots__` (along
    /// the MRO) may be set.
    pub const NO_DICT: u32 = 32;
    /// `__abstractmethods__` was set to a non-empty collection (by
    /// `abc.ABCMeta`): `object.__new__` refuses to make instances.
    pub const IS_ABSTRACT: u32 = 64;
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
    /// The metaclass when it is not `type` (a subclass of `type`).
    pub meta: PyCell<Option<ObjRef>>,
    /// MRO lookups of interned names, valid while the interpreter's type
    /// epoch equals the stored one.
    pub(crate) cache: PyCell<AttrCache>,
    /// The interpreter's type epoch (see [`TypeObj::attach_epoch`]); `None`
    /// for helper types, whose lookups are not cached.
    epoch: Cell<Option<NonNull<Cell<usize>>>>,
    /// A number unique to this type within its interpreter (0: none, the
    /// type is not cached), for the eval loop's inline caches: unlike the
    /// address, a tag is never reused by a later type.
    tag: Cell<usize>,
}

/// A type's cache of MRO lookups keyed by interned-name address.
#[derive(Default)]
pub(crate) struct AttrCache {
    epoch: usize,
    items: Vec<(usize, Option<Value>)>,
}

impl TypeObj {
    /// A new type payload with an empty namespace (boxed, as
    /// `Payload::Type` holds it).
    pub fn new(
        name: &str,
        bases: Vec<ObjRef>,
        mro: Vec<ObjRef>,
        base_kind: BaseKind,
        flags: u32,
    ) -> Box<Self> {
        Box::new(TypeObj {
            name: PyCell::new(String::from(name)),
            qualname: PyCell::new(String::from(name)),
            bases: PyCell::new(bases),
            mro: PyCell::new(mro),
            dict: ObjRef::new(Payload::Dict(DictObj::new())),
            base_kind,
            flags: Cell::new(flags),
            del_queue: Cell::new(None),
            meta: PyCell::new(None),
            cache: PyCell::new(AttrCache::default()),
            epoch: Cell::new(None),
            tag: Cell::new(0),
        })
    }

    /// Enables the attribute cache: `epoch` is the interpreter's type epoch
    /// (`Interp::type_epoch_ptr`), bumped by every mutation of a watched
    /// namespace; this type's namespace becomes one of them. Per interpreter,
    /// so interpreters stay isolated (no global state).
    pub fn attach_epoch(&self, epoch: NonNull<Cell<usize>>) {
        self.epoch.set(Some(epoch));
        self.dict().table.get_mut().watch(epoch);
        // The tag is the epoch value after a bump: unique, as the epoch
        // only grows.
        // SAFETY: the epoch lives in the interpreter, which outlives its
        // types; the GIL serialises the update.
        let e = unsafe { epoch.as_ref() };
        let t = e.get().wrapping_add(1);
        e.set(t);
        self.tag.set(t);
    }

    /// The inline-cache tag (0: not cacheable).
    #[inline(always)]
    pub fn tag(&self) -> usize {
        self.tag.get()
    }

    /// The namespace dict payload.
    pub fn dict(&self) -> &DictObj {
        match self.dict.payload() {
            Payload::Dict(d) => d,
            _ => unreachable_dict(),
        }
    }

    /// Looks an interned name (a `str` object, hash cached) up along the
    /// MRO (self first). Runs no Python code.
    pub fn lookup_name(&self, name: &ObjRef) -> Option<Value> {
        // Interned names are immortal, so their address identifies them for
        // the whole run; other names are looked up uncached.
        if !name.is_immortal() {
            return self.lookup_name_uncached(name);
        }
        let Some(ep) = self.epoch.get() else {
            return self.lookup_name_uncached(name);
        };
        let key = name.as_ptr() as usize;
        // SAFETY: the epoch lives in the interpreter, which outlives its types.
        let epoch = unsafe { ep.as_ref() }.get();
        {
            let c = self.cache.get();
            if c.epoch == epoch {
                if let Some((_, v)) = c.items.iter().find(|(k, _)| *k == key) {
                    return v.clone();
                }
            }
        }
        let v = self.lookup_name_uncached(name);
        let old = {
            let mut c = self.cache.get_mut();
            let old = if c.epoch != epoch {
                c.epoch = epoch;
                core::mem::take(&mut c.items)
            } else {
                Vec::new()
            };
            if c.items.len() < 32 {
                c.items.push((key, v.clone()));
            }
            old
        };
        // Released outside the borrow (freeing may run arbitrary drops).
        drop(old);
        v
    }

    /// Empties the attribute cache, returning its values (drop them
    /// outside any borrow).
    pub(crate) fn take_cache(&self) -> Vec<(usize, Option<Value>)> {
        core::mem::take(&mut self.cache.get_mut().items)
    }

    fn lookup_name_uncached(&self, name: &ObjRef) -> Option<Value> {
        if let Some(v) = self.dict().get_by_name(name) {
            return Some(v);
        }
        for t in self.mro.get().iter() {
            if let Payload::Type(t) = t.payload() {
                if let Some(v) = t.dict().get_by_name(name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Looks a name up along the MRO (self first). Runs no Python code.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let hash = super::str::hash_str(name);
        if let Some(v) = self.dict().get_str_hashed(name, hash) {
            return Some(v);
        }
        for t in self.mro.get().iter() {
            if let Payload::Type(t) = t.payload() {
                if let Some(v) = t.dict().get_str_hashed(name, hash) {
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

    /// Visits the bases, MRO, namespace, metaclass and cached lookups (for
    /// the cycle collector).
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        for list in [&self.bases, &self.mro] {
            if let Some(l) = list.try_get() {
                l.iter().for_each(&mut *f);
            }
        }
        f(&self.dict);
        if let Some(Some(m)) = self.meta.try_get().as_deref() {
            f(m);
        }
        if let Some(c) = self.cache.try_get() {
            for v in c.items.iter().filter_map(|(_, v)| v.as_ref()) {
                if let Value::Obj(o) = v {
                    f(o);
                }
            }
        }
    }

    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        for (_, v) in self.cache.get_mut().items.drain(..) {
            if let Some(v) = v {
                sink(v);
            }
        }
    }
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
    /// Visits the objects it refers to (for the cycle collector).
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        let vs: [&Value; 4] = match self {
            DescriptorObj::Property {
                fget,
                fset,
                fdel,
                doc,
            } => [fget, fset, fdel, doc],
            DescriptorObj::StaticMethod(v) | DescriptorObj::ClassMethod(v) => [v; 4],
            DescriptorObj::Super { ty, obj } => [ty, obj, obj, obj],
        };
        let n = match self {
            DescriptorObj::Property { .. } => 4,
            DescriptorObj::StaticMethod(_) | DescriptorObj::ClassMethod(_) => 1,
            DescriptorObj::Super { .. } => 2,
        };
        for v in &vs[..n] {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
    }

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

fn is_none(v: &Value) -> bool {
    matches!(v, Value::None)
}

/// A native function value owned by a type (bound as a method on access).
pub fn method_value(owner: &'static str, name: &'static str, f: NativeFn) -> Value {
    Value::from_payload(Payload::Native(NativeFnObj {
        name,
        f,
        bound: None,
        owner: Some(owner),
    }))
}

/// `repr(cls)`: `<class 'module.Qualname'>` (no module for built-ins).
pub fn type_repr(_vm: &Vm, ty: &ObjRef) -> String {
    let Some(t) = type_obj(ty) else {
        return String::from("<class '?'>");
    };
    let qn = t.qualname.get().clone();
    match t.dict().get_str("__module__") {
        Some(m) => match m.as_str() {
            Some("builtins") | None => format!("<class '{qn}'>"),
            Some(ms) => format!("<class '{ms}.{qn}'>"),
        },
        None => format!("<class '{qn}'>"),
    }
}

/// The module-qualified name of a class (`__main__.A`, or `int` for built-ins).
pub fn type_qualified_name(ty: &ObjRef) -> String {
    let Some(t) = type_obj(ty) else {
        return String::from("?");
    };
    let qn = t.qualname.get().clone();
    match t
        .dict()
        .get_str("__module__")
        .as_ref()
        .and_then(|m| m.as_str().map(String::from))
    {
        Some(ms) if ms != "builtins" => format!("{ms}.{qn}"),
        _ => qn,
    }
}

/// `object.__repr__`: `<__main__.A object at 0x...>`.
pub fn object_repr_string(vm: &Vm, v: &Value) -> String {
    let ty = vm.type_of(v);
    let addr = match v {
        Value::Obj(o) => o.as_ptr() as usize,
        _ => 0,
    };
    format!("<{} object at {:#x}>", type_qualified_name(&ty), addr)
}

/// The name of a property, for messages: the name it is bound to in the
/// class `ty` (or its bases), as CPython's `__set_name__` records it.
pub fn property_name(_vm: &Vm, d: &Value, ty: &ObjRef) -> Option<String> {
    let Value::Obj(dobj) = d else { return None };
    for c in full_mro(ty) {
        let Some(ct) = type_obj(&c) else { continue };
        for (k, v) in ct.dict().items() {
            if matches!(&v, Value::Obj(o) if o.ptr_eq(dobj)) {
                return k.as_str().map(String::from);
            }
        }
    }
    None
}

/// `cls.__base__`: the first base (None for `object`).
pub fn solid_base(_vm: &Vm, ty: &ObjRef) -> Option<ObjRef> {
    type_obj(ty).and_then(|t| t.bases.get().first().cloned())
}

/// The built-in type whose layout instances of `ty` use.
fn layout_base(vm: &Vm, ty: &ObjRef) -> ObjRef {
    for c in full_mro(ty) {
        if let Some(t) = type_obj(&c) {
            if t.has_flag(flags::BUILTIN) {
                if t.base_kind == BaseKind::Exception {
                    return vm.interp().exc_type(ExcKind::BaseException).clone();
                }
                return c;
            }
        }
    }
    vm.types().object.clone()
}

/// C3 linearisation of the bases (the MRO without the new class itself).
fn c3_merge(vm: &Vm, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(full_mro).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.ptr_eq(head))) {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let mut names: Vec<String> = Vec::new();
            let mut seen: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !seen.iter().any(|x| x.ptr_eq(&s[0])) {
                    seen.push(s[0].clone());
                    names.push(type_name_of(&s[0]));
                }
            }
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].ptr_eq(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

fn compute_flags(t: &TypeObj, mro: &[ObjRef]) -> (u32, bool) {
    let mut f = flags::BASETYPE;
    let mut has_del = false;
    let mut scan = |d: &DictObj| {
        if d.get_str("__getattribute__").is_some() {
            f |= flags::HAS_GETATTRIBUTE;
        }
        if d.get_str("__getattr__").is_some() {
            f |= flags::HAS_GETATTR;
        }
        if d.get_str("__setattr__").is_some() || d.get_str("__delattr__").is_some() {
            f |= flags::HAS_SETATTR;
        }
        if d.get_str("__del__").is_some() {
            has_del = true;
        }
    };
    scan(t.dict());
    for b in mro {
        if let Some(bt) = type_obj(b) {
            if !bt.has_flag(flags::BUILTIN) {
                scan(bt.dict());
            }
        }
    }
    (f, has_del)
}

/// The most derived of `meta` and the metaclasses of `bases`
/// (`TypeError: metaclass conflict` when they are unrelated).
pub fn calculate_meta(vm: &Vm, meta: ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner = meta;
    for b in bases {
        let bm = vm.type_of(&Value::Obj(b.clone()));
        if is_subtype(&winner, &bm) {
            continue;
        }
        if is_subtype(&bm, &winner) {
            winner = bm;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// Creates a class: the compiler's `__build_class__` calls this after
/// running the class body into `ns` (a dict). A metaclass other than
/// `type` (given as `metaclass=` or inherited from a base) is called as
/// `meta(name, bases, ns, **kwargs)`.
pub fn new_class(
    vm: &mut Vm,
    name: &str,
    bases: Vec<ObjRef>,
    ns: ObjRef,
    kwargs: &[(ObjRef, Value)],
) -> PyResult<Value> {
    let mut meta = vm.types().type_.clone();
    let mut rest: Vec<(ObjRef, Value)> = Vec::new();
    for (k, v) in kwargs {
        if k.payload_str() == Some("metaclass") {
            match v {
                Value::Obj(m) if matches!(m.payload(), Payload::Type(_)) => meta = m.clone(),
                _ => {
                    // A metaclass function: call it instead.
                    let bt: Vec<Value> = bases.iter().cloned().map(Value::Obj).collect();
                    let bt = vm.new_tuple(bt);
                    let nm = vm.new_str(name);
                    let rk: Vec<(ObjRef, Value)> = kwargs
                        .iter()
                        .filter(|(k, _)| k.payload_str() != Some("metaclass"))
                        .cloned()
                        .collect();
                    return vm.call(v, Args::with_kw(&[nm, bt, Value::Obj(ns)], &rk));
                }
            }
            continue;
        }
        rest.push((k.clone(), v.clone()));
    }
    let meta = calculate_meta(vm, meta, &bases)?;
    if !meta.ptr_eq(&vm.types().type_) {
        let bt: Vec<Value> = bases.iter().cloned().map(Value::Obj).collect();
        let bt = vm.new_tuple(bt);
        let nm = vm.new_str(name);
        return type_call(vm, &meta, Args::with_kw(&[nm, bt, Value::Obj(ns)], &rest));
    }
    create_class(vm, None, name, bases, ns, &rest)
}

/// `__build_class__`'s namespace: `meta.__prepare__(name, bases, **kw)`
/// for a metaclass given by `metaclass=` or derived from the bases, or a
/// fresh dict.
pub fn prepare_namespace(
    vm: &mut Vm,
    name: &str,
    bases: &[ObjRef],
    kwargs: &[(ObjRef, Value)],
) -> PyResult<ObjRef> {
    let mut meta = vm.types().type_.clone();
    let mut rest: Vec<(ObjRef, Value)> = Vec::new();
    for (k, v) in kwargs {
        if k.payload_str() == Some("metaclass") {
            match v {
                Value::Obj(m) if matches!(m.payload(), Payload::Type(_)) => meta = m.clone(),
                _ => return Ok(ObjRef::new(Payload::Dict(DictObj::new()))),
            }
            continue;
        }
        rest.push((k.clone(), v.clone()));
    }
    let meta = calculate_meta(vm, meta, bases)?;
    let prep = match lookup_type_owner(&meta, "__prepare__") {
        Some((p, owner)) if !owner.ptr_eq(&vm.types().type_) => p,
        _ => return Ok(ObjRef::new(Payload::Dict(DictObj::new()))),
    };
    let bound = vm.descr_get(prep, None, &meta)?;
    let bt: Vec<Value> = bases.iter().cloned().map(Value::Obj).collect();
    let bt = vm.new_tuple(bt);
    let nm = vm.new_str(name);
    let ns = vm.call(&bound, Args::with_kw(&[nm, bt], &rest))?;
    let mapping = matches!(ns.payload(), Some(Payload::Dict(_)))
        || vm.lookup_special(&ns, "__getitem__").is_some();
    match ns {
        Value::Obj(o) if mapping => Ok(o),
        other => Err(vm.type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            type_name_of(&meta),
            vm.type_name(&other)
        ))),
    }
}

/// Creates a class object with metaclass `meta` (None: `type`).
pub fn create_class(
    vm: &mut Vm,
    meta: Option<ObjRef>,
    name: &str,
    bases: Vec<ObjRef>,
    ns: ObjRef,
    kwargs: &[(ObjRef, Value)],
) -> PyResult<Value> {
    let mut sub_kwargs: Vec<(ObjRef, Value)> = Vec::new();
    for (k, v) in kwargs {
        if k.payload_str() == Some("metaclass") {
            let is_type = matches!(v, Value::Obj(o) if o.ptr_eq(&vm.types().type_));
            if !is_type && !matches!(v.payload(), Some(Payload::Type(_))) {
                // A metaclass function: call it instead.
                let bt: Vec<Value> = bases.iter().cloned().map(Value::Obj).collect();
                let bt = vm.new_tuple(bt);
                let nm = vm.new_str(name);
                return vm.call(v, Args::new(&[nm, bt, Value::Obj(ns)]));
            }
            continue;
        }
        sub_kwargs.push((k.clone(), v.clone()));
    }
    let bases = if bases.is_empty() {
        vec![vm.types().object.clone()]
    } else {
        bases
    };
    for (i, b) in bases.iter().enumerate() {
        let Some(bt) = type_obj(b) else {
            return Err(vm.type_error("bases must be types"));
        };
        if !bt.has_flag(flags::BASETYPE) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name.get()
            )));
        }
        if bases[..i].iter().any(|x| x.ptr_eq(b)) {
            return Err(vm.type_error(format!("duplicate base class {}", bt.name.get())));
        }
    }
    // Layout: the most derived built-in base must be unique.
    let mut layout: Option<ObjRef> = None;
    for b in &bases {
        let lb = layout_base(vm, b);
        layout = match layout {
            None => Some(lb),
            Some(l) => {
                if is_subtype(&lb, &l) {
                    Some(lb)
                } else if is_subtype(&l, &lb) {
                    Some(l)
                } else {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                }
            }
        };
    }
    let kind = layout
        .as_ref()
        .and_then(|l| type_obj(l).map(|t| t.base_kind))
        .unwrap_or(BaseKind::Object);
    let kind = if layout
        .as_ref()
        .is_some_and(|l| l.ptr_eq(&vm.types().object))
    {
        BaseKind::Object
    } else {
        kind
    };
    let mro = c3_merge(vm, &bases)?;
    let t = TypeObj::new(name, bases, mro.clone(), kind, flags::BASETYPE);
    t.attach_epoch(vm.interp().type_epoch_ptr());
    let Payload::Dict(nsd) = ns.payload() else {
        return Err(vm.type_error("class namespace must be a dict"));
    };
    let items = nsd.items();
    let d = t.dict();
    for (k, v) in items {
        let Some(ks) = k.as_str() else {
            d.set(vm, k, v)?;
            continue;
        };
        let v = match ks {
            "__qualname__" => {
                match v.as_str() {
                    Some(q) => *t.qualname.get_mut() = String::from(q),
                    None => {
                        return Err(vm.type_error(format!(
                            "type __qualname__ must be a str, not {}",
                            vm.type_name(&v)
                        )))
                    }
                }
                continue;
            }
            "__new__" if matches!(v.payload(), Some(Payload::Function(_))) => {
                Value::from_payload(Payload::Descriptor(DescriptorObj::StaticMethod(v)))
            }
            "__init_subclass__" | "__class_getitem__"
                if matches!(v.payload(), Some(Payload::Function(_))) =>
            {
                Value::from_payload(Payload::Descriptor(DescriptorObj::ClassMethod(v)))
            }
            _ => v,
        };
        if let Value::Obj(ko) = &k {
            d.set_str(ko.clone(), v);
        }
    }
    let body_doc = d.get_str("__doc__").is_some();
    if !body_doc {
        d.set_str(vm.intern("__doc__"), Value::None);
    }
    // The first base (in MRO order) defining `__new__`: a user class's
    // `__new__` must stay visible to subclasses, not be hidden by the
    // built-in layout's constructor.
    let inherited_user_new = mro.iter().find_map(|b| {
        let bt = type_obj(b)?;
        bt.dict()
            .get_str("__new__")
            .map(|_| !bt.has_flag(flags::BUILTIN))
    });
    if kind == BaseKind::Builtin
        && d.get_str("__new__").is_none()
        && inherited_user_new != Some(true)
        && layout
            .as_ref()
            .is_some_and(|l| !l.ptr_eq(&vm.types().type_))
    {
        d.set_str(vm.intern("__new__"), subclass_new_value());
    }
    if d.get_str("__eq__").is_some() && d.get_str("__hash__").is_none() {
        d.set_str(vm.intern("__hash__"), Value::None);
    }
    let (mut fl, has_del) = compute_flags(&t, &mro);
    if let Some(slots) = d.get_str("__slots__") {
        let names = match slots.payload() {
            Some(Payload::Str(_)) => vec![slots.clone()],
            _ => vm.collect(&slots)?,
        };
        let mut with_dict = false;
        for n in &names {
            match n.as_str() {
                Some("__dict__") => with_dict = true,
                Some(s) if is_identifier(s) => {
                    // A slot may not shadow a name the class body set.
                    let own = crate::compile::symtable::mangle(Some(t.name.get().as_str()), s);
                    let set = own != "__doc__" || body_doc;
                    if set && s != "__weakref__" && d.get_str(&own).is_some() {
                        return Err(vm.new_exc(
                            ExcKind::ValueError,
                            format!("'{own}' in __slots__ conflicts with class variable"),
                        ));
                    }
                }
                Some(_) => return Err(vm.type_error("__slots__ must be identifiers")),
                None => {
                    return Err(vm.type_error(format!(
                        "__slots__ items must be strings, not '{}'",
                        vm.type_name(n)
                    )))
                }
            }
        }
        let bases_slotted = t.bases.get().iter().all(|b| {
            type_obj(b).is_some_and(|bt| bt.has_flag(flags::BUILTIN) || bt.has_flag(flags::NO_DICT))
        });
        if !with_dict && bases_slotted {
            fl |= flags::NO_DICT;
        }
        if !matches!(slots.payload(), Some(Payload::Str(_))) {
            let tuple = vm.new_tuple(names);
            d.set_str(vm.intern("__slots__"), tuple);
        }
    }
    t.flags.set(fl);
    if has_del {
        t.del_queue.set(Some(vm.interp().del_queue_ptr()));
    }
    *t.meta.get_mut() = meta.filter(|m| !m.ptr_eq(&vm.types().type_));
    let cls = ObjRef::new(Payload::Type(t));
    let clsv = Value::Obj(cls.clone());
    // __set_name__ on descriptors in the namespace.
    let entries = match cls.payload() {
        Payload::Type(t) => t.dict().items(),
        _ => Vec::new(),
    };
    for (k, v) in entries {
        if let Some(Payload::Instance(_)) = v.payload() {
            if let Some(sn) = vm.lookup_special(&v, "__set_name__") {
                if let Err(e) = vm.call_unbound(&sn, &v, &[clsv.clone(), k.clone()]) {
                    // 3.11 wraps the error, chained as the cause.
                    let msg = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        vm.type_name(&v),
                        vm.repr(&k)?,
                        name
                    );
                    let wrapped = vm.new_exc(ExcKind::RuntimeError, msg);
                    if let Payload::Exception(x) = wrapped.0.payload() {
                        x.context.replace(e.value());
                        x.cause.replace(e.value());
                        x.suppress_context.set(true);
                    }
                    return Err(wrapped);
                }
            }
        }
    }
    // super(cls, cls).__init_subclass__(**kwargs)
    let mut found = None;
    for b in &mro {
        if let Some(bt) = type_obj(b) {
            if let Some(f) = bt.dict().get_str("__init_subclass__") {
                found = Some((f, b.clone()));
                break;
            }
        }
    }
    if let Some((f, _)) = found {
        match f.payload() {
            Some(Payload::Descriptor(DescriptorObj::ClassMethod(inner))) => {
                let inner = inner.clone();
                vm.call(
                    &inner,
                    Args::with_kw(core::slice::from_ref(&clsv), &sub_kwargs),
                )?;
            }
            _ => {
                let bound = vm.descr_get(f, None, &cls)?;
                vm.call(&bound, Args::with_kw(&[], &sub_kwargs))?;
            }
        }
    }
    Ok(clsv)
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// Whether slot `slot` of class `cls` stores attribute `name` (private
/// slot names are mangled, as CPython's `type.__new__` does).
fn slot_name_is(cls: &str, slot: &str, name: &str) -> bool {
    slot == name || crate::compile::symtable::mangle(Some(cls), slot) == name
}

/// May an instance of `ty` (a class with `__slots__` and no `__dict__`)
/// have an attribute `name`?
pub fn slot_allowed(ty: &ObjRef, name: &str) -> bool {
    for c in full_mro(ty) {
        let Some(t) = type_obj(&c) else { continue };
        if t.has_flag(flags::BUILTIN) {
            continue;
        }
        match t
            .dict()
            .get_str("__slots__")
            .as_ref()
            .and_then(|s| s.payload())
        {
            Some(Payload::Tuple(items))
                if items.items().iter().any(|i| {
                    i.as_str()
                        .is_some_and(|sl| slot_name_is(t.name.get().as_str(), sl, name))
                }) =>
            {
                return true;
            }
            Some(Payload::Str(s)) if slot_name_is(t.name.get().as_str(), s.as_str(), name) => {
                return true
            }
            _ => {}
        }
    }
    false
}

/// Creates a bare instance of `cls` with the layout its bases require.
pub fn alloc_instance(vm: &Vm, cls: &ObjRef, args: Value) -> PyResult<Value> {
    let Some(t) = type_obj(cls) else {
        return Err(vm.type_error("not a type"));
    };
    match t.base_kind {
        BaseKind::Object => {
            if cls.ptr_eq(&vm.types().object) {
                return Ok(Value::from_payload(Payload::Object));
            }
            // The namespace is left to the collector to find through its
            // instance (one tracked object per instance, not two).
            let v = Value::from_payload(Payload::Instance(InstanceObj::new(
                cls.clone(),
                Value::from_payload(Payload::Dict(DictObj::new())),
            )));
            vm.gc_track(&v);
            Ok(v)
        }
        BaseKind::Exception => {
            let v = Value::from_payload(Payload::Exception(ExceptionObj::new(cls.clone(), args)));
            vm.gc_track(&v);
            Ok(v)
        }
        BaseKind::Builtin => {
            let n = type_name_of(cls);
            let lb = layout_base(vm, cls);
            Err(vm.type_error(format!(
                "object.__new__({n}) is not safe, use {}.__new__()",
                type_name_of(&lb)
            )))
        }
    }
}

/// `__new__` of a subclass of a built-in type: the built-in `__new__`
/// makes the value, which is wrapped in an instance of the subclass.
fn subclass_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.pos.first() else {
        return Err(vm.type_error("__new__(): not enough arguments"));
    };
    let cls = cls.clone();
    let lb = layout_base(vm, &cls);
    let Some(f) = lookup_type(&lb, "__new__") else {
        return Err(vm.type_error(format!("cannot create '{}' instances", type_name_of(&cls))));
    };
    let f = new_callable(f);
    let mut pos = args.pos.to_vec();
    pos[0] = Value::Obj(lb.clone());
    let r = vm.call(&f, Args::with_kw(&pos, args.kw))?;
    Ok(wrap_builtin(vm, &cls, &lb, r))
}

/// Wraps a built-in value `r` of type `lb` as an instance of its subclass `cls`.
pub fn wrap_builtin(vm: &Vm, cls: &ObjRef, lb: &ObjRef, r: Value) -> Value {
    if cls.ptr_eq(lb) || !vm.type_of(&r).ptr_eq(lb) {
        return r;
    }
    let mut inst = InstanceObj::new(cls.clone(), vm.new_dict());
    inst.base = r;
    let v = Value::from_payload(Payload::Instance(inst));
    vm.gc_track(&v);
    v
}

/// The static `__new__` given to subclasses of built-in types.
pub fn subclass_new_value() -> Value {
    let f = Value::from_payload(Payload::Native(NativeFnObj {
        name: "__new__",
        f: subclass_new,
        bound: None,
        owner: None,
    }));
    Value::from_payload(Payload::Descriptor(DescriptorObj::StaticMethod(f)))
}

/// Unwraps `__new__` found on a type into something callable with `cls` first.
fn new_callable(v: Value) -> Value {
    match v.payload() {
        Some(Payload::Descriptor(DescriptorObj::StaticMethod(f))) => f.clone(),
        _ => v,
    }
}

/// `ty(*args, **kwargs)`: calls `__new__` then `__init__` (or the built-in
/// constructor).
pub fn type_call(vm: &mut Vm, ty: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    if let Some(meta) = type_obj(ty).and_then(|t| t.meta.get().clone()) {
        if let Some((f, owner)) = lookup_type_owner(&meta, "__call__") {
            if !owner.ptr_eq(&vm.types().type_) {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(Value::Obj(ty.clone()));
                pos.extend_from_slice(args.pos);
                return vm.call_unbound_kw(&f, &pos, args.kw);
            }
        }
    }
    type_call_inner(vm, ty, args)
}

/// `type.__call__(ty, *args, **kwargs)` without the metaclass `__call__` hook.
fn type_call_inner(vm: &mut Vm, ty: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    if ty.ptr_eq(&vm.types().type_) {
        if args.pos.len() == 1 && args.kw.is_empty() {
            return Ok(Value::Obj(vm.type_of(&args.pos[0])));
        }
        if args.pos.len() == 3 {
            return type_new3(vm, None, &args.pos[0], &args.pos[1], &args.pos[2], args.kw);
        }
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Some(newf) = lookup_type(ty, "__new__") else {
        return Err(vm.type_error(format!("cannot create '{}' instances", type_name_of(ty))));
    };
    let newf = new_callable(newf);
    let mut pos = Vec::with_capacity(args.pos.len() + 1);
    pos.push(Value::Obj(ty.clone()));
    pos.extend_from_slice(args.pos);
    let obj = vm.call(&newf, Args::with_kw(&pos, args.kw))?;
    if !vm.isinstance(&obj, ty) {
        return Ok(obj);
    }
    if let Some((init, owner)) = lookup_type_owner(ty, "__init__") {
        if !owner.ptr_eq(&vm.types().object) {
            pos[0] = obj.clone();
            let r = vm.call_unbound_kw(&init, &pos, args.kw)?;
            if !is_none(&r) {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(&r)
                )));
            }
        }
    }
    Ok(obj)
}

fn type_new3(
    vm: &mut Vm,
    mcs: Option<&ObjRef>,
    name: &Value,
    bases: &Value,
    dict: &Value,
    kw: &[(ObjRef, Value)],
) -> PyResult<Value> {
    let Some(n) = name.as_str().map(String::from) else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(name)
        )));
    };
    let Some(Payload::Tuple(bt)) = bases.payload() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(bases)
        )));
    };
    let mut bs = Vec::new();
    for b in bt.items() {
        match b {
            Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => bs.push(o.clone()),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    // A `__prepare__` mapping that subclasses dict: its dict storage.
    let dict = match dict.payload() {
        Some(Payload::Instance(i)) if matches!(i.base.payload(), Some(Payload::Dict(_))) => &i.base,
        _ => dict,
    };
    let Some(Payload::Dict(src)) = dict.payload() else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(dict)
        )));
    };
    // Copy so that the caller's dict is not aliased by the class.
    let ns = ObjRef::new(Payload::Dict(DictObj::new()));
    if let Payload::Dict(nd) = ns.payload() {
        for (k, v) in src.items() {
            nd.set(vm, k, v)?;
        }
        if nd.get_str("__module__").is_none() {
            nd.set_str(vm.intern("__module__"), vm.new_str("__main__"));
        }
    }
    let meta = calculate_meta(
        vm,
        mcs.cloned().unwrap_or_else(|| vm.types().type_.clone()),
        &bs,
    )?;
    create_class(vm, Some(meta), &n, bs, ns, kw)
}

/// `setattr(cls, name, value)` / `delattr` on a type object.
pub fn type_setattr(vm: &mut Vm, v: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let Some(tyo) = v.as_obj() else { return Ok(()) };
    let Some(t) = type_obj(tyo) else {
        return Ok(());
    };
    let n = name.payload_str().unwrap_or("");
    if t.has_flag(flags::BUILTIN) {
        return Err(vm.type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            t.name.get()
        )));
    }
    match (n, &value) {
        ("__name__" | "__qualname__", Some(x)) => {
            let Some(s) = x.as_str() else {
                return Err(vm.type_error(format!(
                    "can only assign string to {}.{n}, not '{}'",
                    t.name.get(),
                    vm.type_name(x)
                )));
            };
            if n == "__name__" {
                *t.name.get_mut() = String::from(s);
            } else {
                *t.qualname.get_mut() = String::from(s);
            }
            return Ok(());
        }
        ("__name__" | "__qualname__" | "__bases__" | "__mro__" | "__dict__", _) => {
            return Err(vm.type_error(format!(
                "cannot delete '{n}' attribute of type '{}'",
                t.name.get()
            )));
        }
        _ => {}
    }
    if n == "__abstractmethods__" {
        // As CPython's setter: the flag follows the value's truth.
        let abstract_ = match &value {
            Some(x) => vm.truthy(x)?,
            None => false,
        };
        let fl = t.flags.get() & !flags::IS_ABSTRACT;
        t.flags.set(if abstract_ {
            fl | flags::IS_ABSTRACT
        } else {
            fl
        });
    }
    match value {
        Some(x) => {
            t.dict().set_str(name.clone(), x);
        }
        None => {
            let old = t.dict().table.get_mut().remove_str(n);
            match old {
                Some(o) => drop(o),
                None => return Err(vm.no_attribute(v, name)),
            }
        }
    }
    if matches!(
        n,
        "__getattribute__" | "__getattr__" | "__setattr__" | "__delattr__" | "__del__"
    ) {
        let mro = t.mro.get().clone();
        let (fl, has_del) = compute_flags(t, &mro);
        let kept = t.flags.get() & (flags::NO_DICT | flags::IS_ABSTRACT);
        t.flags.set(fl | kept);
        if has_del {
            t.del_queue.set(Some(vm.interp().del_queue_ptr()));
        }
    }
    Ok(())
}

// ----- object -----

fn excess_args(args: &Args<'_>) -> bool {
    args.pos.len() > 1 || !args.kw.is_empty()
}

fn overridden(vm: &Vm, ty: &ObjRef, name: &str) -> bool {
    lookup_type_owner(ty, name).is_some_and(|(_, o)| !o.ptr_eq(&vm.types().object))
}

fn object_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(cls)) => cls,
        Some(other) => {
            return Err(vm.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )))
        }
        None => return Err(vm.type_error("object.__new__(): not enough arguments")),
    };
    let Some(t) = type_obj(cls) else {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(&args.pos[0])
        )));
    };
    if excess_args(&args) {
        if overridden(vm, cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overridden(vm, cls, "__init__") {
            return Err(vm.type_error(format!("{}() takes no arguments", t.name.get())));
        }
    }
    if t.has_flag(flags::IS_ABSTRACT) {
        return Err(abstract_error(vm, t));
    }
    let cargs = vm.new_tuple(args.pos[1..].to_vec());
    alloc_instance(vm, cls, cargs)
}

/// CPython's error for instantiating a class whose `__abstractmethods__`
/// is not empty: the names sorted, comma-separated.
#[cold]
fn abstract_error(vm: &mut Vm, t: &TypeObj) -> crate::vm::PyErr {
    let names = match t.dict().get_str("__abstractmethods__") {
        Some(v) => match vm.collect(&v) {
            Ok(items) => items,
            Err(e) => return e,
        },
        None => Vec::new(),
    };
    let mut names: Vec<String> = names
        .iter()
        .filter_map(|v| v.as_str().map(String::from))
        .collect();
    names.sort();
    vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        t.name.get(),
        if names.len() > 1 { "s" } else { "" },
        names.join(", ")
    ))
}

fn object_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(s) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if excess_args(&args) {
        let ty = vm.type_of(s);
        if overridden(vm, &ty, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overridden(vm, &ty, "__new__") {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                type_name_of(&ty)
            )));
        }
    }
    Ok(Value::None)
}

fn self_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.pos.first().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        ))
    })
}

fn object_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_arg(vm, &args, "__repr__")?;
    if let Some(Payload::Type(_)) = s.payload() {
        if let Some(o) = s.as_obj() {
            return Ok(vm.new_str(type_repr(vm, o)));
        }
    }
    let r = object_repr_string(vm, s);
    Ok(vm.new_str(r))
}

fn object_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_arg(vm, &args, "__str__")?.clone();
    let r = vm.repr(&s)?;
    Ok(vm.new_str(r))
}

fn object_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::object::int::check_args(vm, &args, "__eq__", 1, 1)?;
    if args.pos[0].is(&args.pos[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(vm.not_implemented())
}

fn object_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::object::int::check_args(vm, &args, "__ne__", 1, 1)?;
    let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
    match vm.call_special(&a, "__eq__", &[b])? {
        Some(r) if !vm.is_not_implemented(&r) => Ok(Value::Bool(!vm.truthy(&r)?)),
        _ => Ok(vm.not_implemented()),
    }
}

/// `object.__lt__` and friends: always `NotImplemented` (the operator then
/// tries the reflected method and finally raises `TypeError`).
fn object_order(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::object::int::check_args(vm, &args, "__lt__", 1, 1)?;
    Ok(vm.not_implemented())
}

fn object_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_arg(vm, &args, "__hash__")?;
    Ok(Value::Int(identity_hash(s)))
}

fn name_arg(vm: &Vm, args: &Args<'_>, i: usize) -> PyResult<ObjRef> {
    match args.pos.get(i) {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Str(_)) => Ok(o.clone()),
        Some(v) => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error("expected more arguments")),
    }
}

fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_arg(vm, &args, "__getattribute__")?.clone();
    let n = name_arg(vm, &args, 1)?;
    let ty = vm.type_of(&s);
    match vm.generic_getattr(&s, &n, &ty)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&s, &n)),
    }
}

fn object_setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_arg(vm, &args, "__setattr__")?.clone();
    let n = name_arg(vm, &args, 1)?;
    let v = args
        .pos
        .get(2)
        .cloned()
        .ok_or_else(|| vm.type_error("expected 2 arguments, got 1"))?;
    if let Some(Payload::Type(_)) = s.payload() {
        type_setattr(vm, &s, &n, Some(v))?;
    } else {
        vm.generic_setattr(&s, &n, Some(v))?;
    }
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_arg(vm, &args, "__delattr__")?.clone();
    let n = name_arg(vm, &args, 1)?;
    if let Some(Payload::Type(_)) = s.payload() {
        type_setattr(vm, &s, &n, None)?;
    } else {
        vm.generic_setattr(&s, &n, None)?;
    }
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::object::int::check_args(vm, &args, "__format__", 1, 1)?;
    let s = args.pos[0].clone();
    let Some(spec) = args.pos[1].as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        )));
    };
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&s)
        )));
    }
    vm.str_value(&s)
}

fn object_init_subclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        let n = args
            .pos
            .first()
            .and_then(|c| c.as_obj().map(type_name_of))
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{n}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_subclasshook(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn object_dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = self_arg(vm, &args, "__dir__")?.clone();
    let mut names: Vec<Value> = Vec::new();
    let push = |names: &mut Vec<Value>, k: Value| {
        if !names.iter().any(|n| n.as_str() == k.as_str()) {
            names.push(k);
        }
    };
    let dict = match s.payload() {
        Some(Payload::Instance(i)) => Some(i.dict.clone()),
        Some(Payload::Module(m)) => Some(Value::Obj(m.dict.clone())),
        Some(Payload::Exception(e)) => Some(e.dict.get().clone()),
        Some(Payload::Function(f)) => Some(f.dict.get().clone()),
        _ => None,
    };
    if let Some(Some(Payload::Dict(d))) = dict.as_ref().map(|d| d.payload()) {
        for k in d.keys() {
            push(&mut names, k);
        }
    }
    let tys = match s.payload() {
        Some(Payload::Type(_)) => s.as_obj().map(full_mro).unwrap_or_default(),
        Some(Payload::Module(_)) => Vec::new(),
        _ => full_mro(&vm.type_of(&s)),
    };
    for t in tys {
        if let Some(tt) = type_obj(&t) {
            for k in tt.dict().keys() {
                push(&mut names, k);
            }
        }
    }
    Ok(vm.new_list(names))
}

fn object_reduce_ex(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.type_error("pickling is not supported"))
}

// ----- type -----

fn type_repr_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Type(_)) => {
            Ok(vm.new_str(type_repr(vm, o)))
        }
        _ => Err(crate::builtins::descriptor_error(
            vm,
            args.pos.first(),
            "type",
            "__repr__",
        )),
    }
}

fn type_mro(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Type(_)) => {
            let m: Vec<Value> = full_mro(o).into_iter().map(Value::Obj).collect();
            Ok(vm.new_list(m))
        }
        _ => Err(vm.type_error("descriptor 'mro' of 'type' object needs an argument")),
    }
}

fn type_new_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // type.__new__(mcs, name, bases, ns) or type.__new__(type, obj)
    match args.pos.len() {
        2 => Ok(Value::Obj(vm.type_of(&args.pos[1]))),
        4 => {
            let mcs = match &args.pos[0] {
                Value::Obj(m) if matches!(m.payload(), Payload::Type(_)) => m.clone(),
                other => {
                    return Err(vm.type_error(format!(
                        "type.__new__(X): X is not a type object ({})",
                        vm.type_name(other)
                    )))
                }
            };
            if !is_subtype(&mcs, &vm.types().type_) {
                let n = type_name_of(&mcs);
                return Err(
                    vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type"))
                );
            }
            type_new3(
                vm,
                Some(&mcs),
                &args.pos[1],
                &args.pos[2],
                &args.pos[3],
                args.kw,
            )
        }
        _ => Err(vm.type_error("type.__new__() takes exactly 3 arguments")),
    }
}

fn type_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.len() {
        2 | 4 => Ok(Value::None),
        _ => Err(vm.type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

fn type_call_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Type(_)) => {
            let o = o.clone();
            type_call_inner(vm, &o, Args::with_kw(&args.pos[1..], args.kw))
        }
        _ => Err(crate::builtins::descriptor_error(
            vm,
            args.pos.first(),
            "type",
            "__call__",
        )),
    }
}

fn type_subclasses(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_list(Vec::new()))
}

/// `X | Y` on types: a `types.UnionType` (built by `types._union_or`).
fn type_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::object::int::check_args(vm, &args, "__or__", 1, 1)?;
    union_or(vm, &args.pos[0], &args.pos[1])
}

fn type_ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::object::int::check_args(vm, &args, "__ror__", 1, 1)?;
    union_or(vm, &args.pos[1], &args.pos[0])
}

fn union_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let types = vm.import_module("types", &Value::None, 0)?;
    let f = vm.getattr_str(&types, "_union_or")?;
    vm.call(&f, Args::new(&[a.clone(), b.clone()]))
}

fn type_instancecheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::object::int::check_args(vm, &args, "__instancecheck__", 1, 1)?;
    match &args.pos[0] {
        Value::Obj(c) => Ok(Value::Bool(vm.isinstance(&args.pos[1], c))),
        _ => Ok(Value::Bool(false)),
    }
}

/// `type.__subclasscheck__(cls, sub)`: the real check, as CPython's
/// `_PyObject_RealIsSubclass` (a metaclass's own `__subclasscheck__` calling
/// `super().__subclasscheck__` must not come back to itself).
fn type_subclasscheck(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::object::int::check_args(vm, &args, "__subclasscheck__", 1, 1)?;
    match (&args.pos[1], &args.pos[0]) {
        (Value::Obj(c), Value::Obj(s))
            if matches!(c.payload(), Payload::Type(_))
                && matches!(s.payload(), Payload::Type(_)) =>
        {
            Ok(Value::Bool(is_subtype(c, s)))
        }
        (c, s) => {
            let (c, s) = (c.clone(), s.clone());
            vm.issubclass_check(&c, &s).map(Value::Bool)
        }
    }
}

fn type_prepare(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_dict())
}

// ----- property / staticmethod / classmethod -----

fn property_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let get = |i: usize, n: &str| {
        args.pos
            .get(i)
            .or(args.kwarg(n))
            .cloned()
            .unwrap_or(Value::None)
    };
    if args.pos.len() > 5 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    for (k, _) in args.kw {
        if !matches!(k.payload_str(), Some("fget" | "fset" | "fdel" | "doc")) {
            return Err(vm.type_error(format!(
                "property() got an unexpected keyword argument '{}'",
                k.payload_str().unwrap_or("")
            )));
        }
    }
    Ok(Value::from_payload(Payload::Descriptor(
        DescriptorObj::Property {
            fget: get(1, "fget"),
            fset: get(2, "fset"),
            fdel: get(3, "fdel"),
            doc: get(4, "doc"),
        },
    )))
}

fn prop_parts(vm: &Vm, v: Option<&Value>) -> PyResult<(Value, Value, Value, Value)> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::Descriptor(DescriptorObj::Property {
            fget,
            fset,
            fdel,
            doc,
        })) => Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone())),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn property_with(vm: &mut Vm, args: Args<'_>, which: u8) -> PyResult<Value> {
    let (mut g, mut s, mut d, doc) = prop_parts(vm, args.pos.first())?;
    let f = args
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("expected 1 argument"))?;
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    Ok(Value::from_payload(Payload::Descriptor(
        DescriptorObj::Property {
            fget: g,
            fset: s,
            fdel: d,
            doc,
        },
    )))
}

fn property_getter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos.first().cloned().unwrap_or(Value::None);
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if is_none(&obj) {
        return Ok(p);
    }
    let ty = vm.type_of(&obj);
    vm.descr_get(p, Some(&obj), &ty)
}

fn property_set(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, s, _, _) = prop_parts(vm, args.pos.first())?;
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    let val = args.pos.get(2).cloned().unwrap_or(Value::None);
    if is_none(&s) {
        return Err(vm.attribute_error("can't set attribute"));
    }
    vm.call(&s, Args::new(&[obj, val]))?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, _, d, _) = prop_parts(vm, args.pos.first())?;
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if is_none(&d) {
        return Err(vm.attribute_error("can't delete attribute"));
    }
    vm.call(&d, Args::new(&[obj]))?;
    Ok(Value::None)
}

fn one_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(args.pos[1].clone())
}

fn staticmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = one_arg(vm, &args, "staticmethod")?;
    Ok(Value::from_payload(Payload::Descriptor(
        DescriptorObj::StaticMethod(f),
    )))
}

fn classmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = one_arg(vm, &args, "classmethod")?;
    Ok(Value::from_payload(Payload::Descriptor(
        DescriptorObj::ClassMethod(f),
    )))
}

fn sm_cm_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = args.pos.first().cloned().unwrap_or(Value::None);
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    let ty = match args.pos.get(2) {
        Some(Value::Obj(t)) if matches!(t.payload(), Payload::Type(_)) => t.clone(),
        _ => vm.type_of(&obj),
    };
    vm.descr_get(d, None, &ty)
}

fn sm_cm_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (kind, f) = match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Descriptor(DescriptorObj::StaticMethod(f))) => ("staticmethod", f.clone()),
        Some(Payload::Descriptor(DescriptorObj::ClassMethod(f))) => ("classmethod", f.clone()),
        _ => {
            return Err(crate::builtins::descriptor_error(
                vm,
                args.pos.first(),
                "staticmethod",
                "__repr__",
            ))
        }
    };
    let r = vm.repr(&f)?;
    Ok(vm.new_str(format!("<{kind}({r})>")))
}

fn staticmethod_call(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Descriptor(DescriptorObj::StaticMethod(f))) => {
            let f = f.clone();
            vm.call(&f, Args::with_kw(&args.pos[1..], args.kw))
        }
        _ => Err(crate::builtins::descriptor_error(
            vm,
            args.pos.first(),
            "staticmethod",
            "__call__",
        )),
    }
}

// ----- super -----

fn super_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (ty, obj) = match args.pos.len() {
        1 => vm.super_args()?,
        2 => (args.pos[1].clone(), Value::None),
        3 => (args.pos[1].clone(), args.pos[2].clone()),
        n => {
            return Err(vm.type_error(format!(
                "super() expected at most 2 arguments, got {}",
                n - 1
            )))
        }
    };
    let Some(Payload::Type(_)) = ty.payload() else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&ty)
        )));
    };
    if !is_none(&obj) {
        let Some(tyo) = ty.as_obj() else {
            return Err(vm.type_error("super(): bad type"));
        };
        let ok = match obj.payload() {
            Some(Payload::Type(_)) => {
                obj.as_obj().is_some_and(|o| is_subtype(o, tyo)) || vm.isinstance(&obj, tyo)
            }
            _ => vm.isinstance(&obj, tyo),
        };
        if !ok {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
    }
    Ok(Value::from_payload(Payload::Descriptor(
        DescriptorObj::Super { ty, obj },
    )))
}

/// Attribute lookup through a `super` object: searches the MRO of the
/// bound object's type after `ty`. `Ok(None)` when not found there.
pub fn super_getattr(vm: &mut Vm, v: &Value, n: &str) -> PyResult<Option<Value>> {
    let Some(Payload::Descriptor(DescriptorObj::Super { ty, obj })) = v.payload() else {
        return Ok(None);
    };
    if n == "__class__" || is_none(obj) {
        return Ok(None);
    }
    let (ty, obj) = (ty.clone(), obj.clone());
    let Some(tyo) = ty.as_obj() else {
        return Ok(None);
    };
    let (start, is_cls) = match obj.payload() {
        Some(Payload::Type(_)) if obj.as_obj().is_some_and(|o| is_subtype(o, tyo)) => (
            obj.as_obj()
                .cloned()
                .unwrap_or_else(|| vm.types().object.clone()),
            true,
        ),
        _ => (vm.type_of(&obj), false),
    };
    let mro = full_mro(&start);
    let Some(pos) = mro.iter().position(|c| c.ptr_eq(tyo)) else {
        return Ok(None);
    };
    for c in &mro[pos + 1..] {
        let Some(ct) = type_obj(c) else { continue };
        if let Some(d) = ct.dict().get_str(n) {
            // `super().__new__(cls, ...)` reaching a built-in type's
            // `__new__` from a subclass: wrap the built-in value.
            if n == "__new__"
                && ct.has_flag(flags::BUILTIN)
                && ct.base_kind == BaseKind::Builtin
                && !c.ptr_eq(&vm.types().type_)
                && !start.ptr_eq(c)
            {
                return Ok(Some(new_callable(subclass_new_value())));
            }
            let r = if is_cls {
                vm.descr_get(d, None, &start)?
            } else {
                vm.descr_get(d, Some(&obj), &start)?
            };
            return Ok(Some(r));
        }
    }
    Ok(None)
}

fn super_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.first().and_then(|v| v.payload()) {
        Some(Payload::Descriptor(DescriptorObj::Super { ty, obj })) => {
            let tn = ty.as_obj().map(type_name_of).unwrap_or_default();
            let s = if is_none(obj) {
                format!("<super: <class '{tn}'>, NULL>")
            } else {
                format!("<super: <class '{tn}'>, <{} object>>", vm.type_name(obj))
            };
            Ok(vm.new_str(s))
        }
        _ => Err(crate::builtins::descriptor_error(
            vm,
            args.pos.first(),
            "super",
            "__repr__",
        )),
    }
}

impl Vm {
    /// Calls `f` (found on a type) with `pos[0]` as self and keywords.
    pub fn call_unbound_kw(
        &mut self,
        f: &Value,
        pos: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        match f.payload() {
            Some(Payload::Function(_)) => self.call(f, Args::with_kw(pos, kw)),
            Some(Payload::Native(n)) if n.bound.is_none() => match pos.first() {
                Some(s) => {
                    let mut p2 = pos.to_vec();
                    p2[0] = crate::vm::ops::native_self(s, n);
                    self.call(f, Args::with_kw(&p2, kw))
                }
                None => self.call(f, Args::with_kw(pos, kw)),
            },
            _ => {
                let Some(s) = pos.first() else {
                    return self.call(f, Args::with_kw(pos, kw));
                };
                let ty = self.type_of(s);
                let b = self.descr_get(f.clone(), Some(s), &ty)?;
                self.call(&b, Args::with_kw(&pos[1..], kw))
            }
        }
    }
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types();
    let object = t.object.clone();
    vm.add_methods(
        &object,
        "object",
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", object_order),
            ("__le__", object_order),
            ("__gt__", object_order),
            ("__ge__", object_order),
            ("__hash__", object_hash),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__format__", object_format),
            ("__dir__", object_dir),
            ("__reduce_ex__", object_reduce_ex),
        ],
    );
    let set = |ty: &ObjRef, name: &str, v: Value| {
        if let Some(tt) = type_obj(ty) {
            tt.dict().set_str(vm.intern(name), v);
        }
    };
    let sm = |f: Value| Value::from_payload(Payload::Descriptor(DescriptorObj::StaticMethod(f)));
    let cm = |f: Value| Value::from_payload(Payload::Descriptor(DescriptorObj::ClassMethod(f)));
    set(
        &object,
        "__new__",
        sm(method_value("object", "__new__", object_new)),
    );
    set(
        &object,
        "__init_subclass__",
        cm(method_value(
            "object",
            "__init_subclass__",
            object_init_subclass,
        )),
    );
    set(
        &object,
        "__subclasshook__",
        cm(method_value(
            "object",
            "__subclasshook__",
            object_subclasshook,
        )),
    );
    set(
        &object,
        "__doc__",
        vm.new_str("The base class of the class hierarchy."),
    );
    let ty = t.type_.clone();
    vm.add_methods(
        &ty,
        "type",
        &[
            ("__repr__", type_repr_m),
            ("mro", type_mro),
            ("__init__", type_init),
            ("__call__", type_call_m),
            ("__subclasses__", type_subclasses),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__or__", type_or),
            ("__ror__", type_ror),
        ],
    );
    set(
        &ty,
        "__new__",
        sm(method_value("type", "__new__", type_new_m)),
    );
    set(
        &ty,
        "__prepare__",
        cm(method_value("type", "__prepare__", type_prepare)),
    );
    let p = t.property.clone();
    vm.add_methods(
        &p,
        "property",
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
            ("__set__", property_set),
            ("__delete__", property_delete),
        ],
    );
    set(
        &p,
        "__new__",
        sm(method_value("property", "__new__", property_new)),
    );
    let s = t.staticmethod.clone();
    vm.add_methods(
        &s,
        "staticmethod",
        &[
            ("__get__", sm_cm_get),
            ("__call__", staticmethod_call),
            ("__repr__", sm_cm_repr),
        ],
    );
    set(
        &s,
        "__new__",
        sm(method_value("staticmethod", "__new__", staticmethod_new)),
    );
    let c = t.classmethod.clone();
    vm.add_methods(
        &c,
        "classmethod",
        &[("__get__", sm_cm_get), ("__repr__", sm_cm_repr)],
    );
    set(
        &c,
        "__new__",
        sm(method_value("classmethod", "__new__", classmethod_new)),
    );
    let su = t.super_.clone();
    vm.add_methods(&su, "super", &[("__repr__", super_repr)]);
    set(
        &su,
        "__new__",
        sm(method_value("super", "__new__", super_new)),
    );
    crate::object::none::init(vm);
}
