# threading.Condition: errors, return values, timeouts, repr, notify(n)
# counts, and Lock / RLock as the underlying lock (outputs do not depend on
# timing: every hand-off is ordered by a predicate under the lock).
import threading
import time


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for lock in (None, threading.Lock(), threading.RLock()):
    c = threading.Condition(lock)
    kind = type(c._lock).__name__
    print("--", kind)
    show("wait unowned", lambda: c.wait(0))
    show("notify unowned", lambda: c.notify())
    show("notify_all unowned", lambda: c.notify_all())
    show("wait_for unowned", lambda: c.wait_for(lambda: False, 0))
    with c:
        show("wait(0)", lambda: c.wait(0))
        show("wait(-1)", lambda: c.wait(-1))
        show("wait(0.01)", lambda: c.wait(0.01))
        show("wait(nan)", lambda: c.wait(float("nan")))
        show("wait('x')", lambda: c.wait("x"))
        show("wait(1e12)", lambda: c.wait(1e12))
        show("notify no waiters", lambda: c.notify())
        show("notify(0)", lambda: c.notify(0))
        show("notify('x') no waiters", lambda: c.notify("x"))
        show("notify_all no waiters", lambda: c.notify_all())
        show("wait_for true", lambda: c.wait_for(lambda: 42))
        show("wait_for false", lambda: c.wait_for(lambda: 0, 0.01))
        show("wait_for None timeout 0", lambda: c.wait_for(lambda: None, 0))
        # Still held after every wait above.
        show("owned", lambda: c._is_owned())
    show("owned after with", lambda: c._is_owned())
    print("repr", repr(c).startswith("<Condition(<") and repr(c).endswith(", 0)>"))

# RLock recursion levels survive a wait (saved and restored).
r = threading.RLock()
c = threading.Condition(r)
with c:
    with c:
        with c:
            print("rlock count before", repr(r).split("count=")[1].split()[0])
            print("wait", c.wait(0.01))
            print("rlock count after", repr(r).split("count=")[1].split()[0])
print("rlock released", not c._is_owned())

# ... and while waiting the lock is really free for another thread.
ready = []
def taker():
    with c:
        ready.append("taker ran")
        c.notify()
with c:
    with c:
        t = threading.Thread(target=taker)
        t.start()
        print("woken", c.wait_for(lambda: ready, 5))
        print(ready, repr(r).split("count=")[1].split()[0])
t.join()

# Lock as the underlying lock: wait releases it.
lk = threading.Lock()
c = threading.Condition(lk)
with c:
    t = threading.Thread(target=lambda: print("lock free while waiting:", lk.acquire(False) and (lk.release() or True)))
    t.start()
    t.join()
    print("not waiting: held", lk.locked())
def probe():
    with c:
        print("probe got the lock")
        c.notify()
with c:
    t = threading.Thread(target=probe)
    t.start()
    print("wait returned", c.wait(5))
    print("held again", lk.locked())
t.join()

# A lock-like object without _release_save / _acquire_restore / _is_owned.
class Plain:
    def __init__(self):
        self.l = threading.Lock()
        self.log = []
    def acquire(self, *a):
        self.log.append("acquire")
        return self.l.acquire(*a)
    def release(self):
        self.log.append("release")
        self.l.release()
    __enter__ = acquire
    def __exit__(self, *a):
        self.release()
p = Plain()
c = threading.Condition(p)
with c:
    print("custom wait", c.wait(0))
print(p.log)
