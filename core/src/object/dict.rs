//! `dict`: an insertion-ordered hash map on hashbrown's `HashTable`, the
//! layout of CPython's compact dict (an index table over a dense entry
//! vector), plus the dict views.
//!
//! Keys whose equality is decided without running Python code (str, int,
//! float, bool, None, and tuples of those) are compared inside the probe.
//! Other keys are compared with `__eq__` after the table borrow is released,
//! and the match is re-validated afterwards, so a key's `__eq__` that mutates
//! the dict cannot corrupt it.

use alloc::vec::Vec;

use hashbrown::HashTable;

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
    index: HashTable<usize>,
    entries: Vec<Option<Entry>>,
    len: usize,
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
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => {
            Some(*x == i64::from(*y))
        }
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
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
                    for (p, q) in s.iter().zip(t) {
                        if !simple_eq(p, q)? {
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

impl DictTable {
    /// Number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
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
        let entries = &self.entries;
        let found = self.index.find(hash as u64, |&i| match &entries[i] {
            Some(e) if e.hash == hash => match simple_eq(&e.key, key) {
                Some(eq) => eq,
                None => {
                    pending.push(i);
                    false
                }
            },
            _ => false,
        });
        match found {
            Some(&i) => Ok(Some(i)),
            None if pending.is_empty() => Ok(None),
            None => Err(pending),
        }
    }

    /// Looks a `str` key up by its text (no Python code runs).
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        let hash = super::str::hash_str(key);
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| match &entries[i] {
                Some(e) => e.hash == hash && e.key.as_str() == Some(key),
                None => false,
            })
            .and_then(|&i| entries[i].as_ref().map(|e| &e.value))
    }

    /// Inserts with a key already known to be simple (a str, say); returns the old value.
    pub fn insert_simple(&mut self, hash: i64, key: Value, value: Value) -> Option<Value> {
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
        // Compact when more than half of the entries are holes.
        if self.entries.len() > 8 && self.entries.len() >= 2 * self.len {
            self.compact();
        }
        let idx = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, idx, |&i| {
            entries[i].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }

    fn compact(&mut self) {
        let old = core::mem::take(&mut self.entries);
        self.index.clear();
        for e in old.into_iter().flatten() {
            let idx = self.entries.len();
            let h = e.hash;
            self.entries.push(Some(e));
            let entries = &self.entries;
            self.index.insert_unique(h as u64, idx, |&i| {
                entries[i].as_ref().map_or(0, |e| e.hash as u64)
            });
        }
    }

    fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let hash = self.entries[i].as_ref()?.hash;
        if let Ok(slot) = self.index.find_entry(hash as u64, |&j| j == i) {
            slot.remove();
        }
        self.len -= 1;
        self.entries[i].take()
    }

    /// Removes a `str` key by text.
    pub fn remove_str(&mut self, key: &str) -> Option<Value> {
        let hash = super::str::hash_str(key);
        let entries = &self.entries;
        let i = *self.index.find(hash as u64, |&i| match &entries[i] {
            Some(e) => e.hash == hash && e.key.as_str() == Some(key),
            None => false,
        })?;
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

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
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

    /// Removes everything, returning the old entries (drop them outside any borrow).
    pub fn take_all(&mut self) -> Vec<Entry> {
        self.index.clear();
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
        let hash = vm.hash(key)?;
        Ok(self.find(vm, hash, key)?.and_then(|i| {
            self.table.get().entries[i]
                .as_ref()
                .map(|e| e.value.clone())
        }))
    }

    /// `d[key] = value`.
    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        let old = match self.find(vm, hash, &key)? {
            Some(i) => {
                let mut t = self.table.get_mut();
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
        let hash = vm.hash(key)?;
        let Some(i) = self.find(vm, hash, key)? else {
            return Ok(None);
        };
        let e = self.table.get_mut().remove_at(i);
        Ok(e.map(|e| e.value))
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
        for mut e in self.table.0.get_mut().take_all() {
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

/// Registers this type's methods on its type object.
pub(crate) fn init(_vm: &mut crate::vm::Vm) {}
