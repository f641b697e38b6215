//! Built-in iterator objects: the iterators of the built-in containers,
//! `enumerate`, `zip`, `map`, `filter`, `reversed` and `callable_iterator`,
//! plus [`iter_next_fast`] (stepping without a method call, for `FOR_ITER`)
//! and [`collect`] (an iterable into a vector, fast for built-ins).

use alloc::format;
use alloc::vec::Vec;

use super::dict::ViewKind;
use super::exception::ExcKind;
use super::function::Args;
use super::slice::{as_index, type_name};
use super::{drain_value, ObjRef, Payload, PyCell, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The payload of a built-in iterator: its type and its state.
pub struct IterObj {
    /// The iterator's type (`list_iterator`, `enumerate`, `zip`, ...).
    pub ty: ObjRef,
    /// The iterator's state; `None` once exhausted.
    pub state: PyCell<Option<IterState>>,
}

/// The state of a built-in iterator, one variant per kind.
pub enum IterState {
    /// Over a list by index.
    List {
        /// The list.
        seq: ObjRef,
        /// Next index.
        index: usize,
    },
    /// Over a tuple by index.
    Tuple {
        /// The tuple.
        seq: ObjRef,
        /// Next index.
        index: usize,
    },
    /// Over a str by byte offset.
    Str {
        /// The str.
        seq: ObjRef,
        /// Byte offset of the next character.
        byte: usize,
    },
    /// Over a bytes or bytearray by index.
    Bytes {
        /// The bytes or bytearray.
        seq: ObjRef,
        /// Next index.
        index: usize,
    },
    /// Over a range.
    Range {
        /// Next value.
        next: i64,
        /// Remaining count.
        remaining: u64,
        /// Step.
        step: i64,
    },
    /// Over a set or frozenset's table.
    Set {
        /// The set.
        set: ObjRef,
        /// Next table slot.
        pos: usize,
        /// Size when iteration started.
        len: usize,
    },
    /// Over a dict (keys, values or items), forwards or backwards.
    Dict {
        /// The dict.
        dict: ObjRef,
        /// Next raw entry position (backwards: one past it).
        pos: usize,
        /// Size when iteration started (`usize::MAX` once a change was seen).
        len: usize,
        /// What to yield.
        kind: ViewKind,
        /// Backwards (`reversed(d)`).
        rev: bool,
    },
    /// `enumerate(it, start)`.
    Enumerate {
        /// The underlying iterator.
        it: Value,
        /// Next count.
        n: i64,
    },
    /// `zip(*its, strict=...)`.
    Zip {
        /// The underlying iterators.
        its: Vec<Value>,
        /// `strict=True`.
        strict: bool,
    },
    /// `map(f, *its)`.
    Map {
        /// The function.
        f: Value,
        /// The underlying iterators.
        its: Vec<Value>,
    },
    /// `filter(f, it)`.
    Filter {
        /// The predicate (None: truth).
        f: Value,
        /// The underlying iterator.
        it: Value,
    },
    /// `reversed(seq)` over a sequence by index (counts down).
    Reversed {
        /// The sequence.
        seq: Value,
        /// Items left (the next index is `index - 1`).
        index: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        /// The callable.
        f: Value,
        /// The sentinel.
        sentinel: Value,
    },
}

impl IterState {
    /// Visits the objects it refers to (for the cycle collector).
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        let mut v = |x: &Value| {
            if let Value::Obj(o) = x {
                f(o);
            }
        };
        match self {
            IterState::List { seq, .. }
            | IterState::Tuple { seq, .. }
            | IterState::Str { seq, .. }
            | IterState::Bytes { seq, .. } => f(seq),
            IterState::Set { set, .. } => f(set),
            IterState::Dict { dict, .. } => f(dict),
            IterState::Range { .. } => {}
            IterState::Enumerate { it, .. } => v(it),
            IterState::Zip { its, .. } => its.iter().for_each(v),
            IterState::Map { f: g, its } => {
                v(g);
                its.iter().for_each(v);
            }
            IterState::Filter { f: g, it } => {
                v(g);
                v(it);
            }
            IterState::Reversed { seq, .. } => v(seq),
            IterState::Callable { f: g, sentinel } => {
                v(g);
                v(sentinel);
            }
        }
    }
}

impl IterObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        let Some(st) = self.state.get_mut().take() else {
            return;
        };
        match st {
            IterState::List { seq, .. }
            | IterState::Tuple { seq, .. }
            | IterState::Str { seq, .. }
            | IterState::Bytes { seq, .. } => sink(Value::Obj(seq)),
            IterState::Set { set, .. } => sink(Value::Obj(set)),
            IterState::Dict { dict, .. } => sink(Value::Obj(dict)),
            IterState::Range { .. } => {}
            IterState::Enumerate { mut it, .. } => drain_value(&mut it, sink),
            IterState::Zip { its, .. } => its.into_iter().for_each(&mut *sink),
            IterState::Map { f, its } => {
                sink(f);
                its.into_iter().for_each(&mut *sink);
            }
            IterState::Filter { f, it } => {
                sink(f);
                sink(it);
            }
            IterState::Reversed { seq, .. } => sink(seq),
            IterState::Callable { f, sentinel } => {
                sink(f);
                sink(sentinel);
            }
        }
    }
}

/// Wraps an iterator state in a new iterator object of type `ty`.
pub fn new_iter(ty: &ObjRef, state: IterState) -> Value {
    Value::from_payload(Payload::Iter(IterObj {
        ty: ty.clone(),
        state: PyCell::new(Some(state)),
    }))
}

/// An iterator over a list, tuple, str, bytes or bytearray (by payload).
pub fn new_seq_iter(vm: &Vm, seq: Value) -> Value {
    let t = vm.types();
    let Value::Obj(o) = seq else {
        return Value::None;
    };
    let (ty, st) = match o.payload() {
        Payload::List(_) => (&t.list_iterator, IterState::List { seq: o, index: 0 }),
        Payload::Tuple(_) => (&t.tuple_iterator, IterState::Tuple { seq: o, index: 0 }),
        Payload::Str(_) => (&t.str_iterator, IterState::Str { seq: o, byte: 0 }),
        Payload::Bytes(_) => (&t.bytes_iterator, IterState::Bytes { seq: o, index: 0 }),
        Payload::ByteArray(_) => (&t.bytes_iterator, IterState::Bytes { seq: o, index: 0 }),
        _ => return Value::None,
    };
    new_iter(ty, st)
}

/// A `range_iterator` over `len` values starting at `start`.
pub fn new_range_iter(vm: &Vm, start: i64, step: i64, len: u64) -> Value {
    new_iter(
        &vm.types().range_iterator,
        IterState::Range {
            next: start,
            remaining: len,
            step,
        },
    )
}

/// An iterator over a dict (`kind` picks keys/values/items).
pub fn new_dict_iter(vm: &Vm, dict: ObjRef, kind: ViewKind, rev: bool) -> Value {
    let t = vm.types();
    let (len, pos) = match dict.payload() {
        Payload::Dict(d) => {
            let tb = d.table.get();
            (tb.len(), if rev { tb.raw_len() } else { 0 })
        }
        _ => (0, 0),
    };
    let ty = match kind {
        ViewKind::Keys => &t.dict_keyiterator,
        ViewKind::Values => &t.dict_valueiterator,
        ViewKind::Items => &t.dict_itemiterator,
    };
    new_iter(
        ty,
        IterState::Dict {
            dict,
            pos,
            len,
            kind,
            rev,
        },
    )
}

/// A `set_iterator`.
pub fn new_set_iter(vm: &Vm, set: ObjRef) -> Value {
    let len = match set.payload() {
        Payload::Set(s) | Payload::FrozenSet(s) => s.table.get().len(),
        _ => 0,
    };
    new_iter(
        &vm.types().set_iterator,
        IterState::Set { set, pos: 0, len },
    )
}

/// `iter(callable, sentinel)`.
pub fn new_callable_iter(vm: &Vm, f: Value, sentinel: Value) -> Value {
    new_iter(
        &vm.types().callable_iterator,
        IterState::Callable { f, sentinel },
    )
}

/// `iter(v)` for built-in iterables without a method call; `None` when `v`
/// is not one (the caller then uses the generic protocol).
pub fn builtin_iter(vm: &Vm, v: &Value) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    match o.payload() {
        Payload::List(_)
        | Payload::Tuple(_)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_) => Some(new_seq_iter(vm, v.clone())),
        Payload::Range(r) => Some(new_range_iter(vm, r.start, r.step, r.len())),
        Payload::Set(_) | Payload::FrozenSet(_) => Some(new_set_iter(vm, o.clone())),
        Payload::Dict(_) => Some(new_dict_iter(vm, o.clone(), ViewKind::Keys, false)),
        Payload::DictView(dv) => match &dv.dict {
            Value::Obj(d) => Some(new_dict_iter(vm, d.clone(), dv.kind, false)),
            _ => None,
        },
        Payload::Iter(_) => Some(v.clone()),
        _ => None,
    }
}

/// `iter(v)`: built-in fast path, then the generic protocol.
pub fn iter_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match builtin_iter(vm, v) {
        Some(it) => Ok(it),
        None => vm.iter(v),
    }
}

/// Collects any iterable into a vector (copies lists and tuples directly).
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        match o.payload() {
            Payload::List(l) => return Ok(l.items.get().clone()),
            Payload::Tuple(t) => return Ok(t.items().to_vec()),
            _ => {}
        }
    }
    let it = iter_of(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

#[cold]
fn stop_iteration(vm: &Vm) -> PyErr {
    let args = vm.new_tuple(Vec::new());
    vm.new_exc_args(ExcKind::StopIteration, args)
}

/// Steps a built-in iterator without a method call: `None` when `it` is not
/// a built-in iterator, else `Some(Ok(Some(v)))`, `Some(Ok(None))` when
/// exhausted, or `Some(Err(e))`.
pub fn iter_next_fast(vm: &mut Vm, it: &ObjRef) -> Option<PyResult<Option<Value>>> {
    match it.payload() {
        Payload::Iter(i) => Some(step(vm, i)),
        _ => None,
    }
}

/// Steps the simple (VM-free) kinds; `Err(())` for kinds that need the VM.
fn step_simple(vm: &Vm, st: &mut IterState) -> Result<Option<Value>, ()> {
    match st {
        IterState::List { seq, index } => {
            let Payload::List(l) = seq.payload() else {
                return Ok(None);
            };
            let items = l.items.get();
            let r = items.get(*index).cloned();
            *index += 1;
            Ok(r)
        }
        IterState::Tuple { seq, index } => {
            let Payload::Tuple(t) = seq.payload() else {
                return Ok(None);
            };
            let r = t.items().get(*index).cloned();
            *index += 1;
            Ok(r)
        }
        IterState::Str { seq, byte } => {
            let Payload::Str(s) = seq.payload() else {
                return Ok(None);
            };
            let c = s.as_str().get(*byte..).and_then(|t| t.chars().next());
            Ok(c.map(|c| {
                *byte += c.len_utf8();
                super::str::char_value(vm, c)
            }))
        }
        IterState::Bytes { seq, index } => {
            let b = match seq.payload() {
                Payload::Bytes(b) => b.data.get(*index).copied(),
                Payload::ByteArray(b) => b.data.get().get(*index).copied(),
                _ => None,
            };
            *index += 1;
            Ok(b.map(|b| Value::Int(i64::from(b))))
        }
        IterState::Range {
            next,
            remaining,
            step,
        } => {
            if *remaining == 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(Value::Int(v)))
        }
        _ => Err(()),
    }
}

fn step(vm: &mut Vm, i: &IterObj) -> PyResult<Option<Value>> {
    // Fast kinds: one borrow, no VM calls.
    {
        let Some(mut g) = i.state.try_mut() else {
            return Err(vm.new_exc(ExcKind::ValueError, "generator already executing"));
        };
        let Some(st) = g.as_mut() else {
            return Ok(None);
        };
        if let Ok(r) = step_simple(vm, st) {
            if r.is_none() {
                let old = g.take();
                drop(g);
                drop(old);
            }
            return Ok(r);
        }
    }
    let r = step_slow(vm, i);
    if matches!(r, Ok(None)) {
        let old = i.state.get_mut().take();
        drop(old);
    }
    r
}

/// Clones what the slow kinds need out of the state (no borrow kept).
enum Work {
    Set(ObjRef, usize, usize),
    Dict(ObjRef, usize, usize, ViewKind, bool),
    Enumerate(Value, i64),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Reversed(Value, usize),
    Callable(Value, Value),
}

fn step_slow(vm: &mut Vm, i: &IterObj) -> PyResult<Option<Value>> {
    let work = {
        let g = i.state.get();
        match g.as_ref() {
            None => return Ok(None),
            Some(IterState::Set { set, pos, len }) => Work::Set(set.clone(), *pos, *len),
            Some(IterState::Dict {
                dict,
                pos,
                len,
                kind,
                rev,
            }) => Work::Dict(dict.clone(), *pos, *len, *kind, *rev),
            Some(IterState::Enumerate { it, n }) => Work::Enumerate(it.clone(), *n),
            Some(IterState::Zip { its, strict }) => Work::Zip(its.clone(), *strict),
            Some(IterState::Map { f, its }) => Work::Map(f.clone(), its.clone()),
            Some(IterState::Filter { f, it }) => Work::Filter(f.clone(), it.clone()),
            Some(IterState::Reversed { seq, index }) => Work::Reversed(seq.clone(), *index),
            Some(IterState::Callable { f, sentinel }) => {
                Work::Callable(f.clone(), sentinel.clone())
            }
            Some(_) => return Ok(None),
        }
    };
    match work {
        Work::Set(set, pos, len) => {
            let (Payload::Set(s) | Payload::FrozenSet(s)) = set.payload() else {
                return Ok(None);
            };
            let found = {
                let t = s.table.get();
                if t.len() != len {
                    None
                } else {
                    Some(t.next_entry(pos))
                }
            };
            match found {
                None => {
                    if let Some(IterState::Set { len, .. }) = i.state.get_mut().as_mut() {
                        *len = usize::MAX;
                    }
                    Err(vm.new_exc(ExcKind::RuntimeError, "Set changed size during iteration"))
                }
                Some(None) => Ok(None),
                Some(Some((next, key))) => {
                    if let Some(IterState::Set { pos, .. }) = i.state.get_mut().as_mut() {
                        *pos = next;
                    }
                    Ok(Some(key))
                }
            }
        }
        Work::Dict(dict, pos, len, kind, rev) => {
            let Payload::Dict(d) = dict.payload() else {
                return Ok(None);
            };
            let found = {
                let t = d.table.get();
                if t.len() != len {
                    None
                } else {
                    let e = if rev {
                        t.entry_before(pos)
                    } else {
                        t.entry_from(pos)
                    };
                    Some(e.map(|(p, e)| (p, e.key.clone(), e.value.clone())))
                }
            };
            match found {
                None => {
                    if let Some(IterState::Dict { len, .. }) = i.state.get_mut().as_mut() {
                        *len = usize::MAX;
                    }
                    Err(vm.new_exc(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ))
                }
                Some(None) => Ok(None),
                Some(Some((next, k, v))) => {
                    if let Some(IterState::Dict { pos, .. }) = i.state.get_mut().as_mut() {
                        *pos = next;
                    }
                    Ok(Some(match kind {
                        ViewKind::Keys => k,
                        ViewKind::Values => v,
                        ViewKind::Items => vm.new_tuple(alloc::vec![k, v]),
                    }))
                }
            }
        }
        Work::Enumerate(it, n) => match vm.next(&it)? {
            None => Ok(None),
            Some(x) => {
                if let Some(IterState::Enumerate { n, .. }) = i.state.get_mut().as_mut() {
                    *n = n.wrapping_add(1);
                }
                Ok(Some(vm.new_tuple(alloc::vec![Value::Int(n), x])))
            }
        },
        Work::Zip(its, strict) => {
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (k, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(x) => out.push(x),
                    None => {
                        if !strict {
                            return Ok(None);
                        }
                        if k > 0 {
                            let plural = if k == 1 { " " } else { "s 1-" };
                            return Err(vm.value_error(format!(
                                "zip() argument {} is shorter than argument{plural}{k}",
                                k + 1
                            )));
                        }
                        for (j, other) in its.iter().enumerate().skip(1) {
                            if vm.next(other)?.is_some() {
                                let plural = if j == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is longer than argument{plural}{j}",
                                    j + 1
                                )));
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
        Work::Map(f, its) => {
            let mut xs = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(x) => xs.push(x),
                    None => return Ok(None),
                }
            }
            vm.call(&f, Args::new(&xs)).map(Some)
        }
        Work::Filter(f, it) => loop {
            let Some(x) = vm.next(&it)? else {
                return Ok(None);
            };
            let keep = if matches!(f, Value::None) {
                super::slice::truthy(vm, &x)?
            } else {
                let r = vm.call(&f, Args::new(core::slice::from_ref(&x)))?;
                super::slice::truthy(vm, &r)?
            };
            if keep {
                return Ok(Some(x));
            }
        },
        Work::Reversed(seq, index) => {
            if index == 0 {
                return Ok(None);
            }
            let k = index - 1;
            if let Some(IterState::Reversed { index, .. }) = i.state.get_mut().as_mut() {
                *index = k;
            }
            let fast = match seq.payload() {
                Some(Payload::List(l)) => Some(l.items.get().get(k).cloned()),
                Some(Payload::Tuple(t)) => Some(t.items().get(k).cloned()),
                Some(Payload::Str(s)) => Some(s.char_at(k).map(|c| super::str::char_value(vm, c))),
                _ => None,
            };
            match fast {
                Some(r) => Ok(r),
                None => match vm.getitem(&seq, &Value::Int(k as i64)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if vm.err_matches(&e, ExcKind::IndexError)
                            || vm.err_matches(&e, ExcKind::StopIteration) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                },
            }
        }
        Work::Callable(f, sentinel) => {
            let r = match vm.call(&f, Args::new(&[])) {
                Ok(r) => r,
                Err(e) if vm.err_matches(&e, ExcKind::StopIteration) => return Ok(None),
                Err(e) => return Err(e),
            };
            if r.is(&sentinel) || super::slice::eq(vm, &r, &sentinel)? {
                return Ok(None);
            }
            Ok(Some(r))
        }
    }
}

// ----- methods -----

fn iter_self<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Iter(_)) => Ok(o),
        Some(v) => Err(vm.type_error(format!(
            "descriptor '{name}' requires an iterator, not '{}'",
            type_name(vm, v)
        ))),
        None => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

fn it_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iter_self(vm, &args, "__iter__")?;
    Ok(args.pos[0].clone())
}

fn it_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = iter_self(vm, &args, "__next__")?.clone();
    match iter_next_fast(vm, &o) {
        Some(Ok(Some(v))) => Ok(v),
        Some(Err(e)) => Err(e),
        _ => Err(stop_iteration(vm)),
    }
}

fn it_length_hint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let o = iter_self(vm, &args, "__length_hint__")?;
    let Payload::Iter(i) = o.payload() else {
        return Ok(Value::Int(0));
    };
    let st = i.state.get();
    let n = match st.as_ref() {
        None => 0,
        Some(IterState::List { seq, index }) => match seq.payload() {
            Payload::List(l) => l.items.get().len().saturating_sub(*index),
            _ => 0,
        },
        Some(IterState::Tuple { seq, index }) => match seq.payload() {
            Payload::Tuple(t) => t.items().len().saturating_sub(*index),
            _ => 0,
        },
        Some(IterState::Bytes { seq, index }) => match seq.payload() {
            Payload::Bytes(b) => b.data.len().saturating_sub(*index),
            Payload::ByteArray(b) => b.data.get().len().saturating_sub(*index),
            _ => 0,
        },
        Some(IterState::Str { seq, byte }) => match seq.payload() {
            Payload::Str(s) => s.as_str().get(*byte..).map_or(0, |t| t.chars().count()),
            _ => 0,
        },
        Some(IterState::Range { remaining, .. }) => *remaining as usize,
        Some(IterState::Set { set, len, .. }) => match set.payload() {
            Payload::Set(s) | Payload::FrozenSet(s) if s.table.get().len() == *len => *len,
            _ => 0,
        },
        Some(IterState::Reversed { index, .. }) => *index,
        _ => return Ok(vm.not_implemented()),
    };
    Ok(Value::Int(n as i64))
}

fn kw_name(k: &ObjRef) -> &str {
    k.payload_str().unwrap_or("")
}

fn enumerate_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut iterable = args.pos.get(1);
    let mut start = args.pos.get(2);
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    for (k, v) in args.kw {
        match kw_name(k) {
            "iterable" => iterable = Some(v),
            "start" => start = Some(v),
            n => {
                return Err(vm.type_error(format!(
                    "'{n}' is an invalid keyword argument for enumerate()"
                )))
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let it = iter_of(vm, iterable)?;
    let n = match start {
        Some(v) => as_index(vm, v)?,
        None => 0,
    };
    Ok(new_iter(
        &vm.types().enumerate,
        IterState::Enumerate { it, n },
    ))
}

fn zip_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.kw {
        match kw_name(k) {
            "strict" => strict = super::slice::truthy(vm, v)?,
            n => {
                return Err(vm.type_error(format!("'{n}' is an invalid keyword argument for zip()")))
            }
        }
    }
    let mut its = Vec::with_capacity(args.pos.len().saturating_sub(1));
    for v in args.pos.iter().skip(1) {
        its.push(iter_of(vm, v)?);
    }
    Ok(new_iter(&vm.types().zip, IterState::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if args.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let f = args.pos[1].clone();
    let mut its = Vec::with_capacity(args.pos.len() - 2);
    for v in &args.pos[2..] {
        its.push(iter_of(vm, v)?);
    }
    Ok(new_iter(&vm.types().map, IterState::Map { f, its }))
}

fn filter_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let f = args.pos[1].clone();
    let it = iter_of(vm, &args.pos[2])?;
    Ok(new_iter(&vm.types().filter, IterState::Filter { f, it }))
}

/// `reversed(seq)`.
pub fn reversed(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    let t = vm.types();
    if let Value::Obj(o) = seq {
        match o.payload() {
            Payload::List(l) => {
                let n = l.items.get().len();
                return Ok(new_iter(
                    &t.reversed,
                    IterState::Reversed {
                        seq: seq.clone(),
                        index: n,
                    },
                ));
            }
            Payload::Tuple(tp) => {
                let n = tp.items().len();
                return Ok(new_iter(
                    &t.reversed,
                    IterState::Reversed {
                        seq: seq.clone(),
                        index: n,
                    },
                ));
            }
            Payload::Str(s) => {
                let n = s.char_len();
                return Ok(new_iter(
                    &t.reversed,
                    IterState::Reversed {
                        seq: seq.clone(),
                        index: n,
                    },
                ));
            }
            Payload::Range(r) => {
                let n = r.len();
                let last = r
                    .start
                    .wrapping_add((n as i64).wrapping_sub(1).wrapping_mul(r.step));
                return Ok(new_range_iter(vm, last, r.step.wrapping_neg(), n));
            }
            Payload::Dict(_) => return Ok(new_dict_iter(vm, o.clone(), ViewKind::Keys, true)),
            Payload::DictView(dv) => {
                if let Value::Obj(d) = &dv.dict {
                    return Ok(new_dict_iter(vm, d.clone(), dv.kind, true));
                }
            }
            _ => {}
        }
    }
    if let Some(f) = vm.lookup_special(seq, "__reversed__") {
        if matches!(f, Value::None) {
            return Err(vm.type_error(format!("'{}' object is not reversible", type_name(vm, seq))));
        }
        return vm.call(&f, Args::new(core::slice::from_ref(seq)));
    }
    if vm.lookup_special(seq, "__getitem__").is_some()
        && !matches!(seq.payload(), Some(Payload::Dict(_)))
    {
        if let Some(lf) = vm.lookup_special(seq, "__len__") {
            let n = vm.call(&lf, Args::new(core::slice::from_ref(seq)))?;
            let n = as_index(vm, &n)?.max(0) as usize;
            return Ok(new_iter(
                &t.reversed,
                IterState::Reversed {
                    seq: seq.clone(),
                    index: n,
                },
            ));
        }
    }
    Err(vm.type_error(format!("'{}' object is not reversible", type_name(vm, seq))))
}

fn reversed_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    reversed(vm, &args.pos[1])
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types();
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.range_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.callable_iterator,
    ] {
        let name: &'static str = match ty.payload() {
            Payload::Type(_) => "iterator",
            _ => "iterator",
        };
        vm.add_methods(
            ty,
            name,
            &[
                ("__iter__", it_iter),
                ("__next__", it_next),
                ("__length_hint__", it_length_hint),
            ],
        );
    }
    vm.add_methods(&t.enumerate, "enumerate", &[("__new__", enumerate_new)]);
    vm.add_methods(&t.zip, "zip", &[("__new__", zip_new)]);
    vm.add_methods(&t.map, "map", &[("__new__", map_new)]);
    vm.add_methods(&t.filter, "filter", &[("__new__", filter_new)]);
    vm.add_methods(&t.reversed, "reversed", &[("__new__", reversed_new)]);
}

#[cfg(test)]
mod tests {
    use super::super::slice::testing::setup;
    use super::*;

    #[test]
    fn builtin_iterators() {
        let mut t = setup();
        let ty = t.vm.types();
        let list = ty.list.clone();
        let src = t.s("ab");
        let e = t
            .new_kw(&ty.enumerate, &[src], &[("start", Value::Int(5))])
            .unwrap();
        let r = t.make(&list, &[e]);
        assert_eq!(t.ok(r), "[(5, 'a'), (6, 'b')]");
        let r = t.make(&ty.enumerate, &[t.ints(&[]), t.s("a")]);
        assert_eq!(
            t.err(r),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        let z = t
            .new_kw(
                &ty.zip,
                &[t.ints(&[1, 2]), t.ints(&[3])],
                &[("strict", Value::Bool(true))],
            )
            .unwrap();
        let r = t.make(&list, &[z]);
        assert_eq!(
            t.err(r),
            "ValueError: zip() argument 2 is shorter than argument 1"
        );
        let z = t
            .new_kw(
                &ty.zip,
                &[t.ints(&[1]), t.ints(&[1, 2])],
                &[("strict", Value::Bool(true))],
            )
            .unwrap();
        let r = t.make(&list, &[z]);
        assert_eq!(
            t.err(r),
            "ValueError: zip() argument 2 is longer than argument 1"
        );
        let z = t
            .new_kw(
                &ty.zip,
                &[t.ints(&[1, 2]), t.ints(&[1, 2]), t.ints(&[1])],
                &[("strict", Value::Bool(true))],
            )
            .unwrap();
        let r = t.make(&list, &[z]);
        assert_eq!(
            t.err(r),
            "ValueError: zip() argument 3 is shorter than arguments 1-2"
        );
        let z = t.make(&ty.zip, &[t.ints(&[1, 2, 3]), t.s("xy")]).unwrap();
        let r = t.make(&list, &[z]);
        assert_eq!(t.ok(r), "[(1, 'x'), (2, 'y')]");
        let neg = t.vm.new_native("neg", |_vm, a| match a.pos[0] {
            Value::Int(i) => Ok(Value::Int(-i)),
            _ => Ok(Value::None),
        });
        let m = t.make(&ty.map, &[neg, t.ints(&[1, 2])]).unwrap();
        let r = t.make(&list, &[m]);
        assert_eq!(t.ok(r), "[-1, -2]");
        let r = t.make(&ty.map, &[Value::None]);
        assert_eq!(
            t.err(r),
            "TypeError: map() must have at least two arguments."
        );
        let f = t
            .make(&ty.filter, &[Value::None, t.ints(&[0, 1, 0, 2])])
            .unwrap();
        let r = t.make(&list, &[f]);
        assert_eq!(t.ok(r), "[1, 2]");
        let r = t.make(&ty.reversed, &[Value::Int(5)]);
        assert_eq!(t.err(r), "TypeError: 'int' object is not reversible");
        let rv = t.make(&ty.reversed, &[t.s("héllo")]).unwrap();
        let r = t.make(&list, &[rv]);
        assert_eq!(t.ok(r), "['o', 'l', 'l', 'é', 'h']");
        let l = t.ints(&[1, 2, 3]);
        let it = builtin_iter(&t.vm, &l).unwrap();
        let r = t.m(&it, "__length_hint__", &[]);
        assert_eq!(t.ok(r), "3");
        let Value::Obj(o) = &it else { unreachable!() };
        assert!(matches!(
            iter_next_fast(&mut t.vm, o),
            Some(Ok(Some(Value::Int(1))))
        ));
        let r = t.m(&it, "__next__", &[]);
        assert_eq!(t.ok(r), "2");
        t.m(&it, "__next__", &[]).unwrap();
        let r = t.m(&it, "__next__", &[]);
        assert_eq!(t.err(r), "StopIteration: ");
        // exhausted iterators stay exhausted
        super::super::list::as_list(&l)
            .unwrap()
            .append(Value::Int(4));
        assert!(matches!(iter_next_fast(&mut t.vm, o), Some(Ok(None))));
    }

    #[test]
    fn callable_iterator_stops_at_sentinel() {
        let mut t = setup();
        let counter = t.ints(&[]);
        let c2 = counter.clone();
        let f = t.vm.new_native("tick", |_vm, _a| Ok(Value::Int(0)));
        let it = new_callable_iter(&t.vm, f, Value::Int(0));
        let list = t.vm.types().list.clone();
        let r = t.make(&list, &[it]);
        assert_eq!(t.ok(r), "[]");
        drop((counter, c2));
    }
}
