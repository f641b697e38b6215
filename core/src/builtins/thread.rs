//! The `_thread` module: starting threads (each with its own [`Vm`] and GIL
//! token), `LockType` and `RLock` over `sync::lock`, the private
//! `_CondQueue` behind `threading.Condition` (over [`Condvar`]), and thread
//! ids.
//!
//! A lock object is an instance of a built-in helper class whose `__dict__`
//! holds the id of its native lock in the interpreter's lock table
//! ([`crate::vm::threads::ThreadsState`]); the native lock is freed by the
//! object's `__del__`. Blocking waits release the GIL.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use crate::builtins::{
    check_kwargs, check_pos, dict_get_str, dict_of, new_helper_class, type_name,
};
use crate::object::exception::ExcKind;
use crate::object::function::{Args, NativeFn};
use crate::object::{ObjRef, Payload, Value};
use crate::sync::{rmw, Condvar, Ordering, RLock, RawLock};
use crate::vm::threads::NativeLock;
use crate::vm::{Interp, PyErr, PyResult, Vm};

/// `_thread.TIMEOUT_MAX` in seconds (CPython's value on 64-bit Linux).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

const FUNCS: &[(&str, NativeFn)] = &[
    ("start_new_thread", start_new_thread),
    ("start_new", start_new_thread),
    ("allocate_lock", allocate_lock),
    ("allocate", allocate_lock),
    ("get_ident", get_ident),
    ("get_native_id", get_ident),
    ("exit", thread_exit),
    ("exit_thread", thread_exit),
    ("stack_size", stack_size),
    ("interrupt_main", interrupt_main),
    ("_count", count),
];

const LOCK_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", lock_acquire),
    ("acquire_lock", lock_acquire),
    ("release", lock_release),
    ("release_lock", lock_release),
    ("locked", lock_locked),
    ("locked_lock", lock_locked),
    ("__enter__", lock_acquire),
    ("__exit__", lock_exit),
    ("__repr__", lock_repr),
    ("__del__", lock_del),
];

const RLOCK_METHODS: &[(&str, NativeFn)] = &[
    ("acquire", lock_acquire),
    ("release", lock_release),
    ("__enter__", lock_acquire),
    ("__exit__", lock_exit),
    ("__repr__", lock_repr),
    ("__del__", lock_del),
    ("_is_owned", rlock_is_owned),
    ("_release_save", rlock_release_save),
    ("_acquire_restore", rlock_acquire_restore),
];

const COND_METHODS: &[(&str, NativeFn)] = &[
    ("_wait", cond_wait),
    ("_notify", cond_notify),
    ("__len__", cond_len),
    ("__del__", lock_del),
];

/// Builds the `_thread` module.
pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_thread");
    let Some(d) = dict_of(&Value::Obj(m.clone())) else {
        return Ok(m);
    };
    for &(name, f) in FUNCS {
        vm.dict_set_str(&d, name, vm.new_native(name, f));
    }
    let lock = lock_class(vm, "lock", LOCK_METHODS);
    vm.dict_set_str(&d, "LockType", Value::Obj(lock));
    let rlock = lock_class(vm, "RLock", RLOCK_METHODS);
    if let Payload::Type(t) = rlock.payload() {
        t.dict()
            .set_str(vm.intern("__new__"), vm.new_native("__new__", rlock_new));
    }
    vm.dict_set_str(&d, "RLock", Value::Obj(rlock));
    let cond = lock_class(vm, "_CondQueue", COND_METHODS);
    if let Payload::Type(t) = cond.payload() {
        t.dict()
            .set_str(vm.intern("__new__"), vm.new_native("__new__", cond_new));
    }
    vm.dict_set_str(&d, "_CondQueue", Value::Obj(cond));
    vm.dict_set_str(&d, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    let err = Value::Obj(vm.interp().exc_type(ExcKind::RuntimeError).clone());
    vm.dict_set_str(&d, "error", err);
    Ok(m)
}

fn lock_class(vm: &mut Vm, name: &str, methods: &[(&'static str, NativeFn)]) -> ObjRef {
    let ty = new_helper_class(vm, name, "_thread");
    vm.add_methods(&ty, "lock", methods);
    if let Payload::Type(t) = ty.payload() {
        t.del_queue.set(Some(vm.interp().del_queue_ptr()));
    }
    ty
}

fn thread_module_attr(vm: &Vm, name: &str) -> Option<Value> {
    let m = dict_get_str(&vm.interp().modules, "_thread")?;
    dict_get_str(&dict_of(&m)?, name)
}

/// A new lock object of class `cls` around a native lock.
fn new_lock_object(vm: &mut Vm, cls: &ObjRef, l: NativeLock) -> Value {
    let id = vm.interp().threads.add_lock(l);
    let obj = crate::builtins::new_helper_instance(vm, cls);
    if let Some(d) = dict_of(&obj) {
        vm.dict_set_str(&d, "_lock_id", Value::Int(id as i64));
    }
    obj
}

fn allocate_lock(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "allocate_lock", 0, 0)?;
    let Some(Value::Obj(cls)) = thread_module_attr(vm, "LockType") else {
        return Err(vm.new_exc(ExcKind::SystemError, "_thread.LockType missing"));
    };
    Ok(new_lock_object(vm, &cls, NativeLock::Plain(RawLock::new())))
}

fn rlock_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Type(_)) => c.clone(),
        _ => return Err(vm.type_error("RLock.__new__(X): X is not a type object")),
    };
    Ok(new_lock_object(
        vm,
        &cls,
        NativeLock::Reentrant(RLock::new()),
    ))
}

/// A lock-table entry that is a lock.
enum LockRef<'a> {
    Plain(&'a RawLock),
    Reentrant(&'a RLock),
}

/// The native lock behind a lock object (`args.pos[0]`); a `_CondQueue` is
/// not a lock.
fn native_lock<'a>(vm: &Vm, args: &Args<'_>) -> PyResult<(LockRef<'a>, usize)> {
    match native_entry(vm, args)? {
        (NativeLock::Plain(l), id) => Ok((LockRef::Plain(l), id)),
        (NativeLock::Reentrant(l), id) => Ok((LockRef::Reentrant(l), id)),
        (NativeLock::Cond(_), _) => {
            Err(vm.type_error("descriptor requires a '_thread.lock' object"))
        }
    }
}

/// The entry of the lock table behind `args.pos[0]` (a lock or a
/// `_CondQueue`).
fn native_entry<'a>(vm: &Vm, args: &Args<'_>) -> PyResult<(&'a NativeLock, usize)> {
    let id = args
        .pos
        .first()
        .and_then(dict_of)
        .and_then(|d| dict_get_str(&d, "_lock_id"));
    let Some(Value::Int(id)) = id else {
        return Err(vm.type_error("descriptor requires a '_thread.lock' object"));
    };
    let id = id as usize;
    let interp: &'a Interp = vm.interp();
    match interp.threads.lock_ptr(id) {
        // SAFETY: the boxed lock lives until `free_lock(id)`, which only the
        // owning object's `__del__` calls; that object is `args.pos[0]`,
        // alive for the whole native call.
        Some(p) => Ok((unsafe { &*p }, id)),
        None => Err(vm.new_exc(ExcKind::RuntimeError, "lock already freed")),
    }
}

/// Parses `acquire(blocking=True, timeout=-1)` into a timeout in ns
/// (`None`: wait forever) and the blocking flag.
fn acquire_args(vm: &mut Vm, args: &Args<'_>) -> PyResult<(bool, Option<u64>)> {
    check_kwargs(vm, args, "acquire", &["blocking", "timeout"])?;
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "acquire() takes at most 2 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let mut blocking = args.pos.get(1).cloned();
    let mut timeout = args.pos.get(2).cloned();
    for (k, v) in args.kw {
        match k.payload_str() {
            Some("blocking") => blocking = Some(v.clone()),
            _ => timeout = Some(v.clone()),
        }
    }
    let blocking = match blocking {
        Some(b) => vm.truthy(&b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => {
            // CPython's order: the conversion to nanoseconds, then the
            // blocking/timeout combination, then the range.
            let t = vm.to_f64(&t)?;
            if t.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            if (t * 1e9).abs() >= 9.223_372_036_854_775e18 {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            if t != -1.0 && !blocking {
                return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
            }
            if t < 0.0 && t != -1.0 {
                return Err(vm.value_error("timeout value must be positive"));
            }
            if t > TIMEOUT_MAX {
                return Err(vm.overflow_error("timeout value is too large"));
            }
            if t == -1.0 {
                None
            } else {
                Some((t * 1e9) as u64)
            }
        }
        None => None,
    };
    Ok((blocking, timeout))
}

fn lock_acquire(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (lock, _) = native_lock(vm, &args)?;
    let (blocking, timeout) = acquire_args(vm, &args)?;
    let interp = vm.interp();
    let p = &*interp.platform;
    let me = vm.token;
    let got = match lock {
        LockRef::Plain(l) => {
            if l.try_acquire(p) {
                true
            } else if !blocking {
                false
            } else {
                // In slices, so that a limit stop or a cancel wakes it.
                vm.without_gil(|| {
                    Vm::wait_sliced(interp, timeout, |t| {
                        l.acquire(p, true, Some(t)).then_some(())
                    })
                })
                .map_err(|k| vm.limit_error(k))?
                .is_some()
            }
        }
        LockRef::Reentrant(l) => match l.acquire(p, me, false, None) {
            Ok(true) => true,
            Ok(false) if !blocking => false,
            Ok(false) => vm
                .without_gil(|| {
                    Vm::wait_sliced(interp, timeout, |t| match l.acquire(p, me, true, Some(t)) {
                        Ok(false) => None,
                        r => Some(r),
                    })
                })
                .map_err(|k| vm.limit_error(k))?
                .unwrap_or(Ok(false))
                .map_err(|e| vm.new_exc(ExcKind::RuntimeError, e.message()))?,
            Err(e) => return Err(vm.new_exc(ExcKind::RuntimeError, e.message())),
        },
    };
    Ok(Value::Bool(got))
}

fn lock_release(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "release", 1, 1)?;
    let (lock, _) = native_lock(vm, &args)?;
    let p = &*vm.interp().platform;
    let r = match lock {
        LockRef::Plain(l) => l.release(p),
        LockRef::Reentrant(l) => l.release(p, vm.token),
    };
    r.map_err(|e| vm.new_exc(ExcKind::RuntimeError, e.message()))?;
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = args.pos.first().cloned().unwrap_or(Value::None);
    lock_release(vm, Args::new(core::slice::from_ref(&me)))
}

fn lock_locked(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "locked", 1, 1)?;
    let (lock, _) = native_lock(vm, &args)?;
    Ok(Value::Bool(match lock {
        LockRef::Plain(l) => l.locked(),
        LockRef::Reentrant(l) => l.count(vm.token) > 0,
    }))
}

fn lock_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (lock, _) = native_lock(vm, &args)?;
    let addr = match &args.pos[..1] {
        [Value::Obj(o)] => o.as_ptr() as usize,
        _ => 0,
    };
    let s = match lock {
        LockRef::Plain(l) => {
            let state = if l.locked() { "locked" } else { "unlocked" };
            format!("<{state} _thread.lock object at {addr:#x}>")
        }
        LockRef::Reentrant(l) => {
            let n = l.count(vm.token);
            let state = if n > 0 { "locked" } else { "unlocked" };
            let cls = type_name(vm, &args.pos[0]);
            let owner = if n > 0 {
                vm.interp().platform.thread_id()
            } else {
                0
            };
            format!("<{state} _thread.{cls} object owner={owner} count={n} at {addr:#x}>")
        }
    };
    Ok(vm.new_str(s))
}

fn lock_del(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Ok((_, id)) = native_entry(vm, &args) {
        vm.interp().threads.free_lock(id);
    }
    Ok(Value::None)
}

fn rlock_is_owned(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (lock, _) = native_lock(vm, &args)?;
    Ok(Value::Bool(match lock {
        LockRef::Reentrant(l) => l.is_owned_by(vm.token),
        LockRef::Plain(l) => l.locked(),
    }))
}

fn rlock_release_save(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (lock, _) = native_lock(vm, &args)?;
    let p = &*vm.interp().platform;
    match lock {
        LockRef::Reentrant(l) => {
            let n = l
                .release_all(p, vm.token)
                .map_err(|e| vm.new_exc(ExcKind::RuntimeError, e.message()))?;
            Ok(Value::Int(i64::from(n)))
        }
        LockRef::Plain(_) => Err(vm.type_error("not an RLock")),
    }
}

fn rlock_acquire_restore(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (lock, _) = native_lock(vm, &args)?;
    let n = match args.pos.get(1) {
        Some(Value::Int(n)) => u32::try_from(*n).unwrap_or(1),
        _ => 1,
    };
    let vm_interp = vm.interp();
    let p = &*vm.interp().platform;
    let me = vm.token;
    match lock {
        LockRef::Reentrant(l) => {
            // Sliced like `lock_acquire`: the inner lock first, then the
            // saved count (re-entry never blocks).
            vm.without_gil(|| {
                Vm::wait_sliced(vm_interp, None, |t| {
                    matches!(l.acquire(p, me, true, Some(t)), Ok(true)).then_some(())
                })
            })
            .map_err(|k| vm.limit_error(k))?;
            for _ in 1..n.max(1) {
                let _ = l.acquire(p, me, false, None);
            }
            Ok(Value::None)
        }
        LockRef::Plain(_) => Err(vm.type_error("not an RLock")),
    }
}

fn cond_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Type(_)) => c.clone(),
        _ => return Err(vm.type_error("_CondQueue.__new__(X): X is not a type object")),
    };
    Ok(new_lock_object(vm, &cls, NativeLock::Cond(Condvar::new())))
}

/// The [`Condvar`] behind a `_CondQueue` (`args.pos[0]`).
fn native_cond<'a>(vm: &Vm, args: &Args<'_>) -> PyResult<&'a Condvar> {
    match native_entry(vm, args) {
        Ok((NativeLock::Cond(c), _)) => Ok(c),
        _ => Err(vm.type_error("descriptor requires a '_thread._CondQueue' object")),
    }
}

/// `_CondQueue._wait(release_save, timeout)`: the body of
/// `Condition.wait` after the ownership check. Queues the caller, calls
/// `release_save()` (releasing the condition's lock), blocks with the GIL
/// released until notified or `timeout` seconds (`None`: forever; `0`:
/// poll) pass, and returns `(notified, saved_state)`; the caller then
/// calls `_acquire_restore(saved_state)`.
fn cond_wait(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "_wait", 3, 3)?;
    let cv = native_cond(vm, &args)?;
    let release_save = args.pos[1].clone();
    let timeout = match &args.pos[2] {
        Value::None => None,
        t => {
            let t = vm.to_f64(t)?;
            if t > TIMEOUT_MAX {
                // CPython's message from its lock's timeout conversion.
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            // `Condition.wait` passes only None or a positive number; NaN
            // and anything else not > 0 poll, as in CPython.
            Some(if t > 0.0 { (t * 1e9) as u64 } else { 0 })
        }
    };
    let interp = vm.interp();
    let p = &*interp.platform;
    // A hard limit or cancel elsewhere wakes this waiter (sliced wait).
    let stop = || interp.limits.is_stopped();
    let mut saved = Value::None;
    let notified = cv.wait_stoppable(
        p,
        vm,
        timeout,
        Some((&stop, crate::vm::limits::WAIT_SLICE_NS)),
        |vm| {
            saved = vm.call(&release_save, Args::new(&[]))?;
            Ok(())
        },
        |vm, block| vm.without_gil(block),
    )?;
    if let Some(k) = vm.interp().limits.stop_kind() {
        return Err(vm.limit_error(k));
    }
    Ok(vm.new_tuple(alloc::vec![Value::Bool(notified), saved]))
}

/// `_CondQueue._notify(n)`: wakes the first `n` waiters (FIFO; `n` may be
/// a float, rounded up as CPython's `while n > 0: ...; n -= 1` loop does).
fn cond_notify(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "_notify", 2, 2)?;
    let cv = native_cond(vm, &args)?;
    let n = match &args.pos[1] {
        Value::Int(i) => usize::try_from(*i).unwrap_or(0),
        Value::Bool(b) => usize::from(*b),
        v => {
            let f = vm.to_f64(v)?;
            if f > 0.0 {
                // Saturating float-to-int cast; NaN gives 0.
                libm::ceil(f) as usize
            } else {
                0
            }
        }
    };
    let p = &*vm.interp().platform;
    Ok(Value::Int(cv.notify(p, n) as i64))
}

/// `len(_CondQueue)`: how many threads are waiting.
fn cond_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "__len__", 1, 1)?;
    let cv = native_cond(vm, &args)?;
    let p = &*vm.interp().platform;
    Ok(Value::Int(cv.waiters(p) as i64))
}

fn get_ident(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "get_ident", 0, 0)?;
    Ok(Value::Int(vm.interp().platform.thread_id() as i64))
}

fn thread_exit(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    let args = vm.new_tuple(Vec::new());
    Err(vm.new_exc_args(ExcKind::SystemExit, args))
}

/// `_thread.stack_size([size])`: sets the size (no argument: 0, the
/// platform's default) and returns the previous one; a size must be 0 or
/// at least 32 KiB, as in CPython.
/// The size is recorded; the std shim gives every Python thread a fixed
/// 64 MiB stack, because native re-entry (deep `repr`, comparisons) needs
/// more than CPython's threads do.
fn stack_size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "stack_size", 0, 1)?;
    let threads = &vm.interp().threads;
    let old = threads.stack_size.get();
    // As in CPython, no argument means 0: the setting is reset too.
    let n = match args.pos.first().unwrap_or(&Value::Int(0)) {
        Value::Int(n) => *n,
        Value::Bool(b) => i64::from(*b),
        Value::Obj(o) if matches!(o.payload(), Payload::Int(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C long"));
        }
        v => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            )))
        }
    };
    if n < 0 {
        return Err(vm.value_error("size must be 0 or a positive value"));
    }
    if n != 0 && n < 32768 {
        return Err(vm.value_error(format!("size not valid: {n} bytes")));
    }
    threads.stack_size.set(n as usize);
    Ok(Value::Int(old as i64))
}

/// `_thread.interrupt_main(signum=signal.SIGINT)`: simulates SIGINT
/// arriving in the main thread, which raises `KeyboardInterrupt` at its
/// next eval-breaker check (a blocked call is not interrupted, as in
/// CPython). Other signals have no Python handler here and are ignored.
fn interrupt_main(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_kwargs(vm, &args, "interrupt_main", &["signum"])?;
    check_pos(vm, &args, "interrupt_main", 0, 1)?;
    let signum = match args.pos.first().or_else(|| args.kwarg("signum")) {
        None => 2,
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => i64::from(*b),
        Some(v) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            )))
        }
    };
    if !(1..65).contains(&signum) {
        return Err(vm.value_error("signal number out of range"));
    }
    if signum == 2 {
        let interp = vm.interp();
        interp.threads.interrupt_main.set(true);
        interp.gil.request_break();
    }
    Ok(Value::None)
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "_count", 0, 0)?;
    Ok(Value::Int(vm.interp().threads.count.get() as i64))
}

/// What a new thread runs, moved to its host thread.
struct Start {
    interp: *const Interp,
    token: crate::sync::ThreadToken,
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(ObjRef, Value)>,
}

// SAFETY: the values are only touched by the new thread after it acquires
// the GIL (the spawning thread holds the GIL and gives up its references by
// moving them here); the interpreter outlives its threads (the embedding
// API waits for them or leaks the interpreter).
unsafe impl Send for Start {}

fn start_new_thread(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "start_new_thread", 2, 3)?;
    let func = args.pos[0].clone();
    if !crate::builtins::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let pos = match args.pos[1].payload() {
        Some(Payload::Tuple(t)) => t.items().to_vec(),
        _ => return Err(vm.type_error("2nd arg must be a tuple")),
    };
    let mut kwargs = Vec::new();
    match args.pos.get(2) {
        None | Some(Value::None) => {}
        Some(v) => match v.payload() {
            Some(Payload::Dict(d)) => {
                for (k, val) in d.items() {
                    match k {
                        Value::Obj(k) if k.payload_str().is_some() => kwargs.push((k, val)),
                        _ => return Err(vm.type_error("keywords must be strings")),
                    }
                }
            }
            _ => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
        },
    }
    let interp = vm.interp();
    let start = Start {
        interp: interp as *const Interp,
        token: interp.threads.new_token(),
        func,
        args: pos,
        kwargs,
    };
    interp.threads.count.set(interp.threads.count.get() + 1);
    rmw::fetch_add(&*interp.platform, &interp.threads.live, 1, Ordering::AcqRel);
    match interp.platform.spawn(Box::new(move || thread_main(start))) {
        Ok(id) => Ok(Value::Int(id as i64)),
        Err(e) => {
            interp.threads.count.set(interp.threads.count.get() - 1);
            rmw::fetch_add(
                &*interp.platform,
                &interp.threads.live,
                u32::MAX,
                Ordering::AcqRel,
            );
            let _ = e;
            Err(vm.new_exc(ExcKind::RuntimeError, "can't start new thread"))
        }
    }
}

/// The body of every Python thread: a fresh thread state, the GIL, the call.
fn thread_main(start: Start) {
    // SAFETY: see `Start`'s Send impl: the interpreter outlives the thread.
    let interp = unsafe { &*start.interp };
    // SAFETY: as above.
    let mut vm = unsafe { Vm::new(interp) };
    vm.token = start.token;
    vm.acquire_gil();
    let Start {
        func, args, kwargs, ..
    } = start;
    let r = vm.call(
        &func,
        Args {
            pos: &args,
            kw: &kwargs,
        },
    );
    drop((args, kwargs));
    match r {
        Ok(v) => drop(v),
        Err(e) => report_thread_error(&mut vm, &func, &e),
    }
    drop(func);
    if interp.del_queue.flag.get() {
        vm.run_finalizers();
    }
    drop(vm.handled.drain(..).collect::<Vec<_>>());
    interp.threads.count.set(interp.threads.count.get() - 1);
    let token = vm.token;
    drop(vm);
    interp.limits.unbind_exiting_thread(&*interp.platform);
    interp.gil.release(&*interp.platform, token);
    // The last touch of the interpreter: after this it may be freed.
    rmw::fetch_add(
        &*interp.platform,
        &interp.threads.live,
        u32::MAX,
        Ordering::AcqRel,
    );
}

fn report_thread_error(vm: &mut Vm, func: &Value, e: &PyErr) {
    if vm.err_matches(e, ExcKind::SystemExit) || vm.is_stopped() {
        return;
    }
    vm.write_unraisable(Some("Exception ignored in thread started by"), func, e);
}

/// `sys.setswitchinterval(interval)`: the GIL's switch interval in seconds.
pub fn sys_setswitchinterval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = crate::builtins::one_arg(vm, &args, "setswitchinterval")?;
    let secs = match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => f64::from(u8::from(*b)),
        _ => vm.to_f64(v)?,
    };
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    let ns = (secs * 1e9).min(u64::MAX as f64) as u64;
    vm.interp().gil.set_switch_interval_ns(ns);
    Ok(Value::None)
}

/// `sys.getswitchinterval()`.
pub fn sys_getswitchinterval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    check_pos(vm, &args, "getswitchinterval", 0, 0)?;
    Ok(Value::Float(
        vm.interp().gil.switch_interval_ns() as f64 / 1e9,
    ))
}
