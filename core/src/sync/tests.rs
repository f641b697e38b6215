//! The GIL and locks with real threads (the loom models are in `loom_tests.rs`).

extern crate std;

use std::sync::atomic::{AtomicBool as StdBool, Ordering as StdOrdering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};
use std::vec::Vec;

use super::test_platform::TestPlatform;
use super::{
    Completion, Condvar, Event, Gil, LockError, Ordering, RLock, RawLock, ThreadToken, UnsafeCell,
};

fn tok(n: u32) -> ThreadToken {
    ThreadToken::new(n).unwrap()
}

/// Plain memory that the GIL guards, like a refcount.
struct Guarded(UnsafeCell<u64>);
// SAFETY: only accessed by the GIL holder.
unsafe impl Sync for Guarded {}

#[test]
fn gil_excludes_four_threads_of_ten_thousand_increments() {
    let gil = Arc::new(Gil::new());
    let p = Arc::new(TestPlatform::new());
    let counter = Arc::new(Guarded(UnsafeCell::new(0)));
    gil.set_switch_interval_ns(100_000);
    let handles: Vec<_> = (1..=4)
        .map(|i| {
            let (gil, p, counter) = (gil.clone(), p.clone(), counter.clone());
            thread::spawn(move || {
                let me = tok(i);
                for n in 0..10_000 {
                    gil.acquire(&*p, me);
                    // SAFETY: we hold the GIL.
                    counter.0.with_mut(|c| unsafe { *c += 1 });
                    if n % 7 == 0 && gil.eval_breaker().load(Ordering::Relaxed) {
                        gil.check_eval_breaker(&*p, me);
                        // SAFETY: we hold the GIL again.
                        counter.0.with_mut(|c| unsafe { *c += 1 });
                        counter.0.with_mut(|c| unsafe { *c -= 1 });
                    }
                    assert!(gil.is_held_by(me));
                    gil.release(&*p, me);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    // SAFETY: all threads are done.
    assert_eq!(counter.0.with(|c| unsafe { *c }), 40_000);
    assert!(!gil.is_locked());
}

#[test]
fn gil_serves_waiters_in_arrival_order() {
    let gil = Arc::new(Gil::new());
    let p = Arc::new(TestPlatform::new());
    let log = Arc::new(Mutex::new(Vec::new()));
    gil.acquire(&*p, tok(100));
    let mut handles = Vec::new();
    for i in 1..=5u32 {
        let (g, pp, l) = (gil.clone(), p.clone(), log.clone());
        handles.push(thread::spawn(move || {
            g.acquire(&*pp, tok(i));
            l.lock().unwrap().push(i);
            g.release(&*pp, tok(i));
        }));
        // Wait until thread i has taken its ticket, so arrival order is known.
        while gil.waiters() < i {
            thread::yield_now();
        }
    }
    gil.release(&*p, tok(100));
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(*log.lock().unwrap(), [1, 2, 3, 4, 5]);
}

#[test]
fn cpu_bound_holder_yields_within_a_few_switch_intervals() {
    let gil = Arc::new(Gil::new());
    let p = Arc::new(TestPlatform::new());
    gil.set_switch_interval_ns(2_000_000);
    let stop = Arc::new(StdBool::new(false));
    let holding = Arc::new(StdBool::new(false));
    let holder = {
        let (gil, p, stop, holding) = (gil.clone(), p.clone(), stop.clone(), holding.clone());
        thread::spawn(move || {
            let me = tok(1);
            gil.acquire(&*p, me);
            holding.store(true, StdOrdering::SeqCst);
            let give_up = Instant::now() + Duration::from_secs(10);
            // A "Python loop" that never blocks: only the eval breaker lets
            // the waiter in.
            while !stop.load(StdOrdering::SeqCst) && Instant::now() < give_up {
                if gil.eval_breaker().load(Ordering::Relaxed) {
                    gil.check_eval_breaker(&*p, me);
                }
                std::hint::spin_loop();
            }
            gil.release(&*p, me);
        })
    };
    while !holding.load(StdOrdering::SeqCst) {
        thread::yield_now();
    }
    let start = Instant::now();
    gil.acquire(&*p, tok(2));
    let waited = start.elapsed();
    stop.store(true, StdOrdering::SeqCst);
    gil.release(&*p, tok(2));
    holder.join().unwrap();
    assert!(gil.forced_switches() >= 1);
    // 2 ms interval; allow a loaded CI machine plenty of slack.
    assert!(waited < Duration::from_millis(500), "waited {waited:?}");
}

#[test]
fn release_around_lets_another_thread_run_and_takes_the_gil_back() {
    let gil = Arc::new(Gil::new());
    let p = Arc::new(TestPlatform::new());
    let me = tok(1);
    gil.acquire(&*p, me);
    let ran = gil.release_around(&*p, me, || {
        let (g, pp) = (gil.clone(), p.clone());
        thread::spawn(move || {
            g.acquire(&*pp, tok(2));
            g.release(&*pp, tok(2));
            true
        })
        .join()
        .unwrap()
    });
    assert!(ran);
    assert!(gil.is_held_by(me));
    gil.release(&*p, me);
}

#[test]
fn yield_without_waiters_keeps_the_gil() {
    let gil = Gil::new();
    let p = TestPlatform::new();
    gil.acquire(&p, tok(1));
    assert!(!gil.yield_to_waiter(&p, tok(1)));
    assert!(gil.is_held_by(tok(1)));
    gil.release(&p, tok(1));
}

#[test]
fn switch_interval_round_trips_in_microseconds_and_clamps() {
    let gil = Gil::new();
    assert_eq!(gil.switch_interval_ns(), 5_000_000);
    gil.set_switch_interval_ns(1_234_567);
    assert_eq!(gil.switch_interval_ns(), 1_234_000);
    gil.set_switch_interval_ns(1);
    assert_eq!(gil.switch_interval_ns(), 1_000);
    gil.set_switch_interval_ns(u64::MAX);
    assert_eq!(gil.switch_interval_ns(), u64::from(u32::MAX) * 1000);
}

#[test]
fn raw_lock_errors_times_out_and_is_released_by_another_thread() {
    let p = Arc::new(TestPlatform::new());
    let lock = Arc::new(RawLock::new());
    assert_eq!(lock.release(&*p), Err(LockError::NotLocked));
    assert_eq!(LockError::NotLocked.message(), "release unlocked lock");
    assert!(lock.acquire(&*p, true, None));
    assert!(lock.locked());
    assert!(!lock.acquire(&*p, false, None));
    let t = Instant::now();
    assert!(!lock.acquire(&*p, true, Some(20_000_000)));
    assert!(t.elapsed() >= Duration::from_millis(20));
    // Another thread releases it while we wait.
    let (l2, p2) = (lock.clone(), p.clone());
    let h = thread::spawn(move || {
        thread::sleep(Duration::from_millis(20));
        l2.release(&*p2).unwrap();
    });
    assert!(lock.acquire(&*p, true, Some(10_000_000_000)));
    h.join().unwrap();
    lock.release(&*p).unwrap();
    assert!(!lock.locked());
}

#[test]
fn raw_lock_counts_under_contention() {
    let p = Arc::new(TestPlatform::new());
    let lock = Arc::new(RawLock::new());
    let counter = Arc::new(Guarded(UnsafeCell::new(0)));
    let hs: Vec<_> = (0..4)
        .map(|_| {
            let (p, lock, counter) = (p.clone(), lock.clone(), counter.clone());
            thread::spawn(move || {
                for _ in 0..5_000 {
                    assert!(lock.acquire(&*p, true, None));
                    // SAFETY: we hold the lock.
                    counter.0.with_mut(|c| unsafe { *c += 1 });
                    lock.release(&*p).unwrap();
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    // SAFETY: all threads are done.
    assert_eq!(counter.0.with(|c| unsafe { *c }), 20_000);
}

#[test]
fn rlock_recursion_and_ownership() {
    let p = Arc::new(TestPlatform::new());
    let r = Arc::new(RLock::new());
    let (a, b) = (tok(1), tok(2));
    assert_eq!(r.release(&*p, a), Err(LockError::NotOwner));
    assert_eq!(
        LockError::NotOwner.message(),
        "cannot release un-acquired lock"
    );
    assert_eq!(r.acquire(&*p, a, true, None), Ok(true));
    assert_eq!(r.acquire(&*p, a, true, None), Ok(true));
    assert_eq!(r.count(a), 2);
    let (r2, p2) = (r.clone(), p.clone());
    thread::spawn(move || {
        assert_eq!(r2.acquire(&*p2, b, false, None), Ok(false));
        assert_eq!(r2.release(&*p2, b), Err(LockError::NotOwner));
    })
    .join()
    .unwrap();
    assert_eq!(r.release_all(&*p, a), Ok(2));
    assert!(!r.is_owned_by(a));
    r.acquire_restore(&*p, a, 2);
    r.release(&*p, a).unwrap();
    assert!(r.is_owned_by(a));
    r.release(&*p, a).unwrap();
    assert!(!r.is_owned_by(a));
    assert_eq!(r.release(&*p, a), Err(LockError::NotOwner));
}

#[test]
fn event_wait_times_out_then_set_wakes_waiters() {
    let p = Arc::new(TestPlatform::new());
    let e = Arc::new(Event::new());
    assert!(!e.wait(&*p, Some(5_000_000)));
    let hs: Vec<_> = (0..3)
        .map(|_| {
            let (p, e) = (p.clone(), e.clone());
            thread::spawn(move || e.wait(&*p, None))
        })
        .collect();
    thread::sleep(Duration::from_millis(10));
    e.set(&*p);
    for h in hs {
        assert!(h.join().unwrap());
    }
    assert!(e.is_set());
    e.clear();
    assert!(!e.is_set());
    assert!(!e.wait(&*p, Some(0)));
}

#[test]
fn completion_hands_a_result_to_the_joiner() {
    let p = Arc::new(TestPlatform::new());
    let c = Arc::new(Completion::new());
    let out = Arc::new(Guarded(UnsafeCell::new(0)));
    let (p2, c2, o2) = (p.clone(), c.clone(), out.clone());
    let h = thread::spawn(move || {
        thread::sleep(Duration::from_millis(5));
        // SAFETY: nobody reads before the completion.
        o2.0.with_mut(|v| unsafe { *v = 42 });
        c2.complete(&*p2);
    });
    assert!(c.wait(&*p, None));
    // SAFETY: the completion's Release/Acquire orders the write.
    assert_eq!(out.0.with(|v| unsafe { *v }), 42);
    h.join().unwrap();
    c.complete(&*p);
    assert!(c.is_complete());
}

/// `cond.wait(timeout)` under `lock`: true if notified. Re-takes the lock.
fn cond_wait(p: &TestPlatform, lock: &RawLock, cv: &Condvar, timeout_ns: Option<u64>) -> bool {
    let r = cv
        .wait(p, &mut (), timeout_ns, |_| lock.release(p), |_, b| b())
        .unwrap();
    assert!(lock.acquire(p, true, None));
    r
}

#[test]
fn condvar_times_out_polls_and_dequeues() {
    let p = TestPlatform::new();
    let lock = RawLock::new();
    let cv = Condvar::new();
    assert_eq!(cv.notify(&p, 1), 0);
    assert!(lock.acquire(&p, true, None));
    assert!(!cond_wait(&p, &lock, &cv, Some(0)));
    let t = Instant::now();
    assert!(!cond_wait(&p, &lock, &cv, Some(20_000_000)));
    assert!(t.elapsed() >= Duration::from_millis(20));
    assert_eq!(cv.waiters(&p), 0);
    // A failing release leaves the caller out of the queue, lock held.
    let r = cv.wait(&p, &mut (), None, |_| Err("boom"), |_, b| b());
    assert_eq!(r, Err("boom"));
    assert_eq!(cv.waiters(&p), 0);
    assert!(lock.locked());
    lock.release(&p).unwrap();
}

#[test]
fn condvar_notify_wakes_waiters_fifo_and_counts() {
    let p = Arc::new(TestPlatform::new());
    let lock = Arc::new(RawLock::new());
    let cv = Arc::new(Condvar::new());
    let order = Arc::new(Mutex::new(Vec::new()));
    let mut hs = Vec::new();
    for i in 0..4 {
        let (p2, l2, c2, o2) = (p.clone(), lock.clone(), cv.clone(), order.clone());
        hs.push(thread::spawn(move || {
            assert!(l2.acquire(&*p2, true, None));
            assert!(cond_wait(&p2, &l2, &c2, None));
            o2.lock().unwrap().push(i);
            l2.release(&*p2).unwrap();
        }));
        // Queue them in a known order.
        while cv.waiters(&*p) < i + 1 {
            thread::yield_now();
        }
    }
    let woken = |n: usize| {
        while order.lock().unwrap().len() < n {
            thread::yield_now();
        }
    };
    assert!(lock.acquire(&*p, true, None));
    assert_eq!(cv.notify(&*p, 1), 1);
    assert_eq!(cv.waiters(&*p), 3);
    lock.release(&*p).unwrap();
    woken(1);
    assert!(lock.acquire(&*p, true, None));
    assert_eq!(cv.notify(&*p, 2), 2);
    lock.release(&*p).unwrap();
    woken(3);
    assert!(lock.acquire(&*p, true, None));
    assert_eq!(cv.notify_all(&*p), 1);
    assert_eq!(cv.notify_all(&*p), 0);
    lock.release(&*p).unwrap();
    for h in hs {
        h.join().unwrap();
    }
    let order = order.lock().unwrap();
    assert_eq!(order[0], 0);
    let mut mid = order[1..3].to_vec();
    mid.sort_unstable();
    assert_eq!(mid, [1, 2]);
    assert_eq!(order[3], 3);
}

#[test]
fn condvar_untimed_waiter_survives_timed_waiters_and_is_notified() {
    let p = Arc::new(TestPlatform::new());
    let lock = Arc::new(RawLock::new());
    let cv = Arc::new(Condvar::new());
    let (p2, l2, c2) = (p.clone(), lock.clone(), cv.clone());
    let h = thread::spawn(move || {
        assert!(l2.acquire(&*p2, true, None));
        let r = cond_wait(&p2, &l2, &c2, None);
        l2.release(&*p2).unwrap();
        r
    });
    while cv.waiters(&*p) < 1 {
        thread::yield_now();
    }
    // Timed waiters come and go around the untimed one.
    assert!(lock.acquire(&*p, true, None));
    for _ in 0..3 {
        assert!(!cond_wait(&p, &lock, &cv, Some(1_000_000)));
    }
    assert_eq!(cv.waiters(&*p), 1);
    assert_eq!(cv.notify(&*p, 1), 1);
    lock.release(&*p).unwrap();
    assert!(h.join().unwrap());
}
