//! The object protocols: attribute access, calls into dunder methods,
//! operators, comparison, hashing, `repr`/`str`, truth, iteration,
//! subscription. Built-in types expose their behaviour as native dunder
//! methods in their type's namespace (like CPython's slot wrappers); these
//! functions look dunders up on the type's MRO, with fast paths for the hot
//! built-in cases.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use super::{PyErr, PyResult, Vm};
use crate::compile::ast::{BinOp, CmpOp, UnaryOp};
use crate::num::bigint::{hash_f64, hash_i64};
use crate::object::class::{flags, DescriptorObj, TypeObj};
use crate::object::exception::ExcKind;
use crate::object::function::{Args, BoundMethodObj, NativeFn, NativeFnObj};
use crate::object::native::HostObj;
use crate::object::{int, ObjRef, Payload, Value};

/// Is `sub` the same type as `sup` or a subclass of it (by MRO)?
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if sub.ptr_eq(sup) {
        return true;
    }
    match sub.payload() {
        Payload::Type(t) => t.mro.get().iter().any(|m| m.ptr_eq(sup)),
        _ => false,
    }
}

/// The type payload of a type object (`None` for a non-type).
#[inline]
pub fn type_obj(ty: &ObjRef) -> Option<&TypeObj> {
    match ty.payload() {
        Payload::Type(t) => Some(t),
        _ => None,
    }
}

/// Looks `name` up along a type's MRO (no Python code runs).
pub fn lookup_type(ty: &ObjRef, name: &str) -> Option<Value> {
    type_obj(ty).and_then(|t| t.lookup(name))
}

/// Looks a name (a `str` object) up along a type's MRO using its cached hash.
#[inline]
pub fn lookup_type_name(ty: &ObjRef, name: &ObjRef) -> Option<Value> {
    type_obj(ty).and_then(|t| t.lookup_name(name))
}

/// Looks `name` up along a type's MRO and also returns the class whose
/// namespace holds it.
pub fn lookup_type_owner(ty: &ObjRef, name: &str) -> Option<(Value, ObjRef)> {
    let t = type_obj(ty)?;
    let hash = crate::object::str::hash_str(name);
    if let Some(v) = t.dict().get_str_hashed(name, hash) {
        return Some((v, ty.clone()));
    }
    for b in t.mro.get().iter() {
        if let Some(bt) = type_obj(b) {
            if let Some(v) = bt.dict().get_str_hashed(name, hash) {
                return Some((v, b.clone()));
            }
        }
    }
    None
}

/// `type.__name__` of a type object.
pub fn type_name_of(ty: &ObjRef) -> String {
    match type_obj(ty) {
        Some(t) => t.name.get().clone(),
        None => String::from("?"),
    }
}

/// The full MRO of a type (itself first).
pub fn full_mro(ty: &ObjRef) -> Vec<ObjRef> {
    let mut v = vec![ty.clone()];
    if let Some(t) = type_obj(ty) {
        v.extend(t.mro.get().iter().cloned());
    }
    v
}

/// CPython's `_Py_HashPointer`: the identity hash of an address.
pub fn hash_pointer(p: usize) -> i64 {
    let y = p.rotate_right(4) as i64;
    if y == -1 {
        -2
    } else {
        y
    }
}

/// The identity hash of a value.
pub fn identity_hash(v: &Value) -> i64 {
    match v {
        Value::Obj(o) => hash_pointer(o.as_ptr() as usize),
        _ => 0,
    }
}

/// `(dunder, reflected dunder, in-place dunder, symbol)` for a binary operator.
pub fn binop_names(op: BinOp) -> (&'static str, &'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__", "*"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__", "**"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__", "|"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__", "^"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__", "&"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
    }
}

/// `(dunder, reflected dunder, symbol)` for a rich comparison.
fn cmp_names(op: CmpOp) -> (&'static str, &'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__", "=="),
        CmpOp::NotEq => ("__ne__", "__ne__", "!="),
        CmpOp::Lt => ("__lt__", "__gt__", "<"),
        CmpOp::LtE => ("__le__", "__ge__", "<="),
        CmpOp::Gt => ("__gt__", "__lt__", ">"),
        CmpOp::GtE => ("__ge__", "__le__", ">="),
        _ => ("", "", ""),
    }
}

/// Python's `repr` of a string (used when `str.__repr__` is not registered).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..0xa0).contains(&(c as u32)) || c == '\u{ad}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0xd800..0xe000).contains(&(c as u32)) || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Is `name` an in-place operator method (`__iadd__`, `__ior__`, ...)? Its
/// result is `self`, which for a subclass instance is the instance itself.
pub fn is_inplace_op(name: &str) -> bool {
    matches!(
        name,
        "__iadd__"
            | "__isub__"
            | "__imul__"
            | "__imatmul__"
            | "__itruediv__"
            | "__ifloordiv__"
            | "__imod__"
            | "__ipow__"
            | "__ilshift__"
            | "__irshift__"
            | "__iand__"
            | "__ixor__"
            | "__ior__"
    )
}

/// The `self` a native method receives for `v`: the built-in value inside
/// an instance of a subclass of a built-in type (`class L(list)`), except
/// for the methods that act on the instance itself: `object`'s own,
/// `__format__` (see [`format_subclass`]) and the `__repr__`s that name
/// the subclass (`S({1})` for `class S(set)`), which read the value
/// inside through [`descriptor_self`](crate::builtins::descriptor_self).
pub fn native_self(v: &Value, n: &NativeFnObj) -> Value {
    if let Some(Payload::Instance(i)) = v.payload() {
        let on_instance = n.owner == Some("object")
            || n.name == "__format__"
            || (n.name == "__repr__"
                && matches!(n.owner, Some("set" | "frozenset" | "bytes" | "bytearray")));
        if !matches!(i.base, Value::None) && !on_instance {
            return i.base.clone();
        }
    }
    v.clone()
}

/// The start of a built-in `__format__` (int, float, complex, str): on an
/// instance of a subclass with an empty spec, CPython formats `str(self)`
/// (so the subclass's `__str__` runs); with any other spec, the built-in
/// value inside. `Ok(None)` for a plain built-in value.
pub fn format_subclass(vm: &mut Vm, args: &Args<'_>, f: NativeFn) -> PyResult<Option<Value>> {
    let Some(Payload::Instance(i)) = args.pos.first().and_then(Value::payload) else {
        return Ok(None);
    };
    if matches!(i.base, Value::None) {
        return Ok(None);
    }
    if args.pos.get(1).and_then(Value::as_exact_str) == Some("") {
        let s = vm.str(&args.pos[0])?;
        return Ok(Some(vm.new_str(s)));
    }
    let mut pos = args.pos.to_vec();
    pos[0] = i.base.clone();
    f(vm, Args::with_kw(&pos, args.kw)).map(Some)
}

/// The spec argument of a built-in `__format__` (after its `self` check),
/// with CPython's error for a spec that is not a `str`.
pub fn format_spec<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a str> {
    let spec = &args.pos[1];
    spec.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        ))
    })
}

/// For a call of an unbound native method: the positional arguments with
/// `self` replaced by [`native_self`], when that changes anything.
#[inline]
pub fn native_self_fixup(n: &NativeFnObj, pos: &[Value]) -> Option<Vec<Value>> {
    match pos.first().and_then(|v| v.payload()) {
        Some(Payload::Instance(i)) if !matches!(i.base, Value::None) && n.owner.is_some() => {
            let mut p = pos.to_vec();
            p[0] = native_self(&pos[0], n);
            Some(p)
        }
        _ => None,
    }
}

/// `str % x` and `bytes % x`: `x` holds the values to format, whose own
/// `__str__`/`__repr__` must run, so a subclass instance stays as it is.
fn is_formatting(n: &NativeFnObj) -> bool {
    n.name == "__mod__" && matches!(n.owner, Some("str" | "bytes" | "bytearray"))
}

/// Do built-in types `a` and `b` (by name) read each other's values in
/// their binary methods (`set` with `frozenset`, the numbers, the bytes)?
fn same_builtin_family(a: &str, b: &str) -> bool {
    const FAMILIES: &[&[&str]] = &[
        &["set", "frozenset"],
        &["int", "bool", "float", "complex"],
        &["bytes", "bytearray"],
    ];
    a == b
        || FAMILIES
            .iter()
            .any(|fam| fam.contains(&a) && fam.contains(&b))
}

fn is_none_value(v: &Value) -> bool {
    matches!(v, Value::None)
}

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        let t = self.types();
        match v {
            Value::None => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Obj(o) => match o.payload() {
                Payload::Str(_) => t.str_.clone(),
                Payload::Bytes(_) => t.bytes.clone(),
                Payload::ByteArray(_) => t.bytearray.clone(),
                Payload::Int(_) => t.int.clone(),
                Payload::Tuple(_) => t.tuple.clone(),
                Payload::List(_) => t.list.clone(),
                Payload::Dict(_) => t.dict.clone(),
                Payload::Set(_) => t.set.clone(),
                Payload::FrozenSet(_) => t.frozenset.clone(),
                Payload::Range(_) => t.range.clone(),
                Payload::MemoryView(_) => t.memoryview.clone(),
                Payload::Slice(_) => t.slice.clone(),
                Payload::Iter(i) => i.ty.clone(),
                Payload::DictView(v) => match v.kind {
                    crate::object::dict::ViewKind::Keys => t.dict_keys.clone(),
                    crate::object::dict::ViewKind::Values => t.dict_values.clone(),
                    crate::object::dict::ViewKind::Items => t.dict_items.clone(),
                },
                Payload::Function(_) => t.function.clone(),
                Payload::Native(_) => t.native.clone(),
                Payload::BoundMethod(_) => t.method.clone(),
                Payload::Code(_) => t.code.clone(),
                Payload::Type(ty) => match &*ty.meta.get() {
                    Some(m) => m.clone(),
                    None => t.type_.clone(),
                },
                Payload::Instance(i) => i.class.get().clone(),
                Payload::Exception(e) => e.class.get().clone(),
                Payload::Traceback(_) => t.traceback.clone(),
                Payload::Module(_) => t.module.clone(),
                Payload::Cell(_) => t.cell.clone(),
                Payload::Descriptor(d) => match d {
                    DescriptorObj::Property { .. } => t.property.clone(),
                    DescriptorObj::StaticMethod(_) => t.staticmethod.clone(),
                    DescriptorObj::ClassMethod(_) => t.classmethod.clone(),
                    DescriptorObj::Super { .. } => t.super_.clone(),
                },
                Payload::Generator(g) => match g.kind {
                    super::generator::GenKind::Generator => t.generator.clone(),
                    super::generator::GenKind::Coroutine => t.coroutine.clone(),
                    super::generator::GenKind::AsyncGenerator => t.async_generator.clone(),
                },
                Payload::AwaitOp(a) => super::coroutine::type_of_op(a, t),
                Payload::Marker(crate::object::Marker::NotImplemented) => t.not_implemented.clone(),
                Payload::Marker(_) => t.ellipsis.clone(),
                Payload::Object => t.object.clone(),
                Payload::Host(h) => crate::object::native::type_of(h, t),
                Payload::Complex(_) => t.complex.clone(),
            },
        }
    }

    // ----- calling dunders -----

    /// Calls an attribute found on a type with `self_` bound: plain
    /// functions and native methods get `self_` prepended; other
    /// descriptors are bound first.
    pub fn call_unbound(&mut self, f: &Value, self_: &Value, rest: &[Value]) -> PyResult<Value> {
        match f.payload() {
            Some(Payload::Function(_)) => {
                let mut pos = Vec::with_capacity(rest.len() + 1);
                pos.push(self_.clone());
                pos.extend_from_slice(rest);
                self.call(f, Args::new(&pos))
            }
            // A plain built-in function (`__len__ = len`) does not bind.
            Some(Payload::Native(n)) if n.bound.is_none() && n.owner.is_some() => {
                let mut pos = Vec::with_capacity(rest.len() + 1);
                pos.push(native_self(self_, n));
                pos.extend_from_slice(rest);
                let r = self.call(f, Args::new(&pos))?;
                // A method that returns self returns the subclass instance.
                Ok(
                    if r.is(&pos[0]) && !pos[0].is(self_) && is_inplace_op(n.name) {
                        self_.clone()
                    } else {
                        r
                    },
                )
            }
            _ => {
                let ty = self.type_of(self_);
                let bound = self.descr_get(f.clone(), Some(self_), &ty)?;
                self.call(&bound, Args::new(rest))
            }
        }
    }

    /// Calls a binary special method (`__eq__`, `__add__`, ...) found on a
    /// type. A native method of a built-in type sees the built-in value
    /// inside an instance of a subclass for both operands (`list.__eq__`
    /// compares the lists inside two `class L(list)` instances), as CPython's
    /// slots read the operands' built-in state directly.
    pub fn call_binary_unbound(
        &mut self,
        f: &Value,
        self_: &Value,
        other: &Value,
    ) -> PyResult<Value> {
        let other = match (f.payload(), other.payload()) {
            (Some(Payload::Native(n)), Some(Payload::Instance(i)))
                if n.bound.is_none() && !matches!(i.base, Value::None) && !is_formatting(n) =>
            {
                // Only a value of the method's own kind is unwrapped, so
                // `"a" + MyInt(1)` still names `MyInt` in its error.
                let base_ty = type_name_of(&self.type_of(&i.base));
                match n.owner {
                    Some(owner) if same_builtin_family(owner, &base_ty) => i.base.clone(),
                    _ => other.clone(),
                }
            }
            _ => other.clone(),
        };
        self.call_unbound(f, self_, core::slice::from_ref(&other))
    }

    /// Looks a special method up on `type(v)` and calls it with `v` bound.
    /// `Ok(None)` when the type has no such method (or it is set to None).
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &str,
        rest: &[Value],
    ) -> PyResult<Option<Value>> {
        match self.lookup_special(v, name) {
            Some(f) if !is_none_value(&f) => self.call_unbound(&f, v, rest).map(Some),
            _ => Ok(None),
        }
    }

    /// `getattr(v, name)(*args)`.
    pub fn call_method(&mut self, v: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n = self.intern(name);
        let f = self.getattr(v, &n)?;
        self.call(&f, Args::new(args))
    }

    /// `getattr(v, name)(*args, **kw)`.
    pub fn call_method_kw(&mut self, v: &Value, name: &str, args: Args<'_>) -> PyResult<Value> {
        let n = self.intern(name);
        let f = self.getattr(v, &n)?;
        self.call(&f, args)
    }

    // ----- hashing and equality -----

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::None => Ok(0x5f3759df),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::Int(i) => Ok(hash_i64(*i)),
            Value::Float(f) => Ok(hash_f64(*f)),
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => Ok(s.hash()),
                Payload::Int(b) => Ok(b.py_hash()),
                Payload::Tuple(t) => {
                    let items: Vec<Value> = t.items().to_vec();
                    // Nested tuples recurse on the host stack: bound it.
                    self.enter_native()?;
                    let r = self.hash_tuple(&items);
                    self.eval.native_depth -= 1;
                    r
                }
                Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::ByteArray(_)
                | Payload::Slice(_) => {
                    Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                }
                Payload::Type(_)
                | Payload::Function(_)
                | Payload::Native(_)
                | Payload::Module(_)
                | Payload::Code(_)
                | Payload::Marker(_)
                | Payload::Object
                | Payload::Cell(_) => Ok(identity_hash(v)),
                _ => self.hash_slow(v),
            },
        }
    }

    fn hash_slow(&mut self, v: &Value) -> PyResult<i64> {
        let ty = self.type_of(v);
        let f = match lookup_type_owner(&ty, "__hash__") {
            None => return Ok(identity_hash(v)),
            Some((Value::None, _)) => {
                return Err(self.type_error(format!("unhashable type: '{}'", type_name_of(&ty))));
            }
            Some((_, owner)) if owner.ptr_eq(&self.types().object) => return Ok(identity_hash(v)),
            Some((f, _)) => f,
        };
        let r = self.call_unbound(&f, v, &[])?;
        match &r {
            Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::Obj(o) => match o.payload() {
                Payload::Int(b) => Ok(b.py_hash()),
                _ => Err(self.type_error("__hash__ method should return an integer")),
            },
            _ => Err(self.type_error("__hash__ method should return an integer")),
        }
    }

    /// CPython's tuple hash (xxHash-based) over the items' hashes.
    pub fn hash_tuple(&mut self, items: &[Value]) -> PyResult<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for it in items {
            let lane = self.hash(it)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc as i64)
    }

    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::object::dict::simple_eq(a, b) {
            return Ok(r);
        }
        if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
            if x.ptr_eq(y) {
                return Ok(true);
            }
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison `a op b` (`op` is one of `== != < <= > >=`; `is`,
    /// `in` and their negations are accepted too).
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {}
        }
        if let Some(r) = int::num_compare(a, b, op) {
            return Ok(Value::Bool(r));
        }
        if let (Some(x), Some(y)) = (a.as_exact_str(), b.as_exact_str()) {
            return Ok(Value::Bool(match op {
                CmpOp::Eq => x == y,
                CmpOp::NotEq => x != y,
                CmpOp::Lt => x < y,
                CmpOp::LtE => x <= y,
                CmpOp::Gt => x > y,
                _ => x >= y,
            }));
        }
        self.rich_compare_slow(a, b, op)
    }

    fn rich_compare_slow(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (name, rname, sym) = cmp_names(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let mut checked_reverse = false;
        if !ta.ptr_eq(&tb) && is_subtype(&tb, &ta) {
            checked_reverse = true;
            if let Some(f) = lookup_type(&tb, rname).filter(|f| !is_none_value(f)) {
                let r = self.call_binary_unbound(&f, b, a)?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = lookup_type(&ta, name).filter(|f| !is_none_value(f)) {
            let r = self.call_binary_unbound(&f, a, b)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !checked_reverse {
            if let Some(f) = lookup_type(&tb, rname).filter(|f| !is_none_value(f)) {
                let r = self.call_binary_unbound(&f, b, a)?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{sym}' not supported between instances of '{}' and '{}'",
                type_name_of(&ta),
                type_name_of(&tb)
            ))),
        }
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => Ok(!s.as_str().is_empty()),
                Payload::Int(b) => Ok(!b.is_zero()),
                Payload::Tuple(t) => Ok(!t.items().is_empty()),
                Payload::List(l) => Ok(!l.items.get().is_empty()),
                Payload::Dict(d) => Ok(!d.is_empty()),
                Payload::Bytes(b) => Ok(!b.data.is_empty()),
                // A class is true unless its metaclass says otherwise.
                Payload::Type(t) if t.meta.get().is_some() => self.truthy_slow(v),
                Payload::Type(_)
                | Payload::Function(_)
                | Payload::Native(_)
                | Payload::Module(_)
                | Payload::Object => Ok(true),
                _ => self.truthy_slow(v),
            },
        }
    }

    fn truthy_slow(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(&other)
                ))),
            };
        }
        if self
            .lookup_special(v, "__len__")
            .is_some_and(|f| !is_none_value(&f))
        {
            return Ok(self.len(v)? != 0);
        }
        Ok(true)
    }

    // ----- repr / str -----

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None => Ok(String::from("None")),
            Value::Bool(true) => Ok(String::from("True")),
            Value::Bool(false) => Ok(String::from("False")),
            Value::Int(i) => Ok(i.to_string()),
            Value::Float(f) => Ok(crate::num::float::float_repr(*f)),
            Value::Obj(o) => match o.payload() {
                Payload::Int(b) => crate::object::int::big_to_decimal(self, b),
                Payload::Type(t) if t.meta.get().is_none() => {
                    Ok(crate::object::class::type_repr(self, o))
                }
                Payload::Str(s)
                    if self
                        .lookup_special(v, "__repr__")
                        .is_none_or(|f| self.is_object_method(&f)) =>
                {
                    Ok(str_repr(s.as_str()))
                }
                _ => self.repr_slow(v, "__repr__"),
            },
        }
    }

    fn is_object_method(&self, f: &Value) -> bool {
        match (f.payload(), self.types().object.payload()) {
            (Some(Payload::Native(n)), Payload::Type(ot)) => {
                ot.dict().get_str(n.name).is_some_and(|g| g.is(f))
            }
            _ => false,
        }
    }

    fn repr_slow(&mut self, v: &Value, name: &str) -> PyResult<String> {
        // `object.__str__` is `repr`, but its result is checked as `__str__`'s.
        let hook = match self.lookup_special(v, name) {
            Some(f) if name == "__str__" && self.is_object_method(&f) => "__repr__",
            _ => name,
        };
        let r = match self.call_special(v, hook, &[])? {
            Some(r) => r,
            None => return Ok(crate::object::class::object_repr_string(self, v)),
        };
        let r = match r.payload() {
            Some(Payload::Instance(i)) if matches!(i.base.payload(), Some(Payload::Str(_))) => {
                i.base.clone()
            }
            _ => r,
        };
        match r.as_str() {
            Some(s) => Ok(String::from(s)),
            None => Err(self.type_error(format!(
                "{name} returned non-string (type {})",
                self.type_name(&r)
            ))),
        }
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => Ok(String::from(s.as_str())),
                Payload::Int(_) => self.repr(v),
                Payload::Type(t) if t.meta.get().is_none() => self.repr(v),
                _ => self.repr_slow(v, "__str__"),
            },
            _ => self.repr(v),
        }
    }

    /// `str(v)` as a `str` value (returns `v` itself when it is a str).
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        if v.as_exact_str().is_some() {
            return Ok(v.clone());
        }
        let s = self.str(v)?;
        Ok(self.new_str(s))
    }

    // ----- attributes -----

    /// `getattr(v, name)`.
    pub fn getattr(&mut self, v: &Value, name: &ObjRef) -> PyResult<Value> {
        match self.getattr_impl(v, name)? {
            Some(x) => Ok(x),
            None => Err(self.no_attribute(v, name)),
        }
    }

    /// `getattr(v, name)` by Rust string.
    pub fn getattr_str(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(v, &n)
    }

    /// `getattr(v, name, None)`-like: `Ok(None)` only when the attribute is
    /// missing (an `AttributeError`); other errors propagate.
    pub fn getattr_opt(&mut self, v: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        match self.getattr_impl(v, name) {
            Ok(r) => Ok(r),
            Err(e) if self.err_matches(&e, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The standard `AttributeError` for a missing attribute.
    #[cold]
    pub fn no_attribute(&self, v: &Value, name: &ObjRef) -> PyErr {
        let n = name.payload_str().unwrap_or("?");
        let msg = match v.payload() {
            Some(Payload::Type(t)) => {
                format!("type object '{}' has no attribute '{n}'", t.name.get())
            }
            Some(Payload::Module(m)) => {
                let mname = match m.dict.payload() {
                    Payload::Dict(d) => d
                        .get_str("__name__")
                        .and_then(|x| x.as_str().map(String::from)),
                    _ => None,
                };
                match mname {
                    Some(mn) => format!("module '{mn}' has no attribute '{n}'"),
                    None => format!("module has no attribute '{n}'"),
                }
            }
            Some(Payload::Descriptor(DescriptorObj::Super { .. })) => {
                format!("'super' object has no attribute '{n}'")
            }
            _ => format!("'{}' object has no attribute '{n}'", self.type_name(v)),
        };
        let err = self.attribute_error(msg);
        if let Payload::Exception(e) = err.0.payload() {
            let d = self.new_dict();
            if let Some(Payload::Dict(dd)) = d.payload() {
                dd.set_str(self.intern("name"), Value::Obj(name.clone()));
                dd.set_str(self.intern("obj"), v.clone());
            }
            *e.dict.get_mut() = d;
        }
        err
    }

    /// Attribute lookup: `Ok(None)` when missing (the caller raises the
    /// standard error); errors raised by user hooks propagate.
    pub fn getattr_impl(&mut self, v: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        let ty = self.type_of(v);
        let tflags = type_obj(&ty).map_or(0, |t| t.flags.get());
        if tflags & flags::HAS_GETATTRIBUTE != 0 {
            if let Some(ga) = lookup_type(&ty, "__getattribute__") {
                let nv = Value::Obj(name.clone());
                match self.call_unbound(&ga, v, core::slice::from_ref(&nv)) {
                    Ok(r) => return Ok(Some(r)),
                    Err(e) if self.err_matches(&e, ExcKind::AttributeError) => {
                        return match lookup_type(&ty, "__getattr__") {
                            Some(g) => self.call_unbound(&g, v, &[nv]).map(Some),
                            None => Err(e),
                        };
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        let r = match self.generic_getattr(v, name, &ty) {
            // A descriptor raising AttributeError falls back to `__getattr__`.
            Err(e)
                if tflags & flags::BUILTIN == 0
                    && self.err_matches(&e, ExcKind::AttributeError)
                    && lookup_type(&ty, "__getattr__").is_some() =>
            {
                None
            }
            other => other?,
        };
        if r.is_some() || tflags & flags::BUILTIN != 0 {
            return Ok(r);
        }
        if let Some(g) = lookup_type(&ty, "__getattr__") {
            let nv = Value::Obj(name.clone());
            return self.call_unbound(&g, v, &[nv]).map(Some);
        }
        Ok(None)
    }

    /// `object.__getattribute__` (no user hooks): data descriptors on the
    /// type, the instance's own attributes, then other class attributes.
    pub fn generic_getattr(
        &mut self,
        v: &Value,
        name: &ObjRef,
        ty: &ObjRef,
    ) -> PyResult<Option<Value>> {
        let n = name.payload_str().unwrap_or("");
        match v.payload() {
            Some(Payload::Type(_)) => return self.type_getattr(v, n),
            Some(Payload::Module(m)) => {
                let md = m.dict.clone();
                if let Payload::Dict(d) = md.payload() {
                    if let Some(x) = d.get_str(n) {
                        return Ok(Some(x));
                    }
                }
                if n == "__dict__" {
                    return Ok(Some(Value::Obj(md)));
                }
                if n == "__class__" {
                    return Ok(Some(Value::Obj(ty.clone())));
                }
                if let Some(d) = lookup_type(ty, n) {
                    return self.descr_get(d, Some(v), ty).map(Some);
                }
                let ga = match md.payload() {
                    Payload::Dict(d) => d.get_str("__getattr__"),
                    _ => None,
                };
                if let Some(g) = ga {
                    return self
                        .call(&g, Args::new(&[Value::Obj(name.clone())]))
                        .map(Some);
                }
                return Ok(None);
            }
            Some(Payload::Descriptor(DescriptorObj::Super { .. })) => {
                if let Some(r) = crate::object::class::super_getattr(self, v, n)? {
                    return Ok(Some(r));
                }
            }
            _ => {}
        }
        let descr = lookup_type_name(ty, name);
        // `object.__class__`, unless a class overrides the name.
        if n == "__class__" && descr.is_none() {
            return Ok(Some(Value::Obj(ty.clone())));
        }
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d.clone(), Some(v), ty).map(Some);
            }
        }
        if let Some(Payload::Instance(i)) = v.payload() {
            if let Some(Payload::Dict(d)) = i.dict.payload() {
                if let Some(x) = d.get_by_name(name) {
                    return Ok(Some(x));
                }
            }
        }
        if let Some(x) = self.instance_attr(v, n)? {
            return Ok(Some(x));
        }
        if let Some(d) = descr {
            return self.descr_get(d, Some(v), ty).map(Some);
        }
        if let Some(Payload::BoundMethod(m)) = v.payload() {
            let f = m.func.clone();
            return self.getattr_impl(&f, name);
        }
        Ok(None)
    }

    /// For `LOAD_METHOD`: the unbound function `obj.name` would bind, when
    /// plain attribute lookup is guaranteed to produce a bound method of it
    /// (no `__getattribute__` override, not shadowed by the instance, not a
    /// type/module/super); `None` means "use [`Vm::getattr`]".
    pub fn lookup_method_fast(&self, obj: &Value, name: &ObjRef) -> Option<Value> {
        let ty = self.type_of(obj);
        let t = type_obj(&ty)?;
        if t.has_flag(flags::HAS_GETATTRIBUTE) {
            return None;
        }
        let own_dict = match obj.payload() {
            Some(
                Payload::Type(_)
                | Payload::Module(_)
                | Payload::Descriptor(DescriptorObj::Super { .. }),
            ) => return None,
            Some(Payload::Instance(i)) => Some(i.dict.clone()),
            Some(Payload::Exception(e)) => Some(e.dict.get().clone()),
            Some(Payload::Function(f)) => Some(f.dict.get().clone()),
            _ => None,
        };
        if let Some(Value::Obj(d)) = own_dict {
            if let Payload::Dict(d) = d.payload() {
                if d.get_by_name(name).is_some() {
                    return None;
                }
            }
        }
        let f = t.lookup_name(name)?;
        match f.payload() {
            Some(Payload::Function(_)) => Some(f),
            Some(Payload::Native(n))
                if n.bound.is_none()
                    && n.owner.is_some()
                    && n.name != "__new__"
                    && !matches!(obj.payload(), Some(Payload::Instance(i)) if !matches!(i.base, Value::None)) =>
            {
                Some(f)
            }
            _ => None,
        }
    }

    /// Is `d` (found on a type) a data descriptor (it defines `__set__` or
    /// `__delete__`)?
    pub fn is_data_descriptor(&self, d: &Value) -> bool {
        match d.payload() {
            Some(Payload::Descriptor(DescriptorObj::Property { .. })) => true,
            Some(Payload::Instance(_)) => {
                let t = self.type_of(d);
                lookup_type(&t, "__set__").is_some() || lookup_type(&t, "__delete__").is_some()
            }
            _ => false,
        }
    }

    /// The descriptor protocol's `__get__`: binds `d` (found on `ty`) to
    /// `obj` (`None` for access through the class).
    pub fn descr_get(&mut self, d: Value, obj: Option<&Value>, ty: &ObjRef) -> PyResult<Value> {
        match d.payload() {
            Some(Payload::Function(_)) => Ok(match obj {
                Some(o) => Value::from_payload(Payload::BoundMethod(BoundMethodObj {
                    func: d,
                    self_: o.clone(),
                })),
                None => d,
            }),
            Some(Payload::Native(n))
                if n.bound.is_none() && n.owner.is_some() && n.name != "__new__" =>
            {
                Ok(match obj {
                    Some(o) => Value::from_payload(Payload::Native(NativeFnObj {
                        name: n.name,
                        f: n.f,
                        bound: Some(native_self(o, n)),
                        owner: n.owner,
                    })),
                    None => d,
                })
            }
            Some(Payload::Host(HostObj::Function(h))) if h.method => Ok(match obj {
                Some(o) => Value::from_payload(Payload::BoundMethod(BoundMethodObj {
                    func: d,
                    self_: o.clone(),
                })),
                None => d,
            }),
            Some(Payload::Descriptor(DescriptorObj::StaticMethod(f))) => Ok(f.clone()),
            // 3.9-3.12: a classmethod around another descriptor (a property)
            // binds it to the class.
            Some(Payload::Descriptor(DescriptorObj::ClassMethod(f)))
                if matches!(
                    f.payload(),
                    Some(Payload::Descriptor(DescriptorObj::Property { .. }))
                ) || (matches!(f.payload(), Some(Payload::Instance(_)))
                    && self.lookup_special(f, "__get__").is_some()) =>
            {
                let tv = Value::Obj(ty.clone());
                let inner = f.clone();
                self.descr_get(inner, Some(&tv), ty)
            }
            Some(Payload::Descriptor(DescriptorObj::ClassMethod(f))) => Ok(match f.payload() {
                Some(Payload::Native(n)) if n.bound.is_none() => {
                    Value::from_payload(Payload::Native(NativeFnObj {
                        name: n.name,
                        f: n.f,
                        bound: Some(Value::Obj(ty.clone())),
                        owner: n.owner,
                    }))
                }
                _ => Value::from_payload(Payload::BoundMethod(BoundMethodObj {
                    func: f.clone(),
                    self_: Value::Obj(ty.clone()),
                })),
            }),
            Some(Payload::Descriptor(DescriptorObj::Property { fget, .. })) => match obj {
                None => Ok(d.clone()),
                Some(o) => {
                    if is_none_value(fget) {
                        let oty = self.type_of(o);
                        let pname = crate::object::class::property_name(self, &d, &oty);
                        return Err(self.attribute_error(match pname {
                            Some(pn) => format!(
                                "property '{pn}' of '{}' object has no getter",
                                self.type_name(o)
                            ),
                            None => {
                                format!("property of '{}' object has no getter", self.type_name(o))
                            }
                        }));
                    }
                    let g = fget.clone();
                    self.call(&g, Args::new(core::slice::from_ref(o)))
                }
            },
            Some(Payload::Instance(_)) => {
                let dt = self.type_of(&d);
                match lookup_type(&dt, "__get__") {
                    Some(g) => {
                        let o = obj.cloned().unwrap_or(Value::None);
                        self.call_unbound(&g, &d, &[o, Value::Obj(ty.clone())])
                    }
                    None => Ok(d),
                }
            }
            _ => Ok(d),
        }
    }

    /// Attributes stored on the object itself (instance dict and the
    /// built-in per-object attributes).
    fn instance_attr(&mut self, v: &Value, n: &str) -> PyResult<Option<Value>> {
        let Some(p) = v.payload() else {
            return Ok(None);
        };
        match p {
            Payload::Instance(i) => {
                if n == "__dict__" {
                    let no_dict =
                        type_obj(&i.class.get()).is_some_and(|t| t.has_flag(flags::NO_DICT));
                    return Ok(if is_none_value(&i.dict) || no_dict {
                        None
                    } else {
                        Some(i.dict.clone())
                    });
                }
                if let Some(Payload::Dict(d)) = i.dict.payload() {
                    return Ok(d.get_str(n));
                }
                Ok(None)
            }
            Payload::Exception(_) => crate::object::exception::exc_getattr(self, v, n),
            Payload::Function(_) => crate::object::function::function_getattr(self, v, n),
            Payload::Traceback(tb) => Ok(match n {
                "tb_next" => Some(tb.next.get().clone()),
                "tb_lasti" => Some(Value::Int(i64::from(tb.lasti) * 2)),
                "tb_lineno" => match tb.code.payload() {
                    Payload::Code(c) => Some(Value::Int(i64::from(c.line_of(tb.lasti as usize)))),
                    _ => None,
                },
                "tb_frame" => {
                    // A snapshot like `sys._getframe`'s: the frame's code
                    // object and the line the exception passed through.
                    let line = match tb.code.payload() {
                        Payload::Code(c) => i64::from(c.line_of(tb.lasti as usize)),
                        _ => 0,
                    };
                    let cls = crate::builtins::new_helper_class(self, "frame", "builtins");
                    let snap = crate::builtins::new_helper_instance(self, &cls);
                    if let Some(fd) = crate::builtins::dict_of(&snap) {
                        self.dict_set_str(&fd, "f_code", Value::Obj(tb.code.clone()));
                        self.dict_set_str(&fd, "f_lineno", Value::Int(line));
                    }
                    Some(snap)
                }
                _ => None,
            }),
            Payload::Code(c) => Ok(match n {
                "co_name" => Some(self.new_str(c.name.clone())),
                "co_qualname" => Some(self.new_str(c.qualname.clone())),
                "co_filename" => Some(self.new_str(c.filename.clone())),
                "co_firstlineno" => Some(Value::Int(i64::from(c.first_line))),
                "co_argcount" => Some(Value::Int(i64::from(c.argcount))),
                "co_posonlyargcount" => Some(Value::Int(i64::from(c.posonlyargcount))),
                "co_kwonlyargcount" => Some(Value::Int(i64::from(c.kwonlyargcount))),
                "co_flags" => Some(Value::Int(i64::from(c.flags & 0xffff))),
                "co_varnames" | "co_cellvars" | "co_freevars" | "co_names" => {
                    let src = match n {
                        "co_varnames" => &c.varnames,
                        "co_cellvars" => &c.cellvars,
                        "co_freevars" => &c.freevars,
                        _ => &c.names,
                    };
                    let items = src.iter().map(|o| Value::Obj(o.clone())).collect();
                    Some(self.new_tuple(items))
                }
                "co_nlocals" => Some(Value::Int(c.varnames.len() as i64)),
                _ => None,
            }),
            Payload::Native(nf) => Ok(match n {
                "__name__" => Some(self.new_str(nf.name)),
                "__qualname__" => Some(self.new_str(match (nf.owner, &nf.bound) {
                    (Some(o), _) if !o.is_empty() => format!("{o}.{}", nf.name),
                    _ => String::from(nf.name),
                })),
                "__self__" => Some(nf.bound.clone().unwrap_or(Value::None)),
                "__doc__" | "__text_signature__" => Some(Value::None),
                "__module__" => Some(match nf.owner {
                    None => self.new_str("builtins"),
                    _ => Value::None,
                }),
                _ => None,
            }),
            Payload::Host(HostObj::Function(h)) => Ok(crate::object::native::getattr(self, h, n)),
            Payload::BoundMethod(m) => Ok(match n {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                // As CPython's method objects: these and the function's own
                // (non-dunder) attributes are read from `__func__`.
                "__doc__" | "__name__" | "__qualname__" | "__module__" | "__wrapped__"
                | "__defaults__" | "__kwdefaults__" | "__code__" | "__annotations__"
                | "__globals__" | "__closure__" | "__dict__" => {
                    let (func, name) = (m.func.clone(), self.intern(n));
                    return self.getattr_opt(&func, &name);
                }
                _ if !n.starts_with("__") => {
                    let (func, name) = (m.func.clone(), self.intern(n));
                    return self.getattr(&func, &name).map(Some);
                }
                _ => None,
            }),
            Payload::Cell(c) => Ok(match n {
                "cell_contents" => match c.value.get().clone() {
                    Some(x) => Some(x),
                    None => return Err(self.new_exc(ExcKind::ValueError, "Cell is empty")),
                },
                _ => None,
            }),
            Payload::Descriptor(d) => Ok(match (d, n) {
                (DescriptorObj::Property { fget, .. }, "fget") => Some(fget.clone()),
                (DescriptorObj::Property { fset, .. }, "fset") => Some(fset.clone()),
                (DescriptorObj::Property { fdel, .. }, "fdel") => Some(fdel.clone()),
                (DescriptorObj::Property { doc, fget, .. }, "__doc__") => {
                    if is_none_value(doc) {
                        let g = fget.clone();
                        if is_none_value(&g) {
                            Some(Value::None)
                        } else {
                            let dn = self.intern("__doc__");
                            self.getattr_opt(&g, &dn)?
                        }
                    } else {
                        Some(doc.clone())
                    }
                }
                (
                    DescriptorObj::StaticMethod(f) | DescriptorObj::ClassMethod(f),
                    "__func__" | "__wrapped__",
                ) => Some(f.clone()),
                // As CPython: abstract when a wrapped function is (what
                // `abc` reads of `@property @abstractmethod def ...`).
                (
                    DescriptorObj::Property {
                        fget, fset, fdel, ..
                    },
                    "__isabstractmethod__",
                ) => {
                    let mut any = false;
                    for f in [fget.clone(), fset.clone(), fdel.clone()] {
                        any = any || self.is_abstract(&f)?;
                    }
                    Some(Value::Bool(any))
                }
                (
                    DescriptorObj::StaticMethod(f) | DescriptorObj::ClassMethod(f),
                    "__isabstractmethod__",
                ) => {
                    let f = f.clone();
                    Some(Value::Bool(self.is_abstract(&f)?))
                }
                (DescriptorObj::Super { ty, .. }, "__thisclass__") => Some(ty.clone()),
                (DescriptorObj::Super { obj, .. }, "__self__") => Some(obj.clone()),
                (DescriptorObj::Super { obj, .. }, "__self_class__") => Some(match obj.payload() {
                    Some(Payload::Type(_)) => obj.clone(),
                    _ => Value::Obj(self.type_of(obj)),
                }),
                _ => None,
            }),
            _ => Ok(None),
        }
    }

    /// Is `f` an abstract method (a true `__isabstractmethod__`)?
    fn is_abstract(&mut self, f: &Value) -> PyResult<bool> {
        if is_none_value(f) {
            return Ok(false);
        }
        let name = self.intern("__isabstractmethod__");
        match self.getattr_opt(f, &name)? {
            Some(flag) => self.truthy(&flag),
            None => Ok(false),
        }
    }

    /// Attribute lookup on a type object (`type.__getattribute__`).
    fn type_getattr(&mut self, v: &Value, n: &str) -> PyResult<Option<Value>> {
        let Some(tyo) = v.as_obj().cloned() else {
            return Ok(None);
        };
        let Some(t) = type_obj(&tyo) else {
            return Ok(None);
        };
        match n {
            "__name__" => return Ok(Some(self.new_str(t.name.get().clone()))),
            "__qualname__" => return Ok(Some(self.new_str(t.qualname.get().clone()))),
            "__mro__" => {
                let m: Vec<Value> = full_mro(&tyo).into_iter().map(Value::Obj).collect();
                return Ok(Some(self.new_tuple(m)));
            }
            "__bases__" => {
                let m: Vec<Value> = t.bases.get().iter().cloned().map(Value::Obj).collect();
                return Ok(Some(self.new_tuple(m)));
            }
            "__base__" => {
                return Ok(Some(
                    crate::object::class::solid_base(self, &tyo).map_or(Value::None, Value::Obj),
                ));
            }
            "__dict__" => return Ok(Some(Value::Obj(t.dict.clone()))),
            "__class__" => return Ok(Some(Value::Obj(self.type_of(v)))),
            "__module__" => {
                return Ok(Some(
                    t.dict()
                        .get_str("__module__")
                        .unwrap_or_else(|| self.new_str("builtins")),
                ));
            }
            "__doc__" => {
                return match t.dict().get_str("__doc__") {
                    Some(d) => self.descr_get(d, None, &tyo).map(Some),
                    None => Ok(Some(Value::None)),
                };
            }
            _ => {}
        }
        let meta = self.type_of(v);
        let meta_attr = lookup_type(&meta, n);
        if let Some(ma) = &meta_attr {
            if self.is_data_descriptor(ma) {
                return self.descr_get(ma.clone(), Some(v), &meta).map(Some);
            }
        }
        if let Some(a) = t.lookup(n) {
            // `int.__new__(MyInt, 5)`: built-in constructors called
            // explicitly with a subclass make an instance of the subclass.
            if n == "__new__"
                && t.has_flag(flags::BUILTIN)
                && t.base_kind == crate::object::class::BaseKind::Builtin
                && !tyo.ptr_eq(&self.types().type_)
                && matches!(a.payload(), Some(Payload::Native(_)))
            {
                return Ok(Some(self.descr_get(
                    crate::object::class::subclass_new_value(),
                    None,
                    &tyo,
                )?));
            }
            return self.descr_get(a, None, &tyo).map(Some);
        }
        if let Some(ma) = meta_attr {
            return self.descr_get(ma, Some(v), &meta).map(Some);
        }
        Ok(None)
    }

    /// `setattr(v, name, value)`.
    pub fn setattr(&mut self, v: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
        self.setattr_impl(v, name, Some(value))
    }

    /// `delattr(v, name)`.
    pub fn delattr(&mut self, v: &Value, name: &ObjRef) -> PyResult<()> {
        self.setattr_impl(v, name, None)
    }

    fn setattr_impl(&mut self, v: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
        let ty = self.type_of(v);
        let tflags = type_obj(&ty).map_or(0, |t| t.flags.get());
        if let Some(Payload::Type(_)) = v.payload() {
            // A metaclass's own `__setattr__`/`__delattr__` hook.
            if tflags & flags::HAS_SETATTR != 0 && tflags & flags::BUILTIN == 0 {
                let hook = if value.is_some() {
                    "__setattr__"
                } else {
                    "__delattr__"
                };
                if let Some((f, owner)) = lookup_type_owner(&ty, hook) {
                    if !owner.ptr_eq(&self.types().object) && !owner.ptr_eq(&self.types().type_) {
                        let mut a = vec![Value::Obj(name.clone())];
                        if let Some(x) = value {
                            a.push(x);
                        }
                        self.call_unbound(&f, v, &a)?;
                        return Ok(());
                    }
                }
            }
            return crate::object::class::type_setattr(self, v, name, value);
        }
        if tflags & flags::HAS_SETATTR != 0 {
            let hook = if value.is_some() {
                "__setattr__"
            } else {
                "__delattr__"
            };
            if let Some((f, owner)) = lookup_type_owner(&ty, hook) {
                if !owner.ptr_eq(&self.types().object) {
                    let mut a = vec![Value::Obj(name.clone())];
                    if let Some(x) = value {
                        a.push(x);
                    }
                    self.call_unbound(&f, v, &a)?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(v, name, value)
    }

    /// `obj.__class__ = cls` (instances of user classes with the same layout).
    fn set_class(&mut self, v: &Value, ty: &ObjRef, value: Option<Value>) -> PyResult<()> {
        let Some(value) = value else {
            return Err(self.type_error("can't delete __class__ attribute"));
        };
        let new = match &value {
            Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => o.clone(),
            other => {
                let tn = self.type_name(other);
                return Err(self.type_error(format!(
                    "__class__ must be set to a class, not '{tn}' object"
                )));
            }
        };
        let (Some(Payload::Instance(i)), Some(nt), Some(ot)) =
            (v.payload(), type_obj(&new), type_obj(ty))
        else {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        };
        if nt.has_flag(flags::BUILTIN) {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if nt.base_kind != ot.base_kind
            || nt.has_flag(flags::NO_DICT) != ot.has_flag(flags::NO_DICT)
        {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                nt.name.get(),
                ot.name.get()
            )));
        }
        let old = i.class.replace(new);
        drop(old);
        Ok(())
    }

    /// `object.__setattr__` / `object.__delattr__` (`value` None deletes).
    pub fn generic_setattr(
        &mut self,
        v: &Value,
        name: &ObjRef,
        value: Option<Value>,
    ) -> PyResult<()> {
        let n = name.payload_str().unwrap_or("");
        let ty = self.type_of(v);
        if n == "__class__" && lookup_type_name(&ty, name).is_none() {
            return self.set_class(v, &ty, value);
        }
        if let Some(d) = lookup_type_name(&ty, name) {
            match d.payload() {
                Some(Payload::Descriptor(DescriptorObj::Property {
                    fget, fset, fdel, ..
                })) => {
                    let f = if value.is_some() {
                        fset.clone()
                    } else {
                        fdel.clone()
                    };
                    if is_none_value(&f) {
                        if matches!(fget.payload(), Some(Payload::Native(nf)) if nf.owner.is_some())
                        {
                            return Err(self.attribute_error(format!(
                                "attribute '{n}' of '{}' objects is not writable",
                                type_name_of(&ty)
                            )));
                        }
                        let what = if value.is_some() { "setter" } else { "deleter" };
                        let pname = crate::object::class::property_name(self, &d, &ty);
                        return Err(self.attribute_error(match pname {
                            Some(pn) => format!(
                                "property '{pn}' of '{}' object has no {what}",
                                type_name_of(&ty)
                            ),
                            None => {
                                format!("property of '{}' object has no {what}", type_name_of(&ty))
                            }
                        }));
                    }
                    let mut a = vec![v.clone()];
                    if let Some(x) = value {
                        a.push(x);
                    }
                    self.call(&f, Args::new(&a))?;
                    return Ok(());
                }
                Some(Payload::Instance(_)) => {
                    let dt = self.type_of(&d);
                    let hook = if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    };
                    if let Some(f) = lookup_type(&dt, hook) {
                        let mut a = vec![v.clone()];
                        if let Some(x) = value {
                            a.push(x);
                        }
                        self.call_unbound(&f, &d, &a)?;
                        return Ok(());
                    }
                    // A data descriptor lacking this hook refuses the
                    // operation (CPython raises AttributeError(hook)).
                    let other = if value.is_some() {
                        "__delete__"
                    } else {
                        "__set__"
                    };
                    if lookup_type(&dt, other).is_some() {
                        return Err(self.attribute_error(String::from(hook)));
                    }
                }
                _ => {}
            }
        }
        match v.payload() {
            Some(Payload::Instance(i)) => {
                if type_obj(&ty).is_some_and(|t| t.has_flag(flags::NO_DICT))
                    && !crate::object::class::slot_allowed(&ty, n)
                {
                    return Err(self.no_attribute(v, name));
                }
                if let Some(Payload::Dict(d)) = i.dict.payload() {
                    // Deleting an unset slot: CPython's member descriptor
                    // raises AttributeError(name).
                    if value.is_none()
                        && type_obj(&ty).is_some_and(|t| t.has_flag(flags::NO_DICT))
                        && d.get_str(n).is_none()
                    {
                        return Err(self.attribute_error(String::from(n)));
                    }
                    return self.store_in_dict(d, name, n, value, v);
                }
            }
            Some(Payload::Exception(_)) => {
                return crate::object::exception::exc_setattr(self, v, name, value);
            }
            Some(Payload::Function(_)) => {
                return crate::object::function::function_setattr(self, v, name, value);
            }
            Some(Payload::Module(m)) => {
                let md = m.dict.clone();
                if let Payload::Dict(d) = md.payload() {
                    return self.store_in_dict(d, name, n, value, v);
                }
            }
            _ => {}
        }
        if lookup_type(&ty, n).is_some() {
            return Err(self.attribute_error(format!(
                "'{}' object attribute '{n}' is read-only",
                type_name_of(&ty)
            )));
        }
        Err(self.attribute_error(format!(
            "'{}' object has no attribute '{n}'",
            type_name_of(&ty)
        )))
    }

    fn store_in_dict(
        &mut self,
        d: &crate::object::dict::DictObj,
        name: &ObjRef,
        n: &str,
        value: Option<Value>,
        v: &Value,
    ) -> PyResult<()> {
        match value {
            Some(x) => {
                d.set_str(name.clone(), x);
                Ok(())
            }
            None => {
                let old = d.table.get_mut().remove_str(n);
                match old {
                    Some(o) => {
                        drop(o);
                        Ok(())
                    }
                    None => Err(self.no_attribute(v, name)),
                }
            }
        }
    }

    // ----- operators -----

    /// `a op b` for a binary operator (not in-place).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = int::num_binary_op(self, a, b, op) {
            return r;
        }
        if let Some(r) = crate::object::complex::fast_binop(self, a, b, op) {
            return r;
        }
        if op == BinOp::Add {
            if let (Some(x), Some(y)) = (a.as_exact_str(), b.as_exact_str()) {
                self.check_size(crate::vm::limits::SizeKind::Str, (x.len() + y.len()) as u64)?;
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                return Ok(self.new_str(s));
            }
        }
        let r = self.binary_op1(a, b, op)?;
        if !self.is_not_implemented(&r) {
            return Ok(r);
        }
        Err(self.binop_error(a, b, op, false))
    }

    /// Tries `a.__op__(b)` and `b.__rop__(a)` with the subclass-first rule;
    /// returns `NotImplemented` when neither applies.
    pub fn binary_op1(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (name, rname, _, _) = binop_names(op);
        self.binary_dunder(a, b, name, rname)
    }

    /// The generic `__op__`/`__rop__` dispatch by dunder names.
    pub fn binary_dunder(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let fa = lookup_type(&ta, name).filter(|f| !is_none_value(f));
        let mut fb = if ta.ptr_eq(&tb) {
            None
        } else {
            lookup_type(&tb, rname).filter(|f| !is_none_value(f))
        };
        if let Some(f) = &fb {
            if is_subtype(&tb, &ta) {
                let overridden = lookup_type(&ta, rname).is_none_or(|g| !g.is(f));
                if overridden {
                    let r = self.call_binary_unbound(f, b, a)?;
                    if !self.is_not_implemented(&r) {
                        return Ok(r);
                    }
                    fb = None;
                }
            }
        }
        if let Some(f) = fa {
            let r = self.call_binary_unbound(&f, a, b)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if let Some(f) = fb {
            let r = self.call_binary_unbound(&f, b, a)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        Ok(self.not_implemented())
    }

    #[cold]
    fn binop_error(&self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyErr {
        let (_, _, _, sym) = binop_names(op);
        let ta = self.type_name(a);
        let tb = self.type_name(b);
        let is_seq = |v: &Value| {
            matches!(
                v.payload(),
                Some(
                    Payload::Str(_)
                        | Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Bytes(_)
                        | Payload::ByteArray(_)
                )
            )
        };
        if op == BinOp::Add && is_seq(a) {
            if matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
                return self.type_error(format!("can't concat {tb} to {ta}"));
            }
            return self.type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"));
        }
        if op == BinOp::Mult {
            if is_seq(a) && int::int_of(b).is_none() {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
            }
            if is_seq(b) && int::int_of(a).is_none() {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
            }
        }
        let sym = if op == BinOp::Pow && !inplace {
            "** or pow()"
        } else {
            sym
        };
        let eq = if inplace { "=" } else { "" };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}{eq}: '{ta}' and '{tb}'"
        ))
    }

    /// `a op= b`: tries `__iop__` first, then falls back to `binary_op`.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(r) = int::num_binary_op(self, a, b, op) {
            return r;
        }
        if let Some(r) = crate::object::complex::fast_binop(self, a, b, op) {
            return r;
        }
        let (_, _, iname, _) = binop_names(op);
        if !matches!(a, Value::Obj(o) if matches!(o.payload(), Payload::Str(_) | Payload::Tuple(_)))
        {
            if let Some(r) = self.call_special(a, iname, core::slice::from_ref(b))? {
                if !self.is_not_implemented(&r) {
                    // A built-in in-place method returns its (unwrapped) self:
                    // the subclass instance stays the target's value.
                    if let Some(Payload::Instance(i)) = a.payload() {
                        if r.is(&i.base) {
                            return Ok(a.clone());
                        }
                    }
                    return Ok(r);
                }
            }
        }
        if op == BinOp::Add {
            if let (Some(x), Some(y)) = (a.as_exact_str(), b.as_exact_str()) {
                self.check_size(crate::vm::limits::SizeKind::Str, (x.len() + y.len()) as u64)?;
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                return Ok(self.new_str(s));
            }
        }
        let r = self.binary_op1(a, b, op)?;
        if !self.is_not_implemented(&r) {
            return Ok(r);
        }
        Err(self.binop_error(a, b, op, true))
    }

    /// `op a` for `-`, `+`, `~` (`not` is `!truthy`).
    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        if let Some(r) = int::num_unary_op(self, a, op) {
            return r;
        }
        let (name, sym) = match op {
            UnaryOp::USub => ("__neg__", "-"),
            UnaryOp::UAdd => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        match self.call_special(a, name, &[])? {
            Some(r) => Ok(r),
            None => Err(self.type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                self.type_name(a)
            ))),
        }
    }

    /// `abs(a)`.
    pub fn abs(&mut self, a: &Value) -> PyResult<Value> {
        if let Some(r) = int::num_abs(a) {
            return Ok(r);
        }
        if let Some(r) = crate::object::complex::fast_abs(self, a) {
            return r;
        }
        match self.call_special(a, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => Err(self.type_error(format!(
                "bad operand type for abs(): '{}'",
                self.type_name(a)
            ))),
        }
    }

    /// `divmod(a, b)`.
    pub fn divmod(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = int::num_divmod(self, a, b) {
            return r;
        }
        let r = self.binary_dunder(a, b, "__divmod__", "__rdivmod__")?;
        if !self.is_not_implemented(&r) {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// `pow(a, b, m)` (with `m` None this is `a ** b`).
    pub fn pow3(&mut self, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
        if is_none_value(m) {
            return self.binary_op(a, b, BinOp::Pow);
        }
        if let (Some(x), Some(y), Some(z)) = (int::int_of(a), int::int_of(b), int::int_of(m)) {
            return int::int_modpow(self, &x, &y, &z);
        }
        if let Some(r) = self.call_special(a, "__pow__", &[b.clone(), m.clone()])? {
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            self.type_name(a),
            self.type_name(b),
            self.type_name(m)
        )))
    }

    /// `round(x)` / `round(x, ndigits)`.
    pub fn round(&mut self, x: &Value, ndigits: Option<&Value>) -> PyResult<Value> {
        let args: Vec<Value> = ndigits.into_iter().cloned().collect();
        match self.call_special(x, "__round__", &args)? {
            Some(r) => Ok(r),
            None => Err(self.type_error(format!(
                "type {} doesn't define __round__ method",
                self.type_name(x)
            ))),
        }
    }

    /// `operator.index(v)` as a Python int value (`Value::Int` or a big int).
    pub fn index_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => return Ok(v.clone()),
            Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
            Value::Obj(o) if matches!(o.payload(), Payload::Int(_)) => return Ok(v.clone()),
            _ => {}
        }
        match self.call_special(v, "__index__", &[])? {
            Some(r) => match &r {
                Value::Int(_) => Ok(r),
                Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
                Value::Obj(o) if matches!(o.payload(), Payload::Int(_)) => Ok(r),
                _ => Err(self.type_error(format!(
                    "__index__ returned non-int (type {})",
                    self.type_name(&r)
                ))),
            },
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// `operator.index(v)` as an i64 (`OverflowError` beyond i64:
    /// `cannot fit 'int' into an index-sized integer`).
    pub fn index(&mut self, v: &Value) -> PyResult<i64> {
        match self.index_value(v)? {
            Value::Int(i) => Ok(i),
            _ => Err(self.new_exc(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
        }
    }

    /// Like [`Vm::index`] but raising `OverflowError` for big values
    /// (`Python int too large to convert to C ssize_t`).
    pub fn index_overflow(&mut self, v: &Value) -> PyResult<i64> {
        match self.index_value(v)? {
            Value::Int(i) => Ok(i),
            _ => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
        }
    }

    /// `float(v)` for numbers (`__float__`, then `__index__`); `TypeError:
    /// must be real number, not str` otherwise.
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => return Ok(*f),
            Value::Int(i) => return Ok(*i as f64),
            Value::Bool(b) => return Ok(f64::from(u8::from(*b))),
            Value::Obj(o) => {
                if let Payload::Int(b) = o.payload() {
                    return b
                        .to_f64()
                        .map_err(|_| self.overflow_error("int too large to convert to float"));
                }
            }
            _ => {}
        }
        if let Some(r) = self.call_special(v, "__float__", &[])? {
            return match r {
                Value::Float(f) => Ok(f),
                other => Err(self.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    self.type_name(v),
                    self.type_name(&other)
                ))),
            };
        }
        if self.lookup_special(v, "__index__").is_some() {
            let i = self.index_value(v)?;
            return self.to_f64(&i);
        }
        Err(self.type_error(format!("must be real number, not {}", self.type_name(v))))
    }

    // ----- subscription -----

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let (Value::Obj(o), Value::Int(i)) = (obj, key) {
            match o.payload() {
                Payload::List(l) => {
                    let items = l.items.get();
                    let n = items.len() as i64;
                    let j = if *i < 0 { *i + n } else { *i };
                    if j >= 0 && j < n {
                        return Ok(items[j as usize].clone());
                    }
                    drop(items);
                    return Err(self.index_error("list index out of range"));
                }
                Payload::Tuple(t) => {
                    let items = t.items();
                    let n = items.len() as i64;
                    let j = if *i < 0 { *i + n } else { *i };
                    if j >= 0 && j < n {
                        return Ok(items[j as usize].clone());
                    }
                    return Err(self.index_error("tuple index out of range"));
                }
                _ => {}
            }
        }
        if let Some(Payload::Instance(i)) = obj.payload() {
            // dict subclasses with `__missing__`.
            if let Some(Payload::Dict(d)) = i.base.payload() {
                let ty = self.type_of(obj);
                let builtin_getitem = lookup_type_owner(&ty, "__getitem__")
                    .is_some_and(|(_, o)| o.ptr_eq(&self.types().dict));
                if builtin_getitem {
                    if let Some(m) = lookup_type(&ty, "__missing__") {
                        return match d.get(self, key)? {
                            Some(v) => Ok(v),
                            None => self.call_unbound(&m, obj, core::slice::from_ref(key)),
                        };
                    }
                }
            }
        }
        if let Some(r) = self.call_special(obj, "__getitem__", core::slice::from_ref(key))? {
            return Ok(r);
        }
        if let Some(Payload::Type(t)) = obj.payload() {
            if let Some(cg) = t.lookup("__class_getitem__") {
                let tyo = self.type_of(obj);
                let _ = tyo;
                let Some(cls) = obj.as_obj().cloned() else {
                    return Err(self.type_error("bad type"));
                };
                let f = self.descr_get(cg, None, &cls)?;
                return self.call(&f, Args::new(core::slice::from_ref(key)));
            }
            // PEP 585: `list[int]` and the like are `types.GenericAlias`es.
            if t.has_flag(flags::BUILTIN)
                && matches!(
                    t.name.get().as_str(),
                    "list" | "dict" | "tuple" | "set" | "frozenset" | "type"
                )
            {
                let m = self.import_module("types", &Value::None, 0)?;
                let ga = self.getattr_str(&m, "GenericAlias")?;
                return self.call(&ga, Args::new(&[obj.clone(), key.clone()]));
            }
            return Err(self.type_error(format!("type '{}' is not subscriptable", t.name.get())));
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        )))
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        if let (Value::Obj(o), Value::Int(i)) = (obj, key) {
            if let Payload::List(l) = o.payload() {
                let mut items = l.items.get_mut();
                let n = items.len() as i64;
                let j = if *i < 0 { *i + n } else { *i };
                if j >= 0 && j < n {
                    let old = core::mem::replace(&mut items[j as usize], value);
                    drop(items);
                    drop(old);
                    return Ok(());
                }
                drop(items);
                return Err(self.index_error("list assignment index out of range"));
            }
        }
        match self.call_special(obj, "__setitem__", &[key.clone(), value])? {
            Some(_) => Ok(()),
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match self.call_special(obj, "__delitem__", core::slice::from_ref(key))? {
            Some(_) => Ok(()),
            None => {
                let word = if self.lookup_special(obj, "__getitem__").is_some() {
                    "doesn't"
                } else {
                    "does not"
                };
                Err(self.type_error(format!(
                    "'{}' object {word} support item deletion",
                    self.type_name(obj)
                )))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match o.payload() {
                Payload::Str(s) => {
                    if let Some(x) = item.as_str() {
                        return Ok(s.as_str().contains(x));
                    }
                }
                Payload::Tuple(t) => {
                    let items: Vec<Value> = t.items().to_vec();
                    for x in &items {
                        if x.is(item) || self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Dict(d) => return Ok(d.get(self, item)?.is_some()),
                Payload::Set(s) | Payload::FrozenSet(s)
                    if matches!(item, Value::Int(_) | Value::Float(_) | Value::Bool(_))
                        || item.as_str().is_some() =>
                {
                    return s.contains(self, item);
                }
                _ => {}
            }
        }
        if let Some(r) =
            self.call_special(container, "__contains__", core::slice::from_ref(item))?
        {
            return self.truthy(&r);
        }
        let has_iter = self
            .lookup_special(container, "__iter__")
            .is_some_and(|f| !is_none_value(&f))
            || self.lookup_special(container, "__getitem__").is_some();
        if !has_iter {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            match o.payload() {
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::List(l) => return Ok(l.items.get().len()),
                Payload::Tuple(t) => return Ok(t.items().len()),
                Payload::Dict(d) => return Ok(d.len()),
                Payload::Bytes(b) => return Ok(b.data.len()),
                _ => {}
            }
        }
        let r = match self.call_special(v, "__len__", &[])? {
            Some(r) => r,
            None => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )))
            }
        };
        let n = self.index_value(&r)?;
        match n {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::Obj(o) => match o.payload() {
                Payload::Int(b) if b.is_negative() => {
                    Err(self.value_error("__len__() should return >= 0"))
                }
                _ => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
            },
            _ => Err(self.type_error("'__len__' returned a non-integer")),
        }
    }

    // ----- iteration -----

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(it) = crate::object::iter::builtin_iter(self, v) {
            return Ok(it);
        }
        match self.lookup_special(v, "__iter__") {
            Some(f) if !is_none_value(&f) => {
                let r = self.call_unbound(&f, v, &[])?;
                if matches!(r.payload(), Some(Payload::Iter(_)))
                    || self
                        .lookup_special(&r, "__next__")
                        .is_some_and(|f| !is_none_value(&f))
                {
                    return Ok(r);
                }
                Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&r)
                )))
            }
            Some(_) => {
                Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
            }
            None => {
                if self
                    .lookup_special(v, "__getitem__")
                    .is_some_and(|f| !is_none_value(&f))
                {
                    return Ok(self.new_seq_iter(v.clone()));
                }
                Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
            }
        }
    }

    /// An iterator over a sequence by `__getitem__` with 0, 1, 2, ... until
    /// `IndexError`/`StopIteration` (the old sequence protocol).
    pub fn new_seq_iter(&self, seq: Value) -> Value {
        crate::object::instance::new_getitem_iter(self, seq)
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is not
    /// materialised on this path).
    /// Native loops over iterators (`sum`, `list()`, `join`, `sorted`, ...)
    /// spend fuel here as bytecode does, so the instruction and time limits,
    /// the GIL hand-off and a host's cancel reach them too.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.poll_gil(1)?;
        if let Value::Obj(o) = it {
            if let Some(r) = crate::object::iter::iter_next_fast(self, o) {
                return r;
            }
            // Generators: resume directly instead of through `__next__`
            // looked up by text and a native call.
            if matches!(o.payload(), Payload::Generator(g) if g.kind == super::generator::GenKind::Generator)
            {
                return match self.gen_send_ex(o, Value::None, None) {
                    Ok(super::generator::GenStep::Yield(v)) => Ok(Some(v)),
                    Ok(super::generator::GenStep::Return(_)) => Ok(None),
                    Err(e) if self.err_matches(&e, ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        match self.lookup_special(it, "__next__") {
            Some(f) if !is_none_value(&f) => match self.call_unbound(&f, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
            _ => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    /// Collects an iterable into a vector.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        match iterable.payload() {
            Some(Payload::List(l)) => return Ok(l.items.get().clone()),
            Some(Payload::Tuple(t)) => return Ok(t.items().to_vec()),
            _ => {}
        }
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    /// True when `other` is an instance of a Python class that defines
    /// `__radd__`: a built-in sequence's `__add__` then returns
    /// `NotImplemented` instead of raising, so that `[1] + UserList([2])`
    /// reaches `UserList.__radd__` (CPython's `sq_concat` is only tried
    /// after both `nb_add` slots). Built-in types' `__radd__` never accept
    /// a sequence, so `"ab".__add__(1)` still raises.
    pub fn concat_defers(&self, other: &Value) -> bool {
        let ty = self.type_of(other);
        if type_obj(&ty).is_none_or(|t| t.has_flag(flags::BUILTIN)) {
            return false;
        }
        self.lookup_special(other, "__radd__")
            .is_some_and(|f| !is_none_value(&f))
    }

    /// Looks a special method up on `type(v)` (not on the instance), unbound.
    pub fn lookup_special(&self, v: &Value, name: &str) -> Option<Value> {
        let ty = self.type_of(v);
        match ty.payload() {
            Payload::Type(t) => t.lookup(name),
            _ => None,
        }
    }

    /// `isinstance(v, cls)` for a single class.
    pub fn isinstance(&self, v: &Value, cls: &ObjRef) -> bool {
        is_subtype(&self.type_of(v), cls)
    }

    /// `isinstance(v, spec)` where `spec` is a class or a (nested) tuple of
    /// classes.
    pub fn isinstance_check(&mut self, v: &Value, spec: &Value) -> PyResult<bool> {
        match spec.payload() {
            Some(Payload::Type(_)) => {
                let Some(c) = spec.as_obj() else {
                    return Ok(false);
                };
                if self.type_of(v).ptr_eq(c) {
                    return Ok(true);
                }
                if let Some(r) = self.meta_hook(spec, "__instancecheck__", v)? {
                    return Ok(r);
                }
                if self.isinstance(v, c) {
                    return Ok(true);
                }
                // A `__class__` attribute other than the real type counts too.
                let vt = self.type_of(v);
                if matches!(v.payload(), Some(Payload::Instance(_)))
                    && lookup_type(&vt, "__class__").is_some()
                {
                    let key = self.intern("__class__");
                    if let Ok(Some(Value::Obj(k))) = self.getattr_opt(v, &key) {
                        if matches!(k.payload(), Payload::Type(_)) && !k.ptr_eq(&self.type_of(v)) {
                            return Ok(is_subtype(&k, c));
                        }
                    }
                }
                Ok(false)
            }
            Some(Payload::Tuple(t)) => {
                let items = t.items().to_vec();
                for c in &items {
                    if self.isinstance_check(v, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(f) = self.lookup_special(spec, "__instancecheck__") {
                    let r = self.call_unbound(&f, spec, core::slice::from_ref(v))?;
                    return self.truthy(&r);
                }
                Err(self
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
            }
        }
    }

    /// Calls a metaclass hook (`__instancecheck__`/`__subclasscheck__`)
    /// defined by a metaclass other than `type`.
    fn meta_hook(&mut self, cls: &Value, name: &str, arg: &Value) -> PyResult<Option<bool>> {
        let meta = self.type_of(cls);
        if meta.ptr_eq(&self.types().type_) {
            return Ok(None);
        }
        match lookup_type_owner(&meta, name) {
            Some((f, owner)) if !owner.ptr_eq(&self.types().type_) => {
                let r = self.call_unbound(&f, cls, core::slice::from_ref(arg))?;
                self.truthy(&r).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// `issubclass(c, spec)`.
    pub fn issubclass_check(&mut self, c: &Value, spec: &Value) -> PyResult<bool> {
        match spec.payload() {
            Some(Payload::Type(_)) => {
                if let Some(r) = self.meta_hook(spec, "__subclasscheck__", c)? {
                    return Ok(r);
                }
            }
            Some(Payload::Tuple(_)) => {}
            _ => {
                // As CPython: an object with the hook (`types.UnionType`,
                // `typing.List`, ...) sees arg 1 whatever it is.
                if let Some(f) = self.lookup_special(spec, "__subclasscheck__") {
                    let r = self.call_unbound(&f, spec, core::slice::from_ref(c))?;
                    return self.truthy(&r);
                }
            }
        }
        let Some(Payload::Type(_)) = c.payload() else {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        };
        match spec.payload() {
            Some(Payload::Type(_)) => match (c.as_obj(), spec.as_obj()) {
                (Some(x), Some(y)) => Ok(is_subtype(x, y)),
                _ => Ok(false),
            },
            Some(Payload::Tuple(t)) => {
                let items = t.items().to_vec();
                for s in &items {
                    if self.issubclass_check(c, s)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self
                .type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let sv = self.new_str(spec);
        match self.call_special(v, "__format__", &[sv])? {
            Some(r) => match r.as_str() {
                Some(s) => Ok(String::from(s)),
                None => Err(self.type_error(format!(
                    "__format__ must return a str, not {}",
                    self.type_name(&r)
                ))),
            },
            None => self.str(v),
        }
    }
}

#[cfg(test)]
mod tests;
