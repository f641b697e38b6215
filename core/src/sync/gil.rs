//! The Global Interpreter Lock: a FIFO ticket lock with forced, handed-off
//! switching (CPython's GIL semantics without its convoy effect).
//!
//! One [`Gil`] per interpreter. Every thread that runs Python code or touches
//! objects (including their plain-memory reference counts) holds it. The
//! protocol, for the VM:
//!
//! * [`Gil::acquire`] / [`Gil::release`] around a thread's Python execution;
//! * on backward jumps and calls the eval loop polls
//!   [`Gil::eval_breaker`] (a `Relaxed` load) and, when it is set, calls
//!   [`Gil::check_eval_breaker`], which hands the GIL to a waiter that has
//!   waited longer than the switch interval;
//! * every blocking platform call runs inside [`Gil::release_around`].
//!
//! Design (see `docs/gil.md`): waiters take a ticket and are served in
//! order; a waiter spins briefly, then parks in `Platform::wait` on the
//! `now_serving` word with a timeout of the switch interval; when it has
//! waited a whole interval behind the same holder it raises a drop request.
//! The holder answers by releasing (which *gives* the lock to the next ticket)
//! and queueing again at the back, so it cannot take the lock back before
//! every earlier waiter has run. A thread coming back from a blocking call
//! ([`Gil::reacquire`]) asks at once instead of after an interval, so an
//! I/O-bound thread is not slowed down by a CPU-bound one (no convoy).

use core::num::NonZeroU32;

use super::Ordering::{Acquire, Relaxed, Release, SeqCst};
use super::{fence, mutants, rmw, spin_loop, AtomicBool, AtomicU32};
use crate::platform::Platform;

/// The default switch interval: 5 ms, as in CPython.
pub const DEFAULT_SWITCH_INTERVAL_NS: u64 = 5_000_000;

/// How often a waiter back from a blocking call repeats its request that
/// the holder hand over (see [`Gil::reacquire`]).
const URGENT_RETRY_NS: u64 = 200_000;

/// How many times a waiter re-reads the lock word before parking. Under loom
/// spinning only multiplies interleavings without adding behaviours, so the
/// models park at once. (A function, not a const, so the loom build's 0 does
/// not trip clippy's always-false comparison lint.)
#[inline(always)]
pub(super) fn spin_limit() -> u32 {
    if cfg!(all(test, loom)) {
        0
    } else {
        100
    }
}

/// Identifies one Python thread of an interpreter to its locks (non-zero; the
/// VM hands them out, e.g. from a counter in the interpreter).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ThreadToken(NonZeroU32);

impl ThreadToken {
    /// The token for thread number `id`; `None` for 0, which means "nobody".
    pub const fn new(id: u32) -> Option<ThreadToken> {
        match NonZeroU32::new(id) {
            Some(n) => Some(ThreadToken(n)),
            None => None,
        }
    }

    /// The token's number.
    pub const fn get(self) -> u32 {
        self.0.get()
    }
}

/// The Global Interpreter Lock of one interpreter.
#[derive(Debug)]
pub struct Gil {
    /// The next ticket to hand out. A thread owns the GIL while
    /// `now_serving` equals its ticket; `next_ticket - now_serving` is the
    /// number of threads holding or queued.
    next_ticket: AtomicU32,
    /// The ticket being served; the word waiters park on.
    now_serving: AtomicU32,
    /// The holder's [`ThreadToken`] (0 when free): for assertions only.
    owner: AtomicU32,
    /// Set by a waiter that has waited a whole switch interval.
    drop_request: AtomicBool,
    /// Polled by the eval loop; set together with `drop_request` (and by
    /// [`Gil::request_break`]).
    eval_breaker: AtomicBool,
    /// The switch interval in microseconds (CPython's unit too).
    switch_interval_us: AtomicU32,
    /// How many forced hand-offs happened (statistics and tests).
    forced_switches: AtomicU32,
}

impl Default for Gil {
    fn default() -> Self {
        Gil::new()
    }
}

impl Gil {
    /// A free GIL with the default switch interval.
    pub fn new() -> Gil {
        Gil {
            next_ticket: AtomicU32::new(0),
            now_serving: AtomicU32::new(0),
            owner: AtomicU32::new(0),
            drop_request: AtomicBool::new(false),
            eval_breaker: AtomicBool::new(false),
            switch_interval_us: AtomicU32::new((DEFAULT_SWITCH_INTERVAL_NS / 1000) as u32),
            forced_switches: AtomicU32::new(0),
        }
    }

    /// Takes the GIL for thread `me`, waiting in FIFO order behind earlier
    /// callers. Must not be called by the holder (the GIL is not reentrant).
    pub fn acquire(&self, p: &dyn Platform, me: ThreadToken) {
        self.acquire_as(p, me, false);
    }

    /// Takes the GIL back after a blocking call (what
    /// [`Gil::release_around`] does): like [`Gil::acquire`], but a thread
    /// that has to wait asks the holder to hand over at once instead of
    /// after a whole switch interval. A thread that blocks often (I/O) gets
    /// the GIL back within microseconds of its wake-up even beside a
    /// CPU-bound thread: no convoy effect. Still FIFO: it only shortens the
    /// holders' turns, it overtakes nobody.
    pub fn reacquire(&self, p: &dyn Platform, me: ThreadToken) {
        self.acquire_as(p, me, true);
    }

    fn acquire_as(&self, p: &dyn Platform, me: ThreadToken, urgent: bool) {
        debug_assert!(!self.is_held_by(me), "GIL acquired twice by one thread");
        // Relaxed: the ticket only fixes our place in the queue; the data the
        // GIL protects is published by the `now_serving` Release/Acquire pair.
        // (Whether the releaser must wake us is settled by SeqCst fences, see
        // `wait_for_turn` and `release`.)
        let ticket = rmw::fetch_add(p, &self.next_ticket, 1, Relaxed);
        // Acquire: pairs with the Release store in `release`, so everything
        // the previous holder wrote (refcounts, objects) is visible to us.
        if self.now_serving.load(mutants::GIL_ACQUIRE) != ticket {
            self.wait_for_turn(p, ticket, urgent);
        }
        // Relaxed: `owner` is only compared with the caller's own token, and
        // a thread always sees its own latest store.
        self.owner.store(me.get(), Relaxed);
        // A drop request raised against the previous holder is stale now.
        // Relaxed: it is only a hint; a waiter that still wants the GIL
        // raises it again (an urgent one after `URGENT_RETRY_NS`).
        self.drop_request.store(false, Relaxed);
    }

    #[cold]
    fn wait_for_turn(&self, p: &dyn Platform, ticket: u32, urgent: bool) {
        let mut spins = 0;
        let mut fenced = false;
        // The ticket we have been waiting behind, and since when.
        let mut behind = self.now_serving.load(Relaxed);
        let mut since = p.monotonic_ns();
        // Whether we asked `behind` to drop the GIL yet.
        let mut asked = false;
        loop {
            // Acquire: as in `acquire`.
            let serving = self.now_serving.load(mutants::GIL_ACQUIRE);
            if serving == ticket {
                return;
            }
            if serving != behind {
                // A new holder: its tenure starts now.
                behind = serving;
                since = p.monotonic_ns();
                asked = false;
            }
            if spins < spin_limit() {
                spins += 1;
                spin_loop();
                continue;
            }
            if !fenced {
                // SeqCst fence between taking our ticket and the load that
                // decides to park; pairs with the fence in `release` between
                // its `now_serving` store and its `next_ticket` load. Either
                // the releaser sees our ticket (and wakes us) or our re-load
                // after this fence sees its store (and we do not park): no
                // lost wake-up (the store-buffering pattern needs both fences).
                if !mutants::GIL_NO_FENCE {
                    fence(SeqCst);
                }
                fenced = true;
                continue;
            }
            let interval = self.switch_interval_ns();
            // When to ask the holder to drop the GIL: after a whole interval
            // behind it; an urgent waiter (back from a blocking call) at
            // once, then again every `URGENT_RETRY_NS` (a holder that took
            // over just after our request clears it when it acquires).
            let due = match (urgent, asked) {
                (false, _) => interval,
                (true, false) => 0,
                (true, true) => URGENT_RETRY_NS.min(interval),
            };
            let now = p.monotonic_ns();
            let waited = now.saturating_sub(since);
            let timeout = if waited >= due {
                self.request_drop();
                asked = true;
                since = now;
                if urgent {
                    URGENT_RETRY_NS.min(interval)
                } else {
                    interval
                }
            } else {
                due - waited
            };
            p.wait(&self.now_serving, serving, Some(timeout));
        }
    }

    /// Releases the GIL held by `me`, giving it to the next waiter if any.
    pub fn release(&self, p: &dyn Platform, me: ThreadToken) {
        debug_assert!(
            self.is_held_by(me),
            "GIL released by a thread that does not hold it"
        );
        let _ = me;
        // Relaxed: see `acquire`; ordered before the Release store below.
        self.owner.store(0, Relaxed);
        // Relaxed load: only the holder writes `now_serving`, and we read our
        // own ticket from it when we acquired.
        let next = self.now_serving.load(Relaxed).wrapping_add(1);
        // Release: publishes every write made under the GIL (plain-memory
        // refcounts included) to the thread whose Acquire load reads `next`.
        self.now_serving.store(next, mutants::GIL_RELEASE);
        if !mutants::GIL_NO_FENCE {
            // Pairs with the fence in `wait_for_turn` (see there).
            fence(SeqCst);
        }
        // Relaxed: the fences above order this load against waiters' tickets.
        if self.next_ticket.load(Relaxed) != next && !mutants::GIL_NO_WAKE {
            // Somebody is queued. Any waiter may be parked on the word and
            // only the one holding ticket `next` can proceed, so wake all.
            p.wake(&self.now_serving, u32::MAX);
        }
    }

    /// Releases the GIL, runs `f` (a blocking platform call: sleep, I/O, a
    /// lock wait, join, input), and takes the GIL back with
    /// [`Gil::reacquire`]; the re-acquire also happens if `f` unwinds. This is CPython's `Py_BEGIN_ALLOW_THREADS`.
    /// `f` must not touch Python objects.
    pub fn release_around<R>(&self, p: &dyn Platform, me: ThreadToken, f: impl FnOnce() -> R) -> R {
        struct Reacquire<'a> {
            gil: &'a Gil,
            p: &'a dyn Platform,
            me: ThreadToken,
        }
        impl Drop for Reacquire<'_> {
            fn drop(&mut self) {
                self.gil.reacquire(self.p, self.me);
            }
        }
        self.release(p, me);
        let _back = Reacquire { gil: self, p, me };
        f()
    }

    /// The flag the eval loop polls on backward jumps and calls, with a
    /// `Relaxed` load; when set, call [`Gil::check_eval_breaker`].
    #[inline(always)]
    pub fn eval_breaker(&self) -> &AtomicBool {
        &self.eval_breaker
    }

    /// Sets the eval breaker for a reason other than a drop request (the
    /// caller keeps its own flag for the reason and checks it after
    /// [`Gil::check_eval_breaker`]).
    pub fn request_break(&self) {
        // Release: whatever the requester wrote before is visible to the
        // holder that clears the flag with Acquire.
        self.eval_breaker.store(true, Release);
    }

    /// The eval loop's slow path when [`Gil::eval_breaker`] is set: clears
    /// the flag and, if a waiter asked for the GIL, hands it over
    /// ([`Gil::yield_to_waiter`]). Returns true if the GIL was handed off
    /// (and taken back).
    pub fn check_eval_breaker(&self, p: &dyn Platform, me: ThreadToken) -> bool {
        // Acquire: pairs with the Release in `request_drop`/`request_break`,
        // so the drop request raised before the flag is visible. The swap
        // reads the latest value, so a request raised after it stays pending.
        if !rmw::swap_bool(p, &self.eval_breaker, false, Acquire) {
            return false;
        }
        self.should_yield() && self.yield_to_waiter(p, me)
    }

    /// True when a waiter has asked the holder to drop the GIL.
    #[inline]
    pub fn should_yield(&self) -> bool {
        // Relaxed: a hint; ordering comes from the eval breaker's Acquire.
        self.drop_request.load(Relaxed)
    }

    /// Hands the GIL to the next waiter and queues behind it: the caller gets
    /// the GIL back only after that waiter (and every other earlier waiter)
    /// has held it. Returns false (keeping the GIL) if nobody is queued.
    pub fn yield_to_waiter(&self, p: &dyn Platform, me: ThreadToken) -> bool {
        self.drop_request.store(false, Relaxed);
        // Relaxed: a stale view only means "no waiter yet"; a waiter that is
        // missed raises its request again after another interval.
        let mine = self.now_serving.load(Relaxed);
        if self.next_ticket.load(Relaxed) == mine.wrapping_add(1) {
            return false;
        }
        // Only the holder writes it: a load and a store suffice.
        let n = self.forced_switches.load(Relaxed);
        self.forced_switches.store(n.wrapping_add(1), Relaxed);
        if mutants::GIL_NO_HANDOFF {
            return true;
        }
        // Releasing serves the next ticket (the waiter, which owns the GIL
        // from that moment); our new ticket is behind every queued waiter.
        self.release(p, me);
        self.acquire(p, me);
        true
    }

    fn request_drop(&self) {
        // Relaxed, then the Release store of the breaker publishes it.
        self.drop_request.store(true, Relaxed);
        self.eval_breaker.store(true, Release);
    }

    /// True if thread `me` holds the GIL (for debug assertions).
    #[inline]
    pub fn is_held_by(&self, me: ThreadToken) -> bool {
        // Relaxed: only `me` stores `me`, and a thread sees its own stores.
        self.owner.load(Relaxed) == me.get()
    }

    /// True if some thread holds the GIL (racy: for diagnostics).
    pub fn is_locked(&self) -> bool {
        self.next_ticket.load(Relaxed) != self.now_serving.load(Relaxed)
    }

    /// How many threads are queued behind the holder (racy: for diagnostics).
    pub fn waiters(&self) -> u32 {
        let queued = self
            .next_ticket
            .load(Relaxed)
            .wrapping_sub(self.now_serving.load(Relaxed));
        queued.saturating_sub(1)
    }

    /// How many forced hand-offs ([`Gil::yield_to_waiter`]) have happened.
    pub fn forced_switches(&self) -> u32 {
        self.forced_switches.load(Relaxed)
    }

    /// The switch interval (`sys.getswitchinterval`), in nanoseconds.
    pub fn switch_interval_ns(&self) -> u64 {
        u64::from(self.switch_interval_us.load(Relaxed)) * 1000
    }

    /// Sets the switch interval (`sys.setswitchinterval`), in nanoseconds;
    /// kept in whole microseconds, clamped to 1 µs ..= about 71 minutes.
    pub fn set_switch_interval_ns(&self, ns: u64) {
        let us = (ns / 1000).clamp(1, u64::from(u32::MAX)) as u32;
        // Relaxed: an independent setting, read afresh on every wait.
        self.switch_interval_us.store(us, Relaxed);
    }
}
