//! The object model: [`Value`] (unboxed immediates or a heap pointer),
//! [`ObjRef`] (a counted reference to a heap [`Obj`]), and [`Payload`], the
//! closed set of heap object layouts, one file per type.
//!
//! Reference counts are the interpreter's own, plain memory guarded by the
//! GIL (see DESIGN.md, decisions 2 and 3): cloning an `ObjRef` is INCREF,
//! dropping it is DECREF, and the object is freed when the count reaches zero.
//! Freeing is iterative ([`Payload::drain`]), so dropping a million-deep
//! nested list never recurses on the host stack. Instances whose class
//! defines `__del__` (and generators suspended inside `try`/`with`) are
//! resurrected onto the interpreter's [`DelQueue`] and finalised by the VM
//! (`__del__`, `close()`) before they are freed.

pub mod cell;
pub mod class;
pub mod exception;
pub mod fpow;
pub mod function;
pub mod gc;
pub mod instance;
pub mod module;
pub mod native;
pub mod none;
pub mod numfmt;

pub mod bytes;
pub mod dict;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;

pub mod complex;
pub mod float;
pub mod int;

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::{Cell, Ref, RefCell, RefMut};
use core::fmt;
use core::ptr::NonNull;

use crate::num::bigint::BigInt;
use crate::sync::live_count as live_objects;
use crate::sync::UnsafeCell;

/// A Python value: an unboxed immediate or a counted reference to a heap object.
///
/// Exactly 16 bytes (asserted by a test). `bool` is a subclass of `int` in
/// Python; arithmetic code treats `Bool` as 0/1.
///
/// The tag is a whole machine word, so every payload sits at offset 8. On
/// 64-bit hosts (`repr(u64)`) a copy is two plain word moves (with a byte
/// tag, `Bool` sat at offset 1 and copies were split into overlapping partial
/// moves). On 32-bit targets the tag is a `u32` (`repr(u32)`, padded to the
/// same 16 bytes): every tag test and store is then one instruction instead
/// of two, which took 20 KiB off the Cortex-M4 image.
#[derive(Default)]
#[cfg_attr(target_pointer_width = "64", repr(u64))]
#[cfg_attr(not(target_pointer_width = "64"), repr(u32))]
pub enum Value {
    /// `None`.
    #[default]
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An `int` that fits in i64 (larger ints are `Payload::Int` objects and
    /// never fit in i64: the representation is canonical).
    Int(i64),
    /// A `float`.
    Float(f64),
    /// Any heap object.
    Obj(ObjRef),
}

impl Value {
    /// The heap object, if this is one.
    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of the heap object, if this is one.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(o.payload()),
            _ => None,
        }
    }

    /// Python's `is`: same immediate value, or the same heap object.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(b),
            _ => false,
        }
    }

    /// The text of an exact `str` (not a subclass instance): the VM's fast
    /// paths use it, so a subclass's own `__eq__`, `__add__`, `__format__`
    /// ... still run.
    pub fn as_exact_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The `&str` of a `str` object or of an instance of a `str` subclass
    /// (its text): what native functions taking a `str` argument accept.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s.as_str()),
            Some(Payload::Instance(i)) => match i.base.payload() {
                Some(Payload::Str(s)) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Wraps a heap object.
    #[inline]
    pub fn from_payload(p: Payload) -> Value {
        Value::Obj(ObjRef::new(p))
    }

    /// An int value in canonical form (immediate when it fits in i64).
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::from_payload(Payload::Int(b)),
        }
    }
}

impl Clone for Value {
    /// INCREF for a heap object, then a plain 16-byte copy. (The derived
    /// clone rebuilt the enum field by field with overlapping partial
    /// stores, which stalled store forwarding on every push in the eval
    /// loop.)
    #[inline(always)]
    fn clone(&self) -> Self {
        if let Value::Obj(o) = self {
            core::mem::forget(o.clone());
        }
        // SAFETY: every variant is plain data except `Obj`, whose count was
        // just incremented on behalf of the copy returned here.
        unsafe { core::ptr::read(self) }
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Self {
        Value::Obj(o)
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::None => f.write_str("None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Obj(o) => write!(
                f,
                "<{} object at {:p}>",
                o.payload().kind_name(),
                o.as_ptr()
            ),
        }
    }
}

/// Interior mutability for object contents. Objects are shared between
/// Python threads but only touched under the GIL; the rule for every user of
/// a `PyCell` is: never call back into Python (the VM) while a borrow is
/// alive. A conflicting borrow is a bug in the core; [`PyCell::try_mut`] lets
/// code that cannot rule it out turn it into a `RuntimeError` instead.
#[derive(Default)]
pub struct PyCell<T>(RefCell<T>);

impl<T> PyCell<T> {
    /// Wraps a value.
    pub const fn new(v: T) -> Self {
        PyCell(RefCell::new(v))
    }
    /// Shared borrow.
    #[inline]
    pub fn get(&self) -> Ref<'_, T> {
        self.0.borrow()
    }
    /// Exclusive borrow.
    #[inline]
    pub fn get_mut(&self) -> RefMut<'_, T> {
        self.0.borrow_mut()
    }
    /// Exclusive borrow, or `None` when already borrowed.
    #[inline]
    pub fn try_mut(&self) -> Option<RefMut<'_, T>> {
        self.0.try_borrow_mut().ok()
    }
    /// Shared borrow, or `None` when mutably borrowed.
    #[inline]
    pub fn try_get(&self) -> Option<Ref<'_, T>> {
        self.0.try_borrow().ok()
    }
    /// Replaces the contents.
    pub fn replace(&self, v: T) -> T {
        self.0.replace(v)
    }
}

impl<T: fmt::Debug> fmt::Debug for PyCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.try_borrow() {
            Ok(v) => v.fmt(f),
            Err(_) => f.write_str("<borrowed>"),
        }
    }
}

/// The count given to immortal objects (type objects, interned names,
/// singletons). It is never reached by ordinary counting, so they are never
/// freed while the interpreter lives.
pub const IMMORTAL_RC: usize = 1 << (usize::BITS - 2);

/// A heap object: the header (its reference count) and its payload.
pub struct Obj {
    /// The reference count: plain memory, guarded by the GIL.
    rc: UnsafeCell<usize>,
    /// The cycle collector's slot for a tracked container, 0 when untracked
    /// (see [`gc`]).
    gc: Cell<usize>,
    /// The object's layout and data.
    payload: Payload,
}

/// A counted reference to a heap object. `Clone` is INCREF, `Drop` is DECREF.
pub struct ObjRef(NonNull<Obj>);

// SAFETY: objects are only touched by a thread that holds its interpreter's
// GIL; the GIL's acquire/release orderings publish every write (refcounts
// included) to the next holder. Values cross threads only through the GIL.
unsafe impl Send for ObjRef {}
// SAFETY: as above.
unsafe impl Sync for ObjRef {}

impl ObjRef {
    /// Allocates a new object with a count of one.
    pub fn new(payload: Payload) -> ObjRef {
        live_objects::born();
        let b = Box::new(Obj {
            rc: UnsafeCell::new(1),
            gc: Cell::new(0),
            payload,
        });
        ObjRef(NonNull::from(Box::leak(b)))
    }

    /// Allocates an object that is never freed while the interpreter lives.
    pub fn new_immortal(payload: Payload) -> ObjRef {
        live_objects::born();
        let b = Box::new(Obj {
            rc: UnsafeCell::new(IMMORTAL_RC),
            gc: Cell::new(0),
            payload,
        });
        ObjRef(NonNull::from(Box::leak(b)))
    }

    /// The object's payload.
    #[inline(always)]
    pub fn payload(&self) -> &Payload {
        // SAFETY: the pointer is live while this reference holds a count.
        unsafe { &self.0.as_ref().payload }
    }

    /// The current reference count.
    #[inline]
    pub fn refcount(&self) -> usize {
        // SAFETY: the pointer is live; the GIL serialises count accesses.
        unsafe { self.0.as_ref().rc.with(|p| *p) }
    }

    /// The count of a live object without a handle (for the collector).
    #[inline]
    pub(crate) fn refcount_of(p: NonNull<Obj>) -> usize {
        // SAFETY: the caller passes a live object; the GIL serialises
        // count accesses.
        unsafe { p.as_ref().rc.with(|r| *r) }
    }

    /// True for an immortal object.
    pub fn is_immortal(&self) -> bool {
        self.refcount() >= IMMORTAL_RC / 2
    }

    /// Same object?
    #[inline(always)]
    pub fn ptr_eq(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    /// A new counted reference to the object at `p` (INCREF).
    ///
    /// # Safety
    /// `p` must be the address (`as_ptr`) of an object that is live now.
    #[inline(always)]
    pub unsafe fn from_live_ptr(p: *const Obj) -> ObjRef {
        // SAFETY: the caller guarantees `p` is a live object; the borrowed
        // handle is never dropped, only cloned (which counts the new one).
        let borrowed =
            core::mem::ManuallyDrop::new(ObjRef(unsafe { NonNull::new_unchecked(p.cast_mut()) }));
        ObjRef::clone(&borrowed)
    }

    /// The object's address (Python's `id`).
    #[inline]
    pub fn as_ptr(&self) -> *const Obj {
        self.0.as_ptr()
    }

    /// Releases an immortal object at interpreter teardown: drains its
    /// payload (so its children are released normally) and frees it.
    ///
    /// # Safety
    /// No other reference to the object may be used afterwards.
    pub unsafe fn free_immortal(self) {
        let ptr = self.0;
        core::mem::forget(self);
        // SAFETY: the caller guarantees exclusive ownership.
        unsafe { free_object(ptr) }
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> Self {
        // SAFETY: the pointer is live while `self` holds a count; the GIL
        // serialises count updates.
        unsafe { self.0.as_ref().rc.with_mut(|p| *p += 1) };
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: as in `clone`; when the count reaches zero this was the
        // last reference, so nobody else can observe the object.
        unsafe {
            let last = self.0.as_ref().rc.with_mut(|p| {
                *p -= 1;
                *p == 0
            });
            if last {
                release(self.0);
            }
        }
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} at {:p}>", self.payload().kind_name(), self.as_ptr())
    }
}

/// Instances waiting for their `__del__` to run, and the flag the VM polls.
/// One per interpreter; a class with `__del__` holds a pointer to it.
#[derive(Default)]
pub struct DelQueue {
    /// Resurrected objects whose finaliser has not run yet.
    pub pending: RefCell<Vec<ObjRef>>,
    /// Set when `pending` is non-empty (checked by the eval loop).
    pub flag: Cell<bool>,
}

/// Called when an object's count reaches zero: queues it for `__del__` or frees it.
///
/// # Safety
/// `ptr` must be a live object whose count just reached zero.
#[cold]
unsafe fn release(ptr: NonNull<Obj>) {
    // SAFETY: the count just reached zero; we own the object exclusively.
    let obj = unsafe { ptr.as_ref() };
    let queue = match &obj.payload {
        Payload::Instance(inst) => inst.needs_finalizer(),
        Payload::Generator(g) => g.needs_finalizer(),
        _ => None,
    };
    if let Some(q) = queue {
        // Resurrect with one reference owned by the queue.
        // SAFETY: exclusive ownership (count was zero).
        unsafe { obj.rc.with_mut(|p| *p = 1) };
        // SAFETY: the queue outlives every instance of the interpreter.
        let q = unsafe { q.as_ref() };
        q.pending.borrow_mut().push(ObjRef(ptr));
        q.flag.set(true);
        return;
    }
    // SAFETY: exclusive ownership.
    unsafe { free_object(ptr) }
}

/// Frees an object whose count reached zero, and iteratively every child
/// whose count reaches zero as a result.
///
/// # Safety
/// `first` must come from `ObjRef::new`/`new_immortal` and nobody may use it
/// afterwards.
unsafe fn free_object(first: NonNull<Obj>) {
    let mut work: Vec<NonNull<Obj>> = Vec::new();
    // The most recent child waits here, the earlier ones in `work`: the
    // same last-in-first-out order as `work` alone, but freeing a chain
    // (an instance and its `__dict__`) allocates nothing.
    let mut spare: Option<NonNull<Obj>> = None;
    let mut next = Some(first);
    while let Some(ptr) = next {
        // SAFETY: `ptr` came from `Box::leak` and its count is zero.
        let mut boxed = unsafe { Box::from_raw(ptr.as_ptr()) };
        let slot = boxed.gc.get();
        if slot != 0 {
            gc::untrack_freed(slot);
        }
        live_objects::died();
        boxed.payload.drain(&mut |v| {
            if let Value::Obj(child) = v {
                let cptr = child.0;
                core::mem::forget(child);
                // SAFETY: we held one count on the child and give it up here.
                let last = unsafe {
                    cptr.as_ref().rc.with_mut(|p| {
                        *p -= 1;
                        *p == 0
                    })
                };
                if last {
                    // SAFETY: count reached zero.
                    let child_obj = unsafe { cptr.as_ref() };
                    let finalize = match &child_obj.payload {
                        Payload::Instance(inst) => inst.needs_finalizer().is_some(),
                        Payload::Generator(g) => g.needs_finalizer().is_some(),
                        _ => false,
                    };
                    if finalize {
                        // SAFETY: count reached zero; `release` resurrects it.
                        unsafe { release(cptr) };
                    } else if let Some(prev) = spare.replace(cptr) {
                        work.push(prev);
                    }
                }
            }
        });
        drop(boxed);
        next = spare.take().or_else(|| work.pop());
    }
}

/// Every heap object layout. One variant per built-in type family; the data
/// structs live in one file each. Large, rarely allocated layouts are boxed
/// so that every object (a str, a tuple, a bound method) stays small: the
/// object size is the largest variant's.
pub enum Payload {
    /// `str`.
    Str(str::StrObj),
    /// `bytes`.
    Bytes(bytes::BytesObj),
    /// `bytearray`.
    ByteArray(bytes::ByteArrayObj),
    /// An `int` beyond i64.
    Int(BigInt),
    /// `tuple`.
    Tuple(tuple::TupleObj),
    /// `list`.
    List(list::ListObj),
    /// `dict`.
    Dict(dict::DictObj),
    /// `set`.
    Set(set::SetObj),
    /// `frozenset`.
    FrozenSet(set::SetObj),
    /// `range`.
    Range(range::RangeObj),
    /// `memoryview`.
    MemoryView(memoryview::MemoryViewObj),
    /// `slice`.
    Slice(slice::SliceObj),
    /// Built-in iterators (list/tuple/str/range/dict iterators, enumerate, zip, map, ...).
    Iter(iter::IterObj),
    /// dict views (`keys()`, `values()`, `items()`).
    DictView(dict::DictViewObj),
    /// A Python function.
    Function(Box<function::FunctionObj>),
    /// A function implemented in Rust.
    Native(function::NativeFnObj),
    /// A bound method.
    BoundMethod(function::BoundMethodObj),
    /// A code object.
    Code(Box<crate::bytecode::CodeObject>),
    /// A class (type object).
    Type(Box<class::TypeObj>),
    /// An instance of a Python class whose nearest built-in base is `object`.
    Instance(instance::InstanceObj),
    /// An exception instance.
    Exception(Box<exception::ExceptionObj>),
    /// A traceback entry.
    Traceback(exception::TracebackObj),
    /// A module.
    Module(module::ModuleObj),
    /// A closure cell.
    Cell(cell::CellObj),
    /// `property`, `staticmethod`, `classmethod`, `super` objects.
    Descriptor(class::DescriptorObj),
    /// A generator (or, later, coroutine).
    Generator(Box<crate::vm::generator::GeneratorObj>),
    /// `NotImplemented`, `Ellipsis`, and the VM's internal NULL marker.
    Marker(Marker),
    /// A plain `object()` instance.
    Object,
    /// A host function or an instance of a Rust class (the embedding API).
    Host(native::HostObj),
    /// `coroutine.__await__()` and the asynchronous generator awaitables
    /// (`asend`, `athrow`, `aclose`).
    AwaitOp(Box<crate::vm::coroutine::AwaitOpObj>),
    /// `complex`.
    Complex(complex::ComplexObj),
}

/// Singleton marker objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// `NotImplemented`.
    NotImplemented,
    /// `Ellipsis` / `...`.
    Ellipsis,
    /// The VM's internal "no value" marker; never visible to Python.
    Null,
}

impl Payload {
    /// A short name of the layout (for debugging).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::Int(_) => "int",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Range(_) => "range",
            Payload::MemoryView(_) => "memoryview",
            Payload::Slice(_) => "slice",
            Payload::Iter(_) => "iterator",
            Payload::DictView(_) => "dict_view",
            Payload::Function(_) => "function",
            Payload::Native(_) => "builtin_function_or_method",
            Payload::BoundMethod(_) => "method",
            Payload::Code(_) => "code",
            Payload::Type(_) => "type",
            Payload::Instance(_) => "instance",
            Payload::Exception(_) => "exception",
            Payload::Traceback(_) => "traceback",
            Payload::Module(_) => "module",
            Payload::Cell(_) => "cell",
            Payload::Descriptor(_) => "descriptor",
            Payload::Generator(_) => "generator",
            Payload::Marker(_) => "marker",
            Payload::Object => "object",
            Payload::Host(_) => "host",
            Payload::AwaitOp(_) => "await_op",
            Payload::Complex(_) => "complex",
        }
    }

    /// Moves every `Value` this payload owns into `sink`, leaving the payload
    /// without references (used for iterative freeing, and later by the cycle
    /// collector to break cycles). A payload that misses some child still
    /// frees correctly, only recursively.
    pub fn drain(&mut self, sink: &mut dyn FnMut(Value)) {
        match self {
            Payload::Tuple(t) => t.drain(sink),
            Payload::List(l) => l.drain(sink),
            Payload::Dict(d) => d.drain(sink),
            Payload::Set(s) | Payload::FrozenSet(s) => s.drain(sink),
            Payload::Iter(i) => i.drain(sink),
            Payload::MemoryView(m) => m.drain(sink),
            Payload::DictView(v) => v.drain(sink),
            Payload::Function(f) => f.drain(sink),
            Payload::BoundMethod(m) => m.drain(sink),
            Payload::Instance(i) => i.drain(sink),
            Payload::Exception(e) => e.drain(sink),
            Payload::Traceback(t) => t.drain(sink),
            Payload::Cell(c) => c.drain(sink),
            Payload::Descriptor(d) => d.drain(sink),
            Payload::Module(m) => m.drain(sink),
            Payload::Type(t) => t.drain(sink),
            Payload::Generator(g) => g.drain(sink),
            Payload::AwaitOp(a) => a.drain(sink),
            _ => {}
        }
    }
}

/// Moves the values out of a vector into a sink.
pub fn drain_vec(v: &mut Vec<Value>, sink: &mut dyn FnMut(Value)) {
    for x in v.drain(..) {
        sink(x);
    }
}

/// Moves a value out (leaving `None`) into a sink.
pub fn drain_value(v: &mut Value, sink: &mut dyn FnMut(Value)) {
    sink(core::mem::take(v));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_stays_small() {
        assert!(core::mem::size_of::<Payload>() <= 80);
        // With the two header words: 96 bytes.
        assert!(core::mem::size_of::<Obj>() <= 96);
    }

    #[test]
    fn object_header_is_two_words() {
        // The count and the cycle collector's slot word.
        assert_eq!(
            core::mem::size_of::<Obj>(),
            core::mem::size_of::<Payload>() + 2 * core::mem::size_of::<usize>()
        );
    }

    #[test]
    fn value_is_16_bytes() {
        assert_eq!(core::mem::size_of::<Value>(), 16);
    }

    #[test]
    fn value_clone_counts_references() {
        let o = ObjRef::new(Payload::Object);
        let v = Value::Obj(o.clone());
        assert_eq!(o.refcount(), 2);
        let w = v.clone();
        assert_eq!(o.refcount(), 3);
        assert!(w.is(&v));
        drop((v, w));
        assert_eq!(o.refcount(), 1);
        assert!(matches!(Value::Bool(true).clone(), Value::Bool(true)));
        assert!(matches!(Value::Int(-7).clone(), Value::Int(-7)));
    }
}
