//! `range`: an immutable arithmetic sequence (i64 bounds).

use alloc::format;
use alloc::vec::Vec;

use super::function::Args;
use super::slice::{
    add_properties, as_index, as_slice, check_args, index_value, resolve, type_name,
};
use super::{Payload, Value};
use crate::vm::{PyResult, Vm};

/// The payload of a `range` object.
pub struct RangeObj {
    /// First value.
    pub start: i64,
    /// Bound (exclusive).
    pub stop: i64,
    /// Step (never zero).
    pub step: i64,
}

impl RangeObj {
    /// Number of values.
    pub fn len(&self) -> u64 {
        let (start, stop, step) = (
            i128::from(self.start),
            i128::from(self.stop),
            i128::from(self.step),
        );
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as u64
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`-th value (`i < len`).
    pub fn at(&self, i: u64) -> i64 {
        (i128::from(self.start) + i128::from(i) * i128::from(self.step)) as i64
    }

    /// Does the range contain the integer `v`?
    pub fn contains_int(&self, v: i64) -> bool {
        let (v, start, stop, step) = (
            i128::from(v),
            i128::from(self.start),
            i128::from(self.stop),
            i128::from(self.step),
        );
        let inside = if step > 0 {
            v >= start && v < stop
        } else {
            v <= start && v > stop
        };
        inside && (v - start) % step == 0
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a RangeObj> {
    crate::builtins::descriptor_self(vm, args, "range", name, |v| match v.payload() {
        Some(Payload::Range(r)) => Some(r),
        _ => None,
    })
}

/// A new `range` value.
pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::from_payload(Payload::Range(RangeObj { start, stop, step }))
}

fn range_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = args.pos.get(1..).unwrap_or(&[]);
    let (start, stop, step) = match a {
        [stop] => (0, as_index(vm, stop)?, 1),
        [start, stop] => (as_index(vm, start)?, as_index(vm, stop)?, 1),
        [start, stop, step] => {
            let (s, e, st) = (
                as_index(vm, start)?,
                as_index(vm, stop)?,
                as_index(vm, step)?,
            );
            if st == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            (s, e, st)
        }
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                a.len()
            )))
        }
    };
    Ok(new_range(start, stop, step))
}

fn range_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__repr__")?;
    let s = if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    };
    Ok(vm.new_str(s))
}

fn range_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__len__")?;
    let n = r.len();
    if n > i64::MAX as u64 {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    Ok(Value::Int(n as i64))
}

fn range_bool(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(!this(vm, &args, "__bool__")?.is_empty()))
}

fn range_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__getitem__")?;
    check_args(vm, &args, "__getitem__", 1, 1)?;
    let key = &args.pos[1];
    let len = r.len();
    if let Some(sl) = as_slice(key) {
        let (start, stop, step, _) = resolve(vm, sl, len as usize)?;
        let step = r.step.wrapping_mul(step as i64);
        let start = r.start.wrapping_add((start as i64).wrapping_mul(r.step));
        let stop = r.start.wrapping_add((stop as i64).wrapping_mul(r.step));
        return Ok(new_range(start, stop, step));
    }
    match index_value(vm, key)? {
        Some(i) => {
            let j = if i < 0 {
                i128::from(i) + i128::from(len)
            } else {
                i128::from(i)
            };
            if j < 0 || j >= i128::from(len) {
                return Err(vm.index_error("range object index out of range"));
            }
            Ok(Value::Int(r.at(j as u64)))
        }
        None => Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(vm, key)
        ))),
    }
}

/// Membership for any value: O(1) for ints, equality scan otherwise.
fn contains(vm: &mut Vm, r: &RangeObj, v: &Value) -> PyResult<bool> {
    match v {
        Value::Int(i) => Ok(r.contains_int(*i)),
        Value::Bool(b) => Ok(r.contains_int(i64::from(*b))),
        Value::Obj(o) if matches!(o.payload(), Payload::Int(_)) => Ok(false),
        _ => {
            for k in 0..r.len() {
                if super::slice::eq(vm, &Value::Int(r.at(k)), v)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn range_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__contains__")?;
    check_args(vm, &args, "__contains__", 1, 1)?;
    contains(vm, r, &args.pos[1]).map(Value::Bool)
}

fn range_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__iter__")?;
    Ok(super::iter::new_range_iter(vm, r.start, r.step, r.len()))
}

fn range_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__reversed__")?;
    super::iter::reversed(vm, &args.pos[0])
}

/// The canonical `(len, start, step)` identity CPython compares and hashes.
fn key(r: &RangeObj) -> (u64, Option<i64>, Option<i64>) {
    match r.len() {
        0 => (0, None, None),
        1 => (1, Some(r.start), None),
        n => (n, Some(r.start), Some(r.step)),
    }
}

fn range_eq_impl(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Option<bool>> {
    check_args(vm, args, name, 1, 1)?;
    let r = this(vm, args, name)?;
    match args.pos[1].payload() {
        Some(Payload::Range(o)) => Ok(Some(key(r) == key(o))),
        _ => Ok(None),
    }
}

fn range_eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(match range_eq_impl(vm, &args, "__eq__")? {
        Some(b) => Value::Bool(b),
        None => vm.not_implemented(),
    })
}

fn range_ne(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(match range_eq_impl(vm, &args, "__ne__")? {
        Some(b) => Value::Bool(!b),
        None => vm.not_implemented(),
    })
}

fn range_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "__hash__")?;
    let (n, a, b) = key(r);
    let opt = |x: Option<i64>| x.map_or(Value::None, Value::Int);
    let items: Vec<Value> = alloc::vec![Value::Int(n as i64), opt(a), opt(b)];
    super::tuple::hash_items(vm, &items).map(Value::Int)
}

fn range_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "index")?;
    check_args(vm, &args, "index", 1, 1)?;
    let v = &args.pos[1];
    let found = match v {
        Value::Int(_) | Value::Bool(_) => {
            let i = index_value(vm, v)?.unwrap_or(0);
            if r.contains_int(i) {
                Some(((i128::from(i) - i128::from(r.start)) / i128::from(r.step)) as i64)
            } else {
                None
            }
        }
        _ => {
            let mut f = None;
            for k in 0..r.len() {
                if super::slice::eq(vm, &Value::Int(r.at(k)), v)? {
                    f = Some(k as i64);
                    break;
                }
            }
            f
        }
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
        None => {
            let s = super::str::repr_of(vm, v)?;
            Err(vm.value_error(format!("{s} is not in range")))
        }
    }
}

fn range_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = this(vm, &args, "count")?;
    check_args(vm, &args, "range.count", 1, 1)?;
    let v = &args.pos[1];
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(Value::Int(i64::from(contains(vm, r, v)?))),
        _ => {
            let mut n = 0;
            for k in 0..r.len() {
                if super::slice::eq(vm, &Value::Int(r.at(k)), v)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
    }
}

fn range_start(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "start")?.start))
}
fn range_stop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "stop")?.stop))
}
fn range_step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "step")?.step))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let ty = vm.types().range.clone();
    vm.add_methods(
        &ty,
        "range",
        &[
            ("__new__", range_new),
            ("__repr__", range_repr),
            ("__len__", range_len),
            ("__bool__", range_bool),
            ("__getitem__", range_getitem),
            ("__contains__", range_contains),
            ("__iter__", range_iter),
            ("__reversed__", range_reversed),
            ("__eq__", range_eq),
            ("__ne__", range_ne),
            ("__hash__", range_hash),
            ("index", range_index),
            ("count", range_count),
        ],
    );
    add_properties(
        vm,
        &ty,
        "range",
        &[
            ("start", range_start),
            ("stop", range_stop),
            ("step", range_step),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::super::slice::testing::setup;
    use super::super::slice::SliceObj;
    use super::*;

    #[test]
    fn range_behaviour() {
        let mut t = setup();
        let ty = t.vm.types().range.clone();
        let r = t.make(&ty, &[Value::Int(1), Value::Int(2), Value::Int(0)]);
        assert_eq!(t.err(r), "ValueError: range() arg 3 must not be zero");
        let r = t.make(&ty, &[Value::Float(1.0)]);
        assert_eq!(
            t.err(r),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        let r = t.make(&ty, &[]);
        assert_eq!(
            t.err(r),
            "TypeError: range expected at least 1 argument, got 0"
        );
        let r10 = t.make(&ty, &[Value::Int(10)]).unwrap();
        assert_eq!(t.repr(&r10), "range(0, 10)");
        let r3 = t
            .make(&ty, &[Value::Int(0), Value::Int(10), Value::Int(3)])
            .unwrap();
        assert_eq!(t.repr(&r3), "range(0, 10, 3)");
        let res = t.m(&r3, "__getitem__", &[Value::Int(-1)]);
        assert_eq!(t.ok(res), "9");
        let res = t.m(&r3, "__getitem__", &[Value::Int(4)]);
        assert_eq!(t.err(res), "IndexError: range object index out of range");
        let sl = Value::from_payload(Payload::Slice(SliceObj {
            start: Value::None,
            stop: Value::None,
            step: Value::Int(-3),
        }));
        let res = t.m(&r10, "__getitem__", &[sl]);
        assert_eq!(t.ok(res), "range(9, -1, -3)");
        let res = t.m(&r3, "__contains__", &[Value::Int(6)]);
        assert_eq!(t.ok(res), "True");
        let res = t.m(&r3, "__contains__", &[Value::Int(7)]);
        assert_eq!(t.ok(res), "False");
        let res = t.m(&r3, "index", &[Value::Int(7)]);
        assert_eq!(t.err(res), "ValueError: 7 is not in range");
        let res = t.m(&r3, "__len__", &[]);
        assert_eq!(t.ok(res), "4");
        let r3b = t.make(&ty, &[Value::Int(3)]).unwrap();
        let res = t.m(&r3b, "__hash__", &[]);
        assert_eq!(t.ok(res), "-8338477496398685190");
        let e1 = t.make(&ty, &[Value::Int(0)]).unwrap();
        let e2 = t.make(&ty, &[Value::Int(5), Value::Int(5)]).unwrap();
        let res = t.m(&e1, "__eq__", &[e2]);
        assert_eq!(t.ok(res), "True");
        let res = t.call_on(&ty, "step", core::slice::from_ref(&r3));
        assert_eq!(t.ok(res), "3");
        let it = t.m(&r3, "__reversed__", &[]).unwrap();
        let list = t.vm.types().list.clone();
        let res = t.make(&list, &[it]);
        assert_eq!(t.ok(res), "[9, 6, 3, 0]");
    }

    #[test]
    fn slice_resolve_and_indices() {
        let mut t = setup();
        let ty = t.vm.types().slice.clone();
        let s = t.make(&ty, &[Value::Int(1), Value::Int(2)]).unwrap();
        assert_eq!(t.repr(&s), "slice(1, 2, None)");
        let r = t.m(&s, "indices", &[Value::Int(10)]);
        assert_eq!(t.ok(r), "(1, 2, 1)");
        let s = t
            .make(&ty, &[Value::None, Value::None, Value::Int(-1)])
            .unwrap();
        let r = t.m(&s, "indices", &[Value::Int(5)]);
        assert_eq!(t.ok(r), "(4, -1, -1)");
        let s = t
            .make(&ty, &[Value::Int(-100), Value::Int(100), Value::Int(3)])
            .unwrap();
        let r = t.m(&s, "indices", &[Value::Int(10)]);
        assert_eq!(t.ok(r), "(0, 10, 3)");
        let s = t
            .make(&ty, &[Value::Int(1), Value::Int(2), Value::Int(0)])
            .unwrap();
        let r = t.m(&s, "indices", &[Value::Int(3)]);
        assert_eq!(t.err(r), "ValueError: slice step cannot be zero");
        let r = t.call_on(&ty, "stop", &[s]);
        assert_eq!(t.ok(r), "2");
    }
}
