//! The object protocols: attribute access, calls into dunder methods,
//! operators, comparison, hashing, `repr`/`str`, truth, iteration,
//! subscription. Built-in types expose their behaviour as native dunder
//! methods in their type's namespace (like CPython's slot wrappers); these
//! functions look dunders up on the type's MRO, with fast paths for the hot
//! built-in cases.

use alloc::string::String;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::compile::ast::{BinOp, CmpOp, UnaryOp};
use crate::object::exception::ExcKind;
use crate::object::{ObjRef, Payload, Value};

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

#[cold]
fn todo_err(vm: &Vm, what: &str) -> super::PyErr {
    vm.new_exc(
        ExcKind::NotImplementedError,
        alloc::format!("{what} is not implemented yet"),
    )
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
                Payload::Type(_) => t.type_.clone(),
                Payload::Instance(i) => i.class.get().clone(),
                Payload::Exception(e) => e.class.get().clone(),
                Payload::Traceback(_) => t.traceback.clone(),
                Payload::Module(_) => t.module.clone(),
                Payload::Cell(_) => t.cell.clone(),
                Payload::Descriptor(d) => match d {
                    crate::object::class::DescriptorObj::Property { .. } => t.property.clone(),
                    crate::object::class::DescriptorObj::StaticMethod(_) => t.staticmethod.clone(),
                    crate::object::class::DescriptorObj::ClassMethod(_) => t.classmethod.clone(),
                    crate::object::class::DescriptorObj::Super { .. } => t.super_.clone(),
                },
                Payload::Generator(_) => t.generator.clone(),
                Payload::Marker(crate::object::Marker::NotImplemented) => t.not_implemented.clone(),
                Payload::Marker(_) => t.ellipsis.clone(),
                Payload::Object => t.object.clone(),
            },
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::None => Ok(0x5f3759df),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => Ok(s.hash()),
                _ => Err(todo_err(self, "hash of this type")),
            },
            _ => Err(todo_err(self, "hash of this type")),
        }
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match crate::object::dict::simple_eq(a, b) {
            Some(r) => Ok(r),
            None => Err(todo_err(self, "__eq__")),
        }
    }

    /// Rich comparison `a op b` (`op` is one of `== != < <= > >=`).
    pub fn compare(&mut self, _a: &Value, _b: &Value, _op: CmpOp) -> PyResult<Value> {
        Err(todo_err(self, "comparison"))
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(f) => Ok(*f != 0.0),
            Value::Obj(_) => Err(todo_err(self, "truth of this type")),
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, _v: &Value) -> PyResult<String> {
        Err(todo_err(self, "repr"))
    }

    /// `str(v)`.
    pub fn str(&mut self, _v: &Value) -> PyResult<String> {
        Err(todo_err(self, "str"))
    }

    /// `getattr(v, name)`.
    pub fn getattr(&mut self, _v: &Value, _name: &ObjRef) -> PyResult<Value> {
        Err(todo_err(self, "getattr"))
    }

    /// `getattr(v, name, None)`-like: `Ok(None)` only when the attribute is
    /// missing (an `AttributeError`); other errors propagate.
    pub fn getattr_opt(&mut self, _v: &Value, _name: &ObjRef) -> PyResult<Option<Value>> {
        Err(todo_err(self, "getattr"))
    }

    /// `setattr(v, name, value)`.
    pub fn setattr(&mut self, _v: &Value, _name: &ObjRef, _value: Value) -> PyResult<()> {
        Err(todo_err(self, "setattr"))
    }

    /// `delattr(v, name)`.
    pub fn delattr(&mut self, _v: &Value, _name: &ObjRef) -> PyResult<()> {
        Err(todo_err(self, "delattr"))
    }

    /// `a op b` for a binary operator (not in-place).
    pub fn binary_op(&mut self, _a: &Value, _b: &Value, _op: BinOp) -> PyResult<Value> {
        Err(todo_err(self, "binary operators"))
    }

    /// `a op= b`: tries `__iop__` first, then falls back to `binary_op`.
    pub fn inplace_op(&mut self, _a: &Value, _b: &Value, _op: BinOp) -> PyResult<Value> {
        Err(todo_err(self, "in-place operators"))
    }

    /// `op a` for `-`, `+`, `~` (`not` is `!truthy`).
    pub fn unary_op(&mut self, _a: &Value, _op: UnaryOp) -> PyResult<Value> {
        Err(todo_err(self, "unary operators"))
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, _obj: &Value, _key: &Value) -> PyResult<Value> {
        Err(todo_err(self, "subscription"))
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, _obj: &Value, _key: &Value, _value: Value) -> PyResult<()> {
        Err(todo_err(self, "item assignment"))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, _obj: &Value, _key: &Value) -> PyResult<()> {
        Err(todo_err(self, "item deletion"))
    }

    /// `item in container`.
    pub fn contains(&mut self, _container: &Value, _item: &Value) -> PyResult<bool> {
        Err(todo_err(self, "in"))
    }

    /// `len(v)`.
    pub fn len(&mut self, _v: &Value) -> PyResult<usize> {
        Err(todo_err(self, "len"))
    }

    /// `iter(v)`.
    pub fn iter(&mut self, _v: &Value) -> PyResult<Value> {
        Err(todo_err(self, "iter"))
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is not
    /// materialised on this path).
    pub fn next(&mut self, _it: &Value) -> PyResult<Option<Value>> {
        Err(todo_err(self, "next"))
    }

    /// Collects an iterable into a vector.
    pub fn collect(&mut self, iterable: &Value) -> PyResult<Vec<Value>> {
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
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
}
