//! Thread state glue: the GIL hooks the eval loop calls, the interpreter's
//! thread bookkeeping ([`ThreadsState`]), and the table of native locks
//! behind `_thread.LockType` / `_thread.RLock` / `_thread._CondQueue` objects.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::Cell;

use crate::object::PyCell;
use crate::sync::{AtomicU32, Condvar, Ordering, RLock, RawLock, ThreadToken};
use crate::vm::{PyResult, Vm};

/// The main thread's GIL token.
pub const MAIN_TOKEN: ThreadToken = match ThreadToken::new(1) {
    Some(t) => t,
    None => panic!("token 1 is non-zero"),
};

/// A native lock owned by a Python lock object.
pub enum NativeLock {
    /// `_thread.LockType`.
    Plain(RawLock),
    /// `_thread.RLock`.
    Reentrant(RLock),
    /// `_thread._CondQueue`: the waiters of a `threading.Condition`.
    Cond(Condvar),
}

/// Per-interpreter thread bookkeeping; touched only under the GIL.
pub struct ThreadsState {
    /// The next token to hand to a new thread.
    pub next_token: Cell<u32>,
    /// Threads started by `_thread.start_new_thread` still running.
    pub count: Cell<usize>,
    /// Native locks by id (`None`: a freed slot).
    pub locks: PyCell<Vec<Option<Box<NativeLock>>>>,
    /// Free slots in `locks`.
    pub free: PyCell<Vec<usize>>,
    /// Host threads that may still touch the interpreter (decremented as a
    /// thread's very last action, after it released the GIL).
    pub live: AtomicU32,
    /// `_thread.interrupt_main()` was called: the main thread raises
    /// `KeyboardInterrupt` at its next eval-breaker check.
    pub interrupt_main: Cell<bool>,
    /// `_thread.stack_size()`: the size asked for new threads (0: default).
    pub stack_size: Cell<usize>,
}

impl Default for ThreadsState {
    fn default() -> Self {
        ThreadsState {
            next_token: Cell::new(2),
            count: Cell::new(0),
            locks: PyCell::new(Vec::new()),
            free: PyCell::new(Vec::new()),
            live: AtomicU32::new(0),
            interrupt_main: Cell::new(false),
            stack_size: Cell::new(0),
        }
    }
}

impl ThreadsState {
    /// Stores a new native lock and returns its id.
    pub fn add_lock(&self, l: NativeLock) -> usize {
        let b = Some(Box::new(l));
        if let Some(i) = self.free.get_mut().pop() {
            if let Some(slot) = self.locks.get_mut().get_mut(i) {
                *slot = b;
                return i;
            }
        }
        let mut locks = self.locks.get_mut();
        locks.push(b);
        locks.len() - 1
    }

    /// A pointer to a live lock. It stays valid while the Python object
    /// owning the id is alive (the lock is boxed; only `free_lock` drops it).
    pub fn lock_ptr(&self, id: usize) -> Option<*const NativeLock> {
        self.locks
            .get()
            .get(id)
            .and_then(|l| l.as_deref())
            .map(|l| l as *const NativeLock)
    }

    /// Frees a lock slot (the owning Python object is being finalised).
    pub fn free_lock(&self, id: usize) {
        let old = self.locks.get_mut().get_mut(id).and_then(|s| s.take());
        if old.is_some() {
            self.free.get_mut().push(id);
        }
    }

    /// A fresh token for a new thread (wraps, skipping 0 and 1).
    pub fn new_token(&self) -> ThreadToken {
        let n = self.next_token.get();
        let next = if n == u32::MAX { 2 } else { n + 1 };
        self.next_token.set(next);
        ThreadToken::new(n).unwrap_or(MAIN_TOKEN)
    }
}

impl Vm {
    /// The eval loop's hook on calls and backward jumps: spends `cost` fuel
    /// units and loads the GIL's eval breaker (relaxed); when the fuel runs
    /// out or the breaker is set, the slow path hands the GIL to a waiter
    /// and checks the limits ([`Vm::poll_slow`]). `Err` is an error to raise.
    #[inline(always)]
    pub fn poll_gil(&mut self, cost: u32) -> crate::vm::PyResult<()> {
        self.fuel -= i64::from(cost);
        if self.fuel < 0 || self.interp().gil.eval_breaker().load(Ordering::Relaxed) {
            return self.poll_slow();
        }
        Ok(())
    }

    /// The main thread's pending `_thread.interrupt_main()`, raised as
    /// `KeyboardInterrupt` at the next eval-breaker poll.
    pub(crate) fn take_interrupt(&mut self) -> PyResult<()> {
        let interp = self.interp();
        if self.token == MAIN_TOKEN && interp.threads.interrupt_main.get() {
            interp.threads.interrupt_main.set(false);
            let args = self.new_tuple(Vec::new());
            return Err(
                self.new_exc_args(crate::object::exception::ExcKind::KeyboardInterrupt, args)
            );
        }
        Ok(())
    }

    /// After the GIL was regained: another thread may have consumed the
    /// eval breaker meant for the main thread's pending interrupt; raise it
    /// again.
    fn rearm_interrupt(&self) {
        let interp = self.interp();
        if self.token == MAIN_TOKEN && interp.threads.interrupt_main.get() {
            interp.gil.request_break();
        }
    }

    /// Runs `f` (a blocking platform call) with the GIL released. `f` must
    /// not touch Python objects.
    pub fn without_gil<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let interp = self.interp();
        let r = interp.gil.release_around(&*interp.platform, self.token, f);
        self.rearm_interrupt();
        r
    }

    /// Acquires the GIL for this thread (and binds the memory meter).
    pub fn acquire_gil(&mut self) {
        let interp = self.interp();
        interp.gil.acquire(&*interp.platform, self.token);
        self.rearm_interrupt();
        self.bind_meter();
    }

    /// Releases the GIL held by this thread (and unbinds the memory meter).
    pub fn release_gil(&mut self) {
        self.unbind_meter();
        let interp = self.interp();
        interp.gil.release(&*interp.platform, self.token);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_slots_are_reused_after_free() {
        let t = ThreadsState::default();
        let a = t.add_lock(NativeLock::Plain(RawLock::new()));
        let b = t.add_lock(NativeLock::Reentrant(RLock::new()));
        assert_ne!(a, b);
        assert!(t.lock_ptr(a).is_some());
        t.free_lock(a);
        assert!(t.lock_ptr(a).is_none());
        t.free_lock(a); // a second free is harmless
        let c = t.add_lock(NativeLock::Plain(RawLock::new()));
        assert_eq!(c, a);
        assert_eq!(t.free.get().len(), 0);
    }

    #[test]
    fn tokens_are_never_zero_or_the_main_token() {
        let t = ThreadsState::default();
        assert_eq!(t.new_token().get(), 2);
        t.next_token.set(u32::MAX);
        assert_eq!(t.new_token().get(), u32::MAX);
        assert_eq!(t.new_token().get(), 2);
    }
}
