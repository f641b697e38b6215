//! Resource limits for untrusted code: the per-interpreter [`Limits`] (part
//! of [`Config`](super::Config)), their enforcement, the typed
//! [`LimitKind`] a host gets back, and the [`CancelHandle`] that stops a
//! running script from another host thread.
//!
//! How each limit is enforced:
//!
//! * **Instructions, time, cancel** ride on the eval breaker. Each thread
//!   state keeps a small fuel counter that the eval loop decrements at its
//!   existing poll points (backward jumps, by the loop body's length in
//!   instructions; frame entries and resumptions, by one). When the fuel
//!   runs out, or the GIL's eval-breaker flag is set, the loop takes the
//!   cold path ([`Vm::poll_slow`]) which adds the spent fuel to the
//!   interpreter's count, reads the monotonic clock, and checks the cancel
//!   flag. Without limits the fuel quantum is large, so the slow path runs
//!   once per [`QUANTUM`] units: the fast path is one decrement and a test.
//! * **Memory**: a [`Meter`] per interpreter counts live heap bytes. The
//!   host's allocator feeds it for the thread that currently runs the
//!   interpreter (the std shim's `CountingAlloc`; the core binds the meter to
//!   a thread through [`Platform::set_thread_meter`]); crossing the hard
//!   total raises the eval breaker at once. Large single requests (str,
//!   bytes, list and tuple repeats, joins, big-int results) are checked
//!   before they are made ([`Vm::check_size`]): one that would not fit
//!   raises a catchable `MemoryError`, like a failed `malloc` in CPython.
//! * **Sizes**: `max_str_len`, `max_bytes_len`, `max_list_len` and
//!   `max_int_bits` bound single objects made by the bulk operations above
//!   (a `MemoryError` too).
//!
//! A hard limit (instructions, time, total memory) or a host cancel
//! *stops* the interpreter: the error is raised in the thread that noticed
//! it, every other thread raises it at its next poll or blocking-wait slice,
//! and while stopped the eval loop unwinds through every `except` and
//! `finally` handler without running it. The stop is permanent: the
//! interpreter refuses to run more Python code afterwards.
//!
//! [`Platform::set_thread_meter`]: crate::platform::Platform::set_thread_meter

use core::cell::Cell;
use core::fmt;

use crate::object::class::flags;
use crate::object::exception::ExcKind;
use crate::object::{ObjRef, Payload};
use crate::platform::Platform;
use crate::sync::{AtomicBool, AtomicU32, AtomicUsize, Gil, Ordering};
use crate::vm::{PyErr, PyResult, Vm};

/// Fuel units between two slow-path checks when no instruction budget is
/// closer: the clock and the cancel flag are looked at this often.
pub const QUANTUM: i64 = 1 << 14;

/// How long a blocking wait (lock acquire, sleep) sleeps before it looks
/// at the stop flag again.
pub const WAIT_SLICE_NS: u64 = 20_000_000;

/// The limits of one interpreter (all off by default).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Hard: stop after about this many bytecode instructions (counted at
    /// the eval breaker: each loop iteration is charged its body's length,
    /// each frame entry or resumption one).
    pub max_instructions: Option<u64>,
    /// Hard: stop when this many nanoseconds of the platform's monotonic
    /// clock have passed since the interpreter was made.
    pub max_time_ns: Option<u64>,
    /// Hard: stop when the live heap of the interpreter exceeds this many
    /// bytes. A single request that would cross it raises `MemoryError`
    /// instead (checked before allocating).
    pub max_memory_bytes: Option<usize>,
    /// Soft: raise a catchable `MemoryError` (once per crossing) when the
    /// live heap exceeds this many bytes. Meaningful below
    /// `max_memory_bytes`.
    pub soft_memory_bytes: Option<usize>,
    /// The longest `str` (in UTF-8 bytes) a bulk operation may make.
    pub max_str_len: Option<usize>,
    /// The longest `bytes`/`bytearray` a bulk operation may make.
    pub max_bytes_len: Option<usize>,
    /// The longest `list`/`tuple` a bulk operation may make.
    pub max_list_len: Option<usize>,
    /// The largest `int` (in bits) an arithmetic operation may make. Also
    /// bounds the time of one big-int operation.
    pub max_int_bits: Option<u64>,
}

impl Limits {
    /// True when any limit is set.
    pub fn any(&self) -> bool {
        *self != Limits::default()
    }
}

/// Which hard limit stopped a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LimitKind {
    /// `Limits::max_instructions`.
    Instructions = 1,
    /// `Limits::max_time_ns`.
    Time = 2,
    /// `Limits::max_memory_bytes`.
    Memory = 3,
    /// The host called [`CancelHandle::cancel`].
    Cancelled = 4,
}

impl LimitKind {
    fn from_u32(n: u32) -> Option<LimitKind> {
        Some(match n {
            1 => LimitKind::Instructions,
            2 => LimitKind::Time,
            3 => LimitKind::Memory,
            4 => LimitKind::Cancelled,
            _ => return None,
        })
    }

    /// The error text (also `str()` of the exception).
    pub fn message(self) -> &'static str {
        match self {
            LimitKind::Instructions => "instruction limit exceeded",
            LimitKind::Time => "time limit exceeded",
            LimitKind::Memory => "memory limit exceeded",
            LimitKind::Cancelled => "cancelled by the host",
        }
    }
}

impl fmt::Display for LimitKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// The name of the (unexported) exception class of a hard stop.
const STOP_TYPE_NAME: &str = "LimitExceeded";

impl PyErr {
    /// The hard limit behind this error, if it is a limit stop (the typed
    /// error a host gets back from `Interpreter::run_source` and friends).
    pub fn limit_kind(&self) -> Option<LimitKind> {
        let Payload::Exception(x) = self.0.payload() else {
            return None;
        };
        let cls = x.class.get().clone();
        match cls.payload() {
            Payload::Type(t)
                if t.flags.get() & flags::BUILTIN != 0 && *t.name.get() == STOP_TYPE_NAME => {}
            _ => return None,
        }
        let args = x.args.get().clone();
        let msg = match args.payload() {
            Some(Payload::Tuple(t)) => t.items().first().and_then(|m| m.as_str()),
            _ => None,
        }?;
        (1..=4)
            .filter_map(LimitKind::from_u32)
            .find(|k| k.message() == msg)
    }
}

/// Live heap bytes of one interpreter, fed by the host's allocator.
///
/// All methods may be called from any thread, at any time (they only use
/// atomics), including from inside a global allocator.
pub struct Meter {
    /// Live bytes (a wrapping count: frees of memory allocated before the
    /// meter was bound may take it "below zero", read as 0).
    used: AtomicUsize,
    /// The hard total (`usize::MAX`: none).
    hard: usize,
    /// The interpreter's eval-breaker flag, raised when `used` crosses
    /// `hard` (the next poll then compares `used` with `hard` itself, so a
    /// brief spike that is freed before it does not stop the script).
    breaker: Cell<*const AtomicBool>,
}

// SAFETY: `breaker` is written once by `Interp::new` before the interpreter
// is shared and points into the same boxed interpreter as the meter; the
// rest is atomics.
unsafe impl Sync for Meter {}
// SAFETY: as above.
unsafe impl Send for Meter {}

impl Meter {
    fn new(hard: Option<usize>) -> Meter {
        Meter {
            used: AtomicUsize::new(0),
            hard: hard.unwrap_or(usize::MAX),
            breaker: Cell::new(core::ptr::null()),
        }
    }

    /// Counts `n` newly allocated bytes.
    #[inline]
    pub fn charge(&self, n: usize) {
        let now = self.add(n);
        if (now as isize) > 0 && now > self.hard {
            self.over_limit();
        }
    }

    /// Counts `n` freed bytes.
    #[inline]
    pub fn credit(&self, n: usize) {
        self.add(n.wrapping_neg());
    }

    /// Adds `n` (wrapping) and returns the new count. Relaxed: a statistic;
    /// the breaker store in `over_limit` publishes the crossing.
    #[cfg(target_has_atomic = "ptr")]
    #[inline]
    fn add(&self, n: usize) -> usize {
        self.used.fetch_add(n, Ordering::Relaxed).wrapping_add(n)
    }

    /// Without compare-and-swap (Cortex-M0+): a load and a store. Only a
    /// counting allocator feeds the meter, and the hosts that have one
    /// (the std shim) have CAS.
    #[cfg(not(target_has_atomic = "ptr"))]
    #[inline]
    fn add(&self, n: usize) -> usize {
        let v = self.used.load(Ordering::Relaxed).wrapping_add(n);
        self.used.store(v, Ordering::Relaxed);
        v
    }

    /// Live bytes counted so far.
    pub fn used(&self) -> usize {
        let u = self.used.load(Ordering::Relaxed);
        if (u as isize) < 0 {
            0
        } else {
            u
        }
    }

    #[cold]
    fn over_limit(&self) {
        let b = self.breaker.get();
        if !b.is_null() {
            // SAFETY: see the `Sync` impl: the flag lives in the same
            // interpreter as the meter.
            unsafe { (*b).store(true, Ordering::Release) };
        }
    }
}

/// State a [`CancelHandle`] shares with its interpreter.
struct Shared {
    /// 0, or the [`LimitKind`] that stopped the interpreter.
    stopped: AtomicU32,
    /// The interpreter's GIL while it lives (cleared by its drop).
    #[cfg(target_has_atomic = "ptr")]
    gil: spin::Mutex<Option<core::ptr::NonNull<Gil>>>,
}

// SAFETY: the GIL pointer is only dereferenced under the mutex, which the
// interpreter's drop takes to clear it; `Gil` itself is `Sync`.
unsafe impl Send for Shared {}
// SAFETY: as above.
unsafe impl Sync for Shared {}

#[cfg(target_has_atomic = "ptr")]
type SharedPtr = alloc::sync::Arc<Shared>;
#[cfg(not(target_has_atomic = "ptr"))]
type SharedPtr = alloc::boxed::Box<Shared>;

/// Stops a running script from any host thread (`Send + Sync`, cheap to
/// clone). Cancelling an interpreter that is gone does nothing.
#[cfg(target_has_atomic = "ptr")]
#[derive(Clone)]
pub struct CancelHandle(SharedPtr);

#[cfg(target_has_atomic = "ptr")]
impl CancelHandle {
    /// Stops the interpreter: every thread raises the limit error
    /// ([`LimitKind::Cancelled`]) at its next eval-breaker poll or wait slice.
    pub fn cancel(&self) {
        let gil = self.0.gil.lock();
        if let Some(g) = *gil {
            // Release: pairs with the Acquire load in `stop_kind`.
            if self.0.stopped.load(Ordering::Acquire) == 0 {
                self.0
                    .stopped
                    .store(LimitKind::Cancelled as u32, Ordering::Release);
            }
            // SAFETY: the interpreter (and its GIL) is alive while the
            // pointer is set; its drop clears it under this same lock.
            unsafe { g.as_ref() }.request_break();
        }
    }

    /// True once the interpreter was stopped (by any limit or a cancel).
    pub fn is_stopped(&self) -> bool {
        self.0.stopped.load(Ordering::Acquire) != 0
    }
}

/// The limit state of one interpreter (a field of `Interp`).
pub struct LimitState {
    /// The configured limits.
    pub config: Limits,
    shared: SharedPtr,
    /// Fuel units spent by all threads (under the GIL).
    executed: Cell<u64>,
    /// The monotonic time the interpreter was made.
    start_ns: u64,
    /// The live-heap meter.
    pub meter: Meter,
    /// A soft `MemoryError` was raised and usage has not dropped below the
    /// soft limit since.
    soft_raised: Cell<bool>,
    /// True when any size or memory check must run ([`Vm::check_size`]).
    sized: bool,
    /// The class of the stop error (set by `Interp::new`).
    stop_type: Cell<Option<ObjRef>>,
}

impl LimitState {
    /// The state for a configuration, starting the clock now.
    pub(crate) fn new(config: Limits, platform: &dyn Platform) -> LimitState {
        let sized = config.max_memory_bytes.is_some()
            || config.max_str_len.is_some()
            || config.max_bytes_len.is_some()
            || config.max_list_len.is_some()
            || config.max_int_bits.is_some();
        LimitState {
            meter: Meter::new(config.max_memory_bytes),
            start_ns: if config.max_time_ns.is_some() {
                platform.monotonic_ns()
            } else {
                0
            },
            config,
            shared: SharedPtr::new(Shared {
                stopped: AtomicU32::new(0),
                #[cfg(target_has_atomic = "ptr")]
                gil: spin::Mutex::new(None),
            }),
            executed: Cell::new(0),
            soft_raised: Cell::new(false),
            sized,
            stop_type: Cell::new(None),
        }
    }

    /// Wires the state to its interpreter's GIL and stop class once the
    /// interpreter has its final (boxed) address.
    pub(crate) fn attach(&self, gil: &Gil, stop_type: ObjRef) {
        self.meter
            .breaker
            .set(gil.eval_breaker() as *const AtomicBool);
        #[cfg(target_has_atomic = "ptr")]
        {
            *self.shared.gil.lock() = Some(core::ptr::NonNull::from(gil));
        }
        self.stop_type.set(Some(stop_type));
    }

    /// Forgets the GIL (the interpreter is being dropped): later cancels do
    /// nothing.
    pub(crate) fn detach(&self) {
        #[cfg(target_has_atomic = "ptr")]
        {
            *self.shared.gil.lock() = None;
        }
        drop(self.stop_type.take());
    }

    /// Clears the meter binding of a Python thread that is about to end
    /// (after its thread state is gone, before it lets go of the GIL).
    pub(crate) fn unbind_exiting_thread(&self, platform: &dyn Platform) {
        if self.config.max_memory_bytes.is_some() || self.config.soft_memory_bytes.is_some() {
            platform.set_thread_meter(core::ptr::null());
        }
    }

    /// A handle that cancels this interpreter from another thread.
    #[cfg(target_has_atomic = "ptr")]
    pub fn cancel_handle(&self) -> CancelHandle {
        CancelHandle(self.shared.clone())
    }

    /// The limit that stopped the interpreter, if any.
    #[inline]
    pub fn stop_kind(&self) -> Option<LimitKind> {
        // Acquire: pairs with the Release store of whoever stopped it.
        LimitKind::from_u32(self.shared.stopped.load(Ordering::Acquire))
    }

    /// True once a hard limit or a cancel stopped the interpreter.
    #[inline]
    pub fn is_stopped(&self) -> bool {
        self.shared.stopped.load(Ordering::Relaxed) != 0
    }

    /// Fuel units (about instructions) spent so far by all threads.
    pub fn executed(&self) -> u64 {
        self.executed.get()
    }

    /// Stops the interpreter for `kind` (the first reason wins) and makes
    /// every thread look.
    fn stop(&self, gil: &Gil, kind: LimitKind) {
        if self.shared.stopped.load(Ordering::Acquire) == 0 {
            self.shared.stopped.store(kind as u32, Ordering::Release);
        }
        gil.request_break();
    }

    /// The fuel to hand a thread after a check: the quantum, or what is left
    /// of the instruction budget if that is less.
    fn refill(&self) -> i64 {
        match self.config.max_instructions {
            Some(max) => {
                let left = max.saturating_sub(self.executed.get());
                (left.min(QUANTUM as u64) as i64).max(1)
            }
            None => QUANTUM,
        }
    }
}

/// What [`Vm::check_size`] is about to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeKind {
    /// A `str` of this many UTF-8 bytes.
    Str,
    /// A `bytes`/`bytearray` of this many bytes.
    Bytes,
    /// A `list`/`tuple` of this many items.
    List,
    /// An `int` of this many bits.
    IntBits,
}

impl Vm {
    /// The initial fuel of a thread state.
    pub(crate) fn initial_fuel(&self) -> i64 {
        self.interp().limits.refill()
    }

    /// The eval loop's slow path (fuel spent or eval breaker set): the GIL
    /// hand-off, then every limit. `Err` is a limit error (or a soft
    /// `MemoryError`) to raise at the current instruction.
    #[cold]
    #[inline(never)]
    pub(crate) fn poll_slow(&mut self) -> PyResult<()> {
        let interp = self.interp();
        interp.gil.check_eval_breaker(&*interp.platform, self.token);
        let l = &interp.limits;
        let spent = (self.fuel_base - self.fuel).max(0) as u64;
        l.executed.set(l.executed.get().saturating_add(spent));
        let r = self.check_limits().and_then(|()| self.take_interrupt());
        let l = &self.interp().limits;
        self.fuel = l.refill();
        self.fuel_base = self.fuel;
        r
    }

    fn check_limits(&mut self) -> PyResult<()> {
        let interp = self.interp();
        let l = &interp.limits;
        if l.config.any() {
            if let Some(max) = l.config.max_instructions {
                if l.executed.get() >= max {
                    l.stop(&interp.gil, LimitKind::Instructions);
                }
            }
            if let Some(max) = l.config.max_time_ns {
                if interp.platform.monotonic_ns().saturating_sub(l.start_ns) >= max {
                    l.stop(&interp.gil, LimitKind::Time);
                }
            }
            if l.meter.used() > l.meter.hard {
                l.stop(&interp.gil, LimitKind::Memory);
            }
            if let Some(soft) = l.config.soft_memory_bytes {
                if l.meter.used() > soft {
                    if !l.soft_raised.get() && !l.is_stopped() {
                        l.soft_raised.set(true);
                        return Err(self.memory_error());
                    }
                } else {
                    l.soft_raised.set(false);
                }
            }
        }
        match l.stop_kind() {
            Some(kind) => {
                // Keep the breaker raised: every poll of every thread comes
                // here again until the interpreter is torn down.
                interp.gil.request_break();
                Err(self.limit_error(kind))
            }
            None => Ok(()),
        }
    }

    /// The error that carries a hard stop (`limit_kind()` tells which).
    #[cold]
    pub fn limit_error(&self, kind: LimitKind) -> PyErr {
        let args = self.new_tuple(alloc::vec![self.new_str(kind.message())]);
        let l = &self.interp().limits;
        let cls = l.stop_type.take();
        l.stop_type.set(cls.clone());
        match cls {
            Some(cls) => PyErr(ObjRef::new(Payload::Exception(
                crate::object::exception::ExceptionObj::new(cls, args),
            ))),
            None => self.new_exc_args(ExcKind::SystemExit, args),
        }
    }

    /// `MemoryError()` (no arguments, as CPython raises it when an
    /// allocation fails).
    #[cold]
    pub fn memory_error(&self) -> PyErr {
        let args = self.new_tuple(alloc::vec::Vec::new());
        self.new_exc_args(ExcKind::MemoryError, args)
    }

    /// True once a hard limit or a cancel stopped the interpreter: the eval
    /// loop then skips every handler, and finalisers do not run.
    #[inline]
    pub fn is_stopped(&self) -> bool {
        self.interp().limits.is_stopped()
    }

    /// The stop error if the interpreter was stopped (for code that just
    /// came back from a blocking wait).
    pub fn check_stopped(&self) -> PyResult<()> {
        match self.interp().limits.stop_kind() {
            Some(k) => Err(self.limit_error(k)),
            None => Ok(()),
        }
    }

    /// Checks a bulk operation about to make an object of `n` units (see
    /// [`SizeKind`]) against the size limits and the memory budget: a
    /// `MemoryError` (catchable) if it may not.
    #[inline]
    pub fn check_size(&self, kind: SizeKind, n: u64) -> PyResult<()> {
        if !self.interp().limits.sized {
            return Ok(());
        }
        self.check_size_slow(kind, n)
    }

    #[cold]
    fn check_size_slow(&self, kind: SizeKind, n: u64) -> PyResult<()> {
        let l = &self.interp().limits;
        let c = &l.config;
        let (max, bytes) = match kind {
            SizeKind::Str => (c.max_str_len.map(|m| m as u64), n),
            SizeKind::Bytes => (c.max_bytes_len.map(|m| m as u64), n),
            SizeKind::List => (c.max_list_len.map(|m| m as u64), n.saturating_mul(16)),
            SizeKind::IntBits => (c.max_int_bits, n / 8),
        };
        if max.is_some_and(|m| n > m) {
            return Err(self.memory_error());
        }
        if let Some(hard) = c.max_memory_bytes {
            let budget = c.soft_memory_bytes.map_or(hard, |s| s.min(hard)) as u64;
            if (l.meter.used() as u64).saturating_add(bytes) > budget {
                return Err(self.memory_error());
            }
        }
        Ok(())
    }

    /// Runs a blocking wait in slices of at most [`WAIT_SLICE_NS`], so that a
    /// stop wakes it: `f(slice)` waits at most `slice` ns and returns
    /// `Some` when done. `timeout_ns` `None` waits forever. Returns `None` if
    /// the full timeout passed, `Err` if the interpreter was stopped. Call
    /// with the GIL released (from inside [`Vm::without_gil`]): it only
    /// touches atomics and the platform.
    pub fn wait_sliced<R>(
        interp: &super::Interp,
        timeout_ns: Option<u64>,
        mut f: impl FnMut(u64) -> Option<R>,
    ) -> Result<Option<R>, LimitKind> {
        let p = &*interp.platform;
        let deadline = timeout_ns.map(|t| p.monotonic_ns().saturating_add(t));
        let l = &interp.limits;
        loop {
            if let Some(max) = l.config.max_time_ns {
                // Only atomics: fine without the GIL.
                if p.monotonic_ns().saturating_sub(l.start_ns) >= max {
                    l.stop(&interp.gil, LimitKind::Time);
                }
            }
            if let Some(k) = l.stop_kind() {
                return Err(k);
            }
            let slice = match deadline {
                Some(d) => {
                    let now = p.monotonic_ns();
                    if now >= d {
                        return Ok(None);
                    }
                    (d - now).min(WAIT_SLICE_NS)
                }
                None => WAIT_SLICE_NS,
            };
            if let Some(r) = f(slice) {
                return Ok(Some(r));
            }
        }
    }

    /// Sleeps `ns` with the GIL released, waking early (with the stop
    /// error) if the interpreter is stopped.
    pub fn sleep_interruptible(&mut self, ns: u64) -> PyResult<()> {
        let interp = self.interp();
        let r = self.without_gil(|| {
            Vm::wait_sliced(interp, Some(ns), |slice| {
                interp.platform.sleep_ns(slice);
                None::<()>
            })
        });
        match r {
            Err(k) => Err(self.limit_error(k)),
            Ok(_) => Ok(()),
        }
    }

    /// After a stop: lets the other Python threads (which raise the stop
    /// error at their next poll) run to their end, for at most about a
    /// second. Called with the GIL held.
    pub fn drain_stopped_threads(&mut self) {
        let interp = self.interp();
        let p = &*interp.platform;
        let deadline = p.monotonic_ns().saturating_add(1_000_000_000);
        while interp.threads.count.get() > 0 && p.monotonic_ns() < deadline {
            self.without_gil(|| p.sleep_ns(1_000_000));
        }
    }

    /// Binds the interpreter's memory meter to the calling host thread (when
    /// a memory limit is set), remembering what was bound before.
    pub(crate) fn bind_meter(&mut self) {
        let interp = self.interp();
        if interp.limits.config.max_memory_bytes.is_some()
            || interp.limits.config.soft_memory_bytes.is_some()
        {
            self.prev_meter = interp
                .platform
                .set_thread_meter(&interp.limits.meter as *const Meter);
        }
    }

    /// Undoes [`Vm::bind_meter`].
    pub(crate) fn unbind_meter(&mut self) {
        let interp = self.interp();
        if interp.limits.config.max_memory_bytes.is_some()
            || interp.limits.config.soft_memory_bytes.is_some()
        {
            interp.platform.set_thread_meter(self.prev_meter);
            self.prev_meter = core::ptr::null();
        }
    }
}
