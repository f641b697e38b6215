# Condition.notify(n) / notify_all with several waiters: FIFO order, exact
# counts, return values, producer/consumer. Every step waits for a state
# that is checked under the lock, so the output does not depend on timing.
import threading

lk = threading.RLock()
c = threading.Condition(lk)     # the waiters wait here
main = threading.Condition(lk)  # and report to the main thread here
woken = []
results = {}


def waiter(i):
    with c:
        results[i] = c.wait(30)
        woken.append(i)
        main.notify()


def wait_until(pred):
    # Called with the lock held.
    while not pred():
        main.wait(30)


threads = []
with c:
    for i in range(5):
        t = threading.Thread(target=waiter, args=(i,))
        t.start()
        threads.append(t)
        # The thread queues itself under the lock before it releases it.
        while len(c._waiters) < i + 1:
            main.wait(0.001)
    print("waiting:", len(c._waiters))
    c.notify()
    print("after notify():", len(c._waiters))
    wait_until(lambda: len(woken) == 1)
    print("woken:", woken)
    c.notify(2)
    print("after notify(2):", len(c._waiters))
    wait_until(lambda: len(woken) == 3)
    print("woken:", sorted(woken[1:]), "first", woken[0])
    c.notify(1.5)  # CPython's loop rounds up
    wait_until(lambda: len(woken) == 5)
    print("after notify(1.5):", len(c._waiters), sorted(woken))
for t in threads:
    t.join()
print("results:", sorted(results.items()))

# FIFO: one at a time, in queueing order.
order = []
lk2 = threading.Lock()
c2 = threading.Condition(lk2)
main2 = threading.Condition(lk2)


def fifo(i):
    with c2:
        c2.wait()
        order.append(i)
        main2.notify()


ts = []
with c2:
    for i in range(4):
        t = threading.Thread(target=fifo, args=(i,))
        t.start()
        ts.append(t)
        while len(c2._waiters) < i + 1:
            main2.wait(0.001)
    for k in range(4):
        c2.notify()
        while len(order) < k + 1:
            main2.wait(30)
print("fifo order:", order)
for t in ts:
    t.join()

# notify_all wakes everyone; waiters then re-take the lock one by one.
c3 = threading.Condition()
state = {"go": False, "count": 0}


def worker():
    with c3:
        ok = c3.wait_for(lambda: state["go"], 30)
        state["count"] += 1
        c3.notify_all()
        return ok


ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts:
    t.start()
with c3:
    while len(c3._waiters) < 6:
        c3.wait(0.001)
    state["go"] = True
    c3.notify_all()
    print("queued after notify_all:", len(c3._waiters))
    c3.wait_for(lambda: state["count"] == 6, 30)
print("count:", state["count"])
for t in ts:
    t.join()

# Producer / consumer over a bounded buffer.
buf = []
cv = threading.Condition(threading.Lock())
N = 200
got = []


def producer():
    for i in range(N):
        with cv:
            cv.wait_for(lambda: len(buf) < 3)
            buf.append(i)
            cv.notify_all()


def consumer():
    while True:
        with cv:
            cv.wait_for(lambda: buf)
            x = buf.pop(0)
            cv.notify_all()
        if x is None:
            return
        got.append(x)


cons = [threading.Thread(target=consumer) for _ in range(3)]
for t in cons:
    t.start()
producer()
for _ in cons:
    with cv:
        cv.wait_for(lambda: len(buf) < 3)
        buf.append(None)
        cv.notify_all()
for t in cons:
    t.join()
print("consumed:", len(got), sum(got), sorted(got) == list(range(N)))

# Semaphore, Event and Barrier are built on Condition.
sem = threading.BoundedSemaphore(2)
ev = threading.Event()
bar = threading.Barrier(3)
out = []


def user(i):
    with sem:
        out.append("s%d" % i)
    ev.wait()
    out.append(bar.wait() >= 0)


ts = [threading.Thread(target=user, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print("sem/event/barrier:", sorted(x for x in out if x is not True), out.count(True))
