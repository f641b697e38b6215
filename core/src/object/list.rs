//! `list`: a mutable sequence.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::function::Args;
use super::slice::{
    arg_count_error, as_slice, check_args, clamp_bound, clamp_start, cmp_op_of, index_value,
    less_than, norm_index, repeat_count, repeat_len, resolve, seq_compare, set_unhashable,
    slice_indices, slice_items, type_name,
};
use super::{ObjRef, Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};

/// The payload of a `list` object.
pub struct ListObj {
    /// The items. Never call into the VM while borrowed.
    pub items: PyCell<Vec<Value>>,
}

impl ListObj {
    /// Wraps items.
    pub fn new(items: Vec<Value>) -> Self {
        ListObj {
            items: PyCell::new(items),
        }
    }
    /// The item at `i` (cloned), if any.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.get().get(i).cloned()
    }
    /// Number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.items.get().len()
    }
    /// True when empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Appends an item (`list.append`).
    #[inline]
    pub fn append(&self, v: Value) {
        self.items.get_mut().push(v);
    }
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        // CPython releases list items last to first.
        let v = self.items.0.get_mut();
        while let Some(x) = v.pop() {
            sink(x);
        }
    }
}

/// Drops values last to first, the order CPython releases list items in
/// (visible through `__del__`).
pub fn drop_rev(mut v: Vec<Value>) {
    while let Some(x) = v.pop() {
        drop(x);
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a ListObj> {
    crate::builtins::descriptor_self(vm, args, "list", name, |v| match v.payload() {
        Some(Payload::List(l)) => Some(l),
        _ => None,
    })
}

/// Replaces the items, dropping the old ones after the borrow is released.
fn replace_items(l: &ListObj, items: Vec<Value>) {
    let old = core::mem::replace(&mut *l.items.get_mut(), items);
    drop_rev(old);
}

fn list_new(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_list(Vec::new()))
}

fn list_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "__init__")?;
    let mut it = args.pos.get(1);
    for (k, v) in args.kw {
        match k.payload_str() {
            Some("iterable") if it.is_none() => it = Some(v),
            _ => return Err(vm.type_error("list() takes no keyword arguments")),
        }
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let items = match it {
        // A user iterable: iterator first, then `__len__` as the length
        // hint (as CPython's list_extend; a TypeError from it is ignored).
        Some(v) if matches!(v.payload(), Some(Payload::Instance(_))) => {
            let iter = super::iter::iter_of(vm, v)?;
            if let Some(f) = vm.lookup_special(v, "__len__") {
                if let Err(e) = vm.call_unbound(&f, v, &[]) {
                    if !vm.err_matches(&e, crate::object::exception::ExcKind::TypeError) {
                        return Err(e);
                    }
                }
            }
            super::iter::collect(vm, &iter)?
        }
        Some(v) => super::iter::collect(vm, v)?,
        None => Vec::new(),
    };
    replace_items(l, items);
    Ok(Value::None)
}

fn list_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "__repr__")?;
    let items = l.items.get().clone();
    if items.is_empty() {
        return Ok(vm.new_str("[]"));
    }
    let r = super::tuple::with_repr_guard(vm, &args.pos[0], |vm| {
        super::tuple::repr_items(vm, &items, "[", "]", false)
    })?;
    Ok(vm.new_str(r.unwrap_or_else(|| String::from("[...]"))))
}

fn list_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.len() as i64))
}

/// `lst[key]` for a list.
pub fn list_getitem_value(vm: &mut Vm, l: &ListObj, key: &Value) -> PyResult<Value> {
    if let Value::Int(i) = key {
        let items = l.items.get();
        return match norm_index(*i, items.len()) {
            Some(j) => Ok(items[j].clone()),
            None => {
                drop(items);
                Err(vm.index_error("list index out of range"))
            }
        };
    }
    if let Some(sl) = as_slice(key) {
        let len = l.len();
        let (start, _, step, n) = resolve(vm, sl, len)?;
        let v = slice_items(&l.items.get(), start, step, n);
        return Ok(vm.new_list(v));
    }
    match index_value(vm, key)? {
        Some(i) => match norm_index(i, l.len()).and_then(|j| l.get(j)) {
            Some(v) => Ok(v),
            None => Err(vm.index_error("list index out of range")),
        },
        None => Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            type_name(vm, key)
        ))),
    }
}

fn list_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "__getitem__")?;
    check_args(vm, &args, "__getitem__", 1, 1)?;
    list_getitem_value(vm, l, &args.pos[1])
}

/// `lst[key] = value` for a list.
pub fn list_setitem_value(
    vm: &mut Vm,
    lv: &Value,
    l: &ListObj,
    key: &Value,
    value: Value,
) -> PyResult<()> {
    if let Some(sl) = as_slice(key) {
        // Collect first (the source may be the list itself).
        let src = match &value {
            Value::Obj(o) if matches!(o.payload(), Payload::List(_) | Payload::Tuple(_)) => {
                super::iter::collect(vm, &value)?
            }
            _ => {
                if super::iter::builtin_iter(vm, &value).is_none()
                    && vm.lookup_special(&value, "__iter__").is_none()
                {
                    let is_ext = !matches!(sl.step, Value::None | Value::Int(1));
                    return Err(vm.type_error(if is_ext {
                        "must assign iterable to extended slice"
                    } else {
                        "can only assign an iterable"
                    }));
                }
                super::iter::collect(vm, &value)?
            }
        };
        let len = l.len();
        let (start, stop, step, n) = resolve(vm, sl, len)?;
        if step == 1 {
            let start = start.max(0) as usize;
            let stop = (stop.max(0) as usize).max(start);
            let removed: Vec<Value> = {
                let mut items = l.items.get_mut();
                let stop = stop.min(items.len());
                let start = start.min(stop);
                items.splice(start..stop, src).collect()
            };
            drop_rev(removed);
            return Ok(());
        }
        if src.len() != n {
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                src.len()
            )));
        }
        let mut old = Vec::with_capacity(n);
        {
            let mut items = l.items.get_mut();
            for (i, v) in slice_indices(start, step, n).zip(src) {
                if let Some(slot) = items.get_mut(i) {
                    old.push(core::mem::replace(slot, v));
                }
            }
        }
        drop(old);
        let _ = lv;
        return Ok(());
    }
    let i = match index_value(vm, key)? {
        Some(i) => i,
        None => {
            return Err(vm.type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(vm, key)
            )))
        }
    };
    let old = {
        let mut items = l.items.get_mut();
        match norm_index(i, items.len()) {
            Some(j) => Some(core::mem::replace(&mut items[j], value)),
            None => None,
        }
    };
    match old {
        Some(o) => {
            drop(o);
            Ok(())
        }
        None => Err(vm.index_error("list assignment index out of range")),
    }
}

fn list_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "__setitem__")?;
    check_args(vm, &args, "__setitem__", 2, 2)?;
    list_setitem_value(vm, &args.pos[0], l, &args.pos[1], args.pos[2].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "__delitem__")?;
    check_args(vm, &args, "__delitem__", 1, 1)?;
    let key = &args.pos[1];
    if let Some(sl) = as_slice(key) {
        let (start, _, step, n) = resolve(vm, sl, l.len())?;
        let removed: Vec<Value> = {
            let mut items = l.items.get_mut();
            if step == 1 {
                let s = (start.max(0) as usize).min(items.len());
                let e = (s + n).min(items.len());
                items.drain(s..e).collect()
            } else {
                let mut drop_mask = alloc::vec![false; items.len()];
                for i in slice_indices(start, step, n) {
                    if let Some(m) = drop_mask.get_mut(i) {
                        *m = true;
                    }
                }
                let old = core::mem::take(&mut *items);
                let mut removed = Vec::with_capacity(n);
                for (v, d) in old.into_iter().zip(drop_mask) {
                    if d {
                        removed.push(v);
                    } else {
                        items.push(v);
                    }
                }
                removed
            }
        };
        drop_rev(removed);
        return Ok(Value::None);
    }
    let i = match index_value(vm, key)? {
        Some(i) => i,
        None => {
            return Err(vm.type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(vm, key)
            )))
        }
    };
    let old = {
        let mut items = l.items.get_mut();
        norm_index(i, items.len()).map(|j| items.remove(j))
    };
    match old {
        Some(o) => {
            drop(o);
            Ok(Value::None)
        }
        None => Err(vm.index_error("list assignment index out of range")),
    }
}

/// Finds `x` in the live list from `start` to `stop`, comparing without
/// holding a borrow.
fn find_live(
    vm: &mut Vm,
    l: &ListObj,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(it) = l.get(i) else { break };
        if it.is(x) || super::slice::eq(vm, &it, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "__contains__")?;
    check_args(vm, &args, "__contains__", 1, 1)?;
    Ok(Value::Bool(
        find_live(vm, l, &args.pos[1], 0, usize::MAX)?.is_some(),
    ))
}

fn list_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    Ok(super::iter::new_seq_iter(vm, args.pos[0].clone()))
}

fn list_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__reversed__")?;
    super::iter::reversed(vm, &args.pos[0])
}

fn list_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "__add__")?;
    check_args(vm, &args, "__add__", 1, 1)?;
    match args.pos[1].payload() {
        Some(Payload::List(o)) => {
            let n = l.items.get().len() + o.items.get().len();
            vm.check_size(crate::vm::limits::SizeKind::List, n as u64)?;
            let mut v = l.items.get().clone();
            v.extend_from_slice(&o.items.get());
            Ok(vm.new_list(v))
        }
        _ if vm.concat_defers(&args.pos[1]) => Ok(vm.not_implemented()),
        _ => Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(vm, &args.pos[1])
        ))),
    }
}

/// `lst.extend(iterable)`.
pub fn list_extend(vm: &mut Vm, l: &ListObj, iterable: &Value) -> PyResult<()> {
    let more = super::iter::collect(vm, iterable)?;
    vm.check_size(
        crate::vm::limits::SizeKind::List,
        (l.items.get().len() + more.len()) as u64,
    )?;
    l.items.get_mut().extend(more);
    Ok(())
}

fn list_iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "__iadd__")?;
    check_args(vm, &args, "__iadd__", 1, 1)?;
    list_extend(vm, l, &args.pos[1])?;
    Ok(args.pos[0].clone())
}

fn repeat(vm: &mut Vm, l: &ListObj, by: &Value) -> PyResult<Option<Vec<Value>>> {
    let Some(n) = repeat_count(vm, by)? else {
        return Ok(None);
    };
    let items = l.items.get().clone();
    vm.check_size(
        crate::vm::limits::SizeKind::List,
        (items.len() as u64).saturating_mul(n as u64),
    )?;
    let total = repeat_len(vm, items.len(), n)?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..n {
        v.extend_from_slice(&items);
    }
    Ok(Some(v))
}

fn list_mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "__mul__")?;
    check_args(vm, &args, "__mul__", 1, 1)?;
    match repeat(vm, l, &args.pos[1])? {
        Some(v) => Ok(vm.new_list(v)),
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(vm, &args.pos[1])
        ))),
    }
}

fn list_imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "__imul__")?;
    check_args(vm, &args, "__imul__", 1, 1)?;
    match repeat(vm, l, &args.pos[1])? {
        Some(v) => {
            replace_items(l, v);
            Ok(args.pos[0].clone())
        }
        None => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(vm, &args.pos[1])
        ))),
    }
}

fn list_cmp(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let l = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    match args.pos[1].payload() {
        Some(Payload::List(o)) => {
            let op = cmp_op_of(name);
            if matches!(
                op,
                crate::compile::ast::CmpOp::Eq | crate::compile::ast::CmpOp::NotEq
            ) && l.len() != o.len()
            {
                return Ok(Value::Bool(op == crate::compile::ast::CmpOp::NotEq));
            }
            let a = l.items.get().clone();
            let b = o.items.get().clone();
            seq_compare(vm, &a, &b, op)
        }
        _ => Ok(vm.not_implemented()),
    }
}

macro_rules! cmp_fns {
    ($f:ident; $($name:ident = $dunder:literal),*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { $f(vm, args, $dunder) })*
    };
}
cmp_fns!(list_cmp; list_eq = "__eq__", list_ne = "__ne__", list_lt = "__lt__", list_le = "__le__", list_gt = "__gt__", list_ge = "__ge__");

fn list_append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "append")?;
    if args.pos.len() != 2 || !args.kw.is_empty() {
        check_args(vm, &args, "list.append", 1, 1)?;
    }
    l.append(args.pos[1].clone());
    Ok(Value::None)
}

fn list_extend_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "extend")?;
    check_args(vm, &args, "list.extend", 1, 1)?;
    list_extend(vm, l, &args.pos[1])?;
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "insert")?;
    if args.pos.len() != 3 || !args.kw.is_empty() {
        if !args.kw.is_empty() {
            return Err(vm.type_error("insert() takes no keyword arguments"));
        }
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    let i = super::slice::as_index(vm, &args.pos[1])?;
    let mut items = l.items.get_mut();
    let len = items.len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(j as usize, args.pos[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "pop")?;
    check_args(vm, &args, "pop", 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => super::slice::as_index(vm, v)?,
        None => -1,
    };
    let r = {
        let mut items = l.items.get_mut();
        if items.is_empty() {
            None
        } else {
            Some(norm_index(i, items.len()).map(|j| {
                if j + 1 == items.len() {
                    items.pop()
                } else {
                    Some(items.remove(j))
                }
            }))
        }
    };
    match r {
        None => Err(vm.index_error("pop from empty list")),
        Some(None) => Err(vm.index_error("pop index out of range")),
        Some(Some(v)) => Ok(v.unwrap_or_default()),
    }
}

fn list_remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "remove")?;
    check_args(vm, &args, "list.remove", 1, 1)?;
    match find_live(vm, l, &args.pos[1], 0, usize::MAX)? {
        Some(i) => {
            let old = {
                let mut items = l.items.get_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "index")?;
    check_args(vm, &args, "index", 1, 3)?;
    let len = l.len();
    let start = clamp_start(vm, args.pos.get(2), len)?;
    let stop = clamp_bound(vm, args.pos.get(3), len, len)?;
    match find_live(vm, l, &args.pos[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = super::str::repr_of(vm, &args.pos[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "count")?;
    check_args(vm, &args, "list.count", 1, 1)?;
    let x = &args.pos[1];
    let mut n = 0;
    let mut i = 0;
    while let Some(it) = l.get(i) {
        if it.is(x) || super::slice::eq(vm, &it, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// A stable merge sort over a permutation with a fallible `<`. On error the
/// permutation stays valid (no index lost or duplicated).
fn merge_sort(
    idx: &mut Vec<usize>,
    lt: &mut dyn FnMut(usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    const RUN: usize = 16;
    let n = idx.len();
    let mut s = 0;
    while s < n {
        let e = (s + RUN).min(n);
        for i in s + 1..e {
            let x = idx[i];
            let mut j = i;
            while j > s {
                match lt(x, idx[j - 1]) {
                    Ok(true) => {
                        idx[j] = idx[j - 1];
                        j -= 1;
                    }
                    Ok(false) => break,
                    Err(err) => {
                        idx[j] = x;
                        return Err(err);
                    }
                }
            }
            idx[j] = x;
        }
        s = e;
    }
    let mut buf = idx.clone();
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                match lt(idx[j], idx[i]) {
                    Ok(true) => {
                        buf[k] = idx[j];
                        j += 1;
                    }
                    Ok(false) => {
                        buf[k] = idx[i];
                        i += 1;
                    }
                    // `idx` is still a valid permutation: `buf` is scratch.
                    Err(e) => return Err(e),
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (hi - j)].copy_from_slice(&idx[j..hi]);
            lo = hi;
        }
        core::mem::swap(idx, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// Sorts values in place (stable), comparing keys with `<`. On error the
/// values are left in some permutation.
pub fn sort_values(
    vm: &mut Vm,
    values: &mut Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<()> {
    let n = values.len();
    if n < 2 {
        return Ok(());
    }
    let keys_ref: &[Value] = keys.as_deref().unwrap_or(values);
    // Fast paths for homogeneous ints and strs (total orders).
    if keys_ref.iter().all(|k| matches!(k, Value::Int(_))) {
        let mut idx: Vec<(i64, usize)> = keys_ref
            .iter()
            .enumerate()
            .map(|(i, k)| (if let Value::Int(x) = k { *x } else { 0 }, i))
            .collect();
        if reverse {
            idx.sort_by_key(|a| core::cmp::Reverse(a.0));
        } else {
            idx.sort_by_key(|a| a.0);
        }
        apply_perm(values, idx.into_iter().map(|p| p.1).collect());
        return Ok(());
    }
    if keys_ref.iter().all(|k| k.as_str().is_some()) {
        let mut idx: Vec<usize> = (0..n).collect();
        let ks: Vec<&str> = keys_ref.iter().map(|k| k.as_str().unwrap_or("")).collect();
        if reverse {
            idx.sort_by(|&a, &b| ks[b].cmp(ks[a]));
        } else {
            idx.sort_by(|&a, &b| ks[a].cmp(ks[b]));
        }
        apply_perm(values, idx);
        return Ok(());
    }
    if let Some(atoms) = atom_keys(keys_ref) {
        let mut idx: Vec<usize> = (0..n).collect();
        if reverse {
            idx.sort_by(|&a, &b| atoms[b].cmp(&atoms[a]));
        } else {
            idx.sort_by(|&a, &b| atoms[a].cmp(&atoms[b]));
        }
        apply_perm(values, idx);
        return Ok(());
    }
    let ks: Vec<Value> = keys_ref.to_vec();
    let mut idx: Vec<usize> = (0..n).collect();
    let r = merge_sort(&mut idx, &mut |a, b| {
        if reverse {
            less_than(vm, &ks[b], &ks[a])
        } else {
            less_than(vm, &ks[a], &ks[b])
        }
    });
    apply_perm(values, idx);
    r
}

/// A sort key part whose order is decided natively.
#[derive(PartialEq)]
enum Atom<'a> {
    I(i64),
    F(f64),
    S(&'a str),
}

impl Eq for Atom<'_> {}

impl PartialOrd for Atom<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Atom<'_> {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        use core::cmp::Ordering;
        match (self, other) {
            (Atom::I(a), Atom::I(b)) => a.cmp(b),
            (Atom::S(a), Atom::S(b)) => a.cmp(b),
            // No NaN reaches here (checked), so this is total.
            (Atom::F(a), Atom::F(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
            // Mixed kinds never meet (checked per position); keep it total.
            (a, b) => a.rank().cmp(&b.rank()),
        }
    }
}

impl Atom<'_> {
    fn rank(&self) -> u8 {
        match self {
            Atom::I(_) => 0,
            Atom::F(_) => 1,
            Atom::S(_) => 2,
        }
    }
}

fn atom(v: &Value) -> Option<Atom<'_>> {
    match v {
        Value::Int(i) => Some(Atom::I(*i)),
        Value::Float(f) if !f.is_nan() => Some(Atom::F(*f)),
        _ => v.as_str().map(Atom::S),
    }
}

/// Native sort keys when every key is an int, a non-NaN float or a str (of
/// one kind throughout), or a tuple of those with one kind per position:
/// then Python's `<` is a total order that Rust can apply directly, with
/// exactly CPython's results. `None` when some key needs Python.
fn atom_keys(keys: &[Value]) -> Option<Vec<Vec<Atom<'_>>>> {
    let mut kinds: Vec<u8> = Vec::new();
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        let parts: &[Value] = match k.payload() {
            Some(Payload::Tuple(t)) => t.items(),
            _ => core::slice::from_ref(k),
        };
        let mut row = Vec::with_capacity(parts.len());
        for (i, p) in parts.iter().enumerate() {
            let a = atom(p)?;
            match kinds.get(i) {
                Some(&r) if r != a.rank() => return None,
                Some(_) => {}
                None => kinds.push(a.rank()),
            }
            row.push(a);
        }
        out.push(row);
    }
    // Tuples and scalars must not be mixed.
    let tuples = keys
        .iter()
        .filter(|k| matches!(k.payload(), Some(Payload::Tuple(_))))
        .count();
    if tuples != 0 && tuples != keys.len() {
        return None;
    }
    Some(out)
}

fn apply_perm(values: &mut Vec<Value>, perm: Vec<usize>) {
    let mut old: Vec<Option<Value>> = core::mem::take(values).into_iter().map(Some).collect();
    values.extend(
        perm.into_iter()
            .filter_map(|i| old.get_mut(i).and_then(Option::take)),
    );
}

/// `lst.sort(key=None, reverse=False)`.
pub fn list_sort_impl(
    vm: &mut Vm,
    l: &ListObj,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    // Empty the list while sorting, as CPython does, to detect mutation.
    let mut values = core::mem::take(&mut *l.items.get_mut());
    let mut result = Ok(());
    let keys = match key {
        Some(f) if !matches!(f, Value::None) => {
            let mut ks = Vec::with_capacity(values.len());
            for v in &values {
                match vm.call(f, Args::new(core::slice::from_ref(v))) {
                    Ok(k) => ks.push(k),
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
            }
            Some(ks)
        }
        _ => None,
    };
    if result.is_ok() {
        result = sort_values(vm, &mut values, keys, reverse);
    }
    let modified = {
        let mut items = l.items.get_mut();
        let m = !items.is_empty() || items.capacity() != 0;
        let garbage = core::mem::replace(&mut *items, values);
        drop(items);
        drop(garbage);
        m
    };
    if modified && result.is_ok() {
        return Err(vm.value_error("list modified during sort"));
    }
    result
}

fn list_sort(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let l = this(vm, &args, "sort")?;
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    if args.kw.len() > 2 {
        return Err(vm.type_error(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            args.kw.len()
        )));
    }
    for (k, v) in args.kw {
        match k.payload_str() {
            Some("key") => key = Some(v),
            Some("reverse") => reverse = super::slice::truthy(vm, v)?,
            Some(n) => {
                return Err(
                    vm.type_error(format!("'{n}' is an invalid keyword argument for sort()"))
                )
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    list_sort_impl(vm, l, key, reverse)?;
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "list.reverse", 0, 0)?;
    this(vm, &args, "reverse")?.items.get_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "list.copy", 0, 0)?;
    let v = this(vm, &args, "copy")?.items.get().clone();
    Ok(vm.new_list(v))
}

fn list_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "list.clear", 0, 0)?;
    replace_items(this(vm, &args, "clear")?, Vec::new());
    Ok(Value::None)
}

/// The list payload of a value, if it is a list.
pub fn as_list(v: &Value) -> Option<&ListObj> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l),
        _ => None,
    }
}

/// A new list object from items.
pub fn new_list_obj(items: Vec<Value>) -> ObjRef {
    ObjRef::new(Payload::List(ListObj::new(items)))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let ty = vm.types().list.clone();
    vm.add_methods(
        &ty,
        "list",
        &[
            ("__new__", list_new),
            ("__init__", list_init),
            ("__repr__", list_repr),
            ("__len__", list_len),
            ("__getitem__", list_getitem),
            ("__setitem__", list_setitem),
            ("__delitem__", list_delitem),
            ("__contains__", list_contains),
            ("__iter__", list_iter),
            ("__reversed__", list_reversed),
            ("__add__", list_add),
            ("__iadd__", list_iadd),
            ("__mul__", list_mul),
            ("__rmul__", list_mul),
            ("__imul__", list_imul),
            ("__eq__", list_eq),
            ("__ne__", list_ne),
            ("__lt__", list_lt),
            ("__le__", list_le),
            ("__gt__", list_gt),
            ("__ge__", list_ge),
            ("append", list_append),
            ("extend", list_extend_m),
            ("insert", list_insert),
            ("pop", list_pop),
            ("remove", list_remove),
            ("index", list_index),
            ("count", list_count),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("copy", list_copy),
            ("clear", list_clear),
        ],
    );
    set_unhashable(vm, &ty);
    let _ = arg_count_error;
}

#[cfg(test)]
mod tests {
    use super::super::slice::testing::setup;
    use crate::object::Value;
    use alloc::vec;
    use alloc::vec::Vec;

    #[test]
    fn list_construct_index_slice() {
        let mut t = setup();
        let list = t.vm.types().list.clone();
        let src = t.ints(&[1, 2, 3, 4, 5]);
        let l = t.make(&list, &[src]).unwrap();
        assert_eq!(t.repr(&l), "[1, 2, 3, 4, 5]");
        let r = t.m(&l, "__getitem__", &[Value::Int(-1)]);
        assert_eq!(t.ok(r), "5");
        let r = t.m(&l, "__getitem__", &[Value::Int(5)]);
        assert_eq!(t.err(r), "IndexError: list index out of range");
        let k = t.s("x");
        let r = t.m(&l, "__getitem__", &[k]);
        assert_eq!(
            t.err(r),
            "TypeError: list indices must be integers or slices, not str"
        );
        let sl = crate::object::Value::from_payload(crate::object::Payload::Slice(
            super::super::slice::SliceObj {
                start: Value::None,
                stop: Value::None,
                step: Value::Int(-2),
            },
        ));
        let r = t.m(&l, "__getitem__", core::slice::from_ref(&sl));
        assert_eq!(t.ok(r), "[5, 3, 1]");
        let two = t.ints(&[9, 8]);
        let r = t.m(&l, "__setitem__", &[sl.clone(), two]);
        assert_eq!(
            t.err(r),
            "ValueError: attempt to assign sequence of size 2 to extended slice of size 3"
        );
        let three = t.ints(&[9, 8, 7]);
        t.m(&l, "__setitem__", &[sl.clone(), three]).unwrap();
        assert_eq!(t.repr(&l), "[7, 2, 8, 4, 9]");
        let r = t.m(&l, "__setitem__", &[Value::Int(7), Value::Int(0)]);
        assert_eq!(t.err(r), "IndexError: list assignment index out of range");
        let sl2 = Value::from_payload(crate::object::Payload::Slice(
            super::super::slice::SliceObj {
                start: Value::Int(1),
                stop: Value::Int(3),
                step: Value::None,
            },
        ));
        let empty = t.ints(&[]);
        t.m(&l, "__setitem__", &[sl2.clone(), empty]).unwrap();
        assert_eq!(t.repr(&l), "[7, 4, 9]");
        t.m(&l, "__delitem__", &[sl]).unwrap();
        assert_eq!(t.repr(&l), "[4]");
        // self-assignment of a slice copies first
        let l2 = t.ints(&[1, 2]);
        let all = Value::from_payload(crate::object::Payload::Slice(
            super::super::slice::SliceObj {
                start: Value::None,
                stop: Value::None,
                step: Value::None,
            },
        ));
        t.m(&l2, "__setitem__", &[all, l2.clone()]).unwrap();
        assert_eq!(t.repr(&l2), "[1, 2]");
    }

    #[test]
    fn list_methods_and_errors() {
        let mut t = setup();
        let l = t.ints(&[3, 1, 2]);
        t.m(&l, "append", &[Value::Int(5)]).unwrap();
        t.m(&l, "insert", &[Value::Int(-100), Value::Int(0)])
            .unwrap();
        assert_eq!(t.repr(&l), "[0, 3, 1, 2, 5]");
        let r = t.m(&l, "pop", &[]);
        assert_eq!(t.ok(r), "5");
        let r = t.m(&l, "pop", &[Value::Int(10)]);
        assert_eq!(t.err(r), "IndexError: pop index out of range");
        let e = t.ints(&[]);
        let r = t.m(&e, "pop", &[]);
        assert_eq!(t.err(r), "IndexError: pop from empty list");
        let r = t.m(&l, "remove", &[Value::Int(9)]);
        assert_eq!(t.err(r), "ValueError: list.remove(x): x not in list");
        let r = t.m(&l, "index", &[Value::Int(5)]);
        assert_eq!(t.err(r), "ValueError: 5 is not in list");
        let r = t.m(&l, "index", &[Value::Int(2)]);
        assert_eq!(t.ok(r), "3");
        let r = t.m(&l, "count", &[Value::Int(1)]);
        assert_eq!(t.ok(r), "1");
        t.m(&l, "sort", &[]).unwrap();
        assert_eq!(t.repr(&l), "[0, 1, 2, 3]");
        t.mk(&l, "sort", &[], &[("reverse", Value::Bool(true))])
            .unwrap();
        assert_eq!(t.repr(&l), "[3, 2, 1, 0]");
        t.m(&l, "reverse", &[]).unwrap();
        assert_eq!(t.repr(&l), "[0, 1, 2, 3]");
        let tup = t.tup(&[Value::Int(1)]);
        let r = t.m(&l, "__add__", core::slice::from_ref(&tup));
        assert_eq!(
            t.err(r),
            "TypeError: can only concatenate list (not \"tuple\") to list"
        );
        let r = t.m(&l, "__iadd__", &[tup]);
        assert_eq!(t.ok(r), "[0, 1, 2, 3, 1]");
        let r = t.m(&l, "__mul__", &[Value::Int(2)]);
        assert_eq!(t.ok(r), "[0, 1, 2, 3, 1, 0, 1, 2, 3, 1]");
        let c = t.m(&l, "copy", &[]).unwrap();
        t.m(&l, "clear", &[]).unwrap();
        assert_eq!(t.repr(&l), "[]");
        assert_eq!(t.repr(&c), "[0, 1, 2, 3, 1]");
        let a = t.ints(&[1, 2]);
        let b = t.ints(&[1, 3]);
        let r = t.m(&a, "__lt__", core::slice::from_ref(&b));
        assert_eq!(t.ok(r), "True");
        let r = t.m(&a, "__eq__", &[b]);
        assert_eq!(t.ok(r), "False");
    }

    #[test]
    fn list_sort_is_stable_with_key_and_reports_errors() {
        let mut t = setup();
        let words = ["bb", "a", "ccc", "dd", "e"];
        let items = words.iter().map(|w| t.s(w)).collect();
        let l = t.vm.new_list(items);
        let len = t.vm.new_native("len", |_vm, args| {
            Ok(Value::Int(
                args.pos[0].as_str().map_or(0, |s| s.len()) as i64
            ))
        });
        t.mk(&l, "sort", &[], &[("key", len.clone())]).unwrap();
        assert_eq!(t.repr(&l), "['a', 'e', 'bb', 'dd', 'ccc']");
        t.mk(
            &l,
            "sort",
            &[],
            &[("key", len), ("reverse", Value::Bool(true))],
        )
        .unwrap();
        assert_eq!(t.repr(&l), "['ccc', 'bb', 'dd', 'a', 'e']");
        // A mixed list: the comparison error propagates and no item is lost.
        let x = t.s("x");
        let mixed = t.vm.new_list(vec![Value::Int(1), x, Value::Int(0)]);
        let r = t.m(&mixed, "sort", &[]);
        assert!(r.is_err());
        assert_eq!(super::as_list(&mixed).map(|l| l.len()), Some(3));
        // Many ints (merge path is exercised by floats).
        let fl: Vec<Value> = (0..100)
            .map(|i| Value::Float(((i * 37) % 100) as f64))
            .collect();
        let fl = t.vm.new_list(fl);
        t.m(&fl, "sort", &[]).unwrap();
        let l = super::as_list(&fl).unwrap();
        let v = l.items.get().clone();
        for w in v.windows(2) {
            match (&w[0], &w[1]) {
                (Value::Float(a), Value::Float(b)) => assert!(a <= b),
                _ => panic!(),
            }
        }
    }

    #[test]
    fn list_modified_during_sort() {
        let mut t = setup();
        let l = t.ints(&[3, 2, 1]);
        let lst = l.clone();
        // A key function that appends to the list being sorted.
        thread_local_key(&mut t, lst);
        let key = t.vm.new_native("k", |vm, args| {
            let target = KEY_TARGET.with(|c| c.borrow().clone());
            if let Some(l) = super::as_list(&target) {
                l.append(Value::Int(0));
            }
            let _ = vm;
            Ok(args.pos[0].clone())
        });
        let r = t.mk(&l, "sort", &[], &[("key", key)]);
        assert_eq!(t.err(r), "ValueError: list modified during sort");
        KEY_TARGET.with(|c| *c.borrow_mut() = Value::None);
    }

    extern crate std;
    std::thread_local! {
        static KEY_TARGET: core::cell::RefCell<Value> = const { core::cell::RefCell::new(Value::None) };
    }
    fn thread_local_key(_t: &mut super::super::slice::testing::T, v: Value) {
        KEY_TARGET.with(|c| *c.borrow_mut() = v);
    }

    #[test]
    fn list_repr_recursive() {
        let mut t = setup();
        let l = t.ints(&[1]);
        super::as_list(&l).unwrap().append(l.clone());
        assert_eq!(t.repr(&l), "[1, [...]]");
        // break the cycle
        t.m(&l, "clear", &[]).unwrap();
    }
}
