//! The cycle collector's bookkeeping: which container objects are tracked
//! ([`GcHeap`]), how a payload's references are visited ([`Payload::traverse`]),
//! and the collection itself ([`GcHeap::collect`], CPython's algorithm).
//!
//! Reference counting frees acyclic garbage at once; this finds the cycles.
//! Every tracked object owns one *slot* in a table of 4 KiB chunks; the
//! object's header points to its slot and the slot to the object. A chunk's
//! first word points back to its [`GcHeap`], so freeing a tracked object
//! (which has no interpreter at hand) finds the table by masking the slot's
//! address, and gives the slot back. Next to each slot is the word the
//! collection uses as the object's `gc_refs`.
//!
//! Containers are tracked by the VM where they meet it (the `BUILD_*`
//! opcodes, results of native calls, new instances, functions, cells,
//! generators, exceptions) and at every collection the children of tracked
//! objects are scanned for untracked containers, which are tracked then.
//! An untracked object is always safe: its references count as external,
//! so whatever it refers to is kept alive.
//!
//! Two generations: objects are young when tracked and old once they have
//! survived a collection. A young collection looks only at young objects
//! (references from old ones count as external, as in CPython's `gen0`); a
//! full one at all of them.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::Cell;
use core::ptr::NonNull;

use super::{Obj, ObjRef, Payload, PyCell, Value};

/// Slots per chunk: the chunk header (two words) plus a slot word and a
/// `gc_refs` word per slot fill 4 KiB.
const SLOTS: usize = 255;
/// A chunk's size and alignment: a slot's chunk is its address masked.
const CHUNK_BYTES: usize = 4096;
/// Slot tag: a free slot (the rest is the next free slot's address).
const FREE: usize = 1;
/// Slot tag: the object is old (survived a collection).
const OLD: usize = 2;
/// `gc_refs` value of an object found reachable.
const REACHABLE: isize = -1;
/// `gc_refs` value of a young-list entry not yet seen by a collection.
const UNSEEN: isize = -2;

/// The young list's first compaction length.
const YOUNG_CAP: usize = 4096;

/// Drops the slots of the young list that were freed (or reused by an old
/// object) and the repeated ones, keeping the order.
fn compact_young(young: &mut Vec<usize>) {
    let live_young = |w: usize| {
        let v = slot_of(w).get();
        v != 0 && v & (FREE | OLD) == 0
    };
    for &w in young.iter() {
        if live_young(w) {
            refs_of(w).set(UNSEEN);
        }
    }
    young.retain(|&w| {
        if live_young(w) && refs_of(w).get() == UNSEEN {
            refs_of(w).set(0);
            true
        } else {
            false
        }
    });
}

/// One chunk of slots.
#[repr(C, align(4096))]
struct Chunk {
    /// The table this chunk belongs to.
    heap: *const GcHeap,
    /// Its position in `GcHeap::chunks`.
    index: usize,
    /// Object address (tagged `OLD`), or the next free slot (tagged `FREE`).
    slots: [Cell<usize>; SLOTS],
    /// The collection's `gc_refs` for each slot.
    refs: [Cell<isize>; SLOTS],
}

const _: () = assert!(core::mem::size_of::<Chunk>() == CHUNK_BYTES);

/// The slot of a tracked object, from its header word.
#[inline]
fn slot_of(word: usize) -> &'static Cell<usize> {
    // SAFETY: a non-zero header word is the address of a live slot (the
    // table outlives every tracked object; see `GcHeap`'s drop).
    unsafe { &*(word as *const Cell<usize>) }
}

/// The chunk holding a slot and the slot's index in it.
#[inline]
fn chunk_of(word: usize) -> (&'static Chunk, usize) {
    let base = word & !(CHUNK_BYTES - 1);
    // SAFETY: chunks are `CHUNK_BYTES`-aligned, so the masked address of
    // one of its slots is the chunk itself, live as the slot is.
    let chunk = unsafe { &*(base as *const Chunk) };
    let i = (word - chunk.slots.as_ptr() as usize) / core::mem::size_of::<usize>();
    (chunk, i)
}

/// The `gc_refs` word of a tracked object's slot.
#[inline]
fn refs_of(word: usize) -> &'static Cell<isize> {
    let (chunk, i) = chunk_of(word);
    &chunk.refs[i]
}

/// The object's header word (its slot address, or 0 when untracked).
#[inline]
fn header(p: NonNull<Obj>) -> usize {
    // SAFETY: callers pass live objects.
    unsafe { p.as_ref().gc.get() }
}

/// Statistics and settings of the collector (the `gc` module's state).
pub struct GcHeap {
    chunks: PyCell<Vec<Box<Chunk>>>,
    /// Address of the first free slot (0: none).
    free: Cell<usize>,
    /// Slots of objects tracked since the last collection (may hold freed
    /// or repeated slots; a collection sorts them out).
    young: PyCell<Vec<usize>>,
    /// Length at which the young list is rid of freed and repeated slots.
    young_cap: Cell<usize>,
    /// Container allocations minus deallocations since the last collection.
    count: Cell<isize>,
    /// Tracked objects alive.
    live: Cell<usize>,
    /// Young collections since the last full one.
    young_collections: Cell<usize>,
    /// Objects that became old since the last full collection.
    promoted: Cell<usize>,
    /// Old objects alive after the last full collection.
    old_after_full: Cell<usize>,
    /// `gc.get_threshold()`.
    pub thresholds: Cell<(i64, i64, i64)>,
    /// `gc.isenabled()`.
    pub enabled: Cell<bool>,
    /// Set when the thresholds ask for a collection at the next safe point.
    pub requested: Cell<bool>,
    /// Set while a collection runs (no nested collection starts).
    pub collecting: Cell<bool>,
    /// Collections run so far (for tests).
    pub collections: Cell<usize>,
}

impl Default for GcHeap {
    fn default() -> Self {
        GcHeap {
            chunks: PyCell::new(Vec::new()),
            free: Cell::new(0),
            young: PyCell::new(Vec::new()),
            young_cap: Cell::new(YOUNG_CAP),
            count: Cell::new(0),
            live: Cell::new(0),
            young_collections: Cell::new(0),
            promoted: Cell::new(0),
            old_after_full: Cell::new(0),
            thresholds: Cell::new((700, 10, 10)),
            enabled: Cell::new(true),
            requested: Cell::new(false),
            collecting: Cell::new(false),
            collections: Cell::new(0),
        }
    }
}

impl Drop for GcHeap {
    fn drop(&mut self) {
        // Objects still tracked now outlive the interpreter (leaked): they
        // forget their slot so that freeing them later touches no chunk.
        for c in self.chunks.get().iter() {
            for s in c.slots.iter() {
                let v = s.get();
                if v != 0 && v & FREE == 0 {
                    // SAFETY: a live slot holds a live object.
                    unsafe { (*((v & !OLD) as *const Obj)).gc.set(0) };
                }
            }
        }
    }
}

/// Called when a tracked object is freed: gives its slot back.
#[inline]
pub(crate) fn untrack_freed(word: usize) {
    let (chunk, _) = chunk_of(word);
    // SAFETY: the table outlives its chunks' objects (see `GcHeap::drop`).
    let heap = unsafe { &*chunk.heap };
    let slot = slot_of(word);
    slot.set(heap.free.get() | FREE);
    heap.free.set(word);
    heap.live.set(heap.live.get() - 1);
    if heap.count.get() > 0 {
        heap.count.set(heap.count.get() - 1);
    }
}

impl GcHeap {
    /// Tracked objects alive (a live-container counter).
    pub fn live(&self) -> usize {
        self.live.get()
    }

    /// Every tracked object (`gc.get_objects()`).
    pub fn objects(&self) -> Vec<ObjRef> {
        let mut out = Vec::new();
        for c in self.chunks.get().iter() {
            for s in c.slots.iter() {
                let v = s.get();
                if v != 0 && v & FREE == 0 {
                    // SAFETY: a live slot holds a live object.
                    out.push(unsafe { ObjRef::from_live_ptr((v & !OLD) as *const Obj) });
                }
            }
        }
        out
    }

    /// `gc.get_count()`.
    pub fn counts(&self) -> (isize, usize, usize) {
        (self.count.get().max(0), self.young_collections.get(), 0)
    }

    /// True when the object is tracked.
    pub fn is_tracked(o: &ObjRef) -> bool {
        header(o.0) != 0
    }

    /// Tracks a container (no-op for others, immortals and tracked ones).
    /// True when the thresholds now ask for a collection.
    #[inline]
    pub fn track(&self, o: &ObjRef) -> bool {
        if header(o.0) != 0 || !o.payload().needs_tracking() || o.is_immortal() {
            return false;
        }
        self.track_new(o.0);
        self.over_threshold()
    }

    fn over_threshold(&self) -> bool {
        let t0 = self.thresholds.get().0;
        if !self.enabled.get() || self.collecting.get() || t0 <= 0 {
            return false;
        }
        let want = self.count.get() > t0 as isize;
        if want {
            self.requested.set(true);
        }
        want
    }

    /// Takes a free slot for `p` (untracked, container, mortal).
    fn track_new(&self, p: NonNull<Obj>) {
        if self.free.get() == 0 {
            self.grow();
        }
        let word = self.free.get();
        let slot = slot_of(word);
        self.free.set(slot.get() & !FREE);
        slot.set(p.as_ptr() as usize);
        // SAFETY: `p` is live.
        unsafe { p.as_ref().gc.set(word) };
        let mut young = self.young.get_mut();
        // Not while collecting: the compaction uses the `gc_refs` words.
        if young.len() >= self.young_cap.get() && !self.collecting.get() {
            compact_young(&mut young);
            // Amortised: the list may hold at most twice its live entries.
            self.young_cap.set((2 * young.len()).max(YOUNG_CAP));
        }
        young.push(word);
        drop(young);
        self.live.set(self.live.get() + 1);
        self.count.set(self.count.get() + 1);
    }

    /// After a full collection freed most of the tracked objects: moves the
    /// survivors into as few fresh chunks as they need and frees the old
    /// ones, so the table's memory follows the live objects.
    fn compact(&self) {
        let cap = self.chunks.get().len() * SLOTS;
        let live = self.live.get();
        if cap <= 2 * live + 4 * SLOTS {
            return;
        }
        let mut keep: Vec<(usize, usize)> = Vec::with_capacity(live);
        for c in self.chunks.get().iter() {
            for s in c.slots.iter() {
                let v = s.get();
                if v != 0 && v & FREE == 0 {
                    keep.push((v & !OLD, v & OLD));
                }
            }
        }
        let old = core::mem::take(&mut *self.chunks.get_mut());
        self.free.set(0);
        self.young.get_mut().clear();
        self.young_cap.set(YOUNG_CAP);
        for &(p, bits) in &keep {
            if self.free.get() == 0 {
                self.grow();
            }
            let word = self.free.get();
            let slot = slot_of(word);
            self.free.set(slot.get() & !FREE);
            slot.set(p | bits);
            // SAFETY: `p` came from a live slot: the object is live.
            unsafe { (*(p as *const Obj)).gc.set(word) };
        }
        drop(old);
        self.young.get_mut().shrink_to_fit();
    }

    /// Adds a chunk and threads its slots onto the free list.
    #[cold]
    fn grow(&self) {
        let mut chunks = self.chunks.get_mut();
        let chunk = Box::new(Chunk {
            heap: self as *const GcHeap,
            index: chunks.len(),
            slots: core::array::from_fn(|_| Cell::new(0)),
            refs: core::array::from_fn(|_| Cell::new(0)),
        });
        let mut next = self.free.get();
        for s in chunk.slots.iter().rev() {
            s.set(next | FREE);
            next = s as *const Cell<usize> as usize;
        }
        self.free.set(next);
        chunks.push(chunk);
    }

    /// Whether a tracked object takes part in this collection.
    #[inline]
    fn in_set(word: usize, full: bool) -> bool {
        word != 0 && (full || slot_of(word).get() & OLD == 0)
    }

    /// Runs a collection (all objects when `full`, else the young ones).
    /// `finalize` runs `__del__` for unreachable instances that still need
    /// it (they are kept alive meanwhile); objects it resurrects are not
    /// freed. The rest of the unreachable objects are cleared, which frees
    /// them. Returns the number of unreachable objects cleared (after
    /// finalisers, as CPython counts).
    pub fn collect(&self, full: bool, finalize: &mut dyn FnMut(&[ObjRef])) -> usize {
        if self.collecting.replace(true) {
            return 0;
        }
        self.requested.set(false);
        self.collections.set(self.collections.get() + 1);
        let n = self.collect_inner(full, finalize);
        self.count.set(0);
        if full {
            self.young_collections.set(0);
            self.promoted.set(0);
            self.old_after_full.set(self.live.get());
            self.compact();
        } else {
            self.young_collections.set(self.young_collections.get() + 1);
        }
        self.collecting.set(false);
        n
    }

    /// True when the next automatic collection should be a full one
    /// (CPython's rule for its oldest generation: enough young collections
    /// and enough newly old objects).
    pub fn wants_full(&self) -> bool {
        let (_, t1, t2) = self.thresholds.get();
        let every = (t1.max(1) * t2.max(1)) as usize;
        self.young_collections.get() + 1 >= every
            && self.promoted.get() > self.old_after_full.get() / 4
    }

    fn collect_inner(&self, full: bool, finalize: &mut dyn FnMut(&[ObjRef])) -> usize {
        // The objects of this collection.
        let young = core::mem::take(&mut *self.young.get_mut());
        // Each object with its slot word (so that the passes over the set that
        // need only the slot do not touch the object's memory).
        let mut objs: Vec<(NonNull<Obj>, usize)> = Vec::new();
        if full {
            for c in self.chunks.get().iter() {
                for s in c.slots.iter() {
                    let v = s.get();
                    if v != 0 && v & FREE == 0 {
                        // SAFETY: a live slot holds a live object.
                        objs.push((
                            unsafe { NonNull::new_unchecked((v & !OLD) as *mut Obj) },
                            s as *const Cell<usize> as usize,
                        ));
                    }
                }
            }
        } else {
            for &w in &young {
                let v = slot_of(w).get();
                if v & (FREE | OLD) == 0 && v != 0 {
                    refs_of(w).set(UNSEEN);
                }
            }
            for &w in &young {
                let v = slot_of(w).get();
                if v & (FREE | OLD) == 0 && v != 0 && refs_of(w).get() == UNSEEN {
                    refs_of(w).set(0);
                    // SAFETY: a live slot holds a live object.
                    objs.push((unsafe { NonNull::new_unchecked(v as *mut Obj) }, w));
                }
            }
        }
        drop(young);
        // 1. gc_refs = refcount.
        for &(p, w) in &objs {
            refs_of(w).set(ObjRef::refcount_of(p) as isize);
        }
        // 2. Subtract the references between objects of the set, tracking
        // the untracked containers found inside: the visit that tracks one
        // is the first visit of it, so its count starts one lower and later
        // visits subtract as usual (its own children are visited when the
        // loop reaches it).
        let mut i = 0;
        while i < objs.len() {
            let (p, _) = objs[i];
            i += 1;
            // SAFETY: every object in `objs` is live (no Python code runs
            // and nothing is freed until the clearing phase).
            unsafe { p.as_ref() }.payload.traverse(&mut |c: &ObjRef| {
                let w = header(c.0);
                if Self::in_set(w, full) {
                    let r = refs_of(w);
                    r.set(r.get() - 1);
                } else if w == 0 && c.payload().needs_tracking() && !c.is_immortal() {
                    self.track_new(c.0);
                    let w = header(c.0);
                    objs.push((c.0, w));
                    refs_of(w).set(c.refcount() as isize - 1);
                }
            });
        }
        // The young list now holds only objects tracked in step 2: they are
        // part of this collection.
        self.young.get_mut().clear();
        // 3. Objects with references from outside are reachable, and so is
        // everything they reach.
        let mut work: Vec<NonNull<Obj>> = Vec::new();
        for &(p, w) in &objs {
            let r = refs_of(w);
            if r.get() > 0 {
                r.set(REACHABLE);
                work.push(p);
            }
        }
        while let Some(p) = work.pop() {
            // SAFETY: as above.
            unsafe { p.as_ref() }.payload.traverse(&mut |c: &ObjRef| {
                let w = header(c.0);
                if Self::in_set(w, full) {
                    let r = refs_of(w);
                    if r.get() != REACHABLE {
                        r.set(REACHABLE);
                        work.push(c.0);
                    }
                }
            });
        }
        // Survivors become old.
        let mut unreachable: Vec<ObjRef> = Vec::new();
        for &(p, w) in &objs {
            if refs_of(w).get() == REACHABLE {
                let s = slot_of(w);
                if s.get() & OLD == 0 {
                    s.set(s.get() | OLD);
                    self.promoted.set(self.promoted.get() + 1);
                }
            } else {
                // SAFETY: `p` is live; the new handle keeps it so.
                unreachable.push(unsafe { ObjRef::from_live_ptr(p.as_ptr()) });
            }
        }
        drop(objs);
        if unreachable.is_empty() {
            return 0;
        }
        // 4. Finalisers (PEP 442): `__del__`, and `close()` for a suspended
        // generator; each runs once; what they resurrect stays.
        let pending: Vec<ObjRef> = unreachable
            .iter()
            .filter(|o| match o.payload() {
                Payload::Instance(i) => i.needs_finalizer().is_some(),
                Payload::Generator(g) => g.gc_needs_finalizer(),
                _ => false,
            })
            .cloned()
            .collect();
        if !pending.is_empty() {
            finalize(&pending);
            drop(pending);
            unreachable = drop_resurrected(unreachable);
            // What a finaliser cut loose (a closed generator's frame held
            // its cycle) is freed by its count now, as in CPython, and not
            // counted as collected.
            loop {
                let before = unreachable.len();
                unreachable.retain(|o| o.refcount() > 1);
                if unreachable.len() == before {
                    break;
                }
            }
        }
        // As CPython: the objects left to clear once finalisers ran.
        let found = unreachable.len();
        // 5. Break the cycles: clear every object (our handles keep them
        // alive meanwhile), then let reference counting free them.
        let mut out: Vec<Value> = Vec::new();
        for o in &unreachable {
            let p = o.0.as_ptr();
            // SAFETY: the object is unreachable from outside the set: no
            // Rust code holds a reference into its payload (every handle a
            // running frame or native holds is counted, which made the
            // object reachable), and the values moved out are dropped only
            // after this exclusive borrow ends.
            unsafe { (*p).payload.drain(&mut |v| out.push(v)) };
            drop(core::mem::take(&mut out));
        }
        for o in &unreachable {
            let s = slot_of(header(o.0));
            if s.get() & FREE == 0 {
                s.set(s.get() | OLD);
            }
        }
        drop(unreachable);
        found
    }
}

/// After finalisers ran: the objects still unreachable (those referred to
/// only by each other and by `set` itself), the others are resurrected.
fn drop_resurrected(set: Vec<ObjRef>) -> Vec<ObjRef> {
    use hashbrown::HashMap;
    let mut refs: HashMap<usize, isize> = HashMap::with_capacity(set.len());
    for o in &set {
        // One count is `set`'s own handle.
        refs.insert(o.as_ptr() as usize, o.refcount() as isize - 1);
    }
    for o in &set {
        o.payload().traverse(&mut |c: &ObjRef| {
            if let Some(r) = refs.get_mut(&(c.as_ptr() as usize)) {
                *r -= 1;
            }
        });
    }
    let mut work: Vec<ObjRef> = set
        .iter()
        .filter(|o| refs.get(&(o.as_ptr() as usize)).is_some_and(|r| *r > 0))
        .cloned()
        .collect();
    for o in &work {
        refs.insert(o.as_ptr() as usize, REACHABLE);
    }
    while let Some(o) = work.pop() {
        o.payload().traverse(&mut |c: &ObjRef| {
            if let Some(r) = refs.get_mut(&(c.as_ptr() as usize)) {
                if *r != REACHABLE {
                    *r = REACHABLE;
                    work.push(c.clone());
                }
            }
        });
    }
    set.into_iter()
        .filter(|o| refs.get(&(o.as_ptr() as usize)) != Some(&REACHABLE))
        .collect()
}

/// Visits the object inside a value.
#[inline]
fn visit_value(v: &Value, f: &mut dyn FnMut(&ObjRef)) {
    if let Value::Obj(o) = v {
        f(o)
    }
}

fn visit_all(vs: &[Value], f: &mut dyn FnMut(&ObjRef)) {
    for v in vs {
        visit_value(v, f);
    }
}

impl Payload {
    /// True for the layouts that can hold references to other objects (the
    /// ones the cycle collector tracks).
    #[inline]
    pub fn is_container(&self) -> bool {
        match self {
            Payload::Tuple(_)
            | Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Iter(_)
            | Payload::DictView(_)
            | Payload::Function(_)
            | Payload::BoundMethod(_)
            | Payload::Type(_)
            | Payload::Instance(_)
            | Payload::Exception(_)
            | Payload::Traceback(_)
            | Payload::Module(_)
            | Payload::Cell(_)
            | Payload::Descriptor(_)
            | Payload::Generator(_) => true,
            Payload::Native(n) => n.bound.is_some(),
            _ => false,
        }
    }

    /// True for a container that can be part of a cycle: a tuple only when
    /// an item is a container (it is immutable, so a tuple of atoms never
    /// can be, and stays untracked, as CPython ends up untracking them).
    #[inline]
    pub fn needs_tracking(&self) -> bool {
        match self {
            Payload::Tuple(t) => t
                .items()
                .iter()
                .any(|v| matches!(v, Value::Obj(o) if o.payload().is_container())),
            p => p.is_container(),
        }
    }

    /// Calls `f` on every object this payload holds a counted reference to
    /// (that the collector knows of: a reference it misses only makes its
    /// target look referenced from outside, which is safe). A payload that
    /// is borrowed mutably right now is skipped the same way.
    pub fn traverse(&self, f: &mut dyn FnMut(&ObjRef)) {
        match self {
            Payload::Tuple(t) => visit_all(t.items(), f),
            Payload::List(l) => {
                if let Some(items) = l.items.try_get() {
                    visit_all(&items, f);
                }
            }
            Payload::Dict(d) => {
                if let Some(t) = d.table.try_get() {
                    for e in t.iter() {
                        visit_value(&e.key, f);
                        visit_value(&e.value, f);
                    }
                }
            }
            Payload::Set(s) | Payload::FrozenSet(s) => {
                if let Some(t) = s.table.try_get() {
                    t.for_each_key(&mut |k| visit_value(k, f));
                }
            }
            Payload::Iter(i) => {
                if let Some(st) = i.state.try_get() {
                    if let Some(st) = st.as_ref() {
                        st.traverse(f);
                    }
                }
            }
            Payload::DictView(v) => visit_value(&v.dict, f),
            Payload::Function(fo) => {
                f(&fo.code);
                f(&fo.globals);
                if let Some(d) = fo.defaults.try_get() {
                    visit_all(&d, f);
                }
                for c in [&fo.kwdefaults, &fo.dict, &fo.doc, &fo.module] {
                    if let Some(v) = c.try_get() {
                        visit_value(&v, f);
                    }
                }
                visit_all(&fo.closure, f);
            }
            Payload::Native(n) => {
                if let Some(b) = &n.bound {
                    visit_value(b, f);
                }
            }
            Payload::BoundMethod(m) => {
                visit_value(&m.func, f);
                visit_value(&m.self_, f);
            }
            Payload::Type(t) => t.traverse(f),
            Payload::Instance(i) => {
                if let Some(c) = i.class.try_get() {
                    f(&c);
                }
                visit_value(&i.dict, f);
                visit_value(&i.base, f);
            }
            Payload::Exception(e) => {
                if let Some(c) = e.class.try_get() {
                    f(&c);
                }
                for c in [&e.args, &e.dict, &e.traceback, &e.cause, &e.context] {
                    if let Some(v) = c.try_get() {
                        visit_value(&v, f);
                    }
                }
            }
            Payload::Traceback(t) => {
                if let Some(v) = t.next.try_get() {
                    visit_value(&v, f);
                }
                f(&t.code);
                if let Some(l) = t.locals.try_get() {
                    visit_all(&l, f);
                }
            }
            Payload::Module(m) => f(&m.dict),
            Payload::Cell(c) => {
                if let Some(v) = c.value.try_get() {
                    if let Some(v) = v.as_ref() {
                        visit_value(v, f);
                    }
                }
            }
            Payload::Descriptor(d) => d.traverse(f),
            Payload::Generator(g) => g.traverse(f),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::list::ListObj;

    fn list() -> ObjRef {
        ObjRef::new(Payload::List(ListObj::new(Vec::new())))
    }

    fn push(l: &ObjRef, v: &ObjRef) {
        if let Payload::List(x) = l.payload() {
            x.append(Value::Obj(v.clone()));
        }
    }

    #[test]
    fn a_self_cycle_is_collected_and_reachable_objects_stay() {
        // Boxed: chunks point back to the table.
        let heap = Box::new(GcHeap::default());
        let a = list();
        let b = list();
        heap.track(&a);
        heap.track(&b);
        push(&a, &a);
        push(&b, &a);
        assert_eq!(heap.live(), 2);
        drop(a);
        // `a` is referenced by itself and by `b`, which is held here.
        assert_eq!(heap.collect(true, &mut |_| {}), 0);
        if let Payload::List(x) = b.payload() {
            x.items.get_mut().clear();
        }
        assert_eq!(heap.live(), 2);
        assert_eq!(heap.collect(true, &mut |_| {}), 1);
        assert_eq!(heap.live(), 1);
        drop(b);
        assert_eq!(heap.live(), 0);
    }

    #[test]
    fn a_ring_found_by_a_young_collection_frees_its_slots() {
        let heap = Box::new(GcHeap::default());
        let first = list();
        heap.track(&first);
        let mut prev = first.clone();
        for _ in 0..999 {
            let n = list();
            heap.track(&n);
            push(&prev, &n);
            prev = n;
        }
        push(&prev, &first);
        drop((first, prev));
        assert_eq!(heap.live(), 1000);
        assert_eq!(heap.collect(false, &mut |_| {}), 1000);
        assert_eq!(heap.live(), 0);
        // The slots are reused.
        let again = list();
        heap.track(&again);
        assert!(GcHeap::is_tracked(&again));
        assert_eq!(heap.chunks.get().len(), 1000_usize.div_ceil(SLOTS));
    }

    #[test]
    fn untracked_children_are_found_at_collection() {
        let heap = Box::new(GcHeap::default());
        let outer = list();
        let inner = list();
        heap.track(&outer);
        push(&outer, &inner);
        push(&inner, &outer);
        assert!(!GcHeap::is_tracked(&inner));
        drop((outer, inner));
        assert_eq!(heap.collect(true, &mut |_| {}), 2);
        assert_eq!(heap.live(), 0);
    }

    #[test]
    fn compaction_keeps_survivors_tracked() {
        let heap = Box::new(GcHeap::default());
        let mut keep = Vec::new();
        for i in 0..5000 {
            let l = list();
            heap.track(&l);
            push(&l, &l);
            if i % 500 == 0 {
                keep.push(l);
            }
        }
        assert_eq!(heap.collect(true, &mut |_| {}), 4990);
        assert_eq!(heap.live(), 10);
        assert_eq!(heap.chunks.get().len(), 1);
        assert!(keep.iter().all(GcHeap::is_tracked));
        // Old now: a young collection leaves them, a full one finds them
        // in their new slots.
        drop(keep);
        assert_eq!(heap.collect(false, &mut |_| {}), 0);
        assert_eq!(heap.collect(true, &mut |_| {}), 10);
        assert_eq!(heap.live(), 0);
    }

    #[test]
    fn the_young_list_stays_bounded_while_disabled() {
        let heap = Box::new(GcHeap::default());
        heap.enabled.set(false);
        for _ in 0..100_000 {
            let l = list();
            heap.track(&l);
        }
        assert_eq!(heap.live(), 0);
        assert!(heap.young.get().len() <= YOUNG_CAP);
        let kept: Vec<ObjRef> = (0..10_000)
            .map(|_| {
                let l = list();
                heap.track(&l);
                l
            })
            .collect();
        assert!(heap.young.get().len() <= 2 * kept.len() + YOUNG_CAP);
        drop(kept);
    }
}
