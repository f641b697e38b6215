//! A stand-in for `crate::object::class::new_class` (owned by the runtime
//! engineer) so that class statements work before that lands: a plain class
//! with a simple MRO and the namespace copied in. Replace the call in
//! `call.rs::build_class` with `crate::object::class::new_class` on merge.

use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::object::class::{BaseKind, TypeObj};
use crate::object::{ObjRef, Payload, Value};

/// Creates a class object.
pub(crate) fn new_class(
    vm: &mut Vm,
    name: &str,
    bases: Vec<ObjRef>,
    ns: ObjRef,
    _kwargs: &[(ObjRef, Value)],
) -> PyResult<Value> {
    let bases = if bases.is_empty() {
        alloc::vec![vm.types().object.clone()]
    } else {
        bases
    };
    let mut mro: Vec<ObjRef> = Vec::new();
    let mut kind = BaseKind::Object;
    for b in &bases {
        if let Payload::Type(t) = b.payload() {
            if t.base_kind == BaseKind::Exception {
                kind = BaseKind::Exception;
            }
            for m in core::iter::once(b.clone()).chain(t.mro.get().iter().cloned()) {
                if !mro.iter().any(|x| x.ptr_eq(&m)) {
                    mro.push(m);
                }
            }
        }
    }
    // `object` last.
    if let Some(i) = mro.iter().position(|m| m.ptr_eq(&vm.types().object)) {
        let o = mro.remove(i);
        mro.push(o);
    }
    let t = TypeObj::new(
        name,
        bases,
        mro,
        kind,
        crate::object::class::flags::BASETYPE,
    );
    if let (Payload::Dict(src), Payload::Dict(dst)) = (ns.payload(), t.dict.payload()) {
        for (k, v) in src.items() {
            if let Value::Obj(ko) = k {
                dst.set_str(ko, v);
            }
        }
        if let Some(q) = src.get_str("__qualname__") {
            if let Some(s) = q.as_str() {
                *t.qualname.get_mut() = alloc::string::String::from(s);
            }
        }
    }
    Ok(Value::from_payload(Payload::Type(t)))
}
