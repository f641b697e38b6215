# Event, Condition, Barrier, Timer, local, excepthook.
import threading
import time

ev = threading.Event()
seen = []
def waiter():
    ev.wait()
    seen.append("woke")
t = threading.Thread(target=waiter)
t.start()
ev.set()
t.join()
print(seen, ev.is_set(), ev.wait(0))
ev.clear()
print(ev.wait(0.01))

cond = threading.Condition()
items = []
def consume(res):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        res.append(list(items))
res = []
c = threading.Thread(target=consume, args=(res,))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print(res)

b = threading.Barrier(3, action=lambda: arrived.append("action"))
arrived = []
def party(i):
    idx = b.wait()
    arrived.append(idx)
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(arrived, key=str), b.broken, b.parties)

fired = []
tm = threading.Timer(0.01, lambda: fired.append("timer"))
tm.start()
tm.join()
print(fired)
tm2 = threading.Timer(10, lambda: fired.append("never"))
tm2.start()
tm2.cancel()
tm2.join()
print(fired)

data = threading.local()
data.x = "main"
def set_local():
    data.x = "thread"
    seen.append(data.x)
t = threading.Thread(target=set_local)
t.start()
t.join()
print(data.x, seen[-1])

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def fail():
    raise KeyError("k")
t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print("program continues")

start = time.monotonic()
time.sleep(0.02)
print(time.monotonic() - start >= 0.015)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print(type(time.time()), type(time.time_ns()), type(time.perf_counter_ns()))
