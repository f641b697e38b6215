//! Raw locks for `_thread` and `threading`: [`RawLock`] (`_thread.LockType`),
//! [`RLock`], [`Condvar`] (`threading.Condition`'s wait/notify core),
//! [`Event`] and the one-shot [`Completion`].
//!
//! All are 32-bit words plus `Platform::wait`/`wake` (futex-like). Their
//! blocking methods are called with the GIL released: wrap them in
//! [`super::Gil::release_around`]. Timeouts are measured with
//! `Platform::monotonic_ns`.

use alloc::collections::VecDeque;
use core::cell::Cell;
use core::ptr::NonNull;

use super::gil::spin_limit;
use super::Ordering::{Acquire, Relaxed, Release};
use super::{mutants, rmw, spin_loop, AtomicU32, UnsafeCell};
use crate::platform::Platform;

/// Why a lock release failed. Python raises `RuntimeError` with
/// [`LockError::message`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockError {
    /// `RawLock::release` on an unlocked lock.
    NotLocked,
    /// `RLock::release` by a thread that does not own it.
    NotOwner,
    /// An `RLock` acquired recursively 2**32 - 1 times (`OverflowError`).
    Overflow,
}

impl LockError {
    /// CPython 3.11's message for the error.
    pub fn message(self) -> &'static str {
        match self {
            LockError::NotLocked => "release unlocked lock",
            LockError::NotOwner => "cannot release un-acquired lock",
            LockError::Overflow => "Internal lock count overflowed",
        }
    }
}

/// A deadline `timeout_ns` from now (`None`: wait forever).
fn deadline(p: &dyn Platform, timeout_ns: Option<u64>) -> Option<u64> {
    timeout_ns.map(|t| p.monotonic_ns().saturating_add(t))
}

/// The time left until `deadline`: `Err(())` once it has passed.
fn remaining(p: &dyn Platform, deadline: Option<u64>) -> Result<Option<u64>, ()> {
    match deadline {
        None => Ok(None),
        Some(d) => {
            let now = p.monotonic_ns();
            if now >= d {
                Err(())
            } else {
                Ok(Some(d - now))
            }
        }
    }
}

const UNLOCKED: u32 = 0;
const LOCKED: u32 = 1;
/// Locked, and a waiter may be parked: the release must wake.
const CONTENDED: u32 = 2;

/// A non-reentrant lock that any thread may release (`_thread.LockType`).
///
/// The classic three-state futex mutex: 0 unlocked, 1 locked, 2 locked with
/// (possible) waiters. A waiter marks the word 2 before parking, so a release
/// that swaps out a 2 knows to wake one; the woken thread marks 2 again when
/// it takes the lock, so the chain of wake-ups continues.
#[derive(Debug)]
pub struct RawLock {
    state: AtomicU32,
}

impl Default for RawLock {
    fn default() -> Self {
        RawLock::new()
    }
}

impl RawLock {
    /// An unlocked lock.
    pub fn new() -> RawLock {
        RawLock {
            state: AtomicU32::new(UNLOCKED),
        }
    }

    /// Takes the lock. Non-blocking: one attempt. Blocking: waits until it is
    /// free or `timeout_ns` (if any) elapses. Returns whether it was taken.
    /// Call with the GIL released.
    pub fn acquire(&self, p: &dyn Platform, blocking: bool, timeout_ns: Option<u64>) -> bool {
        if self.try_acquire(p) {
            return true;
        }
        if !blocking {
            return false;
        }
        self.acquire_slow(p, deadline(p, timeout_ns))
    }

    /// One attempt to take a free lock.
    #[inline]
    pub fn try_acquire(&self, p: &dyn Platform) -> bool {
        // Acquire on success: pairs with the Release swap in `release`, so
        // the previous holder's writes are visible to us.
        rmw::compare_exchange(
            p,
            &self.state,
            UNLOCKED,
            LOCKED,
            mutants::LOCK_ACQUIRE,
            Relaxed,
        )
        .is_ok()
    }

    #[cold]
    fn acquire_slow(&self, p: &dyn Platform, deadline: Option<u64>) -> bool {
        let mut spins = 0;
        while spins < spin_limit() {
            spins += 1;
            spin_loop();
            if self.state.load(Relaxed) == UNLOCKED && self.try_acquire(p) {
                return true;
            }
        }
        loop {
            // Mark the lock contended before parking; if it was free we now
            // own it (marked 2, which at worst costs one needless wake).
            // Acquire: as in `try_acquire`.
            if rmw::swap(p, &self.state, CONTENDED, mutants::LOCK_ACQUIRE) == UNLOCKED {
                return true;
            }
            // The deadline is checked only after an attempt, so a release
            // that lands before the deadline is never missed.
            let Ok(timeout) = remaining(p, deadline) else {
                return false;
            };
            // Returns at once if a release changed the word from 2 already.
            p.wait(&self.state, CONTENDED, timeout);
        }
    }

    /// Releases the lock (from any thread).
    pub fn release(&self, p: &dyn Platform) -> Result<(), LockError> {
        // Release: publishes the critical section to the next acquirer. A
        // swap (not a store) so we learn whether anyone may be parked.
        match rmw::swap(p, &self.state, UNLOCKED, mutants::LOCK_RELEASE) {
            UNLOCKED => Err(LockError::NotLocked),
            CONTENDED => {
                if !mutants::LOCK_NO_WAKE {
                    p.wake(&self.state, 1);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// True if the lock is held (racy by nature, like Python's `locked()`).
    pub fn locked(&self) -> bool {
        self.state.load(Relaxed) != UNLOCKED
    }
}

/// A reentrant lock (`threading.RLock`): an owner and a recursion count over
/// a [`RawLock`].
#[derive(Debug)]
pub struct RLock {
    lock: RawLock,
    /// The owner's `ThreadToken` number, 0 when free.
    owner: AtomicU32,
    /// Recursion depth; only the owner reads or writes it.
    count: AtomicU32,
}

impl Default for RLock {
    fn default() -> Self {
        RLock::new()
    }
}

impl RLock {
    /// An unowned lock.
    pub fn new() -> RLock {
        RLock {
            lock: RawLock::new(),
            owner: AtomicU32::new(0),
            count: AtomicU32::new(0),
        }
    }

    /// Takes the lock for `me` (again, if `me` owns it). Returns whether it
    /// was taken, or `Overflow` if the count would overflow. Call with the
    /// GIL released (re-entry never blocks).
    pub fn acquire(
        &self,
        p: &dyn Platform,
        me: super::ThreadToken,
        blocking: bool,
        timeout_ns: Option<u64>,
    ) -> Result<bool, LockError> {
        if self.is_owned_by(me) {
            // Relaxed: only the owner touches `count`.
            let c = self
                .count
                .load(Relaxed)
                .checked_add(1)
                .ok_or(LockError::Overflow)?;
            self.count.store(c, Relaxed);
            return Ok(true);
        }
        if !self.lock.acquire(p, blocking, timeout_ns) {
            return Ok(false);
        }
        // Relaxed: ordered by the inner lock's Acquire/Release.
        self.owner.store(me.get(), Relaxed);
        self.count.store(1, Relaxed);
        Ok(true)
    }

    /// Releases one level; the lock is freed when the count reaches zero.
    pub fn release(&self, p: &dyn Platform, me: super::ThreadToken) -> Result<(), LockError> {
        if !mutants::RLOCK_NO_OWNER_CHECK && !self.is_owned_by(me) {
            return Err(LockError::NotOwner);
        }
        let c = self.count.load(Relaxed).saturating_sub(1);
        self.count.store(c, Relaxed);
        if c > 0 {
            return Ok(());
        }
        // Cleared before the inner release (which orders it for the next owner).
        self.owner.store(0, Relaxed);
        self.lock.release(p)
    }

    /// True if `me` owns the lock (`RLock._is_owned`).
    pub fn is_owned_by(&self, me: super::ThreadToken) -> bool {
        // Relaxed: only `me` stores `me`; it sees its own latest store.
        self.owner.load(Relaxed) == me.get()
    }

    /// The recursion count if `me` owns the lock, else 0.
    pub fn count(&self, me: super::ThreadToken) -> u32 {
        if self.is_owned_by(me) {
            self.count.load(Relaxed)
        } else {
            0
        }
    }

    /// Releases every level at once and returns the count
    /// (`RLock._release_save`, for `Condition.wait`).
    pub fn release_all(&self, p: &dyn Platform, me: super::ThreadToken) -> Result<u32, LockError> {
        if !self.is_owned_by(me) {
            return Err(LockError::NotOwner);
        }
        let c = self.count.load(Relaxed);
        self.count.store(0, Relaxed);
        self.owner.store(0, Relaxed);
        self.lock.release(p)?;
        Ok(c)
    }

    /// Takes the lock and restores a count saved by [`RLock::release_all`]
    /// (`RLock._acquire_restore`). Blocks; call with the GIL released.
    pub fn acquire_restore(&self, p: &dyn Platform, me: super::ThreadToken, count: u32) {
        self.lock.acquire(p, true, None);
        self.owner.store(me.get(), Relaxed);
        self.count.store(count.max(1), Relaxed);
    }
}

/// Waits until `word` reads non-zero (with Acquire) or the deadline passes.
fn wait_nonzero(p: &dyn Platform, word: &AtomicU32, timeout_ns: Option<u64>) -> bool {
    let deadline = deadline(p, timeout_ns);
    let mut spins = 0;
    loop {
        // Acquire: pairs with the Release of `set`/`complete`, so what the
        // setter wrote before setting is visible once we see the flag.
        if word.load(Acquire) != 0 {
            return true;
        }
        if spins < spin_limit() {
            spins += 1;
            spin_loop();
            continue;
        }
        let Ok(timeout) = remaining(p, deadline) else {
            return false;
        };
        // Returns at once if the word is no longer 0: a set that lands
        // between our load and this call is not lost.
        p.wait(word, 0, timeout);
    }
}

/// A flag threads can wait for (`threading.Event`'s core).
#[derive(Debug)]
pub struct Event {
    state: AtomicU32,
}

impl Default for Event {
    fn default() -> Self {
        Event::new()
    }
}

impl Event {
    /// A clear event.
    pub fn new() -> Event {
        Event {
            state: AtomicU32::new(0),
        }
    }

    /// Sets the flag and wakes every waiter.
    pub fn set(&self, p: &dyn Platform) {
        // Release: publishes the setter's writes to waiters that see the
        // flag with Acquire. Only a clear-to-set transition needs a wake.
        if rmw::swap(p, &self.state, 1, mutants::EVENT_SET) == 0 && !mutants::EVENT_NO_WAKE {
            p.wake(&self.state, u32::MAX);
        }
    }

    /// Clears the flag.
    pub fn clear(&self) {
        // Relaxed: clearing publishes nothing; waiters simply wait again.
        self.state.store(0, Relaxed);
    }

    /// True if the flag is set.
    pub fn is_set(&self) -> bool {
        // Acquire: as in `wait`.
        self.state.load(Acquire) != 0
    }

    /// Waits until the flag is set or `timeout_ns` elapses; returns the flag.
    /// Call with the GIL released.
    pub fn wait(&self, p: &dyn Platform, timeout_ns: Option<u64>) -> bool {
        wait_nonzero(p, &self.state, timeout_ns)
    }
}

/// A one-shot signal: completed once, waited for by anyone (thread start
/// and join hand-shakes).
#[derive(Debug)]
pub struct Completion {
    state: AtomicU32,
}

impl Default for Completion {
    fn default() -> Self {
        Completion::new()
    }
}

impl Completion {
    /// A pending completion.
    pub fn new() -> Completion {
        Completion {
            state: AtomicU32::new(0),
        }
    }

    /// Marks it complete and wakes every waiter; later calls do nothing.
    pub fn complete(&self, p: &dyn Platform) {
        // Release: as in `Event::set` (e.g. a thread's result, written before
        // it completes, is visible to the joiner).
        if rmw::swap(p, &self.state, 1, super::Ordering::Release) == 0
            && !mutants::COMPLETION_NO_WAKE
        {
            p.wake(&self.state, u32::MAX);
        }
    }

    /// True once complete.
    pub fn is_complete(&self) -> bool {
        self.state.load(Acquire) != 0
    }

    /// Waits until complete or `timeout_ns` elapses; returns whether it is
    /// complete. Call with the GIL released.
    pub fn wait(&self, p: &dyn Platform, timeout_ns: Option<u64>) -> bool {
        wait_nonzero(p, &self.state, timeout_ns)
    }
}

/// A waiter's word: still queued and waiting.
const WAITING: u32 = 0;
/// Dequeued and notified by [`Condvar::notify`].
const NOTIFIED: u32 = 1;

/// One thread blocked in [`Condvar::wait`]; lives in that call's frame.
struct Waiter {
    /// [`WAITING`] or [`NOTIFIED`]; written only under the queue lock, read
    /// (and waited on) without it by its own thread.
    state: AtomicU32,
}

/// The wait/notify core of `threading.Condition`: a FIFO queue of waiters.
///
/// The protocol is CPython's (a waiter enqueues itself *before* it releases
/// the condition's lock, so a `notify` made under that lock after the
/// release always finds it), with one tightening: a waiter whose timeout
/// expires leaves the queue under the queue lock in the same step that
/// decides it timed out, so `notify` only ever picks waiters that will
/// report being notified. (CPython's `notify` can pick a waiter that has
/// just timed out; its `wait` returns `False` and the notification is lost
/// to the other waiters. Every outcome Gilt produces is one CPython can
/// produce too.)
///
/// Each waiter is a [`Waiter`] on the waiting thread's stack; the queue
/// holds pointers to them. The queue (and every waiter's state) is touched
/// only under `queue_lock`, a [`RawLock`] held for a few instructions and
/// never across a blocking call. A notifier marks the waiter and wakes it
/// while holding that lock, and a waiter always takes the lock once more
/// before it returns, so no waiter's frame dies while a notifier still
/// holds a pointer to it.
pub struct Condvar {
    queue_lock: RawLock,
    queue: UnsafeCell<VecDeque<NonNull<Waiter>>>,
}

// SAFETY: the queue and the waiters it points to are touched only under
// `queue_lock` (the waiters' own thread reads its state word, an atomic,
// without it); a waiter is dequeued before its frame ends (see `wait`).
unsafe impl Sync for Condvar {}
// SAFETY: as above; the pointers are only dereferenced under the lock.
unsafe impl Send for Condvar {}

impl Default for Condvar {
    fn default() -> Self {
        Condvar::new()
    }
}

impl core::fmt::Debug for Condvar {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Condvar")
    }
}

/// Takes the queue lock; released on drop.
struct QueueGuard<'a> {
    cv: &'a Condvar,
    p: &'a dyn Platform,
}

impl Drop for QueueGuard<'_> {
    fn drop(&mut self) {
        // Cannot fail: we hold it.
        let _ = self.cv.queue_lock.release(self.p);
    }
}

impl QueueGuard<'_> {
    fn with<R>(&self, f: impl FnOnce(&mut VecDeque<NonNull<Waiter>>) -> R) -> R {
        // SAFETY: we hold `queue_lock`, so this is the only access.
        self.cv.queue.with_mut(|q| f(unsafe { &mut *q }))
    }
}

impl Condvar {
    /// A condition with no waiters.
    pub fn new() -> Condvar {
        Condvar {
            queue_lock: RawLock::new(),
            queue: UnsafeCell::new(VecDeque::new()),
        }
    }

    fn lock<'a>(&'a self, p: &'a dyn Platform) -> QueueGuard<'a> {
        self.queue_lock.acquire(p, true, None);
        QueueGuard { cv: self, p }
    }

    /// How many threads are waiting (`len(cond._waiters)`).
    pub fn waiters(&self, p: &dyn Platform) -> usize {
        self.lock(p).with(|q| q.len())
    }

    /// `Condition.wait`: queues the caller, calls `release(ctx)` (which
    /// releases the condition's lock, e.g. `_release_save`), then blocks
    /// until notified or until `timeout_ns` (if any; `Some(0)` polls once)
    /// elapses. Returns whether it was notified; the caller re-acquires its
    /// lock afterwards. If `release` fails the caller is dequeued and its
    /// error returned.
    ///
    /// Call with the condition's lock held. The blocking part runs inside
    /// `unlocked(ctx, block)`, which must call `block` exactly once with the
    /// GIL released (the VM passes `Vm::without_gil`).
    pub fn wait<C, E>(
        &self,
        p: &dyn Platform,
        ctx: &mut C,
        timeout_ns: Option<u64>,
        release: impl FnOnce(&mut C) -> Result<(), E>,
        unlocked: impl FnOnce(&mut C, &mut dyn FnMut() -> bool) -> bool,
    ) -> Result<bool, E> {
        self.wait_stoppable(p, ctx, timeout_ns, None, release, unlocked)
    }

    /// [`Condvar::wait`] that also gives up (as if timed out, returning
    /// false) once `stop` returns true; `stop` is polled at least every
    /// `slice_ns` (the interpreter's hard-limit stop flag).
    pub fn wait_stoppable<C, E>(
        &self,
        p: &dyn Platform,
        ctx: &mut C,
        timeout_ns: Option<u64>,
        stop: Option<(&dyn Fn() -> bool, u64)>,
        release: impl FnOnce(&mut C) -> Result<(), E>,
        unlocked: impl FnOnce(&mut C, &mut dyn FnMut() -> bool) -> bool,
    ) -> Result<bool, E> {
        let w = Waiter {
            state: AtomicU32::new(WAITING),
        };
        let blocked = Cell::new(false);
        // Dequeues `w` before this frame ends if `block` did not (when
        // `release` fails, or `unlocked` never calls `block`).
        struct Leave<'a> {
            cv: &'a Condvar,
            p: &'a dyn Platform,
            w: NonNull<Waiter>,
            blocked: &'a Cell<bool>,
        }
        impl Drop for Leave<'_> {
            fn drop(&mut self) {
                if !self.blocked.get() {
                    let w = self.w;
                    self.cv.lock(self.p).with(|q| q.retain(|&x| x != w));
                }
            }
        }
        let leave = Leave {
            cv: self,
            p,
            w: NonNull::from(&w),
            blocked: &blocked,
        };
        // Registration comes first: a notify that follows the release
        // (under the caller's lock) must find us in the queue.
        if !mutants::COND_REGISTER_LATE {
            self.enqueue(p, leave.w);
        }
        release(ctx)?;
        if mutants::COND_REGISTER_LATE {
            self.enqueue(p, leave.w);
        }
        let notified = unlocked(ctx, &mut || {
            if blocked.replace(true) {
                return false; // called twice: already out of the queue
            }
            self.block(p, &w, timeout_ns, stop)
        });
        drop(leave);
        Ok(notified)
    }

    fn enqueue(&self, p: &dyn Platform, w: NonNull<Waiter>) {
        self.lock(p).with(|q| q.push_back(w));
    }

    /// Blocks until `w` is notified (true) or the deadline passes (false).
    /// Either way `w` is out of the queue and no notifier still uses it
    /// when this returns.
    fn block(
        &self,
        p: &dyn Platform,
        w: &Waiter,
        timeout_ns: Option<u64>,
        stop: Option<(&dyn Fn() -> bool, u64)>,
    ) -> bool {
        let deadline = deadline(p, timeout_ns);
        loop {
            // Acquire: pairs with the notifier's Release store.
            if w.state.load(Acquire) == NOTIFIED {
                // The notifier may still be inside `wake(&w.state)`: wait
                // for it to leave the queue lock before `w` goes away.
                drop(self.lock(p));
                return true;
            }
            let stopped = stop.is_some_and(|(s, _)| s());
            let left = if stopped {
                Err(())
            } else {
                remaining(p, deadline)
            };
            let Ok(timeout) = left else {
                // Timed out, unless a notifier picked us meanwhile: decide
                // under the queue lock, leaving the queue in the same step.
                let g = self.lock(p);
                if !mutants::COND_TIMEOUT_NO_RECHECK && w.state.load(Relaxed) == NOTIFIED {
                    return true;
                }
                let me = NonNull::from(w);
                g.with(|q| q.retain(|&x| x != me));
                return false;
            };
            let timeout = match (stop, timeout) {
                (Some((_, slice)), Some(t)) => Some(t.min(slice)),
                (Some((_, slice)), None) => Some(slice),
                (None, t) => t,
            };
            // Returns at once if a notifier already changed the word.
            p.wait(&w.state, WAITING, timeout);
        }
    }

    /// `Condition.notify(n)`: wakes the first `n` waiters (FIFO). Returns
    /// how many were woken. Call with the condition's lock held.
    pub fn notify(&self, p: &dyn Platform, n: usize) -> usize {
        let g = self.lock(p);
        g.with(|q| {
            let mut woken = 0;
            while woken < n {
                let Some(w) = q.pop_front() else { break };
                // SAFETY: a queued waiter's frame is alive: it dequeues
                // itself under this lock (which we hold) before returning.
                let w = unsafe { w.as_ref() };
                // Release: publishes the notifier's writes to the waiter.
                w.state.store(NOTIFIED, Release);
                if !mutants::COND_NO_WAKE {
                    p.wake(&w.state, 1);
                }
                woken += 1;
            }
            woken
        })
    }

    /// `Condition.notify_all()`: wakes every waiter; returns how many.
    pub fn notify_all(&self, p: &dyn Platform) -> usize {
        self.notify(p, usize::MAX)
    }
}
