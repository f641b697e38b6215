//! Runtime support for `match` statements: the sequence/mapping tests and
//! the `MATCH_KEYS` / `MATCH_CLASS` operations, as CPython 3.11 does them.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::ops::{is_subtype, lookup_type, type_name_of};
use super::{PyResult, Vm};
use crate::object::exception::ExcKind;
use crate::object::function::Args;
use crate::object::{ObjRef, Payload, Value};

/// Is a class named `name` from the Python-written library module `module`
/// in the MRO of `ty`? (Those classes carry CPython's sequence/mapping flags.)
fn has_lib_base(ty: &ObjRef, which: &[(&str, &str)]) -> bool {
    super::ops::full_mro(ty).iter().any(|c| {
        let n = type_name_of(c);
        which.iter().any(|(m, w)| {
            n == *w && lookup_type(c, "__module__").is_some_and(|x| x.as_str() == Some(m))
        })
    })
}

impl Vm {
    /// Does `v` match a sequence pattern? (CPython's `Py_TPFLAGS_SEQUENCE`:
    /// list, tuple, range, `collections.deque` and their subclasses; never
    /// str, bytes or bytearray.)
    pub fn match_is_sequence(&self, v: &Value) -> bool {
        let ty = self.type_of(v);
        let t = self.types();
        if is_subtype(&ty, &t.list) || is_subtype(&ty, &t.tuple) || is_subtype(&ty, &t.range) {
            return true;
        }
        if is_subtype(&ty, &t.str_) || is_subtype(&ty, &t.bytes) || is_subtype(&ty, &t.bytearray) {
            return false;
        }
        has_lib_base(&ty, &[("collections", "deque"), ("array", "array")])
    }

    /// Does `v` match a mapping pattern? (dict and its subclasses, and
    /// `collections.ChainMap`.)
    pub fn match_is_mapping(&self, v: &Value) -> bool {
        let ty = self.type_of(v);
        is_subtype(&ty, &self.types().dict) || has_lib_base(&ty, &[("collections", "ChainMap")])
    }

    /// `MATCH_KEYS`: a tuple of `subject.get(key)` for every key in `keys`,
    /// or None when one is missing. Duplicate keys are a `ValueError`.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys: Vec<Value> = match keys.payload() {
            Some(Payload::Tuple(t)) => t.items().to_vec(),
            _ => Vec::new(),
        };
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let get = self.getattr_str(subject, "get")?;
        let dummy = Value::from_payload(Payload::Object);
        let mut seen: Vec<(i64, Value)> = Vec::new();
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            let h = self.hash(&key)?;
            for (sh, sk) in seen.clone() {
                if sh == h && self.eq(&sk, &key)? {
                    let r = self.repr(&key)?;
                    return Err(self.new_exc(
                        ExcKind::ValueError,
                        format!("mapping pattern checks duplicate key ({r})"),
                    ));
                }
            }
            seen.push((h, key.clone()));
            let v = self.call(&get, Args::new(&[key, dummy.clone()]))?;
            if v.is(&dummy) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(self.new_tuple(values))
    }

    /// `MATCH_CLASS`: the attributes for `nargs` positional sub-patterns
    /// (through `__match_args__`) and the keyword `names`, or None when the
    /// subject is not an instance or lacks an attribute.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let ty: ObjRef = match cls {
            Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => o.clone(),
            _ => return Err(self.type_error("called match pattern must be a type")),
        };
        if !self.isinstance_check(subject, cls)? {
            return Ok(Value::None);
        }
        let tname = type_name_of(&ty);
        let mut seen: Vec<String> = Vec::new();
        let mut attrs: Vec<Value> = Vec::new();
        if nargs > 0 {
            let ma = self.intern("__match_args__");
            let (match_args, match_self) = match self.getattr_opt(cls, &ma)? {
                Some(m) => {
                    let exact = self.type_of(&m).ptr_eq(&self.types().tuple);
                    match m.payload() {
                        Some(Payload::Tuple(t)) if exact => (t.items().to_vec(), false),
                        _ => {
                            let got = self.type_name(&m);
                            return Err(self.type_error(format!(
                                "{tname}.__match_args__ must be a tuple (got {got})"
                            )));
                        }
                    }
                }
                None => (Vec::new(), self.matches_self(&ty)),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{tname}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in match_args.iter().take(nargs) {
                    let exact_str = self.type_of(name).ptr_eq(&self.types().str_);
                    let Some(s) = name.as_str().filter(|_| exact_str) else {
                        let got = self.type_name(name);
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {got})"
                        )));
                    };
                    let s = String::from(s);
                    match self.match_class_attr(subject, &tname, &s, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let names: Vec<Value> = match names.payload() {
            Some(Payload::Tuple(t)) => t.items().to_vec(),
            _ => Vec::new(),
        };
        for n in names {
            let s = String::from(n.as_str().unwrap_or(""));
            match self.match_class_attr(subject, &tname, &s, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    fn match_class_attr(
        &mut self,
        subject: &Value,
        tname: &str,
        name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s == name) {
            let r = crate::object::str::repr_str(name);
            return Err(self.type_error(format!(
                "{tname}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(String::from(name));
        let n = self.intern(name);
        self.getattr_opt(subject, &n)
    }

    /// Built-in types whose single positional sub-pattern matches the
    /// subject itself (CPython's `_Py_TPFLAGS_MATCH_SELF`), and subclasses.
    fn matches_self(&self, ty: &ObjRef) -> bool {
        let t = self.types();
        [
            &t.bool_,
            &t.bytearray,
            &t.bytes,
            &t.dict,
            &t.float,
            &t.frozenset,
            &t.int,
            &t.list,
            &t.set,
            &t.str_,
            &t.tuple,
        ]
        .iter()
        .any(|c| is_subtype(ty, c))
    }
}
