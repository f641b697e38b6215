"""CPU-bound work split over threads takes as long as doing it in one thread.

Python threads share one Global Interpreter Lock (GIL): only the thread
holding it runs Python code. Splitting pure computation over four threads
therefore does not make it faster; the threads take turns (Gilt hands the
GIL over every 5 ms, `sys.getswitchinterval()`), and the total time stays
about the same as one thread doing all the work.

Run it:  gilt examples/cpu_bound_threads.py   (or python3, to compare)
Lines starting with "~" are timings, which differ from run to run.
"""
import sys
import threading
import time

STEPS = 2_000_000
THREADS = 4


def countdown(n, results, slot):
    """Pure Python work: no I/O, so the GIL is never released voluntarily."""
    done = 0
    while n > 0:
        n -= 1
        done += 1
    results[slot] = done


# One thread does everything.
results = [0]
t0 = time.perf_counter()
countdown(STEPS, results, 0)
one = time.perf_counter() - t0
print("one thread counted", results[0], "steps")

# Four threads share the same work.
results = [0] * THREADS
threads = [threading.Thread(target=countdown, args=(STEPS // THREADS, results, i))
           for i in range(THREADS)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
four = time.perf_counter() - t0
print(THREADS, "threads counted", results, "steps, total", sum(results))
print("switch interval:", sys.getswitchinterval(), "s")

print("~ one thread: %.3f s, %d threads: %.3f s, ratio %.2f" % (one, THREADS, four, four / one))
print("~ CPU-bound threads took about as long as one thread:", 0.5 < four / one < 2.0)
