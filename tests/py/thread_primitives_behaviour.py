# threading primitives and queue classes in detail, compared with CPython:
# error messages, return values, timeouts, live-thread bookkeeping.
import queue
import threading
import time

# Thread bookkeeping while threads are alive (held inside by an Event).
go = threading.Event()
started = threading.Barrier(4)


def hold():
    started.wait()
    go.wait()


ts = [threading.Thread(target=hold, name="holder-%d" % i) for i in range(3)]
print(repr(ts[0]), ts[0].is_alive(), ts[0].ident, ts[0].native_id)
for t in ts:
    t.start()
started.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(t.is_alive() for t in ts), ts[0].ident is not None)
ts[0].join(0.01)
print("join with a timeout returns while alive:", ts[0].is_alive())
go.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started"))

# Names, daemon inheritance, current_thread inside a thread.
info = []


def who():
    me = threading.current_thread()
    info.append((me.name, me.daemon, me is threading.main_thread()))
    child = threading.Thread(target=lambda: None)
    info.append(("child daemon", child.daemon))


t = threading.Thread(target=who, name="d", daemon=True)
t.start()
t.join()
print(info)
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
t = threading.Thread(target=None, name=17)
print(t.name, t.daemon)
t.name = "renamed"
print(t.name)

# RLock: ownership.
r = threading.RLock()
r.acquire()
errors = []


def steal():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
    errors.append(r.acquire(blocking=False))


t = threading.Thread(target=steal)
t.start()
t.join()
print(errors)
r.release()
print(r.acquire(blocking=False))
r.release()

# Semaphore and BoundedSemaphore.
for bad in (-1,):
    try:
        threading.Semaphore(bad)
    except ValueError as e:
        print("ValueError:", e)
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
try:
    s.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
s.release(2)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
print(s.acquire(blocking=False))
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

# Event.
e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
threading.Timer(0.01, e.set).start()
print(e.wait(5), e.is_set())
e.clear()
print(e.is_set())

# Barrier: index, action, abort, reset, timeout.
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
order = []
bar = threading.Barrier(3, action=lambda: order.append("action"))
res = []


def party():
    res.append(bar.wait())


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res), order, bar.n_waiting, bar.broken)
bar2 = threading.Barrier(2, timeout=0.02)
try:
    bar2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after the timeout", bar2.broken)
try:
    bar2.wait()
except threading.BrokenBarrierError:
    print("still broken")
bar2.reset()
print(bar2.broken)
bar3 = threading.Barrier(2)
caught = []


def waiter():
    try:
        bar3.wait()
    except threading.BrokenBarrierError:
        caught.append("aborted")


t = threading.Thread(target=waiter)
t.start()
while bar3.n_waiting < 1:
    time.sleep(0.001)
bar3.abort()
t.join()
print(caught, bar3.broken, issubclass(threading.BrokenBarrierError, RuntimeError))

# Timer with args and kwargs; cancel.
got = []
tm = threading.Timer(0.001, lambda *a, **k: got.append((a, k)), args=(1, 2), kwargs={"x": 3})
tm.start()
tm.join()
tm2 = threading.Timer(60, got.append, args=("never",))
tm2.start()
tm2.cancel()
tm2.join()
print(got, tm2.is_alive())

# local: per-thread attributes, a subclass's __init__ runs once per thread.
class Counter(threading.local):
    def __init__(self, start):
        self.n = start


c = Counter(10)
c.n += 1
seen = []


def bump():
    c.n += 5
    seen.append(c.n)


t = threading.Thread(target=bump)
t.start()
t.join()
print(c.n, seen)
loc = threading.local()
try:
    loc.missing
except AttributeError:
    print("AttributeError for a missing attribute")
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# queue.Queue details.
q = queue.Queue(2)
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.full(), q.empty(), q.maxsize)
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after a timeout")
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.join()
print("join returns when every task is done", q.unfinished_tasks)

# Queue.join waits for a worker's task_done.
jq = queue.Queue()
handled = []


def worker():
    while True:
        item = jq.get()
        time.sleep(0.001)
        handled.append(item)
        jq.task_done()


threading.Thread(target=worker, daemon=True).start()
for i in range(5):
    jq.put(i)
jq.join()
print("handled before join returned:", handled)

lq = queue.LifoQueue(3)
for x in "abc":
    lq.put(x)
print(lq.full(), [lq.get() for _ in range(3)], lq.empty())
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
sq = queue.SimpleQueue()
for x in range(3):
    sq.put(x)
sq.put_nowait(3)
print(sq.qsize(), [sq.get() for _ in range(4)], sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
