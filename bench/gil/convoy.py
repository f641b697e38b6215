"""GIL benchmark (c): the convoy effect.

A thread doing 200 sleeps of 0.1 ms, timed alone, then timed again while
another thread burns CPU. Each time the sleeper wakes it needs the GIL
back; if it must wait for the CPU-bound thread's whole switch interval
(5 ms) every time, as under CPython's GIL, it runs about 30 times slower.
Each is timed REPEAT times; prints the best of each: `alone=A beside=B`
(seconds for the 200 sleeps).
"""
import threading
import time

SLEEPS = 200
NAP = 0.0001
REPEAT = 3
result = {}


def sleeper(key):
    t0 = time.perf_counter()
    for _ in range(SLEEPS):
        time.sleep(NAP)
    result[key] = time.perf_counter() - t0


stop = False


def burner():
    n = 0
    while not stop:
        n += 1


def alone():
    t = threading.Thread(target=sleeper, args=("alone",))
    t.start()
    t.join()
    return result["alone"]


def beside():
    global stop
    stop = False
    b = threading.Thread(target=burner)
    b.start()
    time.sleep(0.01)  # let the burner get going
    t = threading.Thread(target=sleeper, args=("beside",))
    t.start()
    t.join()
    stop = True
    b.join()
    return result["beside"]


a = min(alone() for _ in range(REPEAT))
b = min(beside() for _ in range(REPEAT))
print("alone=%.6f beside=%.6f" % (a, b))
