"""GIL benchmark (b): I/O-bound threads overlap their waits.

Sixteen sleeps of 0.1 s one after the other, then sixteen threads each
sleeping 0.1 s at once. A sleeping thread releases the GIL, so the threads
should take about as long as one sleep: the speed-up is close to 16.
The threads are timed REPEAT times; prints the sequential time and the
best threaded time: `sequential=S threads=T` (seconds).
"""
import threading
import time

THREADS = 16
NAP = 0.1
REPEAT = 3


def nap():
    time.sleep(NAP)


def sequential():
    t0 = time.perf_counter()
    for _ in range(THREADS):
        nap()
    return time.perf_counter() - t0


def threaded():
    ts = [threading.Thread(target=nap) for _ in range(THREADS)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0


s = sequential()
t = min(threaded() for _ in range(REPEAT))
print("sequential=%.6f threads=%.6f" % (s, t))
