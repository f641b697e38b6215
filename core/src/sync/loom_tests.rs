//! Loom models of the GIL and the locks: small, closed worlds over the real
//! code. Run with `scripts/loom.sh`; `scripts/loom-mutants.sh` checks that
//! each weakening in `mutants.rs` makes at least one of them fail.
//!
//! The platform is `test_platform::TestPlatform` over loom's mutex and
//! condvar: a skipped wake-up leaves a thread asleep forever, which loom
//! reports as a deadlock; plain memory guarded by a lock lives in a loom
//! `UnsafeCell`, which reports any access not ordered by that lock.

extern crate std;

use alloc::vec;
use loom::sync::Arc;
use loom::thread;

use super::test_platform::TestPlatform;
use super::{
    AtomicUsize, Completion, Condvar, Event, Gil, LockError, Ordering, RLock, RawLock, ThreadToken,
    UnsafeCell,
};
use crate::object::class::{BaseKind, TypeObj};
use crate::object::instance::InstanceObj;
use crate::object::{tuple::TupleObj, DelQueue, Marker, ObjRef, Payload, Value};

fn tok(n: u32) -> ThreadToken {
    ThreadToken::new(n).unwrap()
}

/// Plain memory that a lock guards.
struct Guarded(UnsafeCell<usize>);
// SAFETY: every access in these models is made under the guarding lock (or
// the model is wrong, which loom then reports).
unsafe impl Sync for Guarded {}
// SAFETY: as above.
unsafe impl Send for Guarded {}

impl Guarded {
    fn new(v: usize) -> Arc<Guarded> {
        Arc::new(Guarded(UnsafeCell::new(v)))
    }
    fn get(&self) -> usize {
        // SAFETY: see the `Sync` impl.
        self.0.with(|p| unsafe { *p })
    }
    fn set(&self, v: usize) {
        // SAFETY: see the `Sync` impl.
        self.0.with_mut(|p| unsafe { *p = v })
    }
}

fn incr_under_gil(gil: &Gil, p: &TestPlatform, me: ThreadToken, counter: &Guarded) {
    gil.acquire(p, me);
    counter.set(counter.get() + 1);
    gil.release(p, me);
}

// ---------------------------------------------------------------- the GIL

/// Two threads and the main thread increment plain memory under the GIL:
/// every access is ordered (loom's `UnsafeCell` would report a race) and no
/// increment is lost.
#[test]
fn gil_mutual_exclusion_three_threads() {
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        let p = Arc::new(TestPlatform::new());
        let counter = Guarded::new(0);
        let hs: std::vec::Vec<_> = (1..=2)
            .map(|i| {
                let (gil, p, counter) = (gil.clone(), p.clone(), counter.clone());
                thread::spawn(move || incr_under_gil(&gil, &p, tok(i), &counter))
            })
            .collect();
        incr_under_gil(&gil, &p, tok(3), &counter);
        for h in hs {
            h.join().unwrap();
        }
        gil.acquire(&*p, tok(3));
        assert_eq!(counter.get(), 3);
        gil.release(&*p, tok(3));
    });
}

/// A waiter parks just as the holder releases: it is always woken (else
/// loom reports a deadlock) and sees the holder's writes.
#[test]
fn gil_no_lost_wakeup() {
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        let p = Arc::new(TestPlatform::new());
        let data = Guarded::new(0);
        gil.acquire(&*p, tok(1));
        let h = {
            let (gil, p, data) = (gil.clone(), p.clone(), data.clone());
            thread::spawn(move || {
                gil.acquire(&*p, tok(2));
                let v = data.get();
                gil.release(&*p, tok(2));
                v
            })
        };
        data.set(7);
        gil.release(&*p, tok(1));
        // The waiter either ran after us (sees 7) or we ran first entirely.
        assert_eq!(h.join().unwrap(), 7);
    });
}

/// Forced switching: a waiter that waited a switch interval raises the drop
/// request, the CPU-bound holder answers through the eval breaker, and the
/// waiter runs before the holder gets the GIL back (the hand-off).
#[test]
fn gil_drop_request_hands_off_to_the_waiter() {
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        gil.set_switch_interval_ns(1_000);
        // Timed waits expire; the clock advances 1 ms per reading.
        let p = Arc::new(TestPlatform::expiring(1_000_000));
        let waiter_ran = Guarded::new(0);
        gil.acquire(&*p, tok(1));
        let h = {
            let (gil, p, waiter_ran) = (gil.clone(), p.clone(), waiter_ran.clone());
            thread::spawn(move || {
                gil.acquire(&*p, tok(2));
                waiter_ran.set(1);
                gil.release(&*p, tok(2));
            })
        };
        // The holder's "eval loop": poll the breaker until it hands off.
        loop {
            if gil.eval_breaker().load(Ordering::Relaxed) && gil.check_eval_breaker(&*p, tok(1)) {
                break;
            }
            thread::yield_now();
        }
        assert!(gil.is_held_by(tok(1)));
        assert_eq!(
            waiter_ran.get(),
            1,
            "holder took the GIL back before the waiter ran"
        );
        gil.release(&*p, tok(1));
        h.join().unwrap();
    });
}

/// A blocking call wrapped in `release_around` lets another thread take the
/// GIL, and the caller holds it again afterwards with the other's writes
/// visible.
#[test]
fn gil_release_around_a_blocking_call() {
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        let p = Arc::new(TestPlatform::new());
        let counter = Guarded::new(0);
        gil.acquire(&*p, tok(1));
        let h = {
            let (gil, p, counter) = (gil.clone(), p.clone(), counter.clone());
            thread::spawn(move || incr_under_gil(&gil, &p, tok(2), &counter))
        };
        counter.set(counter.get() + 1);
        let r = gil.release_around(&*p, tok(1), || {
            thread::yield_now(); // the "blocking call"
            5
        });
        assert_eq!(r, 5);
        assert!(gil.is_held_by(tok(1)));
        counter.set(counter.get() + 1);
        gil.release(&*p, tok(1));
        h.join().unwrap();
        gil.acquire(&*p, tok(1));
        assert_eq!(counter.get(), 3);
        gil.release(&*p, tok(1));
    });
}

/// A stand-in object (plain-memory count, drop counter) shared by three
/// threads that incref/decref it under the GIL: freed exactly once, and
/// only after the last reference is gone.
#[test]
fn refcount_stand_in_freed_once_after_last_reference() {
    struct Obj {
        rc: UnsafeCell<usize>,
        frees: AtomicUsize,
    }
    // SAFETY: `rc` is only touched under the GIL.
    unsafe impl Sync for Obj {}
    // SAFETY: as above.
    unsafe impl Send for Obj {}
    fn incref(o: &Obj) {
        assert_eq!(o.frees.load(Ordering::Relaxed), 0, "use after free");
        // SAFETY: under the GIL.
        o.rc.with_mut(|p| unsafe { *p += 1 });
    }
    fn decref(o: &Obj) {
        assert_eq!(o.frees.load(Ordering::Relaxed), 0, "use after free");
        // SAFETY: under the GIL.
        let last = o.rc.with_mut(|p| unsafe {
            *p -= 1;
            *p == 0
        });
        if last {
            o.frees.fetch_add(1, Ordering::Relaxed);
        }
    }
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        let p = Arc::new(TestPlatform::new());
        // One reference for main and one per thread.
        let obj = Arc::new(Obj {
            rc: UnsafeCell::new(3),
            frees: AtomicUsize::new(0),
        });
        let hs: std::vec::Vec<_> = (1..=2)
            .map(|i| {
                let (gil, p, obj) = (gil.clone(), p.clone(), obj.clone());
                thread::spawn(move || {
                    gil.acquire(&*p, tok(i));
                    incref(&obj); // a temporary reference
                    decref(&obj);
                    decref(&obj); // the thread's own reference
                    gil.release(&*p, tok(i));
                })
            })
            .collect();
        gil.acquire(&*p, tok(3));
        decref(&obj);
        gil.release(&*p, tok(3));
        for h in hs {
            h.join().unwrap();
        }
        assert_eq!(obj.frees.load(Ordering::Relaxed), 1);
    });
}

/// The real `ObjRef`: a tuple holding a child, shared by two threads that
/// clone and drop handles under the GIL. Count updates never race (loom's
/// `UnsafeCell` in the header), the tuple lives while any handle does, and
/// it is freed exactly once (its child's count drops by exactly one).
#[test]
fn refcount_real_objref_shared_under_the_gil() {
    fn child_rc(parent: &ObjRef) -> usize {
        match parent.payload() {
            Payload::Tuple(t) => match t.items().first() {
                Some(Value::Obj(c)) => c.refcount(),
                _ => usize::MAX,
            },
            _ => usize::MAX,
        }
    }
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        let p = Arc::new(TestPlatform::new());
        gil.acquire(&*p, tok(3));
        let child = ObjRef::new(Payload::Marker(Marker::Null));
        let parent = ObjRef::new(Payload::Tuple(TupleObj::new(vec![Value::Obj(
            child.clone(),
        )])));
        let hs: std::vec::Vec<_> = (1..=2)
            .map(|i| {
                let (gil, p) = (gil.clone(), p.clone());
                let mine = parent.clone();
                thread::spawn(move || {
                    gil.acquire(&*p, tok(i));
                    let tmp = mine.clone();
                    assert_eq!(child_rc(&tmp), 2, "tuple freed while referenced");
                    drop(tmp);
                    drop(mine);
                    gil.release(&*p, tok(i));
                })
            })
            .collect();
        drop(parent);
        gil.release(&*p, tok(3));
        for h in hs {
            h.join().unwrap();
        }
        gil.acquire(&*p, tok(3));
        assert_eq!(child.refcount(), 1, "tuple not freed exactly once");
        drop(child);
        gil.release(&*p, tok(3));
    });
}

/// Two threads: main and one other each hold a handle to a real tuple and
/// drop it under the GIL, in either order: the last drop (on either
/// thread) frees it, exactly once.
#[test]
fn refcount_real_objref_two_threads_last_drop_on_either_side() {
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        let p = Arc::new(TestPlatform::new());
        gil.acquire(&*p, tok(1));
        let child = ObjRef::new(Payload::Marker(Marker::Null));
        let parent = ObjRef::new(Payload::Tuple(TupleObj::new(vec![Value::Obj(
            child.clone(),
        )])));
        let h = {
            let (gil, p) = (gil.clone(), p.clone());
            let mine = parent.clone();
            thread::spawn(move || {
                gil.acquire(&*p, tok(2));
                drop(mine);
                gil.release(&*p, tok(2));
            })
        };
        gil.release(&*p, tok(1));
        gil.acquire(&*p, tok(1));
        drop(parent);
        gil.release(&*p, tok(1));
        h.join().unwrap();
        gil.acquire(&*p, tok(1));
        assert_eq!(child.refcount(), 1, "tuple not freed exactly once");
        drop(child);
        gil.release(&*p, tok(1));
    });
}

/// The deferred-finaliser queue (the interpreter's `DelQueue`): an instance
/// of a class with `__del__` whose last reference dies on another thread is
/// resurrected into the queue there (not freed), and the GIL hands it,
/// with its count, to the thread that runs the finalisers; it is queued
/// exactly once and freed exactly once after that.
#[test]
fn del_queue_hands_a_dying_object_to_the_finalizer_thread() {
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        let p = Arc::new(TestPlatform::new());
        gil.acquire(&*p, tok(3));
        let queue = alloc::boxed::Box::new(DelQueue::default());
        let cls = ObjRef::new(Payload::Type(TypeObj::new(
            "C",
            vec![],
            vec![],
            BaseKind::Object,
            0,
        )));
        if let Payload::Type(t) = cls.payload() {
            t.del_queue.set(Some(core::ptr::NonNull::from(&*queue)));
        }
        let class_refs = cls.refcount();
        let obj = ObjRef::new(Payload::Instance(InstanceObj::new(
            cls.clone(),
            Value::None,
        )));
        let hs: std::vec::Vec<_> = (1..=2)
            .map(|i| {
                let (gil, p) = (gil.clone(), p.clone());
                let mine = obj.clone();
                thread::spawn(move || {
                    gil.acquire(&*p, tok(i));
                    drop(mine);
                    gil.release(&*p, tok(i));
                })
            })
            .collect();
        drop(obj);
        gil.release(&*p, tok(3));
        for h in hs {
            h.join().unwrap();
        }
        // The finaliser pass (`Interp::run_finalizers`' shape).
        gil.acquire(&*p, tok(3));
        assert!(queue.flag.get());
        let pending = core::mem::take(&mut *queue.pending.borrow_mut());
        assert_eq!(pending.len(), 1, "queued more or less than once");
        let o = &pending[0];
        assert_eq!(o.refcount(), 1);
        assert_eq!(cls.refcount(), class_refs + 1, "instance freed early");
        if let Payload::Instance(i) = o.payload() {
            i.finalized.set(true); // `__del__` ran
        }
        drop(pending);
        assert_eq!(cls.refcount(), class_refs, "instance not freed");
        assert!(queue.pending.borrow().is_empty());
        drop(cls);
        gil.release(&*p, tok(3));
    });
}

// ---------------------------------------------------------------- locks

/// A waiter blocks on a held lock, is woken by the release, and sees the
/// holder's writes.
#[test]
fn lock_release_wakes_the_waiter_and_publishes() {
    loom::model(|| {
        let p = Arc::new(TestPlatform::new());
        let lock = Arc::new(RawLock::new());
        let data = Guarded::new(0);
        assert!(lock.acquire(&*p, true, None));
        let h = {
            let (p, lock, data) = (p.clone(), lock.clone(), data.clone());
            thread::spawn(move || {
                assert!(lock.acquire(&*p, true, None));
                let v = data.get();
                lock.release(&*p).unwrap();
                v
            })
        };
        data.set(1);
        lock.release(&*p).unwrap();
        assert_eq!(h.join().unwrap(), 1);
        assert!(!lock.locked());
    });
}

/// The `_thread.lock` protocol with the GIL: a thread blocked on a held lock
/// waits with the GIL released (`release_around`), so the holder can take
/// the GIL back to release the lock (a waiter keeping the GIL would
/// deadlock here, which loom reports), and the waiter then sees the
/// holder's writes.
#[test]
fn lock_waiter_releases_the_gil_while_blocked() {
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        let p = Arc::new(TestPlatform::new());
        let lock = Arc::new(RawLock::new());
        let data = Guarded::new(0);
        gil.acquire(&*p, tok(1));
        assert!(lock.acquire(&*p, false, None));
        let h = {
            let (gil, p, lock, data) = (gil.clone(), p.clone(), lock.clone(), data.clone());
            thread::spawn(move || {
                gil.acquire(&*p, tok(2));
                // As `lock_acquire` in builtins/thread.rs: one try with the
                // GIL, then block without it.
                if !lock.try_acquire(&*p) {
                    assert!(gil.release_around(&*p, tok(2), || lock.acquire(&*p, true, None)));
                }
                let v = data.get();
                lock.release(&*p).unwrap();
                gil.release(&*p, tok(2));
                v
            })
        };
        data.set(4);
        // Some other blocking call lets the waiter run meanwhile.
        gil.release_around(&*p, tok(1), thread::yield_now);
        lock.release(&*p).unwrap();
        gil.release(&*p, tok(1));
        assert_eq!(h.join().unwrap(), 4);
    });
}

/// A timed acquire expiring while the holder releases: either outcome is
/// fine, but a success sees the holder's writes and leaves the lock
/// consistent, and a failure never leaves it locked.
#[test]
fn lock_timeout_races_a_release() {
    loom::model(|| {
        let p = Arc::new(TestPlatform::expiring(1_000));
        let lock = Arc::new(RawLock::new());
        let data = Guarded::new(0);
        assert!(lock.acquire(&*p, true, None));
        let h = {
            let (p, lock, data) = (p.clone(), lock.clone(), data.clone());
            thread::spawn(move || {
                if lock.acquire(&*p, true, Some(1_500)) {
                    assert_eq!(data.get(), 1);
                    lock.release(&*p).unwrap();
                }
            })
        };
        data.set(1);
        lock.release(&*p).unwrap();
        h.join().unwrap();
        assert!(!lock.locked());
        assert_eq!(lock.release(&*p), Err(LockError::NotLocked));
    });
}

/// RLock: the owner re-enters; another thread can neither release it nor
/// take it until the last level is released.
#[test]
fn rlock_ownership_and_recursion() {
    loom::model(|| {
        let p = Arc::new(TestPlatform::new());
        let r = Arc::new(RLock::new());
        let data = Guarded::new(0);
        assert_eq!(r.acquire(&*p, tok(1), true, None), Ok(true));
        assert_eq!(r.acquire(&*p, tok(1), true, None), Ok(true));
        let h = {
            let (p, r, data) = (p.clone(), r.clone(), data.clone());
            thread::spawn(move || {
                assert_eq!(r.release(&*p, tok(2)), Err(LockError::NotOwner));
                assert_eq!(r.acquire(&*p, tok(2), true, None), Ok(true));
                assert_eq!(r.count(tok(2)), 1);
                let v = data.get();
                r.release(&*p, tok(2)).unwrap();
                v
            })
        };
        data.set(2);
        r.release(&*p, tok(1)).unwrap();
        assert_eq!(r.count(tok(1)), 1);
        r.release(&*p, tok(1)).unwrap();
        assert_eq!(h.join().unwrap(), 2);
    });
}

/// Event: a set racing with a waiter about to sleep is never lost, and the
/// waiter sees what the setter wrote.
#[test]
fn event_set_vs_wait() {
    loom::model(|| {
        let p = Arc::new(TestPlatform::new());
        let e = Arc::new(Event::new());
        let data = Guarded::new(0);
        let h = {
            let (p, e, data) = (p.clone(), e.clone(), data.clone());
            thread::spawn(move || {
                data.set(3);
                e.set(&*p);
            })
        };
        assert!(e.wait(&*p, None));
        assert_eq!(data.get(), 3);
        h.join().unwrap();
    });
}

/// Thread start and join as `threading.Thread` runs them: the child takes
/// its `_tstate_lock`, sets `_started` (an `Event`: a flag under a `Lock`
/// plus a `Condition`'s `notify_all`), runs, and releases `_tstate_lock` as
/// its last act; `start()` waits for `_started`, and `join()` acquires and
/// releases `_tstate_lock`, after which the child's result is visible.
#[test]
fn thread_start_and_join_handshake_as_threading_runs_it() {
    loom::model(|| {
        let p = Arc::new(TestPlatform::new());
        let tstate = Arc::new(RawLock::new());
        let ev_lock = Arc::new(RawLock::new());
        let started_cv = Arc::new(Condvar::new());
        let started = Guarded::new(0);
        let result = Guarded::new(0);
        {
            let (p, tstate, ev_lock, started_cv, started, result) = (
                p.clone(),
                tstate.clone(),
                ev_lock.clone(),
                started_cv.clone(),
                started.clone(),
                result.clone(),
            );
            // Detached, like a Python thread: joined through `tstate`.
            thread::spawn(move || {
                assert!(tstate.acquire(&*p, true, None));
                set_ready_and_notify(&p, &ev_lock, &started_cv, &started, 1, usize::MAX);
                result.set(9);
                tstate.release(&*p).unwrap();
            });
        }
        // start(): self._started.wait()
        assert_eq!(wait_until_ready(&p, &ev_lock, &started_cv, &started), 1);
        // join(): lock.acquire(); lock.release()
        assert!(tstate.acquire(&*p, true, None));
        tstate.release(&*p).unwrap();
        assert_eq!(result.get(), 9);
    });
}

/// Completion: the thread-start hand-shake (child signals "started", parent
/// signals "go") and the join hand-shake (child's result visible to the
/// joiner).
#[test]
fn completion_start_and_join_handshake() {
    loom::model(|| {
        let p = Arc::new(TestPlatform::new());
        let started = Arc::new(Completion::new());
        let go = Arc::new(Completion::new());
        let done = Arc::new(Completion::new());
        let result = Guarded::new(0);
        {
            let (p, started, go, done, result) = (
                p.clone(),
                started.clone(),
                go.clone(),
                done.clone(),
                result.clone(),
            );
            // Detached, like a Python thread: joined through `done`.
            thread::spawn(move || {
                started.complete(&*p);
                assert!(go.wait(&*p, None));
                result.set(9);
                done.complete(&*p);
            });
        }
        assert!(started.wait(&*p, None));
        go.complete(&*p);
        assert!(done.wait(&*p, None));
        assert_eq!(result.get(), 9);
    });
}

// ---------------------------------------------------------------- Condition

/// `with cond: while not ready: cond.wait()` over a `RawLock`, as
/// `threading.Condition` runs it: `Condvar::wait` releases the lock after
/// queueing, and the lock is taken again after each wake-up. Returns the
/// value seen once ready.
fn wait_until_ready(p: &TestPlatform, lock: &RawLock, cv: &Condvar, ready: &Guarded) -> usize {
    assert!(lock.acquire(p, true, None));
    while ready.get() == 0 {
        let notified = cv
            .wait(p, &mut (), None, |_| lock.release(p), |_, block| block())
            .unwrap();
        assert!(notified, "an untimed wait returned without a notification");
        assert!(lock.acquire(p, true, None));
    }
    let v = ready.get();
    lock.release(p).unwrap();
    v
}

/// `with cond: ready = v; cond.notify(n)`.
fn set_ready_and_notify(
    p: &TestPlatform,
    lock: &RawLock,
    cv: &Condvar,
    ready: &Guarded,
    v: usize,
    n: usize,
) {
    assert!(lock.acquire(p, true, None));
    ready.set(v);
    cv.notify(p, n);
    lock.release(p).unwrap();
}

/// `Condition.notify` versus `wait`: a waiter that queued itself before the
/// notify (it checked the predicate under the lock and found it false) is
/// always woken: no lost notification (else loom reports the waiter asleep
/// forever), and it sees what the notifier wrote.
#[test]
fn condition_notify_vs_wait_no_lost_notification() {
    loom::model(|| {
        let p = Arc::new(TestPlatform::new());
        let lock = Arc::new(RawLock::new());
        let cv = Arc::new(Condvar::new());
        let ready = Guarded::new(0);
        let h = {
            let (p, lock, cv, ready) = (p.clone(), lock.clone(), cv.clone(), ready.clone());
            thread::spawn(move || wait_until_ready(&p, &lock, &cv, &ready))
        };
        set_ready_and_notify(&p, &lock, &cv, &ready, 5, 1);
        assert_eq!(h.join().unwrap(), 5);
        assert_eq!(cv.waiters(&*p), 0);
    });
}

/// `notify_all` with two waiters: both wake, whatever the interleaving of
/// their queueing with the notify.
#[test]
fn condition_notify_all_wakes_two_waiters() {
    loom::model(|| {
        let p = Arc::new(TestPlatform::new());
        let lock = Arc::new(RawLock::new());
        let cv = Arc::new(Condvar::new());
        let ready = Guarded::new(0);
        let hs: std::vec::Vec<_> = (0..2)
            .map(|_| {
                let (p, lock, cv, ready) = (p.clone(), lock.clone(), cv.clone(), ready.clone());
                thread::spawn(move || wait_until_ready(&p, &lock, &cv, &ready))
            })
            .collect();
        set_ready_and_notify(&p, &lock, &cv, &ready, 6, usize::MAX);
        for h in hs {
            assert_eq!(h.join().unwrap(), 6);
        }
        assert_eq!(cv.waiters(&*p), 0);
    });
}

/// `wait(timeout)` expiring while another thread notifies, with a second
/// (untimed) waiter: the timed waiter either is notified (`wait` returns
/// true) or times out (false), never both; and a notify never goes to a
/// waiter that reports a time-out, so the other waiter is not left asleep.
/// The timed waiter, if notified, passes the notification on (it has no
/// use for it), so every interleaving ends with both waiters done.
#[test]
fn condition_wait_timeout_races_notify() {
    loom::model(|| {
        // Timed waits expire; untimed ones sleep until woken.
        let p = Arc::new(TestPlatform::expiring(1_000));
        let lock = Arc::new(RawLock::new());
        let cv = Arc::new(Condvar::new());
        let ready = Guarded::new(0);
        let timed = {
            let (p, lock, cv) = (p.clone(), lock.clone(), cv.clone());
            thread::spawn(move || {
                assert!(lock.acquire(&*p, true, None));
                let notified = cv
                    .wait(&*p, &mut (), Some(1_500), |_| lock.release(&*p), |_, b| b())
                    .unwrap();
                assert!(lock.acquire(&*p, true, None));
                if notified {
                    cv.notify(&*p, 1);
                }
                lock.release(&*p).unwrap();
            })
        };
        let notifier = {
            let (p, lock, cv, ready) = (p.clone(), lock.clone(), cv.clone(), ready.clone());
            thread::spawn(move || set_ready_and_notify(&p, &lock, &cv, &ready, 7, 1))
        };
        assert_eq!(wait_until_ready(&p, &lock, &cv, &ready), 7);
        timed.join().unwrap();
        notifier.join().unwrap();
        assert_eq!(cv.waiters(&*p), 0);
    });
}

/// `Condition` over an `RLock` held twice: `wait` releases every level
/// (`_release_save`), so the notifier can take the lock, and restores both
/// levels afterwards (`_acquire_restore`).
#[test]
fn condition_wait_on_rlock_saves_and_restores_recursion() {
    loom::model(|| {
        let p = Arc::new(TestPlatform::new());
        let r = Arc::new(RLock::new());
        let cv = Arc::new(Condvar::new());
        let ready = Guarded::new(0);
        let h = {
            let (p, r, cv, ready) = (p.clone(), r.clone(), cv.clone(), ready.clone());
            thread::spawn(move || {
                let me = tok(2);
                assert_eq!(r.acquire(&*p, me, true, None), Ok(true));
                assert_eq!(r.acquire(&*p, me, true, None), Ok(true));
                while ready.get() == 0 {
                    let mut saved = 0;
                    let notified = cv
                        .wait(
                            &*p,
                            &mut saved,
                            None,
                            |s| r.release_all(&*p, me).map(|n| *s = n),
                            |_, b| b(),
                        )
                        .unwrap();
                    assert!(notified);
                    assert_eq!(saved, 2);
                    r.acquire_restore(&*p, me, saved);
                }
                assert_eq!(r.count(me), 2);
                let v = ready.get();
                r.release(&*p, me).unwrap();
                r.release(&*p, me).unwrap();
                v
            })
        };
        assert_eq!(r.acquire(&*p, tok(1), true, None), Ok(true));
        ready.set(8);
        cv.notify(&*p, 1);
        r.release(&*p, tok(1)).unwrap();
        assert_eq!(h.join().unwrap(), 8);
    });
}

/// The whole `threading.Condition` protocol with the GIL, as
/// `builtins/thread.rs` runs it: the waiter blocks inside `release_around`
/// (so the notifier, which needs the GIL to run Python code, can take it),
/// and re-takes the condition's lock without the GIL too.
#[test]
fn condition_wait_releases_the_gil() {
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        let p = Arc::new(TestPlatform::new());
        let lock = Arc::new(RawLock::new());
        let cv = Arc::new(Condvar::new());
        let ready = Guarded::new(0);
        let h = {
            let (gil, p, lock, cv, ready) = (
                gil.clone(),
                p.clone(),
                lock.clone(),
                cv.clone(),
                ready.clone(),
            );
            thread::spawn(move || {
                let me = tok(2);
                gil.acquire(&*p, me);
                if !lock.try_acquire(&*p) {
                    gil.release_around(&*p, me, || lock.acquire(&*p, true, None));
                }
                while ready.get() == 0 {
                    let gil2 = gil.clone();
                    let notified = cv
                        .wait(
                            &*p,
                            &mut (),
                            None,
                            |_| lock.release(&*p),
                            |_, b| gil2.release_around(&*p, me, b),
                        )
                        .unwrap();
                    assert!(notified);
                    if !lock.try_acquire(&*p) {
                        gil.release_around(&*p, me, || lock.acquire(&*p, true, None));
                    }
                }
                let v = ready.get();
                lock.release(&*p).unwrap();
                gil.release(&*p, me);
                v
            })
        };
        let me = tok(1);
        gil.acquire(&*p, me);
        if !lock.try_acquire(&*p) {
            gil.release_around(&*p, me, || lock.acquire(&*p, true, None));
        }
        ready.set(9);
        cv.notify(&*p, 1);
        lock.release(&*p).unwrap();
        gil.release(&*p, me);
        assert_eq!(h.join().unwrap(), 9);
    });
}
