//! `tuple`: an immutable sequence.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::function::Args;
use super::slice::{
    as_slice, check_args, clamp_bound, clamp_start, cmp_op_of, index_value, norm_index,
    repeat_count, repeat_len, resolve, seq_compare, slice_items, type_name,
};
use super::{Payload, Value};
use crate::vm::{PyResult, Vm};

/// The payload of a `tuple` object.
pub struct TupleObj {
    items: Box<[Value]>,
}

impl TupleObj {
    /// Wraps items.
    pub fn new(items: Vec<Value>) -> Self {
        TupleObj {
            items: items.into_boxed_slice(),
        }
    }
    /// The items.
    #[inline]
    pub fn items(&self) -> &[Value] {
        &self.items
    }
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        // CPython releases tuple items last to first.
        let mut v = core::mem::take(&mut self.items).into_vec();
        while let Some(x) = v.pop() {
            sink(x);
        }
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's tuple hash (xxHash-based) over already computed item hashes.
pub fn hash_from_hashes(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in hashes {
        let lane = h as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// `hash(tuple(items))`. Nested tuples are hashed with an explicit stack,
/// so a deeply nested tuple never recurses on the host stack.
pub fn hash_items(vm: &mut Vm, items: &[Value]) -> PyResult<i64> {
    let mut stack: Vec<(&[Value], usize, Vec<i64>)> =
        alloc::vec![(items, 0, Vec::with_capacity(items.len()))];
    loop {
        let Some(top) = stack.last_mut() else {
            return Ok(0);
        };
        if top.1 < top.0.len() {
            let v = &top.0[top.1];
            top.1 += 1;
            if let Some(Payload::Tuple(t)) = v.payload() {
                let inner = t.items();
                stack.push((inner, 0, Vec::with_capacity(inner.len())));
            } else {
                let h = super::slice::hash_of(vm, v)?;
                if let Some(top) = stack.last_mut() {
                    top.2.push(h);
                }
            }
            continue;
        }
        let (_, _, hashes) = stack.pop().unwrap_or_default();
        let h = hash_from_hashes(hashes.into_iter());
        match stack.last_mut() {
            Some(parent) => parent.2.push(h),
            None => return Ok(h),
        }
    }
}

/// `repr` of a sequence of items with the given brackets (`(1,)` for one-tuples).
pub fn repr_items(
    vm: &mut Vm,
    items: &[Value],
    open: &str,
    close: &str,
    one_comma: bool,
) -> PyResult<String> {
    let mut out = String::from(open);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&super::str::repr_of(vm, it)?);
    }
    if one_comma && items.len() == 1 {
        out.push(',');
    }
    out.push_str(close);
    Ok(out)
}

/// Runs `f` with `obj` on the repr stack; `Ok(None)` when it is already
/// there (a recursive repr).
pub fn with_repr_guard<T>(
    vm: &mut Vm,
    obj: &Value,
    f: impl FnOnce(&mut Vm) -> PyResult<T>,
) -> PyResult<Option<T>> {
    let addr = match obj {
        Value::Obj(o) => o.as_ptr() as usize,
        _ => 0,
    };
    if vm.repr_stack.contains(&addr) {
        return Ok(None);
    }
    super::slice::enter_deep(vm, " while getting the repr of an object")?;
    vm.repr_stack.push(addr);
    let r = f(vm);
    super::slice::leave_deep(vm);
    if let Some(p) = vm.repr_stack.iter().rposition(|&a| a == addr) {
        vm.repr_stack.remove(p);
    }
    r.map(Some)
}

/// `seq.index(x[, start[, stop]])` over a snapshot; `None` when not found.
pub(crate) fn seq_index(
    vm: &mut Vm,
    items: &[Value],
    args: &Args<'_>,
    name: &str,
) -> PyResult<Option<usize>> {
    check_args(vm, args, name, 1, 3)?;
    let x = &args.pos[1];
    let len = items.len();
    let start = clamp_start(vm, args.pos.get(2), len)?;
    let stop = clamp_bound(vm, args.pos.get(3), len, len)?;
    let mut i = start;
    while i < stop && i < items.len() {
        if items[i].is(x) || super::slice::eq(vm, &items[i], x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `seq.count(x)` over a snapshot.
pub(crate) fn seq_count(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<usize> {
    let mut n = 0;
    for it in items {
        if it.is(x) || super::slice::eq(vm, it, x)? {
            n += 1;
        }
    }
    Ok(n)
}

/// `x in items` over a snapshot.
pub(crate) fn seq_contains(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<bool> {
    for it in items {
        if it.is(x) || super::slice::eq(vm, it, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a TupleObj> {
    crate::builtins::descriptor_self(vm, args, "tuple", name, |v| match v.payload() {
        Some(Payload::Tuple(t)) => Some(t),
        _ => None,
    })
}

fn tuple_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut it = args.pos.get(1);
    for (k, v) in args.kw {
        match k.payload_str() {
            Some("iterable") if it.is_none() => it = Some(v),
            _ => return Err(vm.type_error("tuple() takes no keyword arguments")),
        }
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    match it {
        None => Ok(vm.new_tuple(Vec::new())),
        Some(v) if matches!(v.payload(), Some(Payload::Tuple(_))) => Ok(v.clone()),
        Some(v) => {
            let items = super::iter::collect(vm, v)?;
            Ok(vm.new_tuple(items))
        }
    }
}

fn tuple_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "__repr__")?;
    let items = t.items().to_vec();
    let r = with_repr_guard(vm, &args.pos[0], |vm| {
        repr_items(vm, &items, "(", ")", true)
    })?;
    Ok(vm.new_str(r.unwrap_or_else(|| String::from("(...)"))))
}

fn tuple_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.items.len() as i64))
}

fn tuple_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "__hash__")?;
    hash_items(vm, t.items()).map(Value::Int)
}

/// `t[key]` for a tuple.
pub fn tuple_getitem_value(vm: &mut Vm, tv: &Value, t: &TupleObj, key: &Value) -> PyResult<Value> {
    if let Value::Int(i) = key {
        return match norm_index(*i, t.items.len()) {
            Some(j) => Ok(t.items[j].clone()),
            None => Err(vm.index_error("tuple index out of range")),
        };
    }
    if let Some(sl) = as_slice(key) {
        let (start, _, step, n) = resolve(vm, sl, t.items.len())?;
        if step == 1 && n == t.items.len() {
            return Ok(tv.clone());
        }
        return Ok(vm.new_tuple(slice_items(t.items(), start, step, n)));
    }
    match index_value(vm, key)? {
        Some(i) => match norm_index(i, t.items.len()) {
            Some(j) => Ok(t.items[j].clone()),
            None => Err(vm.index_error("tuple index out of range")),
        },
        None => Err(vm.type_error(format!(
            "tuple indices must be integers or slices, not {}",
            type_name(vm, key)
        ))),
    }
}

fn tuple_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "__getitem__")?;
    check_args(vm, &args, "__getitem__", 1, 1)?;
    tuple_getitem_value(vm, &args.pos[0], t, &args.pos[1])
}

fn tuple_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "__contains__")?;
    check_args(vm, &args, "__contains__", 1, 1)?;
    seq_contains(vm, t.items(), &args.pos[1]).map(Value::Bool)
}

fn tuple_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    Ok(super::iter::new_seq_iter(vm, args.pos[0].clone()))
}

fn tuple_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "__add__")?;
    check_args(vm, &args, "__add__", 1, 1)?;
    let (other, exact) = match args.pos[1].payload() {
        Some(Payload::Instance(i)) => (i.base.payload(), false),
        p => (p, true),
    };
    match other {
        Some(Payload::Tuple(o)) => {
            if o.items.is_empty() {
                return Ok(args.pos[0].clone());
            }
            if t.items.is_empty() && exact {
                return Ok(args.pos[1].clone());
            }
            let mut v = Vec::with_capacity(t.items.len() + o.items.len());
            v.extend_from_slice(t.items());
            v.extend_from_slice(o.items());
            Ok(vm.new_tuple(v))
        }
        _ if vm.concat_defers(&args.pos[1]) => Ok(vm.not_implemented()),
        _ => Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(vm, &args.pos[1])
        ))),
    }
}

fn tuple_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "__mul__")?;
    check_args(vm, &args, "__mul__", 1, 1)?;
    let Some(n) = repeat_count(vm, &args.pos[1])? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(vm, &args.pos[1])
        )));
    };
    if n == 1 {
        return Ok(args.pos[0].clone());
    }
    vm.check_size(
        crate::vm::limits::SizeKind::List,
        (t.items.len() as u64).saturating_mul(n as u64),
    )?;
    let total = repeat_len(vm, t.items.len(), n)?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(t.items());
    }
    Ok(vm.new_tuple(v))
}

fn tuple_cmp(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let t = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    let other = match args.pos[1].payload() {
        Some(Payload::Instance(i)) => i.base.payload(),
        p => p,
    };
    match other {
        Some(Payload::Tuple(o)) => seq_compare(vm, t.items(), o.items(), cmp_op_of(name)),
        _ => Ok(vm.not_implemented()),
    }
}

macro_rules! cmp_fns {
    ($f:ident; $($name:ident = $dunder:literal),*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { $f(vm, args, $dunder) })*
    };
}
cmp_fns!(tuple_cmp; tuple_eq = "__eq__", tuple_ne = "__ne__", tuple_lt = "__lt__", tuple_le = "__le__", tuple_gt = "__gt__", tuple_ge = "__ge__");

fn tuple_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "count")?;
    check_args(vm, &args, "tuple.count", 1, 1)?;
    seq_count(vm, t.items(), &args.pos[1]).map(|n| Value::Int(n as i64))
}

fn tuple_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "index")?;
    match seq_index(vm, t.items(), &args, "index")? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = this(vm, &args, "__getnewargs__")?;
    let copy = vm.new_tuple(t.items().to_vec());
    Ok(vm.new_tuple(alloc::vec![copy]))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let ty = vm.types().tuple.clone();
    vm.add_methods(
        &ty,
        "tuple",
        &[
            ("__new__", tuple_new),
            ("__repr__", tuple_repr),
            ("__len__", tuple_len),
            ("__hash__", tuple_hash),
            ("__getitem__", tuple_getitem),
            ("__contains__", tuple_contains),
            ("__iter__", tuple_iter),
            ("__add__", tuple_add),
            ("__mul__", tuple_mul),
            ("__rmul__", tuple_mul),
            ("__eq__", tuple_eq),
            ("__ne__", tuple_ne),
            ("__lt__", tuple_lt),
            ("__le__", tuple_le),
            ("__gt__", tuple_gt),
            ("__ge__", tuple_ge),
            ("count", tuple_count),
            ("index", tuple_index),
            ("__getnewargs__", tuple_getnewargs),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::super::slice::testing::setup;
    use super::*;

    #[test]
    fn tuple_hash_matches_cpython() {
        let mut t = setup();
        let cases: [(Value, &str); 4] = [
            (
                t.tup(&[Value::Int(1), Value::Int(2)]),
                "-3550055125485641917",
            ),
            (t.tup(&[]), "5740354900026072187"),
            (t.tup(&[Value::Int(1)]), "-6644214454873602895"),
            (
                t.tup(&[t.tup(&[Value::Int(1), Value::Int(2)]), Value::Int(3)]),
                "-333907151259015829",
            ),
        ];
        for (v, want) in cases {
            let r = t.m(&v, "__hash__", &[]);
            assert_eq!(t.ok(r), want);
        }
        let unh = t.tup(&[t.ints(&[1])]);
        assert!(t.m(&unh, "__hash__", &[]).is_err());
        assert_eq!(super::super::slice::int_hash(-1), -2);
        assert_eq!(super::super::slice::int_hash(1 << 61), 1);
        assert_eq!(super::super::slice::int_hash(-(1 << 61) + 1), 0);
        for i in [
            0,
            1,
            -1,
            -2,
            1 << 61,
            (1 << 61) - 1,
            i64::MAX,
            i64::MIN,
            12345,
        ] {
            assert_eq!(
                super::super::slice::int_hash(i),
                crate::num::bigint::hash_i64(i)
            );
        }
    }

    #[test]
    fn deep_nesting_never_overflows_the_host_stack() {
        let mut t = setup();
        let mut tup = t.tup(&[]);
        let mut lst = t.ints(&[]);
        for _ in 0..100_000 {
            tup = t.tup(&[tup]);
            lst = t.vm.new_list(alloc::vec![lst]);
        }
        assert!(t.m(&tup, "__hash__", &[]).is_ok());
        let r = t.m(&lst, "__repr__", &[]);
        assert_eq!(
            t.err(r),
            "RecursionError: maximum recursion depth exceeded while getting the repr of an object"
        );
        let other = t.vm.new_list(alloc::vec![t.ints(&[])]);
        let mut other2 = other;
        for _ in 0..100_000 {
            other2 = t.vm.new_list(alloc::vec![other2]);
        }
        let r = t.m(&lst, "__eq__", &[other2]);
        assert_eq!(
            t.err(r),
            "RecursionError: maximum recursion depth exceeded in comparison"
        );
        assert!(t.vm.eval.native_depth == 0);
    }

    #[test]
    fn tuple_ops() {
        let mut t = setup();
        let one = t.tup(&[Value::Int(1)]);
        assert_eq!(t.repr(&one), "(1,)");
        let e = t.tup(&[]);
        assert_eq!(t.repr(&e), "()");
        let l = t.ints(&[1]);
        let r = t.m(&one, "__add__", &[l]);
        assert_eq!(
            t.err(r),
            "TypeError: can only concatenate tuple (not \"list\") to tuple"
        );
        let r = t.m(&one, "__getitem__", &[Value::Int(3)]);
        assert_eq!(t.err(r), "IndexError: tuple index out of range");
        let r = t.m(&one, "index", &[Value::Int(3)]);
        assert_eq!(t.err(r), "ValueError: tuple.index(x): x not in tuple");
        let r = t.m(&one, "__mul__", &[Value::Int(3)]);
        assert_eq!(t.ok(r), "(1, 1, 1)");
        let ab = t.tup(&[Value::Int(1), t.s("a")]);
        let r = t.m(&ab, "count", &[t.s("a")]);
        assert_eq!(t.ok(r), "1");
        let r = t.m(&ab, "__contains__", &[t.s("a")]);
        assert_eq!(t.ok(r), "True");
        let two = t.tup(&[Value::Int(1), Value::Int(2)]);
        let r = t.m(&one, "__lt__", &[two]);
        assert_eq!(t.ok(r), "True");
        let tuple = t.vm.types().tuple.clone();
        let src = t.ints(&[4, 5]);
        let r = t.make(&tuple, &[src]);
        assert_eq!(t.ok(r), "(4, 5)");
        let r = t.make(&tuple, &[Value::Int(1)]);
        assert!(r.is_err());
    }
}
