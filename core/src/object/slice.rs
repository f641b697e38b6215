//! `slice` objects, [`resolve`] (CPython's `PySlice_GetIndicesEx`), and the
//! small argument/index helpers shared by the sequence types.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::exception::ExcKind;
use super::function::Args;
use super::{ObjRef, Payload, Value};
use crate::compile::ast::CmpOp;
use crate::vm::{PyErr, PyResult, Vm};

/// The payload of a `slice` object.
pub struct SliceObj {
    /// Start (None when omitted).
    pub start: Value,
    /// Stop.
    pub stop: Value,
    /// Step.
    pub step: Value,
}

// ----- shared helpers -----

/// The `__name__` of `type(v)`.
pub fn type_name(vm: &Vm, v: &Value) -> String {
    match vm.type_of(v).payload() {
        Payload::Type(t) => t.name.get().clone(),
        _ => String::from("object"),
    }
}

/// Checks the positional argument count of a method (`self` excluded) and
/// that no keywords were given. Messages follow CPython's argument clinic.
pub(crate) fn check_args(
    vm: &Vm,
    args: &Args<'_>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    Err(arg_count_error(vm, name, n, min, max))
}

#[cold]
pub(crate) fn arg_count_error(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyErr {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if max == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if n > max {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    } else {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    };
    vm.type_error(msg)
}

/// Positional argument `i` (1-based after `self`), if given.
#[inline]
pub(crate) fn arg<'a>(args: &Args<'a>, i: usize) -> Option<&'a Value> {
    args.pos.get(i)
}

/// The `keepends` argument of `str.splitlines`/`bytes.splitlines`.
pub(crate) fn keepends_arg(vm: &mut Vm, args: &Args<'_>) -> PyResult<bool> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "splitlines() takes at most 1 argument ({} given)",
            args.pos.len() - 1
        )));
    }
    match args.pos.get(1).or_else(|| args.kwarg("keepends")) {
        Some(v) => truthy(vm, v),
        None => Ok(false),
    }
}

/// The descriptor error for a method called on the wrong kind of object.
#[cold]
pub(crate) fn self_error(vm: &Vm, method: &str, owner: &str, got: &Value) -> PyErr {
    crate::builtins::descriptor_error(vm, Some(got), owner, method)
}

/// Converts an int-like value (int, bool, or an object with `__index__`) to
/// i64. `Ok(None)` when the value is not int-like. Ints beyond i64 raise
/// `IndexError: cannot fit 'int' into an index-sized integer`.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(i64::from(*b))),
        Value::Obj(o) => match o.payload() {
            Payload::Int(_) => Err(vm.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(vm, v)
            ))),
            Payload::Instance(_) => match vm.lookup_special(v, "__index__") {
                Some(f) => {
                    let r = vm.call(&f, Args::new(core::slice::from_ref(v)))?;
                    match r {
                        Value::Int(i) => Ok(Some(i)),
                        Value::Bool(b) => Ok(Some(i64::from(b))),
                        Value::Obj(ref o) if matches!(o.payload(), Payload::Int(_)) => {
                            Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
                        }
                        _ => Err(vm.type_error(format!(
                            "__index__ returned non-int (type {})",
                            type_name(vm, &r)
                        ))),
                    }
                }
                None => Ok(None),
            },
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Like [`index_value`] but raising `TypeError: '<type>' object cannot be
/// interpreted as an integer` for non-integers.
pub fn as_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match index_value(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, v)
        ))),
    }
}

/// Normalises a (possibly negative) index against `len`; `None` when out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        None
    } else {
        Some(j as usize)
    }
}

/// Clamps a `start`/`end` argument as `str.find` and friends do (None means
/// the default), returning a position in `0..=len`.
pub(crate) fn clamp_bound(
    vm: &mut Vm,
    v: Option<&Value>,
    len: usize,
    default: usize,
) -> PyResult<usize> {
    let v = match v {
        None | Some(Value::None) => return Ok(default),
        Some(v) => v,
    };
    let i = match index_value(vm, v)? {
        Some(i) => i,
        None => {
            return Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            );
        }
    };
    let len_i = len as i64;
    Ok(if i < 0 {
        (i + len_i).max(0) as usize
    } else {
        i.min(len_i) as usize
    })
}

/// Like [`clamp_bound`] for a `start` argument (default 0): negative values
/// count from the end, but values past `len` are kept (CPython's
/// `ADJUST_INDICES`), so `'abc'.find('', 4)` is -1.
pub(crate) fn clamp_start(vm: &mut Vm, v: Option<&Value>, len: usize) -> PyResult<usize> {
    let v = match v {
        None | Some(Value::None) => return Ok(0),
        Some(v) => v,
    };
    let i = match index_value(vm, v)? {
        Some(i) => i,
        None => {
            return Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            );
        }
    };
    let len_i = len as i64;
    Ok(if i < 0 {
        (i + len_i).max(0) as usize
    } else {
        i.min(i64::MAX / 2) as usize
    })
}

/// `a < b` as a bool, with fast paths for ints, floats and strs.
pub fn less_than(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Int(x), Value::Float(y)) => Ok((*x as f64) < *y),
        (Value::Float(x), Value::Int(y)) => Ok(*x < (*y as f64)),
        (Value::Obj(x), Value::Obj(y)) => match (x.payload(), y.payload()) {
            (Payload::Str(s), Payload::Str(t)) => Ok(s.as_str() < t.as_str()),
            (Payload::Tuple(s), Payload::Tuple(t)) => {
                // Lexicographic, without dispatching through `tuple.__lt__`.
                let (s, t) = (s.items(), t.items());
                deep(vm, " in comparison", |vm| {
                    let mut i = 0;
                    while i < s.len() && i < t.len() {
                        if !(s[i].is(&t[i]) || eq(vm, &s[i], &t[i])?) {
                            return less_than(vm, &s[i], &t[i]);
                        }
                        i += 1;
                    }
                    Ok(s.len() < t.len())
                })
            }
            _ => {
                let r = vm.compare(a, b, CmpOp::Lt)?;
                truthy(vm, &r)
            }
        },
        _ => {
            let r = vm.compare(a, b, CmpOp::Lt)?;
            truthy(vm, &r)
        }
    }
}

/// Counts one level of native recursion through containers (repr, compare,
/// hash of nested containers), raising `RecursionError` past the limit so a
/// deeply nested structure never overflows the host stack.
pub fn enter_deep(vm: &mut Vm, what: &str) -> PyResult<()> {
    if vm.eval.native_depth >= crate::vm::eval::MAX_NATIVE_DEPTH
        || vm.depth + vm.eval.native_depth >= vm.interp().recursion_limit.get()
    {
        return Err(vm.new_exc(
            ExcKind::RecursionError,
            format!("maximum recursion depth exceeded{what}"),
        ));
    }
    vm.eval.native_depth += 1;
    Ok(())
}

/// Leaves a level entered with [`enter_deep`].
pub fn leave_deep(vm: &mut Vm) {
    vm.eval.native_depth = vm.eval.native_depth.saturating_sub(1);
}

/// Runs `f` one native recursion level deeper.
pub fn deep<T>(vm: &mut Vm, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    enter_deep(vm, what)?;
    let r = f(vm);
    leave_deep(vm);
    r
}

/// CPython's hash of an int that fits in i64 (reduced modulo 2**61 - 1).
#[inline]
pub fn int_hash(i: i64) -> i64 {
    const M: i128 = (1 << 61) - 1;
    let a = i128::from(i).abs() % M;
    let h = if i < 0 { -a } else { a } as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)` with fast paths for ints, bools, strs and tuples of those;
/// everything else goes through `vm.hash`.
pub fn hash_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(int_hash(*i)),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Ok(s.hash()),
            Payload::Tuple(t) => super::tuple::hash_items(vm, t.items()),
            Payload::FrozenSet(s) => Ok(s.frozen_hash()),
            Payload::Bytes(b) => Ok(super::bytes::hash_bytes(&b.data)),
            _ => vm.hash(v),
        },
        _ => vm.hash(v),
    }
}

/// `bool(v)` with a fast path for bools.
#[inline]
pub(crate) fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => vm.truthy(v),
    }
}

/// `a == b` with the dict module's simple fast path.
#[inline]
pub(crate) fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match super::dict::simple_eq(a, b) {
        Some(r) => Ok(r),
        None => vm.eq(a, b),
    }
}

/// Lexicographic rich comparison of two sequences of values, CPython-style:
/// the first unequal pair decides with `op`, else the lengths do.
pub fn seq_compare(vm: &mut Vm, a: &[Value], b: &[Value], op: CmpOp) -> PyResult<Value> {
    deep(vm, " in comparison", |vm| seq_compare_inner(vm, a, b, op))
}

fn seq_compare_inner(vm: &mut Vm, a: &[Value], b: &[Value], op: CmpOp) -> PyResult<Value> {
    if a.len() != b.len() && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(Value::Bool(op == CmpOp::NotEq));
    }
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if !(a[i].is(&b[i]) || eq(vm, &a[i], &b[i])?) {
            break;
        }
        i += 1;
    }
    if i >= a.len() || i >= b.len() {
        let (x, y) = (a.len(), b.len());
        let r = match op {
            CmpOp::Eq => x == y,
            CmpOp::NotEq => x != y,
            CmpOp::Lt => x < y,
            CmpOp::LtE => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::GtE => x >= y,
            _ => false,
        };
        return Ok(Value::Bool(r));
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(false)),
        CmpOp::NotEq => Ok(Value::Bool(true)),
        CmpOp::Lt => less_than(vm, &a[i], &b[i]).map(Value::Bool),
        CmpOp::Gt => less_than(vm, &b[i], &a[i]).map(Value::Bool),
        _ => vm.compare(&a[i], &b[i], op),
    }
}

/// Maps a dunder name to its comparison operator.
pub(crate) fn cmp_op_of(name: &str) -> CmpOp {
    match name {
        "__eq__" => CmpOp::Eq,
        "__ne__" => CmpOp::NotEq,
        "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::LtE,
        "__gt__" => CmpOp::Gt,
        _ => CmpOp::GtE,
    }
}

/// Applies a comparison operator to an `Ordering`.
pub(crate) fn ord_result(ord: core::cmp::Ordering, op: CmpOp) -> bool {
    use core::cmp::Ordering::*;
    match op {
        CmpOp::Eq => ord == Equal,
        CmpOp::NotEq => ord != Equal,
        CmpOp::Lt => ord == Less,
        CmpOp::LtE => ord != Greater,
        CmpOp::Gt => ord == Greater,
        CmpOp::GtE => ord != Less,
        _ => false,
    }
}

/// Repeat count for `seq * n`: negative counts are zero; non-ints give `None`.
pub(crate) fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Int(_)) => {
            // Too big unless negative; treat as overflow.
            let neg = matches!(
                vm.compare(v, &Value::Int(0), CmpOp::Lt),
                Ok(Value::Bool(true))
            );
            if neg {
                Ok(Some(0))
            } else {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
        }
        _ => Ok(index_value(vm, v)?.map(|n| n.max(0) as usize)),
    }
}

/// Checks `len * n` for overflow of a reasonable size bound.
/// Large results are probed with a fallible allocation first, so that a huge
/// `[0] * n` or `bytes(n)` raises `MemoryError` instead of aborting.
pub(crate) fn repeat_len(vm: &Vm, len: usize, n: usize) -> PyResult<usize> {
    match len.checked_mul(n) {
        Some(t) if t <= isize::MAX as usize / 16 => {
            if t > 1 << 24 {
                let mut probe: Vec<u128> = Vec::new();
                if probe.try_reserve_exact(t).is_err() {
                    return Err(vm.memory_error());
                }
            }
            Ok(t)
        }
        _ => Err(vm.memory_error()),
    }
}

// ----- slices -----

fn slice_part(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Obj(o) if matches!(o.payload(), Payload::Int(_)) => {
            // Clamp big ints to the i64 range, as CPython clamps to ssize_t.
            let neg = matches!(
                vm.compare(v, &Value::Int(0), CmpOp::Lt),
                Ok(Value::Bool(true))
            );
            Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 }))
        }
        _ => match index_value(vm, v)? {
            Some(i) => Ok(Some(i.clamp(i64::MIN / 2, i64::MAX / 2))),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// Resolves a slice against a sequence length with CPython's semantics:
/// `(start, stop, step, slicelength)`. Raises `ValueError: slice step
/// cannot be zero` and `TypeError` for non-integer parts.
pub fn resolve(vm: &mut Vm, s: &SliceObj, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let step = match slice_part(vm, &s.step)? {
        None => 1,
        Some(0) => return Err(vm.value_error("slice step cannot be zero")),
        Some(st) => st,
    };
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let start = match slice_part(vm, &s.start)? {
        None => {
            if step < 0 {
                upper
            } else {
                lower
            }
        }
        Some(mut st) => {
            if st < 0 {
                st += len;
                if st < lower {
                    st = lower;
                }
            } else if st > upper {
                st = upper;
            }
            st
        }
    };
    let stop = match slice_part(vm, &s.stop)? {
        None => {
            if step < 0 {
                lower
            } else {
                upper
            }
        }
        Some(mut sp) => {
            if sp < 0 {
                sp += len;
                if sp < lower {
                    sp = lower;
                }
            } else if sp > upper {
                sp = upper;
            }
            sp
        }
    };
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start as isize, stop as isize, step as isize, n as usize))
}

/// The indices selected by a resolved slice.
pub fn slice_indices(start: isize, step: isize, n: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |k| (start + k as isize * step) as usize)
}

/// Picks the items a slice selects out of a vector.
pub fn slice_items<T: Clone>(items: &[T], start: isize, step: isize, n: usize) -> Vec<T> {
    if step == 1 {
        let s = start.max(0) as usize;
        return items.get(s..s + n).map(|x| x.to_vec()).unwrap_or_default();
    }
    slice_indices(start, step, n)
        .filter_map(|i| items.get(i).cloned())
        .collect()
}

/// If `v` is a slice object, its payload.
#[inline]
pub fn as_slice(v: &Value) -> Option<&SliceObj> {
    match v.payload() {
        Some(Payload::Slice(s)) => Some(s),
        _ => None,
    }
}

fn slice_self<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a SliceObj> {
    match args.pos.first() {
        Some(v) => match as_slice(v) {
            Some(s) => Ok(s),
            None => Err(self_error(vm, name, "slice", v)),
        },
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'slice' object needs an argument"
        ))),
    }
}

fn slice_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let a = args.pos.get(1..).unwrap_or(&[]);
    let (start, stop, step) = match a {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        [] => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "slice expected at most 3 arguments, got {}",
                a.len()
            )))
        }
    };
    Ok(Value::from_payload(Payload::Slice(SliceObj {
        start,
        stop,
        step,
    })))
}

fn repr_part(vm: &mut Vm, v: &Value) -> PyResult<String> {
    super::str::repr_of(vm, v)
}

fn slice_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = slice_self(vm, &args, "__repr__")?;
    let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
    let r = format!(
        "slice({}, {}, {})",
        repr_part(vm, &a)?,
        repr_part(vm, &b)?,
        repr_part(vm, &c)?
    );
    Ok(vm.new_str(r))
}

fn slice_indices_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "slice.indices", 1, 1)?;
    let s = slice_self(vm, &args, "indices")?;
    let len = as_index(vm, &args.pos[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = resolve(vm, s, len as usize)?;
    Ok(vm.new_tuple(alloc::vec![
        Value::Int(start as i64),
        Value::Int(stop as i64),
        Value::Int(step as i64)
    ]))
}

fn slice_cmp(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    check_args(vm, &args, name, 1, 1)?;
    let s = slice_self(vm, &args, name)?;
    let Some(o) = as_slice(&args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let a = [s.start.clone(), s.stop.clone(), s.step.clone()];
    let b = [o.start.clone(), o.stop.clone(), o.step.clone()];
    seq_compare(vm, &a, &b, cmp_op_of(name))
}

macro_rules! cmp_fns {
    ($f:ident; $($name:ident = $dunder:literal),*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { $f(vm, args, $dunder) })*
    };
}
cmp_fns!(slice_cmp; slice_eq = "__eq__", slice_ne = "__ne__", slice_lt = "__lt__", slice_le = "__le__", slice_gt = "__gt__", slice_ge = "__ge__");

fn slice_start(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(slice_self(vm, &args, "start")?.start.clone())
}
fn slice_stop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(slice_self(vm, &args, "stop")?.stop.clone())
}
fn slice_step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(slice_self(vm, &args, "step")?.step.clone())
}

/// Puts read-only properties (native getters) into a type's namespace.
pub(crate) fn add_properties(
    vm: &Vm,
    ty: &ObjRef,
    owner: &'static str,
    props: &[(&'static str, super::function::NativeFn)],
) {
    use super::class::DescriptorObj;
    use super::function::NativeFnObj;
    if let Payload::Type(t) = ty.payload() {
        for &(name, f) in props {
            let fget = Value::from_payload(Payload::Native(NativeFnObj {
                name,
                f,
                bound: None,
                owner: Some(owner),
            }));
            let p = Value::from_payload(Payload::Descriptor(DescriptorObj::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            }));
            t.dict().set_str(vm.intern(name), p);
        }
    }
}

/// Sets `__hash__ = None` on a type (unhashable).
pub(crate) fn set_unhashable(vm: &Vm, ty: &ObjRef) {
    if let Payload::Type(t) = ty.payload() {
        t.dict().set_str(vm.intern("__hash__"), Value::None);
    }
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let ty = vm.types().slice.clone();
    vm.add_methods(
        &ty,
        "slice",
        &[
            ("__new__", slice_new),
            ("__repr__", slice_repr),
            ("indices", slice_indices_m),
            ("__eq__", slice_eq),
            ("__ne__", slice_ne),
            ("__lt__", slice_lt),
            ("__le__", slice_le),
            ("__gt__", slice_gt),
            ("__ge__", slice_ge),
        ],
    );
    set_unhashable(vm, &ty);
    add_properties(
        vm,
        &ty,
        "slice",
        &[
            ("start", slice_start),
            ("stop", slice_stop),
            ("step", slice_step),
        ],
    );
}

/// Helpers for the container unit tests: an interpreter with the built-in
/// types initialised, and method calls through the type namespaces.
#[cfg(test)]
pub(crate) mod testing {
    use alloc::boxed::Box;
    use alloc::string::String;
    use alloc::vec::Vec;

    use crate::object::class::DescriptorObj;
    use crate::object::function::Args;
    use crate::object::{ObjRef, Payload, Value};
    use crate::platform::Platform;
    use crate::vm::{Config, Interp, PyErr, PyResult, Vm};

    struct Quiet;
    impl Platform for Quiet {
        fn monotonic_ns(&self) -> u64 {
            0
        }
        fn write_stdout(&self, _bytes: &[u8]) {}
    }

    /// A VM over its own interpreter (the VM is dropped first).
    pub struct T {
        pub vm: Vm,
        _interp: Box<Interp>,
    }

    pub fn setup() -> T {
        let interp = Interp::new(Box::new(Quiet), Config::default());
        // SAFETY: the interpreter is boxed and outlives the VM (field order).
        let mut vm = unsafe { Vm::new(&interp) };
        crate::vm::init::init_types(&mut vm);
        T {
            vm,
            _interp: interp,
        }
    }

    fn lookup(ty: &ObjRef, name: &str) -> Option<Value> {
        match ty.payload() {
            Payload::Type(t) => t.lookup(name),
            _ => None,
        }
    }

    impl T {
        /// Calls `type.name(*args)` where `args[0]` is self (or the class for
        /// `__new__` and classmethods).
        pub fn call_on(&mut self, ty: &ObjRef, name: &str, args: &[Value]) -> PyResult<Value> {
            self.call_kw(ty, name, args, &[])
        }

        pub fn call_kw(
            &mut self,
            ty: &ObjRef,
            name: &str,
            args: &[Value],
            kw: &[(&str, Value)],
        ) -> PyResult<Value> {
            let f = lookup(ty, name).unwrap_or_else(|| panic!("no method {name}"));
            let kw: Vec<(ObjRef, Value)> = kw
                .iter()
                .map(|(k, v)| (self.vm.intern(k), v.clone()))
                .collect();
            let f = match f.payload() {
                Some(Payload::Descriptor(DescriptorObj::ClassMethod(f))) => {
                    let mut a = alloc::vec![Value::Obj(ty.clone())];
                    a.extend_from_slice(args);
                    return self.vm.call(f, Args::with_kw(&a, &kw));
                }
                Some(Payload::Descriptor(DescriptorObj::Property { fget, .. })) => fget.clone(),
                _ => f,
            };
            self.vm.call(&f, Args::with_kw(args, &kw))
        }

        /// `recv.name(*args)`.
        pub fn m(&mut self, recv: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
            let ty = self.vm.type_of(recv);
            let mut a = alloc::vec![recv.clone()];
            a.extend_from_slice(args);
            self.call_on(&ty, name, &a)
        }

        /// `recv.name(*args, **kw)`.
        pub fn mk(
            &mut self,
            recv: &Value,
            name: &str,
            args: &[Value],
            kw: &[(&str, Value)],
        ) -> PyResult<Value> {
            let ty = self.vm.type_of(recv);
            let mut a = alloc::vec![recv.clone()];
            a.extend_from_slice(args);
            self.call_kw(&ty, name, &a, kw)
        }

        /// `ty(*args)`: `__new__` then `__init__` when defined by the type.
        pub fn make(&mut self, ty: &ObjRef, args: &[Value]) -> PyResult<Value> {
            self.new_kw(ty, args, &[])
        }

        pub fn new_kw(
            &mut self,
            ty: &ObjRef,
            args: &[Value],
            kw: &[(&str, Value)],
        ) -> PyResult<Value> {
            let mut a = alloc::vec![Value::Obj(ty.clone())];
            a.extend_from_slice(args);
            let obj = self.call_kw(ty, "__new__", &a, kw)?;
            let own_init = match ty.payload() {
                Payload::Type(t) => t.dict().get_str("__init__").is_some(),
                _ => false,
            };
            if own_init {
                let mut a = alloc::vec![obj.clone()];
                a.extend_from_slice(args);
                self.call_kw(ty, "__init__", &a, kw)?;
            }
            Ok(obj)
        }

        pub fn s(&self, text: &str) -> Value {
            self.vm.new_str(text)
        }

        pub fn ints(&self, xs: &[i64]) -> Value {
            self.vm
                .new_list(xs.iter().map(|&i| Value::Int(i)).collect())
        }

        pub fn tup(&self, xs: &[Value]) -> Value {
            self.vm.new_tuple(xs.to_vec())
        }

        pub fn repr(&mut self, v: &Value) -> String {
            super::super::str::repr_of(&mut self.vm, v).unwrap_or_else(|e| self.msg(&e))
        }

        /// `"TypeName: message"` of an error.
        pub fn msg(&mut self, e: &PyErr) -> String {
            let Payload::Exception(x) = e.0.payload() else {
                return String::from("?");
            };
            let cls = x.class.get().clone();
            let name = match cls.payload() {
                Payload::Type(t) => t.name.get().clone(),
                _ => String::new(),
            };
            let args = x.args.get().clone();
            let first = match args.payload() {
                Some(Payload::Tuple(t)) => t.items().first().cloned(),
                _ => None,
            };
            let text = match first {
                Some(v) => match v.as_str() {
                    Some(s) if name != "KeyError" => String::from(s),
                    _ => self.repr(&v),
                },
                None => String::new(),
            };
            alloc::format!("{name}: {text}")
        }

        /// Runs a fallible step and returns the error message.
        pub fn err(&mut self, r: PyResult<Value>) -> String {
            match r {
                Ok(v) => alloc::format!("no error: {}", self.repr(&v)),
                Err(e) => self.msg(&e),
            }
        }

        /// `repr(result)` of a successful call.
        pub fn ok(&mut self, r: PyResult<Value>) -> String {
            match r {
                Ok(v) => self.repr(&v),
                Err(e) => alloc::format!("error: {}", self.msg(&e)),
            }
        }
    }
}
