"""GIL benchmark (a): CPU-bound work, one thread versus four.

A countdown of N done by one thread, then the same N shared by four
threads (N/4 each). Under a GIL only one thread runs Python at a time, so
the best possible ratio threads/sequential is 1.0; the cost above 1.0 is
what the GIL's switching costs. Both are timed REPEAT times, alternately;
prints the best of each: `sequential=S threads=T` (seconds).
"""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 8_000_000
THREADS = 4
REPEAT = 3


def countdown(n):
    while n > 0:
        n -= 1


def sequential():
    t0 = time.perf_counter()
    countdown(N)
    return time.perf_counter() - t0


def threaded():
    ts = [threading.Thread(target=countdown, args=(N // THREADS,)) for _ in range(THREADS)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0


s = t = float("inf")
for _ in range(REPEAT):
    s = min(s, sequential())
    t = min(t, threaded())
print("sequential=%.6f threads=%.6f" % (s, t))
