# Locks protect a shared counter under contention; lock API details.
import sys
import threading
import _thread

sys.setswitchinterval(0.0001)
print(sys.getswitchinterval() > 0)

lock = threading.Lock()
counter = 0

def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=work, args=(5000,)) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

l = _thread.allocate_lock()
print(type(l) is _thread.LockType, l.locked())
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(_thread.error is RuntimeError)

r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# A lock released by another thread (allowed for plain locks).
gate = threading.Lock()
gate.acquire()
order = []
def opener():
    order.append("opener")
    gate.release()
t = threading.Thread(target=opener)
t.start()
gate.acquire()
order.append("main")
t.join()
print(order)

# Semaphore bounds concurrency.
sem = threading.BoundedSemaphore(2)
inside = 0
peak = 0
guard = threading.Lock()
def limited():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        for _ in range(200):
            pass
        with guard:
            inside -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 2, inside)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
