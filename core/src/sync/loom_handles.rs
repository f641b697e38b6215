//! Loom models of the handle queue (`api::handle::PendingQueue`): a handle
//! dropped on a thread that does not hold the GIL hands its reference to
//! the queue without touching the reference count; the GIL holder releases
//! it. Checked: the count (plain memory in a loom `UnsafeCell`, so any
//! access not ordered by the GIL or the queue's lock is reported) is
//! released exactly once and never lost, also when the interpreter closes
//! the queue while a handle is being dropped.
//!
//! Run with `scripts/loom.sh sync::loom_handles`.

extern crate std;

use loom::sync::Arc;
use loom::thread;

use super::test_platform::TestPlatform;
use super::{Gil, ThreadToken, UnsafeCell};
use crate::api::handle::PendingQueue;

fn tok(n: u32) -> ThreadToken {
    ThreadToken::new(n).unwrap()
}

/// A heap object's reference count: plain memory guarded by the GIL.
struct Obj(UnsafeCell<usize>);
// SAFETY: only touched under the GIL in these models (or loom reports it).
unsafe impl Sync for Obj {}
// SAFETY: as above.
unsafe impl Send for Obj {}

impl Obj {
    fn decref(&self) {
        // SAFETY: see the `Sync` impl.
        self.0.with_mut(|p| unsafe { *p -= 1 });
    }
    fn count(&self) -> usize {
        // SAFETY: see the `Sync` impl.
        self.0.with(|p| unsafe { *p })
    }
}

/// A reference owned by a handle: what `PyObject` queues on drop.
struct Ref(Arc<Obj>);

/// The GIL holder's drain: release every queued reference.
fn drain(q: &PendingQueue<Ref>) -> usize {
    let items = q.take();
    let n = items.len();
    for r in items {
        r.0.decref();
    }
    n
}

/// A handle is dropped on a thread without the GIL while the GIL holder
/// drains (the interpreter's next `with_gil`); after the dropping thread is
/// done and the holder drains again, the reference was released exactly
/// once, by a GIL holder.
#[test]
fn handle_dropped_off_gil_is_released_once_by_the_gil_holder() {
    loom::model(|| {
        let gil = Arc::new(Gil::new());
        let p = Arc::new(TestPlatform::new());
        let q: Arc<PendingQueue<Ref>> = Arc::new(PendingQueue::default());
        // Created under the GIL with one reference, owned by the handle.
        gil.acquire(&*p, tok(1));
        let obj = Arc::new(Obj(UnsafeCell::new(2))); // the handle's + a list's
        gil.release(&*p, tok(1));
        let handle = Ref(obj.clone());
        let t = {
            let q = q.clone();
            thread::spawn(move || {
                // `PyObject::drop` off the GIL: only the queue is touched.
                if q.push(handle).is_err() {
                    unreachable!("queue not closed");
                }
            })
        };
        gil.acquire(&*p, tok(1));
        let mut released = drain(&q);
        gil.release(&*p, tok(1));
        t.join().unwrap();
        gil.acquire(&*p, tok(1));
        released += drain(&q);
        released += q.close().into_iter().map(|r| r.0.decref()).count();
        assert_eq!(released, 1);
        assert_eq!(obj.count(), 1);
        gil.release(&*p, tok(1));
    });
}

/// The interpreter closes the queue (its teardown) while a handle is being
/// dropped: either the push lands first and the close releases it, or the
/// push is refused and the handle leaks its object; never both, never lost
/// in the queue.
#[test]
fn close_racing_a_drop_releases_or_refuses_exactly_once() {
    loom::model(|| {
        let q: Arc<PendingQueue<Ref>> = Arc::new(PendingQueue::default());
        let obj = Arc::new(Obj(UnsafeCell::new(1)));
        let handle = Ref(obj.clone());
        let t = {
            let q = q.clone();
            thread::spawn(move || match q.push(handle) {
                Ok(()) => false,
                Err(leaked) => {
                    // `PyObject::drop` forgets it (the object leaks, its
                    // count untouched); here dropping the model's `Arc`
                    // touches no count either.
                    drop(leaked);
                    true
                }
            })
        };
        let closed: std::vec::Vec<Ref> = q.close();
        let released = closed.len();
        for r in closed {
            r.0.decref();
        }
        let refused = t.join().unwrap();
        assert_eq!(released + usize::from(refused), 1);
        // Nothing is left behind: a later drain finds the queue empty.
        assert_eq!(q.take().len(), 0);
        if released == 1 {
            assert_eq!(obj.count(), 0);
        }
    });
}

/// Two handles dropped on two threads without the GIL: both references
/// are released, once each.
#[test]
fn two_threads_dropping_handles_lose_nothing() {
    loom::model(|| {
        let q: Arc<PendingQueue<Ref>> = Arc::new(PendingQueue::default());
        let obj = Arc::new(Obj(UnsafeCell::new(2)));
        let ts: std::vec::Vec<_> = (0..2)
            .map(|_| {
                let (q, h) = (q.clone(), Ref(obj.clone()));
                thread::spawn(move || assert!(q.push(h).is_ok()))
            })
            .collect();
        let mut released = drain(&q);
        for t in ts {
            t.join().unwrap();
        }
        released += drain(&q);
        released += q.close().into_iter().map(|r| r.0.decref()).count();
        assert_eq!(released, 2);
        assert_eq!(obj.count(), 0);
    });
}
