//! The virtual machine: interpreter state ([`Interp`], shared by the threads
//! of one interpreter), per-thread state ([`Vm`]), errors ([`PyErr`]), and the
//! helpers every built-in uses to make objects and raise exceptions.

pub(crate) mod cache;
pub mod call;
pub mod coroutine;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod import;
pub(crate) mod init;
pub mod limits;
pub mod ops;
mod pattern;
pub mod threads;
pub mod traceback;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;
use core::ptr::NonNull;

use hashbrown::HashMap;

use crate::object::class::{flags, BaseKind, TypeObj};
use crate::object::dict::DictObj;
use crate::object::exception::{ExcKind, ExceptionObj};
use crate::object::function::{NativeFn, NativeFnObj};
use crate::object::list::ListObj;
use crate::object::module::ModuleObj;
use crate::object::str::StrObj;
use crate::object::tuple::TupleObj;
use crate::object::{DelQueue, Marker, ObjRef, Payload, PyCell, Value};
use crate::platform::Platform;

/// The result of anything that can raise a Python exception.
pub type PyResult<T> = Result<T, PyErr>;

/// A raised Python exception: a reference to the exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(pub ObjRef);

impl PyErr {
    /// The exception instance.
    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }
}

/// The built-in type objects of one interpreter.
pub struct Types {
    /// `object`.
    pub object: ObjRef,
    /// `type`.
    pub type_: ObjRef,
    /// `NoneType`.
    pub none: ObjRef,
    /// `bool`.
    pub bool_: ObjRef,
    /// `int`.
    pub int: ObjRef,
    /// `float`.
    pub float: ObjRef,
    /// `str`.
    pub str_: ObjRef,
    /// `bytes`.
    pub bytes: ObjRef,
    /// `bytearray`.
    pub bytearray: ObjRef,
    /// `tuple`.
    pub tuple: ObjRef,
    /// `list`.
    pub list: ObjRef,
    /// `dict`.
    pub dict: ObjRef,
    /// `set`.
    pub set: ObjRef,
    /// `frozenset`.
    pub frozenset: ObjRef,
    /// `range`.
    pub range: ObjRef,
    /// `memoryview`.
    pub memoryview: ObjRef,
    /// `slice`.
    pub slice: ObjRef,
    /// `list_iterator`.
    pub list_iterator: ObjRef,
    /// `tuple_iterator`.
    pub tuple_iterator: ObjRef,
    /// `str_iterator`.
    pub str_iterator: ObjRef,
    /// `bytes_iterator`.
    pub bytes_iterator: ObjRef,
    /// `range_iterator`.
    pub range_iterator: ObjRef,
    /// `dict_keyiterator`.
    pub dict_keyiterator: ObjRef,
    /// `dict_valueiterator`.
    pub dict_valueiterator: ObjRef,
    /// `dict_itemiterator`.
    pub dict_itemiterator: ObjRef,
    /// `set_iterator`.
    pub set_iterator: ObjRef,
    /// `enumerate`.
    pub enumerate: ObjRef,
    /// `zip`.
    pub zip: ObjRef,
    /// `map`.
    pub map: ObjRef,
    /// `filter`.
    pub filter: ObjRef,
    /// `reversed`.
    pub reversed: ObjRef,
    /// `callable_iterator`.
    pub callable_iterator: ObjRef,
    /// `dict_keys`.
    pub dict_keys: ObjRef,
    /// `dict_values`.
    pub dict_values: ObjRef,
    /// `dict_items`.
    pub dict_items: ObjRef,
    /// `function`.
    pub function: ObjRef,
    /// `builtin_function_or_method`.
    pub native: ObjRef,
    /// `method`.
    pub method: ObjRef,
    /// `code`.
    pub code: ObjRef,
    /// `module`.
    pub module: ObjRef,
    /// `cell`.
    pub cell: ObjRef,
    /// `generator`.
    pub generator: ObjRef,
    /// `property`.
    pub property: ObjRef,
    /// `staticmethod`.
    pub staticmethod: ObjRef,
    /// `classmethod`.
    pub classmethod: ObjRef,
    /// `super`.
    pub super_: ObjRef,
    /// `traceback`.
    pub traceback: ObjRef,
    /// `NotImplementedType`.
    pub not_implemented: ObjRef,
    /// `ellipsis`.
    pub ellipsis: ObjRef,
    /// Exception types, indexed by `ExcKind as usize`.
    pub exc: Vec<ObjRef>,
    /// `coroutine`.
    pub coroutine: ObjRef,
    /// `async_generator`.
    pub async_generator: ObjRef,
    /// `coroutine_wrapper` (what `coroutine.__await__()` returns).
    pub coroutine_wrapper: ObjRef,
    /// `async_generator_asend`.
    pub async_generator_asend: ObjRef,
    /// `async_generator_athrow`.
    pub async_generator_athrow: ObjRef,
    /// `anext_awaitable` (`anext(it, default)`).
    pub anext_awaitable: ObjRef,
    /// `complex`.
    pub complex: ObjRef,
}

/// Interpreter configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Initial `sys.getrecursionlimit()`.
    pub recursion_limit: u32,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Resource limits (instructions, time, memory, object sizes); all off
    /// by default. See [`limits`].
    pub limits: limits::Limits,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            recursion_limit: 1000,
            argv: Vec::new(),
            limits: limits::Limits::default(),
        }
    }
}

/// State shared by all threads of one interpreter. Everything here is
/// either immutable after start-up or touched only under the GIL.
pub struct Interp {
    /// The host.
    pub platform: Box<dyn Platform>,
    /// Built-in types.
    pub types: Types,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// Interned strings (names); immortal.
    interned: PyCell<HashMap<Box<str>, ObjRef>>,
    /// Objects waiting for `__del__`.
    pub del_queue: Box<DelQueue>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: Cell<u32>,
    /// `sys.get_int_max_str_digits()` (0: no limit).
    pub int_max_str_digits: Cell<usize>,
    /// `NotImplemented`.
    pub not_implemented: ObjRef,
    /// `Ellipsis`.
    pub ellipsis: ObjRef,
    /// The VM's internal NULL marker.
    pub null: ObjRef,
    /// The empty tuple.
    pub empty_tuple: ObjRef,
    /// The configuration it was made with.
    pub config: Config,
    /// Source text of compiled files by file name, for tracebacks.
    pub sources: PyCell<HashMap<String, String>>,
    /// The Global Interpreter Lock.
    pub gil: crate::sync::Gil,
    /// Thread bookkeeping (`_thread` locks, thread count, tokens).
    pub threads: threads::ThreadsState,
    /// Resource limits and their counters.
    pub limits: limits::LimitState,
    /// The embedding API's per-interpreter state (registered Rust classes,
    /// the queue of handles released off the GIL). Declared before
    /// `immortals`: it drops while the built-in types still exist.
    pub api: crate::api::ApiState,
    /// Every immortal object. Declared last: fields drop in order, so every
    /// other field has released its references before the pool frees them.
    immortals: ImmortalPool,
    /// Bumped by every mutation of a class namespace: attribute caches
    /// stamped with an older value are stale. Boxed for a stable address;
    /// declared after `immortals` so it outlives the freeing of the types.
    type_epoch: Box<Cell<usize>>,
    /// The last dict layout version handed out (see `DictTable::version`).
    pub(crate) dict_versions: Cell<usize>,
    /// The cycle collector's table of tracked containers. Boxed for a
    /// stable address (its chunks point back to it); declared last so it
    /// outlives every object the other fields free.
    pub gc: Box<crate::object::gc::GcHeap>,
}

/// The interpreter's immortal objects, freed when it is dropped.
struct ImmortalPool(PyCell<Vec<ObjRef>>);

impl Drop for ImmortalPool {
    fn drop(&mut self) {
        for o in core::mem::take(&mut *self.0.get_mut()) {
            // SAFETY: the interpreter is gone: its fields have dropped their
            // references, `Interp::drop` cleared every reference between
            // immortals, and no value of this interpreter may outlive it
            // (the embedding API's contract).
            unsafe { o.free_immortal() };
        }
    }
}

// SAFETY: the shared state is only touched by the thread holding the GIL.
unsafe impl Sync for Interp {}
// SAFETY: as above.
unsafe impl Send for Interp {}

fn new_type(
    name: &str,
    base: Option<&ObjRef>,
    kind: BaseKind,
    extra_flags: u32,
    imm: &mut Vec<ObjRef>,
) -> ObjRef {
    let (bases, mro) = match base {
        Some(b) => {
            let mut mro = alloc::vec![b.clone()];
            if let Payload::Type(bt) = b.payload() {
                mro.extend(bt.mro.get().iter().cloned());
            }
            (alloc::vec![b.clone()], mro)
        }
        None => (Vec::new(), Vec::new()),
    };
    let t = ObjRef::new_immortal(Payload::Type(TypeObj::new(
        name,
        bases,
        mro,
        kind,
        flags::BUILTIN | extra_flags,
    )));
    imm.push(t.clone());
    t
}

impl Interp {
    /// Creates the interpreter state: built-in types, `builtins`, `sys`.
    pub fn new(platform: Box<dyn Platform>, config: Config) -> Box<Interp> {
        let mut imm = Vec::new();
        let type_epoch: Box<Cell<usize>> = Box::new(Cell::new(1));
        let epoch_ptr = NonNull::from(&*type_epoch);
        let b = flags::BASETYPE;
        let object = new_type("object", None, BaseKind::Object, b, &mut imm);
        let o = Some(&object);
        let t = |name: &str, kind: BaseKind, fl: u32, imm: &mut Vec<ObjRef>| {
            new_type(name, o, kind, fl, imm)
        };
        let int = t("int", BaseKind::Builtin, b, &mut imm);
        let mut exc: Vec<ObjRef> = Vec::new();
        for k in ExcKind::ALL {
            let parent = k.parent().map(|p| exc[p as usize].clone());
            let ty = new_type(
                k.name(),
                Some(parent.as_ref().unwrap_or(&object)),
                BaseKind::Exception,
                b,
                &mut imm,
            );
            exc.push(ty);
        }
        let types = Types {
            type_: t("type", BaseKind::Builtin, b, &mut imm),
            none: t("NoneType", BaseKind::Builtin, 0, &mut imm),
            bool_: new_type("bool", Some(&int), BaseKind::Builtin, 0, &mut imm),
            float: t("float", BaseKind::Builtin, b, &mut imm),
            str_: t("str", BaseKind::Builtin, b, &mut imm),
            bytes: t("bytes", BaseKind::Builtin, b, &mut imm),
            bytearray: t("bytearray", BaseKind::Builtin, b, &mut imm),
            tuple: t("tuple", BaseKind::Builtin, b, &mut imm),
            list: t("list", BaseKind::Builtin, b, &mut imm),
            dict: t("dict", BaseKind::Builtin, b, &mut imm),
            set: t("set", BaseKind::Builtin, b, &mut imm),
            frozenset: t("frozenset", BaseKind::Builtin, b, &mut imm),
            range: t("range", BaseKind::Builtin, 0, &mut imm),
            memoryview: t("memoryview", BaseKind::Builtin, 0, &mut imm),
            slice: t("slice", BaseKind::Builtin, 0, &mut imm),
            list_iterator: t("list_iterator", BaseKind::Builtin, 0, &mut imm),
            tuple_iterator: t("tuple_iterator", BaseKind::Builtin, 0, &mut imm),
            str_iterator: t("str_iterator", BaseKind::Builtin, 0, &mut imm),
            bytes_iterator: t("bytes_iterator", BaseKind::Builtin, 0, &mut imm),
            range_iterator: t("range_iterator", BaseKind::Builtin, 0, &mut imm),
            dict_keyiterator: t("dict_keyiterator", BaseKind::Builtin, 0, &mut imm),
            dict_valueiterator: t("dict_valueiterator", BaseKind::Builtin, 0, &mut imm),
            dict_itemiterator: t("dict_itemiterator", BaseKind::Builtin, 0, &mut imm),
            set_iterator: t("set_iterator", BaseKind::Builtin, 0, &mut imm),
            enumerate: t("enumerate", BaseKind::Builtin, b, &mut imm),
            zip: t("zip", BaseKind::Builtin, b, &mut imm),
            map: t("map", BaseKind::Builtin, b, &mut imm),
            filter: t("filter", BaseKind::Builtin, b, &mut imm),
            reversed: t("reversed", BaseKind::Builtin, b, &mut imm),
            callable_iterator: t("callable_iterator", BaseKind::Builtin, 0, &mut imm),
            dict_keys: t("dict_keys", BaseKind::Builtin, 0, &mut imm),
            dict_values: t("dict_values", BaseKind::Builtin, 0, &mut imm),
            dict_items: t("dict_items", BaseKind::Builtin, 0, &mut imm),
            function: t("function", BaseKind::Builtin, 0, &mut imm),
            native: t("builtin_function_or_method", BaseKind::Builtin, 0, &mut imm),
            method: t("method", BaseKind::Builtin, 0, &mut imm),
            code: t("code", BaseKind::Builtin, 0, &mut imm),
            module: t("module", BaseKind::Builtin, b, &mut imm),
            cell: t("cell", BaseKind::Builtin, 0, &mut imm),
            generator: t("generator", BaseKind::Builtin, 0, &mut imm),
            property: t("property", BaseKind::Builtin, b, &mut imm),
            staticmethod: t("staticmethod", BaseKind::Builtin, b, &mut imm),
            classmethod: t("classmethod", BaseKind::Builtin, b, &mut imm),
            super_: t("super", BaseKind::Builtin, b, &mut imm),
            traceback: t("traceback", BaseKind::Builtin, 0, &mut imm),
            not_implemented: t("NotImplementedType", BaseKind::Builtin, 0, &mut imm),
            ellipsis: t("ellipsis", BaseKind::Builtin, 0, &mut imm),
            coroutine: t("coroutine", BaseKind::Builtin, 0, &mut imm),
            async_generator: t("async_generator", BaseKind::Builtin, 0, &mut imm),
            coroutine_wrapper: t("coroutine_wrapper", BaseKind::Builtin, 0, &mut imm),
            async_generator_asend: t("async_generator_asend", BaseKind::Builtin, 0, &mut imm),
            async_generator_athrow: t("async_generator_athrow", BaseKind::Builtin, 0, &mut imm),
            anext_awaitable: t("anext_awaitable", BaseKind::Builtin, 0, &mut imm),
            complex: t("complex", BaseKind::Builtin, b, &mut imm),
            object,
            int,
            exc,
        };
        let mk = |p: Payload, imm: &mut Vec<ObjRef>| {
            let o = ObjRef::new_immortal(p);
            imm.push(o.clone());
            o
        };
        let not_implemented = mk(Payload::Marker(Marker::NotImplemented), &mut imm);
        let ellipsis = mk(Payload::Marker(Marker::Ellipsis), &mut imm);
        let null = mk(Payload::Marker(Marker::Null), &mut imm);
        let empty_tuple = mk(Payload::Tuple(TupleObj::new(Vec::new())), &mut imm);
        let builtins = mk(Payload::Dict(DictObj::new()), &mut imm);
        let modules = mk(Payload::Dict(DictObj::new()), &mut imm);
        for o in &imm {
            if let Payload::Type(t) = o.payload() {
                t.attach_epoch(epoch_ptr);
            }
        }
        let recursion_limit = Cell::new(config.recursion_limit);
        let stop_type = new_type(
            "LimitExceeded",
            Some(&types.exc[ExcKind::BaseException as usize]),
            BaseKind::Exception,
            0,
            &mut imm,
        );
        let limits = limits::LimitState::new(config.limits.clone(), &*platform);
        let interp = Box::new(Interp {
            platform,
            types,
            builtins,
            modules,
            interned: PyCell::new(HashMap::new()),
            del_queue: Box::default(),
            recursion_limit,
            int_max_str_digits: Cell::new(crate::object::int::MAX_STR_DIGITS),
            type_epoch,
            dict_versions: Cell::new(0),
            not_implemented,
            ellipsis,
            null,
            empty_tuple,
            config,
            sources: PyCell::new(HashMap::new()),
            gil: crate::sync::Gil::new(),
            threads: threads::ThreadsState::default(),
            limits,
            api: crate::api::ApiState::default(),
            immortals: ImmortalPool(PyCell::new(imm)),
            gc: Box::default(),
        });
        interp.limits.attach(&interp.gil, stop_type);
        interp
    }

    /// The interned `str` object for a name (immortal).
    pub fn intern(&self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.get().get(s) {
            return o.clone();
        }
        let o = ObjRef::new_immortal(Payload::Str(StrObj::new(String::from(s))));
        self.interned.get_mut().insert(Box::from(s), o.clone());
        self.immortals.0.get_mut().push(o.clone());
        o
    }

    /// The built-in exception type for a kind.
    pub fn exc_type(&self, kind: ExcKind) -> &ObjRef {
        &self.types.exc[kind as usize]
    }

    /// The current type epoch (attribute caches stamped with another
    /// value are stale).
    #[inline(always)]
    pub fn type_epoch(&self) -> usize {
        self.type_epoch.get()
    }

    /// The type epoch, for [`TypeObj::attach_epoch`] on new classes.
    pub fn type_epoch_ptr(&self) -> NonNull<Cell<usize>> {
        NonNull::from(&*self.type_epoch)
    }

    /// A pointer to the finaliser queue (for classes with `__del__`).
    pub fn del_queue_ptr(&self) -> NonNull<DelQueue> {
        NonNull::from(&*self.del_queue)
    }
}

impl Drop for Interp {
    fn drop(&mut self) {
        self.limits.detach();
        // Phase 1, while every immortal is still alive: clear the namespaces
        // and the references between immortals (type dicts, bases, MROs), so
        // that mortal objects are released normally and no immortal refers
        // to another. Phase 2 is `ImmortalPool::drop`, after the fields.
        for d in [&self.builtins, &self.modules] {
            if let Payload::Dict(d) = d.payload() {
                let old = d.table.get_mut().take_all();
                drop(old);
            }
        }
        let imm: Vec<ObjRef> = self.immortals.0.get().clone();
        for o in &imm {
            if let Payload::Type(t) = o.payload() {
                let old = t.dict().table.get_mut().take_all();
                drop(old);
                let bases = core::mem::take(&mut *t.bases.get_mut());
                let mro = core::mem::take(&mut *t.mro.get_mut());
                let cache = t.take_cache();
                drop((bases, mro, cache));
            }
        }
        drop(imm);
        // Cycles left over: collected without their `__del__` (no thread
        // state is left to run it on).
        self.gc.collect(true, &mut |objs| {
            for o in objs {
                match o.payload() {
                    Payload::Instance(i) => i.finalized.set(true),
                    Payload::Generator(g) => g.finalized.set(true),
                    _ => {}
                }
            }
        });
        self.interned.get_mut().clear();
        // Objects resurrected for `__del__` during teardown are released
        // without running it: there is no thread state left to run it on.
        loop {
            let next = self.del_queue.pending.borrow_mut().pop();
            let Some(o) = next else { break };
            if let Payload::Instance(i) = o.payload() {
                i.finalized.set(true);
            }
            if let Payload::Generator(g) = o.payload() {
                g.finalized.set(true);
            }
            drop(o);
        }
        self.del_queue.flag.set(false);
    }
}

/// Per-thread VM state. Every built-in function receives `&mut Vm`.
pub struct Vm {
    interp: NonNull<Interp>,
    /// The exceptions currently being handled (innermost last), for bare
    /// `raise` and `sys.exc_info()`.
    pub handled: Vec<Value>,
    /// Current Python call depth (frames plus native re-entries).
    pub depth: u32,
    /// Objects whose `repr` is in progress (addresses), to print `[...]`
    /// for self-containing containers.
    pub repr_stack: Vec<usize>,
    /// The eval loop's frame stack and pools.
    pub eval: frame::EvalState,
    /// This thread's GIL token (the main thread's is 1).
    pub token: crate::sync::ThreadToken,
    /// Fuel left before the eval loop's next limit check (see [`limits`]).
    pub(crate) fuel: i64,
    /// The fuel handed out at the last check.
    pub(crate) fuel_base: i64,
    /// The memory meter bound to this host thread before ours.
    pub(crate) prev_meter: *const limits::Meter,
}

impl Vm {
    /// A VM (thread state) for an interpreter.
    ///
    /// # Safety
    /// `interp` must outlive the returned `Vm`.
    pub unsafe fn new(interp: &Interp) -> Vm {
        let mut vm = Vm {
            interp: NonNull::from(interp),
            handled: Vec::new(),
            depth: 0,
            repr_stack: Vec::new(),
            eval: frame::EvalState::default(),
            token: threads::MAIN_TOKEN,
            fuel: 0,
            fuel_base: 0,
            prev_meter: core::ptr::null(),
        };
        vm.fuel = vm.initial_fuel();
        vm.fuel_base = vm.fuel;
        vm
    }

    /// The shared interpreter state. The returned reference is not tied to
    /// `self`'s borrow: the interpreter outlives every `Vm` (see [`Vm::new`]).
    #[inline(always)]
    pub fn interp<'a>(&self) -> &'a Interp {
        // SAFETY: `Vm::new`'s contract: the interpreter outlives the Vm.
        unsafe { &*self.interp.as_ptr() }
    }

    /// The built-in types.
    #[inline(always)]
    pub fn types<'a>(&self) -> &'a Types {
        &self.interp().types
    }

    /// The interned name object.
    pub fn intern(&self, s: &str) -> ObjRef {
        self.interp().intern(s)
    }

    // ----- making objects -----

    /// A new `str`.
    pub fn new_str(&self, s: impl Into<String>) -> Value {
        Value::from_payload(Payload::Str(StrObj::new(s.into())))
    }

    /// A new `tuple`.
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.interp().empty_tuple.clone());
        }
        let v = Value::from_payload(Payload::Tuple(TupleObj::new(items)));
        self.gc_track(&v);
        v
    }

    /// A new `list`.
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        let v = Value::from_payload(Payload::List(ListObj::new(items)));
        self.gc_track(&v);
        v
    }

    /// A new empty `dict`.
    pub fn new_dict(&self) -> Value {
        let v = Value::from_payload(Payload::Dict(DictObj::new()));
        self.gc_track(&v);
        v
    }

    /// Hands a new container to the cycle collector (see
    /// [`crate::object::gc`]); when the thresholds ask for a collection it
    /// runs at the eval loop's next safe point.
    #[inline]
    pub fn gc_track(&self, v: &Value) {
        if let Value::Obj(o) = v {
            let interp = self.interp();
            if interp.gc.track(o) {
                interp.del_queue.flag.set(true);
            }
        }
    }

    /// A native function object.
    pub fn new_native(&self, name: &'static str, f: NativeFn) -> Value {
        Value::from_payload(Payload::Native(NativeFnObj {
            name,
            f,
            bound: None,
            owner: None,
        }))
    }

    /// A new module object with `__name__` set.
    pub fn new_module(&self, name: &str) -> ObjRef {
        let dict = ObjRef::new(Payload::Dict(DictObj::new()));
        if let Payload::Dict(d) = dict.payload() {
            d.set_str(self.intern("__name__"), self.new_str(name));
            d.set_str(self.intern("__doc__"), Value::None);
        }
        let m = ObjRef::new(Payload::Module(ModuleObj { dict }));
        self.gc_track(&Value::Obj(m.clone()));
        m
    }

    /// Sets `dict[name] = value` on a dict object by str name.
    pub fn dict_set_str(&self, dict: &ObjRef, name: &str, value: Value) {
        if let Payload::Dict(d) = dict.payload() {
            d.set_str(self.intern(name), value);
        }
    }

    /// Registers native methods in a type's namespace.
    pub fn add_methods(
        &self,
        ty: &ObjRef,
        owner: &'static str,
        methods: &[(&'static str, NativeFn)],
    ) {
        if let Payload::Type(t) = ty.payload() {
            for &(name, f) in methods {
                let v = Value::from_payload(Payload::Native(NativeFnObj {
                    name,
                    f,
                    bound: None,
                    owner: Some(owner),
                }));
                t.dict().set_str(self.intern(name), v);
            }
        }
    }

    /// `NotImplemented`.
    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.interp().not_implemented.clone())
    }

    /// True for the `NotImplemented` singleton.
    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if o.ptr_eq(&self.interp().not_implemented))
    }

    // ----- raising -----

    /// A new exception of a built-in kind with a message (`args == (msg,)`).
    pub fn new_exc(&self, kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let args = self.new_tuple(alloc::vec![self.new_str(msg)]);
        self.new_exc_args(kind, args)
    }

    /// A new exception of a built-in kind with the given `args` tuple.
    pub fn new_exc_args(&self, kind: ExcKind, args: Value) -> PyErr {
        let cls = self.interp().exc_type(kind).clone();
        let e = ObjRef::new(Payload::Exception(ExceptionObj::new(cls, args)));
        self.gc_track(&Value::Obj(e.clone()));
        PyErr(e)
    }

    /// `TypeError(msg)`.
    #[cold]
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(ExcKind::TypeError, msg)
    }

    /// `ValueError(msg)`.
    #[cold]
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(ExcKind::ValueError, msg)
    }

    /// `IndexError(msg)`.
    #[cold]
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(ExcKind::IndexError, msg)
    }

    /// `KeyError(key)`.
    #[cold]
    pub fn key_error(&self, key: Value) -> PyErr {
        let args = self.new_tuple(alloc::vec![key]);
        self.new_exc_args(ExcKind::KeyError, args)
    }

    /// `AttributeError(msg)`.
    #[cold]
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(ExcKind::AttributeError, msg)
    }

    /// `OverflowError(msg)`.
    #[cold]
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(ExcKind::OverflowError, msg)
    }

    /// `ZeroDivisionError(msg)`.
    #[cold]
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc(ExcKind::ZeroDivisionError, msg)
    }

    /// Is `err` an instance of the built-in exception `kind` (or a subclass)?
    pub fn err_matches(&self, err: &PyErr, kind: ExcKind) -> bool {
        let target = self.interp().exc_type(kind);
        let cls = match err.0.payload() {
            Payload::Exception(e) => e.class.get().clone(),
            _ => return false,
        };
        ops::is_subtype(&cls, target)
    }
}
