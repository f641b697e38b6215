"""GIL benchmark (d): hand-off latency between two threads.

Two threads ping-pong through two locks: each round trip wakes the other
thread twice (a lock release, a blocked acquire, a GIL hand-over each
way). Timed REPEAT times; prints the best: `round_trip_us=R` (microseconds
per round trip).
"""
import sys
import threading
import time

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
REPEAT = 3

ping = threading.Lock()
pong = threading.Lock()
ping.acquire()
pong.acquire()


def server():
    for _ in range(ROUNDS):
        ping.acquire()
        pong.release()


def measure():
    t = threading.Thread(target=server)
    t.start()
    t0 = time.perf_counter()
    for _ in range(ROUNDS):
        ping.release()
        pong.acquire()
    dt = time.perf_counter() - t0
    t.join()
    return dt / ROUNDS * 1e6


print("round_trip_us=%.3f" % min(measure() for _ in range(REPEAT)))
