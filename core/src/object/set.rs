//! `set` and `frozenset`, on CPython's own set table (open addressing with
//! linear probes then perturbation, dummy slots on delete, the same resize
//! rule and `pop` finger), so iteration order matches CPython for the same
//! hashes.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;

use super::dict::simple_eq;
use super::exception::ExcKind;
use super::function::Args;
use super::slice::{check_args, type_name};
use super::{drain_value, ObjRef, Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone, Default)]
pub enum Slot {
    /// Never used.
    #[default]
    Empty,
    /// Deleted (keeps probe chains intact).
    Dummy,
    /// A live key with its hash.
    Active(i64, Value),
}

/// CPython's set table.
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: alloc::vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }
}

fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if matches!(slots[i], Slot::Empty) {
            slots[i] = Slot::Active(hash, key);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if matches!(slots[i + j], Slot::Empty) {
                    slots[i + j] = Slot::Active(hash, key);
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

impl SetTable {
    /// Number of elements.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The next live key at or after slot `pos`: `(next pos, key)`.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value)> {
        let mut p = pos;
        while p < self.slots.len() {
            if let Slot::Active(_, k) = &self.slots[p] {
                return Some((p + 1, k.clone()));
            }
            p += 1;
        }
        None
    }

    /// Live `(hash, key)` pairs in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// Keys in table order.
    pub fn keys(&self) -> Vec<Value> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// Rebuilds the table with room for `minused` (CPython's `set_table_resize`).
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = core::mem::replace(&mut self.slots, alloc::vec![Slot::Empty; newsize]);
        for s in old {
            if let Slot::Active(h, k) = s {
                insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    /// Calls `f` on every key (for the cycle collector).
    pub fn for_each_key(&self, f: &mut dyn FnMut(&Value)) {
        for s in &self.slots {
            if let Slot::Active(_, k) = s {
                f(k);
            }
        }
    }

    /// Removes everything, returning the old slots (drop outside any borrow).
    pub fn take_all(&mut self) -> Vec<Slot> {
        self.fill = 0;
        self.used = 0;
        self.version += 1;
        core::mem::replace(&mut self.slots, alloc::vec![Slot::Empty; MINSIZE])
    }

    /// `pop()`: CPython's finger walk.
    fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(..)) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let old = core::mem::replace(&mut self.slots[i], Slot::Dummy);
        self.used -= 1;
        self.finger = i + 1;
        self.version += 1;
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }
}

enum Lookup {
    Found(usize),
    Missing {
        empty: usize,
        freeslot: Option<usize>,
    },
}

/// The payload of a `set` or `frozenset` object.
pub struct SetObj {
    /// The table. Never call into the VM while borrowed.
    pub table: PyCell<SetTable>,
    /// The cached frozenset hash; -1 (never a hash) until computed. Not an
    /// `Option`: a heap object stays 96 bytes.
    hash: Cell<i64>,
}

impl Default for SetObj {
    fn default() -> Self {
        SetObj {
            table: PyCell::default(),
            hash: Cell::new(-1),
        }
    }
}

impl SetObj {
    /// An empty set payload.
    pub fn new() -> Self {
        SetObj::default()
    }

    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        for s in self.table.get_mut().take_all() {
            if let Slot::Active(_, mut k) = s {
                drain_value(&mut k, sink);
            }
        }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.table.get().used
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keys in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.table.get().keys()
    }

    /// Probes for `key`; Python `__eq__` runs with the borrow released and
    /// the probe restarts if the table changed meanwhile.
    /// The probe with one borrow and only simple equality; `None` when some
    /// candidate's equality needs Python (the caller takes the slow probe).
    #[inline]
    fn lookup_simple(&self, key: &Value, hash: i64) -> Option<Lookup> {
        let t = self.table.get();
        let mask = t.mask();
        let slots = &t.slots[..];
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for (idx, slot) in slots.iter().enumerate().skip(i).take(probes + 1) {
                match slot {
                    Slot::Empty => {
                        return Some(Lookup::Missing {
                            empty: idx,
                            freeslot,
                        })
                    }
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(idx),
                    Slot::Active(h, k) if *h == hash && (k.is(key) || simple_eq(k, key)?) => {
                        return Some(Lookup::Found(idx));
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Lookup> {
        if let Some(r) = self.lookup_simple(key, hash) {
            return Ok(r);
        }
        'restart: loop {
            let (version, mask) = {
                let t = self.table.get();
                (t.version, t.mask())
            };
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            let mut freeslot = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for idx in i..=i + probes {
                    let t = self.table.get();
                    match &t.slots[idx] {
                        Slot::Empty => {
                            return Ok(Lookup::Missing {
                                empty: idx,
                                freeslot,
                            })
                        }
                        Slot::Dummy if freeslot.is_none() => freeslot = Some(idx),
                        Slot::Active(h, k) if *h == hash => {
                            if k.is(key) {
                                return Ok(Lookup::Found(idx));
                            }
                            match simple_eq(k, key) {
                                Some(true) => return Ok(Lookup::Found(idx)),
                                Some(false) => {}
                                None => {
                                    let cand = k.clone();
                                    drop(t);
                                    let eq = vm.eq(&cand, key)?;
                                    let t = self.table.get();
                                    let same = t.version == version
                                        && matches!(&t.slots[idx], Slot::Active(_, k2) if k2.is(&cand));
                                    if !same {
                                        continue 'restart;
                                    }
                                    if eq {
                                        return Ok(Lookup::Found(idx));
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    /// Membership with a known hash.
    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.lookup(vm, key, hash)?, Lookup::Found(_)))
    }

    /// `key in s`.
    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = super::slice::hash_of(vm, key)?;
        self.contains_hashed(vm, key, h)
    }

    /// Adds with a known hash (CPython's `set_add_entry`); true when new.
    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        let (empty, freeslot) = match self.lookup(vm, &key, hash)? {
            Lookup::Found(_) => return Ok(false),
            Lookup::Missing { empty, freeslot } => (empty, freeslot),
        };
        let mut t = self.table.get_mut();
        t.version += 1;
        if let Some(f) = freeslot {
            t.slots[f] = Slot::Active(hash, key);
            t.used += 1;
            return Ok(true);
        }
        t.slots[empty] = Slot::Active(hash, key);
        t.fill += 1;
        t.used += 1;
        if t.fill * 5 < t.mask() * 3 {
            return Ok(true);
        }
        let minused = if t.used > 50000 {
            t.used * 2
        } else {
            t.used * 4
        };
        t.resize(minused);
        Ok(true)
    }

    /// `s.add(key)`; true when new.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<bool> {
        let h = super::slice::hash_of(vm, &key)?;
        self.add_hashed(vm, key, h)
    }

    /// Removes with a known hash; true when it was present.
    pub fn discard_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        match self.lookup(vm, key, hash)? {
            Lookup::Found(i) => {
                let old = {
                    let mut t = self.table.get_mut();
                    t.used -= 1;
                    t.version += 1;
                    core::mem::replace(&mut t.slots[i], Slot::Dummy)
                };
                drop(old);
                Ok(true)
            }
            Lookup::Missing { .. } => Ok(false),
        }
    }

    /// `s.discard(key)`; true when it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = super::slice::hash_of(vm, key)?;
        self.discard_hashed(vm, key, h)
    }

    /// Removes everything.
    pub fn clear(&self) {
        let old = self.table.get_mut().take_all();
        drop(old);
    }

    /// CPython's `set_merge`: adds every element of another set.
    fn merge(&self, vm: &mut Vm, other: &SetObj) -> PyResult<()> {
        if core::ptr::eq(self, other) {
            return Ok(());
        }
        let (ofill, oused, omask, oslots) = {
            let o = other.table.get();
            if o.used == 0 {
                return Ok(());
            }
            (o.fill, o.used, o.mask(), o.slots.clone())
        };
        {
            let mut t = self.table.get_mut();
            if (t.fill + oused) * 5 >= t.mask() * 3 {
                let m = (t.used + oused) * 2;
                t.resize(m);
            }
            if t.fill == 0 && t.mask() == omask && ofill == oused {
                t.slots = oslots;
                t.fill = ofill;
                t.used = oused;
                t.version += 1;
                return Ok(());
            }
            if t.fill == 0 {
                t.fill = oused;
                t.used = oused;
                t.version += 1;
                for s in oslots {
                    if let Slot::Active(h, k) = s {
                        insert_clean(&mut t.slots, h, k);
                    }
                }
                return Ok(());
            }
        }
        for s in oslots {
            if let Slot::Active(h, k) = s {
                self.add_hashed(vm, k, h)?;
            }
        }
        Ok(())
    }

    /// CPython's `set_update_internal`: adds every element of an iterable.
    pub fn update(&self, vm: &mut Vm, other: &Value) -> PyResult<()> {
        match other.payload() {
            Some(Payload::Set(o) | Payload::FrozenSet(o)) => return self.merge(vm, o),
            Some(Payload::Dict(d)) => {
                let entries: Vec<(i64, Value)> = d
                    .table
                    .get()
                    .iter()
                    .map(|e| (e.hash, e.key.clone()))
                    .collect();
                {
                    let mut t = self.table.get_mut();
                    if (t.fill + entries.len()) * 5 >= t.mask() * 3 {
                        let m = (t.used + entries.len()) * 2;
                        t.resize(m);
                    }
                }
                for (h, k) in entries {
                    self.add_hashed(vm, k, h)?;
                }
                return Ok(());
            }
            _ => {}
        }
        let it = super::iter::iter_of(vm, other)?;
        while let Some(x) = vm.next(&it)? {
            self.add(vm, x)?;
        }
        Ok(())
    }

    /// A new set payload with the elements of an iterable.
    pub fn from_iterable(vm: &mut Vm, it: &Value) -> PyResult<SetObj> {
        let s = SetObj::new();
        s.update(vm, it)?;
        Ok(s)
    }

    /// A copy (CPython's `make_new_set(type, so)`).
    pub fn copy(&self, vm: &mut Vm) -> PyResult<SetObj> {
        let s = SetObj::new();
        s.merge(vm, self)?;
        Ok(s)
    }

    fn entries(&self) -> Vec<(i64, Value)> {
        self.table.get().entries()
    }

    /// The frozenset hash (CPython's algorithm), cached.
    pub fn frozen_hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        let mut hash: u64 = 0;
        for (h, _) in self.entries() {
            hash ^= shuffle(h as u64);
        }
        hash ^= (self.len() as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let mut r = hash as i64;
        if r == -1 {
            r = 590923713;
        }
        self.hash.set(r);
        r
    }
}

// ----- operations -----

fn as_set(v: &Value) -> Option<&SetObj> {
    match v.payload() {
        Some(Payload::Set(s) | Payload::FrozenSet(s)) => Some(s),
        _ => None,
    }
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

/// Wraps a set payload as a `set` (or `frozenset`) value.
pub fn wrap(s: SetObj, frozen: bool) -> Value {
    Value::from_payload(if frozen {
        Payload::FrozenSet(s)
    } else {
        Payload::Set(s)
    })
}

/// Collects any iterable into a temporary set (sets are used as they are).
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Option<SetObj>> {
    if as_set(v).is_some() {
        return Ok(None);
    }
    SetObj::from_iterable(vm, v).map(Some)
}

fn intersection(vm: &mut Vm, so: &SetObj, other: &Value) -> PyResult<SetObj> {
    let result = SetObj::new();
    if let Some(o) = as_set(other) {
        if core::ptr::eq(so, o) {
            return so.copy(vm);
        }
        let (small, big) = if o.len() > so.len() { (so, o) } else { (o, so) };
        for (h, k) in small.entries() {
            if big.contains_hashed(vm, &k, h)? {
                result.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = super::iter::iter_of(vm, other)?;
    while let Some(x) = vm.next(&it)? {
        let h = super::slice::hash_of(vm, &x)?;
        if so.contains_hashed(vm, &x, h)? {
            result.add_hashed(vm, x, h)?;
        }
    }
    Ok(result)
}

fn difference_update(vm: &mut Vm, so: &SetObj, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        if core::ptr::eq(so, o) {
            so.clear();
            return Ok(());
        }
        for (h, k) in o.entries() {
            so.discard_hashed(vm, &k, h)?;
        }
    } else {
        let it = super::iter::iter_of(vm, other)?;
        while let Some(x) = vm.next(&it)? {
            so.discard(vm, &x)?;
        }
    }
    let mut t = so.table.get_mut();
    if t.fill - t.used > t.mask() / 4 {
        let m = if t.used > 50000 {
            t.used * 2
        } else {
            t.used * 4
        };
        t.resize(m);
    }
    Ok(())
}

fn difference(vm: &mut Vm, so: &SetObj, other: &Value) -> PyResult<SetObj> {
    let other_len = match other.payload() {
        Some(Payload::Set(o) | Payload::FrozenSet(o)) => Some(o.len()),
        Some(Payload::Dict(d)) => Some(d.len()),
        _ => None,
    };
    let Some(other_len) = other_len else {
        let r = so.copy(vm)?;
        difference_update(vm, &r, other)?;
        return Ok(r);
    };
    if so.is_empty() {
        return Ok(SetObj::new());
    }
    if (so.len() >> 2) > other_len {
        let r = so.copy(vm)?;
        difference_update(vm, &r, other)?;
        return Ok(r);
    }
    let result = SetObj::new();
    for (h, k) in so.entries() {
        let present = match other.payload() {
            Some(Payload::Dict(d)) => d.get(vm, &k)?.is_some(),
            Some(Payload::Set(o) | Payload::FrozenSet(o)) => o.contains_hashed(vm, &k, h)?,
            _ => false,
        };
        if !present {
            result.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

fn symmetric_difference_update(vm: &mut Vm, so: &SetObj, other: &Value) -> PyResult<()> {
    let tmp;
    let o = match as_set(other) {
        Some(o) => {
            if core::ptr::eq(so, o) {
                so.clear();
                return Ok(());
            }
            o
        }
        None => {
            tmp = SetObj::from_iterable(vm, other)?;
            &tmp
        }
    };
    for (h, k) in o.entries() {
        if !so.discard_hashed(vm, &k, h)? {
            so.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &mut Vm, so: &SetObj, other: &Value) -> PyResult<SetObj> {
    let result = SetObj::from_iterable(vm, other)?;
    for (h, k) in so.entries() {
        if !result.discard_hashed(vm, &k, h)? {
            result.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

fn issubset(vm: &mut Vm, a: &SetObj, b: &SetObj) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !b.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ----- methods -----

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a SetObj> {
    crate::builtins::descriptor_self(vm, args, "set", name, as_set)
}

fn mutable<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a SetObj> {
    crate::builtins::descriptor_self(vm, args, "set", name, |v| match v.payload() {
        Some(Payload::Set(s)) => Some(s),
        _ => None,
    })
}

fn set_new(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(wrap(SetObj::new(), false))
}

fn set_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = mutable(vm, &args, "__init__")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    s.clear();
    if let Some(it) = args.pos.get(1) {
        s.update(vm, it)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    match args.pos.get(1) {
        None => Ok(wrap(SetObj::new(), true)),
        Some(v) if is_frozen(v) => Ok(v.clone()),
        Some(v) => Ok(wrap(SetObj::from_iterable(vm, v)?, true)),
    }
}

fn set_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // `self` may be an instance of a subclass: CPython names its type
    // (`S({1})`), where a plain `set` shows only the braces.
    let s = this(vm, &args, "__repr__")?;
    let keys = s.keys();
    let name = vm.type_name(&args.pos[0]);
    if keys.is_empty() {
        return Ok(vm.new_str(format!("{name}()")));
    }
    let r = super::tuple::with_repr_guard(vm, &args.pos[0], |vm| {
        super::tuple::repr_items(vm, &keys, "{", "}", false)
    })?;
    let body = match r {
        Some(b) => b,
        None => return Ok(vm.new_str(format!("{name}(...)"))),
    };
    Ok(vm.new_str(if name == "set" {
        body
    } else {
        format!("{name}({body})")
    }))
}

fn set_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.len() as i64))
}

fn set_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "__contains__")?;
    check_args(vm, &args, "__contains__", 1, 1)?;
    let key = &args.pos[1];
    match s.contains(vm, key) {
        Ok(b) => Ok(Value::Bool(b)),
        Err(e) => {
            // A set key is looked up as the equal frozenset.
            if let Some(Payload::Set(k)) = key.payload() {
                if vm.err_matches(&e, ExcKind::TypeError) {
                    let f = wrap(k.copy(vm)?, true);
                    return s.contains(vm, &f).map(Value::Bool);
                }
            }
            Err(e)
        }
    }
}

fn set_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    let Value::Obj(o) = &args.pos[0] else {
        return Ok(Value::None);
    };
    Ok(super::iter::new_set_iter(vm, o.clone()))
}

fn set_hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "__hash__")?;
    if !is_frozen(&args.pos[0]) {
        return Err(vm.type_error("unhashable type: 'set'"));
    }
    Ok(Value::Int(s.frozen_hash()))
}

fn set_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = mutable(vm, &args, "add")?;
    check_args(vm, &args, "set.add", 1, 1)?;
    s.add(vm, args.pos[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = mutable(vm, &args, "remove")?;
    check_args(vm, &args, "set.remove", 1, 1)?;
    if s.discard(vm, &args.pos[1])? {
        Ok(Value::None)
    } else {
        Err(vm.key_error(args.pos[1].clone()))
    }
}

fn set_discard(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = mutable(vm, &args, "discard")?;
    check_args(vm, &args, "set.discard", 1, 1)?;
    s.discard(vm, &args.pos[1])?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = mutable(vm, &args, "pop")?;
    check_args(vm, &args, "set.pop", 0, 0)?;
    let r = s.table.get_mut().pop();
    match r {
        Some(v) => Ok(v),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn set_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "set.clear", 0, 0)?;
    mutable(vm, &args, "clear")?.clear();
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    check_args(vm, &args, "copy", 0, 0)?;
    if is_frozen(&args.pos[0]) {
        return Ok(args.pos[0].clone());
    }
    Ok(wrap(s.copy(vm)?, false))
}

fn set_update_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = mutable(vm, &args, "update")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("set.update() takes no keyword arguments"));
    }
    for o in &args.pos[1..] {
        s.update(vm, o)?;
    }
    Ok(Value::None)
}

fn set_union(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "union")?;
    let r = s.copy(vm)?;
    for o in &args.pos[1..] {
        r.update(vm, o)?;
    }
    Ok(wrap(r, is_frozen(&args.pos[0])))
}

fn set_intersection(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "intersection")?;
    let frozen = is_frozen(&args.pos[0]);
    if args.pos.len() == 1 {
        return Ok(wrap(s.copy(vm)?, frozen));
    }
    let mut cur = intersection(vm, s, &args.pos[1])?;
    for o in &args.pos[2..] {
        cur = intersection(vm, &cur, o)?;
    }
    Ok(wrap(cur, frozen))
}

fn replace_contents(s: &SetObj, new: SetObj) {
    let newt = core::mem::take(&mut *new.table.get_mut());
    let mut t = s.table.get_mut();
    let version = t.version;
    let old = core::mem::replace(&mut *t, newt);
    t.version = version.wrapping_add(old.version).wrapping_add(1);
    drop(t);
    drop(old);
}

fn set_intersection_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = mutable(vm, &args, "intersection_update")?;
    for o in &args.pos[1..] {
        let r = intersection(vm, s, o)?;
        replace_contents(s, r);
    }
    Ok(Value::None)
}

fn set_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "difference")?;
    let frozen = is_frozen(&args.pos[0]);
    if args.pos.len() == 1 {
        return Ok(wrap(s.copy(vm)?, frozen));
    }
    let cur = difference(vm, s, &args.pos[1])?;
    for o in &args.pos[2..] {
        difference_update(vm, &cur, o)?;
    }
    Ok(wrap(cur, frozen))
}

fn set_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = mutable(vm, &args, "difference_update")?;
    for o in &args.pos[1..] {
        difference_update(vm, s, o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "symmetric_difference")?;
    check_args(vm, &args, "symmetric_difference", 1, 1)?;
    let r = symmetric_difference(vm, s, &args.pos[1])?;
    Ok(wrap(r, is_frozen(&args.pos[0])))
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = mutable(vm, &args, "symmetric_difference_update")?;
    check_args(vm, &args, "symmetric_difference_update", 1, 1)?;
    symmetric_difference_update(vm, s, &args.pos[1])?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "issubset")?;
    check_args(vm, &args, "issubset", 1, 1)?;
    let tmp = to_set(vm, &args.pos[1])?;
    let o = tmp.as_ref().or_else(|| as_set(&args.pos[1]));
    match o {
        Some(o) => issubset(vm, s, o).map(Value::Bool),
        None => Ok(Value::Bool(false)),
    }
}

fn set_issuperset(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "issuperset")?;
    check_args(vm, &args, "issuperset", 1, 1)?;
    if let Some(o) = as_set(&args.pos[1]) {
        return issubset(vm, o, s).map(Value::Bool);
    }
    let it = super::iter::iter_of(vm, &args.pos[1])?;
    while let Some(x) = vm.next(&it)? {
        if !s.contains(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "isdisjoint")?;
    check_args(vm, &args, "isdisjoint", 1, 1)?;
    if let Some(o) = as_set(&args.pos[1]) {
        let (small, big) = if o.len() > s.len() { (s, o) } else { (o, s) };
        for (h, k) in small.entries() {
            if big.contains_hashed(vm, &k, h)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = super::iter::iter_of(vm, &args.pos[1])?;
    while let Some(x) = vm.next(&it)? {
        if s.contains(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Binary set operator: NotImplemented unless both are sets.
fn binop(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    let other = &args.pos[1];
    if as_set(other).is_none() {
        return Ok(vm.not_implemented());
    }
    let frozen = is_frozen(&args.pos[0]);
    let r = match name {
        "__or__" | "__ror__" => {
            let r = s.copy(vm)?;
            r.update(vm, other)?;
            r
        }
        "__and__" | "__rand__" => intersection(vm, s, other)?,
        "__sub__" => difference(vm, s, other)?,
        "__rsub__" => {
            let o = as_set(other)
                .map(|o| o.copy(vm))
                .transpose()?
                .unwrap_or_default();
            difference(vm, &o, &args.pos[0])?
        }
        _ => symmetric_difference(vm, s, other)?,
    };
    let frozen = if name == "__rsub__" {
        is_frozen(other)
    } else {
        frozen
    };
    Ok(wrap(r, frozen))
}

fn ibinop(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let s = mutable(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    let other = &args.pos[1];
    if as_set(other).is_none() {
        return Ok(vm.not_implemented());
    }
    match name {
        "__ior__" => s.update(vm, other)?,
        "__iand__" => {
            let r = intersection(vm, s, other)?;
            replace_contents(s, r);
        }
        "__isub__" => difference_update(vm, s, other)?,
        _ => symmetric_difference_update(vm, s, other)?,
    }
    Ok(args.pos[0].clone())
}

fn richcmp(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    let Some(o) = as_set(&args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let r = match name {
        "__eq__" => s.len() == o.len() && issubset(vm, s, o)?,
        "__ne__" => !(s.len() == o.len() && issubset(vm, s, o)?),
        "__le__" => issubset(vm, s, o)?,
        "__lt__" => s.len() < o.len() && issubset(vm, s, o)?,
        "__ge__" => issubset(vm, o, s)?,
        _ => s.len() > o.len() && issubset(vm, o, s)?,
    };
    Ok(Value::Bool(r))
}

macro_rules! named {
    ($f:ident; $($name:ident = $dunder:literal),*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { $f(vm, args, $dunder) })*
    };
}
named!(binop; s_or = "__or__", s_ror = "__ror__", s_and = "__and__", s_rand = "__rand__", s_sub = "__sub__", s_rsub = "__rsub__", s_xor = "__xor__", s_rxor = "__rxor__");
named!(ibinop; s_ior = "__ior__", s_iand = "__iand__", s_isub = "__isub__", s_ixor = "__ixor__");
named!(richcmp; s_eq = "__eq__", s_ne = "__ne__", s_lt = "__lt__", s_le = "__le__", s_gt = "__gt__", s_ge = "__ge__");

/// The `frozenset` constant CPython 3.11's compiler makes for a constant set
/// display of three or more items (`{1, 2, 10, 11}`): built from the items,
/// then rebuilt by iterating that first frozenset (the constant-merging pass
/// does this). The display itself is then `BUILD_SET 0; LOAD_CONST this;
/// SET_UPDATE 1`, which is what makes `print({1, 2, 10, 11})` show
/// `{10, 1, 2, 11}` as CPython does.
pub fn constant_frozenset(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    let first = SetObj::new();
    for it in items {
        first.add(vm, it.clone())?;
    }
    let second = SetObj::new();
    for (h, k) in first.entries() {
        second.add_hashed(vm, k, h)?;
    }
    Ok(wrap(second, true))
}

/// The hash of a compile-time constant (int, bool, float, str, bytes, and
/// tuples of those), computed without a VM; `None` for anything else.
pub fn const_hash(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(super::slice::int_hash(*i)),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::Float(f) if !f.is_nan() => Some(crate::num::bigint::hash_f64(*f)),
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Some(s.hash()),
            Payload::Bytes(b) => Some(super::bytes::hash_bytes(&b.data)),
            Payload::Int(b) => Some(b.py_hash()),
            Payload::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.items().len());
                for it in t.items() {
                    hs.push(const_hash(it)?);
                }
                Some(super::tuple::hash_from_hashes(hs.into_iter()))
            }
            _ => None,
        },
        _ => None,
    }
}

impl SetObj {
    /// Adds a constant whose equality needs no Python code; `None` when some
    /// comparison would (the caller then falls back to run-time building).
    fn add_const(&self, key: Value, hash: i64) -> Option<bool> {
        let mut t = self.table.get_mut();
        let mask = t.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot = None;
        let empty = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for idx in i..=i + probes {
                match &t.slots[idx] {
                    Slot::Empty => break 'probe idx,
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(idx),
                    Slot::Active(h, k) if *h == hash => {
                        let same = k.is(&key) || simple_eq(k, &key)?;
                        if same {
                            return Some(false);
                        }
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        };
        t.version += 1;
        if let Some(f) = freeslot {
            t.slots[f] = Slot::Active(hash, key);
            t.used += 1;
            return Some(true);
        }
        t.slots[empty] = Slot::Active(hash, key);
        t.fill += 1;
        t.used += 1;
        if t.fill * 5 >= t.mask() * 3 {
            let minused = if t.used > 50000 {
                t.used * 2
            } else {
                t.used * 4
            };
            t.resize(minused);
        }
        Some(true)
    }
}

/// [`constant_frozenset`] without a VM, for the compiler: `None` when an
/// item is not a hashable constant.
pub fn constant_frozenset_novm(items: &[Value]) -> Option<Value> {
    let first = SetObj::new();
    for it in items {
        first.add_const(it.clone(), const_hash(it)?)?;
    }
    let second = SetObj::new();
    for (h, k) in first.entries() {
        second.add_const(k, h)?;
    }
    Some(wrap(second, true))
}

/// The set payload of a value (set or frozenset).
pub fn set_payload(v: &Value) -> Option<&SetObj> {
    as_set(v)
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types();
    let common: &[(&'static str, super::function::NativeFn)] = &[
        ("__repr__", set_repr),
        ("__len__", set_len),
        ("__contains__", set_contains),
        ("__iter__", set_iter),
        ("__hash__", set_hash),
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__or__", s_or),
        ("__ror__", s_ror),
        ("__and__", s_and),
        ("__rand__", s_rand),
        ("__sub__", s_sub),
        ("__rsub__", s_rsub),
        ("__xor__", s_xor),
        ("__rxor__", s_rxor),
        ("__eq__", s_eq),
        ("__ne__", s_ne),
        ("__lt__", s_lt),
        ("__le__", s_le),
        ("__gt__", s_gt),
        ("__ge__", s_ge),
    ];
    vm.add_methods(&t.set, "set", common);
    vm.add_methods(&t.frozenset, "frozenset", common);
    vm.add_methods(
        &t.set,
        "set",
        &[
            ("__new__", set_new),
            ("__init__", set_init),
            ("add", set_add),
            ("remove", set_remove),
            ("discard", set_discard),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update_m),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            (
                "symmetric_difference_update",
                set_symmetric_difference_update,
            ),
            ("__ior__", s_ior),
            ("__iand__", s_iand),
            ("__isub__", s_isub),
            ("__ixor__", s_ixor),
        ],
    );
    super::slice::set_unhashable(vm, &t.set);
    vm.add_methods(&t.frozenset, "frozenset", &[("__new__", frozenset_new)]);
    let _: Option<&ObjRef> = None;
    let _ = (type_name, String::new);
}

#[cfg(test)]
mod tests {
    use super::super::slice::testing::{setup, T};
    use super::*;

    fn set_of(t: &mut T, xs: &[i64]) -> Value {
        let s = SetObj::new();
        for &x in xs {
            s.add(&mut t.vm, Value::Int(x)).unwrap();
        }
        wrap(s, false)
    }

    fn range_list(t: &T, a: i64, b: i64, step: i64) -> Value {
        let mut v = Vec::new();
        let mut i = a;
        while (step > 0 && i < b) || (step < 0 && i > b) {
            v.push(Value::Int(i));
            i += step;
        }
        t.vm.new_list(v)
    }

    #[test]
    fn set_order_matches_cpython() {
        let mut t = setup();
        let s = set_of(&mut t, &[5, 3, 1000, 8, 16, 1 << 40]);
        assert_eq!(t.repr(&s), "{1099511627776, 3, 5, 1000, 8, 16}");
        let items: Vec<Value> = [1, 2, 10, 11].iter().map(|&i| Value::Int(i)).collect();
        let c = constant_frozenset(&mut t.vm, &items).unwrap();
        let c2 = constant_frozenset_novm(&items).unwrap();
        assert_eq!(t.repr(&c2), "frozenset({10, 1, 2, 11})");
        let disp = SetObj::new();
        disp.update(&mut t.vm, &c).unwrap();
        let disp = wrap(disp, false);
        assert_eq!(t.repr(&disp), "{10, 1, 2, 11}");
        // A constant set display: BUILD_SET 0 + SET_UPDATE(frozenset const).
        let fz = wrap(SetObj::from_iterable(&mut t.vm, &s).unwrap(), true);
        let f2 = SetObj::new();
        let src = set_of(&mut t, &[5, 3, 1000, 8, 16, 1 << 40]);
        let src = wrap(SetObj::from_iterable(&mut t.vm, &src).unwrap(), true);
        f2.update(&mut t.vm, &src).unwrap();
        let f2 = wrap(f2, false);
        assert_eq!(t.repr(&f2), "{1099511627776, 16, 3, 5, 1000, 8}");
        assert_eq!(t.repr(&fz), "frozenset({1099511627776, 16, 3, 5, 1000, 8})");
        let r = range_list(&t, 20, 0, -3);
        let set = t.vm.types().set.clone();
        let s = t.make(&set, &[r]).unwrap();
        assert_eq!(t.repr(&s), "{2, 5, 8, 11, 14, 17, 20}");
        let s = set_of(&mut t, &[1, 2, 3]);
        t.m(&s, "remove", &[Value::Int(2)]).unwrap();
        t.m(&s, "add", &[Value::Int(10)]).unwrap();
        assert_eq!(t.repr(&s), "{1, 10, 3}");
        let s = set_of(&mut t, &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        for x in [3, 4] {
            t.m(&s, "discard", &[Value::Int(x)]).unwrap();
        }
        for x in [11, 19] {
            t.m(&s, "add", &[Value::Int(x)]).unwrap();
        }
        assert_eq!(t.repr(&s), "{1, 2, 5, 6, 7, 8, 9, 10, 11, 19}");
        let s = set_of(&mut t, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        let r = t.m(&s, "pop", &[]);
        assert_eq!(t.ok(r), "0");
        let r = t.m(&s, "pop", &[]);
        assert_eq!(t.ok(r), "1");
        t.m(&s, "add", &[Value::Int(0)]).unwrap();
        assert_eq!(t.repr(&s), "{0, 2, 3, 4, 5, 6, 7, 8, 9}");
        let s = set_of(&mut t, &[-1, -2, 1 << 62, -(1 << 62), 7]);
        assert_eq!(
            t.repr(&s),
            "{4611686018427387904, 7, -1, -2, -4611686018427387904}"
        );
    }

    #[test]
    fn set_operations_order_and_results() {
        let mut t = setup();
        let a: Vec<i64> = (0..40).step_by(3).collect();
        let b: Vec<i64> = (0..40).step_by(5).collect();
        let a = set_of(&mut t, &a);
        let b = set_of(&mut t, &b);
        let cases = [
            ("__and__", "{0, 30, 15}"),
            (
                "__or__",
                "{0, 3, 5, 6, 9, 10, 12, 15, 18, 20, 21, 24, 25, 27, 30, 33, 35, 36, 39}",
            ),
            ("__sub__", "{33, 3, 36, 6, 39, 9, 12, 18, 21, 24, 27}"),
            (
                "__xor__",
                "{3, 5, 6, 9, 10, 12, 18, 20, 21, 24, 25, 27, 33, 35, 36, 39}",
            ),
        ];
        for (op, want) in cases {
            let r = t.m(&a, op, core::slice::from_ref(&b));
            assert_eq!(t.ok(r), want, "{op}");
        }
        let r = t.m(&b, "__sub__", core::slice::from_ref(&a));
        assert_eq!(t.ok(r), "{35, 5, 10, 20, 25}");
        let x = set_of(&mut t, &[1, 2, 3, 100, 200]);
        let y = set_of(&mut t, &[3, 100, 7]);
        let r = t.m(&x, "__or__", core::slice::from_ref(&y));
        assert_eq!(t.ok(r), "{1, 2, 3, 100, 7, 200}");
        let r = t.m(&x, "__sub__", core::slice::from_ref(&y));
        assert_eq!(t.ok(r), "{200, 1, 2}");
        let r = t.m(&x, "__xor__", core::slice::from_ref(&y));
        assert_eq!(t.ok(r), "{1, 2, 7, 200}");
        let big: Vec<i64> = (0..100).collect();
        let s = set_of(&mut t, &big);
        let evens = range_list(&t, 0, 100, 2);
        t.m(&s, "difference_update", &[evens]).unwrap();
        let odd: Vec<String> = (1..100).step_by(2).map(|i| alloc::format!("{i}")).collect();
        assert_eq!(t.repr(&s), alloc::format!("{{{}}}", odd.join(", ")));
        let l = t.ints(&[1]);
        let r = t.m(&x, "__or__", &[l]);
        assert_eq!(
            t.ok(r),
            "NotImplemented".replace("NotImplemented", &t.repr(&t.vm.not_implemented()))
        );
    }

    #[test]
    fn set_errors_hash_and_compare() {
        let mut t = setup();
        let s = set_of(&mut t, &[]);
        assert_eq!(t.repr(&s), "set()");
        let r = t.m(&s, "pop", &[]);
        assert_eq!(t.err(r), "KeyError: 'pop from an empty set'");
        let r = t.m(&s, "remove", &[Value::Int(2)]);
        assert_eq!(t.err(r), "KeyError: 2");
        let fz = wrap(SetObj::new(), true);
        assert_eq!(t.repr(&fz), "frozenset()");
        let r = t.m(&fz, "__hash__", &[]);
        assert_eq!(t.ok(r), "133146708735736");
        let f12 = set_of(&mut t, &[1, 2]);
        let f12 = wrap(SetObj::from_iterable(&mut t.vm, &f12).unwrap(), true);
        let r = t.m(&f12, "__hash__", &[]);
        assert_eq!(t.ok(r), "-1826646154956904602");
        let ten: Vec<i64> = (0..10).collect();
        let f10 = set_of(&mut t, &ten);
        let f10 = wrap(SetObj::from_iterable(&mut t.vm, &f10).unwrap(), true);
        let r = t.m(&f10, "__hash__", &[]);
        assert_eq!(t.ok(r), "3895031357313128696");
        let set = t.vm.types().set.clone();
        let r = t.call_on(&set, "__hash__", core::slice::from_ref(&s));
        assert!(r.is_err());
        let a = set_of(&mut t, &[1, 2]);
        let r = t.m(&a, "__eq__", core::slice::from_ref(&f12));
        assert_eq!(t.ok(r), "True");
        let r = t.m(&a, "__lt__", core::slice::from_ref(&f12));
        assert_eq!(t.ok(r), "False");
        let one = set_of(&mut t, &[1]);
        let r = t.m(&one, "__lt__", core::slice::from_ref(&a));
        assert_eq!(t.ok(r), "True");
        let r = t.m(&one, "issubset", &[t.ints(&[1, 5])]);
        assert_eq!(t.ok(r), "True");
        let r = t.m(&one, "isdisjoint", &[t.ints(&[5])]);
        assert_eq!(t.ok(r), "True");
        let r = t.m(&a, "union", &[t.ints(&[3]), t.tup(&[Value::Int(4)])]);
        assert_eq!(t.ok(r), "{1, 2, 3, 4}");
        let r = t.m(&a, "__contains__", &[Value::Int(2)]);
        assert_eq!(t.ok(r), "True");
        // tuples as elements
        let tp = t.tup(&[Value::Int(1), Value::Int(2)]);
        t.m(&a, "add", core::slice::from_ref(&tp)).unwrap();
        let tp2 = t.tup(&[Value::Int(1), Value::Int(2)]);
        let r = t.m(&a, "__contains__", &[tp2]);
        assert_eq!(t.ok(r), "True");
        // iteration detects a size change
        let it = crate::object::iter::builtin_iter(&t.vm, &a).unwrap();
        t.m(&a, "add", &[Value::Int(99)]).unwrap();
        let r = t.m(&it, "__next__", &[]);
        assert_eq!(t.err(r), "RuntimeError: Set changed size during iteration");
    }
}
