"""I/O-bound threads overlap their waits.

A thread that blocks (here in `time.sleep`, but equally on a lock, a
`join`, a file or the console) releases the GIL first, so the other
threads run meanwhile. Eight threads that each wait 0.2 s finish in about
0.2 s, not 8 x 0.2 = 1.6 s.

Run it:  gilt examples/io_bound_threads.py   (or python3, to compare)
Lines starting with "~" are timings, which differ from run to run.
"""
import threading
import time

THREADS = 8
WAIT = 0.2
finished = []
lock = threading.Lock()


def fetch(i):
    time.sleep(WAIT)  # stands for a network request or a disk read
    with lock:
        finished.append(i)


threads = [threading.Thread(target=fetch, args=(i,)) for i in range(THREADS)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - t0

print("requests finished:", sorted(finished))
print("waiting one after another would take", THREADS * WAIT, "s")
# Generous: the overlapped waits take about WAIT; one after another, 8x that.
print("the waits overlapped:", elapsed < THREADS * WAIT / 2)
print("~ %d threads waiting %.1f s each took %.3f s (speed-up %.1fx)"
      % (THREADS, WAIT, elapsed, THREADS * WAIT / elapsed))
