//! `dict`: an insertion-ordered hash map on hashbrown's `HashTable`, the
//! layout of CPython's compact dict (an index table over a dense entry
//! vector), plus the dict views.
//!
//! Keys whose equality is decided without running Python code (str, int,
//! float, bool, None, and tuples of those) are compared inside the probe.
//! Other keys are compared with `__eq__` after the table borrow is released,
//! and the match is re-validated afterwards, so a key's `__eq__` that mutates
//! the dict cannot corrupt it.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;
use core::ptr::NonNull;

use hashbrown::HashTable;

use super::function::Args;
use super::slice::{check_args, self_error, type_name};
use super::{drain_value, ObjRef, Payload, PyCell, Value};
use crate::vm::{PyResult, Vm};

/// One entry: the key's hash, the key, the value.
pub struct Entry {
    /// Python hash of the key.
    pub hash: i64,
    /// Key.
    pub key: Value,
    /// Value.
    pub value: Value,
}

/// The table behind a dict.
#[derive(Default)]
pub struct DictTable {
    /// Hash index over `entries`; only kept (`indexed`) once the table has
    /// more than [`SMALL`] raw entries: smaller tables are scanned.
    /// Boxed (allocated with the first index): an object stays small.
    index: Option<Box<HashTable<usize>>>,
    entries: Vec<Option<Entry>>,
    len: u32,
    indexed: bool,
    /// Set for type namespaces: every mutation bumps the interpreter's type
    /// epoch (see `TypeObj::attach_epoch`), invalidating attribute caches.
    watched: Option<NonNull<Cell<usize>>>,
    /// Layout version for the eval loop's inline caches: 0 means "none
    /// assigned"; a nonzero value (unique within the interpreter, see
    /// [`DictTable::version`]) stays valid until a key is added or removed,
    /// so a cached entry position stays right while it matches.
    ver: Cell<usize>,
}

/// The payload of a `dict` object.
#[derive(Default)]
pub struct DictObj {
    /// The table. Never call into the VM while borrowed.
    pub table: PyCell<DictTable>,
}

/// Equality decided without Python code: `Some(eq)`, or `None` when a
/// `__eq__` method may have to run.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    simple_eq_at(a, b, 0)
}

fn simple_eq_at(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => {
            Some(*x == i64::from(*y))
        }
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        // Identity first, as CPython does (a NaN finds itself).
        (Value::Float(x), Value::Float(y)) => Some(x == y || x.to_bits() == y.to_bits()),
        (Value::Float(x), Value::Int(y)) | (Value::Int(y), Value::Float(x)) => {
            Some(*x == *y as f64 && (*x as i64) == *y)
        }
        (Value::Float(x), Value::Bool(y)) | (Value::Bool(y), Value::Float(x)) => {
            Some(*x == f64::from(u8::from(*y)))
        }
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if x.ptr_eq(y) {
                return Some(true);
            }
            match (x.payload(), y.payload()) {
                (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() == t.as_str()),
                (Payload::Int(s), Payload::Int(t)) => Some(s == t),
                (Payload::Bytes(s), Payload::Bytes(t)) => Some(s.data == t.data),
                (Payload::Tuple(s), Payload::Tuple(t)) => {
                    let (s, t) = (s.items(), t.items());
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    if depth > 32 {
                        // Deeply nested: let `__eq__` (which counts depth) decide.
                        return None;
                    }
                    for (p, q) in s.iter().zip(t) {
                        if !simple_eq_at(p, q, depth + 1)? {
                            return Some(false);
                        }
                    }
                    Some(true)
                }
                (Payload::Str(_), _) | (_, Payload::Str(_)) => {
                    if is_instance_like(x) || is_instance_like(y) {
                        None
                    } else {
                        Some(false)
                    }
                }
                _ => None,
            }
        }
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match o.payload() {
            Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::Int(_) => {
                Some(false)
            }
            _ => None,
        },
        _ => Some(false),
    }
}

fn is_instance_like(o: &ObjRef) -> bool {
    matches!(o.payload(), Payload::Instance(_) | Payload::Exception(_))
}

/// Tables with at most this many raw entries have no hash index: a scan
/// comparing stored hashes is cheaper than the probe, and most dicts
/// (instance dicts, keyword arguments) never need the index's allocation.
const SMALL: usize = 8;

impl DictTable {
    /// The position of the live entry with this hash for which `eq` holds.
    #[inline]
    fn find_by(&self, hash: i64, mut eq: impl FnMut(usize, &Entry) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if !self.indexed {
            return entries.iter().enumerate().find_map(|(i, e)| match e {
                Some(e) if e.hash == hash && eq(i, e) => Some(i),
                _ => None,
            });
        }
        self.index
            .as_ref()?
            .find(hash as u64, |&i| match &entries[i] {
                Some(e) if e.hash == hash => eq(i, e),
                _ => false,
            })
            .copied()
    }

    /// (Re)builds the hash index over the live entries when the table is
    /// past [`SMALL`]; drops it otherwise.
    fn reindex(&mut self) {
        if let Some(ix) = &mut self.index {
            ix.clear();
        }
        self.indexed = self.entries.len() > SMALL;
        if !self.indexed {
            return;
        }
        let entries = &self.entries;
        let index = self.index.get_or_insert_with(Box::default);
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                index.insert_unique(e.hash as u64, i, |&j| {
                    entries[j].as_ref().map_or(0, |e| e.hash as u64)
                });
            }
        }
    }

    /// Marks the table as a type namespace (mutations invalidate caches).
    pub(crate) fn watch(&mut self, epoch: NonNull<Cell<usize>>) {
        self.watched = Some(epoch);
    }

    /// The layout version, assigning a fresh one from `counter` (the
    /// interpreter's) when the table has none.
    #[inline]
    pub(crate) fn version(&self, counter: &Cell<usize>) -> usize {
        let v = self.ver.get();
        if v != 0 {
            return v;
        }
        let n = counter.get().wrapping_add(1).max(1);
        counter.set(n);
        self.ver.set(n);
        n
    }

    /// The current layout version without assigning one (0: none).
    #[inline(always)]
    pub(crate) fn cur_version(&self) -> usize {
        self.ver.get()
    }

    /// Keys were added or removed: entry positions cached under the old
    /// version are stale.
    #[inline(always)]
    fn layout_changed(&self) {
        self.ver.set(0);
    }

    /// The value at a raw entry position.
    #[inline(always)]
    pub(crate) fn value_at(&self, i: usize) -> Option<&Value> {
        match self.entries.get(i) {
            Some(Some(e)) => Some(&e.value),
            _ => None,
        }
    }

    /// The value at a raw entry position if its key is the object `name`.
    #[inline(always)]
    pub(crate) fn value_at_if_key(&self, i: usize, name: &ObjRef) -> Option<&Value> {
        match self.entries.get(i) {
            Some(Some(Entry {
                key: Value::Obj(k),
                value,
                ..
            })) if k.ptr_eq(name) => Some(value),
            _ => None,
        }
    }

    /// Replaces the value at a raw entry position if its key is the object
    /// `name`; gives the new value back when it is not.
    #[inline(always)]
    pub(crate) fn replace_at_if_key(
        &mut self,
        i: usize,
        name: &ObjRef,
        value: Value,
    ) -> Result<Value, Value> {
        match self.entries.get_mut(i) {
            Some(Some(Entry {
                key: Value::Obj(k),
                value: slot,
                ..
            })) if k.ptr_eq(name) => {
                if self.watched.is_some() {
                    // (type namespaces are never cached this way; stay exact)
                    return Err(value);
                }
                Ok(core::mem::replace(slot, value))
            }
            _ => Err(value),
        }
    }

    /// The raw entry position of an interned name (pointer, then text).
    #[inline]
    pub(crate) fn index_by_name(&self, name: &ObjRef) -> Option<usize> {
        let Payload::Str(s) = name.payload() else {
            return None;
        };
        self.find_by(s.hash(), |_, e| match &e.key {
            Value::Obj(k) => k.ptr_eq(name) || k.payload_str() == Some(s.as_str()),
            _ => false,
        })
    }

    #[inline]
    fn touched(&self) {
        if let Some(e) = self.watched {
            // SAFETY: the epoch lives in the interpreter, which outlives
            // every namespace of its types; the GIL serialises the update.
            let e = unsafe { e.as_ref() };
            e.set(e.get().wrapping_add(1));
        }
    }

    /// Number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True when empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Finds a key using only simple equality. `Err(candidates)` lists the
    /// entry indices with the same hash whose equality needs Python.
    fn find_simple(&self, hash: i64, key: &Value) -> Result<Option<usize>, Vec<usize>> {
        let mut pending = Vec::new();
        let found = self.find_by(hash, |i, e| match simple_eq(&e.key, key) {
            Some(eq) => eq,
            None => {
                pending.push(i);
                false
            }
        });
        match found {
            Some(i) => Ok(Some(i)),
            None if pending.is_empty() => Ok(None),
            None => Err(pending),
        }
    }

    /// Looks a `str` key up by its text (no Python code runs).
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.get_str_hashed(key, super::str::hash_str(key))
    }

    /// Like [`DictTable::get_str`] with the key's hash already computed
    /// (`str::hash_str(key)`), e.g. once for a whole MRO walk.
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<&Value> {
        let i = self.find_by(hash, |_, e| e.key.as_str() == Some(key))?;
        self.value_at(i)
    }

    /// Looks an interned name up: pointer equality first, then text.
    #[inline]
    pub fn get_by_name(&self, name: &ObjRef) -> Option<&Value> {
        let i = self.index_by_name(name)?;
        self.value_at(i)
    }

    /// Inserts with a key already known to be simple (a str, say); returns the old value.
    pub fn insert_simple(&mut self, hash: i64, key: Value, value: Value) -> Option<Value> {
        self.touched();
        match self.find_simple(hash, &key) {
            Ok(Some(i)) => self.entries[i]
                .as_mut()
                .map(|e| core::mem::replace(&mut e.value, value)),
            _ => {
                self.push_new(hash, key, value);
                None
            }
        }
    }

    fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.touched();
        self.layout_changed();
        // Compact when more than half of the entries are holes.
        if self.entries.len() > 8 && self.entries.len() >= 2 * self.len as usize {
            self.compact();
        }
        let idx = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        if self.indexed {
            let entries = &self.entries;
            let index = self.index.get_or_insert_with(Box::default);
            index.insert_unique(hash as u64, idx, |&i| {
                entries[i].as_ref().map_or(0, |e| e.hash as u64)
            });
        } else if self.entries.len() > SMALL {
            self.reindex();
        }
    }

    fn compact(&mut self) {
        self.layout_changed();
        let old = core::mem::take(&mut self.entries);
        self.entries = old.into_iter().filter(Option::is_some).collect();
        self.reindex();
    }

    fn remove_at(&mut self, i: usize) -> Option<Entry> {
        self.touched();
        self.layout_changed();
        let hash = self.entries[i].as_ref()?.hash;
        if let (true, Some(index)) = (self.indexed, &mut self.index) {
            if let Ok(slot) = index.find_entry(hash as u64, |&j| j == i) {
                slot.remove();
            }
        }
        self.len -= 1;
        self.entries[i].take()
    }

    /// Removes a `str` key by text.
    pub fn remove_str(&mut self, key: &str) -> Option<Value> {
        let hash = super::str::hash_str(key);
        let i = self.find_by(hash, |_, e| e.key.as_str() == Some(key))?;
        self.remove_at(i).map(|e| e.value)
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at a raw position (for iterators that survive mutation):
    /// returns the entry and the next raw position to try.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        let mut p = pos;
        while p < self.entries.len() {
            if let Some(e) = &self.entries[p] {
                return Some((p + 1, e));
            }
            p += 1;
        }
        None
    }

    /// Number of raw entry positions (holes included).
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    /// The last live entry strictly before raw position `pos` (for reverse
    /// iteration): returns its position (the next `pos`) and the entry.
    pub fn entry_before(&self, pos: usize) -> Option<(usize, &Entry)> {
        let mut p = pos.min(self.entries.len());
        while p > 0 {
            p -= 1;
            if let Some(e) = &self.entries[p] {
                return Some((p, e));
            }
        }
        None
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        self.layout_changed();
        while let Some(last) = self.entries.last() {
            if last.is_none() {
                self.entries.pop();
                continue;
            }
            let i = self.entries.len() - 1;
            let e = self.remove_at(i);
            self.entries.pop();
            return e;
        }
        None
    }

    /// Removes everything, returning the raw entry vector (holes included).
    fn take_raw(&mut self) -> Vec<Option<Entry>> {
        self.touched();
        self.layout_changed();
        self.index = None;
        self.indexed = false;
        self.len = 0;
        core::mem::take(&mut self.entries)
    }

    /// Removes everything, returning the old entries (drop them outside any borrow).
    pub fn take_all(&mut self) -> Vec<Entry> {
        self.touched();
        self.layout_changed();
        self.index = None;
        self.indexed = false;
        self.len = 0;
        core::mem::take(&mut self.entries)
            .into_iter()
            .flatten()
            .collect()
    }
}

impl DictObj {
    /// An empty dict payload.
    pub fn new() -> Self {
        DictObj::default()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.table.get().len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds the entry index for `key` (hash already computed), running
    /// `__eq__` outside the borrow when needed.
    fn find(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        loop {
            let candidates = match self.table.get().find_simple(hash, key) {
                Ok(found) => return Ok(found),
                Err(c) => c,
            };
            let mut changed = false;
            for i in candidates {
                let cand = match self.table.get().entries.get(i) {
                    Some(Some(e)) => e.key.clone(),
                    _ => {
                        changed = true;
                        break;
                    }
                };
                let eq = vm.eq(&cand, key)?;
                // Re-validate: the entry must still hold the same key object.
                let still =
                    matches!(self.table.get().entries.get(i), Some(Some(e)) if e.key.is(&cand));
                if !still {
                    changed = true;
                    break;
                }
                if eq {
                    return Ok(Some(i));
                }
            }
            if !changed {
                return Ok(None);
            }
        }
    }

    /// `d[key]` lookup; `Ok(None)` when missing.
    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = super::slice::hash_of(vm, key)?;
        Ok(self.find(vm, hash, key)?.and_then(|i| {
            self.table.get().entries[i]
                .as_ref()
                .map(|e| e.value.clone())
        }))
    }

    /// `d[key] = value`.
    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = super::slice::hash_of(vm, &key)?;
        let old = match self.find(vm, hash, &key)? {
            Some(i) => {
                let mut t = self.table.get_mut();
                t.touched();
                t.entries[i]
                    .as_mut()
                    .map(|e| core::mem::replace(&mut e.value, value))
            }
            None => {
                self.table.get_mut().push_new(hash, key, value);
                None
            }
        };
        drop(old);
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = super::slice::hash_of(vm, key)?;
        let Some(i) = self.find(vm, hash, key)? else {
            return Ok(None);
        };
        let e = self.table.get_mut().remove_at(i);
        Ok(e.map(|e| e.value))
    }

    /// Lookup of an interned name (a `str` object): pointer equality first,
    /// then text. Runs no Python code (used for globals and attributes).
    #[inline]
    pub fn get_by_name(&self, name: &ObjRef) -> Option<Value> {
        self.table.get().get_by_name(name).cloned()
    }

    /// Lookup by `str` text with its precomputed hash (`str::hash_str`).
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        self.table.get().get_str_hashed(key, hash).cloned()
    }

    /// Lookup by `str` text.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.table.get().get_str(key).cloned()
    }

    /// Insert with a `str` key object (its text is its identity).
    pub fn set_str(&self, key: ObjRef, value: Value) {
        let hash = match key.payload() {
            Payload::Str(s) => s.hash(),
            _ => return,
        };
        let old = self
            .table
            .get_mut()
            .insert_simple(hash, Value::Obj(key), value);
        drop(old);
    }

    /// A snapshot of the keys in order.
    pub fn keys(&self) -> Vec<Value> {
        self.table.get().iter().map(|e| e.key.clone()).collect()
    }

    /// A snapshot of the values in order.
    pub fn values(&self) -> Vec<Value> {
        self.table.get().iter().map(|e| e.value.clone()).collect()
    }

    /// A snapshot of the items in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .get()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        // The raw entry vector as is (no compacting copy: this runs for
        // every dict freed, e.g. each instance's `__dict__`).
        for mut e in self.table.0.get_mut().take_raw().into_iter().flatten() {
            drain_value(&mut e.key, sink);
            drain_value(&mut e.value, sink);
        }
    }
}

/// Which view of a dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    /// `keys()`.
    Keys,
    /// `values()`.
    Values,
    /// `items()`.
    Items,
}

/// The payload of a dict view.
pub struct DictViewObj {
    /// The dict (a `Payload::Dict` object).
    pub dict: Value,
    /// Which view.
    pub kind: ViewKind,
}

impl DictViewObj {
    pub(crate) fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        drain_value(&mut self.dict, sink);
    }
}

// ----- methods -----

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a DictObj> {
    crate::builtins::descriptor_self(vm, args, "dict", name, |v| match v.payload() {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    })
}

fn as_dict(v: &Value) -> Option<&DictObj> {
    match v.payload() {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

/// `d.update(other)` for one positional argument: a mapping (anything with
/// `keys`) or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &DictObj, other: &Value) -> PyResult<()> {
    // A dict subclass that keeps dict's `__iter__` merges from its storage
    // (CPython's fast path: overridden `keys`/`__getitem__` are not used).
    let storage = match other.payload() {
        Some(Payload::Instance(i)) if as_dict(&i.base).is_some() => {
            let ty = vm.type_of(other);
            let own_iter = crate::vm::ops::lookup_type_owner(&ty, "__iter__")
                .is_some_and(|(_, owner)| !owner.ptr_eq(&vm.types().dict));
            if own_iter {
                None
            } else {
                Some(i.base.clone())
            }
        }
        _ => None,
    };
    let other = storage.as_ref().unwrap_or(other);
    if let Some(o) = as_dict(other) {
        let entries: Vec<(i64, Value, Value)> = o
            .table
            .get()
            .iter()
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect();
        for (h, k, v) in entries {
            d.set_hashed(vm, h, k, v)?;
        }
        return Ok(());
    }
    let keys_name = vm.intern("keys");
    let has_keys = match other {
        Value::Obj(o) if matches!(o.payload(), Payload::Instance(_)) => {
            vm.getattr_opt(other, &keys_name)?
        }
        _ => None,
    };
    if let Some(keys) = has_keys {
        let ks = vm.call(&keys, Args::new(&[]))?;
        let ks = super::iter::collect(vm, &ks)?;
        for k in ks {
            let v = vm.getitem(other, &k)?;
            d.set(vm, k, v)?;
        }
        return Ok(());
    }
    let it = super::iter::iter_of(vm, other)?;
    let mut n = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match item.payload() {
            Some(Payload::Tuple(t)) => t.items().to_vec(),
            Some(Payload::List(l)) => l.items.get().clone(),
            _ => {
                let is_iterable = super::iter::builtin_iter(vm, &item).is_some()
                    || vm.lookup_special(&item, "__iter__").is_some();
                if !is_iterable {
                    return Err(vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    )));
                }
                super::iter::collect(vm, &item)?
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (p.next().unwrap_or_default(), p.next().unwrap_or_default());
        d.set(vm, k, v)?;
        n += 1;
    }
    Ok(())
}

impl DictObj {
    /// `d[key] = value` with the hash already known.
    pub fn set_hashed(&self, vm: &mut Vm, hash: i64, key: Value, value: Value) -> PyResult<()> {
        let old = match self.find(vm, hash, &key)? {
            Some(i) => {
                let mut t = self.table.get_mut();
                t.touched();
                t.entries[i]
                    .as_mut()
                    .map(|e| core::mem::replace(&mut e.value, value))
            }
            None => {
                self.table.get_mut().push_new(hash, key, value);
                None
            }
        };
        drop(old);
        Ok(())
    }

    /// A shallow copy.
    pub fn copy(&self) -> DictObj {
        let d = DictObj::new();
        {
            let src = self.table.get();
            let mut t = d.table.get_mut();
            for e in src.iter() {
                t.push_new(e.hash, e.key.clone(), e.value.clone());
            }
        }
        d
    }
}

fn update_with_args(vm: &mut Vm, d: &DictObj, args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    if let Some(o) = args.pos.get(1) {
        dict_update_from(vm, d, o)?;
    }
    for (k, v) in args.kw {
        d.set_str(k.clone(), v.clone());
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn dict_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "__init__")?;
    update_with_args(vm, d, &args, "dict")?;
    Ok(Value::None)
}

fn dict_update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "update")?;
    update_with_args(vm, d, &args, "update")?;
    Ok(Value::None)
}

/// `repr` of a dict value (`{...}` when recursive).
pub fn dict_repr_value(vm: &mut Vm, dv: &Value, d: &DictObj) -> PyResult<String> {
    let items = d.items();
    if items.is_empty() {
        return Ok(String::from("{}"));
    }
    let r = super::tuple::with_repr_guard(vm, dv, |vm| {
        let mut out = String::from("{");
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&super::str::repr_of(vm, k)?);
            out.push_str(": ");
            out.push_str(&super::str::repr_of(vm, v)?);
        }
        out.push('}');
        Ok(out)
    })?;
    Ok(r.unwrap_or_else(|| String::from("{...}")))
}

fn dict_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "__repr__")?;
    let r = dict_repr_value(vm, &args.pos[0], d)?;
    Ok(vm.new_str(r))
}

fn dict_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "__len__")?.len() as i64))
}

fn dict_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "__getitem__")?;
    check_args(vm, &args, "__getitem__", 1, 1)?;
    match d.get(vm, &args.pos[1])? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(args.pos[1].clone())),
    }
}

fn dict_setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "__setitem__")?;
    check_args(vm, &args, "__setitem__", 2, 2)?;
    d.set(vm, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "__delitem__")?;
    check_args(vm, &args, "__delitem__", 1, 1)?;
    match d.remove(vm, &args.pos[1])? {
        Some(v) => {
            drop(v);
            Ok(Value::None)
        }
        None => Err(vm.key_error(args.pos[1].clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "__contains__")?;
    check_args(vm, &args, "__contains__", 1, 1)?;
    Ok(Value::Bool(d.get(vm, &args.pos[1])?.is_some()))
}

fn dict_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    let Value::Obj(o) = &args.pos[0] else {
        return Ok(Value::None);
    };
    Ok(super::iter::new_dict_iter(
        vm,
        o.clone(),
        ViewKind::Keys,
        false,
    ))
}

fn dict_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__reversed__")?;
    let Value::Obj(o) = &args.pos[0] else {
        return Ok(Value::None);
    };
    Ok(super::iter::new_dict_iter(
        vm,
        o.clone(),
        ViewKind::Keys,
        true,
    ))
}

/// Dict equality (same keys, equal values).
pub fn dict_eq(vm: &mut Vm, a: &DictObj, b: &DictObj) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items() {
        match b.get(vm, &k)? {
            Some(w) => {
                if !(v.is(&w) || super::slice::eq(vm, &v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// The dict inside `v`, looking through an instance of a dict subclass.
fn as_dict_or_sub(v: &Value) -> Option<&DictObj> {
    match v.payload() {
        Some(Payload::Instance(i)) => as_dict(&i.base),
        _ => as_dict(v),
    }
}

fn dict_eq_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "__eq__")?;
    check_args(vm, &args, "__eq__", 1, 1)?;
    match as_dict_or_sub(&args.pos[1]) {
        Some(o) => dict_eq(vm, d, o).map(Value::Bool),
        None => Ok(vm.not_implemented()),
    }
}

fn dict_ne_m(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "__ne__")?;
    check_args(vm, &args, "__ne__", 1, 1)?;
    match as_dict_or_sub(&args.pos[1]) {
        Some(o) => dict_eq(vm, d, o).map(|b| Value::Bool(!b)),
        None => Ok(vm.not_implemented()),
    }
}

fn dict_or(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "__or__")?;
    check_args(vm, &args, "__or__", 1, 1)?;
    if as_dict(&args.pos[1]).is_none() {
        return Ok(vm.not_implemented());
    }
    let r = d.copy();
    dict_update_from(vm, &r, &args.pos[1])?;
    Ok(Value::from_payload(Payload::Dict(r)))
}

fn dict_ror(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__ror__")?;
    check_args(vm, &args, "__ror__", 1, 1)?;
    let Some(o) = as_dict(&args.pos[1]) else {
        return Ok(vm.not_implemented());
    };
    let r = o.copy();
    dict_update_from(vm, &r, &args.pos[0])?;
    Ok(Value::from_payload(Payload::Dict(r)))
}

fn dict_ior(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "__ior__")?;
    check_args(vm, &args, "__ior__", 1, 1)?;
    dict_update_from(vm, d, &args.pos[1])?;
    Ok(args.pos[0].clone())
}

fn dict_get(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    check_args(vm, &args, "get", 1, 2)?;
    Ok(d.get(vm, &args.pos[1])?
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or_default()))
}

fn view(vm: &mut Vm, args: Args<'_>, name: &str, kind: ViewKind) -> PyResult<Value> {
    this(vm, &args, name)?;
    check_args(vm, &args, name, 0, 0)?;
    Ok(Value::from_payload(Payload::DictView(DictViewObj {
        dict: args.pos[0].clone(),
        kind,
    })))
}
fn dict_keys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "keys", ViewKind::Keys)
}
fn dict_values(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "values", ViewKind::Values)
}
fn dict_items(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    view(vm, args, "items", ViewKind::Items)
}

fn dict_pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    check_args(vm, &args, "pop", 1, 2)?;
    match d.remove(vm, &args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(args.pos[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    check_args(vm, &args, "popitem", 0, 0)?;
    let e = d.table.get_mut().pop_last();
    match e {
        Some(e) => Ok(vm.new_tuple(alloc::vec![e.key, e.value])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    check_args(vm, &args, "setdefault", 1, 2)?;
    let key = &args.pos[1];
    let hash = super::slice::hash_of(vm, key)?;
    if let Some(i) = d.find(vm, hash, key)? {
        if let Some(Some(e)) = d.table.get().entries.get(i) {
            return Ok(e.value.clone());
        }
    }
    let dflt = args.pos.get(2).cloned().unwrap_or_default();
    d.set_hashed(vm, hash, key.clone(), dflt.clone())?;
    Ok(dflt)
}

fn dict_copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    check_args(vm, &args, "copy", 0, 0)?;
    Ok(Value::from_payload(Payload::Dict(d.copy())))
}

fn dict_clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    check_args(vm, &args, "clear", 0, 0)?;
    let old = d.table.get_mut().take_all();
    drop(old);
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)` (a classmethod: `pos[0]` is the class).
fn dict_fromkeys(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "fromkeys", 1, 2)?;
    let value = args.pos.get(2).cloned().unwrap_or_default();
    let cls = args.pos[0].clone();
    if !cls.is(&Value::Obj(vm.types().dict.clone()))
        && matches!(cls.payload(), Some(Payload::Type(_)))
    {
        // A subclass (or any class the method is called on): `cls()`, then
        // item assignment, as CPython does.
        let d = vm.call(&cls, Args::new(&[]))?;
        let keys = super::iter::collect(vm, &args.pos[1])?;
        for k in keys {
            vm.setitem(&d, &k, value.clone())?;
        }
        return Ok(d);
    }
    let d = DictObj::new();
    let keys = super::iter::collect(vm, &args.pos[1])?;
    for k in keys {
        d.set(vm, k, value.clone())?;
    }
    Ok(Value::from_payload(Payload::Dict(d)))
}

// ----- views -----

fn view_self<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a DictViewObj, &'a DictObj)> {
    match args.pos.first() {
        Some(v) => match v.payload() {
            Some(Payload::DictView(dv)) => match as_dict(&dv.dict) {
                Some(d) => Ok((dv, d)),
                None => Err(self_error(vm, name, "dict_keys", v)),
            },
            _ => Err(self_error(vm, name, "dict_keys", v)),
        },
        None => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

fn view_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, d) = view_self(vm, &args, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn view_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dv, _) = view_self(vm, &args, "__iter__")?;
    let Value::Obj(o) = &dv.dict else {
        return Ok(Value::None);
    };
    Ok(super::iter::new_dict_iter(vm, o.clone(), dv.kind, false))
}

fn view_reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dv, _) = view_self(vm, &args, "__reversed__")?;
    let Value::Obj(o) = &dv.dict else {
        return Ok(Value::None);
    };
    Ok(super::iter::new_dict_iter(vm, o.clone(), dv.kind, true))
}

fn view_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (dv, d) = view_self(vm, &args, "__repr__")?;
    let (name, items) = match dv.kind {
        ViewKind::Keys => ("dict_keys", d.keys()),
        ViewKind::Values => ("dict_values", d.values()),
        ViewKind::Items => (
            "dict_items",
            d.items()
                .into_iter()
                .map(|(k, v)| vm.new_tuple(alloc::vec![k, v]))
                .collect(),
        ),
    };
    let r = super::tuple::with_repr_guard(vm, &args.pos[0], |vm| {
        super::tuple::repr_items(vm, &items, "[", "]", false)
    })?;
    Ok(vm.new_str(match r {
        Some(body) => format!("{name}({body})"),
        None => String::from("..."),
    }))
}

fn view_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "__contains__", 1, 1)?;
    let (dv, d) = view_self(vm, &args, "__contains__")?;
    let x = &args.pos[1];
    let r = match dv.kind {
        ViewKind::Keys => d.get(vm, x)?.is_some(),
        ViewKind::Values => super::tuple::seq_contains(vm, &d.values(), x)?,
        ViewKind::Items => match x.payload() {
            Some(Payload::Tuple(t)) if t.items().len() == 2 => match d.get(vm, &t.items()[0])? {
                Some(v) => {
                    let want = t.items()[1].clone();
                    v.is(&want) || super::slice::eq(vm, &v, &want)?
                }
                None => false,
            },
            _ => false,
        },
    };
    Ok(Value::Bool(r))
}

/// The view's elements as a new set (keys and items views).
fn view_to_set(vm: &mut Vm, v: &Value) -> PyResult<super::set::SetObj> {
    super::set::SetObj::from_iterable(vm, v)
}

fn view_setop(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    check_args(vm, &args, name, 1, 1)?;
    let (dv, _) = view_self(vm, &args, name)?;
    if dv.kind == ViewKind::Values {
        return Ok(vm.not_implemented());
    }
    let other = &args.pos[1];
    let is_iterable = super::iter::builtin_iter(vm, other).is_some()
        || vm.lookup_special(other, "__iter__").is_some();
    if !is_iterable {
        // CPython iterates the other operand, so the error is its own.
        vm.iter(other)?;
        return Ok(vm.not_implemented());
    }
    let (left, right) = if name.starts_with("__r") {
        (other, &args.pos[0])
    } else {
        (&args.pos[0], other)
    };
    let s = view_to_set(vm, left)?;
    let s = super::set::wrap(s, false);
    let method = match name {
        "__and__" | "__rand__" => "intersection_update",
        "__or__" | "__ror__" => "update",
        "__sub__" | "__rsub__" => "difference_update",
        _ => "symmetric_difference_update",
    };
    let f = match vm.lookup_special(&s, method) {
        Some(f) => f,
        None => return Ok(vm.not_implemented()),
    };
    vm.call(&f, Args::new(&[s.clone(), right.clone()]))?;
    Ok(s)
}

fn view_cmp(vm: &mut Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    check_args(vm, &args, name, 1, 1)?;
    let (dv, _) = view_self(vm, &args, name)?;
    let other = &args.pos[1];
    let other_is_setlike = matches!(
        other.payload(),
        Some(Payload::Set(_) | Payload::FrozenSet(_))
    ) || matches!(other.payload(), Some(Payload::DictView(o)) if o.kind != ViewKind::Values);
    if dv.kind == ViewKind::Values || !other_is_setlike {
        return Ok(vm.not_implemented());
    }
    let a = super::set::wrap(view_to_set(vm, &args.pos[0])?, false);
    let b = super::set::wrap(view_to_set(vm, other)?, false);
    match vm.lookup_special(&a, name) {
        Some(f) => vm.call(&f, Args::new(&[a.clone(), b])),
        None => Ok(vm.not_implemented()),
    }
}

macro_rules! named {
    ($f:ident; $($name:ident = $dunder:literal),*) => {
        $(fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> { $f(vm, args, $dunder) })*
    };
}
named!(view_setop; v_and = "__and__", v_rand = "__rand__", v_or = "__or__", v_ror = "__ror__", v_sub = "__sub__", v_rsub = "__rsub__", v_xor = "__xor__", v_rxor = "__rxor__");
named!(view_cmp; v_eq = "__eq__", v_ne = "__ne__", v_lt = "__lt__", v_le = "__le__", v_gt = "__gt__", v_ge = "__ge__");

fn view_isdisjoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_args(vm, &args, "isdisjoint", 1, 1)?;
    let (_, d) = view_self(vm, &args, "isdisjoint")?;
    let view = args.pos[0].clone();
    let items = super::iter::collect(vm, &args.pos[1])?;
    let _ = d;
    for x in items {
        let f = vm.lookup_special(&view, "__contains__");
        let r = match f {
            Some(f) => vm.call(&f, Args::new(&[view.clone(), x]))?,
            None => Value::Bool(false),
        };
        if matches!(r, Value::Bool(true)) {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Registers this type's methods on its type object.
pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types();
    vm.add_methods(
        &t.dict,
        "dict",
        &[
            ("__new__", dict_new),
            ("__init__", dict_init),
            ("__repr__", dict_repr),
            ("__len__", dict_len),
            ("__getitem__", dict_getitem),
            ("__setitem__", dict_setitem),
            ("__delitem__", dict_delitem),
            ("__contains__", dict_contains),
            ("__iter__", dict_iter),
            ("__reversed__", dict_reversed),
            ("__eq__", dict_eq_m),
            ("__ne__", dict_ne_m),
            ("__or__", dict_or),
            ("__ror__", dict_ror),
            ("__ior__", dict_ior),
            ("get", dict_get),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("setdefault", dict_setdefault),
            ("update", dict_update),
            ("copy", dict_copy),
            ("clear", dict_clear),
        ],
    );
    super::slice::set_unhashable(vm, &t.dict);
    if let Payload::Type(ty) = t.dict.payload() {
        let f = Value::from_payload(Payload::Native(super::function::NativeFnObj {
            name: "fromkeys",
            f: dict_fromkeys,
            bound: None,
            owner: Some("dict"),
        }));
        let cm = Value::from_payload(Payload::Descriptor(
            super::class::DescriptorObj::ClassMethod(f),
        ));
        ty.dict().set_str(vm.intern("fromkeys"), cm);
    }
    let common: &[(&'static str, super::function::NativeFn)] = &[
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__reversed__", view_reversed),
        ("__repr__", view_repr),
        ("__contains__", view_contains),
    ];
    let setlike: &[(&'static str, super::function::NativeFn)] = &[
        ("__and__", v_and),
        ("__rand__", v_rand),
        ("__or__", v_or),
        ("__ror__", v_ror),
        ("__sub__", v_sub),
        ("__rsub__", v_rsub),
        ("__xor__", v_xor),
        ("__rxor__", v_rxor),
        ("__eq__", v_eq),
        ("__ne__", v_ne),
        ("__lt__", v_lt),
        ("__le__", v_le),
        ("__gt__", v_gt),
        ("__ge__", v_ge),
        ("isdisjoint", view_isdisjoint),
    ];
    vm.add_methods(&t.dict_keys, "dict_keys", common);
    vm.add_methods(&t.dict_keys, "dict_keys", setlike);
    vm.add_methods(&t.dict_items, "dict_items", common);
    vm.add_methods(&t.dict_items, "dict_items", setlike);
    vm.add_methods(&t.dict_values, "dict_values", common);
    super::slice::set_unhashable(vm, &t.dict_keys);
    super::slice::set_unhashable(vm, &t.dict_items);
    let _ = type_name;
}

#[cfg(test)]
mod tests {
    use super::super::slice::testing::setup;
    use super::*;

    #[test]
    fn dict_construct_and_errors() {
        let mut t = setup();
        let ty = t.vm.types().dict.clone();
        let bad = t.vm.new_list(alloc::vec![t.tup(&[
            Value::Int(1),
            Value::Int(2),
            Value::Int(3)
        ])]);
        let r = t.make(&ty, &[bad]);
        assert_eq!(
            t.err(r),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required"
        );
        let bad = t.ints(&[1]);
        let r = t.make(&ty, &[bad]);
        assert_eq!(
            t.err(r),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
        );
        let pairs = t.vm.new_list(alloc::vec![
            t.tup(&[t.s("a"), Value::Int(1)]),
            t.tup(&[t.s("b"), Value::Int(2)])
        ]);
        let d = t.new_kw(&ty, &[pairs], &[("c", Value::Int(3))]).unwrap();
        assert_eq!(t.repr(&d), "{'a': 1, 'b': 2, 'c': 3}");
        let r = t.m(&d, "__getitem__", &[t.s("zz")]);
        assert_eq!(t.err(r), "KeyError: 'zz'");
        let e = t.make(&ty, &[]).unwrap();
        let r = t.m(&e, "popitem", &[]);
        assert_eq!(t.err(r), "KeyError: 'popitem(): dictionary is empty'");
        let r = t.m(&e, "pop", &[Value::Int(1)]);
        assert_eq!(t.err(r), "KeyError: 1");
        let r = t.m(&e, "pop", &[Value::Int(1), Value::Int(7)]);
        assert_eq!(t.ok(r), "7");
        let r = t.m(&e, "__getitem__", &[t.ints(&[])]);
        assert!(r.is_err());
        let r = t.m(&d, "popitem", &[]);
        assert_eq!(t.ok(r), "('c', 3)");
        let r = t.m(&d, "setdefault", &[t.s("z"), Value::Int(9)]);
        assert_eq!(t.ok(r), "9");
        let r = t.m(&d, "get", &[t.s("nope")]);
        assert_eq!(t.ok(r), "None");
        let r = t.call_on(&ty, "fromkeys", &[t.s("ab")]);
        assert_eq!(t.ok(r), "{'a': None, 'b': None}");
    }

    #[test]
    fn dict_views_repr_ops_and_recursion() {
        let mut t = setup();
        let d = t.vm.new_dict();
        t.m(&d, "__setitem__", &[t.s("a"), Value::Int(1)]).unwrap();
        t.m(&d, "__setitem__", &[t.s("b"), d.clone()]).unwrap();
        assert_eq!(t.repr(&d), "{'a': 1, 'b': {...}}");
        let k = t.m(&d, "keys", &[]).unwrap();
        assert_eq!(t.repr(&k), "dict_keys(['a', 'b'])");
        let v = t.m(&d, "values", &[]).unwrap();
        assert_eq!(t.repr(&v), "dict_values([1, {'a': 1, 'b': {...}}])");
        t.m(&d, "__delitem__", &[t.s("b")]).unwrap();
        let it = t.m(&d, "items", &[]).unwrap();
        assert_eq!(t.repr(&it), "dict_items([('a', 1)])");
        let d2 = t.vm.new_dict();
        t.m(&d2, "__setitem__", &[Value::Int(1), Value::Int(2)])
            .unwrap();
        t.m(&d2, "__setitem__", &[Value::Int(3), Value::Int(4)])
            .unwrap();
        let keys = t.m(&d2, "keys", &[]).unwrap();
        let s = super::super::set::wrap(super::super::set::SetObj::new(), false);
        t.m(&s, "add", &[Value::Int(1)]).unwrap();
        t.m(&s, "add", &[Value::Int(5)]).unwrap();
        let r = t.m(&keys, "__and__", core::slice::from_ref(&s));
        assert_eq!(t.ok(r), "{1}");
        let r = t.m(&keys, "__or__", core::slice::from_ref(&s));
        assert_eq!(t.ok(r), "{1, 3, 5}");
        let r = t.m(&keys, "__sub__", core::slice::from_ref(&s));
        assert_eq!(t.ok(r), "{3}");
        let r = t.m(&keys, "__xor__", core::slice::from_ref(&s));
        assert_eq!(t.ok(r), "{3, 5}");
        let items = t.m(&d2, "items", &[]).unwrap();
        let rev = t.m(&items, "__reversed__", &[]).unwrap();
        let list = t.vm.types().list.clone();
        let r = t.make(&list, &[rev]);
        assert_eq!(t.ok(r), "[(3, 4), (1, 2)]");
        let r = t.m(
            &items,
            "__contains__",
            &[t.tup(&[Value::Int(1), Value::Int(2)])],
        );
        assert_eq!(t.ok(r), "True");
        // |, |=, ==
        let r = t.m(&d2, "__or__", core::slice::from_ref(&d));
        assert_eq!(t.ok(r), "{1: 2, 3: 4, 'a': 1}");
        let c = t.m(&d2, "copy", &[]).unwrap();
        let r = t.m(&c, "__eq__", core::slice::from_ref(&d2));
        assert_eq!(t.ok(r), "True");
        // iteration notices a size change
        let iter = t.m(&d2, "__iter__", &[]).unwrap();
        t.m(&d2, "__setitem__", &[Value::Int(9), Value::Int(9)])
            .unwrap();
        let r = t.m(&iter, "__next__", &[]);
        assert_eq!(
            t.err(r),
            "RuntimeError: dictionary changed size during iteration"
        );
        t.m(&d, "clear", &[]).unwrap();
    }

    #[test]
    fn get_by_name_finds_interned_and_equal_text() {
        let t = setup();
        let d = DictObj::new();
        let name = t.vm.intern("spam");
        d.set_str(name.clone(), Value::Int(1));
        assert!(matches!(d.get_by_name(&name), Some(Value::Int(1))));
        let other = match t.vm.new_str("spam") {
            Value::Obj(o) => o,
            _ => unreachable!(),
        };
        assert!(matches!(d.get_by_name(&other), Some(Value::Int(1))));
        let missing = t.vm.intern("eggs");
        assert!(d.get_by_name(&missing).is_none());
    }
}
